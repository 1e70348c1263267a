"""Persons found by place: signature blocks and participants-table rows.

Holds the steps of the actor reader for names that stand where a signature or a table puts them
(with or without an honorific): ``read_signature`` (a paragraph that is only a name, then one that
starts with its post: ``Chairman, Council Working Group on X``), ``read_signature_pairs`` (``The
Secretary:`` / ``The Chairman:`` then the names, in the same order), ``read_row`` (a row of a
participants table found by :func:`~wsiskg.ingest.extract.person_tables.table_rows`: name, country
and role cells) and ``_unhonoured`` (the person such a name is). The functions taking ``self`` are
methods of :class:`~wsiskg.ingest.extract.actor_reader._ActorReader` (assigned in its class body;
``self`` is the reader).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from wsiskg.ingest.extract.author_cues import author_cues, cue_alternation
from wsiskg.ingest.extract.countries import country_code, country_spans
from wsiskg.ingest.extract.gazetteer import auxiliary_alternation, modal_alternation, roles
from wsiskg.ingest.extract.keys import clean_name, name_key
from wsiskg.ingest.extract.name_finder import (
    _bare_name_re,
    _person_re,
    _PersonDraft,
)
from wsiskg.ingest.extract.person_cues import cue_re
from wsiskg.ingest.extract.person_posts import unit_heads
from wsiskg.ingest.extract.person_tables import Row
from wsiskg.ingest.extract.person_titles import (
    job_title_after,
    title_at,
    title_spans,
)
from wsiskg.ingest.records import Paragraph, Span
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import BULLETS, DASH, LONG_DASH_CHARS, LOWER, MARKS, UPPER, alternation

if TYPE_CHECKING:
    from wsiskg.ingest.extract.actor_reader import _ActorReader


#: a country in brackets at the end of a table cell: "(Viet Nam)", "(Korea (Rep. of))"
_BRACKETED_COUNTRY = re.compile(r"\s*\(((?:[^()]|\([^()]*\))+)\)\s*$")
#: one pair of a signature line: "The Secretary: A. Monfort-Bissonnette " (up to the next pair)
_INLINE_PAIR = re.compile(
    r"(?:[Tt]he\s+)?(?P<role>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?):\s+(?P<name>[^:]+?)\s*"
    r"(?=(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?:\s|$)"
)
_SIGNATURE_ROLE = re.compile(r"(?:[Tt]he\s+)?(?P<role>\S.{0,40}?)\s*:")
#: what may follow a signature's post: a comma, the end, or the term it is held for in brackets (``Chair, UNGIS
#: (2027)``, ``Chairman, TDAG (2014-2018)``)
_POST_END = re.compile(rf"\s*(?:\((?:19|20)\d\d(?:\s*{DASH}\s*(?:19|20)?\d\d)?\)\s*)?(?:,|$)")


def _signature_role(text: str) -> Span | None:
    """``The Chairman:`` alone in a paragraph: the title (a role word), else None."""
    m = _SIGNATURE_ROLE.fullmatch(text.strip())
    if m is None:
        return None
    title = title_at(m.group("role"), 0)
    return title if title is not None and title.end == len(m.group("role")) else None


def read_signature(self: _ActorReader, order: int, text: str, after: list[str], closing: bool = False) -> None:
    """A signature block: a paragraph that is only a name (with or without an honorific),
    then one that starts with its post (``Chairman, Council Working Group on X``), or that is
    only a role word whose body is the next line (``Director`` / ``Telecommunication
    Development Bureau``); without a body the role is a title. The name and its post may
    share a paragraph (a line break read as a space: ``NAME Chair, Council Working Group on X``)
    after a ``closing`` formula (``Yours faithfully,``) or with an honorific."""
    name, after, closing = _signature_lines(text, after, closing)
    if (inline := self._name_then_post(name)) is not None and (closing or _person_re().fullmatch(inline[0])):
        name, first = inline
        after = [first, *after[:1]]
    if after and (copies := _copies_tail().search(after[0])):  # "Minister of X cc: Director, ...": the copy line
        after = [after[0][: copies.start()], *after[1:]]
    if not after and closing and _only_name(text, name) and _bare_name_re().fullmatch(name):
        _closing_name(self, order, text, name)  # "Yours sincerely," / "NAME" ending the letter: its signatory
        return
    if closing and (affiliated := self._name_then_body(text)) is not None:
        _closing_name(self, order, text, affiliated)  # "Kind regards," / "NAME, BODY" / "NAME (BODY)": no post
        return
    if not after or len(after[0]) > 160 or after[0].rstrip().endswith(","):
        return  # "Ms X" / "Honourable Deputy Prime Minister,": a speech's salutation, no post
    honoured = _person_re().fullmatch(name)
    if not honoured and not (_bare_name_re().fullmatch(name) and self.finder.plain_name(name)):
        return
    line, nxt = after[0].strip(), after[1].strip() if len(after) > 1 else ""
    if nxt and (only := title_at(line, 0)) and only.end == len(line) and len(nxt) <= 100:
        line, nxt = f"{line}, {nxt}", ""  # "Director" / "Telecommunication Development Bureau"
    post, line = self._signature_post(line, nxt)
    if post is None or not _POST_END.match(line[post.end :]):
        return
    if post.kind == "post" and name != text.strip() and not closing and not self.finder.bodies.spans(post.text):
        post = _as_title(post)  # "Contact: Mrs X" / "Director-General, MTCED": no default body's post
    country = _line_country(line, post.end) or (country_code(nxt.strip(" .")) if nxt else None)
    second = _second_title(nxt) if nxt and line == after[0].strip() else None
    mention = next(iter(self.finder.person_mentions(text)), None) if honoured else None
    span = None
    if mention is not None:
        span, hon, found, _ = mention
        span = self._unhonoured(order, text, span.start, span.end, country, post, hon=hon, name=found)
    elif not honoured:
        start = text.index(name)
        span = self._unhonoured(order, text, start, start + len(name), country, post)
    if span is not None and second is not None:
        self.assignments.append((order, span, second))


def _only_name(text: str, name: str) -> bool:
    """Whether a signature paragraph is only ``name``, perhaps after a closing cue that is no words (``(signed)
    NAME`` under a circular's courtesy sentence: ``Please accept ... the assurance of my highest consideration.``)."""
    text = text.strip()
    if text == name:
        return True
    marks = [c for c in author_cues("closing") if not c[:1].isalpha()]
    return any(re.fullmatch(rf"(?i:{re.escape(m)})\s+", text[: len(text) - len(name)]) for m in marks) and (
        text.endswith(name)
    )


def _closing_name(self: _ActorReader, order: int, text: str, name: str) -> None:
    """A letter's last paragraph that is only a name without an honorific, right after its closing formula
    (``Yours sincerely,`` / ``NAME``): the person who signs, with no post (none is written)."""
    if self.finder.plain_name(name):
        start = text.index(name)
        self._unhonoured(order, text, start, start + len(name), None, None)


#: what follows a role word on a signature's second post line: "of GSR-16", "for Africa"
_SECOND_QUALIFIER = re.compile(r"\s+(?:of|for)\s+[^,.;:]{1,60}")


def _second_title(line: str) -> Span | None:
    """A signature's second post line that is a role and what it is of (``Eng. X`` / ``Executive President,
    NTRA, Egypt`` / ``Chairman of GSR-16``): its title, else None."""
    line = line.strip()
    title = title_at(line, 0)
    if (
        title is None
        or title.kind != "title"
        or not (title.end == len(line) or _SECOND_QUALIFIER.fullmatch(line, title.end))
    ):
        return None
    written = title.keys[0] + line[title.end :]
    return Span(0, len(line), "title", (written,), line)


def _as_title(post: Span) -> Span:
    """A post read as a title: its role's label (``Director-General``)."""
    label = roles()[post.keys[0].split("/")[1]].label
    return Span(post.start, post.end, "title", (label,), post.text)


#: the line under a signatory's name that says whom the signatory signs for: "for the Secretary-General",
#: "On behalf of the Director"
_SIGNS_FOR = re.compile(r"(?i:for|on\s+behalf\s+of)\s+(?:the\s+)?\S[^.;]{0,80}$")
#: a contact field between a signatory's name and post: "E-mail: x@y.org", "Tel.: +41 22 ..."
_CONTACT_FIELD = re.compile(r"(?i:e-?mail|tel|telephone|phone|fax|mobile)\s*[.:]")


def _signature_lines(text: str, after: list[str], closing: bool) -> tuple[str, list[str], bool]:
    """The name of a signature paragraph without its lead (``Yours faithfully, NAME``: a closing;
    ``Contact: NAME``, a lead cue of ``person-cues.csv``), the lines after it without contact
    fields (``E-mail: ...``; none when the first says whom the name signs for, ``for the Secretary-General``), and
    whether a closing formula came before."""
    name = text.strip()
    if (lead := _closing_lead().match(name)) is not None:  # "Yours faithfully, NAME" on one line
        name, closing = name[lead.end() :], True
    elif (cue := cue_re("lead").match(name)) is not None:  # "Contact: Dr X" / "Signed: X" / "Chair, X"
        name = name[cue.end() :]
    after = [a for a in after if not _CONTACT_FIELD.match(a.strip())]
    if after and _SIGNS_FOR.match(after[0].strip()):  # "NAME" / "for the Secretary-General": no post of the name's
        after = []
    if after and _recipients_below().match(after[0].strip()):  # "NAME" / "All Permanent Representatives ...": no post
        after = []
    return name, after, closing


def _line_country(line: str, at: int) -> str | None:
    """The country that ends a signature's post line after ``at``: ``Executive President, X
    Authority (XA), Arab Republic of Egypt``."""
    found = [c for c in country_spans(line) if c.start >= at]
    last = found[-1] if found else None
    if last is None or line[last.end :].strip(" .") or not line[: last.start].rstrip().endswith(","):
        return None
    return last.keys[0]


def _signature_post(self: _ActorReader, line: str, nxt: str) -> tuple[Span | None, str]:
    """The post (else the title) a signature's role line starts with, and the line it was read in:
    the line broken in the layout is read with the next one (``Director of the Telecommunication``
    / ``Standardization Bureau``) when only that names the whole post."""
    out: tuple[Span | None, str] = (None, line)
    for text in (line, f"{line} {nxt}") if nxt and len(nxt) <= 60 and not nxt.endswith(".") else (line,):
        text = self._role_then_body(text)
        post = self._post_at_start(text)
        if post is None and (title := title_at(text, 0)) is not None and title.kind == "title":
            post = title
        if post is not None and re.match(r"\s*(?:,|$)", text[post.end :]):
            return post, text
        out = out if out[0] is not None else (post, text)
    if out[0] is None or out[0].kind == "title":  # "Minister of Transport and X", "Executive President, NTRA"
        whole = job_title_after(f", {line}", 0, self.finder.role_re) or ""
        for written in (whole, whole.split(",")[0]):  # its first part when an organisation and more follow
            if written and line.startswith(written) and re.match(r"\s*(?:,|$)", line[len(written) :]):
                return Span(0, len(written), "title", (written,), written), line
    return out


@cache
def closing_formula(words_only: bool = False) -> str:
    """A letter's closing formula, as a regex: a ``closing`` cue of ``ingest/data/author-cues.csv``, maybe after
    a ``closing-lead`` (``Yours faithfully``, ``Kind regards``, ``With warm regards``, ``With our best
    regards``); ``words_only``: the cues that are words (not ``(signed)``). The one reader of closings of
    the signatures' reader and of the authors' (``author_signatures._closing``)."""
    cues = [c for c in author_cues("closing") if c[:1].isalpha() or not words_only]
    return rf"(?i:(?:(?:{cue_alternation('closing-lead')})\s+)?(?:{alternation(cues, spaces=True)}))"


@cache
def courtesy_sentence() -> re.Pattern[str]:
    """A letter's closing sentence, ``Please accept, Madam, Sir, the assurance of my highest
    consideration.``: the signatory follows (``courtesy`` cues, at the end of a paragraph). The one reader of it for
    the signatures' reader and the authors' (``author_signatures``)."""
    return re.compile(rf"\b(?i:{cue_alternation('courtesy')})\W*$")


@cache
def _recipients_below() -> re.Pattern[str]:
    """The recipients a letter lists under its signature (``All Permanent Representatives and Permanent Observers to
    the United Nations``, ``To all Member States``, ``To: Heads of delegation``): no post of the signer's (a
    ``recipients`` cue of ``author-cues.csv``, or ``All`` before a capitalised word)."""
    cues = author_cues("recipients")
    label = alternation([c.capitalize() for c in cues] + [c.upper() for c in cues])
    return re.compile(rf"(?:(?:{label})\s*:?\s+(?:all\s+)?|All\s+)(?:the\s+)?[{UPPER}]")


@cache
def _closing_lead() -> re.Pattern[str]:
    """A letter's closing formula before the signatory's name on one line: ``Yours faithfully, ``, or a
    closing cue that is no words (``(signed) ``: ``(signed) NAME Director, TSB`` on one line)."""
    marks = alternation([c for c in author_cues("closing") if not c[:1].isalpha()], spaces=True)
    return re.compile(rf"(?:{closing_formula(words_only=True)},|(?i:{marks}))\s+(?=[{UPPER}])")


@cache
def _copies_tail() -> re.Pattern[str]:
    """A letter's copy line glued after the signatory's post: `` cc: ...`` (the ``copies`` cues of
    ``ingest/data/author-cues.csv``)."""
    return re.compile(rf"\s+(?i:{cue_alternation('copies')})\s*:.*$", re.DOTALL)


def _role_then_body(self: _ActorReader, line: str) -> str:
    """``Director Telecommunication Development Bureau`` (a signature's lines joined by a space)
    as ``Director, Telecommunication Development Bureau``: a role word, then only a body's name."""
    role = title_at(line, 0)
    if role is None or line[role.end : role.end + 1] != " ":
        return line
    rest = line[role.end + 1 :].rstrip()
    if any(b.start == 0 and b.end == len(rest) for b in self.finder.bodies.spans(rest, remember=False)):
        return f"{line[: role.end]}, {rest}"
    return line


#: a finite verb: a sentence, not a line of a list
_CLAUSE_VERB = re.compile(rf"\b(?:{auxiliary_alternation(role='clause')}|{modal_alternation('future')})\s")


def read_heading_role(self: _ActorReader, text: str, following: list[tuple[int, str]]) -> None:
    """A paragraph that is only a role word (``Moderator``, ``Vice-Chairs:``) heads the people
    named first in the next paragraph (a singular role) or in each of the next ones (a plural),
    and so does a sentence closed by a colon whose one role is plural (``The Vice-Chairmen of
    the Group present were:``) for the list that follows."""
    line = text.strip().rstrip(":").strip()
    title = title_at(line, 0) if len(line) <= 40 else None
    # a role of a named body, longer than a title: "Vice-Chair of PCC.II:", "Chair of the Working Party:"
    whole = self._post_at_start(line) if 0 < len(line) <= 80 and text.rstrip().endswith(":") else None
    if whole is not None and whole.end == len(line):
        post = whole
    elif title is None or title.end != len(line):
        plural = self._plural_role_before_list(text)
        if plural is None:
            return
        post = plural
    else:
        at_start = self._post_at_start(line)
        post = (
            at_start
            if at_start is not None and at_start.end == len(line)
            else Span(0, 0, title.kind, title.keys, title.text)
        )
    for order, nxt in following[: 1 if post.kind == "title" else 12]:
        mention = next(iter(self.finder.person_mentions(nxt)), None)
        label = (
            _LIST_LABEL.fullmatch(nxt, 0, mention[0].start) if mention and post.kind in ("posts", "titles") else None
        )
        if mention is None or not label and nxt[: mention[0].start].strip(" \t" + BULLETS):
            return  # a sentence under a heading "Officers" ("Ms X was elected Chair ..."): its own roles
        if _CLAUSE_VERB.search(nxt, mention[0].end):
            return
        self.assignments.append((order, mention[0], self._unit_post(label.group(1), post) if label else post))


#: a list line's label before the person (``WP2 (Strategy and operational plan): Ms X``,
#: ``Drafting group B – Mr Y``): a short text closed by a colon or a spaced dash; it may hold a hyphen
#: (``Sub-Committee A – Ms X``), no long dash (``text.LONG_DASH_CHARS``)
_LIST_LABEL = re.compile(rf"[\s•*-]*([^\s:{LONG_DASH_CHARS}][^:{LONG_DASH_CHARS}]{{0,79}}?)\s*(?::|\s{DASH})\s*")


def _unit_post(self: _ActorReader, label: str, post: Span) -> Span:
    """The post a lead's plural role (``appointed their chairmen as follows:``) gives the person of a
    list line labelled with a unit: the role in the body the label names (``Committee 4 (Budget
    Control): Mr X``); the role alone when the label is a unit of no known body (a code with a digit,
    ``WP1 (Work programme)``, or a body's head noun, ``Drafting group on X``); else (``Africa: Mr Y``,
    a region of the lead's body) the lead's post."""
    if len(post.keys) != 1:
        return post
    written = self.finder.role_any_re.match(post.keys[0]) if post.kind == "titles" else None
    role = self.finder.role_surface[written.group(0).lower()] if written else post.keys[0].rsplit("/", 1)[-1]
    if role not in roles():
        return post
    body = next((b for b in self.finder.bodies.spans(label, remember=False) if b.start == 0), None)
    if body is not None:
        key = f"{body.keys[0]}/{role}"
        owner = self.finder.bodies.key_kind(body.keys[0])[0]
        self.finder.post_labels.setdefault(key, f"{roles()[role].label}, {owner}")
        return Span(post.start, post.end, "post", (key,), post.text)
    if re.search(r"\d", label) or set(label.lower().split()) & unit_heads():
        return Span(post.start, post.end, "title", (roles()[role].label,), post.text)
    return post


def read_cell_country(self: _ActorReader, text: str, nxt: str) -> None:
    """A table read one cell per line (a PDF's text layer): a paragraph that is only a person's
    name, then one that is only a country (``Ms Ana Lobo`` / ``Chile``): the person's country."""
    country = country_code(nxt.strip(" .,;")) if len(nxt) <= 60 else None
    mentions = self.finder.person_mentions(text) if country and len(text) <= 80 else []
    if len(mentions) != 1 or text[: mentions[0][0].start].strip() or text[mentions[0][0].end :].strip(" ,;"):
        return
    draft = self.drafts.get(mentions[0][0].keys[0])
    if draft is not None and draft.country is None:
        draft.country = country


def _plural_role_before_list(self: _ActorReader, text: str) -> Span | None:
    """The one plural role (a post of one body, or a title) of a sentence that ends with a colon
    and names no one: ``The Vice-Chairmen of the Group present at the meeting were:``, ``The Chair
    recalled that the following Vice-Chairs assist her:`` (singular roles list no one)."""
    text = text.strip()
    if not text.endswith(":") or len(text) > 200 or self.finder.person_mentions(text):
        return None
    body_spans = self.finder.bodies.spans(text, remember=False)
    posts = self.finder.post_spans(text, body_spans)
    roles = [*posts, *title_spans(text, [*posts, *body_spans])]
    # a singular role beside it lists no one: "The Chair recalled that the following Vice-Chairs ...:"
    plural = [r for r in roles if r.kind in ("posts", "titles")]
    if len(plural) != 1 or len(plural[0].keys) != 1:
        return None
    return plural[0]


def _name_then_post(self: _ActorReader, text: str) -> tuple[str, str] | None:
    """(name, post) of a short paragraph that is a name then a role word and what follows it."""
    if len(text) > 160 or (m := self.finder.role_re.search(text)) is None or m.start() == 0:
        return None
    name, rest = _SPACED_DASH_END.sub("", text[: m.start()].strip()), text[m.start() :]  # "NAME — Director-General"
    while len(words := name.split()) > 2 and words[-1].lower() in _post_modifiers():  # "NAME Regional Director"
        name, rest = " ".join(words[:-1]), f"{words[-1]} {rest}"
    return (name, rest) if (_person_re().fullmatch(name) or _bare_name_re().fullmatch(name)) else None


#: a signature line that is a name then the body or country the signatory works for: ``NAME, BODY``,
#: ``NAME (BODY)``, ``NAME, Body Name (ACRONYM)``
_NAME_THEN_AFFILIATION = re.compile(
    r"(?P<name>[^,()]{3,60}?)\s*(?:,\s*(?P<after>[^,()]{2,100})|\((?P<within>[^()]{2,100})\))"
    r"(?P<acronym>\s*\([^()]{2,20}\))?\s*"
)


def _name_then_body(self: _ActorReader, text: str) -> str | None:
    """The name of a short signature line that is a name without a post then the one body or country the signatory
    works for (``NAME, BODY``, ``NAME (BODY)``): who signs a letter several sign, each on a line of their own;
    ``None`` for any other line (a post after the name is :func:`_name_then_post`'s)."""
    m = _NAME_THEN_AFFILIATION.fullmatch(text.strip())
    if m is None or not (_bare_name_re().fullmatch(name := m.group("name")) and self.finder.plain_name(name)):
        return None
    where = (m.group("after") or m.group("within")).strip()
    bodies = self.finder.bodies.spans(where, remember=False)
    whole = len(bodies) == 1 and bodies[0].start == 0 and bodies[0].end == len(where)
    return name if whole or _ACRONYM.fullmatch(where) or country_code(where) is not None else None


#: an organisation written by its initials alone, which no catalogue need list: ``UNDRR``, ``GFDRR``
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")


#: a dash between spaces closing a signature's name before its post: "NAME — Director-General, X"
_SPACED_DASH_END = re.compile(rf"\s+{DASH}$")


@cache
def _post_modifiers() -> frozenset[str]:
    """Words that open a post before its role word (``Regional Director``, ``Deputy Head``), never a name's last
    (``person-cues.csv``, kind ``post-modifier``)."""
    return frozenset(r["phrase"].lower() for r in data_rows("person-cues.csv") if r["kind"] == "post-modifier")


def read_signature_pairs(self: _ActorReader, paragraphs: list[tuple[int, str]]) -> None:
    """Signatures of a summary record: ``The Secretary:`` / ``The Chairman:`` then the names
    in the same order, one paragraph each, or all on one line (``The Secretary: A. B The
    Chairman: C. D``; ``The Secretary: The Chairman: A. B C. D``)."""
    i = 0
    while i < len(paragraphs):
        if self._roles_then_names(*paragraphs[i]):
            i += 1
            continue
        self._inline_pairs(*paragraphs[i])
        roles_run = []
        while i < len(paragraphs) and (t := _signature_role(paragraphs[i][1])) is not None:
            roles_run.append(t)
            i += 1
        names = paragraphs[i : i + len(roles_run)]
        if not roles_run and i + 1 < len(paragraphs) and self._one_line_pairs(paragraphs[i][1], *paragraphs[i + 1]):
            i += 2
            continue
        if roles_run and len(names) == len(roles_run):
            for title, (order, text) in zip(roles_run, names, strict=True):
                name = text.strip()
                if _bare_name_re().fullmatch(name) and self.finder.plain_name(name):
                    post = self._post_at_start(title.text) or title
                    self._unhonoured(order, text, text.index(name), text.index(name) + len(name), None, post)
        i += 1 if not roles_run else 0


#: a name written as initials and family name words: "M. Ekström-Ouma", "J.-B. Tiendrébéogo"; or a given
#: name and the family name in capitals, "Tsuneharu MORIKUBO"; an initial may close the line ("I. KABONGO C.")
_INITIALLED_NAME = re.compile(
    rf"(?:[{UPPER}]\.(?:\s?-?[{UPPER}]\.)*\s?[{UPPER}][\w'’{MARKS}-]+(?:\s+[{UPPER}][\w'’{MARKS}-]+)*"
    rf"|[{UPPER}][{LOWER}{MARKS}'’-]+\s+[{UPPER}][{UPPER}'’-]+(?:\s+[{UPPER}][{UPPER}'’-]+)*)"
    rf"(?:\s[{UPPER}]\.(?=\s*$))?(?![\w.])"
)


def _one_line_pairs(self: _ActorReader, roles_line: str, order: int, text: str) -> bool:
    """``The Secretary: The Chairman:`` over ``M. Ekström-Ouma G. Ahoussou-Blé``: the names by
    initials on the next line, in the order of the roles."""
    if roles_line.count(":") < 2:  # each role ends in its own colon
        return False
    found = list(_SIGNATURE_ROLE.finditer(roles_line))
    if len(found) < 2 or "".join(m.group(0) for m in found).replace(" ", "") != roles_line.replace(" ", ""):
        return False
    return self._pair_names(order, text, [_signature_role(m.group(0)) for m in found], 0)


def _roles_then_names(self: _ActorReader, order: int, text: str) -> bool:
    """``The Secretary: The Chairman: V. LAUTERBACH-ROIG I. KABONGO``: the roles, then the names by
    initials (or given name and family name in capitals) in their order, on one line."""
    titles: list[Span | None] = []
    at = 0
    while (m := _SIGNATURE_ROLE.match(text, at)) and (title := _signature_role(m.group(0))) is not None:
        titles.append(title)
        at = m.end() + len(text[m.end() :]) - len(text[m.end() :].lstrip())
    return len(titles) >= 2 and self._pair_names(order, text, titles, at)


def _pair_names(self: _ActorReader, order: int, text: str, titles: list[Span | None], at: int) -> bool:
    """Each role of ``titles`` to the name in the same place among the names of ``text[at:]``."""
    names = _initialled_names(text[at:])
    if len(names) != len(titles) or any(t is None for t in titles):
        return False
    for title, (start, end) in zip(titles, names, strict=True):
        if title is not None:
            self._unhonoured(order, text, at + start, at + end, None, self._post_at_start(title.text) or title)
    return True


def _initialled_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name of a line that is only names by initials, one after another."""
    found = list(_INITIALLED_NAME.finditer(text))
    gaps = [text[a.end() : b.start()] for a, b in zip(found, found[1:], strict=False)]
    if len(found) < 2 or text[: found[0].start()].strip() or text[found[-1].end() :].strip():
        return []
    return [(m.start(), m.end()) for m in found] if all(g.isspace() for g in gaps) else []


def _inline_pairs(self: _ActorReader, order: int, text: str) -> None:
    """``The Secretary: A. Monfort The Chairman: J. Lazcano``: two or more role-and-name pairs on one line."""
    pairs = list(_INLINE_PAIR.finditer(text))
    if len(pairs) < 2 or pairs[0].start() != 0 or pairs[-1].end() != len(text):
        return
    if any(a.end() != b.start() for a, b in zip(pairs, pairs[1:], strict=False)):
        return
    for m in pairs:
        title, name = _signature_role(m.group("role") + ":"), m.group("name")
        if title is not None and _bare_name_re().fullmatch(name) and self.finder.plain_name(name):
            post = self._post_at_start(title.text) or title
            self._unhonoured(order, text, m.start("name"), m.end("name"), None, post)


def read_row(self: _ActorReader, row: Row, text: str) -> None:
    """A row of a participants table: the name cell (with or without an honorific), the
    country cell, the post in the role cell; further name columns with the roles their headers
    give (``Question | Rapporteur | Associate Rapporteur``). A name cell may end with the
    person's country in brackets (``Ana Lobo (Chile)``)."""
    if "name" not in row.cells:
        return
    country = _country_cell(text[slice(*row.cells["country"])]) if "country" in row.cells else None
    post = self._role_cell(text[slice(*row.cells["role"])]) if "role" in row.cells else None
    # the header names the role ("Focal point", "Head of delegation"), not in which body
    header = Span(0, 0, "title", (row.role,), row.role) if row.role else None
    self._name_cell(row.order, text, row.cells["name"], country, post or header)
    if post is not None and header is not None:  # "Member State | Head of delegation | Title": both
        self._name_cell(row.order, text, row.cells["name"], country, header)
    for cell, role in row.more:
        self._name_cell(row.order, text, cell, None, Span(0, 0, "title", (role,), role))


def _country_cell(cell: str) -> str | None:
    """The country of a table's country cell, with the group it belongs to in brackets or not
    (``Zimbabwe (ATU)``; ``Korea (Republic of)`` is a country's name)."""
    if (code := country_code(cell)) is not None:
        return code
    m = _BRACKETED_COUNTRY.search(cell)
    return country_code(cell[: m.start()]) if m else None


def _name_cell(
    self: _ActorReader, order: int, text: str, cell_span: tuple[int, int], country: str | None, post: Span | None
) -> None:
    """The person in a table's name cell, with the country in brackets after the name if any;
    a cell of several people with honorifics (``Ms A (Kenya) and Mr B (Peru)``): each of them."""
    start, end = cell_span
    if (m := _BRACKETED_COUNTRY.search(text, start, end)) and m.end() == end and country_code(m.group(1)):
        country, end = country or country_code(m.group(1)), m.start()
    elif m and m.end() == end and _person_re().fullmatch(text, start, m.start()):
        end = m.start()  # the person's organisation in brackets: "Mr A (APC)"
    cell = text[start:end]
    if m := _person_re().fullmatch(cell):
        span, hon, name, _ = next(iter(self.finder.person_mentions(cell)), (None, None, "", None))
        if span is None:
            return
        start, end = start + span.start, start + span.end
        self._unhonoured(order, text, start, end, country, post, hon=hon or m.group("hon"), name=name)
    elif _bare_name_re().fullmatch(cell) and self.finder.plain_name(cell):
        self._unhonoured(order, text, start, end, country, post)
    elif len(several := self.finder.person_mentions(text[slice(*cell_span)])) > 1 and all(m[1] for m in several):
        for span, hon, name, own in several:
            at = cell_span[0]
            self._unhonoured(order, text, at + span.start, at + span.end, own, post, hon=hon, name=name)


def _role_cell(self: _ActorReader, cell: str) -> Span | None:
    """The post in a table's role cell, else the cell as a title when it is one (``Policy Specialist``)."""
    post = self._post_at_start(cell)
    if post is None and (title := job_title_after(f", {cell}", 0, self.finder.role_re)):
        post = Span(0, len(cell), "title", (title,), cell)
    return post


def _post_at_start(self: _ActorReader, text: str) -> Span | None:
    body_spans = self.finder.bodies.spans(text, remember=False)
    posts = [s for s in self.finder.post_spans(text, body_spans) if s.start == 0 and s.kind == "post"]
    return posts[0] if posts else self.finder.appositive_post(text, 0, body_spans, None)


def _unhonoured(
    self: _ActorReader,
    order: int,
    text: str,
    start: int,
    end: int,
    country: str | None,
    post: Span | None,
    hon: str | None = None,
    name: str | None = None,
) -> Span | None:
    """A person found by place (a signature, a table cell) rather than by an honorific: the span read, if any."""
    name = name or clean_name(text[start:end])
    if not name:
        return None
    span = Span(start, end, "person", (name_key(name),), text[start:end])
    key = span.keys[0]
    if key not in self.drafts and len(name.split()) < 2:
        return None
    d = self.drafts.setdefault(key, _PersonDraft(key, name))
    d.honorific = d.honorific or hon
    d.country = d.country or country
    d.paragraphs.add(order)
    if post is not None:
        self.assignments.append((order, span, post))
        if post.kind == "post":  # a post read from another paragraph (a signature's next lines)
            self.extra_posts.append((order, post))
    raw = self.raw.setdefault(order, [])
    if not any(s.start < end and start < s.end for s in raw if s.kind == "person"):
        self.raw[order] = sorted(
            [s for s in raw if not (s.start < end and start < s.end)] + [span], key=lambda s: s.start
        )
    return span


def post_line_above(paragraphs: Sequence[Paragraph], i: int) -> str | None:
    """The post alone on the line above paragraph ``i``, one of a document's last lines, right after its last
    sentence: the signature written post first (``... of the report.`` / ``Secretary-General`` / ``NAME``,
    ``Director, BDT`` / ``NAME``); ``None`` for any other line."""
    if i < 2 or i < len(paragraphs) - _LAST_LINES:
        return None
    line = paragraphs[i - 1].text.strip()
    if len(line) > _POST_LINE or SENTENCE_END.search(line) or not SENTENCE_END.search(paragraphs[i - 2].text):
        return None
    return line if title_at(line, 0) is not None else None


#: a paragraph that ends a sentence
SENTENCE_END = re.compile(r"[.!?][\"'’”)]*\s*$")

#: how many last lines of a document a name signing under its post may be on (notes and an annex line after it)
_LAST_LINES = 3

#: how long a post line alone may be (``Director, Telecommunication Development Bureau``)
_POST_LINE = 80
