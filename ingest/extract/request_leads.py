"""A list's lead and its items: which request the next paragraphs' items stand for and one request per item.

Holds the patterns of list items (``1 to submit ...``, ``b) that the Council ...``, a decision's ``a) to request
...``, an item whose mark the layout lost), ``_wrapped`` (a line a hard break cut off from the one before),
``_next_lead`` (the request whose items the next paragraphs hold: ``recommends that the Council:``, ``TDAG:``,
``The Group decided:``), ``_lead_items`` (each item a request in place of its lead) and ``_bare_item`` (an item
of a lead ending ``agreed to:``). Split out of :mod:`.requests`; the lettered items themselves are read in
:mod:`.request_items`. The functions taking ``self`` are methods of
:class:`~wsiskg.ingest.extract.requests._Reader` (assigned in its class body; ``self`` is the reader).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from wsiskg.ingest.extract import request_items, request_subjects
from wsiskg.ingest.extract.request_clauses import _ADOPTS_ITEMS, _INLINE_ITEM
from wsiskg.ingest.extract.request_draft_leads import draft_adopter
from wsiskg.ingest.extract.request_verbs import _ENUMERATOR, AMENDMENT, _verbs
from wsiskg.ingest.records import Decision, Request
from wsiskg.ingest.text import LIST_MARK

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader

#: a paragraph that leads list items: ``The Group:``, ``requested the coordinators to`` (items follow)
_LEADS_ITEMS = re.compile(r"(?::|\sto)\s*$")
#: a "heading" longer than this is a sentence the parser took for one (cut by a page break)
_HEADING_SIZE = 90
#: an item of an operative lead: ``1 to submit ...``, ``b) that the Council ...``, ``ii. to finalize ...``,
#: ``to integrate ...``, a drafted text's ``ADD 2bis to report ...``, ``in collaboration with X, to organize ...``
_ITEM = re.compile(
    rf"^\s*(?:(?:\(?(?:[a-z]|\d{{1,2}})\)\s*|\(?[ivx]{{1,4}}[.)]\s*|(?:{AMENDMENT})?\d{{1,2}}(?:bis|ter|quater)?\.?\s+|{LIST_MARK}\s*)?"
    r"(?:(?:in|with|within|through|under|by)\s[^;:,]{1,120},\s*)?(?=to\s+[a-z]|that\s+\S)|"
    r"[A-Z][a-z]+\s+\d{1,2}\s*:\s*(?=[a-z]))"  # "Proposal 2: invite ...": an item labelled by a word and a number
)

#: the label of an item of a list of decisions: ``a)``, ``2.``, a roman number (``iii.``, ``(iv)``), a dash,
#: ``Decision 2``, a paragraph's sub-number (``3.2``: the items of ``3. Decisions`` / ``The meeting decided:``)
_ITEM_LABEL = (
    rf"(?:\(?[a-z0-9]{{1,2}}\)|\(?[ivx]{{1,4}}[.)]|\d{{1,2}}\.\d{{1,2}}\.?(?=\s)|\d{{1,2}}\.|\d{{1,2}}(?=\s+to\s)|{LIST_MARK}"
    r"|[A-Z][a-z]+\s+\d{1,2}\s*[:.)]?)?"
)
#: an item of a list of decisions: ``Decision 2  to endorse ...``, ``a) to request ...``, ``To instruct ...``
_DECIDED_ITEM = re.compile(rf"^\s*{_ITEM_LABEL}\s*[Tt]o\s+[a-z]")
#: a verb of such an item: right after its label, or after ``and to`` / ``, to``
_DECIDED_TO = re.compile(rf"(?:^\s*{_ITEM_LABEL}\s*[Tt]o|(?:,|;|\band)\s+to)\s+$")
#: a lead whose verb of deciding takes its items' verbs: ``The Council agreed to:`` / ``decided, to:``; also a
#: ``that`` clause whose subject is a text and not an agent, with a modal (``agreed that the revised Resolution 9
#: should:`` / ``a) invite X to ...``: the verbs of the text its adopters decided on)
_DECIDED_TO_LEAD = re.compile(rf",?\s+to\s*:\s*$|\s+that\s+(?:[^:;]{{2,100}}?)\s+{request_subjects.LEAD_MODAL}\s*:\s*$")
#: an item of such a lead: its verb in the base form with no ``to``, after a label (``a) request X to ...``)
_BARE_ITEM = re.compile(rf"^\s*{_ITEM_LABEL}\s*[a-z]{{2,}}\s")
#: a paragraph that ends within its sentence (no closing stop, semicolon or colon)
_OPEN_END = re.compile(r"[\w,)]\s*$")
#: the words before an item's verb: a label or nothing
_BARE_PRE = re.compile(rf"\s*{_ITEM_LABEL}\s*")
#: an action that ends by announcing the list after it: ``... on the following topics``
_FOLLOWING = re.compile(r"\s*\b(?:the\s+)?following(?:\s+[a-z]+){0,2}\s*:?\s*$")
#: an item whose list mark was lost (a Word list read as paragraphs): it opens on a verb in the past
_UNMARKED_ITEM = re.compile(r"\s*[a-z]+ed\b")
#: a paragraph that ends on a word, its last words a subject without the colon before the items that go on with it
#: (``Noting the shortfall, the Committee`` / ``(a) urged the members to ...``)
_OPEN_END_LEAD = re.compile(r"\s[A-Za-z][a-z]+$")
#: an item ``1`` numbered inline, its next items in paragraphs of their own
_FIRST_ITEM = re.compile(r"\s1\)?\s+to\s+[a-z]")


def _wrapped(previous: str, text: str) -> bool:
    """Whether ``text`` only goes on with the line before it, cut by a hard line break (a text file, a PDF):
    the line before ends within its sentence and this one is no item and has no verb of asking or deciding
    (``Development Bureau,``, ``2004 session;`` between a resolution's operative lead and its items)."""
    return (
        _OPEN_END.search(previous) is not None
        and _ITEM.match(text) is None
        and not _ENUMERATOR.match(text)
        and _verbs()[0].search(text) is None
    )


def _opens_clause(text: str) -> bool:
    """Whether a "heading" of a resolution text is one of its operative clauses cut short by the layout
    (``Encourages Member States to involve ... and to share``): it opens on a verb in the ``-s`` form."""
    verb = _verbs()[0].match(text)
    return verb is not None and verb.group(0)[:1].isupper() and verb.group(0).split()[0].endswith("s")


def _unmarked_item(text: str) -> bool:
    """An item whose list mark was lost (a Word list read as paragraphs): it opens on a verb in the past
    (``invited X to ...``) or on a verb of asking in lower case (``requests the secretariat to ...``)."""
    if _UNMARKED_ITEM.match(text):
        return True
    verb = _verbs()[0].match(text.lstrip())
    return verb is not None and verb.group(0).islower()


def _bare_item(self: _Reader, text: str, whole: bool = False) -> bool:
    """An item of a lead ending ``agreed to:`` (``a) request X to ...``): its label then its verb (``whole``:
    ``text`` is the words before the verb, the label alone)."""
    if not self._decided_to:
        return False
    if whole:
        return _BARE_PRE.fullmatch(text) is not None
    # an item's second line set apart by the layout ("... to all" / "Member States by 1 May;") goes on
    item = _BARE_ITEM.match(text) is not None or self._open_item
    self._open_item = item and _OPEN_END.search(text) is not None
    return item


def _lead_items(self: _Reader, lead: Request, order: int, section: str, text: str, requests: list[Request]) -> str:
    """The items of a lead (``recommends that the Council:`` then ``a) ...``) in one paragraph, each a request
    in place of the lead; what follows the last item is returned to be read on."""
    # "Spain and Portugal invite the Council:": a lead of each co-requester, each asking every item
    if lead in requests:
        self._leads = [r for r in requests if replace(r, requester=lead.requester) == lead]
    leads = self._leads if lead in self._leads else [lead]
    for one in leads:
        requests.remove(one) if one in requests else None  # its items stand for it
    item, rest = self._item(lead, order, section, text)
    while True:
        stem = lead.action if _ADOPTS_ITEMS.fullmatch(lead.action) else _FOLLOWING.sub("", lead.action)
        if item is not None and (stem != lead.action or request_items.infinitive_cut(lead)):
            item = replace(item, action=f"{stem} {item.action}")  # "submit contributions on" + the topic
        if item is not None:
            requests += (
                [replace(item, requester=one.requester) for one in leads]
                if item.requester == lead.requester
                else [item]
            )
        if not _ITEM.match(rest) or not rest.strip():
            return rest
        item, rest = self._item(lead, order, section, rest)  # "1 to A; 2 to B": item 2 inline


def _next_lead(
    self: _Reader,
    last: Request | None,
    order: int,
    text: str,
    decisions: list[Decision],
    sentences: list[tuple[int, int]],
) -> Request | None:
    """The request whose items the next paragraphs hold (``last`` is the paragraph's last request, None when
    it read none); sets the list's subject and the decision items lead for a paragraph ending in a colon."""
    if (adopter := draft_adopter(self, order, text)) is not None:  # "By the draft resolution, the Council would:"
        self._item_subject = adopter  # its items are the adopting body's requests
        return None
    if last is not None and not last.action and (_LEADS_ITEMS.search(text) or last.requester == self.issuer):
        return last
    if last is not None and text.rstrip().endswith(":") and _ADOPTS_ITEMS.fullmatch(last.action):
        return last  # "that the Council adopt three decisions:" then "First, to request ...": the items stand for it
    if last is not None and text.rstrip().endswith(":") and request_items.infinitive_cut(last):
        return last  # "invites the Group to recommend that the Council:" then "a) request ...": the clause's end
    if last is not None and text.rstrip().endswith(":") and _FOLLOWING.search(last.action):
        return last  # "invite X to submit contributions on the following topics:" then one per topic
    if last is not None and _FIRST_ITEM.search(last.sentence) and not _INLINE_ITEM.search(last.action):
        return replace(last, action="")  # "instruct X 1 to A" then "2 to B": item 1 stays
    if last is None and _OPEN_END_LEAD.search(text) and (who := self._list_subject(order, text.rstrip() + ":")):
        self._item_subject = who  # "Noting X, the Committee" / "(a) urged Y to ...": a colon the layout lost
        return None
    if last is None and text.rstrip().endswith(":"):  # "TDAG:" then "a) requested BDT to ..."
        self._item_subject = self._list_subject(order, text)
        lead = request_items.decision_lead(decisions, order, text, self.meeting_ref)  # "X agreed that:"
        proposals = None if lead is not None else request_items.proposals_lead(self, order, text)
        if proposals is not None and self._item_subject is None:
            self._item_subject = proposals.requester  # "The committee made the following recommendations:": its items
        lead = lead or proposals  # "Kenya makes two proposals:"
        self._decided = self.decided_lead(order, _DECIDED_TO_LEAD.sub(":", text), sentences)
        self._decided_to = self._decided is not None and _DECIDED_TO_LEAD.search(text) is not None
        return lead
    if last is None and self._decided is None:  # "The Council, having considered ..., decides" then "3 to ..."
        self._decided = self.decided_lead(order, text, sentences)
        self._decided_to = False
    return None
