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

Bare citations (``the Resolution 101``, no issuer, no revision) are merged into the resolution
with that number cited elsewhere in the report with a known issuer when exactly one such
resolution exists; otherwise they stay a resolution of unknown issuer. "this Resolution"
(no number) is not a citation.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from wsiskg.ingest.extract.dates import read_table
from wsiskg.ingest.extract.meeting import slug, surface_regex
from wsiskg.ingest.records import ParsedReport, Resolution

_DASH = "-‐‑–"


@cache
def _issuers() -> dict[str, str]:
    return {r["prefix"]: r["issuer"] for r in read_table("resolution_issuers.csv")}


@cache
def _pattern() -> re.Pattern[str]:
    issuers = "|".join(surface_regex(p) for p in sorted(_issuers(), key=len, reverse=True))
    return re.compile(
        rf"(?:(?<![\w\-])(?P<issuer>{issuers})(?:[{_DASH}]\d{{2}})?(?:’s|'s)?\s+)?"
        rf"(?P<word>Resolutions?|Res\.)\s*(?:No\.\s*)?(?P<num>A/RES/\d+/\d+|\d+[A-Z]?(?![\w/]))"
        rf"(?:\s*\((?P<rev>Rev\.|Revised|Modified|Mod\.)\s*(?P<place>[A-Z][\w’'\- ]*?)?,?\s*(?P<year>(?:19|20)\d\d)\))?"
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


def _key(issuer: str | None, number: str, rev: str | None, place: str | None, year: int | None) -> str:
    if number.startswith("A/RES/"):
        return slug(number)
    parts = [issuer or "", "res", number]
    if rev == "Modified":
        parts += ["mod", str(year or "")]
    elif rev:
        parts += ["rev", place or "", str(year or "")]
    return slug(" ".join(p for p in parts if p))


def resolution_mentions(text: str) -> list[dict[str, Any]]:
    """Resolution citations in ``text`` as dicts of Resolution fields plus ``span``."""
    out: list[dict[str, Any]] = []
    for m in _pattern().finditer(text):
        number = m.group("num")
        issuer = _issuer_key(m.group("issuer"))
        if number.startswith("A/RES/"):
            issuer = issuer or "unga"
        rev = m.group("rev")
        kind = None if rev is None else ("Modified" if rev.startswith("Mod") else "Rev.")
        place = (m.group("place") or "").strip() or None
        year = int(m.group("year")) if m.group("year") else None
        out.append(
            {
                "key": _key(issuer, number, kind, place, year),
                "name": re.sub(r"\s+", " ", m.group(0)).strip(),
                "number": number.split("/", 2)[-1] if number.startswith("A/RES/") else number,
                "issuer": issuer,
                "revision_kind": kind,
                "revision_place": place,
                "revision_year": year,
                "span": m.span(),
            }
        )
    for m in _UN_RES.finditer(text):
        if any(o["span"][0] <= m.start() < o["span"][1] for o in out):
            continue
        symbol = f"A/RES/{m.group('a')}/{m.group('b')}"
        out.append(
            {
                "key": slug(symbol),
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


def find_resolutions(report: ParsedReport) -> tuple[Resolution, ...]:
    """Resolutions cited in the report, one per key, ordered by first mention."""
    found: dict[str, dict[str, Any]] = {}
    for p in report.paragraphs:
        for r in resolution_mentions(p.text):
            entry = found.setdefault(r["key"], {**r, "paragraphs": []})
            if p.order not in entry["paragraphs"]:
                entry["paragraphs"].append(p.order)
    # bare "Resolution N" -> the one known-issuer resolution N of the report
    for key in list(found):
        r = found[key]
        if r["issuer"] is not None or r["revision_kind"] is not None:
            continue
        same = [k for k, o in found.items() if o["number"] == r["number"] and o["issuer"] is not None]
        if len(same) == 1:
            target = found[same[0]]
            target["paragraphs"] = sorted(set(target["paragraphs"]) | set(r["paragraphs"]))
            del found[key]
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
        )
        for r in found.values()
    )
