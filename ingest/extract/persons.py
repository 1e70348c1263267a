"""Find the actors of a report: persons, posts, bodies and countries, and resolve agent phrases.

Persons are an honorific (``ingest/data/honorifics.csv``; several in a row such as
``Prof. Dr`` or ``H.E. Mr.``) followed by capitalised name words, with lower-case particles
(``van der``, ``al``) and hyphens allowed and PDF glue undone (``Ms ClarisaEstol``). What
follows the name tells more:

- ``(Country)`` -> the country the person represents;
- ``, Role[, Body]`` / ``, the Role of Body`` -> a post the person holds;
- ``The Role(s), Mr. A (X), Ms. B (Y) and Mr. C (Z)`` -> each listed person holds the post;
- ``chaired by Mr. A`` -> the chair of the meeting body.

A mention with one name word (``Mr. Okafor``) is the person whose full name ends with it.

Posts are role words (``ontology/gazetteers/roles.csv``, with plurals) tied to a body: before
(``ITU Secretary-General``, ``UNESCO's representative``), after (``Directors of TSB and BDT``,
``Director, Telecommunication Standardization Bureau (TSB)``, ``Director-General, UNESCO``), or
by default (``ingest/data/role-scopes.csv``): the meeting body for chairs and vice-chairs,
the organisation the meeting body belongs to (``itu``) for the Secretary-General and the like.
A post mention also counts as a mention of its known holders.

A role stated for a person that no body can be tied to (``Chairman: Ms A`` with no meeting
body, ``The delegate of Peru, Mr B``, ``moderated by Ms C``) is the person's job title
(``person_titles.py``); the country stated beside a name is read by ``person_countries.py``.

Modules: this one holds ``find_actors`` and the actor reader (``_ActorReader``: each paragraph,
persons with their appositive posts, then posts assigned, spans and records made); the spans of
names and posts are found by ``_Finder`` (:mod:`.name_finder`); chairs, role verbs and officer lists
are read in :mod:`.person_posts`, signature blocks and table rows in :mod:`.person_signatures`, short
forms and initials in :mod:`.person_short_forms`; phrases are resolved to agents by ``Resolver``
(:mod:`.agent_resolver`, the home of ``Actors`` and ``Context``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wsiskg.ingest.extract import person_posts, person_short_forms, person_signatures
from wsiskg.ingest.extract.agent_resolver import Actors, Resolver
from wsiskg.ingest.extract.authors import submitting_country
from wsiskg.ingest.extract.bodies import (
    BodyMatcher,
    body_records,
    find_defined,
)
from wsiskg.ingest.extract.casing import title_cased
from wsiskg.ingest.extract.countries import country_spans
from wsiskg.ingest.extract.document import TypedSpan, document
from wsiskg.ingest.extract.gazetteer import (
    bodies as gazetteer_bodies,
)
from wsiskg.ingest.extract.gazetteer import (
    body_ancestors,
    roles,
)
from wsiskg.ingest.extract.genre import report_genre
from wsiskg.ingest.extract.meeting import find_body_names
from wsiskg.ingest.extract.name_finder import (
    _bare_name_re,
    _Finder,
    _merge,
    _person_re,
    _PersonDraft,
    speaking_countries,
)
from wsiskg.ingest.extract.own_mention import symbol_group
from wsiskg.ingest.extract.person_countries import (
    appositive_text,
    respective_countries,
    state_body_country,
    stated_country,
)
from wsiskg.ingest.extract.person_short_forms import _gender
from wsiskg.ingest.extract.person_tables import table_rows
from wsiskg.ingest.extract.person_titles import (
    job_title_after,
    job_title_before,
    title_at,
    title_role,
    title_spans,
)
from wsiskg.ingest.records import Country, ParsedReport, Person, Post, Span
from wsiskg.ingest.text import DASH_CHARS

# where a title's head ends: "Chair" in "Chair of the Group", "Chief" in "Chief, X Division"
_TITLE_HEAD = re.compile(r",|\s+(?:of|for|to|at|on)\s+")
_APPOSITIVE = re.compile(
    r"^(?:,\s+|\s+)(?:the\s+|its\s+|The\s+|an?\s+)?(?:(?:outgoing|incoming|current|new|newly\s+(?:re-?)?elected|"
    r"newly\s+appointed)\s+)?"
)


#: what ends a role that heads the next row or label on a line: a space, or a colon (``Chair: Ms A (X) Vice-Chair: Mr
#: B``)
_ROW_LABEL_END = re.compile(r":?\s+")
_LABEL_END = re.compile(r":\s+")


def _next_row_label(text: str, post: Span, spaced: bool) -> bool:
    """Whether a post after a name heads the name after it, not the appositive of the name before it: after a
    mere space (``spaced``) the next row of a table (``... Ms A B Germany Vice-Chairman Dr C D``) or label
    (``Chairman: Mr A (X) Vice-Chairman: Ms B``); after a comma a label (``Chair: Mr A, Vice-Chair: Ms B``)."""
    end = (_ROW_LABEL_END if spaced else _LABEL_END).match(text, post.end)
    return end is not None and _person_re().match(text, end.end()) is not None


_GROUP_KINDS = frozenset({"working-group", "expert-group", "commission", "council", "partnership"})


def presumed_meeting_body(report: ParsedReport) -> str | None:
    """The group a report is about when the meeting extractor found none: the first body of a
    group kind (working group, expert group, commission, council, partnership) named in the
    title, else in the first body paragraph (``Report of the UNGIS meeting`` -> ``ungis``). An
    excerpt cut before its header (no title) is of the group its own document symbols name, when
    they name one (``Document CWG-ABC-3/5``: :func:`.own_mention.symbol_group`), before any body
    its prose names."""
    if not report.title and (by_symbol := symbol_group(report)) is not None:
        return by_symbol[0]
    matcher = BodyMatcher(None, find_defined(report))
    first = next((p.text for p in report.paragraphs if p.kind != "heading" and len(p.text) > 60), "")
    header = [p.text.title() for p in report.paragraphs[:4] if p.text.isupper()]  # "COUNCIL" -> "Council"
    for text in (report.title or "", report.paragraphs[0].text if report.paragraphs else "", first, *header):
        spans = [s for s in matcher.spans(text, remember=False) if not _REPRESENTED.search(text, 0, s.start)]
        for s, after in zip(spans, [*spans[1:], None][: len(spans)], strict=True):
            if matcher.key_kind(s.keys[0])[1] in _GROUP_KINDS:
                return _part_named_after(text, s, after)
    return None


#: words before a body that make it one a speaker stands for, not the group that met (``the representative
#: of the European Commission``, ``on behalf of X``)
_REPRESENTED = re.compile(
    r"(?i)\b(?:representatives?|delegates?|delegations?|observers?|on\s+behalf)\s+of\s+(?:the\s+)?$"
)


def _part_named_after(text: str, span: Span, after: Span | None) -> str:
    """The group ``span`` names, or its catalogue part written right after it, its parent's name opening the
    part's (``ITU Council Working Group on X``: the working group, not the Council)."""
    if after is not None and not text[span.end : after.start].strip() and span.keys[0] in body_ancestors(after.keys[0]):
        return after.keys[0]
    return span.keys[0]


def own_body(report: ParsedReport) -> str | None:
    """The body a document that records no meeting names as its own in its front: the first body of a
    group kind, else the first body, its title names (``Statement by the Chairman of the CSTD``), else
    a line in capitals of its first four paragraphs (a letterhead, ``INTERNATIONAL TELECOMMUNICATION
    UNION``); an excerpt cut before its header, the group its symbols name. Never a body its prose
    mentions (a meeting it is about, a session in a calendar): those are no scope of its words."""
    if not report.title and (by_symbol := symbol_group(report)) is not None:
        return by_symbol[0]
    matcher = BodyMatcher(None, find_defined(report))
    header = [p.text.title() for p in report.paragraphs[:4] if p.text.isupper()]
    for text in (report.title or "", *header):
        found = [s.keys[0] for s in matcher.spans(text, remember=False)]
        if found:
            return next((k for k in found if matcher.key_kind(k)[1] in _GROUP_KINDS), found[0])
    return None


def find_actors(report: ParsedReport, meeting_body: str | None, home: str | None | bool = True) -> Actors:
    """Persons, posts, bodies and countries of a report, each with every paragraph mentioning it.
    Without a meeting body, the :func:`presumed_meeting_body` stands for it. ``home``: the document's
    own body (:class:`.bodies.BodyMatcher`), when it is not the meeting body (``True``)."""
    meeting_body = meeting_body or presumed_meeting_body(report)
    reader = _ActorReader(report, meeting_body, home)
    paragraphs = report.paragraphs
    if report.title:  # "Statement by Mr X, Director, ...", "SUMMARY RECORD ... Chair: Mr Y (Kuwait)"
        reader.read_paragraph(_TITLE, _upper_heading(report.title))
    signs_on = False  # the paragraph before signed after the closing: "NAME — Post" / "NAME — Post" (co-signatories)
    for i, p in enumerate(paragraphs):
        reader.read_paragraph(p.order, _upper_heading(p.text))
        closing = signs_on or _after_closing([q.text for q in paragraphs[max(0, i - 2) : i]])
        signs_on = closing and reader._name_then_post(p.text.strip()) is not None
        post_line = _own_post_line(reader, i)  # in a stack of names then posts, the one post line of this name
        lines = paragraphs[i + 1 : i + 4] if post_line == i + 1 else paragraphs[post_line : post_line + 1]
        if ends := _ends_message(reader, i):  # "... behind." / "NAME" / "[Post - message read by Mr A]"
            lines = paragraphs[i + 1 : i + 2]
        reader.read_signature(p.order, p.text, [_post_line(q.text) if ends else q.text for q in lines], closing or ends)
        reader.read_heading_role(p.text, [(q.order, q.text) for q in paragraphs[i + 1 : i + 13]])
        if i + 1 < len(paragraphs):
            reader.read_cell_country(p.text, paragraphs[i + 1].text)
    _title_signature(reader)
    reader.read_signature_pairs([(p.order, p.text) for p in paragraphs])
    for row in table_rows([(p.order, p.text) for p in paragraphs], reader.finder.role_any_re):
        reader.read_row(row, next(p.text for p in paragraphs if p.order == row.order))
    reader.resolve_short_forms()
    reader.merge_surname_only()
    reader.merge_initials()
    reader.assign_posts()
    reader.contributors()
    spans = reader.final_spans()
    reader.forget_title(spans)
    doc = document(report)
    for order, found in spans.items():
        doc.add(order, (TypedSpan(s.start, s.end, s.kind, k, s.text) for s in found for k in s.keys))
    return reader.actors(spans)


def _upper_heading(text: str) -> str:
    """A heading in capitals that names a person with an honorific (``OPENING SPEECH BY HIS EXCELLENCY MR A B,
    MINISTER OF X``) read in the case names are written in (:func:`.casing.title_cased`)."""
    if len(text) > _MAX_HEADING or not text.isupper():
        return text
    cased = title_cased(text)
    return cased if _person_re().search(cased) else text


#: the longest heading in capitals read for the person it names
_MAX_HEADING = 300
#: the order the report's title is read under: no paragraph's, so that no mention points to it
_TITLE = -1


def _title_signature(reader: _ActorReader) -> None:
    """A letter or a speech with no heading, whose signature's name the parser took for the title: the name
    signs above the last paragraph that starts with a post right after a sentence (``... consideration.`` /
    ``Secretary-General``)."""
    title, paragraphs = (reader.report.title or "").strip(), reader.report.paragraphs
    if not title or not _only_a_name(reader, title):
        return
    for i in range(len(paragraphs) - 1, 0, -1):
        line = _post_line(paragraphs[i].text)  # "[Post - message read by X]"
        if title_at(line, 0) is not None and paragraphs[i - 1].text.rstrip().endswith((".", ",", "!")):
            reader.read_signature(_TITLE, title, [line, *(p.text for p in paragraphs[i + 1 : i + 3])], True)
            return
    if paragraphs and _after_closing([paragraphs[-1].text]):  # "Yours sincerely," last, the name taken for the title
        reader.read_signature(_TITLE, title, [], True)


def _own_post_line(reader: _ActorReader, i: int) -> int:
    """Where the post line of the signatory named in paragraph ``i`` is: the next line, but in a stack of
    names then as many posts (``A`` / ``B`` / ``Permanent Representative of X`` / ``Permanent Representative of
    Y``) the post in the same place among the posts as the name among the names."""
    paragraphs = reader.report.paragraphs
    if not _only_a_name(reader, paragraphs[i].text):
        return i + 1
    first, last = i, i
    while first > 0 and _only_a_name(reader, paragraphs[first - 1].text):
        first -= 1
    while last + 1 < len(paragraphs) and _only_a_name(reader, paragraphs[last + 1].text):
        last += 1
    posts = paragraphs[last + 1 : last + 2 + last - first]
    if first == last or len(posts) <= last - first or not all(title_at(p.text.strip(), 0) for p in posts):
        return i + 1
    return last + 1 + i - first


def _only_a_name(reader: _ActorReader, text: str) -> bool:
    text = text.strip()
    return (
        len(text) <= 60
        and not text.isupper()
        and bool(_person_re().fullmatch(text) or (_bare_name_re().fullmatch(text) and reader.finder.plain_name(text)))
    )


#: a note between a letter's closing formula and the signature: "[Original signed]", "(signed)"
_SIGNED_NOTE = re.compile(r"[\[(][^\[\]()]{1,30}[\])]")
#: a line that opens a signature as a closing formula does, with or without one before it: "Signed:"
_SIGNED_LABEL = re.compile(r"(?i:signed)\s*:")


#: what a post line under a message's name adds after a dash: who delivered it (``Secretary-General of X -
#: message read by Mr A``), in lower case
_DELIVERY_NOTE = re.compile(rf"\s+[{DASH_CHARS}]\s+[a-z].*$", re.DOTALL)
#: the genres whose last line may be the name of who signs or speaks
_MESSAGE_GENRES = frozenset({"speech", "letter"})
#: a paragraph that ends a sentence
_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*\s*$")


def _post_line(text: str) -> str:
    """A post line under a message's name without its brackets and what a dash adds after the post (who
    delivered it): ``[Secretary-General of X - message read by Mr A]`` is ``Secretary-General of X``."""
    return _DELIVERY_NOTE.sub("", text.strip().lstrip("[")).rstrip("]").strip()


def _ends_message(reader: _ActorReader, i: int) -> bool:
    """Whether paragraph ``i`` signs a document right after its last sentence, with no closing formula, only
    bracketed notes after it, as a name after ``Yours sincerely,`` does: a name alone ending a message or a
    letter (``... behind.`` / ``NAME``), or in any document a name and its post on one line (``... 2031.`` /
    ``NAME Director, BDT``: a line break of the signature read as a space)."""
    paragraphs = reader.report.paragraphs
    rest = paragraphs[i + 1 :]
    if not (
        0 < i
        and all(p.text.strip().startswith("[") for p in rest)
        and _SENTENCE_END.search(paragraphs[i - 1].text) is not None
    ):
        return False
    text = paragraphs[i].text.strip()
    if report_genre(reader.report) in _MESSAGE_GENRES and _only_a_name(reader, text):
        return True
    if len(text) > 120 or _SENTENCE_END.search(text):  # "The UN Secretary-General's envoy spoke.": a sentence
        return False
    inline = reader._name_then_post(text)
    return inline is not None and _only_a_name(reader, inline[0])


def _after_closing(before: list[str]) -> bool:
    """Whether the paragraphs right ``before`` one end with a closing formula (``Yours faithfully,``),
    maybe followed by a note that it was signed (``[Original signed]``), or with a line ``Signed:``."""
    if before and _SIGNED_LABEL.fullmatch(before[-1].strip()):
        return True
    if before and _SIGNED_NOTE.fullmatch(before[-1].strip()):
        before = before[:-1]
    return bool(before) and len(before[-1]) < 40 and before[-1].rstrip().endswith(",")


@dataclass
class _ActorReader:
    """The state of :func:`find_actors` while it reads a report: each method is one step."""

    report: ParsedReport
    meeting_body: str | None
    home: str | None | bool = True
    finder: _Finder = field(init=False)
    drafts: dict[str, _PersonDraft] = field(default_factory=dict)
    #: every span of each paragraph, before short forms are resolved
    raw: dict[int, list[Span]] = field(default_factory=dict)
    #: short forms ("Mr. Okafor"): (order, span, honorific, name, country)
    short: list[tuple[int, Span, str | None, str, str | None]] = field(default_factory=list)
    body_refs: dict[str, list[int]] = field(default_factory=dict)
    assignments: list[tuple[int, Span, Span]] = field(default_factory=list)  # (order, person, post)
    chairs: list[tuple[int, Span]] = field(default_factory=list)
    #: roles given by a verb before the name ("chaired by", "moderated by"): (order, person, post or None for chair)
    verb_roles: list[tuple[int, Span, Span | None]] = field(default_factory=list)
    extra_posts: list[tuple[int, Span]] = field(default_factory=list)  # posts not written as role words
    country_names: dict[str, str] = field(default_factory=dict)
    country_refs: dict[str, set[int]] = field(default_factory=dict)
    alias: dict[str, str] = field(default_factory=dict)
    ambiguous: set[str] = field(default_factory=set)
    holders: dict[str, list[str]] = field(default_factory=dict)
    post_refs: dict[str, set[int]] = field(default_factory=dict)
    #: full names by their hyphen suffixes (``resolve_short_forms`` builds it, the merges read it)
    _suffixes: dict[str, list[str]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.finder = _Finder(self.report, self.meeting_body, self.home)

    # the reading steps kept in their own modules (methods of this class; ``self`` is the reader)
    # chairs, role verbs, officer lists: person_posts.py
    _chaired = person_posts._chaired
    _chaired_too = person_posts._chaired_too
    _by_verb = person_posts._by_verb
    _role_by_verb = person_posts._role_by_verb
    _active_role = person_posts._active_role
    _post_in = person_posts._post_in
    _chair_what = person_posts._chair_what
    _represented = person_posts._represented
    _names_after_posts = person_posts._names_after_posts
    _row_before = staticmethod(person_posts._row_before)
    _after_a_name = staticmethod(person_posts._after_a_name)
    _names_before_plural_posts = person_posts._names_before_plural_posts
    _replaced = person_posts._replaced
    _gapped = person_posts._gapped
    _listed_by_verb = person_posts._listed_by_verb
    # signature blocks and table rows: person_signatures.py
    read_signature = person_signatures.read_signature
    _name_then_post = person_signatures._name_then_post
    read_heading_role = person_signatures.read_heading_role
    _unit_post = person_signatures._unit_post
    _plural_role_before_list = person_signatures._plural_role_before_list
    _role_then_body = person_signatures._role_then_body
    _signature_post = person_signatures._signature_post
    read_signature_pairs = person_signatures.read_signature_pairs
    _inline_pairs = person_signatures._inline_pairs
    _one_line_pairs = person_signatures._one_line_pairs
    _roles_then_names = person_signatures._roles_then_names
    _pair_names = person_signatures._pair_names
    read_cell_country = person_signatures.read_cell_country
    read_row = person_signatures.read_row
    _name_cell = person_signatures._name_cell
    _role_cell = person_signatures._role_cell
    _post_at_start = person_signatures._post_at_start
    _unhonoured = person_signatures._unhonoured
    # short forms, surnames alone, initials: person_short_forms.py
    resolve_short_forms = person_short_forms.resolve_short_forms
    merge_surname_only = person_short_forms.merge_surname_only
    merge_initials = person_short_forms.merge_initials

    # -------------------------------------------------------------- per paragraph
    def read_paragraph(self, order: int, text: str) -> None:
        """Spans of one paragraph; persons with their appositive posts, listed names after or
        before a post, countries outside body names."""
        first_assignment = len(self.assignments)
        body_spans = self.finder.bodies.spans(text)
        posts = self.finder.post_spans(text, body_spans)
        mentions = self.finder.person_mentions(text)
        countries = speaking_countries(text)
        persons = [m[0] for m in mentions]
        titles = title_spans(text, [*posts, *body_spans, *persons, *country_spans(text)])
        for span, hon, name, country in mentions:
            self._person(order, text, span, (hon, name, country), posts, body_spans, titles)
        self._respective(order, text, persons)
        self._known_names_with_countries(text, persons)
        appositive_posts = {id(a[2]) for a in self.assignments[first_assignment:]}
        titles = [t for t in titles if not any(t.start < p.end and p.start < t.end for p in posts)]
        # a plural role given by a verb in any case ("appointed A and B as co-Rapporteurs") lists the names before it
        given = [p for _, _, p in self.assignments[first_assignment:] if p.kind in ("posts", "titles")]
        roles = sorted({id(s): s for s in [*posts, *titles, *given]}.values(), key=lambda s: s.start)
        self._names_after_posts(order, text, roles, persons, appositive_posts)
        self._names_before_plural_posts(order, text, roles, persons)
        self._replaced(order, text, persons, self.assignments[first_assignment:])
        self._gapped(order, text, persons, roles, self.assignments[first_assignment:])
        self._listed_by_verb(order, text, persons)
        for s in countries:
            if not any(s.start >= b.start and s.end <= b.end for b in body_spans):
                self.country_names.setdefault(s.keys[0], s.text)
                self.country_refs.setdefault(s.keys[0], set()).add(order)
        self.raw[order] = _merge(persons, posts, body_spans, countries)
        for s in body_spans:
            self.body_refs.setdefault(s.keys[0], []).append(order)
        for s in posts:  # the body of a post is mentioned too, when named (not "the Secretary-General")
            if not any(s.start <= b.start and b.end <= s.end for b in body_spans):
                continue
            for k in s.keys:
                self.body_refs.setdefault(k.split("/")[0], []).append(order)
                self.finder.bodies.holds_post(k)

    def _person(
        self,
        order: int,
        text: str,
        span: Span,
        found: tuple[str | None, str, str | None],
        posts: list[Span],
        body_spans: list[Span],
        titles: list[Span],
    ) -> None:
        """One person mention (its honorific, name and country): a draft (full name) or a short
        form; the body it represents; its appositive posts or job title; whether it chairs."""
        hon, name, country = found
        country = country or self._state_body_in_appositive(text, span, body_spans)
        if country is not None:  # named in this paragraph, if only inside a body's name ("Ministry of X of Tunisia")
            self.country_refs.setdefault(country, set()).add(order)
        full = len(name.split()) >= 2
        if full:
            d = self.drafts.setdefault(span.keys[0], _PersonDraft(span.keys[0], name))
            d.honorific = d.honorific or hon
            d.country = d.country or country
            d.paragraphs.add(order)
        else:
            self.short.append((order, span, hon, name, country))
        represented = self._represented(order, text, span, body_spans)
        if a := _APPOSITIVE.match(text[span.end :]):  # "Name (Country), [the] Role ...[, and Role ...]"
            self._appositive(order, text, span, span.end + a.end(), full, posts, body_spans, represented)
        elif full and (title := job_title_before(text, span.start)):
            self.drafts[span.keys[0]].add_title(title)
        self._chaired(order, text, span, body_spans)
        self._role_by_verb(order, text, span, [*posts, *titles], body_spans)

    def _appositive(
        self,
        order: int,
        text: str,
        span: Span,
        at: int,
        full: bool,
        posts: list[Span],
        body_spans: list[Span],
        represented: str | None,
    ) -> None:
        """The posts written after a name (chained with ``and``), else its job title. A post after
        a mere space that a name follows starts the next row of a table (``... Ms A B Germany
        Vice-Chairman Dr C D``), not this person's appositive."""
        post = next((s for s in posts if s.start == at), None)
        if post is not None and _next_row_label(text, post, not text[span.end : at].strip()):
            return
        if post is not None and person_posts.names_follow(text, post):  # "A (X), Vice-Chairs being B and C"
            return
        if post is None and (post := self.finder.appositive_post(text, at, body_spans, represented)):
            posts.append(post)
        if post is None and full:
            title = job_title_after(text, span.end, self.finder.role_re) or job_title_before(text, span.start)
            self.drafts[span.keys[0]].add_title(title)
        elif post is None and (title := job_title_after(text, span.end, self.finder.role_re)):
            # a short form ("Ms Okafor, the Rapporteur,"): the title goes to its owner once resolved
            self.assignments.append((order, span, Span(at, at, "title", (title,), title)))
        while post is not None:
            self.assignments.append((order, span, post))
            post = self.finder.chained_post(text, post, posts, body_spans, represented)
            if post is not None and post not in posts:
                posts.append(post)

    def _state_body_in_appositive(self, text: str, span: Span, body_spans: list[Span]) -> str | None:
        """The country of a state body that the person's appositive names by the acronym or the
        name the report defined for it: ``Mr X, Executive Director of the UCC`` after ``the Uganda
        Communications Commission (UCC)``."""
        end = span.end + len(appositive_text(text, span.end))
        for b in body_spans:
            if span.end < b.start and b.end <= end:
                name = self.finder.bodies.key_kind(b.keys[0])[0]
                if country := state_body_country(name):
                    return country
        return None

    def _known_names_with_countries(self, text: str, persons: list[Span]) -> None:
        """A person named before with an honorific, named again without one and with the country
        stated beside (a contributors' block: ``Adwoa Mensah, NCA, Ghana``): that country."""
        for d in list(self.drafts.values()):
            if d.country is not None or len(d.name.split()) < 2 or (at := text.find(d.name)) < 0:
                continue
            end = at + len(d.name)
            if any(p.start <= at < p.end for p in persons) or text[end : end + 1].isalnum():
                continue
            d.country = stated_country(text, at, end, [(p.start, p.end) for p in persons])[0]

    def _respective(self, order: int, text: str, persons: list[Span]) -> None:
        """``The delegates of Romania and Poland, Mr A and Ms B``: each name its country, in order,
        and the speaker word as a title."""
        for start, country, word in respective_countries(text, [(p.start, p.end) for p in persons]):
            span = next(p for p in persons if p.start == start)
            if (d := self.drafts.get(span.keys[0])) is not None:
                d.country = d.country or country
            self.assignments.append((order, span, Span(start, start, "title", (word,), word)))

    def person_key(self, span: Span) -> str:
        return self.alias.get(span.keys[0], span.keys[0])

    def _hold(self, person: str, post: str) -> None:
        self.holders.setdefault(post, [])
        if person not in self.holders[post]:
            self.holders[post].append(person)
        if post not in self.drafts[person].posts:
            self.drafts[person].posts.append(post)

    def assign_posts(self) -> None:
        """Each assignment (and each ``chaired by``) gives the person the post; a title (a role
        with no body) becomes the person's job title when none was written."""
        officers = self._presiding_officers()
        verb_given = {id(post) for _, _, post in self.verb_roles if post is not None}
        for order, pspan, post in self.assignments:
            pk = self.person_key(pspan)
            if pk not in self.drafts or (
                id(post) in verb_given and _presided(officers, order, pk, post, self.meeting_body)
            ):
                continue
            if post.kind in ("title", "titles"):
                self.drafts[pk].add_title(post.keys[0])
                continue
            for key in post.keys:
                self._hold(pk, key)
        if not self.chairs or self.meeting_body is None:
            return
        key = f"{self.meeting_body}/chair"
        label = f"{roles()['chair'].label}, {self.finder.bodies.key_kind(self.meeting_body)[0]}"
        for order, pspan in self.chairs:
            pk = self.person_key(pspan)
            if pk in self.drafts and not _presided(officers, order, pk, None, self.meeting_body):
                self._hold(pk, key)
                self.finder.post_labels.setdefault(key, label)

    def _presiding_officers(self) -> dict[tuple[int, str], set[tuple[str | None, str]]]:
        """(paragraph, person) -> (body, None for a title; ``presides`` of its role) of each person given
        a role whose holder presides in the chair's place (``presides`` in ``role-scopes.csv``: a
        Vice-Chair, a Rapporteur) other than by a chairing verb: a chairing verb there gives no Chair
        (``The Vice-Chair, Ms X, chaired the afternoon session``, ``chaired by the Rapporteur, Mr Y``,
        ``Ms A and Mr B, Vice-Chairs, chaired the sessions``): :func:`_presided`."""
        verb_given = {id(post) for _, _, post in self.verb_roles if post is not None}
        out: dict[tuple[int, str], set[tuple[str | None, str]]] = {}
        for order, pspan, post in self.assignments:
            if id(post) in verb_given:
                continue
            if post.kind in ("title", "titles"):
                role = title_role(_TITLE_HEAD.split(post.keys[0], maxsplit=1)[0])
                found: list[tuple[str | None, str]] = [(None, roles()[role].presides)] if role in roles() else []
            else:
                parts = [k.split("/") for k in post.keys]
                found = [(body, roles()[role].presides) for body, role in parts if role in roles()]
            if found := [(body, kind) for body, kind in found if kind]:
                out.setdefault((order, self.person_key(pspan)), set()).update(found)
        return out

    def final_spans(self) -> dict[int, list[Span]]:
        """Each paragraph's spans with person keys resolved (ambiguous short forms dropped);
        the paragraphs of each post, and of its holders."""
        spans: dict[int, list[Span]] = {}
        for order, lst in self.raw.items():
            fixed: list[Span] = []
            for s in lst:
                if s.kind == "person":
                    if self.person_key(s) not in self.drafts:
                        continue
                    s = Span(s.start, s.end, "person", (self.person_key(s),), s.text)
                elif s.kind in ("post", "posts"):
                    for key in s.keys:
                        self.post_refs.setdefault(key, set()).add(order)
                        for holder in self.holders.get(key, []):
                            self.drafts[holder].paragraphs.add(order)
                fixed.append(s)
            spans[order] = fixed
        for order, _pspan in self.chairs:
            self.post_refs.setdefault(f"{self.meeting_body}/chair", set()).add(order)
        for order, post in self.extra_posts:
            self.post_refs.setdefault(post.keys[0], set()).add(order)
        return spans

    def forget_title(self, spans: dict[int, list[Span]]) -> None:
        """Keep what the title said of persons (their names, posts and countries) but no mention in it: the
        title is no paragraph (a person named only there keeps it as the one place it is named)."""
        spans.pop(_TITLE, None)
        for refs in (*self.country_refs.values(), *self.post_refs.values()):
            refs.discard(_TITLE)
        for key, orders in list(self.body_refs.items()):
            if kept := [o for o in orders if o != _TITLE]:
                self.body_refs[key] = kept
            else:  # named only in the title: no mention (a letterhead is :func:`.bodies.named_in_title`'s)
                del self.body_refs[key]
        for d in self.drafts.values():
            if len(d.paragraphs) > 1:
                d.paragraphs.discard(_TITLE)

    def actors(self, spans: dict[int, list[Span]]) -> Actors:
        """The records, and the resolver that later extractors ask about phrases."""
        finder, drafts, meeting_body = self.finder, self.drafts, self.meeting_body
        report = self.report
        labels = {d.key: d.name for d in drafts.values()} | dict(finder.post_labels)
        bodies = body_records(finder.bodies, self.body_refs)
        for b in bodies:
            labels[b.key] = b.name
        for key in finder.bodies.unmentioned():  # "the Secretariat": no body record, its name all the same
            labels.setdefault(key, finder.bodies.key_kind(key)[0])
        known = frozenset(drafts)
        ambiguous = frozenset(self.ambiguous)
        resolver = Resolver(
            meeting_body,
            spans,
            lambda t: _resolve_spans(finder, t, self.alias, known, ambiguous),
            self.holders,
            [p.order for p in report.paragraphs],
            labels,
            {p.order: p.text for p in report.paragraphs},
            frozenset(p.order for p in report.paragraphs if p.kind == "heading"),
            {d.key: g for d in drafts.values() if (g := _gender(d.honorific))},
        )
        chair_holders = self.holders.get(f"{meeting_body}/chair", []) if meeting_body else []
        vice = tuple(self.holders.get(f"{meeting_body}/vice-chair", [])) if meeting_body else ()
        return Actors(
            bodies=bodies,
            countries=self._countries(),
            posts=tuple(
                Post(key, key.split("/")[1], key.split("/")[0], finder.post_labels.get(key, key), tuple(sorted(orders)))
                for key, orders in sorted(self.post_refs.items())
            ),
            persons=tuple(_person_record(d) for d in sorted(drafts.values(), key=lambda d: min(d.paragraphs))),
            chair=chair_holders[0] if chair_holders else None,
            vice_chairs=vice,
            resolver=resolver,
            meeting_body=meeting_body,
        )

    def contributors(self) -> None:
        """In a Member State's contribution (or its letter: :func:`.authors.submitting_country`), the
        officials it names represent it: each person
        without a country whose appositives never name a catalogue body and who holds no post in
        one but the meeting body's (``Ms X, Programme Officer, UNCTAD`` is someone else's) gets
        the contributing country."""
        country = submitting_country(self.report)
        if country is None:
            return
        texts = {p.order: p.text for p in self.report.paragraphs}
        foreign: set[str] = set()
        for order, spans in self.raw.items():
            for s in spans:
                if s.kind == "person" and find_body_names(appositive_text(texts[order], s.end)):
                    foreign.add(self.person_key(s))
        for d in self.drafts.values():
            if (
                d.country is None
                and d.key not in foreign
                and not any(p.split("/")[0] in gazetteer_bodies().keys() - {self.meeting_body} for p in d.posts)
            ):
                d.country = country

    def _countries(self) -> tuple[Country, ...]:
        """Countries named in the text and countries of persons."""
        for d in self.drafts.values():
            if d.country:
                self.country_refs.setdefault(d.country, set())
                self.country_names.setdefault(d.country, d.country)
        return tuple(
            Country(code, self.country_names[code], tuple(sorted(self.country_refs[code])))
            for code in sorted(self.country_refs)
        )


def _presided(
    officers: dict[tuple[int, str], set[tuple[str | None, str]]],
    order: int,
    person: str,
    post: Span | None,
    meeting_body: str | None = None,
) -> bool:
    """Whether a chair given by a verb (``post``; None: the meeting body's) is a presiding officer's
    sitting in the chair (:meth:`_ActorReader._presiding_officers`): an officer of any body for a role
    that presides anywhere (a Rapporteur), else an officer with no body, of the meeting body or of the
    body chaired. A Vice-Chair of another body who chairs this one is its Chair."""
    chaired: list[str | None] | None
    if post is None:
        chaired = [meeting_body]
    elif post.kind in ("title", "titles"):
        chaired = [] if title_role(post.keys[0]) == "chair" else None
    else:
        chaired = [k.split("/")[0] for k in post.keys if k.split("/")[1] == "chair"] or None
    if chaired is None:
        return False
    return any(
        kind == "any" or body is None or body == meeting_body or body in chaired
        for body, kind in officers.get((order, person), set())
    )


#: what a title is of, or its organisation, after it: "Secretary[ of the Committee]", "Chief Executive[, X Trust]"
_EXTENDED = re.compile(r",\s|\s+(?:of|for)\s")


def _kept_titles(titles: list[str], posts: list[str]) -> tuple[str, ...]:
    """The job titles worth keeping beside the posts held: a title whose role (its head: ``Chair``
    in ``Chair of X``) is that of a post held only repeats it, and a bare role (``Chair``) says
    less than a title with the same head (``Chair of the Open Consultation Process``), and so does any title
    beside itself with what it is of or its organisation (``Secretary`` beside ``Secretary of the Committee``,
    ``Chief Executive`` read from a table's cell beside ``Chief Executive, X Trust`` from the row)."""
    held = {p.split("/")[1] for p in posts}
    low = [t.lower() for t in titles]
    titles = [
        t
        for t, lt in zip(titles, low, strict=True)
        if not any(_EXTENDED.match(u, len(lt)) for u in low if u.startswith(lt))
    ]
    heads = [title_role(_TITLE_HEAD.split(t, maxsplit=1)[0]) for t in titles]
    bare = [title_role(t) is not None for t in titles]
    out, kept = [], set()
    for title, head, alone in zip(titles, heads, bare, strict=True):
        if head is not None and head in held:
            continue
        if alone and (head in kept or any(h == head and not b for h, b in zip(heads, bare, strict=True))):
            continue  # "Chair" beside "Chair of X", or a second "Chairman" beside "Chair": the role once
        kept.add(head)
        out.append(title)
    return tuple(out)


def _person_record(d: _PersonDraft) -> Person:
    return Person(
        d.key,
        d.name,
        d.honorific,
        d.country,
        tuple(d.posts),
        tuple(sorted(d.paragraphs)),
        job_titles=_kept_titles(d.job_titles, d.posts),
    )


def _resolve_spans(
    finder: _Finder, text: str, alias: dict[str, str], known: frozenset[str], ambiguous: frozenset[str] = frozenset()
) -> list[Span]:
    out = []
    for s in finder.spans(text):
        if s.kind == "person":
            key = alias.get(s.keys[0], s.keys[0])
            if key in ambiguous:
                continue
            if key not in known:
                longer = [k for k in known if k.endswith("-" + key)]
                key = longer[0] if len(longer) == 1 else key
            s = Span(s.start, s.end, "person", (key,), s.text)
        out.append(s)
    return out
