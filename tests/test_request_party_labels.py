"""The labels of who asks and whom (issue 8, round 31): a body outside the catalogue and its posts are
named as the report writes the body, never by its key (``Chair, expert-group-on-x``). Every report here
is invented for the test."""

from __future__ import annotations

import pytest

from wsiskg.ingest.extract import extract
from wsiskg.ingest.records import Paragraph, ParsedReport, Section


def _record(title: str, sentence: str) -> ParsedReport:
    paras = (Paragraph(1, "front", "Opening"), Paragraph(2, "1", sentence))
    return ParsedReport("t.txt", "text/plain", title, (Section("1", "t", None, 2),), paras)


@pytest.mark.parametrize(
    ("title", "sentence", "body", "post"),
    [
        (
            "Report of the second meeting of the Expert Group on Maritime Spectrum, Geneva, 3 May 2031",
            "The Group requested the Chair to circulate the draft to the members by 1 June 2031.",
            "Expert Group on Maritime Spectrum",
            "Chair, Expert Group on Maritime Spectrum",
        ),
        (
            "Summary of the fourth meeting of the Steering Committee on Rural Broadband Indicators "
            "(Nairobi, 12-13 June 2030)",
            "The Committee asked its Vice-Chair to prepare a work plan.",
            "Steering Committee on Rural Broadband Indicators",
            "Vice-Chair, Steering Committee on Rural Broadband Indicators",
        ),
        (
            "Minutes of the first meeting of the Advisory Board on Digital Skills, Lima, 2 April 2032",
            "The Board invited the Rapporteur to present a revised text.",
            "Advisory Board on Digital Skills",
            "Rapporteur, Advisory Board on Digital Skills",
        ),
    ],
)
def test_a_body_outside_the_catalogue_and_its_posts_are_labelled_with_its_name(
    title: str, sentence: str, body: str, post: str
) -> None:
    x = extract(_record(title, sentence))
    (r,) = x.requests
    assert (r.requester.label, [a.label for a in r.addressees]) == (body, [post])
    assert [p.label for p in x.posts if p.key == r.addressees[0].key] == [post]
