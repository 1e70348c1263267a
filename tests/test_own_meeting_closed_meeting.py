"""The report's own meeting, round 34: the meeting a record says its chair closed (``The Chairman closed the
twenty-fifth meeting of X (Geneva, 9-11 April)``) is the one recorded, over another body's meeting the lead of an
excerpt names (``closed_meeting.closed_meeting``, reader ``closing``, evidence ``closed``). Names, places and dates
are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.body_names import load_body_names
from wsiskg.ingest.extract.closed_meeting import closed_meeting

D = date


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("The Chairman, Ms Edda Thorvaldsen (Norway), closed the thirtieth meeting of TDAG (Geneva, 3-5 May 2031), "
         "thanking the secretariat.", ("tdag", 30, D(2031, 5, 3), D(2031, 5, 5))),
        ("The Chair declared closed the 30th meeting of the Telecommunication Development Advisory Group on 5 May "
         "2031 at 17:40 hours.", ("tdag", 30, D(2031, 5, 5), None)),
        ("Closing of the meeting: Mr Kofi Asante-Mensah (Ghana) concluded the 30th TDAG meeting (Lima, 4 and 5 May "
         "2031) by thanking the host.", ("tdag", 30, D(2031, 5, 4), D(2031, 5, 5))),
    ],
)  # fmt: skip
def test_an_excerpt_whose_closing_names_its_meeting_records_it(closing: str, expected: tuple) -> None:
    report = make_report(
        "of the regional initiatives for the period.",
        "4.3 TDAG noted the liaison from the Council Working Group on Child Online Protection (CWG-COP) and requested "
        "the Director to transmit its views to the 21st meeting of CWG-COP (16 May 2031).",
        "5.1 TDAG agreed to establish a correspondence group on indicators and invited members to contribute by 15 "
        "August 2031.",
        closing,
    )
    assert _meeting(report) == expected


@pytest.mark.parametrize(
    "text",
    [
        # not the object of the closing verb: another body's meeting recalled beside it
        "The Chair recalled that the Board had closed its 40th meeting on 3 May 2031 and closed the session.",
        # still to come
        "The Chair said that she would close the 31st meeting of TDAG on 9 June 2031.",
        # no days right after it
        "The Chairman closed the 30th meeting of TDAG, thanking the participants for their work in May 2031.",
    ],
)
def test_a_meeting_not_said_closed_with_its_days_is_no_closed_meeting(text: str) -> None:
    report = make_report("of the period.", "TDAG agreed to the plan.", text)
    assert closed_meeting(report, load_body_names()) is None


def test_a_closed_meeting_after_the_reports_date_is_another() -> None:
    report = make_report(
        "TDAG-30/12-E",
        "2 May 2031",
        "TDAG agreed to the plan.",
        "The Chairman closed the 30th meeting of TDAG (Geneva, 3-5 May 2031).",
    )
    assert closed_meeting(report, load_body_names()) is None


# round 40: the closing names the meeting by its ordinal alone (a word, a numeral, a Roman numeral), maybe
# ``of the <noun>``: its body is the one the chair's title names (``The Chair of X, Ms A, closed ...``), else the
# body the excerpt is presumed to be about, else the group its noun stands for (``thanked the Board and closed the
# ninth meeting``); its days are in brackets, after ``held`` or after the hour it closed at.
_LEAD = (
    "of the work programme for the period.",
    "3.2 The meeting noted the liaison statement from the Council Working Group on Child Online Protection "
    "(CWG-COP) and asked the secretariat to transmit its views to the 21st meeting of CWG-COP (16 May 2031).",
    "3.3 Members were invited to send contributions by 15 August 2031.",
)


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("The Chair of the Telecommunication Development Advisory Group (TDAG), Ms Edda Thorvaldsen (Norway), closed "
         "the XXXI meeting held in Lima from 4 to 6 May 2031, thanking the host.",
         ("tdag", 31, D(2031, 5, 4), D(2031, 5, 6))),
        ("The Chairman of TDAG, Mr Kofi Asante-Mensah (Ghana), thanked the interpreters and closed the 31st meeting of "
         "the Group (Lima, 4-6 May 2031) at 1720 hours.", ("tdag", 31, D(2031, 5, 4), D(2031, 5, 6))),
        ("The Chairperson of the Telecommunication Development Advisory Group, Dr Ana Ruiz-Moreau (Chile), declared "
         "closed the thirty-first meeting at 1805 hours on Friday, 6 May 2031.", ("tdag", 31, D(2031, 5, 6), None)),
    ],
)  # fmt: skip
def test_a_closing_names_its_meeting_by_ordinal_of_the_chairs_body(closing: str, expected: tuple) -> None:
    assert _meeting(make_report(*_LEAD, closing)) == expected


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("The Chairman, Ms Ilse Vandermeer-Ako (Belgium), thanked the Board and closed the ninth meeting at 1640 hours "
         "on Thursday, 14 March 2030.", ("board", 9, D(2030, 3, 14), None)),
        ("Having thanked the Commission for its work, the Chairperson closed the 12th meeting (Nairobi, 2-3 April "
         "2029).", ("commission", 12, D(2029, 4, 2), D(2029, 4, 3))),
        ("The Chair thanked the members of the Panel and closed its fourth meeting at 12:30 on 8 October 2032.",
         ("panel", 4, D(2032, 10, 8), None)),
    ],
)  # fmt: skip
def test_a_closing_by_an_untitled_chair_is_of_the_group_its_noun_names(closing: str, expected: tuple) -> None:
    assert _meeting(make_report("of the plan for the period.", "The Board noted the figures.", closing)) == expected


@pytest.mark.parametrize(
    ("named", "closing", "expected"),
    [
        ("5.1 The fourth meeting of the Andean Preparatory Group for WRC-31 will be held in Quito from 2 to 5 March "
         "2031.",
         "The Chairman of the Andean Preparatory Group, Mr Luis Quispe-Larsen (Peru), thanked the host and closed the "
         "third meeting of the Group (La Paz, 3–6 November 2030) at 1700 hours.",
         ("andean-preparatory-group-for-wrc-31", 3, D(2030, 11, 3), D(2030, 11, 6))),
        ("The report of the Pacific Coordination Group for PP-30 will be sent to the Council.",
         "The Chair of the Pacific Coordination Group, Ms Mere Tuilagi-Sandberg (Samoa), closed the seventh meeting of "
         "the Group (Suva, 11-12 June 2031) at 1230 hours.",
         ("pacific-coordination-group-for-pp-30", 7, D(2031, 6, 11), D(2031, 6, 12))),
        ("Members of the Sahel Working Group on Rural Broadband were invited to send their case studies by 30 May "
         "2031.",
         "The Chairperson of the Sahel Working Group, Dr Awa Traoré-Holm (Mali), closed the 5th meeting (Niamey, 20-21 "
         "April 2031), thanking the interpreters.",
         ("sahel-working-group-on-rural-broadband", 5, D(2031, 4, 20), D(2031, 4, 21))),
    ],
)  # fmt: skip
def test_a_chair_s_title_naming_a_group_by_the_short_form_of_a_name_the_report_writes(
    named: str, closing: str, expected: tuple
) -> None:
    """An excerpt's chair titled by the group's short form (round 60): the group the report names in full."""
    report = make_report(
        "of the common proposals for the period.",
        "4.2 The Group noted the liaison from TDAG and asked the secretariat to reply by 1 June 2031.",
        named,
        closing,
    )
    assert _meeting(report) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the next meeting, announced while closing this one
        "The Chair of TDAG closed the session and announced that the 32nd meeting would be held on 3 May 2032.",
        # another body's meeting the chair recalled
        "The Chairman of TDAG recalled that the Council had closed the ninth meeting of its group on 3 May 2031.",
        # no days after it in its sentence
        "The Chair of TDAG closed the 31st meeting. The Group met again in Lima on 3 June 2031.",
        # the chair's title names a body outside the catalogue, maybe by a short form of a longer name
        "The Chairman of the Andean Preparatory Group, Mr Luis Quispe-Larsen (Peru), closed the second meeting of the "
        "Group (Quito, 3-4 May 2031).",
    ],
)
def test_an_ordinal_not_closed_with_its_days_is_no_closed_meeting(text: str) -> None:
    report = make_report("of the period.", "TDAG agreed to the plan.", text)
    assert closed_meeting(report, load_body_names()) is None
