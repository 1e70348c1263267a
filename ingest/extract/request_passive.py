"""Requests in the passive: ``X was/were/is/are [also] invited to ACTION [by Y]``.

Holds ``_passive_parties`` (the addressees X, after any leading clause or item letter, or the noun phrase a
``, who`` before the verb points back to: :mod:`.request_relatives`; and the
requester: Y after ``by``, else the issuer of a resolution the sentence cites, else the issuer of the
resolution text being read, else the author of a document that does not speak for the meeting
body, else the meeting body) and ``_proposed`` (``proposed that the Secretary-General be invited to
...``: the meeting body's request to X once it adopts the proposal). The functions are methods of
:class:`~wsiskg.ingest.extract.requests._Reader` (assigned in its class body; ``self`` is the reader).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.addressee_phrases import aside_between_commas, names_no_agent
from wsiskg.ingest.extract.gazetteer import (
    auxiliary_alternation,
    collectives,
    modal_alternation,
    preposition_alternation,
    request_kinds,
    roles,
)
from wsiskg.ingest.extract.request_addressees import FIRST_PERSON
from wsiskg.ingest.extract.request_relatives import relative_antecedent
from wsiskg.ingest.extract.request_subject_asides import NUMBER_LEAD
from wsiskg.ingest.extract.request_subjects import past_run_in_heading
from wsiskg.ingest.extract.request_verbs import (
    _CLAUSE_CUT,
    _ENUMERATOR,
    _TO_INF,
    PERFECT,
    _be_asked,
    _form_kind,
    _VerbAt,
    _verbs,
    describing_passive,
    intro_lead,
    possible_passive,
    reporting_verbs,
)
from wsiskg.ingest.records import AgentRef, Request
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation

#: a passive's subject that ends on the speaker after an opening in lower case: ``Last month we``, ``this year I``
#: (never ``Working Group I``: a numeral after a name)
_SPEAKER_LAST = re.compile(r"[^,;]*?\s(?:we|We)|(?:[^,;]*?\s)?[a-z][\w-]*,?\s+I")

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


#: an impersonal subject, also after ``and`` or a relative: ``the Group agreed and it is proposed to ...``,
#: ``a session, which it is proposed to hold ...``
_IMPERSONAL = re.compile(r"(?:^|\b(?:and|but|so|which|that|as|where)\s+)(?:it|there)$", re.IGNORECASE)
#: a participle inserted after a subject: ``, represented by ...``, ``, supported by ...``
_INSERTED = re.compile(r",\s*(?:[a-z]+ed|being|having)\s")
#: the first verb of a subject's clause: ``Nominees who reach the shortlist will be contacted``
_FIRST_VERB = re.compile(
    rf"\s+(?:{modal_alternation()}|{auxiliary_alternation(role='clause')}|(?:need|do|does|did)(?=\s+not\b))\s"
)
#: the verb before a passive shares its subject: ``... and are requested``, ``need not re-apply, but are requested``
_SAME_SUBJECT = re.compile(r"(?:\band|,\s*but)\s*$")
#: a proposal's clause: ``that X be asked to ...``
_THAT = re.compile(r"that\s+")
#: a passive auxiliary in the present: ``is``, ``are``
_PRESENT = re.compile(rf"(?:{auxiliary_alternation('be', 'present+clause')})\b", re.IGNORECASE)
_BY = re.compile(r"^\s+by\s+(?P<by>.+?)(?=\s+to\s|\s*$|[,.;])")
#: a piece between commas that opens a sentence, no agent: ``following consultations``, ``after discussion``
_OPENING = re.compile(r"(?:following|after|before|during|in|on|at|under|upon|given|having|owing\s+to)\s")
#: a subject that announces the items after it: ``the following structure``, ``The following amendments``
_FOLLOWING = re.compile(r"(?:the\s+)?following\b", re.IGNORECASE)
#: nothing after the passive verb but a colon
_COLON_END = re.compile(r"\s*:\s*")
#: an introduction that cites what a passive request follows from
_CITING = re.compile(r"^\s*(?:In\s+accordance\s+with|Pursuant\s+to|Under|By|As\s+requested\s+(?:in|by))\s")
#: whom things are asked of after a passive: ``Contributions are invited from Member States by 1 May``
_FROM_WHOM = re.compile(
    rf"^\s+from\s+(?P<who>[^.;:()]+?)(?=\s+(?:{preposition_alternation('due-from')})\s|\s*[.;:(]|\s*$)"
)
#: where a thing's head noun ends: ``Comments on the draft``, ``Contributions to the meeting``
_HEAD_END = re.compile(r"\s(?:on|to|of|for|about|regarding|concerning|in|with)\s")


def _passive_parties(
    self: _Reader, v: _VerbAt, pre: str, post: str, passive: re.Match[str]
) -> tuple[AgentRef | None, tuple[AgentRef, ...], str]:
    """``X was invited [by Y] to ...``: the requester (``by Y``, else the meeting), the
    addressees (the subject, after any leading clause), and the rest of the sentence."""
    subject_text = pre[: passive.start()]
    if passive.group(0).lower().startswith("be") and _verbs()[0].search(subject_text) and " that " in subject_text:
        return None, (), post  # "recommends that X be requested to ...": the outer verb's request
    if possible_passive(pre) or describing_passive(pre):
        return None, (), post  # "Members may be invited to ...", "Ministers who were invited to ...": no request
    subject_text = _subject_phrase(subject_text)
    own = _own_clause(subject_text)  # "X was asked to A, and Y was invited to B": Y only
    cut = own
    for c in _CLAUSE_CUT.finditer(subject_text, own):
        cut = c.end()
    intro = intro_lead().match(subject_text[cut:])
    if intro:
        cut += intro.end()
    phrase = subject_text[cut:].strip()
    if item := _ENUMERATOR.match(phrase) if phrase[:1] in "(abcdefghijklmnopqrstuvwxyz0123456789" else None:
        cut += len(subject_text[cut:]) - len(subject_text[cut:].lstrip()) + item.end()  # "a) the Secretariat is ..."
        phrase = phrase[item.end() :]
    if that := _THAT.match(phrase):  # "(b) that development banks be encouraged to ...": a proposal's clause
        cut += len(subject_text[cut:]) - len(subject_text[cut:].lstrip()) + that.end()
        phrase = phrase[that.end() :]
    if "," in phrase:
        parts = [x.strip() for x in phrase.split(",")]
        listed = [x for x in parts if x.removeprefix("and ").strip()]
        # "following consultations among the heads of delegation, the Assembly was invited": an opening, no agent
        opening = any(_OPENING.match(x) for x in listed[:-1]) and not _OPENING.match(listed[-1])
        if opening or not all(self.resolve(x, v.order, v.at + cut) for x in listed):
            cut += phrase.rindex(",") + 1
            phrase = parts[-1]
    requester, mentioned_only = _unnamed_asker(self, v, passive, post, subject_text, cut)
    if by := _BY.match(post):
        named = self.resolve(by.group("by"), v.order, v.at + v.m.end())
        if named:
            requester = self._personify(named[0], None)
            post = post[by.end() :]
            mentioned_only = False
    if lead := _label_left(phrase):  # "4 Members", "V. The secretariat", "Action required by the Council The Council"
        cut += len(subject_text[cut:]) - len(subject_text[cut:].lstrip()) + lead
        phrase = phrase[lead:]
    if (_the_speaker(phrase) and not by) or (_FOLLOWING.match(phrase) and _COLON_END.fullmatch(post)):
        return None, (), post  # "I was asked to speak" (by no one named); "The following structure is proposed:"
    if _IMPERSONAL.search(phrase) and _TO_INF.match(post.lstrip()):
        return None, (), post  # "It is proposed to hold ...": asks no one
    if _IMPERSONAL.search(phrase) and re.match(r"\s*that\s", post):
        if v.entry.verb in _impersonal_verbs():
            return None, (), post  # "It is proposed that the Group work by correspondence": asks no one
        phrase = ""  # "It was requested that X ...": the clause names whom (no "it" of the text before)
    if (things := _things_asked_from(self, v, phrase, post, requester)) is not None:
        return requester, things[0], things[1]  # "Contributions are invited from Member States by 1 May"
    addressees = _subject_addressees(self, v, " " * own + subject_text[own:], phrase, cut, requester)
    if not by:
        requester = _reporting_speaker(self, v, subject_text[:cut], requester, addressees) or requester
        requester = _group_report(self, requester, addressees, post)
    if mentioned_only and requester == self.meeting_ref:
        return None, (), post
    return requester, addressees, post


@cache
def _earlier_request() -> re.Pattern[str]:
    """A request in the passive earlier in the sentence, up to its ``to``: ``The secretariat was asked to``; not one
    in a relative clause (``Administrations that were invited to the workshop and Sector Members are ...``)."""
    forms = [f for e in request_kinds() if e.is_request for f in e.forms if _form_kind(f, e) == "ed"]
    return re.compile(
        rf"(?<!\bthat )(?<!\bwho )(?<!\bwhich )\b(?:{auxiliary_alternation('be', 'clause')})\s+(?:\w+ly\s+|also\s+)?"
        rf"(?:{alternation(forms, spaces=True)})\s+to\s+(?=[a-z])",
        re.IGNORECASE,
    )


#: the ``, and`` that opens the next clause after a request
_COMMA_AND = re.compile(r",\s*and\s+")


def _own_clause(subject_text: str) -> int:
    """Where a passive's own clause opens in the text before it: after the first ``, and`` that follows an earlier
    request in the passive (``The secretariat was asked to circulate X to A and B, and the Vice-Chair, Ms C, was
    invited to ...``: the Vice-Chair only, not the secretariat, A or B, which the parties listed before a ``, and``
    between commas would add; ``X were invited to ..., and A, B and C were encouraged to``: A, B and C), else 0
    (without a comma the resolver reads the subject out of the clause as before)."""
    m = _earlier_request().search(subject_text)
    comma = _COMMA_AND.search(subject_text, m.end()) if m else None
    return comma.end() if comma else 0


def _subject_addressees(
    self: _Reader, v: _VerbAt, subject_text: str, phrase: str, cut: int, requester: AgentRef
) -> tuple[AgentRef, ...]:
    """Whom a passive's subject names: the noun phrase a ``, who`` before the verb points back to (``under the
    guidance of Ms A, who was asked to ...``: Ms A), else the subject ``phrase`` (at ``cut`` in ``subject_text``)
    with the parties listed before it (``A, and B, are invited``: A too); none for ``this`` or no subject."""
    if (antecedent := relative_antecedent(self, subject_text, v.order, v.at, requester)) is not None:
        return antecedent
    if phrase.lower() in ("this", ""):
        return ()
    addressees = self.objects(phrase, v.order, v.at + cut, requester)
    before = _parties_before(self, subject_text, v.order, v.at, requester) if addressees else ()
    return tuple(dict.fromkeys((*before, *addressees)))


def _label_left(phrase: str) -> int:
    """How much of a passive's subject ``phrase`` a paragraph's label or a heading the layout ran into it leaves
    before the subject: ``4 Members``, ``V. The secretariat`` (:data:`.request_subject_asides.NUMBER_LEAD`),
    ``Action required by the Council The Council`` (:func:`.request_subjects.past_run_in_heading`, as for the
    subject of a verb in the active)."""
    number = NUMBER_LEAD.match(phrase)
    rest = phrase[number.end() :] if number else phrase
    return len(phrase) - len(past_run_in_heading(rest))


#: a ``, and`` that opens the last party of a subject written between commas: ``A, and B, are invited``
_AND_INSERTED = re.compile(r",\s+and\s+$")


#: the plural a group of persons ends with (``administrations of developing countries``), not a clause's last word
_PLURAL_END = re.compile(r"[a-z]{2}s$")


def _party(ref: AgentRef) -> bool:
    """Whether ``ref`` is a party a subject may list: a body, person, post or country, or a group named by a
    known word or a plural (``The Group met in May``, read as a group, is a clause)."""
    return ref.kind != "collective" or ref.key in collectives().values() or bool(_PLURAL_END.search(ref.label))


def _parties_before(self: _Reader, text: str, order: int, at: int, requester: AgentRef) -> tuple[AgentRef, ...]:
    """The parties a passive's subject names before a ``, and`` that adds its last party between commas
    (``Member States, and Sector Members, are invited``, ``Staff at grade P-5 and above, and staff in finance
    functions, are requested``): each part between the clause cut before it and that ``, and`` that names
    someone; none when a part names no one (``The Group met in May, and Member States, ...``: a clause)."""
    cuts = [(0, 0), *((c.start(), c.end()) for c in _CLAUSE_CUT.finditer(text))]
    if len(cuts) < 2 or not _AND_INSERTED.fullmatch(text[cuts[-1][0] : cuts[-1][1]]) or not text.rstrip().endswith(","):
        return ()
    found: list[AgentRef] = []
    start = cuts[-2][1]
    for part in text[start : cuts[-1][0]].split(","):
        named = self.objects(part.strip(), order, at + start + len(part) - len(part.lstrip()), requester)
        if not part.strip() or not named or not all(map(_party, named)):
            return ()
        found.extend(named)
        start += len(part) + 1
    return tuple(found)


def _cited_requester(self: _Reader, subject_text: str, cut: int, passive: re.Match[str]) -> AgentRef | None:
    """``In accordance with Resolution 140, X is instructed to ...``: the cited resolution's issuer; ``None`` in the
    present in a letter or a note (no contribution or speech, where the resolution asks), whose author asks under
    the resolution (``In accordance with Resolution 1344, all stakeholders are invited to ...`` in a circular)."""
    if not _CITING.match(subject_text):
        return None
    if self.author is not None and not self.resolutions_ask and _PRESENT.match(passive.group(0)):
        return None
    return self._cited_issuer(subject_text[:cut], at_end=False)


@cache
def _reported_by() -> re.Pattern[str]:
    """A speaker opening the sentence and reporting its clause (:func:`.request_verbs.reporting_verbs`): ``2.1 The
    Chairman said that``, ``Ms A (Chile), Vice-Chair, stated that``; ``who``: the speaker's words."""
    return re.compile(
        rf"\W*(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+)?(?P<who>[^;:]{{2,120}}?),?\s+(?:{reporting_verbs()})\s+that\b"
    )


def _reporting_speaker(
    self: _Reader, v: _VerbAt, lead: str, requester: AgentRef, addressees: tuple[AgentRef, ...]
) -> AgentRef | None:
    """``The Chairman said that, following consultations, the Assembly was invited to ...``: the one agent who
    reports a passive that would otherwise be read as its body asking itself (the person who holds a post named);
    ``None`` when the passive asks someone else or no speaker opens the sentence."""
    if not addressees or any((a.kind, a.key) != (requester.kind, requester.key) for a in addressees):
        return None
    if (m := _reported_by().match(lead)) is None:
        return None
    found = self.resolve(m.group("who"), v.order, v.at + m.start("who"))
    people = [f for f in found if f.kind == "person"]
    speaker = people[0] if len(people) == 1 else found[0] if len(found) == 1 else None  # "Ms A (Chile), Chair,"
    if (
        speaker is None
        or speaker.kind == "collective"
        or (speaker.kind, speaker.key) == (requester.kind, requester.key)
    ):
        return None
    return self._personify(speaker, None)


@cache
def _impersonal_verbs() -> frozenset[str]:
    """Verbs whose impersonal passive before a ``that`` clause (``It is proposed that X ...``) is a plan
    put to no one (annotation guide decision 14; ``ingest/data/request-impersonal.csv``)."""
    return frozenset(r["verb"] for r in data_rows("request-impersonal.csv"))


def _things_asked_from(
    self: _Reader, v: _VerbAt, phrase: str, post: str, requester: AgentRef
) -> tuple[tuple[AgentRef, ...], str] | None:
    """``Contributions are invited from Member States by 1 May``, ``Comments on the draft were requested
    from the regional groups``: things (a head noun that names no agent, ``addressee-words.csv`` kind
    ``non-agent``) asked of the agents after ``from``: those agents, and the rest of the sentence as
    ``to submit THINGS ...``; None for any other passive."""
    if v.entry.verb not in ("invite", "request") or (src := _FROM_WHOM.match(post)) is None:
        return None
    head = _HEAD_END.split(phrase, maxsplit=1)[0].strip()
    if not head or not names_no_agent(AgentRef("collective", "", head)):
        return None  # "Further information may be requested from the secretariat": no thing asked for
    addressees = self.objects(src.group("who"), v.order, v.at + v.m.end() + src.start("who"), requester)
    if not addressees or requester in addressees:
        return None
    return addressees, f" to submit {phrase[:1].lower()}{phrase[1:]}{post[src.end('who') :]}"


def _group_report(self: _Reader, requester: AgentRef, addressees: tuple[AgentRef, ...], post: str) -> AgentRef:
    """``The Council is invited to ...``, ``Administrations are invited to submit contributions to the next
    meeting`` in a chairman's report: the group the report is of asks (annotation guide, decision 10), not the
    chairman who signs it; a group asked to send something to the chairman (``Members of the Group are invited
    to send comments to the Chairman``) is the chairman's request."""
    group = self.meeting_ref if self.meeting_ref.kind == "body" else self._head_ref
    if (
        not self._chair_report
        or requester.kind not in ("person", "post")
        or group.kind != "body"
        or not addressees
        or any(a.kind not in ("body", "collective") or a.key == group.key for a in addressees)
        or (any(a.kind == "collective" for a in addressees) and _to_the_chair().search(post))
    ):
        return requester
    return group


@cache
def _to_the_chair() -> re.Pattern[str]:
    """What is sent to the chair: ``to the Chairman``, ``to the Chair`` (``roles.csv``, role ``chair``)."""
    return re.compile(rf"\bto\s+(?:the\s+)?(?:{alternation(list(roles()['chair'].forms))})\b")


def _group_asked(self: _Reader, passive: re.Match[str]) -> AgentRef | None:
    """In a chairman's report of a body no meeting names (``Report by the Chairman of Committee 5``),
    a passive in the past (``Administrations were invited to ...``) reports what that body asked."""
    if not self._chair_report or _PRESENT.match(passive.group(0)) or self._head_ref.kind != "body":
        return None
    return self._head_ref if self.meeting_ref.kind == "collective" else None


def _unnamed_asker(
    self: _Reader, v: _VerbAt, passive: re.Match[str], post: str, subject_text: str, cut: int
) -> tuple[AgentRef, bool]:
    """Who asks in a passive before any ``by`` phrase: a cited text's issuer, the resolution text's, a list's, a
    turn's, the author, a chairman, else the reader's fallback (:meth:`_Reader._unnamed_requester`); and whether that
    fallback is only a body the text mentions (:meth:`_Reader.only_mentioned`: then no one asks, decision 55)."""
    cited = _cited_requester(self, subject_text, cut, passive)
    requester = cited or self.issuer or self.action_required(v.order) or _group_asked(self, passive)
    requester = requester or self._item_subject or self.turn_speaker(v.order) or self.author  # a list's, a turn's
    requester = requester or _chair_asks(self, passive, post)
    if requester is not None:
        return requester, False
    fallback = self._unnamed_requester()  # no one where the body is only mentioned: the meeting's, flagged
    return (fallback, False) if fallback is not None else (self.meeting_ref, True)


def _chair_asks(self: _Reader, passive: re.Match[str], post: str) -> AgentRef | None:
    """In a chairman's report, a passive in the present that names no one (``The Council is invited
    to consider this report``) is the chairman speaking, the person who holds the post that wrote it
    (else who signs it); one in the past (``Member States were invited``) reports what the group
    asked, and so do the group's recommendations listed after ``The Council is invited to:``."""
    author = self.voice.author or self.voice.signatory
    if not self._chair_report or author is None or not _PRESENT.match(passive.group(0)):
        return None
    if re.match(r"\s*to\s*:", post):
        return None
    ref = self._personify(author, None)
    return ref if ref.kind == "person" else None


def _the_speaker(phrase: str) -> bool:
    """Whether a passive's subject is the speaker (``I``, ``When we``, ``Last month we``): with no agent named, asked
    before the text, which asks no one there (with one, ``We have been invited by X to ...``, X asks the speaker's
    organisation: ``request_addressees._WE``)."""
    return FIRST_PERSON.fullmatch(phrase) is not None or (
        _SPEAKER_LAST.fullmatch(phrase) is not None and " and " not in phrase
    )


@cache
def _aside_before_modal() -> re.Pattern[str]:
    """An aside between commas after a passive's subject and before its modal, ending the text before the passive
    verb: ``The Group, at its 36th meeting on 2 and 3 May 2031, will`` (be asked to ...)."""
    return re.compile(rf"(?:{aside_between_commas().pattern})\s*(?:{modal_alternation()})\s*$")


def _subject_phrase(text: str) -> str:
    """The text before a passive verb read down to its subject's noun phrase (same length where
    kept, so that offsets hold): a perfect auxiliary dropped (``X has also been invited``), a
    participle inserted between commas (``X, represented by its President, Ms Y, has been
    invited``), an aside before a modal (``X, at its next session, will be invited``), and a first verb
    of the same subject (``Nominees will be contacted by the team and are requested``, ``Entities already
    accredited need not re-apply, but are requested``)."""
    text = PERFECT.sub("", text)
    if aside := _aside_before_modal().search(text):
        return text[: aside.start()]  # "X, at its 48th meeting on 2 May, will" (be asked): X
    if (first := _FIRST_VERB.search(text)) and _SAME_SUBJECT.search(text):
        return text[: first.start()]
    if text.rstrip().endswith(",") and (inserted := _INSERTED.search(text)):
        return text[: inserted.start()]
    return text


def _proposed(self: _Reader, v: _VerbAt, at: int) -> Request | None:
    """The request a participant proposes the meeting make (``proposed that the
    Secretary-General be invited to report ...``): the meeting body's, as ``agree``, once adopted."""
    clause = v.sentence[v.m.end() : v.stop][at:]
    if (asked := _be_asked().match(clause)) is None:
        return None
    addressees = self.resolve(asked.group("who"), v.order, v.at + v.m.end() + at)
    agree = next((e for e in request_kinds() if e.verb == "agree"), None)
    if not addressees or agree is None:
        return None
    return self.request(
        v.order, v.section, agree, self.meeting_ref, addressees, clause[asked.end() :], v.sentence, v.stop
    )
