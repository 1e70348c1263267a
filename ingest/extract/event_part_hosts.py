"""The host named at the end of its part's name, then dated by a participle after a comma, takes those dates too:
``The winners will receive their trophies at the award ceremony of the Nordic Data Forum 2031, to be held from 7 to
10 April 2031`` — the participle set off by the comma says when the Forum is held; the ceremony, which has no dates
of its own, is held during it (decision 9: the host's dates). Before, the ceremony took the days and the Forum,
read inside the ceremony's name (:func:`.event_prose._chosen`'s inner events), stayed undated. Only a host that
ends the part's name after ``of`` or a host cue (``at``, ``during``: :data:`.event_dates.HOST_CUE`), and dates set
off by a comma and a verb of holding (``date_words.csv`` role ``held``: ``, to be held from``, ``, held in Lima
on``, ``, which will take place on``); a date right after the name (``the opening session of the Forum on 4
May``) is the part's own. Read by :func:`.event_prose._dated_mentions` on each event's dates; the host so dated
stays an event of its own beside its part (:func:`part_named`, read by :func:`.event_merging._repeated`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from wsiskg.ingest.extract.dates import DateSpan, held_words
from wsiskg.ingest.extract.event_dates import HOST_CUE, event_noun_regex
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.text import alternation

Dates = tuple[date | None, date | None, str]


#: what stands between a part's noun and its host named at the end of its name: ``ceremony of the``, ``at``
_PART_OF = re.compile(rf"\b(?:of|{HOST_CUE})\s+(?:the\s+)?$")


@cache
def _held_after() -> re.Pattern[str]:
    """A comma, a verb of holding (``to be held``, ``which will take place``) and what may stand before the dates
    (a place, ``from``): the dates of the name right before the comma. ``which`` needs an auxiliary before the verb
    (``which will take place``): ``the open consultation process of the X Forum 2031, which opens on 1 September
    2030`` is the process's, not the Forum's."""
    held = alternation(held_words(), spaces=True)
    return re.compile(rf"\s*,\s*(?:to\s+be\s+|which\s+(?:\w+\s+){{1,2}})?(?:{held})\b[^,;.()\d]{{0,40}}")


def part_hosts(text: str, chosen: Sequence[EventMention], when: list[Dates], dates: Sequence[DateSpan]) -> None:
    """Give an undated host that ends the name of a dated part (:data:`_PART_OF`) the part's dates when a comma and a
    participle of holding set them off after the name (:func:`_held_after`), in place in ``when``."""
    for i, c in enumerate(chosen):
        if when[i][0] is not None:
            continue
        part = next(
            (k for k, g in enumerate(chosen) if g.span[0] < c.span[0] and g.span[1] == c.span[1] and when[k][0]),
            None,
        )
        if part is None or not _PART_OF.search(text, chosen[part].span[0], c.span[0]):
            continue
        d = next((d for d in dates if d.span[0] >= c.span[1]), None)
        if d is None or d.start != when[part][0] or not _held_after().fullmatch(text, c.span[1], d.span[0]):
            continue
        if _year_of(c.name) in (None, d.start.year if d.start else None):  # "the X Forum 2031" takes no 2030 days
            when[i] = when[part]


def _year_of(name: str) -> int | None:
    """The year a name is of (``Nordic Data Forum 2031``), else None."""
    found = re.findall(r"\b(?:19|20)\d\d\b", name)
    return int(found[-1]) if found else None


def part_named(host: str, name: str) -> bool:
    """Whether ``name`` names a part of the event ``host`` names, which ends it (``award ceremony of the Nordic Data
    Forum 2031``, ``side event at the X Summit``): an event noun before the host and ``of`` or a host cue right
    before it; two events on one day, not one named in short and in full."""
    if not name.casefold().endswith(host.casefold()) or len(name) == len(host):
        return False
    head = name[: len(name) - len(host)]
    return _PART_OF.search(head) is not None and event_noun_regex().search(head) is not None
