"""Load the gazetteers (``ontology/gazetteers/*.csv``) and the extractor's word lists
(``ingest/data/*.csv``) into lookup structures, once per process (cached).

Nothing here knows about a particular report: every name, acronym, role word, verb
and honorific comes from a data file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from wsiskg.ingest.tables import data_rows, gazetteer_rows
from wsiskg.ingest.text import alternation, plural

__all__ = ["data_rows", "gazetteer_rows"]


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(";") if v.strip())


# --------------------------------------------------------------------------- bodies
@dataclass(frozen=True)
class BodyEntry:
    key: str
    name: str
    acronym: str | None
    kind: str
    parent: str | None
    aliases: tuple[str, ...]


@cache
def bodies() -> dict[str, BodyEntry]:
    out: dict[str, BodyEntry] = {}
    for r in gazetteer_rows("bodies.csv"):
        out[r["key"]] = BodyEntry(
            key=r["key"],
            name=r["name"],
            acronym=r.get("acronym") or None,
            kind=r.get("kind") or "organization",
            parent=r.get("parent") or None,
            aliases=_split(r.get("aliases", "")),
        )
    return out


def body_ancestors(key: str) -> list[str]:
    """``key`` and its parents up the ``parent`` chain (``cwg-wsis-sdg``, ``itu-council``, ``itu``, ``un``)."""
    chain: list[str] = []
    table = bodies()
    while key and key not in chain:
        chain.append(key)
        entry = table.get(key)
        key = entry.parent if entry and entry.parent else ""
    return chain


@cache
def body_heads() -> tuple[tuple[str, str, str], ...]:
    """(head noun, kind, category) with multi-word heads first; category is "body" or "event"."""
    rows = [(r["head"], r["kind"], r["category"]) for r in data_rows("body-heads.csv")]
    return tuple(sorted(rows, key=lambda t: -len(t[0].split())))


@cache
def body_head_nouns() -> tuple[str, ...]:
    """The head nouns that end a standing body's name (``Working Group``, ``Committee``): the heads of
    :func:`body_heads` whose category is ``body``, multi-word first."""
    return tuple(head for head, _, category in body_heads() if category == "body")


@cache
def event_head_nouns() -> tuple[str, ...]:
    """The head nouns that end an event's name (``Conference``, ``Forum``, ``Summit``): the heads of
    :func:`body_heads` whose category is ``event`` (an edition of them is an event: decision 26)."""
    return tuple(head for head, _, category in body_heads() if category == "event")


@cache
def head_last_words(category: str = "") -> frozenset[str]:
    """The last words of the head nouns of ``body-heads.csv`` (``Group``, ``Committee``, ``Conference``)
    whose category is ``category`` (``body``, ``event``; every head's when empty), as written."""
    return frozenset(head.split()[-1] for head, _, cat in body_heads() if cat == category or not category)


@cache
def leading_heads() -> frozenset[str]:
    """Head nouns that may come first in a body's name, before its ``of ...`` (``Ministry of
    Health``, ``Council of Europe``): ``leads`` in ``ingest/data/body-heads.csv``."""
    return frozenset(r["head"] for r in data_rows("body-heads.csv") if r.get("leads") in ("yes", "first"))


@cache
def first_heads() -> frozenset[str]:
    """Head nouns that come first and may be followed by their name without ``of`` (``Fundacja
    Cyfrowa``, ``Universidad Nacional de X``, as other languages write them): ``leads`` ``first``."""
    return frozenset(r["head"] for r in data_rows("body-heads.csv") if r.get("leads") in ("first", "country"))


@cache
def country_heads() -> frozenset[str]:
    """Head nouns that come first and are followed by a country's name alone (``Statistics Norway``,
    a national statistical office): ``leads`` ``country`` in ``ingest/data/body-heads.csv``."""
    return frozenset(r["head"] for r in data_rows("body-heads.csv") if r.get("leads") == "country")


@cache
def body_connectors(role: str) -> tuple[str, ...]:
    """Small words inside body names in other languages that mean ``of`` (``de``, ``des``, ``für``)
    or ``and`` (``et``, ``y``): ``ingest/data/body-connectors.csv``."""
    return tuple(r["word"] for r in data_rows("body-connectors.csv") if r["role"] == role)


@cache
def body_openers() -> frozenset[str]:
    """Capitalised words that open a sentence before a body, no part of its name (``Since Council
    2016``, ``The Rural Spectrum Authority``): ``ingest/data/body-openers.csv``."""
    return frozenset(r["word"] for r in data_rows("body-openers.csv"))


@cache
def meeting_secretariats() -> dict[str, str]:
    return {r["body"]: r["secretariat"] for r in data_rows("meeting-secretariats.csv")}


# ---------------------------------------------------------------------------- roles
@dataclass(frozen=True)
class RoleEntry:
    role: str
    label: str
    forms: tuple[str, ...]  # label, aliases and plural forms, as written
    scope: str  # "meeting" (the meeting body's), "home" (the report's organisation), "skip" or ""
    any_case: bool  # also matched in lower case ("representative", "Vice-chairmen")
    #: a holder of this role in an unnamed sub-group of the meeting body ("rapporteur of the
    #: correspondence group on ...") holds it in the meeting body
    in_subgroup: bool = False
    #: a holder of this role who chairs a sitting is still named by it ("The Vice-Chair, Ms X, chaired
    #: the afternoon session": Vice-Chair, no Chair): "body" when the role is in the meeting body or the
    #: body chaired, "any" in any body (a Rapporteur chairs the group of the Question), "" never
    presides: str = ""


def _plurals(form: str) -> list[str]:
    if form.endswith("man"):
        return [form[:-3] + "men"]
    if form.endswith(("s", "men")):
        return []
    return [plural(form)]


@cache
def roles() -> dict[str, RoleEntry]:
    scopes = {
        r["role"]: (r["scope"], r["any_case"] == "yes", r.get("in_subgroup") == "yes", r.get("presides") or "")
        for r in data_rows("role-scopes.csv")
    }
    out: dict[str, RoleEntry] = {}
    for r in gazetteer_rows("roles.csv"):
        forms = [r["label"], *_split(r.get("aliases", ""))]
        for f in list(forms):
            forms.extend(p for p in _plurals(f) if p not in forms)
        scope, any_case, in_subgroup, presides = scopes.get(r["role"], ("", False, False, ""))
        out[r["role"]] = RoleEntry(r["role"], r["label"], tuple(forms), scope, any_case, in_subgroup, presides)
    return out


@cache
def role_forms(*, titles: bool = False) -> dict[str, tuple[str, ...]]:
    """Each written form of a role in lower case (``roles.csv``: its label, aliases and their plurals) -> the keys
    of the roles written so, in the file's order: the one reader of a role's forms for its key (round 61). A form
    two roles share names both; a reader that wants one role takes the first (the file's order is its priority).
    ``titles``: only the roles a title names a holder by (``role-scopes.csv`` scope ``skip`` left out: ``Member``)."""
    return forms_to_roles(e for e in roles().values() if not titles or e.scope != "skip")


@cache
def forms_of_role(role: str) -> frozenset[str]:
    """The forms of ``role`` in lower case (:func:`role_forms` the other way round): a title a text writes is the
    role's when it is one of them, lowered (``Chairperson``, ``chairs``); empty for a key of no role."""
    return frozenset(form for form, keys in role_forms().items() if role in keys)


def forms_to_roles(entries: Iterable[RoleEntry]) -> dict[str, tuple[str, ...]]:
    """:func:`role_forms` of ``entries``: each form in lower case -> the roles of ``entries`` written so, in order."""
    out: dict[str, tuple[str, ...]] = {}
    for entry in entries:
        for form in dict.fromkeys(f.lower() for f in entry.forms):
            out[form] = (*out.get(form, ()), entry.role)
    return out


# ------------------------------------------------------------------------ countries
@cache
def country_aliases() -> tuple[tuple[str, str], ...]:
    return tuple((r["alias"], r["alpha3"]) for r in gazetteer_rows("country-aliases.csv"))


@cache
def country_adjectives() -> tuple[tuple[str, str], ...]:
    """(adjective, alpha-3): ``Nigerian`` -> ``NGA`` (only adjectives that name one country)."""
    return tuple((r["adjective"], r["alpha3"]) for r in gazetteer_rows("country-adjectives.csv"))


# ----------------------------------------------------------------- concepts (AL, SDG)
@dataclass(frozen=True)
class ActionLineEntry:
    code: str
    title: str
    short_title: str
    parent: str | None
    aliases: tuple[str, ...]


@cache
def action_lines() -> dict[str, ActionLineEntry]:
    return {
        r["code"]: ActionLineEntry(
            r["code"],
            r["title"],
            r.get("short_title", ""),
            r.get("parent") or None,
            _split(r.get("aliases", "")),
        )
        for r in gazetteer_rows("action-lines.csv")
    }


# ------------------------------------------------------------------------- requests
@dataclass(frozen=True)
class VerbEntry:
    verb: str
    label: str
    is_request: bool
    forms: tuple[str, ...]


@cache
def request_kinds() -> tuple[VerbEntry, ...]:
    return tuple(
        VerbEntry(r["verb"], r["label"], r["is_request"].lower() == "true", _split(r["forms"]))
        for r in gazetteer_rows("request-kinds.csv")
    )


# ----------------------------------------------------------------- extractor words
@cache
def honorifics() -> dict[str, str]:
    """Honorific as written -> normalised form (``"Mr" -> "Mr."``)."""
    return {r["form"]: r["normal"] for r in data_rows("honorifics.csv")}


@cache
def name_particles() -> frozenset[str]:
    """Lower-case words allowed inside a name (``van``, ``der``, ``al``)."""
    return frozenset(r["word"] for r in data_rows("name-particles.csv") if r["kind"] == "particle")


@cache
def name_abbreviations() -> frozenset[str]:
    """Name words written short with a dot inside a name (``St.`` Saint, ``Ma.`` María, ``Md.`` Mohammad)."""
    return frozenset(r["word"] for r in data_rows("name-particles.csv") if r["kind"] == "abbreviation")


@cache
def small_words() -> frozenset[str]:
    """The small words of a name, in lower case: ``small-words.csv`` and the ``of``/``and`` words of
    ``body-connectors.csv``."""
    listed = {r["word"] for r in data_rows("small-words.csv")}
    return frozenset(listed | set(body_connectors("of")) | set(body_connectors("and")))


@cache
def modals(role: str = "") -> tuple[str, ...]:
    """The modal verbs (``modals.csv``): every one, or those marked ``yes`` in column ``role``: ``obligation``
    (a clause that asks or decides: ``the Secretariat should prepare``), ``future`` (what is to come: ``the
    meeting will be held``), ``directive`` (a decided clause that asks its subject: ``agreed that the Secretariat
    shall prepare``; ``would``, ``will`` there report a plan), ``power`` (what one may do: ``The Group may invite X
    to ...``, no request). The one list of the patterns that read a modal."""
    return tuple(r["modal"] for r in data_rows("modals.csv") if not role or r[role] == "yes")


@cache
def modal_alternation(role: str = "") -> str:
    """:func:`modals` of ``role`` as a regex alternation (no group)."""
    return alternation(modals(role))


@cache
def auxiliaries(verb: str = "", role: str = "") -> tuple[str, ...]:
    """The auxiliary verbs (``auxiliaries.csv``): every one, the forms of ``verb`` (``be``, ``have``), and of those
    the ones marked ``yes`` in column ``role``: ``present`` (a courtesy formula after any subject: ``is pleased
    to``, ``have the honour to``), ``clause`` (a finite form after a name or a body, which ends it: ``Ms A (Peru)
    was``, ``the third is scheduled``: was, were, is, are, has, have, had), ``singular`` (a finite form after a
    singular name: ``the Committee was``, ``the phase is``: was, is, has, had), ``plural`` (a finite form after a
    plural name: ``the Members were``, ``who are``: are, were, have, had), ``past`` (was, were, had), ``nonfinite``
    (be, been: ``will be convened``, ``has been hosted``); roles joined by ``+`` ask for the forms of every one
    (``present+clause``: is, are). The one list of the patterns that read an auxiliary (the modals are
    :func:`modals`)."""
    roles = role.split("+") if role else []
    rows = data_rows("auxiliaries.csv")
    return tuple(
        r["auxiliary"] for r in rows if (not verb or r["verb"] == verb) and all(r[one] == "yes" for one in roles)
    )


@cache
def auxiliary_alternation(verb: str = "", role: str = "") -> str:
    """:func:`auxiliaries` of ``verb`` and ``role`` as a regex alternation (no group)."""
    return alternation(auxiliaries(verb, role))


@cache
def post_verbs(*kinds: str) -> tuple[str, ...]:
    """The verbs that give a person a post (``election-verbs.csv``) of the ``kinds`` given (all without any):
    ``vote`` (``elected``, ``appointed``, ``designated``, ``nominated``, ``confirmed``), ``proposal``
    (``proposed``, ``selected``: before a post's list of holders only)."""
    return tuple(r["verb"] for r in data_rows("election-verbs.csv") if not kinds or r["kind"] in kinds)


@cache
def post_verb_alternation(*kinds: str) -> str:
    """:func:`post_verbs` of ``kinds`` as a regex (no group at its top), each also with ``re-`` or ``re``
    before it (``re-elected``, ``reappointed``)."""
    return rf"(?:re-?)?(?:{alternation(post_verbs(*kinds))})"


@cache
def adverbs(role: str) -> tuple[str, ...]:
    """The adverbs a pattern lets stand between two words (``adverbs.csv``), those marked ``yes`` in column
    ``role``: ``formula`` (around a courtesy formula: ``I would therefore ask``), ``subject`` (between a subject or
    a form of ``be`` and its verb: ``are hereby invited``), ``impersonal`` (``It is further proposed that``),
    ``closing`` (between a closing auxiliary and its verb: ``The Group has already been asked``), ``perfect``
    (after a perfect auxiliary: ``has also``), ``post`` (before a verb that gives a post: ``was then elected``),
    ``addition`` (what adds a clause or an item: ``should also``, ``; further``). The one list of the patterns'
    adverbs; each pattern adds its own words in ``-ly``."""
    return tuple(r["word"] for r in data_rows("adverbs.csv") if r[role] == "yes")


@cache
def adverb_alternation(role: str) -> str:
    """:func:`adverbs` of ``role`` as a regex alternation (no group)."""
    return alternation(adverbs(role))


@cache
def determiners(role: str) -> tuple[str, ...]:
    """The determiners a pattern reads before a noun (``determiners.csv``, in lower case), those marked ``yes`` in
    column ``role``: ``addressee`` (before a group of addressees: ``all other Member States``), ``agent`` (the only
    words between an agent's phrase start and a name in it), ``event`` (opening an event's name: ``both
    meetings``), ``infinitive`` / ``reduced`` / ``item`` (after ``to``, a word that makes it no infinitive: ``to
    the Group``; in a reduced request; after an item's ``To``), ``labeller`` (dropped from a wanted phrase's
    front), ``opener`` (capitalised, opens a phrase inside a run of capitalised words), ``piece`` (between a group
    and what it is of), ``letter`` (a group hailed: ``To my fellow regulators:``), ``attend`` (``invited to the
    webinar``), ``place`` (a place that only locates a group: ``in your region``), ``destination`` (``to our meeting``),
    ``meeting`` (``at its``). The one list of the patterns' determiners."""
    return tuple(r["word"] for r in data_rows("determiners.csv") if r[role] == "yes")


@cache
def determiner_alternation(role: str) -> str:
    """:func:`determiners` of ``role`` as a regex alternation (no group)."""
    return alternation(determiners(role))


@cache
def prepositions(role: str) -> tuple[str, ...]:
    """The prepositions a pattern reads (``prepositions.csv``, in lower case), those marked ``yes`` in column
    ``role``: ``topic`` (a name's topic or scope after its head: ``Working Group on X``, ``Commission for Y``,
    ``Council of Z``), ``origin`` (whom a speaker or a member is of, from or for: ``the delegate from Peru``). The
    one list of the patterns' prepositions; a word in no column is listed for the scan of a spelt list."""
    return tuple(r["word"] for r in data_rows("prepositions.csv") if r[role] == "yes")


@cache
def preposition_alternation(role: str) -> str:
    """:func:`prepositions` of ``role`` as a regex alternation (no group); a space of a phrase (``no later than``)
    matches any run of whitespace."""
    return alternation(prepositions(role), spaces=True)


@cache
def _preposition_split(role: str, any_case: bool) -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{preposition_alternation(role)})\s+", re.IGNORECASE if any_case else 0)


def before_preposition(name: str, role: str = "topic", *, any_case: bool = False) -> str:
    """``name`` up to its first preposition of column ``role`` of ``prepositions.csv``, the whole name when it has
    none: ``topic``, a head before its topic (``Working Group`` of ``Working Group on Island Data``); ``core``, also
    before a purpose (``Committee`` of ``Committee to Review X``). ``any_case``: ``ON`` and ``On`` too. The one
    splitter of a name at a preposition."""
    return _preposition_split(role, any_case).split(name, maxsplit=1)[0]


@cache
def opener_alternation(role: str, *words: str) -> str:
    """The words dropped before an event's name (``During the``, ``Both``, ``At``), capitalised, as a regex
    alternation (no group): the determiners and the prepositions of column ``role`` (``event-opener``,
    ``name-opener``, ``first-opener``) of ``determiners.csv`` and ``prepositions.csv``, and ``words``."""
    return alternation([*determiners(role), *prepositions(role), *words], str.capitalize)


@cache
def name_prefixes() -> tuple[str, ...]:
    """Capitalised prefixes glued to a surname that must not be split (``Mc``, ``De``)."""
    return tuple(r["word"] for r in data_rows("name-particles.csv") if r["kind"] == "prefix")


def _speaker_regex(phrase: str, plural: bool, portfolio: str) -> str:
    """``head of delegation`` -> ``[Hh]ead\\s+of\\s+(?:the\\s+)?[Dd]elegation`` (each word's
    initial in either case; a small word, :func:`small_words`, as written), ``s?`` after a word with a
    plural, the ``portfolio`` regex after it."""
    words = [w if w in small_words() else f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in phrase.split()]
    regex = r"\s+".join(words).replace(r"\s+of\s+", r"\s+of\s+(?:the\s+)?")
    return regex + ("s?" if plural else "") + (f"(?:{portfolio})?" if portfolio else "")


@cache
def country_speakers(use: str, portfolio: str = "") -> str:
    """A regex alternation of the words for someone who speaks for a country
    (``ingest/data/country-speakers.csv``) marked ``yes`` in column ``use``: ``speaks_for``
    (``the representatives of COUNTRY``: the country speaks), ``leads_name`` (``The delegate of
    COUNTRY, Mr X``), ``follows_name`` (``Mr X, Ambassador, Permanent Representative of
    COUNTRY``); ``portfolio`` is the regex allowed after a word with one (``Minister of ICT``)."""
    rows = {r["word"]: r for r in data_rows("country-speakers.csv") if r[use] == "yes"}

    def regex(word: str) -> str:
        row = rows[word]
        return _speaker_regex(
            word, row["plural"] == "yes" and use != "follows_name", portfolio if row["portfolio"] == "yes" else ""
        )

    return alternation(rows, each=regex)


@cache
def collectives() -> dict[str, str]:
    """Lower-case phrase -> collective key (``"all participants" -> "participants"``)."""
    return {r["phrase"].lower(): r["key"] for r in data_rows("collectives.csv")}


@cache
def honorific_genders() -> dict[str, str]:
    """Normalised honorific -> "m" / "f" where every form of it says the same (``Mr.`` -> ``m``).

    A normal form whose written forms disagree says nothing: "His Excellency" and "Her
    Excellency" are both ``H.E.``, so ``H.E.`` alone has no gender."""
    said: dict[str, set[str]] = {}
    for row in data_rows("honorifics.csv"):
        said.setdefault(row["normal"], set()).add(row.get("gender") or "")
    return {normal: genders.pop() for normal, genders in said.items() if len(genders) == 1 and "" not in genders}


@cache
def pronoun_genders() -> dict[str, str]:
    """Lower-case pronoun -> "m" / "f" (``she`` -> ``f``)."""
    return {r["pronoun"].lower(): r["gender"] for r in data_rows("pronouns.csv") if r.get("gender")}


@cache
def pronouns() -> dict[str, str]:
    return {r["pronoun"].lower(): r["refers"] for r in data_rows("pronouns.csv")}


def pronoun_refers(word: str) -> str | None:
    """What the pronoun ``word`` refers to (``pronouns.csv``: ``it``, ``They``), else ``None``; a word in capitals
    is an acronym, no pronoun (``IT``: information technology, ``HE``: higher education)."""
    return None if len(word) > 1 and word.isupper() else pronouns().get(word.lower())


@cache
def possessives(refers: str) -> frozenset[str]:
    """The possessives of the pronouns that refer to ``refers`` (``body``: ``its``, ``their``): column
    ``possessive`` of ``pronouns.csv``."""
    return frozenset(r["possessive"] for r in data_rows("pronouns.csv") if r["refers"] == refers and r["possessive"])


# --------------------------------------------------------------------------- job titles
@cache
def job_title_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(head words of a job title written after a person's name, those that also name a
    speaker before the name: ``The Councillor from India, Mr. X``), longest first
    (``ingest/data/job-titles.csv``)."""
    rows = data_rows("job-titles.csv")
    words = sorted((r["word"] for r in rows), key=len, reverse=True)
    lead = sorted((r["word"] for r in rows if r.get("lead") == "yes"), key=len, reverse=True)
    return tuple(words), tuple(lead)


@cache
def agent_groups() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Phrases that name several agents at once (``the Directors of the three Bureaux``):
    lower-case phrase -> (kind, keys), from ``ingest/data/agent-groups.csv``."""
    return {r["phrase"].lower(): (r["kind"], _split(r["keys"])) for r in data_rows("agent-groups.csv")}
