"""Bodies a report defines by an acronym: ``Name (ACRONYM)`` (:func:`_defined_by_acronym`; a name in lower case,
:func:`_lower_tail_name`; a numbered head, :func:`_numbered_head`) and ``ACRONYM (Name)`` (:func:`_acronym_first`)."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.body_acronyms import _DEFINED, _plausible, acronym_written, defined_name, initials
from wsiskg.ingest.extract.body_matcher import DefinedBody
from wsiskg.ingest.extract.body_names import YEAR_PART, head_of
from wsiskg.ingest.extract.casing import title_cased
from wsiskg.ingest.extract.date_vocabulary import occurring_words
from wsiskg.ingest.extract.event_dates import holding_verbs
from wsiskg.ingest.extract.gazetteer import (
    auxiliaries,
    before_preposition,
    bodies,
    body_head_nouns,
    body_heads,
    body_openers,
    modals,
    preposition_alternation,
    small_words,
)
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_mentions import session_stem
from wsiskg.ingest.extract.meeting_words import qualifying_modifiers
from wsiskg.ingest.extract.ordinals import ordinal_regex
from wsiskg.ingest.extract.study_groups import names_study_group, report_texts
from wsiskg.ingest.records import ParsedReport
from wsiskg.ingest.text import UPPER, alternation, squash


def _defined_by_acronym(report: ParsedReport, catalogue: dict[str, str]) -> dict[str, DefinedBody]:
    """``Expert Group on ICT Household Indicators (EGH)``: the name before an acronym in brackets,
    when its head noun names a body; in the title too (a group named only there, ``Council Working Group
    on X (CWG-X)`` over its dateline)."""
    out: dict[str, DefinedBody] = {}
    for text in report_texts(report.title, (p.text for p in report.paragraphs)):
        for m in _DEFINED.finditer(text):
            acronym = m.group(1)
            if not acronym_written(acronym):
                continue
            name = defined_name(text, m.start(), acronym)
            words = _plausible(acronym, name.split()) if name else []
            head = _numbered_head(words) if words else None
            if (lower := _lower_tail_name(text, m.start(), acronym, head)) is not None:
                words, head = lower.split(), head_of(lower)  # "Focus Group on AI-native networks (FG-AINN)"
            name = " ".join(words)
            if head is None and name.isupper() and len(words) > 1:
                name = title_cased(name)  # "WORKING GROUP ON X (WG-X)": the name the text writes in capitals
                head = _numbered_head(name.split())
            if not name or squash(name) in catalogue:
                continue
            if head is None or not _names_body(head, acronym) or YEAR_PART.search(before_preposition(name, "core")):
                continue
            if head[2] != "body" and (_a_meeting(name) or _held(report, text, m.end(), acronym)):
                continue  # "The Nordic Forum (NF) will take place in Oslo": a forum held, an event
            if (known := catalogue.get(squash(acronym))) is not None:
                if not _other_head(name, head, known):
                    continue  # the catalogue body misspelt: "International Telecommunications Union (ITU)"
                out.setdefault(slug(name), DefinedBody(slug(name), name, acronym, head[1], redefines=known))
                continue
            acronym = session_stem(text[: m.start()], acronym)
            key = slug(acronym)
            out.setdefault(key, DefinedBody(key, name, acronym, head[1]))
        for acronym, name, head, end in _acronym_first(text, catalogue):
            if head[2] != "body" and (_a_meeting(name) or _held(report, text, end, acronym)):
                continue  # "The NXF (Nordic Exchange Forum) will take place in Bergen": a forum held, an event
            out.setdefault(slug(acronym), DefinedBody(slug(acronym), name, acronym, head[1]))
    return out


def _names_body(head: tuple[str, str, str], acronym: str) -> bool:
    """Whether a name with ``head`` defined by ``acronym`` names a body: a head of a body, or a forum's whose
    acronym carries no number (``Broadband Forum (BBF)``, a forum of industry; ``Policy Forum 2031 (PF-31)``, ``PF3``:
    a session, an event); never with a year (``YEAR_PART``)."""
    if YEAR_PART.search(acronym):
        return False
    return head[2] == "body" or (head[1] == "forum" and not any(c.isdigit() for c in acronym))


@cache
def _held_after() -> re.Pattern[str]:
    """A verb that holds an event after its acronym in brackets (``event_verbs.csv``, passive; ``organizer-verbs.csv``
    in ``-ed``; the ``take place`` forms, :func:`.date_vocabulary.occurring_words`), after a comma or an auxiliary or a
    modal: ``(NTPF) will take place``, ``(ARIF), held in``; not ``met`` (a forum of industry meets too)."""
    verbs = alternation((*holding_verbs("passive"), *occurring_words()), spaces=True)
    aux = alternation((*auxiliaries(), *modals()), spaces=True)
    return re.compile(rf"\s*,?\s*(?:(?:{aux})\s+){{0,2}}(?:{verbs})\b")


def _a_meeting(name: str) -> bool:
    """Whether a forum's name makes it a meeting: a word that makes a meeting one of its own (``Regional``,
    ``High-Level``: :func:`.meeting_words.qualifying_modifiers`) or a topic after its head (``Forum on X``)."""
    return before_preposition(name, "core") != name or any(w.casefold() in qualifying_modifiers() for w in name.split())


def _held(report: ParsedReport, text: str, end: int, acronym: str) -> bool:
    """Whether a forum defined by ``acronym`` (its bracket ending at ``end``) is held as an event: a verb of holding
    after it, or its acronym after an ordinal anywhere in the report (``the ninth NXF``)."""
    if _held_after().match(text, end):
        return True
    numbered = re.compile(rf"\b(?:{ordinal_regex()})\s+{re.escape(acronym)}\b")
    return any(numbered.search(t) for t in report_texts(report.title, (p.text for p in report.paragraphs)))


def _other_head(name: str, head: tuple[str, str, str], key: str) -> bool:
    """Whether a name defined by a catalogue body's acronym ends in another head noun than the catalogue
    body's name: another body (``Czech Telecommunication Office (CTU)``, not the Caribbean Union)."""
    entry = bodies().get(key)
    theirs = head_of(entry.name) if entry else None
    if entry is None or theirs is None or len(name.split()) < 2 or squash(entry.name) in squash(name):
        return False  # "of the Union (CWG-LANG)", "X Division of the Telecommunication Development Bureau (BDT)"
    return theirs[0].split()[-1] != head[0].split()[-1]


#: the number that ends a body numbered within its parent: ``Committee 5``, ``Committee II``, ``Group B``
_LAST_NUMBER = re.compile(r"\d{1,2}[A-H]?|[IVX]{1,4}|[A-H]")


def _numbered_head(words: list[str]) -> tuple[str, str, str] | None:
    """The head of a name, also of one numbered by its last word (``Permanent Consultative Committee
    II (PCC.II)``, ``Working Committee 3 (WC3)``: the head before the number)."""
    found = head_of(" ".join(words))
    if (
        found is None
        and len(words) > 1
        and _LAST_NUMBER.fullmatch(words[-1])
        and not names_study_group(" ".join(words))
    ):
        found = head_of(" ".join(words[:-1]))  # not "Study Group 17 (SG17)": the Sector's study group
    return found


#: an acronym followed by its name in brackets: ``IMPACT (International Multilateral Partnership
#: Against Cyber Threats)``
_ACRONYM_FIRST = re.compile(r"(?<![\w\-])([A-Z][A-Z0-9&\-]{1,14})\s+\(([A-Z][^()]{4,120})\)")


def _acronym_first(text: str, catalogue: dict[str, str]) -> list[tuple[str, str, tuple[str, str, str], int]]:
    """``(acronym, name, head, end of the bracket)`` of each acronym defined by a name in brackets after it, when
    the name's initials spell the acronym and its head noun names a body, or a forum's as the name first does
    (:func:`_names_body`: ``ABF (Arctic Broadband Forum)``)."""
    out = []
    for m in _ACRONYM_FIRST.finditer(text):
        acronym, name = m.group(1), m.group(2).strip()
        if squash(acronym) in catalogue or squash(name) in catalogue:
            continue
        # the head may stand inside the name: "Partnership Against Cyber Threats"
        head = head_of(name) or next((h for h in body_heads() if f" {h[0]} " in f" {name} "), None)
        letters = re.sub(r"[^A-Z]", "", acronym)
        if head is not None and _names_body(head, acronym) and initials(name.split()) == letters:
            out.append((acronym, name, head, m.end()))
    return out


@cache
def _lower_tail_pattern() -> re.Pattern[str]:
    heads = alternation(body_head_nouns(), spaces=True)
    # "Working Group to prepare for the 2031 Conference on X (WG-X31)": its purpose
    return re.compile(
        rf"(?:[{UPPER}][\w'’\-]*\s+){{0,4}}(?:{heads})\s+(?P<tail>(?:{preposition_alternation('core')})\s+[^(),;.:]{{1,120}}?)\s*\Z"
    )


def _lower_tail_name(text: str, paren_start: int, acronym: str, head: tuple[str, str, str] | None) -> str | None:
    """A name whose last words are in lower case, before its acronym, when the capitalised words
    name no body (``head``): ``Inter-Sector Coordination Group on issues of mutual interest (ISCG)``
    (a tail of up to 60 characters); before an event's name only when the letters of the acronym
    spell it (``Council Working Group to prepare for the 2031 World Radio Conference (CWG-WRC31)``)."""
    if head is not None and head[2] == "body":
        return None
    m = _lower_tail_pattern().search(text, max(0, paren_start - 200), paren_start)
    if m is None:
        return None
    words = m.group(0).split()
    while words and words[0] in body_openers():
        words.pop(0)
    if not 2 <= len(words) <= 16:
        return None
    letters = re.sub(r"[^A-Z]", "", acronym.upper())
    spelt = initials(words) == letters
    if not spelt and _spelt_at_end(m.group("tail").split()[1:], letters):
        return None  # "the Bureau to carry out a computer incident response team (CIRT)": the tail's own acronym
    return " ".join(words) if spelt or (head is None and len(m.group("tail")) <= 60) else None


def _spelt_at_end(words: list[str], letters: str) -> bool:
    """Whether the last words of ``words`` (in lower case, small words left out) spell ``letters``:
    the acronym in brackets after them is theirs, not a body's (``a computer incident response team
    (CIRT)``)."""
    initials = "".join(w[0] for w in words if w not in small_words()).upper()
    return len(letters) >= 2 and initials.endswith(letters) and words[-1][:1].islower()
