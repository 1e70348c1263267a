"""The cues of who writes a document and whom it addresses (``ingest/data/author-cues.csv``), read from this one
loader by the authors' reader, the signatures' reader, the name finder and the requesters' reader; and the two
courtesy formulas built from its ``formula`` kinds, which differ in person:

* :func:`courtesy_formula`: after any subject, a present form of ``have`` or ``be`` (``auxiliaries.csv``) and the
  words of kinds ``formula-noun`` and ``formula-state`` (``I have the honour to``, ``The Bureau is delighted to``,
  ``We have great pleasure in``), read by the requesters' reader (``requests._POLITE``: the subject asks) and
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

from wsiskg.ingest.extract.gazetteer import auxiliary_alternation, modal_alternation
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation


@cache
def author_cues(*kinds: str) -> tuple[str, ...]:
    """The phrases of ``author-cues.csv`` of any of ``kinds``, in the file's order (a header cue's rank)."""
    return tuple(r["phrase"] for r in data_rows("author-cues.csv") if r["kind"] in kinds)


@cache
def cue_alternation(*kinds: str) -> str:
    """The phrases of ``kinds`` (:func:`author_cues`) as a regex alternation, a space matching any run of them."""
    return alternation(author_cues(*kinds), spaces=True)


#: adverbs around a courtesy formula: ``I would therefore ask``, ``The Office further has the honour to``
FORMULA_ADVERBS = r"(?:(?:\w+ly|also|therefore|now|hereby|again|further)\s+)*"


@cache
def courtesy_formula() -> str:
    """A courtesy formula after its subject, whatever its person, as a regex (no group): a present form of ``have``
    then ``the`` and a ``formula-noun`` then ``to`` (``has the honour to``, ``have also the privilege to``), or
    ``pleasure in`` (``have great pleasure in``); a present form of ``be`` then a ``formula-state`` then ``to``
    (``is therefore delighted to``, ``are writing to``); adverbs may stand after the verb (:data:`FORMULA_ADVERBS`)."""
    have, be = auxiliary_alternation("have", "present"), auxiliary_alternation("be", "present")
    nouns, states = cue_alternation("formula-noun"), cue_alternation("formula-state")
    return (
        rf"(?:{have})\s+{FORMULA_ADVERBS}(?:the\s+(?:{nouns})\s+to|(?:great\s+|much\s+)?pleasure\s+in)"
        rf"|(?:{be})\s+{FORMULA_ADVERBS}(?:{states})\s+to"
    )


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
    words = f"{courtesy_formula()}|{cue_alternation('formula')}|{modal_alternation('polite')}"
    return re.compile(rf"(?:^|[\s,;:])I(?:['’]d)?\s+{FORMULA_ADVERBS}(?:(?i:{words})\s*)?{FORMULA_ADVERBS}$")


@cache
def writer_formula() -> re.Pattern[str]:
    """A subject then a note verbale's formula in the third person (``writer-formula``): ``The Secretariat of X
    further has the honour to``, ``The Office avails itself of this opportunity``; the subject (group ``who``)
    opens its sentence (or follows an ellipsis that cut the letterhead) and holds no clause cut."""
    return re.compile(
        rf"(?:^|(?<=[.;:]\s)|(?<=\.\.\.))\s*(?P<who>[A-Z][^,;:.()]{{1,150}}?)"
        rf"\s+{FORMULA_ADVERBS}(?:{cue_alternation('writer-formula')})\b"
    )
