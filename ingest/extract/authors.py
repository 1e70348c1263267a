"""Who speaks in a document: its author and the audience it addresses.

A report of a meeting speaks for the meeting's body; a Council document, a letter or a speech
speaks for its author, and a request it makes without naming who asks (``The Council is invited
to ...``, ``Participants are requested to ...``, ``I urge all Member States to ...``) is the
author's. The cues are in ``ingest/data/author-cues.csv``:

* ``header``: a front line ``Report by the Secretary-General``, ``Speech by NAME, ROLE``,
  ``Opening remarks by NAME`` (the document's title or one of its first paragraphs before its
  numbered sections);
* ``closing``: a letter's ``Yours faithfully,``: the person (else the post) named in the next
  paragraphs signs it (``NAME / Secretary-General``: NAME writes, as the holder of the post);
* ``recipients``: ``To: Administrations of Member States, Sector Members``: whom ``you`` means;
* ``formula``: ``I have the honour to invite you ...``: the words between ``I`` and the verb
  (:func:`.author_cues.first_person_formula`).

The agents are the spans the actor extractor found (:class:`~.persons.Resolver`); a post is kept
as the post (``Report by the Secretary-General``), a name in a header as the person (``Speech by
NAME, ROLE``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

import pycountry

from wsiskg.ingest.extract.addressee_phrases import (
    continues_recipients,
    join_shared_heads,
    known_groups,
    recipient_line,
    recipient_piece,
    region_names,
    remit_cut,
)
from wsiskg.ingest.extract.agent_resolver import Actors, Context, catalogue_label
from wsiskg.ingest.extract.author_cues import author_cues, cue_alternation
from wsiskg.ingest.extract.bodies import home_organization
from wsiskg.ingest.extract.casing import title_cased, without_article
from wsiskg.ingest.extract.gazetteer import collectives, roles
from wsiskg.ingest.extract.genre import only_cue, records_meeting, report_genre
from wsiskg.ingest.extract.header_fields import label_alternation
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_words import event_nouns
from wsiskg.ingest.extract.name_finder import BYLINE, is_byline
from wsiskg.ingest.extract.person_signatures import closing_formula
from wsiskg.ingest.extract.person_titles import is_title
from wsiskg.ingest.extract.submitters import Submitter, sender_country, submitter
from wsiskg.ingest.records import AgentRef, ParsedReport, Span
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH, alternation

#: how many first (last) paragraphs may hold a header (a signature)
_FRONT = 15
_BACK = 10
_AGENT_KINDS = ("person", "post", "posts", "body", "country")
#: ``X on behalf of Y`` in a header: Y speaks (through X)
_ON_BEHALF = re.compile(r"\s+on\s+behalf\s+of\s+", re.IGNORECASE)
#: a header cue's agent followed by a colon and a sentence in lower case: a note inside the document
_NOTE_TEXT = re.compile(r"[^:]{1,80}:\s+[a-z]")
#: the pieces of a recipients line
#: a bracketed aside of a recipients line, inside which no piece ends
_BRACKETED = re.compile(r"\([^()]*\)")
_PIECE_GAP = re.compile(rf"\s*(?:[,;]|\band\b|\bas\s+well\s+as\b|(?:^|\s){DASH}(?=\s))\s*")


@dataclass(frozen=True)
class Voice:
    """The author of a document (``None``: not stated) and the audience ``you`` names."""

    author: AgentRef | None = None
    audience: tuple[AgentRef, ...] = ()
    #: who signs the document (a closing's signatory, else a name then its role ending it)
    signatory: AgentRef | None = None


@cache
def _header() -> re.Pattern[str]:
    """``[Opening] remarks by WHO``, ``TRANSCRIPT OF THE OPENING STATEMENT by WHO``, ``WTISD 2012 -
    Message of WHO``, ``Welcome remarks - WHO`` (a speech's noun and a dash: ``header-dash`` cues): up to
    four words, the cue, then who (a short line)."""
    dashed = cue_alternation("header-dash")  # "Welcome remarks - Ms NAME"
    cue = rf"(?i:{cue_alternation('header')})|(?i:{dashed})\s*{DASH}"
    return re.compile(rf"^\W*(?:(?:[A-Za-z0-9][\w-]*|{DASH})\s+){{0,4}}?(?P<cue>{cue})\s+(?=\S)(?P<who>.{{1,200}})$")


@cache
def _header_rank() -> dict[str, int]:
    """Header cue -> its rank (the file's order: ``Report of the Council`` in an annex says
    more than the ``Note by the Secretary-General`` that transmits it)."""
    return {cue: i for i, cue in enumerate(author_cues("header"))}


@cache
def _role_gap() -> re.Pattern[str]:
    """A signature written on one line, ``NAME Director Telecommunication Development Bureau``: a
    role word of ``roles.csv`` between the name (ending in lower case) and the body, or ending the
    line (``NAME Secretary-General``)."""
    forms = [f for e in roles().values() for f in e.forms if f[:1].isupper() and not f.endswith("s")]
    return re.compile(rf"(?<=[a-z])\s+(?P<role>{alternation(forms, spaces=True)})(?:\s+(?=[A-Z])|\s*$)")


@cache
def _closing() -> re.Pattern[str]:
    """A letter's closing, alone or followed on its line by a short signature (``Yours faithfully,
    NAME``, ``Yours faithfully, NAME Director of the Telecommunication Standardization Bureau``)."""
    return re.compile(rf"^\W*{closing_formula()}\W*(?P<rest>(?<=\W)\S.{{0,160}})?$")


@cache
def _courtesy() -> re.Pattern[str]:
    """A letter's closing sentence, ``Please accept, Madam, Sir, the assurance of my highest
    consideration.``: the signatory follows (``courtesy`` cues, at the end of a paragraph)."""
    return re.compile(rf"\b(?i:{cue_alternation('courtesy')})\W*$")


@cache
def _recipients() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?i:{cue_alternation('recipients')})\s*:\s*(?P<who>.*)$")


@cache
def _run_in_recipients() -> re.Pattern[str]:
    """A ``To:`` field a PDF's layout ran into the fields around it (``Ref: TSB Circular 12 Contact: X
    To: Administrations of Member States; ITU-T Sector Members Subject: ...``): who, up to the next
    field label (``letter-fields`` cues: ``Subject:``, ``Copy:``, ``Tel.:``)."""
    fields = f"{cue_alternation('letter-fields')}|{cue_alternation('copies')}"
    cues = author_cues("recipients")
    label = alternation([c.capitalize() for c in cues] + [c.upper() for c in cues])  # "To:", never "invited to:"
    return re.compile(rf"(?<=\S)\s+(?:{label})\s*:\s*(?P<who>.+?)(?=\s+(?i:{fields})\.?\s*:|$)")


@cache
def _listed_recipients() -> re.Pattern[str]:
    """A ``To`` line with no colon listing its recipients between semicolons (``To Administrations of Member States;
    ITU-T Sector Members; Chairmen of Study Group 5``): who, as a ``To:`` line's; one recipient with no colon (``To the
    Secretary-General``) is read by ``request_addressees._addressed_to``."""
    cues = author_cues("recipients")
    label = alternation([c.capitalize() for c in cues] + [c.upper() for c in cues])
    return re.compile(rf"^\s*(?:{label})\s+(?P<who>[A-Z][^.:!?;]*(?:;\s*[A-Z][^.:!?;]*)+);?\s*$")


@cache
def _copies() -> re.Pattern[str]:
    """``Copy:`` / ``cc:``: the lines after it are copied the letter, not its audience."""
    return re.compile(rf"^\s*(?i:{cue_alternation('copies')})\s*:")


@cache
def meeting_members() -> re.Pattern[str]:
    """A subject that is the meeting's own members (``members`` cues): ``The members``, ``Participants``,
    ``Several experts``; in a meeting's record they speak for its body."""
    return re.compile(rf"(?:(?i:the|all(?:\s+the)?|several|many|some|most)\s+)?(?i:{cue_alternation('members')})")


def submitting_country(report: ParsedReport) -> str | None:
    """The one country whose document this is: its submitter (:func:`.submitters.submitter`), else, in a letter,
    the country its first lines say it is sent from (``Accra, Ghana``)."""
    found = submitter(report)
    if found is not None and found.country is not None:
        return found.country
    if report_genre(report) == "letter":
        return sender_country([p.text for p in report.paragraphs[:2]])
    return None


def _first_agent(spans: list[Span], start: int) -> Span | None:
    """The agent span that starts the phrase at ``start`` (after ``the``)."""
    for s in sorted(spans, key=lambda s: s.start):
        if s.start >= start and s.kind in _AGENT_KINDS:
            return s if s.start - start <= len("the ") else None
    return None


def _header_author(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The agent after the best-ranked header cue in the title or a first paragraph."""
    submitted = submitter(report)
    found: list[tuple[int, AgentRef]] = []
    over_title = submitted is not None and submitted.form == "over-title" and not submitted.joint  # a letterhead
    if submitted is not None and not over_title and (agent := _submitted_agent(actors, submitted)):
        found.append((len(_header_rank()), agent))  # "Original: Spanish" over "Republic of Chile, ...": its source
    texts: list[tuple[int | None, str]] = [(None, report.title or "")]
    texts += [(p.order, p.text) for p in report.paragraphs[:_FRONT] if p.section == "front"]
    for i, (order, text) in enumerate(texts):
        if (speaker := _speaker_below(actors, text, texts[i + 1 : i + 2])) is not None:
            found.append((_header_rank().get("speech by", 99), speaker))
        text = _after_language(text)  # "Agenda item: 7 Document C31/4-E Original: English Report by the ..."
        if not (m := _header().match(text.strip())) or _NOTE_TEXT.match(m.group("who")):
            continue  # "Note by the secretariat: in this summary, dates ...": a note, not a byline
        ref = _agent_after(actors, order, text.strip(), m.start("who")) or _group_after(actors, order, m.group("who"))
        # "ADDRESS BY THE CHAIR OF THE CONFERENCE" over "NAME, Minister": NAME; so "REMARKS BY THE UNITED
        # NATIONS RESIDENT COORDINATOR" over "Ms NAME" (a body that only says whose the post is)
        # "ADDRESS OF THE HONOURABLE MINISTER, DR. NAME": a group of words read as who yields to the person named
        if (
            ref is None
            or ref.kind in ("post", "collective")
            or _body_before_role(actors, order, text.strip(), m.start("who"))
        ):
            ref = (
                _named_holder(actors, order, text.strip(), m.start("who"))
                or _byline_person(actors, texts[i + 1 : i + 2])
                or ref
                or _home_post(report, actors, m.group("who"))  # "Report by the Secretary-General" of no meeting
            )
        if delivered := _DELIVERED.search(m.group("who")):  # "Statement of Kenya delivered by the Minister, NAME"
            ref = _named_holder(actors, order, text.strip(), m.start("who") + delivered.end()) or ref
        if behalf := _ON_BEHALF.search(m.group("who")):  # "Statement by Egypt on behalf of the Arab Group": the group
            at = m.start("who") + behalf.end()
            ref = _agent_after(actors, order, text.strip(), at) or _group_after(actors, order, text.strip()[at:]) or ref
        if ref is not None and ref.kind == "person" and _persons_after(actors, order, text.strip(), m.start("who")) > 1:
            continue  # "Joint remarks of Ms A and Mr B": no one speaker
        if (
            ref is not None
            and submitted is not None
            and submitted.joint
            and (submitted.joint[:1] == (ref.key,) or submitted.who in m.group("who"))
        ):  # "Source: Estonia, Finland and Latvia", "Contribution from the Arab States: Algeria, Bahrain, ...":
            ref = _joint_author(submitted)  # the countries, as one author
        if ref is not None:
            found.append((_header_rank().get(" ".join(m.group("cue").lower().split()), 99), ref))
    return min(found, key=lambda f: f[0])[1] if found else None


#: what may end a line that names a country alone: a footnote mark, brackets, a dot
_SOURCE_END = re.compile(r"[\s*.,;:]*(?:\(\d{1,2}\)|\*+)?[\s.]*$")


def _submitted_agent(actors: Actors, submitted: Submitter) -> AgentRef | None:
    """The agent the submitter's line names (:func:`.submitters.submitter`): the countries of a joint
    submission as one author, else the first country or body who names, when it is nothing but
    countries and organisations, else the group it names (:func:`_group_after`). A country over a
    title in capitals is no author (a letterhead: the letter's signatory writes)."""
    if submitted.joint:
        return _joint_author(submitted)
    span = _first_agent(actors.resolver.spans_in(submitted.who), 0)
    whole = span is not None and (submitted.whole or _SOURCE_END.fullmatch(submitted.who[span.end :]) is not None)
    refs = actors.resolver.ref(span) if span is not None and whole and span.kind in ("body", "country") else []
    return refs[0] if refs else _group_after(actors, None, submitted.who)  # "Administrations of the RCC ..."


def _joint_author(submitted: Submitter) -> AgentRef:
    """The countries of a joint submission as one author named by their short names (``Estonia,
    Finland and Latvia``)."""
    labels = [short_country_name(AgentRef("country", code, code)) for code in submitted.joint]
    label = ", ".join(labels[:-1]) + " and " + labels[-1]
    return AgentRef("collective", slug(label), label)


def front_country(report: ParsedReport, actors: Actors) -> str | None:
    """The country a front line names alone (``Japan`` over a minister's statement), when one does."""
    found: set[str] = set()
    for p in report.paragraphs[:_FRONT]:
        if p.section != "front":
            break
        span = _first_agent(_spans_of(actors, p.order, p.text.strip()), 0)
        if span is not None and span.kind == "country" and _SOURCE_END.fullmatch(p.text.strip()[span.end :]):
            found.update(r.key for r in actors.resolver.ref(span)[:1])
    return found.pop() if len(found) == 1 else None


def _speaker_below(actors: Actors, text: str, below: list[tuple[int | None, str]]) -> AgentRef | None:
    """A line that only names a speech (``Keynote address``, ``WELCOME ADDRESS``: a ``line`` cue
    of ``genre_cues.csv``) over a line that starts with a person's name: that person speaks."""
    if not below or below[0][0] is None:
        return None
    if only_cue(text) != "speech" and not (
        _speech_title().search(text.strip()) and BYLINE.fullmatch(below[0][1].strip())
    ):
        return None
    return _byline_person(actors, below)


#: what may follow a body that is the whole agent of a header (``Statement by the AU on behalf of ...``)
_AFTER_AGENT = re.compile(r"\s*(?:$|[^\w\s]|(?i:and|on|of|for|in|at|to|with|through)\b)")


def _body_before_role(actors: Actors, order: int | None, text: str, start: int) -> bool:
    """Whether the agent a header names at ``start`` is a body followed by more words (``the UNITED
    NATIONS RESIDENT COORDINATOR FOR FIJI``, ``the UNESCO Assistant Director-General``): the body only
    says whose post it is, a post the roles table may not know; the person named is the speaker."""
    span = _first_agent(_spans_of(actors, order, text), start)
    return span is not None and span.kind == "body" and _AFTER_AGENT.match(text, span.end) is None


@cache
def _language_then_cue() -> re.Pattern[str]:
    header = cue_alternation("header")
    return re.compile(rf"\b(?i:{label_alternation('language')})\s*:\s*[A-Za-z]+\s+(?=(?i:{header})\s)")


def _after_language(text: str) -> str:
    """A cover block's fields run into one line (a PDF's layout lost) end with the language field
    before the byline: the byline alone (``... Original: English Report by the Secretary-General``)."""
    found = _language_then_cue().search(text)
    return text[found.end() :] if found else text


#: who speaks a statement written in another's name: ``Statement of Kenya, delivered by NAME, Minister``
_DELIVERED = re.compile(r"\b(?i:delivered|presented|read|made)\s+by\s+")


def _home_post(report: ParsedReport, actors: Actors, who: str) -> AgentRef | None:
    """A header's bare role of an organisation's head (``Report by the Secretary-General``: a role of
    scope ``home`` in ``role-scopes.csv`` that presides over no body) that no meeting body places: the
    post in the organisation of the first catalogue body the front names (``COUNCIL 2012``: ITU's)."""
    bare = re.sub(r"^(?i:the)\s+", "", who.strip(" .,:;")).lower()
    heads = (k for k, e in roles().items() if e.scope == "home" and not e.presides)  # no President of a conference
    role = next((k for k in heads if bare in {f.lower() for f in roles()[k].forms}), None)
    texts = [report.title or ""] + [p.text for p in report.paragraphs[:_FRONT] if p.section == "front"]
    for text in texts if role is not None else ():
        spans = sorted(actors.resolver.spans_in(title_cased(text) if text.isupper() else text), key=lambda s: s.start)
        if home := next((h for s in spans if s.kind == "body" and (h := home_organization(s.keys[0]))), None):
            key = f"{home}/{role}"
            return AgentRef("post", key, actors.resolver.labels.get(key) or catalogue_label("post", key))
    return None


def _named_holder(actors: Actors, order: int | None, text: str, start: int) -> AgentRef | None:
    """The person a header names after a post (``Remarks by the Chair of X, Ms NAME, ROLE``): the
    one who speaks (docs/annotation-guide.md, decision 11)."""
    people = [s for s in _spans_of(actors, order, text) if s.kind == "person" and s.start >= start]
    refs = actors.resolver.ref(people[0]) if people else []
    return refs[0] if refs and refs[0].kind == "person" else None


def _persons_after(actors: Actors, order: int | None, text: str, start: int) -> int:
    """How many persons a header names after ``start``."""
    return len({k for s in _spans_of(actors, order, text) if s.kind == "person" and s.start >= start for k in s.keys})


def _byline_person(actors: Actors, below: list[tuple[int | None, str]]) -> AgentRef | None:
    """The person a byline (``NAME, ROLE, Country``: a line with no sentence) starts with."""
    if not below or below[0][0] is None or not is_byline(below[0][1]):
        return None
    ref = _agent_after(actors, below[0][0], below[0][1].strip(), 0)
    return ref if ref is not None and ref.kind == "person" else None


@cache
def _speech_title() -> re.Pattern[str]:
    """A title that ends with a speech's name or names it before whose it is (``MODERATOR'S
    INTRODUCTORY AND CLOSING REMARKS``, ``Closing remarks of the Chairman of the Council``: the
    ``line`` cues of the speech genre in ``genre_cues.csv``)."""
    cues = [r["cue"] for r in data_rows("genre_cues.csv") if r["genre"] == "speech" and r["match"] == "line"]
    return re.compile(
        rf"^.{{0,60}}(?<![\w-])(?i:{alternation(cues, spaces=True)})(?:\s+(?i:of|from|for)\s.{{1,80}})?[\s.:]*$"
    )


def _agent_after(actors: Actors, order: int | None, text: str, start: int) -> AgentRef | None:
    """The agent that starts ``text`` at ``start``: the paragraph's spans, else found afresh (an
    upper-case title read in title case)."""
    span = _first_agent(_spans_of(actors, order, text), start)
    refs = actors.resolver.ref(span) if span is not None else []
    return refs[0] if refs else None


def _spans_of(actors: Actors, order: int | None, text: str) -> list[Span]:
    """The agent spans of ``text`` (paragraph ``order``'s, else found afresh; upper case read in title case)."""
    resolver = actors.resolver
    if order is not None and not text.isupper():
        offset = resolver.texts.get(order, text).find(text)
        return [Span(s.start - offset, s.end - offset, s.kind, s.keys, s.text) for s in resolver.spans.get(order, [])]
    return resolver.spans_in(title_cased(text) if text.isupper() else text)


def short_country_name(country: AgentRef) -> str:
    """A country as a list of co-authors names it: ISO 3166's common name, else its name before a
    comma (``Bolivia, Plurinational State of``: ``Bolivia``), else the label as written."""
    found = pycountry.countries.get(alpha_3=country.key)
    if found is None:
        return country.label
    return str(getattr(found, "common_name", None) or found.name.split(", ")[0])


@cache
def _drafting_organ() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{cue_alternation('drafting-organ')})\b")


def contributors(report: ParsedReport, author: AgentRef | None, actors: Actors) -> tuple[AgentRef, ...]:
    """Who a contribution's requests are credited to (annotation guide, decision 22): the countries
    and bodies its submitter's line names when it is nothing but them (:func:`.submitters.submitter`:
    each country of a joint contribution, ``Chile, Kenya and Norway``; the body whose members submit
    it, ``APT Member Administrations``: the APT), else its author; a country by its short name
    (:func:`short_country_name`: ``Republic of Chile`` asks as ``Chile``)."""
    if author is None or author.kind == "person" or _drafting_organ().search(author.label):
        return ()  # "Editorial Committee": the conference drafting its own texts
    if author.kind == "post" and (report_genre(report) != "contribution" or _drafting_organ().search(author.key)):
        return ()  # "Chair, Committee 5" drafting for its conference; "Contribution by the Secretary-General" asks
    submitted = submitter(report)
    if submitted is None or not (submitted.whole or submitted.joint) or author != _submitted_agent(actors, submitted):
        return (author,)  # "Arab Group" over the Arab countries that submit with it: the group asks
    spans = sorted(actors.resolver.spans_in(submitted.who), key=lambda s: s.start)
    kinds = ("country",) if submitted.joint and not submitted.whole else ("country", "body")  # a title run in
    refs = {(r.kind, r.key): r for s in reversed(spans) if s.kind in kinds for r in actors.resolver.ref(s)[:1]}
    named = (replace(r, label=short_country_name(r)) if r.kind == "country" else r for r in reversed(refs.values()))
    return tuple(named) or (author,)


#: where the name of a group that writes ends: a footnote mark, brackets, a comma, ``through``
_GROUP_END = re.compile(r"\s*(?:[*(,;:]|\bthrough\b|$)")
#: the members of a body: ``the Member States of``, ``the Administrations of``
_MEMBERS_OF = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){1,3}of\s+")
#: a group's name written as a name: capitalised words (``the Arab States``, ``African Administrations``,
#: ``Kgolagano Community Media Trust``), not headed by an event noun (``THE FIFTH MEETING``)
_GROUP_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w.-]*){1,4}")


@cache
def _event_nouns() -> frozenset[str]:
    """Head nouns of events (``event_nouns.csv``): ``THE FIFTH MEETING`` names no group."""
    return frozenset(noun.lower() for noun in event_nouns())


def _group_after(actors: Actors, order: int | None, who: str) -> AgentRef | None:
    """The group a header names when no agent starts it: the body whose members it names
    (``STATEMENT ON BEHALF OF THE MEMBER STATES OF CITEL``, ``Contribution from the Administrations of
    the Regional Commonwealth in the field of Communications (RCC)``: the body), else the one group
    the resolver reads in the capitalised words before a footnote mark, a bracket, a comma or
    ``through`` (``Contribution from the Arab States*``, ``Source: African Administrations, through the
    ATU``), as written, or the one body it reads there (``Vireo Radio AB (Sweden)``). The meeting of a
    body (``REPORT OF THE THIRD MEETING OF THE COUNCIL EXPERT GROUP ON X``) is no group that writes: a
    record speaks for the meeting."""
    written = who.strip()
    who = title_cased(written) if written.isupper() else written
    members = _MEMBERS_OF.match(who)
    if members is not None and _event_nouns().isdisjoint(w.lower() for w in members.group(0).split()):
        for text in dict.fromkeys((who, who[: members.end()] + written[members.end() :])):  # "OF CITEL"
            span = _first_agent(actors.resolver.spans_in(text), members.end())
            refs = actors.resolver.ref(span) if span is not None and span.kind == "body" else []
            if refs:
                return refs[0]
    name = who[: _GROUP_END.search(who).start()]  # type: ignore[union-attr]
    if not _GROUP_NAME.fullmatch(name) or name.split()[-1].lower() in _event_nouns():
        return None
    name = without_article(name)
    found = actors.resolve_agents(name, Context(order or 0, 0))
    if len(found) == 1 and found[0].kind == "body":
        return found[0]  # "Vireo Radio AB (Sweden)" under the language field: the company the report names
    return named_group(found[0], name) if len(found) == 1 and found[0].kind == "collective" else None


#: a letterhead line that is only a post's role: ``The Chair``, ``Office of the Secretary-General``
_HEAD_ROLE = re.compile(r"^(?:(?:the\s+)?office\s+of\s+)?(?:the\s+)?(?P<role>.{2,60}?)\W*$", re.IGNORECASE)


def _letterhead(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The post a letterhead names under its body (``UNITED NATIONS`` / ``Commission on X`` / ``The
    Chair``: the Chair of the Commission), else the body or post a letter's first line is (``Strategy
    and Policy Unit`` / ``General Secretariat`` over the reference): who writes a letter whose
    signature is not there (an excerpt)."""
    return _letterhead_post(report, actors) or _letterhead_line(report, actors)


def _letterhead_post(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """``The ROLE`` among a letter's first lines (before its reference, date or ``To:``): the post of
    that role in the nearest body named above it."""
    lines = [report.title.strip()] if report.title else []
    lines += [p.text.strip() for p in report.paragraphs[:6] if p.section == "front" and p.text.strip()]
    for i, line in enumerate(lines[:5]):
        head = _HEAD_ROLE.match(line)
        if head is None or not _role_start().fullmatch(head.group("role")):
            continue
        for above in reversed(lines[:i]):
            body = title_cased(above) if above.isupper() else above
            found = actors.resolve_agents(f"{head.group('role')} of the {body}", Context(0, 0))
            if len(found) == 1 and found[0].kind == "post":
                return found[0]
        return None
    return None


def _letterhead_line(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The body or post a letter's first line is."""
    first = next((p for p in report.paragraphs if p.text.strip()), None)
    if report.title:  # the first line, read as the title
        text, spans = report.title.strip(), actors.resolver.spans_in(report.title.strip())
    elif first is not None and first.section == "front":
        text = first.text.strip()
        offset = actors.resolver.texts.get(first.order, first.text).find(text)
        spans = [
            replace(s, start=s.start - offset, end=s.end - offset) for s in actors.resolver.spans.get(first.order, [])
        ]
    else:
        return None
    spans = [s for s in spans if s.kind in ("body", "post")]
    whole = [s for s in spans if s.start <= len("the ") and s.end >= len(text.rstrip(" ,."))]
    refs = actors.resolver.ref(whole[0]) if len(whole) == 1 else []
    if refs and all(r.kind == "collective" for r in actors.resolve_agents(text, Context(0, 0))):
        return None  # "Radiocommunication Study Groups" heading a Sector's documents: its groups, no writer
    return refs[0] if refs else None


def co_signatories(report: ParsedReport, actors: Actors) -> tuple[AgentRef, ...]:
    """The persons who sign a letter together (co-facilitators, co-chairs: annotation guide, decision
    18), each named at the start of a short line after its closing (``NAME`` / ``NAME`` / ``ROLE`` /
    ``ROLE``, ``NAME and NAME``); ``()`` when one person signs."""
    paragraphs = report.paragraphs[-_BACK:]
    at = next((i for i, p in enumerate(paragraphs) if _closing().match(p.text) or _courtesy().search(p.text)), None)
    found: list[AgentRef] = []
    for q in paragraphs[at + 1 : at + 7] if at is not None else ():
        text = q.text.strip()
        offset = actors.resolver.texts.get(q.order, q.text).find(text)
        people = [s for s in actors.resolver.spans.get(q.order, []) if s.kind == "person"]
        if len(text) > 120 or not people or people[0].start > offset:
            continue  # "For questions, contact Ms A": no signature
        found += [r for s in people for r in actors.resolver.ref(s)[:1] if r.kind == "person" and r not in found]
    return tuple(found) if len(found) > 1 else ()


def _signatory(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The person (else the post) who signs after a letter's closing; a post whose holder's name the parser
    took for the title of a headless letter (``With my best regards,`` / ``Chairman, X`` under a title that
    is the name) is that person's."""
    found = _closing_signatory(report, actors)
    if found is None or found.kind != "post":
        return found
    titled = _title_signatory(report, actors)
    held = titled is not None and any(p.key == titled.key and found.key in p.posts for p in actors.persons)
    return titled if held else found


def _closing_signatory(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The person (else the post) named in the paragraphs after a letter's closing."""
    paragraphs = report.paragraphs[-_BACK:]
    for i, p in enumerate(paragraphs):
        closing = _closing().match(p.text)
        if closing is None and not _courtesy().search(p.text):  # "Accept, Sir, the assurance of my ..."
            continue
        block = paragraphs[i + 1 : i + 4]
        after = [s for s in actors.resolver.spans.get(p.order, []) if closing and closing.start("rest") >= 0]
        after += [s for q in block for s in actors.resolver.spans.get(q.order, [])]
        # "NAME / Director / Telecommunication Development Bureau": the post read across the lines;
        # "NAME Director Telecommunication Development Bureau" on one line: the post after the name
        lines = [_role_gap().sub(r", \g<role>, ", q.text.strip()) for q in block]
        after += actors.resolver.spans_in(", ".join(lines))
        for kind in ("person", "post"):  # the person who signs (as a speech is its speaker's), else the office
            if found := [s for s in after if s.kind == kind]:
                return actors.resolver.ref(found[0])[0]
    return None


#: a line of a speech's heading, no sentence (``Keynote address - Session 1: "X"``, ``NAME, Director, BDT``,
#: ``Closing remarks of the Chair, H.E. Ms NAME (Country)``): a salutation or a line of prose, which ends
#: with a stop or a comma, ends the heading
_HEADING_LINE = re.compile(r".{3,300}(?<![.,;:!?])", re.DOTALL)


def _heading_person(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The one person a speech's heading names (its title and the front lines before the first line of
    prose or the salutation): the speaker, whatever cue or none introduces them (``Closing remarks of
    the Chair, Mr NAME``, ``Keynote address - Session 1`` over ``Mr NAME, Director, BDT``, ``[Message of
    the Minister, Ms NAME, for X Day]``)."""
    found: list[AgentRef] = []
    lines: list[tuple[int | None, str]] = [(None, report.title or "")]
    lines += [(p.order, p.text) for p in report.paragraphs[:_FRONT] if p.section == "front"]
    for order, text in lines:
        if order is not None and not _HEADING_LINE.fullmatch(text.strip().strip("[]")):
            break
        people = [s for s in _spans_of(actors, order, text.strip()) if s.kind == "person"]
        found += [r for s in people for r in actors.resolver.ref(s)[:1] if r.kind == "person" and r not in found]
    return found[0] if len(found) == 1 else None


def _last_line_person(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The person whose name alone is a message's last line (only bracketed notes after it): who speaks,
    signing with no post (``... behind.`` / ``NAME``; the persons reader reads that line as a signature)."""
    lines = [p for p in report.paragraphs[-_BACK:] if not p.text.strip().startswith("[")]
    if not lines:
        return None
    last = lines[-1]
    text = actors.resolver.texts.get(last.order, last.text)
    people = [s for s in actors.resolver.spans.get(last.order, []) if s.kind == "person"]
    if len(people) != 1 or text[: people[0].start].strip() or text[people[0].end :].strip(" ."):
        return None
    refs = actors.resolver.ref(people[0])
    return refs[0] if refs and refs[0].kind == "person" else None


def _title_signatory(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The person whose name is the whole title (after an honorific): a letter or a speech with no
    heading, whose signature's name the parser took for its title (the persons reader reads it as the
    signature: :func:`.persons._title_signature`)."""
    title = slug((report.title or "").strip(" []"))
    found = [
        p for p in actors.persons if title == p.key or (title.endswith(f"-{p.key}") and len(title) - len(p.key) <= 12)
    ]
    return AgentRef("person", found[0].key, found[0].name) if len(found) == 1 else None


def _signature_block(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The person of the last signature block with no closing before it: a paragraph that is only
    a person's name, then one that starts with a role (``NAME`` / ``Director``, ``NAME`` /
    ``Chairman, CWG-COP``), or a name and its role on one line (``NAME Director``, ``NAME,
    Chairman``, above a ``Distribution:`` line)."""
    paragraphs = report.paragraphs[-_BACK:]
    speech = report_genre(report) == "speech"
    for p, after in reversed(list(zip(paragraphs, [*paragraphs[1:], None], strict=True))):
        text = p.text.strip()
        people = [s for s in actors.resolver.spans.get(p.order, []) if s.kind == "person"]
        offset = actors.resolver.texts.get(p.order, p.text).find(text)
        if len(people) != 1 or (len(text) > 80 and not (speech and is_byline(text))) or people[0].start - offset > 0:
            continue  # "Contact: Mrs A" is no signature
        rest = text[people[0].end - offset :].strip(" ,.()")
        below = after.text.strip() if after is not None else ""
        role = rest or below
        if not _signs(role) and not (speech and _signs_speech(rest, below)):
            continue  # "NAME" / "Chief, Human Resources Management Department": a job title signs too
        refs = actors.resolver.ref(people[0])
        if refs and refs[0].kind == "person":
            return refs[0]
    return None


def _signs(role: str) -> bool:
    """Whether ``role``, the words after a name at a document's end, is a post or a job title that signs."""
    return _role_start().match(role) is not None or (len(role) <= 120 and is_title(role))


def _signs_speech(rest: str, below: str) -> bool:
    """Whether a name at a speech's end signs it (a message signed by its speaker): its line or the next one
    says who the speaker is in any words, with no sentence (``Hon. NAME, MP`` / ``MINISTER OF INFORMATION``,
    ``NAME, Second Vice-President of the Republic``, ``Mme NAME`` / ``Ministre de la Communication``)."""
    return any(is_byline(line) or _signs(line) for line in (rest, below) if line)


@cache
def _role_start() -> re.Pattern[str]:
    """A line that starts with a role word of ``roles.csv`` (``Director``, ``Chairman, CWG-X``)."""
    forms = [f for e in roles().values() for f in e.forms if f[:1].isupper()]
    return re.compile(rf"(?:{alternation(forms, spaces=True)})(?![\w-])")


def _audience(report: ParsedReport, actors: Actors) -> tuple[AgentRef, ...]:
    """Whom a ``To:`` line of the front addresses (collectives, bodies, countries, posts): the rest of
    the line, else the list items after it (a letter's address block beside its reference block). A
    short line without a colon (``To the Secretary-General``) is read by
    ``request_addressees._addressed_to``."""
    front = report.paragraphs[:_FRONT]
    for i, p in enumerate(front):
        if not (
            m := _recipients().match(p.text + " ")
            or _run_in_recipients().search(p.text)
            or _listed_recipients().match(p.text)
        ):
            continue
        if m.group("who").strip():
            lines = [(p.order, m.start("who"), m.group("who"))]
            for q in front[i + 1 : i + 6]:  # "To: Administrations of ...", then "ITU-D Sector Members" on its own line
                if not continues_recipients(q.text):
                    break
                lines.append((q.order, 0, q.text))
        else:
            block = front[i + 1 : i + 7]
            end = next((j for j, q in enumerate(block) if _copies().match(q.text)), len(block))
            lines = [(q.order, 0, q.text) for q in block[:end] if q.kind == "list-item"]
        found = [r for order, at, who in lines for r in _recipient_groups(actors, order, at, who)]
        return tuple(dict.fromkeys(found))
    return ()


def _recipient_groups(actors: Actors, order: int, at: int, line: str) -> list[AgentRef]:
    """The groups a recipients line lists, one per piece between commas, ``;`` and ``and``,
    each named as written (``Administrations of ITU Member States``); bodies and countries
    only where the line names no group (``To: ITU-R, ITU-T and ITU-D Sector Members``); a group
    before a colon is the line's (``WSIS Stakeholders: Governments, Civil Society``: its members)."""
    head, colon, _ = line.partition(":")
    if colon and head.strip() and (lead := _recipient_groups(actors, order, at, head)):
        if all(r.kind == "collective" for r in lead):
            return lead  # "WSIS Stakeholders: Governments, Private Sector, ...": the group its members make
    groups: list[AgentRef] = []
    others: list[AgentRef] = []
    start = 0
    line = recipient_line(line)  # "WSIS stakeholders concerned with Action Lines C3, C7 and C9": the stakeholders
    # "Ministry of Information and Communications Technology": no gap inside a body's name, nor inside
    # brackets ("Sector Members (operators, manufacturers and academia)")
    names = [(s.start, s.end) for s in actors.resolver.spans_in(line) if s.kind == "body"]
    names += [b.span() for b in _BRACKETED.finditer(line)]
    names += [r.span() for r in region_names().finditer(line)]  # "Member States in Asia and the Pacific"
    names += [g.span() for g in known_groups().finditer(line) if " and " in g.group(0)]  # "Heads of State and ..."
    gaps = [g for g in _PIECE_GAP.finditer(line) if not any(a < g.start() and g.end() < b for a, b in names)]
    for gap in [*gaps, None]:
        end = gap.start() if gap else len(line)
        start_of_piece = start
        piece, offset = recipient_piece(line[start:end]), at + start  # "Academia in the Europe region": Academia
        start = gap.end() if gap else end
        if not piece:
            continue
        # "Ministers in charge of ICT": the group its members make, named as written
        refs = actors.resolve_agents(remit_cut(piece), Context(order, offset))
        known = set(collectives().values())  # "Administrations of ITU Member States": the known group
        group = next((r for r in refs if r.key in known), None) or next(
            (r for r in refs if r.kind == "collective"), None
        )
        if group is not None and piece != line[start_of_piece:end].strip():  # "ITU Member States [in the X region]"
            groups.append(AgentRef("collective", slug(piece), piece))  # a group of its own: no other label lost
        elif group is not None:
            groups.append(named_group(group, piece))
        others += [r for r in refs if r.kind in ("body", "country", "post")]
    return list(join_shared_heads(groups, line)) or others  # "international and regional organizations"


def named_group(group: AgentRef, label: str) -> AgentRef:
    """``group`` as written in ``label``: the collective itself when ``label`` is its phrase
    (``all Member States``), else a group of its own, keyed by its label (``Delegates requiring
    an entry visa``, ``Administrations of ITU Member States``): a report's groups are one per key."""
    label = " ".join(label.split())
    bare = without_article(label, "the", "all", case="any")
    if collectives().get(bare.lower()) == group.key:
        return replace(group, label=label)
    return AgentRef("collective", slug(bare), label)


def document_voice(report: ParsedReport, actors: Actors) -> Voice:
    """The author (a header cue, else a letter's signatory, else — in a document that records no
    meeting — the person of a signature block, else a letter's letterhead) and the audience of ``report``."""
    signed = _signatory(report, actors)
    block = _signature_block(report, actors) if signed is None else None
    author = _header_author(report, actors) or signed or (block if not records_meeting(report) else None)
    author = author or (_letterhead(report, actors) if report_genre(report) == "letter" else None)
    author = author or proposer(report, actors)
    author = author or (_heading_person(report, actors) if report_genre(report) == "speech" else None)
    author = author or (_last_line_person(report, actors) if report_genre(report) == "speech" else None)
    author = author or _title_signatory(report, actors)
    author = author or _council_document_author(report)
    if author is not None and author.kind == "post":
        author = _post_signed(report, actors, author, signed or block)
    return Voice(author, _audience(report, actors), signed or block)


def _post_signed(report: ParsedReport, actors: Actors, post: AgentRef, signed: AgentRef | None) -> AgentRef:
    """Who asks for a document a post's header names (decision 11: the person named, the post alone when
    none is): the person who signs under that post (``Note by the Director`` ... ``NAME`` / ``Director``),
    unless the document records a meeting of a known genre (a chairman's report is its group's, decision
    10); the post's one holder when its signature is the post alone or a speech or letter names the
    holder (``I am Dr NAME, SG``); a report by the Secretary-General otherwise stays the post's."""
    genre = report_genre(report)
    signs = _signs_as(report, actors, signed, post)
    if signs and (genre in _SIGNED_GENRES or genre is None or not records_meeting(report)):
        return signed or post  # "MESSAGE FROM THE ITU SECRETARY-GENERAL", "Note by the Director" ... NAME / Director
    if (signed is not None and signed.key == post.key and genre != "chair-report") or (
        genre in _SIGNED_GENRES - {"secretary-general"}
    ):
        return _one_holder(actors, post) or post  # "NAME" / "Secretary-General", the name read as no span
    return post


def _one_holder(actors: Actors, post: AgentRef) -> AgentRef | None:
    """The one person the report names in the post a speech's or letter's header names (decision 11:
    the person named speaks, the post alone when none is)."""
    people = [p for p in actors.persons if post.key in p.posts]
    return AgentRef("person", people[0].key, people[0].name) if len(people) == 1 else None


#: a Council document's symbol (``Document C31/35-E``, ``C26/INF/11-E``), and a front line that says it records a
#: sitting
_COUNCIL_SYMBOL = re.compile(r"(?<![\w/])C\d{2}/(?:INF/)?\d{1,3}(?:\s*\(Rev\.\s*\d\))?-[EFSARC]\b")
#: what a document put to the Council asks of it: ``The Council is invited to``, ``Action required by the Council``
_TO_THE_COUNCIL = re.compile(r"\bCouncil\s+is\s+(?:invited|requested|asked)\b|\b[Aa]ction\s+required\b")
#: a page's running line that is only the document's symbol and a page number (``C26/30-E - 6``): an
#: excerpt cut before its cover still shows whose document it is
_PAGE_LINE = re.compile(r"\s*(?:-?\s*\d{1,3}\s*-\s*)?\S{6,20}(?:\s*-\s*\d{1,3}(?:\s*-)?)?\s*")
_PROSE = re.compile(r"^\W*[a-z]|\S(?:\s+\S+){12,}[.;:]\s*$")
_RECORD_LINE = re.compile(r"(?i)\b(?:summary\s+record|minutes|record\s+of|decisions?\s+of|resolutions?\s+of)\b")


def _council_document_author(report: ParsedReport) -> AgentRef | None:
    """The Secretary-General as the author of a Council document (``Document C31/35-E`` on its cover)
    that names no other and puts something to the Council (``The Council is invited to ...``): the
    Council's documents are the Secretary-General's unless a header says whose (``Report by the
    Chairman of ...``); none for a record of a sitting (``SUMMARY RECORD``) or of the session."""
    front = [p.text for p in report.paragraphs[:_FRONT] if p.section == "front"]
    cover = next((i for i, t in enumerate(front) if _PROSE.search(t)), len(front))  # an excerpt's prose first: no cover
    titled = [report.title or "", *front]
    footer = any(_PAGE_LINE.fullmatch(p.text) and _COUNCIL_SYMBOL.search(p.text) for p in report.paragraphs)
    if not (footer or any(_COUNCIL_SYMBOL.search(t) for t in front[: min(cover, 5)])) or any(
        _RECORD_LINE.search(t) for t in titled
    ):
        return None
    if not any(_TO_THE_COUNCIL.search(p.text) for p in report.paragraphs):
        return None  # a report of the session ("The Council ... instructed"): no document put to the Council
    return AgentRef("post", "itu/secretary-general", catalogue_label("post", "itu/secretary-general"))


#: a proposal's number (``MOD B/45/7``, ``ADD ARB/62A4/1``, ``EUR/52A9/2``): its source's ITU symbol,
#: the conference document's number (and addendum), the proposal's number
_PROPOSAL = r"(?<![\w/])(?P<code>{codes})/\d{{1,3}}(?:\(?A(?:dd\.)?\s?\d{{1,2}}\)?)?/\d{{1,3}}(?![\w/])"
#: an amendment mark of a proposal: ``MOD``, ``ADD``, ``SUP`` (a modified, added, suppressed text)
_AMENDMENT = re.compile(r"(?<![\w-])(?:MOD|ADD|SUP)(?![\w-])")


@cache
def _proposal_symbols() -> tuple[re.Pattern[str], dict[str, str]]:
    """The proposal numbers (:data:`_PROPOSAL`) of the sources ``proposal-symbols.csv`` lists, and
    each symbol's source."""
    rows = {r["code"]: r["agent"] for r in data_rows("proposal-symbols.csv")}
    marked = rf"(?P<mark>(?<![\w-])(?:MOD|ADD|SUP)\s+)?{_PROPOSAL.format(codes=alternation(list(rows)))}"
    return re.compile(marked), rows


def proposer(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """Who submits a proposal for a conference's work that names no source in its header (an
    excerpt): the country or group whose ITU symbol opens its proposals' numbers (``MOD B/45/7``:
    Brazil; ``ADD ARB/62A4/1``: the Arab States; ``EUR/52A9/2`` over a ``MOD`` text: CEPT), the
    first number marked or standing alone in a short paragraph, in a document with amendment marks."""
    if report_genre(report) is not None and records_meeting(report):
        return None  # "MOD EUR/52A9/2 was approved": a summary record of the meeting that adopted it
    pattern, sources = _proposal_symbols()
    headings = [report.title or "", *(s.heading for s in report.sections)]  # "MOD B/45/7" read as a title
    texts = [*headings, *(p.text for p in report.paragraphs)]
    if not any(_AMENDMENT.search(t) for t in texts):
        return None
    for text in texts:
        for m in pattern.finditer(text):
            if m.group("mark") or len(text.strip()) <= len(m.group(0)) + 4:
                found = actors.resolve_agents(sources[m.group("code")], Context(0, 0))
                return found[0] if found else None
    return None


#: documents a person speaks or writes in his own name (a chairman's report speaks for the group: decision 10)
_SIGNED_GENRES = frozenset({"speech", "letter", "secretary-general"})


def _signs_as(report: ParsedReport, actors: Actors, person: AgentRef | None, post: AgentRef) -> bool:
    """Whether ``person`` signs the document under the role of ``post`` (``NAME`` / ``Secretary-General``,
    ``NAME, Director``): the person who holds the post its header names (decision 11)."""
    entry = roles().get(post.key.rsplit("/", 1)[-1])
    if person is None or person.kind != "person" or entry is None:
        return False
    role = re.compile(rf"[\s,]*(?i:{alternation(list(entry.forms), spaces=True)})(?![\w-])")
    paragraphs = report.paragraphs[-_BACK:]
    for p, after in zip(paragraphs, [*paragraphs[1:], None], strict=True):
        text = actors.resolver.texts.get(p.order, p.text)
        mine = [s for s in actors.resolver.spans.get(p.order, []) if s.kind == "person" and person.key in s.keys]
        if mine and len(text.strip()) <= 80:
            return bool(role.match(text, mine[0].end) or (after is not None and role.match(after.text.strip())))
    return False


def speaks_for(author: AgentRef, body: str | None, actors: Actors) -> bool:
    """Whether ``author`` is ``body`` or holds a post of it (a chairman's report speaks for the
    group it chairs)."""
    if body is None:
        return False
    if author.kind == "body":
        return author.key == body
    if author.kind == "post":
        return author.key.split("/")[0] == body
    if author.kind == "person":
        posts = next((p.posts for p in actors.persons if p.key == author.key), ())
        return any(post.split("/")[0] == body for post in posts)
    return False
