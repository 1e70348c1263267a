"""A run-in heading before a country that asks (``2 Proposals Australia invites the Council: a) ...``).

A PDF keeps a numbered section's heading on its paragraph's first line; before ``The``, a person or a lettered item
:data:`~wsiskg.ingest.extract.requests._RUN_IN_HEAD` drops it. Before a country named as the subject of a verb of
asking the heading was read as part of the subject (``Proposals Australia``), which names no agent, and the request
was lost. :func:`run_in_country` is where such a heading ends: the country's name opens right after it (a name that
starts inside the heading, ``Equatorial Guinea``, is no heading before ``Guinea``), the heading's words are no function
words (``Delegates from Australia asked``: the delegates), and a finite verb of asking follows the name.
"""

from __future__ import annotations

import re

from wsiskg.ingest.extract.countries import country_spans
from wsiskg.ingest.extract.gazetteer import adverb_alternation
from wsiskg.ingest.extract.request_verbs import _form_kind, _verbs
from wsiskg.ingest.extract.warnings import stopwords

#: a section number and a heading of one capitalised word and up to three lower-case ones
_HEAD = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?P<words>[A-Z][a-z]+(?:\s+[a-z]+){0,3})\s+")
#: an adverb between the country and its verb (``Australia further invites``)
_ADVERB = re.compile(rf"\s+(?:(?:\w+ly|{adverb_alternation('addition')})\s+)?")


def run_in_country(text: str) -> int:
    """The end of a run-in heading before a country that opens ``text``'s sentence and asks (``2 Proposals
    Australia invites``: the offset of ``Australia``); 0 when ``text`` opens with none."""
    head = _HEAD.match(text)
    if head is None or head.group("words").split()[0].lower() in stopwords():
        return 0
    if any(w in stopwords() for w in head.group("words").split()[1:]):
        return 0  # "Delegates from Australia asked": the delegates ask
    country = next((s for s in country_spans(text[:200]) if s.start < head.end() + 1), None)
    if country is None or country.start != head.end():
        return 0  # no country right after the heading, or one that starts inside it ("Equatorial Guinea")
    gap = _ADVERB.match(text, country.end)
    pattern, forms = _verbs()
    verb = pattern.match(text, gap.end()) if gap else None
    finite = verb is not None and _form_kind(verb.group(0), forms[" ".join(verb.group(0).lower().split())].entry)
    return head.end() if finite in ("s", "ed") else 0
