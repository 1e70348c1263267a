"""Fit the weights of the own-meeting evidence (``ingest/data/meeting_evidence.csv``) to annotations.

For each annotated report this reads the candidates of :mod:`wsiskg.ingest.extract.meeting_candidates`
and the features :mod:`wsiskg.ingest.extract.meeting_ranking` gives each, and finds which candidate
is the annotated meeting (``gold``: body, number and dates as the scorer compares them; else
``body``: the body and number only, a mention read wrongly, which is no choice of the ranking's).
It then fits integer weights by a perceptron (plain Python) on the training reports: the annotated
candidate should score highest and above the threshold; in a report that records a meeting but is
annotated with none, every candidate should score at or below the threshold.

    python bench/meeting_weights.py --split dev --exclude /work/ids.txt          # fit, print weights
    python bench/meeting_weights.py --split dev --exclude ids.txt --show         # + each report's candidates
    python bench/meeting_weights.py --ids look.txt --eval                        # accuracy of the CSV's weights

``--exclude`` leaves reports out of the fit (a set kept to check that the weights transfer);
``--eval`` only counts how often the current weights choose the annotated candidate. Features are
cached in ``--cache`` (a JSON file) keyed by report id; ``--fresh`` reads the reports again.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction_quality import DEFAULT_CORPUS, load_corpus, read_ids, same_body  # noqa: E402

THRESHOLD = 0


def _body_forms(key: str) -> list[str]:
    """The name and acronym of a body key from the gazetteer, else the key read as words."""
    from wsiskg.core.reference import gazetteer_rows

    for row in gazetteer_rows("bodies.csv"):
        if row["key"] == key:
            return [row["name"], row["acronym"], key.replace("-", " ")]
    return [key.replace("-", " ")]


def _match(gold: dict[str, Any], meeting: dict[str, Any]) -> str | None:
    """``gold`` (same body, number, dates), ``body`` (same body and number), else ``None``."""
    forms = _body_forms(meeting["body"]) + meeting.get("forms", [])
    if not same_body([gold.get("body"), gold.get("acronym")], forms):
        return None
    if gold.get("number") is not None and gold["number"] != meeting["number"]:
        return None
    if (gold.get("start") or None) != meeting["start"]:
        return "body"
    end = meeting["end"]
    ok = end == (gold.get("end") or None) or (not gold.get("end") and end in (None, gold.get("start")))
    return "gold" if ok else "body"


def _read(path: Path) -> dict[str, Any]:
    """The candidates of one report, with their features, and whether its genre records a meeting."""
    from wsiskg.ingest.extract.document import new_document
    from wsiskg.ingest.extract.genre import records_meeting
    from wsiskg.ingest.extract.meeting_candidates import candidates
    from wsiskg.ingest.extract.meeting_ranking import evidence
    from wsiskg.ingest.extract.study_groups import meeting_body_names
    from wsiskg.ingest.parse import parse
    from wsiskg.ingest.read import read

    report = parse(read(path))
    new_document(report)
    names = meeting_body_names(report)
    found = candidates(report, names)
    feats = evidence(report, names, found)
    rows = []
    for c, f in zip(found, feats, strict=True):
        m = c.meeting
        rows.append(
            {
                "body": m.body,
                "number": m.number,
                "start": m.start.isoformat() if m.start else None,
                "end": m.end.isoformat() if m.end else None,
                "readers": list(c.readers),
                "forms": [f for n in names if n.key == m.body for f in n.surfaces()],
                "features": sorted(f),
            }
        )
    return {"records": records_meeting(report), "candidates": rows}


def _score(w: dict[str, int], feats: Sequence[str]) -> int:
    return sum(w.get(f, 0) for f in feats)


def _choice(w: dict[str, int], cands: list[dict[str, Any]]) -> int | None:
    """The index of the best candidate above the threshold (ties: the first), as the ranking chooses."""
    scored = [(_score(w, c["features"]), -i) for i, c in enumerate(cands)]
    top = max(scored, default=None)
    return -top[1] if top is not None and top[0] > THRESHOLD else None


def _target(item: dict[str, Any]) -> int | None | str:
    """The index of the annotated candidate; ``None`` when the report records none; ``'skip'``
    when no candidate is the annotated meeting (a reader's miss) or the genre drops the meeting."""
    gold = item["gold"]
    if not item["records"]:
        return "skip"
    if gold is None:
        return None
    kinds = [_match(gold, c) for c in item["candidates"]]
    for kind in ("gold", "body"):
        if kind in kinds:
            return kinds.index(kind)
    return "skip"


def fit(items: list[dict[str, Any]], start: dict[str, int], epochs: int) -> dict[str, int]:
    """Perceptron: on each wrong choice, add the annotated candidate's features and subtract the
    chosen one's (a report annotated with none: subtract the chosen one's); keep the weights that
    made the fewest errors."""
    w = dict(start)
    best, best_err = dict(w), errors(items, w)
    for _ in range(epochs):
        for item in items:
            target = _target(item)
            if target == "skip":
                continue
            cands = item["candidates"]
            chosen = _choice(w, cands)
            if chosen == target:
                continue
            if isinstance(target, int):
                for f in cands[target]["features"]:
                    w[f] = w.get(f, 0) + 1
            if chosen is not None:
                for f in cands[chosen]["features"]:
                    w[f] = w.get(f, 0) - 1
        err = errors(items, w)
        if err < best_err:
            best, best_err = dict(w), err
    return best


def errors(items: list[dict[str, Any]], w: dict[str, int]) -> int:
    return sum(1 for i in items if (t := _target(i)) != "skip" and _choice(w, i["candidates"]) != t)


def classes(items: list[dict[str, Any]], w: dict[str, int]) -> dict[str, int]:
    """How many reports fall in each class of outcome (a table: no report named)."""
    out: dict[str, int] = {}
    for item in items:
        gold, cands, chosen = item["gold"], item["candidates"], _choice(w, item["candidates"])
        kinds = [_match(gold, c) for c in cands] if gold else []
        if gold is None:
            key = "no meeting: none chosen" if chosen is None or not item["records"] else "no meeting: one chosen"
        elif not item["records"]:
            key = "meeting: genre records none"
        elif not any(kinds):
            key = "meeting: no candidate of its body"
        elif chosen is not None and kinds[chosen] == "gold":
            key = "meeting: chosen right"
        elif chosen is not None and kinds[chosen] == "body":
            key = "meeting: chosen, read differently"
        else:
            key = "meeting: another chosen or none"
        out[key] = out.get(key, 0) + 1
    return dict(sorted(out.items()))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev", choices=("dev",))
    ap.add_argument("--ids", type=Path, help="only these report ids")
    ap.add_argument("--exclude", type=Path, help="leave these report ids out of the fit (shown as a count only)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/meeting-weights-cache.json"))
    ap.add_argument("--fresh", action="store_true", help="read the reports again, not the cache")
    ap.add_argument("--eval", action="store_true", help="only count the current weights' errors")
    ap.add_argument("--show", action="store_true", help="print each (non-excluded) report's candidates")
    ap.add_argument("--epochs", type=int, default=30)
    args = ap.parse_args(argv)

    from wsiskg.ingest.extract.meeting_ranking import weights

    ids = read_ids(args.ids)
    excluded = read_ids(args.exclude) or set()
    cache: dict[str, Any] = {}
    if args.cache.is_file() and not args.fresh:
        cache = json.loads(args.cache.read_text(encoding="utf-8"))
    train, held = [], []
    for rep in load_corpus(args.corpus, [args.split], ids=ids):
        if rep.rid not in cache:
            cache[rep.rid] = _read(rep.path)
        item = {"rid": rep.rid, "gold": rep.gold.get("meeting"), **cache[rep.rid]}
        (held if rep.rid in excluded else train).append(item)
    args.cache.write_text(json.dumps(cache), encoding="utf-8")

    current = dict(weights())
    if args.show:
        for item in train:
            t = _target(item)
            c = _choice(current, item["candidates"])
            mark = "ok" if c == t else ("--" if t == "skip" else "XX")
            print(f"{mark} {item['rid']} gold={item['gold']} target={t} chosen={c} records={item['records']}")
            for i, cand in enumerate(item["candidates"]):
                kind = _match(item["gold"], cand) if item["gold"] else None
                days = f"#{cand['number']} {cand['start']}..{cand['end']}"
                print(f"   [{i}] {_score(current, cand['features']):>3} {kind or '':4} {cand['body']} {days}", end=" ")
                print(cand["readers"], cand["features"])
    print(f"current weights: train errors {errors(train, current)}/{len(train)}", end=", ")
    print(f"excluded {errors(held, current)}/{len(held)}")
    for name, group in (("train", train), ("excluded", held)):
        print(f"{name}: " + ", ".join(f"{k} {n}" for k, n in classes(group, current).items()))
    if args.eval:
        return 0
    fitted = fit(train, current, args.epochs)
    print(f"fitted weights:  train errors {errors(train, fitted)}/{len(train)}", end=", ")
    print(f"excluded {errors(held, fitted)}/{len(held)}")
    for f in sorted(set(current) | set(fitted)):
        print(f"  {f:12} {current.get(f, 0):>4} -> {fitted.get(f, 0):>4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
