"""Action lists: ``X to do Y`` as an item of a list of actions is a request to X.

A line of a list of actions names whom it asks and what, with no verb of asking: ``Action:
Secretariat to circulate the revised draft by 30 June``, ``- BDT to prepare a summary``, or an
item after a lead that ends with a colon (``Actions agreed:`` / ``TSB to update the web page;``).
``action_line`` reads such a line: the agents before ``to`` (the one noun-phrase reader,
``objects``), then a verb in the base form; the request is the one of the record's voice (the
meeting body, else the document's author), kind ``agree`` (what the meeting agreed to be done).
An action table asks one request a row (``No. | Action | Responsible | Deadline``, ``Action item |
Lead | By``; a Word table's row comes with its cells joined by ``, ``): a header row with an action
column and a column of who (``request-table-columns.csv``; the due column is one
:func:`~wsiskg.ingest.extract.dates.is_due_header` names) opens it, each row with as many cells
after it (or one fewer, the due cell left out) is a request of the record's voice to whom its who
column names (``objects``), its action the action cell (an imperative, ``Circulate the draft ...``, or
a deliverable, ``Draft chapter on X``: decision 31 of ``docs/annotation-guide.md``, round 16; the
headers ``Item``, ``Outcome``, ``Recommendation`` / ``Addressed to`` too), its deadline the day of its
due cell; extra cells of a Word row are the who column's list (``Member States, employers'
organizations``). ``table_request`` reads it.

The functions are methods of :class:`~wsiskg.ingest.extract.requests._Reader` (assigned in its
class body; ``self`` is the reader).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.addressee_phrases import states_intent
from wsiskg.ingest.extract.dates import column_due_dates, is_due_header
from wsiskg.ingest.extract.event_dates import role_phrases
from wsiskg.ingest.extract.gazetteer import VerbEntry, auxiliary_alternation, modal_alternation, request_kinds
from wsiskg.ingest.extract.request_verbs import _verbs
from wsiskg.ingest.extract.warnings import stopwords
from wsiskg.ingest.records import Request
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH_CHARS, DASHES, LIST_MARK, alternation, table_cells

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


#: an action line: a label or a list mark, the agents, ``to`` and a verb in lower case
_ACTION_LINE = re.compile(
    rf"^\s*(?P<mark>(?:Actions?(?:\s+items?)?|Follow-up|To\s+do)(?:\s+\d{{1,3}}(?:\.\d{{1,3}})*)?\s*[:{DASH_CHARS}]\s*|{LIST_MARK}\s*|"
    r"\(?[a-z0-9]{1,2}[).]\s*)?(?P<who>[A-Z][^:;.!?]{0,80}?)\s+to\s+(?P<verb>[a-z]{2,})\b"
)

#: a line of a list of recommendations that names whom before a colon: ``(a) To the Arab States: to
#: establish ...``, ``- To ITU: continue its support ...``
_ADDRESSED_LINE = re.compile(
    rf"^\s*(?P<mark>\(?[a-z0-9]{{1,2}}[).]\s*|{LIST_MARK}\s*)?To\s+(?P<who>(?:the\s+[A-Za-z]|[A-Z])[^:;.!?]{{0,100}}?)\s*:\s*"
    r"(?:to\s+)?(?P<verb>[a-z]{2,})\b"
)


def action_line(self: _Reader, order: int, section: str, text: str, listed: bool) -> Request | None:
    """The request of an action line (``Action: BDT to prepare a summary by 1 May``), else
    ``None``; without a label or a mark only in a list (``listed``: a list item, or a paragraph
    after a lead ending with a colon), where ``(a) To X: to do Y`` also names X."""
    line = _role_aside_blanked(text)  # "Working Group 2, chaired by Eng. A (Egypt), to hold ...": the group
    m = _ACTION_LINE.match(line) or (_ADDRESSED_LINE.match(line) if listed else None)
    if m is None or (not m.group("mark") and not listed) or m.group("verb") in _NOT_VERBS:
        return None
    who = m.group("who")
    entry = _agreed()
    if m.group("mark") and (asked := _ASKED.search(who)) and (form := _verbs()[1].get(asked.group(1).lower())):
        who, entry = who[: asked.start()], form.entry  # "Action 2 – Member States invited to nominate ...": invite
    if m.group("verb") in stopwords() or _VERB_LIKE.search(who) or "," in who or states_intent(who):
        return None  # "Contributions to the ...": no verb; "(b) The Group agreed to", "X stands ready to": a sentence
    if _PRONOUN.match(who) or _verbs()[0].search(who):  # "(b) Invites all stakeholders to ...", "(i) We ask X to"
        return None
    requester = self.issuer or self.author or self.meeting_ref
    addressees = self.objects(who, order, m.start("who"), requester)
    if not addressees or entry is None or any(a == requester for a in addressees):
        return None
    action = text[m.start("verb") :].strip().rstrip(";,")
    return self.request(order, section, entry, requester, addressees, action, text, len(text))


@cache
def _role_aside() -> re.Pattern[str]:
    """An aside between commas naming who chairs or leads the agents of an action line, right before ``to`` and a
    verb: ``, chaired by Eng. A (Egypt),``, ``, coordinated by Ms B,`` (the phrases of ``role-verbs.csv``)."""
    return re.compile(rf",\s*(?:{alternation(role_phrases(), spaces=True)})\s+[^,;:]{{1,120}}?,(?=\s+to\s+[a-z])")


def _role_aside_blanked(text: str) -> str:
    """``text`` with the first aside of :func:`_role_aside` blanked out (same length: offsets hold)."""
    m = _role_aside().search(text) if "," in text else None
    return text if m is None else text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]


#: a verb inside what stands before ``to``: the line is a sentence (``The Group considered X and agreed to``)
_VERB_LIKE = re.compile(rf"\b(?:[a-z]+ed|{auxiliary_alternation(role='clause')}|{modal_alternation()})\b")
#: a participle of a verb of asking closing the agents of a labelled action: ``Member States invited``
_ASKED = re.compile(rf"\s+(?:(?:{auxiliary_alternation('be', 'present+clause')})\s+)?([a-z]+ed)$")
#: a pronoun opening a sentence: ``We ask the secretariat to ...``
_PRONOUN = re.compile(r"(?:We|I|You|They|It|He|She)\b")
#: words after ``to`` that are no verb of an action: ``to be``, ``to date``
_NOT_VERBS = frozenset({"be", "date", "note", "whom", "which"})


def _agreed() -> VerbEntry | None:
    """The kind of what a meeting agreed to be done (``agree``)."""
    return next((e for e in request_kinds() if e.verb == "agree"), None)


@cache
def _table_columns() -> dict[str, str]:
    """An action table's column header (lower case) -> ``action``, ``who`` or ``due`` (besides the
    headers :func:`~wsiskg.ingest.extract.dates.is_due_header` names)."""
    return {r["header"]: r["role"] for r in data_rows("request-table-columns.csv")}


def column_role(header: str) -> str | None:
    """The role a table's column header names (``request-table-columns.csv``: ``action``, ``item``, ``who``,
    ``due``), case, spacing and a closing ``:`` or ``.`` aside; ``None`` for a header it does not list."""
    return _table_columns().get(" ".join(header.strip(" :.").lower().split()))


def table_header(text: str) -> list[str | None] | None:
    """The role of each column of an action table's header row (``action``, ``who``, ``due``, else
    ``None``: ``No.``); ``None`` when the line is no such header (no action or no who column)."""
    cells = [" ".join(text[a:b].strip(" :.").lower().split()) for a, b in table_cells(text)]
    if len(cells) < 2 or any(len(c) > 40 for c in cells):
        return None
    roles = [_table_columns().get(c) or ("due" if is_due_header(c) else None) for c in cells]
    # "Item | Date | Responsible": the item is the action; "Item | Proposal | Addressed to": the row's number
    roles = [("action" if "action" not in roles else None) if r == "item" else r for r in roles]
    return roles if "action" in roles and "who" in roles else None


#: the end of a sentence: a Word row whose cells outnumber the header's or fall one short of it, or that has a
#: verb of asking or deciding, and ends so is prose (``ECOSOC, in resolution E/RES/2020/12, requested the CSTD to
#: ...``, ``The next meeting is planned for 4-5 May 2021, back to back with X.``, ``... from 14 to 16 May 2019.``)
_PROSE_END = re.compile(r"[\w)]\.\s*$")
#: a text table's row whose first cell is empty (``| Draft X | PT1 | 15/11/2031`` under ``No. | Action | ...``)
_EMPTY_FIRST = re.compile(r"\s*\|\s*")


def join_who_list(spans: list[tuple[int, int]], who: int, extra: int) -> list[tuple[int, int]]:
    """The cells of a Word table's row with ``extra`` cells more than its header, the extra ones joined to the who
    column's (at ``who``): its list (``Member States, employers' organizations``)."""
    return [*spans[:who], (spans[who][0], spans[who + extra][1]), *spans[who + extra + 1 :]]


def _row_cells(text: str, roles: list[str | None]) -> dict[str, tuple[int, int]] | None:
    """The span of each role's cell in a row of an action table; the extra cells of a row with more
    cells than the header are the who column's list; ``None`` for a row with fewer cells."""
    spans = table_cells(text)
    if len(spans) == len(roles) - 1 and (empty := _EMPTY_FIRST.match(text)):  # "| Draft X | PT1 | 15/11/2031"
        spans = [(empty.start(), empty.start()), (empty.end(), spans[0][1]), *spans[1:]]  # its first cell is empty
    extra = len(spans) - len(roles)
    short = extra == -1 and roles[-1] == "due" and len(spans) > 1
    if short:  # "Compile replies, Rapporteur": no date given
        roles, extra = roles[:-1], 0
    if extra < 0 or ((extra or short or _verbs()[0].search(text)) and _PROSE_END.search(text)):
        return None  # a sentence with commas after the table ("The Group asked X, with Y, to ...."): prose
    spans = join_who_list(spans, roles.index("who"), extra)
    cells: dict[str, tuple[int, int]] = {}
    for role, span in zip(roles, spans, strict=True):
        if role == "action" and role in cells and _ROW_NUMBER.fullmatch(text[slice(*cells[role])].strip()):
            cells[role] = span  # "Recommendation | Action | Responsible": the first only numbers what the row does
        if role is not None:
            cells.setdefault(role, span)
    return cells


#: a cell that only numbers a row (``2``, ``4.1``, ``R3``, ``7.``): no action of its own
_ROW_NUMBER = re.compile(r"[A-Z]?\d{1,3}(?:\.\d{1,3})*[.)]?")


def no_one_named(text: str, roles: list[str | None]) -> bool:
    """Whether a row of an action table leaves its who cell blank (``Final meeting of the X, 10-11 May 2031, -``, a
    timetable's step that no one takes): no task, so its date stays the day of what it names."""
    cells = _row_cells(text, roles)
    return cells is not None and not text[cells["who"][0] : cells["who"][1]].strip(f" .{DASHES}")


def table_request(self: _Reader, order: int, section: str, text: str) -> tuple[bool, Request | None]:
    """Whether paragraph ``text`` is a header or a row of an action table (:func:`table_header`)
    that the other readers skip, and the request of a row: the record's voice asks whom its who
    column names to do its action (kind ``agree``), by the day of its due column. A line that reads
    as no such row (``Revised draft budget | Secretariat | ...``, a sentence after the table) is
    left to the other readers; a line of fewer cells ends the table."""
    text = _unbordered(text)  # "| Action | Responsible | Deadline |": a text table drawn with its outer bars
    if (roles := table_header(text)) is not None:
        self.action_table, self.action_table_pipes = roles, "|" in text
        return True, None
    # a line without " | " after a text table's header is prose, not a row read by its commas
    same = "|" in text or not self.action_table_pipes
    cells = _row_cells(text, self.action_table) if self.action_table and same else None
    if cells is None:
        self.action_table = None
        return False, None
    request = _row_request(self, order, section, text, cells)
    return request is not None, request


#: a text table's row drawn with its outer bars (``| Draft X | Secretariat | 4 May 2031 |``, a Markdown table)
_BORDERED = re.compile(r"^(\s*)\|(?=\s.*\s\|\s*$)(.*)\|(\s*)$", re.DOTALL)


def _unbordered(text: str) -> str:
    """``text`` with a bordered row's outer bars blanked (the offsets kept), so that its first and last cells are read
    as the cells between the inner bars are; any other text as it is."""
    m = _BORDERED.match(text)
    return f"{m.group(1)} {m.group(2)} {m.group(3)}" if m else text


#: a row's own label before its action: ``A1.``, ``3.``, ``2.1``, ``(b)``, ``iv)`` (an action plan
#: numbering its actions in the action cell)
_ROW_LABEL = re.compile(r"(?:[A-Z]?\d{1,2}(?:\.\d{1,2})*\.|\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})\))\s+(?=[A-Za-z])")
#: the words of an action: a word in lower case after its first, which may be hyphenated (``Cross-border handbook``,
#: ``Follow-up survey of X``) or an acronym (``OECS roaming charter review``)
_ACTION_WORDS = re.compile(r"(?:[A-Za-z][a-z]+(?:-[a-z]+)*|[A-Z]{2,}[\w-]*\s+[a-z]{2,})\s+\w")
#: a cell of capitalized words only: a name or a column's header (``Action Line``), no action
_NAME_ONLY = re.compile(r"(?:[A-Z][\w-]*\s*)+")


def action_cell(cell: str) -> str | None:
    """The action an action table's cell asks, its own label left out (``A1. Regional register of X``: ``Regional
    register of X``); ``None`` for a cell that is no action (a number, a name, capitalized words only)."""
    action = cell[m.end() :] if (m := _ROW_LABEL.match(cell)) else cell
    return action if _ACTION_WORDS.match(action) and not _NAME_ONLY.fullmatch(action) else None


def _row_request(
    self: _Reader, order: int, section: str, text: str, cells: dict[str, tuple[int, int]]
) -> Request | None:
    """The request of an action table's row (:func:`table_request`); ``None`` when its action cell is
    not words, its due cell holds neither a date nor a short phrase, or its who cell names no one."""
    (a, b), (wa, wb) = cells["action"], cells["who"]
    action, entry = action_cell(text[a:b]), _agreed()
    due_cell = text[slice(*cells["due"])] if "due" in cells else ""
    if action is None or entry is None:
        return None  # "1 | Secretariat | 15/04/2021", "Action Line | Facilitator | Contact": no action asked
    if len(due_cell.split()) > 4 and not re.search(r"\d", due_cell):
        return None  # "..., to all members, by the time the Group meets again.": a sentence, no row
    requester = self.issuer or self.author or self.meeting_ref
    addressees = self.objects(text[wa:wb], order, wa, requester)
    if not addressees:
        return None
    action = action[0].lower() + action[1:] if action[1:2].islower() else action  # "OECS charter review" stays
    request = self.request(order, section, entry, requester, addressees, action, text, len(text))
    due = column_due_dates(text, [cells["due"]], self.default_year, self.reference) if "due" in cells else []
    return replace(request, deadline=due[0].due if due else None)
