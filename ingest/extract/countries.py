"""Find countries named in a report (ISO 3166-1 via pycountry, plus ``country-aliases.csv``).

Names match case-sensitively on word boundaries, longest first, so ``Kingdom of Saudi
Arabia`` wins over ``Saudi Arabia`` and ``Niger`` never matches inside ``Nigeria``.
pycountry's inverted names (``Iran, Islamic Republic of``) are also read in natural order
(``Islamic Republic of Iran``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import pycountry

from wsiskg.ingest.extract.document import held_alternation, once_per_document
from wsiskg.ingest.extract.gazetteer import country_adjectives, country_aliases
from wsiskg.ingest.records import Country, ParsedReport, Span
from wsiskg.ingest.text import PrefixTree


@cache
def country_names() -> dict[str, str]:
    """Every known surface form -> ISO alpha-3."""
    names: dict[str, str] = {}
    for c in pycountry.countries:
        forms = [c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)]
        for form in [f for f in forms if f]:
            names.setdefault(form, c.alpha_3)
            if ", " in form:  # "Iran, Islamic Republic of" -> "Islamic Republic of Iran"
                head, _, tail = form.partition(", ")
                names.setdefault(f"{tail} {head}", c.alpha_3)
    for alias, code in country_aliases():
        names[alias] = code
    return names


@cache
def _names_tree() -> PrefixTree:
    return PrefixTree(country_names())


@lru_cache(maxsize=256)  # one per set of names a report holds
def _names_pattern(alternation: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation or '(?!)'})(?![\w-])")


def _pattern(text: str) -> re.Pattern[str]:
    """The country names as whole words, for reading ``text``."""
    return _names_pattern(held_alternation(text, _names_tree()))


_QUALIFIER = re.compile(r"\s*\([^()]+\)$")
_ABBREVIATIONS = ((re.compile(r"\bRep\.(?=\s|$)"), "Republic"), (re.compile(r"\bDem\.(?=\s|$)"), "Democratic"))


def country_code(name: str) -> str | None:
    """ISO alpha-3 of a country name as written (``"Russian Federation"`` -> ``"RUS"``).

    ITU list forms are read too: abbreviations (``Central African Rep.``) and a trailing
    qualifier in brackets that the name alone already identifies (``Gambia (Republic of the)``,
    ``Micronesia (Federated States of)``); an ambiguous head alone (``Korea``) stays unknown."""
    name = " ".join(name.split()).strip(" ,;")
    for form in (name, name.rstrip(".")):
        code = _lookup(form)
        if code is None:
            full = form
            for pattern, word in _ABBREVIATIONS:
                full = pattern.sub(word, full)
            code = (
                _lookup(full) or _lookup(_QUALIFIER.sub("", full)) if full != form or _QUALIFIER.search(form) else None
            )
        if code:
            return code
    return None


def _lookup(name: str) -> str | None:
    return country_names().get(name) or country_names().get(name.removeprefix("the ").removeprefix("The "))


def country_spans(text: str) -> list[Span]:
    """The countries named in ``text`` (read once per document model: the readers of persons ask again)."""
    return list(once_per_document((country_spans, text), lambda: _country_spans(text)))


def _country_spans(text: str) -> list[Span]:
    return [
        Span(m.start(), m.end(), "country", (country_names()[m.group(0)],), m.group(0))
        for m in _pattern(text).finditer(text)
    ]


@cache
def _national_forms() -> PrefixTree:
    return PrefixTree([*country_names(), *(a for a, _ in country_adjectives())])


@lru_cache(maxsize=256)  # one per set of names a report holds
def _national_pattern(alternation: str) -> re.Pattern[str]:
    # "Indian Ocean Commission" is no Indian body
    return re.compile(rf"(?:the\s+)?({alternation or '(?!)'})\s+(?!Ocean\b)")


def _national_re(name: str) -> re.Pattern[str]:
    return _national_pattern(held_alternation(name, _national_forms()))


def national_country(name: str) -> str | None:
    """The country an organisation's name starts with, by name or adjective (``Tanzania
    Communications Regulatory Authority``, ``the Nigerian Communications Commission`` -> ``NGA``)."""
    m = _national_re(name).match(name)
    if m is None:
        return None
    return country_names().get(m.group(1)) or dict(country_adjectives()).get(m.group(1))


def find_countries(report: ParsedReport) -> tuple[Country, ...]:
    """Every country named in the report, with the name first used and all its paragraphs."""
    names: dict[str, str] = {}
    refs: dict[str, list[int]] = {}
    for p in report.paragraphs:
        for s in country_spans(p.text):
            names.setdefault(s.keys[0], s.text)
            refs.setdefault(s.keys[0], []).append(p.order)
    return tuple(Country(code, names[code], tuple(sorted(set(refs[code])))) for code in sorted(refs))
