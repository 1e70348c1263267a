"""Readers of :mod:`.meeting_candidates` for a record with no header to name its meeting: an excerpt cut before
its header (``excerpt``: the group its own document symbols or its session code name; ``footer``: the meeting its
running footer names) and a record whose speakers are members of a body (``members``: ``The councillor from X
said ...``) or whose sentences open with a body deciding (``The Council took note of ...``)."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import sentence_spans

from .body_names import BodyName, find_body_names
from .datelines import front_dateline
from .event_series import event_series
from .footer_meeting import footer_meeting
from .gazetteer import preposition_alternation
from .genre import header_lines
from .meeting import meeting_words
from .meeting_memo import is_record, once, presumed_group
from .meeting_words import word_alternation
from .own_mention import symbol_group


def excerpt_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """An excerpt cut before its header (no title; its first line goes on from a sentence cut above it,
    maybe after its document's symbol, or opens a numbered section past the first: ``4.2 The delegate of
    ...``) records a meeting of the group it is about, which it does not date: the group its own document
    symbols name (``CWG-ABC-3/5``: numbered by them), else the body whose session codes them (``C31/97-E``:
    the Council's session when that is the symbol its first line opens with, :func:`_session_symbol`), else the
    presumed group (only under a cut line: an excerpt opening with a whole section names its group by its
    symbols, not by the first body its prose names)."""
    opening = _excerpt_opening(report) if not report.title else None
    if opening is None or not is_record(report):
        return None
    by_symbol = once(report, "symbol", symbol_group)
    first = next(p.text for p in report.paragraphs if p.order == opening[0])
    cut_line = _SYMBOL_OPENING.sub("", first.strip(), count=1)
    presumed = presumed_group(report) if cut_line[:1].islower() else None
    body = by_symbol[0] if by_symbol is not None else _session_symbol(report) or presumed
    if body is None:
        return None
    number = by_symbol[1] if by_symbol is not None and by_symbol[0] == body else None
    return Meeting(body, number, paragraphs=opening)


def footer_of_excerpt(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meeting the running footer of an excerpt cut before its header names and dates
    (:func:`.footer_meeting.footer_meeting`: ``CWG-X(31)77 – Minutes of the 12th meeting, Oslo, 3–5 May 2031``)."""
    if report.title or _excerpt_opening(report) is None or not is_record(report):
        return None
    return footer_meeting(report, names)


def members_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """A record whose speakers are named as members of a body (``The councillor from X said ...``, twice or more;
    ``meeting_words.csv``, role ``member``: the member's noun and the body) records a meeting of that body, which it
    need not date (an excerpt of a Council session's summary record, cut before its header: no header dates it);
    else the body that acts in it (:func:`_acting`: ``The Council took note of ...``); not when a group of the body
    speaks as the subject of a sentence (``The Committee recommended that the Council ...``: a committee's record)."""
    if not is_record(report) or any(front_dateline(line) for line in header_lines(report)):
        return None
    texts = [report.title or "", *(p.text for p in report.paragraphs)]
    if any(_group_acts().match(text) for text in texts):
        return None  # "The Committee recommended that the Council ...": the excerpt records the committee's meeting
    seen: dict[str, list[int]] = {}
    for p in report.paragraphs:
        for m in _member_noun().finditer(p.text):
            seen.setdefault(_member_bodies()[m.group(0).casefold()], []).append(p.order)
    body, orders = max(seen.items(), key=lambda item: len(item[1]), default=(None, []))
    if body is None or len(orders) < 2:
        body, orders = _acting(report, names)
    if body is None:
        return None
    return Meeting(body, None, paragraphs=tuple(dict.fromkeys(orders[:2])))


def _acting(report: ParsedReport, names: tuple[BodyName, ...]) -> tuple[str | None, list[int]]:
    """The body a record names most often as the subject opening a sentence with a verb of deciding (:func:`_acts`:
    ``The Council took note of ...``, ``Study Group 9 decided to ...``): the body in session, with the paragraphs
    saying so."""
    seen: dict[str, list[int]] = {}
    named: dict[str, set[int]] = {}  # the number of words of each name acting
    for p in report.paragraphs:
        if not _acts().search(p.text):
            continue
        starts = sentence_spans(p.text)
        opening = {s0 + len(m.group(0)) for s0, _ in starts if (m := _SUBJECT_OPENING.match(p.text, s0))}
        for key, (start, end) in find_body_names(p.text, names):
            if start in opening and _acts().match(p.text, end):
                seen.setdefault(key, []).append(p.order)
                named.setdefault(key, set()).add(len(p.text[start:end].split()))
    ranked = sorted(seen.items(), key=lambda item: -len(item[1]))
    if not ranked or (len(ranked) > 1 and len(ranked[0][1]) < 2):
        return None, []  # two bodies acting once each: neither is the one in session
    if len(ranked[0][1]) < 2 and named[ranked[0][0]] == {1}:
        return None, []  # "The Council adopted ..." once: maybe another body's (a Council of Ministers)
    return ranked[0]  # once is enough for a body acting alone, named in full


#: the opening of a sentence before its subject (an article)
_SUBJECT_OPENING = re.compile(r"\s*(?:The\s+)?")


@cache
def _acts() -> re.Pattern[str]:
    """A verb of a body deciding in session after its subject (``meeting_words.csv``, role ``acts``: ``agreed``,
    ``decided``, ``took note``); not a speaker's verb (``presented``, ``informed``)."""
    return re.compile(rf"\s+(?:{word_alternation(meeting_words('acts'))})\b")


@cache
def _member_bodies() -> dict[str, str]:
    return {w.casefold(): key for w, key in meeting_words("member").items()}


@cache
def _group_acts() -> re.Pattern[str]:
    """A sentence opening with a group as its subject (``The Committee recommended ...``, ``Committee noted that``;
    ``meeting_words.csv``, role ``group``): the group whose meeting a record of its members' words is."""
    return re.compile(rf"^(?:The\s+)?(?:{word_alternation(meeting_words('group'))})\s+[a-z]+ed\b")


@cache
def _member_noun() -> re.Pattern[str]:
    """A member's noun (``meeting_words.csv``, role ``member``) as a speaker: ``the councillor from X``, ``the
    councillors of X and Y``."""
    return re.compile(
        rf"(?i)(?<=\bthe\s)(?:{word_alternation(meeting_words('member'))})(?=\s+(?:{preposition_alternation('origin')})\s)"
    )


#: a document's symbol that opens an excerpt's first line (``C31/97-E``, ``CWG-ABC-3/5``), alone or before the cut text
_SYMBOL_OPENING = re.compile(r"^[A-Z][\w&.\-]*/\s?[\w.\-()]+\s*")


#: a section number past a document's first (``4.2``, ``7``): the text before it was cut
_LATER_SECTION = re.compile(r"^(?:\d+\.\d+|[2-9]|\d\d)(?:\.\d+)*$")


def _excerpt_opening(report: ParsedReport) -> tuple[int, ...] | None:
    """The orders of an excerpt's opening lines (its first line and the one after it, a symbol alone before
    them skipped) when the report opens cut: a line that goes on from a sentence above it, or a numbered
    section past the first; ``None`` when it opens as a document does."""
    paragraphs = list(report.paragraphs[:3])
    if paragraphs and _SYMBOL_OPENING.fullmatch(paragraphs[0].text.strip()):
        paragraphs = paragraphs[1:]  # "C31/110-E" alone over the cut text
    if not paragraphs:
        return None
    first = _SYMBOL_OPENING.sub("", paragraphs[0].text.strip(), count=1)
    cut = first[:1].islower() or bool(_LATER_SECTION.match(paragraphs[0].section))
    # the cut sentence may speak of the next meeting: the excerpt's opening is that line and the one after it
    return tuple(p.order for p in paragraphs[:2]) if cut else None


@cache
def _session_codes() -> tuple[tuple[re.Pattern[str], str], ...]:
    """``(symbol pattern, body key)`` of each series whose sessions number their documents by a code and the
    session's two-digit year (``ingest/data/session-codes.csv``: ``C31/97-E``, a document of Council 2031)."""
    bodies = {s.prefix: s.body for s in event_series()}
    rows = [(r["code"], bodies.get(r["prefix"])) for r in data_rows("session-codes.csv")]
    return tuple(
        (re.compile(rf"(?<![\w&/.\-]){re.escape(code)}\d\d/\s?\d{{1,3}}\b"), body) for code, body in rows if body
    )


def _session_symbol(report: ParsedReport) -> str | None:
    """The body whose session codes the symbol an excerpt's first line opens with (``C31/97-E``, alone or run into
    the cut sentence: the excerpt's own symbol, a document of Council 2031); not a symbol its prose cites (a
    report to the Council citing ``Document C31/44``)."""
    first = report.paragraphs[0].text.strip() if report.paragraphs else ""
    symbol = m.group(0) if (m := _SYMBOL_OPENING.match(first)) else ""
    return next((body for pattern, body in _session_codes() if symbol and pattern.match(symbol)), None)
