"""Whether a name by form is a name of its own where it stands (:func:`_stands_alone`): not quoted, no part of
a longer name, a post's portfolio or a person's name, no place after a venue's word, no catalogue acronym after it."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.body_acronyms import _CONNECTORS, _HEADING_NUMBER, _connector
from wsiskg.ingest.extract.body_name_words import _honorific_words, _role_word
from wsiskg.ingest.extract.body_names import body_index
from wsiskg.ingest.extract.countries import country_code
from wsiskg.ingest.extract.dates import held_words
from wsiskg.ingest.extract.gazetteer import body_openers, country_heads, head_last_words, preposition_alternation
from wsiskg.ingest.extract.ordinals import ordinal_regex
from wsiskg.ingest.text import UPPER, alternation, squash


def _stands_alone(text: str, m: re.Match[str]) -> bool:
    """Whether the name by form ``m`` (:func:`_form_pattern`) is a name of its own where it stands: not a
    project's title in quotes, no part of a longer name or a title's words, no place after a venue's word."""
    if _quoted(text, m.start(), m.end()):
        return False  # '"ICT Academy for Women Engineers" - Association X': a project's title
    inside = _INSIDE_NAME.search(text, max(0, m.start() - 60), m.start())
    if inside and (
        _role_word(inside.group("word"))
        or (inside.group("and") and inside.group("word") in head_last_words("body"))  # "X University and Y"
        or (inside.group("and") and m.group("name").split()[0] in country_heads())  # "... and Statistics Norway"
        or _person_ends(text, inside.end("word"))
        or _numbered_event(text, inside.start("word"), inside.group("word"))
        or _acting_acronym(inside)
        or _lone_owner_word(text, inside)
    ):
        inside = None  # "Director of the X", "Ms Ana Ruiz of the X", "the 36th Session of the X": X's name
    portfolio = _PORTFOLIO.search(text, max(0, m.start() - 80), m.start())
    if portfolio and _role_word(portfolio.group("role")):
        return False  # "Minister of Telecommunications and the Information Society of X": a title's words
    if inside or _FRAGMENT.fullmatch(text, 0, m.start()):
        return False  # "World Summit on the Information Society": part of a longer name (a line cut before it)
    if _name_goes_on(text, m.end()) or _known_acronym_after(text, m.end(), m.group("name")):
        return False
    # "held at the Kenyatta International Convention Centre": a place
    return not _venue_before().search(text, max(0, m.start() - 40), m.start())


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][\w&\-]*)\)")


def _known_acronym_after(text: str, end: int, name: str) -> bool:
    """A catalogue acronym in brackets after the name, whose catalogue name shares half its words:
    the name is that body's, misspelt or cut (``Educational, Scientific and Cultura1 Organization
    (UNESCO)``), no new body (``Ethiopian Communications Authority (ECA)`` is not the ECA of the
    catalogue)."""
    m = _ACRONYM_AFTER.match(text, end)
    index = body_index()
    key = index.keys.get(squash(m.group(1))) if m else None
    if key is None:
        return False
    if squash(name).endswith(squash(index.names[key].name)) and squash(name) != squash(index.names[key].name):
        return False  # "Division on X of the United Nations Conference on Trade and Development (UNCTAD)": its unit
    words = {w.lower() for w in name.split() if w not in _CONNECTORS}
    known = {w.lower().strip(",") for w in index.names[key].name.split()}
    return len(words & known) * 2 >= len(words)


@cache
def _ordinal_before() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w\-]){ordinal_regex()}\s+\Z")


def _numbered_event(text: str, start: int, word: str) -> bool:
    """An event noun after an ordinal (``the 36th Session of the``, ``the Third Meeting of the``):
    the body after it is the one that meets, not a word of a longer name."""
    return word in head_last_words("event") and _ordinal_before().search(text, max(0, start - 30), start) is not None


_OPEN_QUOTES = "\"“«‘'"
_CLOSE_QUOTES = "\"”»’'"


def _quoted(text: str, start: int, end: int) -> bool:
    """A name in quotation marks is a title (of a project, a paper, an event), not a body."""
    return start > 0 and text[start - 1] in _OPEN_QUOTES and text[end : end + 1] in _CLOSE_QUOTES


@cache
def _venue_before() -> re.Pattern[str]:
    """A verb of holding and ``at``/``in`` before a name: the name is the place an event is held
    (``held at the X Convention Centre``; verbs of ``date_words.csv``, role ``held``)."""
    return re.compile(rf"\b(?:{alternation(held_words())})\s+(?:{preposition_alternation('place')})\s+(?:the\s+)?\Z")


@cache
def _person_name_end() -> re.Pattern[str]:
    """A person's name ending at the end of the text searched: an honorific and up to four
    capitalised words (``Ms Mette Nørgaard``, ``Professor Ana Lobo``)."""
    titles = alternation(sorted(_honorific_words()), spaces=True)
    return re.compile(rf"(?<![\w.])(?:{titles})\.?\s+(?:[{UPPER}][\w'’.\-]*\s+){{0,3}}[{UPPER}][\w'’.\-]*\Z")


def _person_ends(text: str, end: int) -> bool:
    """Whether a person's name (:func:`_person_name_end`) ends at ``end`` of ``text``."""
    return _person_name_end().search(text, max(0, end - 80), end) is not None


#: a post's complement listed before the name: "Minister of Telecommunications and the "
_PORTFOLIO = re.compile(
    r"(?P<role>[A-Z][\w'’\-]*)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’\-]*,?\s+){0,3}[A-Z][\w'’\-]*\s+(?:and|&)\s+(?:the\s+)?\Z"
)


#: the word before another: ``the`` in ``the Presidency of the``
_WORD_BEFORE = re.compile(r"(?:^|(?P<word>\S+)\s+)\Z")


def _lone_owner_word(text: str, inside: re.Match[str]) -> bool:
    """Whether the capitalised word before ``of the`` is a noun of its own, no longer name's: one word
    in title case, no head noun, after a word in lower case that is no connector, an opener or nothing
    (``the Presidency of the Council of the European Union``, ``The Report of the Expert Group on X``,
    ``the Chairmanship of the Y Committee``), or after a heading's number (``4 Report of the Z``); not
    ``World Summit on the Information Society``, ``Secretariat of the Z``, ``Plan of Action for the W``,
    ``Quality of Service for V``."""
    word = inside.group("word")
    if inside.group("and") or not word[1:].islower() or word in head_last_words("body"):
        return False
    at = inside.start("word")
    if _HEADING_NUMBER.fullmatch(text, 0, at) and inside.group(0).rstrip().endswith(" the"):
        return True  # "4 Report of the Standing Committee on X": a heading, the noun after its number
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    prev = (before.group("word") or "") if before else ""
    if prev == "the":  # "holding the Presidency of the X", "took note of the Report of the Y"
        before = _WORD_BEFORE.search(text, max(0, at - 60), before.start("word")) if before else None
        prev = (before.group("word") or "") if before else ""
        return not prev[:1].isupper() or prev in body_openers()
    # "Plan of Action for the X", "Quality of Service for Y": a name goes on before the word
    return not prev or (prev[0].islower() and not _connector(prev)) or prev in body_openers() or not prev[-1].isalnum()


def _acting_acronym(inside: re.Match[str]) -> bool:
    """An acronym before ``on``/``for`` heads no longer name; it acts: ``worked with ITU on the X
    Focus Group``, ``UNESCO for the Y``."""
    word = inside.group("word")
    return not inside.group("and") and word.isupper() and len(word) > 1 and not inside.group(0).startswith(f"{word} of")


_FRAGMENT = re.compile(rf"\s*(?:{preposition_alternation('topic')}|and)\s+(?:the\s+)?")
_INSIDE_NAME = re.compile(
    rf"(?P<word>[A-Z][\w'’\-]*)\s+(?:(?:{preposition_alternation('topic')})\s+(?:the\s+)?|(?P<and>and|&)\s+)\Z"
)
#: a longer capitalised name goes on after it: "... Society Day", "... Fund in Trust" (an acronym
#: in brackets after it does not: a name the defined-acronym reader took is not taken twice)
_NAME_GOES_ON = re.compile(r"\s+(?:[A-Z]|in\s+[A-Z])")
#: the country column after an organisation in a table row: "National Broadcasting Authority Peru"
_LAST_CELL = re.compile(r"\s+(?P<cell>[^\s,;.()]+(?:\s(?! )[^\s,;.()]+)*)[ \t]*$")


def _name_goes_on(text: str, end: int) -> bool:
    """A longer name goes on after ``end`` (:data:`_NAME_GOES_ON`), not over a column's edge (a
    run of spaces) nor into a country that ends the line (a table row's last cell)."""
    if not _NAME_GOES_ON.match(text, end) or re.match(r"[ \t]{2}", text[end:]):
        return False
    line_end = text.find("\n", end)
    last = _LAST_CELL.fullmatch(text, end, len(text) if line_end < 0 else line_end)
    return not (last and country_code(last.group("cell")))
