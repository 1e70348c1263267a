"""A document's summary of what it asks is no request of its own: ``This contribution ... proposes that the Group
give greater attention to X`` or ``Summary This contribution ... asks the Group to take three steps`` at the head of
a contribution sums up the requests its body makes (``ATU requests the Group: a) ...; b) ...``); read as a request
too, it was one pair more than the document asks.

Two kinds of evidence: the sentence names the document itself as the subject, in capitals as a sentence opens
(``request-texts.csv`` column ``itself``: ``This contribution``, ``The present paper``; not ``the Group is invited to
consider this contribution``), and the same requester asks the same party again in a later paragraph. A summary
that is the document's only request to that party (an excerpt cut after it) is kept."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.records import Request
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation


@cache
def _itself() -> re.Pattern[str]:
    """The document naming itself as a sentence's subject: ``This contribution``, ``The present paper``."""
    heads = [r["head"] for r in data_rows("request-texts.csv") if r.get("itself") == "yes"]
    return re.compile(rf"\b(?:This|The\s+present)\s+(?:{alternation(heads)})\b")


def _asked_again(summary: Request, later: Request) -> bool:
    """Whether ``later`` asks, after ``summary``'s paragraph, one of its addressees again for the same requester."""
    parties = {(a.kind, a.key) for a in summary.addressees}
    return (
        later.paragraph > summary.paragraph
        and later.requester == summary.requester
        and bool(parties & {(a.kind, a.key) for a in later.addressees})
    )


def without_summaries(requests: tuple[Request, ...]) -> tuple[Request, ...]:
    """``requests`` without those that sum up, under the document's own name, what it asks again below."""
    return tuple(
        r
        for i, r in enumerate(requests)
        if not (_itself().search(r.sentence) and any(_asked_again(r, later) for later in requests[i + 1 :]))
    )
