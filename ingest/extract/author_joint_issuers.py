"""The bodies an issuer line names together: ``Prepared by the X Office and the Y Agency (YA)``.

A document that two bodies prepare together (a joint draft, an after-action report, a joint brief) is each one's:
its requests with no asker of their own are credited to every issuer (decisions 47, 55 and 59), as a letter signed
by several is each signer's (decision 18). Only a header line of an ``issuer`` cue (``author-cues.csv``) that is
nothing but the names joined by commas and ``and`` counts: ``Prepared by the X Secretariat, Y Department`` (a unit
and its parent, no ``and``) names one issuer. Read by :mod:`.requests` with the co-signers; a record of a meeting
that was found speaks for its meeting (:func:`.author_headers._issuer_of_record`).
"""

from __future__ import annotations

import re

from wsiskg.ingest.extract.agent_resolver import Actors
from wsiskg.ingest.extract.author_agents import _FRONT, _spans_of
from wsiskg.ingest.extract.author_cues import author_cues
from wsiskg.ingest.extract.author_headers import _header
from wsiskg.ingest.extract.genre import records_meeting
from wsiskg.ingest.records import AgentRef, ParsedReport

#: what may stand between two issuers: an acronym in brackets, then a comma or ``and``, then ``the``
_BETWEEN = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?", re.IGNORECASE)
#: the article before the first issuer
_THE = re.compile(r"the\s+", re.IGNORECASE)
#: a name's acronym in brackets right after it
_ACRONYM = re.compile(r"\s*\([^()]{1,20}\)")
#: what may end the line after the last issuer: an acronym in brackets, a full stop
_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*\.?\s*")


def joint_issuers(report: ParsedReport, actors: Actors, meeting_found: bool) -> tuple[AgentRef, ...]:
    """The bodies (or countries) the first issuer line of the front names together, in order; ``()`` when it names
    one, when a named issuer is no body, or in the record of a meeting that was found."""
    if meeting_found and records_meeting(report):
        return ()
    front = [(p.order, p.text) for p in report.paragraphs[:_FRONT] if p.section == "front"]
    texts: list[tuple[int | None, str]] = [(None, report.title or ""), *front]
    for order, text in texts:
        m = _header().match(text.strip())
        if m is None or " ".join(m.group("cue").lower().split()) not in author_cues("issuer"):
            continue
        return _named_together(actors, order, text.strip(), m.start("who"))
    return ()


def _named_together(actors: Actors, order: int | None, text: str, start: int) -> tuple[AgentRef, ...]:
    """The agents ``text`` names from ``start`` to its end with nothing else between them, joined by ``and``."""
    at = m.end() if (m := _THE.match(text, start)) else start
    found: list[AgentRef] = []
    joined = False
    for span in sorted(_spans_of(actors, order, text), key=lambda s: s.start):
        if span.start < at:
            continue
        refs = actors.resolver.ref(span)
        if found and refs[:1] == found[-1:] and _ACRONYM.fullmatch(text[at : span.end + 1]):
            at = span.end + 1  # "the X Union (XU)": the name's acronym
            continue
        gap = _BETWEEN.fullmatch(text[at : span.start]) if found else None
        if found and gap is None or not found and span.start != at:
            return ()
        if not refs or refs[0].kind not in ("body", "country"):
            return ()
        joined = joined or bool(gap and " and " in f" {gap.group(0).lower()} ")
        if refs[0] not in found:
            found.append(refs[0])
        at = span.end
    return tuple(found) if len(found) > 1 and joined and _AFTER.fullmatch(text[at:]) else ()
