"""Words a name by form runs on with after its match: a last word in lower case, a group's topic, a number,
the place a mission is accredited to (:func:`_lower_last_word`, :func:`_topic_tail`, :func:`_number_after`,
:func:`_accredited_to`); and the ordinal of its session a match runs on into (:func:`without_session_ordinal`)."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.body_acronyms import _CONNECTORS
from wsiskg.ingest.extract.body_mentions import names_a_meeting
from wsiskg.ingest.extract.body_prose_groups import prose_group_ends
from wsiskg.ingest.extract.countries import country_code
from wsiskg.ingest.extract.gazetteer import (
    auxiliary_alternation,
    body_connectors,
    body_openers,
    data_rows,
    head_last_words,
    modal_alternation,
    preposition_alternation,
)
from wsiskg.ingest.extract.ordinals import ordinal_regex
from wsiskg.ingest.text import DASH, alternation

#: a name ending in "the" and a capitalised word: "Preparatory Committee for the Tunis"
_THE_PROPER_END = re.compile(rf"\s(?:{preposition_alternation('topic')})\s+the\s+[A-Z][\w'’\-]*\Z")
#: a group's topic in capitals: "Group on Internet", "Committee on Budget"
_TOPIC_END = re.compile(r"\son\s+[A-Z][\w'’\-]*\Z")
#: one word in lower case before a bracket, a punctuation mark, "of", "at" or an auxiliary: "phase (",
#: "phase of the", "phase at its", "phase would"
_LOWER_LAST = re.compile(
    rf"\s+([a-z]{{3,}})(?=\s*\(|\s+(?:of|at|{modal_alternation('future')}|{auxiliary_alternation(role='singular')})\s|[,.;:]|\s*$)"
)


def _lower_last_word(text: str, name: str, end: int) -> str:
    """The last word of a name whose complement is ``the`` and a proper noun, written in lower case:
    ``Preparatory Committee for the Tunis phase`` (``the Tunis`` names nothing), or a topic's noun
    after ``on`` and a capitalised word (``Arab Group on Internet issues``: ``topic`` words of
    ``body-connectors.csv``); not a verb
    (``end`` words of ``prose-groups.csv``, a word in ``-ed``), nor after a country (``of the
    Philippines spoke``)."""
    if _TOPIC_END.search(name):
        return _topic_tail(text, name, end)  # "Arab Group on Internet issues"
    proper = _THE_PROPER_END.search(name)
    m = _LOWER_LAST.match(text, end) if proper else None
    if (
        proper is None
        or m is None
        or m.group(1) in _CONNECTORS
        or m.group(1) in prose_group_ends()
        or m.group(1).endswith("ed")
    ):
        return ""
    return "" if country_code(name[proper.start() :].split(None, 2)[-1]) else " " + m.group(1)


#: words in lower case after a name (up to five), and what follows them
_LOWER_RUN = re.compile(rf"((?:[ \t]+[a-z][a-z\-]*[a-z]){{1,5}})(\s*[(),;:]|\.(?:\s|$)|\s*$|\s+{DASH}\s)?")
#: the last word of a topic by its form: a noun of an action, a state or a field (``preparation``,
#: ``improvements``, ``mobility``, ``governance``, ``statistics``, ``capacity-building``)
_TOPIC_NOUN = re.compile(r"[a-z\-]*(?:tions?|sions?|ments?|ity|ities|ances?|ences?|ics|ing)")


def _topic_tail(text: str, name: str, end: int) -> str:
    """The words in lower case that end a group's topic after ``on`` and a capitalised word
    (``Correspondence Group on ITU-T working methods``, ``Working Group on Internet-related public
    policy issues``, ``Commission on ITU matters``, ``Rapporteur Group on NGN mobility``): up to four
    words, the last a topic's noun (``topic`` words of ``body-connectors.csv``, or a noun by its form:
    :data:`_TOPIC_NOUN`), none a small word of a name or an adverb, and what follows ends the name (a
    punctuation mark, a bracket, ``in`` or a word that ends a topic: ``end`` words of
    ``prose-groups.csv``, ``met``, ``to``); not a meeting of the group (``the Group on WSIS meeting held in``),
    nor after a bare head noun (``report to the Council on WSIS implementation``)."""
    m = _LOWER_RUN.match(text, end)
    if m is None or len(name.split(" on ", 1)[0].split()) < 2:
        return ""  # "report to the Council on WSIS implementation": a bare head's "on" is the verb's
    run = m.group(1).split()
    for k in range(1, min(4, len(run)) + 1):
        words, last = run[:k], run[k - 1]
        if last in _CONNECTORS or last in ("and", "or") or last.endswith("ly") or last in prose_group_ends():
            return ""
        ends = (run[k] in prose_group_ends() or run[k] == "in") if k < len(run) else m.group(2) is not None
        noun = last in body_connectors("topic") or _TOPIC_NOUN.fullmatch(last)
        if ends and noun and not names_a_meeting(f"{name} {' '.join(words)}"):
            return " " + " ".join(words)
    return ""


#: a number after a name: "Question 14-3/2", "Decision 482" (not a year, a sentence's last dot)
_NUMBER_AFTER = re.compile(r"\s+(?!(?:19|20)\d\d\b)\d[\w/\-]*(?:\.\d+)*")


def _number_after(text: str, name: str, end: int) -> str:
    """The number of a text or question a group's topic names (``Expert Group on Decision 482``,
    ``Rapporteur Group for Question 14-3/2``): after a topic word of ``body-connectors.csv`` (role
    ``numbered``), not after ``Ministry of Health`` (a count in a table's next column)."""
    m = _NUMBER_AFTER.match(text, end)
    last = name.split()[-1]
    if m is None or last not in body_connectors("numbered") or " " not in name:
        return ""
    return m.group(0)


@cache
def _places() -> re.Pattern[str]:
    """Heads whose name runs over the place it is accredited to (``body-place-heads.csv``): first in the name,
    ``Permanent Mission of X to the Y at Z``, ``Permanent Delegation of X to UNESCO``; or last, after its owner
    and before its place, ``ITU Liaison Office to the United Nations in New York`` (column ``position``)."""
    rows = data_rows("body-place-heads.csv")
    first = alternation([r["head"] for r in rows if r["position"] == "first"], spaces=True)
    last = alternation([r["head"] for r in rows if r["position"] == "last"], spaces=True)
    return re.compile(rf"(?:{first})\s|.*\S\s+(?:{last})(?:\s+(?:to|in|at)\s|\Z)")


def _places_head(name: str) -> bool:
    return _places().match(name) is not None


#: where a mission is accredited: `` to the United Nations Office at Geneva``, `` in Geneva``, `` to the
#: United Nations Office and (to the) other international organizations in Geneva``
_ACCREDITED = re.compile(
    r"(?:\s+to\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:and\s+(?:other\s+)?|of\s+(?:the\s+)?)?[A-Z][\w\-]*){0,7}"
    r"(?:\s+and\s+(?:to\s+)?(?:the\s+)?other\s+international\s+organi[sz]ations)?)?"
    rf"(?:\s+(?:{preposition_alternation('place')})\s+[A-Z][\w\-]*(?:\s+[A-Z][a-z]+(?=[\s.,;:)]|\Z))?)?"
)


def _accredited_to(text: str, name: str, end: int) -> str:
    """The place a permanent mission or delegation or a liaison office named ``name`` (ending at ``end``) is
    accredited to, part of its name as its country is (decision 16): ``Permanent Mission of Kenya to the United
    Nations Office at Geneva``, ``Permanent Mission of Chile in Geneva``, ``ITU Liaison Office to the United Nations
    in New York``."""
    first, _, rest = name.partition(" ")
    if not _places_head(rest if first in body_openers() else name):  # "The Permanent Mission of X to Y"
        return ""
    m = _ACCREDITED.match(text, end)
    return m.group(0) if m else ""


@cache
def _session_ordinal() -> re.Pattern[str]:
    """An ordinal ending a run of capitals (``... Spectrum Pricing Fourth``, ``... Twenty-first``), maybe with the
    capitalised word after it (``... Tenth Meeting``)."""
    return re.compile(rf"\s+(?:{ordinal_regex()})(?:\s+(?P<noun>[^\W\d_]+))?\Z")


#: the word after a name
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def without_session_ordinal(text: str, name: str, end: int) -> str:
    """``name`` without the ordinal of the session after it (a title line ``Council Working Group on X Third meeting,
    Geneva``, ``Expert Group on Y Twenty-first Session``: the group's words; an event noun of ``body-heads.csv``
    after the ordinal), else ``name``."""
    ordinal = _session_ordinal().search(name)
    if ordinal is None:
        return name
    after = _NEXT_WORD.match(text, end)
    noun = ordinal.group("noun") or (after.group(1) if after else "")
    return name[: ordinal.start()] if noun.capitalize() in head_last_words("event") else name
