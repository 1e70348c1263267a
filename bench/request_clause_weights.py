"""Fit the request-sentence detector (``ingest/data/request-clause-weights.csv``) to annotations.

Labels come by distant supervision: a sentence of a report is positive when it states the action
of one of the report's annotated requests (:func:`~wsiskg.ingest.extract.request_classifier.aligns`:
at least 70% of the action's content words). Each sentence also records whether the rules of
``requests.py`` read a request there. The model is an averaged perceptron (plain Python) over the
generic features of :func:`~wsiskg.ingest.extract.request_classifier.features`; the weights are
pruned to the strongest ``--keep`` features and written with the bias and the threshold.

    python bench/request_clause_weights.py --ids /work/r10-look.txt              # fit, write the CSV
    python bench/request_clause_weights.py --ids /work/r10-check.txt --eval      # P/R of the CSV's weights

``--eval`` counts, on the given reports, the sentences the detector marks against the aligned
ones: over all sentences, and over those where the rules read no request (where it is used).
The reports' sentences are cached in ``--cache`` (JSON keyed by report id); ``--fresh`` reads them again.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction_quality import DEFAULT_CORPUS, load_corpus, read_ids  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = ROOT / "ingest" / "data" / "request-clause-weights.csv"


#: also read each sentence the rules read a request in, or an annotated one, with the labeller
#: (``lab``: its requester and addressees, to compare with the rules' ``rules``)
COMPARE = False


def _read(path: Path, gold: list[dict[str, Any]]) -> dict[str, Any]:
    """The sentences of one report: text, place, the rules' verdict and parties, the labeller's
    context (the resolver's candidate parties) and the aligned annotations."""
    from wsiskg.ingest.extract import extract, requests
    from wsiskg.ingest.extract.document import document
    from wsiskg.ingest.extract.request_classifier import aligns
    from wsiskg.ingest.extract.request_learnt import party_context
    from wsiskg.ingest.extract.requests import _sentences
    from wsiskg.ingest.parse import parse
    from wsiskg.ingest.read import read

    report = parse(read(path))
    requests.LEARNT = False  # what the rules alone read
    readers: list[Any] = []
    plain = requests._Reader.read

    def kept(self: Any) -> Any:  # the reader, for its resolver and voice
        readers.append(self)
        return plain(self)

    requests._Reader.read = kept  # type: ignore[method-assign]
    try:
        found = extract(report)
    finally:
        requests._Reader.read = plain  # type: ignore[method-assign]
    reader = readers[-1] if readers else None
    doc = document(report)
    read_at: dict[int, list[Any]] = defaultdict(list)
    for r in found.requests:
        if r.addressees:
            read_at[r.paragraph].append(r)
    headings = {s.number: s.heading for s in report.sections}
    rows, aligned = [], set()
    for p in report.paragraphs:
        for i, (at, sentence) in enumerate(_sentences(p.text, doc.para(p.order).sentences)):
            flat = " ".join(sentence.split())
            hits = [k for k, g in enumerate(gold) if aligns(g.get("action") or "", flat)]
            aligned.update(hits)
            mine = [r for r in read_at.get(p.order, []) if (s := " ".join(r.sentence.split())) in flat or flat in s]
            place = (i, p.kind == "list-item", "")
            row = {
                "sentence": flat,
                "position": i,
                "item": p.kind == "list-item",
                "heading": headings.get(p.section, "") if p.kind != "heading" else "",
                "gold": hits,
                "ruled": bool(mine),
                "rules": [_parties(r.requester, r.addressees) for r in mine],
            }
            if reader is not None:
                row["ctx"] = [list(c) for c in party_context(reader, flat, place)[0]]
                if COMPARE and (hits or mine):
                    row["lab"] = _labelled_parties(reader, p.order, p.section, at, sentence, place)
            rows.append(row)
    parties = [{"requester": g.get("requester") or "", "addressees": g.get("addressees") or []} for g in gold]
    return {"rows": rows, "gold": len(gold), "aligned": len(aligned), "parties": parties}


def _parties(requester: Any, addressees: Any) -> list[Any]:
    """``[requester label, [addressee labels]]`` of a request read."""
    return [requester.label or requester.key, [a.label or a.key for a in addressees]]


def _labelled_parties(reader: Any, order: int, section: str, at: int, sentence: str, place: Any) -> list[Any] | None:
    """The parties the labeller reads in a sentence (as where the rules read none), else None."""
    from wsiskg.ingest.extract.request_learnt import _labelled, party_context

    voice = reader.author or reader.meeting_ref
    got = _labelled(reader, order, section, at, sentence, [], voice, party_context(reader, sentence, place))
    return _parties(got.requester, got.addressees) if got is not None else None


def _load(ids: set[str] | None, cache: Path, fresh: bool) -> dict[str, dict[str, Any]]:
    known: dict[str, Any] = {} if fresh or not cache.exists() else json.loads(cache.read_text())
    out = {}
    for rep in load_corpus(DEFAULT_CORPUS, ("dev",), ids=ids):
        if rep.rid not in known:
            try:
                known[rep.rid] = _read(rep.path, rep.gold.get("requests") or [])
            except Exception as exc:  # a report the pipeline cannot read is left out (the scorer scores it zero)
                print(f"  {rep.rid}: not read ({exc})", file=sys.stderr)
                continue
            if len(known) % 50 == 0:  # a long read survives an interruption
                cache.write_text(json.dumps(known))
                print(f"  {len(known)} reports read", file=sys.stderr, flush=True)
        out[rep.rid] = known[rep.rid]
    cache.write_text(json.dumps(known))
    return out


def _examples(reports: dict[str, dict[str, Any]]) -> list[tuple[list[str], int, bool]]:
    from wsiskg.ingest.extract.request_classifier import features

    out = []
    for rep in reports.values():
        for r in rep["rows"]:
            feats = features(r["sentence"], r["position"], r["item"], r["heading"])
            out.append((feats, 1 if r["gold"] else -1, r["ruled"]))
    return out


def fit(examples: list[tuple[list[str], int, bool]], epochs: int, seed: int = 7) -> dict[str, float]:
    """An averaged perceptron: ``feature -> weight`` (the bias as ``__bias__``)."""
    w: dict[str, float] = defaultdict(float)
    total: dict[str, float] = defaultdict(float)
    stamp: dict[str, int] = defaultdict(int)
    step = 1
    order = list(range(len(examples)))
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(order)
        for k in order:
            feats, y, _ = examples[k]
            feats = [*feats, "__bias__"]
            if y * sum(w[f] for f in feats) <= 0:
                for f in feats:
                    total[f] += (step - stamp[f]) * w[f]
                    stamp[f] = step
                    w[f] += y
            step += 1
    for f in list(w):
        total[f] += (step - stamp[f]) * w[f]
    return {f: total[f] / step for f in total if total[f]}


def _counts(examples: list[tuple[list[str], int, bool]], w: dict[str, float], cut: float, unruled: bool) -> str:
    tp = fp = fn = 0
    for feats, y, ruled in examples:
        if unruled and ruled:
            continue
        s = w.get("__bias__", 0.0) + sum(w.get(f, 0.0) for f in feats)
        tp += s > cut and y > 0
        fp += s > cut and y < 0
        fn += s <= cut and y > 0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"tp={tp} fp={fp} fn={fn} P={p:.2f} R={r:.2f}"


def _write(w: dict[str, float], keep: int, cut: float) -> None:
    strongest = sorted((f for f in w if f != "__bias__"), key=lambda f: -abs(w[f]))[:keep]
    with WEIGHTS.open("w", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["feature", "weight"])
        out.writerow(["__bias__", round(w.get("__bias__", 0.0), 3)])
        out.writerow(["__threshold__", round(cut, 3)])
        for f in sorted(strongest):
            out.writerow([f, round(w[f], 3)])


def _saved(path: Path = WEIGHTS) -> tuple[dict[str, float], float]:
    with path.open() as fh:
        w = {r["feature"]: float(r["weight"]) for r in csv.DictReader(fh)}
    return w, w.pop("__threshold__", 0.0)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ids", type=Path, required=True, help="the reports to fit on (or to evaluate)")
    ap.add_argument("--eval", action="store_true", help="only count how the CSV's weights do on --ids")
    ap.add_argument("--weights", type=Path, default=WEIGHTS, help="the CSV --eval counts (another fit's, to compare)")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--keep", type=int, default=3000, help="the strongest features kept")
    ap.add_argument("--threshold", type=float, default=None, help="score above which a sentence is a request")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/request-clause-cache.json"))
    ap.add_argument("--fresh", action="store_true")
    ap.add_argument("--compare", action="store_true", help="also read each request sentence with the labeller")
    ap.add_argument("--unruled", action="store_true", help="fit only on sentences where the rules read no request")
    ap.add_argument("--sweep", type=float, nargs="*", help="also count at these thresholds")
    ap.add_argument("--show", action="store_true", help="list the unruled sentences the detector marks")
    args = ap.parse_args(argv)
    global COMPARE
    COMPARE = args.compare
    reports = _load(read_ids(args.ids), args.cache, args.fresh)
    gold = sum(r["gold"] for r in reports.values())
    aligned = sum(r["aligned"] for r in reports.values())
    print(f"{len(reports)} reports, {gold} annotated requests, {aligned} aligned to a sentence")
    examples = _examples(reports)
    if args.eval:
        w, cut = _saved(args.weights)
    else:
        w = fit([e for e in examples if not (args.unruled and e[2])], args.epochs)
        cut = args.threshold if args.threshold is not None else 0.0
        _write(w, args.keep, cut)
        w, cut = _saved()
    print("all sentences:     ", _counts(examples, w, cut, unruled=False))
    print("no rule's request: ", _counts(examples, w, cut, unruled=True))
    if args.sweep:
        for k in args.sweep:
            print(f"  threshold {k:+.1f}, no rule's request:", _counts(examples, w, k, unruled=True))
    if args.show:
        for rep_id, rep in reports.items():
            for r in rep["rows"]:
                from wsiskg.ingest.extract.request_classifier import features

                s = w.get("__bias__", 0.0) + sum(
                    w.get(f, 0.0) for f in features(r["sentence"], r["position"], r["item"], r["heading"])
                )
                if not r["ruled"] and (s > cut or r["gold"]):
                    print(f"{rep_id}\t{s:+.1f}\t{'G' if r['gold'] else '-'}\t{r['sentence'][:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
