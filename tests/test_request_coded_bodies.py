"""Who asks in an excerpt of a record cut before its header (issue 8, round 31): a subject that names the
body by its kind (``The Expert Group``) or by the first part of its code (``The RPM``) is the body of the one
code the excerpt writes that opens with those initials (``EG-DIG``, ``RPM-ARB07/4-E``: ``RPM-ARB``)
(``request_codes.coded_body``). Every name, code and sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import labelled_requests, one_section_report

from wsiskg.ingest.extract import extract


@pytest.mark.parametrize(
    ("before", "sentence", "code", "whom"),
    [
        (
            "4.1 The EG-DIG Chairman, Mr L. Haas (Austria), opened the meeting.",
            "4.2 The Expert Group invited the secretariat to prepare a questionnaire by 1 May 2031.",
            "EG-DIG",
            "the secretariat",
        ),
        (
            "2.1 The Working Party reviewed Document WP-TX/12.",
            "2.2 The Working Party asked the rapporteurs to revise the draft text.",
            "WP-TX",
            "the rapporteurs",
        ),
        (
            "RPM-ARB07/4-E",
            "3.1 The RPM urged administrations to submit common proposals by 1 March 2031.",
            "RPM-ARB",
            "administrations",
        ),
        (
            "5.1 The FG-QC Chairman, Mr A. Roux (France), reported on the joint meeting.",
            "5.2 The Focus Group invited the Quantum Networks Consortium to present its work at the next meeting.",
            "FG-QC",
            "Quantum Networks Consortium",
        ),
    ],
)
def test_a_body_named_by_its_kind_or_short_form_is_the_one_code_the_excerpt_writes(
    before: str, sentence: str, code: str, whom: str
) -> None:
    x = extract(one_section_report(before, sentence))
    assert x.meeting is None
    assert labelled_requests(x) == [("body", code, [whom])]


def test_two_codes_of_those_initials_name_no_one_of_them() -> None:
    x = extract(
        one_section_report(
            "2.1 The Working Party reviewed Documents WP-TX/12 and WP-RX/4.",
            "2.2 The Working Party asked the rapporteurs to revise the draft text.",
        )
    )
    assert all(r.requester.label not in ("WP-TX", "WP-RX") for r in x.requests)
