"""Catalogue bodies found in text: the bodies gazetteer (``ontology/gazetteers/bodies.csv``: names,
acronyms, aliases) as one regex, tolerant of glued or broken hyphens, spaces and ``&``.

:class:`BodyName` / :func:`load_body_names` / :func:`as_body_names` (the names to look for),
:func:`find_body_names` (``(key, span)`` of each name in a text), :func:`body_index` (the regex
and the key of each surface form), :func:`squash` (the compare form of a name),
:func:`surface_regex` (the regex of one name as written).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import Any

from wsiskg.ingest.extract.countries import country_code
from wsiskg.ingest.extract.document import once_per_document, scope_of
from wsiskg.ingest.extract.gazetteer import bodies as gazetteer_bodies
from wsiskg.ingest.extract.gazetteer import (
    body_ancestors,
    body_connectors,
    body_head_nouns,
    body_heads,
    body_openers,
    first_heads,
)
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.study_group_keys import part_of_study_group
from wsiskg.ingest.text import DASH, DASHES, PrefixTree, squash


@dataclass(frozen=True)
class BodyName:
    key: str
    name: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    kind: str = "organization"

    def surfaces(self) -> tuple[str, ...]:
        return tuple(s for s in (self.name, self.acronym, *self.aliases) if s)


@cache
def load_body_names() -> tuple[BodyName, ...]:
    """The bodies gazetteer (``ontology/gazetteers/bodies.csv``)."""
    return tuple(BodyName(e.key, e.name, e.acronym, e.aliases, e.kind) for e in gazetteer_bodies().values())


_VERIFIED: dict[int, tuple[BodyName, ...]] = {}


def with_redefined(names: tuple[BodyName, ...], defined: Iterable[Any]) -> tuple[BodyName, ...]:
    """``names`` as the report reads them where it gives a catalogue acronym to a body of its own
    (``Commission on Tidal Observation (CTO)`` where the catalogue's CTO is another body; ``defined``: the
    report's bodies, each with the catalogue key it ``redefines``): the catalogue body loses that acronym and
    the report's body is named by it, as the body matcher reads it, so the meeting, its secretariat and the
    request parties get the one key of the body the report defines."""
    redefined = {d.redefines: d for d in defined if d.redefines}
    if not redefined:
        return names
    known = {n.key for n in names}
    kept = tuple(
        BodyName(n.key, n.name, None, n.aliases, n.kind)
        if n.key in redefined and n.acronym and squash(n.acronym) == squash(redefined[n.key].acronym)
        else n
        for n in names
    )
    added = (BodyName(d.key, d.name, d.acronym, d.aliases, d.kind) for d in redefined.values() if d.key not in known)
    return kept + tuple(added)


def as_body_names(bodies: Iterable[Any] | None) -> tuple[BodyName, ...]:
    """Accept :class:`BodyName`, ``records.Body`` or gazetteer dict rows; ``None`` = the gazetteer."""
    if bodies is None:
        return load_body_names()
    if isinstance(bodies, tuple) and _VERIFIED.get(id(bodies)) is bodies:
        return bodies
    if isinstance(bodies, tuple) and all(isinstance(b, BodyName) for b in bodies):
        if len(_VERIFIED) > 64:
            _VERIFIED.clear()
        _VERIFIED[id(bodies)] = bodies  # already names: the same tuple, so its index is found by identity
        return bodies
    out = []
    for b in bodies:
        if isinstance(b, BodyName):
            out.append(b)
        elif isinstance(b, dict):
            aliases = b.get("aliases") or ()
            if isinstance(aliases, str):
                aliases = tuple(a.strip() for a in aliases.split(";") if a.strip())
            out.append(
                BodyName(b["key"], b["name"], b.get("acronym") or None, tuple(aliases), b.get("kind") or "organization")
            )
        else:
            out.append(
                BodyName(
                    b.key,
                    b.name,
                    getattr(b, "acronym", None),
                    tuple(getattr(b, "aliases", ()) or ()),
                    getattr(b, "kind", "organization"),
                )
            )
    return tuple(out)


def _surface_char(ch: str) -> str:
    """Regex for one character of a name as written: flexible spaces, hyphens and ``&``."""
    if ch == " ":
        return r"\s+"
    if ch == "&":
        return r"\s*&\s*"
    if ch in DASHES:
        return rf"{DASH}?\s?"
    return re.escape(ch)


def surface_regex(surface: str) -> str:
    """Regex for a name as written: flexible spaces, hyphens and ``&``; multi-word names ignore case."""
    body = "".join(map(_surface_char, surface))
    return f"(?i:{body})" if " " in surface else body


class SurfacesRegex:
    """The alternation (no group) of :func:`surface_regex` of ``surfaces``, as two prefix trees:
    the multi-word names in lower case, ignoring case, then the single words as written."""

    def __init__(self, surfaces: Iterable[str]) -> None:
        surfaces = list(surfaces)
        self.multi = PrefixTree({s.lower() for s in surfaces if " " in s}, _surface_char)
        self.single = PrefixTree({s for s in surfaces if " " not in s}, _surface_char)

    def regex(self, only: Iterable[str] | None = None) -> str:
        """The alternation; with ``only``, of those surfaces alone, tried in the order the whole
        alternation tries them (:meth:`~wsiskg.ingest.text.PrefixTree.regex`)."""
        kept = None if only is None else set(only)
        multi = self.multi.regex(None if kept is None else {s.lower() for s in kept if " " in s})
        single = self.single.regex(kept)
        return "|".join(p for p in (f"(?i:{multi})" if multi else "", single) if p) or "(?!)"


@lru_cache(maxsize=256)  # documents that hold the same names share it
def _catalogue_regex(alternation: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z&\-])(?:{alternation})(?![A-Za-z&])")


@dataclass(frozen=True)
class BodyIndex:
    surfaces: tuple[str, ...]
    keys: dict[str, str]  # squashed surface -> key
    names: dict[str, BodyName]

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Every name, acronym and alias, as written (:class:`SurfacesRegex`), as whole words."""
        return _catalogue_regex(self.alternation.regex())

    @cached_property
    def alternation(self) -> SurfacesRegex:
        return SurfacesRegex(self.surfaces)

    @cached_property
    def by_key_form(self) -> dict[str, str]:
        """The key a name, an acronym or an alias of one body gives (:func:`.keys.slug`: ``council-working-group-on-x``,
        ``cwg-x``) -> that body's key; a form two bodies share is left out (it names neither surely)."""
        found: dict[str, set[str]] = {}
        for b in self.names.values():
            for s in b.surfaces():
                found.setdefault(slug(s), set()).add(b.key)
        return {form: next(iter(keys)) for form, keys in found.items() if len(keys) == 1}

    def label(self, key: str, written: str | None = None) -> str:
        """The name a label gives body ``key`` (``4th meeting of the {label}``): its catalogue name, else the name
        as ``written`` in the text, else ``key`` (a key the report's own bodies name is written as that body's name
        after extraction: :func:`.event_labels.bodies_named_in_labels`). The one reader of a numbered meeting's
        body name for every label of ``events`` and ``event_forms``."""
        info = self.names.get(key)
        return info.name if info else written or key

    def written_key(self, *written: str | None, found: str | None = None) -> str:
        """The key of a body ``written`` as a text names it (its acronym, its name; the first given names it when
        nothing else does): the catalogue's key of any of them, else ``found`` (the key the body extractor
        found it under there, ``steering-group-on-x`` or ``sgx``), else the slug of the first. The one key
        of a body named as written for its numbered meetings (:func:`.keys.numbered_key`)."""
        forms = [w for w in written if w]
        known = next((k for w in forms if (k := self.keys.get(squash(w)))), None)
        return known or found or slug(forms[0])

    def regex(self, text: str) -> re.Pattern[str]:
        """:attr:`pattern` for reading ``text``. When ``text`` is part of the document being read
        (:func:`~.document.scope_of`), the names that document holds only: they are all
        ``text`` can contain, so the matches are the same, and the patterns that embed this one
        compile in a fraction of the time (a catalogue alternation compiled into a dozen forms was a
        third of a report's extraction)."""
        doc = scope_of(text)
        if doc is None:
            return self.pattern
        found: re.Pattern[str] | None = doc.memo.get((BodyIndex, id(self)))
        if found is None:
            present = [s for s in self.surfaces if doc.holds_squashed(squash(s))]
            found = doc.memo[(BodyIndex, id(self))] = _catalogue_regex(self.alternation.regex(present))
        return found


_BY_IDENTITY: dict[int, tuple[tuple[BodyName, ...], BodyIndex]] = {}


def _index(bodies: tuple[BodyName, ...]) -> BodyIndex:
    """The index of ``bodies``; found by the tuple's identity first (hashing a tuple of every
    catalogue body on each of thousands of calls per report costs more than the matching)."""
    hit = _BY_IDENTITY.get(id(bodies))
    if hit is not None and hit[0] is bodies:
        return hit[1]
    index = _index_of(bodies)
    if len(_BY_IDENTITY) > 64:
        _BY_IDENTITY.clear()
    _BY_IDENTITY[id(bodies)] = (bodies, index)
    return index


@cache
def _index_of(bodies: tuple[BodyName, ...]) -> BodyIndex:
    keys: dict[str, str] = {}
    surfaces: list[str] = []
    for b in bodies:
        for s in b.surfaces():
            keys.setdefault(squash(s), b.key)
            surfaces.append(s)
    return BodyIndex(tuple(surfaces), keys, {b.key: b for b in bodies})


def body_index(bodies: Iterable[Any] | None = None) -> BodyIndex:
    return _index(as_body_names(bodies))


def body_key(key: str, bodies: Iterable[Any] | None = None) -> str:
    """The key of the body of ``bodies`` that ``key`` was made from a form of (its name, acronym or an alias), else
    ``key``."""
    return body_index(bodies).by_key_form.get(key, key)


def find_body_names(text: str, bodies: Iterable[Any] | None = None) -> list[tuple[str, tuple[int, int]]]:
    """``(body key, span)`` for every gazetteer name/acronym/alias in ``text``, longest first (asked of
    the same text again and again by the readers of a report: read once per document model)."""
    found = once_per_document((find_body_names, text, id(bodies)), lambda: _body_names(text, bodies), bodies)
    return list(found)


def _body_names(text: str, bodies: Iterable[Any] | None) -> list[tuple[str, tuple[int, int]]]:
    index = body_index(bodies)
    pattern = index.regex(text)
    out: list[tuple[str, tuple[int, int]]] = []
    for m in pattern.finditer(text):
        if out and m.start() < out[-1][1][1]:
            continue  # inside the longer name taken before
        key = index.keys.get(squash(m.group(0)))
        if key and not _word_of_longer_name(text, pattern, index, m, key):
            out.append(_longer_from_inside(text, pattern, index, m) or (key, m.span()))
    return out


def _word_of_longer_name(text: str, pattern: re.Pattern[str], index: Any, m: re.Match[str], key: str) -> bool:
    """Whether a catalogue name that is only a body's head noun (``Council``: ``body-heads.csv``) is a word
    of a longer capitalised name of another body there: after a capitalised word inside a sentence that
    opens no sentence (``the Executive Council``; not ``Action required The Council``: ``body-openers.csv``),
    or before ``of``/``for`` and a capitalised word (``Council of Arab Ministers for X``, ``Council of the
    Pan-Sahel Union``), unless what follows names the body's own parent (``Council of the International
    Telecommunication Union``)."""
    if m.group(0) not in _head_nouns():
        return False
    before = _CAPITALISED_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if before and before.group("word") not in body_openers():
        return True
    owner = _OWNER_AFTER.match(text, m.end())
    if owner is None:
        return False
    named = pattern.match(text, owner.end())
    return index.keys.get(squash(named.group(0))) not in body_ancestors(key) if named else True


@cache
def _head_nouns() -> frozenset[str]:
    """The head nouns of bodies (``body-heads.csv``, category body): a name that is one of them alone says
    which body it is only where no longer name holds it."""
    return frozenset(body_head_nouns())


#: a capitalised word (no acronym) inside a sentence right before a name: "the Executive " in "the Executive Council"
_CAPITALISED_BEFORE = re.compile(r"\b[a-z][\w'’\-]*\s+(?P<word>[A-Z][a-z][\w'’\-]*)\s+\Z")
#: the start of an owner's name after a head noun: " of the " in "Council of the X", " for " in "Council for X"
_OWNER_AFTER = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])")


#: ``of the`` right before a name: the name is the owner of what is named before it (``Council of the ITU``); the
#: part's title in brackets may stand between, and a capitalised word before the owner's name (``Working Party 7C
#: (Science services) of Radiocommunication Study Group 7``: the Sector's name in words)
_OF_BEFORE = re.compile(r"(?:\s*\([^()]{1,100}\))?\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?\Z")


def organ_before(text: str, start: int, key: str, bodies: Iterable[Any] | None = None) -> str | None:
    """The body named right before ``of (the)`` and the name of body ``key`` at ``text[start:]``, when it is one
    of that body's parts: ``the Council of the ITU`` names the ITU Council (its name before ``of`` is read as the
    organ by :func:`_word_of_longer_name`), ``the Council of the International Telecommunication Union (ITU)``
    too; a study group's working party, its title in brackets maybe between, names the working party
    (``Working Party 5C (X) of Study Group 5 met ...``); else ``None``."""
    of = _OF_BEFORE.search(text, max(0, start - 120), start)
    if of is None:
        return None
    before = [k for k, (_, end) in find_body_names(text, bodies) if end == of.start() and k != key]
    return next((k for k in before if key in body_ancestors(k) or part_of_study_group(k, key)), None)


#: where a later word of a name starts
_LATER_WORD = re.compile(r"(?<=\s)\S")


def _longer_from_inside(
    text: str, pattern: re.Pattern[str], index: Any, m: re.Match[str]
) -> tuple[str, tuple[int, int]] | None:
    """The body whose longer name a later word of the name ``m`` opens, over both (``ITU Council Working Group
    on X``: ``ITU Council``, and ``Council Working Group on X`` from its second word: the working group, its
    parent's name as written kept in its span), else ``None``."""
    for w in _LATER_WORD.finditer(m.group(0)):
        n = pattern.match(text, m.start() + w.start())
        key = index.keys.get(squash(n.group(0))) if n is not None and n.end() > m.end() else None
        if key and n is not None:
            return key, (m.start(), n.end())
    return None


#: a year, or a two-digit year after a hyphen, in a body's name (``Council 2031``, ``WTDC-31``): no word of its core
YEAR_PART = re.compile(r"(?:19|20)\d\d\b|-\d\d$")


def head_of(name: str) -> tuple[str, str, str] | None:
    """(head, kind, category) of a name: the head noun before the first preposition (in capitals too,
    in a name in title case: ``Partnership Against Cyber Threats``); ``in``, ``at``, ``under`` or
    another language's ``of`` after no head noun is inside the name (``Women in Technology Network``,
    ``Empresa Brasileira de Tecnologia S.A.``), after one it ends the core (``State Agency under the
    Government of X``)."""
    words = name.split()
    cut = len(words)
    for i, w in enumerate(words):
        if i > 0 and w.lower() in ("of", "on", "for", "to", "against"):  # "Partnership Against Cyber Threats"
            cut = i
            break
        if i > 0 and (w in ("in", "at", "under") or w in body_connectors("of")) and _head_of_core(" ".join(words[:i])):
            cut = i
            break
    found = _head_of_core(" ".join(w for w in words[:cut] if not YEAR_PART.fullmatch(w)))
    if found is None and cut < len(words) and words[cut] == "for":  # "ICT for Development Division"
        before = " ".join(words[:cut])  # not a country's or a catalogue body's: "ITU for Development Sector"
        named = len(words) > cut + 2  # a word between "for" and the head: not "Matters for Council"
        known = country_code(before) or squash(before) in body_index().keys
        found = _head_of_core(" ".join(words)) if named and not known else None
    return found


@lru_cache(maxsize=4096)  # asked again for the same words by every reader of a body's name
def _head_of_core(core: str) -> tuple[str, str, str] | None:
    """(head, kind, category) of a name's words up to its first preposition."""
    for head, kind, category in body_heads():
        if core == head or core.endswith(" " + head):
            return head, kind, category
    for head, kind, category in body_heads():  # "Universidad Nacional de X", "Fundacja Cyfrowa Y"
        if head in first_heads() and core.startswith(head + " "):
            return head, kind, category
    return None
