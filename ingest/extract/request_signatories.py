"""An agreement's signatories asked as one are no addressee: ``ITU and the CTO (the Parties) agree as follows: 1. The
Parties shall develop joint training programmes ...``. A memorandum of understanding or a cooperation agreement names
its signatories, then a term for them together (``(the Parties)``, ``(hereinafter referred to as "the Signatories")``);
what its clauses say of that term (``The Parties shall ...``, ``Each Party will ...``, ``Both Parties agree to ...``)
is what the signatories undertake together, no request of the text's voice to anyone (the annotations list none).
In a document whose header names it an agreement (``genre_cues.csv`` genre ``agreement``: ``MEMORANDUM OF
UNDERSTANDING``, ``AGREEMENT ON ...``), the term needs no definition, and a clause it decides (``The Parties agree that
the coordinators shall submit ...``) is an undertaking too (decision 60 of docs/annotation-guide.md: ``shall`` asks no
one); a verb of asking in it (``The Parties invite WHO to ...``) stays a request.

Two kinds of evidence: the document defines the term in brackets after naming them (``signatory-terms.csv``), and
every addressee of the request is that term (plural or singular, with ``the``/``each``/``both``/``either``). A request
of one signatory to the other (``ITU invites the CTO to ...``) names a signatory, not the term, and stays; so does
``The Parties`` in a text that defines no such term (``invites Parties to the Convention to ...``).

The term as the subject of a verb of asking (``The Parties invite WHO to ...``) is each signatory asking
(:func:`term_signatories`, decision 59), read by the request reader. So is a declaration's own subject (``They``,
``It``, ``The delegation``) under the line that says for whom it is made (``For the Republic of X, the Kingdom of
Y:``, :func:`declared_for`): the declarations and reservations of a conference's Final Acts."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.gazetteer import country_speakers
from wsiskg.ingest.extract.genre import report_genre
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.request_verbs import DECIDING
from wsiskg.ingest.records import AgentRef, ParsedReport, Request
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation, plural

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


@cache
def _terms() -> tuple[str, ...]:
    """What an agreement defines for its signatories together (``signatory-terms.csv`` kind ``term``, singular:
    ``Party``, ``Signatory``)."""
    return tuple(r["word"] for r in data_rows("signatory-terms.csv") if r["kind"] == "term")


@cache
def _fronts() -> tuple[str, ...]:
    """A word before the term in an addressee (``signatory-terms.csv`` kind ``front``: ``each``, ``both``)."""
    return tuple(r["word"] for r in data_rows("signatory-terms.csv") if r["kind"] == "front")


@cache
def _defined() -> re.Pattern[str]:
    """A bracketed definition of the signatories' term: ``(the Parties)``, ``(hereinafter referred to as "the
    Parties")``, ``(together, the "Signatories")``, ``(each a "Party" and together the "Parties")``."""
    lead = r"(?:(?:hereinafter|hereafter)\s+(?:(?:referred\s+to|jointly\s+referred\s+to)\s+as|called)\s+)?"
    together = r"(?:(?:each\s+a\s+\W?\w+\W?\s+and\s+)?(?:together|jointly|collectively)\s*,?\s+)?"
    terms = alternation([*_terms(), *map(plural, _terms())])
    return re.compile(
        rf"\(\s*{lead}{together}(?:the\s+)?[\"'“‘]?(?P<term>{terms})[\"'”’]?\s*\)",
        re.IGNORECASE,
    )


def signatory_terms(report: ParsedReport) -> frozenset[str]:
    """The slugs (plural and singular) of the terms ``report`` defines for its signatories together."""
    found: set[str] = set()
    for p in report.paragraphs:
        if "(" in p.text:
            for m in _defined().finditer(p.text):
                found |= _forms(m.group("term"))
    return frozenset(found)


def _forms(written: str) -> set[str]:
    """The slugs of a defined term's singular and plural (``Parties`` -> ``party``, ``parties``)."""
    for term in _terms():
        forms = {slug(term), slug(plural(term))}
        if slug(written) in forms:
            return forms
    return set()


@cache
def _front() -> re.Pattern[str]:
    """What may stand before the term in an addressee's key: ``the-``, ``each-``, ``both-`` (``front`` words)."""
    return re.compile(rf"^(?:(?:{alternation(_fronts())})-)+")


def own_undertaking(request: Request, terms: frozenset[str]) -> bool:
    """Whether every addressee of ``request`` is the signatories' term (see the module's docstring)."""
    return (
        bool(terms)
        and bool(request.addressees)
        and all(
            a.kind == "collective" and _front().sub("", slug(a.label or a.key)) in terms for a in request.addressees
        )
    )


#: the genre of a document whose signatories undertake what its clauses say (``genre_cues.csv``)
AGREEMENT = "agreement"


def without_undertakings(report: ParsedReport, requests: tuple[Request, ...]) -> tuple[Request, ...]:
    """``requests`` without those that ask only the signatories' term ``report`` defines (:func:`own_undertaking`),
    nor, in an agreement, its undecided term's or a decided clause's (see the module's docstring)."""
    terms = signatory_terms(report)
    agreement = report_genre(report) == AGREEMENT
    if agreement and not terms:
        terms = frozenset(form for term in _terms() for form in _forms(term))
    if not terms:
        return requests
    # a decided clause (``agree``, ``decide``: no verb of asking) of an agreement is an undertaking
    return tuple(r for r in requests if not own_undertaking(r, terms) and not (agreement and r.verb in DECIDING))


#: a signature line of one signatory: ``For the Government of X: NAME, ROLE``, ``For ITU:``
_SIGNED_FOR = re.compile(r"For\s+(?P<who>(?:the\s+)?[A-Z][^:;]{1,100}?)\s*:")
#: an agreement's front naming its signatories: ``between X, represented by Y, and Z``
_BETWEEN = re.compile(r"\b[Bb]etween\s+(?P<who>(?:the\s+)?[A-Z].{3,300})")
#: an aside that only says who acts for a signatory: ``, represented by the Ministry of X, Directorate Y,``
_REPRESENTED = re.compile(r",\s*(?:represented|acting)\s+(?:by|through)\s+[^()]*?,(?=\s*and\s)")
#: the signatories' kinds
_SIGNATORY_KINDS = frozenset({"body", "country"})


@cache
def _term_subject() -> re.Pattern[str]:
    """The signatories' term in the plural as a subject: ``The Parties``, ``Both Signatories``, ``The two Parties``."""
    fronts = alternation(_fronts(), each=lambda w: f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}")
    return re.compile(rf"(?:(?:{fronts})\s+)+(?:{alternation([plural(t) for t in _terms()])})")


def term_signatories(self: _Reader, phrase: str) -> tuple[AgentRef, ...]:
    """Each signatory a subject ``The Parties`` (``Both Parties``, ``The Signatories``) stands for, in an agreement
    that names two or more (decision 59: one request per asker): the bodies and countries of its signature lines
    (``For the Government of X:`` / ``For ITU:``), else of its front's ``between X, represented by ..., and Y``;
    nothing for any other phrase, or when the text names fewer than two."""
    if not _term_subject().fullmatch(phrase.strip()):
        return ()
    paragraphs = self.report.paragraphs
    found = _agents(self, [(p.order, m.group("who")) for p in paragraphs if (m := _SIGNED_FOR.match(p.text))])
    if len(found) < 2:
        front = [
            (p.order, _REPRESENTED.sub("", m.group("who"))) for p in paragraphs[:6] if (m := _BETWEEN.search(p.text))
        ]
        found = _agents(self, front[:1])
    return found if len(found) >= 2 else ()


def _agents(self: _Reader, phrases: list[tuple[int, str]]) -> tuple[AgentRef, ...]:
    """The bodies and countries ``phrases`` (paragraph order, words) name, each once, in text order."""
    out: list[AgentRef] = []
    for order, phrase in phrases:
        out += [r for r in self.resolve(phrase, order, 0) if r.kind in _SIGNATORY_KINDS and r not in out]
    return tuple(out)


@cache
def _declarer() -> re.Pattern[str]:
    """A declaration's subject that names no one itself: ``They``, ``It``, ``The delegation``, ``These
    delegations``, ``The delegations of the above-mentioned countries`` (a word of ``country-speakers.csv`` column
    ``speaks_for``)."""
    speakers = country_speakers("speaks_for")
    above = r"(?:\s+of\s+the\s+above(?:-mentioned)?\s+(?:countries|States))?"
    return re.compile(rf"(?:[Tt]hey|It|(?:[Tt]he|[Tt]his|[Tt]hese)\s+(?:{speakers}){above})(?=\s|$)")


def declared_for(self: _Reader, phrase: str, order: int, lead: bool = False) -> tuple[AgentRef, ...]:
    """Each country (or body) a declaration is made for, when ``phrase`` (``lead``: when it opens with) is its
    subject that names no one (:func:`_declarer`) and the paragraph before the sentence's is the line saying for
    whom (``For the Republic of Fiji, the Independent State of Samoa and the Kingdom of Tonga:``, alone on its
    line): a conference's Final Acts set out each declaration so, and its ``They urge the Council ...``, ``It
    requests the Director ...``, ``The delegation requests ...`` are each of them asking (decisions 23 and 59).
    Nothing for any other phrase, or a paragraph with no such line right before it (an agreement's ``For X:`` lines
    close the text: a signature, no declaration)."""
    words = phrase.strip()
    found = _declarer().match(words) if lead else _declarer().fullmatch(words)
    if found is None:
        return ()
    paragraphs = self.report.paragraphs
    at = next((i for i, p in enumerate(paragraphs) if p.order == order), 0)
    line = _SIGNED_FOR.fullmatch(paragraphs[at - 1].text.strip()) if at > 0 else None
    return _agents(self, [(paragraphs[at - 1].order, line.group("who"))]) if line else ()
