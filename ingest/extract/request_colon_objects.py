"""The object of a verb of asking right before a colon that leads items (``requested the secretariat:``, ``calls upon
the Conference to:``), which may name members after the group, set off by a comma (``requests all members, in
particular regulators and operators:``, ``invites development partners, including the regional banks, to:``): the
words of kind ``member`` of ``ingest/data/addressee-words.csv``, whose members are asked with the group
(:mod:`.addressee_phrases`, decision 12), as they are in a sentence that goes on with ``to`` and a verb."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.addressee_phrases import _words
from wsiskg.ingest.text import alternation

#: a stretch of the object: no comma, semicolon or colon, a stop only inside a word (``U.S.``)
_PART = r"(?:[^,;:.]|\.(?=\w)){1,100}?"


@cache
def object_colon() -> re.Pattern[str]:
    """An object then a colon after a verb of asking (group ``who``), its members perhaps named after a comma."""
    members = alternation(_words("member"), spaces=True)
    return re.compile(rf"\s+(?P<who>{_PART}(?:,\s*(?:and\s+)?(?:{members})\s+{_PART},?)?)(?:\s+to)?\s*:\s*")
