"""Find bodies (organisations, groups, bureaux ...) mentioned in a report.

Sources of a body mention, in order of precedence (an earlier, longer span wins):

1. gazetteer names, acronyms and aliases (``ontology/gazetteers/bodies.csv``): acronyms and
   one-word aliases match case-sensitively, multi-word names case-insensitively; a
   surface glued to ``-`` + letters/digits (``ITU-T``, ``Council-22``, ``WTSA-20``) is not a mention;
2. acronyms defined in the text, ``Expert Group on ICT Household Indicators (EGH)``: the
   head noun (``ingest/data/body-heads.csv``) says whether it is a body (and which kind) or an
   event (``... Forum 2021 (DCDF-2021)``; a year in the name or acronym also marks an event,
   events are left to the event extractor);
3. ``the Group`` / ``this Group`` / ``the Working Group`` / ``the Council Working Group`` /
   ``Members of the Group``: the meeting body (the words of its name up to the head noun);
4. ``the Secretariat``: the meeting body's secretariat, from ``ingest/data/meeting-secretariats.csv``
   looked up along the meeting body's parent chain (``cwg-wsis-sdg`` -> ``wsis-secretariat``),
   else its own; an agent of requests, but no body mention of its own (no body record unless a
   request goes to it); ``the UNCTAD secretariat`` is UNCTAD (no new body);
5. ``the Commission`` / ``the Organization`` ...: the last body mentioned whose name has that head noun.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from wsiskg.ingest.extract.body_mentions import code_of_a_meeting, named_conference, names_a_meeting, names_no_body
from wsiskg.ingest.extract.body_names import YEAR_PART, BodyName, body_index, find_body_names, head_of
from wsiskg.ingest.extract.body_titles import is_title, title_after, titled
from wsiskg.ingest.extract.casing import joiner_alternation, name_connectors, name_joiners, title_cased
from wsiskg.ingest.extract.countries import country_code
from wsiskg.ingest.extract.dates import held_words
from wsiskg.ingest.extract.document import current_document, longest_first
from wsiskg.ingest.extract.gazetteer import (
    BodyEntry,
    auxiliary_alternation,
    bodies,
    body_ancestors,
    body_connectors,
    body_head_nouns,
    body_heads,
    body_openers,
    country_heads,
    data_rows,
    first_heads,
    head_last_words,
    honorifics,
    job_title_words,
    leading_heads,
    meeting_secretariats,
    modal_alternation,
    roles,
    small_words,
)
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting_mentions import session_stem
from wsiskg.ingest.extract.ordinals import ordinal_regex
from wsiskg.ingest.extract.study_groups import (
    StudyGroupIndex,
    as_written,
    is_question,
    names_study_group,
    report_texts,
    study_group_sector,
)
from wsiskg.ingest.records import MEETING_NAME, Body, ParsedReport, Span
from wsiskg.ingest.text import DASH, UPPER, alternation, squash, upper_of

#: what may not touch a body name: a word character, ``&``, ``/`` or ``-`` before it
#: (``UN-Habitat``, ``ITU/BDT``), a word character or ``&`` or ``-``/``/`` + a word character after it
#: (``ITU-T``, ``Council-22``, ``WTSA-20`` are not mentions of ITU, the Council, WTSA), but for a
#: participle glued to it (``the UNESCO-hosted event``, ``ITU-led``: the body hosts, leads)
_LB_RE = re.compile(r"[\w&/\-]")
_RB_RE = re.compile(r"[\w&]|/\w|-(?![a-z]+ed\b)\w")
#: a word written as an acronym: a capital first, then letters, digits, ``&``, ``.``, ``-`` or ``/``
#: (``EGH``, ``EG-Dec482``, ``PCC.II``, ``CWG-WSIS&SDG``); :func:`acronym_written` says which are acronyms
_ACRONYM_WORD = r"[A-Z][A-Za-z0-9&\-/.]*[A-Za-z0-9]"
_DEFINED = re.compile(rf"\(({_ACRONYM_WORD}(?: [A-Z][A-Z0-9&\-/.]*[A-Z0-9])?)\)")
#: an acronym standing alone, after ``the`` or not (``The KRPG``, ``NRAs``)
_ACRONYM_ALONE = re.compile(rf"(?:[Tt]he\s+)?(?P<acr>{_ACRONYM_WORD})")
_NAME_WORD = re.compile(r"[\w&/+.'’\-]+")
#: the small words that join a name's words (``casing.name_joiners``: ``of``, ``&``, ``de``)
_CONNECTORS = name_joiners()


#: an elided article glued to a capitalised word: ``l'Information``, ``d'Ivoire``, ``dell’Economia``
def _elided(upper: str) -> str:
    """An elided article before a capital (``upper``: a character class's letters)."""
    return rf"(?:[dl]|dell|all|nell)['’](?=[{upper}])"


_ELIDED = _elided(UPPER)
_SYMBOL = re.compile(r"/|-\d")  # document symbols and event codes, not acronyms


def acronym_written(written: str) -> bool:
    """Whether ``written`` (one word, or two in brackets) is an acronym: two capitals or more and no
    document symbol or event code (a slash, a digit after a hyphen: ``C19/33``, ``WTDC-22``). The one
    reader of an acronym's form: the acronyms defined in brackets (:func:`find_defined`) and an
    acronym standing alone (:func:`acronym_alone`)."""
    return sum(c.isupper() for c in written) >= 2 and not _SYMBOL.search(written)


def acronym_alone(phrase: str) -> tuple[str, bool] | None:
    """``(acronym, plural)`` when ``phrase`` is an acronym alone, after ``the`` or not (``The KRPG``:
    ``("KRPG", False)``; ``NRAs``: ``("NRA", True)``, a plural ``s`` after a capital), else ``None``."""
    m = _ACRONYM_ALONE.fullmatch(phrase.strip())
    if m is None:
        return None
    word = m.group("acr")
    plural = len(word) > 2 and word.endswith("s") and word[-2].isupper()
    word = word[:-1] if plural else word
    return (word, plural) if acronym_written(word) else None


def _plausible(acronym: str, words: list[str]) -> list[str]:
    """Trim the name on the left, after a connector (``and``, ``of the`` ...), so that it starts with
    the acronym's first letter and keeps two words or more (``Ministry of Health and the Expert Group
    on X (EGX)``, ``Member States of the African Union (AU)``); a name whose acronym is in another
    language or leaves out a word is kept whole (``Inter-American Telecommunication Commission
    (CITEL)``, ``Federal Office of Communications (OFCOM)``)."""
    letters = re.sub(r"[^A-Z]", "", acronym.upper())
    cuts = [i for i in range(1, len(words) - 1) if words[i - 1] in _CONNECTORS and words[i] not in _CONNECTORS]
    if initials(words) != letters:
        for i in cuts:  # "ASEAN Secretariat and the Asia-Pacific Telecommunity (APT)": the name the letters spell
            if initials(words[i:]) == letters:
                return words[i:]
    for i in cuts:  # "ECOWAS Commission and the West African Economic and Monetary Union (UEMOA)"
        if _joins_two_bodies(words[:i], words[i:]):
            return words[i:]
    first = acronym[0].upper()
    if words and words[0][0].upper() == first:
        return words
    for i in cuts:
        if words[i - 1] in _CONNECTORS and words[i] not in _CONNECTORS and words[i][0].upper() == first:
            return words[i:]
    return words


def _joins_two_bodies(left: list[str], right: list[str]) -> bool:
    """Whether ``and`` (``and the``) joins two bodies' names: the left one ends in a head noun, the
    right one is a name of its own (``Commission and the Economic and Monetary Union``)."""
    while left and left[-1] == "the":
        left = left[:-1]
    if len(left) < 2 or left[-1] not in ("and", "&"):
        return False
    right_head = head_of(" ".join(right))
    # "Ministry of Communications of Ruritania and the National X Agency (NXA)": a head that leads its name
    left_head = head_of(" ".join(left[:-1]))
    leads = left_head is not None and left_head[2] == "body" and left[0] in leading_heads() and len(left) > 3
    return (left[-2] in head_last_words("body") or leads) and right_head is not None and len(right) > 1


def initials(words: list[str]) -> str:
    """The capital initials of a name's words and of their hyphenated parts (``Asia-Pacific
    Telecommunity`` -> ``APT``)."""
    return "".join(part[0] for w in words for part in w.split("-") if part[:1].isupper())


def defined_name(text: str, paren_start: int, acronym: str | None = None) -> str | None:
    """The capitalised name just before ``(ACRONYM)`` at ``paren_start``; a comma ends it, but
    inside a list that the acronym's first letter has not been reached in yet (``Rapporteur
    Group on Work Programme, Structure and Organization (RG-WPO)``)."""
    before = text[:paren_start].rstrip()
    words = before.split(" ")
    taken: list[str] = []
    for w in reversed(words):
        if not w:
            break
        bare = w.strip(",;:")
        if bare != w and not (w == bare + "," and acronym and _in_list(taken, acronym)):
            break  # punctuation ends the name
        if w.endswith(".") and taken and taken[-1] in body_openers():
            break  # a sentence's end: "... rules of ITU-T. The National X Office (NXO)"
        if w[0].isupper() or w[0].isdigit() or re.match(_ELIDED, w) or (_connector(w) and taken):
            taken.append(w)
            continue
        break
    taken = _after_paragraph_number(taken[::-1], acronym)
    while taken and (_connector(taken[0]) or taken[0] in body_openers()):
        taken.pop(0)
    return " ".join(taken) or None


def _after_paragraph_number(taken: list[str], acronym: str | None) -> list[str]:
    """The words of a name after the number of the paragraph it opens: the first word (``3 The National
    Frequency Agency (NFA)``, ``4.2 Regional Spectrum Office (RSO)``) or one before an opener (``2
    Activities 2.1 The High-Level Group (HLG)``); a number the acronym begins with stays (``5 Rivers
    Telecom Forum (5RTF)``)."""
    cut = [
        i
        for i, w in enumerate(taken[:-1])
        if (i == 0 or taken[i + 1] in body_openers())
        and w[0].isdigit()
        and _HEADING_NUMBER.fullmatch(w + " ") is not None
        and not (acronym or "").startswith(w.rstrip("."))
    ]
    return taken[cut[-1] + 1 :] if cut else taken


def _connector(word: str) -> bool:
    """A small word inside a name, in English or another language (``of``, ``de``, ``la``, ``et``:
    ``body-connectors.csv``)."""
    return word in name_connectors()


def _in_list(taken: list[str], acronym: str) -> bool:
    """Whether the words taken so far (last first) are a list item of a longer name: joined by
    ``and`` and none starts with the acronym's first letter yet."""
    joined = "and" in taken or any(w in body_connectors("and") for w in taken)  # "e", "y", "et"
    return joined and not any(w[:1].upper() == acronym[0].upper() for w in taken if w not in _CONNECTORS)


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
        r"\b(?:[Tt]he|[Tt]his) (?:(" + alternation(heads) + r")|(" + alternation(wide) + r"))\b(?![-\w])"
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
        #: catalogue acronyms the report gives another body: there they name that body only
        self._redefined = frozenset(squash(d.acronym) for d in defined if d.redefines)
        self.secretariat = meeting_secretariat(meeting_body)
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


def _ancestors(key: str | None) -> list[str]:
    """``key`` and its parents; a study group (not in the gazetteer) continues from its sector."""
    if not key:
        return []
    sector = study_group_sector(key)
    return [key, *body_ancestors(sector)] if sector and key not in bodies() else body_ancestors(key)


def meeting_secretariat(meeting_body: str | None) -> str | None:
    """The body that ``the Secretariat`` means in a report of ``meeting_body``: the secretariat
    ``ingest/data/meeting-secretariats.csv`` gives for it or a group above it, short of the
    organisation it belongs to (the General Secretariat serves the whole organisation: a
    group's ``Secretariat`` is never it unless the text names it); else the meeting body's own
    secretariat (:func:`own_secretariat`)."""
    if not meeting_body:
        return None
    table = meeting_secretariats()
    home = home_organization(meeting_body)
    for key in _ancestors(meeting_body):
        if key == home or (bodies().get(key) and bodies()[key].kind in ("un-entity", "organization")):
            break
        if key in table:
            return table[key]
    return own_secretariat(meeting_body)[0]


def own_secretariat(meeting_body: str) -> tuple[str, str]:
    """Key and name of the secretariat of a body with none of its own in the data:
    ``cwg-internet-secretariat``, ``Secretariat of the Council Working Group on ...``."""
    entry = bodies().get(meeting_body)
    return f"{meeting_body}-secretariat", f"Secretariat of the {entry.name if entry else meeting_body}"


def home_organization(meeting_body: str | None) -> str | None:
    """The organisation a meeting body belongs to (``cwg-wsis-sdg`` -> ``itu``)."""
    table = bodies()
    for key in _ancestors(meeting_body):
        entry = table.get(key)
        if entry and entry.kind in ("un-entity", "organization") and key != "un":
            return key
    return None


@cache
def _not_by_form() -> frozenset[str]:
    """Heads that name a body only in the catalogue or with a defined acronym, never by form alone:
    a programme or a fund is mostly a project or money (``by_form`` in ``body-heads.csv``)."""
    return frozenset(r["head"] for r in data_rows("body-heads.csv") if r.get("by_form") == "no")


@lru_cache(maxsize=64)  # one per set of capitals a text holds (text.upper_of)
def _form_tail(upper: str, word: str, of: str, and_: str, the: str, listed: str) -> str:
    """The words after a body head in :func:`_form_pattern`: ``of``/``for``/``on``/``in``/``at`` and
    capitalised words, a list closed by ``and``, ``and the`` before a place's last word, or an agency
    ``under the`` body it reports to (the parts of the name ``word`` and the joiners as built there)."""
    # an agency "under the" body it reports to: "State Agency of X under the Cabinet of Ministers of Y"
    under = rf"\s+under\s+the\s+(?:{alternation(body_connectors('under')) or '(?!)'})\b"
    return (
        rf"(?:(?:\s+(?:{of}|in|at)\s+(?:(?:{the})\s+)?{word}|{under})"
        rf"(?:\s+(?:{of}|in|at|against)\s+(?:(?:{the})\s+)?{word}|\s+(?:&|{word})|{listed}|\s+and\s+(?!the\b){word}"
        rf"|{under}"
        rf"|\s+(?:{and_})\s+(?:(?:{of})\s+)?(?:(?:{the})\s+)?{word}"
        rf"|\s+and\s+the\s+(?![A-Z]{{2,}}\b){word}(?!\s+[{upper}(]|\s+(?:{of})\s+(?:(?:{the})\s+)?[{upper}]|\s+of\s))*)?"
    )


@lru_cache(maxsize=64)  # keyed by the capitals a text holds: a handful per corpus
def _form_pattern(upper: str) -> re.Pattern[str]:
    """A body named by its form: capitalised words ending in a body head noun
    (``ingest/data/body-heads.csv``, category body), then optionally ``of``/``for``/``on`` and
    capitalised words (``Ministry of ICT and Innovation``, ``European Broadcasting Union``);
    ``upper``: the capitals of a character class (:func:`~wsiskg.ingest.text.upper_of`)."""
    heads = alternation([h for h in body_head_nouns() if h not in _not_by_form()], spaces=True)
    # "Directorate of eHealth", "Expert Group on Telecommunication/ICT Indicators"
    # an elided article before a capital is part of the word: "de l'Information", "Côte d'Ivoire"
    # a short title in the name keeps its dot: "University of St. Gallen", "Ss. Cyril and Methodius University"
    word = (
        rf"(?:[{upper}]|[a-z](?=[{upper}])|{_elided(upper)})(?:[\w'’&\-]|/(?=[{upper}][a-z]|[A-Z]{{2,}}\b))*"
        rf"(?:(?<=\b[A-Z][a-z])\.(?=\s+[{upper}]))?"
    )
    # "and" joins a tail word only before a capitalised word that is no acronym and no "the":
    # "Ministry of ICT and Innovation", not "Ministry of Health and UNESCO" / "... and the X"
    # a comma goes on only inside a list closed by "and": "Ministry of Energy, Environment and
    # Communications"; "and the" only before a last word of a place: "Office for Asia and the Pacific"
    # (then a complement in lower case is the sentence's: "... and the Pacific for their support")
    # (an acronym inside the list too, not last: "Ministry of Science, ICT and Future Planning")
    # other languages' "of" (de, des, für) and "and" (et, y): "Agence de Régulation des Postes et des Télécoms"
    of = alternation(["of", "for", "on", *body_connectors("of")])
    and_ = alternation(body_connectors("and")) or "(?!)"
    # (closed by another language's "and" too: "Ministério da Ciência, Tecnologia, Inovações e Comunicações")
    listed = rf",\s+{word}(?=(?:\s+{word}|,\s+{word})*,?\s+(?:and|{and_})\s+(?![A-Z]{{2,}}\b){word})"
    the = alternation(["the", *body_connectors("the")])  # "Instituto Dominicano de las Telecomunicaciones"
    tail = _form_tail(upper, word, of, and_, the, listed)
    # "and" also joins words before the head: "Strategic Planning and Membership Department"
    # never over a run of spaces, a column's edge: "Ms Ana Ruiz   National Broadcasting Authority"
    # and another language's "of" joins them too: "Empresa Brasileira de Tecnologia Educacional S.A."
    foreign_of, foreign_the = alternation(body_connectors("of")), alternation(body_connectors("the"))
    # and a list closed by "and": "ICT, Science and Technology Division"
    # (its last item may have a few words: "Technology, Climate Change and Natural Resource Management Division")
    comma = rf",\s+(?=(?:{word},\s+){{0,3}}{word}(?:[ \t]+{word}){{0,2}}\s+(?:and|&)\s+{word})"
    # a head before "and" ends a name: "Addis Ababa University and Fundación X" are two
    # (but inside a list by commas: "Informatics, Administration and Publications Department";
    # a head before "for" after a comma starts its name: "Chief, Division for Public Administration and X")
    head_words = alternation(head_last_words("body"))
    ends = rf"(?:(?<=,\s)(?!(?:{head_words})\s+for\s)|(?!(?:{head_words})\s+(?:and|&|for)\s))"
    # "for" too, after no head: "ICT for Development Division" (not "Partnership for X Division")
    pre = (
        rf"{ends}{word}(?![ \t]{{2}})(?:{comma}|\s+(?:(?:and|&|for)\s+|(?:{foreign_of})\s+(?:(?:{foreign_the})\s+)?)?)"
    )
    # a head that comes first may have its name right after it: "Fundacja Cyfrowa", "Universidad Nacional de X"
    first = alternation(sorted(first_heads()), spaces=True) or "(?!)"
    lead = rf"(?:{first})(?:\s+{word}){{1,3}}(?=\s+(?:{of})\s|\s*[^\w\s\-]|\s*$|\s+[a-z])"
    # ... or words in lower case after its own language's "of", the whole name: "Corte dei conti"
    foreign = alternation(body_connectors("of"))
    lower = rf"\s+(?:{foreign})\s+(?:(?:{the})\s+)?(?!(?:{foreign}|{the})\b)[a-z][\w'’]+"
    english = alternation(body_connectors("ends"))
    lowered = rf"(?:{first})(?:{lower}){{1,2}}(?![\w\-])(?=\s*[^\w\s]|\s*$|\s+(?:{english})\b)"
    return re.compile(rf"(?<![\w\-])(?P<name>{lowered}|(?:{lead}|(?:{pre}){{0,7}}(?:{heads})){tail})(?![\w\-])")


def _stands_alone(text: str, m: re.Match[str]) -> bool:
    """Whether the name by form ``m`` (:func:`_form_pattern`) is a name of its own where it stands: not a
    project's title in quotes, no part of a longer name or a title's words, no place after a venue's word."""
    if _quoted(text, m.start(), m.end()):
        return False  # '"ICT Academy for Women Engineers" - Association X': a project's title
    inside = _INSIDE_NAME.search(text, max(0, m.start() - 60), m.start())
    if inside and (
        _role_word(inside.group("word"))
        or (inside.group("and") and inside.group("word") in head_last_words("body"))  # "X University and Y"
        or (inside.group("and") and m.group("name").split()[0] in country_heads())  # "... and Statistics Norway"
        or _person_ends(text, inside.end("word"))
        or _numbered_event(text, inside.start("word"), inside.group("word"))
        or _acting_acronym(inside)
        or _lone_owner_word(text, inside)
    ):
        inside = None  # "Director of the X", "Ms Ana Ruiz of the X", "the 36th Session of the X": X's name
    portfolio = _PORTFOLIO.search(text, max(0, m.start() - 80), m.start())
    if portfolio and _role_word(portfolio.group("role")):
        return False  # "Minister of Telecommunications and the Information Society of X": a title's words
    if inside or _FRAGMENT.fullmatch(text, 0, m.start()):
        return False  # "World Summit on the Information Society": part of a longer name (a line cut before it)
    if _name_goes_on(text, m.end()) or _known_acronym_after(text, m.end(), m.group("name")):
        return False
    # "held at the Kenyatta International Convention Centre": a place
    return not _venue_before().search(text, max(0, m.start() - 40), m.start())


def _named_by_form(text: str) -> list[tuple[str, tuple[str, str, str]]]:
    """``(name, head)`` of each body named by form in ``text`` (:func:`_form_pattern`): at least
    two words, not only head words (``Working Group``), not led by a sentence word (``The``)."""
    out = []
    for m in _form_pattern(upper_of(text)).finditer(text):
        if not _stands_alone(text, m):
            continue
        name = m.group("name")
        tail = (
            _lower_last_word(text, name, m.end())
            + _accredited_to(text, name, m.end())
            + _number_after(text, name, m.end())
        )
        words = (name + tail).split()
        owner = max((i + 1 for i, w in enumerate(words) if w.endswith(("'s", "’s"))), default=0)
        words = words[owner:]  # "ITU’s WSIS Secretariat": the body after the owner
        while words and (words[0] in body_openers() or _joint_owners(words[0])):
            words.pop(0)  # "ITU/UNESCO Broadband Commission": the bodies that run it are no part of the name
        words = _after_post_topic(text, m.start(), words)
        words = _before_next_phrase(_head_and_before(text, m.start()) + words)
        words = _without_listed_country(_acronym_before(text, m.start()) + _one_case(words))
        words = words if _places_head(" ".join(words)) else _without_place(words)
        words = _without_glossed_country(_ended_by_country(words))
        for part in (p for listed in _listed_bodies(words) for p in _unit_and_owner(_own_words(listed))):
            name = " ".join(part)
            head = head_of(name)
            if head is None or head[2] != "body" or len(part) < 2 or name == head[0] or country_code(name):
                continue
            if name in _concepts() or _building(part):
                continue  # "the Information Society": a concept; "X Convention Centre": a place, no body
            if head[1] == "secretariat" and not _secretariat_tail(part[part.index(head[0].split()[-1]) + 1 :]):
                continue
            if _named_enough(part, head[0]):
                out.append((name, head))
    return out


#: a name ending in "the" and a capitalised word: "Preparatory Committee for the Tunis"
_THE_PROPER_END = re.compile(r"\s(?:of|for|on)\s+the\s+[A-Z][\w'’\-]*\Z")
#: a group's topic in capitals: "Group on Internet", "Committee on Budget"
_TOPIC_END = re.compile(r"\son\s+[A-Z][\w'’\-]*\Z")
#: one word in lower case before a bracket, a punctuation mark, "of", "at" or an auxiliary: "phase (",
#: "phase of the", "phase at its", "phase would"
_LOWER_LAST = re.compile(
    rf"\s+([a-z]{{3,}})(?=\s*\(|\s+(?:of|at|{modal_alternation('future')}|{auxiliary_alternation(role='singular')})\s|[,.;:]|\s*$)"
)


def _lower_last_word(text: str, name: str, end: int) -> str:
    """The last word of a name whose complement is ``the`` and a proper noun, written in lower case:
    ``Preparatory Committee for the Tunis phase`` (``the Tunis`` names nothing), or a topic's noun
    after ``on`` and a capitalised word (``Arab Group on Internet issues``: ``topic`` words of
    ``body-connectors.csv``); not a verb
    (``end`` words of ``prose-groups.csv``, a word in ``-ed``), nor after a country (``of the
    Philippines spoke``)."""
    if _TOPIC_END.search(name):
        return _topic_tail(text, name, end)  # "Arab Group on Internet issues"
    proper = _THE_PROPER_END.search(name)
    m = _LOWER_LAST.match(text, end) if proper else None
    if (
        proper is None
        or m is None
        or m.group(1) in _CONNECTORS
        or m.group(1) in _topic_ends()
        or m.group(1).endswith("ed")
    ):
        return ""
    return "" if country_code(name[proper.start() :].split(None, 2)[-1]) else " " + m.group(1)


#: words in lower case after a name (up to five), and what follows them
_LOWER_RUN = re.compile(rf"((?:[ \t]+[a-z][a-z\-]*[a-z]){{1,5}})(\s*[(),;:]|\.(?:\s|$)|\s*$|\s+{DASH}\s)?")
#: the last word of a topic by its form: a noun of an action, a state or a field (``preparation``,
#: ``improvements``, ``mobility``, ``governance``, ``statistics``, ``capacity-building``)
_TOPIC_NOUN = re.compile(r"[a-z\-]*(?:tions?|sions?|ments?|ity|ities|ances?|ences?|ics|ing)")


def _topic_tail(text: str, name: str, end: int) -> str:
    """The words in lower case that end a group's topic after ``on`` and a capitalised word
    (``Correspondence Group on ITU-T working methods``, ``Working Group on Internet-related public
    policy issues``, ``Commission on ITU matters``, ``Rapporteur Group on NGN mobility``): up to four
    words, the last a topic's noun (``topic`` words of ``body-connectors.csv``, or a noun by its form:
    :data:`_TOPIC_NOUN`), none a small word of a name or an adverb, and what follows ends the name (a
    punctuation mark, a bracket, ``in`` or a word that ends a topic: ``end`` words of
    ``prose-groups.csv``, ``met``, ``to``); not a meeting of the group (``the Group on WSIS meeting held in``),
    nor after a bare head noun (``report to the Council on WSIS implementation``)."""
    m = _LOWER_RUN.match(text, end)
    if m is None or len(name.split(" on ", 1)[0].split()) < 2:
        return ""  # "report to the Council on WSIS implementation": a bare head's "on" is the verb's
    run = m.group(1).split()
    for k in range(1, min(4, len(run)) + 1):
        words, last = run[:k], run[k - 1]
        if last in _CONNECTORS or last in ("and", "or") or last.endswith("ly") or last in _topic_ends():
            return ""
        ends = (run[k] in _topic_ends() or run[k] == "in") if k < len(run) else m.group(2) is not None
        noun = last in body_connectors("topic") or _TOPIC_NOUN.fullmatch(last)
        if ends and noun and not names_a_meeting(f"{name} {' '.join(words)}"):
            return " " + " ".join(words)
    return ""


#: a number after a name: "Question 14-3/2", "Decision 482" (not a year, a sentence's last dot)
_NUMBER_AFTER = re.compile(r"\s+(?!(?:19|20)\d\d\b)\d[\w/\-]*(?:\.\d+)*")


def _number_after(text: str, name: str, end: int) -> str:
    """The number of a text or question a group's topic names (``Expert Group on Decision 482``,
    ``Rapporteur Group for Question 14-3/2``): after a topic word of ``body-connectors.csv`` (role
    ``numbered``), not after ``Ministry of Health`` (a count in a table's next column)."""
    m = _NUMBER_AFTER.match(text, end)
    last = name.split()[-1]
    if m is None or last not in body_connectors("numbered") or " " not in name:
        return ""
    return m.group(0)


@cache
def _places() -> tuple[str, ...]:
    """Heads whose name runs over the place it is accredited to (``body-place-heads.csv``):
    ``Permanent Mission of X to the Y at Z``, ``Permanent Delegation of X to UNESCO``."""
    return tuple(r["head"] for r in data_rows("body-place-heads.csv"))


def _places_head(name: str) -> bool:
    return name.startswith(tuple(h + " " for h in _places()))


#: where a mission is accredited: `` to the United Nations Office at Geneva``, `` in Geneva``, `` to the
#: United Nations Office and (to the) other international organizations in Geneva``
_ACCREDITED = re.compile(
    r"(?:\s+to\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:and\s+(?:other\s+)?|of\s+(?:the\s+)?)?[A-Z][\w\-]*){0,7}"
    r"(?:\s+and\s+(?:to\s+)?(?:the\s+)?other\s+international\s+organi[sz]ations)?)?"
    r"(?:\s+(?:at|in)\s+[A-Z][\w\-]*)?"
)


def _accredited_to(text: str, name: str, end: int) -> str:
    """The place a permanent mission or delegation named ``name`` (ending at ``end``) is accredited
    to, part of its name as its country is (decision 16): ``Permanent Mission of Kenya to the United
    Nations Office at Geneva``, ``Permanent Mission of Chile in Geneva``."""
    first, _, rest = name.partition(" ")
    if not _places_head(rest if first in body_openers() else name):  # "The Permanent Mission of X to Y"
        return ""
    m = _ACCREDITED.match(text, end)
    return m.group(0) if m else ""


@cache
def _topic_ends() -> frozenset[str]:
    return frozenset(r["word"] for r in data_rows("prose-groups.csv") if r["role"] == "end")


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][\w&\-]*)\)")
_ACRONYM_BEFORE = re.compile(r"\(([A-Z][A-Z\w&\-]*)\)\s+\Z")


def _acronym_before(text: str, start: int) -> list[str]:
    """``Internet Governance Forum (IGF) Dynamic Coalition on X``: a body of the body the bracket
    defines, named after its acronym (``IGF Dynamic Coalition on X``)."""
    m = _ACRONYM_BEFORE.search(text, max(0, start - 20), start)
    return [m.group(1)] if m else []


def _known_acronym_after(text: str, end: int, name: str) -> bool:
    """A catalogue acronym in brackets after the name, whose catalogue name shares half its words:
    the name is that body's, misspelt or cut (``Educational, Scientific and Cultura1 Organization
    (UNESCO)``), no new body (``Ethiopian Communications Authority (ECA)`` is not the ECA of the
    catalogue)."""
    m = _ACRONYM_AFTER.match(text, end)
    index = body_index()
    key = index.keys.get(squash(m.group(1))) if m else None
    if key is None:
        return False
    if squash(name).endswith(squash(index.names[key].name)) and squash(name) != squash(index.names[key].name):
        return False  # "Division on X of the United Nations Conference on Trade and Development (UNCTAD)": its unit
    words = {w.lower() for w in name.split() if w not in _CONNECTORS}
    known = {w.lower().strip(",") for w in index.names[key].name.split()}
    return len(words & known) * 2 >= len(words)


def _joint_owners(word: str) -> bool:
    """``ITU/UNESCO``: catalogue bodies joined by ``/`` before a name."""
    catalogue = body_index().keys
    return "/" in word and all(squash(part) in catalogue for part in word.split("/"))


def _secretariat_tail(tail: list[str]) -> bool:
    """What may follow a secretariat's head noun in its name: nothing, or ``of`` (``the``) and a name
    in capitals, its small words aside (``Executive Secretariat of WSIS``, ``Executive Secretariat of the
    Summit``, ``Secretariat of the Commission on Science and Technology for Development``)."""
    if tail[:2] == ["of", "the"]:
        tail = tail[1:]
    if not tail:
        return True
    words = tail[1:]
    return (
        tail[0] in ("of", "the")
        and bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _CONNECTORS for w in words)
    )


@cache
def _ordinal_before() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w\-]){ordinal_regex()}\s+\Z")


def _numbered_event(text: str, start: int, word: str) -> bool:
    """An event noun after an ordinal (``the 36th Session of the``, ``the Third Meeting of the``):
    the body after it is the one that meets, not a word of a longer name."""
    return word in head_last_words("event") and _ordinal_before().search(text, max(0, start - 30), start) is not None


_OPEN_QUOTES = "\"“«‘'"
_CLOSE_QUOTES = "\"”»’'"


def _quoted(text: str, start: int, end: int) -> bool:
    """A name in quotation marks is a title (of a project, a paper, an event), not a body."""
    return start > 0 and text[start - 1] in _OPEN_QUOTES and text[end : end + 1] in _CLOSE_QUOTES


def _listed_bodies(words: list[str]) -> list[list[str]]:
    """Names listed by a comma, each ending in its own head noun: ``Section for Universal Access,
    Communication and Information Sector`` (a unit, then the sector it belongs to); a list inside
    one name stays whole (``Ministry of Energy, Environment and Communications``, ``ICT, Science and
    Technology Division``, ``Ministry of X, Y and Z of the Russian Federation``: the words after the
    comma have no head of their own); two heads joined by ``and`` end and start two names (``Addis
    Ababa University and Fundación X``)."""
    heads = head_last_words("body")
    for i in range(1, len(words) - 1):
        if words[i] in ("and", "&") and words[i - 1] in heads and words[i + 1] in heads and i > 1:
            return [words[:i], *_listed_bodies(words[i + 1 :])]  # "X University and Fundación Y": two bodies
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1].endswith(",") and words[i] not in heads and _headed(words[i:]):
            left = [*words[: i - 1], words[i - 1][:-1]]
            if not any(w in heads for w in left):
                return [words]  # "ICT, Science and Technology Division": a list before one head
            return [*_listed_bodies(left), words[i:]]
    return [words]


def _headed(words: list[str]) -> bool:
    """Whether ``words`` name a body of their own: a body's head noun before their first preposition
    (``Communication and Information Sector``; not ``Communications and Mass Media of the Russian
    Federation``, nor ``Media and Information Society of the Republic of X``, whose head ends a concept
    of :func:`_concepts`: the end of a list in a ministry's name)."""
    name = " ".join(words)
    head = head_of(name)
    core = re.split(r"\s+(?:of|on|for|to)\s+", name, maxsplit=1)[0]
    concept = any(core == c or core.endswith(" " + c) for c in _concepts())
    return head is not None and head[2] == "body" and not concept


def _shouting(word: str) -> bool:
    """A word in capitals that is no acronym: a long word or a small word of a name (``SECRETARIAT``,
    ``L'INFORMATION``, ``ET``, ``OF``)."""
    letters = re.sub(r"[\W\d_]", "", word)
    return letters.isupper() and (len(letters) >= 7 or (len(letters) >= 2 and _connector(letters.lower())))


def _one_case(words: list[str]) -> list[str]:
    """A name in title case is no part of the words in capitals around it (a cover block, a letterhead
    in two languages: ``MINISTERE ... DE LA COMMUNICATION Ministry of Posts SECRETARIAT GENERAL``): the
    longest run of words not in capitals."""
    flags = [_shouting(w) for w in words]
    if all(flags) or not any(flags):
        return words
    capitals = [bool(re.sub(r"[\W\d_]", "", w)) and re.sub(r"[\W\d_]", "", w).isupper() for w in words]
    for i in [*range(1, len(words)), *range(len(words) - 2, -1, -1)]:  # "GOVERNANCE FORUM": a heading's words too
        j = i - 1 if i and flags[i - 1] else i + 1
        if capitals[i] and 0 <= j < len(words) and flags[j] and capitals[j]:
            flags[i] = True
    runs: list[list[str]] = [[]]
    for w, shout in zip(words, flags, strict=True):
        if shout:
            runs.append([])
        else:
            runs[-1].append(w)
    return max(runs, key=len)


def _without_listed_country(words: list[str]) -> list[str]:
    """A country listed after a name is no part of it: ``Ministry of Economy and Business, Spain,
    and Ms X`` (a name's comma only joins a list closed by ``and``)."""
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1].endswith(","):
            return words[: i - 1] + [words[i - 1][:-1]] if country_code(" ".join(words[i:])) else words
    return words


def _without_place(words: list[str]) -> list[str]:
    """A name's ``in ...`` is part of it only after its purpose, ``for X in Y`` (``Global
    Partnership for Gender Equality in the Digital Age``, ``Society for Technology in Education``),
    and never a country; else it places the body (``Ministry of ICT in Kenya``, ``Office in Cairo``)."""
    if "at" in words[1:]:  # "United Nations Office at Geneva": a city alone; not "Task Force at the Forum"
        at = words.index("at", 1)
        words = words[: at + 2] if len(words) > at + 1 and words[at + 1][0].isupper() else words[:at]
    if "in" not in words[1:]:
        return words
    at = words.index("in", 1)
    place = [w for w in words[at + 1 :] if w != "the"]
    if _office_in_city(words[:at], place):
        return words  # "ITU Area Office in Moscow": an office named by its kind only is told apart by its city
    if (
        "for" in words[:at]
        and not country_code(" ".join(place))
        and not _region_only(words[words.index("for") + 1 : at])
    ):
        return words
    return words[:at]


@cache
def _office_kinds() -> frozenset[str]:
    """Words that say only what kind of office a body has (``office`` = ``kind`` in
    ``body-generic-words.csv``: ``Regional``, ``Area``, ``Liaison``)."""
    return frozenset(r["word"] for r in data_rows("body-generic-words.csv") if r.get("office") == "kind")


def _office_in_city(office: list[str], place: list[str]) -> bool:
    """Whether ``office`` is named only by its kind and its owner (``ITU Area Office``, ``Regional
    Office``, ``Office of ITU``), so that the city after ``in`` tells it apart and is part of its name
    (``ITU Regional Office in Bangkok``); an office with a name of its own (``Arab Regional Office``,
    ``Office for Europe``) or placed in a country is not."""
    if len(office) < 2 or office[-1] != "Office" and "Office" not in office[:2]:
        return False
    if not 1 <= len(place) <= 2 or not all(w[0].isupper() for w in place) or country_code(" ".join(place)):
        return False
    catalogue = body_index().keys
    own = [w for w in office if w not in ("Office", "of", "the") and squash(w) not in catalogue]
    return all(w in _office_kinds() for w in own)


def _ended_by_country(words: list[str]) -> list[str]:
    """A name up to the country its last ``of`` names (decision 16): ``and`` after the country joins
    another body (``Ministry of ICT of the Republic of Korea and Ofcom``), unless the country's name
    goes on over it (``of Trinidad and Tobago``)."""

    def country(part: list[str]) -> bool:
        return bool(part) and bool(country_code(" ".join(x for x in part if x != "the")))

    for j, w in enumerate(words):
        if w not in ("and", "&"):
            continue
        ofs = [k for k in range(1, j) if words[k] == "of"]
        if any(country(words[k + 1 : j]) and not country(words[k + 1 :]) for k in ofs):
            return words[:j]
    return words


def _without_glossed_country(words: list[str]) -> list[str]:
    """A name in another language (a small word of it another language's, ``body-connectors.csv``: ``für``,
    ``de``, ``e``) ends before an English ``of`` and a country, the writer's gloss (decision 16 keeps a country
    the name itself holds): ``Instituto für Digitale Netze of Austria`` -> ``Instituto für Digitale Netze``."""
    foreign = [i for i, w in enumerate(words) if w in _foreign_connectors()]
    for k in range(foreign[-1] + 2 if foreign else len(words), len(words) - 1):
        if words[k] == "of" and country_code(" ".join(w for w in words[k + 1 :] if w != "the")):
            return words[:k]
    return words


@cache
def _foreign_connectors() -> frozenset[str]:
    """The small words of a body's name in another language (``body-connectors.csv``, roles of, and, the)."""
    return frozenset(w for role in ("of", "and", "the") for w in body_connectors(role))


def _region_only(words: list[str]) -> bool:
    """Whether ``words`` (a name's ``for ...``) name only a region (``Asia and the Pacific``, ``Europe``:
    ``body-generic-words.csv``): the ``in ...`` after them places the office (``Office for Europe in X``)."""
    return bool(words) and all(w in _generic_words() or w in ("and", "the", "&") for w in words)


def _unit_and_owner(words: list[str]) -> list[list[str]]:
    """A unit named with the body it belongs to, ``X Division of the Telecommunication Development
    Bureau``, ``Committee of Y of the Ministry of Z``: the unit, and the owner when the catalogue
    does not know it (a catalogue owner is found as itself); the owner is a catalogue body or a name
    led by its head noun, the unit a name of its own (``Board of the Preparatory Committee``
    stays whole, and so does ``Executive Committee of the RCC``: an acronym). ``of the COUNTRY`` stays
    (``National Bank of the Kyrgyz Republic``, decision 16)."""
    catalogue = body_index().keys
    for i in range(1, len(words) - 2):
        if words[i] != "of" or words[i + 1] != "the":
            continue
        unit, owner = words[:i], words[i + 2 :]
        if _generic_unit(unit):  # "Steering Committee of the Partnership on X": named with its owner
            return [words, owner] if owner[0] in leading_heads() and len(owner) > 1 else [words]
        if country_code(" ".join(owner)):
            return [words]  # "National Bank of the Kyrgyz Republic": a country after a person's post is cut before
        head = head_of(" ".join(unit))
        if head is None or not _named_enough(unit, head[0]):
            continue
        if len(owner) > 1 and squash(" ".join(owner)) in catalogue:  # "of the RCC": part of the name
            return [unit]
        if owner[0] in leading_heads():
            return [unit, owner]
    return [words]


@cache
def _generic_words() -> frozenset[str]:
    """Words of a unit's name that any body may have (``Executive``, ``Regional``, a region):
    ``ingest/data/body-generic-words.csv``."""
    return frozenset(r["word"] for r in data_rows("body-generic-words.csv"))


def _generic_unit(unit: list[str]) -> bool:
    """A unit any body may have, named only by generic words and its head (``Executive
    Committee``, ``Regional Office for Europe and Central Asia``, ``Committee of Ministers``): no
    body without the name of its owner."""
    heads = head_last_words("body")
    named = [w for w in unit if w not in _CONNECTORS and w not in heads]
    return bool(unit) and unit[0] not in _CONNECTORS and all(w.rstrip(",") in _generic_words() for w in named)


def _own_words(words: list[str]) -> list[str]:
    """The words of one body where ``and`` joins it to another name: ``Ministry of Health and
    UNESCO`` (a catalogue body after), ``Ms Lee and Finance Department``, ``Kenya and Rural
    Radio Authority`` (a person, a country or a catalogue body before); without the catalogue body
    it belongs to (``Publications Department of BR``, ``Digital Society Division of the BDT``)."""
    catalogue = body_index().keys
    # "... Division of the BDT", a unit named by its head last (not "Board of Heads of X of the RCC")
    owner = 3 if len(words) > 3 and words[-3:-1] == ["of", "the"] and words[-4] in head_last_words("body") else 2
    if (
        len(words) > 2
        and words[-owner] in ("and", "&", "of")
        and squash(words[-1]) in catalogue
        and words[-1].isupper()
    ):
        if not (words[-owner] == "of" and _generic_unit(words[:-owner])):
            words = words[:-owner]  # "... Department of BR": the body it belongs to (not "Regional Office of X")
    while words and words[-1] in _CONNECTORS:
        words.pop()
    heads = head_last_words()
    for i, w in enumerate(words):
        if w in heads or w in ("of", "on", "for"):
            break  # the head reached: what follows is the name's tail
        # "Ana Silva Director Rural Spectrum Authority": a signature (not a role word right before the
        # head it qualifies: "Joint Rapporteur Group on X"; one that starts a head, "Expert Group", as before)
        pair = " ".join(words[i : i + 2])
        before_head = i + 1 < len(words) and words[i + 1] in heads and not any(h == pair for h, _, _ in body_heads())
        if i and _role_word(w.rstrip(",")) and w not in heads and not before_head:
            return _own_words(words[i + 1 :])
        if w in ("and", "&") and not i:
            return _own_words(words[1:])  # "(a post) and Rural Radio Authority": no name before it
        if w in ("and", "&"):
            left = words[:i]
            named = (
                left[0].rstrip(".") in _honorific_words()
                or any(country_code(c) for c in " ".join(left).split(", "))
                or squash(" ".join(left)) in catalogue
            )
            modifier = i + 2 < len(words) and words[i + 2] in heads  # "Access and Service Directorate"
            if i + 1 < len(words) and words[i + 1] in heads and not modifier:
                # "UNESCO and Ministry of Health"; "the Agenda and Programme", "Minister of Digital
                # Economy and Society of X": no name before the head, the head alone (no body)
                acronym = left[-1].isupper()  # "MITIC and Ministry of Education"
                return words[i + 1 :] if named or acronym else words[i + 1 : i + 2]
            if named:
                return words[i + 1 :]
    return words


@cache
def _venue_before() -> re.Pattern[str]:
    """A verb of holding and ``at``/``in`` before a name: the name is the place an event is held
    (``held at the X Convention Centre``; verbs of ``date_words.csv``, role ``held``)."""
    return re.compile(rf"\b(?:{alternation(held_words())})\s+(?:at|in)\s+(?:the\s+)?\Z")


@cache
def _venue_words(role: str) -> frozenset[str]:
    return frozenset(r["word"] for r in data_rows("body-venues.csv") if r["role"] == role)


def _building(words: list[str]) -> bool:
    """A name headed by a building noun after what the building is for (``body-venues.csv``): the
    place an event is held (``Hyderabad International Convention Centre``), no body."""
    return bool(words) and words[-1] in _venue_words("building") and bool(set(words) & _venue_words("use"))


@cache
def _concepts() -> frozenset[str]:
    """Concepts of WSIS texts that read like bodies by their form (``Information Society``):
    ``ingest/data/body-concepts.csv``."""
    return frozenset(r["name"] for r in data_rows("body-concepts.csv"))


@cache
def _determiners() -> frozenset[str]:
    """Openers that start a new phrase even inside a run of capitalised words (``determiner`` in
    ``body-openers.csv``): ``... and Management The Standing Committee``, a heading run into the text."""
    return frozenset(r["word"] for r in data_rows("body-openers.csv") if r.get("determiner") == "yes")


def _before_next_phrase(words: list[str]) -> list[str]:
    """The words of a name after a post or a person listed before it (``Chief, X Department``, ``Ms A
    B, X and Y Unit``) and up to where
    another phrase starts: ``and`` before a person's honorific
    (``University of X and Ms Y``: the body, then a person), or a determiner in capitals after a word
    of the name (``Committee on X The Committee``: a heading run into its first sentence)."""
    comma = next((i for i, w in enumerate(words[:-2]) if w.endswith(",")), None)
    if comma is not None and words[0].rstrip(".") in _honorific_words():
        words = words[comma + 1 :]  # "Mr A B, Strategy and Policy Unit": a person, then the name
    post = _post_before(words)
    while post:
        words = words[post:]  # "Chief, Policy and Strategies Department": a post before the name (after a person)
        post = _post_before(words)
    for i in range(1, len(words)):
        if words[i - 1].endswith(",") and words[i].isupper() and squash(words[i].rstrip(",")) in body_index().keys:
            return [*words[: i - 1], words[i - 1][:-1]]  # "Division on X, UNCTAD, and ...": the body it belongs to
        if words[i] in ("and", "&") and i + 1 < len(words) and words[i + 1].rstrip(".") in _honorific_words():
            return words[:i]
        if words[i] in _determiners() and not _connector(words[i - 1]):
            return words[:i]
    return words


#: a post and the word before its topic: "Senior Adviser on ", "Officer for "
_POST_ON = re.compile(r"(?P<role>[A-Z][\w'’\-]*)\s+(?:on|for)\s+\Z")


def _after_post_topic(text: str, start: int, words: list[str]) -> list[str]:
    """The words of a name after a post's topic up to its comma (``Senior Adviser on Gender, Strategic
    Planning and Membership Department``: the post is ``Senior Adviser on Gender``)."""
    post = _POST_ON.search(text, max(0, start - 40), start)
    comma = next((i for i, w in enumerate(words[:-2]) if w.endswith(",")), None)
    led = len(words) > 2 and words[1] in ("on", "for") and _role_word(words[0])  # "Adviser for Youth, X Division"
    return words[comma + 1 :] if comma is not None and (led or (post and _role_word(post.group("role")))) else words


def _post_before(words: list[str]) -> int:
    """How many words of ``words`` a post listed before the name takes, up to its comma (``Chief,``,
    ``Programme Officer,`` ``Senior Adviser,``: a role word before the comma): 0 when none does."""
    comma = next((i for i, w in enumerate(words[:-2]) if w.endswith(",")), None)
    return comma + 1 if comma is not None and comma < 3 and _role_word(words[comma][:-1]) else 0


#: a single head noun opening a name, joined by ``and`` to the words before the name's last head:
#: ``the Administration and Finance Department`` (not ``X University and Finance Department``: two)
_HEAD_AND = re.compile(
    r"(?:^|(?<=[^\w\s])|(?<=\b[a-z]{2}\s)|(?<=\b[a-z]{3}\s)|(?<=\b[a-z]{4}\s))\s*(?P<head>[A-Z][a-z]+)\s+and\s+\Z"
)


def _head_and_before(text: str, start: int) -> list[str]:
    """``Administration and`` before a name found from its second word (a head before ``and`` ends a
    name, :func:`_form_pattern`): the head noun opens the name when nothing capitalised comes before
    it and it never leads a name with ``of`` (``Administration``, not ``Ministry``)."""
    m = _HEAD_AND.search(text, max(0, start - 40), start)
    if m is None or m.group("head") not in head_last_words("body") or m.group("head") in leading_heads():
        return []
    return [m.group("head"), "and"]


@cache
def _honorific_words() -> frozenset[str]:
    return frozenset(h.rstrip(".") for h in honorifics())


@cache
def _person_name_end() -> re.Pattern[str]:
    """A person's name ending at the end of the text searched: an honorific and up to four
    capitalised words (``Ms Mette Nørgaard``, ``Professor Ana Lobo``)."""
    titles = alternation(sorted(_honorific_words()), spaces=True)
    return re.compile(rf"(?<![\w.])(?:{titles})\.?\s+(?:[{UPPER}][\w'’.\-]*\s+){{0,3}}[{UPPER}][\w'’.\-]*\Z")


def _person_ends(text: str, end: int) -> bool:
    """Whether a person's name (:func:`_person_name_end`) ends at ``end`` of ``text``."""
    return _person_name_end().search(text, max(0, end - 80), end) is not None


#: a post's complement listed before the name: "Minister of Telecommunications and the "
_PORTFOLIO = re.compile(
    r"(?P<role>[A-Z][\w'’\-]*)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’\-]*,?\s+){0,3}[A-Z][\w'’\-]*\s+(?:and|&)\s+(?:the\s+)?\Z"
)


#: the word before another: ``the`` in ``the Presidency of the``
_WORD_BEFORE = re.compile(r"(?:^|(?P<word>\S+)\s+)\Z")
#: only a heading's number before a word: "4 Report of the X", "2.1 Work of the Y", "IV Report of the Z"
_HEADING_NUMBER = re.compile(r"\s*(?:\d+(?:\.\d+)*|[IVX]+)\.?\s+")


def _lone_owner_word(text: str, inside: re.Match[str]) -> bool:
    """Whether the capitalised word before ``of the`` is a noun of its own, no longer name's: one word
    in title case, no head noun, after a word in lower case that is no connector, an opener or nothing
    (``the Presidency of the Council of the European Union``, ``The Report of the Expert Group on X``,
    ``the Chairmanship of the Y Committee``), or after a heading's number (``4 Report of the Z``); not
    ``World Summit on the Information Society``, ``Secretariat of the Z``, ``Plan of Action for the W``,
    ``Quality of Service for V``."""
    word = inside.group("word")
    if inside.group("and") or not word[1:].islower() or word in head_last_words("body"):
        return False
    at = inside.start("word")
    if _HEADING_NUMBER.fullmatch(text, 0, at) and inside.group(0).rstrip().endswith(" the"):
        return True  # "4 Report of the Standing Committee on X": a heading, the noun after its number
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    prev = (before.group("word") or "") if before else ""
    if prev == "the":  # "holding the Presidency of the X", "took note of the Report of the Y"
        before = _WORD_BEFORE.search(text, max(0, at - 60), before.start("word")) if before else None
        prev = (before.group("word") or "") if before else ""
        return not prev[:1].isupper() or prev in body_openers()
    # "Plan of Action for the X", "Quality of Service for Y": a name goes on before the word
    return not prev or (prev[0].islower() and not _connector(prev)) or prev in body_openers() or not prev[-1].isalnum()


def _acting_acronym(inside: re.Match[str]) -> bool:
    """An acronym before ``on``/``for`` heads no longer name; it acts: ``worked with ITU on the X
    Focus Group``, ``UNESCO for the Y``."""
    word = inside.group("word")
    return not inside.group("and") and word.isupper() and len(word) > 1 and not inside.group(0).startswith(f"{word} of")


_FRAGMENT = re.compile(r"\s*(?:of|on|for|and)\s+(?:the\s+)?")
_INSIDE_NAME = re.compile(r"(?P<word>[A-Z][\w'’\-]*)\s+(?:(?:of|on|for)\s+(?:the\s+)?|(?P<and>and|&)\s+)\Z")
#: a longer capitalised name goes on after it: "... Society Day", "... Fund in Trust" (an acronym
#: in brackets after it does not: a name the defined-acronym reader took is not taken twice)
_NAME_GOES_ON = re.compile(r"\s+(?:[A-Z]|in\s+[A-Z])")
#: the country column after an organisation in a table row: "National Broadcasting Authority Peru"
_LAST_CELL = re.compile(r"\s+(?P<cell>[^\s,;.()]+(?:\s(?! )[^\s,;.()]+)*)[ \t]*$")


def _name_goes_on(text: str, end: int) -> bool:
    """A longer name goes on after ``end`` (:data:`_NAME_GOES_ON`), not over a column's edge (a
    run of spaces) nor into a country that ends the line (a table row's last cell)."""
    if not _NAME_GOES_ON.match(text, end) or re.match(r"[ \t]{2}", text[end:]):
        return False
    line_end = text.find("\n", end)
    last = _LAST_CELL.fullmatch(text, end, len(text) if line_end < 0 else line_end)
    return not (last and country_code(last.group("cell")))


def _named_enough(words: list[str], head: str) -> bool:
    """A name says which body it is: capitalised words before its head that are no body words
    themselves (``Rural Spectrum Authority``, not ``Council Working Group``), or a head that
    comes first with its ``of ...`` (``Ministry of Health``), also after the catalogue body it
    belongs to (``ITU Office for Europe``); a head that comes first before a country's name alone
    (``Statistics Norway``: ``leads`` ``country`` in ``body-heads.csv``)."""
    head_words = head.split()
    at = next((i for i in range(len(words)) if words[i : i + len(head_words)] == head_words), 0)
    before = words[:at]
    catalogue = body_index().keys
    heads = {h for h, _, _ in body_heads()} - country_heads()  # "Statistics Committee of X" is named
    if _group_with_topic(words[at:], head, qualified=bool(before)):
        return True  # "Expert Group on Cybercrime", "RCC Working Group on X", "Group of Friends of the Chair"
    if head in country_heads():  # "Statistics Norway" names a body, "Statistics Newsletter" none
        return not before and country_code(" ".join(words[at + len(head_words) :])) is not None
    # a secretariat named by the body it serves: "Secretariat of the Basel Convention" (:func:`_secretariat_tail`)
    leads = head in leading_heads() or any(h == head and kind == "secretariat" for h, kind, _ in body_heads())
    complement = leads and len(words) > at + len(head_words) + 1
    if before and not all(squash(w) in catalogue for w in before if w not in _CONNECTORS):
        # role words name no body either: "the Rapporteur Group", "a Chairman's Group"
        named = [w for w in before if w not in _CONNECTORS]
        return not all(w in heads or squash(w) in catalogue or _role_word(w) for w in named)
    # "Ministry of Health"; after a catalogue body, "ITU Office for Europe" (not "ITU Office")
    return complement


def _group_with_topic(words: list[str], head: str, qualified: bool = False) -> bool:
    """A group's head noun followed by its topic (``Working Group on X``, ``Task Force on Y``,
    ``Group of Friends of the Chair``, ``Rapporteur Group on Z``): the topic says which group it is,
    whatever comes before the head (``qualified``: words come before it)."""
    kinds = {k for h, k, _ in body_heads() if h == head}
    after = words[len(head.split()) :]
    # a bare "Group" only with "of": "briefed the Group on X" is the meeting body
    links = ("on", "for", "of") if " " in head or qualified else ("of",)
    return bool(kinds & {"working-group", "expert-group"}) and len(after) > 1 and after[0] in links


@cache
def _role_words() -> frozenset[str]:
    titles = {w for w in job_title_words()[0] if " " not in w}  # "Chief of the X Department": a title
    return frozenset(f for r in roles().values() for f in r.forms if " " not in f) | titles


def _role_word(word: str) -> bool:
    return word.removesuffix("'s").removesuffix("’s") in _role_words()


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
    """A numbered body of the meeting (``Working Party 6A``: :data:`_NUMBERED`) that the study groups'
    reader has read as a Sector's working party (``read``: its mentions as written) is that working party."""
    for key, d in list(out.items()):
        names = [squash(n) for n in (d.name, *d.aliases)]
        if d.local and any(n.endswith(r) or r.endswith(n) for n in names for r in read):
            del out[key]


#: a study group or a working party named in words (a title in brackets after its short form,
#: ``SG5 (Environment)``, is the short form's gloss)
_IN_WORDS = re.compile(r"(?:\S+\s+){0,2}(?:Study|Working)\s")


def _defined_by_acronym(report: ParsedReport, catalogue: dict[str, str]) -> dict[str, DefinedBody]:
    """``Expert Group on ICT Household Indicators (EGH)``: the name before an acronym in brackets,
    when its head noun names a body; in the title too (a group named only there, ``Council Working Group
    on X (CWG-X)`` over its dateline)."""
    out: dict[str, DefinedBody] = {}
    for text in report_texts(report.title, (p.text for p in report.paragraphs)):
        for m in _DEFINED.finditer(text):
            acronym = m.group(1)
            if not acronym_written(acronym):
                continue
            name = defined_name(text, m.start(), acronym)
            words = _plausible(acronym, name.split()) if name else []
            head = _numbered_head(words) if words else None
            if (lower := _lower_tail_name(text, m.start(), acronym, head)) is not None:
                words, head = lower.split(), head_of(lower)  # "Focus Group on AI-native networks (FG-AINN)"
            name = " ".join(words)
            if head is None and name.isupper() and len(words) > 1:
                name = title_cased(name)  # "WORKING GROUP ON X (WG-X)": the name the text writes in capitals
                head = _numbered_head(name.split())
            if not name or squash(name) in catalogue:
                continue
            if head is None or head[2] != "body" or YEAR_PART.search(acronym) or YEAR_PART.search(before_topic(name)):
                continue
            if (known := catalogue.get(squash(acronym))) is not None:
                if not _other_head(name, head, known):
                    continue  # the catalogue body misspelt: "International Telecommunications Union (ITU)"
                out.setdefault(slug(name), DefinedBody(slug(name), name, acronym, head[1], redefines=known))
                continue
            acronym = session_stem(text[: m.start()], acronym)
            key = slug(acronym)
            out.setdefault(key, DefinedBody(key, name, acronym, head[1]))
        for acronym, name, head in _acronym_first(text, catalogue):
            out.setdefault(slug(acronym), DefinedBody(slug(acronym), name, acronym, head[1]))
    return out


def _other_head(name: str, head: tuple[str, str, str], key: str) -> bool:
    """Whether a name defined by a catalogue body's acronym ends in another head noun than the catalogue
    body's name: another body (``Czech Telecommunication Office (CTU)``, not the Caribbean Union)."""
    entry = bodies().get(key)
    theirs = head_of(entry.name) if entry else None
    if entry is None or theirs is None or len(name.split()) < 2 or squash(entry.name) in squash(name):
        return False  # "of the Union (CWG-LANG)", "X Division of the Telecommunication Development Bureau (BDT)"
    return theirs[0].split()[-1] != head[0].split()[-1]


#: the number that ends a body numbered within its parent: ``Committee 5``, ``Committee II``, ``Group B``
_LAST_NUMBER = re.compile(r"\d{1,2}[A-H]?|[IVX]{1,4}|[A-H]")


def _numbered_head(words: list[str]) -> tuple[str, str, str] | None:
    """The head of a name, also of one numbered by its last word (``Permanent Consultative Committee
    II (PCC.II)``, ``Working Committee 3 (WC3)``: the head before the number)."""
    found = head_of(" ".join(words))
    if (
        found is None
        and len(words) > 1
        and _LAST_NUMBER.fullmatch(words[-1])
        and not names_study_group(" ".join(words))
    ):
        found = head_of(" ".join(words[:-1]))  # not "Study Group 17 (SG17)": the Sector's study group
    return found


def before_topic(name: str) -> str:
    """A name's words before its topic or purpose (``of``, ``on``, ``for``, ``to``): a year there
    makes it an event (``Forum 2031``, ``Council 2030``); a year in the topic does not (``Working
    Group to prepare for the 2031 Conference``)."""
    return re.split(r"\s(?:of|on|for|to)\s", name, maxsplit=1)[0]


#: an acronym followed by its name in brackets: ``IMPACT (International Multilateral Partnership
#: Against Cyber Threats)``
_ACRONYM_FIRST = re.compile(r"(?<![\w\-])([A-Z][A-Z0-9&\-]{1,14})\s+\(([A-Z][^()]{4,120})\)")


def _acronym_first(text: str, catalogue: dict[str, str]) -> list[tuple[str, str, tuple[str, str, str]]]:
    """``(acronym, name, head)`` of each acronym defined by a name in brackets after it, when the
    name's initials spell the acronym and its head noun names a body."""
    out = []
    for m in _ACRONYM_FIRST.finditer(text):
        acronym, name = m.group(1), m.group(2).strip()
        if squash(acronym) in catalogue or squash(name) in catalogue:
            continue
        # the head may stand inside the name: "Partnership Against Cyber Threats"
        head = head_of(name) or next((h for h in body_heads() if f" {h[0]} " in f" {name} "), None)
        letters = re.sub(r"[^A-Z]", "", acronym)
        if head is not None and head[2] == "body" and initials(name.split()) == letters:
            out.append((acronym, name, head))
    return out


def _add_named_by_form(report: ParsedReport, catalogue: dict[str, str], out: dict[str, DefinedBody]) -> None:
    """Bodies named by form only (:func:`_named_by_form`, :data:`_NUMBERED`), unless the name is
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
            if _acronym_and_head(name, head[0], out):
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
        for m in _NUMBERED.finditer(p.text):  # "Committee 5": a body of the meeting (keyed within it)
            name = _without_openers(m.group(0))
            _add_numbered(name, title_after(p.text, m.end()), catalogue, defined, out)
    _numbers_with_topics(out)


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
    return bool(rest) and rest[0][:1].islower() and rest[0] not in ("on", "for", "of")


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


@cache
def _prose_group_pattern() -> re.Pattern[str]:
    """``an ad hoc group on the review of X``, ``the correspondence group on Y``: a group named in
    lower case by its kind and topic (``ingest/data/prose-groups.csv``: the kinds, role ``group``;
    the words that end the topic, role ``end``); the topic ends at a punctuation mark (a comma only
    outside a list closed by ``and``), a spaced dash or such a word;
    the acronym of the group's parent may come before it (``the TSAG Rapporteur group on X``); a
    group numbered within its meeting needs no article (``Subgroup 2 on fixed broadband indicators``)."""
    rows = data_rows("prose-groups.csv")
    kinds = alternation([r["word"] for r in rows if r["role"] == "group"], spaces=True)
    ends = alternation([r["word"] for r in rows if r["role"] == "end"])
    ends = rf"(?:and\s+)?(?:{ends})"  # "... and designated Ms Y to lead it"
    # a comma inside the topic only in a list closed by "and": "on Work Programme, Restructuring and Management"
    listed = r"\s+(?:[^\s,;:()\[\]]+\s+){1,3}?and\s"
    word = rf"[^\s,;:()\[\]]+(?:,(?={listed}))?"
    topic = rf"(?:(?!{ends}\b){word}\s+){{0,9}}?(?!{ends}\b)[^\s,;:()\[\]]*[\w)]"
    named = rf"(?:an?|the|its|this)\s+(?P<name>(?-i:[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)?\s+)?(?:{kinds})\s+on\s+{topic})"
    numbered = rf"(?P<numbered>(?=(?-i:[A-Z]))(?:{kinds})\s+\d{{1,2}}\s+on\s+(?=(?-i:[a-z])){topic})"
    return re.compile(
        rf"(?<![\w\-])(?:{named}|{numbered})(?=\s*(?:,(?!{listed})|[;:()]|\.(?:\s|$)|$)|\s+{ends}\b|\s+{DASH}\s)",
        re.IGNORECASE,
    )


def _prose_groups(text: str) -> list[str]:
    """The names of the groups :func:`_prose_group_pattern` finds in ``text``, as written."""
    return [m.group("name") or m.group("numbered") for m in _prose_group_pattern().finditer(text)]


def _shortens(short: str, name: str) -> bool:
    """Whether ``short`` ends ``name`` or starts it (or its words after the first) before its
    ``of``/``for``/``on``: ``Executive Secretariat`` of ``WSIS Executive Secretariat`` and of
    ``Executive Secretariat of WSIS``, ``APT Preparatory Group`` of ``APT Preparatory Group for
    WTDC-14``, ``Regional Office`` of ``ITU Regional Office for Europe``."""
    if name.endswith((f" of {short}", f" of the {short}")):
        return False  # "Council of the Eurasian Economic Commission": the body it belongs to, no short form
    # "Permanent Mission of X" of "Permanent Mission of X to the United Nations": the place it is accredited to
    # "Area Office" of "ITU Area Office in Moscow": the city that tells an office apart (_office_in_city)
    links = ("of", "for", "on", "to", "in") if _places_head(name) else ("of", "for", "on", "in")
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


#: a body numbered within its conference or meeting: "Committee 5", "Sub-Committee 2", "Sub-Committee
#: A", "Sub-group 1", "Permanent Consultative Committee I", "Working Group 4A", "Working Group B" (a
#: letter, not "I"), "Sub-Working Group 4B-2", "Working Party 3", "Working Party 1/11", "Working Party
#: 2/TSAG", "ITU-R Task Group 5/1", "Joint Task Group 6-8-9" (a capitalised word after it continues
#: another name)
_NUMBERED = re.compile(
    r"(?<![\w\-])(?:[A-Z][\w\-]*\s+){0,3}(?:(?:Committee|Sub-Committee|Subcommittee|Sub-[Gg]roup|Subgroup)"
    r"\s+(?:\d{1,2}[A-H]?|[IVX]{1,4}|[A-H])"
    r"|(?:Sub-)?Working\s+Group\s+(?:\d{1,2}[A-H]?(?:-\d{1,2})?|[A-H])"
    r"|Working\s+Party\s+\d{1,2}[A-H]?(?:/(?:\d{1,2}|[A-Z]{3,6}))?"
    r"|Task\s+Group\s+\d{1,2}(?:[/\-]\d{1,2})*)"
    r"(?![\w/\-]|\.\w|\s+(?:of|on)\s+[A-Z])"
)


@cache
def _lower_tail_pattern() -> re.Pattern[str]:
    heads = alternation(body_head_nouns(), spaces=True)
    # "Working Group to prepare for the 2031 Conference on X (WG-X31)": its purpose
    return re.compile(
        rf"(?:[{UPPER}][\w'’\-]*\s+){{0,4}}(?:{heads})\s+(?P<tail>(?:on|for|of|to)\s+[^(),;.:]{{1,120}}?)\s*\Z"
    )


def _lower_tail_name(text: str, paren_start: int, acronym: str, head: tuple[str, str, str] | None) -> str | None:
    """A name whose last words are in lower case, before its acronym, when the capitalised words
    name no body (``head``): ``Inter-Sector Coordination Group on issues of mutual interest (ISCG)``
    (a tail of up to 60 characters); before an event's name only when the letters of the acronym
    spell it (``Council Working Group to prepare for the 2031 World Radio Conference (CWG-WRC31)``)."""
    if head is not None and head[2] == "body":
        return None
    m = _lower_tail_pattern().search(text, max(0, paren_start - 200), paren_start)
    if m is None:
        return None
    words = m.group(0).split()
    while words and words[0] in body_openers():
        words.pop(0)
    if not 2 <= len(words) <= 16:
        return None
    letters = re.sub(r"[^A-Z]", "", acronym.upper())
    spelt = initials(words) == letters
    if not spelt and _spelt_at_end(m.group("tail").split()[1:], letters):
        return None  # "the Bureau to carry out a computer incident response team (CIRT)": the tail's own acronym
    return " ".join(words) if spelt or (head is None and len(m.group("tail")) <= 60) else None


def _spelt_at_end(words: list[str], letters: str) -> bool:
    """Whether the last words of ``words`` (in lower case, small words left out) spell ``letters``:
    the acronym in brackets after them is theirs, not a body's (``a computer incident response team
    (CIRT)``)."""
    initials = "".join(w[0] for w in words if w not in small_words()).upper()
    return len(letters) >= 2 and initials.endswith(letters) and words[-1][:1].islower()


def body_records(matcher: BodyMatcher, refs: dict[str, list[int]]) -> tuple[Body, ...]:
    """The bodies of ``refs`` (key -> paragraphs), but for those found only where no body is
    mentioned (:meth:`BodyMatcher.unmentioned`)."""
    out: list[Body] = []
    skip = matcher.unmentioned()
    for key, orders in refs.items():
        if key in skip:
            continue
        entry: BodyEntry | None = bodies().get(key)
        paragraphs = tuple(sorted(set(orders)))
        if entry:
            out.append(Body(key, entry.name, entry.acronym, entry.kind, entry.parent, paragraphs))
        elif key in matcher.defined:
            d = matcher.defined[key]
            out.append(Body(key, d.name, d.acronym or None, d.kind, d.parent, paragraphs))
    return tuple(sorted(out, key=lambda b: b.key))


#: a title in title case that may be a letterhead: capitalised words (and their small words), an acronym in brackets
_LETTERHEAD = re.compile(
    rf"(?:\s*(?:[A-Z][\w&’'\-]*|{joiner_alternation(places=True)})\b)*(?:\s*\([A-Z][\w&\-]*\))?\s*"
)
_ACRONYM_ONLY = re.compile(r"\s*(?:\([A-Z][\w&\-]*\))?\s*")


def _one_body_named(text: str, spans: list[Span]) -> bool:
    """Whether ``text`` is wholly one body's name, with its acronym in brackets or not."""
    if len({s.keys[0] for s in spans}) != 1:
        return False
    rest, last = [], 0
    for s in spans:
        rest.append(text[last : s.start])
        last = s.end
    rest.append(text[last:])
    return bool(_ACRONYM_ONLY.fullmatch("".join(rest).replace("()", "")))


def named_in_title(report: ParsedReport, found: tuple[Body, ...]) -> tuple[Body, ...]:
    """``found`` (the report's bodies) with each catalogue body a title in capitals names that no
    paragraph mentions (a letterhead folded into the title, ``INTERNATIONAL TELECOMMUNICATION UNION``
    over a contribution or a summary): mentioned by the first paragraph, as a meeting body named only
    in the title is (:func:`.own_meeting.meeting_body`); a conference stays none (decision 26). A
    title in title case is a letterhead when it is wholly one catalogue body's name, with its acronym
    in brackets or not (``Telecommunication Development Bureau (BDT)`` over a Director's letter: the
    look half lists the body in 140 of 150 reports whose title is so)."""
    title = report.title or ""
    if not report.paragraphs or not (title.isupper() or _LETTERHEAD.fullmatch(title)):
        return found
    matcher = BodyMatcher(None, find_defined(report))
    text = title.title() if title.isupper() else title  # the catalogue's names are matched as written in title case
    spans = matcher.spans(text, remember=False)
    if not title.isupper() and not _one_body_named(text, spans):
        return found  # a title in title case is a letterhead only when it is one body's name and its acronym
    known = {b.key for b in found}
    first = (report.paragraphs[0].order,)
    added: list[Body] = []
    for span in spans:
        entry = bodies().get(key := span.keys[0])
        if entry is None or key in known or matcher._weak(text, span) or named_conference(entry.name, entry.kind):
            continue
        known.add(key)
        added.append(Body(key, entry.name, entry.acronym, entry.kind, entry.parent, first))
    return found + tuple(added)


def find_bodies(report: ParsedReport, meeting_body: str | None) -> tuple[Body, ...]:
    """Every body mentioned in the report, each with all the paragraphs that mention it."""
    matcher = BodyMatcher(meeting_body, find_defined(report))
    refs: dict[str, list[int]] = {}
    for p in report.paragraphs:
        for s in matcher.spans(p.text):
            refs.setdefault(s.keys[0], []).append(p.order)
    return body_records(matcher, refs)


_TITLED = re.compile(r"(?P<name>.+?) \((?P<title>[^()]+)\)")


def meeting_named_as_meeting(report: ParsedReport, found: tuple[Body, ...], meeting_body: str) -> tuple[Body, ...]:
    """``found`` (the report's bodies) with the report's own meeting body of kind ``MEETING_NAME``
    when the report names it only as a meeting (decision 21 of ``docs/annotation-guide.md``:
    ``Expert Group Meeting on X``, ``Action Line C6 facilitation meeting``, ``WSIS Forum``, or the
    code such a name is given, ``RPM-CIS``): no organisation (the graph keeps its name for the
    meeting's ``wsis:meetingOf``, :mod:`wsiskg.ingest.model`); a catalogue body stays one
    (``Conference Preparatory Meeting``)."""

    def named_as_meeting(b: Body) -> bool:
        if b.key != meeting_body or b.key in bodies():
            return False
        if " " not in b.name.strip():  # a code: the name it is given in brackets
            return code_of_a_meeting(b.name.strip(), (report.title or "", *(p.text for p in report.paragraphs)))
        return names_a_meeting(b.name)

    return tuple(replace(b, kind=MEETING_NAME) if named_as_meeting(b) else b for b in found)


def untitled_meeting_body(bodies: tuple[Body, ...], meeting_body: str) -> tuple[Body, ...]:
    """``bodies`` with the report's own meeting body named without its title in brackets (decision 3:
    the body that met as the report names it, ``Committee 4``; elsewhere it keeps its title,
    decision 6: ``Committee 4 (Editorial)``)."""

    return tuple(replace(b, name=untitled(b.name)) if b.key == meeting_body else b for b in bodies)


def untitled(name: str) -> str:
    """``name`` without its title in brackets (``Committee 5 (Policy Matters)`` -> ``Committee 5``)."""
    m = _TITLED.fullmatch(name)
    return m.group("name") if m and is_title(m.group("title")) else name
