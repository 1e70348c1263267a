"""The own meeting's body named after its owner (:mod:`.meeting_owner_first`, decisions 3 and 45): an organ of a known
body (``Management Team``, ``Steering Committee``, ``Coordination Team``) that the header writes on the line under the
owner's name, or that the sentence stating the meeting writes right after it, is the body that met, named in full;
its requests are the organ's, and the organ's words alone are its short form. Names, bodies and dates are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import make_report, meeting_named, parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.meeting_owner_first import broken_name, organ_short_forms
from wsiskg.ingest.records import Body, Meeting

_BROKEN = (
    "Minutes of the online meeting held on 3 February 2031\n"
    "ITU-R Study Group 5\n"
    "Management Team\n\n"
    "1 Opening. The Chair of the study group, Ms Orla Brennan (Ireland), opened the meeting at 14:00.\n\n"
    "2 Work plan. The management team invited the Rapporteurs to post their draft texts by 1 March 2031.\n"
)

_STATED = (
    "Minutes of the coordination team meeting, Geneva, 9 October 2030\n\n"
    "1 Opening. The fourth meeting of the ITU-R Study Group 5 coordination team was held in Geneva on "
    "Wednesday 9 October 2030. The Chair, Mr Tomas Lindahl (Sweden), presided.\n\n"
    "2 Liaisons. The coordination team invited the Bureau to circulate the liaison statements by 30 October 2030.\n"
)


def test_an_organ_on_the_line_under_its_owner_is_the_body_that_met(tmp_path: Path) -> None:
    x = extract(parsed_text(tmp_path, _BROKEN))
    found = meeting_named(parsed_text(tmp_path, _BROKEN))
    assert found is not None
    assert (found[0], found[3]) == ("itu-r-study-group-5-management-team", "ITU-R Study Group 5 Management Team")
    # the organ's words alone are its short form: one body, and its requests carry the full name
    assert not any(b.name == "Management Team" for b in x.bodies)
    assert {r.requester.label for r in x.requests if r.requester.kind == "body"} == {
        "ITU-R Study Group 5 Management Team"
    }


def test_an_organ_the_statement_names_after_its_owner_is_the_body_that_met(tmp_path: Path) -> None:
    found = meeting_named(parsed_text(tmp_path, _STATED))
    assert found is not None
    assert found[:2] == ("itu-r-study-group-5-coordination-team", 4)
    assert found[3] == "ITU-R Study Group 5 coordination team"


@pytest.mark.parametrize(
    "text",
    [
        # the owner's meeting: no organ's words after its name
        "Summary of the meeting\n\n1 The fourth meeting of ITU-R Study Group 5 was held in Geneva on Wednesday 9 "
        "October 2030. The Chair, Mr Tomas Lindahl (Sweden), presided.\n",
        # organ words after the owner in a paragraph that does not state the meeting
        "Summary of the meeting\n\n1 The fourth meeting of ITU-R Study Group 5 was held in Geneva on Wednesday 9 "
        "October 2030.\n\n2 The ITU-R Study Group 5 management team will meet again in March.\n",
    ],
)
def test_the_owners_own_meeting_stays_the_owners(tmp_path: Path, text: str) -> None:
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None
    assert "team" not in found[0]


def test_an_organ_under_a_line_that_is_no_body_keeps_its_words() -> None:
    report = make_report("Minutes", "Management Team", "1 The team met on 3 May 2031.", title="Summary")
    assert broken_name(report, "minutes-management-team") is None
    report = make_report("ITU-R Study Group 5", "Management Team", title="Minutes")
    assert broken_name(report, "itu-r-study-group-5-management-team") == "ITU-R Study Group 5 Management Team"


def test_only_an_organs_words_alone_are_a_short_form() -> None:
    own = Body("itu-r-study-group-5-management-team", "ITU-R Study Group 5 Management Team")
    short, other = Body("management-team", "Management Team"), Body("study-group-5", "Study Group 5")
    meeting = Meeting("itu-r-study-group-5-management-team")
    assert organ_short_forms(meeting, (own, short, other)) == {"management-team": own.key}
    assert organ_short_forms(Meeting("management-team"), (short, other)) == {}


def test_an_organ_before_its_owner_is_a_short_form_too() -> None:
    own = Body("management-committee-of-the-pacific-data-union", "Management Committee of the Pacific Data Union")
    short, other = Body("management-committee", "Management Committee"), Body("budget-committee", "Budget Committee")
    assert organ_short_forms(Meeting(own.key), (own, short, other)) == {"management-committee": own.key}
    # an organ of another owner is no short form of the body that met
    elsewhere = Body("management-committee-of-the-reef-forum", "Management Committee of the Reef Forum")
    assert organ_short_forms(Meeting("budget-committee"), (elsewhere, short, other)) == {}
