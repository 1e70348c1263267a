"""The cue phrases before a name written without an honorific (``Speech by``, ``by its``) and the column words
of a participants table (``ingest/data/person-cues.csv``): read by the name finder, the tables' reader and the
signatures' reader, from this one loader."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation


@cache
def person_cues() -> dict[str, str]:
    """Each cue phrase, in lower case -> its kind (``lead``, ``post``, ``byline``, ``column:country`` ...)."""
    return {r["phrase"].lower(): r["kind"] for r in data_rows("person-cues.csv")}


@cache
def cue_re(kind: str) -> re.Pattern[str]:
    """The cue phrases of ``kind`` (``lead``: ``Speech by``; ``post``: ``by its``), any case, at a word start."""
    words = [w for w, k in person_cues().items() if k == kind]
    return re.compile(r"(?<![\w-])(?i:" + alternation(words, spaces=True) + r")\s+")
