"""One person under several forms of a name: short forms, a surname alone, initials.

Holds the steps of the actor reader that merge the drafts of one person: ``resolve_short_forms``
(``Mr. Okafor`` is the person whose full name ends with it: ``short_form_owner``, by a suffix
index of the full names, the honorific's gender deciding between two), ``merge_surname_only`` and
``merge_initials`` (``A. Owusu`` and the full name it abbreviates), with ``_gender`` (an
honorific's gender). The functions taking ``self`` are methods of
:class:`~wsiskg.ingest.extract.actor_reader._ActorReader` (assigned in its class body; ``self`` is the
reader).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.gazetteer import honorific_genders
from wsiskg.ingest.extract.keys import name_key
from wsiskg.ingest.extract.name_finder import _PersonDraft
from wsiskg.ingest.text import UPPER

if TYPE_CHECKING:
    from wsiskg.ingest.extract.actor_reader import _ActorReader


_INITIAL = re.compile(rf"[{UPPER}]\.")


def _gender(honorific: str | None) -> str | None:
    """ "m" / "f" when a word of the honorific says (``H.E. Ms.`` -> ``f``), else None."""
    found = {honorific_genders().get(w) for w in (honorific or "").split()} - {None}
    return found.pop() if len(found) == 1 else None


def _add_suffixes(index: dict[str, list[str]], key: str) -> None:
    parts = key.split("-")
    for i in range(1, len(parts)):
        index.setdefault("-".join(parts[i:]), []).append(key)


def _suffix_index(keys: Iterable[str]) -> dict[str, list[str]]:
    """Name keys by each of their proper hyphen suffixes (``amara-okafor`` under ``okafor``), in
    the order given: the full names a short form may stand for, without scanning every name."""
    index: dict[str, list[str]] = {}
    for key in keys:
        _add_suffixes(index, key)
    return index


def short_form_owner(
    candidates: list[str], honorific: str | None, order: int, drafts: dict[str, _PersonDraft]
) -> str | None:
    """The person a short form (``Mr. Smith``) in paragraph ``order`` stands for, among the
    ``candidates`` whose full name ends with it: the only one; else the only one of the
    honorific's gender; else the one named most recently before (or in) that paragraph when
    no other was named as recently; else ``None`` (ambiguous: credited to no one)."""
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    gender = _gender(honorific)
    if gender:
        same = [k for k in candidates if _gender(drafts[k].honorific) in (gender, None)]
        if len(same) == 1:
            return same[0]
        candidates = same or candidates
    last = {k: max((o for o in drafts[k].paragraphs if o <= order), default=0) for k in candidates}
    best = max(last.values())
    latest = [k for k in candidates if last[k] == best]
    return latest[0] if best and len(latest) == 1 else None


# ------------------------------------------------------------- whole report
def resolve_short_forms(self: _ActorReader) -> None:
    """Short mentions (``Mr. Okafor``) -> the person whose full name ends with the word
    (:func:`short_form_owner`); one with no full name is a person of its own."""
    drafts = self.drafts
    self._suffixes = _suffix_index(drafts)
    first_words: dict[str, list[str]] = {}
    for k in drafts:
        first_words.setdefault(k.split("-")[0], []).append(k)
    for order, span, hon, name, country in self.short:
        key = span.keys[0]
        matches = [k for k in self._suffixes.get(key, []) if k in drafts]
        if not matches:  # a family name written first: "Dr Sato" after "Dr Sato Kenji"
            matches = [k for k in first_words.get(key, []) if k in drafts and k != key]
        owner = short_form_owner(matches, hon, order, drafts)
        if owner is not None:
            self.alias[key] = owner
            drafts[owner].paragraphs.add(order)
            drafts[owner].country = drafts[owner].country or country
        elif matches:  # two Smiths and nothing to tell which: credited to neither
            self.ambiguous.add(key)
        else:
            if key not in drafts:
                _add_suffixes(self._suffixes, key)
            d = drafts.setdefault(key, _PersonDraft(key, name))
            d.honorific = d.honorific or hon
            d.country = d.country or country
            d.paragraphs.add(order)


def merge_surname_only(self: _ActorReader) -> None:
    """A longer mention without its first name (``Mr. van der Berg``) is the one full name ending with it."""
    drafts, alias = self.drafts, self.alias
    for key in sorted(drafts, key=len):
        longer = [k for k in self._suffixes.get(key, []) if k != key and k in drafts]
        if len(longer) == 1 and key in drafts:
            alias[key] = longer[0]
            drafts[longer[0]].paragraphs |= drafts.pop(key).paragraphs
            for k, v in alias.items():
                if v == key:
                    alias[k] = longer[0]


def merge_initials(self: _ActorReader) -> None:
    """A name written with initials (``O. Adébáyọ̀``, ``J. Echavarren Lazcano`` in a signature) is the
    one full name with that family name whose first name starts with the initial; ``A. Mensah`` after ``Kofi
    Mensah`` is someone else."""
    drafts = self.drafts
    for key, d in list(drafts.items()):
        words = d.name.split()
        initials = next((i for i, w in enumerate(words) if not _INITIAL.fullmatch(w)), len(words))
        if initials == 0 or initials == len(words) or any(_INITIAL.fullmatch(w) for w in words[initials:]):
            continue
        family = name_key(" ".join(words[initials:]))  # "J. Echavarren Lazcano": a family name of two words
        owners = [
            k
            for k in self._suffixes.get(family, [])
            if k != key
            and k in drafts
            and drafts[k].name.split()[0][:1] == words[0][:1]
            and not _INITIAL.fullmatch(drafts[k].name.split()[0])
        ]
        if len(owners) == 1:
            owner = drafts[owners[0]]
            self.alias[key] = owner.key
            owner.paragraphs |= drafts.pop(key).paragraphs
            owner.country = owner.country or d.country
            for k, v in self.alias.items():
                if v == key:
                    self.alias[k] = owner.key
