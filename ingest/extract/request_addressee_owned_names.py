"""A name an organisation owns, asked in its own words: ``the World Bank's Identification for Development (ID4D)
initiative``, ``the UN Economic Commission for Europe (UNECE) World Forum for Harmonization of Vehicle Regulations
(WP.29)``, ``the ITU Collaboration on ITS Communication Standards``.

The resolver reads the owner (a body it knows) and nothing in the capitalised name after it, which is no body of
the catalogue and has no head noun of ``body-heads.csv``: the owner was asked in the name's place. The functions
taking ``self`` are methods of :class:`~wsiskg.ingest.extract.requests._Reader` (``self`` is the reader).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.gazetteer import preposition_alternation
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.warnings import stopwords
from wsiskg.ingest.records import AgentRef

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader

#: a capitalised word of a name (``Vehicle``, ``ITS``, ``WP.29``)
_CAP = r"[A-Z][\w&/.-]*"

#: what follows an owner's name: its possessive (``'s``), its acronym in brackets (``(UNECE)``) or a space, then
#: capitalised words (small words between them: ``for``, ``on``, ``of``), perhaps an acronym in brackets and one
#: word in lower case that heads the name (``initiative``)
_OWNED_NAME = re.compile(
    rf"(?P<link>['’]s\s+|\s*\({_CAP}\)\s+|\s+)"
    rf"(?P<name>{_CAP}(?:\s+(?:(?:{preposition_alternation('topic')}|the)\s+)*{_CAP})+(?:\s*\({_CAP}\))?(?:\s+(?P<noun>[a-z]+))?)"
)

#: an acronym in brackets that closes a name
_CLOSING_ACRONYM = re.compile(rf"\s*\({_CAP}\)$")

#: where a conjunct ends: the phrase's end, a comma, ``and`` or ``or``
_CONJUNCT_END = re.compile(r"\s*(?:$|,|\b(?:and|or)\b)")


def owned_names(
    self: _Reader, phrase: str, refs: tuple[AgentRef, ...], placed: list[tuple[int, int] | None]
) -> tuple[AgentRef, ...]:
    """``refs`` with each body that only owns the name written right after it (:data:`_OWNED_NAME`; ``placed``:
    where each ref stands in ``phrase``) replaced by that name as written, a group: without the owner after a
    possessive or the owner's acronym in brackets (``Identification for Development (ID4D) initiative``, ``World
    Forum for Harmonization of Vehicle Regulations``: an acronym closing the name is its acronym), with the owner
    when it opens the name (``ITU Collaboration on ITS Communication Standards``). Not when an agent is read in
    the name (a body read there is asked alone: ``UNESCO's Information for All Programme``, ``the UNECE Working
    Party on X`` after its owner's name and acronym) or the name runs on into another conjunct."""
    out: list[AgentRef | None] = list(refs)
    for i, (ref, at) in enumerate(zip(refs, placed, strict=True)):
        if ref.kind != "body" or at is None or (m := _OWNED_NAME.match(phrase, at[1])) is None:
            continue
        after = placed[i + 1] if i + 1 < len(placed) else None
        if after is not None and after[0] == m.start("name") and refs[i + 1].kind == "body" and m.group("link").strip():
            out[i] = None  # "the UN Economic Commission for Europe (UNECE) Working Party on X": the Working Party
            continue
        name = m.group("name")
        if m.group("noun") and m.group("noun") in stopwords():
            name = name[: m.start("noun") - m.start("name")].rstrip()
        end = m.start("name") + len(name)
        if _CONJUNCT_END.match(phrase, end) is None or any(p and at[1] < p[0] < end for p in placed):
            continue
        if any(s.kind != "collective" for s in self.actors.resolver.spans_in(name)):
            continue
        written = name if m.group("link").strip() else phrase[at[0] : end]
        written = _CLOSING_ACRONYM.sub("", written)  # "World Forum for X (WP.29)": the name, its acronym apart
        out[i] = AgentRef("collective", slug(written), re.sub(r"^(?i:the)\s+", "", written))
    return tuple(r for r in out if r is not None)
