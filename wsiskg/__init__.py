"""wsis-kg: a knowledge graph of WSIS actors, action lines and SDGs.

Data flows one way: read -> parse -> extract -> model -> validate -> store -> serve.
The stages live in ``wsiskg.ingest`` (folder ``ingest/``), the HTTP layer in
``wsiskg.server`` (folder ``server/``); this package holds what they share:
configuration, the store, the vocabulary, errors and the command line.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("wsiskg")
except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    __version__ = "0.0.0"
