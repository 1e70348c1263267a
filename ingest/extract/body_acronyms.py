"""An acronym's form (:func:`acronym_written`, :func:`acronym_alone`, :func:`initials`) and the name
written before ``(ACRONYM)`` (:func:`defined_name`, :func:`_plausible`: the name the letters spell)."""

from __future__ import annotations

import re

from wsiskg.ingest.extract.body_names import head_of
from wsiskg.ingest.extract.casing import name_connectors, name_joiners
from wsiskg.ingest.extract.gazetteer import body_connectors, body_openers, head_last_words, leading_heads
from wsiskg.ingest.text import UPPER

#: a bracketed acronym that closes a name or a phrase (``(ASO)``, ``(RCPs)``, ``(WP-2)``, ``Economic Commission for
#: Africa (ECA)``): two capitals at least, no words (``Committee 6 (Finances)`` keeps its bracket)
ACRONYM_TAIL = re.compile(r"\s*\((?=[^()]*[A-Z][^()]*[A-Z])[A-Z][A-Za-z0-9&-]{1,11}\)$")

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
        for i in cuts:  # "ITU and the Inter-American Development Bank (IDB)": an acronym is a name of its own
            if _after_acronym(words[:i], words[i:], letters):
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


def _after_acronym(left: list[str], right: list[str], letters: str) -> bool:
    """Whether a name the acronym ``letters`` does not spell is an acronym (after an operative verb in capitals,
    perhaps) and ``and`` (``and the``) before a body's name of its own that opens with the acronym's letter:
    ``ITU and the Inter-American Development Bank (IDB)``, ``INVITE UNICEF and the X Fund (XF)``; never an acronym
    the letters hold (``ICT and Innovation Authority (ICTIA)``)."""
    while left and left[-1] == "the":
        left = left[:-1]
    if not 2 <= len(left) <= 3 or left[-1] not in ("and", "&") or not right or right[0][:1] != letters[:1]:
        return False
    capitals = left[:-1]
    if not all(_CAPITALS.fullmatch(w) for w in capitals) or capitals[-1].replace("-", "") in letters:
        return False
    return head_of(" ".join(right)) is not None and len(right) > 1


#: a word in capitals (an acronym, a verb in capitals): ``ITU``, ``ITU-D``, ``INVITE``
_CAPITALS = re.compile(r"[A-Z][A-Z0-9&-]+")


def initials(words: list[str]) -> str:
    """The capital initials of a name's words and of their hyphenated parts (``Asia-Pacific
    Telecommunity`` -> ``APT``)."""
    return "".join(part[0] for w in words for part in w.split("-") if part[:1].isupper())


#: an acronym in brackets: ``(LACNIC)``, ``(UCLG)``, an owner's and its organ's (``(ETSI TC RSM)``)
BRACKETED_ACRONYM = r"\((?P<acronym>[A-Z][A-Za-z&-]{1,11}(?: [A-Z][A-Za-z&-]{1,11}){0,2})\)"
_ACRONYM_AFTER = re.compile(rf"\s*{BRACKETED_ACRONYM}")


def with_acronym_after(text: str, end: int) -> int:
    """Where a name ending at ``end`` of ``text`` ends with the acronym in brackets written right after it, if any
    (``the Oceans and Climate Forum`` + `` (OCF)``)."""
    m = _ACRONYM_AFTER.match(text, end)
    return m.end() if m else end


def spelt_with_acronyms(words: list[str]) -> str:
    """The capitals a name spells when a word in capitals gives every letter of it (``ETSI Technical Committee on
    Radio and spectrum Matters`` -> ``ETSITCRM``), the initials (:func:`initials`) of its other words; the words in
    lower case give none."""
    return "".join(w if _CAPITALS.fullmatch(w) else initials([w]) for w in words)


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


#: only a heading's number before a word: "4 Report of the X", "2.1 Work of the Y", "IV Report of the Z"
_HEADING_NUMBER = re.compile(r"\s*(?:\d+(?:\.\d+)*|[IVX]+)\.?\s+")
