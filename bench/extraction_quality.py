"""Extraction quality: precision, recall and F1 of the pipeline against hand-annotated reports.

Run:  python bench/extraction_quality.py [--corpus bench/quality] [--split dev|heldout|all] [--per-report]
      [--only TEXT] [--ids FILE]

The corpus (format: ``bench/quality/README.md``) holds ``<split>/<id>/report.(txt|docx|pdf)`` and
``<split>/<id>/facts.json``. Each report goes through the real pipeline
(``wsiskg.ingest.pipeline.ingest_files``: read -> parse -> extract -> model -> validate -> an
in-memory store); the facts are read back from the report's named graph with the project's named
queries (``queries/*.rq``: meetings, people, organizations, events, deadlines, documents,
resolutions, requests) and matched one-to-one (greedy) with the annotation. Counts are pooled over
the reports of a split; one Markdown table per split.

Normalisation and what counts as a match (lenient on form, strict on content):

- text: Unicode accents removed (and ``ø ł þ æ ß đ`` spelt out), case folded, ``&`` read as ``and``,
  apostrophes dropped (``Children's`` = ``Childrens``), every other punctuation mark a space, a
  leading ``the`` dropped.
- bodies (organizations, meeting body, requesters, addressees, resolution issuers): equal when a
  normalised form (name or acronym) is equal, or when both resolve to the same entry of the
  project's body gazetteer (``ontology/gazetteers/bodies.csv``: name, acronym, aliases), so
  ``Council`` = ``ITU Council`` and ``PP`` = ``Plenipotentiary Conference``; a session of a body named
  by the body and a year is the body (``PP-14``, ``WTDC-2017``, ``Council 2004``); a bracketed title
  of words that ends a name may be left out (``Committee 5 (Policy and Legal Matters)`` = ``Committee
  5``, ``Committee 3 (Objectives)`` = ``Committee 3``: decision 21 of ``docs/annotation-guide.md``), an
  acronym or code in brackets may not (``(SADC)``, ``(ITU-T)``, ``(eLAC)``, ``(WTDC-22)``; in an
  all-capitals name an all-capitals word is a title unless it is a catalogue form, three letters or
  fewer, or the initials of the name before it); two facilitation meetings of one action line are one
  body (decision 28). A body name cut short does not match.
- countries: through ISO 3166 (pycountry: names and alpha-3 codes) and the project's
  ``country-aliases.csv``: ``Viet Nam`` = ``Vietnam`` = ``VNM``; an unknown name is compared as text.
- people: same name after normalisation, honorific removed; else the same first and last word
  (a middle name left out still matches; a cut surname does not).
- roles: through the project's role gazetteer (``roles.csv``: ``Chairman`` = ``Chair``); a role
  also matches a longer one that extends it with ``of ...`` (``Minister`` = ``Minister of ICT``), and
  both are compared without words that say when or how the post is held (``the outgoing Chair`` =
  ``Acting Chair`` = ``Chair``; ``First Vice-Chair`` = ``Vice-Chair``; not ``Deputy Director`` = ``Director``:
  decision 29).
- honorifics: dots ignored; written-out forms read as the short form (``Her Excellency`` =
  ``H.E.``, ``Professor`` = ``Prof``, ``Dra.`` = ``Dr``); an extracted ``H.E. Mr`` matches ``H.E.``;
  one with none of those words (a rank, ``Judge``, ``Shri``) is compared as written.
- meeting: the report's own meeting (``wsis:reportOf``): body matches, same start date, same number
  when the annotation has one, and the same end date (an annotated one-day meeting accepts end =
  start or none). The body also matches without a session number written into its name that is the
  meeting's number (``PrepCom-3`` of meeting 3 = ``PrepCom``: decision 27), or an ordinal opening it that
  is that number (``Third Regional Forum`` of meeting 3 = ``Regional Forum``: decision 32), and two
  facilitation meetings of the same action line match (decision 28).
- events: events and meetings other than the report's own; same start date (ISO) and at least one
  shared content word in the name, where a body named in it also counts as its gazetteer key, a
  series of the event catalogue (``ingest/data/events.csv``) named by a name or code as the series
  (``HLPF`` = ``High-level Political Forum``) and a two-digit year as 20xx (``WTSA-24`` = ``World
  Telecommunication Standardization Assembly 2024``); undated events need half their content words in
  common and the same numbers, a year as its last two digits (decision 7: ``WSIS Forum 2012`` is
  neither ``WSIS Forum 2013`` nor ``WSIS Forum``).
- deadlines: the due date (a multiset per report).
- documents: the symbol as written, compared with Cyrillic/Greek look-alike letters read as Latin
  (the project's ``lookalikes.csv``), dashes as hyphens, and without spaces, hyphens, dots, brackets, a leading
  ``Document`` and a language suffix (``C19/33-E`` = ``C19/33``; ``CWG-SFP 4/2`` = ``CWG-SFP-4/2``).
- resolutions: issuer (through the body gazetteer) and number (spaces and a leading Sector prefix
  ignored: ``ITU-R 1-6`` = ``1-6``, decision 35).
- requests: one item per (requester, addressee) pair of each request (a multiset: three lettered
  items to the Council are three items). A requester or addressee matches, after a leading
  ``all``/``other``/``every``/``each`` or possessive (``your``/``their``/``our``/``its``: words that
  only qualify it, decision 12) and with or without a bracketed title that ends it
  (decision 21), by body, person, country, the resolution number it names, a post
  (``Director of BDT`` = ``BDT Director`` = ``Director, Telecommunication Development Bureau``), a bare role against a
  post with that role (``Secretary-General`` = ``Secretary-General, ITU``), an actor known only by
  its IRI through the IRI's last segment, a facilitation meeting of the same action line (decisions
  28 and 42), or text; an annotated bare ``Secretariat`` matches any
  secretariat except the General Secretariat (issue 8: "the secretariat" of a group is not the
  General Secretariat). Verb, action and deadline of a request are not scored.

After each split's table comes a diagnostic of the own meeting, part by part: how many reports
have an annotated meeting and none found, a meeting found where none is annotated, and where both
exist how often the body, start, number and end agree (one wrong part is a miss and a false meeting
in the table; this says which part).

A report the pipeline cannot read scores zero on every fact type (with a warning); a report that
does not conform to the shapes is scored all the same and flagged in ``--per-report``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

FACT_TYPES = (
    "meeting",
    "people",
    "person-role",
    "person-country",
    "person-honorific",
    "organizations",
    "events",
    "deadlines",
    "documents",
    "resolutions",
    "requests",
)
SPLITS = ("dev", "heldout")
REPORT_SUFFIXES = (".txt", ".docx", ".pdf")
DEFAULT_CORPUS = Path(__file__).resolve().parent / "quality"

# ----------------------------------------------------------------------------- normalisation

_SPELL = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae",
                        "ß": "ss", "đ": "d", "Đ": "D", "ð": "d", "œ": "oe", "ı": "i"})  # fmt: skip
_STOP = frozenset("the of on for and in to a an at by with from de la le".split())


def fold(text: str) -> str:
    """Accents removed and letters without a decomposition spelt out."""
    text = unicodedata.normalize("NFKD", text.translate(_SPELL))
    return "".join(c for c in text if not unicodedata.combining(c))


def norm(text: str | None) -> str:
    """The comparison form of a name: folded, lower case, punctuation as spaces, no leading 'the'."""
    if not text:
        return ""
    s = fold(text).casefold().replace("&", " and ")
    s = re.sub(r"['’‘`´]", "", s)
    s = " ".join(re.sub(r"[\W_]+", " ", s).split())
    return s[4:] if s.startswith("the ") else s


def content_words(text: str | None) -> set[str]:
    return {w for w in norm(text).split() if w not in _STOP}


@cache
def _ordinal_re() -> re.Pattern[str]:
    from wsiskg.ingest.extract.ordinals import ordinal_regex

    return re.compile(ordinal_regex())


def _ordinals_as_numbers(name: str) -> str:
    """``sixteenth`` / ``16th`` / ``thirty-third`` -> ``16`` / ``16`` / ``33`` (the reader's ordinal words,
    ``ingest/data/numbers.csv``): an annotator's words and the extractor's digits name one event."""
    from wsiskg.ingest.extract.ordinals import number_value

    def value(m: re.Match[str]) -> str:
        number = number_value(re.sub(r"(?i)(?<=\d)\s?(?:st|nd|rd|th)$", "", m.group(0)))
        return str(number) if number is not None else m.group(0)

    return _ordinal_re().sub(value, name)


def event_words(name: str | None) -> set[str]:
    """Content words of an event name, plus the gazetteer key of every body named in it (``WTSA-24`` and
    ``World Telecommunication Standardization Assembly 2024`` share ``wtsa`` and ``2024``) and the
    series of the event catalogue it names by a name or code (``HLPF`` = ``High-level Political Forum``)."""
    words = norm(_ordinals_as_numbers(name or "")).split()
    out = {w for w in words if w not in _STOP}
    out |= {"20" + w for w in words if re.fullmatch(r"[0-3][0-9]", w)}
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 9) + 1):
            if key := _body_forms().get(" ".join(words[i:j])):
                out.add("b:" + key)
            if series := _series_forms().get(" ".join(words[i:j])):
                out.add("s:" + series)
    return out


def edition(name: str | None) -> set[str]:
    """The numbers in an event name that say which edition of a series it is (decision 7: the year or
    number is part of the name): each number written alone or ending a code, a year as its last two
    digits (``WSIS Forum 2012`` and ``WSIS-12``: {'12'}; ``twenty-first meeting`` and ``21st meeting``:
    {'21'}; ``APM23-4``: {'23', '4'}); not a digit inside a word (``SMS4DC``)."""
    numbers = re.findall(r"(?<![0-9])[0-9]+\b", norm(_ordinals_as_numbers(name or "")))
    return {n[2:] if re.fullmatch(r"(?:19|20)[0-9]{2}", n) else n for n in numbers}


def same_edition(a: set[str], b: set[str]) -> bool:
    """Two editions agree: the same numbers, or the numbers of one among the other's (``first meeting of
    the Group in 2031`` = ``1st meeting of the Group``); a name without a number (a series) is no edition."""
    return a == b or bool(a and b and (a <= b or b <= a))


_HONORIFIC_WORDS = {
    "his excellency": "he", "her excellency": "he", "excellency": "he", "he": "he", "h e": "he",
    "professor": "prof", "prof": "prof", "doctor": "dr", "dr": "dr", "dra": "dr", "drs": "dr",
    "ambassador": "amb", "amb": "amb", "honourable": "hon", "honorable": "hon", "hon": "hon",
    "engineer": "eng", "eng": "eng", "engr": "eng", "mr": "mr", "mrs": "mrs", "ms": "ms", "miss": "miss",
    "sir": "sir", "dame": "dame", "sheikh": "sheikh", "sheikha": "sheikha", "mme": "mrs", "m": "mr",
    "dott": "dr", "ing": "eng", "sr": "mr", "sra": "mrs", "srta": "miss", "mlle": "miss",
}  # fmt: skip
_HONORIFIC_RE = re.compile(r"\b(" + "|".join(sorted(_HONORIFIC_WORDS, key=len, reverse=True)) + r")\b")


def honorifics(text: str | None) -> set[str]:
    """The honorifics in ``text`` in short form: ``'Her Excellency, Dr'`` -> {'he', 'dr'}. A text with
    none of the known words is its own form (``'Colonel'``, ``'Judge'``, ``'Shri'``: compared as written)."""
    s = norm((text or "").replace(".", " "))
    known = {_HONORIFIC_WORDS[m.group(1)] for m in _HONORIFIC_RE.finditer(s)}
    return known or ({s} if s else set())


def person_tokens(name: str | None) -> list[str]:
    """A person's name as words, honorifics at the start removed."""
    words = norm((name or "").replace(".", ". ")).split()
    while len(words) > 1 and (words[0] in _HONORIFIC_WORDS or " ".join(words[:2]) in _HONORIFIC_WORDS):
        words = words[2:] if " ".join(words[:2]) in _HONORIFIC_WORDS else words[1:]
    return words


def same_person(gold: str, got: str) -> bool:
    a, b = person_tokens(gold), person_tokens(got)
    if not a or not b:
        return False
    if a == b:
        return True
    return len(a) >= 2 and len(b) >= 2 and a[0] == b[0] and a[-1] == b[-1]


@cache
def _lookalikes() -> dict[int, str]:
    """Cyrillic/Greek letters that look like Latin ones (the project's ``ingest/data/lookalikes.csv``)."""
    import csv
    import io

    from wsiskg.core.resources import read_text

    try:
        rows = csv.DictReader(io.StringIO(read_text("ingest", "data", "lookalikes.csv")))
        return {ord(r["char"]): r["latin"] for r in rows if len(r.get("char") or "") == 1}
    except (OSError, KeyError):  # the list moved: compare symbols as written
        return {}


_LANG_SUFFIX = re.compile(r"-[EFSACR](?=\s*\(|\s*$)")


def symbol_key(symbol: str | None) -> str:
    """A document symbol compared without spaces, hyphens and dashes, dots, brackets and a language suffix."""
    from wsiskg.ingest.text import fold_dashes

    s = fold_dashes((symbol or "").strip()).translate(_lookalikes())
    s = re.sub(r"^document\s+", "", s, flags=re.I)
    s = _LANG_SUFFIX.sub("", s)
    return re.sub(r"[\s\-.()\[\]]+", "", fold(s).casefold())


_SECTOR_PREFIX = re.compile(r"^itu-?[rtd]\s*", re.I)


def resolution_number_key(number: str | None) -> str:
    """A resolution's number compared without spaces and without the Sector prefix its series carries
    (``Resolution ITU-R 1-6``: number ``1-6`` of the Radiocommunication Assembly; decision 35)."""
    return _SECTOR_PREFIX.sub("", norm(number).replace(" ", ""))


# ----------------------------------------------------------------------------- gazetteers (the project's)


@cache
def _body_forms() -> dict[str, str]:
    from wsiskg.core.reference import gazetteer_rows

    forms: dict[str, str] = {}
    for row in gazetteer_rows("bodies.csv"):
        for form in [row["name"], row["acronym"], *row["aliases"].split(";")]:
            if norm(form):
                forms.setdefault(norm(form), row["key"])
    return forms


@cache
def _series_forms() -> dict[str, str]:
    """The names and codes of the event catalogue's series (``ingest/data/events.csv``), normalised, to
    the series' prefix (``hlpf``, ``high level political forum`` -> ``hlpf``)."""
    from wsiskg.ingest.extract.event_series import event_series

    forms: dict[str, str] = {}
    for series in event_series():
        for form in (series.name, *series.codes, *series.names):
            if norm(form):
                forms.setdefault(norm(form), series.prefix)
    return forms


_SESSION = re.compile(r"^(.+?) (?:[0-9]{2}|(?:19|20)[0-9]{2})$")


def _form_key(form: str) -> str | None:
    """The gazetteer key of a normalised form; a session of a body (its form and a two- or four-digit
    year: ``pp 14``, ``wtdc 2017``, ``council 2004``) is that body."""
    forms = _body_forms()
    if form in forms:
        return forms[form]
    m = _SESSION.match(form)
    return forms.get(m.group(1)) if m else None


def body_key(name: str | None) -> str | None:
    """The gazetteer key of a body name, acronym or alias (``'Council'`` -> ``'itu-council'``,
    ``'PP-14'`` -> ``'itu-pp'``)."""
    return _form_key(norm(name)) if name else None


@cache
def _country_forms() -> dict[str, str]:
    import pycountry

    from wsiskg.core.reference import gazetteer_rows

    forms: dict[str, str] = {}
    for c in pycountry.countries:
        for form in (c.alpha_3, c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
            if form:
                forms.setdefault(norm(form), c.alpha_3)
                if ", " in form:
                    head, _, tail = form.partition(", ")
                    forms.setdefault(norm(f"{tail} {head}"), c.alpha_3)
    for row in gazetteer_rows("country-aliases.csv"):
        forms.setdefault(norm(row["alias"]), row["alpha3"])
    return forms


def country_key(name: str | None) -> str:
    """ISO alpha-3 of a country name, else its normalised text ('' for none)."""
    n = norm(name)
    return _country_forms().get(n, n)


@cache
def _role_forms() -> dict[str, str]:
    from wsiskg.core.reference import gazetteer_rows

    forms: dict[str, str] = {}
    for row in gazetteer_rows("roles.csv"):
        for form in [row["role"], row["label"], *row["aliases"].split(";")]:
            if norm(form):
                forms.setdefault(norm(form), row["role"])
    return forms


def role_key(role: str | None) -> str:
    n = norm(role)
    return _role_forms().get(n, n)


#: words that say when or how a post is held, or its rank order, not which post it is (decision 29)
_ROLE_MODIFIERS = re.compile(
    r"^(?:(?:newly elected|outgoing|incoming|former|acting|ad interim|interim|first|second|third|fourth|1st|2nd|3rd"
    r"|4th)\s+)+"
)
#: a word that makes a post of its own with the role after it (``Deputy Director`` is no ``Director``)
_RANK_WORDS = frozenset({"deputy", "vice", "assistant", "associate", "co", "executive", "senior", "chief", "under"})


def unmodified_role(role: str | None) -> str:
    """The post a role names without the words decision 29 leaves out: modifiers of time, state or rank order
    (``the outgoing Chair``, ``First Vice-Chair``) and a body written before a post of the role gazetteer
    (``CEPT Com-ITU Vice-Chair``), in the comparison form of :func:`norm`."""
    text = _ROLE_MODIFIERS.sub("", norm(role))
    if text in _role_forms():
        return text
    words = text.split()
    for i in range(1, len(words)):
        if words[i - 1] not in _RANK_WORDS and " ".join(words[i:]) in _role_forms():
            return " ".join(words[i:])
    return text


def role_forms(role: str | None) -> set[str]:
    """A role and its head: the text before ``,`` or ``at`` (an organisation), or before ``of``/``for``/``to``/
    ``in`` when that head is a role of the gazetteer (``Chairman of the CPM`` -> ``chair``); each also without
    the modifiers of decision 29 (:func:`unmodified_role`)."""
    text = (role or "").strip()
    forms = {role_key(text), role_key(unmodified_role(text))} if norm(text) else set()
    for sep in (",", " at ", " of ", " for ", " to ", " in "):
        head = text.split(sep)[0].strip()
        if head and head != text and (sep in (",", " at ") or role_key(head) in _role_forms().values()):
            forms.update((role_key(head), role_key(unmodified_role(head))))
    return forms - {""}


def same_role(gold: str, got: str) -> bool:
    """Same role: a shared form, or one role extended by a qualifier (``Minister`` = ``Minister of ICT of
    Jordan``) unless the longer one is itself a role of the gazetteer (``Director`` != ``Director-General``)."""
    if role_forms(gold) & role_forms(got):
        return True
    short, long_ = sorted((norm(gold), norm(got)), key=len)
    return bool(short) and long_.startswith(short + " ") and role_key(long_) not in _role_forms().values()


#: a bracket ending a body's name: the name before it and what it holds
_BRACKET_TAIL = re.compile(r"^(?P<name>.*?\S)\s*\((?P<inside>[^()]*)\)\s*$")
#: a word written as a word, not as an acronym (``CoE``, ``eLAC``) or a code (``ITU-T``, ``WTDC-22``)
_PLAIN_WORD = re.compile(r"[A-Z]?[a-z]+")


def without_title(name: str) -> str:
    """``name`` without a bracketed title of words that ends it (decision 21: ``Committee 5 (Policy and
    Legal Matters)`` -> ``Committee 5``, ``Committee 3 (Objectives)`` -> ``Committee 3``); a bracket
    that holds an acronym or a code (``(SADC)``, ``(ITU-T)``, ``(WTDC-22)``) is part of the name."""
    m = _BRACKET_TAIL.match(name)
    if not m or not _is_title(m["name"], m["inside"].split()):
        return name
    return m["name"]


def _is_title(name: str, words: list[str]) -> bool:
    """A bracket of words: one of them written as a word (``(Objectives)``, ``(Policy and Legal Matters)``;
    not ``(ITU-R WP 5D)``), or an all-capitals word in an all-capitals name (``COMMITTEE 2 (CREDENTIALS)``)
    that is no acronym (:func:`_is_acronym`)."""
    upper_name = not any(c.islower() for c in name)

    def is_word(word: str) -> bool:
        if _PLAIN_WORD.fullmatch(word):
            return True
        return upper_name and word.isalpha() and word.isupper() and not _is_acronym(name, word)

    return any(map(is_word, words))


def _is_acronym(name: str, word: str) -> bool:
    """An all-capitals word that reads as an acronym: a form of the body gazetteer or a code of the
    event catalogue (``SADC``, ``WTSA``), three letters or fewer, or the initials of the words of the
    name before it, in order (``SOUTHERN AFRICAN DEVELOPMENT COMMUNITY (SADC)``)."""
    if len(word) <= 3 or norm(word) in _body_forms() or norm(word) in _series_forms():
        return True
    initials = iter(w[0] for w in norm(name).split())
    return all(letter in initials for letter in norm(word))


def _name_forms(forms: Iterable[str | None]) -> set[str]:
    """The normalised forms of a body's names, each also without a bracketed title that ends it
    (decision 21, :func:`without_title`)."""
    out = {norm(f) for f in forms if f}
    out |= {norm(without_title(f)) for f in forms if f}
    return {f for f in out if f}


def same_body(gold_forms: Iterable[str | None], got_forms: Iterable[str | None]) -> bool:
    """Two bodies given by their names/acronyms are the same (text, gazetteer entry, or two facilitation
    meetings of one action line: decision 28)."""
    a = _name_forms(gold_forms)
    b = _name_forms(got_forms)
    if a & b or _same_facilitation_meeting(list(a), list(b)):
        return True
    ka = {k for f in a if (k := _form_key(f))}
    kb = {k for f in b if (k := _form_key(f))}
    return bool(ka & kb)


# ----------------------------------------------------------------------------- actors (requests)

_RES_NUMBER = re.compile(r"(?:resolution|decision|opinion|/res/)\s*([0-9]+(?:/[0-9]+)?)", re.I)


def actor_forms(label: str | None) -> set[str]:
    """Comparable forms of a requester or addressee given as text; a bracketed title of words that ends
    a body's name may be left out (decision 21, as for organisations)."""
    text = (label or "").strip()
    if re.match(r"https?://", text):  # an actor without a label: its IRI's last segment
        text = text.rstrip("/").rsplit("/", 1)[-1].replace("-", " ")
    untitled = without_title(text)
    return _actor_forms(text) | (_actor_forms(untitled) if untitled != text else set())


def _actor_forms(text: str) -> set[str]:
    n = norm(text)
    if not n:
        return set()
    bare = re.sub(r"^(?:all|other|the other|every|each|your|their|our|its) ", "", n)
    forms = {"n:" + n, "n:" + bare, "w:" + " ".join(sorted(content_words(bare)))}
    if len(n) > 3 and n.endswith("s"):
        forms.add("n:" + n[:-1])
    if key := body_key(text):
        forms.add("b:" + key)
    country = country_key(text)
    if country.isupper():
        forms.add("c:" + country)
    if m := _RES_NUMBER.search(text.replace("A/RES/", "/res/").replace("E/RES/", "/res/")):
        forms.add("res:" + m.group(1))
    if role_key(text) in _role_forms().values():
        forms.add("role:" + role_key(text))
    for role, body in _post_parts(text):
        forms.add("postrole:" + role_key(role))
        forms.add("post:" + role_key(role) + "@" + (body_key(body) or norm(body)))
    words = person_tokens(text)
    if len(words) >= 2 and not ({"b:", "c:"} & {f[:2] for f in forms}) and all(w[:1].isupper() for w in text.split()):
        forms.add(f"p:{words[0]}|{words[-1]}")
    return forms


def _post_parts(text: str) -> list[tuple[str, str]]:
    """The role and body of a post written ``ROLE, BODY``, ``ROLE of (the) BODY`` or ``BODY ROLE``
    (``TSB Director``: the body a known one)."""
    for sep in (", ", " of the ", " of "):
        role, found, body = text.partition(sep)
        if found and role_key(role) in _role_forms().values():
            return [(role, body)]
    words = text.split()
    for i in range(1, len(words)):
        body, role = " ".join(words[:i]), " ".join(words[i:])
        if body_key(body) and role_key(role) in _role_forms().values():
            return [(role, body)]
    return []


#: an extracted requester or addressee: its label, and its acronym when it is a body that has one
Actor = tuple[str, str | None]


def same_party(gold: str, got: Actor) -> bool:
    """An extracted requester or addressee is the annotated one by its label or, as bodies in the
    organisations are, by its acronym (``APM23-3`` = ``Third ... Preparatory Meeting (APM23-3)``)."""
    return any(same_actor(gold, form) for form in got if form)


def same_actor(gold: str, got: str) -> bool:
    a, b = actor_forms(gold), actor_forms(got)
    if {f for f in a & b if not f.startswith("postrole:")}:
        return True
    for x, y in ((a, b), (b, a)):
        if any(f.startswith("role:") and "postrole:" + f[5:] in y for f in x):
            return True
    if _same_facilitation_meeting([gold], [got]):  # decisions 28 and 42
        return True
    g, o = norm(gold), norm(got)
    if g == "secretariat" and (o.endswith(" secretariat") or o.startswith("secretariat ")):
        return body_key(got) != "itu-gs" and o != "general secretariat"
    return False


# ----------------------------------------------------------------------------- counting


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Outcome:
    score: Score = field(default_factory=Score)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)


def align(gold: Sequence[Any], got: Sequence[Any], same: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of gold and extracted items (augmenting paths, gold items and
    their candidates in order): an extracted item that a first gold item could take but a later one
    needs goes to the later one when the first has another (a greedy first-come pairing left both
    "Council 2022" and "sixteenth meeting of CWG-LANG" unmatched)."""
    candidates = [[j for j, o in enumerate(got) if same(g, o)] for g in gold]
    owner: dict[int, int] = {}  # extracted index -> gold index

    def take(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or take(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(gold)):
        take(i, set())
    return sorted((i, j) for j, i in owner.items())


def compare(
    gold: Sequence[Any],
    got: Sequence[Any],
    same: Callable[[Any, Any], bool],
    show: Callable[[Any], str] = str,
    show_got: Callable[[Any], str] | None = None,
) -> Outcome:
    """Count matched, missed and false items; ``show`` (``show_got``) renders a missed (false) item."""
    pairs = align(gold, got, same)
    hit_g, hit_o = {i for i, _ in pairs}, {j for _, j in pairs}
    out = Outcome(Score(len(pairs), len(got) - len(pairs), len(gold) - len(pairs)))
    out.missed = [show(g) for i, g in enumerate(gold) if i not in hit_g]
    out.spurious = [(show_got or show)(o) for j, o in enumerate(got) if j not in hit_o]
    return out


# ----------------------------------------------------------------------------- extracted facts


@dataclass
class Person:
    name: str
    honorific: str = ""
    roles: list[str] = field(default_factory=list)
    country: str = ""


@dataclass
class Extracted:
    meeting: dict[str, str] | None
    people: list[Person]
    organizations: list[tuple[str, str]]
    events: list[tuple[str, str]]
    deadlines: list[str]
    documents: list[str]
    resolutions: list[tuple[str, str]]
    requests: list[tuple[Actor, list[Actor]]]
    conforms: bool = True


_OWN_MEETING = "PREFIX wsis: <https://w3id.org/wsis-kg/def#> SELECT ?m WHERE { ?r wsis:reportOf ?m }"
_MENTIONED = "PREFIX wsis: <https://w3id.org/wsis-kg/def#> SELECT DISTINCT ?o WHERE { ?p wsis:mentions ?o }"


def run_pipeline(path: Path) -> Extracted:
    """Ingest one report into a fresh in-memory store and read its facts back with the named queries."""
    from wsiskg.core.config import Config
    from wsiskg.core.store import Store
    from wsiskg.ingest.model import Minter
    from wsiskg.ingest.pipeline import ingest_files
    from wsiskg.queries import get_query

    config = Config(store=None)
    store = Store.open(None)
    result = ingest_files([path], store, config, allow_invalid=True)[0]

    # the report's graph and the reference data (labels of roles, countries and catalogue bodies)
    graphs = [result.graph_iri, str(Minter(config.base).graph("reference"))]

    def rows(sparql: str) -> list[dict[str, str]]:
        _, found = store.select(sparql, default_graph=graphs)
        return [{k: ("" if v is None else str(v)) for k, v in r.items()} for r in found]

    def named(name: str) -> list[dict[str, str]]:
        return rows(get_query(name).text)

    own = {r["m"] for r in rows(_OWN_MEETING)}
    # a body counts when a paragraph mentions it (a parent added only to place it in the hierarchy does not)
    mentioned = {r["o"] for r in rows(_MENTIONED)}
    meetings = named("meetings")
    mine = [m for m in meetings if m["meeting"] in own]  # the graph's claim, never a guess
    people: dict[str, Person] = {}
    for r in named("people"):
        p = people.setdefault(r["person"], Person(r["name"], r["honorific"], [], r["country"]))
        if r["role"] and r["role"] not in p.roles:
            p.roles.append(r["role"])
    events = [(r["name"], r["start"]) for r in named("events")]
    events += [(f"{m['body']} {m['bodyAcronym']} meeting {m['number']}", m["start"]) for m in meetings if m not in mine]
    acronyms = {r["org"]: r["acronym"] or None for r in named("organizations")}
    requests: dict[str, tuple[Actor, list[Actor]]] = {}
    for r in named("requests"):
        req = requests.setdefault(r["request"], ((r["requester"], acronyms.get(r["requesterIri"])), []))
        addressee = (r["addressee"], acronyms.get(r["addresseeIri"]))
        if addressee not in req[1]:
            req[1].append(addressee)
    extracted = Extracted(
        meeting=mine[0] if mine else None,
        people=list(people.values()),
        organizations=list(
            dict.fromkeys((r["name"], r["acronym"]) for r in named("organizations") if r["org"] in mentioned)
        ),
        events=list(dict.fromkeys(events)),
        deadlines=[r["date"] for r in named("deadlines")],
        documents=list(dict.fromkeys(r["symbol"] for r in named("documents"))),
        resolutions=list(dict.fromkeys((r["issuer"], r["number"]) for r in named("resolutions"))),
        requests=list(requests.values()),
        conforms=result.conforms,
    )
    store.close()
    return extracted


# ----------------------------------------------------------------------------- scoring one report


MEETING_PARTS = ("body", "start", "number", "end")


def meeting_parts(
    g: dict[str, Any], o: dict[str, str], got_body: Sequence[str | None] | None = None
) -> dict[str, bool]:
    """Which parts of a found meeting agree with the annotated one: the body, the start, the number
    (agrees when the annotation has none) and the end (an annotated one-day meeting accepts end =
    start or none). The meeting matches when all do. ``got_body``: the found body's names, when more
    than the output's label and acronym are known (``bench/meeting_weights.py``: a candidate's forms)."""
    end = o.get("end", "")
    numbers = {str(n) for n in (g.get("number"), o.get("number")) if n not in (None, "")}
    gold_body = [g.get("body"), g.get("acronym")]
    got_body = list(got_body) if got_body is not None else [o.get("body"), o.get("bodyAcronym")]
    return {
        "body": same_body(gold_body, got_body)
        or same_body(_without_session(gold_body, numbers), _without_session(got_body, numbers)),
        "start": (g.get("start") or "") == o.get("start", ""),
        "number": g.get("number") is None or str(g["number"]) == o.get("number", ""),
        "end": end == (g.get("end") or "") or (_one_day(g) and end in ("", g.get("start"))),
    }


def _one_day(g: dict[str, Any]) -> bool:
    """An annotated one-day meeting: no end date, or the end date its start."""
    return not g.get("end") or g.get("end") == g.get("start")


def _without_session(forms: list[Any], numbers: set[str]) -> list[str | None]:
    """A body's names without a session number written into them that is the meeting's own number
    (decision 27: ``PrepCom-3`` of meeting 3 is ``PrepCom``, ``APG19-5`` of meeting 5 is ``APG19``), nor
    an ordinal that opens them and is that number (decision 32: ``Third Regional Forum on X`` of meeting
    3 is ``Regional Forum on X``)."""
    out: list[str | None] = []
    for form in forms:
        text = norm(_ordinals_as_numbers(form)) if form else ""
        found = [
            m["body"] for p in (_SESSION_NUMBER, _OPENING_ORDINAL) if (m := p.match(text)) and m["number"] in numbers
        ]
        out.append(found[0] if found else form)
    return out


_SESSION_NUMBER = re.compile(r"^(?P<body>.+?) (?P<number>[0-9]{1,2})$")
_OPENING_ORDINAL = re.compile(r"^(?P<number>[0-9]{1,2}) (?P<body>.+)$")
_ACTION_LINE = re.compile(r"\bc ?(1[01]|[1-9])\b")


def _same_facilitation_meeting(gold_forms: list[Any], got_forms: list[Any]) -> bool:
    """Two facilitation meetings of the same action line (decision 28: ``WSIS Action Line C7
    e-Health facilitation meeting`` = ``Action Line C7 facilitation meeting``)."""

    def lines(forms: list[Any]) -> set[str]:
        names = [norm(f) for f in forms if f]
        return {m.group(1) for n in names if "facilitation" in n for m in _ACTION_LINE.finditer(n)}

    return bool(lines(gold_forms) & lines(got_forms))


def score_meeting(gold: dict[str, Any] | None, got: dict[str, str] | None) -> Outcome:
    def show(m: dict[str, Any]) -> str:
        body = m.get("acronym") or m.get("bodyAcronym") or m.get("body")
        return f"{body} #{m.get('number')} {m.get('start')}..{m.get('end')}"

    def same(g: dict[str, Any], o: dict[str, str]) -> bool:
        return all(meeting_parts(g, o).values())

    return compare([gold] if gold else [], [got] if got else [], same, show)


def meeting_breakdown(title: str, pairs: Sequence[tuple[dict[str, Any] | None, dict[str, str] | None]]) -> str:
    """Where the own meeting is lost (a diagnostic beside the table): reports with an annotated
    meeting and none found, a meeting found for a report that records none, and, where both exist,
    how often each part agrees. A found meeting with one wrong part counts as a miss and a false
    meeting in the table; this says which part."""
    both = [(g, o) for g, o in pairs if g and o]
    agree = {part: sum(meeting_parts(g, o)[part] for g, o in both) for part in MEETING_PARTS}
    whole = sum(all(meeting_parts(g, o).values()) for g, o in both)
    lines = [
        f"#### {title}: the own meeting, part by part",
        "",
        "| annotated | found | none found | found, none annotated | "
        + " | ".join(f"{p} agrees" for p in MEETING_PARTS)
        + " | all agree |",
        "|---:|---:|---:|---:|" + "---:|" * (len(MEETING_PARTS) + 1),
        f"| {sum(1 for g, _ in pairs if g)} | {sum(1 for _, o in pairs if o)} "
        f"| {sum(1 for g, o in pairs if g and not o)} | {sum(1 for g, o in pairs if o and not g)} | "
        + " | ".join(f"{agree[p]}/{len(both)}" for p in MEETING_PARTS)
        + f" | {whole}/{len(both)} |",
    ]
    return "\n".join(lines)


def score_people(gold: list[dict[str, Any]], got: list[Person]) -> dict[str, Outcome]:
    pairs = align(gold, got, lambda g, o: same_person(g["name"], o.name) and norm(g["name"]) == norm(o.name))
    rest_g = [i for i in range(len(gold)) if i not in {a for a, _ in pairs}]
    rest_o = [j for j in range(len(got)) if j not in {b for _, b in pairs}]
    pairs += [(rest_g[a], rest_o[b]) for a, b in align([gold[i] for i in rest_g], [got[j] for j in rest_o],
                                                         lambda g, o: same_person(g["name"], o.name))]  # fmt: skip
    match = dict(pairs)
    out = {"people": Outcome(Score(len(pairs), len(got) - len(pairs), len(gold) - len(pairs)))}
    out["people"].missed = [g["name"] for i, g in enumerate(gold) if i not in match]
    out["people"].spurious = [o.name for j, o in enumerate(got) if j not in match.values()]

    def attribute(
        gold_items: Callable[[dict[str, Any]], list[str]],
        got_items: Callable[[Person], list[str]],
        same: Callable[[str, str], bool],
    ) -> Outcome:
        gi = [(i, v) for i, g in enumerate(gold) for v in gold_items(g)]
        oi = [(j, v) for j, o in enumerate(got) for v in got_items(o)]
        return compare(
            gi,
            oi,
            lambda a, b: match.get(a[0]) == b[0] and same(a[1], b[1]),
            lambda a: f"{gold[a[0]]['name']}: {a[1]}",
            lambda b: f"{got[b[0]].name}: {b[1]}",
        )

    out["person-role"] = attribute(lambda g: g.get("roles") or [], lambda o: o.roles, same_role)
    out["person-country"] = attribute(
        lambda g: [g["country"]] if g.get("country") else [],
        lambda o: [o.country] if o.country else [],
        lambda a, b: country_key(a) == country_key(b),
    )
    out["person-honorific"] = attribute(
        lambda g: [g["honorific"]] if g.get("honorific") else [],
        lambda o: [o.honorific] if o.honorific else [],
        lambda a, b: bool(honorifics(a)) and honorifics(a) <= honorifics(b),
    )
    return out


def same_event(gold: dict[str, Any], got: tuple[str, str]) -> bool:
    """Same start and a shared word (a dated event); two undated ones share half their words and name
    the same edition (:func:`edition`: ``WSIS Forum 2012`` is not ``WSIS Forum 2013`` nor ``WSIS Forum``)."""
    if (gold.get("start") or "") != got[1]:
        return False
    a, b = event_words(gold.get("name")), event_words(got[0])
    if got[1]:
        return bool(a & b)
    if not same_edition(edition(gold.get("name")), edition(got[0])):
        return False
    return bool(a and b) and len(a & b) * 2 >= min(len(a), len(b))


def score_report(gold: dict[str, Any], got: Extracted) -> dict[str, Outcome]:
    out = {"meeting": score_meeting(gold.get("meeting"), got.meeting)}
    out.update(score_people(gold.get("people") or [], got.people))
    out["organizations"] = compare(
        gold.get("organizations") or [],
        got.organizations,
        lambda g, o: same_body([g.get("name"), g.get("acronym")], o),
        lambda x: str(x.get("name")) if isinstance(x, dict) else " / ".join(filter(None, x)),
    )
    out["events"] = compare(
        gold.get("events") or [],
        got.events,
        same_event,
        lambda x: f"{x['name']} {x.get('start')}" if isinstance(x, dict) else f"{x[0]} {x[1]}",
    )
    out["deadlines"] = compare([d["date"] for d in gold.get("deadlines") or []], got.deadlines, str.__eq__)
    out["documents"] = compare(gold.get("documents") or [], got.documents, lambda a, b: symbol_key(a) == symbol_key(b))
    out["resolutions"] = compare(
        gold.get("resolutions") or [],
        got.resolutions,
        lambda g, o: (
            resolution_number_key(g["number"]) == resolution_number_key(o[1]) and same_body([g.get("issuer")], [o[0]])
        ),
        lambda x: f"{x['issuer']} {x['number']}" if isinstance(x, dict) else f"{x[0]} {x[1]}",
    )
    gold_pairs = [(r["requester"], a) for r in gold.get("requests") or [] for a in r.get("addressees") or []]
    got_pairs = [(req, a) for req, addressees in got.requests for a in addressees]
    out["requests"] = compare(
        gold_pairs,
        got_pairs,
        lambda g, o: same_party(g[0], o[0]) and same_party(g[1], o[1]),
        lambda x: f"{x[0]} -> {x[1]}" if isinstance(x[0], str) else f"{x[0][0]} -> {x[1][0]}",
    )
    return out


# ----------------------------------------------------------------------------- corpus and output


class UsageError(Exception):
    """A mistake in the command line or the corpus layout (exit 2)."""


@dataclass
class Report:
    split: str
    rid: str
    path: Path
    gold: dict[str, Any]


def read_ids(path: Path | None) -> set[str] | None:
    """The report ids listed in ``path`` (one per line; blank lines and ``#`` comments ignored)."""
    if path is None:
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        why = f"cannot read the id list {path} ({exc.strerror})"
        raise UsageError(f"{why}; give a file with one report id per line") from exc
    return {line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")}


def load_corpus(
    corpus: Path, splits: Sequence[str], only: str | None = None, ids: set[str] | None = None
) -> list[Report]:
    if not corpus.is_dir():
        raise UsageError(
            f"corpus folder {corpus} does not exist; give the folder holding dev/ and heldout/ with --corpus"
        )
    reports = []
    for split in splits:
        folder = corpus / split
        if not folder.is_dir():
            continue
        for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
            if (only and only not in sub.name) or (ids is not None and sub.name not in ids):
                continue
            files = [p for p in sub.iterdir() if p.stem == "report" and p.suffix in REPORT_SUFFIXES]
            if len(files) != 1:
                raise UsageError(f"{sub}: expected exactly one report.txt/.docx/.pdf, found {len(files)}")
            facts = sub / "facts.json"
            if not facts.is_file():
                print(f"warning: {sub}: no facts.json yet, skipped (annotate the report to score it)", file=sys.stderr)
                continue
            try:
                gold = json.loads(facts.read_text(encoding="utf-8"))
            except json.JSONDecodeError as exc:
                raise UsageError(f"{facts}: not valid JSON ({exc.msg}, line {exc.lineno}); fix the file") from exc
            reports.append(Report(split, sub.name, files[0], gold))
    return reports


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}"


def table(title: str, totals: dict[str, Score], n: int) -> str:
    lines = [f"### {title} ({n} reports)", "", "| fact type | gold | extracted | matched | precision | recall | F1 |",
             "|---|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    for kind in FACT_TYPES:
        s = totals[kind]
        scores = f"{_fmt(s.precision)} | {_fmt(s.recall)} | {_fmt(s.f1)}"
        lines.append(f"| {kind} | {s.tp + s.fn} | {s.tp + s.fp} | {s.tp} | {scores} |")
    return "\n".join(lines)


def per_report(rep: Report, outcomes: dict[str, Outcome], conforms: bool) -> str:
    lines = [f"#### {rep.split}/{rep.rid} ({rep.path.name}){'' if conforms else ' - does NOT conform to the shapes'}"]
    for kind in FACT_TYPES:
        o = outcomes[kind]
        if not o.missed and not o.spurious:
            continue
        lines.append(f"- **{kind}** (matched {o.score.tp}, missed {o.score.fn}, false {o.score.fp})")
        lines += [f"  - missed: {m}" for m in o.missed]
        lines += [f"  - false: {s}" for s in o.spurious]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Score the extraction pipeline against the hand-annotated quality corpus "
        "(precision/recall/F1 per fact type, Markdown).",
        epilog="Matching rules: see the docstring at the top of this script and bench/quality/README.md.",
    )
    ap.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="folder holding dev/ and heldout/ (default: %(default)s)"
    )
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="dev", help="which split to score (default: dev)")
    ap.add_argument("--per-report", action="store_true", help="also list each report's misses and false positives")
    ap.add_argument("--only", metavar="TEXT", help="score only the reports whose folder name contains TEXT")
    ap.add_argument("--ids", metavar="FILE", type=Path, help="score only the reports whose folder names FILE lists")
    args = ap.parse_args(argv)
    splits = SPLITS if args.split == "all" else (args.split,)
    try:
        reports = load_corpus(args.corpus, splits, args.only, read_ids(args.ids))
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not reports:
        print(
            f"error: no reports under {args.corpus} for split {args.split}; check --corpus and --split", file=sys.stderr
        )
        return 2
    totals = {s: {k: Score() for k in FACT_TYPES} for s in splits}
    meetings: dict[str, list[tuple[dict[str, Any] | None, dict[str, str] | None]]] = {s: [] for s in splits}
    details = []
    failed = {s: 0 for s in splits}
    for rep in reports:
        try:
            got = run_pipeline(rep.path)
        except Exception as exc:  # a report the pipeline cannot read scores zero, and the run goes on
            print(f"warning: {rep.split}/{rep.rid}: the pipeline failed ({type(exc).__name__}: {exc})", file=sys.stderr)
            got = Extracted(None, [], [], [], [], [], [], [], conforms=False)
            failed[rep.split] += 1
        outcomes = score_report(rep.gold, got)
        meetings[rep.split].append((rep.gold.get("meeting"), got.meeting))
        for kind in FACT_TYPES:
            totals[rep.split][kind].add(outcomes[kind].score)
        if args.per_report:
            details.append(per_report(rep, outcomes, got.conforms))
    for split in splits:
        n = sum(1 for r in reports if r.split == split)
        if n:
            print(table(f"{split} split", totals[split], n) + "\n")
            if failed[split]:
                print(f"**{failed[split]} of {n} reports failed in the pipeline** (scored as empty; see warnings)\n")
            print(meeting_breakdown(f"{split} split", meetings[split]) + "\n")
    if args.split == "all" and len({r.split for r in reports}) > 1:
        pooled = {k: Score() for k in FACT_TYPES}
        for split in splits:
            for k in FACT_TYPES:
                pooled[k].add(totals[split][k])
        print(table("all splits", pooled, len(reports)) + "\n")
    if details:
        print("\n\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
