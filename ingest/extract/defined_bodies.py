"""Bodies the gazetteer does not know, as the report defines them (:func:`find_defined`): by acronym, by form,
numbered within the meeting (``Committee 5``), named secretariats, study groups; short forms folded into them."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from wsiskg.ingest.extract.bodies_by_acronym import _defined_by_acronym
from wsiskg.ingest.extract.body_form_names import _named_by_form, name_tails, title_group_forms
from wsiskg.ingest.extract.body_form_tails import _places_head
from wsiskg.ingest.extract.body_matcher import _LB_RE, DefinedBody
from wsiskg.ingest.extract.body_name_words import _named_enough
from wsiskg.ingest.extract.body_names import BodyName, body_index, find_body_names, head_of
from wsiskg.ingest.extract.body_numbered_lists import DESIGNATION, group_codes, numbered_heads, numbered_list_items
from wsiskg.ingest.extract.body_prose_groups import _prose_groups
from wsiskg.ingest.extract.body_titles import title_after, titled
from wsiskg.ingest.extract.document import current_document
from wsiskg.ingest.extract.gazetteer import bodies, body_ancestors, body_openers, prepositions
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.study_groups import StudyGroupIndex, as_written, report_texts
from wsiskg.ingest.records import ParsedReport
from wsiskg.ingest.text import alternation, squash


def find_defined(report: ParsedReport) -> list[DefinedBody]:
    """Bodies the gazetteer does not know: introduced as ``Name (ACRONYM)``, named by their form
    (``the Rural Spectrum Authority``, ``Committee 5``) or study groups and their Questions. Read
    once per report (the document model's memo): the people, the meeting and the bodies all ask."""
    doc = current_document()
    if doc is None or doc.report is not report:  # a report other than the one being read
        return _find_defined(report)
    if find_defined not in doc.memo:
        doc.memo[find_defined] = tuple(_find_defined(report))
    return list(doc.memo[find_defined])


def _find_defined(report: ParsedReport) -> list[DefinedBody]:
    catalogue = body_index().keys  # every catalogue name, acronym and alias, squashed
    out = _defined_by_acronym(report, catalogue)
    _add_named_by_form(report, catalogue, out)
    for name, head in title_group_forms(report.title, [p.text for p in report.paragraphs]):
        known = catalogue.keys() | {squash(n) for d in out.values() for n in (d.name, *d.aliases)}
        if not any(t in known for t in name_tails(name)):
            out.setdefault(slug(name), DefinedBody(slug(name), name, "", head[1]))  # the group the title names
    _add_named_secretariats(report, out)
    _short_forms(out)
    texts = report_texts(report.title, (p.text for p in report.paragraphs))
    index = StudyGroupIndex(texts)
    written: dict[str, list[str]] = {}
    titles: dict[str, str] = {}
    for text in texts:
        for sg in index.mentions(text):
            b = sg.body
            written.setdefault(b.key, []).append(sg.text)
            if (title := title_after(text, sg.end)) and _IN_WORDS.match(sg.text):
                titles.setdefault(b.key, title)  # "Study Group 5 (Environment and climate change)"
            out.setdefault(b.key, DefinedBody(b.key, b.name, b.acronym, b.kind, b.parent))
    for key, forms in written.items():
        name, acronym = as_written(forms, out[key].name, out[key].acronym)
        title = titles.get(key)
        aliases = (*out[key].aliases, name) if title else out[key].aliases
        out[key] = replace(out[key], name=titled(name, title), acronym=acronym, aliases=aliases)
    _numbered_study_groups(out, {squash(t) for forms in written.values() for t in forms})
    return list(out.values())


def _numbered_study_groups(out: dict[str, DefinedBody], read: set[str]) -> None:
    """A numbered body of the meeting (``Working Party 6A``: :func:`_numbered`) that the study groups'
    reader has read as a Sector's working party (``read``: its mentions as written) is that working party."""
    for key, d in list(out.items()):
        names = [squash(n) for n in (d.name, *d.aliases)]
        if d.local and any(n.endswith(r) or r.endswith(n) for n in names for r in read):
            del out[key]


#: a study group or a working party named in words (a title in brackets after its short form,
#: ``SG5 (Environment)``, is the short form's gloss)
_IN_WORDS = re.compile(r"(?:\S+\s+){0,2}(?:Study|Working)\s")


def _add_named_by_form(report: ParsedReport, catalogue: dict[str, str], out: dict[str, DefinedBody]) -> None:
    """Bodies named by form only (:func:`_named_by_form`, :func:`_numbered`), unless the name is
    a part of a body defined by its acronym (``Office of the National X Commission (NXC)``, ``Focus
    Group on AI-native`` before ``networks (FG-AINN)``) or the secretariat of one (``the ATU
    Secretariat``: no new body)."""
    defined = {squash(d.name) for d in out.values()}
    acronyms = {squash(d.acronym) for d in out.values() if d.acronym}
    for p in report.paragraphs:
        formed = _named_by_form(p.text)
        for name, head in formed:
            if head[1] == "secretariat" and squash(name.rsplit(" ", 1)[0]) in acronyms:
                continue  # the secretariat of a defined body: :func:`_add_named_secretariats`
            name = _without_owner(name, head, acronyms)
            if any(squash(name).endswith(d) or d.startswith(squash(name)) for d in defined):
                continue
            if _acronym_and_head(name, head[0], out) or _owner_before_catalogued(name, catalogue):
                continue
            if squash(name) not in catalogue:
                # "Internet Governance Forum (IGF) Dynamic Coalition on X": found by its words as written
                written = name.split(" ", 1)[1]
                aliases = (written,) if name not in p.text and written in p.text and written != head[0] else ()
                out.setdefault(slug(name), DefinedBody(slug(name), name, "", head[1], aliases=aliases))
        for name in _prose_groups(p.text):  # "an ad hoc group on X": a group of the meeting (keyed within it)
            if any(_ended_before(name, n) for n, _ in formed):
                continue  # "the Working Group on the Rules of Procedure through what ...": the capitalised name ended
            if squash(name) not in catalogue and squash(name) not in {squash(d.name) for d in out.values()}:
                out.setdefault(slug(name), DefinedBody(slug(name), name, "", "working-group", local=True))
        for m in _numbered().finditer(p.text):  # "Committee 5": a body of the meeting (keyed within it)
            name = _without_openers(m.group(0))
            _add_numbered(name, title_after(p.text, m.end()), catalogue, defined, out)
        for item in numbered_list_items(p.text):  # "Committees 6 and 7": Committee 6 and Committee 7
            _add_numbered(item.name, None, catalogue, defined, out)
    _numbers_with_topics(out)
    _codes_of_named(out)


def _owner_before_catalogued(name: str, catalogue: dict[str, str]) -> bool:
    """Whether ``name`` is a catalogue body's name after the name of a body it belongs to (``UN Economic Commission
    for Europe``: the Commission, a body of the UN; ``ITU Regional Office for Africa`` in a catalogue with no such
    alias): that body, named with its owner, no new body. Not a body of its own named after a catalogued one
    (``Asia-Pacific Regional Internet Governance Forum``: ``Asia-Pacific Regional`` names no owner of the IGF)."""
    words = name.split()
    for i in range(1, len(words) - 1):
        owner, rest = catalogue.get(squash(" ".join(words[:i]))), catalogue.get(squash(" ".join(words[i:])))
        if owner is not None and rest is not None and owner != rest and owner in body_ancestors(rest):
            return True
    return False


def _without_openers(name: str) -> str:
    """A numbered name without the words that open its sentence (``The Committee 5``, ``Since Sub-Committee
    B``: ``body-openers.csv``)."""
    words = name.split()
    while len(words) > 2 and words[0] in body_openers():
        words.pop(0)
    return " ".join(words)


def _ended_before(group: str, name: str) -> bool:
    """Whether the prose group ``group`` runs on past the name in capitals ``name`` into words in lower
    case that are no topic (``... of Procedure through what``; not ``Activity on network security``)."""
    rest = group[len(name) + 1 :].split(None, 1) if group.startswith(f"{name} ") else []
    return bool(rest) and rest[0][:1].islower() and rest[0] not in prepositions("topic")


def _numbers_with_topics(out: dict[str, DefinedBody]) -> None:
    """``Subgroup 2`` where the report names ``Subgroup 2 on fixed broadband indicators``: a short
    form of the group with its topic (an alias), no body of its own."""
    for key, d in list(out.items()):
        if not d.local or d.name != (d.aliases or ("",))[0]:
            continue
        longer = [o for o in out.values() if o.local and o.name.startswith(d.name + " on ")]
        if len(longer) == 1:
            out[longer[0].key] = replace(longer[0], aliases=(*longer[0].aliases, d.name))
            del out[key]


#: a group's short code and its number: ``WG 4A``, ``SWG-2``, ``DG1``
_CODED = re.compile(r"(?P<code>[A-Z]{2,4})[ \-]?(?P<number>\d\S*)")


def _codes_of_named(out: dict[str, DefinedBody]) -> None:
    """``WG 4A`` where the report names ``Working Group 4A`` (``Working Group 4A (WG 4A)``): the group's short
    code (``group-codes.csv``), an alias of it, no body of its own."""
    codes = group_codes()
    for key, d in list(out.items()):
        coded = _CODED.fullmatch(d.aliases[0] if d.local and d.aliases else "")
        if coded is None or coded["code"] not in codes:
            continue
        full = squash(f"{codes[coded['code']]} {coded['number']}")
        named = [
            o for o in out.values() if o.local and o.key != key and full in {squash(n) for n in (o.name, *o.aliases)}
        ]
        if len(named) == 1:
            out[named[0].key] = replace(named[0], aliases=(*named[0].aliases, *d.aliases))
            del out[key]


def _add_numbered(
    name: str, title: str | None, catalogue: dict[str, str], defined: set[str], out: dict[str, DefinedBody]
) -> None:
    """``Committee 5``, a body of the meeting (keyed within it), named with its title in brackets at
    its first mention that has one (decision 6: ``Committee 5 (Policy and Legal Matters)``); its
    number alone stays a short form of it."""
    if squash(name) in catalogue or any(d.startswith(squash(name)) for d in defined):
        return
    key = slug(name)
    known = out.get(key)
    if known is None:
        out[key] = DefinedBody(key, titled(name, title), "", "organization", local=True, aliases=(name,))
    elif title and known.local and known.name == name:
        out[key] = replace(known, name=titled(name, title), aliases=tuple(dict.fromkeys((*known.aliases, name))))


def _without_owner(name: str, head: tuple[str, str, str], acronyms: set[str]) -> str:
    """``Languages Service of UNOG`` after ``United Nations Office at Geneva (UNOG)``: a unit named
    with the acronym of a body the report defines is the unit (the owner is a body of its own), as
    with a catalogue acronym (:func:`_own_words`); not a secretariat (``Executive Secretariat of X``)."""
    words = name.split()
    if len(words) < 4 or words[-2] != "of" or squash(words[-1]) not in acronyms or head[1] == "secretariat":
        return name
    unit = words[:-2]
    found = head_of(" ".join(unit))
    return " ".join(unit) if found and found[2] == "body" and _named_enough(unit, found[0]) else name


def _acronym_and_head(name: str, head: str, out: dict[str, DefinedBody]) -> bool:
    """``the ADM Committee`` after ``Standing Committee on Administration and Management (ADM)``: a
    defined acronym and its body's head noun are a short form of that body (an alias, no new body)."""
    acronym, _, rest = name.partition(" ")
    for key, d in out.items():
        if d.acronym == acronym and rest == head and (found := head_of(d.name)) is not None and found[0] == head:
            out[key] = replace(d, aliases=(*d.aliases, name))
            return True
    return False


#: ``Secretariat`` with a capital after a body's name: the name of its secretariat
_NAMED_SECRETARIAT = re.compile(r"\s+Secretariat\b(?![-\w])")


def _add_named_secretariats(report: ParsedReport, out: dict[str, DefinedBody]) -> None:
    """``the ASEAN Secretariat``, ``the APU Secretariat``: the secretariat of a body the catalogue
    knows or the report defines, named with a capital, is a body of its own, part of that body
    (in lower case, ``the UNCTAD secretariat`` is the body itself: :func:`_owned_secretariats`;
    a secretariat in the catalogue, ``WSIS Secretariat``, is matched whole)."""
    defined = tuple(BodyName(d.key, d.name, d.acronym, d.aliases, d.kind) for d in out.values() if d.acronym)
    for p in report.paragraphs:
        if "Secretariat" not in p.text:
            continue
        for names in (None, defined) if defined else (None,):
            for key, (start, end) in find_body_names(p.text, names):
                if _LB_RE.match(p.text, start - 1 if start else 0, start) or not _NAMED_SECRETARIAT.match(p.text, end):
                    continue
                entry = bodies().get(key)
                if entry is not None and entry.kind == "secretariat":
                    continue
                name = f"{p.text[start:end]} Secretariat"
                out.setdefault(f"{key}-secretariat", DefinedBody(f"{key}-secretariat", name, "", "secretariat", key))


def _shortens(short: str, name: str) -> bool:
    """Whether ``short`` ends ``name`` or starts it (or its words after the first) before its
    ``of``/``for``/``on``: ``Executive Secretariat`` of ``WSIS Executive Secretariat`` and of
    ``Executive Secretariat of WSIS``, ``APT Preparatory Group`` of ``APT Preparatory Group for
    WTDC-14``, ``Regional Office`` of ``ITU Regional Office for Europe``."""
    if name.endswith((f" of {short}", f" of the {short}")):
        return False  # "Council of the Eurasian Economic Commission": the body it belongs to, no short form
    # "Permanent Mission of X" of "Permanent Mission of X to the United Nations": the place it is accredited to
    # "Area Office" of "ITU Area Office in Moscow": the city that tells an office apart (_office_in_city)
    links = prepositions("goes-on") if _places_head(name) else prepositions("name")
    # "Regional Office" of "ITU Regional Office for Asia": after its owner's word too
    owned = name.split(" ", 1)[-1]
    return name.endswith(" " + short) or any(n.startswith(f"{short} {link} ") for n in (name, owned) for link in links)


def _short_forms(out: dict[str, DefinedBody]) -> None:
    """A body named by form whose words end the name of exactly one other body of the report, or
    start it before its ``of``, is that body's short form (``the Executive Secretariat`` after
    ``the WSIS Executive Secretariat`` or ``the Executive Secretariat of WSIS``): an alias of it,
    no body of its own."""
    for key, d in list(out.items()):
        if d.acronym or d.local or len(d.name.split()) < 2:
            continue
        longer = [o for o in out.values() if o.key != key and any(_shortens(d.name, n) for n in (o.name, *o.aliases))]
        if len(longer) == 1:
            target = longer[0]
            out[target.key] = replace(target, aliases=(*target.aliases, d.name))
            del out[key]


@cache
def _numbered() -> re.Pattern[str]:
    """A body numbered within its conference or meeting: "Committee 5", "Sub-Committee 2", "Sub-Committee
    A", "Sub-group 1", "Permanent Consultative Committee I", "Working Group 4A", "Working Group B" (a
    letter, not "I"), "Sub-Working Group 4B-2", "Sub-Working Group 5B3", "Working Party 3", "Working Party
    1/11", "Working Party 2/TSAG", "ITU-R Task Group 5/1", "Joint Task Group 6-8-9", a group of any name with
    a designation of its parent's number ("Ad Hoc Group 5/1", "Rapporteur Group 17/2", "Drafting Group
    4C"), a group's short code and its number ("WG3", "SWG 7B-2", "DG-4": ``group-codes.csv``; after another code it is
    that name's: "3GPP RAN WG4") (a capitalised word after it continues another name); the committees and sub-groups
    are the heads of ``group-codes.csv`` without a code (:func:`.body_numbered_lists.numbered_heads`)."""
    codes = alternation(group_codes())
    uncoded = alternation(numbered_heads(coded=False), spaces=True)
    return re.compile(
        rf"(?<![\w\-])(?:(?:[A-Z][\w\-]*\s+){{0,3}}(?:(?:{uncoded})"
        r"\s+(?:\d{1,2}[A-H]?|[IVX]{1,4}|[A-H])"
        rf"|(?:Sub-)?Working\s+Group\s+(?:{DESIGNATION}|[A-H])"
        r"|Working\s+Party\s+\d{1,2}[A-H]?(?:/(?:\d{1,2}|[A-Z]{3,6}))?"
        r"|Task\s+Group\s+\d{1,2}(?:[/\-]\d{1,2})*"
        r"|(?:[A-Z][\w\-]*\s+){1,3}Group\s+\d{1,2}(?:[A-H]|(?:[/\-](?:\d{1,2}[A-H]?|[A-Z]{3,6}))+))"
        rf"|(?<![A-Z\d]\s)(?:{codes})[ \-]?{DESIGNATION})"
        r"(?![\w/\-]|\.\w|\s+(?:of|on)\s+[A-Z])"
    )
