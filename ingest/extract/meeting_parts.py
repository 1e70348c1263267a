"""The part of a chosen meeting's body that met, as the report states it (:func:`finished_meeting`): the
rapporteur group of a study group's record, a committee, an organ or a part named in the front, and the days a
lead sentence says the body met. Read by :mod:`.own_meeting` (the report's own meeting) and :mod:`.meeting_ranking`
(whether a candidate's reading is one the finishing makes exact)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from wsiskg.ingest.records import Body, Meeting, ParsedReport
from wsiskg.ingest.text import DASH, LONG_DASH_CHARS, alternation, sentence_spans, squash

from .body_names import body_index, find_body_names, head_of
from .casing import line_joiner_alternation, title_cased
from .countries import country_spans
from .dates import find_dates, joins_list
from .event_dates import own_dates
from .gazetteer import bodies as gazetteer_bodies
from .gazetteer import body_ancestors, preposition_alternation, small_words
from .genre import header_lines
from .keys import slug
from .meeting import (
    HELD,
    LEAD_PARAGRAPHS,
    BodyName,
    meeting_words,
    ordinal_regex,
    record_title,
    session_stem,
)
from .meeting_header import (
    committee,
    line_body,
    with_sitting,
)
from .meeting_mentions import as_words, closes_event
from .ordinals import number_value
from .own_mention import stands_for
from .rapporteur_groups import rapporteur_forms, rapporteur_group_key


def finished_meeting(report: ParsedReport, names: tuple[BodyName, ...], chosen: Meeting) -> Meeting:
    """The chosen candidate's meeting as the report states it: of the part, the rapporteur group, the
    committee or the organ of its body that met, dated by a summary record's sitting."""
    meeting = _committee_that_met(
        report,
        names,
        _part_that_met(
            report,
            names,
            _rapporteur_group_that_met(report, names, _catalogue_body_after_parent(names, chosen)),
        ),
    )
    return _days_it_met(report, names, with_sitting(report, _organ_that_met(report, meeting)))


def _days_it_met(report: ParsedReport, names: tuple[BodyName, ...], meeting: Meeting) -> Meeting:
    """``meeting`` dated by a lead sentence whose subject is its body and that says, right after it, the body met
    on days within the meeting's range (a group that met during its host's week: ``The X Group (XG) met on 12
    March`` under ``Geneva, 10-14 March``; ``The Committee met on 5 and 6 May``): those days, not the host's."""
    if meeting.start is None or meeting.end is None:
        return meeting
    for p in report.paragraphs[:LEAD_PARAGRAPHS]:
        if p.order in meeting.paragraphs:  # the sentence that dated the meeting
            continue
        for s0, s1 in sentence_spans(p.text):
            sentence = p.text[s0:s1]
            verb = re.search(HELD, sentence)
            if verb is None or not _is_body(sentence[: verb.start()], names, meeting.body):
                continue
            count = _held_count().match(sentence, verb.start())  # "held five meetings between 5 and 9 May"
            at = count.end() if count else verb.start()
            dates = find_dates(sentence, meeting.start.year)
            found = own_dates(sentence, at, dates, bare=count is not None)
            if found is None or found.precision != "day" or (found.start, found.end) == (meeting.start, meeting.end):
                continue
            if any(d.span[0] >= found.span[1] and joins_list(sentence, found.span[1], d.span[0]) for d in dates):
                continue  # "on 12 March and 14 March": one of a list of days
            if meeting.start <= found.start and (found.end or found.start) <= meeting.end:
                stated = tuple(sorted({*meeting.paragraphs, p.order}))
                return replace(meeting, start=found.start, end=found.end, paragraphs=stated)
    return meeting


@cache
def _held_count() -> re.Pattern[str]:
    """A verb of holding and a count of meetings (``held five meetings``, ``convened two sittings``; nouns:
    ``meeting_words.csv``, role ``meeting-noun``): the days after it are those meetings'."""
    nouns = alternation([*meeting_words("meeting-noun"), "session"])
    return re.compile(rf"(?i)(?:held|convened)\s+[\w-]+\s+(?:{nouns})s\b")


#: a sentence's subject: a paragraph's number, ``The``, a name and its acronym in brackets, nothing else
_SUBJECT = re.compile(r"^[\s\d.]*(?P<the>[Tt]he\s+)?(?P<name>[^(),]+?)\s*(?:\((?P<acr>[^()]{2,30})\))?\s*$")


def _is_body(subject: str, names: tuple[BodyName, ...], key: str) -> bool:
    """Whether a sentence's ``subject`` is the body ``key`` and nothing more: its name or acronym (``The X Group on
    Y (XG-Y)``), a catalogue name of it, or ``The`` and a noun that stands for it (``The Committee``:
    :func:`.own_mention.stands_for`); not a part of it (``Working Party 2/X, chaired by ...,``)."""
    m = _SUBJECT.match(subject)
    if m is None:
        return False
    name = m.group("name")
    if key in (slug(name), slug(m.group("acr") or "")):
        return True
    if any(k == key and span == (0, len(name)) for k, span in find_body_names(name, names)):
        return True
    return bool(m.group("the")) and " " not in name and stands_for(subject, key, names)


#: a header line that defines a body by its name and acronym, the name opening the line (``Council Working
#: Group on X (CWG-X)``, ``Project Team on Y (PT Y)``): no colon (a field's label, ``Source:``)
_NAME_LINE = re.compile(
    r"(?P<name>[A-Z][^():;]{5,160}?)\s*\((?P<acr>[A-Z][A-Za-z0-9&/.\-]*(?: [A-Z][A-Za-z0-9&/.\-]*)?)\)"
)


#: a part named after its parent and a dash (``X Commission — Working Group on Y``)
_DASHED_PART = re.compile(rf"\s+[{LONG_DASH_CHARS}]\s+(?P<name>[A-Z][^():;,]{{5,120}})$")


#: a name in capitals of three words or more that ends a line (``... 24 June 2031 STANDING COMMITTEE ON X``)
_CAPITALS_END = re.compile(
    rf"(?:^|\s)(?P<name>(?!(?:{line_joiner_alternation(capitals=True)})\s)[A-Z][A-Z\-]+(?:\s+[A-Z][A-Z\-&]*){{2,}})$"
)


#: a line that is only a name in title case, a comma before its last words allowed and a bracket of lower-case
#: words after it its segment's (``Sectoral Council on Transport, Communications and Meteorology (ICT segment)``)
_WHOLE_NAME = re.compile(
    rf"(?P<name>[A-Z][\w’'&\-]+(?:,?\s+(?:{line_joiner_alternation()}|[A-Z0-9][\w’'&\-]*))+)"
    r"(?:\s*\([A-Za-z ]*[a-z][A-Za-z ]*\))?"
)


#: header lines read for a part of the chosen body
_PART_LINES = 5


def _part_that_met(report: ParsedReport, names: tuple[BodyName, ...], meeting: Meeting) -> Meeting:
    """``meeting`` of the part of its catalogue body that a header line names, when that line or the one
    above names the body too: the parent named instead of its part (a Council working group read as the
    Council, ``Council Working Group on X (CWG-X)``; a project team on a conference read as the conference,
    ``Project Team on the Plenipotentiary Conference (PT PP)``; a committee under the title's commission,
    ``Economic Commission for X`` / ``Committee on Y (CY)``; ``X Commission — Working Group on Y``). A part
    whose name ends the body's own is the body's name read short (``ORG1–ORG2 JOINT STEERING COMMITTEE``: not
    the ``Joint Steering Committee`` of a body ``ORG1–ORG2 Joint ...``; nor the owner a part's name ends with,
    ``Steering Committee of the X Alliance (XA)``: not XA)."""
    parts = header_parts(report, names)
    part = next((b for b, parents in parts if meeting.body in parents and not _organisation(b.key)), None)
    if part is None or part.key in body_ancestors(meeting.body):  # the body's parent, not a part of it
        return meeting
    if meeting.body.endswith(("-" + part.key, "-" + slug(part.name))):  # "Steering Committee of the X (XA)": XA's
        return meeting
    return replace(meeting, body=part.key)


def _organisation(key: str) -> bool:
    """Whether ``key`` is a catalogue body under no other (an organisation: ``Inter-American X Commission (IXC)``
    printed under a title ``Report of the Third Meeting of the Working Group on Y``): no part of another body."""
    entry = gazetteer_bodies().get(key)
    return entry is not None and not entry.parent


def _catalogue_body_after_parent(names: tuple[BodyName, ...], meeting: Meeting) -> Meeting:
    """``meeting`` of the catalogue body whose name a name outside the catalogue writes after the acronym or
    name of one of its parents (``ITU-R Radiocommunication Advisory Group``: the RAG; ``ITU Council Working
    Group on X``): the body's name as the report writes it, not another body."""
    if meeting.body in gazetteer_bodies():
        return meeting
    key = after_parent(names, meeting.body)
    return replace(meeting, body=key) if key is not None else meeting


def after_parent(names: tuple[BodyName, ...], key: str) -> str | None:
    """The catalogue body whose name the name keyed ``key`` (a slug) writes after one of its parents' acronym
    or name (``itu-r-radiocommunication-advisory-group``: ``rag``), else ``None``."""
    words = key.split("-")
    for i in range(1, min(6, len(words))):
        found = body_index(names).keys.get("".join(words[i:]))
        if found in gazetteer_bodies() and "".join(words[:i]) in _parent_forms(found):
            return found
    return None


def _parent_forms(key: str) -> frozenset[str]:
    """The squashed acronyms and names of the catalogue parents of the body keyed ``key``."""
    entries = [gazetteer_bodies().get(k) for k in body_ancestors(key)]
    return frozenset(squash(f) for e in entries if e is not None for f in (e.name, e.acronym, *e.aliases) if f)


#: a study group's key and its number (``itu-d-sg2``)
_STUDY_GROUP_KEY = re.compile(r"itu-[tdr]-sg(?P<sg>\d+)")


def _rapporteur_group_that_met(report: ParsedReport, names: tuple[BodyName, ...], meeting: Meeting) -> Meeting:
    """``meeting`` of the Rapporteur Group of one of its study group's Questions that a header line names by
    its meeting, opening it (``ITU-D Study Group 2`` / ``Rapporteur Group meeting for Question 5/2 (...)``,
    ``Question 7/12 Rapporteur Group meeting``; not a lead's sentence, ``A Rapporteur Group meeting on ... was
    held``): the group that met, not the study group nor the Question (decision 3, in every sector)."""
    sg = _STUDY_GROUP_KEY.fullmatch(meeting.body)
    if sg is None:
        return meeting
    for line in header_lines(report)[:_PART_LINES]:
        text = _record_of().sub("", line.strip())  # a line that names it, not a sentence of the lead about it
        for form in rapporteur_forms():
            m = re.match(form, text) if len(text) <= _SHORT else None
            if m is not None and int(m["rsg"]) == int(sg["sg"]):
                return replace(meeting, body=rapporteur_group_key(m["rq"], int(m["rsg"])))
    return meeting


#: the ordinal meeting of a body a header line names (``SUMMARY RECORD OF THE THIRD MEETING OF COMMITTEE 6``)
_ORDINAL_MEETING_OF_BODY = re.compile(
    rf"(?P<ord>(?i:{ordinal_regex()}))\s+(?i:plenary\s+)?(?i:meeting)\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<rest>\S.*)"
)


def _committee_that_met(report: ParsedReport, names: tuple[BodyName, ...], meeting: Meeting) -> Meeting:
    """``meeting`` of the committee a header line names as the body of the meeting by the meeting's ordinal
    (``SUMMARY RECORD OF THE THIRD MEETING OF COMMITTEE 6``), or that a header line opens with under a title
    of the ordinal only (``SUMMARY RECORD OF THE FIFTH MEETING`` / ... / ``COMMITTEE 4 (TITLE)``), when the
    readers took the session around it (a PDF's layout ran the header's lines into one: ``PLENIPOTENTIARY
    CONFERENCE (PP-31) ... COMMITTEE 6 Document 118-E ... SUMMARY RECORD OF THE THIRD MEETING OF COMMITTEE
    6``), or whose name in capitals a layout ran into the title's line (``STANDING COMMITTEE ON X SUMMARY RECORD
    OF THE SECOND MEETING``: :func:`.meeting_header.line_body`); decision 2. A plenary meeting is the
    conference's."""
    if meeting.number is None:
        return meeting
    lines = header_lines(report)[:_COMMITTEE_LINES]
    for line in lines[:_PART_LINES]:
        for m in _ORDINAL_MEETING_OF_BODY.finditer(line):
            found = _committee_opening(m["rest"])
            if found is not None and found.key != meeting.body and number_value(m["ord"]) == meeting.number:
                return replace(meeting, body=found.key)
        named = _BODY_BEFORE_RECORD.match(line)
        found = line_body(named["name"], names) if named is not None else None
        if (
            named is not None
            and found is not None
            and found.key != meeting.body
            and number_value(named["ord"]) == meeting.number
        ):
            return replace(meeting, body=found.key)
    only = _ORDINAL_MEETING_ONLY.search(record_title(report) or "")
    if only is not None and number_value(only["ord"]) == meeting.number:
        found = next((c for c in map(_committee_opening, lines) if c is not None), None)
        if found is not None and found.key != meeting.body:
            return replace(meeting, body=found.key)
    return meeting


#: a body's name in capitals that a layout ran into the line of its record's title (``STANDING COMMITTEE ON X
#: SUMMARY RECORD OF THE SECOND MEETING Friday, ...``)
_BODY_BEFORE_RECORD = re.compile(
    rf"^(?P<name>[A-Z][A-Z&,\- ]+?)\s+(?:SUMMARY\s+RECORD|MINUTES|REPORT)\s+OF\s+THE\s+"
    rf"(?P<ord>(?i:{ordinal_regex()}))\s+(?:PLENARY\s+)?MEETING\b"
)


#: header lines read for the committee of a title of the ordinal only
_COMMITTEE_LINES = 8


#: a title that ends with a meeting's ordinal, no body after it (``SUMMARY RECORD OF THE FIFTH MEETING``)
_ORDINAL_MEETING_ONLY = re.compile(rf"(?P<ord>(?i:{ordinal_regex()}))\s+(?i:meeting)\s*$")


def _committee_opening(text: str) -> Body | None:
    """The committee whose name opens ``text`` (``COMMITTEE 4 (ITU-T WORK PROGRAMME)``), else ``None``."""
    found = committee(text)
    return found if found is not None and slug(text[: len(found.name.split(" (")[0])]) == found.key else None


def _organ_that_met(report: ParsedReport, meeting: Meeting) -> Meeting:
    """``meeting`` of the organ of its organisation that the front names (:func:`front_organs`): an
    organisation never meets as a whole, its meeting, group or conference does (``APT`` for ``Second APT
    Preparatory Meeting for WTDC-14``, ``RCC`` for ``RCC Working Group on ...``). A session's number of the
    organisation (``IGF 2031 Best Practice Forum on X``: the IGF's) is not the organ's."""
    organ = next((o for o in front_organs(report) if o.owner == meeting.body), None)
    if organ is None:
        other = _other_organisations_organ(report, meeting)
        return replace(meeting, body=other.key) if other is not None else meeting
    return replace(meeting, body=organ.body.key, number=None if organ.in_session else meeting.number)


def _other_organisations_organ(report: ParsedReport, meeting: Meeting) -> Body | None:
    """The organ of another organisation the front names by the chosen body's name and ``of the`` that
    organisation (``Council of the RCC``, ``Council of Heads of Communications Administrations of the RCC`` for
    the ITU Council; not one of the body's own parents, ``Council of the ITU``): a regional organisation's
    organ is that organisation's. A line that states the meeting first."""
    entry = gazetteer_bodies().get(meeting.body)
    if entry is None:
        return None
    forms = alternation(f for f in (entry.name, entry.acronym, *entry.aliases) if f)
    owners = alternation(f for f, key in _organ_owners().items() if key not in body_ancestors(meeting.body))
    pattern = re.compile(
        rf"(?<![\w-])(?:{forms})(?:\s+(?:{preposition_alternation('topic')}|and|[A-Z][\w’'\-]*)){{0,8}}?\s+of\s+(?:the\s+)?(?:{owners})(?![\w-])"
    )
    lines = [p.text for p in report.paragraphs if p.order in meeting.paragraphs]
    for line in dict.fromkeys([*lines, record_title(report) or "", *header_lines(report)[:_PART_LINES]]):
        m = pattern.search(line) if len(line) <= 2 * _SHORT else None
        if m is not None:
            return Body(slug(m.group(0)), m.group(0), None, entry.kind)
    return None


@dataclass(frozen=True)
class _Organ:
    """An organ of a catalogue organisation named in the front: its ``owner``'s key, the organ as a body and
    whether a session's year stands between them (``IGF 2031 Best Practice Forum``)."""

    owner: str
    body: Body
    in_session: bool


#: a record's or a document's words: a title, not an organ's name
_RECORD_WORDS = re.compile(r"(?i)\b(?:report|summary|minutes|record|outcomes?|highlights|agenda|document|original)\b")


#: the catalogue kinds of a body whose organs a header line names after its acronym: an organisation (it never
#: meets as a whole) and a group (its rapporteur or working groups meet apart from it)
_OWNER_KINDS = frozenset({"organization", "working-group"})


#: the kinds of a head noun of an organ that meets (a group, a committee, a meeting, a conference)
_ORGAN_KINDS = frozenset(
    {"working-group", "expert-group", "commission", "council", "meeting", "conference", "forum", "session", "event"}
)


#: the kinds of a head noun that, ending the name (no topic after it), is the organisation's own meeting
_OWN_MEETING_KINDS = frozenset({"meeting", "session"})


#: the head nouns of kind ``organization`` that head an organ (``APT Management Committee``)
_ORGAN_HEADS = frozenset({"Committee", "Board"})


@cache
def _organ_owners() -> dict[str, str]:
    """``acronym or name -> key`` of the catalogue organisations (:data:`_OWNER_KINDS`)."""
    return {
        f: e.key
        for e in gazetteer_bodies().values()
        if e.kind in _OWNER_KINDS
        for f in (e.acronym, e.name, *e.aliases)
        if f and len(f) > 1
    }


@cache
def _organ_pattern() -> re.Pattern[str]:
    """An organisation's acronym or name, maybe a session's year and a dash, then a capitalised name."""
    return re.compile(
        rf"(?<![\w-])(?P<org>{alternation(_organ_owners())})(?P<year>\s+(?:19|20)\d\d)?(?:\s+{DASH})?\s+"
        rf"(?P<rest>[A-Z][^()\[\],;:|]*?)\s*(?=$|[(),;:|]|\s{DASH}\s)"
    )


def front_organs(report: ParsedReport) -> list[_Organ]:
    """The organs of catalogue organisations the title or a short header line names by a name after the
    organisation's acronym or name, headed by a group's, a committee's or a meeting's noun (``The Third APT
    Preparatory Meeting for PP-06 (APT PP06-3)``: ``APT Preparatory Meeting for PP-06``, acronym ``APT
    PP06``; ``IGF 2031 Best Practice Forum on X``: ``Best Practice Forum on X``), a dateline's town glued to
    it left out; not the organisation's staff (``IGF Secretariat``) nor a record's words (``APT Report``)."""
    found: list[_Organ] = []
    for line in dict.fromkeys([record_title(report) or "", *header_lines(report)[:_PART_LINES]]):
        if len(line) > 2 * _SHORT:
            continue
        for m in _organ_pattern().finditer(line):
            organ = _organ_body(report, line, m)
            if organ is not None:
                found.append(_Organ(_organ_owners()[m["org"]], organ, m["year"] is not None))
    return found


def _organ_body(report: ParsedReport, line: str, m: re.Match[str]) -> Body | None:
    """The organ :func:`front_organs` reads from one match, or ``None``."""
    rest = _town_off(report, m["rest"].strip())
    words = rest.split()
    while words and words[-1].lower() in small_words():
        words.pop()
    rest = as_words(" ".join(words)) if rest.isupper() else " ".join(words)
    head = head_of(rest) if rest and not _RECORD_WORDS.search(rest) else None
    if head is None or not (head[1] in _ORGAN_KINDS or head[0] in _ORGAN_HEADS):
        return None
    if head[1] in _OWN_MEETING_KINDS and rest.endswith(head[0]):  # "IGF — Inaugural Meeting": the IGF's own
        return None
    name = rest if m["year"] else f"{m['org']} {rest}"
    after = line[m.start("rest") + len(m["rest"]) :].lstrip()
    bracket = re.match(r"\((?P<acr>[A-Z][\w&/.\- ]{1,30})\)", after) if m["rest"].strip() == rest else None
    acronym = session_stem(name + " ", bracket["acr"]) if bracket else None
    return Body(slug(acronym or name), name, acronym, head[1])


def header_parts(report: ParsedReport, names: tuple[BodyName, ...]) -> list[tuple[Body, frozenset[str]]]:
    """``(body, the bodies it may be a part of)`` for each body a header line names by a name and acronym that
    open it (after a record's or a meeting's words: ``The First Meeting of the X Group (XG-1)``), after a
    dash or in capitals at its end, a body headed by a body noun (``body-heads.csv``): the catalogue bodies named on
    its line or the
    one above, the keys of its line's names (``X Commission for Y``: ``x-commission-for-y``; not the line
    above's: ``REPORT OF SUB-COMMITTEE B`` over ``Fourth meeting of the Preparatory Committee (PrepCom-4)``
    is the part over its parent) and a catalogue part's parents (``CWG-X``: the Council)."""
    lines = [line for line in header_lines(report)[:_PART_LINES] if len(line) <= 2 * _SHORT]
    found: list[tuple[Body, frozenset[str]]] = []
    above: frozenset[str] = frozenset()
    for line in lines:
        here = frozenset(k for text in {line, title_cased(line)} for k, _ in find_body_names(text, names))
        part = _line_part(line, names)
        if part is not None:
            found.append((part, (here | _name_keys(line) | above | set(body_ancestors(part.key))) - {part.key}))
        elif (part := _whole_line_part(line, names)) is not None:  # its parent only on the line above
            found.append((part, above - {part.key}))
        # a body outside the catalogue too (``EAST AFRICAN COMMUNITY``), on a line that is a name, not a title
        above = here | (frozenset() if _NOT_NAME.search(line) else _name_keys(title_cased(line)))
    return found


def _name_keys(line: str) -> frozenset[str]:
    """The keys of the runs of capitalised words of ``line`` with their small words (``Broadband Commission for
    Digital Development``), each from its first word to any later one."""
    words = [w.strip(",") for w in line.split()]
    keys: set[str] = set()
    for i, first in enumerate(words):
        if not first[:1].isupper():
            continue
        for j in range(i + 1, min(len(words), i + 12)):
            if not (words[j][:1].isupper() or words[j].lower() in small_words()):
                break
            keys.add(slug(" ".join(words[i : j + 1])))
    return frozenset(keys)


def _line_part(line: str, names: tuple[BodyName, ...]) -> Body | None:
    """The body ``line`` names by a name and acronym that open it, or after a dash (see :func:`header_parts`)."""
    text = _ORDINAL_MEETING_OF.sub("", _record_of().sub("", line.strip()))
    m = _NAME_LINE.match(text)
    if m is not None and sum(c.isupper() for c in m.group("acr").split()[0]) >= 2:
        name, acronym = (
            m.group("name").strip(),
            session_stem(line[: line.find(m.group(0))] + text[: m.end("name")] + " ", m.group("acr")),
        )
    elif (d := _DASHED_PART.search(text) or _CAPITALS_END.search(text)) is not None:
        name, acronym = d.group("name").strip(), None
    else:
        return None
    name = as_words(name) if name.isupper() else name
    if acronym and closes_event(name, acronym):  # "X Committee for the Y Symposium 2031 (YS-31)": the event's code
        acronym = None
    if _NOT_NAME.search(name):  # a record's or a session's words (``PREPARATORY COMMITTEE ON ITS SECOND SESSION``)
        return None
    head = head_of(re.split(r"\s+(?=[a-z])", name, maxsplit=1)[0])
    if head is None or head[2] != "body":
        return None
    index = body_index(names)
    key = (
        index.keys.get(squash(acronym)) if acronym else index.keys.get(squash(name)) or after_parent(names, slug(name))
    )
    # a catalogue body (``INTERNATIONAL TELECOMMUNICATION UNION COUNCIL``: the Council, after its parent's name):
    # a group of its own (``CWG-X``), not an organisation
    entry = gazetteer_bodies().get(key) if key is not None else None
    if entry is not None:
        return Body(entry.key, entry.name, entry.acronym, entry.kind) if entry.kind in _PART_KINDS else None
    if key is not None and not (m is not None and m.end() == len(text.rstrip())):
        return None  # a body the report defines elsewhere, named in a sentence (``The X Team (XT) with ...``)
    # outside the catalogue, maybe defined by the line itself (``Council of Arab Ministers of X (CAMX)``)
    return Body(key or slug(acronym or name), name, acronym, head[1])


def _whole_line_part(line: str, names: tuple[BodyName, ...]) -> Body | None:
    """A body outside the catalogue that a header line names whole in title case, headed by a body noun, a
    comma before its last words allowed and a segment's words in brackets after it left out (``Working Group on
    X``, ``Sectoral Council on Transport, Communications and Meteorology (ICT segment)``); not a session's name
    closed by its year (``Council 2031``) nor a record's or a meeting's title."""
    m = _WHOLE_NAME.fullmatch(line.strip())
    if m is None or _NOT_NAME.search(m.group("name")):
        return None
    name = m.group("name")
    bare = re.sub(r"\s+(?:19|20)\d\d$", "", name)  # "Council 2031": the catalogue's Council, at its session
    head = head_of(re.split(r"\s+(?=[a-z])", bare, maxsplit=1)[0])
    index = body_index(names)
    if head is None or head[2] != "body" or index.keys.get(squash(bare)) or after_parent(names, slug(bare)):
        return None
    return Body(slug(name), name, None, head[1])


#: the catalogue kinds of a part that meets on its own
_PART_KINDS = frozenset({"working-group", "expert-group", "partnership", "commission"})


#: a header line that may be a body's name is no longer
_SHORT = 140


#: ``Second Meeting of the`` before a body's name: the meeting, not the body
_ORDINAL_MEETING_OF = re.compile(
    rf"^(?:(?i:the)\s+)?(?i:{ordinal_regex()})\s+(?i:meeting|session)\s+(?i:of)\s+(?:(?i:the)\s+)?"
)


@cache
def _record_of() -> re.Pattern[str]:
    """A record's words before a meeting's name (``Report of the``, ``Summary of the``: ``meeting_words.csv``,
    role ``session-record``): the document, not the body."""
    return re.compile(rf"^(?i:{alternation(meeting_words('session-record'), spaces=True)})\s+(?:(?i:the)\s+)?")


#: words a body's name may hold that say it is a meeting's title or a record's, not the body's name
_NOT_NAME = re.compile(
    r"(?i)\b(?:meetings?|sessions?|report|summary|minutes|record|outcomes?|highlights|agenda|document|original)\b"
)


def _town_off(report: ParsedReport, name: str) -> str:
    """``name`` without the town of a dateline glued to its end: its last word, in title case, that a header line
    follows with a comma and a country (``Hanoi, Viet Nam``); not a country (``Meeting of Kenya, Uganda and
    ...``) nor a word after a small one. A town of two words keeps its first (no gazetteer of towns tells
    ``Addis Ababa`` from ``Digital Skills Nairobi``)."""
    for line in [name, *header_lines(report)]:
        at = line.find(name)
        after = line[at:] if at >= 0 else ""
        for m in _TOWN.finditer(after):
            head = name[: m.start()].split()
            if (
                head
                and head[-1].lower() not in small_words()
                and m.start() < len(name)
                and not _country_first(m["town"])
            ):
                if _country_first(after[m.end() :]):
                    return name[: m.start()]
    return _town_placed_in_lead(report, name)


def _town_placed_in_lead(report: ParsedReport, name: str) -> str:
    """``name`` without the town of one or two words glued to its end that a lead paragraph places the meeting in
    (``in Addis Ababa``) where it also writes the name without it (``The Second X Round Table on Y was held ... in
    Addis Ababa``): the lead's name is the whole name, the town its place; else ``name``."""
    words = name.split()
    for size in (2, 1):
        head, town = " ".join(words[:-size]), " ".join(words[-size:])
        if len(words) - size < 2 or not all(re.fullmatch(_TOWN_WORD, w) for w in words[-size:]):
            continue
        at, town_re = preposition_alternation("place"), re.escape(town)
        placed = re.compile(rf"\b{re.escape(head)}\s+(?!{town_re}\b).*\b(?:{at})\s+{town_re}\b")
        if any(placed.search(p.text) for p in report.paragraphs[:LEAD_PARAGRAPHS]):
            return head
    return name


#: a town's words in title case (not an acronym's capitals) before a comma
_TOWN_WORD = r"[A-Z][\w’'.\-]*[a-zà-ÿ][\w’'.\-]*"


_TOWN = re.compile(rf"\s(?P<town>{_TOWN_WORD}),\s*")


def _country_first(text: str) -> bool:
    """Whether ``text`` opens with a country's name."""
    return any(s.start == 0 for s in country_spans(text[:60]))
