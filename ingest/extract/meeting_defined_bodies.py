"""The bodies a report defines for reading its meetings: a name and the acronym in brackets after it (``the
Council Working Group on X (CWG-X)``), a meeting of a body named in capitals (``SIXTH MEETING OF THE WORKING GROUP
ON ...``), a meeting of a kind of its own (``the ninth facilitation meeting of X``) and a group a title names by its
form; a short form of another's name merged into it as an alias. Read by the own meeting's and the study groups'
readers; the mentions of meetings themselves are :mod:`.meeting_mentions`'."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..text import DASH, squash
from .body_form_names import name_tails, title_group_forms
from .body_names import BodyName, body_index, head_of
from .keys import slug
from .meeting_mentions import as_words, name_before_acronym, own_kind_meetings, session_stem

#: an acronym in brackets after a name, maybe opened by its owner's (``(RCC WG-X)``)
_BRACKETED_ACRONYM = re.compile(r"\((?P<acr>(?:[A-Z]{2,6} )?[A-Z][A-Za-z0-9&/\-]*[A-Za-z0-9])\)")
#: a year or a two-digit session number closing an acronym (``WTPF-13``): an event's, not a body's
_YEARLY = re.compile(r"(?:19|20)\d\d\b|-\d\d$")


def defined_acronyms(text: str) -> list[tuple[str, str, int]]:
    """``(name, acronym, where its bracket opens)`` of each acronym in brackets in ``text`` after the name it
    defines (:func:`name_before_acronym`; a name in capitals in words: ``Regional Meeting for Oceania (RM-OCE)``)."""
    found = []
    for m in _BRACKETED_ACRONYM.finditer(text):
        acronym = m.group("acr")
        if sum(c.isupper() for c in re.split(r"[-/\s]", acronym)[0]) < 2:  # "(Kenya)": no acronym
            continue
        name = name_before_acronym(text, m.start(), acronym)
        owner, _, organ = acronym.partition(" ")
        if organ and name is not None and not name.startswith(f"{owner} "):
            continue  # "(RCC WG-X)" after "RCC Working Group on X" only: its owner's acronym opens both
        if name is not None:
            found.append((as_words(name) if name.isupper() else name, acronym, m.start()))  # a name in capitals
    return found


def defined_meeting_bodies(texts: Iterable[str], names: tuple[BodyName, ...]) -> tuple[BodyName, ...]:
    """The bodies ``texts`` (a report's title and paragraphs) define by a name and its acronym,
    for reading the report's meetings: a catalogue body's acronym after a longer name of it (``the
    Council Working Group on the use of the six official languages of the Union (CWG-LANG)``)
    gives the catalogue body that name too; an acronym outside the catalogue gives a body of that
    name, keyed by the acronym (a session's number taken off: ``PrepCom-3`` is ``PrepCom``'s); a
    meeting of a body named in capitals without an acronym gives a body of that whole name. Only
    names headed by a body noun (``body-heads.csv``), not an event's."""

    index = body_index(names)
    found: dict[str, BodyName] = {}
    for text in texts:
        for name, acronym, at in defined_acronyms(text):
            # the head ends the name's first capitalised words ("Council Working Group to prepare for ...")
            head = head_of(re.split(r"\s+(?=[a-z])", name, maxsplit=1)[0])
            if head is None or head[2] != "body" or _YEARLY.search(acronym):
                continue
            if squash(name) in index.keys:  # a name the catalogue knows already
                continue
            known = index.names.get(index.keys.get(squash(acronym), ""))
            if known is not None:  # the catalogue body, with this name as one more of its aliases
                known = found.get(known.key, known)
                found[known.key] = replace(known, aliases=tuple(dict.fromkeys((*known.aliases, name))))
                continue
            key = slug(session_stem(text[:at], acronym))
            if key in found and name != found[key].name:  # another name of it
                found[key] = replace(found[key], aliases=tuple(dict.fromkeys((*found[key].aliases, name))))
            elif key:
                found[key] = BodyName(key, name, acronym, (), head[1])
        for key, name, _, _ in own_kind_meetings(
            text
        ):  # "the ninth facilitation meeting of X": "X facilitation meeting"
            found.setdefault(key, BodyName(key, name, None, (), "meeting"))
        for name in _capitals_meeting_names(text):
            head = head_of(name)
            if head is not None and head[2] == "body" and squash(name) not in index.keys:
                found.setdefault(slug(name), BodyName(slug(name), name, None, (), head[1]))
    return _short_forms_merged(found)


#: a meeting of a body named in capitals (``SIXTH MEETING OF THE WORKING GROUP ON THE REVIEW OF X``):
#: the name runs to the end of the capitals (a comma, a dash or small letters end it; one before its
#: acronym in brackets is read with the acronym)
_CAPITALS_MEETING_OF = re.compile(
    rf"\bMEETINGS?\s+OF\s+(?:THE\s+)?(?P<name>[A-Z][A-Z0-9&'’\-]*(?:\s+[A-Z0-9&'’\-]+)+)(?![\w(])\s*(?=$|,|\s{DASH}|\s[A-Z][a-z])"
)


def _capitals_meeting_names(text: str) -> list[str]:
    """The names of the bodies whose meetings a line in capitals names without an acronym: a body's
    whole name, as the prose may write it in lower case (``the Working Group on the review of X``)."""
    return [as_words(m.group("name")) for m in _CAPITALS_MEETING_OF.finditer(text)]


def title_groups(title: str, texts: Sequence[str], names: tuple[BodyName, ...]) -> tuple[BodyName, ...]:
    """The group the title names by its form without an acronym (:func:`.body_form_names.title_group_forms`),
    when no name of ``names`` is it: a body of its own, keyed by its name as the bodies' reader keys it, not the
    catalogue body that opens its name (``Council Working Group on X``: not the Council)."""
    index = body_index(names)
    found = [(n, h) for n, h in title_group_forms(title, texts) if not any(t in index.keys for t in name_tails(n))]
    return tuple(BodyName(slug(name), name, None, (), head[1]) for name, head in found)


def _short_forms_merged(found: dict[str, BodyName]) -> tuple[BodyName, ...]:
    """The defined bodies, one defined by a short form of another's name (and acronym: ``Informal
    Experts Group (IEG)`` beside ``Informal Experts Group for the X Forum (IEG-X)``; or with no
    acronym, ``THE INFORMAL EXPERTS GROUP`` in a title) as an alias of the longer one."""
    out = dict(found)
    for short in found.values():
        acronym = short.acronym or ""
        longer = [
            b
            for b in found.values()
            if b.acronym
            and (not acronym or b.acronym.startswith(f"{acronym}-"))
            and b.name.casefold().startswith(f"{short.name.casefold()} ")
        ]
        if len(longer) == 1 and short.key in out:
            del out[short.key]
            target = out[longer[0].key]
            out[target.key] = replace(target, aliases=(*target.aliases, short.name, *filter(None, [acronym])))
    return tuple(out.values())
