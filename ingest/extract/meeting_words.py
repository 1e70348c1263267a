"""The meeting extractor's vocabulary (``ingest/data/meeting_words.csv``): modes, attendance
qualifiers, attendee nouns, series and occasion words, committee nouns, other-meeting words,
dateline labels ... by role, and one regex alternation of a role's words."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation


# -------------------------------------------------------------------------- meeting
@cache
def meeting_words(role: str) -> dict[str, str]:
    return {r["word"]: r["value"] for r in data_rows("meeting_words.csv") if r["role"] == role}


def word_alternation(words: Iterable[str]) -> str:
    return alternation(words, spaces=True)
