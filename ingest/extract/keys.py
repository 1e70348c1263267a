"""Stable, readable keys: :func:`slug` for any label, :func:`name_key` for person names,
:func:`numbered_key` for a body's numbered meeting.

A name key is the lower-case, accent-free words of a name joined by hyphens, after
dropping honorifics (``ingest/data/honorifics.csv``) and undoing the word glue that PDF
extraction leaves behind: ``"Prof. Dr Amara Okafor"``, ``"AMARA OKAFOR"`` and
``"AmaraOkafor"`` all give ``"amara-okafor"``.

Glue is undone at lower->upper case changes inside a word (``ClarisaEstol`` ->
``Clarisa Estol``) except after a surname prefix from ``ingest/data/name-particles.csv``
(``McDonald``, ``DeLuca`` stay one word). Known limit: a name written both glued and
spaced around such a prefix (``De Luca`` / ``DeLuca``) gives two keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from wsiskg.ingest.extract.gazetteer import honorifics, name_prefixes
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import LOWER, UPPER

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_POSSESSIVE = re.compile(r"['’]s\b")
_PARENS = re.compile(r"\([^)]*\)")
_CAMEL = re.compile(rf"(?<=[{LOWER}])(?=[{UPPER}])")


@cache
def _letter_folds() -> dict[int, str]:
    """Letters without a decomposition (``Ł``, ``Ø``, ``Þ``, ``ß``) and their ASCII spelling."""
    return str.maketrans({r["letter"]: r["ascii"] for r in data_rows("letter-folds.csv")})


def ascii_fold(text: str) -> str:
    """Drop accents: ``"Émile Ñúñez"`` -> ``"Emile Nunez"``, ``"Łapińska"`` -> ``"Lapinska"``
    (letters that do not decompose: ``ingest/data/letter-folds.csv``)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_letter_folds()))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slug(text: str) -> str:
    """``"WSIS Forum 2022"`` -> ``"wsis-forum-2022"``, ``"CWG-WSIS&SDG"`` -> ``"cwg-wsis-sdg"``."""
    text = _POSSESSIVE.sub("", ascii_fold(text)).lower()
    return _NON_ALNUM.sub("-", text).strip("-")


def numbered_key(body: str, n: int | str) -> str:
    """The key of meeting or session ``n`` of the body keyed ``body`` (``sgrc``, 4 -> ``sgrc-4``): one key
    however the meeting is written (``the fourth meeting of the X``, ``X held its fourth meeting``, ``the
    4th session of X``, ``X-4``), so that the readers of numbered meetings name one event. The body's key
    is the body index's (:meth:`.body_names.BodyIndex.written_key` for a body named as written)."""
    return f"{body}-{n}"


def strip_honorifics(name: str) -> tuple[str | None, str]:
    """Split leading honorifics off a name: ``"Prof. Dr V. M"`` -> ``("Prof. Dr", "V. M")``."""
    forms = honorifics()
    found: list[str] = []
    rest = name.strip()
    while True:
        head, _, tail = rest.partition(" ")
        head = head.rstrip(",")
        if head in forms and tail:
            found.append(forms[head])
            rest = tail.strip()
            continue
        # written-out or spaced forms: "Her Excellency, Dr", "H .E. Ms."
        spaced = next(
            (f for f in _spaced_honorifics() if rest.startswith(f) and rest[len(f) : len(f) + 1] in (" ", ",")), None
        )
        if spaced is not None and rest[len(spaced) :].strip(" ,"):
            found.append(forms[spaced])
            rest = rest[len(spaced) :].strip(" ,")
            continue
        # "H.E.Mr." / "Dr.Smith": an honorific glued to the next word by its dot
        for form in sorted(forms, key=len, reverse=True):
            if form.endswith(".") and rest.startswith(form) and len(rest) > len(form) and rest[len(form)].isupper():
                found.append(forms[form])
                rest = rest[len(form) :]
                break
        else:
            break
    return (" ".join(found) or None), rest


@cache
def _spaced_honorifics() -> tuple[str, ...]:
    """Honorifics written with a space (``His Excellency``, ``H. E.``), longest first."""
    return tuple(sorted((f for f in honorifics() if " " in f), key=len, reverse=True))


def deglue(word: str) -> str:
    """Split camel-case glue in a name word unless the left part is a surname prefix."""
    parts = _CAMEL.split(word)
    if len(parts) == 1:
        return word
    prefixes = name_prefixes()
    out = [parts[0]]
    for part in parts[1:]:
        if out[-1].split(" ")[-1].split("-")[-1] in prefixes:
            out[-1] += part
        else:
            out.append(part)
    return " ".join(out)


_UPPER_WORD = re.compile(rf"[{UPPER}]+(?:[-'’][{UPPER}]+)*")
_ROMAN = re.compile(r"[IVX]+")
_GLUED_INITIAL = re.compile(rf"\b([{UPPER}])\.(?=[{UPPER}][{LOWER}])")


def _title_upper(word: str) -> str:
    """``DUPONT`` -> ``Dupont``, ``AL-RASHIDI`` -> ``Al-Rashidi``, ``O’BRIEN`` -> ``O’Brien``
    (surnames written in capitals); initials and numerals (``III``) stay."""
    if not _UPPER_WORD.fullmatch(word) or sum(c.isalpha() for c in word) < 2 or _ROMAN.fullmatch(word):
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), word)


def clean_name(name: str) -> str:
    """The name without honorifics, parentheses and glue, with single spaces; words in capitals
    (``Jean DUPONT``) in title case."""
    _, rest = strip_honorifics(_PARENS.sub(" ", name))
    rest = _GLUED_INITIAL.sub(r"\1. ", rest)  # "K.Larsen" -> "K. Larsen"
    words = [_title_upper(w) for w in " ".join(deglue(w) for w in rest.split()).split()]
    return " ".join(words).strip(" ,.;:")


def name_key(name: str) -> str:
    """Readable key of a person name, insensitive to honorifics, case, accents, punctuation and glue."""
    text = ascii_fold(clean_name(name)).replace("'", "").replace("’", "").lower()
    return _NON_ALNUM.sub("-", text).strip("-")
