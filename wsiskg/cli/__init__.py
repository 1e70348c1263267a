"""The ``wsiskg`` command line: thin click wrappers over library functions, one module per
group of commands (``ingest``, ``query``, ``serve``, ``network``).

Exit codes: 0 ok, 1 data does not conform to the shapes, 2 usage or input error.
Data goes to stdout (or ``-o FILE``), messages and progress to stderr.
"""

from __future__ import annotations

import click

from .. import __version__
from .ingest import ingest, validate
from .network import export, stats
from .query import list_queries_cmd, load_matrix, query
from .reports import list_reports, remove
from .serve import serve


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wsiskg")
def main() -> None:
    """wsis-kg: a knowledge graph of WSIS actors, action lines and SDGs.

    Typical use: ``wsiskg ingest report.docx`` then ``wsiskg query requests``
    or ``wsiskg serve``. Every command takes ``--store DIR``.
    """


for _command in (ingest, validate, query, list_queries_cmd, load_matrix, serve, export, stats, list_reports, remove):
    main.add_command(_command)
