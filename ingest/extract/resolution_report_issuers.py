"""Issuers of a report's resolution citations decided over the whole report.

The conferences it names by code (``WTDC-26``: a revision at a venue the data lacks), the
conference whose texts it cites bare (:func:`home_issuer`), the issuer a number alone implies
(:func:`give_issuers_by_number`) and bare citations merged into the one known citation of their
number (:func:`merge_bare`). Used by :func:`resolutions.find_resolutions`.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

from wsiskg.ingest.extract.meeting import surface_regex
from wsiskg.ingest.extract.resolution_issuers import (
    citation_key,
    issuer_by_number,
    issuer_key,
    issuer_rows,
)
from wsiskg.ingest.records import ParsedReport
from wsiskg.ingest.text import DASH, alternation, full_year


@cache
def conference_code() -> re.Pattern[str]:
    """A conference of an issuer that revises its texts, by code and year: ``WTDC-26``, ``PP-2026``."""
    codes = [r["prefix"] for r in issuer_rows() if r.get("venues") and " " not in r["prefix"]]
    alternatives = alternation(codes)
    return re.compile(rf"(?<![\w\-])(?P<code>{alternatives}){DASH}?(?P<year>\d{{2}}|(?:19|20)\d\d)(?![\w\-/])")


def report_venues(report: ParsedReport) -> dict[int, str]:
    """Year -> issuer of the conferences the report names by code (``WTDC-26`` -> 2026: ``wtdc``),
    for revisions at a venue the data does not list; a year two issuers met in is left out."""
    seen: dict[int, set[str]] = {}
    for text in (report.title or "", *(p.text for p in report.paragraphs)):
        for m in conference_code().finditer(text):
            year = int(m.group("year"))
            issuer = issuer_key(m.group("code"))
            if issuer:
                seen.setdefault(full_year(year) if year < 100 else year, set()).add(issuer)
    return {year: issuers.pop() for year, issuers in seen.items() if len(issuers) == 1}


def give_issuers_by_number(found: dict[str, dict[str, Any]], home: str | None = None, named: bool = True) -> None:
    """A ``Resolution 1305`` or ``Resolution 140 (Rev. Place, year)`` whose issuer no citation in
    the report names: the issuer whose resolutions alone carry such numbers (the Council numbers
    its own from 1000); else the report's own conference (``home``, :func:`home_issuer`: a
    WTSA document's ``Resolution 98`` is the WTSA's); else the issuer whose texts are cited bare
    by default (``default`` in ``ingest/data/resolution-numbers.csv``), for a citation without a
    revision or in a report that ``named`` no conference by code. A number that the report also
    cites with one known issuer (in several revisions) is that issuer's; with two, it stays
    without one (ambiguous)."""
    cited: dict[str, set[str]] = {}
    for r in found.values():
        if r["issuer"] is not None:
            cited.setdefault(r["number"], set()).add(r["issuer"])
    for key in list(found):
        r = found[key]
        if r["issuer"] is not None or r["kind"] != "resolution" or not r["number"].isdigit():
            if r["issuer"] is None and r["number"].startswith("[") and home:
                _move(found, key, home)  # a draft's "[COM3/4]" in a conference's own document
            continue
        issuer = issuer_by_number(int(r["number"]))
        if issuer is None and len(cited.get(r["number"], ())) == 1:
            issuer = next(iter(cited[r["number"]]))  # cited elsewhere in several revisions of one issuer
        elif issuer is None and r["number"] not in cited:
            default = issuer_by_number(int(r["number"]), default=True) if not (r["revision_kind"] and named) else None
            issuer = home or default
        if issuer is not None:
            _move(found, key, issuer)


def _move(found: dict[str, dict[str, Any]], key: str, issuer: str) -> None:
    """The citation ``key`` given ``issuer``: re-keyed, merged with the same citation of that issuer."""
    r = found[key]
    fields = (r["revision_kind"], r["revision_place"], r["revision_year"])
    new_key = citation_key(issuer, r["number"], *fields, r["kind"])
    target = found.setdefault(new_key, {**r, "issuer": issuer, "key": new_key, "paragraphs": {}})
    target["paragraphs"] = dict.fromkeys(sorted(set(target["paragraphs"]) | set(r["paragraphs"])))
    del found[key]


@cache
def _home_words() -> re.Pattern[str]:
    """Names of the ITU conferences and of their Sectors' bodies (``home`` in
    ``resolution_issuers.csv``), for :func:`home_issuer`."""
    words = {w.strip(): r["issuer"] for r in issuer_rows() for w in (r.get("home") or "").split(";") if w.strip()}
    words |= {r["prefix"]: r["issuer"] for r in issuer_rows() if r.get("venues")}
    forms = set(words) | {w.upper() for w in words}  # "COUNCIL 2007" in a title
    alternatives = alternation(forms, each=surface_regex)
    return re.compile(rf"(?<![\w\-])(?P<word>{alternatives})(?![\w])")


def home_issuer(report: ParsedReport) -> str | None:
    """The conference whose texts a report cites bare: the one its title and front matter name
    (``WORLD TELECOMMUNICATION STANDARDIZATION ASSEMBLY (WTSA-24)``, a TDAG or ITU-D study group
    report: the WTDC), or the one a resolution text's preamble names as its author (``The
    Plenipotentiary Conference of the International Telecommunication Union (Busan, 2014),``);
    when they name two, the one they name at least twice as often (a WTSA proposal's front that
    also names ITU-D once), else none."""
    front = [report.title or "", *(p.text for p in report.paragraphs if p.section == "front")]
    preamble = [
        p.text for p in report.paragraphs if re.match(r"The\s.{3,120}\((?:[^()]*,\s*)?(?:19|20)\d\d\),?$", p.text)
    ]
    for texts in (front, preamble):
        named = Counter(_home_issuer_of(m.group("word")) for text in texts for m in _home_words().finditer(text))
        named.pop(None, None)
        ranked = named.most_common(2)
        if len(ranked) == 1 or len(ranked) == 2 and ranked[0][1] >= 2 * ranked[1][1]:
            return ranked[0][0]
    return None


def _home_issuer_of(word: str) -> str | None:
    norm = " ".join(word.split()).lower()
    for r in issuer_rows():
        forms = [r["prefix"], *(r.get("home") or "").split(";")] if r.get("venues") or r.get("home") else []
        if any(norm == f.strip().lower() for f in forms if f.strip()):
            return r["issuer"]
    return None


def merge_bare(found: dict[str, dict[str, Any]]) -> None:
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
