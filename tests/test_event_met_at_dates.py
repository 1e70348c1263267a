"""An event people met at or for, named right after the date they met on (``The Southern States met in Windhoek on
6-8 March 2030 at the Southern preparatory meeting for PP-30``): the date stands before the name and is the
event's (``event_dates.dated_before``, ``date_words.csv``, role ``met-at``), and the body that met holds no
meeting of its own on those days (``event_met.met_mentions``: the meeting it met at is that event). A date of
no year resolves from the document's date. Names, places and dates are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_days

D = date


@pytest.mark.parametrize(
    ("text", "key", "days"),
    [
        (
            "The Southern States met in Windhoek on 6-8 March 2030 at the Southern preparatory meeting for PP-30, "
            "chaired by Mr A. Banda (Malawi), and agreed on the proposals below.",
            "southern-preparatory-meeting-for-pp-30-2030",
            (D(2030, 3, 6), D(2030, 3, 8)),
        ),
        (
            "Delegates gathered in Quito, Ecuador, from 4 to 6 June 2029 for the regional preparatory meeting for "
            "WTDC-29, where they agreed on their priorities.",
            "regional-preparatory-meeting-for-wtdc-29-2029",
            (D(2029, 6, 4), D(2029, 6, 6)),
        ),
        (
            "The Nordic Group met in Oslo on 11 September 2032 at the Nordic coordination meeting for WRC-35, "
            "where it adopted a common position.",
            "nordic-coordination-meeting-for-wrc-35-2032",
            (D(2032, 9, 11), None),
        ),
        (
            "Regulators of the subregion assembled in Dakar on 20 and 21 November 2033 for the West African "
            "preparatory meeting for WTDC-33.",
            "west-african-preparatory-meeting-for-wtdc-33-2033",
            (D(2033, 11, 20), D(2033, 11, 21)),
        ),
    ],
)
def test_the_event_met_at_after_the_date_takes_it(text: str, key: str, days: tuple[date, date | None]) -> None:
    found = event_days("Contribution to the Council", text)
    assert found.get(key) == days
    assert not [k for k in found if k.endswith(days[0].isoformat())]  # no meeting of the States, Group ... that met


def test_a_date_of_no_year_resolves_from_the_documents_date() -> None:
    """Met (past) in May, in a document of February 2034: May 2033 (the one date reader, ``date_years``)."""
    found = event_days(
        "Contribution to the Council 2034",
        "Geneva, 2 February 2034",
        "The African Group met in Lusaka on 2-4 May at the African preparatory meeting for WTDC-35.",
    )
    assert found.get("african-preparatory-meeting-for-wtdc-35-2033") == (D(2033, 5, 2), D(2033, 5, 4))


@pytest.mark.parametrize(
    ("text", "key", "days"),
    [
        (  # a place, no event, after the date: the Group's own meeting
            "The Working Group met in Geneva on 3 May 2031 at the headquarters of the Union.",
            "working-group-meeting-2031-05-03",
            (D(2031, 5, 3), None),
        ),
        (  # held, not met: the workshop, not the Summit, is held on that day
            "A workshop on cybersecurity was held in Kigali on 9 June 2031 at the Africa Connect Summit 2031.",
            "workshop-on-cybersecurity-2031",
            (D(2031, 6, 9), None),
        ),
    ],
)
def test_a_place_or_a_verb_of_holding_gives_the_date_to_its_own_event(
    text: str, key: str, days: tuple[date, date | None]
) -> None:
    found = event_days("Report of the Secretariat", text)
    assert found.get(key) == days
