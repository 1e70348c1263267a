"""A meeting the title names by its kind that no dateline dates, dated by the lead sentence that
says it was held (reader ``titled-held``: ``meeting_heading.titled_held_meeting``,
``meeting.lead_held_meeting``): ``Expert Group Meeting on X`` over ``The experts met ... from 8 to
10 March``; not a meeting a sentence says is still to be held."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.keys import slug


@pytest.mark.parametrize(
    ("title", "lead", "start", "end"),
    [
        ("Expert Group Meeting on Rural Broadband Financing",
         "The experts met at the Kenyatta Conference Centre from Monday 8 to Wednesday 10 March 2032.",
         date(2032, 3, 8), date(2032, 3, 10)),
        ("Regional Expert Group Meeting on Satellite Orbit Coordination",
         "On 4-5 October 2030 the Regional Office for Europe convened, in Sofia, Bulgaria, a regional "
         "expert group meeting on satellite orbit coordination.",
         date(2030, 10, 4), date(2030, 10, 5)),
        ("Subregional Workshop on Emergency Telecommunications",
         "The workshop was held in Suva, Fiji, on 17 and 18 August 2029 with 40 participants.",
         date(2029, 8, 17), date(2029, 8, 18)),
    ],
)  # fmt: skip
def test_a_titles_meeting_is_dated_by_the_lead_sentence_that_says_it_was_held(
    title: str, lead: str, start: date, end: date
) -> None:
    report = make_report(
        "REPORT OF THE MEETING",
        lead,
        "Ms Ines Varga (Hungary) was elected Chair of the meeting.",
        "The participants agreed on a set of recommendations to the Telecommunication Development Bureau.",
        title=title,
    )
    assert _meeting(report) == (slug(title), None, start, end)


def test_another_meeting_still_to_be_held_does_not_date_the_titles_meeting() -> None:
    report = make_report(
        "REPORT OF THE MEETING",
        "The participants prepared for the regional forum to be held in Accra from 3 to 5 June 2031.",
        "The participants agreed on a set of recommendations to the Telecommunication Development Bureau.",
        title="Expert Group Meeting on Spectrum Pricing",
    )
    found = _meeting(report)
    assert found is None or found[2] != date(2031, 6, 3)


# ------------------------------------------------------------------ a committee named in title case above the record
@pytest.mark.parametrize(
    ("session", "committee", "ordinal", "sitting", "number", "day"),
    [
        ("Council 2034", "Standing Committee on Staff and Pensions",
         "SUMMARY RECORD OF THE THIRD MEETING", "Tuesday 6 June 2034, at 0935 hours", 3, date(2034, 6, 6)),
        ("Council 2037", "Standing Committee on Finance and Audit",
         "SUMMARY RECORD OF THE SIXTH MEETING", "Friday 12 June 2037, at 1430 hours", 6, date(2037, 6, 12)),
    ],
)  # fmt: skip
def test_a_committee_line_in_title_case_over_a_records_ordinal_is_the_body_that_met(
    session: str, committee: str, ordinal: str, sitting: str, number: int, day: date
) -> None:
    report = make_report(
        session,
        f"Document C{str(day.year)[2:]}/90-E",
        committee,
        sitting,
        "Chairman: Mr Pavel Dvorak (Czech Republic)",
        "1 Financial operating report (Document C34/41)",
        "1.1 The Committee agreed to recommend that the Council take note of the document.",
        title=ordinal,
    )
    assert _meeting(report) == (slug(committee), number, day, None)


@pytest.mark.parametrize(
    ("field", "held", "start", "end"),
    [
        ("Distr.: General — 9 December 2031", "held at the Palais des Nations, Geneva, from 3 to 5 November 2031",
         date(2031, 11, 3), date(2031, 11, 5)),
        ("Distr.: Limited — 14 July 2030", "held at the UN Conference Centre, Bangkok, on 2 and 3 June 2030",
         date(2030, 6, 2), date(2030, 6, 3)),
    ],
)  # fmt: skip
def test_a_header_fields_date_run_into_the_held_line_does_not_date_the_meeting(
    field: str, held: str, start: date, end: date
) -> None:
    report = make_report(
        "United Nations Economic Commission",
        "ABC/EM.4/3",
        f"{field} {held}",
        "The Expert Meeting was convened pursuant to a decision of the Commission.",
        title="Report of the Expert Meeting on Rural Postal Addressing",
    )
    found = _meeting(report)
    assert found is not None and found[2:] == (start, end)


# ------------------------------------------------------------------ minutes: a date field run into the title line, the
# adopted minutes of an earlier meeting
@pytest.mark.parametrize(
    ("line", "number", "day"),
    [
        ("MINUTES OF THE THIRD MEETING Date: 12 March 2031, 14.00-16.30 hours Venue: Ministry of Posts, Tirana",
         "third", date(2031, 3, 12)),
        ("Summary minutes of the seventh meeting Date: Thursday, 2 October 2031, 09:30-11:00 hours",
         "seventh", date(2031, 10, 2)),
    ],
)  # fmt: skip
def test_a_date_field_run_into_the_minutes_title_line_dates_the_sitting(line: str, number: str, day: date) -> None:
    report = make_report(
        line,
        f"1 Opening. The {number} meeting of the Local Arrangements Board was opened by its Chair, Ms Alba Kodra.",
        "2 The Board reviewed the hotel bookings and the shuttle service.",
        title="LOCAL ARRANGEMENTS BOARD",
    )
    found = _meeting(report)
    assert found is not None and found[2] == day


def test_a_date_field_of_a_table_of_several_sittings_is_no_sitting() -> None:
    report = make_report(
        "MINUTES OF THE THIRD MEETING",
        "Next steps Date: 12 March 2031",
        "1 Opening. The third meeting of the Local Arrangements Board was opened by its Chair, Ms Alba Kodra.",
        title="LOCAL ARRANGEMENTS BOARD",
    )
    found = _meeting(report)
    assert found is None or found[2] != date(2031, 3, 12)


@pytest.mark.parametrize(
    "adopted",
    [
        "The minutes of the second meeting, held on 14 April 2031 (document LAB-31/2), were adopted.",
        "The report of the previous meeting, held in Durres on 14 April 2031, was approved.",
    ],
)
def test_the_adopted_minutes_of_an_earlier_meeting_do_not_date_the_titles_meeting(adopted: str) -> None:
    report = make_report(
        "SUMMARY MINUTES OF THE THIRD MEETING",
        "1 Opening. The third meeting of the Local Arrangements Board was opened by its Chair, Ms Alba Kodra.",
        f"2 Minutes. {adopted}",
        "3 The Board reviewed the hotel bookings and the shuttle service.",
        title="LOCAL ARRANGEMENTS BOARD Regional Workshop on Postal Addressing (RWPA-31) Tirana, Albania",
    )
    found = _meeting(report)
    assert found is None or found[2] != date(2031, 4, 14)


def test_the_workshop_held_on_its_days_still_dates_the_titles_meeting() -> None:
    name = "Regional Workshop on Postal Addressing"
    report = make_report(
        "REPORT OF THE MEETING",
        "The workshop, held in Tirana on 14 and 15 April 2031, was opened by the Minister.",
        title=name,
    )
    assert _meeting(report) == (slug(name), None, date(2031, 4, 14), date(2031, 4, 15))
