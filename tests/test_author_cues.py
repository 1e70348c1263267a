"""The cues of who writes a document (``author-cues.csv``) are read by one loader, :mod:`.author_cues`; the two
courtesy formulas built from it differ in person: the first person's (``I have the honour to``) and the third
person's of a writer that names itself (``The Embassy has the honour to``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import wsiskg.ingest.extract as package
from wsiskg.ingest.extract.author_cues import author_cues, cue_alternation, first_person_formula, writer_formula

_EXTRACT = Path(package.__file__).parent


def test_one_module_reads_the_author_cues() -> None:
    readers = {p.stem for p in _EXTRACT.glob("*.py") if '"author-cues.csv"' in p.read_text(encoding="utf-8")}
    assert readers == {"author_cues"}


def test_the_cues_keep_the_files_order_and_kinds() -> None:
    header = author_cues("header")
    assert header[:2] == ("report by", "report of")  # the header cues' rank is the file's order
    assert "have the honour to" in author_cues("formula")
    assert "has the honour to" in author_cues("writer-formula")
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
    ["I have the honour to", "Dear colleagues, I would therefore ", "Today I'd also ", "I am pleased to "],
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
