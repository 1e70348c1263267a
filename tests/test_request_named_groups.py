"""A subject that names a group of its own by capitalised words and a body's head noun, in no catalogue (issue 8,
round 53; ``request_named_groups.named_group``): a name that opens with a known group's words (``Private Sector``,
``Civil Society``), which the resolver read as that group with a head left over, asks as written. Every name and
sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run

from wsiskg.ingest.extract.request_named_groups import named_group

_BODY = "Working Group on Tidal Gauges"


def _asked(sentence: str) -> list[tuple[str, str, tuple[str, ...]]]:
    opening = (f"The meeting of the {_BODY} was held in Suva on 3 May 2031.", "body")
    return [parties(x) for x in run(kinds(opening, (sentence, "body")), _BODY)]


@pytest.mark.parametrize(
    ("sentence", "requester", "whom"),
    [
        (
            "The Private Sector Board also urged Member States to publish their tide tables by 1 June 2031.",
            "collective:private-sector-board",
            ("collective:member-states",),
        ),
        (
            "The Civil Society Coordination Committee invited regulators to share their buoy data.",
            "collective:civil-society-coordination-committee",
            ("collective:regulators",),
        ),
        (
            "The Sector Members Liaison Team asked BDT to update the gauge portal.",
            "collective:sector-members-liaison-team",
            ("body:itu-bdt",),
        ),
    ],
)
def test_a_group_named_by_its_own_capitalised_name_asks_as_written(
    sentence: str, requester: str, whom: tuple[str, ...]
) -> None:
    got = _asked(sentence)
    assert [(r, a) for _, r, a in got] == [(requester, whom)]


@pytest.mark.parametrize(
    "phrase",
    [
        "The Digital Lagoon Programme",  # a head that mostly names a thing (by_form no)
        "The Bureau",  # a head alone: the meeting's or a known body's, read elsewhere
        "The Island Youth Forum",  # an event's head
        "The island youth bureau",  # no capitalised name
    ],
)
def test_no_group_without_a_capitalised_name_and_a_group_head(phrase: str) -> None:
    assert named_group(phrase) is None
