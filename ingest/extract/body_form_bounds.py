"""Where one body's words start and end among the words around it: an owner's acronym before it, a post or a
person listed before it, words in capitals around it, the next phrase (:func:`_own_words`,
:func:`_before_next_phrase`, :func:`_one_case`, :func:`_after_post_topic`, :func:`_head_and_before`)."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.body_acronyms import _CONNECTORS, _connector
from wsiskg.ingest.extract.body_form_lists import _generic_unit
from wsiskg.ingest.extract.body_name_words import _honorific_words, _role_word
from wsiskg.ingest.extract.body_names import body_index
from wsiskg.ingest.extract.countries import country_code
from wsiskg.ingest.extract.gazetteer import body_heads, determiners, head_last_words, leading_heads, prepositions
from wsiskg.ingest.text import squash

_ACRONYM_BEFORE = re.compile(r"\(([A-Z][A-Z\w&\-]*)\)\s+\Z")


def _acronym_before(text: str, start: int) -> list[str]:
    """``Internet Governance Forum (IGF) Dynamic Coalition on X``: a body of the body the bracket
    defines, named after its acronym (``IGF Dynamic Coalition on X``)."""
    m = _ACRONYM_BEFORE.search(text, max(0, start - 20), start)
    return [m.group(1)] if m else []


def _joint_owners(word: str) -> bool:
    """``ITU/UNESCO``: catalogue bodies joined by ``/`` before a name."""
    catalogue = body_index().keys
    return "/" in word and all(squash(part) in catalogue for part in word.split("/"))


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
        if w in heads or w in prepositions("topic"):
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
def _determiners() -> frozenset[str]:
    """Openers that start a new phrase even inside a run of capitalised words (``determiner`` in
    ``body-openers.csv``): ``... and Management The Standing Committee``, a heading run into the text."""
    return frozenset(w.capitalize() for w in determiners("opener"))


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
