"""The actor reader: the state of :func:`.persons.find_actors` while it reads a report, each method one step.

``_ActorReader`` reads each paragraph (persons with their honorific, name and country, their appositive posts
or job titles, countries outside body names), assigns the posts (a presiding officer who chairs a sitting keeps
that role: ``_presided``), resolves each paragraph's spans to person keys and makes the records
(:class:`.agent_resolver.Actors`, with the ``Resolver`` later extractors ask about phrases). Its steps kept in
their own modules are its methods all the same: chairs, role verbs and officer lists (:mod:`.person_posts`),
signature blocks and table rows (:mod:`.person_signatures`), short forms and initials
(:mod:`.person_short_forms`); the records of persons: :mod:`.person_records`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wsiskg.ingest.extract import person_joined_signatures, person_posts, person_short_forms, person_signatures
from wsiskg.ingest.extract.agent_resolver import Actors, Resolver
from wsiskg.ingest.extract.authors import submitting_country
from wsiskg.ingest.extract.bodies import body_records
from wsiskg.ingest.extract.countries import country_spans
from wsiskg.ingest.extract.gazetteer import (
    bodies as gazetteer_bodies,
)
from wsiskg.ingest.extract.gazetteer import roles
from wsiskg.ingest.extract.meeting import find_body_names
from wsiskg.ingest.extract.name_finder import (
    _Finder,
    _merge,
    _person_re,
    _PersonDraft,
    speaking_countries,
)
from wsiskg.ingest.extract.person_countries import (
    appositive_text,
    respective_countries,
    state_body_country,
    stated_country,
)
from wsiskg.ingest.extract.person_records import _TITLE_HEAD, _person_record, _resolve_spans
from wsiskg.ingest.extract.person_short_forms import _gender
from wsiskg.ingest.extract.person_titles import (
    job_title_after,
    job_title_before,
    title_role,
    title_spans,
)
from wsiskg.ingest.records import Country, ParsedReport, Post, Span

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


#: the order the report's title is read under: no paragraph's, so that no mention points to it
_TITLE = -1


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
    _name_then_body = person_signatures._name_then_body
    read_heading_role = person_signatures.read_heading_role
    _unit_post = person_signatures._unit_post
    _plural_role_before_list = person_signatures._plural_role_before_list
    _role_then_body = person_signatures._role_then_body
    _signature_post = person_signatures._signature_post
    read_signature_pairs = person_signatures.read_signature_pairs
    read_joined_signatures = person_joined_signatures.read_joined_signatures
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
