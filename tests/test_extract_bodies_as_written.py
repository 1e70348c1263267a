"""Bodies named as the report writes them (annotation guide, decision 6) and new head nouns
(issue 8, Part 2 item 1). Invented examples."""

from __future__ import annotations

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.bodies import find_bodies
from wsiskg.ingest.extract.body_form_names import _named_by_form
from wsiskg.ingest.extract.study_groups import as_written


def _names(*texts: str) -> dict[str, str]:
    return {b.key: b.name for b in find_bodies(one_section_report(*texts), None)}


@pytest.mark.parametrize(
    ("texts", "key", "name"),
    [
        # named in words without its sector: as written, the sector read from the report
        (("ITU-T experts met.", "Study Group 11 approved two texts."), "itu-t-sg11", "Study Group 11"),
        (("The ITU-R delegates agreed.", "Working Party 6A will meet in May."), "itu-r-wp6a", "Working Party 6A"),
        # the sector written at a later full mention: the fuller form
        (
            ("Study Group 3 met in June.", "ITU-T Study Group 3 adopted the plan."),
            "itu-t-sg3",
            "ITU-T Study Group 3",
        ),
        # only the short form written: the canonical name (the short form is its acronym as written)
        (("ITU-T delegates met.", "WP 3/11 agreed to the work plan."), "itu-t-wp3-11", "ITU-T Working Party 3/11"),
        # the Sector named in words before the study group
        (("Radiocommunication Study Group 3 met in May.",), "itu-r-sg3", "Radiocommunication Study Group 3"),
        (
            ("Telecommunication Development Study Group 2 agreed.", "Study Group 2 met."),
            "itu-d-sg2",
            "Telecommunication Development Study Group 2",
        ),
        # only listed after a plural: the canonical name
        (("ITU-T Study Groups 9 and 15 met.",), "itu-t-sg15", "ITU-T Study Group 15"),
    ],
)
def test_a_study_group_is_named_as_written(texts: tuple[str, ...], key: str, name: str) -> None:
    assert _names(*texts)[key] == name


@pytest.mark.parametrize(
    ("texts", "key", "name", "acronym"),
    [
        # a header line in capitals names the group in words: as a name is written, not its canonical name
        (("STUDY GROUP 11 – REPORT 7", "The next SG11 meeting will be held in May."), "itu-t-sg11", "Study Group 11",
         "SG11"),
        (("ITU-D STUDY GROUP 2, 8th STUDY PERIOD", "Study Group 2 will meet in March."), "itu-d-sg2",
         "ITU-D Study Group 2", "SG2"),
        (("RADIOCOMMUNICATION STUDY GROUP 4", "WP 4A met twice."), "itu-r-sg4", "Radiocommunication Study Group 4",
         "SG4"),
        (("ITU-T WORKING PARTY 2/13 MEETING", "WP 2/13 agreed the plan."), "itu-t-wp2-13", "ITU-T Working Party 2/13",
         "WP 2/13"),
    ],
)  # fmt: skip
def test_a_study_group_written_in_capitals_is_named_in_words(
    texts: tuple[str, ...], key: str, name: str, acronym: str
) -> None:
    found = {b.key: (b.name, b.acronym) for b in find_bodies(one_section_report(*texts), None)}
    assert found[key] == (name, acronym)


def test_as_written_prefers_words_with_the_sector_then_words_and_keeps_the_short_form() -> None:
    assert as_written(["SG5", "Study Group 5", "ITU-T Study Group 5"], "X", "SG5") == ("ITU-T Study Group 5", "SG5")
    assert as_written(["SG 5", "Study  Group\n5"], "X", "SG5") == ("Study Group 5", "SG 5")
    assert as_written(["WP 2/13", "WP2/13"], "ITU-T Working Party 2/13", "WP2/13") == (
        "ITU-T Working Party 2/13",
        "WP 2/13",
    )
    assert as_written(["ITU-D Study Groups 1", "2"], "ITU-D Study Group 2", "SG2") == ("ITU-D Study Group 2", "SG2")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Spectrum Policy Branch of the Commission presented it.", "Spectrum Policy Branch"),
        ("the Logistics Cluster agreed", "Logistics Cluster"),
        ("a lecturer at the Faculty of Electrical Engineering, who", "Faculty of Electrical Engineering"),
        ("Nordlicht Netze AG presented its work.", "Nordlicht Netze AG"),
        ("a contribution by Fjordvik Radio AB on antennas", "Fjordvik Radio AB"),
    ],
)
def test_new_head_nouns_name_a_body(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)] == [name]


def test_a_short_form_is_kept_as_written_as_the_acronym() -> None:
    found = {b.key: b.acronym for b in find_bodies(one_section_report("ITU-T delegates met.", "WP 3/11 met."), None)}
    assert found["itu-t-wp3-11"] == "WP 3/11"


@pytest.mark.parametrize(
    "text",
    [
        "The Group reviewed the draft UNESCO Strategic Plan for 2031-2034.",
        "The UN Regional Commissions will hold consultations.",
        "The Chair invited all ITU Members to reply.",
    ],
)
def test_a_body_named_as_an_attribute_is_no_body(text: str) -> None:
    keys = set(_names(text))
    assert not keys & {"itu", "un", "unesco"}


def test_the_same_body_named_as_an_attribute_and_as_an_actor_is_a_body() -> None:
    keys = set(_names("The draft UNESCO Strategic Plan was noted.", "UNESCO presented its report."))
    assert "unesco" in keys


def test_a_department_named_with_its_owner_after_it_is_one_body() -> None:
    found = _names("Ms Ode, Department of Economic and Social Affairs of the United Nations, spoke.")
    assert "un-desa" in found and "un" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "and the" before a region's last word, then the sentence's own complement in lower case
        (
            "We thank the Regional Office for Europe and the Caucasus for its help.",
            "Regional Office for Europe and the Caucasus",
        ),
        ("the Andean Office for Asia and the Pacific for the support", "Andean Office for Asia and the Pacific"),
        # a topic with "against" inside the name
        (
            "The Office of the Special Envoy on Crimes against Journalists replied.",
            "Office of the Special Envoy on Crimes against Journalists",
        ),
        # a short title with its dot inside the name
        ("a lecturer at the University of St. Andrews, who", "University of St. Andrews"),
        ("Ss. Peter and Paul University presented it.", "Ss. Peter and Paul University"),
    ],
)
def test_a_name_keeps_its_last_words(text: str, name: str) -> None:
    assert [n for n, _ in _named_by_form(text)] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "and the" before a capitalised name with its own complement: two bodies
        ("the Ministry of Health and the Commission for Women", ["Ministry of Health", "Commission for Women"]),
        # a sentence's end is no short title
        ("It thanked the Ministry of Health. Mr. Lee spoke.", ["Ministry of Health"]),
    ],
)
def test_a_name_does_not_swallow_its_neighbour(text: str, names: list[str]) -> None:
    assert [n for n, _ in _named_by_form(text)] == names


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        (("ITU-T SG9 sent a liaison statement on cable networks.",), "ITU-T SG9"),
        (("A reply to ITU-R WP 4A was agreed.", "WP 4A will meet in May."), "ITU-R WP 4A"),
        (("ITU-D SG2 approved the report.", "ITU-D Study Group 2 met again."), "ITU-D Study Group 2"),
    ],
)
def test_a_study_group_never_written_in_words_is_named_by_its_short_form_with_its_sector(
    texts: tuple[str, ...], name: str
) -> None:
    assert [b.name for b in find_bodies(one_section_report(*texts), None)] == [name]
