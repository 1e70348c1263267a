"""Events named by a name of their own in a text (kinds 3 to 6 of :mod:`.events`).

A capitalised name ending in an event noun with a code in brackets (``Global Digital Regulators Summit 2023
(GDRS-23)`` -> ``gdrs-23``), a body's yearly named event (``CSTD 2023-2024 Inter-sessional Panel``), an
ordinal meeting of a process (``Third Physical Meeting of the OCP``) and any other capitalised name of two words
or more ending in an event noun, with a year (``AI for Good Global Summit 2024``). Read by
:func:`.event_prose.event_mentions`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from wsiskg.ingest.extract.casing import joiner_alternation, name_links, remit_tail, without_article
from wsiskg.ingest.extract.dates import find_dates
from wsiskg.ingest.extract.event_dates import dates_after_acronym
from wsiskg.ingest.extract.event_form_parts import numbered_mention
from wsiskg.ingest.extract.event_forms import CAP, heads_name, noun_alt
from wsiskg.ingest.extract.event_series import EventMention, event_series
from wsiskg.ingest.extract.gazetteer import opener_alternation, preposition_alternation
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting import BodyIndex, BodyName, body_index, has_ordinal, number_value, ordinal_regex
from wsiskg.ingest.extract.meeting_words import event_nouns
from wsiskg.ingest.extract.organizers import BodySpan
from wsiskg.ingest.months import month_alternation
from wsiskg.ingest.text import DASH, clause_spans, has_year, squash


@lru_cache(maxsize=256)  # one body alternation per set of names a report holds (BodyIndex.regex)
def _body_years_form(body: str, noun: str) -> re.Pattern[str]:
    """``<BODY> 2023-2024 Inter-sessional Panel``: a body, a year or two, an event noun."""
    return re.compile(
        rf"(?P<body>{body})\s+(?P<years>(?:19|20)\d\d(?:\s*{DASH}\s*(?:19|20)\d\d)?)\s+(?P<words>(?:{CAP}\s+){{0,4}}?)(?P<noun>{noun})\b"
    )


def _named_mentions(
    text: str,
    bodies: tuple[BodyName, ...],
    default_year: int | None,
    body_spans: Sequence[BodySpan] = (),
    about: str | None = None,
) -> list[EventMention]:
    out: list[EventMention] = []
    nouns = event_nouns()
    noun = noun_alt()
    known_codes = {c for s in event_series() for c in s.codes}
    # 4. "<Name ... Summit 2023> (GDRS-23)"
    name = rf"{CAP}(?:\s+(?:{joiner_alternation()}|{CAP}|(?:19|20)\d\d))*"
    for m in (
        re.finditer(rf"(?P<name>{name})\s*\((?P<code>[A-Z][A-Za-z]{{1,10}}(?:{DASH}(?:\d{{4}}|\d{{2}}))?)\)", text)
        if "(" in text
        else ()
    ):
        words = re.findall(r"[\w’'&/\-]+", m.group("name"))
        heads = [w for w in words if w in nouns]
        if heads and not heads_name(words, heads[-1]):
            continue
        prefix = re.split(DASH, m.group("code"))[0]
        if not heads or prefix in known_codes:
            continue
        label = without_article(m.group("name"))
        code = m.group("code")
        if code == prefix:  # "(HLPF), held in New York from 9 to 18 July 2018": keyed by the year of its dates
            own = dates_after_acronym(text, m.end(), default_year)
            if own is None:
                continue
            code = f"{code} {own.start.year}"
        out.append(
            EventMention(
                slug(code), label, nouns[heads[-1]], m.span(), m.group("code") if code == m.group("code") else None
            )
        )
    # 3. "<BODY> 2023-2024 Inter-sessional Panel"
    index = body_index(bodies)
    for m in _body_years_form(index.regex(text).pattern, noun).finditer(text) if has_year(text) else ():
        key = index.keys.get(squash(m.group("body")))
        if not key:
            continue
        years = re.sub(rf"\s*{DASH}\s*", "-", m.group("years"))
        phrase = f"{m.group('words')}{m.group('noun')}".strip()
        out.append(EventMention(slug(f"{key} {phrase} {years}"), m.group(0), nouns[m.group("noun")], m.span()))
    out.extend(_ordinal_meetings(text, index, default_year, body_spans, about))
    return out


def _ordinal_meetings(
    text: str, index: BodyIndex, default_year: int | None, body_spans: Sequence[BodySpan], about: str | None
) -> list[EventMention]:
    """Form 5 of :func:`_named_mentions`: ``Third Physical Meeting (in Geneva) of the OCP``, an ordinal meeting of
    capitalised words that name no body of the index (a found body's is that body's numbered meeting)."""
    out: list[EventMention] = []
    nouns = event_nouns()
    noun = noun_alt()
    for m in re.finditer(
        rf"(?P<ord>{ordinal_regex()})\s+(?P<adj>(?:{CAP}\s+)?)(?P<noun>{noun})(?:\s*\([^)]{{1,60}}\))?\s+of\s+(?:the\s+)?(?P<of>{CAP}(?:\s+{CAP})*{_remit_named()})",
        text if has_ordinal(text) else "",
    ):
        if not m.group("ord")[0].isupper():
            continue
        if index.keys.get(squash(m.group("of"))):  # a body's numbered meeting: handled above
            continue
        if found := _found_body(m, body_spans, index, about):  # "the Fifth Meeting of SADC Ministers": that body's
            out.append(found)
            continue
        _s0, s1 = next(((a, b) for a, b in clause_spans(text) if a <= m.start() < b), (0, len(text)))
        dates = [d for d in find_dates(text[m.end() : s1], default_year) if d.precision == "day"]
        year = dates[0].start.year if dates else default_year
        label = f"{m.group('ord')} {m.group('adj')}{m.group('noun')} of the {m.group('of')}"
        key = slug(
            " ".join(str(x) for x in (m.group("of"), year, m.group("ord"), m.group("adj"), m.group("noun")) if x)
        )
        out.append(EventMention(key, label, nouns[m.group("noun")], m.span()))
    return out


@lru_cache(maxsize=1)
def _remit_named() -> str:
    """The rest of a group's name after its first capitalised words when a link to its remit follows (``of
    Regulators in charge of Spectrum``: ``casing.remit_tail``), else nothing."""
    return rf"(?:(?:\s+(?:{joiner_alternation()})\s+{CAP}(?:\s+{CAP})*)*{remit_tail(CAP)})?"


def _found_body(
    m: re.Match[str], body_spans: Sequence[BodySpan], index: BodyIndex, about: str | None
) -> EventMention | None:
    """Form 5's ordinal meeting of a body (the body extractor found one where the name after ``of``
    opens, ``the Fifth Meeting of SADC Ministers`` with ``SADC`` found; or the body of the meeting the
    report is about, ``about``): the numbered meeting of the body as written
    (:func:`.event_form_parts.numbered_mention`, :meth:`.body_names.BodyIndex.written_key`), keyed as
    every other reading of it, so that the report's own meeting is no other event."""
    n, start, end = number_value(m.group("ord")), m.start("of"), m.end("of")
    found = next((k for a, b, k in body_spans if a <= start and end <= b), None)
    key = index.written_key(m.group("of"), found=found)
    key = about if about is not None and _remit_left_out(key, about) else key  # "the Fourth Meeting of X Ministers"
    if n is None or m.group("adj") or not (key == about or any(a <= start < b for a, b, _ in body_spans)):
        return None
    return numbered_mention(key, n, m.group("noun").lower(), m.group("of"), m.span())


def _remit_left_out(key: str, about: str) -> bool:
    """Whether the body keyed ``key`` is the report's own meeting's ``about`` named without the link to its remit
    and what follows it (``SACU Ministers`` of ``SACU Ministers in charge of Trade``: ``casing.name_links``)."""
    rest = about[len(key) + 1 :] if about.startswith(f"{key}-") else ""
    return any(rest.startswith(f"{slug(link)}-") for link in name_links())


def _yearly_mentions(text: str) -> list[EventMention]:
    """6. A capitalised name of at least two words ending in an event noun, then a year:
    ``AI for Good Global Summit 2024`` -> ``ai-for-good-global-summit-2024``."""
    nouns = event_nouns()
    out: list[EventMention] = []
    if not has_year(text):
        return out
    # not a span of years ("2030-2031", "2030-31"); a dash and a day of a month after the year is a dateline's
    months = month_alternation()
    day = rf"\d{{1,2}}(?:\s*{DASH}\s*\d{{1,2}})?\s+(?:{months})\b"
    pattern = (
        rf"(?<![\w&/\-])(?P<name>{CAP}(?:\s+(?:(?:{preposition_alternation('name')})(?:\s+the)?\s+|and\s+|&\s+)?{CAP})*?\s+(?P<noun>{noun_alt()}))"
        rf"\s+(?P<year>(?:19|20)\d\d)(?![\d/]|\s*{DASH}\s*(?!{day})\d)"
    )
    for m in re.finditer(pattern, text):
        name = re.sub(rf"^(?:{opener_alternation('event-opener', 'and')})\s+", "", m.group("name"))
        if len(name.split()) < 2:
            continue
        label = f"{name} {m.group('year')}"
        out.append(EventMention(slug(label), label, nouns[m.group("noun")], (m.end("name") - len(name), m.end())))
    return out
