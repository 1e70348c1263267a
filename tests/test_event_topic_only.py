"""A one-off process named only as what something else is about (``event_topic_only.topic_only``): the WSIS+20
review named undated only in another event's topic (``a regional panel on the WSIS+20 review``) or as the aim of an
input (``the Sector's contribution to the WSIS+20 review``) is no event; named once in another way, placed in a
year, or dated, it stays one. Sentences, bodies and dates are our own.
"""

from __future__ import annotations

import pytest
from extract_support import event_starts

_REVIEW = "WSIS+20 review"


def _names(*texts: str) -> set[str]:
    return set(event_starts("The Steering Board met in Port Elm on 3 March 2031.", *texts))


@pytest.mark.parametrize(
    "texts",
    [
        ("The Board asked the secretariat to draft the Sector's contribution to the WSIS+20 review by 4 May 2031.",),
        (
            "Members were invited to send their inputs to the WSIS+20 review before the summer.",
            "The Board also welcomed the draft regional contribution to the WSIS+20 review.",
        ),
        ("A regional panel on the WSIS+20 review took place on 12 March 2031 with nine ministers.",),
    ],
)
def test_a_process_named_only_as_a_topic_or_an_inputs_aim_is_no_event(texts: tuple[str, ...]) -> None:
    assert _REVIEW not in _names(*texts)


@pytest.mark.parametrize(
    "texts",
    [
        ("Members discussed the preparations for the WSIS+20 review.",),
        (
            "The Board asked the secretariat to draft the Sector's contribution to the WSIS+20 review.",
            "It noted that the outcome of the WSIS+20 review would shape the next Strategic Plan.",
        ),
        ("The Board asked for a plan for the Sector's contribution to the WSIS+20 review in 2025.",),
    ],
)
def test_a_process_named_in_another_way_stays_an_event(texts: tuple[str, ...]) -> None:
    assert _REVIEW in _names(*texts)


def test_the_topic_event_itself_is_kept() -> None:
    assert "regional panel on the WSIS+20 review" in _names(
        "A regional panel on the WSIS+20 review took place on 12 March 2031 with nine ministers."
    )
