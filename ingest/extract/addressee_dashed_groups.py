"""Groups in lower case listed between spaced dashes after a group that a request asks (``I call on the
community – governments, the private sector and academia – to ...``): each group of the list is asked with
the group before it, as names listed so are (:func:`.addressee_phrases._dashed_members`, decisions 12 and 34).
Read by :func:`.addressee_phrases.noun_phrase`; words: ``collectives.csv`` and ``english-stopwords.csv``."""

from __future__ import annotations

import re

from wsiskg.ingest.extract.gazetteer import collectives
from wsiskg.ingest.extract.warnings import stopwords

#: a short noun phrase in lower case: ``operators``, ``the private sector``, ``satellite companies``
_LOWER_GROUP = re.compile(r"(?:the\s+)?(?P<words>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})")


def listed_groups(pieces: list[str], closed: bool) -> bool:
    """Whether the conjuncts of a list between spaced dashes (``closed``: a dash ends it too, an aside the whole
    list) are groups in lower case asked with the group before it: two or more short noun phrases of no function
    word (never an aside, ``in consultation with the Chair``), one of them at least a known group
    (``collectives.csv``) or a plural (``operators``)."""
    if not closed or len(pieces) < 2:
        return False
    found = [_LOWER_GROUP.fullmatch(p) for p in pieces]
    if any(m is None or set(m["words"].split()) & stopwords() for m in found):
        return False
    known = collectives()
    return any(m["words"] in known or m["words"].endswith("s") for m in found if m is not None)
