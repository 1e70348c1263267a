"""Find WSIS action lines and SDGs mentioned in a report.

Action lines (codes and titles from ``ontology/gazetteers/action-lines.csv``):

- codes ``C1``..``C11`` on strict boundaries (not ``C22/45``, ``41 C/27``, ``C2C``, ``C4-2``);
  ranges ``C1-C11`` / ``C1–C11`` / ``C1 to C11``; lists ``C2, C4, C5 and C6`` are codes one by one;
- a sub-line written after its code or ``Action Line``: ``C7 e-health``, ``Action Line C7 E-Health``;
- titles and aliases, case-insensitively: multi-word ones anywhere (``Capacity Building`` -> C4),
  hyphenated e-words (``e-health``) anywhere, other one-word titles (``Media``) only after
  ``Action Line`` or in parentheses right after a code.

SDGs: stated references at the precision the text gives (goal, target, indicator, or the
framework as a whole), found by :mod:`wsiskg.ingest.extract.sdgs`.
"""

from __future__ import annotations

import re
from functools import cache

from wsiskg.ingest.extract.gazetteer import action_lines
from wsiskg.ingest.extract.sdgs import code_sort_key, stated_codes
from wsiskg.ingest.records import Mention, ParsedReport
from wsiskg.ingest.text import DASH, alternation

_CODE = r"C(?:1[01]|[1-9])"
_LB = r"(?<![\w/.&-])(?<!\d )"
_RB = r"(?![\w/&]|-\w|\.\d)"
_RANGE = re.compile(rf"{_LB}C(1[01]|[1-9])(?:\s*{DASH}\s*|\s+(?:to|through)\s+)C(1[01]|[1-9]){_RB}")
_SINGLE = re.compile(rf"{_LB}({_CODE}){_RB}")


@cache
def _title_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """(anywhere pattern, cue-only pattern, lower-case title -> code)."""
    anywhere: list[str] = []
    cued: list[str] = []
    codes: dict[str, str] = {}
    for entry in action_lines().values():
        for title in filter(None, (entry.title, entry.short_title, *entry.aliases)):
            codes.setdefault(" ".join(title.lower().split()), entry.code)
            multi = " " in title.strip()
            e_word = re.match(r"(?i)^e-?[a-z]+$", title) is not None
            (anywhere if multi or e_word else cued).append(title)

    def alt(titles: list[str]) -> str:
        return alternation(titles, spaces=True)

    p_any = re.compile(rf"(?<![\w-])(?i:{alt(anywhere)})(?![\w-])")
    p_cued = re.compile(rf"(?:(?i:Action\s+Lines?)\s+(?:{_CODE}\s+)?|(?:{_CODE})\s*\()(?P<t>(?i:{alt(cued)}))(?![\w-])")
    return p_any, p_cued, codes


@cache
def _subline_pattern() -> re.Pattern[str]:
    subs = {}
    for entry in action_lines().values():
        if entry.parent:
            for title in filter(None, (entry.title, entry.short_title, *entry.aliases)):
                subs[title.lower()] = entry.code
    alts = alternation(subs)
    return re.compile(rf"{_LB}(?P<parent>{_CODE})\s*[:(]?\s*(?P<sub>(?i:{alts}))(?![\w-])")


def action_line_codes(text: str) -> list[str]:
    """Action-line codes mentioned in ``text``, in order of first mention, without repeats."""
    known = action_lines()
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, code: str) -> None:
        if code in known and not any(start < e and s < end for s, e in taken):
            found.append((start, code))
            taken.append((start, end))

    for m in _subline_pattern().finditer(text):
        sub = action_lines_by_title().get(m.group("sub").lower())
        if sub and known[sub].parent == m.group("parent"):
            add(m.start(), m.end(), sub)
    for m in _RANGE.finditer(text):
        lo, hi = int(m.group(1)), int(m.group(2))
        if lo < hi:
            for n in range(lo, hi + 1):
                found.append((m.start(), f"C{n}"))
            taken.append(m.span())
    for m in _SINGLE.finditer(text):
        add(m.start(), m.end(), m.group(1))
    p_any, p_cued, codes = _title_patterns()
    for m in p_any.finditer(text):
        found.append((m.start(), codes[" ".join(m.group(0).lower().split())]))
    for m in p_cued.finditer(text):
        found.append((m.start("t"), codes[" ".join(m.group("t").lower().split())]))
    return _unique(found)


@cache
def action_lines_by_title() -> dict[str, str]:
    out: dict[str, str] = {}
    for entry in action_lines().values():
        for title in filter(None, (entry.title, entry.short_title, *entry.aliases)):
            out.setdefault(title.lower(), entry.code)
    return out


def sdg_codes(text: str) -> list[str]:
    """SDG codes stated in ``text`` (see :func:`wsiskg.ingest.extract.sdgs.stated_codes`)."""
    return stated_codes(text)


def _unique(found: list[tuple[int, str]]) -> list[str]:
    out: list[str] = []
    for _, code in sorted(found, key=lambda t: t[0]):
        if code not in out:
            out.append(code)
    return out


def concept_keys(text: str) -> list[str]:
    """``action-line:C4`` / ``sdg:9`` strings for everything mentioned in ``text``."""
    return [f"action-line:{c}" for c in action_line_codes(text)] + [f"sdg:{c}" for c in sdg_codes(text)]


def find_concepts(report: ParsedReport) -> tuple[Mention, ...]:
    """Action lines and SDGs mentioned in the report, each with every paragraph mentioning it."""
    refs: dict[tuple[str, str], list[int]] = {}
    for p in report.paragraphs:
        for code in action_line_codes(p.text):
            refs.setdefault(("action-line", code), []).append(p.order)
        for code in stated_codes(p.text):
            refs.setdefault(("sdg", code), []).append(p.order)
    order = {c: i for i, c in enumerate(action_lines())}
    return tuple(
        Mention(kind, code, tuple(sorted(set(orders))))
        for (kind, code), orders in sorted(
            refs.items(),
            key=lambda kv: (kv[0][0], _sort_key(kv[0][0], kv[0][1], order)),
        )
    )


def _sort_key(kind: str, code: str, order: dict[str, int]) -> tuple[int, int, str]:
    return (order.get(code, 0), 0, "") if kind == "action-line" else code_sort_key(code)
