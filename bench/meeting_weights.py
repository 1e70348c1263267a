"""Fit the own-meeting ranker (``ingest/data/meeting_ranker.csv``) to annotations.

For each annotated report this reads the candidates of :mod:`wsiskg.ingest.extract.meeting_candidates`,
the features :func:`wsiskg.ingest.extract.meeting_ranking.evidence` gives each (the named evidence and
the generic traits: readers, where it is first stated, what it has, what its body is to the document,
what it is to the other candidates, the genre), and which candidate is the annotated meeting (``gold``:
body, number and dates as the scorer compares them, after :func:`.own_meeting.finished_meeting`; else
``body``: the body and number only, a mention read wrongly, which is no choice of the ranking's).

The ranker is linear: a candidate's score is the sum of its features' weights (the feature
``candidate``, on every one, is the threshold learnt); the best above 0 is chosen, else none. It is
fitted as a conditional logit (plain Python, gradient descent with an L2 penalty): the choices of a
report are its candidates and "none" (score 0); the annotated one (or none, for a report annotated with
no meeting) should win. Reports whose genre records no meeting, and those with an annotated meeting no
candidate is, are left out of the fit (no choice of the ranker's would be right).

    python bench/meeting_weights.py --train /work/r16-look.txt /work/r18-h14ka.txt --check /work/r19-h14kb.txt
    python bench/meeting_weights.py --train ... --check ... --families --write     # + leave-one-writer-out, CSV
    python bench/meeting_weights.py --check /work/r19-h14kb.txt --show             # each report's candidates

``--exclude`` (the check half) is never read. Features are cached in ``--cache`` (a JSON file) keyed
by report id; ``--fresh`` reads the reports again (after a change of the features).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction_quality import DEFAULT_CORPUS, load_corpus, meeting_parts, read_ids  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CSV = ROOT / "ingest" / "data" / "meeting_ranker.csv"

#: what each feature means (a reader of the CSV reads it beside the weight); features of a family
#: (``reader:X``, ``genre:X``, ...) by their prefix
MEANINGS = {
    "candidate": "every candidate (the threshold: a best candidate scoring 0 or less is no meeting)",
    "title-body": "the title names its body (the group of a Chairman's report; REPORT OF SUB-COMMITTEE A)",
    "front": "a header line names it (or only the title does)",
    "dateline": "a dateline dates it (Geneva / 3-4 May 2031; a sitting: Friday / 16 July 2004 / at 1440 hours)",
    "dated": "it has dates",
    "numbered": "it has a number (the 41st meeting)",
    "held": "a clause that names it says it was held (held / took place / met / convened)",
    "lead": "it is named in the lead (the first paragraphs)",
    "agreed": "two readers or more found it",
    "encloses": "its days hold another candidate's (the session around the meeting: a Council session, its plenary)",
    "addressed": "the document is addressed to it (REPORT OF X TO THE PREPCOM; the Council of a Chairman's report)",
    "prepares": "the report's meeting prepares it (Regional Preparatory Meeting for WTDC-14)",
    "hosts": "another candidate was held during it (held on the margins of the 72nd session of X): its host",
    "part-sitting": "a working party's or Question's meeting within its study group's days (the report's group)",
    "issue-date": "its one day is only a bare date line of the header (the day the document was issued)",
    "vaguer": (
        "no number and the days of a numbered candidate of another body, or found by group-held alone and the days"
        " of any candidate of another body whose name does not name the group (a vaguer reading of that meeting)"
    ),
    "organiser": (
        "its body organised a meeting another candidate names on its days (The meeting was organized by X under a"
        " heading naming the meeting): the organiser, not the body that met"
    ),
    "earlier": "another candidate is a later numbered meeting of its body (a record of two meetings is of the last)",
    "to-come": "it is still to come: stated only in short lines that say so or under a heading that does (NEXT STEPS)",
    "has:days": "it has a start day",
    "has:span": "it has an end day after its start (more than one day)",
    "has:place": "it has a place",
    "has:number": "it has a number",
    "body:title": "its body is the one the title says the document is of",
    "body:title-named": "its body is one the title names",
    "body:presumed": "its body is the group the report is presumed to be about (persons.presumed_meeting_body)",
    "body:symbol": "its body is the group the report's document symbols name most (CWG-ABC/3/9)",
    "body:catalogue": "its body is a body of the catalogue or the report names it (not a meeting's own name)",
    "among:only": "it is the only candidate",
    "among:same-body": "another candidate is of its body",
    "among:same-days": "another candidate has its days",
    "among:overlaps": "another candidate's days overlap its days (not the same days)",
    "among:within": "its days lie within another candidate's (not the same days)",
    "among:latest": "it starts after every other dated candidate",
    "among:earliest": "it starts before every other dated candidate",
    "among:undated-others": "it is dated and no other candidate is",
    "order:first": "the first reader of meeting_candidates.READERS to find one found it",
    "order:last": "the last candidate found",
}
PREFIX_MEANINGS = {
    "reader:": "the reader {} of meeting_candidates.READERS found it",
    "readers:": "this many readers found it (3: three or more)",
    "first:": "the first paragraph that states it is {} (title: only the title; header: a header line; lead: the lead)",
    "mentions:": "this many paragraphs state it (3: three or more; 0: the title only)",
    "genre:": "the report's genre is {} (genre.report_genre; none: no cue): every candidate, against the threshold",
    "candidates:": "the report has this many candidates (4: four or more): every candidate, against the threshold",
}


def meaning(feature: str) -> str:
    if feature in MEANINGS:
        return MEANINGS[feature]
    for prefix, text in PREFIX_MEANINGS.items():
        if feature.startswith(prefix):
            return text.format(feature[len(prefix) :])
    return ""


def _body_forms(key: str) -> list[str]:
    """The name and acronym of a body key from the gazetteer, else the key read as words."""
    from wsiskg.core.reference import gazetteer_rows

    for row in gazetteer_rows("bodies.csv"):
        if row["key"] == key:
            return [row["name"], row["acronym"], key.replace("-", " ")]
    return [key.replace("-", " ")]


def _match(gold: dict[str, Any], meeting: dict[str, Any]) -> str | None:
    """``gold`` (same body, number, dates: the scorer's ``meeting_parts``; the graph writes a one-day
    meeting's end), ``body`` (same body and number), else ``None``."""
    found = {
        "number": "" if meeting["number"] is None else str(meeting["number"]),
        "start": meeting["start"] or "",
        "end": meeting["end"] or meeting["start"] or "",
    }
    parts = meeting_parts(gold, found, _body_forms(meeting["body"]) + meeting.get("forms", []))
    if not (parts["body"] or _named_by_key(gold, meeting)) or not parts["number"]:
        return None
    return "gold" if parts["start"] and parts["end"] else "body"


def _named_by_key(gold: dict[str, Any], meeting: dict[str, Any]) -> bool:
    """The annotated name's words within the key of a body outside the catalogue (the graph labels it by
    the name the report writes, which the key is made of), small words (``gazetteer.small_words``) aside."""
    from wsiskg.ingest.extract.gazetteer import small_words

    key = [w for w in meeting["body"].split("-") if w not in small_words()]
    for name in (gold.get("body"), gold.get("acronym")):
        words = [w for w in re.findall(r"[a-z0-9]+", (name or "").casefold()) if w not in small_words()]
        if words and any(key[i : i + len(words)] == words for i in range(len(key))):
            return True
    return False


def _read(path: Path) -> dict[str, Any]:
    """The candidates of one report (each as the report states it once chosen), with their features,
    and whether its genre records a meeting."""
    from wsiskg.ingest.extract.document import new_document
    from wsiskg.ingest.extract.genre import records_meeting
    from wsiskg.ingest.extract.meeting_candidates import candidates
    from wsiskg.ingest.extract.meeting_ranking import evidence
    from wsiskg.ingest.extract.own_meeting import finished_meeting
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
        m = finished_meeting(report, names, c.meeting)
        rows.append(
            {
                "body": m.body,
                "number": m.number,
                "start": m.start.isoformat() if m.start else None,
                "end": m.end.isoformat() if m.end else None,
                "readers": list(c.readers),
                "forms": [f for n in names if n.key in (m.body, c.meeting.body) for f in n.surfaces()],
                "features": sorted(f),
            }
        )
    return {"records": records_meeting(report), "candidates": rows}


# ------------------------------------------------------------------------------------ the model


def score(w: dict[str, float], feats: Iterable[str]) -> float:
    from wsiskg.ingest.extract.meeting_ranking import score as ranked

    return ranked(feats, w)


def choice(w: dict[str, float], cands: list[dict[str, Any]]) -> int | None:
    """The index of the candidate the ranking chooses with weights ``w`` (:func:`.meeting_ranking.choose`)."""
    from wsiskg.ingest.extract.meeting_ranking import choose

    return choose([frozenset(c["features"]) for c in cands], w)


def target(item: dict[str, Any], abstain: bool = False) -> int | None | str:
    """The index of the annotated candidate; ``None`` when the report is annotated with none;
    ``'skip'`` when no candidate is the annotated meeting or the genre drops the meeting (with
    ``abstain``: ``None`` when no candidate is the annotated meeting with its dates, as none chosen
    is then one error, a wrong one two)."""
    gold = item["gold"]
    if not item["records"] or item.get("failed"):
        return "skip"
    if gold is None:
        return None
    kinds = [_match(gold, c) for c in item["candidates"]]
    for kind in ("gold",) if abstain else ("gold", "body"):
        if kind in kinds:
            return kinds.index(kind)
    return None if abstain else "skip"


def fit(
    items: list[dict[str, Any]],
    prior: dict[str, float],
    l2: float,
    epochs: int,
    rate: float,
    abstain: bool = False,
    traits_l2: float | None = None,
) -> dict[str, float]:
    """Conditional logit by gradient descent (AdaGrad steps): P(choice) = exp(score) / (1 + sum exp),
    "none" scoring 0; minimise the negative log-likelihood of the annotated choices plus ``l2`` times
    the squared distance of the weights from ``prior`` (the hand-named evidence's weights: where the
    reports say little, a feature keeps what its author knew of it); the generic traits, of no prior,
    by ``traits_l2`` (default ``l2``) times their squared weights."""
    traits_l2 = l2 if traits_l2 is None else traits_l2
    data = [(t, [c["features"] for c in i["candidates"]]) for i in items if (t := target(i, abstain)) != "skip"]
    w: dict[str, float] = dict(prior)
    g2: dict[str, float] = {}
    n = max(len(data), 1)
    for _ in range(epochs):
        grad: dict[str, float] = {
            f: 2 * (l2 if f in prior else traits_l2) * (v - prior.get(f, 0.0)) for f, v in w.items()
        }
        for t, cands in data:
            scores = [sum(w.get(f, 0.0) for f in fs) for fs in cands]
            top = max([0.0, *scores])
            exps = [math.exp(s - top) for s in scores]
            z = math.exp(-top) + sum(exps)
            for fs, e in zip(cands, exps, strict=True):
                for f in fs:
                    grad[f] = grad.get(f, 0.0) + e / z / n
            if t is not None:
                for f in cands[t]:
                    grad[f] = grad.get(f, 0.0) - 1.0 / n
        for f, g in grad.items():
            g2[f] = g2.get(f, 0.0) + g * g
            w[f] = w.get(f, 0.0) - rate * g / (math.sqrt(g2[f]) + 1e-8)
    return {f: round(v, 2) for f, v in w.items() if abs(round(v, 2)) > 0 or f in prior}


def classes(items: list[dict[str, Any]], w: dict[str, float]) -> dict[str, int]:
    """How many reports fall in each class of outcome: (a) the annotated meeting is a candidate and
    another or none is chosen; (b) no candidate is the annotated meeting; (c) one chosen where none is
    annotated."""
    out: dict[str, int] = {}
    for item in items:
        gold, cands, chosen = item["gold"], item["candidates"], choice(w, item["candidates"])
        kinds = [_match(gold, c) for c in cands] if gold else []
        if gold is None:
            key = "ok none" if chosen is None or not item["records"] else "(c) one chosen, none annotated"
        elif not item["records"]:
            key = "(g) genre records none"
        elif "gold" in kinds:
            key = "ok right" if chosen is not None and kinds[chosen] == "gold" else "(a) annotated is a candidate"
        elif "body" in kinds:
            ok = chosen is not None and kinds[chosen] == "body"
            key = "(b1) chosen, its dates wrong" if ok else "(b1+a) dates wrong, another chosen"
        else:
            key = "(b2) no candidate of its body" + (", one chosen" if chosen is not None else ", none chosen")
        out[key] = out.get(key, 0) + 1
    return dict(sorted(out.items()))


def accuracy(items: list[dict[str, Any]], w: dict[str, float]) -> tuple[int, int]:
    """Right choices (the annotated candidate, or none) of the reports the ranker can get right."""
    scored = [(t, choice(w, i["candidates"])) for i in items if (t := target(i)) != "skip"]
    return sum(t == c for t, c in scored), len(scored)


def meeting_row(items: list[dict[str, Any]], w: dict[str, float]) -> str:
    """The benchmark's meeting row as the cache tells it (a meeting is matched when the chosen
    candidate is the annotated one with its dates): gold, extracted, matched, P, R, F1."""
    gold = sum(1 for i in items if i["gold"] is not None)
    chosen = [(i, c) for i in items if i["records"] and (c := choice(w, i["candidates"])) is not None]
    matched = sum(1 for i, c in chosen if i["gold"] is not None and _match(i["gold"], i["candidates"][c]) == "gold")
    p, r = matched / max(len(chosen), 1), matched / max(gold, 1)
    f1 = 2 * p * r / max(p + r, 1e-9)
    return f"gold {gold} extracted {len(chosen)} matched {matched} P {p:.3f} R {r:.3f} F1 {f1:.3f}"


def _family(rid: str) -> str:
    return rid[:4] if rid.startswith(("h14", "h11")) else "older"


def _load(ids_files: Sequence[Path], corpus: Path, cache: dict[str, Any], excluded: set[str]) -> list[dict[str, Any]]:
    ids: set[str] = set()
    for f in ids_files:
        ids |= read_ids(f) or set()
    items = []
    for rep in load_corpus(corpus, ["dev"], ids=ids - excluded):
        if rep.rid not in cache:
            try:
                cache[rep.rid] = _read(rep.path)
            except Exception as e:  # noqa: BLE001 (a report the reader fails on scores no meeting)
                print(f"{rep.rid}: {type(e).__name__}: {e}", file=sys.stderr)
                cache[rep.rid] = {"records": True, "candidates": [], "failed": True}
        items.append({"rid": rep.rid, "gold": rep.gold.get("meeting"), **cache[rep.rid]})
    return items


def _show(items: list[dict[str, Any]], w: dict[str, float], wrong_only: bool) -> None:
    for item in items:
        t, c = target(item), choice(w, item["candidates"])
        mark = "ok" if c == t else ("--" if t == "skip" else "XX")
        if wrong_only and mark != "XX":
            continue
        print(f"{mark} {item['rid']} gold={item['gold']} target={t} chosen={c} records={item['records']}")
        for i, cand in enumerate(item["candidates"]):
            kind = _match(item["gold"], cand) if item["gold"] else None
            days = f"#{cand['number']} {cand['start']}..{cand['end']}"
            print(f"   [{i}] {score(w, cand['features']):>6.2f} {kind or '':4} {cand['body']} {days}", end=" ")
            print(cand["readers"], cand["features"])


def priors(path: Path = CSV) -> dict[str, float]:
    """``feature -> prior`` of the CSV (the hand-named evidence's weights; the generic traits none)."""
    with path.open(encoding="utf-8") as fh:
        return {r["feature"]: float(r["prior"]) for r in csv.DictReader(fh) if r["prior"]}


def write_csv(w: dict[str, float], prior: dict[str, float], path: Path = CSV) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["feature", "weight", "prior", "meaning"])
        for f in sorted(w, key=lambda f: (f != "candidate", f not in prior, f)):
            out.writerow([f, f"{w[f]:.2f}", f"{prior[f]:.2f}" if f in prior else "", meaning(f)])


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", type=Path, nargs="*", default=[], help="ids files to fit on")
    ap.add_argument("--check", type=Path, nargs="*", default=[], help="ids files to validate on (never fitted)")
    ap.add_argument("--exclude", type=Path, help="ids never read (the check half)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/meeting-ranker-cache.json"))
    ap.add_argument("--fresh", action="store_true", help="read the reports again, not the cache")
    ap.add_argument("--show", action="store_true", help="print the check reports' candidates")
    ap.add_argument("--wrong", action="store_true", help="with --show: only the wrong choices")
    ap.add_argument("--families", action="store_true", help="leave-one-writer-family-out figures")
    ap.add_argument("--write", action="store_true", help="write the fitted weights to the CSV")
    ap.add_argument("--abstain", action="store_true", help="fit none where no candidate is the annotated meeting")
    ap.add_argument("--l2", type=float, default=0.03)
    ap.add_argument("--traits-l2", type=float, default=0.1, help="the generic traits' penalty (default --l2)")
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--rate", type=float, default=0.3)
    args = ap.parse_args(argv)

    from wsiskg.ingest.extract.meeting_ranking import weights

    excluded = read_ids(args.exclude) or set()
    cache: dict[str, Any] = {}
    if args.cache.is_file() and not args.fresh:
        cache = json.loads(args.cache.read_text(encoding="utf-8"))
    train = _load(args.train, args.corpus, cache, excluded)
    args.cache.write_text(json.dumps(cache), encoding="utf-8")
    check = [i for i in _load(args.check, args.corpus, cache, excluded) if i["rid"] not in {t["rid"] for t in train}]
    args.cache.write_text(json.dumps(cache), encoding="utf-8")

    current, prior = dict(weights()), priors()
    if args.show:
        _show(check, current, args.wrong)
    report = [("current", current)]
    if train:
        report.append(("fitted", fit(train, prior, args.l2, args.epochs, args.rate, args.abstain, args.traits_l2)))
    for name, w in report:
        for label, group in (("train", train), ("check", check)):
            right, n = accuracy(group, w)
            print(
                f"{name:8} {label}: choice {right}/{n}; " + ", ".join(f"{k} {v}" for k, v in classes(group, w).items())
            )
            print(f"{name:8} {label}: meeting {meeting_row(group, w)}")
    if args.families and train:
        for family in sorted({_family(i["rid"]) for i in check}):
            w = fit(
                [i for i in train if _family(i["rid"]) != family],
                prior,
                args.l2,
                args.epochs,
                args.rate,
                args.abstain,
                args.traits_l2,
            )
            held = [i for i in check if _family(i["rid"]) == family]
            (r0, n), (r1, _) = accuracy(held, current), accuracy(held, w)
            print(f"without {family}: on its check reports choice {r0}/{n} (current) -> {r1}/{n} (fitted without it)")
            print(f"   current {meeting_row(held, current)}\n   fitted  {meeting_row(held, w)}")
    if args.write and train:
        write_csv(report[-1][1], prior)
        print(f"wrote {CSV}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
