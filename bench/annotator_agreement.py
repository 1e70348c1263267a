"""How far two annotators agree: a second, independent annotation scored against the first.

Some dev reports of ``bench/quality/dev/`` were annotated a second time by someone who never saw their
first annotation (``bench/quality/agreement/<id>/facts.json``, same format). This script scores the
second annotation as if it were the extractor's output, with the matching rules of
``bench/extraction_quality.py`` (the same functions), and prints the same table: precision, recall and
F1 per fact type, pooled over the reports, then the own meeting part by part. Agreement between two
careful readers of the guide is the ceiling of what an extractor can score on that fact type; a type
whose agreement is far below the issue's 0.85 line needs guide decisions, not rules.

    python bench/annotator_agreement.py                      # the table
    python bench/annotator_agreement.py --per-report         # + where the two annotations differ

The second annotation is converted to the extractor's shape (:func:`as_extracted`): the meeting with
its body, acronym, number and dates; people with their honorific, roles and country; organisations
with their acronyms; events with their start; requests as requester-addressee pairs. Matching is not
perfectly symmetric (a catalogue's forms are tried on the first annotation's side), so the figures are
an estimate of the ceiling, not a proof of it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction_quality import (  # noqa: E402
    DEFAULT_CORPUS,
    FACT_TYPES,
    Extracted,
    Person,
    Report,
    Score,
    meeting_breakdown,
    per_report,
    score_report,
    table,
)

DEFAULT_SECOND = DEFAULT_CORPUS / "agreement"


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _other_forms(facts: dict[str, Any]) -> dict[str, str]:
    """A body's other written form in the annotation's own lists (name -> acronym, acronym -> name), as
    the extractor's graph gives a party its catalogue acronym: ``RDF-CIS`` and ``Regional Development
    Forum for the CIS region`` are one party when the annotation lists them as one organisation."""
    bodies = [(o.get("name"), o.get("acronym")) for o in facts.get("organizations") or []]
    m = facts.get("meeting") or {}
    bodies.append((m.get("body"), m.get("acronym")))
    out: dict[str, str] = {}
    for name, acronym in bodies:
        if name and acronym:
            out.setdefault(str(name), str(acronym))
            out.setdefault(str(acronym), str(name))
    return out


def as_extracted(facts: dict[str, Any]) -> Extracted:
    """An annotation in the shape of the extractor's output, as the scorer reads it."""
    m = facts.get("meeting")
    meeting = None
    if m:
        meeting = {
            "body": _text(m.get("body")),
            "bodyAcronym": _text(m.get("acronym")),
            "number": _text(m.get("number")),
            "start": _text(m.get("start")),
            "end": _text(m.get("end")),
        }
    people = [
        Person(_text(p.get("name")), _text(p.get("honorific")), list(p.get("roles") or []), _text(p.get("country")))
        for p in facts.get("people") or []
    ]
    other = _other_forms(facts)

    def party(name: Any) -> tuple[str, str | None]:
        return (_text(name), other.get(_text(name)))

    requests = [
        (party(r.get("requester")), [party(a) for a in r.get("addressees") or []]) for r in facts.get("requests") or []
    ]
    return Extracted(
        meeting=meeting,
        people=people,
        organizations=[(_text(o.get("name")), o.get("acronym") or "") for o in facts.get("organizations") or []],
        events=[(_text(e.get("name")), _text(e.get("start"))) for e in facts.get("events") or []],
        deadlines=[_text(d.get("date")) for d in facts.get("deadlines") or []],
        documents=[_text(d) for d in facts.get("documents") or []],
        resolutions=[(_text(r.get("issuer")), _text(r.get("number"))) for r in facts.get("resolutions") or []],
        requests=requests,
    )


def pairs(corpus: Path, second: Path) -> list[tuple[Report, dict[str, Any]]]:
    """Each report with a second annotation: (the report with its first annotation, the second)."""
    out = []
    for folder in sorted(p for p in second.iterdir() if (p / "facts.json").is_file()):
        first = corpus / "dev" / folder.name
        if not (first / "facts.json").is_file():
            raise FileNotFoundError(f"{folder.name}: no first annotation under {corpus / 'dev'}")
        gold = json.loads((first / "facts.json").read_text(encoding="utf-8"))
        report = next(first.glob("report.*"))
        out.append((Report("dev", folder.name, report, gold), json.loads((folder / "facts.json").read_text("utf-8"))))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score a second annotation against the first (annotator agreement).")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder holding dev/ (default: %(default)s)")
    ap.add_argument("--second", type=Path, default=DEFAULT_SECOND, help="the second annotations (default: %(default)s)")
    ap.add_argument("--per-report", action="store_true", help="also list where the two annotations differ")
    args = ap.parse_args(argv)
    if not args.second.is_dir():
        print(f"error: no folder {args.second}; give --second with <id>/facts.json folders", file=sys.stderr)
        return 2
    try:
        found = pairs(args.corpus, args.second)
    except (FileNotFoundError, StopIteration, json.JSONDecodeError) as exc:
        print(f"error: {exc or 'a first annotation has no report'}; check --corpus and --second", file=sys.stderr)
        return 2
    totals = {k: Score() for k in FACT_TYPES}
    meetings = []
    details = []
    for report, second in found:
        got = as_extracted(second)
        outcomes = score_report(report.gold, got)
        meetings.append((report.gold.get("meeting"), got.meeting))
        for kind in FACT_TYPES:
            totals[kind].add(outcomes[kind].score)
        if args.per_report:
            details.append(per_report(report, outcomes, True))
    print(table("second annotation against the first", totals, len(found)) + "\n")
    print(meeting_breakdown("second annotation against the first", meetings) + "\n")
    if details:
        print("\n\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
