"""Meetings named by an ordinal alone in a list (:mod:`.event_forms`, :func:`elliptic_mentions`): ``and the
third on 9 June``, the body of the numbered meeting named before or the body that held them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wsiskg.ingest.extract.dates import DateSpan
from wsiskg.ingest.extract.event_body_meetings import head_body
from wsiskg.ingest.extract.event_dates import elliptic_ordinal, own_dates
from wsiskg.ingest.extract.event_form_parts import body_heads
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.gazetteer import auxiliary_alternation
from wsiskg.ingest.extract.keys import numbered_key, slug
from wsiskg.ingest.extract.meeting import BodyIndex, BodyName, body_index
from wsiskg.ingest.extract.ordinals import has_ordinal, number_value, ordinal_regex
from wsiskg.ingest.records import Meeting
from wsiskg.ingest.text import ordinal_suffix, squash

#: a body that held meetings (``the Group (CWG-X) has held two meetings``)
_HELD_MEETINGS = (
    rf"(?:\s*\([^()]{{1,30}}\))?\s+(?:{auxiliary_alternation('have')})?\s*(?:held|met)\s+"
    r"(?:\w+\s+){0,2}?(?:meetings|sessions|times)\b"
)


#: the key of a numbered meeting (``cwg-wsis-12``), not of an event keyed by its day (``webinar-2031-05-04``)
_NUMBERED_KEY = re.compile(r"(?<!\d{4}-\d\d)-\d{1,3}$")


def elliptic_mentions(
    text: str,
    dates: Sequence[DateSpan],
    named: Sequence[EventMention],
    bodies: tuple[BodyName, ...],
    meeting: Meeting | None,
) -> list[EventMention]:
    """Meetings named by an ordinal alone in a list (:func:`.event_dates.elliptic_ordinal`), dated by their own dates:
    ``The second meeting took place on 2-3 May 2031 and the third on 9 June 2031`` (the body of
    the numbered meeting named before in the sentence, ``named``), ``The Group has held two
    meetings: the first on 6-7 December 2030 and the second on 4 May 2031`` (the body that held
    them, a catalogue body or the body its head noun means). Keyed ``<body>-<number>``."""
    if not has_ordinal(text) or not any(w in text for w in (" the ", " its ", " their ")):
        return []
    index, out = body_index(bodies), []
    for m in elliptic_ordinal().finditer(text):
        n, d = number_value(m.group("num")), own_dates(text, m.end(), dates, bare=True)
        if n is None or d is None:
            continue
        s0 = ([0] + [x.end() for x in re.finditer(r"[.!?]\s+(?=[A-Z])", text[: m.start()])])[-1]
        before = [c for c in named if s0 <= c.span[0] < m.start() and _NUMBERED_KEY.search(c.key)]
        before = [c for c in before if c.kind in ("meeting", "session")]
        if not before and (
            other := _ordinal_named_before(named, s0, m.start())
        ):  # "the second workshop ... and the third"
            label = re.sub(ordinal_regex(), m.group("num"), other.name, count=1)
            key = slug(f"{label} {d.start.isoformat()}")
            out.append(EventMention(key, label, other.kind, m.span("num"), None, d.start, d.end, None, d.precision))
            continue
        body, kind = (before[-1].key.rsplit("-", 1)[0], before[-1].kind) if before else (None, "meeting")
        body = body or _holder_of_meetings(text, s0, m.start(), index, meeting)
        if not body:
            continue
        label = _elliptic_label(n, kind, body, index, before[-1].name if before else None)
        key = numbered_key(body, n)
        out.append(EventMention(key, label, kind, m.span("num"), None, d.start, d.end, None, d.precision))
    return out


def _elliptic_label(n: int, kind: str, body: str, index: BodyIndex, named: str | None) -> str:
    """The name of the ``n``-th meeting an ordinal alone stands for: of the catalogue body's name, else the
    name of the numbered meeting named before with its ordinal replaced (``the 5th meeting of the Working
    Group on Rural Access ... and the sixth``: ``6th meeting of the Working Group on Rural Access``)."""
    ordinal = f"{n}{ordinal_suffix(n)}"
    if body not in index.names and named and re.match(rf"(?:{ordinal_regex()})\s", named):
        return re.sub(ordinal_regex(), ordinal, named, count=1)
    return f"{ordinal} {kind} of the {index.label(body)}"


def _ordinal_named_before(named: Sequence[EventMention], s0: int, at: int) -> EventMention | None:
    """The last event named by its form with an ordinal first (``the second inter-regional workshop``) between
    ``s0`` and ``at``: what an ordinal alone after it stands for (``... and the third on 24-26 September``)."""
    before = [c for c in named if s0 <= c.span[0] < at and re.match(rf"(?:{ordinal_regex()})\s+\S", c.name)]
    return before[-1] if before else None


def _holder_of_meetings(text: str, s0: int, at: int, index: BodyIndex, meeting: Meeting | None) -> str | None:
    """The body that held the meetings listed after ``at`` (:data:`_HELD_MEETINGS`): a catalogue
    body, or the body its head noun means (``The Group has held two meetings: ...``)."""
    pattern = rf"(?:(?P<body>{index.regex(text).pattern})|\b(?P<head>{body_heads()})){_HELD_MEETINGS}"
    held = re.search(pattern, text[s0:at])
    if held is None:
        return None
    if held.group("body"):
        return index.keys.get(squash(held.group("body")))
    return head_body(text, s0 + held.start(), held.group("head"), index, meeting)
