"""``I should be grateful if the names of the members of your delegation could be communicated to ...``: a courtesy
request whose subject is a thing to be sent, in the passive, asks the letter's audience (its ``To:`` line); before,
the thing was read as a group asked (ingest/extract/request_clauses.py, ``_BE_DONE``; the things' head nouns in
``addressee-words.csv`` kind ``non-agent``). Every sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

from extract_support import labelled_requests, parsed_text

from wsiskg.ingest.extract import extract

_LETTER = """The Secretary-General

Ref.: DM-31/0412

Geneva, 2 April 2031

To: Administrations of Member States of ITU

Subject: Fourth meeting of the Preparatory Committee

Dear Sir/Madam,

{sentence}

Yours faithfully,

Mariana Oyelaran-Brandt
Secretary-General
"""


def _asked(tmp_path: Path, sentence: str) -> list[tuple[str, str, list[str]]]:
    return labelled_requests(extract(parsed_text(tmp_path, _LETTER.format(sentence=sentence))))


def test_the_names_of_a_delegation_to_be_communicated(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "I should be grateful if the names of the members of your delegation could be communicated to the "
        "Executive Secretariat no later than 31 May 2031.",
    )
    assert got == [("person", "Mariana Oyelaran-Brandt", ["Administrations of Member States"])]


def test_a_completed_form_to_be_returned(tmp_path: Path) -> None:
    got = _asked(tmp_path, "I would be grateful if the completed form could be returned to TSB by 15 May 2031.")
    assert got == [("person", "Mariana Oyelaran-Brandt", ["Administrations of Member States"])]


def test_a_list_of_focal_points_to_be_sent(tmp_path: Path) -> None:
    got = _asked(tmp_path, "I would be grateful if the list of your focal points could be sent to BDT before June.")
    assert got == [("person", "Mariana Oyelaran-Brandt", ["Administrations of Member States"])]


def test_an_agent_after_if_is_still_asked(tmp_path: Path) -> None:
    got = _asked(tmp_path, "I would be grateful if BDT could designate a focal point by 15 May 2031.")
    assert got == [("person", "Mariana Oyelaran-Brandt", ["Telecommunication Development Bureau"])]
