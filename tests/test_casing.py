"""The one title casing (:mod:`wsiskg.ingest.extract.casing`), pinned on one table of inputs.

It merged eight copies (``authors.title_case``, ``person_countries.title_cased`` and
``heading_cased``, ``events._title_cased``'s conversion, ``meeting_mentions.capitals_as_words``,
``as_words`` and ``words_of_capitals``; the checks ``sdgs._title_case``,
``meeting_candidates._title_cased``'s word test, ``own_meeting._name_cased``). Where they disagreed the
table says which answer is right; the comment on a row names the copies that gave another.
"""

from __future__ import annotations

import pytest

from wsiskg.ingest.extract.casing import is_title_cased, title_cased

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
