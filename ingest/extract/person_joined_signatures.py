"""Co-signers a layout ran onto one line: ``NAME (Country) NAME (Country) Co-coordinators`` ending a statement or a
letter that two or more persons sign side by side (decision 18), its columns read as one line by OCR or a PDF's
layout. Each name is a person of that country; :func:`joined_signers` is read by the actor reader
(:func:`read_joined_signatures`, for :func:`.persons.find_actors`) and by the co-signatories reader
(:func:`.author_signatures.co_signatories`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.countries import country_code
from wsiskg.ingest.extract.name_finder import _bare_name_re
from wsiskg.ingest.extract.person_signatures import SENTENCE_END
from wsiskg.ingest.records import Span

if TYPE_CHECKING:
    from wsiskg.ingest.extract.actor_reader import _ActorReader


#: how many last paragraphs may hold a joined signature line
_LAST_LINES = 4
#: a signature line is no longer
_LINE = 240


@cache
def _signer() -> re.Pattern[str]:
    """One signer of a joined line: a name without an honorific, then its country in brackets."""
    return re.compile(rf"{_bare_name_re().pattern}\s*\((?P<country>[^()]{{2,60}})\)\s*")


#: what may close a joined line after its names: the signers' common role, in the plural or not (``Co-coordinators``,
#: ``Co-Chairs``), a few capitalised words
_COMMON_ROLE = re.compile(r"(?:[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})?\s*\.?")


def joined_signers(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, country)`` of each signer of a line that is only two or more ``NAME (Country)`` in a row,
    maybe closed by their common role; ``[]`` for any other line (a sentence, a list of participants with their
    roles between the names)."""
    return _joined(text)[0]


def _joined(text: str) -> tuple[list[tuple[int, int, str]], int]:
    """The signers of a joined line (:func:`joined_signers`) and where their common role starts."""
    if len(text) > _LINE or SENTENCE_END.search(text.rstrip(" .")):
        return [], 0
    found: list[tuple[int, int, str]] = []
    at = len(text) - len(text.lstrip())
    while (m := _signer().match(text, at)) is not None:
        country = country_code(m.group("country").strip())
        if country is None:
            return [], 0
        found.append((m.start("name"), m.end("name"), country))
        at = m.end()
    if len(found) < 2 or not _COMMON_ROLE.fullmatch(text, at):
        return [], 0
    return found, at


def _common_role(text: str, at: int) -> Span | None:
    """The signers' common role closing a joined line, each signer's title in the singular (``Co-coordinators``:
    ``Co-coordinator``); ``None`` when the line has none."""
    role = text[at:].strip(" .")
    if not role:
        return None
    one = re.sub(r"(?<=[^s])s$", "", role)
    return Span(at, at + len(role), "title", (one,), role)


def read_joined_signatures(self: _ActorReader, paragraphs: list[tuple[int, str]]) -> None:
    """The persons of a joined signature line among a document's last paragraphs, after its last sentence of prose:
    each name with its country (:func:`joined_signers`), when none of the names is a body, post or country."""
    last = max((i for i, (_, text) in enumerate(paragraphs) if SENTENCE_END.search(text.rstrip())), default=-1)
    for order, text in paragraphs[max(last + 1, len(paragraphs) - _LAST_LINES) :]:
        signers, at = _joined(text)
        if signers and all(self.finder.plain_name(text[a:b]) for a, b, _ in signers):
            for a, b, country in signers:
                self._unhonoured(order, text, a, b, country, _common_role(text, at))
