"""The country a person represents, where the text states it next to the name.

- ``Mr A (Kenya)``, ``Ms B from Argentina,``, ``Mr C of Peru and ...``;
- an appositive that says so: ``, Ambassador, Permanent Representative of Tunisia``,
  ``, Minister of Transport, Communications and High Technologies of Azerbaijan``;
- the person's organisation of a country: ``of the National Institute of Statistics (INEGI) of
  Mexico``, ``, Director-General, National Information Agency (NIA) of the Republic of Korea``;
- an appositive chain that ends with the country: ``, Statistician, Agence X (ARTP), Senegal,``,
  or with where the person is from: ``, Vice-Rapporteur, from Denmark,``;
- ``, representing the Russian Federation``, ``on behalf of Chile``; ``(Ministry of X, Ghana)``;
- before the name: ``The delegate of Brazil, Mr X``, ``Mexico, represented by Ms Y``, ``The
  Councillor for Chile (Mr Z)``.

A country is only taken when nothing but the person's own appositive lies between the name and
the country, and no other person is named in between.
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.body_names import head_of
from wsiskg.ingest.extract.casing import joiner_alternation, name_connectors, small_word_alternation
from wsiskg.ingest.extract.countries import country_code, country_spans, national_country
from wsiskg.ingest.extract.gazetteer import country_adjectives, country_speakers, preposition_alternation
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import alternation, plural

#: "(Country)", also ITU list forms with a nested qualifier: "(Korea (Rep. of))"
# (a dot leader may come first, as in a summary record's header: "President: Mr. X .......... (Iceland)")
_PARENS_AFTER = re.compile(r"\s*(?:(?:\.{3,}|\u2026+)\s*)?\(((?:[^()]|\([^()]{1,40}\)){2,80})\)")
#: a name, a space and a country, then the end, a cell mark or the next cell: a table row read without
#: its gaps ("Vice-Chairman Ms A B Uruguay", "... Ms A B Germany Vice-Chairman Dr C D Ghana")
_ROW_GAP = re.compile(r"[ \t]+")
_ROW_NEXT = re.compile(r"\s*$|\s*[|;]|[ \t]+[A-Z]")
_FROM_COUNTRY = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?")
# what may follow "from COUNTRY": a clause end, "and", or a verb ("Ms X of Finland on her election as ...")
_AFTER_FROM = re.compile(r"\s*(?:[.;,)]|and\b|$)|\s+[a-z]")
#: a name's words: capitalised, or the small words of a name in any language (``casing.name_connectors``:
#: "Ministry of Transport, Works and Communications", "Ministerio de Ciencia y Tecnología")
_NAME_WORD = rf"(?:[A-Z][\w'’&-]*|{small_word_alternation(name_connectors())})"
_NAME_PHRASE = rf"[A-Z][\w'’&-]*(?:,?\s+{_NAME_WORD}){{0,24}}?"
# a person's appositive that names the country represented: ", Ambassador, Permanent Representative of COUNTRY",
# ", Minister of Transport, Communications and Technologies of COUNTRY" (commas only between name words)
_REPRESENTS = re.compile(
    rf",\s+(?:[^,.;()]{{1,40}},\s+)?(?:the\s+)?(?-i:[A-Z][\w&-]*\s+){{0,2}}(?:{country_speakers('follows_name')})\b"
    rf"(?:[^,.;()]{{0,60}}?|\s+of\s+{_NAME_PHRASE})\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: a short parenthesised acronym: "(INEGI)"
_ACRONYM = r"(?:\s*\([^()]{1,15}\))?"
#: an acronym or a name's gloss in brackets: "(Māori Language Commission)"
_GLOSS = r"(?:\s*\([^()]{1,60}\))?"
# the organisation of a country a person is from: "of the National Institute of X (INEGI) of COUNTRY",
# ", Director-General, National Information Society Agency (NIA) of the Republic of COUNTRY"
_ORGANISATION_OF = re.compile(
    rf"(?:,\s+[A-Z][^,.;()]{{1,60}}{_ACRONYM}){{0,2}}(?:,\s+(?:from\s+)?|\s+(?:of|from)\s+)(?:the\s+)?"
    rf"{_NAME_PHRASE}{_ACRONYM}\s+of\s+(?:the\s+)?"
)
# an appositive chain that ends with the country (or is only the country): ", Minister of X, Argentina.",
# ", Statistician, X (ARTP), Senegal,", "Speaker, Mr X, Ghana, NCA"
# " of the Telecommunication Engineering Centre (TEC), India,": the organisation, then its country
_POST_THEN_COUNTRY = re.compile(
    rf"(?:(?:,\s+|\s+(?:of|from)\s+)(?:the\s+)?[A-Z][^,.;()]{{1,80}}{_GLOSS}){{0,4}},\s+(?:the\s+)?"
)
# ", Vice-President of the Committee (Norway),", ", Research Fellow, University of X (Romania)": the appositive
# (a title and a place of work), then the country in brackets
_TITLE_THEN_BRACKET = re.compile(r"(?:,\s+[A-Z][^,.;()]{1,80}){1,2}\s*\(")
_BRACKET_CLOSE = re.compile(r"\)")
# "Mr X, Vice-Rapporteur, from Denmark,", "Mr Y, Vice-Chair of the Group from Egypt": the appositive, then
# where the person is from
_TITLE_THEN_FROM = re.compile(r"(?:,\s+[A-Z][^,.;()]{1,60}?){1,2},?\s+from\s+(?:the\s+)?")
# "Mr X, representing the Russian Federation,", "Ms Y on behalf of Chile."
_SPEAKS_FOR = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,?\s+(?:representing|on\s+behalf\s+of|speaking\s+(?:for|on\s+behalf\s+of))\s+(?:the\s+)?"
)
# "Mr X (Ministry of Communications, Ghana)": the organisation and its country in brackets
_BRACKETED_THEN_COUNTRY = re.compile(r"\s*\([^()]{1,80},\s+(?:the\s+)?")
_ANYTHING = re.compile("")
#: what ends the appositive after its country: a clause end, a contact line's next field ("Ghana E-mail: ...")
_CLAUSE_AFTER_COUNTRY = re.compile(r"\s*(?:[.;,)]|$)|\s+(?i:e-?mail|tel|phone|fax)\b")
_VERB_AFTER_COUNTRY = re.compile(r"\s*(?:[.;,)]|$|\([A-Z][\w.&-]{0,12}\))|\s+[a-z]")  # "of Kenya (CA)."
# the country a person speaks for, named before the person: "The delegate of Brazil, Mr. X",
# "The Councillor from India, Mr. X", "The Administration of Mexico, represented by Ms. X"
# "The Minister of ICT of Kenya, Hon. X", "The national focal point of Ghana, Mr Y"
_PORTFOLIO = rf"\s+(?:of|for)\s+{_NAME_PHRASE}"  # "Minister of ICT"
_SPEAKER_LEAD = re.compile(
    rf"\b(?:{country_speakers('leads_name', _PORTFOLIO)})\s+(?:{preposition_alternation('origin')})\s+(?:the\s+)?$"
)
SPEAKER_LINK = re.compile(  # "The Councillor for Mauritania (Mr X)": the name in brackets
    r"^(?:\s*\(\s*|,\s*(?:(?:represented|headed|led)\s+(?:here\s+|today\s+)?by\s+(?:its\s+|the\s+)?)?|\s+represented\s+by\s+(?:its\s+|the\s+)?|\s*,?\s*)$"
)
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
#: a speaker for a state body of the country named next: "The representative of the Ministry of ICT of "
_SPEAKER_FOR_BODY = re.compile(
    rf"\b(?:{country_speakers('speaks_for')})\s+of\s+(?:the\s+)?(?P<body>[A-Z][^,;.()]{{1,100}}?)\s+of\s+(?:the\s+)?$"
)
_PLURAL_LEAD = re.compile(rf"(?:s|men)\s+(?:{preposition_alternation('origin')})\s+(?:the\s+)?$")
_THROUGH = re.compile(r"\s+[a-z][^.;:()]{0,80},\s+through\s+(?:its\s+|the\s+)?$")
_SENTENCE_START = re.compile(r"(?:^|[.;:]\s+)(?:The\s+)?$")
_COUNTRY_REPRESENTED_BY = re.compile(r"^,?\s*represented\s+(?:here\s+|today\s+)?by\s+(?:its\s+|the\s+)?$")


def stated_country(text: str, start: int, end: int, others: list[tuple[int, int]]) -> tuple[str | None, int]:
    """(ISO alpha-3 of the country stated for the person named at ``start:end``, the end of the
    person's mention: past ``(Country)`` or ``from Country``); ``others`` are the other persons'
    names (start, end): a country after one of them is not this person's."""
    if p := _PARENS_AFTER.match(text, end):
        if country := country_code(p.group(1)):
            return country, p.end()
    if f := _FROM_COUNTRY.match(text, end):  # "Ms B from Argentina,"
        named = next((c for c in country_spans(text[f.end() : f.end() + 60]) if c.start == 0), None)
        if named is not None and _AFTER_FROM.match(text, f.end() + named.end):
            return named.keys[0], f.end() + named.end
    if gap := _ROW_GAP.match(text, end):
        named = next((c for c in country_spans(text[gap.end() : gap.end() + 60]) if c.start == 0), None)
        if named is not None and _ROW_NEXT.match(text, gap.end() + named.end):
            return named.keys[0], gap.end() + named.end
    limit = min((o for o, _ in others if o > end), default=len(text))
    after = [c for c in country_spans(text[:limit]) if c.start > end]
    for pattern, clause in (
        (_REPRESENTS, _ANYTHING),
        (_ORGANISATION_OF, _VERB_AFTER_COUNTRY),
        (_POST_THEN_COUNTRY, _CLAUSE_AFTER_COUNTRY),
        (_TITLE_THEN_FROM, _CLAUSE_AFTER_COUNTRY),
        (_TITLE_THEN_BRACKET, _BRACKET_CLOSE),
        (_SPEAKS_FOR, _CLAUSE_AFTER_COUNTRY),
        (_BRACKETED_THEN_COUNTRY, _BRACKET_CLOSE),
    ):
        for c in after:
            if pattern.fullmatch(text, end, c.start) and clause.match(text, c.end):
                return c.keys[0], end
    if (adjective := adjective_after(text, end)) is not None:  # "Mr X, the Kenyan delegate,"
        return dict(country_adjectives()).get(adjective.group("adj")), end
    before = country_before(text, start, others) or adjective_before(text, start) or _listed_first(text, start, end)
    return _organisation_country(text, end) or before, end


#: an item of a list that names the country first: ": Algeria, Mr A; Brazil, Ms B." (item start, then the country)
_ITEM_START = re.compile(r"(?:^|[:;]\s*|\n)$")
_ITEM_LINK = re.compile(r",\s+")
_ITEM_END = re.compile(r"\s*(?:[;.]|$)")


def _listed_first(text: str, start: int, end: int) -> str | None:
    """The country that opens a list item whose only other content is the person named at
    ``start:end``: ``The delegations were headed as follows: Chile, Mr A; Peru, Ms B.``"""
    before = [c for c in country_spans(text[:start]) if _ITEM_LINK.fullmatch(text, c.end, start)]
    if before and _ITEM_START.search(text, 0, before[-1].start) and _ITEM_END.match(text, end):
        return before[-1].keys[0]
    return None


#: where the organisation a person belongs to or speaks for starts after the name (or after one
#: part of the appositive): ", ORG", " of the ORG", ", speaking for the ORG", " on behalf of the ORG"
_ORGANISATION_AT = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,?\s+(?:(?:speaking|acting)\s+(?:for|on\s+behalf\s+of)|on\s+behalf\s+of|representing)\s+"
    r"|,\s+|,?\s+(?:of|from)\s+)(?:the\s+)?"
)
_ORGANISATION_IN_BRACKETS = re.compile(r"\s*\((?:the\s+)?")  # "Mr X (Nigeria Communications Commission)"
#: one part of the appositive before the organisation: "Director, "
_TITLE_PART = re.compile(r"[A-Z][^,.;()]{1,60}(?:\s*\([^()]{1,30}\))?,\s+(?:the\s+)?")  # "Member (Telecom), "
_ORGANISATION_NAME = re.compile(rf"[A-Z][\w'’&-]*(?:\s+(?:(?:{joiner_alternation()})\s+)*[A-Z][\w'’&-]*)*")


def _organisation_country(text: str, end: int) -> str | None:
    """The country an organisation's name starts with, when the person named up to ``end``
    belongs to or speaks for it: ``Mr X, Nigerian Communications Commission (NCC)``, ``Ms Y,
    Director, Tanzania Communications Regulatory Authority``, ``Mr Z, speaking for the Kenyan
    Ministry of ICT``: the name's head noun must be one of a state body (``state-body-heads.csv``:
    an authority, a ministry, not an association or a company)."""
    starts = [m.end() for m in (_ORGANISATION_IN_BRACKETS.match(text, end), _ORGANISATION_AT.match(text, end)) if m]
    while starts and len(starts) < 4 and (title := _TITLE_PART.match(text, starts[-1])):  # ", Head, Unit, ORG"
        starts.append(title.end())
    for start in starts:
        name = _ORGANISATION_NAME.match(text, start)
        if name and (country := state_body_country(name.group(0))):
            return country
    return None


#: a country closing a body's name: "... Regulatory Authority of the Republic of Lithuania"
_OF_COUNTRY_AT_END = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][^,;()]{1,60})$")


def state_body_country(name: str) -> str | None:
    """The country of a state's body by its name: it starts with the country or its adjective, or ends
    with ``of`` and the country, and its head noun is one of a state body (``Uganda Communications
    Commission`` -> ``UGA``; an association or a company gives none)."""
    country = national_country(name)
    if country is None and (of := _OF_COUNTRY_AT_END.search(name)):  # "Telecommunications Commission of Sri Lanka"
        country = country_code(of.group(1))
    head = head_of(name) if country else None
    return country if head is not None and head[0].split()[-1] in _state_heads() else None


@cache
def _state_heads() -> frozenset[str]:
    return frozenset(r["head"] for r in data_rows("state-body-heads.csv"))


#: one person named by where they are from, before the country: "The Vice-Chair from", "the expert from the"
_ONE_FROM = re.compile(r"\b(?:[Tt]he|[Oo]ur|[Ii]ts)\s+(?:[\w-]+\s+){1,3}from\s+(?:the\s+)?$")


def country_before(text: str, start: int, listed: list[tuple[int, int]] | None = None) -> str | None:
    """The country a person right after it speaks for: ``The delegate of Brazil, Mr. X``,
    ``The Administration of Mexico, represented by Ms. X`` (the country ends just before), or
    after a plural lead and the ``listed`` persons (start, end) before this one: ``The
    representatives of Chile, Mr A and Ms B``."""
    before = [c for c in country_spans(text[:start]) if c.end <= start]
    if not before:
        return None
    c = before[-1]
    at, plural = c.end, False
    for s, e in sorted(p for p in listed or [] if c.end <= p[0] and p[1] <= start):
        if not (SPEAKER_LINK.match(text[at:s]) if at == c.end else _LIST_SEP.fullmatch(text, at, s)):
            break
        at, plural = e, True
    link = _LIST_SEP.fullmatch(text, at, start) if plural else SPEAKER_LINK.match(text[at:start])
    lead = _SPEAKER_LEAD.search(text[: c.start])
    if link and lead and (not plural or _PLURAL_LEAD.search(lead.group(0))):
        return c.keys[0]
    if not plural and link and _COUNTRY_REPRESENTED_BY.match(text[c.end : start]):
        return c.keys[0]
    if not plural and link and _ONE_FROM.search(text, max(0, c.start - 60), c.start):
        return c.keys[0]  # "The Vice-Chair from Panama, Ms X", "the expert from Peru, Mr Y"
    if link and not plural and (body := _SPEAKER_FOR_BODY.search(text, max(0, c.start - 160), c.start)):
        head = head_of(body.group("body"))  # "The representative of the Ministry of ICT of Peru, Ms X"
        if head is not None and head[0].split()[-1] in _state_heads():
            return c.keys[0]
    if _THROUGH.match(text, c.end, start) and _SENTENCE_START.search(text, 0, c.start):
        return c.keys[0]  # "Kenya presented its experience, through Ms X, ...": the country acts through X
    text_of, conveyed = _country_text()
    if text_of.search(text, max(0, c.start - 80), c.start) and conveyed.fullmatch(text, c.end, start):
        return c.keys[0]  # "the contribution of Peru (Document 5), introduced by Ms X": she speaks for Peru
    return None


@cache
def _country_text() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``the offer of the Government of Senegal`` (a text of a country: cue kind ``country-text`` of
    ``person-cues.csv``) and ``, conveyed by `` (kind ``country-text-verb``) between it and a name."""
    cues = [r for r in data_rows("person-cues.csv") if r["kind"].startswith("country-text")]
    nouns = alternation([r["phrase"] for r in cues if r["kind"] == "country-text"])
    verbs = alternation([r["phrase"] for r in cues if r["kind"] == "country-text-verb"])
    return (
        re.compile(rf"\b(?i:{nouns})\s+of\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?$"),
        re.compile(rf"(?:\s*\([^()]{{1,60}}\))?,?\s+(?:{verbs})\s+(?:here\s+)?by\s+(?:its\s+|the\s+)?"),
    )


@cache
def _adjective_lead() -> re.Pattern[str]:
    """``The Kenyan delegate, ``, ``the Brazilian Minister of Communications, ``: a country's
    adjective (``country-adjectives.csv``) and a word for who speaks for it, right before a name."""
    adjectives = alternation([a for a, _ in country_adjectives()])
    speakers = country_speakers("leads_name", _PORTFOLIO)
    return re.compile(rf"\b(?P<adj>{adjectives})\s+(?P<title>(?i:{speakers}))(?:{SPEAKER_LINK.pattern[1:-1]})$")


@cache
def _adjective_after() -> re.Pattern[str]:
    """``, the Kenyan delegate``, ``, the Brazilian Minister of Communications``: a country's
    adjective and a word for who speaks for it, as the appositive right after a name."""
    adjectives = alternation([a for a, _ in country_adjectives()])
    speakers = country_speakers("leads_name", _PORTFOLIO)
    return re.compile(rf",\s+(?:the\s+)?(?P<adj>{adjectives})\s+(?P<title>(?i:{speakers}))(?![\w-])")


def adjective_after(text: str, end: int) -> re.Match[str] | None:
    """``, the Kenyan delegate`` right after a name ending at ``end`` (groups ``adj`` and ``title``), else None."""
    return _adjective_after().match(text, end)


def adjective_lead(text: str, start: int) -> re.Match[str] | None:
    """``The Kenyan delegate, `` right before a name at ``start`` (groups ``adj`` and ``title``), else None."""
    return _adjective_lead().search(text, max(0, start - 120), start)


def adjective_before(text: str, start: int) -> str | None:
    """The country whose adjective leads the speaker word right before a name: ``The Kenyan delegate, Mr X``."""
    m = adjective_lead(text, start)
    return dict(country_adjectives()).get(m.group("adj")) if m else None


#: a person's appositive: comma-separated capitalised parts right after the name
_APPOSITIVE_PARTS = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:,\s+(?:the\s+)?[A-Z][^,.;()]*(?:\([^()]{1,20}\))?)*")


def appositive_text(text: str, end: int) -> str:
    """The appositive after a person's name ending at ``end`` (``, Director, Ministry of X (MX)``)."""
    m = _APPOSITIVE_PARTS.match(text, end)
    return m.group(0) if m else ""


@cache
def _plural_speakers() -> re.Pattern[str]:
    """``The delegates of ``, ``the representatives of the ``: a plural speaker word of
    ``country-speakers.csv`` (column ``leads_name``) before the countries it lists."""
    words = [r["word"] for r in data_rows("country-speakers.csv") if r["leads_name"] == "yes" and r["plural"] == "yes"]
    plurals = alternation(map(plural, words))
    return re.compile(rf"\b(?P<word>(?i:{plurals}))\s+(?:{preposition_alternation('origin')})\s+(?:the\s+)?$")


def respective_countries(text: str, persons: list[tuple[int, int]]) -> list[tuple[int, str, str]]:
    """``The delegates of Romania and Poland, Mr A and Ms B``: a plural speaker word, as many
    countries as the names listed right after them, each name with its country in the same
    order. (start of the name, ISO alpha-3, the speaker word in the singular: ``Delegate``)."""
    out: list[tuple[int, str, str]] = []
    names, spans = sorted(persons), country_spans(text)
    for i, c in enumerate(spans):
        lead = _plural_speakers().search(text, max(0, c.start - 60), c.start)
        if lead is None or lead.end() != c.start:
            continue
        chain = [c]
        for nxt in spans[i + 1 :]:
            if not _LIST_SEP.fullmatch(text, chain[-1].end, nxt.start):
                break
            chain.append(nxt)
        listed = _names_listed(text, chain[-1].end, names)
        if len(chain) > 1 and len(listed) == len(chain):
            word = lead.group("word")[:-1]
            out += [(s, d.keys[0], word[:1].upper() + word[1:].lower()) for s, d in zip(listed, chain, strict=True)]
    return out


def _names_listed(text: str, at: int, names: list[tuple[int, int]]) -> list[int]:
    """The starts of the names listed from ``at`` (after ``, ``), each after the last by a list separator."""
    out: list[int] = []
    for start, end in names:
        if start < at:
            continue
        if not (SPEAKER_LINK.match(text[at:start]) if not out else _LIST_SEP.fullmatch(text, at, start)):
            break
        out.append(start)
        at = end
    return out
