"""Collections of data named as events: a generic noun that names an event only with a modifier
(``ingest/data/event-collections.csv``, role ``noun``: ``exercise``, ``review``) right after a word of
gathering data (role ``gathers``: ``the stocktaking exercise``, ``a national broadband mapping exercise``)
names a collection of data, no event, as a survey or a questionnaire names none (annotation guide,
decision 13). A sitting's noun keeps its event (``a stocktaking workshop``, ``a mapping meeting``).
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.gazetteer import preposition_alternation
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation


@cache
def _collection() -> re.Pattern[str]:
    """A word of gathering data, then a collection's noun (its plural too) that ends the name or opens its topic."""
    rows = data_rows("event-collections.csv")
    words = alternation([r["word"] for r in rows if r["role"] == "gathers"], spaces=True)
    nouns = alternation([r["word"] for r in rows if r["role"] == "noun"], spaces=True)
    return re.compile(rf"(?i)\b(?:{words})\s+(?:{nouns})s?(?=$|\s+(?:{preposition_alternation('topic')})\b)")


def a_collection(name: str) -> bool:
    """Whether an event's name is a collection of data (module docstring), no event."""
    return _collection().search(name.strip()) is not None
