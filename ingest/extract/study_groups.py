"""ITU study groups and their parts as bodies: ``ITU-T Study Group 17``, ``SG17``,
``ITU-D Study Group 1``, ``Working Party 5D`` / ``WP 5D``, ``WP 1/17``, ``Question 2/1``.

Keys: ``itu-t-sg17``, ``itu-d-sg1``, ``itu-r-wp5d``, ``itu-t-wp1-17``, ``itu-d-q2-1``; the parent
of each is its sector (``itu-t``, ``itu-d``, ``itu-r``).

The sector of a mention is, in order: the one written with it (``ITU-T Study Group 17``); the
one written with the same study-group number elsewhere in the report; the only sector its documents'
header names in words that has one (``Radiocommunication Study Groups``, a letterhead in capitals
``TELECOMMUNICATION DEVELOPMENT SECTOR``); the only sector named in
the report that has a study group of that number; the only sector that has one at all
(``ingest/data/study-groups.csv``). Otherwise the mention is no body (``Study Group 1`` in a
report naming neither ITU-D nor ITU-R). A working party ``5D`` (number and letter) is ITU-R's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from wsiskg.ingest.extract.casing import title_cased
from wsiskg.ingest.extract.gazetteer import bodies as gazetteer_bodies
from wsiskg.ingest.extract.gazetteer import data_rows
from wsiskg.ingest.extract.meeting import BodyName, load_body_names
from wsiskg.ingest.extract.meeting_defined_bodies import defined_meeting_bodies, title_groups
from wsiskg.ingest.extract.rapporteur_groups import rapporteur_group, rapporteur_group_key
from wsiskg.ingest.extract.study_group_keys import LETTERED_WP_KEY, STUDY_GROUP_KEY
from wsiskg.ingest.records import ParsedReport
from wsiskg.ingest.text import alternation


@cache
def sector_words() -> dict[str, str]:
    """The Sectors' names in words before a study group (``ingest/data/sector-words.csv``):
    ``Radiocommunication`` -> ``itu-r``."""
    return {r["words"]: r["sector"] for r in data_rows("sector-words.csv")}


def _upper_sector() -> dict[str, str]:
    """:func:`sector_words` in capitals, white space as one space (``TELECOMMUNICATION DEVELOPMENT`` -> ``itu-d``)."""
    return {w.upper(): sector for w, sector in sector_words().items()}


def _sector_prefix() -> str:
    """The Sector written before a study group, by its code or in words, as written or in capitals (a header line:
    ``RADIOCOMMUNICATION STUDY GROUP 3``)."""
    words = alternation([*sector_words(), *(w.upper() for w in sector_words())], spaces=True)
    return rf"(?:(?:ITU-(?P<sec>[TDR])|(?P<secw>{words}))\s+)?"


def _either_case(words: str) -> str:
    """``Study Group`` as written or in capitals (``STUDY GROUP 20 – REPORT 14``), any spaces between."""
    gap = r"\s+"
    return f"(?:{gap.join(words.split())}|{gap.join(words.upper().split())})"


_SECTOR = _sector_prefix()
_PATTERN = re.compile(
    r"(?<![\w/\-])" + _SECTOR + r"(?:"
    rf"(?:{_either_case('Study Group')}|SG)\s?(?P<sg>\d{{1,2}})"
    rf"|(?:{_either_case('Working Party')}|WP)\s?(?P<rwp>\d{{1,2}}[A-Z])"
    rf"|(?:{_either_case('Working Party')}|WP)\s?(?P<wp>\d{{1,2}})/(?P<wsg>\d{{1,2}})"
    rf"|(?:{_either_case('Question')}|Q\.?)\s?(?P<q>\d{{1,2}})/(?P<qsg>\d{{1,2}})"
    r")(?![\w&]|[-/][\w])"
)
#: study groups listed after a plural: ``ITU-T Study Groups 5 and 11``, ``Study Groups 2, 3 and 9``
_PLURAL = re.compile(
    r"(?<![\w/\-])"
    + _SECTOR
    + _either_case("Study Groups")
    + r"\s+(?P<first>\d{1,2})(?P<rest>(?:\s*(?:,\s*and|,|and|&)\s*\d{1,2})+)(?![\w/])"
)
_LISTED_NUMBER = re.compile(r"\d{1,2}")
_KEY = STUDY_GROUP_KEY
_WP_KEY = LETTERED_WP_KEY
_SECTORS = {"T": "itu-t", "D": "itu-d", "R": "itu-r"}
_SECTOR_NAMED = re.compile(r"(?<![\w\-])(?:ITU-([TDR])|(TSB|BDT|BR|TSAG|TDAG|RAG))(?![\w]|-\w)")
_SECTOR_OF = {"TSB": "T", "TSAG": "T", "BDT": "D", "TDAG": "D", "BR": "R", "RAG": "R"}
#: a Sector named in words by its study groups, bureau or advisory group (``Radiocommunication Study Groups``,
#: the header of an ITU-R study group's documents; ``Telecommunication Standardization Bureau``)
_SECTOR_IN_WORDS = re.compile(
    rf"\b(?P<words>{alternation(sector_words(), spaces=True)})\s+(?:Study\s+Groups|Bureau|Advisory\s+Group)\b"
)
#: a Sector's letterhead in capitals (``TELECOMMUNICATION DEVELOPMENT SECTOR`` over ``Study Group 1``), as the
#: header of its documents names it; the Sector's name in prose (``the Radiocommunication Sector``) is not read
_SECTOR_LETTERHEAD = re.compile(
    rf"\b(?P<words>{alternation([w.upper() for w in sector_words()], spaces=True)})\s+SECTOR\b"
)


@cache
def study_group_numbers() -> dict[int, tuple[str, ...]]:
    """Study-group number -> sectors that have one."""
    out: dict[int, list[str]] = {}
    for r in data_rows("study-groups.csv"):
        out.setdefault(int(r["number"]), []).append(r["sector"])
    return {n: tuple(s) for n, s in out.items()}


@dataclass(frozen=True)
class StudyGroupBody:
    key: str
    name: str
    acronym: str
    kind: str
    parent: str


@dataclass(frozen=True)
class StudyGroupMention:
    start: int
    end: int
    body: StudyGroupBody
    text: str


def _written_sector(m: re.Match[str]) -> str | None:
    """The sector written with a mention: ``ITU-R`` or ``Radiocommunication`` -> ``itu-r``."""
    if m.group("sec"):
        return _SECTORS[m.group("sec")]
    return _sector_in_words().get(" ".join(m.group("secw").split()).upper()) if m.group("secw") else None


@cache
def _sector_in_words() -> dict[str, str]:
    """:func:`sector_words` by their words in capitals (``RADIOCOMMUNICATION`` -> ``itu-r``)."""
    return {words.upper(): sector for words, sector in sector_words().items()}


def _sg_number(m: re.Match[str]) -> int | None:
    for g in ("sg", "wsg", "qsg"):
        if m.group(g):
            return int(m.group(g))
    return None


class StudyGroupIndex:
    """Resolves study-group mentions for one report (all of its texts)."""

    def __init__(self, texts: Iterable[str]) -> None:
        texts = list(texts)
        named: set[str] = set()
        in_words: set[str] = set()  # "Radiocommunication Study Groups": the header of the Sector's documents
        explicit: dict[int, set[str]] = {}
        for t in texts:
            for m in _SECTOR_NAMED.finditer(t):
                named.add(_SECTORS[m.group(1) or _SECTOR_OF[m.group(2)]])
            in_words.update(sector_words()[m.group("words")] for m in _SECTOR_IN_WORDS.finditer(t))
            in_words.update(_upper_sector()[" ".join(m.group("words").split())] for m in _SECTOR_LETTERHEAD.finditer(t))
            for m in _PATTERN.finditer(t):
                n = _sg_number(m)
                if (written := _written_sector(m)) and n is not None:
                    explicit.setdefault(n, set()).add(written)
            for m in _PLURAL.finditer(t):
                for n, _, _ in _listed(m) if _written_sector(m) else ():
                    explicit.setdefault(n, set()).add(_written_sector(m) or "")
        self._named = named
        self._in_words = in_words
        self._explicit = explicit
        self._only_explicit = False

    @classmethod
    def of_keys(cls, keys: Iterable[str]) -> StudyGroupIndex:
        """An index that resolves a bare number to the sector of the study-group bodies already
        found in the report (``itu-t-sg17`` -> ``SG17`` is ITU-T's)."""
        index = cls(())
        for key in keys:
            m = _KEY.fullmatch(key)
            if m:
                number = int(next(g for g in m.groups()[1:] if g))
                index._explicit.setdefault(number, set()).add(m.group(1))
        index._only_explicit = True
        return index

    def sector(self, number: int) -> str | None:
        """The sector a study-group number without its sector means in this report."""
        if self._only_explicit:
            found = self._explicit.get(number, set())
            return next(iter(found)) if len(found) == 1 else None
        have = set(study_group_numbers().get(number, ()))
        for candidates in (self._explicit.get(number, set()), self._in_words & have, self._named & have, have):
            if len(candidates) == 1:
                return next(iter(candidates))
        return None

    def mentions(self, text: str) -> list[StudyGroupMention]:
        out: list[StudyGroupMention] = []
        for m in _PATTERN.finditer(text):
            body = self._body(m)
            if body is not None:
                out.append(StudyGroupMention(m.start(), m.end(), body, m.group(0)))
        for m in _PLURAL.finditer(text):
            for number, start, end in _listed(m):
                sector = _written_sector(m) or self.sector(number)
                if sector is not None:
                    out.append(StudyGroupMention(start, end, _study_group(sector, number), text[start:end]))
        return out

    def _body(self, m: re.Match[str]) -> StudyGroupBody | None:
        written = _written_sector(m)
        if m.group("rwp"):
            if written not in (None, "itu-r"):
                return None
            wp = m.group("rwp")
            return StudyGroupBody(
                f"itu-r-wp{wp.lower()}", f"ITU-R Working Party {wp}", f"WP {wp}", "working-group", "itu-r"
            )
        number = _sg_number(m)
        assert number is not None
        sector = written or self.sector(number)
        if sector is None:
            return None
        prefix = sector.upper()
        if m.group("sg"):
            return _study_group(sector, number)
        if m.group("wp"):
            wp = int(m.group("wp"))
            return StudyGroupBody(
                f"{sector}-wp{wp}-{number}",
                f"{prefix} Working Party {wp}/{number}",
                f"WP{wp}/{number}",
                "working-group",
                sector,
            )
        q = int(m.group("q"))
        return StudyGroupBody(
            f"{sector}-q{q}-{number}", f"{prefix} Question {q}/{number}", f"Q{q}/{number}", "expert-group", sector
        )


_SECTOR_WRITTEN = re.compile(_SECTOR.removesuffix("?") + r"(?=\S)")
_IN_WORDS = re.compile(_SECTOR + r"(?:Study|Working|Question)\b")


def as_written(forms: Iterable[str], name: str, acronym: str) -> tuple[str, str]:
    """A study group's name and acronym as the report writes them (annotation guide, decision 6):
    the name at its first full mention, the first written in words with its sector (``ITU-T Study
    Group 17``), else the first in words (``Study Group 17``, ``Working Party 5D``); the acronym as
    first written (``WP 1/17``, ``SG 17``). The canonical ``name`` and ``acronym`` for what the report
    does not write (a group named only in a list: ``Study Groups 5 and 11``)."""
    whole = [_in_words(" ".join(f.split())) for f in forms if not f.isdigit() and "Groups" not in f.title()]
    in_words = [f for f in whole if _IN_WORDS.match(f)]
    with_sector = [f for f in in_words if _SECTOR_WRITTEN.match(f)]
    short = [f for f in whole if f not in in_words and not _SECTOR_WRITTEN.match(f)]
    # never in words: the first form with its sector is its name as written (``ITU-T SG11`` in a liaison statement)
    sector_short = [f for f in whole if f not in in_words and _SECTOR_WRITTEN.match(f)]
    return next(iter(with_sector or in_words or sector_short), name), next(iter(short), acronym)


def _in_words(form: str) -> str:
    """A form written in capitals in words, as a name is written (``ITU-D STUDY GROUP 1`` -> ``ITU-D Study Group
    1``); a short form stays (``SG 1``)."""
    return title_cased(form) if form.isupper() and _CAPITAL_WORD.search(form) else form


#: a word in capitals of four letters or more: a study group's name in words (``STUDY``, ``WORKING``, ``QUESTION``)
_CAPITAL_WORD = re.compile(r"\b[A-Z]{4,}\b")


def _study_group(sector: str, number: int) -> StudyGroupBody:
    return StudyGroupBody(
        f"{sector}-sg{number}", f"{sector.upper()} Study Group {number}", f"SG{number}", "working-group", sector
    )


def _listed(m: re.Match[str]) -> list[tuple[int, int, int]]:
    """(number, start, end) of each study group a plural lists (:data:`_PLURAL`): the first with the
    words before it, the others their number alone."""
    out = [(int(m.group("first")), m.start(), m.end("first"))]
    for n in _LISTED_NUMBER.finditer(m.group("rest")):
        out.append((int(n.group(0)), m.start("rest") + n.start(), m.start("rest") + n.end()))
    return out


_QUESTION_KEY = re.compile(r"itu-[tdr]-q(?P<q>\d+)-(?P<sg>\d+)")


def names_study_group(name: str) -> bool:
    """Whether ``name`` is, whole, the name of a study group, a working party or a Question
    (``Study Group 17``, ``Working Party 5D``): read by :class:`StudyGroupIndex`, not as a name of its own."""
    return _PATTERN.fullmatch(name) is not None


#: what may stand between a study group and its Question set after it, and after the Question
_APPOSED_GAP = re.compile(r"\s*,\s*")
_APPOSED_END = re.compile(r"\s*(?:,|$)")


def question_apposed_to_group(phrase: str, number: str) -> bool:
    """Whether ``phrase`` writes study group ``number`` and one of its Questions right after it, set between commas
    (or a comma and the phrase's end): ``Study Group 2, Question 6/2,``, ``SG13, Q9/13`` (the forms of
    :data:`_PATTERN`)."""
    found = list(_PATTERN.finditer(phrase))
    for group, question in zip(found, found[1:], strict=False):
        if (
            group["sg"] == number
            and question["qsg"] == number
            and _APPOSED_GAP.fullmatch(phrase, group.end(), question.start())
            and _APPOSED_END.match(phrase, question.end())
        ):
            return True
    return False


def is_question(key: str) -> bool:
    """Whether ``key`` is a study group's Question (``itu-d-q2-1``): a topic of study that a
    Rapporteur group works on, a body only where a report is the record of its meeting."""
    return bool(_QUESTION_KEY.fullmatch(key))


def post_body(key: str, meeting_body: str | None) -> str:
    """The body whose post a role of body ``key`` is: the meeting body when ``key`` is the Question whose
    Rapporteur Group's meeting the report records (``Source: Rapporteur, Question 7/20`` over a record of the
    Q7/20 rapporteur group is the group's Rapporteur, who chaired it, as ``the Rapporteur`` of its text is), else
    ``key``. One key for one post, whichever way a line writes it."""
    m = _QUESTION_KEY.fullmatch(key)
    if m is None or meeting_body is None:
        return key
    return meeting_body if rapporteur_group_key(m["q"], int(m["sg"])) == meeting_body else key


def study_group_sector(key: str | None) -> str | None:
    """The sector of a study-group body key (``itu-t-sg17`` -> ``itu-t``), else ``None``."""
    m = _KEY.fullmatch(key or "") or _WP_KEY.fullmatch(key or "")
    return m.group(1) if m else None


def sector_study_groups(key: str) -> str | None:
    """The Sector whose study groups, all of them, the catalogue body ``key`` is (``Radiocommunication Study
    Groups``, the letterhead of an ITU-R group's documents: ``itu-r``): its name is the Sector's name in words and
    the plural (:data:`_SECTOR_IN_WORDS`); else ``None``."""
    entry = gazetteer_bodies().get(key)
    m = _SECTOR_IN_WORDS.fullmatch(entry.name) if entry is not None else None
    return sector_words()[m.group("words")] if m and m.group(0).endswith("Groups") else None


def study_group_number(key: str | None) -> str | None:
    """The number of the study group a body key belongs to: a study group, its working party or one of its
    Questions (``itu-d-sg1`` -> ``1``, ``itu-t-q4-17`` -> ``17``), a Rapporteur Group of a Question
    (``rapporteur-group-question-7-2`` -> ``2``: the Question's number after its slash), else ``None``."""
    m = _KEY.fullmatch(key or "")
    if m:
        return next(g for g in m.groups()[1:] if g)
    group = rapporteur_group(key or "")
    return group[1].rsplit("/", 1)[1] if group else None


def report_texts(title: str | None, paragraphs: Iterable[str]) -> list[str]:
    return [title or "", *paragraphs]


def meeting_body_names(report: ParsedReport) -> tuple[BodyName, ...]:
    """The gazetteer's body names and the report's study groups and their parts, for finding the
    meeting (``Report of the meeting of ITU-T Study Group 17`` is a meeting of ``itu-t-sg17``,
    not of ``itu-t``), and the bodies the report defines by a name and an acronym
    (:func:`~.meeting_defined_bodies.defined_meeting_bodies`)."""
    texts = report_texts(report.title, (p.text for p in report.paragraphs))
    # a header line in capitals (``ITU-D STUDY GROUP 2``, ``STUDY GROUP 16``) read in words too
    texts += [title_cased(t) for t in texts if t.isupper() and len(t) <= 200]
    index = StudyGroupIndex(texts)
    found: dict[str, BodyName] = {}
    for text in texts:
        for sg in index.mentions(text):
            b = sg.body
            short = b.name.split(" ", 1)[1]  # "Study Group 17"
            found.setdefault(b.key, BodyName(b.key, b.name, b.acronym, (short,), b.kind))
    names = load_body_names() + tuple(found.values())
    defined = defined_meeting_bodies(texts, names)
    return names + defined + title_groups(report.title or "", texts[1:], names + defined)
