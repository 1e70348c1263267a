"""The subject of a ``that`` clause (``clause_subject``): a role (``_role_subject``), known collectives
(``_collective_subject``), whether the agents found are known (``known_agents``). The functions are methods of
:class:`~wsiskg.ingest.extract.requests._Reader` (``self`` is the reader).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract import request_addressees
from wsiskg.ingest.extract.addressee_phrases import aside_between_commas, names_no_agent
from wsiskg.ingest.extract.authors import named_group
from wsiskg.ingest.extract.body_names import head_of
from wsiskg.ingest.extract.casing import leading_article, without_article
from wsiskg.ingest.extract.gazetteer import (
    auxiliary_alternation,
    collectives,
    modal_alternation,
    preposition_alternation,
    role_forms,
)
from wsiskg.ingest.extract.request_speakers import _ROLE_CLAUSE
from wsiskg.ingest.extract.request_subject_asides import LEAD_MODAL, modal_aside_dropped
from wsiskg.ingest.extract.request_verbs import _be_asked, asks_in_base, states_after
from wsiskg.ingest.extract.warnings import stopwords
from wsiskg.ingest.records import AgentRef, Span
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import plural

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


# the verb of a "that" clause after its subject: "[should] approve", "would prepare"; not passive "be ..."
_CLAUSE_VERB = re.compile(
    rf"^\s*(?:\([^()]{{1,20}}\)\s*)?(?:(?:{modal_alternation()}|to)\s+)?(?:\w+ly\s+)?"
    rf"(?!(?:{auxiliary_alternation()}|not)\b)(?=[a-z]{{2,}}\b)"
)
_MODAL_VERB = re.compile(
    rf"^\s*(?:\([^()]{{1,30}}\)\s*)?(?:{modal_alternation('obligation')})\s+(?:\w+ly\s+)?(?!(?:be|not|have|also\s+be)\b)"
    rf"(?!{states_after().pattern})(?=[a-z]{{2,}}\b)"
)  # "that the Task Force shall become the Standing Committee": a state decided, no one asked
_MODAL_SUBJECT = re.compile(
    rf"^(?P<who>(?:[Tt]he\s+|[Aa]ll\s+)?[A-Z][\w-]*(?:\s+[\w-]+){{0,3}}?)\s+(?=(?:{modal_alternation('obligation')})\s)"
)


#: a year right after a body's name, with a place and dates in brackets after it: the session of the body that
#: year (``that Council 2031 (Geneva, 3-12 June 2031) approve ...``)
_SESSION_YEAR = re.compile(r"\s+(?:19|20)\d{2}(?:\s*\([^()]{1,80}\))?(?=\s)")

#: the colon that ends a lead clause's subject before its items, after a modal or not: ``that the Council:``,
#: ``agreed that the Secretariat should:``, ``decided that BDT would also:``
_SUBJECT_COLON = rf"(?:\s+{LEAD_MODAL})?\s*:"


def clause_subject(
    self: _Reader, clause: str, order: int, offset: int, requester: AgentRef, modal: bool = False
) -> tuple[tuple[AgentRef, ...], str]:
    """(addressees, action) of a ``that`` clause whose subject is an agent followed by its verb
    (``the Council approve X`` -> Council, ``approve X``); else ``((), clause)``."""
    clause = modal_aside_dropped(clause)  # "X shall, as appropriate, invite": "X shall invite"
    if (
        (requester.kind not in ("person", "country") or self.author_speaks(requester))
        and (asked := _be_asked().match(clause))
        and (found := self.resolve(asked.group("who"), order, offset, (requester.key,)))
    ):  # "recommends that the Directors of the Bureaux be requested to report ..."
        return found, clause[asked.end() :]
    spans = self.actors.resolver.spans_in(clause)
    lead = leading_article(("the", "all"), "any").match(clause)
    if (
        colon := re.fullmatch(rf"([^,;:]{{2,60}}?)({_SUBJECT_COLON})\s*", clause)
    ) and not spans:  # "recommends that the Director:"
        listed = self.objects(colon.group(1), order, offset, requester)
        if colon.group(2).strip() != ":" and not known_agents(listed):
            return (), clause  # "agreed that the draft Recommendation would:": a text's verbs follow, no one asked
        return (listed, "") if listed else ((), clause)
    if not spans or spans[0].start > (lead.end() if lead else 0):
        if (role := _role_subject(self, clause, order, offset, requester, modal)) is not None:
            return role  # "recommends that the Director issue guidance ...", "that the Plenary approve ..."
        if not modal and (collective := self._collective_subject(clause, order, offset, requester)):
            return collective
        if modal and (named := _MODAL_SUBJECT.match(clause)):  # "that Member States shall submit ..."
            found = self.resolve(named.group("who"), order, offset, (requester.key,))
            found = tuple(r for r in found if not names_no_agent(r))  # "that the Apia phase should": a thing
            if found and all(r.kind == "collective" for r in found) and _MODAL_VERB.match(clause[named.end("who") :]):
                return found, clause[named.end("who") + _MODAL_VERB.match(clause[named.end("who") :]).end() :]  # type: ignore[union-attr]
        return (), clause
    if (group := _qualified_by_body(self, clause, spans[0], order, offset, requester, modal)) is not None:
        return group  # "that the UN system entities coordinate ...": a known group the body only qualifies
    end = spans[0].end
    for s in spans[1:]:  # coordinated subjects: "the Secretariat and the Bureaux"
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s+(?:the\s+)?", clause[end : s.start]):
            break
        end = s.end
    # "recommends that the Council[, at its 2022 session]:" + items
    if colon := re.match(
        rf"(?:\s*,\s*(?:{preposition_alternation('occasion')})\s[^,;:]{{1,60}})?{_SUBJECT_COLON}\s*(?:$|(?=\(?a\)\s))",
        clause[end:],
    ):
        found = self.resolve(clause[:end], order, offset, (requester.key,))  # (items inline: "a) ... ; b) ...")
        return (found, clause[end + colon.end() :]) if found else ((), clause)
    # "that Council 2031 (Geneva, ...) approve ...": the body's session by its year, which says when, not who
    session = _SESSION_YEAR.match(clause, end)
    # "that the Council, at its 2031 session (Geneva, ...), consider ...": an aside between commas says when or how
    aside = aside_between_commas().match(clause, session.end() if session else end)
    after = aside.end() if aside else session.end() if session else end
    verb = (_MODAL_VERB if modal else _CLAUSE_VERB).match(clause[after:])
    if verb is None:
        return (), clause
    found = self.resolve(clause[:end], order, offset, (requester.key,))
    if not found or (session and any(r.kind != "body" for r in found)):
        return (), clause
    if found == (self.meeting_ref,) and self.default_addressee and "secretariat" in clause[:end].lower():
        found = (self.default_addressee,)  # "that the UNGIS secretariat shall ..." in a report of UNGIS
    return found, clause[after + verb.end() :]


def _qualified_by_body(
    self: _Reader, clause: str, first: Span, order: int, offset: int, requester: AgentRef, modal: bool
) -> tuple[tuple[AgentRef, ...], str] | None:
    """(addressees, action) of a ``that`` clause whose subject opens with a body that only qualifies a known group
    (``that the UN system entities coordinate ...``, ``that United Nations agencies share ...``:
    :meth:`_collective_subject`); ``None`` otherwise."""
    if modal or first.kind != "body":
        return None
    return self._collective_subject(clause, order, offset, requester)


def known_agents(found: tuple[AgentRef, ...]) -> bool:
    """Whether ``found`` names agents the resolver knows: no collective but those ``collectives.csv`` lists or
    one headed by such a word (``Arab administrations``); not a noun phrase taken as written (``the draft
    Recommendation``)."""
    known, heads = set(collectives().values()), collectives()
    return bool(found) and all(
        r.kind != "collective" or r.key in known or r.label.split()[-1].lower() in heads for r in found
    )


def _role_subject(
    self: _Reader, clause: str, order: int, offset: int, requester: AgentRef, modal: bool = False
) -> tuple[tuple[AgentRef, ...], str] | None:
    """``that the Director issue ...`` / ``that the Director: a) ...`` / ``that the Plenary approve ...``:
    a role word or a head noun alone that the resolver finds no span for (the one post of that role a
    person holds in the report, the body of the document's front whose name ends with it, the plenary
    of a committee's report), then a colon or a verb in the base form: (addressees, action); else ``None``."""
    if (m := _ROLE_CLAUSE.match(clause) or _lower_head_clause(clause)) is None:
        return None
    rest = clause[m.end() :]
    if aside := aside_between_commas().match(rest):  # "that the Director, in consultation with X, report ..."
        rest = rest[aside.end() :]
    colon = re.match(_SUBJECT_COLON, rest) is not None
    verb = None if colon else (_MODAL_VERB if modal else _CLAUSE_VERB).match(rest)
    if not colon and (verb is None or re.match(r"[a-z]+(?:ed|s)\b", rest[verb.end() :])):
        return None  # "that the Director said ...", "that the Chairman reports ...": no verb in the base form
    who = m.group("who")
    # the one post of that role, else the body of the document's front that ends with the noun ("the Assembly")
    found = request_addressees._named_role(self, who) or self._front_body(who)
    found_all = (found,) if found is not None else self.resolve(who, order, offset, (requester.key,))
    if len(found_all) != 1 or found_all[0].kind not in ("post", "body", "collective") or found_all[0] == requester:
        return None
    if found_all[0].kind == "collective" and found_all[0].key != "plenary" and not _body_head(_capitalised(who)):
        return None  # "that the Report include ...": a thing; "that the Group instruct ...": a body as written
    action = re.sub(rf"^{_SUBJECT_COLON}\s*", "", rest) if verb is None else rest[verb.end() :]
    return found_all, action


#: a body's head noun of one word in lower case opening a clause: ``that the secretariat provide ...``
_LOWER_HEAD_CLAUSE = re.compile(r"(?:[Tt]he\s+)(?P<who>[a-z]{4,})(?=\s*[:,]|\s+[a-z])")


def _lower_head_clause(clause: str) -> re.Match[str] | None:
    """``that the secretariat provide ...`` (a record that names no body the secretariat serves): a body's head noun
    of one word written in lower case (``body-heads.csv``), read as the head in capitals is (``that the
    Secretariat``). Not a head of two words (``that the working group meet``): the group is no one the resolver
    finds by those words."""
    m = _LOWER_HEAD_CLAUSE.match(clause)
    return m if m is not None and _body_head(_capitalised(m.group("who"))) else None


def _capitalised(word: str) -> str:
    """``word`` with its first letter in capitals (``secretariat``: ``Secretariat``; ``Vice-Chair`` as it is)."""
    return word[:1].upper() + word[1:]


def _body_head(word: str) -> bool:
    """Whether ``word`` is the head noun of a body's name (``body-heads.csv``: ``Group``, ``Committee``, ``Board``):
    a body the text names by its head noun alone, asked as written (annotation guide, decision 23)."""
    head = head_of(word)
    return head is not None and head[0] == word and head[2] == "body"


def _collective_subject(
    self: _Reader, clause: str, order: int, offset: int, requester: AgentRef
) -> tuple[tuple[AgentRef, ...], str] | None:
    """``that Member States share ...``: known collectives (``collectives.csv``: ``interested
    Member States and Sector Members``, ``Member States, in particular LDCs,``) in up to eight
    words, then a verb in the base form: (addressees, action)."""
    words = list(re.finditer(r"\S+", clause[:120]))
    for n in range(1, min(8, len(words) - 1) + 1):
        end = words[n - 1].end()
        verb = _CLAUSE_VERB.match(clause[end:])
        rest = clause[end + verb.end() :] if verb else ""
        if (
            verb is None
            or not re.match(r"[a-z]+\b", rest)
            or rest.split()[0].endswith("s")
            or rest.split()[0] in stopwords()  # "Member States and ...": no verb yet
            or words[n - 1].group(0).lower() in stopwords()  # "Member States, in": inside an aside
            or words[n - 1].group(0).endswith(("'", "’"))  # "regulators' associations": the possessive's head is next
        ):
            continue
        found = self.objects(clause[:end], order, offset, requester)  # the noun phrase (asides dropped)
        known = set(collectives().values())
        if found and all(r.kind == "collective" and r.key in known for r in found):
            return found, rest
        if len(found) == 1 and found[0].kind == "collective" and _group_head(found[0].label.split()[-1].lower()):
            return found, rest  # a group as written, headed by a known collective ("the X facilitators")
        if len(found) == 1 and _role_headed(found[0]):
            return found, rest  # "that the Rapporteurs for Question 6/2 include ...": holders of a role, as written
        if len(found) > 1 and all(r.kind == "collective" for r in found) and found[-1].key in known:
            label = without_article(clause[:end], "the", "all", case="any")
            return (named_group(found[-1], label),), rest  # "that the WSIS Action Line facilitators strengthen"
        if found and asks_in_base(rest.split()[0]):
            return None  # "that the Group encourage Member States to ...": the Group asks, no group runs on past it
    return None


def _group_head(word: str) -> bool:
    """Whether ``word`` (lower case) heads a group as written: a known collective (``facilitators``) or a body's head
    noun in the plural (``body-heads.csv``: ``that national statistical offices collect ...``, ``that the regional
    commissions include ...``)."""
    return word in collectives() or word in _plural_heads()


@cache
def _plural_heads() -> frozenset[str]:
    """The plurals of the one-word head nouns of standing bodies in English, lower case (``offices``,
    ``ministries``): not a head that mostly names a thing (``by_form`` ``no``: ``Programme``, ``Project``) nor one
    that leads a name in another language (``leads`` ``first``, ``country``)."""
    rows = data_rows("body-heads.csv")
    return frozenset(
        plural(r["head"]).lower()
        for r in rows
        if r["category"] == "body"
        and " " not in r["head"]
        and r.get("by_form") != "no"
        and r.get("leads") in ("", "yes")
    )


@cache
def _role_forms() -> frozenset[str]:
    """The one-word forms of the role gazetteer, singular and plural, lower case (``rapporteurs``)."""
    return frozenset(f for f in role_forms() if " " not in f)


def _role_headed(ref: AgentRef) -> bool:
    """Whether ``ref`` is a post, or a group as written headed by a role word (``Rapporteurs for Question 6/2``,
    ``Co-Rapporteurs of Question 4/1``): an agent, never a thing (``the draft report``)."""
    head = ref.label.split()[0].lower() if ref.label else ""
    return ref.kind == "post" or ref.kind == "collective" and head in _role_forms()
