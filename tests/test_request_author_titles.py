"""A post's title alone as a subject is the post that wrote the document (issue 8, round 59): ``The
Secretary-General invites Member States to ...`` in a Council document by the Secretary-General asks as its author
when the text names the title's organisation nowhere (the resolver placed the bare title in none, and the request
was lost). Another title (``The Chairman``) is not the author. Every name and sentence here is invented for the
test."""

from __future__ import annotations

import pytest
from extract_support import make_report
from extract_support import requests_of as run

_SG = "Secretary-General, International Telecommunication Union"


def _council_document(*sentences: str) -> list[tuple[str, str, tuple[str, ...]]]:
    r = make_report(
        "Document C33/41-E",
        "Page 2",
        "2.1 The steering committee of the regional connectivity fund met in Apia on 4 March 2033.",
        *sentences,
        "3 Action required",
        "The Council is invited to take note of this report.",
    )
    return [(x.requester.label, x.verb, tuple(a.label for a in x.addressees)) for x in run(r, None, 2033)]


@pytest.mark.parametrize(
    ("sentence", "verb", "asked"),
    [
        (
            "2.2 The next meeting is planned for May 2033. The Secretary-General invites Member States to make "
            "voluntary contributions to the fund by 30 June 2033.",
            "invite",
            "Member States",
        ),
        (
            "2.2 The Secretary-General also urges Sector Members to share their coverage data with the fund.",
            "urge",
            "Sector Members",
        ),
        (
            "2.2 In view of the delays, the Secretary-General encourages administrations to designate a focal point "
            "before the end of the year.",
            "encourage",
            "administrations",
        ),
    ],
)
def test_the_title_alone_is_the_post_that_wrote_the_document(sentence: str, verb: str, asked: str) -> None:
    got = _council_document(sentence)
    assert (_SG, verb, (asked,)) in got


def test_another_title_is_not_the_author() -> None:
    got = _council_document("2.2 The Chairman invites Member States to make voluntary contributions to the fund.")
    assert not [x for x in got if x[0] == _SG and x[2] == ("Member States",)]
