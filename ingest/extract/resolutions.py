"""Find resolutions cited in a report.

``PP-22 Resolution 140 (Rev. Bucharest, 2022)``, ``Council Resolution 1332 (Modified 2024)``,
``Resolution 71 (Rev. Bucharest, 2022)``, ``ITU-T Resolution 75``, ``WTDC Resolution 30 (Rev.
Kigali, 2022)``, ``Res. 140``, ``UNGA Resolution A/RES/70/125`` and any bare ``A/RES/n/m`` symbol.
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
(``venues`` in ``resolution_issuers.csv``); :func:`resolution_mentions` reports it as written.

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

from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.meeting import surface_regex
from wsiskg.ingest.records import ParsedReport, Resolution
from wsiskg.ingest.tables import data_rows
from wsiskg.ingest.text import DASH


@cache
def _issuer_rows() -> tuple[dict[str, str], ...]:
    return tuple(data_rows("resolution_issuers.csv"))


@cache
def _issuers() -> dict[str, str]:
    return {r["prefix"]: r["issuer"] for r in _issuer_rows()}


@cache
def _un_symbols() -> dict[str, str]:
    """issuer key -> UN resolution symbol prefix (``unga`` -> ``A/RES``)."""
    return {r["issuer"]: r["un_symbol"] for r in _issuer_rows() if r.get("un_symbol")}


@cache
def _session_codes() -> dict[str, str]:
    """Session code -> issuer key (``C`` -> ``itu-council``: ``(C16, last amended C19)``)."""
    return {r["session_code"]: r["issuer"] for r in _issuer_rows() if r.get("session_code")}


@cache
def _venues() -> dict[tuple[str, int], str]:
    """(place, year) of a revising conference -> issuer (``("Bucharest", 2022)`` -> ``itu-pp``)."""
    out: dict[tuple[str, int], str] = {}
    for r in _issuer_rows():
        for venue in (v.strip() for v in (r.get("venues") or "").split(";")):
            place, _, year = venue.rpartition(" ")
            if place and year.isdigit():
                out[(place.lower(), int(year))] = r["issuer"]
    return out


@cache
def _modifying_issuer() -> str | None:
    """The one issuer whose texts are cited as ``(modified YEAR)``, if the data names one."""
    found = {r["issuer"] for r in _issuer_rows() if r.get("issues_modified") == "yes"}
    return found.pop() if len(found) == 1 else None


def issuer_of_venue(place: str | None, year: int | None) -> str | None:
    """The conference that revised a resolution at ``place`` in ``year``, if known."""
    if not place or not year:
        return None
    return _venues().get((re.sub(r"\s+", " ", place).lower(), year))


@cache
def _pattern() -> re.Pattern[str]:
    issuers = "|".join(surface_regex(p) for p in sorted(_issuers(), key=len, reverse=True))
    codes = "|".join(re.escape(c) for c in sorted(_session_codes(), key=len, reverse=True)) or "(?!)"
    revised = r"(?:(?:last\s+)?(?:amended|modified|revised|rev\.)(?:\s+at)?)"
    return re.compile(
        rf"(?:(?<![\w\-])(?P<issuer>{issuers})(?:{DASH}\d{{2}})?(?:’s|'s)?\s+)?"
        rf"(?P<word>Resolutions?|Res\.|resolutions?|Decisions?|Dec\.|decisions?|Opinions?|opinions?)\s*(?:No\.\s*)?"
        rf"(?P<num>A/RES/\d+/\d+|\d{{1,4}}/\d{{1,4}}(?![\w/])|\d+[A-Z]?(?![\w/]))"
        rf"(?:\s*\((?:"
        rf"(?P<rev>Rev\.|Revised|Modified|Mod\.|(?i:revised|modified|mod\.|rev\.))\s*(?:(?P<code>[A-Z]{{2,5}}){DASH}(?P<yy>\d{{2}})"
        rf"|(?P<place>[A-Z][\w’'\- ]*?)?,?\s*(?P<year>(?:19|20)\d\d))"
        rf"|(?P<aplace>[A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*){{0,2}}),\s*(?P<ayear>(?:19|20)\d\d)"
        rf"|(?:adopted\s+(?:at\s+)?)?(?P<session>{codes}){DASH}?(?P<sy>\d{{2}})"
        rf"(?:\s*[,;]\s*{revised}\s+(?P=session){DASH}?(?P<my>\d{{2}}))?"
        rf")\))?"
    )


_UN_RES = re.compile(r"(?<![\w/])[AА]/RES/(?P<a>\d+)/(?P<b>\d+)(?![\w/])")


def _issuer_key(written: str | None) -> str | None:
    if not written:
        return None
    norm = re.sub(r"\s+", " ", written)
    for prefix, key in _issuers().items():
        if prefix.lower() == norm.lower():
            return key
    return None


#: short key word of each kind of text (``itu-pp-dec-5``, ``wtpf-opinion-2``)
_KEY_WORDS = {"resolution": "res", "decision": "dec", "opinion": "opinion"}


def _kind(word: str) -> str:
    """``Resolutions``/``Res.`` -> ``resolution``, ``Decision``/``Dec.`` -> ``decision``, ``Opinion`` -> ``opinion``."""
    w = word.lower()
    return "decision" if w.startswith("dec") else "opinion" if w.startswith("opinion") else "resolution"


def _key(
    issuer: str | None, number: str, rev: str | None, place: str | None, year: int | None, kind: str = "resolution"
) -> str:
    if re.match(r"[AE]/RES/", number):
        return slug(number)
    parts = [issuer or "", _KEY_WORDS[kind], number]
    if rev == "Modified":
        parts += ["mod", str(year or "")]
    elif rev:
        parts += ["rev", place or "", str(year or "")]
    return slug(" ".join(p for p in parts if p))


def resolution_mentions(text: str) -> list[dict[str, Any]]:
    """Resolution citations in ``text`` as dicts of Resolution fields plus ``span``.

    Also read: a lower-case ``resolution`` after an issuer (``UNGA resolution 70/125`` ->
    ``A/RES/70/125``, ``ECOSOC resolution 2023/3`` -> ``E/RES/2023/3``: UN symbol prefixes
    are data), a revision by a conference code (``(Rev. WTSA-20)``), and Council session
    codes (``Res. 1332 (C16, last amended C19)`` -> Council, modified 2019).
    """
    out: list[dict[str, Any]] = []
    for m in _pattern().finditer(text):
        if (c := _citation(m)) is not None:
            out.append(c)
            out += _listed_after(text, m)
    for m in _UN_RES.finditer(text):
        if any(o["span"][0] <= m.start() < o["span"][1] for o in out):
            continue
        symbol = f"A/RES/{m.group('a')}/{m.group('b')}"
        out.append(
            {
                "key": slug(symbol),
                "kind": "resolution",
                "adopted": None,
                "name": symbol,
                "number": f"{m.group('a')}/{m.group('b')}",
                "issuer": "unga",
                "revision_kind": None,
                "revision_place": None,
                "revision_year": None,
                "span": m.span(),
            }
        )
    return sorted(out, key=lambda o: o["span"])


#: the next number of a list after ``Resolutions N``: ``, M``, ``and M``, `` , M`` (spaced punctuation)
_LIST_NEXT = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?P<num>\d{1,4}[A-Z]?)(?![\w/])(?P<paren>\s*\([^()]{1,60}\))?"
)


def _listed_after(text: str, m: re.Match[str]) -> list[dict[str, Any]]:
    """``Resolutions 1301, 1318 and 1327`` / ``PP Resolutions 140 (Rev. X, 2022) and 139 (Rev. X,
    2022)``: each listed number is a citation of the same issuer and kind, read like the first."""
    if not m.group("word").lower().endswith("s") or "/" in m.group("num"):
        return []
    lead = f"{m.group('issuer')} " if m.group("issuer") else ""
    word = m.group("word").rstrip("s")
    out = []
    position = m.end()
    while (more := _LIST_NEXT.match(text, position)) is not None:
        written = f"{lead}{word} {more.group('num')}{more.group('paren') or ''}"
        one = _pattern().fullmatch(written)
        found = _citation(one) if one else None
        if found is None:
            break
        found["span"] = (more.start("num"), more.end())
        found["name"] = " ".join(written.split())
        out.append(found)
        position = more.end()
    return out


def _citation(m: re.Match[str]) -> dict[str, Any] | None:
    """One match of :func:`_pattern` as Resolution fields, or ``None`` when it cites nothing keyable."""
    number = m.group("num")
    issuer = _issuer_key(m.group("issuer"))
    if m.group("word")[0].islower() and issuer is None:
        return None  # "the resolution 3" without an issuer is not a citation
    what = _kind(m.group("word"))
    rev = m.group("rev")
    if what != "resolution" and (issuer is None and rev is None and m.group("aplace") is None or "/" in number):
        return None  # "Decision 2" alone may be anyone's: only with an issuer or a venue
    kind = None if rev is None else ("Modified" if rev.lower().startswith("mod") else "Rev.")
    adopted = None
    if m.group("aplace"):  # "Opinion 2 (Lisbon, 2009)": where it was adopted names the issuer
        adopted = (m.group("aplace"), int(m.group("ayear")))
    place = (m.group("place") or "").strip() or None
    year = int(m.group("year")) if m.group("year") else None
    if m.group("code"):
        issuer = issuer or _issuer_key(m.group("code"))
        year = 2000 + int(m.group("yy"))
    if m.group("session"):
        issuer = issuer or _session_codes().get(m.group("session"))
        if m.group("my"):
            kind, year = "Modified", 2000 + int(m.group("my"))
    if "/" in number and not number.startswith("A/RES/"):
        prefix = _un_symbols().get(issuer or "")
        if prefix is None:
            return None  # "Resolution 3/2" of an unknown organ: not a resolution number we can key
        number = f"{prefix}/{number}"
    if number.startswith("A/RES/"):
        issuer = issuer or "unga"
    return {
        "key": _key(issuer, number, kind, place, year, what),
        "kind": what,
        "adopted": adopted,
        "name": re.sub(r"\s+", " ", m.group(0)).strip(),
        "number": number.split("/", 2)[-1] if re.match(r"[AE]/RES/", number) else number,
        "issuer": issuer,
        "revision_kind": kind,
        "revision_place": place,
        "revision_year": year,
        "span": m.span(),
    }


def find_resolutions(report: ParsedReport) -> tuple[Resolution, ...]:
    """Resolutions cited in the report, one per key, ordered by first mention."""
    found: dict[str, dict[str, Any]] = {}
    for p in report.paragraphs:
        for r in resolution_mentions(p.text):
            r = _with_issuer_from_context(r)
            if r["issuer"] is None and r["kind"] != "resolution":
                continue  # a decision or opinion whose issuer is unknown
            entry = found.setdefault(r["key"], {**r, "paragraphs": {}})
            entry["paragraphs"][p.order] = None
    _merge_bare(found)
    _issuers_by_number(found)
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


def _with_issuer_from_context(r: dict[str, Any]) -> dict[str, Any]:
    """A citation without an issuer, given the one its revision or adoption names."""
    if r["issuer"] is not None:
        return r
    if r["revision_kind"] == "Rev.":
        # "Resolution 140 (Rev. Bucharest, 2022)": the conference that met there that year
        venue = issuer_of_venue(r["revision_place"], r["revision_year"])
        if venue:
            key = _key(venue, r["number"], "Rev.", r["revision_place"], r["revision_year"], r["kind"])
            return {**r, "issuer": venue, "key": key}
    elif r["revision_kind"] == "Modified" and r["revision_place"] is None and _modifying_issuer():
        # "Resolution 1332 (modified 2024)": only the Council modifies its texts
        issuer = _modifying_issuer()
        return {
            **r,
            "issuer": issuer,
            "key": _key(issuer, r["number"], "Modified", None, r["revision_year"], r["kind"]),
        }
    elif r["adopted"]:
        # "Resolution 71 (Antalya, 2006)", "Opinion 2 (Lisbon, 2009)": adopted there
        venue = issuer_of_venue(*r["adopted"])
        if venue:
            return {**r, "issuer": venue, "key": _key(venue, r["number"], None, None, None, r["kind"])}
    return r


@cache
def _number_ranges() -> tuple[tuple[str, int, int], ...]:
    return tuple((r["issuer"], int(r["min"]), int(r["max"])) for r in data_rows("resolution-numbers.csv"))


def _issuers_by_number(found: dict[str, dict[str, Any]]) -> None:
    """A bare ``Resolution 1305`` that no citation in the report names the issuer of: the issuer
    whose resolutions alone carry such numbers (the Council numbers its own from 1000)."""
    for key in list(found):
        r = found[key]
        if r["issuer"] is not None or r["revision_kind"] is not None or r["kind"] != "resolution":
            continue
        issuer = _issuer_by_number(int(r["number"])) if r["number"].isdigit() else None
        if issuer is None:
            continue
        new_key = _key(issuer, r["number"], None, None, None, r["kind"])
        target = found.setdefault(new_key, {**r, "issuer": issuer, "key": new_key, "paragraphs": {}})
        target["paragraphs"] = dict.fromkeys(sorted(set(target["paragraphs"]) | set(r["paragraphs"])))
        del found[key]


_CONFERENCE_CODE = re.compile(rf"(?P<code>[A-Z][A-Za-z]{{1,9}})\s*{DASH}?\s*(?P<yy>\d{{2}}|\d{{4}})")


def issuer_of_citation(phrase: str) -> str | None:
    """The body that speaks through ``phrase`` when it is a text or a session of an issuer:
    ``Resolution 1305`` (the Council), ``PP Resolution 140 (Rev. Dubai, 2018)`` (PP), ``PP-10``."""
    phrase = re.sub(r"^(?:[Tt]he|[Ii]ts)\s+", "", phrase.strip(" ,"))
    found = resolution_mentions(phrase)
    if found and found[0]["span"][0] == 0 and found[-1]["span"][1] >= len(phrase) - 1:
        r = _with_issuer_from_context(found[0])
        if r["issuer"] is None and r["kind"] == "resolution" and r["number"].isdigit():
            return _issuer_by_number(int(r["number"]))
        issuer: str | None = r["issuer"]
        return issuer
    if code := _CONFERENCE_CODE.fullmatch(phrase):
        return _issuer_key(code.group("code"))
    return None


def _issuer_by_number(number: int) -> str | None:
    """The issuer whose resolutions alone carry ``number`` (``ingest/data/resolution-numbers.csv``)."""
    found = [issuer for issuer, low, high in _number_ranges() if low <= number <= high]
    return found[0] if len(found) == 1 else None


def _merge_bare(found: dict[str, dict[str, Any]]) -> None:
    """A bare ``Resolution N`` is the one resolution N of a known issuer in the report."""
    known: dict[tuple[str, str], list[str]] = {}
    for k, o in found.items():
        if o["issuer"] is not None:
            known.setdefault((o["number"], o["kind"]), []).append(k)
    for key in list(found):
        r = found[key]
        if r["issuer"] is not None or r["revision_kind"] is not None:
            continue
        same = known.get((r["number"], r["kind"]), [])
        if len(same) == 1:
            target = found[same[0]]
            target["paragraphs"] = dict.fromkeys(sorted(set(target["paragraphs"]) | set(r["paragraphs"])))
            del found[key]
