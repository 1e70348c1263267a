"""Facts about a meeting that one sentence states: its mode (``virtually``, ``in person and
online``), its place (``held at ITU headquarters in Geneva``), attendance (``more than 120
participants``) and the number of documents it considered (``considered 12 documents``)."""

from __future__ import annotations

import re

from .dates import month_numbers
from .gazetteer import auxiliary_alternation, preposition_alternation
from .meeting_words import meeting_words
from .meeting_words import word_alternation as _alt
from .ordinals import cardinal_regex, number_value


def meeting_mode(text: str) -> str | None:
    """The attendance mode a sentence states; a place joined to a virtual mode (``held at ITU
    headquarters in Geneva and virtually``) or an in-person and a virtual word together
    (``in person and online``) is hybrid."""
    modes = meeting_words("mode")
    found = list(re.finditer(rf"(?i)(?<![\w-])(?:{_alt(modes)})(?![\w-])", text))
    if not found:
        return None
    kinds = [modes[re.sub(r"\s+", " ", m.group(0).lower())] for m in found]
    if kinds[0] == "hybrid":
        return "hybrid"
    if "virtual" in kinds and "in-person" in kinds:
        return "hybrid"
    first = found[0]
    if kinds[0] == "virtual" and re.search(
        rf"\b(?:{preposition_alternation('place')})\s+[A-Z][^.;]{{0,60}}?(?:\s+and|\s+as\s+well\s+as|,\s+and|\s+and\s+also)\s+$",
        text[: first.start()],
    ):
        return "hybrid"
    return kinds[0]


def meeting_place(text: str) -> str | None:
    """The place after ``held/convened/took place/... in|at``: capitalised words, commas kept.

    A name followed by a venue noun (``at ITU headquarters in Geneva``; nouns in
    ``meeting_words.csv``, role ``venue``) is the building, not the place: the next one is taken.
    """
    months = set(month_numbers())
    venues = meeting_words("venue")
    word = r"[A-Z][\w’'.\-]*"
    particles = rf"(?:{_alt(meeting_words('place-particle'))})\b"
    verb = re.search(r"\b(?:held|convened|took\s+place|hosted|met|meeting)\b", text)
    if not verb:
        return None
    stop = re.search(r"[.;](?:\s|$)", text[verb.end() :])
    window_end = verb.end() + stop.start() if stop else len(text)
    for m in re.finditer(
        rf"\b(?:{preposition_alternation('place')})\s+(?:the\s+)?(?P<place>{word}(?:(?:\s+|,\s*)(?:{word}|{particles}))*)",
        text[:window_end],
    ):
        if m.start() < verb.end():
            continue
        after = text[m.end() : m.end() + 80]
        venue = re.match(rf"(?i)\s+(?:{_alt(venues)})\b", after) if venues else None
        if venue:
            # "at ITU headquarters, Geneva, from ...": the place follows the building
            then = re.match(rf",\s*(?P<place>{word}(?:(?:\s+|,\s*)(?:{word}|{particles}))*)", after[venue.end() :])
            place = _trim_place(then.group("place"), months) if then else None
            if place:
                return place
            continue
        place = _trim_place(m.group("place"), months)
        if place and place.split()[0].lower() not in venues:  # "at the Headquarters of ...": a building
            return place
    return None


def _trim_place(place: str, months: set[str]) -> str | None:
    parts = re.split(r"\s+|,\s*", place)
    kept: list[str] = []
    for part in parts:
        if part.rstrip(".") in months:
            break
        kept.append(part)
    while kept and kept[-1] in meeting_words("place-particle"):
        kept.pop()
    if not kept:
        return None
    # keep the original spacing / commas of the kept words
    end = 0
    for part in kept:
        end = place.index(part, end) + len(part)
    return place[:end].rstrip(".,") or None


def attendance(text: str) -> tuple[int | None, str | None]:
    quals = meeting_words("qualifier")
    nouns = meeting_words("attendee")
    m = re.search(rf"(?i)(?:(?P<q>{_alt(quals)})\s+)?(?P<n>{cardinal_regex()})\s+(?:\w+\s+)?(?:{_alt(nouns)})\b", text)
    if not m:
        return None, None
    qualifier = quals.get(re.sub(r"\s+", " ", m.group("q").lower())) if m.group("q") else None
    return number_value(m.group("n")), qualifier


_CONSIDER = r"considered|examined|reviewed|discussed|received|had\s+before\s+it"


def documents_considered(text: str) -> int | None:
    """``considered 12 documents``, ``had before it nine documents``, ``Twelve documents were
    considered``, ``A total of 14 contributions were received``."""
    count = (
        rf"(?:a\s+total\s+of\s+|some\s+|the\s+following\s+)?(?P<n>{cardinal_regex()})"
        r"\s+(?:\w+\s+)?(?:documents|contributions)\b"
    )
    m = re.search(rf"(?i)\b(?:{_CONSIDER})\s+{count}", text) or re.search(
        rf"(?i)(?<![\w/.\-]){count}\s+(?:{auxiliary_alternation('be', 'past')}"
        rf"|(?:{auxiliary_alternation('have', 'plural')})\s+been)\s+(?:\w+\s+)?"
        r"(?:considered|examined|reviewed|discussed|received|submitted|presented|before\s+the\s+meeting)\b",
        text,
    )
    return number_value(m.group("n")) if m else None
