"""Who holds which post: chairs, role verbs and officer lists.

Holds the steps of the actor reader that tie a person to a post: ``_chaired`` (``chaired by X``,
``under the chairmanship of X``: the chair of the body chaired; ``moderated by X``: a title),
``_role_by_verb`` (``X was elected to chair``, ``nominated X as Vice-Chair``), ``_represented``
(``BODY, represented by NAME``), ``_names_after_posts`` (``The Vice-Chairmen, Ms. A (X), Ms. B (Y),
and Mr. C (Z)``) and ``_names_before_plural_posts`` (``Mr. A (X) and Ms. B (Y), Vice-Chairs``),
with the patterns they use. The functions taking ``self`` are methods of
:class:`~wsiskg.ingest.extract.actor_reader._ActorReader` (assigned in its class body; ``self`` is the
reader).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.casing import joiner_alternation
from wsiskg.ingest.extract.gazetteer import (
    adverb_alternation,
    auxiliary_alternation,
    country_speakers,
    determiner_alternation,
    head_last_words,
    modal_alternation,
    post_verb_alternation,
    preposition_alternation,
    roles,
)
from wsiskg.ingest.extract.name_finder import COMPOUND_ROLE, _person_re
from wsiskg.ingest.extract.person_titles import (
    earlier_role_verb,
    role_before_list,
    role_by_verb_after,
    title_at,
    verb_before,
)
from wsiskg.ingest.records import Span
from wsiskg.ingest.text import alternation

if TYPE_CHECKING:
    from wsiskg.ingest.extract.actor_reader import _ActorReader


#: the modals of what is to come (``who will serve as``)
_FUTURE = modal_alternation("future")
#: an auxiliary or a modal of the future: a clause's own verb after a name or a body (``Mr B (Y) was``, ``X will``)
_AUXILIARY = rf"{auxiliary_alternation(role='clause')}|{_FUTURE}"
#: a finite form of ``be`` (``auxiliaries.csv``): ``Ms A (Peru) was elected``, ``The Vice-Chairs present were``
_BE = auxiliary_alternation("be", "clause")
#: the kinds of body a person leads rather than heads (``the sub-group on X, led by Y``: its Leader)
_GROUPS = frozenset({"working-group", "expert-group"})
_CHAIRED_BY = re.compile(
    r"(?<![\w-])(?:(?:chaired|presided\s+over|presided)(?:\s+[a-z]+){0,3}?\s+by|"
    r"under\s+the\s+(?:chairmanship|chairpersonship|chairwomanship|"
    # "chaired by the Minister, Ms X", "chaired by the Honourable X": "the" before a title or an honorific
    r"chair|chairing|presidency)\s+of)\s+(?:the\s+(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*(?:\s+of\s+the\s+[A-Z][\w&-]*)?,?\s+|the\s+)?$",
    re.IGNORECASE,
)
# between the body chaired and "chaired by": "The Editorial Committee will be chaired by"
_CHAIRED_LINK_TEXT = (
    r"\s*(?:\([^()]*\))?,?\s*(?:which\s+|that\s+)?"
    rf"(?:(?:{_BE}|(?:{_FUTURE})\s+be|(?:{auxiliary_alternation('have', 'singular')})\s+been|to\s+be)\s+)?"
)
_CHAIRED_LINK = re.compile(_CHAIRED_LINK_TEXT)
_CHAIRED_LINK_END = re.compile(_CHAIRED_LINK_TEXT + "$")
# between two persons given the same role by one verb: "co-facilitated by A, Title of X, and B", "chaired by A and B"
# (up to three parts of an appositive: "A, Commissioner for Energy, AUC, and B", "A, a journalist with X (NTA), and B")
_CO_NAMED = re.compile(  # "co-led by A (ITU) and B": the organisation in brackets after a name
    r"(?:\s*\([^()]{1,40}\))?(?:,\s+(?:(?:the\s+)?[A-Z]|an?\s+[a-z])[^,.;()]{0,80}(?:\s*\([^()]{1,30}\))?){0,3}(?:,\s*and\s+|\s+and\s+|,\s+)"
)
#: a verb of its own after a name: "chaired by Ms A (X), and Mr B (Y) was appointed coordinator" (B is not co-named)
_OWN_VERB = re.compile(rf"\s*(?:\([^()]*\))?,?\s+(?:{_AUXILIARY}|acted|served)\b")
# a group named by a common noun before "chaired by": "an ad hoc group chaired by", "the drafting committee, chaired
# by"; its topic holds no verb of a clause ("The fifth meeting of the Working Group on X was held in Lima, chaired
# by", "The Working Group on X held its fifth meeting ..., chaired by": the meeting's chair, not a group's title)
_GROUP_CHAIRED = re.compile(
    r"(?<![Tt]he )\b(?:group|sub-?group|committee|sub-?committee|task\s+force|panel|track|segment)\b"
    rf"(?:\s+(?:{preposition_alternation('topic')})\s+(?:(?!\b(?:{_AUXILIARY}|held|met)\b)[^.;,()]){{1,60}})?$",
    re.IGNORECASE,
)
#: a run of dots (or an ellipsis) between a label and its value: "Chair ........ Ms A"
_LEADER = re.compile(r"\.{3,}|\u2026")
_SEP = re.compile(r"^\s*(?:[,;]\s*(?:and\s+)?|and\s+|&\s+)$")
# between a post and the list of its holders: "The Vice-Chairs, Mr. A", "The Vice-Chairs of the Group are: Mr. A"
#: a verb that gives a post or proposes its holders (``election-verbs.csv``, every kind)
_ELECTED_WORDS = rf"(?:{post_verb_alternation()})"
#: a verb that gives a post (``election-verbs.csv``, kind ``vote``), ``re-`` before it or not
_VOTED = post_verb_alternation("vote")
_POST_THEN_NAMES = re.compile(
    # "The Chair of Council 2020, Ms A", "The Chairman of Sub-Working Group 4A-3, Dr B": the body's year or number
    r"(?:\s+(?=[\w./-]*\d)[\w./-]+(?=,))?"
    # "The Vice-Chairmen designated by the Council are Mr A", "... were confirmed as follows: Mr A"
    # "The BDT focal point for WSIS, Ms X": what the post is for, then the name
    # "The Chair of the Council Working Group for the elaboration of the X Plan for 2024-2027 (CWG-SFP), Ms A": a name
    # the role is of, up to its acronym
    # "The Vice-Chair from Panama, Ms X": where the holder is from
    rf"(?:\s+{_ELECTED_WORDS}\s+(?:by|at)\s+[^,.;:()]{{1,40}}?|\s+(?:for|on|of|from)\s+[^,.;:()]{{1,60}}?"
    rf"|\s+(?:{preposition_alternation('topic')})\s+[^,.;:()]{{1,160}}?\s*\([A-Z][^()\s]{{1,20}}\))?"
    # "The Vice-Chairmen present were", "The Vice-Chairs attending the meeting were": a participle
    rf"(?:\s+(?:present|[a-z]{{3,}}(?:ing|ed))(?:\s+(?:(?:{preposition_alternation('place')})\s+)?(?:the\s+)?(?:meeting|session|sessions))?"
    rf"(?=\s+(?:{_BE})\b))?"
    # "the Vice-Chairs designated by the co-organizers, including Ms A (X) and Mr B (Y)", "the Vice-Chairmen, in
    # particular Mr A (X)", "my Vice-Chairs, and especially Ms B (Y)", "eight Vice-Chairmen, among them Ms C (Z)"
    # "The Chairmen of Working Parties 5A and 5B — respectively Mr A (X) and Ms B (Y) —"
    r"\s*(?:[,\u2013\u2014]?\s*(?:and\s+)?(?:including|in\s+particular|especially|notably|among\s+them|namely"
    r"|respectively),?"
    # "The Vice-Chairs elected at its first meeting – Ms A (X), Mr B (Y) – were present": a dash opens the list
    # "Vice-Chair ........ Mr B (Y)": a dot leader (a list of officers)
    rf"|[,:\u2013\u2014]|-(?=\s)|\.{{3,}}|\u2026+|(?:{_BE}|being|(?:{_FUTURE})\s+be)(?:\s+{_ELECTED_WORDS})?"
    r"(?:\s+as\s+follows)?\s*:?)\s*"
    # "The following Vice-Chairs assisted her: Mr A (X), ...", "our Vice-Chairmen who chaired the working parties
    # this week: Ms A (X), ...": a short clause ending in a colon
    # "Vice-Chairs, one per region: Mr A (X), ...", "Vice-Chairs (one from each region): ...": a remark before it
    r"|,?\s+(?:[a-z][\w-]*\s+){0,6}[a-z][\w-]*\s*:\s*|\s*\([a-z][^()]{0,40}\)\s*:\s*",
    re.IGNORECASE,
)
#: adverbs between an auxiliary and a verb that gives a role: "was unanimously elected", "was newly elected as",
#: "was subsequently appointed", "were also designated" (any word in -ly, and a few short ones)
_ROLE_ADVERBS = rf"(?:(?:[a-z]+ly|{adverb_alternation('post')})\s+){{0,2}}"
# between a list of names and their (plural) post: "Mr. A (X) and Ms. B (Y), Vice-Chairs", "... served as Vice-Chairs",
# "... attended as Vice-Chairmen" (any past form before "as")
_NAMES_THEN_POST = re.compile(
    # "... assisted the Chairman as Vice-Chairmen", "... and Mr B (Y) among its Vice-Chairs"
    # "... were present as Vice-Chairs", "... also served as Vice-Chairs", "... both took part as Vice-Chairs"
    # "..., who served as Vice-Chairs", "..., who will continue to serve as Vice-Chairmen": a relative clause
    rf"^(?:,\s*(?:the\s+|as\s+(?:the\s+)?)?|,?\s+(?:who\s+"
    rf"(?:(?:{auxiliary_alternation('have', 'plural')}|{_FUTURE})\s+)?(?:continued?\s+to\s+)?)?"
    r"(?:(?:also|both|all|jointly)\s+)?(?:(?:[a-z]+ed(?:\s+(?:him|her|them"
    rf"|the\s+[A-Z][\w-]*))?|serve|serving|act|acting|{_BE}|{_VOTED}|took\s+part"
    r"|take\s+part)(?:\s+(?:also|both|all|jointly|present))*\s+|to\s+(?:serve|act)\s+)?"
    r"(?:as|among)\s+(?:the\s+|its\s+|their\s+)?"
    # "Mr A (X) and Ms B (Y) were elected Vice-Chairmen", "..., who had been appointed Vice-Chairs by the Council"
    rf"|,?\s+(?:who\s+)?(?:{auxiliary_alternation('be', 'plural')}"
    rf"|(?:{auxiliary_alternation('have', 'plural')})\s+been)\s+{_ROLE_ADVERBS}"
    rf"{_VOTED}(?:\s+as)?\s+(?:the\s+)?"
    # "..., whom the Group had designated as Vice-Chairmen", "... would continue to serve as Vice-Chairmen"
    rf"|,?\s+whom\s+(?:the\s+[A-Z][\w-]*|it|they|we)\s+(?:(?:{auxiliary_alternation('have')})\s+)?"
    rf"{_VOTED}\s+(?:as\s+)?(?:the\s+|its\s+)?"
    rf"|,?\s+(?:who\s+)?(?:{_FUTURE})\s+(?:continue\s+to\s+)?(?:serve|act)\s+as\s+(?:the\s+|its\s+)?)$"
)
_APPOSITIVE_TITLE = re.compile(r",\s+(?:the\s+)?")
_ELECTED = rf"{_ROLE_ADVERBS}{_VOTED}"
# "X was elected to chair", "X was designated Vice-Chairman", "X were appointed as Vice-Chairs",
# "X, who was designated by the Forum as Chair of ...", "X remains Vice-Chairman"
_ELECTED_AFTER = re.compile(
    rf"\s*,?\s+(?:who\s+)?(?:(?:{_BE}|(?:{auxiliary_alternation('have')})\s+been)\s+{_ELECTED}"
    r"(?:(?:\s+(?:by|at|in|during|last|this|next|earlier|later)\b[^,.;:()]{0,50}?)?"
    r"\s+(?:to(?:\s+serve)?\s+as|as|to\s+be|to))?"
    # "who had acted as editor", "who has kindly accepted to chair our discussions"
    rf"|(?:(?:{auxiliary_alternation('have')})\s+)?(?:acted|served)\s+as"
    # "Mr X of Y, on your election to the chair of this session": its chair ("on her election to chair this
    # Conference", "on his election as Vice-Chairman")
    r"|on\s+(?:his|her|your|their)\s+(?:re-?)?election\s+(?:as|to(?:\s+the)?(?=\s+(?:co-)?chair\b))"
    rf"|(?:(?:{auxiliary_alternation('have')}|{_FUTURE})\s+)?(?:kindly\s+)?(?:agreed|accepted|offered)\s+to(?=\s+(?:co-)?chair\b)"
    # "Mr X (Colombia) was Vice-Chair-cum-Rapporteur": a role right after "was" (a role word must follow)
    rf"|(?:remains|remained|became|becomes|{auxiliary_alternation('be', 'singular')}"
    rf"|continues\s+as|continued\s+as|(?:(?:{_FUTURE})\s+)?serves?\s+as|served\s+as|"
    r"acts?\s+as|acted\s+as|speaking\s+as|presided\s+over\s+the\s+\w+\s+as"
    # "kindly agreed to act as", "has agreed to serve as", "continues to serve as", "accepted to serve as"
    rf"|(?:(?:{auxiliary_alternation('have')}|{_FUTURE})\s+)?(?:kindly\s+)?(?:agreed|continues|continued|continue|accepted|offered)"
    r"\s+to\s+(?:act|serve)\s+as))\s+(?:the\s+|its\s+)?"
    # "served as First Vice-Chair": an ordinal of rank before a Vice-role is no part of the post (decision 29)
    r"(?:(?:first|second|third|fourth|fifth)\s+(?=vice))?",
    re.IGNORECASE,
)
# "The Group nominated X (Country) as Vice-Chair", "elected A (X) as Chair and B (Y) as Vice-Chair",
# "assisted by Ms B (Y) as Vice-Chair": a verb earlier in the clause, then the name, then "as"
# "..., with Mr C (Z) as its Vice-Chair": "with" right before the name; "the nomination of Ms D (W) to chair X": a noun
_ELECTED_BEFORE = re.compile(
    rf"(?:\b(?:{_ELECTED}|assisted\s+by|supported\s+by|(?:nomination|election|appointment|designation)\s+of)\b[^.;:]*"
    r"|(?<![\w-])with\s+)\Z",
    re.IGNORECASE,
)
# "elected Ms X to chair the drafting group": "to" before a role verb ("to chair")
_AS_ROLE = re.compile(
    r",?\s+(?:to(?:\s+serve)?\s+as|as|to\s+be|to(?=\s+(?:co-)?chair\s))\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?",
    re.IGNORECASE,
)
#: "as ROLE" after a name with no verb before it, or after a few lower-case words of its own clause:
#: "the resignation of Mr X (Y) as Vice-Chairman", "Mr X reported as Chair of ...", "Ms X agreed to continue as
#: Rapporteur" (a role word must follow: "described the plan as ambitious" gives none)
_AS_AFTER = re.compile(r",?\s+(?:who,?\s+)?(?:[a-z][\w-]*\s+){0,4}?as\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?")
#: where a person works, after the name and before a comma or the verb: " of the Danish Agency for Digitisation"
#: ("Professor X of the University of Y was designated rapporteur")
_OF_ORGANISATION = re.compile(
    r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][^,;.()]{1,60}?(?:\s*\([^()]{1,20}\))?"
    rf"(?=,|\s+(?:{_AUXILIARY}|who|served|acted)\s)"
)
#: after a role given: "..., replacing Mr Y", "succeeding Ms Z": who held it before (a short qualifier may come first:
#: "as Vice-Chair for the Africa region, replacing ...")
_REPLACING = re.compile(
    r"(?:\s+(?:for|of|on|until)\s+[^,.;:()]{1,60})?,?\s+(?:replacing|succeeding|in\s+(?:place|replacement)\s+of)\s+"
)
_BRACKETED = re.compile(r"\s*\([^()]{1,60}\)")
#: one part of an appositive after a name: ", Counsellor", ", Languages Division"
_APPOSITIVE_PART = re.compile(r",\s+[^,;.()]{1,60}?(?:\s*\([^()]{1,40}\))?(?=,|\s*\()")
#: a longer part, in a list of names before their plural role ("..., Director of the Division on X of UNCTAD, as")
_LONG_APPOSITIVE_PART = re.compile(r",\s+[^,;.()]{1,100}?(?:\s*\([^()]{1,40}\))?(?=,|\s*\()")
#: a part of the appositive of a name listed after its role: capitalised ("Permanent Representative of X"), not
#: another clause (", with the support of the Vice-Chair, Dr Y" lists no more)
_LISTED_APPOSITIVE_PART = re.compile(r",\s+[A-Z][^,;.()]{0,99}?(?:\s*\([^()]{1,40}\))?(?=,|\s*\()")
#: a role in brackets closing a name's line: "Ms X, Coordinator, WHO (moderator)"
_BRACKETED_ROLE = re.compile(r"\s*\((?P<role>[^()]{2,40})\)\s*(?:[.;,]|$)")
#: "(was designated) to lead the correspondence group on X": a group led is chaired
_TO_LEAD = re.compile(
    rf",?\s+(?P<verb>(?:{auxiliary_alternation('be', 'past')}"
    rf"|(?:{auxiliary_alternation('have', 'present')})\s+been)\s+{_ELECTED}\s+)?to\s+lead\s+"
    rf"(?:{determiner_alternation('lead')})\s+"
    r"(?:[\w-]+\s+){0,3}?(?:group|sub-?group|committee|sub-?committee|task\s+force|team|panel)\b",
    re.IGNORECASE,
)
#: no object after a chair verb: "Mr X took the chair."
_NO_OBJECT = re.compile(r"[.,;]|$|and\b|(?:at|on|in)\s")
#: the object of "chaired" that is the meeting itself
_THE_MEETING = re.compile(
    rf"(?:{determiner_alternation('anaphor')})\s+(?:meeting|session)\b(?!\s+(?:on|of)\b)", re.IGNORECASE
)
#: "the representative of the " right before a role: the role is the one represented
_REPRESENTATIVE_OF = re.compile(rf"\b(?i:{country_speakers('speaks_for')})\s+of\s+(?:the\s+)?$")
#: a role that opens its sentence: "The External Auditor" (before ", represented by NAME")
_TITLE_BEFORE = re.compile(r"(?:^|[.;:]\s+)(?:[Tt]he\s+)(?P<title>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})$")
# "BODY, represented by NAME": the person represents the body
_REPRESENTED_BY = re.compile(r"(?:,\s*|\s+)represented\s+(?:[a-z]+\s+){0,2}?by\s+(?:its\s+|the\s+)?$")


def _chaired(self: _ActorReader, order: int, text: str, span: Span, body_spans: list[Span]) -> None:
    """``chaired by X``: the chair of the body chaired (the meeting body unless another body
    or a group is the subject); ``moderated by X``, ``co-facilitated by X`` (``role-verbs.csv``): a title;
    ``the Regional Office, led by X``: the head of the body that is the subject (column ``body_role``), the
    leader of a group (``the sub-group on X, led by Y``: column ``group_role``)."""
    verb = _CHAIRED_BY.search(text, 0, span.start)
    if verb is None:
        if (post := self._chaired_too(order, text, span, body_spans)) is not None:
            self._by_verb(order, span, post)
        elif found := verb_before(text, span.start):
            role, body_role, at, group_role = found
            subject = next((b for b in body_spans if _CHAIRED_LINK.fullmatch(text, b.end, at)), None)
            if subject is not None and group_role and self.finder.bodies.key_kind(subject.keys[0])[1] in _GROUPS:
                self._by_verb(order, span, Span(span.start, span.start, "title", (group_role,), group_role))
            elif subject is not None and body_role:
                self._by_verb(
                    order, span, self._post_in(order, subject.keys[0], body_role, at, span.start, text[at : span.start])
                )
            elif role:  # "led by" gives a role only in a body that is its subject
                self._by_verb(order, span, Span(span.start, span.start, "title", (role,), role))
        elif (last := self.verb_roles[-1] if self.verb_roles else None) and last[0] == order:
            if (
                _CO_NAMED.fullmatch(text, last[1].end, span.start)
                and not _person_re().search(text, last[1].end, span.start)
                and not _OWN_VERB.match(text, span.end)
            ):  # "co-facilitated by A, Title, and B" (not "chaired by A, and B was appointed ...")
                self._by_verb(order, span, last[2])
        return
    sentence = max(text.rfind(". ", 0, verb.start()), text.rfind("; ", 0, verb.start())) + 1
    subject = next(
        (
            b
            for b in reversed(body_spans)
            if sentence <= b.start and b.end <= verb.start() and _CHAIRED_LINK.fullmatch(text, b.end, verb.start())
        ),
        None,
    )
    if subject is not None and subject.keys[0] != self.meeting_body:
        post = self._post_in(order, subject.keys[0], "chair", verb.start(), verb.end(), verb.group(0))
        self._by_verb(order, span, post)
    elif (subject is None and _GROUP_CHAIRED.search(_CHAIRED_LINK_END.sub("", text[sentence : verb.start()]))) or (
        self.meeting_body is None
    ):
        label = roles()["chair"].label
        self._by_verb(order, span, Span(verb.start(), verb.end(), "title", (label,), verb.group(0)))
    else:
        self._by_verb(order, span, None)


#: "... and Study Group 2 by Ms B": the verb of an earlier clause left out before "by"
_AND_NAME_BY = re.compile(
    # a name: capitalised words, numbers and small words ("the BSG training will be delivered by" is a clause)
    # "SWG 1 (X) was chaired by Mr A (Y); SWG 2 (Z) by Ms B": a semicolon for the "and"
    rf"(?:(?:,\s*|\s+)and\s+|;\s+)(?:the\s+)?(?P<name>[A-Z][\w/&'’.-]*(?:\s+(?:[A-Z0-9][\w/&'’.-]*|{preposition_alternation('topic')}|and|the)){{0,8}})"
    r"(?:\s*\([^()]{1,80}\))?\s+by\s+(?:the\s+)?$"
)
_CHAIRED_EARLIER = re.compile(r"\b(?:chaired|presided\s+over|co-chaired)\s+by\b", re.IGNORECASE)


def _chaired_too(self: _ActorReader, order: int, text: str, span: Span, body_spans: list[Span]) -> Span | None:
    """``Study Group 1 is chaired by Mr A and Study Group 2 by Ms B``, ``Working Party 1 was chaired by A and Working
    Party 2 (X) by B``: the chair of what is named between ``and`` and ``by`` (its post when it is a body, else the
    title), the verb of the clause before left out; None when the text does not read so."""
    m = _AND_NAME_BY.search(text, max(0, span.start - 200), span.start)
    if m is None:
        return None
    sentence = max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start())) + 1
    body = next((b for b in body_spans if b.start == m.start("name") and b.end == m.end("name")), None)
    if not _CHAIRED_EARLIER.search(text, sentence, m.start()):
        return _role_verb_too(self, order, text, (sentence, m.start("name"), span.start), body)
    if body is not None:
        return self._post_in(order, body.keys[0], "chair", body.start, span.start, text[body.start : span.start])
    label = roles()["chair"].label
    return Span(m.start("name"), span.start, "title", (label,), text[m.start("name") : span.start])


def _role_verb_too(
    self: _ActorReader, order: int, text: str, at: tuple[int, int, int], body: Span | None
) -> Span | None:
    """``Track A was convened by A; Track B by B``, ``Panel 1 is moderated by A and Panel 2 by B``: the role of
    the other role verb of ``role-verbs.csv`` the clause leaves out (the post in the body named when the verb
    gives one, ``headed by``), as a title; ``at``: the sentence's start, the name's start, the person's."""
    sentence, name, person = at
    found = earlier_role_verb(text, sentence, name)
    if found is None:
        return None
    role, body_role = found
    if body is not None and body_role:
        return self._post_in(order, body.keys[0], body_role, body.start, person, text[body.start : person])
    return Span(name, person, "title", (role,), text[name:person])


def _by_verb(self: _ActorReader, order: int, span: Span, post: Span | None) -> None:
    """The person at ``span`` holds ``post`` (None: chairs the meeting body), given by a verb before the name."""
    self.verb_roles.append((order, span, post))
    if post is None:
        self.chairs.append((order, span))
    else:
        self.assignments.append((order, span, post))


def _role_by_verb(
    self: _ActorReader, order: int, text: str, span: Span, posts: list[Span], body_spans: list[Span]
) -> None:
    """A post given by a verb: ``X was elected to chair``, ``X was designated Vice-Chairman of
    ...``, ``The Group nominated X (Country) as Vice-Chair``, ``appointed X to serve as ...``,
    ``X, Counsellor, BDT, acted as secretary`` (the verb after the name's appositive); a role
    word in any case after ``as`` (``appointed Mr X as editor``) is a title. An active role verb
    (``X chaired the session``, ``X will also chair WP 2``) gives its role: :func:`_active_role`."""
    link = None
    short = _after_appositive(text, span.end)  # an active verb only after a short appositive (not "X, Minister of Y,")
    for at in _after_appositive(text, span.end, _LONG_APPOSITIVE_PART):
        if (title := _bracketed_title(text, at) or _to_lead(text, span.start, at)) is not None:
            self.assignments.append((order, span, title))
            return
        link = _ELECTED_AFTER.match(text, at)
        if link is None and _ELECTED_BEFORE.search(text, max(0, span.start - 160), span.start):
            link = _AS_ROLE.match(text, at)
        if link is None and (plain := _AS_AFTER.match(text, at)) and _role_at(text, plain.end(), posts):
            link = plain
        if link is not None or (at in short and self._active_role(order, text, span, at, body_spans)):
            break
    if link is None:
        return
    at = link.end()
    post = next((s for s in posts if s.start == at), None) or title_at(text, at)
    if post is None:
        return
    if post.kind == "post" and text[post.end : post.end + 1] == " " and link.group(0).rstrip().endswith(" to"):
        post = self._chair_what(order, text, post, body_spans)  # "to chair Committee 4": that body's chair
    self.assignments.append((order, span, post))
    while (cum := COMPOUND_ROLE.match(text, post.end)) and (post := _role_at(text, cum.end(), posts)):
        self.assignments.append((order, span, post))  # "elected Vice-Chair-cum-Rapporteur": both


def _replaced(
    self: _ActorReader, order: int, text: str, persons: list[Span], given: list[tuple[int, Span, Span]]
) -> None:
    """``designated A as Vice-Chair, replacing B``: B held the role ``given`` to A (the assignments
    just made in this paragraph), as did each person listed right after ``replacing``."""
    for _, _, post in list(given):
        m = _REPLACING.match(text, post.end)
        if m is None:
            continue
        pos = m.end()
        for span in sorted((p for p in persons if p.start >= pos), key=lambda p: p.start):
            if span.start != pos and not (pos != m.end() and _SEP.match(text[pos : span.start])):
                break
            if (order, span, post) not in self.assignments:
                self.assignments.append((order, span, post))
            pos = span.end


#: the verb that gave a role, between the name and the role: "X (Y) was elected Chair"
_ELECTED_VERB = re.compile(rf"\b{_ELECTED}\b", re.IGNORECASE)
#: before the next name of a list that shares the verb: "..., and " / " and "
_GAPPED_LINK = re.compile(r",\s+(?:and\s+)?|,?\s+and\s+")
_ROLE_ENDS = re.compile(r"\s*(?:[.,;]|and\b|$)")


def _gapped(
    self: _ActorReader,
    order: int,
    text: str,
    persons: list[Span],
    roles: list[Span],
    given: list[tuple[int, Span, Span]],
) -> None:
    """``X (Y) was elected Chair and Ms Z (W) Rapporteur``, ``..., Mr A Vice-Chair and Ms B Rapporteur``: each
    name listed after a role that a verb gave, with its own role right after it, the verb left out."""
    for _, span, post in list(given):
        if not (span.end <= post.start and _ELECTED_VERB.search(text, span.end, post.start)):
            continue
        at = post.end
        while (link := _GAPPED_LINK.match(text, at)) and (
            nxt := next((p for p in persons if p.start == link.end()), None)
        ):
            role = _role_at(text, nxt.end + 1, roles) if text[nxt.end : nxt.end + 1] == " " else None
            if role is None or not _ROLE_ENDS.match(text, role.end):
                break
            self.assignments.append((order, nxt, role))
            at = role.end


#: one item of a list up to a person: "Chile, " / "Session 2 (ICT and gender), " after ": " or "; "
_ITEM_LABEL = re.compile(r"\s*(?:[^,;:]{1,60},\s+)?")


def _listed_by_verb(self: _ActorReader, order: int, text: str, persons: list[Span]) -> None:
    """``The delegations were headed as follows: Chile, Mr A; Peru, Ms B``: each person that opens
    a list item (after its label) gets the role of the verb (a title: ``Head``)."""
    found = role_before_list(text)
    if found is None:
        return
    role, at = found
    title = Span(at, at, "title", (role,), role)
    for span in sorted(persons, key=lambda s: s.start):
        if span.start < at:
            continue
        item = max(text.rfind(";", at, span.start), text.rfind(":", at, span.start), at - 1) + 1
        if not _ITEM_LABEL.fullmatch(text, item, span.start):
            break
        self.assignments.append((order, span, title))
        at = span.end


def _role_at(text: str, at: int, posts: list[Span]) -> Span | None:
    return next((s for s in posts if s.start == at), None) or title_at(text, at)


def _to_lead(text: str, start: int, at: int) -> Span | None:
    """``appointed X to lead a correspondence group``, ``X was designated to lead the ad hoc group``:
    the chair of the group (a title)."""
    lead = _TO_LEAD.match(text, at)
    if lead is None or not (lead.group("verb") or _ELECTED_BEFORE.search(text, max(0, start - 160), start)):
        return None
    return Span(lead.start(), lead.end(), "title", (roles()["chair"].label,), lead.group(0))


#: what a role in brackets is held in, after a comma: "(Rapporteur, Q20/13)", "(Chair, Working Party 1)"
_ITS_BODY = re.compile(r",\s+[A-Z0-9][^,()]{0,30}")


def _bracketed_title(text: str, at: int) -> Span | None:
    """A role word alone in brackets at ``at``, closing the clause: ``(moderator)``, ``(Chair)``; or with
    where it is held (``(Rapporteur, Q20/13)``)."""
    m = _BRACKETED_ROLE.match(text, at)
    title = title_at(m.group("role"), 0) if m else None
    if m is None or title is None:
        return None
    if (rest := m.group("role")[title.end :]) and not _ITS_BODY.fullmatch(rest):
        return None  # "(Rapporteur, Q20/13)": the role, then where it is held
    return Span(m.start("role"), m.end("role"), title.kind, (title.keys[0] + rest,), m.group("role"))


def _after_appositive(text: str, end: int, part: re.Pattern[str] = _APPOSITIVE_PART) -> list[int]:
    """Where a verb about the person named up to ``end`` may start: right after the name, after
    its country in brackets, and after each of up to three comma-separated parts of its
    appositive (``, Counsellor, BDT``, ``, hitherto Vice-Rapporteur``) that names no one else."""
    out = [end]
    if m := _BRACKETED.match(text, end):
        out.append(m.end())
    if (m := _OF_ORGANISATION.match(text, out[-1])) and not _person_re().search(m.group(0)):
        out.append(m.end())  # "Ms X of the Danish Agency for Y, who, as Chair ...": where the person works
    for m in part.finditer(text, out[-1]):
        if m.start() != out[-1] or len(out) > 4 or _person_re().search(m.group(0)):
            break
        out.append(m.end())
    return out


def _active_role(self: _ActorReader, order: int, text: str, span: Span, at: int, body_spans: list[Span]) -> bool:
    """``X chaired the session``, ``X, who had chaired the correspondence group``, ``X will also
    chair WP2/3``: the chair of the body named after the verb, of the meeting body for ``the
    meeting``, else the role as a title (``role-verbs.csv``, column ``active``)."""
    found = role_by_verb_after(text, at)
    if found is None:
        return False
    label, obj = found
    role = next((k for k, r in roles().items() if r.label == label), None)
    body = next((b for b in body_spans if b.start == obj), None)
    body = body or next((b for b in body_spans if b.start == obj + 4 and text[obj : obj + 4].lower() == "the "), None)
    if body is not None and role is not None:
        self._by_verb(order, span, self._post_in(order, body.keys[0], role, at, body.end, text[at : body.end]))
    elif (
        role == "chair"
        and self.meeting_body is not None
        and (_THE_MEETING.match(text, obj) or _NO_OBJECT.match(text, obj))
    ):
        self._by_verb(order, span, None)
    else:
        self._by_verb(order, span, Span(at, obj, "title", (label,), text[at:obj]))
    return True


def _post_in(self: _ActorReader, order: int, org: str, role: str, start: int, end: int, written: str) -> Span:
    """A post of ``role`` in ``org``, written at ``start:end`` of paragraph ``order`` but not as a role word."""
    key = f"{org}/{role}"
    self.finder.post_labels.setdefault(key, f"{roles()[role].label}, {self.finder.bodies.key_kind(org)[0]}")
    self.extra_posts.append((order, Span(start, end, "post", (key,), written)))
    return self.extra_posts[-1][1]


def _chair_what(self: _ActorReader, order: int, text: str, post: Span, body_spans: list[Span]) -> Span:
    """``to chair X``: the post in the body X when X is one, else a title."""
    body = next((b for b in body_spans if post.end < b.start <= post.end + 5), None)
    if body is not None and re.fullmatch(r"\s+(?:the\s+)?", text[post.end : body.start]):
        role = post.keys[0].split("/")[1]
        return self._post_in(order, body.keys[0], role, post.start, body.end, text[post.start : body.end])
    if re.match(
        rf"\s+(?:{determiner_alternation('post-group')})\s+(?:[Gg]roup|[Mm]eeting|[Ss]ession)\b", text[post.end :]
    ):
        return post
    label = roles()[post.keys[0].split("/")[1]].label
    return Span(post.start, post.end, "title", (label,), post.text)


def _represented(self: _ActorReader, order: int, text: str, span: Span, body_spans: list[Span]) -> str | None:
    """``BODY, represented by NAME``: the person holds the body's representative post."""
    rep = _REPRESENTED_BY.search(text[: span.start])
    body = next((b for b in body_spans if b.end == rep.start()), None) if rep else None
    if rep is not None and body is None and (role := _TITLE_BEFORE.search(text, 0, rep.start())):
        title = title_at(role.group("title"), 0)  # "The External Auditor, represented by Mr X": that role
        if title is not None and title.end == len(role.group("title")) and title.kind == "title":
            self.assignments.append((order, span, title))
    if rep is None or body is None:
        return None
    represented = body.keys[0]
    post = self._post_in(order, represented, "representative", rep.start(), rep.end(), rep.group(0))
    self.assignments.append((order, span, post))
    return represented


def _names_after_posts(
    self: _ActorReader, order: int, text: str, posts: list[Span], persons: list[Span], appositive_posts: set[int]
) -> None:
    """Lists: ``The Vice-Chairmen, Ms. A (X), Ms. B (Y), and Mr. C (Z)``; ``Vice-Chairs: ...``;
    ``assisted by the Vice-Chairs Ms A (X), Mr B (Y)``. A title written as the appositive
    of a name before it (``Mr A, Vice-Chair, Ms B``) lists no one."""
    role_first = bool(posts) and not text[: posts[0].start].strip()
    for post in posts:
        if id(post) in appositive_posts or (post.kind == "title" and self._after_a_name(text, post, persons)):
            continue
        if post.kind in ("post", "title") and _after_a_name(text, post, persons, _MODIFIED_APPOSITIVE):
            continue  # "Ms A, Acting Director of X, Mr B, ...": A's post, not B's
        if post.kind == "title" and _REPRESENTATIVE_OF.search(text, 0, post.start):
            continue  # "The representative of the External Auditor, Mr X": X represents that role's holder
        if not role_first and (row := self._row_before(text, post, persons)) is not None:
            self.assignments.append((order, row, post))  # "Ms A B Germany Programme Officer Dr C D ..."
            continue
        single = post.kind in ("post", "title")
        end = post.end  # "Vice-Chair-cum-Rapporteur: Mr A": the names follow the compound's last role
        while (cum := COMPOUND_ROLE.match(text, end)) and (
            nxt := next((p for p in posts if p.start == cum.end()), None)
        ):
            end = nxt.end
        pos = end
        for span in sorted(persons, key=lambda s: s.start):
            if span.start < pos:
                continue
            gap = text[pos : span.start]
            if pos == end and not _names_after(gap):
                break
            if (
                pos != end
                and not any(  # each name may have its appositive: "A, Ambassador of X, and B"
                    _SEP.match(text[at : span.start])
                    for at in _after_appositive(text, pos, _LISTED_APPOSITIVE_PART)
                    if at <= span.start
                )
            ):
                break
            self.assignments.append((order, span, post))
            pos = span.end
            if single:  # a singular role takes one name
                break


@cache
def unit_heads() -> frozenset[str]:
    """The last words of the body heads of ``ingest/data/body-heads.csv`` (``group``, ``committee``)."""
    return frozenset(word.lower() for word in head_last_words("body"))


@cache
def _unit_between() -> re.Pattern[str]:
    """A unit written between a role and its holder's name, each after a comma (``The Chief, Human Resources
    Management Department, Ms X``; ``the Head, Internal Audit Unit, Mr Y``): capitalised words ending with the
    head noun of a body, and the organisation's acronym after it (``, BDT``); or that acronym alone (``The Head,
    Digital Unit, BDT, Ms Z``: the post holds the unit)."""
    heads = alternation(sorted({h[:1].upper() + h[1:] for h in unit_heads()}))
    words = rf"(?:[A-Z][\w'’-]*\s+(?:(?:{joiner_alternation()})\s+)*){{0,7}}"  # casing.name_joiners
    return re.compile(rf",\s+(?:{words}(?:{heads})(?:,\s+[A-Z]{{2,8}})?|[A-Z]{{2,8}}),\s*")


#: what a role is of, in brackets after it: "The coordinator for ASP 3 (Pacific islands), Ms X"
_BRACKET_AFTER_ROLE = re.compile(r"\s*\([^()]{1,60}\)(?=,)")


def _names_after(gap: str) -> bool:
    """Whether ``gap`` joins a role to the name after it: the forms of :data:`_POST_THEN_NAMES`, a unit between
    commas (:func:`_unit_between`), a bracket after what the role is of, a mere space."""
    if gap == " " or _unit_between().fullmatch(gap):
        return True
    bracket = _BRACKET_AFTER_ROLE.match(gap)
    return _POST_THEN_NAMES.fullmatch(gap, bracket.end() if bracket else 0) is not None


def names_follow(text: str, post: Span) -> bool:
    """Whether a plural post is followed by a verb and the names that hold it (``Vice-Chairs being Mr A
    and Ms B``, ``the Vice-Chairs were Ms C``), or any post by a dot leader and a name: it is then no
    appositive of a name before it."""
    after = _POST_THEN_NAMES.match(text, post.end)
    if after is None or _person_re().match(text, after.end()) is None:
        return False
    # any post a dot leader joins to the name after it: "Chair ..... Ms A (X) Vice-Chair ..... Mr B (Y)"
    return _LEADER.search(after.group(0)) is not None or (
        post.kind in ("posts", "titles") and any(c.isalpha() for c in after.group(0))
    )


def _row_before(text: str, post: Span, persons: list[Span]) -> Span | None:
    """In a paragraph of table rows read without their gaps, name first (``Ms A B Germany
    Programme Officer Dr C D Ghana Chairman``), the person whose row a role closes: the one
    right before it, with nothing but a space between, and a name right after the role or
    nothing at all."""
    before = next((p for p in persons if p.end < post.start and not text[p.end : post.start].strip()), None)
    if before is None or text[before.end : post.start] != " ":
        return None
    after = text[post.end :]
    return before if not after.strip(" .") or _person_re().match(after.lstrip(" ")) else None


def _after_a_name(text: str, title: Span, persons: list[Span], link: re.Pattern[str] = _APPOSITIVE_TITLE) -> bool:
    return any(p.end <= title.start and link.fullmatch(text[p.end : title.start]) for p in persons)


#: a post after a name, its country and one capitalised word that is no part of the role (``Ms A (X), Acting
#: Director of BDT``, ``First Vice-Chair of Y``): the name's appositive, whose post lists no next name
_MODIFIED_APPOSITIVE = re.compile(r"(?:\s*\([^()]{1,40}\))?,\s+(?:the\s+)?[A-Z][a-z]+\s+")


def _names_before_plural_posts(
    self: _ActorReader, order: int, text: str, posts: list[Span], persons: list[Span]
) -> None:
    """Lists before a plural post: ``Mr. A (X) and Ms. B (Y), Vice-Chairs`` / ``... served as Vice-Chairs``."""
    for post in posts:
        if post.kind not in ("posts", "titles"):
            continue
        named = [s for s in persons if s.end <= post.start]
        if names_follow(text, post):
            continue  # "..., Vice-Chairs being Mr A and Ms B": the names after it hold it
        # each name may have its appositive: "Prof. A, Rector of X (Norway), and Ms B, Deputy Minister, served as"
        if not named or not any(
            _NAMES_THEN_POST.match(gap := text[at : post.start]) and (at == named[-1].end or gap.strip(", "))
            for at in _after_appositive(text, named[-1].end, _LONG_APPOSITIVE_PART)
        ):  # after an appositive, a comma alone lists no role: "Eng. B, Executive Secretary of X, Ministers and ..."
            continue
        listed = [named[-1]]
        given = {id(s) for o, s, _ in self.verb_roles if o == order}
        for prev in reversed(named[:-1]):
            # a name that already has its role ("chaired by Mr A; Ms B and Mr C serve as Vice-Chairs") ends the list
            gaps = [
                text[at : listed[-1].start]
                for at in _after_appositive(text, prev.end, _LONG_APPOSITIVE_PART)
                if at <= listed[-1].start
            ]
            # (names given a role by one verb are listed together: "chaired by A and B, co-chairs of the Group")
            if not any(_SEP.match(gap) for gap in gaps) or (id(prev) in given and id(listed[-1]) not in given):
                break
            listed.append(prev)
        for span in listed:
            if (order, span, post) not in self.assignments:
                self.assignments.append((order, span, post))
