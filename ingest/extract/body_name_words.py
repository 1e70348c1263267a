"""What the words of a body's name say: role words, honorifics, concepts that read like bodies, and
whether a name says which body it is (:func:`_named_enough`, :func:`_group_with_topic`)."""

from __future__ import annotations

from functools import cache

from wsiskg.ingest.extract.body_acronyms import _CONNECTORS
from wsiskg.ingest.extract.body_names import body_index
from wsiskg.ingest.extract.countries import country_code
from wsiskg.ingest.extract.gazetteer import (
    body_heads,
    country_heads,
    data_rows,
    honorifics,
    job_title_words,
    leading_heads,
    prepositions,
    roles,
)
from wsiskg.ingest.text import squash


@cache
def _concepts() -> frozenset[str]:
    """Concepts of WSIS texts that read like bodies by their form (``Information Society``):
    ``ingest/data/body-concepts.csv``."""
    return frozenset(r["name"] for r in data_rows("body-concepts.csv"))


@cache
def _honorific_words() -> frozenset[str]:
    return frozenset(h.rstrip(".") for h in honorifics())


def _named_enough(words: list[str], head: str) -> bool:
    """A name says which body it is: capitalised words before its head that are no body words
    themselves (``Rural Spectrum Authority``, not ``Council Working Group``), or a head that
    comes first with its ``of ...`` (``Ministry of Health``), also after the catalogue body it
    belongs to (``ITU Office for Europe``); a head that comes first before a country's name alone
    (``Statistics Norway``: ``leads`` ``country`` in ``body-heads.csv``)."""
    head_words = head.split()
    at = next((i for i in range(len(words)) if words[i : i + len(head_words)] == head_words), 0)
    before = words[:at]
    catalogue = body_index().keys
    heads = {h for h, _, _ in body_heads()} - country_heads()  # "Statistics Committee of X" is named
    if _group_with_topic(words[at:], head, qualified=bool(before)):
        return True  # "Expert Group on Cybercrime", "RCC Working Group on X", "Group of Friends of the Chair"
    if head in country_heads():  # "Statistics Norway" names a body, "Statistics Newsletter" none
        return not before and country_code(" ".join(words[at + len(head_words) :])) is not None
    # a secretariat named by the body it serves: "Secretariat of the Basel Convention" (:func:`_secretariat_tail`)
    leads = head in leading_heads() or any(h == head and kind == "secretariat" for h, kind, _ in body_heads())
    complement = leads and len(words) > at + len(head_words) + 1
    if before and not all(squash(w) in catalogue for w in before if w not in _CONNECTORS):
        # role words name no body either: "the Rapporteur Group", "a Chairman's Group"
        named = [w for w in before if w not in _CONNECTORS]
        return not all(w in heads or squash(w) in catalogue or _role_word(w) for w in named)
    # "Ministry of Health"; after a catalogue body, "ITU Office for Europe" (not "ITU Office")
    return complement


def _group_with_topic(words: list[str], head: str, qualified: bool = False) -> bool:
    """A group's head noun followed by its topic (``Working Group on X``, ``Task Force on Y``,
    ``Group of Friends of the Chair``, ``Rapporteur Group on Z``): the topic says which group it is,
    whatever comes before the head (``qualified``: words come before it)."""
    kinds = {k for h, k, _ in body_heads() if h == head}
    after = words[len(head.split()) :]
    # a bare "Group" only with "of": "briefed the Group on X" is the meeting body
    links = prepositions("topic") if " " in head or qualified else ("of",)
    return bool(kinds & {"working-group", "expert-group"}) and len(after) > 1 and after[0] in links


@cache
def _role_words() -> frozenset[str]:
    titles = {w for w in job_title_words()[0] if " " not in w}  # "Chief of the X Department": a title
    return frozenset(f for r in roles().values() for f in r.forms if " " not in f) | titles


def _role_word(word: str) -> bool:
    return word.removesuffix("'s").removesuffix("’s") in _role_words()
