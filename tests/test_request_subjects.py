"""The subject of a verb of asking (``ingest/extract/request_subjects.py``): a person named with an honorific and
the body or place that says where he is from (``Prof. Dr A B of the Technical University of X asked ...``) is the
requester, though the phrase runs past the eight words a subject otherwise has. Every name is invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from test_request_addressees import run, whom


@pytest.mark.parametrize(
    ("sentence", "person", "asked"),
    [
        (
            "Prof. Dr Lars Ekdahl-Moreau of the Technical University of Leuven asked governments to treat open "
            "research data as a public good.",
            "lars-ekdahl-moreau",
            ("collective:governments",),
        ),
        (
            "Ms Ana Ruiz-Tobar from the National Institute of Statistics of Chile invited Member States to share "
            "their survey data.",
            "ana-ruiz-tobar",
            ("collective:member-states",),
        ),
        (
            "Dr Kemal Oduya-Sanz of the Regional Centre for Mapping of Resources urged regulators to publish "
            "coverage maps.",
            "kemal-oduya-sanz",
            ("collective:regulators",),
        ),
    ],
)
def test_a_person_with_where_he_is_from_is_the_requester(sentence: str, person: str, asked: tuple[str, ...]) -> None:
    got = run(report(sentence), "wsis-forum")
    assert [(x.requester.kind, x.requester.key) for x in got] == [("person", person)]
    assert [whom(x) for x in got] == [asked]


def test_a_long_subject_of_no_person_still_names_no_one() -> None:
    got = run(
        report("The long and winding review of the regional backbone projects of the last decade asked a question."),
        "wsis-forum",
    )
    assert got == ()
