"""Meetings other than the report's own: a mention of another (previous, next, to come) meeting
(:func:`another_meeting`), an unnumbered meeting held (:func:`_unnumbered_meeting`), the ordinal of the lead's
meeting of a kind (:func:`lead_ordinal`), the last of several meetings named together (:func:`_last_of_several`).
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.body_names import (
    BodyName,
)
from wsiskg.ingest.extract.gazetteer import auxiliary_alternation, determiner_alternation, modal_alternation
from wsiskg.ingest.extract.meeting_lead import LEAD_PARAGRAPHS
from wsiskg.ingest.extract.meeting_mentions import (
    MeetingHit,
    meeting_hits,
)
from wsiskg.ingest.extract.meeting_words import meeting_words, word_alternation
from wsiskg.ingest.extract.ordinals import (
    number_value,
    ordinal_regex,
)
from wsiskg.ingest.records import ParsedReport
from wsiskg.ingest.text import clause_spans, sentence_spans, span_at

#: a lead sentence that states a meeting without a number must say it was held
HELD = r"(?i)\b(?:held|convened|took\s+place|met|hosted|organi[sz]ed)\b"


#: a meeting the clause says is still to come (``scheduled for``, ``initially planned for``)
_TO_COME = re.compile(
    rf"(?i)\b(?:{modal_alternation('future')})\s+(?:\w+\s+)?(?:be\s+held|take\s+place|meet|convene)\b|\bto\s+be\s+held\b"
    rf"|^[\s,]*(?:\([^()]{{1,30}}\)\s*,?\s*)?(?:(?:{auxiliary_alternation('be', 'clause')})\s+)?(?:[a-z]+ly\s+)?"
    r"(?:scheduled|planned)\s+(?:for|to)\b"
    # a relative clause in the present progressive: a session meeting now, elsewhere (``the third meeting of the
    # Preparatory Committee (PrepCom-3), which is meeting in Geneva from 19 to 30 September``)
    rf"|^[\s,]*(?:\([^()]{{1,30}}\)\s*,?\s*)?(?:which|that)\s+(?:{auxiliary_alternation('be', 'clause')})\s+"
    r"(?:now\s+|currently\s+)?meeting\b"
)


#: a statement that starts with the meeting, not with its body (a word before a body, as in
#: ``the former Council Working Group on WSIS held its 25th meeting``, is about the body)
_STARTS_WITH_MEETING = re.compile(rf"(?:{ordinal_regex()}|(?i:meeting)\b)")


@cache
def _other_before() -> re.Pattern[str]:
    """A word that makes the meeting after it another one, up to two words before it (``the next``, ``its
    previous``; ``meeting_words.csv``, role ``other``)."""
    return re.compile(rf"(?i)\b(?:{word_alternation(meeting_words('other'))})\s+(?:[\w-]+\s+){{0,2}}$")


def another_meeting(text: str, span: tuple[int, int]) -> bool:
    """Whether the meeting stated at ``span`` of ``text`` is another one than the report's: a
    word before it names it so (``the next meeting``, ``its previous 41st meeting``, ``the next
    UNGIS meeting``; words in
    ``meeting_words.csv``, role ``other``), or the words after it say it is still to be held."""
    # a word before "the 5th meeting" or "the UNGIS meeting" is about the meeting; before "the Group
    # held its 5th meeting", about the Group
    about = _STARTS_WITH_MEETING.match(text, span[0]) or re.search(r"(?i)\bmeetings?$", text[span[0] : span[1]])
    before = text[max(0, span[0] - 40) : span[0]] if about and " its " not in text[span[0] : span[1]] else ""
    if _other_before().search(before):
        return True
    s0, s1 = span_at(clause_spans(text), span[0], len(text))
    return bool(
        _TO_COME.search(text[span[1] : min(s1, span[1] + 80)])
        or _goes_to().search(text, s0, span[0])
        or _goes_to_with_object().search(text, s0, span[0])
        or _FUTURE_VERB.search(text[s0 : span[0]])
    )


#: a verb of the future before a meeting in its clause, no comma nor a verb in the past between, makes it one still
#: to come (``the Secretary-General would convene the first meeting of X in 2031``, ``A workshop will be organized on
#: 12 May at the X meeting``; not ``the next meeting would be held in Lima, and closed the second meeting``, ``The
#: experts who will draft it attended the 6th meeting``)
_FUTURE_VERB = re.compile(
    rf"(?i)\b(?:{modal_alternation('future')})\s+(?:not\s+)?(?:be\s+)?[a-z]+\b(?:(?-i:(?!\b[a-z]+ed\b))[^,;])*$"
)


@cache
def _goes_to() -> re.Pattern[str]:
    """An infinitive before a meeting in its clause that makes it one still to come (``agreed to hold its
    final meeting during the XXV Meeting of X``, ``invited the subgroup to report to the seventh meeting of
    X``; ``meeting_words.csv``, role ``goes-to``)."""
    return re.compile(rf"(?i)\bto\s+(?:{word_alternation(meeting_words('goes-to'))})\b")


@cache
def _goes_to_with_object() -> re.Pattern[str]:
    """An infinitive of a verb that goes to a meeting, its object, then ``to`` or ``at`` right before the meeting
    (``is instructed to present the proposals on behalf of the region at the first plenary meeting of X``, ``invited
    Members to submit contributions to the fifth meeting``): the verbs of ``meeting_words.csv``, role ``goes-to``,
    that go ``to`` it, without their preposition; not ``to present the outcome of the fifth meeting``."""
    verbs = [w.removesuffix(" to") for w in meeting_words("goes-to") if w.endswith(" to")]
    return re.compile(rf"(?i)\bto\s+(?:{word_alternation(verbs)})\s+[^,;()]{{1,80}}?\s(?:to|at)\s+(?:the\s+)?$")


def _unnumbered_meeting(
    texts: list[tuple[int | None, str]],
    names: tuple[BodyName, ...],
    headings: frozenset[int] = frozenset(),
    bodies: frozenset[str] | None = None,
) -> tuple[int | None, str, MeetingHit] | None:
    """A meeting named without a number (``Report of the UNGIS meeting held on 12 March
    2024``): in the title or a header line (``headings``: ``Joint meeting of UNGIS and ...``), or in
    a lead sentence that says it was held; only of ``bodies`` when given."""
    for order, text in texts:
        for hit in meeting_hits(text, names, unnumbered=True):
            if bodies is not None and hit.body not in bodies:
                continue
            s0, s1 = span_at(clause_spans(text), hit.span[0], len(text))
            other = another_meeting(text, hit.span)
            titled = _record_words().fullmatch(text[s0 : hit.span[0]]) is not None
            if (
                order is None
                or ((order in headings or titled) and not other)
                or (re.search(HELD, text[s0:s1]) and not other)
            ):
                return order, text, hit
    return None


@cache
def _numbered_kind(words: tuple[str, ...]) -> re.Pattern[str]:
    """An ordinal, up to three words and the kind of meeting ``words`` (``its sixth facilitation meeting``)."""
    written = r"\s+".join(map(re.escape, words))
    return re.compile(
        rf"\b(?:the|its|this)\s+(?P<num>{ordinal_regex()})\s+(?:[\w-]+\s+){{0,3}}?{written}(?![\w-])", re.I
    )


def lead_ordinal(report: ParsedReport, kind: str) -> int | None:
    """The number a lead sentence gives a meeting of ``kind`` (the last words of its name, ``facilitation
    meeting``) that a heading names without one: ``The fourth e-environment facilitation meeting brought
    together ...``, ``convened its sixth facilitation meeting on 18 May`` (an ordinal, up to three words, the
    kind); not another meeting (``the next ...``, one still to be held)."""
    words = kind.split()
    if len(words) < 2:  # "meeting" alone names any meeting
        return None
    form = _numbered_kind(tuple(words))
    for p in report.paragraphs[:LEAD_PARAGRAPHS]:
        for m in form.finditer(p.text):
            if not another_meeting(p.text, (m.start("num"), m.end())) and number_value(m.group("num")):
                return number_value(m.group("num"))
    return None


@cache
def _record_words() -> re.Pattern[str]:
    """What comes before a meeting's name in a record's title written as a front line, maybe after a
    header field's label (``Title: Report of the``, ``Summary record of the``; ``meeting_words.csv``,
    role ``session-record``)."""
    records = word_alternation(meeting_words("session-record"))
    return re.compile(rf"\s*(?:[A-Z][a-z]+\s*:\s*)?(?i:draft\s+)?(?i:{records})\s+(?i:the\s+)?")


def _last_of_several(text: str, hit: MeetingHit) -> MeetingHit:
    """The last of the body's meetings a sentence states one after the other (``held its 40th
    meeting on 3 March and its 41st meeting on 9 and 10 June``): the record is of the last."""
    if hit.number is None:
        return hit
    end = next((b for a, b in sentence_spans(text) if a <= hit.span[0] < b), len(text))
    last = hit
    for m in _next_of_several().finditer(text, hit.span[1], end):
        number = number_value(m.group("num"))
        later = number is not None and last.number is not None and number > last.number
        if later and not another_meeting(text, m.span("num")):  # not "and the 41st meeting will be held"
            last = MeetingHit(hit.body, number, m.span("num"))
    return last


@cache
def _next_of_several() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:and|then)\s+(?:{determiner_alternation('ordinal')})\s+(?P<num>{ordinal_regex()})(?:\s+(?i:meeting))?\b"
    )
