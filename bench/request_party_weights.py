"""Fit the request-party labeller (``ingest/data/request-party-weights.csv``) to annotations.

Training sentences are those of ``bench/request_clause_weights.py``'s cache that state an annotated
request's action (its distant supervision). In each, the annotated requester and addressees of
the aligned requests are placed on the tokens
(:func:`~wsiskg.ingest.extract.request_labeller.align`, with the scorer's ``same_actor`` for names
written otherwise) and turned into BIO tags; an averaged perceptron (plain Python) learns them over
the generic features of :func:`~wsiskg.ingest.extract.request_labeller.token_features`. Words seen
in fewer than ``--min-reports`` reports are no features (no report's tokens in the weights); the
lower-case form of a capitalised word (``cw:``) is kept only when the word is also written in lower
case in that many reports (a common noun, not a name).

    python bench/request_party_weights.py --ids /work/r11-look.txt --cache /tmp/look-cache.json
    python bench/request_party_weights.py --ids /work/r11-look.txt --cache ... --split   # fit odd, count even
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction_quality import read_ids, same_actor  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = ROOT / "ingest" / "data" / "request-party-weights.csv"

Example = tuple[list[list[str]], list[str]]


def _sentence_parties(rep: dict[str, Any], row: dict[str, Any]) -> list[tuple[str, str]]:
    """``(party, kind)`` of the requests aligned to a sentence (``A``: addressee, ``R``: requester)."""
    out: list[tuple[str, str]] = []
    for k in row["gold"]:
        g = rep["parties"][k]
        out += [(a, "A") for a in g["addressees"] if (a, "A") not in out]
        if g["requester"] and (g["requester"], "R") not in out:
            out.append((g["requester"], "R"))
    return out


#: read the labeller's context (the candidate parties, the item, the place) from the cache's rows
CONTEXT = True


def row_context(row: dict[str, Any]) -> Any:
    """The labeller's :data:`~wsiskg.ingest.extract.request_labeller.Context` of a cached sentence
    (None: the words alone, when ``CONTEXT`` is off or the cache predates it)."""
    if not CONTEXT or "ctx" not in row:
        return None
    return tuple(tuple(c) for c in row["ctx"]), row["item"], row["position"]


def examples(reports: dict[str, dict[str, Any]]) -> tuple[list[Example], Counter[str]]:
    """The tagged sentences of ``reports`` and counts of the parties aligned to tokens."""
    from wsiskg.ingest.extract.request_labeller import align, bio, token_features, tokenize

    out: list[Example] = []
    counts: Counter[str] = Counter()
    for rep in reports.values():
        for row in rep["rows"]:
            if not row["gold"]:
                continue
            toks = tokenize(row["sentence"])
            placed = []
            for party, kind in _sentence_parties(rep, row):
                span = align(party, toks, same_actor, row["sentence"])
                counts[f"{kind} gold"] += 1
                counts[f"{kind} aligned"] += span is not None
                if span is not None:
                    placed.append((span, kind))
            out.append((token_features(row["sentence"], toks, row_context(row)), bio(len(toks), placed)))
    return out, counts


def _vocabulary(reports: dict[str, dict[str, Any]], least: int) -> set[str]:
    """Features of words seen in at least ``least`` reports; ``cw:x`` when ``x`` is written in
    lower case in that many reports."""
    from wsiskg.ingest.extract.request_labeller import token_features

    seen: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for rep in reports.values():
        feats: set[str] = set()
        words: set[str] = set()
        for row in rep["rows"]:
            if not row["gold"]:
                continue
            for fs in token_features(row["sentence"], None, row_context(row)):
                feats.update(fs)
            words.update(w for w in row["sentence"].split() if w.islower())
        seen.update(feats)
        lower.update(w.strip(".,;:()") for w in words)
    return {f for f, n in seen.items() if n >= least and (not f.startswith("cw:") or lower[f[3:]] >= least)}


def fit(data: list[Example], keep: set[str], epochs: int, seed: int = 7) -> dict[str, dict[str, float]]:
    """A multiclass averaged perceptron over tokens (the previous tags: the gold ones)."""
    from wsiskg.ingest.extract.request_labeller import TAGS, tag_features

    w: dict[tuple[str, str], float] = defaultdict(float)
    total: dict[tuple[str, str], float] = defaultdict(float)
    stamp: dict[tuple[str, str], int] = defaultdict(int)
    step = 1
    order = list(range(len(data)))
    rnd = random.Random(seed)

    def bump(f: str, t: str, by: float) -> None:
        total[f, t] += (step - stamp[f, t]) * w[f, t]
        stamp[f, t] = step
        w[f, t] += by

    for _ in range(epochs):
        rnd.shuffle(order)
        for k in order:
            feats, gold = data[k]
            for i, base in enumerate(feats):
                prev = gold[i - 1] if i else "<s>"
                prev2 = gold[i - 2] if i > 1 else "<s>"
                fs = [f for f in [*base, *tag_features(prev, prev2, base[1])] if f in keep or f.startswith("t")]
                scores = {t: sum(w.get((f, t), 0.0) for f in fs) for t in TAGS}
                guess = max(TAGS, key=lambda t: (scores[t], t == "O"))
                if guess != gold[i]:
                    for f in fs:
                        bump(f, gold[i], 1.0)
                        bump(f, guess, -1.0)
                step += 1
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for (f, t), v in w.items():
        avg = (total[f, t] + (step - stamp[f, t]) * v) / step
        if avg:
            out[f][t] = avg
    return dict(out)


def _spans(tags: list[str], kind: str) -> set[tuple[int, int]]:
    out = set()
    for i, t in enumerate(tags):
        if t == f"B-{kind}":
            j = i + 1
            while j < len(tags) and tags[j] == f"I-{kind}":
                j += 1
            out.add((i, j))
    return out


def evaluate(data: list[Example], w: dict[str, dict[str, float]]) -> str:
    """Exact-span precision and recall of addressees and requesters."""
    from wsiskg.ingest.extract.request_labeller import tag

    lines = []
    for kind in ("A", "R"):
        tp = fp = fn = 0
        for feats, gold in data:
            got, want = _spans(tag(feats, w), kind), _spans(gold, kind)
            tp += len(got & want)
            fp += len(got - want)
            fn += len(want - got)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        lines.append(f"{kind}: tp={tp} fp={fp} fn={fn} P={p:.2f} R={r:.2f}")
    return "  ".join(lines)


def _write(w: dict[str, dict[str, float]], keep: int) -> int:
    rows = sorted(((f, t, v) for f, tv in w.items() for t, v in tv.items()), key=lambda r: -abs(r[2]))[:keep]
    with WEIGHTS.open("w", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["feature", "tag", "weight"])
        for f, t, v in sorted(rows):
            out.writerow([f, t, round(v, 2)])
    return len(rows)


def _cached(ids: set[str], caches: Sequence[Path]) -> dict[str, dict[str, Any]]:
    """The reports of ``ids`` found in the caches of ``request_clause_weights.py`` (none read again)."""
    known: dict[str, Any] = {}
    for c in caches:
        known.update(json.loads(c.read_text()))
    return {k: known[k] for k in sorted(ids) if k in known}


def family(rid: str) -> str:
    """The writer family of a report id: ``h14c`` of ``h14c-...``; older ids: ``other``."""
    m = re.match(r"h\d+[a-z]", rid)
    return m.group(0) if m else "other"


def _lofo(train: dict[str, Any], valid: dict[str, Any], least: int, epochs: int, only: Sequence[str] = ()) -> None:
    """Leave one writer family out: for each family of the validation reports (or of ``only``), fit
    on the training reports of the other families and count on the validation reports of that one."""
    for fam in sorted(only or {family(k) for k in valid}):
        a = {k: v for k, v in train.items() if family(k) != fam}
        b = {k: v for k, v in valid.items() if family(k) == fam}
        w = fit(examples(a)[0], _vocabulary(a, least), epochs)
        print(f"  without {fam} ({len(a)} reports), on its {len(b)}:", evaluate(examples(b)[0], w), flush=True)


def _right(got: str, want: list[str]) -> bool:
    return any(same_actor(g, got) for g in want)


def _sentence_class(row: dict[str, Any]) -> str:
    """A coarse class of a sentence for :func:`disagreements`: a list item or prose, the voice of
    its first verb of asking."""
    from wsiskg.ingest.extract.request_labeller import _BE, _anchors, tokenize

    toks = tokenize(row["sentence"])
    anchors = _anchors(row["sentence"], toks)
    low = [w.lower() for _, _, w in toks]
    passive = bool(anchors) and any(w in _BE for w in low[max(0, anchors[0] - 2) : anchors[0]])
    return f"{'item' if row['item'] else 'prose'}-{'passive' if passive else 'active' if anchors else 'verbless'}"


def disagreements(reports: dict[str, dict[str, Any]]) -> None:
    """Where the rules and the labeller (``lab``, cached with ``--compare``) read a sentence's
    requester or addressees differently, which one the annotation holds, by class of sentence."""
    tally: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for rep in reports.values():
        for row in rep["rows"]:
            if not row.get("rules") or not row.get("lab") or not row["gold"]:
                continue
            golds = [rep["parties"][k] for k in row["gold"]]
            want_r = [g["requester"] for g in golds if g["requester"]]
            want_a = [a for g in golds for a in g["addressees"]]
            cls = _sentence_class(row)
            lab_r, lab_a = row["lab"]
            rules_r = [r for r, _ in row["rules"]]
            rules_a = [a for _, adds in row["rules"] for a in adds]
            for part, mine, theirs, want in (
                ("requester", rules_r, [lab_r], want_r),
                ("addressee", rules_a, lab_a, want_a),
            ):
                if {x.lower() for x in mine} == {x.lower() for x in theirs}:
                    tally[part, cls]["agree"] += 1
                    tally[part, cls]["agree right"] += all(_right(x, want) for x in mine)
                    continue
                r_ok = sum(_right(x, want) for x in mine) / len(mine) if mine else 0
                l_ok = sum(_right(x, want) for x in theirs) / len(theirs) if theirs else 0
                tally[part, cls]["differ"] += 1
                tally[part, cls]["rules better" if r_ok > l_ok else "labeller better" if l_ok > r_ok else "tie"] += 1
    for (part, cls), c in sorted(tally.items()):
        print(f"{part:10} {cls:16}", " ".join(f"{k}={v}" for k, v in sorted(c.items())))


def main(argv: Sequence[str] | None = None) -> int:
    global CONTEXT
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ids", type=Path, required=True)
    ap.add_argument("--cache", type=Path, nargs="+", default=[Path("/tmp/request-clause-cache.json")])
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--keep", type=int, default=6000, help="the strongest (feature, tag) weights kept")
    ap.add_argument("--min-reports", type=int, default=5)
    ap.add_argument("--split", action="store_true", help="fit on alternate reports, count on the others; no CSV")
    ap.add_argument("--valid", type=Path, help="reports never fitted on, counted after the fit")
    ap.add_argument("--lofo", action="store_true", help="with --valid: leave each writer family out in turn; no CSV")
    ap.add_argument("--families", nargs="*", default=(), help="with --lofo: only these families (h14c ...)")
    ap.add_argument("--words-only", action="store_true", help="no context features (the round-11 labeller)")
    ap.add_argument("--no-write", action="store_true", help="count only; leave the CSV")
    ap.add_argument("--eval", action="store_true", help="count the CSV's weights on --valid; no fit")
    ap.add_argument("--disagree", action="store_true", help="rules against the labeller on --ids (a --compare cache)")
    args = ap.parse_args(argv)
    CONTEXT = not args.words_only
    reports = _cached(read_ids(args.ids), args.cache)
    valid = _cached(read_ids(args.valid), args.cache) if args.valid else {}
    if args.disagree:
        disagreements(reports)
        return 0
    data, counts = examples(reports)
    print(f"{len(reports)} reports, {len(data)} sentences;", dict(sorted(counts.items())))
    if args.eval:
        from wsiskg.ingest.extract.request_labeller import weights

        print(f"validation ({len(valid)} reports):", evaluate(examples(valid)[0], weights()))
        return 0
    if args.lofo:
        _lofo(reports, valid, args.min_reports, args.epochs, args.families)
        return 0
    if args.split:
        ids = sorted(reports)
        a = {k: reports[k] for k in ids[::2]}
        b = {k: reports[k] for k in ids[1::2]}
        w = fit(examples(a)[0], _vocabulary(a, args.min_reports), args.epochs)
        print("held-out half:", evaluate(examples(b)[0], w))
        return 0
    w = fit(data, _vocabulary(reports, args.min_reports), args.epochs)
    if args.no_write:
        print("no CSV written")
    else:
        print("rows written:", _write(w, args.keep))
    print("in-sample:", evaluate(data, w))
    if valid:
        print(f"validation ({len(valid)} reports):", evaluate(examples(valid)[0], w))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
