"""Find resolutions cited in a report.

``PP-22 Resolution 140 (Rev. Bucharest, 2022)``, ``Council Resolution 1332 (Modified 2024)``,
``Resolution 71 (Rev. Bucharest, 2022)``, ``ITU-T Resolution 75``, ``WTDC Resolution 30 (Rev.
Kigali, 2022)``, ``Res. 140``, ``UNGA Resolution A/RES/70/125``, any bare UN resolution symbol
(``A/RES/n/m``, ``E/RES/yyyy/n``: prefixes in the data), UNESCO's ``resolution 40 C/37`` and a
text's own title ``RESOLUTION 45 (REV. KIGALI, 2022)`` (a paragraph, or the report's title: cited
where the text begins). ``Resolution 245 (WRC-19)``: adopted at the conference its code names.
Issuer prefixes -> body keys are data (``ingest/data/resolution_issuers.csv``: PP -> ``itu-pp``,
Council -> ``itu-council``, UNGA -> ``unga``, WTDC / ITU-D -> ``wtdc``, WTSA / ITU-T -> ``wtsa`` ...).

Keys: ``<issuer>-res-<number>`` plus ``-rev-<place>-<year>`` / ``-mod-<year>`` for a cited
revision (``itu-pp-res-140-rev-bucharest-2022``, ``itu-council-res-1332-mod-2024``), ``res-<number>``
when the issuer is unknown. A UN ``A/RES/..`` resolution has the key of its document symbol
(``a-res-70-125``, the same as :func:`documents.find_documents` gives), so the model can type
the one resource as both.

A citation without issuer revised as ``(modified 2024)`` gets the issuer whose texts are
"modified" rather than "revised" (``issues_modified`` in ``resolution_issuers.csv``: the ITU
Council; conferences revise theirs as ``(Rev. Place, year)``).

A citation without issuer but with a revision venue (``Resolution 179 (Rev. Bucharest, 2022)``)
gets, in :func:`find_resolutions`, the issuer of the conference that met there that year
(``venues`` in ``resolution_issuers.csv``; a venue the data lacks: the one conference the report
names by code for that year, ``WTDC-26``); :func:`resolution_mentions` reports it as written.
In a list, a revision written after the last items is that of the items before it
(``Resolutions 71 , 140 and 205 (Rev. Bucharest, 2022)``).

Bare citations (``the Resolution 101``, no issuer, no revision) are merged into the resolution
with that number cited elsewhere in the report with a known issuer when exactly one such
resolution exists; otherwise they stay a resolution of unknown issuer. "this Resolution"
(no number) is not a citation.

Decisions and opinions are read the same way and kept as :class:`Resolution` records with
``kind`` ``"decision"`` / ``"opinion"`` (keys ``itu-pp-dec-5-rev-bucharest-2022``,
``itu-council-dec-482-mod-2019``, ``wtpf-opinion-2``), but only with a known issuer (written,
or from the venue of a revision or adoption: ``Opinion 2 (Lisbon, 2009)``): a bare
``Decision 2`` may be a decision of anyone. An adoption bracket ``(Antalya, 2006)`` names
the issuer without being a revision. Recommendations (``Recommendation ITU-T X.1205``) are
documents with a symbol, see :mod:`documents`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from wsiskg.ingest.extract.casing import without_article
from wsiskg.ingest.extract.documents import ocr_fixed
from wsiskg.ingest.extract.gazetteer import auxiliary_alternation
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting import surface_regex
from wsiskg.ingest.extract.resolution_issuers import (
    after_word_issuers,
    citation_key,
    issuer_by_number,
    issuer_key,
    issuer_prefixes,
    issuer_rows,
    kind_of_word,
    session_codes,
    un_issuer,
    un_symbols,
    with_issuer_from_context,
)
from wsiskg.ingest.extract.resolution_report_issuers import (
    conference_code,
    give_issuers_by_number,
    home_issuer,
    merge_bare,
    report_venues,
)
from wsiskg.ingest.records import ParsedReport, Resolution
from wsiskg.ingest.text import DASH, alternation, full_year

#: the words of a citation; upper case in a text's own title (``RESOLUTION 45 (REV. KIGALI, 2022)``)
_WORDS = "|".join(
    (
        "Resolutions?|Res\\.|RES\\.|resolutions?|RESOLUTIONS?",
        "Decisions?|Dec\\.|DEC\\.|decisions?|DECISIONS?",
        "Opinions?|opinions?|OPINIONS?",
    )
)


#: what every match of :func:`_pattern` holds: one of the words, after no letter or digit (a text
#: without it is not searched with the issuers' long alternation)
_A_WORD = re.compile(rf"(?<!\w)(?:{_WORDS})")

#: a place of adoption or revision: ``Antalya``, ``Sharm el-Sheikh``, ``New Delhi``
_PLACE = r"[A-Z][\w’'\-]*(?:\s[A-Za-z][\w’'\-]*){0,2}"


@cache
def _pattern() -> re.Pattern[str]:
    issuers = alternation(issuer_prefixes(), each=surface_regex)
    codes = alternation(session_codes()) or "(?!)"
    revised = r"(?:(?:last\s+)?(?:amended|modified|revised|rev\.)(?:\s+at)?)"
    un = "(?:" + "|".join(re.escape(u) for u in sorted(set(un_symbols().values()))) + ")"
    sectors = "|".join(surface_regex(p) for p in after_word_issuers())
    return re.compile(
        rf"(?:(?<![\w\-])(?P<issuer>{issuers})(?:{DASH}\d{{2}})?(?:(?:’s|'s)?\s+|/(?=(?:RES|DEC)\.)))?"
        rf"(?:(?<![/\w])|(?(issuer)(?<=/)|(?!)))(?P<word>{_WORDS})\s*(?:No\.\s*)?(?:(?P<sector>{sectors})\s+)?"
        rf"(?P<num>\[[A-Z][A-Z\d]*(?:(?:/|{DASH})[A-Z\d]+)*\](?!\w)|{un}/\d+/\d+|\d{{2}}\s?C/(?:Resolution\s+)?\d+(?![\w/])|\d{{1,4}}/\d{{1,4}}(?![\w/])"
        rf"|\d{{1,3}}{DASH}\d{{1,2}}(?![\w/]|{DASH}\d)|\d+[A-Z]?(?![\w/]|{DASH}\d))"
        rf"(?:\s*\((?:"
        rf"(?P<rev>Rev\.|Revised|Modified|Mod\.|(?i:revised|modified|mod\.|rev\.))\s*(?:(?P<code>[A-Z]{{2,5}}){DASH}(?P<yy>\d{{2}})"
        rf"|(?P<place>[A-Z][\w’'\- ]*?)?,?\s*(?P<year>(?:19|20)\d\d))"
        rf"|(?P<aplace>{_PLACE}),\s*(?P<ayear>(?:19|20)\d\d)(?:\s*;\s*(?P<hplace>{_PLACE}),\s*(?P<hyear>(?:19|20)\d\d))*"
        rf"|(?P<acode>[A-Z]{{2,5}}){DASH}(?P<ayy>\d{{2}})"
        rf"|(?:adopted\s+(?:at\s+)?)?(?P<session>{codes}){DASH}?(?P<sy>\d{{2}})"
        rf"(?:\s*[,;]\s*{revised}\s+(?P=session){DASH}?(?P<my>\d{{2}}))?"
        rf")\))?"
    )


@cache
def _un_res() -> re.Pattern[str]:
    """A bare UN resolution symbol (``A/RES/70/125``, ``E/RES/2023/3``: prefixes from the data)."""
    prefixes = "|".join(re.escape(u) for u in sorted(set(un_symbols().values())))
    return re.compile(rf"(?<![\w/])(?P<prefix>{prefixes})/(?P<a>\d+)/(?P<b>\d+)(?![\w/])")


def resolution_mentions(text: str, home: str | None = None) -> list[dict[str, Any]]:
    """Resolution citations in ``text`` as dicts of Resolution fields plus ``span``; ``home`` is
    the issuer of the report's own conference, whose bare texts of a kind only it issues are its
    own (``Opinion 3`` in a report of the WTPF: ``home`` in ``resolution-numbers.csv``).

    Also read: a lower-case ``resolution`` after an issuer (``UNGA resolution 70/125`` ->
    ``A/RES/70/125``, ``ECOSOC resolution 2023/3`` -> ``E/RES/2023/3``: UN symbol prefixes
    are data), an issuer stated before in the sentence (``the General Assembly, in its
    resolution 66/184``) or after (``Resolution 37 of the WTDC``), a revision by a conference
    code (``(Rev. WTSA-20)``), Council session codes (``Res. 1332 (C16, last amended C19)`` ->
    Council, modified 2019), UNESCO resolutions (``resolution 42 C/45``, ``42 C/Resolution 41``)
    and lists whose last item carries the revision (``Resolutions 71 and 140 (Rev. Dubai, 2018)``).
    """
    text = ocr_fixed(text)
    out: list[dict[str, Any]] = []
    for m in _pattern().finditer(text) if _A_WORD.search(text) else ():
        context = None if m.group("issuer") else _issuer_after(text, m.end())
        if context is None and not m.group("issuer") and m.group(0).rstrip()[-1] != ")":
            context = _issuer_before(text, m.start())  # only for a citation without a bracket
        if (c := _citation(m, context, home)) is not None:
            group = [c, *_listed_after(text, m, c["issuer"], home)]
            if len(group) > 1 and c["issuer"] is None and (after := _issuer_after(text, group[-1]["span"][1])):
                group = [_with_issuer(r, after) if r["issuer"] is None else r for r in group]
            out += _share_revision(group)
    for m in _un_res().finditer(text):
        if any(o["span"][0] <= m.start() < o["span"][1] for o in out):
            continue
        symbol = m.group(0)
        out.append(
            {
                "key": slug(symbol),
                "kind": "resolution",
                "adopted": None,
                "name": symbol,
                "number": f"{m.group('a')}/{m.group('b')}",
                "issuer": un_issuer(symbol),
                "revision_kind": None,
                "revision_place": None,
                "revision_year": None,
                "span": m.span(),
            }
        )
    for m in _UNESCO_RES.finditer(text):
        if not any(o["span"][0] <= m.start() < o["span"][1] for o in out):
            out.append(_unesco_citation(m))
    out += [c for c in _organ_numbers(text) if not any(o["span"][0] <= c["span"][0] < o["span"][1] for o in out)]
    return sorted(out, key=lambda o: o["span"])


@cache
def _organ_number() -> re.Pattern[str]:
    """A UN organ's acronym right before a number of its shape, no word between (``UNGA 76/258``,
    ``ECOSOC 2031/12``): the organs with a ``bare_number`` in ``resolution_issuers.csv``."""
    organs = alternation([r["prefix"] for r in issuer_rows() if r.get("bare_number") and r["prefix"].isupper()])
    return re.compile(rf"(?<![\w\-])(?P<organ>{organs})\s+(?P<a>\d{{2,4}})/(?P<b>\d{{1,3}})(?![\w/])")


def _organ_numbers(text: str) -> list[dict[str, Any]]:
    """Resolutions cited by a UN organ's acronym and number alone (:func:`_organ_number`), keyed by
    their symbol (``UNGA 76/258`` is ``A/RES/76/258``)."""
    out = []
    for m in _organ_number().finditer(text):
        issuer = issuer_key(m.group("organ"))
        number = f"{m.group('a')}/{m.group('b')}"
        shape = next((s for s, i in _bare_un_numbers() if i == issuer), None)
        prefix = un_symbols().get(issuer or "")
        if issuer is None or shape is None or prefix is None or not shape.fullmatch(number):
            continue
        out.append(
            {
                "key": slug(f"{prefix}/{number}"),
                "kind": "resolution",
                "adopted": None,
                "name": m.group(0),
                "number": number,
                "issuer": issuer,
                "revision_kind": None,
                "revision_place": None,
                "revision_year": None,
                "span": m.span(),
            }
        )
    return out


#: a UNESCO General Conference resolution by its own symbol: ``42 C/Resolution 41``
#: and a bare UNESCO General Conference symbol, ``40 C/37``, which ITU texts cite for its resolution
_UNESCO_RES = re.compile(r"(?<![\w/])\d{2}\s?C/(?:Resolution\s+)?\d+(?![\w/])")


def _unesco_citation(m: re.Match[str]) -> dict[str, Any]:
    number = " ".join(m.group(0).replace("C/", " C/").split()).replace(" C/ ", " C/")
    return {
        "key": citation_key("unesco", number, None, None, None),
        "kind": "resolution",
        "adopted": None,
        "name": number,
        "number": number,
        "issuer": "unesco",
        "revision_kind": None,
        "revision_place": None,
        "revision_year": None,
        "span": m.span(),
    }


@cache
def _issuer_surfaces() -> re.Pattern[str]:
    issuers = alternation(issuer_prefixes(), each=surface_regex)
    return re.compile(rf"(?<![\w\-])(?P<issuer>{issuers})(?:{DASH}\d{{2}})?(?![\w\-])")


#: between an issuer and its citation: ``the General Assembly, in its resolution ...``, ``UNESCO
#: General Conference had adopted resolution ...`` (the rest of the issuer's name, then the verb)
_BY_ISSUER = re.compile(
    rf"(?:\s+[A-Z][\w\-]*){{0,3}}(?:\s*\([^()]{{1,40}}\))?\s*,?\s*(?:(?:{auxiliary_alternation('have')})\s+)?"
    r"(?:in|by|through|adopted)\s+(?:its\s+|their\s+)?\Z"
)
_OF_ISSUER = re.compile(r"\s+of\s+(?:the\s+)?")


def _issuer_before(text: str, start: int) -> str | None:
    """The issuer named before a citation in its sentence, as its subject (:data:`_BY_ISSUER`)."""
    window = text[max(0, start - 160) : start]
    found = list(_issuer_surfaces().finditer(window))
    last = found[-1] if found else None
    if last is None or re.search(r"(?i)resolution|decision", window[last.end() :]):
        return None
    if not _BY_ISSUER.match(window, last.end()):
        return None
    return issuer_key(last.group("issuer"))


def _issuer_after(text: str, end: int) -> str | None:
    """The issuer named right after a citation: ``Resolution 37 of the WTDC``."""
    of = _OF_ISSUER.match(text, end)
    if of is None:
        return None
    found = _issuer_surfaces().match(text, of.end())
    return issuer_key(found.group("issuer")) if found else None


def _with_issuer(r: dict[str, Any], issuer: str) -> dict[str, Any]:
    key = citation_key(issuer, r["number"], r["revision_kind"], r["revision_place"], r["revision_year"], r["kind"])
    return {**r, "issuer": issuer, "key": key}


def _share_revision(group: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``Resolutions 71 , 140 and 205 (Rev. Bucharest, 2022)``: the revision written after the
    last items of a list is that of the items before it that have none."""
    out: list[dict[str, Any]] = []
    carry: dict[str, Any] | None = None
    for r in reversed(group):
        if r["revision_kind"] is not None:
            carry = r
        elif carry is not None and r["kind"] == carry["kind"] and "/" not in r["number"]:
            fields = {f: carry[f] for f in ("revision_kind", "revision_place", "revision_year")}
            issuer = r["issuer"] or carry["issuer"]
            key = citation_key(
                issuer,
                r["number"],
                fields["revision_kind"],
                fields["revision_place"],
                fields["revision_year"],
                r["kind"],
            )
            r = {**r, **fields, "issuer": issuer, "key": key}
        out.append(r)
    return out[::-1]


#: the next number of a list after ``Resolutions N``: ``, M``, ``and M``, `` , M`` (spaced punctuation),
#: an ITU-R number with its revision (``Resolutions ITU-R 7-3 and ITU-R 61-2``)
_LIST_NEXT = re.compile(
    rf"\s*(?:,\s*(?:(?i:and)\s+)?|(?i:and)\s+|&\s*)(?:ITU{DASH}[RTD]\s+)?"
    rf"(?P<num>\d{{1,3}}{DASH}\d{{1,2}}(?![\w/]|{DASH}\d)|\d{{1,4}}[A-Z]?(?![\w/]|{DASH}\d))(?P<paren>\s*\([^()]{{1,60}}\))?"
)


def _listed_after(text: str, m: re.Match[str], issuer: str | None, home: str | None = None) -> list[dict[str, Any]]:
    """``Resolutions 1301, 1318 and 1327`` / ``PP Resolutions 140 (Rev. X, 2022) and 139 (Rev. X,
    2022)``: each listed number is a citation of the same issuer and kind, read like the first."""
    if not m.group("word").lower().endswith("s") or "/" in m.group("num"):
        return []
    lead = f"{m.group('issuer')} " if m.group("issuer") else ""
    word = m.group("word").rstrip("sS")
    out = []
    position = m.end()
    while (more := _LIST_NEXT.match(text, position)) is not None:
        written = f"{lead}{word} {more.group('num')}{more.group('paren') or ''}"
        one = _pattern().fullmatch(written)
        found = _citation(one, issuer, home) if one else None
        if found is None:
            break
        found["span"] = (more.start("num"), more.end())
        found["name"] = " ".join(written.split())
        out.append(found)
        position = more.end()
    return out


def _revision(m: re.Match[str], issuer: str | None) -> tuple[str | None, str | None, int | None, str | None]:
    """(revision kind, place, year, issuer) of a citation's bracket."""
    rev = m.group("rev")
    kind = None if rev is None else ("Modified" if rev.lower().startswith("mod") else "Rev.")
    place = (m.group("place") or "").strip() or None
    if place and place.isupper():  # "(REV. KIGALI, 2022)" in a title
        place = place.title()
    year = int(m.group("year")) if m.group("year") else None
    if m.group("hplace"):  # "(Johannesburg, 2008; Dubai, 2012; Hammamet, 2016)": last revised at the last venue
        kind, place, year = "Rev.", m.group("hplace").strip(), int(m.group("hyear"))
        place = place.title() if place.isupper() else place
    if m.group("code"):
        issuer = issuer or issuer_key(m.group("code"))
        year = full_year(int(m.group("yy")))
    if m.group("acode"):  # adopted at a conference named by its code: "Resolution 245 (WRC-19)"
        issuer = issuer or issuer_key(m.group("acode"))
    if m.group("session"):
        issuer = issuer or session_codes().get(m.group("session"))
        if m.group("my"):
            kind, year = "Modified", full_year(int(m.group("my")))
    return kind, place, year, issuer


@cache
def _bare_un_numbers() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(shape of a UN resolution number, issuer): ``bare_number`` in ``resolution_issuers.csv``."""
    return tuple((re.compile(r["bare_number"]), r["issuer"]) for r in issuer_rows() if r.get("bare_number"))


def _issuer_of_bare_un_number(number: str, before: str) -> str | None:
    """``resolution 60/252`` without its organ: the General Assembly's (session/number), and
    ``resolution 2006/46`` the Economic and Social Council's (year/number), by the shape of the
    number; not when another organ is named right before (``Human Rights Council resolution 32/13``)."""
    if "/" not in number or re.search(r"[A-Z][\w\-]*\s*$", before):
        return None
    return next((issuer for shape, issuer in _bare_un_numbers() if shape.fullmatch(number)), None)


def _citation(m: re.Match[str], context: str | None = None, home: str | None = None) -> dict[str, Any] | None:
    """One match of :func:`_pattern` as Resolution fields, or ``None`` when it cites nothing keyable;
    ``context`` is the issuer the sentence names around the citation, ``home`` the report's own
    conference (:func:`resolution_mentions`)."""
    number = re.sub(r"\s+", " ", m.group("num"))
    if re.fullmatch(r"\d{1,3}[OI]", number):  # OCR: "Resolution 4O", "Resolution 7I" are 40 and 71
        number = number[:-1] + ("0" if number[-1] == "O" else "1")
    issuer = issuer_key(m.group("issuer")) or issuer_key(m.group("sector")) or context
    if issuer is None and kind_of_word(m.group("word")) == "resolution":
        issuer = _issuer_of_bare_un_number(number, m.string[: m.start()])
    unesco = " C/" in number or re.match(r"\d{2}C/", number) is not None
    draft = number.startswith("[")  # a draft's number in brackets: "[COM5/7]", "[APT-2]"
    if m.group("word")[0].islower() and issuer is None and not unesco and not draft:
        return None  # "the resolution 3" without an issuer is not a citation
    what = kind_of_word(m.group("word"))
    if what != "resolution" and issuer is None and number.isdigit():
        issuer = issuer_by_number(int(number), text=what)  # "Decision 600": the Council's
        if issuer is None and home and issuer_by_number(int(number), text=what, kind="home") == home:
            issuer = home  # "Opinion 3" in a report of the WTPF
    dated = any(m.group(g) for g in ("rev", "aplace", "session", "acode"))
    if what != "resolution" and (issuer is None and not dated or "/" in number and not draft):
        return None  # "Decision 2" alone may be anyone's: only with an issuer or a venue
    adopted = (m.group("aplace"), int(m.group("ayear"))) if m.group("aplace") else None  # "Opinion 2 (Lisbon, 2009)"
    kind, place, year, issuer = _revision(m, issuer)
    if unesco:
        issuer, number = "unesco", re.sub(r"(\d{2})\s?C/", r"\1 C/", number)
    elif "/" in number and not un_issuer(number) and not draft:
        prefix = un_symbols().get(issuer or "")
        if prefix is None:
            return None  # "Resolution 3/2" of an unknown organ: not a resolution number we can key
        number = f"{prefix}/{number}"
    issuer = issuer or un_issuer(number)
    return {
        "key": citation_key(issuer, number, kind, place, year, what),
        "kind": what,
        "adopted": adopted,
        "name": re.sub(r"\s+", " ", m.group(0)).strip(),
        "number": number.split("/", 2)[-1] if un_issuer(number) else number,
        "issuer": issuer,
        "revision_kind": kind,
        "revision_place": place,
        "revision_year": year,
        "span": m.span(),
    }


def find_resolutions(report: ParsedReport) -> tuple[Resolution, ...]:
    """Resolutions cited in the report, one per key, ordered by first mention."""
    found: dict[str, dict[str, Any]] = {}
    local = report_venues(report)
    home = home_issuer(report)
    for order, text in _texts(report):
        for r in resolution_mentions(text, home):
            r = with_issuer_from_context(r, local)
            if r["issuer"] is None and r["kind"] != "resolution":
                continue  # a decision or opinion whose issuer is unknown
            entry = found.setdefault(r["key"], {**r, "paragraphs": {}})
            entry["paragraphs"][order] = None
    merge_bare(found)
    named = any(conference_code().search(t) for t in (report.title or "", *(p.text for p in report.paragraphs)))
    give_issuers_by_number(found, home, named=named)
    return tuple(
        Resolution(
            key=r["key"],
            name=r["name"],
            number=r["number"],
            issuer=r["issuer"],
            revision_kind=r["revision_kind"],
            revision_place=r["revision_place"],
            revision_year=r["revision_year"],
            paragraphs=tuple(sorted(r["paragraphs"])),
            kind=r["kind"],
        )
        for r in found.values()
    )


def _texts(report: ParsedReport) -> list[tuple[int, str]]:
    """(paragraph order, text) of every paragraph, after the report's title: a resolution text's
    own title (``RESOLUTION 75 (Rev. Hammamet, 2016)``) is a citation of it, said where the text
    it heads begins (the first paragraph)."""
    texts = [(p.order, p.text) for p in report.paragraphs]
    return [(report.paragraphs[0].order, report.title), *texts] if report.title and texts else texts


_CONFERENCE_CODE = re.compile(rf"(?P<code>[A-Z][A-Za-z]{{1,9}})\s*{DASH}?\s*(?P<yy>\d{{2}}|\d{{4}})")


def issuer_of_citation(phrase: str) -> str | None:
    """The body that speaks through ``phrase`` when it is a text or a session of an issuer:
    ``Resolution 1305`` (the Council), ``PP Resolution 140 (Rev. Dubai, 2018)`` (PP), ``PP-10``."""
    phrase = without_article(phrase.strip(" ,"), "the", "its")
    found = resolution_mentions(phrase)
    if found and found[0]["span"][0] == 0 and found[-1]["span"][1] >= len(phrase) - 1:
        r = with_issuer_from_context(found[0])
        if r["issuer"] is None and r["kind"] == "resolution" and r["number"].isdigit():
            return issuer_by_number(int(r["number"]))
        issuer: str | None = r["issuer"]
        return issuer
    if code := _CONFERENCE_CODE.fullmatch(phrase):
        return issuer_key(code.group("code"))
    return None
