"""Role words that name no post: a person's role when no body can be tied to it.

A post is a role in a body (``Vice-Chair`` of the meeting body, ``Director`` of BDT). Where a
text gives a person a role but no body can be found for it (``Chairman: Ms A (Iceland)`` in the
record of a conference with no meeting body, ``Contact: Mr B``, ``The conference elected as
Vice-Chairmen: ...``, ``appointed Mr C as editor``), the role is kept as the person's job title.

A *title* is a role word of ``ontology/gazetteers/roles.csv`` (its label: ``Vice-Chairmen`` ->
``Vice-Chair``) or a head word of ``ingest/data/job-titles.csv`` (as written, singular), with a
short ``of``/``for`` qualifier that follows it (``Chairman of Committee 3``). A verb that gives
a role (``moderated by``, ``co-facilitated by``; ``ingest/data/role-verbs.csv``) gives a title too.
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.body_names import head_of
from wsiskg.ingest.extract.casing import name_joiners, small_word_alternation
from wsiskg.ingest.extract.countries import country_code, country_spans, national_country
from wsiskg.ingest.extract.gazetteer import (
    auxiliary_alternation,
    honorifics,
    job_title_words,
    modal_alternation,
    preposition_alternation,
    role_forms,
    roles,
    small_words,
)
from wsiskg.ingest.extract.meeting import body_index
from wsiskg.ingest.extract.person_countries import SPEAKER_LINK, adjective_after, adjective_lead
from wsiskg.ingest.extract.warnings import stopwords
from wsiskg.ingest.records import Span
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH, UPPER, alternation, plural, squash

#: the edges of a role word: not inside a word, except a compound's "-cum-" ("Vice-Chair-cum-Rapporteur")
ROLE_START = r"(?:(?<![\w-])|(?<=-cum-))"
ROLE_END = r"(?:(?![\w-])|(?=-cum-))"
#: "of Committee 3", "for the Open Consultation Process": a few words, up to a clause end
_QUALIFIER = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?[A-Z0-9][\w'’&/-]*(?:\.[\w'’&/-]+)*"  # "of PCC.II": a dot inside a word
    r"(?:\s+(?:[A-Z0-9][\w'’&/-]*(?:\.[\w'’&/-]+)*|of|on|and|for)){0,5}"
)


@cache
def _forms() -> dict[str, str]:
    """Surface form (lower case) -> title label; role forms first, then job-title words."""
    out = {form: roles()[keys[0]].label for form, keys in role_forms(titles=True).items()}
    words, _ = job_title_words()
    for word in words:
        out.setdefault(word.lower(), word)
        out.setdefault(plural(word.lower()), word)
    return out


@cache
def _title_re() -> re.Pattern[str]:
    """Role forms in any case where ``role-scopes.csv`` says so, else capitalised as written."""
    kept = [e for e in roles().values() if e.scope != "skip"]
    any_case = {f for e in kept if e.any_case for f in e.forms}
    words, _ = job_title_words()
    written = ({f for e in kept for f in e.forms} | set(words) | {plural(w) for w in words}) - any_case
    return re.compile(
        ROLE_START + r"(?:(?i:" + alternation(any_case, spaces=True) + r")|" + alternation(written) + r")" + ROLE_END
    )


def title_label(word: str) -> str:
    """The label of a title word as written (``Vice-Chairmen`` -> ``Vice-Chair``)."""
    return _forms().get(" ".join(word.lower().split()), word)


def title_role(title: str) -> str | None:
    """The role of ``roles.csv`` a title is, with nothing more (``Vice-Chairman`` -> ``vice-chair``), else None."""
    low = " ".join(title.lower().split())
    return next(iter(role_forms().get(low, ())), None)


def is_plural_title(word: str) -> bool:
    low = word.lower()
    return low.endswith(("s", "men")) and title_label(word).lower() != low


def title_spans(text: str, taken: list[Span]) -> list[Span]:
    """Titles in ``text`` outside the ``taken`` spans (posts, bodies, persons): kind ``title``
    (one holder) or ``titles`` (a plural form: a list of holders), key the label with its qualifier."""
    out: list[Span] = []
    for m in _title_re().finditer(text):
        if any(s.start < m.end() and m.start() < s.end for s in taken):
            continue
        label, end = title_label(m.group(0)), m.end()
        start = m.start()
        if (
            (mods := _MODIFIERS_BEFORE.search(text, 0, start))
            and not any(s.start < start and mods.start("mods") < s.end for s in taken)
            and not national_country(mods.group("mods"))  # "The Kenyan Delegate": the country's
        ):  # "its Executive Coordinator", "The Senior Programme Officer": the modifiers are the title's
            label, start = f"{' '.join(mods.group('mods').split())} {label}", mods.start("mods")
        if (q := _QUALIFIER.match(text, end)) and (q_end := _qualifier_end(text, q, taken)):
            label, end = f"{label} {' '.join(text[q.start() : q_end].split())}", q_end
        kind = "titles" if is_plural_title(m.group(0)) else "title"
        out.append(Span(start, end, kind, (label,), text[start:end]))
    return out


def _qualifier_end(text: str, q: re.Match[str], taken: list[Span]) -> int | None:
    """Where a title's qualifier ends: before a name it runs into (``the Chair of the Conference Hon.
    A B``: ``of the Conference``), None when it overlaps another span from its start."""
    end = min((s.start for s in taken if q.start() < s.end and s.start < q.end()), default=q.end())
    if any(s.start <= q.start() < s.end for s in taken):
        return None
    cut = _QUALIFIER.match(text[:end].rstrip(), q.start())
    return cut.start() + len(_DANGLING.sub("", cut.group(0))) if cut else None


#: small words a cut qualifier may end with (``casing.name_joiners``): "of Committee 3 of [the ITU Council]"
_DANGLING = re.compile(rf"(?:\s+(?:{small_word_alternation(name_joiners())}))+$")


#: capitalised modifiers of a title after a determiner: "its Executive [Coordinator]", "The Senior [Programme Officer]"
#: ("The following High-Level Track Facilitators": hyphened words, up to three, after "the following")
_MODIFIERS_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?:[Ii]ts|[Tt]he|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Aa]n?)\s+(?:following\s+)?"
    r"(?P<mods>(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*\s+){1,3})$"
)


@cache
def _verb_roles() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = data_rows("role-verbs.csv")
    table = {" ".join(r["phrase"].lower().split()): r["role"] for r in rows}
    # "moderated by the Vice-Chair of the Commission, Mr X": the holder's post between the verb and the name
    return re.compile(
        r"\b(?i:" + alternation(table, spaces=True) + r")\s+(?:the\s+(?:\w+|[A-Z][^,.;:()]{0,80}),\s+)?$"
    ), table


def verb_before(text: str, start: int) -> tuple[str, str | None, int, str | None] | None:
    """(role, role in the body that is the verb's subject, where the verb starts, role in a group that is
    the subject) of a role verb right before a name: ``moderated by Ms X`` -> (``Moderator``, None, ...);
    ``the Regional Office, headed by Ms X`` -> (``Head``, ``head``, ...) (column ``body_role`` of
    ``role-verbs.csv``; ``led by`` gives a role only there); ``the sub-group on X, led by Ms Y`` ->
    its ``Leader`` (column ``group_role``), else None."""
    pattern, table = _verb_roles()
    m = pattern.search(text, max(0, start - 120), start)
    if m is None:
        return None
    phrase = " ".join(m.group(0).lower().split())
    key = next((p for p in table if phrase.startswith(p)), None)
    if key is None:
        return None
    return table[key], _body_roles().get(key), m.start(), _group_roles().get(key)


@cache
def _as_follows_re() -> tuple[re.Pattern[str], dict[str, str]]:
    """``were headed as follows:``: a role verb's participle (``role-verbs.csv`` without its ``by``) before a list."""
    _, table = _verb_roles()
    participles = {p.removesuffix(" by"): role for p, role in table.items() if p.endswith(" by") and role}
    verbs, be = alternation(participles, spaces=True), auxiliary_alternation("be", "clause")
    return re.compile(
        rf"\b(?:{be}|(?:{modal_alternation('future')})\s+be)\s+(?P<verb>(?i:{verbs}))\s+as\s+follows\s*:"
    ), participles


def role_before_list(text: str) -> tuple[str, int] | None:
    """(role, where the list starts) of ``The delegations were headed as follows: Chile, Mr A; ...``
    (``Head``), ``The panels will be moderated as follows: ...`` (``Moderator``), else None."""
    pattern, table = _as_follows_re()
    m = pattern.search(text)
    return (table[" ".join(m.group("verb").lower().split())], m.end()) if m else None


@cache
def _body_roles() -> dict[str, str]:
    return {
        " ".join(r["phrase"].lower().split()): r["body_role"] for r in data_rows("role-verbs.csv") if r["body_role"]
    }


@cache
def _any_role_verb() -> re.Pattern[str]:
    """A role verb of ``role-verbs.csv`` anywhere (``convened by``, ``moderated by``, ``chaired by``)."""
    return re.compile(r"\b(?i:" + alternation(_verb_roles()[1], spaces=True) + r")(?![\w-])")


def earlier_role_verb(text: str, start: int, end: int) -> tuple[str, str | None] | None:
    """(role, role in the body that is the subject) of the last role verb between ``start`` and ``end``:
    the verb a later clause leaves out (``Track A was convened by X; Track B by Y``: ``Convener``); a verb that
    gives a role only in a group (``led by``) gives its group role; None when there is none."""
    found = list(_any_role_verb().finditer(text, start, end))
    if not found:
        return None
    phrase = " ".join(found[-1].group(0).lower().split())
    role = _verb_roles()[1].get(phrase) or _group_roles().get(phrase)
    return (role, _body_roles().get(phrase)) if role else None


@cache
def _group_roles() -> dict[str, str]:
    rows = data_rows("role-verbs.csv")
    return {" ".join(r["phrase"].lower().split()): r["group_role"] for r in rows if r.get("group_role")}


@cache
def _active_verb_roles() -> tuple[re.Pattern[str], dict[str, str]]:
    """The active forms of the role verbs (column ``active`` of ``role-verbs.csv``: ``chaired``, ``will chair``)."""
    table = {
        form.strip().lower(): r["role"]
        for r in data_rows("role-verbs.csv")
        for form in (r.get("active") or "").split(";")
        if form.strip()
    }
    future = modal_alternation("future")
    aux = rf"(?:(?:{auxiliary_alternation('have')}|{future}|is\s+to|was\s+to)\s+)?(?:also\s+)?"
    verbs = alternation(table, spaces=True)
    # after a comma only with "who", an auxiliary or a past form: ", Chair, UNESCO" is an appositive, not a verb
    has = rf"{auxiliary_alternation('have')}|{auxiliary_alternation('be', 'singular')}"
    link = rf"(?:,?\s+who\s+|\s+|,\s+(?=(?:{has}|{future})\s|[\w-]+ed\s))"
    # "with Ms X (Italy) in the Chair": the chair's capital of a record's closing line
    return re.compile(rf"{link}{aux}(?P<verb>{verbs}|in\s+the\s+Chair)(?![\w-])\s*"), table


def role_by_verb_after(text: str, at: int) -> tuple[str, int] | None:
    """The role an active verb right after a name gives and where its object starts
    (``Ms X, who had chaired the ...`` -> ``Chair``; ``Mr Y will also chair WP2/3``), else None."""
    pattern, table = _active_verb_roles()
    m = pattern.match(text, at)
    if m is None:
        return None
    return table[" ".join(m.group("verb").lower().split())], m.end()


@cache
def _title_any_case_re() -> re.Pattern[str]:
    return re.compile(_title_re().pattern, re.IGNORECASE)


@cache
def _title_colon_re() -> re.Pattern[str]:
    return re.compile(_title_re().pattern + r"\s*:[^\S\n]*", re.IGNORECASE)


def after_title_colons(text: str) -> list[int]:
    """Where a list starts after a role or title and a colon: ``Vice-Chairs: ``, ``Moderator: ``."""
    return [m.end() for m in _title_colon_re().finditer(text)] if ":" in text else []


def title_at(text: str, at: int) -> Span | None:
    """A title (any case) starting at ``at``, as after ``appointed Mr X as``: ``editor``, ``Vice-Chair``."""
    m = _title_any_case_re().match(text, at)
    if m is None:
        return None
    label = title_label(m.group(0))
    label = label[:1].upper() + label[1:]
    return Span(m.start(), m.end(), "titles" if is_plural_title(m.group(0)) else "title", (label,), m.group(0))


# "Ms X, hitherto Vice-Rapporteur,": an adverb of time before the title
# "Ms X, its Executive Director": a possessive; "Mr Y, the outgoing Chair": an adjective of time
_TITLE_LINK = re.compile(
    r"^,\s+(?:(?:hitherto|formerly|previously|currently|until\s+now|now)\s+)?(?:the\s+|its\s+|his\s+|her\s+|their\s+)?"
    r"(?:(?:outgoing|incoming|former|current|new|acting|interim)\s+)?"
)
_TITLE_STOP = re.compile(rf"[.;:()]|\s{DASH}\s")


@cache
def title_head_re() -> re.Pattern[str]:
    words, _ = job_title_words()
    return re.compile("(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


@cache
def _title_lead_re() -> re.Pattern[str]:
    _, lead = job_title_words()
    alts = alternation(lead, each=_of_the)  # "The Head of the Delegation of Spain, Ms X": "the" after "of"
    return re.compile(rf"\b(?P<title>{alts})\s+(?:{preposition_alternation('origin')})\s+(?:the\s+)?$", re.IGNORECASE)


def _of_the(word: str) -> str:
    """A title's regex whose inner ``of`` may take ``the`` (``Head of the Delegation``)."""
    return r"\s+".join(re.escape(w) for w in word.split()).replace(r"\s+of\s+", r"\s+of\s+(?:the\s+)?")


#: a short parenthesised acronym inside an appositive: "Pakistan Telecommunication Authority (PTA)"
_ACRONYM = re.compile(r"\s*\([A-Za-z][\w.&/ -]{0,14}\)")
#: what a title's head ends before: "Economic Affairs Officer" in "Economic Affairs Officer for Africa"
_QUALIFIER_START = re.compile(r"\s+(?:of|for|to|on|in|at)\s+")
_MODIFIER = re.compile(rf"(?:[{UPPER}0-9][\w'’&-]*|and|&)")


def _forms_written() -> list[str]:
    return [f for e in roles().values() if e.scope != "skip" for f in e.forms]


@cache
def _title_tail_re() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + alternation(set(_forms_written()) | set(job_title_words()[0])) + r")$")


def is_title(part: str, role_re: re.Pattern[str] | None = None) -> bool:
    """Whether an appositive part is a job title: it starts with a head word of ``job-titles.csv``
    or a role word (``Chief of the X Division``), or capitalised modifiers end with one
    (``Economic Affairs Officer``, ``TSB Advisor to Study Group 17``, ``WSIS Forum Coordinator``)."""
    if title_head_re().match(part) or (role_re is not None and role_re.match(part)):
        return len(part.split()) <= 20  # "Chief of the X Section of the United Nations Economic and Social ..."
    head = _QUALIFIER_START.split(part, maxsplit=1)[0]
    words = head.split()
    return 1 < len(words) <= 7 and all(_MODIFIER.fullmatch(w) for w in words) and bool(_title_tail_re().search(head))


#: between two titles of one person: "Ambassador and Permanent Representative of X"
_AND_TITLE = re.compile(r"\s+and\s+(?=[A-Z])")


def both_titles(title: str) -> list[str] | None:
    """Two titles of one person joined by ``and`` (``Ambassador and Permanent Representative of X``,
    ``Minister of Information and Communications of Kenya and Chair of the Forum``, ``Assistant Administrator and
    Director, Bureau for X``): at the first ``and`` with a title (:func:`is_title`) on either side, else None
    (``Minister of Posts and Telecommunications`` is one title)."""
    for m in _AND_TITLE.finditer(title):
        left, right = title[: m.start()], title[m.end() :]
        if is_title(right, _title_re()) and is_title(left, _title_re()):
            return [left, right]
    return None


def _is_organisation(part: str) -> bool:
    """An appositive part that names where a person works: a catalogue body, a name ending in a
    body head noun (``Tanzania Communications Regulatory Authority``) or an acronym."""
    found = head_of(part)
    return bool(
        body_index().keys.get(squash(part))
        or (found and found[2] == "body")
        or re.fullmatch(r"[A-Z][A-Z0-9&-]{1,9}", part)
    )


#: a possessive before a title: its owner, no part of it
_OWNER = re.compile(r"^[\w-]+['’]s\s+(?=\w)")
#: "from COUNTRY" closing a title: where the person is from, not part of the title
_FROM_COUNTRY_END = re.compile(r"\s+from\s+(?:the\s+)?(?P<country>[^,]+)$")


def _from_country(part: str) -> bool:
    m = _FROM_COUNTRY_END.search(part)
    return m is not None and country_code(m.group("country")) is not None


def _capitalised(words: str) -> str:
    """A title written in lower case with each word capitalised but the small ones (``senior researcher at
    X`` -> ``Senior Researcher at X``), to be read as a title; a clause (``who was elected Chair``) stays as
    it is (its head holds a function word)."""
    head = _QUALIFIER_START.split(words, maxsplit=1)[0].split()
    if any(w.lower() in stopwords() for w in head):
        return words
    return " ".join(w if w in small_words() else w[:1].upper() + w[1:] for w in words.split())


def job_title_after(text: str, end: int, role_re: re.Pattern[str] | None = None) -> str | None:
    """The job title written in an appositive after a person's name ending at ``end``, as written:
    ``, Minister of Science and Technology, Argentina`` -> ``Minister of Science and Technology``;
    ``, Chief, Strategic Planning and Membership Department`` -> both parts (a title, see
    :func:`is_title`, then at most one more capitalised part that is no organisation or
    country); ``, Tanzania Communications Regulatory Authority (TCRA), Director of X`` -> the
    title after the organisation. None when no such title follows."""
    if (adjective := adjective_after(text, end)) is not None:  # ", the Kenyan delegate": Delegate
        title = " ".join(adjective.group("title").split())
        return title[:1].upper() + title[1:]
    link = _TITLE_LINK.match(text[end:])
    if link is None:
        return None
    rest = _ACRONYM.sub("", text[end + link.end() : end + link.end() + 300])
    stop = _TITLE_STOP.search(rest)
    parts = [" ".join(s.split()) for s in (rest[: stop.start()] if stop else rest).split(",")]
    if len(parts) > 1 and parts[0][:1].isupper() and not is_title(parts[0], role_re) and _is_organisation(parts[0]):
        parts = parts[1:]
    first = _FROM_COUNTRY_END.sub("", parts[0]) if _from_country(parts[0]) else parts[0]
    first = _OWNER.sub("", first)  # "Lumensat's Director of X", "the initiative's Programme Coordinator": whose
    lower = first[:1].islower() and len(first.split()) <= 10 and is_title(_capitalised(first))
    if lower:  # ", leader of the sub-group on X", ", head of delegation", ", senior researcher at X": in lower case
        first = first[:1].upper() + first[1:]
    if not lower and not is_title(first, role_re):
        return None
    out = [first]
    if len(parts) > 1:
        nxt = parts[1]
        words = nxt.split()
        if nxt[:1].isupper() and 2 <= len(words) <= 8 and not country_code(nxt) and not country_spans(nxt):
            if honorific_start().match(nxt):  # "..., Ms B, Vice-Chair of X": the next person of a list
                return ", ".join(out)
            if body_index().keys.get(squash(nxt)) is None and not is_title(nxt, role_re):  # ", UNCTAD": where
                out.append(nxt)
    return ", ".join(out)


@cache
def honorific_start() -> re.Pattern[str]:
    """An honorific that opens a text (``Ms``, ``H.E.``, ``Dr.``; ``ingest/data/honorifics.csv``): a person."""
    return re.compile(rf"(?:{alternation(honorifics())})(?![\w-])")


def job_title_before(text: str, start: int) -> str | None:
    """A job title that names the speaker before a person: ``The Councillor from India, Mr. X``
    -> ``Councillor`` (lead words marked in ``ingest/data/job-titles.csv``)."""
    before = [c for c in country_spans(text[:start]) if SPEAKER_LINK.match(text[c.end : start])]
    lead = _title_lead_re().search(text[: before[-1].start]) if before else None
    if lead is None and (adjective := adjective_lead(text, start)) is not None:  # "The Kenyan delegate, Mr X"
        title = " ".join(adjective.group("title").split())  # with its portfolio: "Minister of Communications"
        return title[:1].upper() + title[1:] if _title_head_only().match(title) else None
    lead = lead or (_body_speaker_lead().search(text, 0, start) if not before else None)
    return lead.group("title")[:1].upper() + lead.group("title")[1:] if lead else None


@cache
def _body_speaker_lead() -> re.Pattern[str]:
    """A word for someone who speaks for another (``country-speakers.csv``, column ``speaks_for``) before the
    organisation spoken for and a comma, then the person: ``The delegate of UNECA, Mr X``, ``The representative of
    the External Auditor (Court of Audit, Spain), Ms Y`` (decision 30: the role, and no country)."""
    _, lead = job_title_words()
    words = {r["word"] for r in data_rows("country-speakers.csv") if r["speaks_for"] == "yes"}
    titles = [t for t in lead if t.lower() in words]
    bracket = r"(?:\s*\([^()]{1,60}\)[^,;:.()]{0,40})?"
    return re.compile(
        rf"\b(?P<title>(?i:{alternation(titles)}))\s+(?:of|for)\s+(?:the\s+)?[A-Z][^,;:.()]{{0,80}}?{bracket},\s*$"
    )


@cache
def _title_head_only() -> re.Pattern[str]:
    """The lead word of a speaker's title without its portfolio (``Minister`` of ``Minister of ICT``)."""
    _, lead = job_title_words()
    return re.compile(rf"(?P<title>(?i:{alternation(lead)}))(?![\w-])")
