"""A body named only in a title in capitals: a letterhead the parser folds into
the title (`INTERNATIONAL TELECOMMUNICATION UNION` over a contribution, a regional organisation's
name over its letter) is a mention of that catalogue body, by the first paragraph, when no paragraph
names it; a conference named there stays none (decision 26). Invented examples."""

from __future__ import annotations

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract


def _bodies(title: str, *texts: str) -> dict[str, tuple[int, ...]]:
    return {b.key: b.paragraphs for b in extract(make_report(*texts, title=title)).bodies}


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("INTERNATIONAL TELECOMMUNICATION UNION", "itu"),
        ("ASIA-PACIFIC TELECOMMUNITY", "apt"),
        ("AFRICAN TELECOMMUNICATIONS UNION", "atu"),
        ("CARIBBEAN TELECOMMUNICATIONS UNION", "ctu"),
    ],
)
def test_a_letterhead_in_the_title_names_its_body(title: str, key: str) -> None:
    found = _bodies(
        title,
        "Document 3/88-E",
        "Source: Republic of Ruritania",
        "1 The Administration of Ruritania proposes to revise the questionnaire on broadband prices.",
    )
    assert found.get(key) == (1,)


@pytest.mark.parametrize(
    ("title", "key", "name"),
    [
        # a study group a contribution goes to, named only over it (round 38)
        ("ITU-D STUDY GROUP 2", "itu-d-sg2", "ITU-D Study Group 2"),
        ("ITU-T Study Group 13", "itu-t-sg13", "ITU-T Study Group 13"),
        ("RADIOCOMMUNICATION STUDY GROUP 4", "itu-r-sg4", "Radiocommunication Study Group 4"),
    ],
)
def test_a_study_group_named_only_in_the_title_is_a_body(title: str, key: str, name: str) -> None:
    report = make_report(
        "Document 2/71-E",
        "Source: Republic of Ruritania",
        "1 The Administration of Ruritania proposes to revise the questionnaire on broadband prices.",
        title=title,
    )
    found = {b.key: (b.name, b.paragraphs) for b in extract(report).bodies}
    assert found.get(key) == (name, (1,))


def test_a_body_the_paragraphs_name_keeps_their_mentions() -> None:
    found = _bodies(
        "INTERNATIONAL TELECOMMUNICATION UNION",
        "Document 12-E",
        "1 ITU will publish the results in March 2031.",
    )
    assert found["itu"] == (2,)


def test_a_title_in_title_case_or_a_conference_in_capitals_adds_no_body() -> None:
    assert "itu" not in _bodies("Views of the International Telecommunication Union", "1 We propose a text.")
    assert "itu-pp" not in _bodies("PLENIPOTENTIARY CONFERENCE", "1 Ruritania proposes a text.")


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Telecommunication Development Bureau", "itu-bdt"),
        ("Telecommunication Standardization Bureau (TSB)", "itu-tsb"),
        ("Radiocommunication Advisory Group", "rag"),
        # a name's joiners, the one list (casing.joiner_alternation): "to" too
        ("Working Group on Improvements to the Internet Governance Forum", "cstd-wg-igf"),
        ("Global Partnership to End Violence Against Children", "end-violence-partnership"),
    ],
)
def test_a_title_in_title_case_that_is_one_bodys_name_is_its_letterhead(title: str, key: str) -> None:
    found = _bodies(
        title,
        "Ref.: XYZ/PQR/31-0042",
        "Geneva, 4 March 2031",
        "Subject: Call for candidates for the training course on spectrum pricing",
    )
    assert found.get(key) == (1,)


def test_a_title_in_title_case_with_other_words_adds_no_body() -> None:
    found = _bodies("Telecommunication Development Bureau and partners", "Ref.: XYZ/31-7", "Dear Sir or Madam,")
    assert "itu-bdt" not in found
