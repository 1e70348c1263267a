"""The one title casing (:mod:`wsiskg.ingest.extract.casing`), pinned on one table of inputs.

It merged eight copies (``authors.title_case``, ``person_countries.title_cased`` and
``heading_cased``, ``event_headers._title_cased``'s conversion, ``meeting_mentions.capitals_as_words``,
``as_words`` and ``words_of_capitals``; the checks ``sdgs._title_case``,
``meeting_candidates._title_cased``'s word test, ``own_meeting._name_cased``). Where they disagreed the
table says which answer is right; the comment on a row names the copies that gave another.
"""

from __future__ import annotations

import re

import pytest

from wsiskg.ingest.extract.casing import (
    is_title_cased,
    joiner_alternation,
    name_connectors,
    name_joiners,
    name_words,
    small_word_alternation,
    title_cased,
    without_small_ends,
)

TITLE_CASED = [
    # small words in lower case but the first ("From": authors and events gave "From")
    ("CONTRIBUTION FROM THE KINGDOM OF THE NETHERLANDS", "Contribution from the Kingdom of the Netherlands"),
    # the first word capitalised (person_countries gave "the Bahamas")
    ("THE BAHAMAS", "The Bahamas"),
    ("WORKING GROUP ON ENERGY AND CLIMATE FOR DEVELOPMENT", "Working Group on Energy and Climate for Development"),
    # "by" (events gave "By"; person_countries.title_cased gave "By" and "H.e.")
    ("ADDRESS BY H.E. MS. NOOR AL-FARSI, MINISTER OF ICT", "Address by H.E. Ms. Noor Al-Farsi, Minister of Ict"),
    # a catalogue acronym as written, hyphenated too (all but authors gave "Itu", "Itu-d" or "Itu-D")
    ("NOTE FROM THE ITU DIRECTOR", "Note from the ITU Director"),
    ("CONTRIBUTION OF THE ITU-D SECTOR", "Contribution of the ITU-D Sector"),
    # a hyphenated word: each part capitalised (person_countries.title_cased gave "Deputy-secretary-general")
    ("DEPUTY-SECRETARY-GENERAL", "Deputy-Secretary-General"),
    # Mc and O' names (all gave "Mcintyre"; person_countries.title_cased "O'neill")
    ("MCINTYRE AND O'NEILL", "McIntyre and O'Neill"),
    # a possessive (authors, heading_cased, events gave "Chairman'S")
    ("CHAIRMAN'S SUMMARY", "Chairman's Summary"),
    # an elided article is a small word (all gave "D'Ivoire" or "D'ivoire")
    ("EMBASSY OF CÔTE D'IVOIRE", "Embassy of Côte d'Ivoire"),
    ("AGENCE DE L'ÉNERGIE NUMÉRIQUE", "Agence de l'Énergie Numérique"),
    # non-ASCII letters; a letter whose lower case is two letters stays, so the length does not change
    ("ÉTUDES DE LA RÉGION", "Études de la Région"),
    ("İZMIR OFFICE", "İzmir Office"),
    # Roman numerals as written (all gave "Iii", "Vi")
    ("PERMANENT CONSULTATIVE COMMITTEE III", "Permanent Consultative Committee III"),
    # the meeting-number reader's Roman numerals (up to 89, ordinals.roman_value), one reading of them
    ("XLIV MEETING OF THE EXECUTIVE BOARD", "XLIV Meeting of the Executive Board"),
    ("ANNEX VI", "Annex VI"),
    # a one-letter word (an initial, a lettered committee) and a word in brackets as written
    ("SUB-COMMITTEE B", "Sub-Committee B"),
    ("ARAB SATELLITE GROUP (ARASG)", "Arab Satellite Group (ARASG)"),
    # a code with a digit as written (all gave "Wsis+20")
    ("WSIS+20 REVIEW", "WSIS+20 Review"),
    ("C31/9-E COUNCIL 2031", "C31/9-E Council 2031"),
    # words with a small letter as written; only the words in capitals change
    ("COUNCIL 2031, Geneva", "Council 2031, Geneva"),
    ("Standing Committee on Finance", "Standing Committee on Finance"),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_CASED)
def test_title_cased(text: str, expected: str) -> None:
    assert title_cased(text) == expected


@pytest.mark.parametrize(("text", "_"), TITLE_CASED)
def test_title_cased_keeps_places(text: str, _: str) -> None:
    """Letter for letter at the same places: offsets found in the cased text hold in the text."""
    cased = title_cased(text)
    assert len(cased) == len(text) and cased.upper() == text.upper() or "İ" in text


IS_TITLE_CASED = [
    ("Standing Committee on Budget", True),
    ("Expert Group for the Review of Y", True),
    ("Quality Education", True),
    ("Peace, Justice and Strong Institutions", True),
    # a number in a name (meeting_candidates' word test refused it; it refuses digits on its own)
    ("Operational Plan for 2034-2037", True),
    ("ITU-R Study Group 5", True),
    # quotes around a word (meeting_candidates refused them)
    ('"Connect 2030" Agenda', True),
    # a preposition of a name (sdgs alone had "below")
    ("Life below Water", True),
    # small words of other languages and an elided article (sdgs and own_meeting refused them)
    ("Secretaría de Ciencia y Tecnología", True),
    ("République de Côte d'Ivoire", True),
    # a sentence: a verb in lower case (meeting_candidates took any word of up to four letters)
    ("Committee 2 recommends that", False),
    ("Group was held", False),
    ("the meeting noted", False),
]


@pytest.mark.parametrize(("text", "expected"), IS_TITLE_CASED)
def test_is_title_cased(text: str, expected: bool) -> None:
    assert is_title_cased(text) is expected


def test_a_part_cut_from_a_line_opens_no_title() -> None:
    """Who after a cue (``STATEMENT BY`` | ``THE KINGDOM OF X``) is a part of a title: its small word stays small."""
    assert title_cased("THE KINGDOM OF LESOTHO", opening=False) == "the Kingdom of Lesotho"
    assert title_cased("THE KINGDOM OF LESOTHO") == "The Kingdom of Lesotho"


# ----------------------------------------------------------------- the one list of small words in patterns
def test_small_word_alternation_ends_at_a_word_end() -> None:
    pattern = re.compile(rf"(?:{small_word_alternation(['of', 'to', '&'])})")
    assert pattern.fullmatch("of") and pattern.fullmatch("&")
    assert pattern.match("office") is None and pattern.match("today") is None  # no small word inside a word
    assert pattern.match("&Co")  # a sign ends anywhere


def test_small_word_alternation_capitalised_drops_signs() -> None:
    pattern = re.compile(rf"(?:{small_word_alternation(['of', 'the', '&'], capitalised=True)})")
    assert pattern.fullmatch("Of") and pattern.fullmatch("The")
    assert pattern.fullmatch("of") is None and pattern.fullmatch("&") is None


def test_name_connectors_are_the_joiners_and_the_foreign_small_words() -> None:
    assert name_joiners() <= name_connectors()
    assert {"del", "y", "et", "la"} <= name_connectors()  # "Ministerio de Ciencia y Tecnología"
    assert {"a", "by", "with"}.isdisjoint(name_connectors())


def test_name_joiners_without_the_words_that_open_a_place() -> None:
    # "the meeting of the Drafting Group in Lima": a name read without the catalogue stops before "in"
    assert {"in", "at"} <= name_joiners() and {"in", "at"}.isdisjoint(name_joiners(places=False))
    assert {"of", "on", "for", "the", "and", "to", "&", "de"} <= name_joiners(places=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vice-Minister Of", "Vice-Minister"),
        ("Deputy Director for", "Deputy Director"),
        ("Senior Adviser To The, Office of Lands", "Senior Adviser, Office of Lands"),
        ("Programme Officer at the", "Programme Officer"),
        ("Chair of Committee A", "Chair of Committee A"),  # a capital alone is a letter, not an article
        ("Head of Unit E", "Head of Unit E"),
        ("Minister of Ports and Harbours", "Minister of Ports and Harbours"),
    ],
)
def test_without_small_ends(text: str, expected: str) -> None:
    assert without_small_ends(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("STANDING COMMITTEE ON ADMINISTRATION", ["Standing", "Committee", "on", "Administration"]),
        ("Expert group meeting OF THE Andes", ["Expert", "Group", "Meeting", "of", "the", "Andes"]),
        ("REGIONAL REVIEW FOR ITU", ["Regional", "Review", "for", "Itu"]),  # a comparison form: no acronym kept
    ],
)
def test_name_words(text: str, expected: list[str]) -> None:
    assert name_words(text) == expected


def test_joiner_alternation_opens_no_place_unless_asked() -> None:
    name = re.compile(rf"[A-Z]\w*(?:\s+(?:{joiner_alternation()}|[A-Z]\w*))*")
    assert name.match("Comité de Pilotage des Réseaux at Lisbon").group(0) == "Comité de Pilotage des Réseaux"
    assert name.match("Office of Lands and Surveys in Accra").group(0) == "Office of Lands and Surveys"
    assert name.match("Women in Technology").group(0) == "Women"  # "in" joins only with places=True
    assert re.fullmatch(joiner_alternation(places=True), "in")


def test_a_name_line_holds_in_but_not_at() -> None:
    """A name read alone on a line joins its words by ``line_joiners`` (column ``line`` of
    ``small-words.csv``): ``in``, not ``at``, which opens the place after a name."""
    from wsiskg.ingest.extract.casing import line_joiners

    assert {"of", "on", "for", "and", "the", "to", "in", "&"} <= line_joiners()
    assert "at" not in line_joiners()
    assert not {"a", "an", "by", "with", "de"} & line_joiners()


@pytest.mark.parametrize(
    ("line", "whole"),
    [
        ("Panel on Rivers in the Highland Valleys", True),
        ("Council for Data & Ports of Norvalia", True),
        ("Task Force to the Coral Island States", True),
        ("Panel on Rivers at Lake Vostra", False),
        ("Board for Roads by Zelmira Ostrova", False),
        ("Forum on Ports with Harbour Masters", False),
    ],
)  # fmt: skip
def test_the_whole_line_name_readers_share_the_line_joiners(line: str, whole: bool) -> None:
    """The own meeting's and a heading's whole-line name readers take the same joiners."""
    from wsiskg.ingest.extract.heading_kind_parts import _TITLE_CASED_NAME
    from wsiskg.ingest.extract.meeting_parts import _WHOLE_NAME

    assert (_WHOLE_NAME.fullmatch(line) is not None) == whole
    assert (_TITLE_CASED_NAME.fullmatch(line) is not None) == whole


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Windhoek, 3 May 2032 STANDING PANEL ON RIVER DATA", "STANDING PANEL ON RIVER DATA"),
        ("Kotor, 9 June 2031 ON HARBOUR DATA BOARD", "HARBOUR DATA BOARD"),
        ("Item 4 IN DATA FOR SCHOOLS COUNCIL", "DATA FOR SCHOOLS COUNCIL"),
    ],
)  # fmt: skip
def test_a_name_in_capitals_ending_a_line_opens_with_no_joiner(line: str, name: str) -> None:
    from wsiskg.ingest.extract.meeting_parts import _CAPITALS_END

    m = _CAPITALS_END.search(line)
    assert m is not None and m.group("name") == name


@pytest.mark.parametrize(
    ("who", "clause"),
    [
        ("the Board of the Harbour Agency and its Members", False),
        ("the Comité de la Pêche and their Experts", False),
        ("the Office for Rivers in Tarvonia", False),
        ("the Board include in its plan", True),
        ("RPG-KX prepare the budget", True),
        ("the Office at Tarvonia", True),
    ],
)  # fmt: skip
def test_a_partys_small_words_make_no_clause(who: str, clause: bool) -> None:
    """``party_small_words``: a name's joiners, another language's joiners and articles, a body's
    possessives; any other word in lower case makes the subject before a colon a clause."""
    from wsiskg.ingest.extract.request_clauses import _CLAUSE_WORD

    assert (_CLAUSE_WORD.search(who) is not None) == clause


def test_a_bodys_possessives_come_from_the_pronouns() -> None:
    """``gazetteer.possessives``: column ``possessive`` of ``pronouns.csv``, by what the pronoun refers to."""
    from wsiskg.ingest.extract.casing import party_small_words
    from wsiskg.ingest.extract.gazetteer import possessives

    assert possessives("body") == {"its", "their"}
    assert {"his", "her"} <= possessives("person")
    assert {"its", "their", "de", "la", "in"} <= party_small_words()
    assert not {"at", "by", "his", "&"} & party_small_words()
