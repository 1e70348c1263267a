"""Whether an event's name is the report's meeting body's, or another body's (read by :mod:`.event_filters` for the
own meeting named again and by :mod:`.event_prose` for another body's meeting on the meeting's first day), and
whether an event on the meeting's first day is one of its parts (:func:`a_part_of`)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from wsiskg.ingest.extract.body_acronyms import initials
from wsiskg.ingest.extract.gazetteer import body_head_nouns, prepositions
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_words import event_nouns
from wsiskg.ingest.extract.ordinals import ordinal_regex
from wsiskg.ingest.records import Meeting

#: words of an event's name that do not tell which body's it is (besides event nouns and ordinals)
NO_BODY_WORDS = frozenset({"the", *prepositions("name"), "and", "annual", "regular", "ordinary"})


@cache
def _ordinal() -> re.Pattern[str]:
    return re.compile(rf"\b{ordinal_regex()}", re.I)


def _telling(name: str) -> list[str]:
    """The words of ``name`` that tell a body: no ordinal, number, event noun or :data:`NO_BODY_WORDS`."""
    nouns = {n.casefold() for n in event_nouns()}
    named = [w for w in slug(_ordinal().sub(" ", name)).split("-") if w and not w.isdigit()]
    return [w for w in named if w not in nouns and w not in NO_BODY_WORDS]


def _runs(words: list[str]) -> list[tuple[int, int]]:
    """The spans of two or more of ``words`` in a row."""
    return [(i, j) for i in range(len(words)) for j in range(i + 2, len(words) + 1)]


def _initials_of(words: list[str]) -> str:
    """The initials of a key's ``words``, in lower case (``pacific``, ``radio``, ``union``: ``pru``)."""
    return initials([w.capitalize() for w in words]).casefold()


def names_own_body(key: str, name: str, meeting: Meeting) -> bool:
    """Whether event ``key`` named ``name`` is named by the report's meeting body: its key (``c4-facilitation-
    meeting-2031``) or every telling word of its name in the body's key (``fifth C8 facilitation meeting`` of
    ``action-line-c8-facilitation-meeting``; ``Sixth Annual Meeting of the Pacific Regulators Network``), a word
    being also the initials of two or more of the key's words in a row (``second session of the XPM for WXC-31``
    of ``exchange-preparatory-meeting-for-wxc-31``), or two or more of the name's words in a row one of the key's
    words spelt out (``12th session of the Governing Board of the Pacific Radio Union`` of ``pru-governing-board``)."""
    if key == meeting.body or key.startswith(meeting.body + "-"):
        return True
    telling = _telling(name)
    own = meeting.body.split("-")
    spelt = {w for i, j in _runs(telling) if _initials_of(telling[i:j]) in own for w in telling[i:j]}
    return bool(telling) and set(telling) - spelt <= set(own) | {_initials_of(own[i:j]) for i, j in _runs(own)}


def names_another_body(key: str, name: str, meeting: Meeting) -> bool:
    """Whether ``name`` tells a body that is not the report's meeting body: a telling word besides a body's head
    noun (``the Conference of Andean Ministers of Digital Affairs`` in the report of an expert group; not ``the
    Annual Meeting of the Group``, whose ``Group`` may be the meeting's own body named by its head)."""
    heads = {w.casefold() for head in body_head_nouns() for w in head.split()}
    return any(w not in heads for w in _telling(name)) and not names_own_body(key, name, meeting)


#: kinds of event (``generic-events.csv``, column ``kind``) that name a whole gathering, as the report's meeting is one
_WHOLE_KINDS = frozenset({"meeting", "conference", "forum"})


def a_part_of(kind: str, key: str, name: str, end: date | None, meeting: Meeting) -> bool:
    """Whether an event named by form from the report's meeting's first day to ``end`` is a part of the meeting, not
    the meeting itself: its days end before the meeting's last day, it is a sitting, a panel or an exercise (no kind
    of :data:`_WHOLE_KINDS`) and its name is not the meeting body's (``the Session of Senior Officials took place
    from 3 to 5 May`` in the record of a council held on 3-7 May; decision 9: its own dates)."""
    last = meeting.end or meeting.start
    return (
        end is not None
        and last is not None
        and end < last
        and kind not in _WHOLE_KINDS
        and not names_own_body(key, name, meeting)
    )
