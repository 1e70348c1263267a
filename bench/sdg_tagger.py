"""Benchmark: the SDG topic tagger against hand-labelled paragraphs (not part of the test run).

Run:  python bench/sdg_tagger.py [--split dev|kept-aside|all] [--threshold T] [--sweep] [--errors]
      python bench/sdg_tagger.py --cost     what tagging adds to a warm ingest of the sample report

``bench/sdg/paragraphs.csv`` holds paragraphs written and labelled by hand (goals a paragraph
is *about*, whether or not it names them) in the styles of several kinds of ITU report
(Council Working Group reports, Council summaries, WSIS Forum outcomes, study-group and
ITU-D reports). A third of them (``id % 3 == 0``) is kept aside: the lexicon is tuned on the
other two thirds (``dev``) only; ``kept-aside`` is scored once, at the end, to choose and
report the default threshold (the lowest giving pooled precision >= 0.85 there).

Scores are per goal (a target tag counts for its goal): precision, recall, and pooled
(micro-averaged) over all goals.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from wsiskg.ingest.extract.sdgs import DEFAULT_THRESHOLD, score_text

DATA = Path(__file__).resolve().parent / "sdg" / "paragraphs.csv"
GOAL_COUNT = 17


def load(split: str) -> list[tuple[str, set[str], str]]:
    rows = []
    with DATA.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            kept = int(r["id"]) % 3 == 0
            if split == "all" or (split == "kept-aside") == kept:
                rows.append((r["id"], {g for g in r["goals"].split(";") if g}, r["text"]))
    return rows


def predict(text: str, threshold: float) -> set[str]:
    return {code for code, (score, _) in score_text(text).items() if code.isdigit() and score >= threshold}


def evaluate(rows: list[tuple[str, set[str], str]], threshold: float) -> dict[str, tuple[int, int, int]]:
    """goal -> (true positives, false positives, false negatives); key "pooled" for the sum."""
    counts = {str(n): [0, 0, 0] for n in range(1, GOAL_COUNT + 1)}
    for _, gold, text in rows:
        guess = predict(text, threshold)
        for g in guess & gold:
            counts[g][0] += 1
        for g in guess - gold:
            counts[g][1] += 1
        for g in gold - guess:
            counts[g][2] += 1
    pooled = [sum(c[i] for c in counts.values()) for i in range(3)]
    out = {g: (c[0], c[1], c[2]) for g, c in counts.items()}
    out["pooled"] = (pooled[0], pooled[1], pooled[2])
    return out


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "–"


def table(counts: dict[str, tuple[int, int, int]]) -> str:
    lines = ["| goal | precision | recall | tp | fp | fn |", "|---|---|---|---|---|---|"]
    for g, (tp, fp, fn) in counts.items():
        lines.append(f"| {g} | {ratio(tp, tp + fp)} | {ratio(tp, tp + fn)} | {tp} | {fp} | {fn} |")
    return "\n".join(lines)


def errors(rows: list[tuple[str, set[str], str]], threshold: float) -> list[str]:
    out = []
    for pid, gold, text in rows:
        guess = predict(text, threshold)
        if guess != gold:
            evidence = {c: s for c, s in score_text(text).items() if c.isdigit()}
            out.append(f"{pid}: gold {sorted(gold)} guess {sorted(guess)} evidence {evidence}")
    return out


def cost(repeat: int = 15) -> None:
    """Tagging's share of a warm read -> validate of the sample, component by component (the tag
    step itself, and what its triples add to the model and to validation), medians of ``repeat``."""
    import statistics
    import time
    from dataclasses import replace

    from wsiskg.ingest.extract import extract
    from wsiskg.ingest.extract.sdgs import tag_topics
    from wsiskg.ingest.model import to_graph
    from wsiskg.ingest.parse import parse
    from wsiskg.ingest.read import read
    from wsiskg.ingest.validate import validate

    sample = Path(__file__).resolve().parents[1] / "samples" / "cwg-wsis-sdg-38-report.txt"
    base = "https://w3id.org/wsis-kg/"
    report = parse(read(sample))
    ex = extract(report)
    bare = replace(ex, topics=())

    def paired(with_tags, without_tags) -> float:
        """Median of the per-pair differences, the two runs interleaved (the machine's load drifts)."""
        diffs = []
        for _ in range(repeat):
            start = time.perf_counter()
            with_tags()
            middle = time.perf_counter()
            without_tags()
            diffs.append((middle - start) - (time.perf_counter() - middle))
        return statistics.median(diffs)

    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        validate(to_graph(extract(parse(read(sample))), base, "x"))
        runs.append(time.perf_counter() - start)
    total = statistics.median(runs)
    tagged, untagged = to_graph(ex, base, "x"), to_graph(bare, base, "x")
    added = {
        "tag": paired(lambda: tag_topics(report), lambda: None),
        "model": paired(lambda: to_graph(ex, base, "x"), lambda: to_graph(bare, base, "x")),
        "validate": paired(lambda: validate(tagged), lambda: validate(untagged)),
    }
    extra = sum(added.values())
    print(f"{len(ex.topics)} tags; warm read->validate {total:.3f} s")
    print(", ".join(f"{k} +{v * 1000:.0f} ms" for k, v in added.items()))
    print(f"tagging adds {extra * 1000:.0f} ms = {100 * extra / (total - extra):.1f}% of ingest without it")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "kept-aside", "all"), default="dev")
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument("--sweep", action="store_true", help="pooled precision/recall for thresholds 0.3..0.95")
    ap.add_argument("--errors", action="store_true", help="list the paragraphs tagged wrongly")
    ap.add_argument("--cost", action="store_true", help="what tagging adds to ingest time")
    args = ap.parse_args()
    if args.cost:
        cost()
        return
    rows = load(args.split)
    print(f"{len(rows)} paragraphs ({args.split}), threshold {args.threshold}")
    if args.sweep:
        print("| threshold | precision | recall |\n|---|---|---|")
        for t in [x / 20 for x in range(6, 20)]:
            tp, fp, fn = evaluate(rows, t)["pooled"]
            print(f"| {t:.2f} | {ratio(tp, tp + fp)} | {ratio(tp, tp + fn)} |")
        return
    print(table(evaluate(rows, args.threshold)))
    if args.errors:
        print("\n".join(errors(rows, args.threshold)))


if __name__ == "__main__":
    main()
