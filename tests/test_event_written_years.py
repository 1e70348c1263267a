"""Dating events: a year written with a day is never moved by inference (the number order of a
body's meetings around the meeting a contribution is for); and several numbered meetings of a body
written in full with its acronym (``the 36th and 37th meetings of <title> (ACR), held on A and B``),
one event per ordinal. Sentences, bodies and years are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_days, make_report

from wsiskg.ingest.extract.events import events_and_aliases
from wsiskg.ingest.records import Meeting

D = date


@pytest.mark.parametrize(
    ("body", "number", "about", "sentence", "key", "day"),
    [
        # a lower number on a later day, its year written: stays in its year
        (
            "cwg-fhr",
            31,
            D(2034, 2, 13),
            "The thirtieth meeting of the Group, held on 20 September 2034, agreed the outline.",
            "cwg-fhr-30",
            D(2034, 9, 20),
        ),
        # a higher number on an earlier day, its year written: stays in its year
        (
            "cwg-fhr",
            12,
            D(2036, 11, 2),
            "The fourteenth meeting of the Group on 5 March 2036 will consider the draft.",
            "cwg-fhr-14",
            D(2036, 3, 5),
        ),
        # written with its year in a day span
        (
            "cwg-internet",
            8,
            D(2031, 6, 1),
            "Norway recalls the 7th meeting of the Group (Geneva, 14-15 October 2031).",
            "cwg-internet-7",
            D(2031, 10, 14),
        ),
    ],
)
def test_a_written_year_is_kept_whatever_the_number_order(
    body: str, number: int, about: date, sentence: str, key: str, day: date
) -> None:
    context = Meeting(body=body, number=number, start=about)
    report = make_report("Our delegation submits this contribution to the Group.", sentence)
    found = {e.key: e.start for e in events_and_aliases(report, about.year, context=context)[0]}
    assert found[key] == day


def test_a_yearless_day_still_takes_its_year_from_the_number_order() -> None:
    context = Meeting(body="cwg-fhr", number=31, start=D(2034, 2, 13))
    report = make_report(
        "Japan submits this contribution to the Group.",
        "The thirtieth meeting of the Group on 3 October adopted the plan.",
    )
    found = {e.key: e.start for e in events_and_aliases(report, 2034, context=context)[0]}
    assert found["cwg-fhr-30"] == D(2033, 10, 3)


# ------------------------------------------ several numbered meetings of a body written in full
def _listed(text: str, year: int) -> dict[str, tuple[date | None, date | None]]:
    from wsiskg.ingest.extract.events import event_mentions

    return {m.name: (m.start, m.end) for m in event_mentions(text, year)}


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        (
            "Delegates recalled the 36th and 37th meetings of the Working Group on Lunar Spectrum Sharing (WGLSS),"
            " held virtually on 3 March 2033 and on 9 June 2033.",
            2033,
            {
                "36th meeting of the Working Group on Lunar Spectrum Sharing": (D(2033, 3, 3), None),
                "37th meeting of the Working Group on Lunar Spectrum Sharing": (D(2033, 6, 9), None),
            },
        ),
        (
            "The Bureau welcomed the outcomes of the fifth, sixth and seventh sessions of the Expert Committee on"
            " Rural Fibre Tariffs (ECRFT), held in Quito on 2-4 February, 11-12 May and 7 September 2035.",
            2035,
            {
                "5th session of the Expert Committee on Rural Fibre Tariffs": (D(2035, 2, 2), D(2035, 2, 4)),
                "6th session of the Expert Committee on Rural Fibre Tariffs": (D(2035, 5, 11), D(2035, 5, 12)),
                "7th session of the Expert Committee on Rural Fibre Tariffs": (D(2035, 9, 7), None),
            },
        ),
        (
            "Ms Okonkwo chaired the 12th and 13th meetings of the Advisory Board on Drone Telemetry (APDT)"
            " on 14 October and 2 December 2031.",
            2031,
            {
                "12th meeting of the Advisory Board on Drone Telemetry": (D(2031, 10, 14), None),
                "13th meeting of the Advisory Board on Drone Telemetry": (D(2031, 12, 2), None),
            },
        ),
    ],
)
def test_listed_meetings_of_a_body_written_in_full_each_take_their_own_date(
    text: str, year: int, expected: dict[str, tuple[date | None, date | None]]
) -> None:
    found = _listed(text, year)
    for name, days in expected.items():
        assert found.get(name) == days


def test_listed_meetings_whose_dates_do_not_pair_up_are_undated() -> None:
    text = (
        "The report covers the 8th, 9th and 10th meetings of the Task Group on Coastal Buoy Networks (TGCBN),"
        " which concluded on 22 April 2034."
    )
    found = _listed(text, 2034)
    for n in ("8th", "9th", "10th"):
        assert found.get(f"{n} meeting of the Task Group on Coastal Buoy Networks", (None,))[0] is None


# ------------------------------------------------- the year of the body a numbered meeting is of
@pytest.mark.parametrize(
    ("paragraphs", "key", "start"),
    [
        (
            (
                "The Coordination Team on the World Telecommunication Development Conference 2033 (CTD) was set "
                "up by the Board.",
                "The Board noted the report of the second meeting of the CTD (Quito, 4-6 May 2032).",
            ),
            "ctd-2",
            date(2032, 5, 4),
        ),
        (
            (
                "Project Team on the World Radiocommunication Conference 2035 (PTWRC) MINUTES OF THE 4th MEETING",
                "Lima, 3-4 December 2034",
                "Approval of the agenda and of the minutes of the 3rd meeting (Quito, 17-18 September 2034)",
            ),
            "ptwrc-3",
            date(2034, 9, 17),
        ),
        (
            (
                "Council 2032 – Summary record of the fourth plenary meeting",
                "Geneva, 10 June 2032",
                "The Council took note of the report of the Correspondence Group on the Plenipotentiary Conference "
                "2034 (CGP), whose first meeting was held in Nairobi on 3 and 4 May 2031.",
            ),
            "cgp-1",
            date(2031, 5, 3),
        ),
    ],
)
def test_a_numbered_meeting_of_a_body_named_for_an_event_of_a_year_keeps_its_own_dates(
    paragraphs: tuple[str, ...], key: str, start: date
) -> None:
    """The year ends the body's name (``the Project Team on the Conference 2034``), not the meeting's: the
    meeting's dates of another year are its own (``event_prose._numbered_of_body``)."""
    found = {k: days[0] for k, days in event_days(None, *paragraphs).items()}
    assert found[key] == start
    assert all(s is None for k, s in found.items() if k.startswith(("pp-", "wrc-", "wtdc-")))  # nor the conference
