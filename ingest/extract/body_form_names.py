"""Bodies named by their form in a text (:func:`_named_by_form`): the pattern's matches that stand alone, cut to
each body's own words, less concepts, buildings and secretariats of nothing named."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from wsiskg.ingest.extract.body_acronyms import _CONNECTORS
from wsiskg.ingest.extract.body_form_bounds import (
    _acronym_before,
    _after_post_topic,
    _before_next_phrase,
    _head_and_before,
    _joint_owners,
    _one_case,
    _own_words,
)
from wsiskg.ingest.extract.body_form_context import _stands_alone
from wsiskg.ingest.extract.body_form_lists import (
    _ended_by_country,
    _listed_bodies,
    _unit_and_owner,
    _without_glossed_country,
    _without_listed_country,
    _without_place,
)
from wsiskg.ingest.extract.body_form_pattern import _form_pattern
from wsiskg.ingest.extract.body_form_tails import (
    _accredited_to,
    _lower_last_word,
    _number_after,
    _places_head,
    without_session_ordinal,
)
from wsiskg.ingest.extract.body_name_words import _concepts, _named_enough
from wsiskg.ingest.extract.body_names import head_of
from wsiskg.ingest.extract.casing import name_goes_on, title_cased
from wsiskg.ingest.extract.countries import country_code
from wsiskg.ingest.extract.gazetteer import body_openers, data_rows
from wsiskg.ingest.text import squash, upper_of


def _named_by_form(text: str) -> list[tuple[str, tuple[str, str, str]]]:
    """``(name, head)`` of each body named by form in ``text`` (:func:`_form_pattern`): at least
    two words, not only head words (``Working Group``), not led by a sentence word (``The``)."""
    out = []
    for m in _form_pattern(upper_of(text)).finditer(text):
        if not _stands_alone(text, m):
            continue
        name = without_session_ordinal(text, m.group("name"), m.end())
        tail = (
            _lower_last_word(text, name, m.end())
            + _accredited_to(text, name, m.end())
            + _number_after(text, name, m.end())
            if name == m.group("name")
            else ""  # "Council Working Group on X Third meeting": the group's words before its session's ordinal
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


#: the kinds of a group that meets, named in a title without an acronym (``persons.presumed_meeting_body``'s)
_TITLE_GROUP_KINDS = frozenset({"working-group", "expert-group", "commission", "partnership"})


def title_group_forms(title: str | None, texts: Sequence[str]) -> list[tuple[str, tuple[str, str, str]]]:
    """``(name, head)`` of the group the title names by its form (:func:`_named_by_form`), without an acronym
    (``Report of the Working Group on Rural Broadband``, ``COUNCIL WORKING GROUP ON X`` in words): the group that
    met. None when the first of ``texts`` (the report's paragraphs) goes on with the name (``AND HUMAN RESOURCES
    (CWG-FHR)``, ``(X-NPT), second meeting``: a name broken over the lines, read with its acronym), when a number or
    a capitalised word goes on after it in the title (``Radiocommunication Study Group 1``) or when one of ``texts``
    writes it longer (``Dedicated Group on International Internet-related ...`` where the title's line ended)."""
    if not title or (texts and name_goes_on(texts[0])):
        return []
    text = title_cased(title) if title.isupper() else title
    found = [(n, h) for n, h in _named_by_form(text) if h[1] in _TITLE_GROUP_KINDS]
    return [(n, h) for n, h in found[:1] if _whole_name(text, n) and not any(_goes_on(t, n) for t in texts)]


def name_tails(name: str) -> list[str]:
    """``name`` and each tail of it of three words or more (``ITU-T Focus Group on Smart Grid``: also ``Focus Group on
    Smart Grid``), squashed: the forms under which a body the report names otherwise may be the same body."""
    words = name.split()
    return [squash(" ".join(words[i:])) for i in range(max(1, len(words) - 2))]


def _whole_name(text: str, name: str) -> bool:
    """Whether ``name`` is all of the name ``text`` writes: no number or capitalised word goes on after it."""
    at = text.find(name)
    return at >= 0 and re.match(r"\s*[A-Z0-9]", text[at + len(name) :]) is None


def _goes_on(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` longer, a capitalised word after it (in any case in a line in capitals)."""
    return re.search(rf"{re.escape(name)}\s+[A-Z]", text, re.IGNORECASE if text.isupper() else 0) is not None


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
def _venue_words(role: str) -> frozenset[str]:
    return frozenset(r["word"] for r in data_rows("body-venues.csv") if r["role"] == role)


def _building(words: list[str]) -> bool:
    """A name headed by a building noun after what the building is for (``body-venues.csv``): the
    place an event is held (``Hyderabad International Convention Centre``), no body."""
    return bool(words) and words[-1] in _venue_words("building") and bool(set(words) & _venue_words("use"))
