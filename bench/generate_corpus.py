"""Generate a corpus of report variants for benchmarks: other names, dates, numbers and bodies.

Run:  python bench/generate_corpus.py OUT_DIR [--count 1000] [--seed 1] [--source FILE.txt]

Each variant is a plain-text report made from a source report (by default the bundled
sample, ``samples/*.txt``) by generic rewrites, deterministic for a given seed and index:

* the meeting number (found as "Nth meeting") becomes another one everywhere it is used
  (ordinals, document symbols), so each variant is its own report (its own identifier);
* the years around the meeting's year are shifted by the same offset, and month names are
  permuted among months of the same length (dates stay valid);
* every person named after an honorific (``ingest/data/honorifics.csv``) gets another,
  made-up name, consistently through the text;
* counts of delegates, participants and documents change;
* a few ordinary paragraphs are dropped or repeated, so bodies differ in length a little.

No name, sentence or number of the source is written in this file: everything is found
by pattern in the source text.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import re
from collections import Counter
from pathlib import Path

from wsiskg.core.resources import read_text

ROOT = Path(__file__).resolve().parents[1]
SYLLABLES = "ka lo mi sa te ru na vi do pe an el or is ul ben dar fen gor hal jun kir lam mor nes pat".split()
_MONTH_DAYS = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def _csv(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(read_text("ingest", "data", name))))


def _honorific_pattern() -> re.Pattern[str]:
    forms = sorted({r["form"] for r in _csv("honorifics.csv")}, key=len, reverse=True)
    alt = "|".join(re.escape(f) for f in forms)
    word = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    return re.compile(rf"(?:\b(?:{alt})(?:\s+|(?<=\.)))+((?:{word}\s+){{0,2}}{word})\b")


def _months() -> dict[str, int]:
    return {r["name"]: int(r["month"]) for r in _csv("months.csv")}


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _made_up_name(rng: random.Random, used: set[str]) -> str:
    while True:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        if name not in used:
            used.add(name)
            return name


def _rename_people(text: str, rng: random.Random) -> str:
    tokens: dict[str, str] = {}
    used: set[str] = set()
    for m in _honorific_pattern().finditer(text):
        for token in m.group(1).split():
            if token not in tokens:
                tokens[token] = _made_up_name(rng, used)
    if not tokens:
        return text
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(tokens, key=len, reverse=True)) + r")\b")
    return pattern.sub(lambda m: tokens[m.group(1)], text)


def _renumber_meeting(text: str, number: int) -> str:
    found = Counter(re.findall(r"\b(\d+)(?:st|nd|rd|th)\s+meeting\b", text, flags=re.IGNORECASE))
    if not found:
        return text
    old = found.most_common(1)[0][0]
    text = re.sub(rf"\b{old}(?:st|nd|rd|th)\b", _ordinal(number), text)
    return re.sub(rf"(?<=[A-Za-z&-]){old}(?=/)", str(number), text)


def _shift_dates(text: str, rng: random.Random) -> str:
    years = Counter(int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", text))
    if years:
        year = years.most_common(1)[0][0]
        delta = rng.randint(-12, 3)
        text = re.sub(
            r"\b((?:19|20)\d\d)\b",
            lambda m: str(int(m.group(1)) + delta) if abs(int(m.group(1)) - year) <= 3 else m.group(1),
            text,
        )
    months = _months()
    by_length: dict[int, list[int]] = {}
    for month, days in _MONTH_DAYS.items():
        by_length.setdefault(days, []).append(month)
    perm: dict[int, int] = {}
    for group in by_length.values():
        shuffled = group[:]
        rng.shuffle(shuffled)
        perm.update(zip(group, shuffled, strict=True))
    full = {n: name for name, n in months.items() if len(name) > 3 or name == "May"}
    names = sorted((n for n in months if n in full.values()), key=len, reverse=True)
    return re.sub(r"\b(" + "|".join(names) + r")\b", lambda m: full[perm[months[m.group(1)]]], text)


def _recount(text: str, rng: random.Random) -> str:
    return re.sub(
        r"\b(\d+)(\s+(?:delegates|participants|documents|contributions))\b",
        lambda m: f"{max(1, int(int(m.group(1)) * rng.uniform(0.5, 1.8)))}{m.group(2)}",
        text,
    )


def _vary_bodies(text: str, rng: random.Random) -> str:
    out = []
    for line in text.splitlines():
        ordinary = len(line) > 200 and not re.match(r"^\s*\d", line)
        roll = rng.random()
        if ordinary and roll < 0.08:
            continue
        out.append(line)
        if ordinary and roll > 0.95:
            out.append(line)
    return "\n".join(out) + "\n"


def variant(source: str, index: int, seed: int) -> str:
    """The ``index``-th variant of ``source`` for ``seed`` (same arguments, same text)."""
    rng = random.Random(f"{seed}:{index}")
    text = _renumber_meeting(source, 100 + index)
    text = _shift_dates(text, rng)
    text = _rename_people(text, rng)
    text = _recount(text, rng)
    return _vary_bodies(text, rng)


def generate(out: Path, count: int, seed: int, source: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    text = source.read_text(encoding="utf-8")
    paths = []
    for i in range(count):
        p = out / f"variant-{i:04d}.txt"
        p.write_text(variant(text, i, seed), encoding="utf-8")
        paths.append(p)
    return paths


def default_source() -> Path:
    return sorted((ROOT / "samples").glob("*.txt"))[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--source", type=Path, default=None, help="a .txt report (default: the bundled sample)")
    args = ap.parse_args()
    paths = generate(args.out, args.count, args.seed, args.source or default_source())
    print(f"{len(paths)} variants in {args.out}")


if __name__ == "__main__":
    main()
