"""``asked the CODES secretariat to ...``, ``the Giga secretariat``: a lower-case secretariat of a body no catalogue
and no line of the report names is that body, its name as written (decision 26: a lower-case ``X secretariat`` is
``X``), as a known body's already was (``the UNESCO secretariat``: UNESCO); before, the phrase was one group
``CODES secretariat``. Only a name of one word: an acronym, or a capitalised word the text never writes in lower
case and no body's head noun (ingest/extract/request_addressee_bodies.py, ``_unknown_owner``). Every sentence here
is invented for the test."""

from __future__ import annotations

from pathlib import Path

from extract_support import labelled_requests, parsed_text

from wsiskg.ingest.extract import extract

_NOTE = """Note of the fourth meeting of the Harbourlight Board
Geneva, 4 May 2031

1. The Board met in Geneva with six members present. It was chaired by Ms Ana Duarte (Portugal).

2. {sentence}
"""


def _asked(tmp_path: Path, sentence: str) -> list[list[str]]:
    return [r[2] for r in labelled_requests(extract(parsed_text(tmp_path, _NOTE.format(sentence=sentence))))]


def test_an_acronyms_secretariat_is_that_body(tmp_path: Path) -> None:
    got = _asked(tmp_path, "The Board asked the KELVA secretariat to circulate the revised plan by 14 October 2031.")
    assert got == [["KELVA"]]


def test_a_capitalised_names_secretariat_is_that_body(tmp_path: Path) -> None:
    got = _asked(tmp_path, "The Board requested the Orvandi secretariat to publish the school connectivity map.")
    assert got == [["Orvandi"]]


def test_an_acronym_with_a_digit(tmp_path: Path) -> None:
    got = _asked(tmp_path, "Ms Ana Duarte invited the P4ID secretariat to prepare a draft budget for 2032.")
    assert got == [["P4ID"]]


def test_a_word_the_text_writes_in_lower_case_stays_as_written(tmp_path: Path) -> None:
    text = _NOTE.format(
        sentence="The Board asked the Prize secretariat to announce the winners. Each prize is worth 5,000 francs."
    )
    got = [r[2] for r in labelled_requests(extract(parsed_text(tmp_path, text)))]
    assert got == [["Prize secretariat"]]


def test_a_known_bodys_secretariat_is_still_that_body(tmp_path: Path) -> None:
    got = _asked(tmp_path, "The Board asked the UNESCO secretariat to circulate the revised plan.")
    assert got == [["United Nations Educational, Scientific and Cultural Organization"]]
