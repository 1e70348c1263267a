"""Rapporteur groups, ITU-T and ITU-D bodies of one Question of one study group (decision 3): how a mention writes
one (``Rapporteur Group for Question 1/1``, ``Q9/16 rapporteur group``, ``Question 4/1 Rapporteur Group meeting``),
its key (:func:`rapporteur_group_key`), its name and acronym (:func:`rapporteur_group`) and the name the report
writes it by (:func:`rapporteur_group_as_written`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .gazetteer import preposition_alternation
from .keys import slug
from .meeting_words import meeting_words
from .meeting_words import word_alternation as _alt


def question_number(question: str = "", study_group: str = "") -> str:
    """A study group's Question's number as ITU writes it (``4/1``; ``12-3/1``: an earlier study period's, with its
    revision), the Question and its study group captured in groups of those names (unnamed groups when empty): the
    one reading of it (rapporteur groups' forms and keys, a header line ``Question 4/1: X``)."""

    def group(name: str) -> str:
        return f"(?P<{name}>" if name else "("

    return rf"{group(question)}\d{{1,2}}(?:-\d)?)/{group(study_group)}\d{{1,2}})(?![\d/])"


@cache
def rapporteur_forms() -> tuple[str, ...]:
    """Regexes of a rapporteur group's meeting with its Question's number (``rq``) and study group
    (``rsg``); group nouns in ``meeting_words.csv``, role ``rapporteur``."""
    group = rf"(?i:{_alt(meeting_words('rapporteur'))})"
    question = rf"{_QUESTION_WORD}{question_number('rq', 'rsg')}"
    return (
        rf"{group}\s+(?:(?i:meeting)\s+)?(?:(?i:{preposition_alternation('topic')})\s+)?(?:ITU-[TDR]\s+)?{question}",
        rf"{question}\s+(?:\w+\s+)?{group}\s+(?i:{_meeting_nouns()})\b",
    )


#: the word before a Question's number: ``Question 7/13``, ``Questions 7/13``; ITU-T's short ``Q7/13`` (``Q.7/13``)
_SHORT_QUESTION_WORD = r"Q\.?\s?"
_QUESTION_WORD = rf"(?:(?i:Questions?)\s+|{_SHORT_QUESTION_WORD})"


@cache
def _meeting_nouns() -> str:
    """A meeting's noun, also as a mode of meeting writes it in one word (``e-meeting``; ``meeting_words.csv``,
    roles ``meeting-noun`` and ``mode``)."""
    nouns = meeting_words("meeting-noun")
    return _alt([*nouns, *(w for w in meeting_words("mode") if any(w.endswith("-" + n) for n in nouns))])


def rapporteur_group_key(question: int | str, study_group: int) -> str:
    """The body whose meeting a rapporteur group's is: the Rapporteur Group for that Question, in every sector
    (``rapporteur-group-question-3-1``, see :func:`rapporteur_group`; decision 3: a rapporteur group is a body of
    its own, also ITU-T's, not its Question ``Q7/13``); a Question of an earlier study period numbered with its
    revision (``Question 12-3/1``) keeps it (``rapporteur-group-question-12-3-1``)."""
    question = str(int(question)) if str(question).isdigit() else question
    noun = next(iter(meeting_words("rapporteur")))
    return f"{slug(noun)}-question-{question}-{study_group}"


def rapporteur_group_as_written(texts: Iterable[str], key: str) -> str | None:
    """The name of the Rapporteur Group keyed ``key`` as the texts write it (annotation guide, decision 3: the body
    as the document writes it): the first that names the group itself (``The Rapporteur Group for Question 6/1 of
    ITU-D Study Group 1 was opened ...``, ``Rapporteur Group for ITU-D Study Group 1 Question 6/1``: a group named
    between ``for`` and ``Question``; ``Report of the Question 7/13 Rapporteur Group meeting``: the Question before
    the group), else the first that names its meeting, without the word ``meeting`` (``Rapporteur Group meeting on
    Question 6/1`` -> ``Rapporteur Group on Question 6/1``)."""
    texts = list(texts)
    for forms in _rapporteur_group_forms():
        for text in texts:
            found = sorted((m for form in forms for m in form.finditer(text)), key=lambda m: m.start())
            name = next((n for m in found if _group_key(n := _written(m)) == key), None)
            if name is not None:
                return name
    return None


def _written(m: re.Match[str]) -> str:
    """The group's name a match of :func:`_rapporteur_group_forms` writes (a meeting's without ``meeting``)."""
    return m["name"] if "name" in m.re.groupindex else f"{m['group']} {m['rest']}"


@cache
def _rapporteur_group_forms() -> tuple[tuple[re.Pattern[str], ...], ...]:
    """A Rapporteur Group's name (``meeting_words.csv``, role ``rapporteur``) before ``for``/``of``/``on``, up to
    four words (a study group: ``ITU-D Study Group 2``) and ``Question N/M``, or right after ``Question N/M``:
    written as the group's; then as its meeting's (``Rapporteur Group meeting on ...``); the Question written out
    before its short form (``Q7/13 rapporteur group``: decision 6, the first full mention)."""
    noun = rf"(?i:{_alt(meeting_words('rapporteur'))})"
    group = rf"(?P<group>{noun})\s+"
    out: list[tuple[re.Pattern[str], ...]] = []
    for word in (r"(?i:Question)\s+", _SHORT_QUESTION_WORD):
        question = rf"{word}{question_number()}"
        rest = rf"(?P<rest>(?i:{preposition_alternation('topic')})\s+(?:[\w-]+\s+){{0,4}}?{question})"
        out.append((re.compile(rf"(?P<name>{group}{rest})"), re.compile(rf"(?P<name>{question}\s+{noun})\b")))
        out.append((re.compile(group + r"(?i:meeting)\s+" + rest),))
    return tuple(out)


def _group_key(name: str) -> str | None:
    m = re.search(question_number(), name)
    noun = next(iter(meeting_words("rapporteur")))
    return f"{slug(noun)}-question-{m.group(1)}-{m.group(2)}" if m else None


def rapporteur_group(key: str) -> tuple[str, str] | None:
    """``(name, acronym)`` of a Rapporteur Group keyed by :func:`rapporteur_group_key`
    (``rapporteur-group-question-3-1`` -> ``Rapporteur Group for Question 3/1``, ``RGQ3/1``)."""
    (noun, prefix), *_ = meeting_words("rapporteur").items()
    m = re.fullmatch(rf"{slug(noun)}-question-(\d+(?:-\d)?)-(\d+)", key)
    if m is None:
        return None
    number = f"{m.group(1)}/{m.group(2)}"
    return f"{noun} for Question {number}", f"{prefix}{number}"
