"""The leads and asides a request's subject is read around: the modal of a lead clause before its items
(``LEAD_MODAL``), a paragraph's number (``NUMBER_LEAD``), an aside after a modal (``modal_aside_dropped``) and
an aside closing the words before a verb of asking (``aside_dropped``).
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.addressee_phrases import aside_between_commas
from wsiskg.ingest.extract.gazetteer import adverb_alternation, determiners, modal_alternation
from wsiskg.ingest.text import alternation

#: the modal of a lead clause before its items (``should``, ``would also``, ``shall further``, ``will kindly``),
#: read by the subject's colon here and by the requests' lead of a text decided on (``request_leads._DECIDED_TO_LEAD``)
LEAD_MODAL = rf"(?:{modal_alternation('obligation')})(?:\s+(?:{adverb_alternation('addition')}|\w+ly))?"


#: a paragraph number or an item's label left before a subject (``7 The President``, ``(a) The Forum``,
#: ``ii) The Group``, ``b. The Meeting``, an annex's lettered number ``B.2 UNESCO``; a Roman numeral in capitals with
#: its full stop only before a capitalised opener of ``determiners.csv``, ``V. The secretariat``, never an initial,
#: ``V. Ivanov``)
NUMBER_LEAD = re.compile(
    r"(?:(?:(?<!\S)[A-Z]\.)?\d{1,2}(?:\.\d{1,2})*\.?|(?<!\S)(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|[a-z]\."
    rf"|[IVXL]{{1,6}}\.(?=\s+(?:{alternation([w.capitalize() for w in determiners('opener')])})\s)))\s+(?=[A-Z])"
)


@cache
def _modal_aside() -> re.Pattern[str]:
    """A modal and the aside between commas after it (:func:`.addressee_phrases.aside_between_commas`):
    ``that the study groups shall, where appropriate, invite ...``, ``that Member States should, in
    cooperation with industry, share ...``; the clause reads as if the aside stood elsewhere."""
    return re.compile(rf"(?<![\w-])(?P<modal>{LEAD_MODAL})(?:{aside_between_commas().pattern})\s*")


def modal_aside_dropped(clause: str) -> str:
    """``clause`` without the first aside right after a modal (:func:`_modal_aside`): ``the study groups shall,
    where appropriate, invite X`` reads ``the study groups shall invite X``."""
    return _modal_aside().sub(r"\g<modal> ", clause, count=1) if "," in clause else clause


@cache
def _closing_aside() -> re.Pattern[str]:
    """An aside between commas that ends the words before a verb, after a modal (:func:`_modal_aside`) or after a
    ``that`` clause's subject: ``that the study groups shall, where appropriate,|``, ``that Member States, in
    cooperation with industry,|``."""
    that = rf"(?P<that>\bthat\s+[^,;:]{{1,100}}?)(?:{aside_between_commas().pattern})\s*"
    return re.compile(rf"(?:{_modal_aside().pattern}|{that})$")


def aside_dropped(pre: str) -> str:
    """``pre`` without the aside that ends it after a modal or a ``that`` clause's subject (:func:`_closing_aside`):
    the verb after it is the clause's own (``that X shall, where appropriate, invite``: ``that X shall invite``),
    never one coordinated with the verb before."""
    if "," not in pre or (m := _closing_aside().search(pre)) is None:
        return pre
    return pre[: m.start()] + (m.group("modal") or m.group("that")) + " "
