"""The report's own meeting: the best ranked candidate (:mod:`.meeting_ranking`), kept only when
the report is the record of a meeting (:mod:`.genre`).

A letter of invitation, a speech or a contribution names a meeting in its header, but records
none: its ``reportOf`` stays empty, while the meeting it names is still the context (body, year)
the other extractors read the report in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from wsiskg.ingest.extract.header_fields import label_alternation
from wsiskg.ingest.records import Body, Meeting, ParsedReport
from wsiskg.ingest.text import DASH, DASHES, LONG_DASH_CHARS, alternation, sentence_spans, squash

from .bodies import find_defined, head_of
from .body_names import body_index, find_body_names
from .casing import is_title_cased, joiner_alternation, line_joiner_alternation, small_words, title_cased
from .countries import country_spans
from .covered_meetings import title_group
from .dates import find_dates, joins_list, weekday_words
from .event_dates import own_dates
from .event_series import event_series
from .gazetteer import bodies as gazetteer_bodies
from .gazetteer import body_ancestors
from .genre import header_lines, records_meeting
from .keys import slug
from .meeting import (
    HELD,
    LEAD_PARAGRAPHS,
    BodyName,
    load_body_names,
    meeting_words,
    ordinal_regex,
    rapporteur_group,
    record_title,
    session_stem,
)
from .meeting_candidates import candidates
from .meeting_header import (
    committee,
    line_body,
    over_title_body,
    with_sitting,
)
from .meeting_heading import heading_acronym_body, heading_body, series_year_off
from .meeting_mentions import (
    as_words,
    defined_meeting_bodies,
    name_before_acronym,
    rapporteur_forms,
    rapporteur_group_as_written,
    rapporteur_group_key,
)
from .meeting_ranking import best
from .ordinals import number_value
from .own_mention import stands_for
from .study_groups import meeting_body_names, report_texts, study_group_sector


def named_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meeting the report names as the one it is about: every candidate the front names
    (:mod:`.meeting_candidates`), ranked by its evidence (:mod:`.meeting_ranking`). A summary
    record's sitting (``Friday, 16 July 2004, at 1440 hours``) dates the meeting."""
    chosen = best(report, names, candidates(report, names))
    return None if chosen is None else finished_meeting(report, names, chosen.meeting)


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
    stated = stated_part(report, names, meeting)
    meeting = replace(meeting, body=stated.key) if stated is not None else meeting
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
    the ``Joint Steering Committee`` of a body ``ORG1–ORG2 Joint ...``)."""
    parts = header_parts(report, names)
    part = next((b for b, parents in parts if meeting.body in parents), None)
    if part is None or part.key in body_ancestors(meeting.body):  # the body's parent, not a part of it
        return meeting
    if meeting.body.endswith("-" + part.key):
        return meeting
    return replace(meeting, body=part.key)


@cache
def _part_before_of() -> re.Pattern[str]:
    """The words of a part of a body before ``of the`` and the body's name that ends the text: up to three
    words and a group's noun (``meeting_words.csv``, role ``group``: ``The intersessional panel of the``,
    ``the 2030-2031 Steering Committee of``), opening a sentence (after a paragraph's number) or after a meeting's
    words (``The fifth meeting of the Task Force of``)."""
    nouns = alternation(meeting_words("group"), spaces=True)
    return re.compile(
        rf"(?:^[\s\d.]*|\b(?i:meeting|session)\s+of\s+)(?i:the)\s+"
        rf"(?P<part>(?:[\w\u2013\-]+\s+){{0,3}}?(?i:{nouns}))\s+of\s+(?:the\s+)?$"
    )


def stated_part(report: ParsedReport, names: tuple[BodyName, ...], meeting: Meeting) -> Body | None:
    """The part of the meeting's body that a sentence stating the meeting says met or was held (decision 3: the
    body that met): ``The intersessional panel of the Commission on X (CX) met in Geneva ...`` for the
    commission; named as written, the body's acronym in brackets after it left out. ``None`` when no sentence of
    the paragraphs that state the meeting names one."""
    return next((part for parent, part in _stated_parts(report, names, meeting) if parent == meeting.body), None)


def _stated_parts(report: ParsedReport, names: tuple[BodyName, ...], meeting: Meeting) -> list[tuple[str, Body]]:
    """``(the body's key, its part)`` for each part of a body that a sentence of the paragraphs stating ``meeting``
    names before ``of the`` and the body's name, and says met or was held (see :func:`stated_part`)."""
    found = []
    for p in report.paragraphs[:LEAD_PARAGRAPHS]:
        for s0, s1 in sentence_spans(p.text):
            sentence = p.text[s0:s1]
            if not _states(sentence, p.order, meeting):
                continue
            for key, (b0, b1) in find_body_names(sentence, names):
                name = _part_name(sentence, b0, b1)
                if name is not None:
                    found.append((key, Body(slug(name), name, None, "working-group", paragraphs=meeting.paragraphs)))
    return found


#: a sentence's opening before its subject: a paragraph's number and ``The``, or a meeting's words
_SUBJECT_OPENING = re.compile(r"(?:[\s\d.]*|.*\b(?i:meeting|session)\s+of\s+)(?i:the)\s+")
#: what follows the subject of a sentence that says it met: its acronym in brackets, then a verb of holding
_MET_NEXT = re.compile(r"(?i)\s*(?:\([^()]*\)\s*)?(?:,|(?:was\s+|were\s+)?(?:held|convened|met|took\s+place)\b)")


@cache
def _part_after() -> re.Pattern[str]:
    """Up to three words and a group's noun after a body's name (``CX 2030-2031 review panel``: ``meeting_words.csv``,
    role ``group``)."""
    nouns = alternation(meeting_words("group"), spaces=True)
    return re.compile(rf"\s+(?:[\w\u2013\-]+\s+){{0,3}}?(?i:{nouns})(?![\w-])")


def _part_name(sentence: str, b0: int, b1: int) -> str | None:
    """The name of a part of the body named at ``sentence[b0:b1]`` that the sentence says met or was held: its
    words before ``of the`` and the body's name (``The review panel of the Commission on X (CX) met``), or after
    the body's name as the sentence's subject (``The CX 2030-2031 review panel met``); else ``None``."""
    before = _part_before_of().search(sentence[:b0])
    if before is not None and re.search(HELD, sentence[b1:]):
        return sentence[before.start("part") : b1]
    after = _part_after().match(sentence, b1) if _SUBJECT_OPENING.fullmatch(sentence[:b0]) else None
    if after is not None and _MET_NEXT.match(sentence, after.end()):
        return sentence[b0 : after.end()]
    return None


def _states(sentence: str, order: int, meeting: Meeting) -> bool:
    """Whether a lead ``sentence`` (of paragraph ``order``) may state the meeting: it gives the meeting's first day,
    or it gives no day and is of a paragraph that states the meeting (not one dating another meeting)."""
    year = meeting.start.year if meeting.start else None
    dates = find_dates(sentence, year)
    return any(d.start == meeting.start for d in dates) if dates else order in meeting.paragraphs


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
    held``): the group that met, not the study group (decision 3); a Question of a
    sector whose groups are their Questions is its own key (``itu-t-q9-3``)."""
    sg = _STUDY_GROUP_KEY.fullmatch(meeting.body)
    if sg is None:
        return meeting
    for line in header_lines(report)[:_PART_LINES]:
        text = _record_of().sub("", line.strip())  # a line that names it, not a sentence of the lead about it
        for form in rapporteur_forms():
            m = re.match(form, text) if len(text) <= _SHORT else None
            if m is not None and int(m["rsg"]) == int(sg["sg"]):
                return replace(meeting, body=rapporteur_group_key(m["rq"], int(m["rsg"]), body_index(names)))
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


def _organ_of_other(report: ParsedReport, key: str) -> Body | None:
    """The organ of another organisation keyed ``key`` as the front names it (:func:`_other_organisations_organ`),
    its name ending with the organisation's (``Council of the RCC``)."""
    if key in gazetteer_bodies() or not key.endswith(tuple(f"-{slug(f)}" for f in _organ_owners())):
        return None
    for line in dict.fromkeys([record_title(report) or "", *header_lines(report)[:_PART_LINES]]):
        named = _named(line, key) if len(line) <= 2 * _SHORT else None
        if named is not None:
            return Body(key, named[0], named[1])
    return None


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
        rf"(?<![\w-])(?:{forms})(?:\s+(?:of|for|on|and|[A-Z][\w’'\-]*)){{0,8}}?\s+of\s+(?:the\s+)?(?:{owners})(?![\w-])"
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


def own_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> tuple[Meeting | None, Meeting | None]:
    """``(the meeting the report records, the meeting it names)``: the first is ``None`` for a
    report of a genre that records no meeting."""
    named = named_meeting(report, names)
    return (named if records_meeting(report) else None), named


#: a header line that may be a body's name is no longer
_SHORT = 140
_NAME = re.compile(rf"[A-Z][\w&/’'\-]*(?:\s+(?:{joiner_alternation()}|[A-Z0-9][\w&/’'\-]*))*")  # casing.name_joiners
_DEFINED = re.compile(rf"(?P<name>{_NAME.pattern})\s*\((?P<acr>[A-Z][\w&/\-]{{1,30}})\)")
#: ``Second Meeting of the`` before a body's name: the meeting, not the body
_ORDINAL_MEETING_OF = re.compile(
    rf"^(?:(?i:the)\s+)?(?i:{ordinal_regex()})\s+(?i:meeting|session)\s+(?i:of)\s+(?:(?i:the)\s+)?"
)


@cache
def _record_of() -> re.Pattern[str]:
    """A record's words before a meeting's name (``Report of the``, ``Summary of the``: ``meeting_words.csv``,
    role ``session-record``): the document, not the body."""
    return re.compile(rf"^(?i:{alternation(meeting_words('session-record'), spaces=True)})\s+(?:(?i:the)\s+)?")


def with_meeting_body(report: ParsedReport, meeting: Meeting, bodies: tuple[Body, ...]) -> tuple[Body, ...]:
    """``bodies`` (the actors') with the body of the report's meeting: added when they lack it
    (:func:`meeting_body`), named in full when outside the catalogue (:func:`in_full`); a committee
    they name without its short form gets it (``Committee 5``:
    ``COM5``, from the header that names it)."""
    found = next((b for b in bodies if b.key == meeting.body), None)
    if found is None:
        return bodies + meeting_body(report, meeting, set())
    if found.key not in gazetteer_bodies():  # named in full (:func:`in_full`)
        full = in_full(report, found)
        bodies, found = tuple(full if b is found else b for b in bodies), full
    texts = [record_title(report) or ""] + [p.text for p in report.paragraphs if p.order in meeting.paragraphs]
    named = next((c for c in map(committee, texts) if c is not None and c.key == found.key), None)
    if found.acronym or named is None or named.acronym is None:
        return bodies
    return tuple(replace(b, acronym=named.acronym) if b is found else b for b in bodies)


def meeting_body(report: ParsedReport, meeting: Meeting, known: set[str]) -> tuple[Body, ...]:
    """A body that met but is in neither the gazetteer nor ``known`` (the actors' bodies): a
    series of events of no body (``WSIS Forum``), a Rapporteur Group (``RGQ3/1``), a numbered committee
    (``Committee 5``, ``COM5``), the group a Chairman's report names in its title, else the name
    whose slug is its key, as written in the title or the paragraphs that state the meeting. It is
    mentioned where the meeting is (else by the first paragraph, as the meeting is): a body the
    graph describes must be (the shapes), a meeting that is its own body too."""
    if meeting.body in known or meeting.body in gazetteer_bodies():
        return ()
    where = meeting.paragraphs or ((report.paragraphs[0].order,) if report.paragraphs else ())
    meeting = replace(meeting, paragraphs=where)
    series = {slug(s.name): s.name for s in event_series() if s.body is None}
    if meeting.body in series:  # a series of events (``WSIS Forum``) named by a session (``WSIS Forum 2017``)
        return (Body(key=meeting.body, name=series[meeting.body], paragraphs=meeting.paragraphs),)
    group = rapporteur_group(meeting.body)
    if group is not None:  # its name as the report writes it (decision 3), else the catalogue's form
        written = rapporteur_group_as_written(
            report_texts(report.title, (p.text for p in report.paragraphs)), meeting.body
        )
        return (Body(meeting.body, written or group[0], group[1], "working-group", paragraphs=meeting.paragraphs),)
    if study_group_sector(
        meeting.body
    ):  # a study group or its part named only in the title (``ITU-D Study Group 1 - ...``)
        sg = next((d for d in find_defined(report) if d.key == meeting.body), None)
        if sg is not None:
            return (Body(sg.key, sg.name, sg.acronym, sg.kind, sg.parent, paragraphs=meeting.paragraphs),)
        # named only on a header line in capitals (``ITU-D STUDY GROUP 2``): the study groups' own form
        named = next((n for n in meeting_body_names(report) if n.key == meeting.body), None)
        if named is not None:
            sector = study_group_sector(meeting.body)
            return (Body(named.key, named.name, named.acronym, named.kind, sector, paragraphs=meeting.paragraphs),)
    found = _named_body(report, meeting)
    return (in_full(report, found),) if found is not None else ()


def _named_body(report: ParsedReport, meeting: Meeting) -> Body | None:
    """The body outside the catalogue that met, as the report names it (see :func:`meeting_body`)."""
    stated = next(
        (b for _, b in _stated_parts(report, meeting_body_names(report), meeting) if b.key == meeting.body), None
    )
    if stated is not None:  # a part of a body a sentence stating the meeting names (:func:`stated_part`)
        return stated
    organ = next((o.body for o in front_organs(report) if o.body.key == meeting.body), None)
    organ = organ or _organ_of_other(report, meeting.body)
    part = organ or next((b for b, _ in header_parts(report, load_body_names()) if b.key == meeting.body), None)
    if part is not None:  # a part of a catalogue body a header line names (:func:`header_parts`)
        return replace(part, paragraphs=meeting.paragraphs)
    titled = title_group(report, load_body_names())
    if titled is not None and titled[0] == meeting.body:  # the group of a Chairman's report, as its title names it
        return Body(meeting.body, titled[1], titled[2], paragraphs=meeting.paragraphs)
    over = over_title_body(report, load_body_names())
    if over is not None and over.key == meeting.body:  # "STANDING COMMITTEE ON X" / "OF THE THIRD MEETING"
        return replace(over, paragraphs=meeting.paragraphs)
    headed = heading_body(report, load_body_names(), meeting.body)
    if headed is not None:  # a meeting a heading names by its kind (``... Facilitation Meeting``)
        return replace(headed, paragraphs=meeting.paragraphs)
    texts = [record_title(report) or ""] + [p.text for p in report.paragraphs if p.order in meeting.paragraphs]
    for text in texts + header_lines(report):  # a committee also on a header line above the meeting's
        found = committee(text)
        if found is not None and found.key == meeting.body:
            return replace(found, paragraphs=meeting.paragraphs)
    for text in texts:
        tail = _tail_named(text, meeting.body)  # a session's title
        named = _named(text, meeting.body) or ((tail, None) if tail else None)
        if named is not None:
            return Body(meeting.body, named[0], named[1], paragraphs=meeting.paragraphs)
    # a body the report defines elsewhere by its name and acronym (a header line: ``... Forum 2013 (IEG-X)``)
    texts = report_texts(report.title, (p.text for p in report.paragraphs))
    defined = next((b for b in defined_meeting_bodies(texts, load_body_names()) if b.key == meeting.body), None)
    if defined is not None:
        return Body(defined.key, defined.name, defined.acronym, defined.kind, paragraphs=meeting.paragraphs)
    acronymed = heading_acronym_body(report, meeting.body)
    return replace(acronymed, paragraphs=meeting.paragraphs) if acronymed is not None else None


#: an ordinal that opens a line (the number of the meeting it names)
_ORDINAL_OPENING = re.compile(rf"^(?i:{ordinal_regex()})\s+")
#: words a body's name may hold that say it is a meeting's title or a record's, not the body's name
_NOT_NAME = re.compile(
    r"(?i)\b(?:meetings?|sessions?|report|summary|minutes|record|outcomes?|highlights|agenda|document|original)\b"
)
#: a word of a body's name: letters, digits, a code (``ITU-T``, ``ITU/WHO``), a year range, a quoted word
_NAME_WORDS = re.compile(r"[\w\"“”'’/&.\-]+(?:\s+[\w\"“”'’/&.\-]+)*")


def in_full(report: ParsedReport, body: Body) -> Body:
    """The body that met, outside the catalogue, named in full, as the report defines or heads it: by the
    name and acronym a bracket defines for the same words (``ITU/WHO Focus Group on Artificial Intelligence
    for Health`` and ``ITU-T Focus Group on "Artificial Intelligence for Health" (FG-AI4H)``: the words
    after the codes that open them are the same), else by the header line that holds its name whole and goes
    on with words only (a name cut short: ``Working Group for the Elaboration of the Strategic Plan`` on
    a line ``... Strategic Plan and the Financial Plan for 2032-2035``; only codes before it, ``ITU-T Focus
    Group on X`` for ``Focus Group``, not ``Chairman of Committee 5``), an ordinal that opens it left out
    (``15th Global Symposium for Regulators``: the meeting's number, decision 2). Not a line of a meeting's
    title or a record's (``Second meeting of ...``, ``Report of ...``), nor one with a comma, a colon or a
    bracket (a dateline, a subject). A year that closes the name is the session's, not the series' that
    met (``Regional Forum for X 2031``: ``Regional Forum for X``, decision 17;
    :func:`.meeting_heading.series_year_off`)."""
    body = _acronym_split(replace(body, name=page_words_off(report, body.name)))
    full = (
        _defined_in_full(report, body)
        or _acronym_in_full(report, body)
        or replace(body, name=_header_line_holding(report, body.name) or body.name)
    )
    full = _owner_off(report, full)
    return replace(full, name=series_year_off(page_words_off(report, full.name)))


def _owner_off(report: ParsedReport, body: Body) -> Body:
    """A body named after its organisation's acronym (``XYZ Working Group on Y``) that a header line names without
    it, as the whole line or after the organisation's name and its acronym in brackets, maybe with the group's own
    acronym in brackets (``Working Group on Y (XYZ WG-Y)``, ``Union of X (XYZ) Working Group on Y``): named as that
    line writes it (decision 6, the first full mention), with that acronym. Not a line that goes on
    (``Working Group on Y and Z``: another name)."""
    owner, _, rest = body.name.partition(" ")
    if body.acronym is not None or not rest or owner not in _organ_owners():
        return body
    spaced = r"\s+".join(map(re.escape, rest.split()))
    line_of = re.compile(rf"(?:^|\({re.escape(owner)}\)\s+){spaced}(?:\s*\((?P<acr>[A-Z][^()]{{1,30}})\))?$")
    for line in header_lines(report)[:_PART_LINES]:
        m = line_of.search(line.strip())
        if m is not None:
            return replace(body, name=rest, acronym=m["acr"])
    return body


#: an acronym in brackets that ends a name, its closing bracket maybe cut (``X Forum (XF)``, ``Arab X Forum (Arab XF``)
_ACRONYM_TAIL = re.compile(
    r"^(?P<name>.*?\S)\s*\((?P<acr>(?:[A-Z][a-z]+\s)?[A-Z][A-Za-z0-9&/.\-]*[A-Z][A-Za-z0-9&/.\-]*)\)?$"
)


def _acronym_split(body: Body) -> Body:
    """A body without an acronym whose name ends with one in brackets (a name read up to the acronym's end,
    ``Arab Internet Governance Forum (Arab IGF``): the name before it, and the acronym."""
    m = _ACRONYM_TAIL.match(body.name) if body.acronym is None else None
    if m is None or len(m["name"].split()) < 2:
        return body
    return replace(body, name=m["name"], acronym=m["acr"])


def page_words_off(report: ParsedReport, name: str) -> str:
    """A body's name without the page's words a heading glued to it (decision 3): a record's word set off by a
    dash (``Summary — X``, ``X — HIGHLIGHTS``), the words of the meeting's occasion before it (``ORDINARY
    MEETING OF X``, ``Informal consultation of the X``; a bare ``Meeting of X`` is the meeting's name), a
    sitting's weekday after it (``COMMITTEE 5 (TITLE) Friday``) and a dateline's town before its country
    (``X Forum Hanoi`` on a line ``X Forum Hanoi, Viet Nam, 1-5 May``)."""
    text = _organiser_off(_occasion_of().sub("", _dashed_record().sub("", name.strip())))
    text = _WEEKDAY_AFTER.sub("", text) if _WEEKDAY_AFTER.search(text) else text
    return _town_off(report, text).strip(" ," + DASHES) or name


#: a body's name set off by a dash before a meeting's own name (``UNDP Pacific Centre — Regional Workshop on X``; a
#: hyphen between spaces written for the dash, ``XYZ - Meeting of Y``)
_ORGANISER_DASH = re.compile(
    rf"^(?P<org>[^{LONG_DASH_CHARS}]{{2,80}}?)\s+(?:[{LONG_DASH_CHARS}]|-)\s+(?P<name>[A-Z][^{LONG_DASH_CHARS}]{{5,}})$"
)


def _organiser_off(name: str) -> str:
    """``name`` without the body that organised the meeting written before it and a dash (``UNDP Pacific Centre —
    Regional Workshop on X``, ``ESCAP – Expert Group Meeting on Y``): the meeting, named by its own name headed by
    an event's noun, met; not a forum's session (``WSIS Forum 2031 – High-Level Session``: the forum is no body)."""
    m = _ORGANISER_DASH.match(name)
    if m is None:
        return name
    org, meeting = head_of(m["org"]), head_of(m["name"])
    acronym = bool(_ACRONYM_ONLY.fullmatch(m["org"])) and sum(map(str.isupper, m["org"])) >= 2  # not "Africa"
    by_body = (org is not None and org[2] == "body") or acronym
    return m["name"] if by_body and meeting is not None and meeting[2] == "event" else name


#: a weekday and what follows it, after a name
_WEEKDAY_AFTER = re.compile(rf"(?<=\S)\s+(?:{alternation(weekday_words())})\b.*$")


@cache
def _dashed_record() -> re.Pattern[str]:
    """A record's word set off from a name by a dash or a colon (``meeting_words.csv``, role ``record-word``:
    ``Summary — X``, ``Highlights: X``, ``X — HIGHLIGHTS``), and the meeting's own words set off after it, its
    ordinal the number (decision 32: ``X Committee – 5th meeting``, ``X Board — Third Session``)."""
    words = alternation(meeting_words("record-word"), spaces=True)
    nouns = alternation(meeting_words("occasion-noun"), spaces=True)
    return re.compile(
        rf"^(?i:{words})\s*(?:{DASH}|:)\s+|\s+{DASH}\s*(?i:{words})$"
        rf"|\s+{DASH}\s*(?:(?i:{ordinal_regex()})\s+)?(?i:{nouns})$"
    )


@cache
def _occasion_of() -> re.Pattern[str]:
    """An ordinal and the occasion's words of a meeting before ``of`` (``Second Ordinary Meeting of the``: roles
    ``occasion`` and ``occasion-noun``), before a name."""
    occasions = alternation(meeting_words("occasion"), spaces=True)
    nouns = alternation(meeting_words("occasion-noun"), spaces=True)
    return re.compile(
        rf"^(?:(?i:{ordinal_regex()})\s+)?(?:(?i:{occasions})\s+)+(?i:{nouns})\s+(?i:of)\s+(?:(?i:the)\s+)?(?=[A-Z])"
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
    return name


#: a town's words in title case (not an acronym's capitals) before a comma
_TOWN_WORD = r"[A-Z][\w’'.\-]*[a-zà-ÿ][\w’'.\-]*"
_TOWN = re.compile(rf"\s(?P<town>{_TOWN_WORD}),\s*")


def _country_first(text: str) -> bool:
    """Whether ``text`` opens with a country's name."""
    return any(s.start == 0 for s in country_spans(text[:60]))


def _defined_in_full(report: ParsedReport, body: Body) -> Body | None:
    """A body without an acronym named by the name and acronym a bracket defines for the same words (see
    :func:`in_full`)."""
    if body.acronym is None:
        words = _plain_words(body.name)
        texts = report_texts(report.title, (p.text for p in report.paragraphs[:LEAD_PARAGRAPHS]))
        for defined in defined_meeting_bodies(texts, load_body_names()):
            if defined.acronym and _plain_words(defined.name) == words:
                return replace(body, name=defined.name, acronym=defined.acronym)
    return None


#: a body's name that is an acronym only (``RDF-X``)
_ACRONYM_ONLY = re.compile(r"[A-Z][A-Za-z0-9&/.]*(?:-[A-Za-z0-9&/.]+)*")


def _acronym_in_full(report: ParsedReport, body: Body) -> Body | None:
    """A body named by its acronym only, named by the name a bracket in the title or the lead defines for the
    acronym, maybe with a session's year or number in the bracket (``REGIONAL FORUM FOR X (RDF-X 2031)``: the
    series' name, decision 17; ``the Preparatory Committee (PrepCom-3)``)."""
    if body.acronym is not None or not _ACRONYM_ONLY.fullmatch(body.name) or sum(map(str.isupper, body.name)) < 2:
        return None
    bracket = re.compile(rf"\({re.escape(body.name)}(?:[\s-]*(?:[0-9]{{1,4}}|[IVX]+))?\)")
    for text in report_texts(report.title, (p.text for p in report.paragraphs[:LEAD_PARAGRAPHS])):
        for m in bracket.finditer(text):
            name = name_before_acronym(text, m.start(), body.name)
            if name:
                name = _record_of().sub("", name)
                return replace(body, name=as_words(name) if name.isupper() else name, acronym=body.name)
    return None


def _plain_words(name: str) -> tuple[str, ...]:
    """The words of a name, lower case, without the codes that open it (``ITU-T``, ``ITU/WHO``), quotes or
    small words."""
    words = [w.strip("\"“”'’") for w in name.split()]
    while len(words) > 1 and re.fullmatch(r"[A-Z]{2,}[/-][A-Z0-9]{1,5}", words[0]):
        words = words[1:]
    return tuple(w.lower() for w in words if w and w.lower() not in small_words())


def _header_line_holding(report: ParsedReport, name: str) -> str | None:
    """A short header line that holds ``name`` whole and goes on with words only (see :func:`in_full`)."""
    spaced = r"\s+".join(map(re.escape, name.split()))
    pattern = re.compile(rf"(?i)(?<![\w-]){spaced}(?![\w-])")
    for line in header_lines(report):
        line = _ORDINAL_OPENING.sub("", line.strip())  # "15th Global Symposium for X": the meeting's number
        m = pattern.search(line)
        if m is None or len(line) > _SHORT or len(line) == len(m.group(0)) or _NOT_NAME.search(line):
            continue
        codes = line[: m.start()].split()  # before the name, codes only ("ITU-T Focus Group ..."), not a post's
        if line.isupper() and codes or not all(re.fullmatch(r"[A-Z][A-Z0-9]*(?:[/-][A-Z0-9]+)*", c) for c in codes):
            continue
        named = line[:1].isalpha() and is_title_cased(line)  # a name's words, no sentence
        if named and _NAME_WORDS.fullmatch(line) and not re.search(r"[,:;()]|\.$", line):
            return line
    return None


def _tail_named(line: str, key: str) -> str | None:
    """The end of ``line`` whose slug is ``key`` (a session's title, on its own line or after
    ``Session 212:``)."""
    words = line.split()
    tails = (" ".join(words[i:]) for i in range(len(words) - 1) if words[i][:1].isalnum())
    return next((tail for tail in tails if slug(tail) == key), None)


def _named(text: str, key: str) -> tuple[str, str | None] | None:
    """``(name, acronym)`` of the body keyed ``key`` in ``text``: a name followed by the acronym
    that gives the key (``Preparatory Committee (PrepCom-3)``), else the name whose slug is the key."""
    for m in _DEFINED.finditer(text):
        acronym = session_stem(text[: m.end("name")] + " ", m.group("acr"))  # "(PrepCom-2)": PrepCom's
        if slug(acronym) == key:
            name = _field_value_off(text[: m.start("name")], m.group("name"))
            return _ORDINAL_MEETING_OF.sub("", _record_of().sub("", name)), acronym
    for m in _NAME.finditer(text):
        words = m.group(0).split()
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                name = " ".join(words[i:j])
                if slug(name) == key:
                    return name, None
    return _named_in_words(text, key)


def _field_value_off(before: str, name: str) -> str:
    """``name`` without the value of a header field run into it (``Original: English Regional
    Preparatory Meeting ...``: ``English`` is the field's; the labels of
    ``header_fields.csv`` whose value is a language)."""
    fields = label_alternation("language")
    if re.search(rf"(?i:\b(?:{fields}))\s*:\s*$", before) and " " in name:
        return name.split(None, 1)[1]
    return name


def _named_in_words(text: str, key: str) -> tuple[str, str | None] | None:
    """A name with lower-case words whose slug is ``key`` (``Group of Experts on the revision of the
    regulations``, read by ``meeting_mentions.name_tail``): it starts with a capital."""
    words = list(re.finditer(r"[\w&’'\-]+", text))
    for i, first in enumerate(words):
        for j in range(i + 1, min(len(words), i + 30)) if first.group(0)[:1].isupper() else ():
            written = text[first.start() : words[j].end()]  # as written, its punctuation kept
            if slug(written) == key:
                return written, None
    return None
