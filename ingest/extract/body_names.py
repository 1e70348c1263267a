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
from functools import cache
from typing import Any

from wsiskg.ingest.extract.gazetteer import bodies as gazetteer_bodies
from wsiskg.ingest.text import DASH, DASHES, prefix_tree


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


def squash(text: str) -> str:
    """Compare form of a body name: lower case, only letters, digits and ``&``."""
    return re.sub(r"[^a-z0-9&]", "", text.lower())


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


def surfaces_regex(surfaces: Iterable[str]) -> str:
    """The alternation (no group) of :func:`surface_regex` of ``surfaces``, as two prefix trees:
    the multi-word names in lower case, ignoring case, then the single words as written."""
    multi = {s.lower() for s in surfaces if " " in s}
    single = {s for s in surfaces if " " not in s}
    parts = [f"(?i:{prefix_tree(multi, _surface_char)})" if multi else "", prefix_tree(single, _surface_char)]
    return "|".join(p for p in parts if p)


@dataclass(frozen=True)
class BodyIndex:
    pattern: re.Pattern[str]
    keys: dict[str, str]  # squashed surface -> key
    names: dict[str, BodyName]


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
    pattern = re.compile(rf"(?<![A-Za-z&\-])(?:{surfaces_regex(surfaces)})(?![A-Za-z&])")
    return BodyIndex(pattern, keys, {b.key: b for b in bodies})


def body_index(bodies: Iterable[Any] | None = None) -> BodyIndex:
    return _index(as_body_names(bodies))


def find_body_names(text: str, bodies: Iterable[Any] | None = None) -> list[tuple[str, tuple[int, int]]]:
    """``(body key, span)`` for every gazetteer name/acronym/alias in ``text``, longest first."""
    index = body_index(bodies)
    out = []
    for m in index.pattern.finditer(text):
        key = index.keys.get(squash(m.group(0)))
        if key:
            out.append((key, m.span()))
    return out
