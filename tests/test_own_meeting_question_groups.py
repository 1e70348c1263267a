"""A study group's Question is studied, it does not meet (issue 8, round 37; ``presumed_body._group_that_met``): where
a Question is the first group a record names (an agenda item opening an excerpt, ``Question 3/1: ...`` on a header
line), the body the record is of, and so the one that asks (``The meeting invited ...``), is the Question's Rapporteur
Group when the report's document symbols or its header name that group (``RGQ3/1/12``, ``Summary of the Rapporteur
Group meeting``), else the study group the report names. Every name, number, code and sentence is invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import labelled_requests, parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.presumed_body import presumed_meeting_body

_RG_EXCERPT_SYMBOLS = """[...]

2 The Rapporteur, Mr Tomas Brandt (Austria), recalled the terms of reference of Question 6/1 (Spectrum for rural
access) and the work plan agreed by ITU-D Study Group 1.

3 Nine contributions were presented, including Document RGQ6/1/21 from Ghana and Document RGQ6/1/24 from Peru.

4 The meeting invited administrations to send their case studies to the Rapporteur by 30 June 2031.
"""

_RG_HEADER_LINE = """INTERNATIONAL TELECOMMUNICATION UNION
TELECOMMUNICATION DEVELOPMENT BUREAU
ITU-D STUDY GROUP 2, 9th STUDY PERIOD

Question 8/2: Digital inclusion of persons with disabilities and of older persons in rural areas

SOURCE: Rapporteur for Question 8/2
TITLE: Minutes of the Rapporteur Group meeting, Lima, Tuesday, 11 March 2031

1 Opening
The meeting was opened by the Rapporteur, Ms Ana Quispe (Peru).

2 Next steps
Participants were invited to submit proposals for the draft guidelines before the Study Group 2 meeting.
"""

_RG_SYMBOL_HEADER = """Document RGQ2/2/007-E
Question 2/2 (Broadband in remote islands)

Summary

1 Mr Olu Adebayo (Nigeria), Rapporteur for Question 2/2, welcomed the participants.

2 The meeting agreed on its outline and requested BDT to publish the case studies received.
"""

_RG_ITU_T_HEADER = """TELECOMMUNICATION STANDARDIZATION SECTOR
ITU-T STUDY GROUP 12, STUDY PERIOD 2029-2032
Question 6/12: Quality of experience of immersive media and of interactive cloud gaming services

Source: Rapporteur for Question 6/12
Title: Report of the Rapporteur Group meeting, Ottawa, Thursday, 4 September 2031

1 The meeting reviewed four contributions and invited the editors to circulate a revised draft by 1 October 2031.
"""

_SG_EXCERPT = """SG1/REP/9 – 3 –

Question 4/1 (Emergency telecommunications). Ms Lina Haddad (Lebanon), Rapporteur, presented the draft final
report, which was approved. The Study Group thanked the Administration of Chile for its contributions.

Question 7/1 (Smart villages). Mr Karl Weiss (Germany), Co-Rapporteur, reported on the survey. The Study Group
invited Member States to send their replies to BDT by 15 December 2031.

8 Closing
The Chairman thanked the Rapporteurs of ITU-D Study Group 1 and closed the meeting.
"""


@pytest.mark.parametrize(
    ("text", "key", "asker", "whom"),
    [
        (_RG_EXCERPT_SYMBOLS, "rapporteur-group-question-6-1", "Rapporteur Group for Question 6/1", "administrations"),
        (_RG_HEADER_LINE, "rapporteur-group-question-8-2", "Rapporteur Group for Question 8/2", "Participants"),
        (
            _RG_SYMBOL_HEADER,
            "rapporteur-group-question-2-2",
            "Rapporteur Group for Question 2/2",
            "Telecommunication Development Bureau",
        ),
        # ITU-T's rapporteur groups too (decision 3), not the Question
        (_RG_ITU_T_HEADER, "rapporteur-group-question-6-12", "Rapporteur Group for Question 6/12", "the editors"),
    ],
)
def test_a_record_of_a_question_s_rapporteur_group_is_the_group_s(
    tmp_path: Path, text: str, key: str, asker: str, whom: str
) -> None:
    report = parsed_text(tmp_path, text)
    assert presumed_meeting_body(report) == key
    assert (asker, whom) in {(r[1], w) for r in labelled_requests(extract(report)) for w in r[2]}


def test_a_study_group_excerpt_opening_on_a_question_is_the_study_group_s(tmp_path: Path) -> None:
    report = parsed_text(tmp_path, _SG_EXCERPT)
    assert presumed_meeting_body(report) == "itu-d-sg1"
    assert ("ITU-D Study Group 1", "Member States") in {
        (r[1], w) for r in labelled_requests(extract(report)) for w in r[2]
    }


def test_a_question_whose_study_group_is_never_named_stays_the_body(tmp_path: Path) -> None:
    # no Rapporteur Group named and no study group: nothing to stand for the Question
    text = """[...]

2 ITU-D Question 5/3 (Tariffs for satellite links). The Rapporteur, Mr Ivo Petrov (Bulgaria), presented the
work plan of Question 5/3 to BDT and the meeting invited members to comment on it.
"""
    assert presumed_meeting_body(parsed_text(tmp_path, text)) == "itu-d-q5-3"


def test_a_letter_convening_a_rapporteur_group_gets_no_group_added(tmp_path: Path) -> None:
    # a convocation records no meeting: the group it convenes is only its context, no body of its own here
    text = """Circular BDT/SG1/07
Geneva, 2 May 2031

To: ITU-D Member States and Sector Members

Subject: Rapporteur Group meeting for ITU-D Question 3/1, Geneva, 12 June 2031

Dear Sir/Madam,

I have the pleasure to invite you to the Rapporteur Group meeting for Question 3/1, to be held in Geneva on
12 June 2031. Contributions should be sent to BDT by 29 May 2031.

Yours faithfully,
Ana Ruiz
Director
"""
    x = extract(parsed_text(tmp_path, text))
    assert x.meeting is None
    assert "rapporteur-group-question-3-1" not in {b.key for b in x.bodies}


_RG_BRACKETED_QUESTION = """INTERNATIONAL TELECOMMUNICATION UNION
ITU-D STUDY GROUP 2
Question 3/2 (Securing information and communication networks)

Document RGQ3/2/55-E
Summary of the Rapporteur Group meeting, Nairobi, 12-13 May 2032

1 The Rapporteur, Mr Amani Njoroge (Kenya), opened the meeting and presented the agenda.
"""


@pytest.mark.parametrize(
    ("text", "key", "start", "end", "place"),
    [
        (_RG_HEADER_LINE, "rapporteur-group-question-8-2", date(2031, 3, 11), None, "Lima"),
        (_RG_ITU_T_HEADER, "rapporteur-group-question-6-12", date(2031, 9, 4), None, "Ottawa"),
        (_RG_BRACKETED_QUESTION, "rapporteur-group-question-3-2", date(2032, 5, 12), date(2032, 5, 13), "Nairobi"),
    ],
)
def test_a_rapporteur_group_meeting_named_without_its_question_is_of_the_question_above(
    tmp_path: Path, text: str, key: str, start: date, end: date | None, place: str
) -> None:
    # the title line names the group's meeting and dates it; the Question is on a header line above it
    meeting = extract(parsed_text(tmp_path, text)).meeting
    assert meeting is not None
    assert (meeting.body, meeting.start, meeting.end, meeting.place) == (key, start, end, place)


def test_a_rapporteur_group_meeting_with_no_question_above_is_no_group_s(tmp_path: Path) -> None:
    text = """INTERNATIONAL TELECOMMUNICATION UNION
TELECOMMUNICATION DEVELOPMENT BUREAU

Summary of the Rapporteur Group meeting, Nairobi, 12 May 2032

1 The Rapporteur, Mr Amani Njoroge (Kenya), opened the meeting and presented Question 3/2 to the participants.
"""
    meeting = extract(parsed_text(tmp_path, text)).meeting
    assert meeting is None or not meeting.body.startswith("rapporteur-group")


def test_a_study_group_record_under_a_question_line_names_no_rapporteur_group(tmp_path: Path) -> None:
    # the study group written in capitals is found first (round 38); a Question on a header line makes the record
    # its Rapporteur Group's only when the header or the symbols name that group
    text = """TELECOMMUNICATION STANDARDIZATION SECTOR
ITU-T STUDY GROUP 15, STUDY PERIOD 2029-2032
Question 3/15: Coordination of optical access network standards

Source: Chairman, Study Group 15
Title: Report of the plenary meeting of Study Group 15, Geneva, 3-7 March 2031

1 The Study Group approved four draft Recommendations and invited the Questions to review their work plans.
"""
    assert presumed_meeting_body(parsed_text(tmp_path, text)) == "itu-t-sg15"


# ITU-T's temporary documents write the Question short (``Q4/15``) in the title field; the lead may write it out
_TD_SHORT_QUESTION = """INTERNATIONAL TELECOMMUNICATION UNION            SG11-TD305/WP1
TELECOMMUNICATION STANDARDIZATION SECTOR
STUDY PERIOD 2029-2032                           Original: English

Question(s): 4/11                                 Virtual, 9 April 2031

Source:   Rapporteur, Question 4/11
Title:    Report of the Q4/11 rapporteur group {kind} (7-9 April 2031)

1  Opening

{lead} The Rapporteur, Ms Zainab Okafor, welcomed eleven experts. The agenda (TD290/WP1) was adopted.

2  Next steps

The editors were asked to circulate an updated draft by 30 April 2031.
"""


@pytest.mark.parametrize(
    ("kind", "lead", "written"),
    [
        # the lead writes the Question out: the group is named by that first full mention (decision 6)
        (
            "e-meeting",
            "The Question 4/11 rapporteur group met online from 7 to 9 April 2031.",
            "Question 4/11 rapporteur group",
        ),
        # only the short form anywhere: the group as written, short
        ("meeting", "The Q4/11 rapporteur group met by electronic means over three days.", "Q4/11 rapporteur group"),
    ],
)
def test_a_td_s_title_field_with_the_short_question_names_the_rapporteur_group_meeting(
    tmp_path: Path, kind: str, lead: str, written: str
) -> None:
    x = extract(parsed_text(tmp_path, _TD_SHORT_QUESTION.format(kind=kind, lead=lead)))
    assert x.meeting is not None
    assert (x.meeting.body, x.meeting.start, x.meeting.end) == (
        "rapporteur-group-question-4-11",
        date(2031, 4, 7),
        date(2031, 4, 9),
    )
    assert written in {b.name for b in x.bodies if b.key == x.meeting.body}


def test_a_quarter_of_a_year_is_no_short_question(tmp_path: Path) -> None:
    # ``Q3/31`` before a group noun that is no rapporteur group's is a quarter, no Question
    text = """Working Party on Tariffs

Summary of the meeting, Lima, 4-5 June 2031

1 The Working Party reviewed the Q3/31 report of the regional group and closed the meeting.
"""
    meeting = extract(parsed_text(tmp_path, text)).meeting
    assert meeting is None or not meeting.body.startswith("rapporteur-group")
