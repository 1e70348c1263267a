"""The report's own meeting of an organisation's organ: an organisation of the catalogue never
meets as a whole; the preparatory meeting, working group or conference its acronym or name heads in the front
is the body that met (``APT`` read for ``Second APT Preparatory Meeting for X``, ``RCC`` for ``RCC Working
Group on Y``). Not the organisation's staff nor a record's title. The names, bodies and dates are invented."""

from __future__ import annotations

import pytest
from extract_support import make_report, meeting_body, meeting_parts

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.meeting_parts import front_organs


def _lead(subject: str) -> str:
    return f"{subject} was held from 14 to 16 October 2031. It was chaired by Mr Tomasz Wierzbicki (Poland)."


@pytest.mark.parametrize(
    ("lines", "title", "name", "acronym", "number"),
    [
        (  # an ordinal, the organ's acronym in brackets, a dateline run into the line (a PDF's layout)
            (
                "ASIA-PACIFIC TELECOMMUNITY The Fourth APT Preparatory Meeting for WRC-31 (APG31-4) "
                "Suva, Fiji, 14-16 October 2031",
            ),
            "REPORT OF THE MEETING",
            "APT Preparatory Meeting for WRC-31",
            "APG31-4",
            4,
        ),
        (  # the organisation's name on its own line above the organ's
            ("AFRICAN TELECOMMUNICATIONS UNION", "ATU Preparatory Meeting for the Plenipotentiary Conference"),
            "Summary record",
            "ATU Preparatory Meeting for the Plenipotentiary Conference",
            None,
            None,
        ),
        (  # a working group named in the title, the number on the line under it
            ("Regional Commonwealth in the Field of Communications", "Third meeting, Tashkent, 14–16 October 2031"),
            "Report of the meeting of the RCC Working Group on Spectrum Matters",
            "RCC Working Group on Spectrum Matters",
            None,
            3,
        ),
    ],
)
def test_an_organisations_organ_met_not_the_organisation(
    lines: tuple[str, ...], title: str, name: str, acronym: str | None, number: int | None
) -> None:
    report = make_report(*lines, _lead("The meeting"), "The meeting adopted its report.", title=title)
    x = extract(report)
    body = meeting_body(x)
    assert body is not None and (body.name, body.acronym) == (name, acronym)
    assert x.meeting is not None and x.meeting.number == number


def test_a_part_of_an_organisations_yearly_session_keeps_no_session_number() -> None:
    """``IGF 2031 Dynamic Coalition Meeting on X``: the session's number is the IGF's, not the coalition's."""
    report = make_report(
        "IGF 2031, Oslo, 10–14 November 2031",
        "The twenty-sixth Internet Governance Forum was held in Oslo from 10 to 14 November 2031.",
        title="IGF 2031 Dynamic Coalition Meeting on Open Standards",
    )
    organs = front_organs(report)
    assert [(o.owner, o.body.name, o.in_session) for o in organs] == [
        ("igf", "Dynamic Coalition Meeting on Open Standards", True)
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Prepared by the IGF Secretariat",  # the organisation's staff
        "APT Report on the Regional Preparations",  # a record's title
        "ATU Member States",  # no organ's head noun
        "CEPT Com-ITU",  # a group's acronym only: no head noun read
    ],
)
def test_no_organ_in_a_line_of_staff_a_title_or_members(line: str) -> None:
    assert front_organs(make_report(line, _lead("The meeting"), title="Summary")) == []


def test_the_organisations_own_meeting_stays_when_no_organ_is_named() -> None:
    report = make_report(
        "SIXTH INTERNET GOVERNANCE FORUM",
        "Nairobi, Kenya, 27–30 September 2031",
        _lead("The sixth Internet Governance Forum"),
        title="SIXTH INTERNET GOVERNANCE FORUM",
    )
    found = meeting_parts(report)
    assert found is not None and found[0] == "igf"


# ------------------------------------------------------------------ a committee's meeting, not its conference's
@pytest.mark.parametrize(
    ("line", "key", "number"),
    [
        (  # a PDF's layout ran the header's lines into one
            "WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-30) Kigali, 3-14 June 2030 COMMITTEE 3 "
            "Document 77-E 8 June 2030 Original: English SUMMARY RECORD OF THE FOURTH MEETING OF COMMITTEE 3 "
            "(BUDGET CONTROL)",
            "committee-3",
            4,
        ),
        (
            "Plenipotentiary Conference (PP-30) Doha, 2-20 October 2030 Document 212-E Summary record of the "
            "seventh meeting of Committee 5 (Policy and Legal Matters) Monday, 14 October 2030, at 0930 hours",
            "committee-5",
            7,
        ),
    ],
)
def test_the_committee_a_header_names_by_the_meetings_ordinal_met(line: str, key: str, number: int) -> None:
    report = make_report(
        "Thursday, 10 October 2030, at 0930 hours",
        "WTDC30/77-E",
        line,
        "Chairman: Mr Ilkka Rautavaara (Finland)",
        "The Chairman opened the meeting and introduced Document 61, which the meeting approved.",
        title="Thursday, 10 October 2030, at 0930 hours",
    )
    found = meeting_parts(report)
    assert found is not None and found[:2] == (key, number)


def test_a_conferences_plenary_meeting_stays_the_conferences() -> None:
    line = (
        "WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-30) Kigali, 3-14 June 2030 Document 91-E "
        "MINUTES OF THE FIFTH PLENARY MEETING Tuesday, 11 June 2030, at 1430 hours"
    )
    report = make_report(
        "Tuesday, 11 June 2030, at 1430 hours",
        "WTDC30/91-E",
        line,
        "The meeting approved the report of Committee 3 (Document 88).",
        "The meeting rose at 1700 hours.",
        title="Tuesday, 11 June 2030, at 1430 hours",
    )
    found = meeting_parts(report)
    assert found is not None and not found[0].startswith("committee")


@pytest.mark.parametrize(
    "title", ["Internet Governance Forum — Inaugural Meeting", "ATU Annual Session", "APT Fifth Extraordinary Meeting"]
)
def test_the_organisations_own_meeting_named_after_it_is_no_organ(title: str) -> None:
    assert front_organs(make_report(title, _lead("The meeting"), title=title)) == []


@pytest.mark.parametrize(
    ("title", "conference", "line", "key"),
    [
        (
            "SUMMARY RECORD OF THE FIFTH MEETING",
            "WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-30)",
            "COMMITTEE 4 (WORKING METHODS AND PROGRAMMES)",
            "committee-4",
        ),
        (
            "Minutes of the fifth meeting",
            "World Telecommunication Standardization Assembly (WTSA-32)",
            "Committee 3 (Budget Control)",
            "committee-3",
        ),
    ],
)
def test_the_committee_under_a_title_of_the_ordinal_only_met(title: str, conference: str, line: str, key: str) -> None:
    report = make_report(
        title,
        conference,
        "Kigali, 3–14 June 2030",
        "Document 76-E",
        "9 June 2030",
        line,
        "Chairman: Mr Ilkka Rautavaara (Finland)",
        "The Chairman opened the meeting at 0930 hours and invited the meeting to consider Document 61, which "
        "the meeting approved after a short discussion.",
        title=title,
    )
    found = meeting_parts(report)
    assert found is not None and found[:2] == (key, 5)


# ------------------------------------------------------------------ a group's own group
@pytest.mark.parametrize(
    ("owner", "name"),
    [
        ("TDAG", "TDAG Working Group on Strategic Planning Tools"),
        ("TSAG", "TSAG Rapporteur Group on Standardization Strategy"),
    ],
)
def test_a_group_a_catalogue_group_heads_met_not_the_catalogue_group(owner: str, name: str) -> None:
    """The title's document symbol names the catalogue group; the header line names its group that met."""
    title = f"Report of the meeting held in Geneva, 14 October 2031 ({owner} TD 412)"
    line = name
    report = make_report(
        title,
        line,
        "The group met on Tuesday, 14 October 2031, under the chairmanship of Ms Kalinda Marsh (Australia), and "
        "reviewed six contributions on the structure of the work programme.",
        title=title,
    )
    body = meeting_body(extract(report))
    assert body is not None and body.name == name


# ------------------------------------------------------------------ another organisation's organ by a catalogue word
@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (
            (
                "REGIONAL COMMONWEALTH IN THE FIELD OF COMMUNICATIONS",
                "DECISION SUMMARY",
                "of the 31st meeting of the Council of the RCC",
                "Tashkent, 4–5 May 2031",
            ),
            "Council of the RCC",
        ),
        (
            (
                "Minutes of the twelfth meeting of the Council of the African Telecommunications Union",
                "Nairobi, Kenya, 4-5 May 2031",
            ),
            "Council of the African Telecommunications Union",
        ),
    ],
)
def test_a_regional_organisations_council_is_its_own_not_the_itu_council(lines: tuple[str, ...], name: str) -> None:
    report = make_report(
        *lines,
        "The Council decided to approve the common position of the Administrations for the Plenipotentiary "
        "Conference and to hold its next meeting in Almaty in October 2031.",
        title=lines[0],
    )
    body = meeting_body(extract(report))
    assert body is not None and body.name == name


def test_the_council_of_the_union_stays_the_itu_council() -> None:
    title = "Summary record of the fifth plenary meeting of the Council of the Union"
    report = make_report(
        title,
        "Geneva, 14 June 2031",
        "The Council approved the report of the Council Working Group on Financial and Human Resources and "
        "decided to transmit it to the Plenipotentiary Conference.",
        title=title,
    )
    found = meeting_parts(report)
    assert found is not None and found[0] == "itu-council"
