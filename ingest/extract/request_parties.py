"""An agreement's parties named together as the subject of a verb of asking: ``The Parties request the ministries of
X to ...``, ``Both Parties invite WHO to ...`` (decision 59: one request per party, each with every addressee).

The parties are those the agreement's signature lines name, one a line at its end: ``For the Grand Duchy of X: NAME,
ROLE`` / ``For ITU: NAME, ROLE`` (or the label alone on its line, the signer below it). The term is one of
``signatory-terms.csv`` (kind ``term``, in the plural, or after ``both``/``the two``). A text with fewer than two
such lines names no parties, and ``The Parties`` stays unread there (``invites Parties to the Convention``). The
functions are methods of :class:`~wsiskg.ingest.extract.requests._Reader` (``self`` is the reader).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.document import once_per_document
from wsiskg.ingest.records import AgentRef
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation, plural

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


@cache
def _parties_subject() -> re.Pattern[str]:
    """``The Parties``, ``Both Parties``, ``the two Signatories``: the agreement's term for its signatories together
    (``signatory-terms.csv`` kind ``term``, plural)."""
    terms = alternation([plural(r["word"]) for r in data_rows("signatory-terms.csv") if r["kind"] == "term"])
    return re.compile(rf"(?:(?i:the|both|the\s+two|all)\s+)?(?:{terms})")


#: a signature line of a party: ``For the International Telecommunication Union:``, then its signer or nothing
_FOR_PARTY = re.compile(r"(?i:for)\s+(?P<party>[^:]{2,120}?)\s*:(?:\s+\S.{0,200})?")


#: how many last paragraphs may hold the parties' signature lines
_SIGNATURE_LINES = 8


def signing_parties(self: _Reader, phrase: str) -> tuple[AgentRef, ...]:
    """The parties an agreement's signature lines name when ``phrase`` is its term for them (``The Parties``);
    ``()`` otherwise."""
    if not _parties_subject().fullmatch(phrase.strip()):
        return ()
    return _parties(self)


def _parties(self: _Reader) -> tuple[AgentRef, ...]:
    """Each party named by a signature line ``For X:`` among the last paragraphs, once each, when two or more."""

    def read() -> tuple[AgentRef, ...]:
        found: list[AgentRef] = []
        for p in self.report.paragraphs[-_SIGNATURE_LINES:]:
            m = _FOR_PARTY.fullmatch(p.text.strip())
            if m is None:
                continue
            offset = self.actors.resolver.texts.get(p.order, p.text).find(m.group("party"))
            agents = [a for a in self.resolve(m.group("party"), p.order, max(offset, 0)) if a.kind in _PARTY_KINDS]
            if len(agents) != 1:
                return ()  # "For the Ministry of X and the Agency Y:": no one party
            found += [a for a in agents if a not in found]
        return tuple(found) if len(found) > 1 else ()

    return once_per_document(("request_parties.parties",), read)


#: the kinds of agent a party may be
_PARTY_KINDS = frozenset({"body", "country"})
