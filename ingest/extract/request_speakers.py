"""Who asks when the subject is a speaker or a person: the speaker before a sentence (``_previous_speaker``,
``_speaker_before``, ``turn_speaker``), a pronoun's antecedent (``pronoun_antecedent``), the last person named
(``_last_person``), a document's source (``_document_source``), a person between commas (``_apposed_person``), a
representative as a person or body (``_personify``, ``_bare_title_holder``), a country's speaker (``_country_speaker``,
``_speaker_country``, ``_one_of``, ``_spoken_for``, ``_speaker_itself``), a role's holder (``_role_holder``,
``_role_holders``, ``_role_of_country``) and the document's own head named by its title (``own_head``,
``titled_head``). The functions are methods of
:class:`~wsiskg.ingest.extract.requests._Reader` (``self`` is the reader).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from wsiskg.ingest.extract import request_addressees
from wsiskg.ingest.extract.authors import front_country
from wsiskg.ingest.extract.casing import title_cased, without_article
from wsiskg.ingest.extract.document import document
from wsiskg.ingest.extract.gazetteer import (
    adverb_alternation,
    auxiliary_alternation,
    country_adjectives,
    country_speakers,
    forms_of_role,
    honorifics,
    post_verb_alternation,
    preposition_alternation,
    pronouns,
    role_forms,
    roles,
)
from wsiskg.ingest.extract.genre import records_meeting
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.request_verbs import _verbs
from wsiskg.ingest.records import AgentRef, Person
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


#: a role word or a head noun alone opening a ``that`` clause: ``the Director``, ``the Plenary``
_ROLE_CLAUSE = re.compile(r"(?:[Tt]he\s+)(?P<who>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?=\s*[:,]|\s+[a-z])")


#: a role and the country of its holder: ``The Vice-Chair from Uruguay``, ``the Councillor for Mauritania``
_ROLE_OF_COUNTRY = re.compile(
    rf"(?:[Tt]he\s+)(?P<role>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:{preposition_alternation('origin')})\s+(?P<country>[A-Z].{{2,60}})"
)


#: the opening phrase before a person named in apposition: ``The delegate of Chile, ``
_APPOSED = re.compile(r"(?:[Tt]he\s+)?[^,;:]{2,100},\s*")


#: a transcript's speaker label: ``>> NAME:`` / ``NAME:`` opening a paragraph (a name of one to five words: an
#: interview's turns are labelled by the family name alone, ``Okonkwo-Lind: ...``), maybe with who speaks in
#: brackets after it (a briefing's ``SPOKESPERSON (Ms A, Press Office):``)
_TURN = re.compile(
    r"^\s*(?:>>\s*)?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})(?:\s*\((?P<aside>[^()]{2,120})\))?\s*:\s+(?=\S)"
)


#: a sentence opening with a document and whom it comes from: ``Document 4 from the Republic of ``
_SOURCED = re.compile(
    r"\s*(?:[Tt]he\s+)?(?:[Dd]ocument|[Cc]ontribution|[Pp]roposal|[Ss]ubmission)\b[^.;]{0,60}?\b(?:from|by|of)\s+(?:the\s+)?"
)


def sentence_before(self: _Reader, order: int, at: int) -> tuple[int, str] | None:
    """(where it starts, its text): the sentence before the one at ``at`` in paragraph ``order``; ``None`` for the
    paragraph's first sentence."""
    para = document(self.report).para(order) if order else None
    before = [(a, b) for a, b in (para.sentences if para else []) if b <= at]
    return (before[-1][0], para.text[before[-1][0] : before[-1][1]]) if para is not None and before else None


def _previous_speaker(self: _Reader, phrase: str, order: int, at: int) -> AgentRef | None:
    """``He`` / ``She`` opening a sentence: the person (or the one holder of the post) the sentence
    before it in the paragraph opens with (``In his introduction, the Chair recalled that ... the UN
    Secretary-General ... He invited speakers``: the Chair, not the post named last)."""
    previous = sentence_before(self, order, at) if phrase.lower() in ("he", "she") else None
    if previous is None:
        return None
    a, text = previous
    if text.split(" ", 1)[0].lower() in pronouns():
        return None
    ref = self._sentence_subject(text, order, a)
    if ref is None and (role := _ROLE_CLAUSE.match(text.strip())) is not None:
        ref = self._role_holder(role.group("who"))  # "The Minister recalled ... She invited": the one Minister
    return ref if ref is not None and ref.kind == "person" else None


@cache
def _opening_clause() -> re.Pattern[str]:
    """A clause that opens a sentence before its main clause (``opening-clauses.csv``): ``When``, ``After``,
    ``Once`` and a space."""
    words = alternation((r["words"] for r in data_rows("opening-clauses.csv")), spaces=True)
    return re.compile(rf"\s*(?:{words})\s+")


def pronoun_antecedent(self: _Reader, phrase: str, pre: str, order: int, at: int) -> AgentRef | None:
    """``it`` / ``they`` as a subject, walking out from the pronoun (before the resolver's last body named, which
    an aside can hold: ``X, of which A and B are members, met ... It requested``): the body or country the
    clause that opens its sentence has as subject (``When the Council met in June, it asked the Bureau
    ...``, ``After the Assembly, in resolution 80/3, extended the mandate, it invited ...``), else, when the
    pronoun opens its sentence, the one the sentence before it in the paragraph opens with (``The Kestrel
    Telecom Union reviewed the plan. It invited ...``). Never across a paragraph (another speaker or section),
    never a person (``He`` / ``She``: :func:`_previous_speaker`). ``None`` for any other subject."""
    if phrase.lower() not in ("it", "they"):
        return None
    start = pre.rstrip().rfind(phrase)
    if (opening := _opening_clause().match(pre, 0, max(start, 0))) is not None:
        ref = self._sentence_subject(pre[opening.end() : start], order, at + opening.end())
    elif not pre[:start].strip():
        previous = sentence_before(self, order, at)
        ref = self._sentence_subject(previous[1], order, previous[0]) if previous is not None else None
    else:
        return None
    return ref if ref is not None and ref.kind in ("body", "country") else None


def _last_person(self: _Reader, phrase: str, order: int) -> tuple[AgentRef, ...]:
    """``She`` / ``He`` the resolver cannot place: the person who was the last subject in the
    paragraph (``the moderator called upon ... She encouraged ...``)."""
    last = self._last_subject
    if phrase.lower() not in ("he", "she") or last is None or last[0] != order or last[2].kind != "person":
        return ()
    return (last[2],)


def _document_source(self: _Reader, order: int, at: int) -> AgentRef | None:
    """The country or body a document comes from, when the sentence before the one at ``at``
    opens with it (``Document CWG-20/4 from the Republic of Fiji was introduced ...``): what
    ``It proposes`` in the next sentence means."""
    para = document(self.report).para(order) if order else None
    before = [(a, b) for a, b in (para.sentences if para else []) if b <= at]
    if para is None or not before or (m := _SOURCED.match(para.text, before[-1][0])) is None:
        return None
    spans = self.actors.resolver.spans.get(order, [])
    source = next((s for s in spans if s.start == m.end() and s.kind in ("country", "body")), None)
    refs = self.actors.resolver.ref(source) if source is not None else []
    return refs[0] if refs else None


def _speaker_before(self: _Reader, order: int, at: int) -> AgentRef | None:
    """The speaker named by role and country (:func:`_speaker_country`) opening the sentence before
    the one at ``at`` in paragraph ``order``."""
    previous = sentence_before(self, order, at)
    if previous is None:
        return None
    a, text = previous
    lead = len(text) - len(text.lstrip())
    return self._speaker_country(text[lead:], a + lead)


def _asking_word(phrase: str) -> bool:
    """Whether ``phrase`` holds a verb of asking in lower case (``request-kinds.csv``: ``requested``,
    ``invited``; not a name's ``Requests``)."""
    return any(m.group(0).islower() for m in _verbs()[0].finditer(phrase))


def _apposed_person(self: _Reader, sentence: str, spans: list[Any], at: int, start: int) -> AgentRef | None:
    """``The Councillor for Germany, Ms A, asked ...`` / ``The delegate of Chile, Mr B, ...``: the
    person named between commas after a short opening phrase speaks; not after a phrase that holds the verb of
    asking (``The Chair asked the Rapporteur, Ms A, to ...``: the one asked)."""
    person = next((s for s in spans if s.kind == "person"), None)
    opening = sentence[start : person.start - at] if person is not None else ""
    if person is None or not _APPOSED.fullmatch(opening) or _asking_word(opening):
        return None
    if not re.match(r"\s*(?:\([^()]*\))?\s*,", sentence[person.end - at :]):
        return None
    refs = self.actors.resolver.ref(person)
    return refs[0] if refs else None


def _personify(self: _Reader, ref: AgentRef, span: object = None) -> AgentRef:
    """A post as the one person who holds it (the meeting's chair, of several read as its chairs);
    ``The representative of WMO`` (a post that only
    speaks for its body: ``speaks_for`` in ``country-speakers.csv``) that no one is named to is the body."""
    if ref.kind == "post":
        holders = self.actors.resolver.holders.get(ref.key, [])
        chair = self.actors.chair
        if (
            len(holders) > 1
            and chair is not None
            and chair in holders
            and ref.key == f"{self.actors.meeting_body}/chair"
        ):
            holders = [_sitting_chair(self, holders, chair)]  # "The Chairman": the meeting's chair, of its chairs
        if len(holders) == 1:
            return AgentRef("person", holders[0], self._label(holders[0]))
        body, _, role = ref.key.rpartition("/")
        if not holders and body and role in _speaking_roles():
            return AgentRef("body", body, self._label(body))
        if not holders and (titled := _bare_title_holder(self, role)) is not None:
            return titled  # "Mr A chaired the meeting" (a Chair of no body said) ... "The Chair asked"
        if not holders and (head := own_head(self, (role,), body)) is not None:
            return head  # "The Secretary-General also urges ...": the post that wrote it, or the signer with no post
    return ref


#: a title alone after ``the`` (``The Secretary-General``, ``The Deputy Director``): up to three words
_BARE_TITLE = re.compile(r"[Tt]he\s+(?P<title>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")


def titled_head(self: _Reader, phrase: str) -> AgentRef | None:
    """The document's own head (:func:`own_head`) when ``phrase`` is a title alone (``The Secretary-General``)
    that the resolver placed in no organisation (the text names the title's organisation nowhere); ``None`` for a
    phrase of more words or of no role."""
    if (m := _BARE_TITLE.fullmatch(phrase.strip())) is None:
        return None
    return own_head(self, role_forms().get(m.group("title").lower(), ()))


def own_head(self: _Reader, role_keys: tuple[str, ...], body: str = "") -> AgentRef | None:
    """Who a document's own head named by its title alone as a subject is (one reader of the class, round 60): the
    post that wrote the document when its author is a post of one of ``role_keys`` (of ``body`` when the resolver
    placed the title in one: ``The Secretary-General invites Member States to ...`` in a report by the
    Secretary-General to the Council, ``The Director also encourages ...`` in a report by the Director), else the
    person who signs with no post (:func:`_unposted_signer`: ``(signed) NAME`` under a circular); ``None`` for
    another title (``The Chairman`` in the Director's report) or an author that is no post."""
    author = self.voice.author
    if author is not None and author.kind == "post":
        author_body, _, author_role = author.key.rpartition("/")
        if author_role in role_keys and body in ("", author_body):
            return author
    return next((s for r in role_keys if (s := _unposted_signer(self, r)) is not None), None)


def _unposted_signer(self: _Reader, role: str) -> AgentRef | None:
    """The person who signs a document of no meeting with no post or job title under the name, when ``role`` is an
    organisation's head (``role-scopes.csv`` scope ``home``, presiding over no body): ``The Secretary-General also
    urges Member States to ...`` in a circular signed ``(signed) NAME`` is the signer writing of the post in the third
    person (decision 11: the person named, not the post); else ``None``."""
    signer, entry = self.voice.signatory, roles().get(role)
    if signer is None or signer.kind != "person" or entry is None or entry.scope != "home" or entry.presides:
        return None
    if records_meeting(self.report):
        return None
    person = next((p for p in self.actors.persons if p.key == signer.key), None)
    return signer if person is not None and not person.posts and not person.job_titles else None


@cache
def _election() -> re.Pattern[str]:
    """A verb that gives a post by a vote (``election-verbs.csv``, kind ``vote``): ``elected``, ``appointed``."""
    return re.compile(rf"\b{post_verb_alternation('vote')}\b")


@cache
def _elected_after() -> re.Pattern[str]:
    """The vote right after a name and its bracket: ``(Chile) was elected``, `` has been unanimously appointed``."""
    be = rf"(?:{auxiliary_alternation('have', 'clause')})\s+been|{auxiliary_alternation('be', 'past')}"
    adverb = rf"(?:{adverb_alternation('post')}|\w+ly)"
    return re.compile(rf"\s*(?:\([^()]*\))?\s+(?:{be})\s+(?:{adverb}\s+)?{_election().pattern}")


def _elected(text: str, name: str) -> bool:
    """Whether ``text`` gives ``name`` a post by a vote: the verb a few words before the name (``elected, by
    acclamation, Ms B``, ``appointed Mr C as``) or right after it and its bracket (``Ms B (Chile) was
    elected``); not a clause about it (``the former Chairman, Ms B, who was elected in 2029``)."""
    at = text.find(name)
    before = text[max(0, at - 40) : at]
    if (verb := list(_election().finditer(before))) and not re.search(r"[.;]", before[verb[-1].end() :]):
        return True
    return _elected_after().match(text, at + len(name)) is not None


def _sitting_chair(self: _Reader, holders: list[str], chair: str) -> str:
    """The meeting's chair of the people read as its chairs (``holders``): the first one elected after the
    chair read first and before the sentence read, in the paragraph that first names them (``The outgoing
    Chairman, Mr A, opened the session. The Council elected Ms B as Chairman. ... The Chairman urged ...``:
    Ms B), else the first read (:attr:`.Actors.chair`; a former chair named later, ``paid tribute to the
    former Chairman, Ms C``, keeps it)."""
    order, resolver = self._where[0], self.actors.resolver
    named = {p.key: p.name for p in self.actors.persons if p.key in holders}
    firsts = {  # the paragraph that first writes each one's name (a post names all of them)
        key: next(o for o in resolver.orders if name in resolver.texts.get(o, ""))
        for key, name in named.items()
        if any(name in resolver.texts.get(o, "") for o in resolver.orders)
    }
    since = firsts.get(chair, 0)
    elected = [
        key
        for key, first in firsts.items()
        if key != chair and since < first <= order and _elected(resolver.texts.get(first, ""), named[key])
    ]
    return min(elected, key=firsts.__getitem__) if elected else chair  # a meeting elects its chair once


def _bare_title_holder(self: _Reader, role: str) -> AgentRef | None:
    """The one person of the report with a meeting role (``role-scopes.csv``: Chair, Rapporteur) as a
    job title (``Chair``, ``Chair of FG-X``) and no post (``The meeting was chaired by Mr A``, the body not placed): the
    holder of that post of the meeting when no one else holds it."""
    entry = roles().get(role)
    if entry is None or entry.scope != "meeting":
        return None
    forms = forms_of_role(role)
    people = [
        p
        for p in self.actors.persons
        if not p.posts and any(_TITLE_OF.sub("", t).lower() in forms for t in p.job_titles)
    ]  # "Chair", "Chair of FG-X": a title the persons reader placed in no post
    return AgentRef("person", people[0].key, people[0].name) if len(people) == 1 else None


@cache
def _speaking_roles() -> frozenset[str]:
    """Role keys of the words for someone who only speaks for the body of the post (``representative``)."""
    return frozenset(slug(r["word"]) for r in data_rows("country-speakers.csv") if r["speaks_for"] == "yes")


def _country_speaker(self: _Reader, phrase: str, order: int, at: int, start: int) -> AgentRef | None:
    """A subject naming who speaks for a country: ``The Vice-Chair from Uruguay`` (that person),
    ``The councillor from France`` (France), ``She`` after ``The councillor from Kenya said ...``."""
    if (holder := self._role_of_country(phrase)) is not None:
        return holder
    if (national := _national_speaker(self, phrase)) is not None:
        return national
    if phrase.lower() in ("he", "she") and (speaker := self._speaker_before(order, at)) is not None:
        return speaker
    return self._speaker_country(phrase, start)


@cache
def _national_speakers() -> re.Pattern[str]:
    """A country's adjective before a word for who speaks for it: ``The Spanish delegation``, ``the Kyrgyz
    Administration`` (``country-adjectives.csv``; ``country-speakers.csv`` column ``speaks_for``)."""
    adjectives = alternation([a for a, _ in country_adjectives()])
    return re.compile(rf"(?:[Tt]he\s+)?(?P<adjective>{adjectives})\s+(?i:{country_speakers('speaks_for')})")


def _national_speaker(self: _Reader, phrase: str) -> AgentRef | None:
    """The country a subject names by its adjective (``The Moroccan delegation invited ...``, ``The Kazakh
    Administration requested ...``), as ``The delegation of Morocco`` is that country (decision 23); ``None`` for
    any other phrase."""
    if (m := _national_speakers().fullmatch(phrase.strip())) is None:
        return None
    key = dict(country_adjectives())[m.group("adjective")]
    return AgentRef("country", key, self._label(key) or m.group("adjective"))


def _speaker_country(self: _Reader, head: str, at: int) -> AgentRef | None:
    """``The councillor from Mexico`` / ``The delegate of Kenya`` (``country-speakers.csv``) opening
    ``head`` (at ``at`` of the paragraph): the one person of that role and country, else the one
    person named from that country, else the country."""
    if (m := _speaker_lead().match(head)) is None:
        return None
    country = next(
        (
            s
            for s in self.actors.resolver.spans.get(self._where[0], [])
            if s.start == at + m.end() and s.kind == "country"
        ),
        None,
    )
    if country is None or re.match(r"\s*[A-Z]", head[m.end() + country.end - country.start :]):
        return None  # "The delegate of Chile Ms A" or "the delegate of France Télécom": not the country alone
    refs = self.actors.resolver.ref(country)
    if not refs:
        return None
    return self._role_of_country(head[: m.end() + country.end - country.start]) or self._one_of(refs[0]) or refs[0]


def _spoken_for(self: _Reader, ref: AgentRef, phrase: str) -> AgentRef:
    """``The delegate of Egypt`` read as the country: the one person named from it (:func:`_one_of`);
    in a speech, the speaker's own country or body (:func:`_speaker_itself`)."""
    if ref.kind == "country" and _speaker_lead().match(phrase):
        return self._one_of(ref) or ref
    return self._speaker_itself(ref)


#: the genres whose author speaks in person: a speech, a letter
_SPOKEN = frozenset({"speech", "letter"})


def _speaker_itself(self: _Reader, ref: AgentRef) -> AgentRef:
    """In a speech or a letter by a person, the country or body the speaker speaks for, named as a
    subject (``Japan calls upon ...`` by its minister, ``the Executive Secretariat asks ...`` by its
    director), is the speaker, who makes the request (docs/annotation-guide.md, decision 11): the
    country of the person or of a front line naming a country alone (in a letter its signatory
    signs, any country when neither is known), in a speech also the body of a post the person holds."""
    author = self.voice.author
    if self.genre not in _SPOKEN or author is None or author.kind != "person" or ref.kind not in ("country", "body"):
        return ref
    person = next((p for p in self.actors.persons if p.key == author.key), None)
    if person is None:
        return ref
    country = person.country or front_country(self.report, self.actors)
    if self.genre == "letter":  # "Egypt respectfully requests ..." in a letter its official signs: the signatory
        known = ref.key == country or (country is None and author == self.voice.signatory)
        if ref.kind == "body" and ref.key in _headed(person.posts):
            return author  # "The Bureau requests ..." in a letter its Director signs: the Director
        return author if ref.kind == "country" and known else ref  # "The Group requests" by its chairman: the Group
    return author if ref.key in {country} | {k.split("/")[0] for k in person.posts} else ref


def _headed(posts: tuple[str, ...]) -> set[str]:
    """The bodies a person heads through ``posts`` (a Director, a Secretary-General: a role of no
    meeting, ``role-scopes.csv``), not those the person chairs or reports for."""
    out = set()
    for key in posts:
        body, _, role = key.rpartition("/")
        entry = roles().get(role)
        if body and entry is not None and entry.scope != "meeting" and role not in _speaking_roles():
            out.add(body)
    return out


def _one_of(self: _Reader, country: AgentRef) -> AgentRef | None:
    """The one person the report names from ``country`` (``Mr A (Egypt)`` in a list of heads of
    delegation) and no officer of the meeting body, who speaks when ``The delegate of Egypt`` does;
    ``None`` when it names none or several."""
    body = self.meeting_ref.key if self.meeting_ref.kind == "body" else None
    people = [  # an officer of the meeting speaks for it, not for a delegation
        p for p in self.actors.persons if p.country == country.key and not any(k.split("/")[0] == body for k in p.posts)
    ]
    return AgentRef("person", people[0].key, people[0].name) if len(people) == 1 else None


@cache
def _speaker_lead() -> re.Pattern[str]:
    """``The councillor from`` / ``The delegate of the``: who speaks for the country named next."""
    return re.compile(
        rf"(?:[Tt]he\s+)(?:{country_speakers('leads_name')})\s+(?:{preposition_alternation('origin')})\s+(?:the\s+)?"
    )


#: what a job title is of (``Minister of the Economy``, ``Ambassador to Kenya``): its head is the title alone
_TITLE_OF = re.compile(rf"\s+(?:{preposition_alternation('title-of')})\s.*$", re.DOTALL)


def _role_holder(self: _Reader, phrase: str) -> AgentRef | None:
    """``the moderator`` / ``The Rapporteur`` / ``The Minister``: the one person of the report whose job
    title (or post's role) that word is, in any case, also a title that extends it with what it is of
    (``Minister of the Economy``, ``Ambassador to Kenya``)."""
    people = _holders(self, without_article(phrase.strip(), "the", "our", "its", "their", case="any"))
    return AgentRef("person", people[0].key, people[0].name) if len(people) == 1 else None


def _role_holders(self: _Reader, phrase: str) -> tuple[AgentRef, ...]:
    """``The co-facilitators`` / ``the co-chairs``: a role in the plural, each of the two or more persons
    of the report whose job title (or post's role) it is in the singular (they ask together, each a
    requester); ``()`` otherwise."""
    bare = without_article(phrase.strip(), "the", "our", "its", "their", case="any")
    if not bare.endswith("s"):
        return ()
    people = _holders(self, bare[:-1])
    return tuple(AgentRef("person", p.key, p.name) for p in people) if len(people) > 1 else ()


def _holders(self: _Reader, bare: str) -> list[Person]:
    """The persons of the report whose job title (or post's role) is ``bare``, in any case, also a title
    that extends it with what it is of (``Minister of the Economy``)."""
    if not bare or len(bare.split()) > 3:
        return []
    role = request_addressees._role_forms().get(bare.lower())
    return [
        p
        for p in self.actors.persons
        if any(_TITLE_OF.sub("", t).lower() == bare.lower() for t in p.job_titles)
        or (role is not None and any(k.split("/")[-1] == role for k in p.posts))
    ]


def _role_of_country(self: _Reader, phrase: str) -> AgentRef | None:
    """``The Vice-Chair from Uruguay``: the one person named in the report with that role (a post
    or a job title) and that country."""
    m = _ROLE_OF_COUNTRY.fullmatch(phrase)
    role = request_addressees._role_forms().get(m.group("role").lower()) if m else None
    if m is None or role is None:
        return None
    countries = [sp.keys[0] for sp in self.actors.resolver.spans_in(m.group("country")) if sp.kind == "country"]
    if len(countries) != 1:
        return None
    forms = forms_of_role(role)
    people = [
        p
        for p in self.actors.persons
        if p.country == countries[0]
        and (any(k.split("/")[-1] == role for k in p.posts) or any(t.lower() in forms for t in p.job_titles))
    ]
    return AgentRef("person", people[0].key, people[0].name) if len(people) == 1 else None


def _spoken_subject(self: _Reader, phrase: str, order: int) -> tuple[AgentRef | None, bool] | None:
    """``I`` (the author) and ``It`` continuing the last subject named in the paragraph or the one
    before (``Resolution 1332 invites X ... It also instructs Y``); else ``None``: read on."""
    if phrase == "I":
        author = self.turn_speaker(order) or self.voice.author  # a transcript's or an interview's turn: its speaker
        return (author, True) if author else (None, False)
    if phrase.lower() == "we":  # "We, the members of UNGIS, ...": that body; else the turn's speaker, the author
        we = self._we(order) or self.turn_speaker(order) or self._we_author()
        return (self._subject_found(we, order), True) if we else (None, False)
    if phrase.lower() == "it" and (source := self._document_source(order, self._where[1])) is not None:
        return self._subject_found(source, order), True  # "Document 4 from Fiji was introduced ... It proposes"
    if phrase.lower() == "it" and self._last_subject and 0 <= order - self._last_subject[0] <= 1:
        last = self._last_subject[2]
        return (self._subject_found(last, order), True) if last.kind in ("body", "resolution") else None
    return None


def turn_speaker(self: _Reader, order: int) -> AgentRef | None:
    """The person whose turn paragraph ``order`` is in a transcript or record of speakers: the one a
    speaker label (``>> NAME:``, ``NAME:``, an interview's family name alone, :func:`_family_named`) names at the
    start of that paragraph or of the nearest one before it; ``None`` in a document with no such label, and after a
    label that names no person (the interviewer's ``ITU News:``)."""
    if self._turns is None:
        self._turns = {}
        speaker: AgentRef | None = None
        asides: dict[str, AgentRef] = {}  # "SPOKESPERSON (Ms A, Press Office):", then "SPOKESPERSON:": Ms A
        for p in self.report.paragraphs:
            if (m := _TURN.match(p.text)) is not None:
                who = m.group("who")
                found = self.resolve(title_cased(who) if who.isupper() else who, p.order, m.start("who"))
                known = {person.key for person in self.actors.persons}  # a name in capitals: the person it names
                found = tuple(AgentRef("person", r.key, self._label(r.key)) if r.key in known else r for r in found)
                speaker = found[0] if len(found) == 1 and found[0].kind == "person" else _family_named(self, who)
                speaker = _aside_speaker(self, m, p.order, asides) or speaker or _post_speaker(self, m, p.text, asides)
            if speaker is not None:
                self._turns[p.order] = speaker
    return self._turns.get(order)


def _aside_speaker(self: _Reader, m: re.Match[str], order: int, asides: dict[str, AgentRef]) -> AgentRef | None:
    """The one person a turn label's brackets name before a comma (``SPOKESPERSON (Ms A, Press Office):``,
    ``QUESTION (Mr B, Daily Courier):``), who then speaks under the label alone (``asides``); ``None`` when they name
    none."""
    aside = m.group("aside")
    if aside is None:
        return None
    name = aside.split(",")[0]
    found = [r for r in self.resolve(name, order, m.start("aside")) if r.kind == "person"]
    if len(found) != 1:
        return None
    asides[m.group("who").lower()] = found[0]
    return found[0]


def _post_speaker(self: _Reader, m: re.Match[str], text: str, asides: dict[str, AgentRef]) -> AgentRef | None:
    """Who speaks under a label in capitals that is a post (a briefing's ``CHAIR:``, ``DIRECTOR:``): the person a
    label's brackets named before (:func:`_aside_speaker`), else the one person of the report whose job title or
    post's role it is (:func:`_role_holder`), when what follows the label is speech (a word in lower case, no
    honorific opening it); a label in lower case (``Chairman: Mr A (Chile)``, a record's field) is no turn's."""
    who = m.group("who")
    if who.lower() in asides:
        return asides[who.lower()]
    rest = text[m.end() :].strip()
    if not who.isupper() or not re.search(r"\b[a-z]{2,}\b", rest) or _honorific_opening().match(rest):
        return None
    return self._role_holder(title_cased(who))


@cache
def _honorific_opening() -> re.Pattern[str]:
    """An honorific opening a text (``Mr A (Chile)``, ``H.E. Ms B``): a field that names who holds a post."""
    return re.compile(rf"(?:{alternation(list(honorifics()))})\.?\s", re.IGNORECASE)


def _family_named(self: _Reader, label: str) -> AgentRef | None:
    """The one person of the report whose name ends with ``label``, a single word (``Okonkwo-Lind`` of ``Dr Ifeoma
    Okonkwo-Lind``, introduced in an interview's lead): an interview labels the interviewee's turns so."""
    if " " in label.strip():
        return None
    people = [p for p in self.actors.persons if p.name.split()[-1].lower() == label.strip().lower()]
    return AgentRef("person", people[0].key, people[0].name) if len(people) == 1 else None
