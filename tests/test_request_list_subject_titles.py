"""A numbered text's title over its items (``Decision 88 – Regional Radio Forum`` / ``To invite X to ...``) names
no subject of the items: its topic after the dash is no one who asks, even when it is a known body; the items
ask as the text's adopter (``request_items._list_subject``). Every name and sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import labelled_requests

from wsiskg.ingest.extract import extract

_FRONT = (
    ("Coastal Council of Ministers (CCM)", "body"),
    ("DECISIONS OF THE NINTH ORDINARY SESSION", "body"),
    ("The Coastal Council of Ministers, meeting at its ninth ordinary session in Muscat on 4 May 2031,", "body"),
    ("DECIDES:", "body"),
)


@pytest.mark.parametrize(
    "title",
    [
        "Decision 89 – Internet Governance Forum",
        "Decision 89 — Asia-Pacific Telecommunity",
        "Agenda item 7 - Internet Governance Forum",
        "Resolution 12 – Asia-Pacific Telecommunity",
    ],
)
def test_the_body_a_numbered_title_names_asks_nothing(title: str) -> None:
    got = labelled_requests(
        extract(
            kinds(
                *_FRONT,
                (title, "body"),
                ("To welcome the outcome of the first regional forum (Salalah, 9–11 March 2031);", "list-item"),
                ("To invite Member States to host the second forum in 2032.", "list-item"),
            )
        )
    )
    assert got == [("body", "Coastal Council of Ministers", ["Member States"])]


def test_a_body_named_alone_before_lost_colon_items_still_asks() -> None:
    """The guard is for titles only: a subject line with no colon (``the Group``) still leads its items."""
    got = labelled_requests(
        extract(
            kinds(
                ("Report of the meeting of the Working Group on Tidal Gauges, Suva, 3 May 2031", "body"),
                ("Having reviewed the survey, the Group", "body"),
                ("(a) invited Member States to share their gauge records;", "list-item"),
            )
        )
    )
    assert [(who, addressees) for _, who, addressees in got] == [("Working Group on Tidal Gauges", ["Member States"])]
