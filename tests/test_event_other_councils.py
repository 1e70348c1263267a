"""Events: a series named by one word and its year (``the 2031 Council``) followed by another owner (``of the
Andean Community``, ``of Europe``) is that body's council, no session of the ITU Council
(``event_series._of_another_owner``); ``of the Union`` and ``of the ITU`` stay the ITU's. Bodies and sentences are
our own."""

from __future__ import annotations

import pytest

from wsiskg.ingest.extract.event_prose import event_mentions


@pytest.mark.parametrize(
    "text",
    [
        "Ms Ana Quispe recalled that the 2031 Council of the Andean Community had adopted Decision 912 on roaming.",
        "The 2030 Council of Europe summit adopted a charter on digital rights.",
        "He noted that the 2029 Council of the Eurasian Digital Union had approved a common framework.",
    ],
)
def test_another_bodys_council_of_a_year_is_no_itu_council_session(text) -> None:
    assert not [m for m in event_mentions(text, 2031) if m.key.startswith("council-")]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The 2031 Council of the Union adopted the budget.", "council-2031"),
        ("The 2032 Council adopted the financial plan.", "council-2032"),
        ("The Council at its 2030 session adopted the plan.", "council-2030"),
    ],
)
def test_the_itu_councils_session_of_a_year_stays(text, key) -> None:
    assert key in {m.key for m in event_mentions(text, 2031)}
