"""The bodies a run of name words holds: names listed by a comma or ``and`` (:func:`_listed_bodies`), a unit and
its owner (:func:`_unit_and_owner`), the country and the place after a name (:func:`_without_place`,
:func:`_ended_by_country`, :func:`_without_glossed_country`)."""

from __future__ import annotations

from functools import cache

from wsiskg.ingest.extract.body_acronyms import _CONNECTORS
from wsiskg.ingest.extract.body_name_words import _concepts, _named_enough
from wsiskg.ingest.extract.body_names import body_index, head_of
from wsiskg.ingest.extract.countries import country_code
from wsiskg.ingest.extract.gazetteer import (
    before_preposition,
    body_connectors,
    data_rows,
    head_last_words,
    leading_heads,
)
from wsiskg.ingest.text import squash


def _listed_bodies(words: list[str]) -> list[list[str]]:
    """Names listed by a comma, each ending in its own head noun: ``Section for Universal Access,
    Communication and Information Sector`` (a unit, then the sector it belongs to); a list inside
    one name stays whole (``Ministry of Energy, Environment and Communications``, ``ICT, Science and
    Technology Division``, ``Ministry of X, Y and Z of the Russian Federation``: the words after the
    comma have no head of their own); two heads joined by ``and`` end and start two names (``Addis
    Ababa University and Fundación X``)."""
    heads = head_last_words("body")
    for i in range(1, len(words) - 1):
        if words[i] in ("and", "&") and words[i - 1] in heads and words[i + 1] in heads and i > 1:
            return [words[:i], *_listed_bodies(words[i + 1 :])]  # "X University and Fundación Y": two bodies
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1].endswith(",") and words[i] not in heads and _headed(words[i:]):
            left = [*words[: i - 1], words[i - 1][:-1]]
            if not any(w in heads for w in left):
                return [words]  # "ICT, Science and Technology Division": a list before one head
            return [*_listed_bodies(left), words[i:]]
    return [words]


def _headed(words: list[str]) -> bool:
    """Whether ``words`` name a body of their own: a body's head noun before their first preposition
    (``Communication and Information Sector``; not ``Communications and Mass Media of the Russian
    Federation``, nor ``Media and Information Society of the Republic of X``, whose head ends a concept
    of :func:`_concepts`: the end of a list in a ministry's name)."""
    name = " ".join(words)
    head = head_of(name)
    core = before_preposition(name, "core")
    concept = any(core == c or core.endswith(" " + c) for c in _concepts())
    return head is not None and head[2] == "body" and not concept


def _without_listed_country(words: list[str]) -> list[str]:
    """A country listed after a name is no part of it: ``Ministry of Economy and Business, Spain,
    and Ms X`` (a name's comma only joins a list closed by ``and``)."""
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1].endswith(","):
            return words[: i - 1] + [words[i - 1][:-1]] if country_code(" ".join(words[i:])) else words
    return words


def _without_place(words: list[str]) -> list[str]:
    """A name's ``in ...`` is part of it only after its purpose, ``for X in Y`` (``Global
    Partnership for Gender Equality in the Digital Age``, ``Society for Technology in Education``),
    and never a country; else it places the body (``Ministry of ICT in Kenya``, ``Office in Cairo``)."""
    if "at" in words[1:]:  # "United Nations Office at Geneva": a city alone; not "Task Force at the Forum"
        at = words.index("at", 1)
        words = words[: at + 2] if len(words) > at + 1 and words[at + 1][0].isupper() else words[:at]
    if "in" not in words[1:]:
        return words
    at = words.index("in", 1)
    place = [w for w in words[at + 1 :] if w != "the"]
    if _office_in_city(words[:at], place):
        return words  # "ITU Area Office in Moscow": an office named by its kind only is told apart by its city
    if (
        "for" in words[:at]
        and not country_code(" ".join(place))
        and not _region_only(words[words.index("for") + 1 : at])
    ):
        return words
    return words[:at]


@cache
def _office_kinds() -> frozenset[str]:
    """Words that say only what kind of office a body has (``office`` = ``kind`` in
    ``body-generic-words.csv``: ``Regional``, ``Area``, ``Liaison``)."""
    return frozenset(r["word"] for r in data_rows("body-generic-words.csv") if r.get("office") == "kind")


def _office_in_city(office: list[str], place: list[str]) -> bool:
    """Whether ``office`` is named only by its kind and its owner (``ITU Area Office``, ``Regional
    Office``, ``Office of ITU``), so that the city after ``in`` tells it apart and is part of its name
    (``ITU Regional Office in Bangkok``); an office with a name of its own (``Arab Regional Office``,
    ``Office for Europe``) or placed in a country is not."""
    if len(office) < 2 or office[-1] != "Office" and "Office" not in office[:2]:
        return False
    if not 1 <= len(place) <= 2 or not all(w[0].isupper() for w in place) or country_code(" ".join(place)):
        return False
    catalogue = body_index().keys
    own = [w for w in office if w not in ("Office", "of", "the") and squash(w) not in catalogue]
    return all(w in _office_kinds() for w in own)


def _ended_by_country(words: list[str]) -> list[str]:
    """A name up to the country its last ``of`` names (decision 16): ``and`` after the country joins
    another body (``Ministry of ICT of the Republic of Korea and Ofcom``), unless the country's name
    goes on over it (``of Trinidad and Tobago``)."""

    def country(part: list[str]) -> bool:
        return bool(part) and bool(country_code(" ".join(x for x in part if x != "the")))

    for j, w in enumerate(words):
        if w not in ("and", "&"):
            continue
        ofs = [k for k in range(1, j) if words[k] == "of"]
        if any(country(words[k + 1 : j]) and not country(words[k + 1 :]) for k in ofs):
            return words[:j]
    return words


def _without_glossed_country(words: list[str]) -> list[str]:
    """A name in another language (a small word of it another language's, ``body-connectors.csv``: ``für``,
    ``de``, ``e``) ends before an English ``of`` and a country, the writer's gloss (decision 16 keeps a country
    the name itself holds): ``Instituto für Digitale Netze of Austria`` -> ``Instituto für Digitale Netze``."""
    foreign = [i for i, w in enumerate(words) if w in _foreign_connectors()]
    for k in range(foreign[-1] + 2 if foreign else len(words), len(words) - 1):
        if words[k] == "of" and country_code(" ".join(w for w in words[k + 1 :] if w != "the")):
            return words[:k]
    return words


@cache
def _foreign_connectors() -> frozenset[str]:
    """The small words of a body's name in another language (``body-connectors.csv``, roles of, and, the)."""
    return frozenset(w for role in ("of", "and", "the") for w in body_connectors(role))


def _region_only(words: list[str]) -> bool:
    """Whether ``words`` (a name's ``for ...``) name only a region (``Asia and the Pacific``, ``Europe``:
    ``body-generic-words.csv``): the ``in ...`` after them places the office (``Office for Europe in X``)."""
    return bool(words) and all(w in _generic_words() or w in ("and", "the", "&") for w in words)


def _unit_and_owner(words: list[str]) -> list[list[str]]:
    """A unit named with the body it belongs to, ``X Division of the Telecommunication Development
    Bureau``, ``Committee of Y of the Ministry of Z``: the unit, and the owner when the catalogue
    does not know it (a catalogue owner is found as itself); the owner is a catalogue body or a name
    led by its head noun or named by its head and the words before it (:func:`_names_a_body`), the unit a
    name of its own (``Board of the Preparatory Committee`` stays whole, and so does ``Executive Committee
    of the RCC``: an acronym). ``of the COUNTRY`` stays (``National Bank of the Kyrgyz Republic``, decision 16)."""
    catalogue = body_index().keys
    for i in range(1, len(words) - 2):
        if words[i] != "of" or words[i + 1] != "the":
            continue
        unit, owner = words[:i], words[i + 2 :]
        if _generic_unit(unit):  # "Steering Committee of the Partnership on X": named with its owner
            return [words, owner] if owner[0] in leading_heads() and len(owner) > 1 else [words]
        if country_code(" ".join(owner)):
            return [words]  # "National Bank of the Kyrgyz Republic": a country after a person's post is cut before
        head = head_of(" ".join(unit))
        if head is None or not _named_enough(unit, head[0]):
            continue
        if len(owner) > 1 and squash(" ".join(owner)) in catalogue:  # "of the RCC": part of the name
            return [unit]
        if owner[0] in leading_heads() or _names_a_body(owner):
            return [unit, owner]  # "Task Force on X of the APT Committee for Y": the unit, and the body it belongs to
    return [words]


def _names_a_body(words: list[str]) -> bool:
    """Whether ``words`` name a body by its head noun and the words that say which (``APT Committee for Regional
    Policy``, ``Regional Spectrum Authority``; not ``Board``, ``Executive Committee``)."""
    head = head_of(" ".join(words))
    return head is not None and head[2] == "body" and not _generic_unit(words) and _named_enough(words, head[0])


@cache
def _generic_words() -> frozenset[str]:
    """Words of a unit's name that any body may have (``Executive``, ``Regional``, a region):
    ``ingest/data/body-generic-words.csv``."""
    return frozenset(r["word"] for r in data_rows("body-generic-words.csv"))


def _generic_unit(unit: list[str]) -> bool:
    """A unit any body may have, named only by generic words and its head (``Executive
    Committee``, ``Regional Office for Europe and Central Asia``, ``Committee of Ministers``): no
    body without the name of its owner."""
    heads = head_last_words("body")
    named = [w for w in unit if w not in _CONNECTORS and w not in heads]
    return bool(unit) and unit[0] not in _CONNECTORS and all(w.rstrip(",") in _generic_words() for w in named)
