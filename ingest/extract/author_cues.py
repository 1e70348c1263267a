"""The cues of who writes a document and whom it addresses (``ingest/data/author-cues.csv``), read from this one
loader by the authors' reader, the signatures' reader, the name finder and the requesters' reader; and the two
courtesy formulas built from its ``formula`` kinds, which differ in person:

* :func:`courtesy_formula`: after any subject, a present form of ``have`` or ``be`` (``auxiliaries.csv``) and the
  words of kinds ``formula-noun`` and ``formula-state`` (``I have the honour to``, ``The Bureau is delighted to``,
  ``We have great pleasure in``), read by the requesters' reader (``request_polite._POLITE``: the subject asks) and
  by :func:`first_person_formula`; :func:`impersonal_formula`, its noun after ``It is my``;
* ``formula``: the first person's other words between ``I`` and its verb (``I would like to invite you``,
  ``I should be grateful if``): :func:`first_person_formula`, the author asks;
* ``writer-formula``: a writer that names itself in the third person before the formula (``The Secretariat of
  the Tide Commission presents its compliments``, ``The Office further has the honour to``, ``The Embassy avails
  itself of this opportunity``): :func:`writer_formula`, a note verbale's writer.

Both take the same adverbs around the formula (:data:`FORMULA_ADVERBS`)."""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.gazetteer import adverb_alternation, auxiliaries, auxiliary_alternation, modals
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation


@cache
def writers_named() -> re.Pattern[str]:
    """The writers of the document named by a generic word (kinds ``writer``, ``writer-lead``, ``writer-group``):
    ``The authors also encourage ...``, ``The Sector Member suggests ...``, ``the co-chairs ask``, ``The undersigned
    propose``, ``The co-sponsoring Administrations``, ``the two administrations`` (its author)."""
    return re.compile(
        rf"(?:[Tt]h(?:e|is)\s+)?(?:present\s+)?(?i:(?:co-?)?(?:{cue_alternation('writer')}))(?:\s+of\s+this\s+\w+)?"
        rf"|(?:[Tt]he\s+)?(?i:(?:{cue_alternation('writer-lead')})\s+(?:{cue_alternation('writer-group')}))"
    )


@cache
def work_named() -> re.Pattern[str]:
    """The document itself named as a subject (kind ``work``): ``The report recommends that X ...``, ``This study also
    encourages X to ...``: the document's own voice, its author (decision 55)."""
    return re.compile(rf"(?:[Tt]h(?:e|is)\s+)?(?:present\s+)?(?i:{cue_alternation('work')})")


@cache
def author_cues(*kinds: str) -> tuple[str, ...]:
    """The phrases of ``author-cues.csv`` of any of ``kinds``, in the file's order (a header cue's rank)."""
    return tuple(r["phrase"] for r in data_rows("author-cues.csv") if r["kind"] in kinds)


@cache
def cue_alternation(*kinds: str) -> str:
    """The phrases of ``kinds`` (:func:`author_cues`) as a regex alternation, a space matching any run of them."""
    return alternation(author_cues(*kinds), spaces=True)


#: an adverb around a courtesy formula: ``I would therefore ask``, ``The Office further has the honour to``, ``Let
#: me here thank``
FORMULA_ADVERB = rf"(?:\w+ly|{adverb_alternation('formula')})"
#: the adverbs around a courtesy formula, each then a space
FORMULA_ADVERBS = rf"(?:{FORMULA_ADVERB}\s+)*"


@cache
def courtesy_formula() -> str:
    """A courtesy formula after its subject, whatever its person, as a regex (no group): a present form of ``have``
    then ``the`` and a ``formula-noun`` then ``to`` (``has the honour to``, ``have also the privilege to``), or
    ``pleasure in`` (``have great pleasure in``); a present form of ``be`` then a ``formula-state`` then ``to``
    (``is therefore delighted to``, ``are writing to``); adverbs may stand after the verb (:data:`FORMULA_ADVERBS`)."""
    states = cue_alternation("formula-state")
    return (
        rf"{_have_formula(auxiliaries('have', 'present'))}"
        rf"|(?:{auxiliary_alternation('be', 'present')})\s+{FORMULA_ADVERBS}(?:{states})\s+to"
    )


@cache
def _have_formula(forms: tuple[str, ...]) -> str:
    """One of ``forms`` of ``have`` then ``the`` and a ``formula-noun`` then ``to`` (``has the honour to``, ``have
    also the privilege to``), or ``pleasure in`` (``have great pleasure in``), as a regex (no group)."""
    nouns = cue_alternation("formula-noun")
    return rf"(?:{alternation(forms)})\s+{FORMULA_ADVERBS}(?:the\s+(?:{nouns})\s+to|(?:great\s+|much\s+)?pleasure\s+in)"


@cache
def polite_modal() -> str:
    """A polite modal of ``modals.csv`` (``would``, ``should``) and the adverbs and words of the first person's
    formula after it (``formula`` phrases without their modal: ``would therefore like to``, ``should kindly``,
    ``would also wish to``), as a regex (no group): ``We would kindly ask``, ``I should like to invite``."""
    polite = modals("polite")
    tails = {" ".join(p.split()[1:]) if p.split()[0] in polite else p for p in author_cues("formula")}
    return rf"(?:{alternation(polite)})(?:\s+(?:{FORMULA_ADVERB}|{alternation(tails, spaces=True)}))*"


@cache
def impersonal_formula() -> str:
    """``It is my honour to``, ``It is our great pleasure to``, ``It is a privilege to`` (a ``formula-noun``), as a
    regex (no group): the speaker asks."""
    return rf"\b[Ii]t\s+is\s+(?:my|our|a)\s+(?:great\s+)?(?:{cue_alternation('formula-noun')})\s+to"


@cache
def first_person_formula() -> re.Pattern[str]:
    """``I [also] ``, ``I'd ``, ``I have the honour to `` (:func:`courtesy_formula`), ``I would like to `` or
    ``I would `` (a polite modal of ``modals.csv``) right before a verb: the author asks (searched at the end of the
    text before the verb)."""
    # "I am pleased to", "I should be grateful if"
    words = f"{courtesy_formula()}|{cue_alternation('formula')}|{polite_modal()}"
    return re.compile(rf"(?:^|[\s,;:])I(?:['’]d)?\s+{FORMULA_ADVERBS}(?:(?i:{words})\s*)?{FORMULA_ADVERBS}$")


@cache
def writer_formula() -> re.Pattern[str]:
    """A subject then a note verbale's formula in the third person (``writer-formula``): ``The Secretariat of X
    further has the honour to``, ``The Office avails itself of this opportunity``; the subject (group ``who``)
    opens its sentence (or follows an ellipsis that cut the letterhead) and holds no clause cut."""
    third = tuple(a for a in auxiliaries("have", "present") if a in auxiliaries(role="singular"))  # has
    return re.compile(
        rf"(?:^|(?<=[.;:]\s)|(?<=\.\.\.))\s*(?P<who>[A-Z][^,;:.()]{{1,150}}?)"
        rf"\s+{FORMULA_ADVERBS}(?:{cue_alternation('writer-formula')}|{_have_formula(third)})\b"
    )
