"""Who signs a document: a letter's closing and its signatory, a signature block, a name ending a message.

``Yours faithfully,`` then the person (else the post) named after it (``closing`` and ``courtesy`` cues), the
persons who sign a letter together (:func:`co_signatories`, decision 18), a name then a role ending a document,
a name alone as a message's last line, a signature's name taken for the title, and whether a person signs under a
post (:func:`_signs_as`, decision 11). Read by :mod:`.authors`.
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.agent_resolver import Actors
from wsiskg.ingest.extract.author_agents import _BACK
from wsiskg.ingest.extract.author_cues import cue_alternation
from wsiskg.ingest.extract.author_headers import _home_post
from wsiskg.ingest.extract.gazetteer import roles
from wsiskg.ingest.extract.genre import records_meeting, report_genre
from wsiskg.ingest.extract.header_fields import sentence_of_prose
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.name_finder import is_byline
from wsiskg.ingest.extract.person_joined_signatures import joined_signers
from wsiskg.ingest.extract.person_signatures import closing_formula, courtesy_sentence, post_line_above
from wsiskg.ingest.extract.person_titles import is_title
from wsiskg.ingest.records import AgentRef, Paragraph, ParsedReport
from wsiskg.ingest.text import alternation


@cache
def _role_gap() -> re.Pattern[str]:
    """A signature written on one line, ``NAME Director Telecommunication Development Bureau``: a
    role word of ``roles.csv`` between the name (ending in lower case) and the body, or ending the
    line (``NAME Secretary-General``)."""
    forms = [f for e in roles().values() for f in e.forms if f[:1].isupper() and not f.endswith("s")]
    return re.compile(rf"(?<=[a-z])\s+(?P<role>{alternation(forms, spaces=True)})(?:\s+(?=[A-Z])|\s*$)")


@cache
def _closing() -> re.Pattern[str]:
    """A letter's closing, alone or followed on its line by a short signature (``Yours faithfully,
    NAME``, ``Yours faithfully, NAME Director of the Telecommunication Standardization Bureau``)."""
    return re.compile(rf"^\W*{closing_formula()}\W*(?P<rest>(?<=\W)\S.{{0,160}})?$")


def co_signatories(report: ParsedReport, actors: Actors) -> tuple[AgentRef, ...]:
    """The persons who sign a letter together (co-facilitators, co-chairs: annotation guide, decision
    18), each named at the start of a short line after its closing (``NAME`` / ``NAME`` / ``ROLE`` /
    ``ROLE``, ``NAME and NAME``); ``()`` when one person signs. A document of no meeting signed with no closing is
    read by :func:`_signed_blocks`."""
    paragraphs = report.paragraphs[-_BACK:]
    if joint := _joined_line(actors, paragraphs) or _signed_rows(report, actors, paragraphs):
        return joint  # "NAME (Country) NAME (Country) Co-coordinators": side by side, read as one line
    if len(labelled := labelled_signers(report, actors)) > 1:
        return labelled  # "Signed for X: NAME, ROLE" / "Signed for ITU: NAME, ROLE": each party's signer
    at = next(
        (i for i, p in enumerate(paragraphs) if _closing().match(p.text) or courtesy_sentence().search(p.text)), None
    )
    if at is None and not records_meeting(report):
        return _signed_blocks(report, actors, paragraphs)
    found: list[AgentRef] = []
    for q in paragraphs[at + 1 : at + 7] if at is not None else ():
        text = q.text.strip()
        offset = actors.resolver.texts.get(q.order, q.text).find(text)
        people = [s for s in actors.resolver.spans.get(q.order, []) if s.kind == "person"]
        if len(text) > 120 or not people or people[0].start > offset:
            continue  # "For questions, contact Ms A": no signature
        found += [r for s in people for r in actors.resolver.ref(s)[:1] if r.kind == "person" and r not in found]
    return tuple(found) if len(found) > 1 else ()


def _under_prose(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """The lines after the last paragraph of prose, where a document with no closing is signed; ``()`` with no prose."""
    prose = [i for i, p in enumerate(paragraphs) if sentence_of_prose(p.text)]
    return paragraphs[prose[-1] + 1 :] if prose else ()


def _signed_blocks(report: ParsedReport, actors: Actors, paragraphs: tuple[Paragraph, ...]) -> tuple[AgentRef, ...]:
    """The persons who sign a document of no meeting with no closing (a foreword, a brief: ``NAME`` / ``Chair, X`` /
    ``NAME`` / ``Vice-Chair, X`` under its last sentence): each name alone on its line (an honorific before it) under
    the last paragraph of prose, the last of them its signature block's (:func:`_signature_block`); ``()`` when one
    signs, or when a label (``For enquiries:``) or a line of a name and more (a contacts table's ``Ms A, Rapporteur,
    X``) stands there."""
    found: list[AgentRef] = []
    for q in _under_prose(paragraphs):
        text = actors.resolver.texts.get(q.order, q.text)
        people = [s for s in actors.resolver.spans.get(q.order, []) if s.kind == "person"]
        if text.strip().endswith(":") or len(people) > 1:
            return ()
        if not people:
            continue
        if text[people[0].end :].strip(" .") or len(text[: people[0].start].strip()) > _HONORIFIC_ROOM:
            return ()  # "Ms A, Rapporteur, Question 7/5, X": a contact's row, no signature
        found += [r for r in actors.resolver.ref(people[0])[:1] if r.kind == "person" and r not in found]
    if len(found) < 2 or found[-1] != _signature_block(report, actors):
        return ()
    return tuple(found)


def _signed_rows(report: ParsedReport, actors: Actors, paragraphs: tuple[Paragraph, ...]) -> tuple[AgentRef, ...]:
    """The persons who sign a message written as ``we`` with no closing, each on a row of his own that ends the
    document right under its last paragraph of prose (``Dr A, President, X`` / ``Mr B, Chair, Y``: a joint message,
    an editorial by two editors; decision 18), in order; ``()`` when fewer than two rows, a line that is no row (a
    label, ``Contacts:``, a table's header ``Name, Function``) stands between, or the text never says ``we``."""
    rows = _under_prose(paragraphs)
    if len(rows) < 2 or not any(_WE.search(p.text) for p in report.paragraphs):
        return ()
    found: list[AgentRef] = []
    for q in rows:
        text = actors.resolver.texts.get(q.order, q.text)
        people = [s for s in actors.resolver.spans.get(q.order, []) if s.kind == "person"]
        if len(people) != 1 or not _list_row(actors, q) or _CONTACT_MARK.search(text) or len(text) > _ROW_ROOM:
            return ()  # "Contacts:", "Name, Function", "Ms A, X, tel. +41 ...": no signature
        found += [r for r in actors.resolver.ref(people[0])[:1] if r.kind == "person" and r not in found]
    return tuple(found) if len(found) == len(rows) else ()


#: the first person plural a message several sign speaks in
_WE = re.compile(r"\b[Ww]e\b")
#: what a contact's row has and a signature's has not: an e-mail address, a number
_CONTACT_MARK = re.compile(r"[@\d]")
#: how long a signature's row may be
_ROW_ROOM = 140


def _joined_line(actors: Actors, paragraphs: tuple[Paragraph, ...]) -> tuple[AgentRef, ...]:
    """The persons of a joined signature line (:func:`.person_joined_signatures.joined_signers`) among the last
    paragraphs, in order; ``()`` when none is read."""
    for q in paragraphs[-_JOINED_LINES:]:
        text = actors.resolver.texts.get(q.order, q.text)
        if len(signers := joined_signers(text)) < 2:
            continue
        people = [s for s in actors.resolver.spans.get(q.order, []) if s.kind == "person"]
        found = [r for s in people for r in actors.resolver.ref(s)[:1] if r.kind == "person"]
        if len(found) == len(signers):
            return tuple(found)
    return ()


def joint_signer(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The first person of a joined signature line ending the document (who signs first for all: each co-signer asks,
    decision 18, through :func:`co_signatories`)."""
    paragraphs = report.paragraphs[-_BACK:]
    joint = _joined_line(actors, paragraphs) or _signed_rows(report, actors, paragraphs)
    return joint[0] if joint else None


#: how many last paragraphs may hold a joined signature line
_JOINED_LINES = 4


#: how long an honorific before a name alone on its line may be (``Eng.``, ``Prof. Dr``); read by :mod:`.authors` too
_HONORIFIC_ROOM = 12


def _signatory(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The person (else the post) who signs after a letter's closing; a post whose holder's name the parser
    took for the title of a headless letter (``With my best regards,`` / ``Chairman, X`` under a title that
    is the name) is that person's."""
    found = _closing_signatory(report, actors)
    if found is None:
        return next(iter(labelled_signers(report, actors)), None)  # "Signed for X: NAME, ROLE": the first signs
    if found.kind != "post":
        return found
    titled = _title_signatory(report, actors)
    held = titled is not None and any(p.key == titled.key and found.key in p.posts for p in actors.persons)
    return titled if held else found


@cache
def _party_label() -> re.Pattern[str]:
    """A party's labelled signature before who signs for it: ``Signed for the Government of X:``, ``Signed for ITU:``
    (``party-signature`` cues of ``author-cues.csv``), opening its line or after a sentence's end on it."""
    return re.compile(rf"(?:^|(?<=[.;]\s))\s*(?i:{cue_alternation('party-signature')})\s+[^:;.]{{1,100}}:\s*")


def labelled_signers(report: ParsedReport, actors: Actors) -> tuple[AgentRef, ...]:
    """Each person who signs for a party on a labelled line among the last paragraphs, in text order: ``Signed for
    the Government of X: NAME, ROLE, Place, date`` / ``Signed for ITU: NAME, ROLE, ...`` closing a project document,
    ``Signed for A: NAME. Signed for B: NAME.`` closing minutes (:func:`_party_label`; the person named right after
    the colon, an honorific allowed). Each signs (decision 18); ``()`` when no such line names a person."""
    found: list[AgentRef] = []
    for q in report.paragraphs[-_BACK:]:
        text = actors.resolver.texts.get(q.order, q.text)
        people = [s for s in actors.resolver.spans.get(q.order, []) if s.kind == "person"]
        for m in _party_label().finditer(text):
            first = next((s for s in people if 0 <= s.start - m.end() <= _HONORIFIC_ROOM), None)
            refs = actors.resolver.ref(first)[:1] if first is not None else ()
            found += [r for r in refs if r.kind == "person" and r not in found]
    return tuple(found)


def _closing_signatory(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The person (else the post) named in the paragraphs after a letter's closing."""
    paragraphs = report.paragraphs[-_BACK:]
    for i, p in enumerate(paragraphs):
        closing = _closing().match(p.text)
        if closing is None and not courtesy_sentence().search(p.text):  # "Accept, Sir, the assurance of my ..."
            continue
        block = paragraphs[i + 1 : i + 4]
        after = [s for s in actors.resolver.spans.get(p.order, []) if closing and closing.start("rest") >= 0]
        after += [s for q in block for s in actors.resolver.spans.get(q.order, [])]
        # "NAME / Director / Telecommunication Development Bureau": the post read across the lines;
        # "NAME Director Telecommunication Development Bureau" on one line: the post after the name
        lines = [_role_gap().sub(r", \g<role>, ", q.text.strip()) for q in block]
        after += actors.resolver.spans_in(", ".join(lines))
        for kind in ("person", "post"):  # the person who signs (as a speech is its speaker's), else the office
            if found := [s for s in after if s.kind == kind]:
                return actors.resolver.ref(found[0])[0]
        if closing is not None and closing.group("rest"):  # "(Signed) The Secretary-General": the head's post
            return _home_post(report, actors, closing.group("rest"))
    return None


def _last_line_person(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The person whose name alone is a message's last line (only bracketed notes after it): who speaks,
    signing with no post (``... behind.`` / ``NAME``; the persons reader reads that line as a signature)."""
    lines = [p for p in report.paragraphs[-_BACK:] if not p.text.strip().startswith("[")]
    if not lines:
        return None
    last = lines[-1]
    text = actors.resolver.texts.get(last.order, last.text)
    people = [s for s in actors.resolver.spans.get(last.order, []) if s.kind == "person"]
    if len(people) != 1 or text[: people[0].start].strip() or text[people[0].end :].strip(" ."):
        return None
    refs = actors.resolver.ref(people[0])
    return refs[0] if refs and refs[0].kind == "person" else None


def _title_signatory(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The person whose name is the whole title (after an honorific): a letter or a speech with no
    heading, whose signature's name the parser took for its title (the persons reader reads it as the
    signature: :func:`.person_signature_lines._title_signature`)."""
    title = slug((report.title or "").strip(" []"))
    found = [
        p for p in actors.persons if title == p.key or (title.endswith(f"-{p.key}") and len(title) - len(p.key) <= 12)
    ]
    return AgentRef("person", found[0].key, found[0].name) if len(found) == 1 else None


def _signature_block(report: ParsedReport, actors: Actors) -> AgentRef | None:
    """The person of the last signature block with no closing before it: a paragraph that is only
    a person's name, then one that starts with a role (``NAME`` / ``Director``, ``NAME`` /
    ``Chairman, CWG-COP``), or a name and its role on one line (``NAME Director``, ``NAME,
    Chairman``, above a ``Distribution:`` line)."""
    paragraphs = report.paragraphs[-_BACK:]
    if not paragraphs:
        return None  # a report that is only its title signs nothing
    speech = report_genre(report) == "speech"
    for p, after in reversed(list(zip(paragraphs, [*paragraphs[1:], None], strict=True))):
        text = p.text.strip()
        people = [s for s in actors.resolver.spans.get(p.order, []) if s.kind == "person"]
        offset = actors.resolver.texts.get(p.order, p.text).find(text)
        if len(people) != 1 or (len(text) > 80 and not (speech and is_byline(text))) or people[0].start - offset > 0:
            continue  # "Contact: Mrs A" is no signature
        if _contact_above(report, p):
            continue  # "For more information, please contact:" / NAME / "Officer, X": a contact, no signature
        if _list_row(actors, p) and (_row_above(actors, report, p) or (after is not None and _list_row(actors, after))):
            continue  # "Ms A, Director-General, X" / "Mr B, Economist, Y": a row of a list, no signature
        rest = text[people[0].end - offset :].strip(" ,.()")
        below = after.text.strip() if after is not None else ""
        role = rest or below
        above = _post_above(report, p) if not rest else None  # "Secretary-General" / "NAME"
        if not _signs(role) and not (speech and _signs_speech(rest, below)) and above is None:
            continue  # "NAME" / "Chief, Human Resources Management Department": a job title signs too
        refs = actors.resolver.ref(people[0])
        if refs and refs[0].kind == "person":
            return refs[0]
    return None


def _row_above(actors: Actors, report: ParsedReport, p: Paragraph) -> bool:
    """Whether the line above paragraph ``p`` is a person's row of a list (:func:`_list_row`)."""
    at = report.paragraphs.index(p)
    return bool(at) and _list_row(actors, report.paragraphs[at - 1])


def _list_row(actors: Actors, p: Paragraph) -> bool:
    """Whether paragraph ``p`` is shaped as a person's row of a list: a person's name opening it (an honorific before
    it at most), then a comma and more (``Ms A, Director-General, X``). Two such lines in a row are a table of
    panellists or contacts under a document's prose, no signature block."""
    text = actors.resolver.texts.get(p.order, p.text)
    people = [s for s in actors.resolver.spans.get(p.order, []) if s.kind == "person"]
    start = len(text) - len(text.lstrip())
    if not people or len(text[start : people[0].start].strip()) > _HONORIFIC_ROOM:
        return False
    return text[people[0].end :].lstrip().startswith(",")


def _contact_above(report: ParsedReport, p: Paragraph) -> bool:
    """Whether the line above paragraph ``p`` is a label of whom to contact (a ``letter-fields`` word of
    ``author-cues.csv`` before a closing colon: ``For more information, please contact:``)."""
    at = report.paragraphs.index(p)
    above = report.paragraphs[at - 1].text.strip() if at else ""
    return above.endswith(":") and _contact_label().search(above) is not None


@cache
def _contact_label() -> re.Pattern[str]:
    """A word of a letter's fields (``letter-fields`` cues: ``contact``, ``Tel.``, ``E-mail``)."""
    return re.compile(rf"\b(?i:{cue_alternation('letter-fields')})\b")


def _post_above(report: ParsedReport, p: Paragraph) -> str | None:
    """The post line above the name alone in paragraph ``p``, a signature written post first (``Secretary-General``
    / ``NAME``: :func:`.person_signature_lines.post_line_above`)."""
    return post_line_above(report.paragraphs, report.paragraphs.index(p))


def _signs(role: str) -> bool:
    """Whether ``role``, the words after a name at a document's end, is a post or a job title that signs; a job title
    before a comma and the office it is held in signs too (``Programme Coordinator, Regional Office for X``)."""
    if _role_start().match(role) is not None or (len(role) <= 120 and is_title(role)):
        return True
    title, comma, _ = role.partition(",")
    return bool(comma) and is_title(title.strip())


def _signs_speech(rest: str, below: str) -> bool:
    """Whether a name at a speech's end signs it (a message signed by its speaker): its line or the next one
    says who the speaker is in any words, with no sentence (``Hon. NAME, MP`` / ``MINISTER OF INFORMATION``,
    ``NAME, Second Vice-President of the Republic``, ``Mme NAME`` / ``Ministre de la Communication``)."""
    return any(is_byline(line) or _signs(line) for line in (rest, below) if line)


@cache
def _role_start() -> re.Pattern[str]:
    """A line that starts with a role word of ``roles.csv`` (``Director``, ``Chairman, CWG-X``)."""
    forms = [f for e in roles().values() for f in e.forms if f[:1].isupper()]
    return re.compile(rf"(?:{alternation(forms, spaces=True)})(?![\w-])")


def signs_titled(report: ParsedReport, actors: Actors, person: AgentRef | None, title: AgentRef) -> bool:
    """Whether ``person`` signs the document under the job title a header names as its author (``Note by the Legal
    Adviser`` ... ``NAME`` / ``Legal Adviser``; a title no role of ``roles.csv`` names, read as a ``collective``):
    the line after the person's name, or the rest of its line, is that title (decision 11: the person named)."""
    if person is None or person.kind != "person" or title.kind != "collective":
        return False
    label = re.compile(rf"[\s,]*(?:the\s+)?{re.escape(title.label)}\W*$", re.IGNORECASE)
    paragraphs = report.paragraphs[-_BACK:]
    for p, after in zip(paragraphs, [*paragraphs[1:], None], strict=True):
        text = actors.resolver.texts.get(p.order, p.text)
        mine = [s for s in actors.resolver.spans.get(p.order, []) if s.kind == "person" and person.key in s.keys]
        if mine and len(text.strip()) <= 80:
            rest = text[mine[0].end :]
            if label.match(rest) or (not rest.strip(" ,.") and after is not None and label.match(after.text.strip())):
                return True
    return False


def _signs_as(report: ParsedReport, actors: Actors, person: AgentRef | None, post: AgentRef) -> bool:
    """Whether ``person`` signs the document under the role of ``post`` (``NAME`` / ``Secretary-General``,
    ``NAME, Director``): the person who holds the post its header names (decision 11). Any short line of the last
    paragraphs may be the signature; one that names the person in a sentence above it (``The Director, Ms NAME,
    proposes to:``) is none."""
    entry = roles().get(post.key.rsplit("/", 1)[-1])
    if person is None or person.kind != "person" or entry is None:
        return False
    role = re.compile(rf"[\s,]*(?i:{alternation(list(entry.forms), spaces=True)})(?![\w-])")
    paragraphs = report.paragraphs[-_BACK:]
    for p, after in zip(paragraphs, [*paragraphs[1:], None], strict=True):
        text = actors.resolver.texts.get(p.order, p.text)
        mine = [s for s in actors.resolver.spans.get(p.order, []) if s.kind == "person" and person.key in s.keys]
        if mine and len(text.strip()) <= 80:
            above = _post_above(report, p) if not text[mine[0].end :].strip(" ,.()") else None
            if (
                role.match(text, mine[0].end)
                or (after is not None and role.match(after.text.strip()))
                or (above is not None and role.match(above))  # "Secretary-General" / "NAME"
            ):
                return True
    return False
