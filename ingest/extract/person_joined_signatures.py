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
from wsiskg.ingest.text import LONG_DASH_CHARS

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


def joined_signers(text: str) -> list[tuple[int, int, str | None]]:
    """``(start, end, country)`` of each signer of a line that is only two or more ``NAME (Country)`` in a row,
    maybe closed by their common role, or two or more ``NAME — ROLE`` in a row (:func:`_dashed`, no country); ``[]``
    for any other line (a sentence, a list of participants with their roles between the names)."""
    found: list[tuple[int, int, str | None]] = list(_joined(text)[0])
    return found or [(a, b, None) for a, b, _ in _dashed(text)]


#: the spaced dash between a signer's name and role on an audit's joined line (``NAME — ROLE NAME — ROLE``)
_NAME_DASH = re.compile(rf"\s+[{LONG_DASH_CHARS}]\s+")


def _dashed(text: str) -> list[tuple[int, int, Span]]:
    """``(start, end, role)`` of each signer of a line that is two or more ``NAME — ROLE`` in a row, their columns run
    together (``A B — Minister of the Court of Audit C D — Director of Audit``): each name two to four capitalised
    words; a role and the next name are told apart by the role's last small word (``of``, ``de``, ``da``), whose one
    capitalised word after it ends the role (a role with no small word cannot be cut: ``[]``)."""
    if len(text) > _LINE or SENTENCE_END.search(text.rstrip(" .")):
        return []
    dashes = list(_NAME_DASH.finditer(text))
    if len(dashes) < 2:
        return []
    starts = [len(text) - len(text.lstrip())]
    for before, after in zip(dashes, dashes[1:], strict=False):
        cut = _role_cut(text, before.end(), after.start())
        if cut is None:
            return []
        starts.append(cut)
    found = []
    for i, (start, dash) in enumerate(zip(starts, dashes, strict=True)):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        role_end = end if i + 1 == len(starts) else len(text[:end].rstrip())
        name = text[start : dash.start()]
        if not _bare_name_re().fullmatch(name):
            return []
        role = text[dash.end() : role_end].strip()
        found.append((start, dash.start(), Span(dash.end(), dash.end() + len(role), "title", (role,), role)))
    return found


#: a role's small word before the name that follows it, and the one capitalised word it joins: ``... da União``
_ROLE_JOIN = re.compile(r"(?<=\s)[a-z]{1,4}\s+[A-Z][\w'’-]*\s+")


def _role_cut(text: str, start: int, end: int) -> int | None:
    """Where the next signer's name starts between a role's start and the next dash: after the one capitalised word
    that follows the role's last small word; ``None`` when no small word tells it."""
    joins = list(_ROLE_JOIN.finditer(text, start, end))
    return joins[-1].end() if joins and joins[-1].end() < end else None


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
        dashed = _dashed(text)  # "A B — Minister of X C D — Director of Audit": each name with its own role
        if dashed and all(self.finder.plain_name(text[a:b]) for a, b, _ in dashed):
            for a, b, role in dashed:
                self._unhonoured(order, text, a, b, None, role)
        signers, at = _joined(text)
        if signers and all(self.finder.plain_name(text[a:b]) for a, b, _ in signers):
            for a, b, country in signers:
                self._unhonoured(order, text, a, b, country, _common_role(text, at))
