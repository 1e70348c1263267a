"""The report's meeting named only mid-text, and the group its own document symbols name.

An excerpt cut before its header states its meeting, if at all, in its prose: ``He thanked the
Group for its work at this third meeting, held on 20 and 21 January 2031``, ``The Group noted
that its fifth meeting, held on 4 and 5 May 2031, was ...``, ``the group at its fourth meeting
(Lima, 6 June 2031) continued ...`` (:func:`own_ordinal_meeting`). ``its`` or ``the Group's``
is the report's group only when the clause's subject is that group (a catalogue body) or a noun
of its name (``the Group``); ``this`` always is. A mention the clause says is still to come
(``will be held``, ``to be held``) or dated after the day the report is dated is another meeting.

The report's group may be known only from the symbols of its own documents
(:func:`symbol_group`): ``Document CWG-ABC-3/5``, a running header ``TDAG-12/4-E``, name the
third meeting of CWG-ABC and the twelfth of TDAG; a two-digit year glued before the meeting
(``RAG31-1/13``) names a session of that year, not an ordinal.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import cache

from wsiskg.ingest.extract.gazetteer import determiner_alternation
from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.text import DASH, clause_spans, sentence_spans, span_at, squash

from .body_names import BodyName, as_body_names, body_index, find_body_names, head_of
from .dates import as_listed_days, document_date, find_dates
from .documents import symbol_mentions
from .meeting import another_meeting, cardinal_regex, dateline, header_year, number_value, ordinal_regex
from .meeting_header import committee
from .ordinals import count_word_regex

#: catalogue kinds of a group whose documents carry its meeting in their symbol
GROUP_KINDS = frozenset({"working-group", "expert-group", "commission", "council", "partnership"})


@cache
def _symbol_parts() -> re.Pattern[str]:
    """A normalised symbol's body prefix and meeting: ``CWG-ABC-3/5``, ``CWG-Abc 4/6``,
    ``RAG31-1/13`` (a year and a session), ``EGTI-2031/4`` (a year)."""
    return re.compile(
        rf"(?P<prefix>[A-Za-z][A-Za-z&+]*(?:{DASH}[A-Za-z][A-Za-z&+]*)*?)(?:{DASH}|\s|/)?"
        rf"(?P<year>\d\d(?={DASH}\d))?{DASH}?(?P<meeting>(?:19|20)\d\d|\d{{1,3}})/"
    )


def symbol_group(report: ParsedReport, names: tuple[BodyName, ...] | None = None) -> tuple[str, int | None] | None:
    """``(key, number)`` of the catalogue group the report's document symbols name most often (the
    first among equals) and the latest of its meetings they name (a report cites its own meeting's
    documents and earlier ones: ``CWG-ABC/2/4``, ``CWG-ABC/3/9``); ``number`` is ``None`` for a
    year's session or a year."""
    index, bodies = body_index(names), {b.key: b for b in as_body_names(names)}
    found: Counter[str] = Counter()
    numbers: dict[str, set[int | None]] = {}
    for p in report.paragraphs:
        for mention in symbol_mentions(p.text, names):
            m = _symbol_parts().match(mention.symbol)
            key = index.keys.get(squash(m.group("prefix"))) if m else None
            body = bodies.get(key) if key else None
            if m is None or body is None or body.kind not in GROUP_KINDS:
                continue
            if squash(m.group("prefix")) not in _numbering_codes(body):
                continue  # a body's name, not the acronym its documents are numbered by
            meeting = m.group("meeting")
            dated = m.group("year") or len(meeting) == 4 or meeting.startswith("0")
            found[body.key] += 1
            numbers.setdefault(body.key, set()).add(None if dated else int(meeting))
    if not found:
        return None
    key = found.most_common(1)[0][0]
    return key, max((n for n in numbers[key] if n is not None), default=None)


def _numbering_codes(body: BodyName) -> set[str]:
    """The acronyms a group's documents may be numbered by, squashed: its acronym, and an alias written as one, in
    capitals without a space (``WG-WSIS``, a former acronym of a group the catalogue names by its present one), not
    a name (``Council``)."""
    codes = [body.acronym, *(a for a in body.aliases if a.isupper() and " " not in a)]
    return {squash(code) for code in codes if code}


@cache
def _own_ordinal() -> re.Pattern[str]:
    """``this third meeting``, ``its fifth session``, ``the Group's fourth meeting``, ``its seventh
    to tenth meetings`` (a range: the meetings over their days, no ordinal); ``this third meeting of
    the Group`` before its dateline in brackets (``of``: the noun that stands for the group)."""
    ordinal = ordinal_regex()
    return re.compile(
        rf"(?i)\b(?P<whose>this|its|the\s+(?P<noun>[\w-]+)['’]s)\s+(?P<num>{ordinal})"
        rf"(?P<more>(?:\s*,\s*(?:{ordinal}))*\s+(?:to|and)\s+(?:{ordinal})\s+(?:meeting|session)s\b)?"
        rf"(?(more)|\s+(?:meeting|session)\b)"
        rf"(?:\s+of\s+the\s+(?P<of>[A-Z][\w-]*)\b(?=\s*\())?"  # "this 19th meeting of the Group (Geneva, ...)"
    )


#: how far after the mention its days are written (``, held on 20 and 21 January 2031``)
_DAYS_WITHIN = 60

#: the days of the mention: a dateline in brackets right after it, or ``held`` and dates, or an apposition
#: (``Its seventh meeting, on Monday 13 March, ...``), or ``on`` and a day right after it (``Committee 4 held
#: its fourth and last meeting on Monday 7 March 2031``)
_BRACKET = re.compile(r"\s*\((?P<line>[^()]{4,80})\)")
_HELD = re.compile(r"(?i)^(?:,?\s+(?:which\s+was\s+|that\s+was\s+)?held\b|,?(?=\s+on\s+(?:[a-z]+day,?\s+)?\d))")


def own_ordinal_meeting(report: ParsedReport, names: tuple[BodyName, ...], bodies: tuple[str, ...]) -> Meeting | None:
    """The highest numbered meeting of one of ``bodies`` (the groups the report is about: the
    presumed one first) that the report names as its own and dates (see the module), held by the
    day the report is dated."""
    if not bodies:
        return None
    year, issued = header_year(report), document_date(report)
    found: list[Meeting] = []
    for p in report.paragraphs:
        for m in _own_ordinal().finditer(p.text):
            year = year or _written_year(report)  # an excerpt without its header: "held this year from 3 to 5 May"
            days = days_after(p.text, m.end(), year)
            number = None if m.group("more") else number_value(m.group("num"))
            if not days or not (number or m.group("more")) or another_meeting(p.text, m.span()):
                continue
            if issued is not None and days[0] > issued:
                continue
            of = m.group("of")
            owner = next((b for b in bodies if of.lower() in _nouns(b, names)), None) if of else None
            if of and owner is None:
                continue  # "this 3rd meeting of the Board (...)": another body's
            body = owner or (bodies[0] if m.group("whose").lower() == "this" else _referent(p.text, m, bodies, names))
            if body is not None:
                found.append(Meeting(body, number, days[0], days[1], paragraphs=(p.order,)))
    return max(found, key=lambda meeting: meeting.number or 0) if found else None


def _written_year(report: ParsedReport) -> int | None:
    """The year most days of the report are written with (the first among equals)."""
    years: Counter[int] = Counter(
        d.start.year for p in report.paragraphs for d in find_dates(p.text) if d.precision == "day" and d.year_written
    )
    return years.most_common(1)[0][0] if years else None


def days_after(text: str, at: int, year: int | None) -> tuple[date, date | None] | None:
    """The days a dateline in brackets right after ``at`` gives, or those after ``held`` or in an
    apposition (``, on Monday 13 March,``)."""
    bracket = _BRACKET.match(text, at)
    if bracket is not None:
        line = dateline(bracket.group("line"), year)
        return (line[0].start, line[0].end) if line else None
    held = _HELD.match(text[at:])
    if held is None:
        return None
    _, s1 = span_at(clause_spans(text), at, len(text))
    after = text[at + held.end() : min(s1, at + held.end() + _DAYS_WITHIN)]
    days = [d for d in find_dates(after, year) if d.precision == "day"]
    return (days[0].start, days[0].end) if days else None


def _nouns(body: str, names: tuple[BodyName, ...]) -> set[str]:
    """The words that stand for ``body``: the head noun of its name and its acronym; of a numbered committee
    its noun (``committee-5``: ``Committee``)."""
    info = next((b for b in as_body_names(names) if b.key == body), None)
    head = head_of(info.name) if info else None
    numbered = committee(body.replace("-", " ")) if info is None else None
    noun = head[0].split()[-1] if head else (numbered.name.rsplit(" ", 1)[0] if numbered else None)
    return {w.lower() for w in (noun, info.acronym if info else None) if w}


def _referent(text: str, m: re.Match[str], bodies: tuple[str, ...], names: tuple[BodyName, ...]) -> str | None:
    """The body of ``bodies`` that ``its`` or ``the <noun>'s`` at ``m`` stands for: the noun is
    the head noun of its name or its acronym (``the Group``, ``the RAG``); ``its`` refers to the
    last catalogue body, numbered committee or ``the <noun>`` named before it in the sentence (``Committee
    4 held its fourth meeting on ...``), else to the body the
    clause names after it (``At its seventh to tenth meetings, held ..., Committee 5 ...``)."""
    if m.group("noun"):
        return next((b for b in bodies if m.group("noun").lower() in _nouns(b, names)), None)
    s0, s1 = span_at(sentence_spans(text), m.start(), len(text))
    before = text[s0 : m.start()]
    named = find_body_names(before, names) + _numbered_committee(before)
    named.sort(key=lambda found: found[1][0])
    nouns = list(re.finditer(r"\b[Tt]he\s+(?P<noun>[A-Z]?[\w-]+)\b", before))
    last_named = named[-1] if named else None
    last_noun = nouns[-1] if nouns else None
    if last_named is not None and (last_noun is None or last_named[1][0] >= last_noun.start()):
        return last_named[0] if last_named[0] in bodies else None
    if last_noun is not None:
        return next((b for b in bodies if last_noun.group("noun").lower() in _nouns(b, names)), None)
    if re.sub(r"^[\s\d.]*", "", before).strip(" ,").lower() not in ("", "at", "during"):  # after a paragraph's number
        return None
    first = _first_named(text[m.end() : s1], names)
    if (
        first is None and not before.strip()
    ):  # "Committee 4 met seven times ... Its seventh meeting, on ...": the last subject
        first = _first_named(text[:s0], names)
    return first if first is not None and first in bodies else None


def _numbered_committee(text: str) -> list[tuple[str, tuple[int, int]]]:
    """``[(key, span)]`` of the numbered committee ``text`` names (``Committee 4``, outside the catalogue)."""
    numbered = committee(text)
    if numbered is None:
        return []
    written = numbered.name.split(" (")[0]
    at = text.lower().find(written.lower())
    return [(numbered.key, (at, at + len(written)))] if at >= 0 else []


def _first_named(text: str, names: tuple[BodyName, ...]) -> str | None:
    """The first catalogue body or numbered committee (``Committee 5``, outside the catalogue) ``text`` names."""
    named = find_body_names(text, names)
    numbered = committee(text)
    first = min(
        [(span[0], key) for key, span in named[:1]] + ([(text.find(numbered.name), numbered.key)] if numbered else []),
        default=None,
    )
    return first[1] if first is not None else None


@cache
def held_listed() -> re.Pattern[str]:
    """``held two meetings in the period: the first ..., and the second ...``, ``has met three
    times: on ...``: a count of meetings and a colon before the list; or a comma and ``on`` (``held
    two meetings, on 3 and 9 May``, ``met three times, on 2, 4 and 7 June``), or the last of them
    after a comma (``met five times in the period, the last time from 3 to 5 May``); a count of times in
    one word (``met twice in the period: on ...``, ``numbers.csv``, kind ``times``)."""
    times = count_word_regex(1, 9, of="times")
    return re.compile(
        rf"(?i)\b(?:held|met)\s+(?:(?P<count>{cardinal_regex()})\s+(?:[\w-]+\s+)?(?:meetings|times)|(?P<times>{times}))\b"
        r"(?:[^:.;]{0,60}:|,?\s+(?=on\s)|[^:.;,]{0,40},\s+(?=the\s+last\b))"
    )


@cache
def _its_ordinal() -> re.Pattern[str]:
    """An ordinal after ``the`` or ``its`` (``its sixth``), the ordinal captured."""
    return re.compile(rf"(?i)\b(?:{determiner_alternation('ordinal')})\s+({ordinal_regex()})\b")


def _bracket_ordinal(after: str) -> list[str]:
    """The ordinal of a meeting in brackets right after a list's last days (``(twenty-second meeting)``)."""
    m = re.match(rf"(?i)\s*\(\s*({ordinal_regex()})\s+(?:meeting|session)\s*\)", after)
    return [m.group(1)] if m else []


def listed_meeting(text: str, year: int | None) -> tuple[int, int | None, date, date | None] | None:
    """``(start of the subject's clause, number, start, end)`` of the last meeting of the list a
    sentence of ``text`` gives after saying how many meetings were held (``ITU-T Study Group 9 held
    two meetings: the first in Lima from 3 to 7 May 2031, and the second in Geneva from 1 to 5 June
    2031``): numbered by its ordinal (``the twentieth on 3 May and the twenty-first on 5 June``),
    else by its place in the list when the list dates as many meetings as the count says."""
    for m in held_listed().finditer(text):
        s0, s1 = span_at(sentence_spans(text), m.start(), len(text))
        items = text[m.end() : s1]
        days = [d for d in find_dates(items, year) if d.precision == "day"]
        if days and year is None:  # "on 2 April, on 9 April and on 16 April 2032": the list's year
            days = [d for d in find_dates(items, days[-1].start.year) if d.precision == "day"]
        count = number_value(m.group("count") or m.group("times"))
        days = as_listed_days(items, days, count) if count else days  # "on 3 and 9 May": two days
        if not days or not count or len(days) > count:
            continue
        last = days[-1]
        since = days[-2].span[1] if len(days) > 1 else 0
        # "the twentieth on 3 May", or the ordinal in brackets after the last days: "... 5 May (fifth meeting)"
        ordinals = _its_ordinal().findall(items[since : last.span[0]]) or _bracket_ordinal(items[last.span[1] :])
        number = number_value(ordinals[-1]) if ordinals else (count if len(days) == count else None)
        return s0, number, last.start, last.end
    return None


#: a clause in apposition after a subject, from a comma outside brackets before a word in lower case
_APPOSITION = re.compile(r",\s+[a-z](?![^()]*\)).*$", re.DOTALL)


def stands_for(subject: str, body: str, names: tuple[BodyName, ...]) -> bool:
    """Whether ``subject`` (the words before a verb, after a paragraph's number) is ``body``: it
    names it last (a catalogue body, a numbered committee), or it is ``the <noun>`` with the noun
    of its name (``The Group``, ``The Study Group``, ``the RAG``); ``It`` may be any body named
    before and stands for none."""
    subject = re.sub(r"^[\s\d.]*", "", subject).strip(" ,")
    subject = re.sub(r"^(?i:since|during|in|over)\b[^,]*,\s*", "", subject)  # "Since the 2030 session, ..."
    subject = _APPOSITION.sub("", subject)  # "The Committee, established by the Assembly on 3 May,"
    named = find_body_names(subject, names)
    numbered = committee(subject)
    if named or numbered is not None:
        return (named[-1][0] if named else None) == body or (numbered is not None and numbered.key == body)
    m = re.fullmatch(r"(?i)the\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+)", subject)
    return m is not None and m.group("noun").lower() in _nouns(body, names)
