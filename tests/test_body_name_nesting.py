"""A catalogue name that is only a body's head noun (the ITU Council's alias ``Council``) is no mention
of that body where it is a word of a longer capitalised name of another body (``body_names.find_body_names``).

The body reader already took the longer name by its form (``Council of Arab Ministers for X``); the
readers of the raw matcher (the own meeting, meeting mentions, organisers) still read the ITU Council
inside it.
"""

from __future__ import annotations

import pytest

from wsiskg.ingest.extract.body_names import find_body_names


def _keys(text: str) -> list[str]:
    return [key for key, _ in find_body_names(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Council of Andean Ministers for Digital Affairs met in Quito.",
        "the Council of Ministers of Lesotho approved the plan",
        "a decision of the Executive Council of the Pan-Sahel Union",
        "the Permanent Council decided to defer the item",
        "the Council for Maritime Signals of the Baltic States",
    ],
)
def test_the_head_noun_inside_a_longer_name_is_no_itu_council(text: str) -> None:
    assert "itu-council" not in _keys(text)


def test_the_longer_name_s_own_catalogue_body_is_still_read() -> None:
    keys = _keys("the Executive Council of the African Union and the Council of the European Union")
    assert "itu-council" not in keys and {"au", "eu"} <= set(keys)


@pytest.mark.parametrize(
    "text",
    [
        "The Council decided to approve the budget.",
        "The Council, at its 2031 session, adopted the plan.",
        "the Council of the ITU approved the report",  # its own parent follows
        "the Council of the International Telecommunication Union",
        "Council Members welcomed the report",
        "the report of the Secretary-General to the Council",
        "5 Decision sought The Council is asked to approve the budget.",  # a heading run into its sentence
        "Action requested This Council is invited to take note.",
    ],
)
def test_the_head_noun_alone_or_of_its_parent_is_the_itu_council(text: str) -> None:
    assert "itu-council" in _keys(text)
