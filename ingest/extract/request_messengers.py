"""A speaker asked to carry someone's words is no request of the text: ``The Secretary-General, Ms A, has asked me to
convey her warm greetings``, ``The Minister requested me to deliver this statement on his behalf``. The one who
asked is named, so the round-41 reading (a request of the author to itself, ``requests._not_to_itself``) does not
drop it; the speech itself does what was asked.

Two kinds of evidence: the speaker is the one asked (``asked me to``, ``requested me to``) and the action carries a
message (``messenger-words.csv``: a verb of carrying, ``convey``, ``deliver``, ``read``, and within a few words
what is carried, ``greetings``, ``statement``, ``views``). ``The Council asked me to present a report on X`` asks
for work, not words carried, and stays."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.gazetteer import auxiliary_alternation
from wsiskg.ingest.records import Request
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation


@cache
def _carried() -> re.Pattern[str]:
    """``asked me to convey her warm greetings``, ``I have been asked by the Minister to read his message``: the speaker
    asked, a verb of carrying, then what is carried."""
    rows = data_rows("messenger-words.csv")
    verbs = alternation([r["word"] for r in rows if r["kind"] == "verb"], spaces=True)
    message = alternation([r["word"] for r in rows if r["kind"] == "message"], spaces=True)
    asked = rf"(?:[a-z]+\s+me|(?:I|we)\s+(?:(?:{auxiliary_alternation()})\s+){{0,2}}(?:\w+ly\s+)?[a-z]+ed"
    asked += r"(?:\s+by\s+[^;.]{1,100}?)?)"  # "asked me to", "I have been asked by the Minister to"
    return re.compile(rf"\b{asked}\s+to\s+(?:{verbs})\s+(?:[\w'’-]+\s+){{0,4}}?(?:{message})\b", re.IGNORECASE)


def carried_message(request: Request) -> bool:
    """Whether ``request`` asks the speaker to carry someone's words (see the module's docstring)."""
    return (
        _carried().search(request.sentence) is not None and _carried().search("x me to " + request.action) is not None
    )
