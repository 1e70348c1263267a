"""The own meeting numbered by a sentence of its own that puts it as the Nth of its body (``own_meeting.
_predicate_ordinal``, read by ``numbered_by_lead``; round 54): ``It was the third meeting since the Group was
launched``, ``This was the 7th meeting of the Task Force``."""

from __future__ import annotations

import pytest
from extract_support import make_report, meeting_parts


@pytest.mark.parametrize(
    ("title", "lead", "number"),
    [
        (
            "FRIENDS OF OPEN DATA GROUP",
            "1. The Friends of Open Data Group met under the chairmanship of Ambassador Lucia Ferro (Chile). It was "
            "the third meeting since the Group was launched in 2029.",
            3,
        ),
        (
            "Digital Public Goods Task Force",
            "1. The Digital Public Goods Task Force met on 12 March 2032 under the chairmanship of Mr Arne Lund "
            "(Norway). This was the 7th meeting of the Task Force.",
            7,
        ),
        (
            "Island Spectrum Coordination Board",
            "1. The Island Spectrum Coordination Board met in Apia. It was the twelfth session of the Board since its "
            "creation.",
            12,
        ),
    ],
)  # fmt: skip
def test_it_was_the_nth_meeting_numbers_the_own_meeting(title: str, lead: str, number: int) -> None:
    found = meeting_parts(make_report("Summary of the meeting held on Thursday, 6 May 2031", lead, title=title))
    assert found is not None and found[1] == number


def test_an_ordinal_inside_a_reported_clause_numbers_nothing() -> None:
    lead = (
        "1. The Digital Public Goods Task Force met on 12 March 2032. Members recalled that it was the first meeting "
        "of the Task Force in the region."
    )
    found = meeting_parts(make_report("Summary of the meeting held in New York on 12 March 2032", lead,
                                      title="Digital Public Goods Task Force"))  # fmt: skip
    assert found is not None and found[1] is None
