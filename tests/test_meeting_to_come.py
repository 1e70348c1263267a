"""A meeting that a clause says something is still to be done at or for (``invited the subgroup to report to
the seventh meeting of X``, ``agreed to hold its final meeting during the XXV Meeting of Y``: an infinitive of
holding, convening, reporting or submitting before it, ``meeting_words.csv`` role ``goes-to``), or that a modal of
the future governs (``would convene the first meeting of X``, ``modals.csv``), is a meeting to come, never the
report's own (:func:`.meeting.another_meeting`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text

from wsiskg.ingest.extract.meeting import another_meeting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EGH – Ninth meeting, Lisbon, 3–5 June 2031 – Report (extract, paragraphs 4 to 9)\n\n"
         "4. The Chair, Ms Ilse Vandoorne (Belgium), invited the task team to report to the tenth meeting of EGH "
         "on its survey of household data.\n",
         ("egh", 9, date(2031, 6, 3), date(2031, 6, 5))),
        ("CWG-FHR – Thirtieth meeting, Geneva, 11–12 March 2032 – Report (extract)\n\n"
         "1. The Group agreed to submit to the thirty-first meeting of CWG-FHR a revised plan for its budget review.\n",
         ("cwg-fhr", 30, date(2032, 3, 11), date(2032, 3, 12))),
        ("TDAG – 40th meeting, Geneva, 20–22 October 2033 – Summary (extract)\n\n"
         "1. The members agreed to hold the 41st meeting of TDAG during the 12th Meeting of the Assembly.\n",
         ("tdag", 40, date(2033, 10, 20), date(2033, 10, 22))),
    ],
)  # fmt: skip
def test_a_meeting_something_is_still_to_be_done_at_is_not_the_reports(
    tmp_path: Path, text: str, expected: tuple[str, int, date, date]
) -> None:
    assert meeting_parts(parsed_text(tmp_path, text)) == expected


@pytest.mark.parametrize(
    ("text", "meeting", "expected"),
    [
        ("The Group agreed to hold its final meeting during the XXV Meeting of the Committee.", "XXV Meeting", True),
        ("Members were invited to present to the 12th meeting of the Forum their national plans.", "12th meeting",
         True),
        ("The Panel decided to convene the second meeting of the Panel in Dakar.", "second meeting", True),
        ("The 12th meeting of the Forum was held to review national plans.", "12th meeting", False),
        ("At its 3rd meeting, the Council agreed to hold a debate on tariffs.", "3rd meeting", False),
        # a modal of the future that governs the meeting (``would convene``, ``will be organized ... at``); a modal in
        # an earlier part of the sentence, a comma or a verb in the past between, does not reach it
        ("The representative of UNEP recalled that the Secretary-General would convene the first meeting of the "
         "Forum in 2032, in Nairobi.", "first meeting", True),
        ("A closing workshop on satellite links will be organized on 4 March 2031 at the Study Group 4 meeting.",
         "Study Group 4 meeting", True),
        ("The Bureau shall not present the accounts before the 9th meeting of the Board.", "9th meeting", True),
        ("He said that the next meeting would be held in Quito, and closed the fourth meeting of the Group.",
         "fourth meeting", False),
        ("The experts who will draft the survey attended the 6th meeting of the Panel.", "6th meeting", False),
        ("The fifth meeting of the Group was held in Lima on 4 May 2031.", "fifth meeting", False),
    ],
)  # fmt: skip
def test_an_infinitive_of_holding_or_a_verb_of_the_future_before_a_meeting_makes_it_one_to_come(
    text: str, meeting: str, expected: bool
) -> None:
    start = text.index(meeting)
    assert another_meeting(text, (start, start + len(meeting))) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Focus Group on Quantum Sensing (FG-QS)\nMeeting report, e-meeting, 7-9 May 2031\n\n"
         "1 The Focus Group approved its final deliverables.\n\n"
         "2 A closing workshop will be organized on 12 June 2031 at the Study Group 13 meeting.\n",
         ("fg-qs", None, date(2031, 5, 7), date(2031, 5, 9))),
        ("WORLD FORUM ON RURAL CONNECTIVITY\nSUMMARY RECORD OF THE THIRD PLENARY MEETING\n"
         "Friday, 14 May 2032, at 1000 hours\n\n"
         "1 The representative of UNESCO recalled that the Secretary-General would convene the first meeting of "
         "the Internet Governance Forum in 2033, in Athens.\n",
         None),
    ],
)  # fmt: skip
def test_a_meeting_a_future_verb_governs_is_not_the_report_s(
    tmp_path: Path, text: str, expected: tuple[str, int | None, date, date] | None
) -> None:
    found = meeting_parts(parsed_text(tmp_path, text))
    if expected is None:  # whatever is read, not the meeting to be convened
        assert found is None or found[0] != "igf"
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "meeting", "expected"),
    [
        ("The Coordinator is instructed to present the regional proposals on behalf of the group at the second "
         "plenary meeting of the Assembly.", "second plenary meeting", True),
        ("The Bureau invited Members to submit written contributions to the 14th meeting of the Board.",
         "14th meeting", True),
        ("The draft report is to be presented by the Rapporteur at the sixth meeting of the Panel.", "sixth meeting",
         True),
        # the meeting is what the object is about, not where it goes
        ("The Chair was asked to present the outcome of the fifth meeting to the Council.", "fifth meeting", False),
        ("The secretariat was requested to report on the results of the 3rd meeting of the Forum.", "3rd meeting",
         False),
    ],
)  # fmt: skip
def test_a_meeting_an_infinitive_sends_its_object_to_is_one_to_come(text: str, meeting: str, expected: bool) -> None:
    """``to present X at``, ``to submit X to`` right before the meeting: the verbs that go ``to`` a meeting (role
    ``goes-to``) with their object between (:func:`.other_meetings._goes_to_with_object`)."""
    start = text.index(meeting)
    assert another_meeting(text, (start, start + len(meeting))) is expected
