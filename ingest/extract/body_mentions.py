"""Where a body's name names no body: the name of a body found in a text that does not mention
the body itself (the body gets no record from it).

- an attribute of a common noun: ``the United Nations system``, ``other UN agencies``;
- the owner of a building named for what it is for: ``the United Nations Conference Centre``;
- a catalogue organisation named right before a capitalised name it owns (``body-owners.csv``):
  ``the ITU Kaleidoscope conference``, ``ITU Member States``, ``the UN Summit``, ``UN House``; not
  its venue (``ITU Headquarters``);
- a Sector named in the symbol of its text (``ITU-T X.1254``, ``Resolution ITU-R 7-3``);
- the issuer of a text cited: ``WTDC Resolution 30``, ``Council Decision 482``, ``Resolution 71
  (Rev. Antalya, 2006) of the Plenipotentiary Conference``, ``resolution A/RES/70/125 of the General
  Assembly``; an organ acting in its text is named as a body (``The General Assembly, in its
  resolution 60/252, asked ...``);
- a conference of the catalogue, wherever named (decision 26: an event, the issuer or venue of a
  decision, a requester): ``the Plenipotentiary Conference``, ``WTDC``; not a body that prepares one
  (``Conference Preparatory Meeting``);
- one session of a conference or forum, an event: ``the 2030 Plenipotentiary Conference``, ``the
  next Internet Governance Forum``, ``the Radiocommunication Assembly 2012 (RA-12)``, ``the World
  Telecommunication Development Conference (WTDC-14)``, ``... (Doha, 2006)``, ``... held in Kigali``,
  ``..., which met from``; ``the Council session``; a session of the Council by its year (``report
  to Council 2031``, ``the 2030 Council``); but not the body whose session it is (``the 38th session
  of the General Conference of UNESCO (Paris, ...)``) unless a session code follows it (``the second
  session of the Conference Preparatory Meeting (CPM31-2)``), nor the issuer that opens a resolution
  text (``The Radiocommunication Assembly (Geneva, 2031),``).

A meeting named only as a meeting (decision 21) is no organisation either: the report's own
meeting whose body's name is headed by an event's noun (:func:`names_a_meeting`: ``Expert Group
Meeting on X``, ``Action Line C6 facilitation meeting``, ``Regional Review of X``), or is the code
such a name is given (``(RPM-CIS)``: :func:`code_of_a_meeting`).

The nouns and the kinds they apply to are data (``ingest/data/body-attributes.csv``); the words
that make a session another one than a body (``next``, ``previous``) are those of
``meeting_words.csv`` (role ``other``); ordinals are read by :mod:`.ordinals`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from wsiskg.ingest.extract.dates import held_words
from wsiskg.ingest.extract.gazetteer import (
    auxiliary_alternation,
    before_preposition,
    body_head_nouns,
    body_heads,
    data_rows,
    event_head_nouns,
    modal_alternation,
)
from wsiskg.ingest.extract.meeting_words import event_nouns, meeting_words
from wsiskg.ingest.extract.ordinals import ordinal_regex
from wsiskg.ingest.text import DASH, UPPER, alternation, plural


def names_no_body(text: str, start: int, end: int, name: str, kind: str, catalogue: bool = False) -> bool:
    """Whether the body name at ``text[start:end]`` (of a body called ``name``, of ``kind``; a body of
    the catalogue when ``catalogue``) names no body there (see the module's docstring)."""
    if named_conference(name, kind):
        return True  # decision 26: "the Plenipotentiary Conference", "WTDC-17": an event, its issuer or venue
    # "the United Nations System": an alias that ends in the noun (a word the body's name lacks)
    last = text[start:end].rsplit(None, 1)[-1]
    nouns = _attributive("conference" if kind != "council" and _holds_sessions(name, kind) else kind)
    alias = last.lower() not in name.lower().split() and nouns.fullmatch(" " + last)
    after = end + 1 if text[end : end + 1] == ")" else end  # "the Forum (IGF) meetings"
    if kind == "sector":  # "ITU-R, ITU-T and ITU-D Sector Members": the noun after the list
        listed = _LISTED_ACRONYMS.match(text, after)
        after = listed.end() if listed else after
    if alias or nouns.match(text, after) or _building_after().match(text, end):
        return True
    if catalogue and kind in _owner_kinds() and _owned_name_after().match(text, end):
        return True  # "ITU Kaleidoscope", "the UN Summit", "ITU Member States": the owner of a name
    if kind == "sector" and _SYMBOL_AFTER.match(text, end):
        return True  # "ITU-T X.1254", "Resolution ITU-R 7-3": a text's symbol
    if kind in _issuer_kinds() and _CITED_BEFORE.search(text, max(0, start - 200), start):
        return True
    return (_holds_sessions(name, kind) or kind == "council") and _session(text, start, end)


@cache
def named_conference(name: str, kind: str) -> bool:
    """A conference of the catalogue named by a conference's own head noun (``Plenipotentiary
    Conference``, ``Radiocommunication Assembly``, ``... Policy Forum``: heads of ``body-heads.csv``
    of kind ``conference`` or ``forum``) names no organisation anywhere (decision 26 of
    ``docs/annotation-guide.md``: it is an event, the issuer or venue of a decision, or a requester);
    a standing body that prepares one does (``Conference Preparatory Meeting``)."""
    if kind != "conference":
        return False
    core = before_preposition(name)
    return any(
        category == "event" and head_kind in ("conference", "forum") and (core == head or core.endswith(" " + head))
        for head, head_kind, category in body_heads()
    )


@cache
def _attributive(kind: str) -> re.Pattern[str]:
    """A noun after the name that makes it an attribute (``kinds``: the body kinds a noun applies
    to, all when empty): ``UN agencies``, ``WTDC Resolution 30``."""
    rows = data_rows("body-attributes.csv")
    nouns = [r["noun"] for r in rows if not r.get("kinds") or kind in r["kinds"].split(";")]
    return re.compile(rf"\s+(?:{alternation(nouns)})\b")


@cache
def _owner_kinds() -> frozenset[str]:
    """Body kinds named as the owner of a capitalised name after them (``body-owners.csv``, role
    ``kind``)."""
    return frozenset(r["word"] for r in data_rows("body-owners.csv") if r["role"] == "kind")


@cache
def _owned_name_after() -> re.Pattern[str]:
    """A capitalised word that goes on a body's name into another name it owns (``ITU Kaleidoscope``,
    ``UN House``); not one after which the annotations still list the body (``body-owners.csv``, role
    ``keeps``: ``ITU Headquarters``)."""
    keeps = [r["word"] for r in data_rows("body-owners.csv") if r["role"] == "keeps"]
    return re.compile(rf"\s+(?!(?:{alternation(keeps)})\b)[{UPPER}][a-z]")


@cache
def _building_after() -> re.Pattern[str]:
    """What a building is for and its head noun after a name (``body-venues.csv``): ``the United
    Nations Conference Centre``, ``the ITU Exhibition and Convention Center``: a place, no body."""
    return re.compile(rf"\s+(?:International\s+)?(?:{_venue_alternation('use')}){venue_tail().pattern}")


@cache
def _venue_alternation(role: str) -> str:
    return alternation([r["word"] for r in data_rows("body-venues.csv") if r["role"] == role])


@cache
def venue_tail() -> re.Pattern[str]:
    """What goes on after a word for what a building is for (``body-venues.csv``) to name the building: its
    head noun, after a second use joined by ``and`` or not (`` and Exhibition Centre`` after ``Congress``,
    `` Hall`` after ``Conference``)."""
    return re.compile(rf"(?:\s+(?:and|&)\s+(?:{_venue_alternation('use')}))?\s+(?:{_venue_alternation('building')})\b")


@cache
def _issuer_kinds() -> frozenset[str]:
    """Body kinds whose texts are cited with their issuer (``kinds`` of ``Resolution``)."""
    rows = data_rows("body-attributes.csv")
    return frozenset(k for r in rows if r["noun"] == "Resolution" for k in r.get("kinds", "").split(";") if k)


#: a resolution's number or symbol: ``140``, ``1305``, ``A/RES/70/125``, ``E/RES/2020/12``, ``38 C/55``
_UN_SYMBOL = r"[A-Z]{1,3}/(?:RES/)?\d[\w/.\-]*"
_CITED_ITEM = rf"(?:{_UN_SYMBOL}|\d[\w/.\-]*(?:\s+C/\d+)?)(?:\s*\([^()]{{0,60}}\))?"
#: a citation of a text ending right before its issuer: ``Resolution 140 (Rev. Busan, 2014) of the``,
#: ``Resolutions 101, 102 and 133 of the``, ``Decision 5 (Rev. Dubai, 2018) of the``, ``Resolutions 140
#: (Rev. Busan, 2014) and 172 (Guadalajara, 2010) of the``, ``Resolution ITU-R 7-3 of the``
_CITED_BEFORE = re.compile(
    rf"(?:[Rr]esolutions?|[Dd]ecisions?|Opinions?|Res\.|RESOLUTIONS?)\s+(?:ITU-[RTD]\s+)?(?:No\.\s*)?{_CITED_ITEM}"
    rf"(?:\s*(?:,|and|,\s*and)\s*{_CITED_ITEM})*,?\s+of\s+(?:the\s+|this\s+)?\Z"
)


#: acronyms listed after a name: ``, ITU-T and ITU-D``, ``/ITU-R``
_LISTED_ACRONYMS = re.compile(r"(?:(?:\s*,\s*|\s+and\s+|/)[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)?(?![\w\-]))*")
#: a Sector's acronym before a number or a Recommendation's letter and number: the symbol of its text
_SYMBOL_AFTER = re.compile(r"\s+(?:[A-Z]{1,2}\.)?\d")


def _holds_sessions(name: str, kind: str) -> bool:
    """A body that meets in numbered or dated sessions: a conference, or a name ending in an
    event noun of ``body-heads.csv`` (``Internet Governance Forum``)."""
    if kind == "conference":
        return True
    last = name.split()[-1] if name.split() else ""
    return last in _event_heads()


@cache
def _event_heads() -> frozenset[str]:
    """The heads of ``body-heads.csv`` whose category is ``event``."""
    return frozenset(event_head_nouns())


@cache
def _session_before() -> re.Pattern[str]:
    """An ordinal, a year or a word such as ``next`` right before the name (``the 2010``,
    ``the fifth``, ``the 7th``, ``the next``)."""
    others = meeting_words("other")
    return re.compile(rf"(?:\b(?:19|20)\d\d|{ordinal_regex()}|(?i:\b(?:{alternation(others)})))\s+\Z")


@cache
def _session_after() -> re.Pattern[str]:
    """What makes the name before it one session: a year or a session code (``... Assembly 2012``,
    ``... Conference (WTDC-14)``), its place and year in brackets (``(Doha, 2006)``, ``(Hyderabad, 24
    May-4 June 2010)``), or a verb that holds it (``held in Kigali``, ``, which met from ...``, ``to
    be held``: ``date_words.csv``, role ``held``)."""
    held = held_words()
    future = modal_alternation("future")
    aux = rf"(?:(?:which|that)\s+)?(?:(?:{future})\s+be\s+|(?:{auxiliary_alternation('be', 'past')})\s+|to\s+be\s+"
    aux += rf"|(?:{auxiliary_alternation('have', 'singular')})\s+been\s+)?"
    return re.compile(
        rf"\s+(?:19|20)\d\d\b|(?P<code>\s*\([A-Z][A-Za-z]*{DASH}?\d{{2}}(?:{DASH}\d)?\))|(?P<venue>\s*\([^()]{{0,60}}\b(?:19|20)\d\d\))"
        rf"|,?\s+{aux}(?:{alternation(held)})\b"
        rf"|\s+in\s+[A-Z][\w\-]+(?:,\s+[A-Z][\w\-]+)?\s*\([^()]{{0,40}}\b(?:19|20)\d\d\)"  # "in Lima (6-9 May 2031)"
        # "in Apia from 2 to 5 May", "in Sharm el-Sheikh, from 15 to 18", "in Suva in May 2031"
        rf"|\s+in\s+[A-Z][\w\-]+(?:\s+[a-z]+{DASH}[A-Z][\w\-]+)?,?\s+(?:from\s+\d|on\s+\d|in\s+[A-Z][a-z]+\s+(?:19|20)\d\d\b)"
    )


@cache
def _owner_of_event() -> re.Pattern[str]:
    """``the 38th session of the``, ``the high-level meeting of the``: the name after it is the body
    whose session or meeting it is (the event nouns of ``body-heads.csv``)."""
    nouns = [head.lower() for head in event_head_nouns()]
    return re.compile(rf"\b(?:{alternation([*nouns, *map(plural, nouns)])})\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)


#: a name's acronym in brackets after it (no session code: ``(IGF)``)
_OWN_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z&]*\)")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;]|\Z)")
#: a resolution text's preamble opens with its issuer: ``The Radiocommunication Assembly (Geneva, 2031),``
_PREAMBLE = re.compile(r"\s*(?:The\s+)?\Z")


def _session(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` names one session of the body (an event); not the issuer
    that opens a resolution text's preamble, though its venue follows."""
    # past its acronym in brackets: "the Internet Governance Forum (IGF) held in Bali"
    bracket = _OWN_ACRONYM.match(text, end)
    after = _session_after().match(text, bracket.end() if bracket else end)
    if bracket and after and _CLAUSE_ENDS.match(text, after.end()):
        after = None  # "The Internet Governance Forum (IGF) met.": the body met, no session is named
    if after and after.group("venue") and _PREAMBLE.match(text, 0, start):
        return False
    if not (after and after.group("code")) and _owner_of_event().search(text, max(0, start - 40), start):
        return False  # "the 38th session of the X (Paris, ...)": X is named as the body that meets
    return bool(after or _session_before().search(text, max(0, start - 30), start))


# ----------------------------------------------------------------- a meeting named as a meeting
@cache
def _meeting_nouns() -> frozenset[str]:
    """Nouns that head the name of a meeting or an event, in lower case: the event nouns of
    ``event_nouns.csv`` but panels (a panel may be a standing body: ``High-level Panel on X``), and
    the kinds of meeting a heading names (``meeting_words.csv``, role ``heading-kind``:
    ``Consultation``)."""
    nouns = {noun for noun, kind in event_nouns().items() if kind != "panel"}
    return frozenset(n.lower() for n in nouns | set(meeting_words("heading-kind")))


#: what ends the words that hold a name's head: a preposition, a colon (``Session 4: Title``)
_AFTER_HEAD = re.compile(r"\s+(?:of|on|for|to|in|at|against)\s+|:", re.IGNORECASE)
#: brackets and spaced dashes inside a name (``C9 (Media) - Facilitation Meeting``)
_ASIDES = re.compile(rf"\([^()]*\)|\s+{DASH}\s+")
#: words after a head that number it: ``Session 4``, ``Meeting II``
_NUMBER = re.compile(r"[\dIVX]+[.:]?|\d+\w*")


def names_a_meeting(name: str) -> bool:
    """Whether ``name`` is the name of a meeting or an event, not of a body that meets: its head
    noun (the last word before its first preposition, brackets and spaced dashes left out) is an
    event's noun (:func:`_meeting_nouns`), or the name ends in one in lower case: ``Expert Group
    Meeting on X``, ``WSIS Action Line C9 (Media) - Facilitation Meeting``, ``Interactive Session 4:
    X``, ``Africa Regional Consultation on Y``, ``Action Line C7 on e-health facilitation meeting``;
    not ``Expert Group on X``, ``Working Group on Improvements to the Internet Governance Forum``."""
    nouns = _meeting_nouns()
    last = name.split()[-1] if name.split() else ""
    if last.islower() and last in nouns:  # "Action Line C7 on e-health facilitation meeting"
        return True
    words = _AFTER_HEAD.split(_ASIDES.sub(" ", name), maxsplit=1)[0].split()
    while words and _NUMBER.fullmatch(words[-1]):
        words.pop()
    return bool(words) and (words[-1].lower() in nouns or " ".join(words[-2:]).lower() in nouns)


_CLAUSE_END = re.compile(r"[.;,]\s")


@cache
def _body_head() -> re.Pattern[str]:
    """A body's head noun (``body-heads.csv``, category ``body``) as a word, in any case (a title in
    capitals: ``MEETING OF THE PERMANENT CONSULTATIVE COMMITTEE II (PCC.II)``)."""
    return re.compile(rf"\b(?:{alternation(body_head_nouns())})\b", re.IGNORECASE)


def code_of_a_meeting(code: str, texts: Iterable[str]) -> bool:
    """Whether ``code`` is given in brackets to a meeting's name in one of ``texts`` (``the second
    Inter-Regional Meeting (IRM-2)``, ``The Regional Preparatory Meeting for ... region (RPM-X)``): the
    words of its clause before the bracket name a meeting (:func:`names_a_meeting`) and no body after
    its head (not ``the meeting of the Council Working Group on X (CWG-X)``)."""
    bracket = re.compile(rf"\(\s*{re.escape(code)}\s*\)")
    for text in texts:
        for m in bracket.finditer(text):
            before = _CLAUSE_END.split(text[max(0, m.start() - 200) : m.start()])[-1]
            parts = _AFTER_HEAD.split(before.strip(), maxsplit=1)
            if names_a_meeting(before.strip()) and not _body_head().search(parts[-1] if len(parts) > 1 else ""):
                return True
    return False
