"""Meetings of a body (:mod:`.event_forms`): a meeting of a body named with its dates
(:func:`body_meeting_mentions`), the next meeting by its label (:func:`next_meeting_label`), a body's head noun
and subject (:func:`head_body`, :func:`subject_after`) and a name's topic (:func:`name_topic`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from wsiskg.ingest.extract.casing import (
    joiner_alternation,
    name_link,
    name_link_alternation,
    small_word_alternation,
    without_article,
)
from wsiskg.ingest.extract.dates import (
    DateSpan,
    adjacent_words,
    as_listed_days,
    date_words,
    find_dates,
    held_words,
    joins_list,
)
from wsiskg.ingest.extract.document import held_alternation
from wsiskg.ingest.extract.event_dates import holding_verbs, moved, next_sentence_dates, own_dates
from wsiskg.ingest.extract.event_form_parts import CAP, _heads_tree, _month_end, body_heads, numbered_mention
from wsiskg.ingest.extract.event_met import named_holder
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.gazetteer import (
    auxiliaries,
    body_head_nouns,
    modal_alternation,
    modals,
    preposition_alternation,
    small_words,
)
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting import BodyIndex, BodyName, body_index, dateline
from wsiskg.ingest.extract.meeting_words import meeting_words
from wsiskg.ingest.extract.ordinals import cardinal_regex, has_ordinal, ordinal_regex, ordinals_listed
from wsiskg.ingest.extract.organizers import BodySpan
from wsiskg.ingest.months import month_alternation
from wsiskg.ingest.records import Meeting
from wsiskg.ingest.text import DASH_CHARS, alternation, clause_spans, span_at, squash


def body_meeting_mentions(
    text: str,
    meeting: Meeting | None,
    bodies: tuple[BodyName, ...],
    dates: Sequence[DateSpan],
    body_spans: Sequence[BodySpan] = (),
    own: bool = True,
) -> list[EventMention]:
    """A meeting of a body, without a number, with its own dates (:func:`own_dates`): ``the
    meeting of the UNGIS held on 24 January 2031``, ``Study Group 9 at its meeting in January
    2031``, ``the Board's meeting of 4-5 May 2031``, and the next meeting: ``the next meeting of
    RAG is scheduled for ...``, ``its next meeting on 11-12 March 2031``, ``the next TSAG meeting,
    which is planned for 10-14 July``. Meetings in the plural are one meeting per listed date
    (``the Group's two previous meetings, on 3 March and on 12 October 2031``).

    The body is the one named, else (``its``) the last one named before in the clause (the
    body extractor's spans when given: ``The Group ... its next meeting``), else (``the next
    meeting``) the report's meeting body; a group the catalogue does not know is named as written
    (``the meeting of the Andean Spectrum Committee``, ``the next Study Group 3 meeting``; before
    ``meeting`` only a name ending in a body noun: ``the Rapporteur Group meeting held on ...``),
    of no group only ``next meeting``. Keyed by body and start day (such a meeting has no number).
    ``meeting`` is the report's own (``own``), left out, or the meeting a contribution or a letter
    is for (a context: ``the Group``'s body), an event like any other."""
    out = next_meeting_label(text, meeting, bodies)  # "Next meeting: Geneva, 4-5 May"
    if out or ("meeting" not in text and "session" not in text):
        return out
    index = body_index(bodies)
    for m in _body_meeting_pattern(index.regex(text).pattern, held_alternation(text, _heads_tree())).finditer(text):
        found = _listed_own_dates(text, m, dates) or [
            d for d in dates if m.group("when") and d.span[0] == m.start("when")
        ]
        if not found or (own and meeting is not None and found[0].start == meeting.start):
            continue
        if has_ordinal(m.group("adj")):  # "the Group's third and fourth meetings, held on 3 May and 9 June"
            out += _numbered_own_meetings(text, m, found, _meeting_body(text, m, index, meeting, body_spans), index)
            continue
        out += _unnumbered_meeting(text, m, found, index, meeting, body_spans)
    return out


def spanned_head(text: str, at: int, head: str, body_spans: Sequence[BodySpan]) -> tuple[str, str] | None:
    """(key, name as written) of the last body the body extractor found up to ``at`` whose name has
    the noun ``head`` (``the Radio Regulations Board (RRB)`` for ``the Board``, or ``the Board`` itself
    when it resolved it)."""
    named = [(k, text[a:b]) for a, b, k in body_spans if b <= at and head.lower() in text[a:b].lower().split()]
    return (named[-1][0], without_article(named[-1][1])) if named else None


def _plural_holder(
    text: str, m: re.Match[str], index: BodyIndex, body_spans: Sequence[BodySpan]
) -> tuple[str, str] | None:
    """(key, name) of the body whose meetings in the plural :func:`body_meeting_mentions` matched when no
    catalogue body is named: its head noun (``the Committee's meetings``, ``the meetings of the Group``, or
    for ``its``/``their`` the last ``the <head>`` of the clause before) is the last body the body extractor
    found with that noun (:func:`spanned_head`), else the head noun as written."""
    head = m.group("head") or m.group("poss")
    if head is None and m.group("pre") in ("its", "their"):
        s0 = span_at(clause_spans(text), m.start(), len(text))[0]
        before = list(re.finditer(rf"\b[Tt]he\s+(?:{CAP}\s+){{0,5}}(?P<h>{body_heads()})\b", text[s0 : m.start()]))
        head = before[-1].group("h") if before else None
    if head is None or index.regex(text).fullmatch(head):
        return None
    return spanned_head(text, m.start(), head, body_spans) or (slug(head), f"the {head}")


def _unnumbered_meeting(
    text: str,
    m: re.Match[str],
    found: list[DateSpan],
    index: BodyIndex,
    meeting: Meeting | None,
    body_spans: Sequence[BodySpan],
) -> list[EventMention]:
    """The meeting of :func:`body_meeting_mentions`' match ``m`` that has no number: its body (named,
    ``its``, the subject before, or the report's), its label, and one mention per date found."""
    named, ahead = m.group("named"), f"{m.group('next')} " if m.group("next") else ""
    named2 = m.group("named2") or m.group("lower")
    if (
        named
        and not ahead
        and not re.search(
            rf"\b(?i:{body_heads()})(?:\s+\d+|\s+[IVX]+)?(?:$|\s+(?:{preposition_alternation('topic')})\s)", named
        )
    ):
        return []  # "the Rapporteur Group meeting", "the Community of X (CX) meeting"; not "the Plenary meeting"
    if not (named or named2) and m.group("pre") == "their" and (people := _people_before(text, m)):
        named2 = people  # "the SADC Ministers responsible for ICT at their meeting": theirs, not SADC's
    key = slug(named or named2) if named or named2 else _meeting_body(text, m, index, meeting, body_spans)
    if key is None and m.group("pre") in ("its", "Its") and (named2 := _written_subject(text, m)):
        key = slug(named2)  # "At its meeting in Minsk on 3 May, the Board of Heads of X decided ..."
    if key is None and m.group("pre") in ("its", "their") and (named2 := _subject_before(text, m)):
        key = slug(named2)  # "The Ministers of X, at their meeting in Lusaka on 3 May, asked ..."
    if key is None and m.group("plural") and (held := _plural_holder(text, m, index, body_spans)):
        key, named2 = held  # "the Committee's meetings held on 3 May and 9 June"
    if key is None and not ahead:
        return []
    info = index.names.get(key) if key else None
    adj = "" if m.group("plural") else f"{m.group('adj')}{m.group('adj2') or ''}"  # not "two previous"
    what = " ".join(f"{adj}{m.group('what')}".split())  # "annual meeting"
    label = (
        f"{ahead}{what} of the {info.name}"
        if info
        else f"{ahead}{what} of {named2}"
        if named2
        else f"{ahead}{named or ''} {what}"
    )
    label, kind = " ".join(label.split()), m.group("what")
    out = []
    for d in found:
        end = d.end or _month_end(d)
        dkey = slug(f"{key or ''} {kind} {d.start.isoformat()}")
        out.append(EventMention(dkey, label, kind, m.span(), None, d.start, end, None, d.precision))
    return out


def _numbered_own_meetings(
    text: str, m: re.Match[str], found: list[DateSpan], key: str | None, index: BodyIndex
) -> list[EventMention]:
    """Numbered meetings of a body named by their ordinals before ``meeting``, each with its own
    dates, in order (``the Group's thirteenth and fourteenth meetings, held on 4 February and on 19
    September``, ``the ninth meeting of the Group on 5 July``): keyed ``<body>-<number>`` like every
    numbered meeting; a body known only by its head noun (``the Group``, no catalogue body of that
    noun) keyed by the noun. A meeting of a body named as written is :func:`written_numbered_mentions`'."""
    numbers = ordinals_listed(m.group("adj"))
    poss: str = m.group("poss") or ""
    head: str = m.group("head") or ("" if index.regex(text).fullmatch(poss) else poss)
    if key is None and not head and m.group("pre") in ("its", "Its"):  # "At its first meeting, ..., the Group"
        head = _written_subject(text, m) or ""
        key, head = _opening_subject(text, m) or (None, head)  # "The Task Force on X held its 8th and 9th"
    if any(m.group(g) for g in ("b1", "named", "named2", "lower", "adj2")) or (key is None and not head):
        return []
    found = as_listed_days(text, found, len(numbers))  # "the third and fourth meetings, held on 3 and 4 May"
    if None in numbers or len(numbers) != len(found) or (len(numbers) > 1) != bool(m.group("plural")):
        return []
    body = index.names[key].name if key in index.names else head[0].upper() + head[1:] if head else key or ""
    key = key or slug(head)
    kind = m.group("what")
    return [
        numbered_mention(key, n, kind, body, m.span(), d.start, d.end or _month_end(d), d.precision)
        for n, d in zip(numbers, found, strict=True)
        if n is not None
    ]


@cache
def _next_label() -> re.Pattern[str]:
    """A line that labels the next meeting (``Next meeting: Geneva, 4-5 May``, ``Date and venue of the
    next meeting: ...``, ``Next meeting of the Group (4-5 May)``, ``5  Next meeting: 4 May 2031 (tbc),
    Geneva``: after a section's number, or an item's (``Item 5. Next meeting: 4 May``; ``date_words.csv``,
    role ``number-label``); ``Next call: Tuesday 4 May``; a heading ``Next meeting`` with
    the dateline on the line under it) and what follows it; ``of`` a body as written (``Next meeting
    of the Bureau Team: ...``); one word before the noun, a body's acronym or a modifier (``Next RAG
    meeting: Lima, 4 May``, ``Next coordination meeting: Riga, 4 May``)."""
    label = rf"(?:(?i:(?:agenda\s+)?(?:{alternation(date_words('number-label'))}))\s+)?"  # "Item 5."
    return re.compile(
        rf"\s*(?:{label}\d{{1,2}}(?:\.\d{{1,2}})*[.:]?\s+|>+\s*)?(?:(?i:dates?)(?:\s+and\s+(?:venue|place))?\s+of\s+(?:the\s+)?)?"
        rf"(?P<next>[Nn]ext)\s+(?:(?P<mid>[A-Z][\w\-&.]*|[a-z][\w\-]+)\s+)?(?P<what>meeting|session|call)\b"
        rf"(?:\s+of\s+(?:the\s+)?(?P<of>(?:{body_heads()})|[A-Z][\w\-&]*(?:\s+[A-Z][\w\-&]*){{0,5}}))?"
        rf"\s*(?:[:({DASH_CHARS}]\s*|\n\s*)(?P<rest>(?:[^()]|\([^()]*\))*?)\)?\s*\.?$"
    )


def _labelled_dates(rest: str, year: int | None) -> DateSpan | None:
    """The dates a next meeting's label gives (:func:`_next_label`'s ``rest``): a dateline up to its
    first date (``Lima, 4-5 May 2031, back-to-back with ...``), else a first date that only a verb of
    holding or a weekday opens (``to be held in September 2031, date to be confirmed``, ``Thursday 4
    May 2031, 10:00 CET``, ``January 2032 (tbc)``), or a month after a place (``Abidjan, October 2032 (tbc)``)."""
    dates = [d for d in find_dates(rest, year) if d.precision != "year"]
    if not dates:
        return None
    found = dateline(rest[: dates[0].span[1]], year)
    if found is None and dates[0].precision == "month" and _PLACE_THEN.fullmatch(rest, 0, dates[0].span[0]):
        return dates[0]  # "Abidjan, October 2032 (date tbc)": a dateline of a month (a dateline's days only)
    return found[0] if found else own_dates(rest, 0, dates, bare=True)


#: a place and its comma before a month on a next meeting's label: capitalised words, commas and particles between
#: (``Abidjan, Côte d'Ivoire,``)
_PLACE_THEN = re.compile(r"\s*[A-Z][\w’'\-.]*(?:[\s,]+(?:[a-z]{1,3}(?:['’]|\s+))?[A-Z][\w’'\-.]*)*\s*,\s*")


#: the longest line read as a next meeting's label (a dateline and what it is held with: ``Next meeting: Lima,
#: 4 May 2031, in the margins of the Forum (3-7 May 2031), to be confirmed``)
_LABEL_LINE = 160


def next_meeting_label(text: str, meeting: Meeting | None, bodies: tuple[BodyName, ...]) -> list[EventMention]:
    """The next meeting labelled with its dates on one line (:func:`_next_label`, :func:`_labelled_dates`):
    of the body written after ``of`` when the catalogue knows it, else of the report's meeting body, else
    as written (``next meeting``)."""
    m = _next_label().match(text) if len(text) <= _LABEL_LINE else None
    if m is None:
        return []
    year = meeting.start.year if meeting and meeting.start else None
    d = _labelled_dates(re.sub(r"\s*\([^()]*\)", "", m.group("rest")), year)  # "4 May 2031 (tentative), Geneva"
    if d is None or (meeting is not None and d.start == meeting.start):
        return []
    if not d.year_written and meeting is not None and meeting.start is not None:  # on or after the meeting
        d = moved(d, (meeting.start, meeting.end or meeting.start), future=True)
    index, of, mid = body_index(bodies), m.group("of"), m.group("mid")
    body = index.keys.get(squash(of)) if of else None
    if mid and of is None:  # "Next RAG meeting", "Next coordination meeting": named and keyed as written
        span = (m.start("next"), m.end("what"))  # the label, not the events its line names after the dates
        name = text[span[0] : span[1]]
        end = d.end or _month_end(d)
        key = slug(f"{name} {d.start.year}")  # as the capitalised-name reader keys it when the date follows
        return [EventMention(key, name, m.group("what"), span, None, d.start, end, None, d.precision)]
    body = body or (meeting.body if meeting is not None and (not of or re.fullmatch(body_heads(), of)) else None)
    owner = index.label(body, of or body) if body else of
    what = m.group("what")
    label = f"next {what} of the {owner}" if owner else f"next {what}"
    key = slug(f"{body or of or ''} {what} {d.start.isoformat()}")
    end = d.end or _month_end(d)
    return [EventMention(key, label, what, m.span(), None, d.start, end, None, d.precision)]


@cache
def _function_words() -> str:
    """Words that are no modifier of a meeting after a body's name (``the Andean Community (CAN) during the
    meeting``): the small words (``gazetteer.small_words``) and the words no name runs over
    (``meeting_words.csv``, role ``name-breaker``: ``its``, ``their``, ``during``)."""
    return rf"(?:{small_word_alternation(small_words() | set(meeting_words('name-breaker')))})"


@lru_cache(maxsize=256)  # one body alternation per set of names a report holds (BodyIndex.regex)
def _body_meeting_pattern(body: str, heads: str) -> re.Pattern[str]:
    """``the``/``its``/``their``/``whose`` or a body's possessive (``the Board's``, ``UNGIS's``), ``next`` or
    ``previous`` (``date_words.csv``, role ``adjacent``), up to two words, a body (catalogue: ``b1``;
    as written: ``named``) and up to two words after it, ``meeting``/``session``,
    and ``of`` a body (catalogue: ``b2``; its head noun: ``head``; as written: ``named2``); ``body``
    and ``heads``: the alternations of the catalogue's names and of the head nouns of bodies."""
    cap = r"[A-Z][\w\-&.]*"
    ordinal, months = ordinal_regex(), month_alternation()
    heads_lower = alternation([h.lower() for h in body_head_nouns()])
    # "13th and 14th", "12th to 15th"
    listed = rf"(?:{ordinal})(?:(?:\s*,\s*(?:{ordinal}))*\s+(?:and|&)|\s+to(?:\s+the)?)\s+(?:{ordinal})\s+"
    # no verb nor count after the body (``the Committee (ADM) held five meetings``)
    verbs = rf"(?:{alternation([*held_words(), *modals('future'), 'hold', 'holds', *auxiliaries(role='clause')])})\b"
    topic = name_topic(cap, "of|on|for", most=6)
    written = rf"(?:(?:{cap}|\d+)\s+)*(?:(?i:{heads}))(?:\s+(?:\d+|[IVX]+)\b)?{topic}"
    return re.compile(
        rf"\b(?:(?P<pre>[Tt]he|[Ii]ts|[Tt]heir|[Ww]hose|[Oo]ur|[Aa]n?)\s+|(?:[Tt]he\s+)?(?P<poss>{body}|(?i:{heads}))['’]s\s+)"
        # "the May 2031 meeting of X": its month before the noun
        rf"(?:(?P<next>{alternation(adjacent_words())})\s+)?(?P<when>(?:{months})\s+(?:19|20)\d\d\s+)?"
        rf"(?P<adj>{listed}|(?:[a-z][\w\-]*\s+){{0,2}}?)(?:(?P<year>(?:19|20)\d\d)\s+(?=meetings|sessions))?"
        # a body and its acronym in brackets (``the Southern African Development Community (SADC) ministerial
        # meeting``); a name the catalogue does not know ends in a body noun or is short
        rf"(?:(?:(?P<b1>{body})|(?P<named>(?=[A-Z\d]){written}|[A-Z][\w\-&]*(?:\s+(?:[A-Z][\w\-&]*|\d+)){{0,3}}(?:\s+[a-z]+(?<!s))?))"
        rf"(?:\s*\([A-Z][^()]{{0,20}}\))?\s+(?P<adj2>(?:(?!{_function_words()}|{verbs}|{cardinal_regex()})[a-z][\w\-]*\s+){{0,2}}?))?"
        rf"(?P<what>meeting|session)(?P<plural>s)?\b(?:\s+of\s+(?:the\s+|its\s+)?(?:(?P<b2>{body})(?![\w\-&]|\s+[A-Z])|(?P<head>{heads})\b(?!\s+[A-Z\d])"
        rf"|(?P<named2>{written})(?:\s*\([^()]{{1,30}}\))?(?![\w\-&])"
        # a group named by its head noun in lower case: "the meeting of the rapporteur group held on 2 July"
        rf"|(?P<lower>(?:(?!{_function_words()}|{verbs})[a-z][\w\-]*\s+){{0,2}}(?:{heads_lower}))\b(?!\s+[A-Z\d])))?"
    )


def _listed_own_dates(text: str, m: re.Match[str], dates: Sequence[DateSpan]) -> list[DateSpan]:
    """The own dates of a meeting matched by :func:`_body_meeting_pattern` (:func:`own_dates`, a
    bare ``on``/``of`` enough); of meetings in the plural, every date of the list they head."""
    listed = re.compile(r"\s*:\s*").match(text, m.end()) if m.group("plural") else None
    d = own_dates(text, listed.end() if listed else m.end(), dates, bare=True)  # "its 2031 meetings: 3 May, ..."
    topic = _MEETING_TOPIC.match(text, m.end()) if d is None and (m.group("b2") or m.group("named2")) else None
    d = own_dates(text, topic.end(), dates, bare=True) if topic else d  # "the meeting of X on the review (3 May)"
    if d is None and not m.group("plural"):  # "... its next meeting. It will take place on 4-5 May"
        d = next_sentence_dates(text, m.end(), dates, (m.group("what"),))
    found = [d] if d is not None else []
    while found and m.group("plural"):
        last = found[-1].span[1]
        nxt = next((x for x in dates if x.span[0] >= last and x.precision != "year"), None)
        if nxt is None or not joins_list(text, last, nxt.span[0]):
            break
        found.append(nxt)
    return found


#: the topic of a body's meeting before its dates (``the high-level meeting of the General Assembly on
#: the overall review of X (15-16 December)``), or its owner (``the meeting of Committee I (CI) of the
#: Andean Commission (AC), Lima, 2-5 May``): ``on``/``of`` and words, up to a bracket or a verb of holding
_MEETING_TOPIC = re.compile(
    rf"\s+(?:on|of)\s+[^,.;()\d]{{3,160}}?(?=\s*\(|\s*,?\s+(?:held|which|that|was|{modal_alternation('future')}|took)\b)"
)


def _meeting_body(
    text: str, m: re.Match[str], index: BodyIndex, meeting: Meeting | None, body_spans: Sequence[BodySpan]
) -> str | None:
    """The body of a meeting matched by :func:`body_meeting_mentions`: named, else the last
    named before ``its`` in the clause, else (``the next meeting``, ``the Group's meeting``) the
    report's meeting body when its name has the head noun written."""
    poss = m.group("poss") if index.regex(text).fullmatch(m.group("poss") or "") else None
    written = m.group("b1") or m.group("b2") or poss
    if written:
        return index.keys.get(squash(written))
    head = m.group("head") or m.group("poss")
    if head:  # "the next meeting of the Group", "the Group's meeting"
        return head_body(text, m.start(), head, index, meeting)
    if m.group("pre").lower() in ("a", "an"):  # "TSAG will hold a one-day session in Dubai on 18 May"
        held = _holder(index.regex(text).pattern).search(text, 0, m.start())
        if held is None:
            return None
        if held.group("body"):
            return index.keys.get(squash(held.group("body")))
        return head_body(text, held.start(), held.group("head"), index, meeting)
    if named_holder(text, m.start(), body_spans, index):
        return None  # "the Advisory Panel on X held its meeting on ...": a body no reader found (its own reader's)
    if m.group("pre").lower() not in ("the", "our"):  # "our next meeting": the report's body
        s0 = span_at(clause_spans(text), m.start(), len(text))[0]
        if body_spans:
            key = next((key for a, b, key in reversed(body_spans) if s0 <= a and b <= m.start()), None)
        else:
            before = list(index.regex(text).finditer(text, s0, m.start()))
            key = index.keys.get(squash(before[-1].group(0))) if before else None
        if key is None and re.match(r"\s*(?i:at|during)\s", text[s0 : m.start()]):
            key = subject_after(text, m.end(), index, meeting)
        if key is None and body_spans and not text[s0 : m.start()].strip():  # "... (UNGIS). Its annual meeting"
            key = next((key for a, b, key in reversed(body_spans) if b <= s0), None)
        # "The Group discussed its next meeting": the body a head noun named before means
        head = None if key else list(re.finditer(rf"\b[Tt]he\s+(?P<h>{body_heads()})\b", text[s0 : m.start()]))
        return head_body(text, m.start(), head[-1].group("h"), index, meeting) if head else key
    return meeting.body if meeting is not None and m.group("next") else None


#: the subject of a clause set off by a comma before ``at its``/``at their`` (``The Ministers of X
#: responsible for ICT, at their meeting``): capitalised words first, no verb
_SUBJECT_BEFORE = re.compile(
    rf"\s*(?:[Tt]he\s+)?(?P<name>[A-Z][\w\-&]*(?:\s+(?:[A-Z][\w\-&]*|{joiner_alternation()})|{name_link()}[A-Z][\w\-&]*){{1,10}})"
    rf"\s*(?:\([^()]{{1,30}}\))?\s*,\s*(?:{preposition_alternation('occasion')})\s+$"
)


def _subject_before(text: str, m: re.Match[str]) -> str | None:
    """The subject written at the head of the clause (``The SADC Ministers responsible for ICT, at
    their meeting in ... on ...``), a group the body extractor does not know."""
    s0 = span_at(clause_spans(text), m.start(), len(text))[0]
    found = _SUBJECT_BEFORE.fullmatch(text, s0, m.start())
    return " ".join(found.group("name").split()) if found else None


#: a group of people named right before ``at their``/``their`` (``the SADC Ministers responsible for ICT at
#: their meeting``, ``The Heads of Regulators of X, during their``): capitalised words whose last is a plural,
#: then what they answer for or of whom
_PEOPLE_BEFORE = re.compile(
    rf"(?<![\w\-&])(?P<name>(?:[A-Z][\w\-&]*\s+)*[A-Z][\w\-&]*[a-z]s(?:\s+(?:{joiner_alternation()}|{name_link_alternation()})"
    rf"(?:\s+(?:[A-Z][\w\-&/]*|and|of|for|the))+?)?)\s*(?:\([^()]{{1,30}}\))?\s*,?\s*(?:(?:{preposition_alternation('occasion')})\s+)?$"
)


def _people_before(text: str, m: re.Match[str]) -> str | None:
    """The group of people ``their`` means when they are named right before it in its clause (``The
    SADC Ministers responsible for ICT, at their meeting in ... on ...``; ``submitted to the ECOWAS
    Ministers of ICT at their meeting in June``): the group as written, not the organisation whose
    members they are (the body extractor's ``SADC``)."""
    s0 = span_at(clause_spans(text), m.start(), len(text))[0]
    found = _PEOPLE_BEFORE.search(text, max(s0, m.start() - 150), m.start())
    return " ".join(without_article(found.group("name")).split()) if found else None


@cache
def _subject_pattern() -> re.Pattern[str]:
    cap, heads = r"[A-Z][\w\-&]*", body_heads()
    topic = name_topic(cap, "of|for|on")
    name = rf"(?:{cap}\s+)*(?:{heads}){topic}"
    return re.compile(rf"(?:\s*\([^()]*\))?[^.;()]{{0,80}}?,\s+(?:the\s+)?(?P<name>{name})(?=\s+[a-z])")


def written_name() -> str:
    """A body named as written: capitalised words ending in a body head noun
    (``ingest/data/body-heads.csv``), its number or its topic (``of``/``on``/``for`` and capitalised
    words), and its acronym in brackets (groups ``name``, ``acr``)."""
    topic = name_topic(CAP, "of|on|for", most=6)
    return (
        rf"(?P<name>(?:{CAP}\s+){{0,4}}(?:{body_heads()})(?:\s+(?:\d+|[IVX]+)\b)?{topic})"
        r"(?:\s*\((?P<acr>[A-Z][\w\-&]+(?:\s[A-Z][\w\-&]+)?)\))?"
    )


@cache
def _opening_name() -> re.Pattern[str]:
    """A body named as written (:func:`written_name`) that opens a clause, then only words in lower case
    up to ``its``: ``The Working Group on X (WGX) held``, ``The Task Force on Y approved the report at``."""
    return re.compile(rf"\s*(?:\d+(?:\.\d+)*\s+)?(?:[Tt]he\s+)?{written_name()}\s+(?:[a-z][\w\-]*\s+){{1,6}}")


def _opening_subject(text: str, m: re.Match[str]) -> tuple[str, str] | None:
    """``The Task Force on Rural Access approved the report at its 8th and 9th meetings``: the body the
    catalogue does not know named as written at the head of the clause of ``its`` (:func:`_opening_name`),
    as (its key, :meth:`.body_names.BodyIndex.written_key`, and its name)."""
    s0 = span_at(clause_spans(text), m.start(), len(text))[0]
    found = _opening_name().fullmatch(text, s0, m.start())
    name = " ".join(found.group("name").split()) if found else ""
    if found is None or len(name.split()) < 2:
        return None  # "The Group approved ... at its": a head noun alone, the body the meeting readers resolve
    return body_index().written_key(found.group("acr"), name), name


def _written_subject(text: str, m: re.Match[str]) -> str | None:
    """``At its meeting in Minsk on 3 May 2031, the Board of Heads of Administrations of the X
    decided ...``: the subject after the comma, a body named by its form (capitalised words with a
    body noun, ``ingest/data/body-heads.csv``) that the catalogue does not know."""
    s0 = span_at(clause_spans(text), m.start(), len(text))[0]
    if not re.match(r"\s*(?:\d+(?:\.\d+)*\s+)?(?i:at|during)\s", text[s0 : m.start()]):
        return None  # "2 At its meeting": a paragraph's number may come first
    found = _subject_pattern().match(text, m.end())
    return " ".join(found.group("name").split()) if found else None


@lru_cache(maxsize=256)  # one body alternation per set of names a report holds (BodyIndex.regex)
def _holder(body: str) -> re.Pattern[str]:
    """A body and a verb of holding right before ``a meeting`` (``TSAG will hold a``, ``the Group held an``)."""
    return re.compile(
        rf"(?:(?P<body>{body})|\b(?P<head>{body_heads()}))\s+(?:(?:{modal_alternation()}|to|also|then)\s+)*"
        rf"(?:{alternation(holding_verbs('active'), spaces=True)})\s+$"
    )


def head_body(text: str, at: int, head: str, index: BodyIndex, meeting: Meeting | None) -> str | None:
    """The body a head noun means (``the Group``): the last catalogue body named before ``at``
    whose name has that noun, else the report's meeting body when its name has it."""
    before = (index.keys.get(squash(b.group(0))) for b in index.regex(text).finditer(text, 0, at))
    named = [k for k in before if k in index.names and head.lower() in index.names[k].name.lower()]
    if named:
        return named[-1]
    name = getattr(index.names.get(meeting.body), "name", "") if meeting is not None else ""
    return meeting.body if meeting is not None and head.lower() in name.lower() else None


def subject_after(text: str, end: int, index: BodyIndex, meeting: Meeting | None) -> str | None:
    """``At its forty-ninth meeting (Geneva, 18-19 May 2031), the Group discussed ...``: ``its``
    is the subject after the comma, a catalogue body or, by its head noun (``the Group``), the
    body of the report's meeting when its name has that noun."""
    found = re.match(
        rf"(?:\s*\([^()]*\))?[^.;()]{{0,80}}?,\s+(?:the\s+)?(?:(?P<body>{index.regex(text).pattern})|(?P<head>{body_heads()}))\b",
        text[end:],
    )
    if found is None:
        return None
    if found.group("body"):
        return index.keys.get(squash(found.group("body")))
    name = getattr(index.names.get(meeting.body), "name", "") if meeting is not None else ""
    return meeting.body if meeting is not None and found.group("head") in name else None


def name_topic(cap: str, opens: str, most: int | None = None) -> str:
    """The optional topic after a body's or an event's noun, as a regex: a word of ``opens`` (``on``,
    ``for``), an optional ``the`` and capitalised words ``cap`` (up to ``most`` more) joined by a name's
    joiners (:func:`.casing.joiner_alternation`; none that opens a place): ``the Board on Access to
    Rural Networks``, ``the Group for Data in Lima`` (its topic ends before ``in Lima``)."""
    more = "*" if most is None else f"{{0,{most}}}"
    return rf"(?:\s+(?:{opens})\s+(?:the\s+)?{cap}(?:\s+(?:(?:{joiner_alternation()})\s+(?:the\s+)?)?{cap}){more})?"
