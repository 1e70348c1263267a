"""The pattern of a body named by its form: capitalised words ending in a body head noun and their tail
(:func:`_form_pattern`, :func:`_form_tail`; heads never named by form alone: :func:`_not_by_form`)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from wsiskg.ingest.extract.body_acronyms import _elided
from wsiskg.ingest.extract.gazetteer import (
    body_connectors,
    body_head_nouns,
    data_rows,
    first_heads,
    head_last_words,
    preposition_alternation,
    prepositions,
)
from wsiskg.ingest.text import alternation


@cache
def _not_by_form() -> frozenset[str]:
    """Heads that name a body only in the catalogue or with a defined acronym, never by form alone:
    a programme or a fund is mostly a project or money (``by_form`` in ``body-heads.csv``)."""
    return frozenset(r["head"] for r in data_rows("body-heads.csv") if r.get("by_form") == "no")


@lru_cache(maxsize=64)  # one per set of capitals a text holds (text.upper_of)
def _form_tail(upper: str, word: str, of: str, and_: str, the: str, listed: str) -> str:
    """The words after a body head in :func:`_form_pattern`: ``of``/``for``/``on``/``in``/``at`` and
    capitalised words, a list closed by ``and``, ``and the`` before a place's last word, or an agency
    ``under the`` body it reports to (the parts of the name ``word`` and the joiners as built there)."""
    # an agency "under the" body it reports to: "State Agency of X under the Cabinet of Ministers of Y"
    under = rf"\s+under\s+the\s+(?:{alternation(body_connectors('under')) or '(?!)'})\b"
    return (
        rf"(?:(?:\s+(?:{of}|{preposition_alternation('place')})\s+(?:(?:{the})\s+)?{word}|{under})"
        rf"(?:\s+(?:{of}|{preposition_alternation('place')}|against)\s+(?:(?:{the})\s+)?{word}|\s+(?:&|{word})|{listed}|\s+and\s+(?!the\b){word}"
        rf"|{under}"
        rf"|\s+(?:{and_})\s+(?:(?:{of})\s+)?(?:(?:{the})\s+)?{word}"
        rf"|\s+and\s+the\s+(?![A-Z]{{2,}}\b){word}(?!\s+[{upper}(]|\s+(?:{of})\s+(?:(?:{the})\s+)?[{upper}]|\s+of\s))*)?"
    )


@lru_cache(maxsize=64)  # keyed by the capitals a text holds: a handful per corpus
def _form_pattern(upper: str) -> re.Pattern[str]:
    """A body named by its form: capitalised words ending in a body head noun
    (``ingest/data/body-heads.csv``, category body), then optionally ``of``/``for``/``on`` and
    capitalised words (``Ministry of ICT and Innovation``, ``European Broadcasting Union``);
    ``upper``: the capitals of a character class (:func:`~wsiskg.ingest.text.upper_of`)."""
    heads = alternation([h for h in body_head_nouns() if h not in _not_by_form()], spaces=True)
    # "Directorate of eHealth", "Expert Group on Telecommunication/ICT Indicators"; a word may open with a digit or two
    # before a capital, its letters before a capitalised word: "6G Research Alliance", "4IR Policy Centre"
    # (not "4A and", "4B-2")
    # an elided article before a capital is part of the word: "de l'Information", "Côte d'Ivoire"
    # a short title in the name keeps its dot: "University of St. Gallen", "Ss. Cyril and Methodius University"
    digits = rf"\d{{1,2}}(?=[{upper}][^\W\d_]*[ \t]+[{upper}])"
    word = (
        rf"(?:[{upper}]|[a-z](?=[{upper}])|{digits}|{_elided(upper)})(?:[\w'’&\-]|/(?=[{upper}][a-z]|[A-Z]{{2,}}\b))*"
        rf"(?:(?<=\b[A-Z][a-z])\.(?=\s+[{upper}]))?"
    )
    # "and" joins a tail word only before a capitalised word that is no acronym and no "the":
    # "Ministry of ICT and Innovation", not "Ministry of Health and UNESCO" / "... and the X"
    # a comma goes on only inside a list closed by "and": "Ministry of Energy, Environment and
    # Communications"; "and the" only before a last word of a place: "Office for Asia and the Pacific"
    # (then a complement in lower case is the sentence's: "... and the Pacific for their support")
    # (an acronym inside the list too, not last: "Ministry of Science, ICT and Future Planning")
    # other languages' "of" (de, des, für) and "and" (et, y): "Agence de Régulation des Postes et des Télécoms"
    of = alternation([*prepositions("topic"), *body_connectors("of")])
    and_ = alternation(body_connectors("and")) or "(?!)"
    # (closed by another language's "and" too: "Ministério da Ciência, Tecnologia, Inovações e Comunicações")
    listed = rf",\s+{word}(?=(?:\s+{word}|,\s+{word})*,?\s+(?:and|{and_})\s+(?![A-Z]{{2,}}\b){word})"
    the = alternation(["the", *body_connectors("the")])  # "Instituto Dominicano de las Telecomunicaciones"
    tail = _form_tail(upper, word, of, and_, the, listed)
    # "and" also joins words before the head: "Strategic Planning and Membership Department"
    # never over a run of spaces, a column's edge: "Ms Ana Ruiz   National Broadcasting Authority"
    # and another language's "of" joins them too: "Empresa Brasileira de Tecnologia Educacional S.A."
    foreign_of, foreign_the = alternation(body_connectors("of")), alternation(body_connectors("the"))
    # and a list closed by "and": "ICT, Science and Technology Division"
    # (its last item may have a few words: "Technology, Climate Change and Natural Resource Management Division")
    # a head before "and" ends a name: "Addis Ababa University and Fundación X" are two
    # (but inside a list by commas: "Informatics, Administration and Publications Department";
    # a head before "for" after a comma starts its name: "Chief, Division for Public Administration and X")
    head_words = alternation(head_last_words("body"))
    # (never a list of names whose "and" comes after a name's head: "Orange, MTN Group and Ericsson" are three)
    named = rf"(?!(?:{word}[ \t]+){{1,2}}(?:{head_words})\s+(?:and|&)\s)"
    comma = rf",\s+{named}(?=(?:{word},\s+){{0,3}}{word}(?:[ \t]+{word}){{0,2}}\s+(?:and|&)\s+{word})"
    ends = rf"(?:(?<=,\s)(?!(?:{head_words})\s+for\s)|(?!(?:{head_words})\s+(?:and|&|for)\s))"
    # "for" too, after no head: "ICT for Development Division" (not "Partnership for X Division")
    pre = (
        rf"{ends}{word}(?![ \t]{{2}})(?:{comma}|\s+(?:(?:and|&|for)\s+|(?:{foreign_of})\s+(?:(?:{foreign_the})\s+)?)?)"
    )
    # a head that comes first may have its name right after it: "Fundacja Cyfrowa", "Universidad Nacional de X"
    first = alternation(sorted(first_heads()), spaces=True) or "(?!)"
    lead = rf"(?:{first})(?:\s+{word}){{1,3}}(?=\s+(?:{of})\s|\s*[^\w\s\-]|\s*$|\s+[a-z])"
    # ... or words in lower case after its own language's "of", the whole name: "Corte dei conti"
    foreign = alternation(body_connectors("of"))
    lower = rf"\s+(?:{foreign})\s+(?:(?:{the})\s+)?(?!(?:{foreign}|{the})\b)[a-z][\w'’]+"
    english = alternation(body_connectors("ends"))
    lowered = rf"(?:{first})(?:{lower}){{1,2}}(?![\w\-])(?=\s*[^\w\s]|\s*$|\s+(?:{english})\b)"
    return re.compile(rf"(?<![\w\-])(?P<name>{lowered}|(?:{lead}|(?:{pre}){{0,7}}(?:{heads})){tail})(?![\w\-])")
