"""A parenthesised title that belongs to a body's name (annotation guide, decision 6), and the
report's own meeting body named without it (decision 3). Invented examples."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import one_section_report, parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.bodies import find_bodies, untitled, untitled_meeting_body
from wsiskg.ingest.extract.body_titles import is_title, title_after
from wsiskg.ingest.records import Body


def _names(*texts: str) -> dict[str, str]:
    return {b.key: b.name for b in find_bodies(one_section_report(*texts), None)}


@pytest.mark.parametrize(
    "title", ["Finance and Audit", "Editorial", "Working Methods of ITU-D", "Spectrum sharing, bands above 6 GHz"]
)
def test_a_title_reads_as_a_title(title: str) -> None:
    assert is_title(title)


@pytest.mark.parametrize(
    "bracket",
    [
        "Document 112",  # a document
        "TD 88 Rev.2",
        "DT/14",
        "see Annex 3",  # a cross-reference
        "Nairobi, 3-7 May 2027",  # a place and a date
        "June 2026",
        "Paraguay",  # a country
        "Mongolia, Vice-Chairman",
        "PCC.II",  # an acronym
        "COM7",
        "Ms Ilse Varga",  # a person
        "Chairman: Mr Omondi",  # a note
        "formerly Study Group 9",
        "the plenary",  # no capital
    ],
)
def test_other_brackets_are_no_title(bracket: str) -> None:
    assert not is_title(bracket)


def test_title_after_reads_the_bracket_right_after_the_name_on_its_line() -> None:
    text = "Committee 7 (Budget Review) met; Committee 8\n(Budget Review) did not; Committee 1 (Budget\nReview)."
    assert title_after(text, text.index(" (Budget")) == "Budget Review"
    assert title_after(text, text.index("\n(")) is None
    assert title_after(text, text.index(" met")) is None
    assert title_after(text, text.index(" (Budget\n")) == "Budget Review"  # a line broken inside the bracket


@pytest.mark.parametrize(
    ("texts", "key", "name"),
    [
        # a numbered committee named with its title at its first mention that has one
        (
            ("Committee 6 met.", "The report of Committee 6 (Finance and Audit) was approved."),
            "committee-6",
            "Committee 6 (Finance and Audit)",
        ),  # fmt: skip
        (
            ("Working Group 3C (Satellite matters) met twice.",),
            "working-group-3c",
            "Working Group 3C (Satellite matters)",
        ),
        # a document or a delegation in brackets is no title
        (("Committee 2 (Document 31) was noted.",), "committee-2", "Committee 2"),
        (("Sub-Committee 1 (Kenya) spoke.",), "sub-committee-1", "Sub-Committee 1"),
        # a study group in words with its title; the sector written elsewhere in the report
        (
            ("ITU-R experts met.", "Study Group 7 (Science services) approved two texts."),
            "itu-r-sg7",
            "Study Group 7 (Science services)",
        ),  # fmt: skip
        (
            ("ITU-T Study Group 20 (IoT and smart cities) met.",),
            "itu-t-sg20",
            "ITU-T Study Group 20 (IoT and smart cities)",
        ),
        # a short form's bracket is its gloss, not the group's title
        (("ITU-T experts met.", "SG 12 (quality) agreed."), "itu-t-sg12", "ITU-T Study Group 12"),
    ],
)
def test_a_numbered_body_keeps_its_title(texts: tuple[str, ...], key: str, name: str) -> None:
    assert _names(*texts)[key] == name


def test_the_title_does_not_hide_later_mentions_of_the_number_alone() -> None:
    report = one_section_report("Committee 9 (Legal Matters) met.", "Committee 9 approved Document 4.")
    body = next(b for b in find_bodies(report, None) if b.key == "committee-9")
    assert len(body.paragraphs) == 2


def test_the_meeting_body_is_named_without_its_title() -> None:
    bodies = (
        Body("committee-4", "Committee 4 (Editorial)", None, "organization", None, (1,)),
        Body("committee-5", "Committee 5 (Policy Matters)", None, "organization", None, (2,)),
        Body("fma", "Foundation for Media Alternatives (Asia)", None, "organization", None, (2,)),
    )
    names = [b.name for b in untitled_meeting_body(bodies, "committee-4")]
    assert names == ["Committee 4", "Committee 5 (Policy Matters)", "Foundation for Media Alternatives (Asia)"]


def test_untitled_drops_only_a_title() -> None:
    assert untitled("Committee 5 (Policy Matters)") == "Committee 5"
    assert untitled("Committee 2 (Document 12)") == "Committee 2 (Document 12)"
    assert untitled("Committee 5") == "Committee 5"


def test_the_meeting_body_with_a_title_is_still_the_committee_of_its_report() -> None:
    from wsiskg.ingest.extract.requests import _own_head

    pattern = _own_head("Committee 8 (Finance and Audit)")
    assert pattern is not None and pattern.match("The Committee invited the Director.")


def test_a_numbered_group_keeps_its_topic_in_lower_case_and_its_number_is_its_short_form() -> None:
    found = {
        b.name: b.paragraphs
        for b in find_bodies(
            one_section_report(
                "Sub-group 3 reported first.",
                "Sub-group 3 on fixed broadband prices, chaired by Ms Lind (Sweden), presented its work.",
                "Sub-group 4 met; Subgroup 5 on Spectrum did not.",
            ),
            None,
        )
    }
    assert found["Sub-group 3 on fixed broadband prices"] == (1, 2)
    assert "Sub-group 3" not in found and "Sub-group 4" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "and a Joint Coordination Activity on network security met in May.",
            "Joint Coordination Activity on network security",
        ),
        (
            "the Joint Coordination Activity on Digital Health (JCA-DH) reported.",
            "Joint Coordination Activity on Digital Health",
        ),
    ],
)
def test_a_joint_coordination_activity_is_a_group(text: str, name: str) -> None:
    assert name in [b.name for b in find_bodies(one_section_report(text), None)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the studies of Joint Task Group 3-4-7 are relevant", "Joint Task Group 3-4-7"),
        ("ITU-R Task Group 4/2 met in Geneva", "ITU-R Task Group 4/2"),
        ("the Chairman of Working Group 6C reported", "Working Group 6C"),
    ],
)
def test_task_groups_and_conference_working_groups_are_numbered_bodies(text: str, name: str) -> None:
    assert name in _names(text).values()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ad Hoc Group 7/3 met twice during the week", "Ad Hoc Group 7/3"),
        ("the text drafted by Rapporteur Group 13/4 was noted", "Rapporteur Group 13/4"),
        ("Drafting Group 2C held one session", "Drafting Group 2C"),
        ("the report of Correspondence Group 6-1 was approved", "Correspondence Group 6-1"),
    ],
)
def test_a_group_of_any_name_keeps_its_parents_number(text: str, name: str) -> None:
    """A group named with its parent's number after its noun (``Ad Hoc Group 7/3``): the whole designation."""
    assert name in _names(text).values()


def test_a_group_with_a_plain_number_and_no_designation_is_not_numbered_here() -> None:
    assert "Regional Group 3" not in _names("The Regional Group 3 delegates met.").values()


def test_a_committee_number_glued_to_another_number_is_no_body() -> None:
    assert "Committee 7-3" not in _names("See Document Committee 7-3 for it.").values()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Committee 3 - Working Methods", "Committee 3"),  # a numbered body's title after a spaced dash
        ("Committee 6 – Finance and Audit", "Committee 6"),
        ("Working Party 4C - Spectrum Sharing", "Working Party 4C"),
        ("Committee 2 - Document 12", "Committee 2 - Document 12"),  # a reference, no title
        ("Regional Forum - Andes", "Regional Forum - Andes"),  # no number before the dash
    ],
)
def test_untitled_drops_a_numbered_bodys_title_after_a_dash(name: str, expected: str) -> None:
    assert untitled(name) == expected


def test_the_own_committee_named_with_a_dashed_title_asks_as_the_committee(tmp_path: Path) -> None:
    text = (
        "WORLD RADIO POLICY CONFERENCE (WRPC-33)\nLisbon, 6-17 June 2033\n\nCOMMITTEE 4 - EDITORIAL\n\n"
        "SUMMARY RECORD OF THE SECOND MEETING\n\nWednesday 8 June 2033, at 1430 hours\n\n"
        "1. The Chairman opened the meeting.\n\n"
        "2. The Committee invited the secretariat to align the texts of the draft resolutions.\n"
    )
    x = extract(parsed_text(tmp_path, text))
    names = {b.key: b.name for b in x.bodies}
    assert x.meeting is not None and names[x.meeting.body] == "Committee 4"
    assert {r.requester.label for r in x.requests} == {"Committee 4"}
