"""Find the names of persons and the posts in a text: the span finder ``_Finder``.

Holds ``_Finder`` (person mentions after an honorific, with lower-case particles, hyphens and PDF
glue undone; names without an honorific after a cue (``bare_names``); post mentions tied to a body
before, after or by default (``post_spans``, ``appositive_post``, ``chained_post``); bodies and
countries (``spans``)), the patterns it builds from the gazetteers (``_person_re``,
``_bare_name_re``, ``_role_re``), ``speaking_countries`` (``for Brazil``), ``_merge`` (spans of
several kinds, longest first) and ``_PersonDraft`` (a person being read).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from wsiskg.ingest.extract.author_cues import author_cues
from wsiskg.ingest.extract.bodies import (
    BodyMatcher,
    find_defined,
    home_organization,
)
from wsiskg.ingest.extract.casing import small_word_alternation, title_cased, without_small_ends
from wsiskg.ingest.extract.countries import country_code, country_spans
from wsiskg.ingest.extract.event_series import series_names
from wsiskg.ingest.extract.gazetteer import (
    auxiliary_alternation,
    collectives,
    country_speakers,
    honorifics,
    modal_alternation,
    name_abbreviations,
    name_particles,
    preposition_alternation,
    pronouns,
    role_forms,
    roles,
    small_words,
)
from wsiskg.ingest.extract.genre import salutations
from wsiskg.ingest.extract.keys import clean_name, name_key, strip_honorifics
from wsiskg.ingest.extract.person_countries import stated_country
from wsiskg.ingest.extract.person_cues import cue_re
from wsiskg.ingest.extract.person_titles import (
    ROLE_END,
    ROLE_START,
    after_title_colons,
    both_titles,
    job_title_after,
    title_at,
    title_head_re,
    title_label,
)
from wsiskg.ingest.extract.study_groups import post_body
from wsiskg.ingest.extract.warnings import stopwords
from wsiskg.ingest.ocr_words import known_words
from wsiskg.ingest.records import ParsedReport, Span
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import MARKS, UPPER, alternation

_UP = UPPER
# between two name words: a space or a line break, never a tab or a run of spaces (table cells)
_GAP = r"(?:[^\S\t]\n?|\n)"
_TOKEN = rf"(?:[{_UP}]\.|[{_UP}][\w'’{MARKS}]*(?:-[\w'’{MARKS}]+)*)"
# initials and a family name, then "(Country)": a person without an honorific ("A.Owusu (Ghana)")
_INITIALS_THEN_COUNTRY = re.compile(
    rf"(?<![\w.’'-])(?P<name>(?:[{UPPER}]\.\s?){{1,2}}[{UPPER}][\w'’{MARKS}]+(?:-[{UPPER}][\w'’{MARKS}]+)?)"
    r"\s*\((?P<country>[^()]{2,40})\)"
)
#: a small word capitalised in a title-cased line: "The Plurinational State Of Bolivia" is a country (so is
#: "THE REPUBLIC OF THE GAMBIA")
_CAPITALISED_SMALL_WORD = re.compile(rf"(?<=\s)(?:{small_word_alternation(small_words(), capitalised=True)})(?=\s)")


#: a line that only names someone (under a speech's title): ``NAME (Country)``, ``NAME, Role, Body``, ``by NAME,
#: Role`` (no sentence; no salutation: ``Your Excellency Ms X, Minister of ...,``)
BYLINE = re.compile(r"[^.;:]{3,160}(?<![.,])")
#: the dot of an abbreviation in a byline (``H.E. Eng. NAME``, ``Dr. NAME``): no sentence's end
_ABBREVIATION_DOT = re.compile(r"(?<![\w.])(?:(?:[A-Z]\.){1,3}|[A-Z][a-z]{1,3}\.)(?=\s)")


#: what follows the name of a byline: its role after a comma, a country in brackets, nothing
_BYLINE_NAME_END = re.compile(r"\s*(?:,|\(|$)")


def is_byline(line: str) -> bool:
    """Whether ``line`` only names someone (:data:`BYLINE`), the dots of abbreviations read as none."""
    return BYLINE.fullmatch(_ABBREVIATION_DOT.sub(lambda m: m.group().replace(".", ""), line.strip())) is not None


def _upper_cased(words: str) -> str:
    """Words all in capitals in title case (:func:`.casing.title_cased`), others as written."""
    return title_cased(words, opening=False) if words.isupper() else words


#: "(Country)" after a listed name, and what separates the items of a list
_BRACKET_AFTER = re.compile(r"\s*\(((?:[^()]|\([^()]{1,30}\)){2,60})\)")
_LIST_ITEM_SEP = re.compile(r"\s*(?:[,;]\s*(?:and\s+)?|and\s+)")
# "the representative / delegate / delegation of COUNTRY" speaks for the country
_FOR_COUNTRY = re.compile(rf"(?:\b[Tt]he\s+)?(?:\b(?:{country_speakers('speaks_for')})\s+of\s+(?:the\s+)?)$")
_PREFIX_LINK = re.compile(r"^(?:['’]s)?\s+$")
_PREFIX_LINK_START = re.compile(r"(?:['’]s)?\s+")
_OF_LINK = re.compile(r"^\s+of\s+(?:the\s+)?$")
_AND_LINK = re.compile(r"^\s*(?:,|and|,\s*and|&)\s+(?:of\s+)?(?:the\s+)?$")
#: bodies listed before a role they share, no article: ``TSAG, TDAG and RAG Chairmen``
_BARE_AND_LINK = re.compile(r"^\s*(?:,|,?\s*and|&)\s+$")
#: the two words after a name: what it may only qualify (``ITU-D study groups``)
_NEXT_WORDS = re.compile(r"\s+([\w-]+)(?:\s+([\w-]+))?")
#: the capitalised words right after a name (at most three): ``Mr Ole Berg International Airport``
_CAPITALISED_AFTER = re.compile(rf"(?:[ \t]+[{UPPER}][\w'’-]*){{1,3}}")
_COMMA_LINK = re.compile(r"^,\s+(?:the\s+)?$")
_ACRONYM_AFTER = re.compile(r"^\s*\([^()]{1,20}\)")
_CLAUSE_END = re.compile(r"^\s*(?:[,.;:)]|$|and\b)")
# "of [the] X" after a role word
_OF_PHRASE = re.compile(r"\s+of\s+(?P<the>(?:the\s+)?)(?P<what>[\w’'&/-]+(?:\s+[\w’'&/-]+)?)")
_MEETING_WORDS = frozenset(w.removeprefix("the ") for w, r in pronouns().items() if r == "meeting")
# ", Division on Technology and Logistics, " between a role and its body
_UNIT_THEN = re.compile(r",\s+(?:the\s+)?[A-Z][^,;.()]{2,80},\s+(?:the\s+)?")
# what a role is of or for when no body follows: "for Communication and Information", "of the sub-group on X"
_QUALIFIER_AFTER = re.compile(rf"\s+(?:{preposition_alternation('topic')})\s+[^,;.()]{{1,100}}")
#: between the two roles of a compound: "Vice-Chair-cum-Rapporteur", "Chair cum Rapporteur"
COMPOUND_ROLE = re.compile(r"-cum-|\s+cum\s+")
# a second post of the same person: ", and Head of ..." (no determiner: "and the Vice-Chairs" are others),
# or the second role of a compound
_CHAIN = re.compile(r",?\s+and\s+(?!the\b)|" + COMPOUND_ROLE.pattern)


@cache
def _person_re() -> re.Pattern[str]:
    # "Her Excellency, Dr X": a comma may follow an honorific, but only before another one
    # ("Sharm El Sheikh, Egypt" is a place)
    any_form = alternation(honorifics())
    comma = rf",\s*(?=(?:{any_form})[\s.])"
    # after a form that ends with a dot the name may follow at once ("Dr.Lee"), else after a space
    hon = rf"(?:(?:{any_form})(?:{comma}|(?<=\.)\s*|(?<!\.)\s+))"
    # a bracketed form only follows another ("Major General (Retd.) X"): "(R) Annex 2" names no one
    return re.compile(rf"(?<![\w.])(?!\()(?P<hon>{hon}+)(?P<name>{_name_pattern()})(?![\w'’-])")


def _name_pattern(least: int = 0) -> str:
    """Capitalised name words with particles (``van der``, ``al-``); an initial may be glued to the
    next word (``K.Larsen``); ``least`` words after the first at least."""
    particles = alternation(name_particles(), each=str)
    # a word written short ("St. Clair-Harris", "Ma. Luisa", "Md. Karim") when a name word follows
    short = rf"(?:{alternation(name_abbreviations(), each=str)})\.(?={_GAP}[{_UP}])"
    token = rf"(?:{short}|(?:(?:{particles})-)?{_TOKEN})"  # a particle may be glued by a hyphen: "al-Ketbi"
    return rf"(?:(?:{particles})\s+)*{token}(?:(?:\s+(?:{particles}))*(?:{_GAP}|(?<=[{_UP}]\.)){token}){{{least},4}}"


@cache
def _bare_name_re() -> re.Pattern[str]:
    """A name of two words or more without an honorific (after a cue, in a signature or a table cell)."""
    return re.compile(rf"(?P<name>{_name_pattern(1)})(?![\w'’-])")


@cache
def _role_re() -> tuple[re.Pattern[str], dict[str, str]]:
    surface = {form: keys[0] for form, keys in role_forms(titles=True).items()}
    sensitive: list[str] = []
    insensitive: list[str] = []
    for entry in roles().values():
        if entry.scope == "skip":
            continue
        for form in entry.forms:
            (insensitive if entry.any_case else sensitive).append(form)
    any_case = f"(?i:{alternation(insensitive)})" if insensitive else ""
    pattern = "|".join(filter(None, [any_case, alternation(sensitive)]))
    return re.compile(ROLE_START + "(?:" + pattern + ")" + ROLE_END), surface


def _qualifies_group(text: str, at: int) -> bool:
    """Whether a known group's words (``collectives.csv``: ``study groups``, ``Member States``) follow ``at``."""
    m = _NEXT_WORDS.match(text, at)
    words = [w.lower() for w in m.groups() if w] if m else []
    return any(" ".join(words[:n]) in collectives() for n in range(1, len(words) + 1))


def _is_plural(text: str) -> bool:
    return text.endswith(("s", "men"))


@dataclass
class _PersonDraft:
    key: str
    name: str
    honorific: str | None = None
    country: str | None = None
    posts: list[str] = field(default_factory=list)
    paragraphs: set[int] = field(default_factory=set)
    #: roles the text states that are no post (no body could be tied to them), as written, in order
    job_titles: list[str] = field(default_factory=list)

    def add_title(self, title: str | None) -> None:
        """Add a job title; a compound (``Vice-Chair-cum-Rapporteur``) is its roles, each by its label."""
        title = without_small_ends(title) if title else title  # "Vice-Minister Of": a title cut short
        if not title:
            return
        parts = [title_label(p) for p in COMPOUND_ROLE.split(title)] if COMPOUND_ROLE.search(title) else [title]
        if both := both_titles(title):
            parts = both  # "Ambassador and Permanent Representative of Finland": two titles
        for part in parts:
            if part and part not in self.job_titles:
                self.job_titles.append(part)


class _Finder:
    """Holds the matchers for one report and finds spans of agents in any text."""

    def __init__(self, report: ParsedReport, meeting_body: str | None, home: str | None | bool = True) -> None:
        self.meeting_body = meeting_body
        self.bodies = BodyMatcher(meeting_body, find_defined(report), home)
        #: the organisation of a post named with no body whose scope is ``home`` (the Secretary-General):
        #: that of the document's own body when one is known (a letterhead's ministry: none), else the
        #: meeting body's (a report by the Secretary-General speaks for ITU, the voice of its requests)
        self.home = home_organization(home if isinstance(home, str) else meeting_body)
        self.role_re, self.role_surface = _role_re()
        self.role_any_re = re.compile(self.role_re.pattern, re.IGNORECASE)
        self.post_labels: dict[str, str] = {}

    def post_spans(self, text: str, body_spans: list[Span]) -> list[Span]:
        out: list[Span] = []
        by_start = {s.start: s for s in body_spans}
        for m in self.role_re.finditer(text):
            role = self.role_surface[m.group(0).lower()]
            orgs: list[str] = []
            end = m.end()
            # after: "of BODY (and BODY)*" or ", BODY"
            for link in (_OF_LINK, _COMMA_LINK):
                nxt = [b for b in body_spans if b.start >= m.end() and link.match(text[m.end() : b.start])]
                if not nxt:
                    continue
                first = min(nxt, key=lambda b: b.start)
                if link is _COMMA_LINK:
                    after = first.end + (len(a.group(0)) if (a := _ACRONYM_AFTER.match(text[first.end :])) else 0)
                    after = _glossed_country_end(text, after)
                    if not _CLAUSE_END.match(text[after:]):
                        continue
                orgs.append(first.keys[0])
                end = first.end
                if link is not _COMMA_LINK:
                    end = self._joined_by_and(text, end, body_spans, orgs)
                if (a := _ACRONYM_AFTER.match(text[end:])) and by_start.get(end + a.group(0).index("(") + 1):
                    end += len(a.group(0))
                break
            start = m.start()
            if not orgs:
                before = [b for b in body_spans if b.end <= m.start() and _PREFIX_LINK.match(text[b.end : m.start()])]
                if before:
                    orgs.append(before[-1].keys[0])
                    start = before[-1].start
                    if _is_plural(m.group(0)):  # "the TSAG and RAG Chairmen": the post of each
                        start = self._joined_before(text, start, body_spans, orgs)
            if not orgs and not self.of_unknown(text, m.end(), body_spans):
                scope = roles()[role].scope
                default = self.meeting_body if scope == "meeting" else self.home if scope == "home" else None
                if default:
                    orgs.append(default)
            if not orgs:
                continue
            orgs = [post_body(org, self.meeting_body) for org in orgs]  # "Rapporteur, Question 7/20": the group's
            keys = tuple(f"{org}/{role}" for org in orgs)
            for org, key in zip(orgs, keys, strict=True):
                name, _ = self.bodies.key_kind(org)
                self.post_labels.setdefault(key, f"{roles()[role].label}, {name}")
            kind = "posts" if _is_plural(m.group(0)) or len(keys) > 1 else "post"
            out.append(Span(start, end, kind, keys, text[start:end]))
        return out

    def _joined_by_and(self, text: str, end: int, body_spans: list[Span], orgs: list[str]) -> int:
        """Add to ``orgs`` the bodies joined by ``and`` after ``end`` (``the Chairs of ECA and ESCAP``), up to
        one that another post follows (``... and the CSTD Chair``); the end of the last one taken."""
        while True:
            more = [b for b in body_spans if b.start >= end and _AND_LINK.match(text[end : b.start])]
            if not more:
                return end
            b = min(more, key=lambda b: b.start)
            gap = _PREFIX_LINK_START.match(text, b.end)
            if gap and self.role_re.match(text, gap.end()):  # "... and the CSTD Chair": another post
                return end
            if _qualifies_group(text, b.end):  # "... and of the ITU-D study groups": the body only says whose
                return end
            orgs.append(b.keys[0])
            end = b.end

    def _joined_before(self, text: str, start: int, body_spans: list[Span], orgs: list[str]) -> int:
        """Add to the front of ``orgs`` the bodies joined by a bare ``and`` or comma before ``start``
        (``the TSAG and RAG Chairmen``: a role in the plural after a list of bodies); the start of the
        first one taken."""
        while True:
            less = [b for b in body_spans if b.end <= start and _BARE_AND_LINK.match(text[b.end : start])]
            if not less:
                return start
            b = max(less, key=lambda b: b.end)
            orgs.insert(0, b.keys[0])
            start = b.start

    def of_unknown(self, text: str, at: int, body_spans: list[Span]) -> bool:
        """Whether ``of [the] X`` after a role at ``at`` names something that is no known body
        (``Chair of the drafting group``, ``President of Kenya``): no default body then."""
        of = _OF_PHRASE.match(text, at)
        if of is None or of.group("what").lower() in _MEETING_WORDS:
            return False
        return not any(of.start("the") <= b.start <= of.end("the") for b in body_spans)

    def appositive_post(self, text: str, at: int, body_spans: list[Span], represented: str | None) -> Span | None:
        """A post in an appositive that :meth:`post_spans` could not tie to a body, at ``at``:

        - ``Director, Division on X, UNCTAD``: the body after a unit's name;
        - ``Assistant Director-General for X`` after ``BODY, represented by``: the body represented;
        - ``rapporteur of the correspondence group on X`` (a role marked ``in_subgroup``, any
          case): the meeting body, whose sub-group it is; a chair of such a group holds no post
          in the meeting body, so none is made."""
        m = self.role_any_re.match(text, at)
        if m is None:
            return None
        role = self.role_surface[m.group(0).lower()]
        end = m.end()
        org: str | None = None
        if unit := _UNIT_THEN.match(text, end):
            body = next((b for b in body_spans if b.start == unit.end()), None)
            if body is not None:
                org, end = body.keys[0], body.end
        if org is None:
            if qualifier := _QUALIFIER_AFTER.match(text, end):
                end = qualifier.end()
            if represented:
                org = represented
            elif roles()[role].in_subgroup and self.meeting_body:
                org = self.meeting_body
        if org is None:
            return None
        key = f"{org}/{role}"
        self.post_labels.setdefault(key, f"{roles()[role].label}, {self.bodies.key_kind(org)[0]}")
        return Span(at, end, "post", (key,), text[at:end])

    def chained_post(
        self, text: str, post: Span, posts: list[Span], body_spans: list[Span], represented: str | None
    ) -> Span | None:
        """A second post of the same person: ``Director of X, and Head of the Y Secretariat``."""
        owner = next((b for b in body_spans if b.start > post.end and not text[post.end : b.start].strip(", ")), None)
        link = _CHAIN.match(text, owner.end if owner else post.end)  # "Director, X Division, UNCTAD, and Head ..."
        if link is None or not (m := self.role_any_re.match(text, link.end())) or _is_plural(m.group(0)):
            return None
        found = next((s for s in posts if s.start == link.end() and s.kind == "post"), None)
        return found or self.appositive_post(text, link.end(), body_spans, represented)

    def _starts_a_post(self, text: str, at: int) -> bool:
        """A written-out honorific that is also a job title, then a post, names no one:
        ``Mr. X, Ambassador, Permanent Representative of ...`` (``Permanent`` is no name)."""
        return bool(title_head_re().match(text, at) or self.role_any_re.match(text, at))

    def person_mentions(self, text: str) -> list[tuple[Span, str | None, str, str | None]]:
        """(span, honorific, cleaned name, country) for each honorific + name."""
        out = []
        found = []
        pos = 0
        while m := _person_re().search(text, pos):  # a name cut short (at a country, a role) lets the next one be read
            found.append((m.start(), m.start("name"), m.end("name"), m.group("hon")))
            pos = max(self._name_end(text, m.start("name"), m.end("name")), m.start("name") + 1)
        for at, end in self.bare_names(text):
            if not any(a <= at < e for a, _, e, _ in found):
                found.append((at, at, end, None))
        named = []
        for start, name_start, name_end, written in sorted(found):
            end = self._name_end(text, name_start, name_end)
            if text[end - 2 : end] in ("'s", "’s"):  # "Dr Okafor's proposal": the same person
                end -= 2
            name = clean_name(text[name_start:end])
            if written and len(name.split()) == 1 and (full := _full_name_in_brackets(text, end, name)):
                name, end = full  # "Ms Okonjo (Adaeze Okonjo, Coordinator)": the full name
            if not name or self._starts_a_post(text, name_start) or (not written and len(name.split()) < 2):
                continue
            if (role := title_at(name, 0)) is not None and role.end == len(name):  # "Honourable Ministers,"
                continue
            if _named_after(text, name, end):  # "Colonel Okoro Road", "Dr Ivo Marek Prize": a place, a prize
                continue
            named.append((start, end, name, strip_honorifics(written + "X")[0] if written else None))
        for start, end, name, hon in named:
            country, end = stated_country(text, start, end, [(n[0], n[1]) for n in named if n[0] != start])
            out.append((Span(start, end, "person", (name_key(name),), text[start:end]), hon, name, country))
        return out

    def bare_names(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of names written without an honorific after a cue (``person-cues.csv``):
        ``Speech by NAME, ROLE`` (kind ``lead``), ``by its Chairman, NAME of COUNTRY`` (kind
        ``post``: a role word and a comma between), a byline ``by NAME, ROLE`` (kind ``byline``)."""
        out = []
        for kind in ("lead", "post"):
            for cue in cue_re(kind).finditer(text):
                at = cue.end()
                if kind == "post":
                    role = self.role_any_re.match(text, at)
                    link = re.compile(r",\s+").match(text, role.end()) if role else None
                    if link is None:
                        continue
                    at = link.end()
                if (m := _bare_name_re().match(text, at)) and self.plain_name(m.group(0)):
                    out.append((at, m.end()))
        out += self._byline_name(text)
        out += self._alone_with_country(text)
        out += self._listed_with_countries(text)
        out += self._titled_names(text)
        for m in _INITIALS_THEN_COUNTRY.finditer(text):  # "J.Skovgaard (Denmark) was nominated"
            if country_code(m.group("country")) and self.plain_name(m.group("name")):
                out.append((m.start(), m.end("name")))
        return out

    def _byline_name(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of the name a paragraph that is only a byline opens with after ``by`` (kind ``byline`` of
        ``person-cues.csv``): ``by NAME, ROLE, BODY`` or ``by NAME`` on the line under a speech's title
        (``OPENING REMARKS``), no sentence after it."""
        lead = len(text) - len(text.lstrip())
        if (cue := cue_re("byline").match(text, lead)) is None or not is_byline(text):
            return []
        m = _bare_name_re().match(text, cue.end())
        if m is None or not _BYLINE_NAME_END.match(text, m.end()) or not self.plain_name(m.group(0)):
            return []  # "By Circular CA/245 the Bureau ...": no name
        return [(cue.end(), m.end())]

    def _alone_with_country(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of a name without an honorific that is a whole paragraph with its country in brackets, as a
        speech's byline under its title is written (``Closing remarks of the Chair`` / ``Ana Lobo (Chile)``); a body
        (``Ministry of ICT (Ghana)``) is no name."""
        lead = len(text) - len(text.lstrip())
        if cue_re("byline").match(text, lead):
            return []  # "By NAME (Country)": the byline's reader
        m = _bare_name_re().match(text, lead)
        if m is None or (country := _BRACKET_AFTER.match(text, m.end())) is None or text[country.end() :].strip():
            return []
        return [(lead, m.end())] if country_code(country.group(1)) and self.plain_name(m.group(0)) else []

    def _titled_names(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of names without an honorific followed by their job title: ``We thank Ana
        Lobo, Programme Officer, UNDP``, ``Omar Sy, Chair of the steering committee, and ...``: the
        whole run of capitalised words (nothing capitalised right before), none a function word or
        holding a digit, not all words of the project's vocabulary, that is no body, post, country or
        title."""
        out = []
        bodies: list[Span] | None = None  # read when a name is found: a name inside a body's is its words
        for m in _bare_name_re().finditer(text):
            before = text[: m.start()].rstrip()
            if not m.group(0)[0].isupper() or text[m.start() - 1 : m.start()].isalpha():
                continue  # a particle alone is no name's start: "by Ram" is no "y Ram"
            if before and not (before[-1] in ",;:(" or before[-1].islower()):
                continue
            if (last := before.rsplit(None, 1)[-1:]) and last[0].lower() in _not_before_name():
                continue  # "of the Tunis Agenda, the Chief ...", "for Central Africa, Madam Head ...": no person
            of_country = self._of_country(text, m.end()) and m.group(0).split()[-1].lower() not in _state_forms()
            if not (_BARE_TITLE_LINK.match(text, m.end()) or of_country) or _JOINED_BEFORE.search(before):
                continue
            words = m.group(0).split()
            if any(w.lower() in stopwords() or any(c.isdigit() for c in w) for w in words):
                continue
            if all(w.lower() in known_words() for w in words):  # "Last Year", "Action Line": report words
                continue
            if (of_country or job_title_after(text, m.end(), self.role_re)) and self.plain_name(m.group(0)):
                bodies = self.bodies.spans(text, remember=False) if bodies is None else bodies
                if not any(b.start < m.start() < b.end for b in bodies):  # "Instituto für Digitale Netze of X"
                    out.append((m.start(), m.end()))
        return out

    @staticmethod
    def _of_country(text: str, at: int) -> bool:
        """Whether ``of COUNTRY`` follows a name at ``at``, the clause going on after it: ``We thank Ana Lobo of
        Chile, who ...``, ``congratulates Omar Sy of Senegal on his election``."""
        link = _OF_COUNTRY_LINK.match(text, at)
        if link is None:
            return False
        country = next((c for c in country_spans(text[link.end() : link.end() + 60]) if c.start == 0), None)
        return country is not None and _AFTER_COUNTRY.match(text, link.end() + country.end) is not None

    def _listed_with_countries(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of names without an honorific listed after a role and a colon, each with
        its country in brackets: ``Vice-Chairs: Anna Berg (Sweden), Omar Sy (Senegal)``."""
        out = []
        for at in after_title_colons(text):
            while m := _person_re().match(text, at) or _bare_name_re().match(text, at):
                country = _BRACKET_AFTER.match(text, m.end())
                if country is None or not country_code(country.group(1)):
                    break
                if "hon" not in m.groupdict() and self.plain_name(m.group(0)):
                    out.append((at, m.end()))
                sep = _LIST_ITEM_SEP.match(text, country.end())
                if sep is None:
                    break
                at = sep.end()
        return out

    def plain_name(self, words: str) -> bool:
        """Whether capitalised words found without an honorific are no body, post, country or job title."""
        return not (
            self.bodies.spans(words, remember=False)
            or self.role_any_re.search(words)
            or country_spans(words)
            or country_spans(_CAPITALISED_SMALL_WORD.sub(lambda m: m.group(0).lower(), _upper_cased(words)))
            or title_head_re().search(words)
        )

    def _name_end(self, text: str, start: int, end: int) -> int:
        """Where the name of a person match ends: before a body or role word that the name
        words ran into when no comma came between (``Ms. A B ITU Secretary-General``)."""
        words = text[start:end]
        stops = [s.start for s in self.bodies.spans(words, remember=False) if s.kind == "body"]
        stops += [r.start() for r in self.role_re.finditer(words)]
        # a table row whose gaps are lost: "Ms A B Kenya", "Mr A B Côte d'Ivoire" (the country runs past the name)
        stops += [c.start for c in country_spans(text[start : end + 40]) if c.start < len(words)]
        # the next field or a salutation a layout ran in: "Contact: Mr A B To: ...", "Mr A B Excellencies, ..."
        stops += [m.start() - start for m in _next_field().finditer(text, start, end + 40) if m.start() < end]
        # an event's name a header line ran in: "Ms A B World Telecommunication and Information Society Day 2031"
        stops += [m.start() - start for m in series_names().finditer(text, start, end + 80) if m.start() < end]
        cut = min((s for s in stops if words[:s].strip()), default=len(words))
        return start + len(words[:cut].rstrip())

    def spans(self, text: str, remember: bool = False) -> list[Span]:
        """Agent spans without persons' identities merged (used for free phrases)."""
        body_spans = self.bodies.spans(text, remember=remember)
        posts = self.post_spans(text, body_spans)
        persons = [p[0] for p in self.person_mentions(text)]
        return _merge(persons, posts, body_spans, speaking_countries(text))


@cache
def _next_field() -> re.Pattern[str]:
    """What opens the next line of a header or a speech when a layout ran it into a name: a letter's field label
    capitalised before its colon (``To:``, ``Subject:``, ``Tel.:``: kinds ``recipients``, ``letter-fields`` and
    ``copies`` of ``author-cues.csv``) or a salutation before its comma (``Excellencies,``:
    :func:`.genre.salutations`)."""
    kinds = ("recipients", "letter-fields", "copies")
    labels = [w for c in author_cues(*kinds) for w in (c.capitalize(), c.upper())]
    greetings = alternation(salutations(), spaces=True)
    return re.compile(rf"(?<=\s)(?:(?:{alternation(labels, spaces=True)})\.?\s*:|(?:{greetings})\s*[,!])")


_OPEN_BRACKET = re.compile(r"\s*\(")
#: a comma, then the title itself (not "the X"): "Ana Lobo, Programme Officer"
_BARE_TITLE_LINK = re.compile(r",\s+(?!(?:the|its|their|his|her)\b)(?=[A-Z])")


@cache
def _state_forms() -> frozenset[str]:
    """Nouns of a country's long name (``Oriental Republic of Uruguay``): no name's last word before ``of``
    (``person-cues.csv``, kind ``state-form``)."""
    return frozenset(r["phrase"] for r in data_rows("person-cues.csv") if r["kind"] == "state-form")


#: a name's country after it, and what may follow the country: "Ana Lobo of Chile, who", "Omar Sy of Senegal on his"
_OF_COUNTRY_LINK = re.compile(r"\s+of\s+")
_AFTER_COUNTRY = re.compile(
    rf"\s*(?:[,;.)]|$|\s(?:on|who|for|and|as|in|to|{auxiliary_alternation(role='singular')}|{modal_alternation('future')}|said)\b)"
)
#: "Information and Communication Technologies, ...": capitalised words joined by "and" are one name's
_JOINED_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+(?:and|&)$")


def _glossed_country_end(text: str, at: int) -> int:
    """Where an English ``of COUNTRY`` right after a body's name at ``at`` ends (``Director, Instituto für
    Digitale Netze of Austria, said``: the writer's gloss of a name in another language), else ``at``."""
    link = _OF_COUNTRY_LINK.match(text, at)
    if link is None:
        return at
    country = next((c for c in country_spans(text[link.end() : link.end() + 60]) if c.start == 0), None)
    return link.end() + country.end if country else at


@cache
def _not_before_name() -> frozenset[str]:
    """Words before capitalised words that make them no person's name found by its job title
    (``person-cues.csv``, kind ``not-before-name``: ``of``, ``for``, ``the``)."""
    return frozenset(r["phrase"].lower() for r in data_rows("person-cues.csv") if r["kind"] == "not-before-name")


@cache
def _named_after_heads() -> frozenset[str]:
    """Head nouns of a place or a thing named after a person (``person-cues.csv``, kind ``named-after``:
    ``Road``, ``Avenue``, ``Airport``, ``Prize``, ``Lecture``)."""
    return frozenset(r["phrase"].lower() for r in data_rows("person-cues.csv") if r["kind"] == "named-after")


def _named_after(text: str, name: str, end: int) -> bool:
    """Whether a person's name is part of the name of a place or a thing named after them: its last word,
    or the word right after it, a head of kind ``named-after`` (``Colonel Sanders Road``, ``the Dr Ana Lobo
    Memorial Lecture``, ``Mr Ole Berg International Airport``)."""
    following = _CAPITALISED_AFTER.match(text, end)
    words = [name.split()[-1], *(following.group(0).split() if following else ())]
    heads = _named_after_heads()
    return any(w.lower() in heads and w[:1].isupper() for w in words)


def _full_name_in_brackets(text: str, end: int, surname: str) -> tuple[str, int] | None:
    """``Ms Okonjo (Adaeze Okonjo, BDT Programme Coordinator)``: the full name in brackets right
    after a surname (ending with it) and where it ends, else None."""
    bracket = _OPEN_BRACKET.match(text, end)
    full = _bare_name_re().match(text, bracket.end()) if bracket else None
    if (
        full is None
        or full.group(0).split()[-1].lower() != surname.lower()
        or text[full.end() : full.end() + 1] not in ",)"
    ):
        return None
    return clean_name(full.group(0)), full.end()


def speaking_countries(text: str) -> list[Span]:
    """Country spans, each widened over a lead such as ``the representative of`` (the country speaks)."""
    out = []
    for s in country_spans(text):
        if lead := _FOR_COUNTRY.search(text[: s.start]):
            s = Span(lead.start(), s.end, s.kind, s.keys, s.text)
        out.append(s)
    return out


def _merge(*groups: list[Span]) -> list[Span]:
    """The spans of ``groups`` without overlaps, an earlier group first; but a body whose name
    holds a post's role word wins (``its Rapporteur Group on X`` is the group, not a Rapporteur)."""
    bodies = [s for group in groups for s in group if s.kind == "body"]
    chosen: list[Span] = []
    for group in groups:
        for s in group:
            if s.kind == "post" and any(b.start <= s.start and s.end < b.end for b in bodies):
                continue
            if not any(s.start < c.end and c.start < s.end for c in chosen):
                chosen.append(s)
    return sorted(chosen, key=lambda s: s.start)
