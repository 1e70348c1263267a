"""A meeting of a body's members is the body's meeting (``own_meeting._members_off``, ``meeting_words.csv`` role
``membership``; round 54): ``Summary of the annual meeting of X Network members`` under a header line ``X Network``
names the body ``X Network``, not ``X Network members``."""

from __future__ import annotations

import pytest
from extract_support import make_report, meeting_body_names


@pytest.mark.parametrize(
    ("title", "lines", "body"),
    [
        (
            "Global Research Network",
            ("Summary of the annual meeting of Global Research Network members", "Lisbon, Portugal, 4 March 2031",
             "1. Global Research Network members held their annual meeting on 4 March 2031 in Lisbon.",
             "2. The participants requested the secretariat to publish the list of members."),
            "Global Research Network",
        ),
        (
            "PACIFIC TELECOM COUNCIL",
            ("Pacific Telecom Council", "Report of the meeting of Pacific Telecom Council members",
             "Suva, Fiji, 9-10 June 2032",
             "1. The meeting of Pacific Telecom Council members was held in Suva on 9 and 10 June 2032."),
            "Pacific Telecom Council",
        ),
        (
            "Alliance for Rural Connectivity",
            ("Minutes of the general meeting of Alliance for Rural Connectivity members", "Online, 2 February 2033",
             "1. The Alliance for Rural Connectivity held the meeting online."),
            "Alliance for Rural Connectivity",
        ),
    ],
)  # fmt: skip
def test_a_meeting_of_the_members_of_a_body_is_of_the_body(title: str, lines: tuple[str, ...], body: str) -> None:
    found = meeting_body_names(make_report(*lines, title=title))
    assert found is not None and found[0] == body


def test_members_stay_when_the_report_never_names_the_body_alone() -> None:
    report = make_report(
        "Summary of the annual meeting of Coastal Radio Network members",
        "Valletta, Malta, 8 April 2031",
        "1. Coastal Radio Network members held their annual meeting on 8 April 2031 in Valletta.",
        title="Coastal Radio Network members",
    )
    found = meeting_body_names(report)
    assert found is not None and found[0].endswith("members")
