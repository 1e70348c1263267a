"""The meeting a line of a kind names with the lines around it (``_found``): a kind line alone under a
body's line (``_kind_only``), a title's kind (``_title_kind``), a body then its kind (``_body_then_kind``),
a name continued on the next line (``_continued``; moved from meeting_heading.py)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from wsiskg.ingest.text import DASH

from .body_names import BodyName, find_body_names, head_of
from .casing import title_cased
from .heading_fields import _field_line, above_fields
from .heading_hosts import _without_host
from .heading_kind_parts import _HELD_OR_OF, _body_line, _named, _number, _own_kind, _rest_dateline, _subject
from .heading_kinds import _RECORD, _kind_line
from .heading_lines import _BRACKETED, _heading
from .heading_names import _body_named, most_specific
from .keys import slug
from .meeting import dateline, meeting_words, number_value, ordinal_regex
from .meeting_header import BRACKET_ACRONYM
from .rapporteur_groups import question_number, rapporteur_group_key

#: a short bracket and a dash between a body's name and the kind of its meeting (``TSAG (Geneva) – 12th meeting``)
_BRACKET_OR_DASH_OPENING = re.compile(rf"^\s*(?:\([^()]{{1,30}}\))?\s*(?:{DASH})?")


def _found(
    lines: list[tuple[int | None, str]], i: int, names: tuple[BodyName, ...], year: int | None
) -> tuple[str, int | None, Any] | None:
    """``(key, number, dateline on the line)`` of the meeting header line ``i`` names by its kind."""
    return (
        (_title_kind(lines, names, year) if i == 0 else None)
        or _continued(lines, i, names)
        or _kind_only(lines, i, names, year)
        or _body_then_kind(lines[i][1], names, year)
        or _named(lines[i][1], names, year)
        or _question_group(lines, i, year)
    )


def _question_group(lines: list[tuple[int | None, str]], i: int, year: int | None) -> tuple[str, None, Any] | None:
    """``(key, None, dateline)`` of a Rapporteur Group's meeting a header line names without its Question, dated on
    its line (``TITLE: Summary of the Rapporteur Group meeting, Geneva, Friday, 6 October 2031``): the group of the
    Question a header line above opens with (``Question 4/1: X``; nouns of ``meeting_words.csv``, role
    ``rapporteur``), decision 3."""
    m = _bare_group_meeting().search(lines[i][1])
    if m is None:
        return None
    on_line = _rest_dateline(m.group("rest"), year)
    question = next((q for _, text in reversed(lines[:i]) if (q := _QUESTION_LINE.match(text.strip()))), None)
    if on_line is None or question is None:
        return None
    return rapporteur_group_key(question.group(1), int(question.group(2))), None, on_line


#: a header line that opens with a study group's Question (``Question 4/1: Economic policies ...``)
_QUESTION_LINE = re.compile(rf"(?i:Question)\s+{question_number()}")


@cache
def _bare_group_meeting() -> re.Pattern[str]:
    """A Rapporteur Group's meeting named without its Question, a dateline after it (``the Rapporteur Group
    meeting, Geneva, 6 May 2031``)."""
    nouns = "|".join(re.escape(n) for n in meeting_words("rapporteur"))
    return re.compile(rf"\b(?i:{nouns})\s+(?i:meeting)(?P<rest>\s*,.+)$")


#: a heading in capitals that names the meeting of a body whose name goes on on a later line (``24th MEETING OF
#: PERMANENT CONSULTATIVE`` / ``Original: Spanish`` / ``COMMITTEE I: TELECOMMUNICATIONS/ICTs``)
_MEETING_OF_CAPITALS = re.compile(
    rf"^(?:(?P<num>{ordinal_regex()})\s+)?MEETING\s+OF\s+(?:THE\s+)?(?P<name>[A-Z][A-Z .\-]+)$"
)


def _continued(
    lines: list[tuple[int | None, str]], i: int, names: tuple[BodyName, ...]
) -> tuple[str, int | None, Any] | None:
    """``(key, number, None)`` of a catalogue body whose name a heading in capitals breaks over two lines, maybe
    with header fields between them (:data:`_MEETING_OF_CAPITALS`): only when the name joined is the catalogue's."""
    m = _MEETING_OF_CAPITALS.match(lines[i][1].strip())
    if m is None or any(span == (0, len(m.group("name"))) for _, span in find_body_names(m.group("name"), names)):
        return None
    after = [
        t
        for _, text in lines[i + 1 : i + 4]
        if (t := text.strip()) and not _field_line().match(t) and t.split()[0].isupper()
    ]
    if not after:
        return None
    joined = f"{m.group('name')} {after[0]}"
    found = [key for key, span in find_body_names(joined, names) if span[0] == 0 and span[1] > len(m.group("name"))]
    return (found[0], number_value(m.group("num")) if m.group("num") else None, None) if found else None


def _kind_only(
    lines: list[tuple[int | None, str]], i: int, names: tuple[BodyName, ...], year: int | None = None
) -> tuple[str, int | None, Any] | None:
    """``(key, number, dateline)`` of a line of the kind only (maybe after a record's words:
    ``HIGHLIGHTS OF THE SECOND MEETING``), of what the line above names."""
    # "X Working Group on Y" / "(XWG-Y) – 4th meeting, Lima, 3 May 2031": the acronym closes the name above
    closing = _ACRONYM_OPENING.match(lines[i][1].strip())
    text = lines[i][1].strip()[closing.end() :] if closing else lines[i][1].strip()
    # "Summary of the meeting held on Friday, 3 May 2031", "Meeting held in Lima, 3-4 May 2031": the kind, its dateline
    m = _kind_line().match(_HELD_OR_OF.sub(", ", _RECORD.sub("", text, count=1), count=1))
    if m is None or i == 0 or any(w.casefold() in meeting_words("other") for w in m.group("kind").split()):
        return None  # "Outcome of the previous EGTI meeting": another meeting
    rest = m.group("rest")
    on_line = _rest_dateline(rest, year) if rest else None
    # "X GROUP (XG)" / "Khartoum, 30 November 2031" / "Report of the 12th meeting": the name over the dateline
    i = i - 1 if closing is None and i >= 2 and dateline(lines[i - 1][1], year) is not None else i
    line_above = lines[i - 1][1].strip() + (f" ({closing.group('acr')})" if closing else "")
    # "WSIS Forum 2031 | Action Line C3: X" / "Facilitation meeting": the action line's, not the host session's
    body, subject = _subject(_without_host(line_above), names)
    if body is None and i >= 2:  # a name broken over two lines: "Council Working Group on X" / "and Y (CWG-XY)"
        body = _subject(f"{lines[i - 2][1].strip()} {lines[i - 1][1].strip()}", names)[0]
    # "X ADVISORY GROUP" / "Document XAG/30-E" / "2 May 2031" / "Summary of the meeting": the body over the fields
    # (not a kind naming its own group: "Question 3/2 (X)" / "Document Y" / "Summary of the Rapporteur Group meeting")
    over = above_fields(lines, i) if body is None and closing is None and not _group_kind(m.group("kind")) else None
    body = _subject(lines[over][1].strip(), names)[0] if over is not None else body
    number = _number(m)
    if (
        body is None and number is not None
    ):  # "X FORUM (XF)" / "Ninth edition – Lima, 3-5 May 2031": the named meeting's
        above = _named(lines[i - 1][1], names, year)
        body = above[0] if above is not None and above[1] is None and above[2] is None else None
    if body is not None:
        return body, number, on_line
    # "STANDING COMMITTEE ON X" / "OF THE THIRD MEETING"; unnumbered when the line dates it ("Rapporteur group
    # on X" / "Report of the meeting, Geneva, 20 January 2032")
    if (number is not None or on_line is not None) and _body_named(subject):
        return slug(subject), number, on_line
    # "X Regional Group for Y (XRG-Y)" / "Report of the virtual meeting, 10-11 May 2031": keyed by its acronym
    outside = _body_line(line_above, names) if number is not None or on_line is not None else None
    if outside is not None:
        return outside, number, on_line
    name = _own_kind(m.group("kind"), subject) if not _names_a_sitting(line_above) else None
    return (slug(name), number, on_line) if name else None


def _names_a_sitting(line: str) -> bool:
    """Whether a header line is itself a line of the kind, numbered (``SUMMARY RECORD OF THE FIFTH PLENARY
    MEETING``): the sitting of a meeting, never the subject a meeting of a kind of its own under it is named by
    (``REGIONAL BROADCASTING CONFERENCE`` under it names the conference, no ``... Plenary Meeting Regional ...``)."""
    m = _kind_line().match(_RECORD.sub("", line.strip(), count=1))
    return m is not None and m.group("num") is not None


#: an acronym in brackets opening a line, then a dash, a comma or a colon (``(XWG-Y) – Fourth meeting``): the acronym
#: of the name on the line above
_ACRONYM_OPENING = re.compile(rf"^\((?P<acr>{BRACKET_ACRONYM.pattern})\)\s*(?:{DASH}|[,:])\s*(?=\w)")


#: how many header lines under a title of the kind only may name the body
_BODY_WITHIN = 6


def _title_kind(
    lines: list[tuple[int | None, str]], names: tuple[BodyName, ...], year: int | None = None
) -> tuple[str, int | None, Any] | None:
    """``(key, number, dateline)`` of a title of the kind only, numbered and dated on its line (``Report on the
    fifteenth session (21-25 May 2031)``), of the catalogue body a header line under it names (a line that is
    only its name: ``Commission on X``). A record's title of the kind only (``Minutes of the 12th meeting``,
    ``Report of the meeting held in Lima, 3 May 2031``, ``Summary record of the 9th Annual General Meeting``)
    is also the meeting of a body outside the catalogue a header line under it names whole (``X Regional Group
    for Y (XRG-Y)``, ``ASSOCIATION OF X (AX)``: :func:`_body_line`), dated on its line or under it."""
    if not lines or lines[0][0] is not None:
        return None
    title = lines[0][1].strip()
    text = _RECORD.sub("", title, count=1)
    opening = _RECORD.match(title)  # always matches (every part optional)
    recorded = opening is not None and opening.group(0).strip().lower() not in ("", "the")  # "Minutes of the ..."
    text = _HELD_OR_OF.sub(", ", text, count=1) if recorded else text  # "meeting held in Lima, 3 May 2031"
    bracketed = _BRACKETED.match(text)
    m = _kind_line().match(bracketed.group("name") if bracketed else text)
    if m is None:
        return None
    recorded = recorded or m.group("rec") is not None  # "Meeting report — Abidjan, 5 to 7 March 2031"
    # the dateline in brackets (``(21-25 May 2031)``), else after the kind (``..., e-meeting, 3-5 May 2031 (X-O-12)``)
    rests = (bracketed.group("rest") if bracketed else None, m.group("rest"))
    on_line = next((found for rest in rests if rest and (found := _rest_dateline(rest, year))), None)
    under = [line.strip() for _, line in lines[1 : 1 + _BODY_WITHIN]]
    keys = [key for line in under if (key := _subject(line, names)[0])]
    organ = _organ_under(under, names)
    if keys and _number(m) and on_line:
        return organ or most_specific(keys), _number(m), on_line
    # a line under it names the meeting: "REPORT OF THE FORUM" over "6th X Forum (XF-06)"; a numbered sitting over
    # its session, "SUMMARY RECORD OF THE THIRD PLENARY MEETING" over "Second meeting of the X (X-2)"
    named = (lambda line: _heading(line, year) is not None) if _number(m) is None else _ORDINAL_OPENING_MEETING.match
    if not recorded or any(named(line) for line in under) or _group_kind(m.group("kind")):
        return None
    outside = most_specific(keys) if keys else next((key for line in under if (key := _body_line(line, names))), None)
    outside = organ or outside
    # "Report of the eighth facilitation meeting" over "WSIS ACTION LINE C3 — X": a meeting of a kind of its own
    own = _own_kind(m.group("kind"), _subject(under[0], names)[1]) if under and not outside else None
    outside = outside or (slug(own) if own and _own_kind_word(m.group("kind")) else None)
    return (outside, _number(m), on_line) if outside else None


def _organ_under(under: list[str], names: tuple[BodyName, ...]) -> str | None:
    """The key of a body outside the catalogue a header line names whole right under a line naming a catalogue
    body, its owner (``REGIONAL COMMONWEALTH IN THE FIELD OF COMMUNICATIONS (RCC)`` / ``Working Group on X``): the
    owner's organ met, not the owner (:func:`_body_line`)."""
    for line, below in zip(under, under[1:], strict=False):
        if _subject(line, names)[0] is not None and _subject(below, names)[0] is None:
            return _body_line(below, names)
    return None


def _own_kind_word(kind: str) -> bool:
    """Whether a kind's words name a meeting of a kind of its own (``facilitation meeting``: ``meeting_words.csv``,
    role ``own-kind``)."""
    return any(w.casefold() in {k.casefold() for k in meeting_words("own-kind")} for w in kind.split()[:-1])


def _group_kind(kind: str) -> bool:
    """Whether a kind's words before its noun name a group (``Rapporteur Group meeting``: the group met, not the
    body a line under it names), not a kind (``Annual General Meeting``, ``virtual meeting``)."""
    words = kind.split()[:-1]
    head = head_of(" ".join(w[:1].upper() + w[1:] for w in words)) if words else None
    return head is not None and head[2] == "body"


#: a line that opens with a numbered meeting or session (``Second meeting of the X (X-2)``): it names the meeting
_ORDINAL_OPENING_MEETING = re.compile(rf"(?i:{ordinal_regex()})\s+(?i:meeting|session)\b")


def _body_then_kind(
    text: str, names: tuple[BodyName, ...], year: int | None = None
) -> tuple[str, int | None, Any] | None:
    """``(key, number, dateline)`` of a line that names a catalogue body, then the kind of its
    meeting (``Telecommunication Development Advisory Group (TDAG) Thirty-second meeting``,
    ``UNGIS Annual Meeting, Paris, 3 May 2031``)."""
    plain = _RECORD.sub("", text.strip(), count=1)  # "Report of the X Group (XG) – Fourth meeting": the group's
    for line in dict.fromkeys((text, title_cased(text), plain, title_cased(plain))):
        for key, (start, end) in find_body_names(line, names):
            # "TSAG - 12th meeting": a dash between the body and its meeting's kind
            rest = _BRACKET_OR_DASH_OPENING.sub("", line[end:]).strip(" ,:")
            m = _kind_line().match(rest) if start == 0 and rest else None
            if m is not None:
                # "..., Geneva, 21-23 June 2031 - Report (TDAG31-15/29)": the record's name and symbol after it
                on_line = _rest_dateline(m.group("rest"), year) if m.group("rest") else None
                return key, _number(m), on_line
    return None
