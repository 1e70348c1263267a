"""A unit any body may have (generic words and a body's head: ``Management Team``, ``Steering Committee``,
``body-generic-words.csv``) is the body that met, named with its owner (decision 3, the body that met; decision 45,
as the header writes it; decision 6, its first full mention; round 58): on a header line right under its owner's line
(:func:`wsiskg.ingest.extract.meeting_parts.header_parts`), or right after the owner's name in the sentence that
states the meeting or the record's title (:func:`wsiskg.ingest.extract.meeting_body_owner.unit_in_lead`). Names,
bodies and dates are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import make_report, meeting_named, parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.meeting_body_owner import unit_in_lead
from wsiskg.ingest.records import Meeting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a study group's line over its unit's line, the day in the title
            "Minutes of the online meeting held on 9 February 2032\nITU-T Study Group 11\nManagement Team\n"
            "Document SG11/MT/2032/2\n\n"
            "1 Opening. The Chair of Study Group 11 opened the meeting at 14:00 Geneva time.\n\n"
            "2 Work plan. The management team asked the Rapporteurs to post their drafts by 1 March 2032.\n",
            ("itu-t-study-group-11-management-team", "ITU-T Study Group 11 Management Team"),
        ),
        (  # a catalogue body's line over its steering committee's line, a dateline under them
            "TSAG\nSteering Committee\nGeneva, 14 May 2031\n\n"
            "1. The meeting was opened by the Chairman at 10:00.\n\n"
            "2. The committee invited the vice-chairmen to review the draft agenda by 30 May 2031.\n",
            ("tsag-steering-committee", "TSAG Steering Committee"),
        ),
    ],
)  # fmt: skip
def test_a_unit_under_its_owners_header_line(tmp_path: Path, text: str, expected: tuple) -> None:
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and (found[0], found[3]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the lead's ordinal statement names the unit after the study group, in lower case
            "STUDY GROUP 9 – TD 412 (GEN/9)\nSource: Chairman, ITU-T Study Group 9\n"
            "Title: Minutes of the SG9 management team meeting, Geneva, 3 April 2030\n\n"
            "1 Opening. The fourth meeting of the ITU-T Study Group 9 management team in this study period was held "
            "at ITU headquarters on Wednesday 3 April 2030, the day before the SG9 meeting of 4-12 April 2030.\n\n"
            "2 Work programme. The management team invited the TSB to publish the work programme by 1 May 2030.\n",
            ("itu-t-study-group-9-management-team", 4, "2030-04-03"),
        ),
        (  # a catalogue body's executive committee, named in capitals in the lead
            "Asia-Pacific Telecommunity\nRecord of the meeting\nBangkok, 12 June 2031\n\n"
            "1. The 38th session of the APT Management Committee was held in Bangkok on 12 June 2031.\n",
            ("apt-management-committee", 38, "2031-06-12"),
        ),
    ],
)  # fmt: skip
def test_a_unit_the_lead_names_after_its_owner(tmp_path: Path, text: str, expected: tuple) -> None:
    x = extract(parsed_text(tmp_path, text))
    assert x.meeting is not None
    assert (x.meeting.body, x.meeting.number, str(x.meeting.start)) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("The fifth meeting of the TSAG management team was held on 2 May 2031.", "tsag-management-team"),
        ("Minutes of the fifth meeting of TSAG, held on 2 May 2031.", "tsag"),  # no unit
        ("The fifth meeting of the TSAG Steering Committee on Spectrum was held.", "tsag"),  # a name of its own
        ("The TSAG management team met on the eve of the fifth meeting of TSAG.", "tsag"),  # not the meeting of
    ],
)  # fmt: skip
def test_unit_in_lead(lead: str, expected: str) -> None:
    report = make_report("TSAG", lead)
    meeting = Meeting("tsag", paragraphs=(2,))
    assert unit_in_lead(report, frozenset({"TSAG"}), meeting).body == expected
