"""A verb of asking coordinated inside a recommendation's ``that`` clause (``The Group recommended that the
Council amend its terms of reference and instruct the secretariat to ...``, ``We suggest that the Rapporteur
include the study and invite other members to ...``): what the clause's subject is to ask, no one has asked yet
(decision 43 of ``docs/annotation-guide.md``: one request, to the one recommended to act, with the inner request
in its action). A motion put to the body that records it (``The Chair proposed that the Council approve A and
instruct X to ...``) is the body's request and is read before (``request_co_subjects._moved_body``).

The verbs of recommending are :data:`.request_verbs.RECOMMENDING`, their forms those of ``request-kinds.csv``.
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.gazetteer import request_kinds
from wsiskg.ingest.extract.request_verbs import RECOMMENDING, _form_kind
from wsiskg.ingest.text import alternation


@cache
def _recommended_that() -> re.Pattern[str]:
    """A verb of recommending (not its participle) and its ``that``, then the clause up to the end of the words
    before the verb, with no clause break between (``;``, a colon before an item's label: ``recommends that the
    Council: a) ...``) and no other ``that`` (a colon inside a title, ``the report X: Success Stories``, goes on)."""
    forms = [f for e in request_kinds() if e.verb in RECOMMENDING for f in e.forms if _form_kind(f, e) != "ing"]
    label = r"(?:\(?[a-z0-9]{1,4}[.)]|[-–•])"  # an item's label after a colon: "a)", "(ii)", "-"
    return re.compile(
        rf"(?<![\w-])(?:{alternation(forms, spaces=True)})\s+that\s+(?:(?!\bthat\b)(?!:\s*{label})[^;])+$",
        re.IGNORECASE,
    )


def nested_in_recommendation(pre: str) -> bool:
    """Whether a verb in the base form whose words before are ``pre`` is coordinated inside the ``that`` clause
    of a verb of recommending (``recommended that the Council amend X and`` instruct ...): the clause subject's
    verb, asked of no one yet."""
    return _recommended_that().search(pre) is not None
