"""A list's subject with an aside before its colon (issue 8, round 41): ``The Forum, held online on 3 and 4 March
2031:``, ``TDAG, at its closing session:``, ``The Commission, in its conclusions:`` above bulleted items
(``• invited X to ...``) is the subject of the items, as ``The Forum, chaired by Ms A:`` is; the aside says when,
where or how it met or spoke (``date_words.csv`` role ``held``, the aside cues of ``addressee-words.csv``).
Before, the subject was lost and the items asked no one. Every name and sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import labelled_requests, one_section_report

from wsiskg.ingest.extract import extract

_TITLE = "Report of the second meeting of the Expert Group on Rural Connectivity (Dakar, 4-6 June 2031)"
_ITEMS = (
    "• approved the regional roadmap;",
    "• invited the Rapporteurs to submit editorial changes by 15 May 2031;",
    "• requested the ITU Office for Africa to translate the roadmap.",
)


@pytest.mark.parametrize(
    ("lead", "requester"),
    [
        (
            "The Telecommunication Development Advisory Group, held online on 3 and 4 March 2031:",
            "Telecommunication Development Advisory Group",
        ),
        ("TDAG, at its closing session:", "Telecommunication Development Advisory Group"),
        ("The Broadband Commission, in its conclusions:", "Broadband Commission for Sustainable Development"),
        ("The Group, held online on 3 and 4 March 2031:", "Expert Group on Rural Connectivity"),
        ("The Group, through its drafting committee:", "Expert Group on Rural Connectivity"),
    ],
)
def test_a_list_subject_with_an_aside_before_its_colon_asks_in_each_item(lead: str, requester: str) -> None:
    got = labelled_requests(extract(one_section_report(_TITLE, "The Group met in Dakar.", lead, *_ITEMS)))
    assert got == [("body", requester, ["Rapporteurs"]), ("body", requester, ["ITU Office for Africa"])]


def test_an_aside_that_names_no_when_where_or_how_leaves_the_lead_unread() -> None:
    """``TDAG, Member States and the Bureau:``: a list of agents, no aside; no one subject, so no request."""
    got = labelled_requests(
        extract(one_section_report(_TITLE, "The Group met in Dakar.", "TDAG, Member States and the Bureau:", *_ITEMS))
    )
    assert all(requester != "Telecommunication Development Advisory Group" for _, requester, _ in got)
