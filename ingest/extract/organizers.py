"""Who organised an event: the bodies a sentence says organised, convened or hosted it.

Two forms, the verbs read from ``ingest/data/organizer-verbs.csv``:

* after the event, passive: ``the WSIS Forum 2031, co-organized by ITU, UNESCO, UNDP and
  UNCTAD``, ``a workshop on X on 5 May 2031 organized by the Telecommunication Development
  Bureau``, ``held in Geneva from 5 to 9 May 2031 and hosted by ITU``;
* before the event, active: ``ITU and UNESCO jointly organized the WSIS Forum 2031``,
  ``BDT will host a webinar on ...``.

The organisers are the body spans (the actor extractor's, or a :class:`BodyMatcher`'s) that
follow the cue (or precede the verb) one after the other, parted only by commas, ``and``,
``&``, ``as well as`` or ``in collaboration/cooperation/partnership with``. A host that is
not a body (``hosted by the Government of Kenya``, a country) is no organiser here:
``wsis:organizer`` takes bodies only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from wsiskg.ingest.extract.gazetteer import (
    auxiliary_alternation,
    determiner_alternation,
    modal_alternation,
    preposition_alternation,
)
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation

#: a body span: (start, end, key)
BodySpan = tuple[int, int, str]

_PLACE = r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*(?:,\s*[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)?"
#: what may part two organisers
_BETWEEN = re.compile(
    r"\s*(?:,\s*)?(?:(?:and|&|as\s+well\s+as|together\s+with|jointly\s+with|"
    r"in\s+(?:collaboration|cooperation|co-operation|partnership|association)\s+with)\s+)?(?:the\s+)?"
)

#: a body name that goes on with a capitalised word names something else (a part, a group)
_NAME_GOES_ON = re.compile(r"\s+(?:[A-Z]|of\s+[A-Z])")


@cache
def _verbs() -> str:
    return alternation((r["form"] for r in data_rows("organizer-verbs.csv")), spaces=True)


#: a theme or slogan between an event and its organisers: ``, under the slogan of “...”,``
_THEME = (
    r"(?:under\s+the\s+(?:slogan|theme|motto)|on\s+the\s+theme|with\s+the\s+theme)\s+(?:of\s+)?"
    r"(?:“[^”]*”|\"[^\"]*\"|‘[^’]*’|'[^']*'|[^,;]*)"
)
#: what may stand between an event and the cue: brackets, dates (masked), place, theme, auxiliaries
_GAP = (
    rf"(?:\s*(?:\([^()]*\)|,|which\b|that\b|and\b|was\b|is\b|were\b|(?:{modal_alternation('future')})\s+be\b|to\s+be\b|being\b|been\b|"
    r"has\s+been\b|held\b|tak(?:es|ing|e)\s+place\b|took\s+place\b|"
    rf"(?:{preposition_alternation('place')})\s+{_PLACE}|(?:{preposition_alternation('date')})?\s*\x00++|{_THEME})){{0,12}}\s*"
)


@cache
def _after() -> re.Pattern[str]:
    """The words between an event (dates masked as NUL) and the first organiser."""
    return re.compile(rf"{_GAP}(?:jointly\s+)?(?i:{_verbs()})\s+(?:jointly\s+)?by\s+(?:the\s+)?")


@cache
def _before() -> re.Pattern[str]:
    """The words between the last organiser and the event."""
    return re.compile(
        rf"\s+(?:(?:{auxiliary_alternation(role='clause')}|{modal_alternation('future')})\s+(?:also\s+)?)?(?:jointly\s+)?"
        rf"(?i:{_verbs()})\s+(?:(?:{determiner_alternation('organizer')})\s+)?\Z"
    )


def _chain_forward(text: str, at: int, limit: int, bodies: Sequence[BodySpan]) -> list[str]:
    """Body keys one after the other from ``at`` (parted by :data:`_BETWEEN`)."""
    keys: list[str] = []
    for start, end, key in sorted(bodies):
        if start < at or start >= limit:
            continue
        gap = text[at:start]
        if not (_BETWEEN.fullmatch(gap) if keys else re.fullmatch(r"(?:the\s+)?", gap)):
            break
        if _NAME_GOES_ON.match(text, end):  # "the United Nations Regional Commissions": not the UN
            break
        keys.append(key)
        at = end
    return keys


def _chain_backward(text: str, at: int, floor: int, bodies: Sequence[BodySpan]) -> list[str]:
    """Body keys one after the other ending at ``at``, read leftwards."""
    keys: list[str] = []
    for start, end, key in sorted(bodies, reverse=True):
        if end > at or start < floor:
            continue
        if end != at and not (keys and _BETWEEN.fullmatch(text[end:at])):
            break
        keys.insert(0, key)
        at = start
    return keys


def organizers(
    text: str,
    span: tuple[int, int],
    limit: int,
    clause_start: int,
    bodies: Sequence[BodySpan],
    masked: str,
) -> tuple[str, ...]:
    """The bodies that organise the event at ``span`` of ``text``: after it up to ``limit`` (its
    clause end or the next event), or before it from ``clause_start``. ``masked`` is
    ``text[span[1]:limit]`` with dates replaced by NUL characters (same length)."""
    keys: list[str] = []
    if m := _after().match(masked):
        keys += _chain_forward(text, span[1] + m.end(), limit, bodies)
    if m := _before().search(text, clause_start, span[0]):
        keys += _chain_backward(text, m.start(), clause_start, bodies)
    return tuple(dict.fromkeys(keys))


@cache
def _by() -> re.Pattern[str]:
    """A verb of organising and ``by`` (``was organized by``, ``Convened jointly by``): its organisers follow."""
    return re.compile(rf"(?i)\b(?:{_verbs()})\s+(?:jointly\s+)?by\b")


def organised_by(text: str, clauses: Sequence[tuple[int, int]], bodies: Sequence[BodySpan]) -> tuple[str, ...]:
    """The bodies ``text`` says organised something in the passive, whatever it names as organised (``The
    meeting was organized by X jointly with Y``, a header line ``Organized by the X (XC)``): each ``by`` read
    as :func:`organizers` reads one after an event, within its clause (``clauses``: the text's clause spans)."""
    keys: list[str] = []
    for m in _by().finditer(text):
        c0, c1 = next(((a, b) for a, b in clauses if a <= m.start() < b), (0, len(text)))
        keys += organizers(text, (m.start(), m.start()), c1, c0, bodies, text[m.start() : c1])
    return tuple(dict.fromkeys(keys))
