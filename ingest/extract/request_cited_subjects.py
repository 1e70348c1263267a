"""A text or a resolution as the subject: a relative clause on a document (``_relative_subject``), a text that
asks (``_text_asks``, ``_named_before``), a resolution asking as itself or by its issuer (``_resolution_asks``,
``_resolution_ref``, ``titled_resolution``, ``_issuer_of``, ``_cited_issuer``). The functions are methods of
:class:`~wsiskg.ingest.extract.requests._Reader` (``self`` is the reader).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from wsiskg.ingest.extract.casing import either_initial_determiners, without_article
from wsiskg.ingest.extract.document import document
from wsiskg.ingest.extract.genre import records_meeting
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.resolutions import find_resolutions, issuer_of_citation, resolution_mentions
from wsiskg.ingest.records import AgentRef
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation

if TYPE_CHECKING:
    from wsiskg.ingest.extract.requests import _Reader


#: between a name and the post of its appositive: ``(Japan), youth ``
_APPOSITIVE_GAP = re.compile(r"\s*(?:\([^()]*\))?\s*,[^,;()]{0,60}")


_DOCUMENT_WORDS = re.compile(r"\b(?:resolution|report|decision|document|declaration|statement|plan)\b", re.IGNORECASE)


#: the words of a draft before its resolution's title (``DRAFT NEW RESOLUTION [X-1]``), and a
#: revision after it whose venue is a placeholder (``(REV. [CITY], 2031)``)
_DRAFT_WORDS = re.compile(r"(?i)(?:(?:draft|preliminary)\s+)?(?:(?:new|revised|modified)\s+)?")
_OPEN_REVISION = re.compile(r"(?:\s*\([^()]{1,40}\))?")


#: citations listed together before the last one: ``Resolutions 101 and 133``, ``Resolution 64 ... and Resolution 65``
_LISTED_CITATIONS = re.compile(
    r"\b(?:[Rr]esolutions|[Dd]ecisions)\b|(?:\band|,)\s+(?:\w+\s+)?(?:[Rr]esolution|[Dd]ecision)\b"
)
_CITATION_END = re.compile(
    r"\s*(?:\([^()]*\))?\s*(?:of\s+(?:the\s+|this\s+)?(?P<of>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,5})\s*)?"
)


def _relative_subject(self: _Reader, pre: str, before: str, order: int, at: int) -> AgentRef:
    """The subject of a verb after ``that``/``which``/``who``: the person (or post) just named
    (``Mr. A (X), the Chair, who welcomed``), the body that issued a document named there,
    else the meeting body."""
    if pre.rstrip().endswith("who"):  # "opened by Mr. A (X), the Chair, who welcomed": that person
        named = [
            s
            for s in self.actors.resolver.spans.get(order, [])
            if s.kind in ("person", "post") and at <= s.start < at + len(before)
        ]
        if len(named) > 1 and named[-1].kind == "post" and named[-2].kind == "person":
            gap = self.actors.resolver.texts.get(order, "")[named[-2].end : named[-1].start]
            if _APPOSITIVE_GAP.fullmatch(gap):  # "Ms A (Japan), youth representative of the APT, who": Ms A
                named.pop()
        if named:
            refs = self.actors.resolver.ref(named[-1])
            person = next((r for r in refs if r.kind == "person"), None)
            if person is None and refs:
                person = self._personify(refs[0], None)
            if person is not None and (person.kind == "person" or len(before) - (named[-1].end - at) < 40):
                return person
    if _DOCUMENT_WORDS.search(before[-60:]):
        named = [
            s
            for s in self.actors.resolver.spans.get(order, [])
            if s.kind in ("body", "post", "posts") and at <= s.start < at + len(before)
        ]
        if named:  # the body that issued it, or the body of a post named there
            key = named[-1].keys[0].split("/")[0]
            return AgentRef("body", key, self._label(key))
    return self.meeting_ref


def _resolution_asks(self: _Reader, phrase: str, order: int) -> AgentRef | None:
    """``Resolution 1305`` / ``WTDC Resolution 37 (Rev. Kigali, 2022)`` as the whole subject: the
    resolution itself asks (:func:`_resolution_ref`); ``None`` for anything else."""
    if _THAT_RESOLUTION.fullmatch(phrase.strip(" ,")):
        return _resolution_before(self, order)  # "That resolution instructs ...": the one just cited
    phrase = without_article(phrase.strip(" ,"), "the", "its")
    found = resolution_mentions(phrase)
    if len(found) != 1 or found[0]["span"][0] != 0:
        return None
    if found[0]["span"][1] < len(phrase) - 1 and not _CITATION_END.fullmatch(phrase[found[0]["span"][1] :]):
        return None  # "Resolution 135 (Rev. Guadalajara, 2010) of the Plenipotentiary Conference" asks as itself
    return self._resolution_ref(found[0], order)


#: a resolution named by a demonstrative alone: ``That resolution``, ``This Resolution``, ``the same resolution``
_THAT_RESOLUTION = re.compile(r"(?:[Tt]hat|[Tt]his|[Tt]he\s+same)\s+[Rr]esolution")


def _resolution_before(self: _Reader, order: int) -> AgentRef | None:
    """The resolution cited last before the sentence being read, in its paragraph or the one before (``Fiji
    supports Resolution 64 (Rev. Dubai, 2018). That resolution instructs ...``): itself where resolutions ask
    (:func:`_resolution_ref`), else its issuer; ``None`` when none is cited there."""
    if not order:
        return None
    texts = [(order, document(self.report).para(order).text[: self._where[1]])]
    if before := [p for p in self.report.paragraphs if p.order < order][-1:]:
        texts.append((before[0].order, before[0].text))
    for where, text in texts:
        if found := resolution_mentions(text):
            cited = found[-1]
            issuer = issuer_of_citation(text[slice(*cited["span"])])
            own = self._resolution_ref(cited, where)
            return own or (AgentRef("body", issuer, self._label(issuer)) if issuer else None)
    return None


@cache
def _text_subject() -> re.Pattern[str]:
    """A text as the whole subject (``request-texts.csv``): ``the Tunis Agenda``, ``Paragraph 28 of the
    Geneva Plan of Action``, ``Opinion 5``, ``the Declaration``; ``name``: the text, ``number`` its number."""
    heads = alternation((r["head"] for r in data_rows("request-texts.csv")), spaces=True)
    return re.compile(
        r"(?:(?:[Pp]aragraphs?|[Pp]ara\.|[Ss]ection|[Aa]rticle|§)\s*\d+[A-Za-z]?(?:\s*\([a-z]\))?\s+of\s+)?"
        rf"(?:(?:{either_initial_determiners('cited')})\s+)?(?:present\s+)?"
        rf"(?P<name>(?P<named>(?:[A-Z][\w'’.-]*\s+){{0,4}}?)(?:{heads})(?:\s+(?P<number>\d+(?:\.\d+)?))?"
        r"(?:\s+\([^()]{1,60}\))?)"
    )


def _text_asks(self: _Reader, phrase: str, order: int) -> AgentRef | None:
    """Who asks through a text named as the subject (:func:`_text_subject`): a numbered text the
    report records (``Opinion 5`` in a report of the WTPF) asks as itself where resolutions do
    (:func:`_resolution_ref`), else through its issuer; a text named by its words (``the Tunis
    Agenda``, ``the Istanbul Action Plan``) or numbered with no issuer known (``Recommendation 3``)
    asks as itself; a bare one (``the Guidelines``) is the one named before it with that head, else
    the meeting's (``the Declaration``), in a record of one."""
    if (m := _text_subject().fullmatch(phrase.strip(" ,"))) is None:
        return None
    name = " ".join(m.group("name").split())
    if m.group("number"):
        if self._resolutions is None:
            self._resolutions = find_resolutions(self.report)
        kind = name.split()[0].lower()
        same = [r for r in self._resolutions if r.number == m.group("number") and r.kind == kind and r.issuer]
        if len(same) == 1 and not self.resolutions_ask:
            return AgentRef("body", same[0].issuer, self._label(same[0].issuer))  # type: ignore[arg-type]
        if len(same) == 1:
            return AgentRef("resolution", same[0].key, same[0].name)
        return AgentRef("resolution", slug(name), name)  # an issuer the report does not say: the text
    if m.group("named").strip():
        return AgentRef("resolution", slug(name), name)
    if (
        earlier := _named_before(self, name, order)
    ) is not None:  # "the GSR Best Practice Guidelines ... The Guidelines"
        return AgentRef("resolution", slug(earlier), earlier)
    if (adopter := _adopted_by(self, name, order)) is not None:
        return adopter  # "the joint statement adopted by UNGIS ... The statement calls on": UNGIS
    if name[:1].isupper():  # "the Declaration" in a record: the meeting's
        return self.meeting_ref if self.meeting_ref.kind == "body" else None
    return self.author if not records_meeting(self.report) else None  # "This contribution invites": its author


@cache
def _adoption(head: str) -> re.Pattern[str]:
    """The text ``head`` (any case) adopted or issued by a body: ``the joint statement adopted by the X``;
    ``who``: the words after ``by`` up to a comma, a bracket or a verb's end."""
    verbs = alternation((r["verb"] for r in data_rows("text-adoptions.csv")), spaces=True)
    return re.compile(
        rf"\b(?i:{re.escape(head)})\b[^.;]{{0,30}}?\b(?:{verbs})\s+by\s+(?P<who>(?:the\s+)?[A-Z][^,;.()]{{1,80}})"
    )


def _adopted_by(self: _Reader, head: str, order: int) -> AgentRef | None:
    """The body that adopted or issued the text ``head`` names, by the last such phrase in paragraph ``order``
    or before it (``the joint statement adopted by the United Nations Group on X (UNGIS)``): a bare ``The
    statement`` or ``The Declaration`` is that body speaking."""
    found = None
    for p in self.report.paragraphs:
        if p.order > order:
            break
        for m in _adoption(head.split()[-1]).finditer(p.text):
            agents = self.resolve(m.group("who"), p.order, m.start("who"))
            found = agents[0] if len(agents) == 1 and agents[0].kind in ("body", "country") else found
    return found


@cache
def _named_with_head(head: str) -> re.Pattern[str]:
    """Up to five capitalised words, then the head noun ``head`` (``the GSR12 Best Practice Guidelines``)."""
    return re.compile(rf"\b(?:[A-Z][\w'’.-]*\s+){{1,5}}{re.escape(head)}\b")


def _named_before(self: _Reader, head: str, order: int) -> str | None:
    """The last text named with its words and the head ``head`` in paragraph ``order`` or before it
    (``the GSR12 Best Practice Guidelines``): what the head alone refers to."""
    named = _named_with_head(head)
    found = None
    for p in self.report.paragraphs:
        if p.order > order:
            break
        for m in named.finditer(p.text):
            words = m.group(0).split()
            while words and words[0] in ("The", "the", "This", "Its", "Our"):
                words.pop(0)
            found = " ".join(words) if len(words) > len(head.split()) else found
    return found


def titled_resolution(self: _Reader, order: int, text: str) -> None:
    """A paragraph that is only a resolution's title (``RESOLUTION 140 (REV. BUCHAREST, 2022)``,
    a draft in a contribution) opens its text: the operative verbs after it (``instructs the
    Secretary-General``) are the contribution's (decision 22), else that resolution's
    (:func:`_resolution_ref`), else its issuer's."""
    phrase = text.strip(" .:")
    found = resolution_mentions(phrase)
    if len(found) != 1 or not _title_span(phrase, found[0]["span"]) or len(phrase) > 80:
        return
    if self.in_covering_note():
        return  # the subject line of a note that transmits a report under that resolution: no resolution's text
    if self.contributors:  # drafted in a contribution: its contributors ask (decision 22)
        self.issuer = self.voice.author
        return
    issuer = issuer_of_citation(phrase)
    own = self._resolution_ref(found[0], order)
    self.issuer = own or (AgentRef("body", issuer, self._label(issuer)) if issuer else self.issuer)


def _title_span(phrase: str, span: tuple[int, int]) -> bool:
    """Whether a resolution's citation at ``span`` is the whole of ``phrase`` but a draft's words
    before it (``DRAFT NEW RESOLUTION [X-1]``) and a revision whose venue is still a placeholder
    after it (``RESOLUTION 98 (REV. [CITY], 2031)``)."""
    return (
        _DRAFT_WORDS.fullmatch(phrase[: span[0]]) is not None
        and _OPEN_REVISION.fullmatch(phrase[span[1] :]) is not None
    )


def _resolution_ref(self: _Reader, mention: dict[str, Any], order: int) -> AgentRef | None:
    """The resolution a citation in paragraph ``order`` names, as the report's resolutions record it
    (:func:`find_resolutions`: same number, cited in that paragraph; the same key first): a
    resolution that is the subject of a request verb is what asks (``Resolution 140 instructs
    ...``), its issuer only adopted it. ``None`` when the report records no such resolution, for a
    United Nations resolution (its organ asks: ``E/RES/2019/24``) and outside a contribution or a
    speech (``_Reader.resolutions_ask``)."""
    if not self.resolutions_ask or "/" in mention["number"]:  # a UN resolution: its organ asks
        return None
    if self._resolutions is None:
        self._resolutions = find_resolutions(self.report)
    same = [r for r in self._resolutions if r.number == mention["number"] and (not order or order in r.paragraphs)]
    same.sort(key=lambda r: (r.key != mention["key"], r.issuer != mention["issuer"]))
    return AgentRef("resolution", same[0].key, same[0].name) if same else None


def _issuer_of(self: _Reader, phrase: str, order: int) -> str | None:
    """The issuer of a citation (:func:`issuer_of_citation`); for a bare ``Resolution 140``,
    that of the same resolution cited with its issuer earlier in the paragraph."""
    if issuer := issuer_of_citation(phrase):
        return issuer
    found = resolution_mentions(phrase)
    if len(found) != 1 or found[0]["span"][0] > len("the "):
        return None
    text = document(self.report).para(order).text if order else ""
    for r in resolution_mentions(text):
        if r["number"] == found[0]["number"] and (issuer := issuer_of_citation(text[slice(*r["span"])])):
            return issuer
    return None


def _cited_issuer(self: _Reader, text: str, at_end: bool, itself: bool = True) -> AgentRef | None:
    """Who asks through the (last) resolution cited in ``text`` (``at_end``: the text ends with
    it): that resolution, when it is cited alone and ``itself`` (``Resolution 1332, which invites``,
    ``Under Resolution 140, X is instructed``); else its issuer (``Resolutions 101 and 133 of the
    Plenipotentiary Conference``; ``By Resolution 172, the conference invited``)."""
    found = resolution_mentions(text)
    if not found:
        return None
    last = max(found, key=lambda r: r["span"][1])
    a, b = last["span"]
    end = _CITATION_END.fullmatch(text[b:])
    if at_end and not end:
        return None
    listed = len(found) > 1 and _LISTED_CITATIONS.search(text[: a + 1])
    if itself and not listed and (resolution := self._resolution_ref(last, self._where[0])) is not None:
        return resolution
    if end and end.group("of"):  # "Resolutions 101 and 133 of the Plenipotentiary Conference"
        named = [r for r in self.resolve(end.group("of"), *self._where) if r.kind == "body"]
        return named[0] if len(named) == 1 else None
    issuer = issuer_of_citation(text[a:b])
    return AgentRef("body", issuer, self._label(issuer)) if issuer else None
