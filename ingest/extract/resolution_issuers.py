"""Who issued a cited resolution: the issuers' data and the keys of citations.

Issuer prefixes, UN symbol prefixes, session codes, revising conferences' venues and the number
ranges that only one issuer uses are data (``ingest/data/resolution_issuers.csv``,
``ingest/data/resolution-numbers.csv``); :func:`citation_key` builds a citation's key from its
issuer, number and revision; :func:`with_issuer_from_context` gives a citation without an issuer
the one its revision or adoption names. Read by :mod:`resolutions` (mentions in a text) and
:mod:`resolution_report_issuers` (issuers decided over a whole report).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.tables import data_rows


@cache
def issuer_rows() -> tuple[dict[str, str], ...]:
    return tuple(data_rows("resolution_issuers.csv"))


@cache
def issuer_prefixes() -> dict[str, str]:
    return {r["prefix"]: r["issuer"] for r in issuer_rows()}


@cache
def un_symbols() -> dict[str, str]:
    """issuer key -> UN resolution symbol prefix (``unga`` -> ``A/RES``)."""
    return {r["issuer"]: r["un_symbol"] for r in issuer_rows() if r.get("un_symbol")}


@cache
def session_codes() -> dict[str, str]:
    """Session code -> issuer key (``C`` -> ``itu-council``: ``(C16, last amended C19)``)."""
    return {r["session_code"]: r["issuer"] for r in issuer_rows() if r.get("session_code")}


@cache
def _venues() -> dict[tuple[str, int], str]:
    """(place, year) of a revising conference -> issuer (``("Bucharest", 2022)`` -> ``itu-pp``)."""
    out: dict[tuple[str, int], str] = {}
    for r in issuer_rows():
        for venue in (v.strip() for v in (r.get("venues") or "").split(";")):
            place, _, year = venue.rpartition(" ")
            if place and year.isdigit():
                out[(place.lower(), int(year))] = r["issuer"]
    return out


@cache
def _modifying_issuer() -> str | None:
    """The one issuer whose texts are cited as ``(modified YEAR)``, if the data names one."""
    found = {r["issuer"] for r in issuer_rows() if r.get("issues_modified") == "yes"}
    return found.pop() if len(found) == 1 else None


def issuer_of_venue(place: str | None, year: int | None) -> str | None:
    """The conference that revised a resolution at ``place`` in ``year``, if known."""
    if not place or not year:
        return None
    place = re.sub(r"(?<=[a-z])1|1(?=[a-z])", "l", re.sub(r"(?<=[a-z])0|0(?=[a-z])", "o", place))  # OCR: l/1, o/0
    return _venues().get((re.sub(r"\s+", " ", place).lower(), year))


@cache
def after_word_issuers() -> tuple[str, ...]:
    """Issuers written after the word, ``Resolution ITU-R 61-2`` (``after_word`` in the data)."""
    return tuple(r["prefix"] for r in issuer_rows() if r.get("after_word") == "yes") or ("(?!)",)


def un_issuer(symbol: str) -> str | None:
    """The issuer of a UN resolution symbol (``E/RES/2023/3`` -> ``ecosoc``)."""
    for issuer, prefix in un_symbols().items():
        if symbol.startswith(prefix + "/"):
            return issuer
    return None


def issuer_key(written: str | None) -> str | None:
    if not written:
        return None
    norm = re.sub(r"\s+", " ", written)
    for prefix, key in issuer_prefixes().items():
        if prefix.lower() == norm.lower():
            return key
    return None


#: short key word of each kind of text (``itu-pp-dec-5``, ``wtpf-opinion-2``)
_KEY_WORDS = {"resolution": "res", "decision": "dec", "opinion": "opinion"}


def kind_of_word(word: str) -> str:
    """``Resolutions``/``Res.`` -> ``resolution``, ``Decision``/``Dec.`` -> ``decision``, ``Opinion`` -> ``opinion``."""
    w = word.lower()
    return "decision" if w.startswith("dec") else "opinion" if w.startswith("opinion") else "resolution"


def citation_key(
    issuer: str | None, number: str, rev: str | None, place: str | None, year: int | None, kind: str = "resolution"
) -> str:
    if un_issuer(number):
        return slug(number)
    parts = [issuer or "", _KEY_WORDS[kind], number]
    if rev == "Modified":
        parts += ["mod", str(year or "")]
    elif rev:
        parts += ["rev", place or "", str(year or "")]
    return slug(" ".join(p for p in parts if p))


def with_issuer_from_context(r: dict[str, Any], local: dict[int, str] | None = None) -> dict[str, Any]:
    """A citation without an issuer, given the one its revision or adoption names (``local``:
    the conferences the report names, by year)."""
    if r["issuer"] is not None:
        return r
    if r["revision_kind"] == "Rev.":
        # "Resolution 140 (Rev. Bucharest, 2022)": the conference that met there that year
        venue = issuer_of_venue(r["revision_place"], r["revision_year"])
        if venue is None and r["revision_place"] and r["revision_year"]:
            venue = (local or {}).get(r["revision_year"])
        if venue:
            key = citation_key(venue, r["number"], "Rev.", r["revision_place"], r["revision_year"], r["kind"])
            return {**r, "issuer": venue, "key": key}
    elif r["revision_kind"] == "Modified" and r["revision_place"] is None and _modifying_issuer():
        # "Resolution 1332 (modified 2024)": only the Council modifies its texts
        issuer = _modifying_issuer()
        return {
            **r,
            "issuer": issuer,
            "key": citation_key(issuer, r["number"], "Modified", None, r["revision_year"], r["kind"]),
        }
    elif r["adopted"]:
        # "Resolution 71 (Antalya, 2006)", "Opinion 2 (Lisbon, 2009)": adopted there
        venue = issuer_of_venue(*r["adopted"])
        if venue:
            return {**r, "issuer": venue, "key": citation_key(venue, r["number"], None, None, None, r["kind"])}
    return r


@cache
def _number_ranges() -> tuple[tuple[str, int, int, str, str], ...]:
    return tuple(
        (r["issuer"], int(r["min"]), int(r["max"]), r.get("kind") or "only", r.get("text") or "resolution")
        for r in data_rows("resolution-numbers.csv")
    )


def issuer_by_number(
    number: int, default: bool = False, text: str = "resolution", kind: str | None = None
) -> str | None:
    """The issuer whose ``text`` kind (resolutions, decisions, opinions) alone carries ``number``
    (``ingest/data/resolution-numbers.csv``: the Council's Decision 482 ... 6xx, the WTPF's
    Opinions); with ``default``, the issuer of a bare citation of such a number in a report of no
    conference; with ``kind``, the issuer of ranges of that kind (``home``: only in a report of that
    issuer)."""
    found = [
        issuer
        for issuer, low, high, range_kind, of in _number_ranges()
        if low <= number <= high
        and of == text
        and (range_kind == kind if kind else range_kind != "home" and (range_kind == "default") == default)
    ]
    return found[0] if len(found) == 1 else None
