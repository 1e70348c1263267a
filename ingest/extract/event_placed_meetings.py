"""A meeting named only by where it is held, with its own days after the place: ``at a meeting in Port Elm on 12
and 13 July 2031``, ``at a summit in Lima (25-27 September 2031)``, ``At its meeting held in Apia on 14 February
2031, members agreed`` (a holder the sentence does not name: a body named in it names the meeting first, the
readers of a body's meetings). An indefinite article or ``its``/``their``, a noun that names no event
alone (``generic-events.csv``, kind ``meeting`` or ``conference``, column ``alone`` not ``yes``), ``in`` and a
capitalised place, then the meeting's own dates (:func:`.event_dates.own_dates`): one event, named by its noun and
place (``meeting in Port Elm``). Not ``the meeting in Lima`` (a meeting named before), nor a meeting with a modifier
or a topic (the generic reader's, ``event_forms.generic_mentions``), nor a month after ``in`` (``a meeting in May``),
nor one whose days do not follow the place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from wsiskg.ingest.extract.dates import DateSpan
from wsiskg.ingest.extract.event_dates import own_dates
from wsiskg.ingest.extract.event_form_parts import dated_by
from wsiskg.ingest.extract.event_series import EventMention
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation


@cache
def _placed_kinds() -> dict[str, str]:
    """The nouns that name no event alone and name a meeting or a conference, each with its kind."""
    rows = data_rows("generic-events.csv")
    return {r["noun"]: r["kind"] for r in rows if r["kind"] in ("meeting", "conference") and r["alone"] != "yes"}


@cache
def _placed() -> re.Pattern[str]:
    """``a meeting in Port Elm``, ``a summit in New Harbour``, ``its meeting held in Apia``: the article or a
    possessive, the noun and the capitalised place."""
    nouns = alternation(_placed_kinds())
    place = r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}"
    return re.compile(rf"\b(?:[Aa]|[Ii]ts|[Tt]heir)\s+(?P<noun>{nouns})\s+(?:held\s+)?in\s+(?P<place>{place})")


def placed_mentions(text: str, dates: Sequence[DateSpan]) -> list[EventMention]:
    """The meetings of ``text`` named by their noun and place with their own dates after the place."""
    if not dates or " in " not in text:
        return []
    out = []
    for m in _placed().finditer(text):
        if any(m.start("place") <= d.span[0] < m.end("place") for d in dates):
            continue  # "a meeting in May 2031": a month, no place
        d = own_dates(text, m.end(), dates, bare=True)
        if d is None:
            continue
        name = f"{m.group('noun')} in {m.group('place')}"
        mention = EventMention(slug(f"{name} {d.start.year}"), name, _placed_kinds()[m.group("noun")], m.span())
        out.append(dated_by(mention, d))
    return out
