"""Whom ``you`` is in a speech: the group the paragraph hails before it (``To all operators: ...
I urge you``, ``Dear laureates, ... we ask you``, ``Lastly, young engineers: ... Please enrol``,
``students, please send``), not a greeting of the whole audience (``Dear colleagues,``). Every
sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import make_report
from extract_support import requests_of as run


def _speech(*texts: str) -> list[tuple[str, ...]]:
    r = make_report(
        "Keynote address by the Minister of Digital Affairs of Fiji",
        "Ms Litia Vunibola-Karlsen, Minister of Digital Affairs",
        *texts,
    )
    return [tuple(a.label for a in x.addressees) for x in run(r, None)]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "To all operators: the spectrum plan will be published in May. I urge you to comment on it by June.",
            "all operators",
        ),
        (
            "Dear laureates, your projects will appear in our report."
            " We kindly ask you to send photographs by 2 April.",
            "laureates",
        ),
        (
            "Lastly, young engineers: the coding challenge opens tomorrow. Please enrol before Friday.",
            "young engineers",
        ),
        ("Two requests. First: students, please send your essays to the secretariat by 30 May.", "students"),
    ],
)
def test_you_is_the_group_the_paragraph_hails_before_it(text: str, group: str) -> None:
    assert _speech(text) == [(group,)]


def test_a_greeting_of_the_whole_audience_hails_no_group() -> None:
    got = _speech("Dear colleagues, the road ahead is long. I invite you to join the coalition by March.")
    assert got and got != [("colleagues",)]
