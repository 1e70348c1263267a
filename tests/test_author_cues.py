"""The cues of who writes a document (``author-cues.csv``) are read by one loader, :mod:`.author_cues`; the two
courtesy formulas built from it differ in person: the first person's (``I have the honour to``) and the third
person's of a writer that names itself (``The Embassy has the honour to``); the courtesy formula of any subject
(``The Bureau is delighted to``, ``We have great pleasure in``) is built from its nouns and states and the present
forms of ``auxiliaries.csv``, for the requesters' reader and the first person's formula alike."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import wsiskg.ingest.extract as package
from wsiskg.ingest.extract import request_items, request_polite, request_we
from wsiskg.ingest.extract.author_cues import (
    author_cues,
    courtesy_formula,
    cue_alternation,
    first_person_formula,
    impersonal_formula,
    polite_modal,
    writer_formula,
)

_EXTRACT = Path(package.__file__).parent


def test_one_module_reads_the_author_cues() -> None:
    readers = {p.stem for p in _EXTRACT.glob("*.py") if '"author-cues.csv"' in p.read_text(encoding="utf-8")}
    assert readers == {"author_cues"}


def test_the_cues_keep_the_files_order_and_kinds() -> None:
    header = author_cues("header")
    assert header[:2] == ("report by", "report of")  # the header cues' rank is the file's order
    assert "would like to" in author_cues("formula")
    assert {"honour", "honor", "pleasure", "privilege"} == set(author_cues("formula-noun"))
    assert "delighted" in author_cues("formula-state")
    assert "presents its compliments" in author_cues("writer-formula")
    assert not any("hono" in c for c in author_cues("writer-formula"))  # built from formula-noun (round 31)
    assert set(author_cues("recipients", "copies")) == set(author_cues("recipients")) | set(author_cues("copies"))
    assert re.fullmatch(cue_alternation("copies"), "copy \t to")  # a space matches any run of them


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The Embassy of Ruritania presents its compliments to the Permanent Missions", "The Embassy of Ruritania"),
        ("... The Regional Maritime Office hereby has the honour to inform", "The Regional Maritime Office"),
        ("Ref. 12/B. The Lagoon Survey Bureau further has the honor to recall", "The Lagoon Survey Bureau"),
        (
            "The Alpine Broadcasting Secretariat avails itself of the opportunity to renew",
            "The Alpine Broadcasting Secretariat",
        ),
    ],
)
def test_a_writer_names_itself_in_the_third_person(text: str, who: str) -> None:
    m = writer_formula().search(text)
    assert m is not None
    assert m.group("who") == who


@pytest.mark.parametrize(
    "text",
    [
        "I have the honour to",
        "Dear colleagues, I would therefore ",
        "Today I'd also ",
        "I am pleased to ",
        "I also want to ",  # round 42: a wish to ask, as "would like to"
        "Finally, I must ",  # round 42: the speaker's obligation to ask
    ],
)
def test_the_first_person_formula_is_the_authors(text: str) -> None:
    assert first_person_formula().search(text)
    assert writer_formula().search(text) is None  # no writer names itself: "I" is no third person


@pytest.mark.parametrize(
    "text",
    [
        "The Embassy of Ruritania has the honour to ",
        "The Office presents its compliments and ",
        "We have the honour to ",
    ],
)
def test_a_third_person_or_a_we_is_no_first_person_formula(text: str) -> None:
    assert first_person_formula().search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The Regional Office of the Lagoon Commission is delighted to ",
        "We have great pleasure in ",
        "The Secretariat has also the privilege to ",
        "Our partners are writing to ",
        "The Tide Survey Board has much pleasure in ",
        "I am honoured to ",
    ],
)
def test_a_courtesy_formula_of_any_person_is_read_from_the_data(text: str) -> None:
    """One pattern (:func:`courtesy_formula`): the requesters' ``_POLITE`` reads it, and the first person's formula
    (``I am honoured to``); ``requests`` spells no formula of its own."""
    assert re.search(rf"(?:{courtesy_formula()})\s+$", text)
    assert request_polite._POLITE.search(text)
    assert bool(first_person_formula().search(text)) == text.startswith("I ")


@pytest.mark.parametrize(
    "text",
    [
        # round 30: the adverbs after the verb are FORMULA_ADVERBS, as before a writer's formula (were: one of
        # also/further/-ly after has, also/therefore/-ly after is, none before "great pleasure in")
        "The Coastal Survey Office has therefore the honour to ",
        "The Bureau is now pleased to ",
        "We are hereby glad to ",
        "The Mission of Ruritania has again great pleasure in ",
    ],
)
def test_a_courtesy_formula_takes_the_formulas_adverbs(text: str) -> None:
    m = request_polite._POLITE.search(text)
    assert m is not None and not m.group("modal") and not m.group("impersonal")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It is my honour to ", True),
        ("It is our great pleasure to ", True),
        ("it is a privilege to ", True),
        ("It is my duty to ", False),  # no formula-noun
    ],
)
def test_the_impersonal_formula_reads_the_formula_nouns(text: str, found: bool) -> None:
    assert bool(re.search(impersonal_formula(), text)) is found
    m = request_polite._POLITE.search(text)
    assert (m is not None and bool(m.group("impersonal"))) is found


@pytest.mark.parametrize(
    "text",
    [
        "The delegate of Ruritania had the honour to ",  # a past form tells what happened: no courtesy
        "The Chair was pleased to ",
        "The Council has the duty to ",
        "The Board is expected to ",
    ],
)
def test_no_courtesy_formula_in_a_past_form_or_another_word(text: str) -> None:
    assert request_polite._POLITE.search(text) is None
    assert re.search(rf"(?:{courtesy_formula()})\s+$", text) is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # round 31: a writer's formula of the third person is built from every formula-noun (were: two rows of
        # writer-formula spelling "has the honour/honor to")
        ("The Harbour Authority of Lagos has the pleasure to inform", "The Harbour Authority of Lagos"),
        ("... The Andean Spectrum Office also has the privilege to transmit", "The Andean Spectrum Office"),
        ("The Delta Water Board has therefore the honour to recall", "The Delta Water Board"),
    ],
)
def test_a_writers_formula_takes_every_formula_noun(text: str, who: str) -> None:
    m = writer_formula().search(text)
    assert m is not None
    assert m.group("who") == who


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Authority had the honour to open the session",  # a past form: what happened, no note's formula
        "The Andean Offices have the pleasure to",  # not the singular of a writer that names itself
        "The Delta Water Board is pleased to",  # a state: the first person's kinds, not a note verbale's writer
    ],
)
def test_no_writers_formula_in_the_past_the_plural_or_a_state(text: str) -> None:
    assert writer_formula().search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # round 31: the polite modal and the formula's words after it are one pattern (polite_modal): the first
        # person's formula missed "would" with an adverb before "like to", as the requesters' _POLITE read it
        "Dear colleagues, I would therefore like to ",
        "In closing, I should also like to ",
        "Today I would now wish to ",
    ],
)
def test_a_polite_modal_takes_adverbs_and_the_formulas_words(text: str) -> None:
    assert first_person_formula().search(text)
    assert re.search(rf"(?:{polite_modal()})\s+$", text.split("I ", 1)[1])
    m = request_polite._POLITE.search(text)
    assert m is not None and m.group("modal") and m.group("we") == "I"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Finally, we should like to ", True),  # round 31: every "formula" phrase (were: would like to, wish to)
        ("We would like to ", True),
        ("we jointly wish to ", True),
        ("we would be ", False),
    ],
)
def test_we_before_a_verb_reads_the_formulas_words(text: str, found: bool) -> None:
    assert bool(request_we._WE_BEFORE.search(text)) is found


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # round 31: a lead's formula before its proposals is the courtesy formula or a "formula" phrase (were:
        # would like, wish, is/am/are pleased spelt in request_items)
        ("The Administration of Ruritania is delighted to make the following proposals:", "of Ruritania"),
        ("The Government has the honour to submit three proposals:", "The Government"),
        ("Finally, we should like to put forward two recommendations:", "we"),
    ],
)
def test_a_proposals_lead_takes_the_courtesy_formulas(text: str, subject: str) -> None:
    m = request_items._PROPOSALS_LEAD.search(text)
    assert m is not None
    assert text[: m.start()].endswith(f"{subject} ")  # the formula is the lead's, not its subject's
