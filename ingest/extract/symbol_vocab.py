"""What the readers of document symbols share (:mod:`.symbols` and the modules it reads with).

The record of one symbol's mention (:class:`SymbolMention`), the vocabulary of symbols
(``ingest/data/document_symbols.csv``, by kind), the revision and language marks that may follow a
document's number (:func:`_revision_tail`), a symbol's tail without its spaces (:func:`_clean_tail`)
and a body prefix the bodies gazetteer knows by that acronym (:func:`_known_prefix`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from wsiskg.ingest.extract.body_names import body_index
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH, fold_dashes, squash


@dataclass(frozen=True)
class SymbolMention:
    symbol: str
    key: str
    span: tuple[int, int]


@cache
def _vocab(kind: str) -> dict[str, str]:
    return {r["value"]: r["meaning"] for r in data_rows("document_symbols.csv") if r["kind"] == kind}


def _known_prefix(prefix: str, bodies: Iterable[Any] | None) -> bool:
    index = body_index(bodies)
    key = index.keys.get(squash(prefix))
    info = index.names.get(key) if key else None
    return bool(info and info.acronym and squash(info.acronym) == squash(prefix))


@cache
def _revision_tail() -> str:
    """Regex (no groups) of what may follow a document's number: revisions and the language,
    ``(Rev.1)(Rev. 2)-E`` (``document_symbols.csv``, kinds ``revision`` and ``language``)."""
    revs = "|".join(map(re.escape, _vocab("revision")))
    langs = "".join(_vocab("language"))
    return rf"(?:\s?\((?:{revs})\.\s?\d+\))*(?:{DASH}\s?[{langs}](?![\w]))?"


def _clean_tail(text: str) -> str:
    return re.sub(r"\s+", "", fold_dashes(text))
