"""The ``wsiskg`` command line: thin click wrappers over library functions, one module per
group of commands (``ingest``, ``query``, ``serve``, ``network``).

Exit codes: 0 ok, 1 data does not conform to the shapes, 2 usage or input error.
Data goes to stdout (or ``-o FILE``), messages and progress to stderr.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import click

from .. import __version__
from ..core.errors import WsisKgError
from .common import fail
from .ingest import ingest, validate
from .network import export, stats
from .query import list_queries_cmd, load_matrix, query
from .reports import list_reports, remove
from .serve import serve


class Group(click.Group):
    """Every mistake ends as ONE line on stderr and exit 2: click's usage errors (bad option values,
    missing arguments) and every deliberate error a command raises (``WsisKgError``)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except WsisKgError as exc:
            fail(exc)
        except KeyboardInterrupt:  # click would print an empty line before its Abort
            raise click.Abort() from None

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.ClickException as exc:
            command = exc.ctx.command_path if isinstance(exc, click.UsageError) and exc.ctx else "wsiskg"
            hint = f" (see: {command} --help)" if isinstance(exc, click.UsageError) else ""
            click.echo(f"wsiskg: error: {' '.join(exc.format_message().split())}{hint}", err=True)
            sys.exit(2)  # a usage or input mistake (click's FileError says 1; 1 means "does not conform")
        except click.Abort:
            click.echo("wsiskg: interrupted", err=True)
            sys.exit(130)
        if not standalone_mode:
            return result
        sys.exit(result if isinstance(result, int) else 0)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wsiskg")
def main() -> None:
    """wsis-kg: a knowledge graph of WSIS actors, action lines and SDGs.

    Typical use: "wsiskg ingest report.docx", then "wsiskg query requests"
    or "wsiskg serve". Every command but list-queries takes --store DIR.
    """


for _command in (ingest, validate, query, list_queries_cmd, load_matrix, serve, export, stats, list_reports, remove):
    main.add_command(_command)
