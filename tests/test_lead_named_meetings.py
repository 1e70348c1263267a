"""The meeting a lead sentence names and says was held (:func:`.lead_named_meetings.lead_named_meeting`): the
sentence may open a numbered paragraph (``1 The X Forum was held ...``)."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, meeting_parts


@pytest.mark.parametrize(
    ("title", "line", "lead", "expected"),
    [
        ("OUTCOME DOCUMENT", "NORDIC SPECTRUM FORUM 2033 Tromsø, Norway",
         "1 The Nordic Spectrum Forum was held in Tromsø on 14 and 15 March 2033, hosted by the national regulator.",
         ("nordic-spectrum-forum", None, date(2033, 3, 14), date(2033, 3, 15))),
        ("Summary", "Windhoek, 2030",
         "2.1 The Sub-regional Workshop on Rural Backhaul took place in Windhoek from 6 to 8 May 2030.",
         ("sub-regional-workshop-on-rural-backhaul", None, date(2030, 5, 6), date(2030, 5, 8))),
        ("Final report", "Distribution: general",
         "1. The Andean Symposium on Digital Payments was convened in Quito on 3 November 2029 by the ministry.",
         ("andean-symposium-on-digital-payments", None, date(2029, 11, 3), None)),
    ],
)  # fmt: skip
def test_a_numbered_lead_sentence_that_says_a_named_meeting_was_held(
    title: str, line: str, lead: str, expected: tuple[object, ...]
) -> None:
    report = make_report(line, lead, "2 The participants agreed on a work plan.", title=title)
    assert meeting_parts(report) == expected


def test_a_number_before_a_sentence_about_another_meeting_still_to_come_names_none() -> None:
    report = make_report(
        "1 The participants reviewed the regional work plan.",
        "2 The Caribbean Numbering Forum will be held in Kingston from 2 to 4 June 2034.",
        title="OUTCOME DOCUMENT",
    )
    assert meeting_parts(report) is None


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("The ninth edition of the Caribbean Broadband Summit took place in Nassau on 4 and 5 June 2030.",
         ("caribbean-broadband-summit", 9, date(2030, 6, 4), date(2030, 6, 5))),
        ("The 14th edition of the Sahel Spectrum Symposium was held in Niamey from 2 to 4 October 2029, hosted by "
         "the regulator.", ("sahel-spectrum-symposium", 14, date(2029, 10, 2), date(2029, 10, 4))),
    ],
)  # fmt: skip
def test_the_nth_edition_of_a_named_meeting_is_numbered_by_its_ordinal(lead: str, expected: tuple[object, ...]) -> None:
    report = make_report(lead, "The participants adopted a declaration.", title="CHAIRMAN'S REPORT")
    assert meeting_parts(report) == expected
