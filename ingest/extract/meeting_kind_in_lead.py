"""The report's own meeting whose body the lead's opening sentence names with the kind of meeting it is (decision 3:
the body that met as the document writes it; decision 6: its first full mention): the readers found a catalogue
body or a series by the header (``ITU Kaleidoscope 2031 — Topic`` / ``Lima, 3–5 May 2031``; ``Commission on X`` /
``2031–2032 Intersessional Panel — Summary by the Chair``), and the first sentence of the lead opens with one of
that body's names, a few lower-case words (or a year, a span of years) and an event's noun, the subject of a verb
of meeting (``The ITU Kaleidoscope academic conference met in Lima ...``, ``The CSTD 2031–2032 intersessional panel
met at ...``): the body that met is the lead's whole name, and so the asker of ``The conference: a) invited ...``.

Two kinds of evidence: the position (the opening sentence of the lead's first paragraph of prose, the subject of
``met``, ``was held``, ``took place`` ..., ``meeting_words.csv`` role ``met``) and the form (one of the found body's
names followed by one to three lower-case words closed by a noun of ``event_nouns.csv`` that is no meeting's,
session's or observance's, nor a plain event's (``meeting_words.csv`` role ``plain-kind``: ``The ITU X flagship event
took place`` is X's): ``The Study Group 13 meeting was held`` is Study Group 13's meeting, decision 3; the noun is the
last word before the verb)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from wsiskg.ingest.records import Meeting, ParsedReport
from wsiskg.ingest.text import alternation

from .keys import slug
from .meeting_lead import LEAD_PARAGRAPHS, _headings
from .meeting_words import event_nouns, meeting_words

#: the kinds of ``event_nouns.csv`` whose noun names no meeting of a kind of its own after a body's name: a
#: meeting, a session or a track of it (decision 3: ``the X meeting`` is X's), an observance
_NOT_KINDS = frozenset({"meeting", "session", "observance"})
#: the lower-case words between the body's name and the noun, one at least (a noun right after the name restates
#: its kind: ``The WTDC-30 conference was held``): a word, a year or a span of years
_MIDDLE = r"(?:(?:[a-z][a-z\-]*|(?:19|20)\d\d(?:[–\-/](?:19|20)?\d\d)?)\s+){1,3}"


def kind_in_lead(report: ParsedReport, forms: frozenset[str], meeting: Meeting) -> Meeting:
    """``meeting`` of the body the lead's opening sentence names whole with its kind (see the module), ``forms``
    the found body's names; else ``meeting`` as it is."""
    if not forms:
        return meeting
    lead = list(report.paragraphs[:LEAD_PARAGRAPHS])
    headings = _headings(lead)
    first = next((p for p in lead if p.order not in headings), None)
    if first is None:
        return meeting
    m = _opening(tuple(sorted(forms, key=lambda f: (-len(f), f)))).match(first.text)
    if m is None or slug(m["name"]) == meeting.body:
        return meeting
    return replace(meeting, body=slug(m["name"]), paragraphs=tuple(sorted({*meeting.paragraphs, first.order})))


@cache
def _opening(forms: tuple[str, ...]) -> re.Pattern[str]:
    """``The <one of forms> <lower-case words> <event noun> <verb of meeting>`` opening a paragraph (after its
    number)."""
    written = "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms)
    plain = {w.lower() for w in meeting_words("plain-kind")}
    kinds = [n.lower() for n, kind in event_nouns().items() if kind not in _NOT_KINDS and n.lower() not in plain]
    nouns = alternation(kinds, spaces=True)
    verbs = alternation(meeting_words("met"), spaces=True)
    return re.compile(
        rf"^(?:\d+(?:\.\d+)*\.?\s+)?The\s+(?P<name>(?i:{written})\s+{_MIDDLE}(?:{nouns}))\s+(?:{verbs})\b"
    )
