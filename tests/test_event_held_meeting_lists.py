"""A body's numbered meetings listed after their holder (``the group's 33rd and 34th meetings``,
``its 41st, 42nd and 43rd sessions``): one numbered meeting per ordinal. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.events import find_events


def _keys(*texts: str) -> dict[str, date | None]:
    return {e.key: e.start for e in find_events(make_report(*texts))}


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "The Vice-Chair of the Council Working Group on Child Online Protection, Mr Tomas Eklund-Varga, "
            "introduced the report on the group's 33rd and 34th meetings.",
            {"cwg-cop-33", "cwg-cop-34"},
        ),
        (
            "The Telecommunication Development Advisory Group approved the summaries of its thirtieth, "
            "thirty-first and thirty-second meetings.",
            {"tdag-30", "tdag-31", "tdag-32"},
        ),
        (
            "The Council Working Group on International Internet-related Public Policy Issues agreed that its "
            "Chair would submit a report on its 12th and 13th meetings to the cluster preceding Council 2034.",
            {"cwg-internet-12", "cwg-internet-13"},
        ),
    ],
)
def test_each_ordinal_after_the_holder_is_a_numbered_meeting(text, keys):
    found = _keys(text)
    assert keys <= set(found)
    assert all(found[k] is None for k in keys)  # undated: a year alone (Council 2034) is no date


def test_a_dated_list_keeps_its_own_days():
    found = _keys(
        "The Telecommunication Development Advisory Group approved the reports of its 30th and 31st meetings, "
        "held on 3 May and 4 June 2033."
    )
    assert found.get("tdag-30") == date(2033, 5, 3) and found.get("tdag-31") == date(2033, 6, 4)


def test_a_list_named_with_of_is_read_once():
    found = _keys(
        "The Council noted the reports of the 14th and 15th meetings of the Council Working Group on Child "
        "Online Protection."
    )
    assert {"cwg-cop-14", "cwg-cop-15"} <= set(found)
    assert len([k for k in found if k.startswith("cwg-cop-")]) == 2
