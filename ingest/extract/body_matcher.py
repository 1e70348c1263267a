"""Body spans in a text (:class:`BodyMatcher`): the catalogue's and the report's own names, the meeting body
as ``the Group``, ``the Secretariat``, head-noun anaphora (:func:`head_anaphora`); which spans mention no body
(a post's owner, a lower-case secretariat's owner). A body the report defines: :class:`DefinedBody`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from wsiskg.ingest.extract.body_homes import _ancestors, home_organization, meeting_secretariat, own_secretariat
from wsiskg.ingest.extract.body_mentions import named_conference, names_no_body
from wsiskg.ingest.extract.body_names import BodyName, find_body_names, head_of
from wsiskg.ingest.extract.body_numbered_lists import numbered_list_items
from wsiskg.ingest.extract.body_own_meeting import untitled
from wsiskg.ingest.extract.body_unit_anaphora import unit_named_before
from wsiskg.ingest.extract.casing import either_initial_determiners
from wsiskg.ingest.extract.document import longest_first
from wsiskg.ingest.extract.gazetteer import bodies, body_heads, data_rows, roles
from wsiskg.ingest.extract.study_groups import StudyGroupIndex, is_question
from wsiskg.ingest.records import Span
from wsiskg.ingest.text import alternation, squash

#: what may not touch a body name: a word character, ``&``, ``/`` or ``-`` before it
#: (``UN-Habitat``, ``ITU/BDT``), a word character or ``&`` or ``-``/``/`` + a word character after it
#: (``ITU-T``, ``Council-22``, ``WTSA-20`` are not mentions of ITU, the Council, WTSA), but for a
#: participle glued to it (``the UNESCO-hosted event``, ``ITU-led``: the body hosts, leads)
_LB_RE = re.compile(r"[\w&/\-]")
_RB_RE = re.compile(r"[\w&]|/\w|-(?![a-z]+ed\b)\w")


@dataclass(frozen=True)
class DefinedBody:
    key: str
    name: str
    acronym: str
    kind: str
    parent: str | None = None
    #: named only within its meeting ("Committee 5"): keyed within the meeting body
    local: bool = False
    #: short forms the report uses for it ("the Executive Secretariat" after "the WSIS Executive Secretariat")
    aliases: tuple[str, ...] = ()
    #: the catalogue acronym the report gives this other body (``Czech Telecommunication Office (CTU)``)
    redefines: str = ""


@cache
def head_anaphora() -> re.Pattern[str]:
    """A body named by its head noun alone after ``the`` or ``this`` (``The Committee``, ``this Working Group``):
    the one pattern of a head noun's anaphora, for the body matcher and the agents' resolver."""
    heads = [h for h, _, cat in body_heads() if cat == "body" and " " not in h]
    # a head of two words too ("the Working Group" after "the Council Working Group on X"), unless a
    # name goes on after it ("the Working Group on Y" is another group)
    wide = [h for h, _, cat in body_heads() if cat == "body" and re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", h)]
    # and the last word of such a head alone ("The Mission would be grateful ..." after "The Permanent
    # Mission of X"), unless a name goes on after it ("the General Assembly", "the Delegation of Y")
    wide += sorted({h.split()[-1] for h in wide} - set(heads))
    return re.compile(
        rf"\b(?:{either_initial_determiners('anaphor')}) (?:("
        + alternation(heads)
        + r")|("
        + alternation(wide)
        + r"))\b(?![-\w])"
        r"(?(2)(?!\s+(?:on\b|of\b|for\b|[A-Z])))"
    )


class BodyMatcher:
    """Finds body spans in texts, for one meeting body and a report's defined acronyms."""

    def __init__(
        self, meeting_body: str | None, defined: Sequence[DefinedBody] = (), home: str | None | bool = True
    ) -> None:
        self.meeting_body = meeting_body
        #: the document's own body, whose ancestors a bare head noun names (:meth:`_in_its_home`): the
        #: meeting body (``True``) unless the caller knows the document speaks for another (or none)
        self.home = meeting_body if home is True else (home or None)
        defined = [_within(d, meeting_body) for d in defined]
        self.defined = {d.key: d for d in defined}
        #: the report's own acronyms: matched like the catalogue's names (:func:`find_body_names`)
        self._defined_names = tuple(BodyName(d.key, d.name, d.acronym, d.aliases, d.kind) for d in defined)
        self._study_groups = StudyGroupIndex.of_keys(d.key for d in defined)
        #: the report's bodies numbered within the meeting, by name: ``Committee 7`` of ``Committees 6 and 7``
        self._numbered = {squash(n): d.key for d in defined if d.local for n in (d.name, *d.aliases)}
        #: catalogue acronyms the report gives another body: there they name that body only
        self._redefined = frozenset(squash(d.acronym) for d in defined if d.redefines)
        self.secretariat = meeting_secretariat(meeting_body)
        if meeting_body and self.secretariat == own_secretariat(meeting_body)[0]:
            self.secretariat = _named_secretariat(defined, self.secretariat, meeting_body)  # "the IGF Secretariat"
        if meeting_body and self.secretariat == own_secretariat(meeting_body)[0]:
            name = own_secretariat(meeting_body)[1]
            self.defined.setdefault(
                self.secretariat, DefinedBody(self.secretariat, name, "", "secretariat", meeting_body)
            )
        self._meeting_re = None
        if meeting_body:
            entry = bodies().get(meeting_body)
            name = entry.name if entry else (self.defined[meeting_body].name if meeting_body in self.defined else "")
            name = untitled(name)  # "the Committee" of "Committee 5 (Policy Matters)"
            head = head_of(name)
            if head:
                self._meeting_re = _meeting_pattern(name, head[0])
        self._secretariat_re = re.compile(r"\b(?:[Tt]he |[Ii]ts |[Tt]his )?[Ss]ecretariat\b")
        self.last_by_head: dict[str, str] = {}
        #: keys found only in places that do not mention a body (see :meth:`spans`), and those
        #: found as mentions: a body of the first set alone gets no record of its own
        self.weak: set[str] = set()
        self.mentioned: set[str] = set()

    def key_kind(self, key: str) -> tuple[str, str]:
        entry = bodies().get(key)
        if entry:
            return entry.name, entry.kind
        d = self.defined.get(key)
        return (d.name, d.kind) if d else (key, "organization")

    def spans(self, text: str, remember: bool = True) -> list[Span]:
        """Body spans in ``text``, longest first then leftmost, without overlaps."""
        found: list[Span] = []
        for names in (None, self._defined_names) if self._defined_names else (None,):
            for key, (start, end) in find_body_names(text, names):
                if names is None and self._redefined and squash(text[start:end]) in self._redefined:
                    continue
                if not _LB_RE.match(text, start - 1 if start else 0, start) and not _RB_RE.match(text, end):
                    found.append(_owner_of_secretariat(text, Span(start, end, "body", (key,), text[start:end]), names))
        for sg in self._study_groups.mentions(text):
            if sg.body.key in self.defined:
                found.append(Span(sg.start, sg.end, "body", (sg.body.key,), sg.text))
        found += [
            Span(g.start, g.end, "body", (listed,), text[g.start : g.end])
            for g in numbered_list_items(text)
            if (listed := self._numbered.get(squash(g.name)))
        ]
        chosen = [self._in_its_home(s) for s in _no_overlaps(found)]
        extra: list[Span] = []
        if self._meeting_re is not None and self.meeting_body:
            extra += [
                Span(m.start(), m.end(), "body", (self.meeting_body,), m.group(0))
                for m in self._meeting_re.finditer(text)
            ]
        chosen = _owned_secretariats(text, chosen)
        if self.secretariat:
            extra += [
                Span(m.start(), m.end(), "body", (self.secretariat,), m.group(0))
                for m in self._secretariat_re.finditer(text)
            ]
        # a longer span wins: "the Council Working Group" (the meeting body) over "Council"
        chosen = _no_overlaps(chosen + extra)
        self._sort_mentions(text, chosen)
        # head-noun anaphora ("the Commission"), resolved in text order
        anaphora = list(head_anaphora().finditer(text))
        result: list[Span] = []
        events = sorted(
            [(s.start, 0, s) for s in chosen] + [(m.start(), 1, m) for m in anaphora], key=lambda t: (t[0], t[1])
        )
        for _, is_anaphora, item in events:
            if not is_anaphora:
                assert isinstance(item, Span)
                item = unit_named_before(text, item, self.last_by_head, lambda k: self.key_kind(k)[0])
                result.append(item)
                if remember:
                    name, _ = self.key_kind(item.keys[0])
                    h = head_of(name)
                    if h:
                        self.last_by_head[h[0].split()[-1]] = item.keys[0]
                        self.last_by_head[h[0]] = item.keys[0]  # "Working Group": "the Working Group" names it
                continue
            assert isinstance(item, re.Match)
            target = self.last_by_head.get(item.group(1) or item.group(2))
            span = Span(item.start(), item.end(), "body", (target,), item.group(0)) if target else None
            if span and not _overlaps(span, result) and not _overlaps(span, chosen):
                result.append(span)
        return sorted(result, key=lambda s: s.start)

    def _in_its_home(self, span: Span) -> Span:
        """A catalogue body named by an alias that is only a head noun (``the Council``: the ITU
        Council) is, in a document whose own body belongs to another body of that head, that body
        (``the Council`` in a report of the CSTD, a commission of the Economic and Social Council; not
        in an ITU letter or resolution that only mentions the CSTD)."""
        word = _BARE_HEAD.fullmatch(span.text)
        if word is None or bodies().get(span.keys[0]) is None or bodies()[span.keys[0]].name == word.group(1):
            return span
        homes = [k for k in _ancestors(self.home) if k in bodies()]
        home = next((k for k in homes if bodies()[k].name.split()[-1] == word.group(1)), span.keys[0])
        return span if home == span.keys[0] else Span(span.start, span.end, span.kind, (home,), span.text)

    def _sort_mentions(self, text: str, spans: list[Span]) -> None:
        """Record which keys ``spans`` mention as bodies. Not a mention of a body: a bare ``the
        Secretariat``, the meeting body's, which the text does not name: it stays the addressee
        of requests (a body then, see ``extract``) but names no body of its own; a name used as
        an attribute, as the issuer of a text or for a session (:func:`names_no_body`); a
        study group's Question other than the meeting body."""
        ordered = sorted(spans, key=lambda s: s.start)
        weak = [self._weak(text, span) for span in ordered]
        for i in range(1, len(ordered)):  # a name and its acronym in brackets are one mention
            if _bracketed_after(text, ordered[i - 1], ordered[i]):  # "the next IGF (IGF)", "the IGF (IGF) meetings"
                weak[i - 1] = weak[i] = weak[i - 1] or weak[i]
        for span, is_weak in zip(ordered, weak, strict=True):
            (self.weak if is_weak else self.mentioned).add(span.keys[0])

    def _weak(self, text: str, span: Span) -> bool:
        """Whether ``span`` names no body there (:meth:`_sort_mentions`)."""
        weak = span.keys[0] == self.secretariat and bool(self._secretariat_re.fullmatch(span.text))
        name, kind = self.key_kind(span.keys[0])
        known = span.keys[0] in bodies()
        weak = weak or names_no_body(text, span.start, span.end, name, kind, known) or _owns_post(text, span)
        weak = weak or (kind == "secretariat" and _LOWER_SECRETARIAT.search(span.text) is not None)
        return weak or (is_question(span.keys[0]) and span.keys[0] != self.meeting_body)

    def holds_post(self, post: str) -> None:
        """A post (``body/role``) names its body (``Rapporteur for Question 1/17``): a mention; but not
        a post whose owner it never names (:func:`_owns_post`: ``the UN Secretary-General``), nor a
        conference's (``the Secretary-General of the Conference``: decision 26)."""
        key, _, role = post.partition("/")
        if role not in _post_owners().get(key, ()) and not named_conference(*self.key_kind(key)):
            self.mentioned.add(key)

    def unmentioned(self) -> set[str]:
        """Keys found only where no body is mentioned (:meth:`_sort_mentions`)."""
        return self.weak - self.mentioned


def _named_secretariat(defined: Sequence[DefinedBody], own: str, meeting_body: str) -> str:
    """What ``the Secretariat`` means in a report of a body with no secretariat in the data (``own``, the key
    :func:`.body_homes.own_secretariat` makes) and no organisation of the catalogue above it: the one other
    secretariat the report names (``the IGF Secretariat`` in a report of the Forum's advisory group), else ``own``
    (a group of ITU's keeps its own when another organisation's secretariat is named)."""
    named = {d.key for d in defined if d.kind == "secretariat" and d.key != own}
    return named.pop() if len(named) == 1 and home_organization(meeting_body) is None else own


_OPEN_BRACKET = re.compile(r"\s*\(")
#: a name that is a single capitalised word, after ``the``: ``the Council``
_BARE_HEAD = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]+)")


@cache
def _post_owners() -> dict[str, frozenset[str]]:
    """Bodies that a post of theirs does not name (``post-owners.csv``): body key -> roles."""
    out: dict[str, set[str]] = {}
    for r in data_rows("post-owners.csv"):
        out.setdefault(r["body"], set()).add(r["role"])
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=16)
def _post_words(key: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The role words of ``key``'s posts of :func:`_post_owners`, before its name (``Secretary-General
    of the``) and after it (``Secretary-General``, ``'s``-less)."""
    forms = [f for role in sorted(_post_owners().get(key, ())) if role in roles() for f in roles()[role].forms]
    words = alternation(forms)
    return re.compile(rf"\b(?:{words})\s+of\s+(?:the\s+)?\Z"), re.compile(rf"\s+(?:{words})\b")


def _owns_post(text: str, span: Span) -> bool:
    """Whether ``span`` names a body only as the owner of one of its posts that does not name it
    (decision 26: ``the UN Secretary-General``, ``the Secretary-General of the United Nations``)."""
    if span.keys[0] not in _post_owners():
        return False
    before, after = _post_words(span.keys[0])
    return bool(after.match(text, span.end) or before.search(text, max(0, span.start - 40), span.start))


def _bracketed_after(text: str, name: Span, acronym: Span) -> bool:
    """Whether ``acronym`` is ``name``'s own acronym in brackets right after it."""
    return (
        name.keys == acronym.keys
        and _OPEN_BRACKET.fullmatch(text, name.end, acronym.start) is not None
        and text[acronym.end : acronym.end + 1] == ")"
    )


_OWNED_SECRETARIAT = re.compile(r"\s+[Ss]ecretariat\b")
_LOWER_SECRETARIAT = re.compile(r"\s+secretariat\Z")


def _owner_of_secretariat(text: str, span: Span, names: tuple[BodyName, ...] | None) -> Span:
    """A catalogue secretariat written with a lower-case ``secretariat`` is its owner's (decision 26:
    ``the ITU secretariat`` is ITU); an owner that is no body (``the WSIS secretariat``) keeps the
    secretariat's key, named by no mention (:meth:`BodyMatcher._weak`)."""
    cut = _LOWER_SECRETARIAT.search(span.text)
    if cut is None:
        return span
    owner = [k for k, (a, b) in find_body_names(span.text[: cut.start()], names) if (a, b) == (0, cut.start())]
    return Span(span.start, span.end, span.kind, (owner[0],), span.text) if owner else span


def _owned_secretariats(text: str, spans: list[Span]) -> list[Span]:
    """``the UNCTAD secretariat``: the secretariat of a body named before it is no new body and not
    the meeting body's: the body's span takes the word in."""
    out = []
    for s in spans:
        if (m := _OWNED_SECRETARIAT.match(text, s.end)) is not None and not _LB_RE.match(text, m.end()):
            s = Span(s.start, m.end(), s.kind, s.keys, text[s.start : m.end()])
        out.append(s)
    return out


def _within(d: DefinedBody, meeting_body: str | None) -> DefinedBody:
    """A body named only within its meeting (``Committee 5``), keyed and placed within the meeting
    body (``itu-pp-committee-5``, part of ``itu-pp``); the meeting body itself stays as it is (a report
    of ``the drafting group on X`` has that group as its meeting body)."""
    if not d.local or not meeting_body or meeting_body == d.key:
        return d
    key = f"{meeting_body}-{d.key}"
    return DefinedBody(key, d.name, d.acronym, d.kind, meeting_body, local=True, aliases=d.aliases)


def _meeting_pattern(name: str, head: str) -> re.Pattern[str]:
    """``the Group`` / ``the Working Group`` / ``the Council Working Group`` (the words of the
    meeting body's name up to its head noun, shortened from the left). A longer gazetteer
    name (``the Council Working Group on Child Online Protection``) still wins."""
    words = name.split()
    last = head.split()[-1]
    core = words[: words.index(last) + 1] if last in words else [last]
    tails = [" ".join(core[i:]) for i in range(len(core))]
    alts = alternation(tails, spaces=True)
    return re.compile(rf"\b(?:[Mm]embers of )?(?:[Tt]he|[Tt]his|[Oo]ur) (?:{alts}|{last.lower()})\b(?![-\w])")


def _overlaps(span: Span, others: Iterable[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


def _no_overlaps(spans: list[Span]) -> list[Span]:
    return longest_first(spans, lambda s: (s.start, s.end))
