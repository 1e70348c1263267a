"""The report's own meeting: the best ranked candidate (:mod:`.meeting_ranking`), kept only when
the report is the record of a meeting (:mod:`.genre`).

A letter of invitation, a speech or a contribution names a meeting in its header, but records
none: its ``reportOf`` stays empty, while the meeting it names is still the context (body, year)
the other extractors read the report in.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from wsiskg.ingest.extract.header_fields import label_alternation
from wsiskg.ingest.records import Body, Meeting, ParsedReport
from wsiskg.ingest.text import DASH, DASHES, LONG_DASH_CHARS, alternation

from .bodies import find_defined
from .body_names import head_of
from .casing import is_title_cased, joiner_alternation, title_cased
from .covered_meetings import title_group
from .dates import weekday_words
from .event_series import event_series
from .gazetteer import auxiliary_alternation, determiner_alternation, small_words
from .gazetteer import bodies as gazetteer_bodies
from .genre import header_lines, records_named
from .header_line_joins import name_lines
from .header_name_breaks import name_over_lines
from .keys import slug
from .meeting import (
    LEAD_PARAGRAPHS,
    BodyName,
    another_meeting,
    load_body_names,
    meeting_words,
    number_value,
    ordinal_regex,
    rapporteur_group,
    record_title,
    session_stem,
)
from .meeting_acronym_number import numbered_by_acronym
from .meeting_body_owner import owned_in_lead
from .meeting_candidates import candidates
from .meeting_committee_function import function_named
from .meeting_day_plenary import day_plenary
from .meeting_defined_bodies import defined_meeting_bodies
from .meeting_header import (
    committee,
    over_title_body,
)
from .meeting_heading import heading_acronym_body, heading_body, series_year_off
from .meeting_kind_in_lead import kind_in_lead
from .meeting_mentions import as_words, name_before_acronym, spells
from .meeting_name_cut import whole_below, whole_in_lead
from .meeting_name_topic import topic_in_lead
from .meeting_owner_first import broken_name, owner_first
from .meeting_parts import (
    _NOT_NAME,
    _ORDINAL_MEETING_OF,
    _PART_LINES,
    _SHORT,
    _organ_owners,
    _record_of,
    _town_off,
    finished_meeting,
    front_organs,
    header_parts,
)
from .meeting_ranking import best
from .meeting_subtitle import subtitle_off
from .rapporteur_groups import rapporteur_group_as_written
from .study_groups import meeting_body_names, report_texts, study_group_sector


def named_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> Meeting | None:
    """The meeting the report names as the one it is about: every candidate the front names
    (:mod:`.meeting_candidates`), ranked by its evidence (:mod:`.meeting_ranking`). A summary
    record's sitting (``Friday, 16 July 2004, at 1440 hours``) dates the meeting."""
    chosen = best(report, names, candidates(report, names))
    found = None if chosen is None else numbered_by_lead(report, names, finished_meeting(report, names, chosen.meeting))
    found = None if found is None else numbered_by_acronym(report, found)  # "(VCE-2)": decision 27
    found = None if found is None else owned_in_lead(report, found)  # "The Steering Committee of the X met"
    found = None if found is None else owner_first(report, names, found)  # "Study Group 9" / "Management Team"
    found = None if found is None else topic_in_lead(report, found)  # "X: 'Topic'" over "The X on Topic was held"
    found = None if found is None else whole_in_lead(report, found)  # "... ON ENERGY," / "TRANSPORT AND X"
    found = None if found is None else whole_below(report, found)  # "X Workshop on Y" / "for the Sahel"
    # "ITU X" / "Lima, 3-5 May" over "The ITU X academic conference met in Lima ..."
    found = None if found is None else kind_in_lead(report, frozenset(_body_forms(names, found.body)), found)
    found = None if found is None else function_named(report, found)  # "COMMITTEE 4 - BUDGET CONTROL"
    found = None if found is None else day_plenary(report, found)  # "The day opened with the fourth plenary meeting"
    return None if found is None else subtitle_off(report, found)  # "X Meeting on Y: Z" / "The X Meeting on Y met"


def numbered_by_lead(report: ParsedReport, names: tuple[BodyName, ...], meeting: Meeting) -> Meeting:
    """An unnumbered meeting numbered by the ordinal a lead sentence gives it by its body's name (``The second
    regional meeting of data regulators of the Sahel was held ...`` under ``REGIONAL MEETING OF DATA REGULATORS OF
    THE SAHEL``; ``The first Andean Data Symposium opened ...``, ``the third meeting of the X Group``): any name of
    the body (the catalogue's, the report's, a series' when its key is the session's), its key's words as
    written, without an acronym that opens them (``first meeting of action line facilitators`` of ``WSIS Action
    Line Facilitators``); not another meeting (``the next ...``)."""
    forms = _body_forms(names, meeting.body) | _header_acronyms(report, meeting.body) if meeting.number is None else ()
    if not forms:
        return meeting
    ordered = tuple(sorted(forms))
    patterns = [
        p
        for p in (
            _named_ordinal(ordered),
            _anaphor_ordinal(ordered),
            _predicate_ordinal(ordered),
            _owned_ordinal(ordered),
        )
        if p
    ]
    for p in report.paragraphs[:LEAD_PARAGRAPHS]:
        for form in patterns:
            for m in form.finditer(p.text):
                number = number_value(m.group("num"))
                if number and not another_meeting(p.text, (m.start("num"), m.end())):
                    return replace(meeting, number=number)
    return meeting


def _body_forms(names: tuple[BodyName, ...], key: str) -> set[str]:
    """The names a body keyed ``key`` may be written by: its names, the names of the series its key is a session
    of (``abc-31``), its key's words, and those without an acronym opening them (``wsis-action-line-x``)."""
    stem = re.sub(r"-\d{2,4}$", "", key)
    forms = {f for n in names if n.key in (key, stem) for f in n.surfaces()}
    forms |= {f for s in event_series() if s.prefix == stem for f in (*s.names, *s.codes)}
    words = key.split("-")
    forms |= {" ".join(words)} | ({" ".join(words[1:])} if len(words) > 2 else set())
    return {f for f in forms if len(f) > 2}


#: a word opening a header line that may be an acronym: two capitals or more, maybe with lower-case letters between
#: (``EuroDIG 2031 — Messages``, ``AfIGF – Report``)
_OPENING_ACRONYM = re.compile(r"^(?P<acr>[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)(?![\w&])")


def _header_acronyms(report: ParsedReport, key: str) -> set[str]:
    """The acronyms that open a header line and spell the name keyed ``key`` (``EuroDIG 2031 — Messages from X``
    over ``European Dialogue on Internet Governance``): the body's short name the lead may number it by."""
    words = [w.capitalize() for w in key.split("-") if w not in small_words()]
    found = (_OPENING_ACRONYM.match(line.strip()) for line in header_lines(report)[:_PART_LINES])
    return {m["acr"] for m in found if m is not None and len(m["acr"]) > 2 and spells(m["acr"], words)}


def _written(forms: tuple[str, ...]) -> str:
    """An alternation of ``forms``, the words of each parted by any spaces, dashes or slashes."""
    return "|".join(r"[\s/\-]+".join(map(re.escape, re.split(r"[\s/\-]+", f))) for f in forms)


@cache
def _named_ordinal(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    """``the <ordinal> [meeting of the] <one of forms>``, the words of a form parted by any spaces, dashes or
    slashes; up to two lower-case words of the meeting's kind or mode before its noun (``the sixth and last
    e-meeting of``, ``the third working-level meeting of``, ``the 11th virtual plenary meeting of``) and the
    year its meetings are counted in after it (``meeting of 2031 of the X``)."""
    if not forms:
        return None
    forms = tuple(sorted(forms, key=len, reverse=True))  # the longest name first
    written = _written(forms)
    nouns = alternation([*meeting_words("meeting-noun"), "session"])
    return re.compile(
        rf"\b(?:the|its|this)\s+(?P<num>{ordinal_regex()})\s+"
        rf"(?:(?-i:(?:[a-z][\w-]*\s+){{0,2}}(?:[a-z]+-)?)(?:{nouns})\s+of\s+(?:(?:19|20)\d\d\s+of\s+)?(?:the\s+)?)?"
        rf"(?:{written})(?![\w-])",
        re.IGNORECASE,
    )


@cache
def _anaphor_ordinal(forms: tuple[str, ...]) -> re.Pattern[str]:
    """``the meeting`` put as the Nth of its body, of its group or of a period (round 40): ``opened the meeting, the
    first of the 2031-2034 study period``, ``The meeting was the third and last of the Rapporteur Group``, ``This
    session, the 7th of the cycle, ...``, ``was the ninth of the X Working Group since ...``: after ``of``, one of
    ``forms``, a group noun (``meeting_words.csv``, role ``group``) after up to three capitalised words, or a span its
    meetings are counted in (role ``count-span``) after up to two words; not ``the first of its kind``."""
    written = _written(forms)
    nouns = alternation([*meeting_words("meeting-noun"), "session"])
    groups, spans = (
        alternation(meeting_words("group"), spaces=True),
        alternation(meeting_words("count-span"), spaces=True),
    )
    was = auxiliary_alternation("be", "past")
    return re.compile(
        rf"\b(?:{determiner_alternation('anaphor')})\s+(?:{nouns})(?:\s*,\s*|\s+(?:{was})\s+)the\s+"
        rf"(?P<num>{ordinal_regex()})\s+of\s+(?:(?:{determiner_alternation('ordinal')})\s+)?(?:(?:{written})(?![\w-])"
        rf"|(?-i:(?:[A-Z][\w-]*\s+){{0,3}}(?:{groups}))\b|(?:[\w-]+\s+){{0,2}}(?:{spans})\b)",
        re.IGNORECASE,
    )


@cache
def _owned_ordinal(forms: tuple[str, ...]) -> re.Pattern[str]:
    """The meeting put in apposition as its body's Nth by a possessive (round 56): ``The meeting, the network's
    ninth, was opened by ...``, ``This session, the Board's twelfth, ...``; the possessor one of ``forms``, the
    head noun of one (the word before its first small word: ``Network`` of ``Network of Women for X``) or a group
    noun (``meeting_words.csv``, role ``group``), the ordinal closed by a comma (not ``the Group's third meeting
    of ...``, another reader's)."""
    heads = {_head_word(f) for f in forms if len(f.split()) > 1}
    owners = alternation([*forms, *heads, *meeting_words("group")], spaces=True)
    nouns = alternation([*meeting_words("meeting-noun"), "session"])
    return re.compile(
        rf"\b(?:{determiner_alternation('anaphor')})\s+(?:{nouns})\s*,\s+(?:the\s+)?(?:{owners})['’]s\s+"
        rf"(?P<num>{ordinal_regex()})\s*,",
        re.IGNORECASE,
    )


def _head_word(name: str) -> str:
    """The word before a name's first small word, else its last (``Network`` of ``Network of Women for X``,
    ``Caucus`` of ``Small Island States Caucus``)."""
    words = name.split()
    return next((words[i - 1] for i, w in enumerate(words) if i and w.lower() in small_words()), words[-1])


@cache
def _predicate_ordinal(forms: tuple[str, ...]) -> re.Pattern[str]:
    """The meeting put as the Nth of its body by a sentence of its own (round 54): ``It was the fourth meeting since
    the Group was launched``, ``This was the 12th session of the X Board``; after ``of`` or ``since``, one of
    ``forms`` or a group noun (``meeting_words.csv``, role ``group``) after up to three capitalised words, as in
    :func:`_anaphor_ordinal`. ``It`` or ``this`` opens the sentence (not ``that it was the first meeting of its
    kind``)."""
    written = _written(forms)
    nouns = alternation([*meeting_words("meeting-noun"), "session"])
    groups = alternation(meeting_words("group"), spaces=True)
    was = auxiliary_alternation("be", "past")
    return re.compile(
        rf"(?:^|(?<=[.;]\s))(?:\d+\.?\s+)?(?-i:It|This)\s+(?:{was})\s+the\s+(?P<num>{ordinal_regex()})\s+"
        rf"(?:{nouns})\s+(?:of|since)\s+(?:the\s+)?(?:(?:{written})(?![\w-])|(?-i:(?:[A-Z][\w-]*\s+){{0,3}}(?:{groups}))\b)",
        re.IGNORECASE,
    )


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


def own_meeting(report: ParsedReport, names: tuple[BodyName, ...]) -> tuple[Meeting | None, Meeting | None]:
    """``(the meeting the report records, the meeting it names)``: the first is ``None`` for a
    report of a genre that records no meeting."""
    named = named_meeting(report, names)
    return (named if named is not None and records_named(report, named) else None), named


_NAME = re.compile(rf"[A-Z][\w&/’'\-]*(?:\s+(?:{joiner_alternation()}|[A-Z0-9][\w&/’'\-]*))*")  # casing.name_joiners
_DEFINED = re.compile(rf"(?P<name>{_NAME.pattern})\s*\((?P<acr>[A-Z][\w&/\-]{{1,30}})\)")


def with_meeting_body(report: ParsedReport, meeting: Meeting, bodies: tuple[Body, ...]) -> tuple[Body, ...]:
    """``bodies`` (the actors') with the body of the report's meeting: added when they lack it
    (:func:`meeting_body`), named in full when outside the catalogue (:func:`in_full`); a committee
    they name without its short form gets it (``Committee 5``:
    ``COM5``, from the header that names it)."""
    found = next((b for b in bodies if b.key == meeting.body), None)
    if found is None:
        return bodies + tuple(map(_cased, meeting_body(report, meeting, set())))
    if found.key not in gazetteer_bodies():  # named in full (:func:`in_full`)
        full = _cased(in_full(report, found))
        bodies, found = tuple(full if b is found else b for b in bodies), full
    texts = [record_title(report) or ""] + [p.text for p in report.paragraphs if p.order in meeting.paragraphs]
    named = next((c for c in map(committee, texts) if c is not None and c.key == found.key), None)
    if found.acronym or named is None or named.acronym is None:
        return bodies
    return tuple(replace(b, acronym=named.acronym) if b is found else b for b in bodies)


def with_presumed_group(report: ParsedReport, key: str | None, bodies: tuple[Body, ...]) -> tuple[Body, ...]:
    """``bodies`` with the Rapporteur Group a record with no meeting found is presumed to be of (an excerpt cut before
    its header whose symbols name the group, ``RGQ3/1/12``: :func:`.presumed_body.presumed_meeting_body`), named as
    the report writes it, as the body of a meeting found is: the group that asks, not a key."""
    if key is None or rapporteur_group(key) is None or any(b.key == key for b in bodies):
        return bodies
    return bodies + meeting_body(report, Meeting(key), set())


def _cased(body: Body) -> Body:
    """A body that met named as a name is written: a name of words a header wrote in capitals in title case
    (``REGIONAL PREPARATORY MEETING FOR WTDC-30 FOR THE AMERICAS``: ``Regional Preparatory Meeting for WTDC-30
    for the Americas``, :func:`.casing.title_cased`); codes and acronyms (``RPM-AMS``, ``PTU WRC31-3``: not two
    words of four letters or more) as written."""
    if not body.name.isupper() or sum(len(w) >= 4 and w.isalpha() for w in body.name.split()) < 2:
        return body
    return replace(body, name=title_cased(body.name))


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
    series = {slug(s.name): s.name for s in event_series()}
    if meeting.body in series:  # a series of events (``WSIS Forum``, ``GSR``) named by a session (``WSIS Forum 2017``)
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
    broken = broken_name(report, meeting.body)
    if broken is not None:  # "Study Group 9 of X" / "Management Team": the two lines (:mod:`.meeting_owner_first`)
        return Body(meeting.body, broken, paragraphs=meeting.paragraphs)
    headed = heading_body(report, load_body_names(), meeting.body)
    if headed is not None:  # a meeting a heading names by its kind (``... Facilitation Meeting``)
        return replace(headed, paragraphs=meeting.paragraphs)
    texts = [record_title(report) or ""] + [p.text for p in report.paragraphs if p.order in meeting.paragraphs]
    for text in texts + header_lines(report):  # a committee also on a header line above the meeting's
        found = committee(text)
        if found is not None and found.key == meeting.body:
            return replace(found, paragraphs=meeting.paragraphs)
    cut = [line for line in name_lines(header_lines(report)[:_PART_LINES]) if line not in header_lines(report)]
    for text in texts + cut:  # a name a header line cuts after its joining word ("... of the" / "X Network")
        tail = _tail_named(text, meeting.body)  # a session's title
        named = _named(text, meeting.body) or ((tail, None) if tail else None)
        if named is not None:
            return Body(meeting.body, named[0], named[1], paragraphs=meeting.paragraphs)
    # keyed by the acronym a header line defines for its name (``NORDIC X FORUM (NXF) 2031 Oslo``), the prose
    # naming it without the acronym
    defined_on_line = next((n for line in header_lines(report) if (n := _defined_named(line, meeting.body))), None)
    if defined_on_line is not None:
        return Body(meeting.body, defined_on_line[0], defined_on_line[1], paragraphs=meeting.paragraphs)
    # a body the report defines elsewhere by its name and acronym (a header line: ``... Forum 2013 (IEG-X)``)
    texts = report_texts(report.title, (p.text for p in report.paragraphs))
    defined = next((b for b in defined_meeting_bodies(texts, load_body_names()) if b.key == meeting.body), None)
    if defined is not None:
        return Body(defined.key, defined.name, defined.acronym, defined.kind, paragraphs=meeting.paragraphs)
    acronymed = heading_acronym_body(report, meeting.body)
    if acronymed is not None:
        return replace(acronymed, paragraphs=meeting.paragraphs)
    # else a name in lower case where the meeting is stated ("the third coordination meeting of the X closed ...")
    lower = next(
        (
            n
            for p in report.paragraphs
            if p.order in meeting.paragraphs
            if (n := _named_in_words(p.text, meeting.body, capital=False))
        ),
        None,
    )
    return Body(meeting.body, lower[0], paragraphs=meeting.paragraphs) if lower is not None else None


#: an ordinal that opens a line (the number of the meeting it names)
_ORDINAL_OPENING = re.compile(rf"^(?i:{ordinal_regex()})\s+")
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
    if full.name == body.name:  # "ANDEAN BROADBAND" / "STEERING COMMITTEE": a name broken over two lines
        full = replace(full, name=name_over_lines(header_lines(report), body.name) or body.name)
    full = _head_acronym(report, _owner_off(report, full))
    return replace(full, name=series_year_off(page_words_off(report, full.name)))


#: a bracketed acronym in the lead (``the Informal Experts Group (IEG) for X``)
_BRACKET = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9&/.\-]*[A-Z][A-Za-z0-9&/.\-]*)\)")


def _head_acronym(report: ParsedReport, body: Body) -> Body:
    """A body with no acronym whose name opens with the words a bracket in the title or the lead defines an
    acronym for, the rest of its name after the bracket (``Informal Experts Group for the 6th X Forum`` in the
    header, ``convened the Informal Experts Group (IEG) for X`` in the lead; round 57): that acronym, the name as
    the header writes it (decision 45: the full name, with the acronym)."""
    words = _plain_words(body.name)
    if body.acronym is not None or len(words) < 3:
        return body
    for text in report_texts(report.title, (p.text for p in report.paragraphs[:LEAD_PARAGRAPHS])):
        for m in _BRACKET.finditer(text):
            head = name_before_acronym(text, m.start(), m["acr"])
            part = _plain_words(head) if head else ()
            if 2 <= len(part) < len(words) and words[: len(part)] == part:
                return replace(body, acronym=m["acr"])
    return body


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
    return _members_off(report, _town_off(report, text)).strip(" ," + DASHES) or name


def _members_off(report: ParsedReport, name: str) -> str:
    """``name`` without a lower-case noun of a body's membership that closes it (``meeting_words.csv``, role
    ``membership``: ``the annual meeting of X Network members``): the members meeting is the body's meeting, when
    the report names the body alone too, with no such noun after it (a header line ``X Network``); its name is of two
    words or more, each capitalised or small (not ``ICT members``)."""
    m = re.fullmatch(rf"(?P<body>.+?)\s+(?:{alternation(meeting_words('membership'))})", name)
    if m is None or len(words := m["body"].split()) < 2:
        return name
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in small_words() for w in words):
        return name
    alone = re.compile(rf"{re.escape(m['body'])}(?!\s+(?:{alternation(meeting_words('membership'))})\b)(?![\w-])")
    texts = [report.title or "", *(p.text for p in report.paragraphs)]
    return m["body"] if any(alone.search(t) for t in texts) else name


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
    for line in name_lines(header_lines(report)):  # "EXECUTIVE COUNCIL OF THE" / "X FORUM": one name
        line = _ORDINAL_OPENING.sub("", line.strip())  # "15th Global Symposium for X": the meeting's number
        m = pattern.search(line)
        if m is None or len(line) > _SHORT or len(line) == len(m.group(0)) or _NOT_NAME.search(line):
            continue
        codes = line[: m.start()].split()  # before the name, codes only ("ITU-T Focus Group ..."), not a post's
        if _possessive_owner(codes):  # "Donors' Round Table on X": whose it is, a word of its name
            codes = []
        if line.isupper() and codes or not all(re.fullmatch(r"[A-Z][A-Z0-9]*(?:[/-][A-Z0-9]+)*", c) for c in codes):
            continue
        named = line[:1].isalpha() and is_title_cased(line)  # a name's words, no sentence
        if named and _NAME_WORDS.fullmatch(line) and not re.search(r"[,:;()]|\.$", line):
            return line
    return None


def _possessive_owner(words: list[str]) -> bool:
    """Whether ``words`` (before a body's short name on a header line) are one capitalised possessive that says
    whose the body is (``Donors'``, ``Women's``): a word of the full name (decision 45)."""
    return len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+(?:s['’]|['’]s)", words[0]) is not None


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
            return _ORDINAL_MEETING_OF.sub("", _record_of().sub("", _OPENING_ARTICLE.sub("", name))), acronym
    for m in _NAME.finditer(text):
        words = m.group(0).split()
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                name = " ".join(words[i:j])
                if slug(name) == key:
                    return name, None
    return _named_in_words(text, key)


def _defined_named(text: str, key: str) -> tuple[str, str | None] | None:
    """``(name, acronym)`` of the body keyed ``key`` by the acronym ``text`` defines for it (:func:`_named`'s first
    reading only)."""
    named = _named(text, key) if any(m.group("acr") for m in _DEFINED.finditer(text)) else None
    return named if named is not None and named[1] is not None else None


#: the article that opens a sentence before a name (``The Nordic X Forum (NXF) met ...``): no word of the name
_OPENING_ARTICLE = re.compile(r"^(?:The|THE)\s+(?=[A-Z])")


def _field_value_off(before: str, name: str) -> str:
    """``name`` without the value of a header field run into it (``Original: English Regional
    Preparatory Meeting ...``: ``English`` is the field's; the labels of
    ``header_fields.csv`` whose value is a language)."""
    fields = label_alternation("language")
    if re.search(rf"(?i:\b(?:{fields}))\s*:\s*$", before) and " " in name:
        return name.split(None, 1)[1]
    return name


def _named_in_words(text: str, key: str, capital: bool = True) -> tuple[str, str | None] | None:
    """A name with lower-case words whose slug is ``key`` (``Group of Experts on the revision of the
    regulations``, read by ``meeting_mentions.name_tail``): it starts with a capital (without ``capital``, with any
    word: a meeting of a kind of its own named in prose, ``the third coordination meeting of the X closed ...``)."""
    words = list(re.finditer(r"[\w&’'\-]+", text))
    for i, first in enumerate(words):
        for j in range(i + 1, min(len(words), i + 30)) if first.group(0)[:1].isupper() or not capital else ():
            written = text[first.start() : words[j].end()]  # as written, its punctuation kept
            if slug(written) == key:
                return written, None
    return None
