"""The report's title and lead: the title read across broken lines (:func:`record_title`), the
lead's texts with broken lines joined (:func:`lead_texts`), its headings (:func:`_headings`) and how many
paragraphs make the lead (:data:`LEAD_PARAGRAPHS`).
"""

from __future__ import annotations

import re

from wsiskg.ingest.extract.body_names import (
    find_body_names,
)
from wsiskg.ingest.records import Paragraph, ParsedReport

from .header_line_joins import goes_on_after_cut

#: how many leading paragraphs may state the meeting (after the title)
LEAD_PARAGRAPHS = 12


#: a header line is short and is no sentence
_HEADING_LINE = 120


def _headings(lead: list[Paragraph]) -> frozenset[int]:
    """The header lines of the lead: short lines of the front that end without a full stop."""
    return frozenset(
        p.order for p in lead if p.section == "front" and len(p.text) <= _HEADING_LINE and not p.text.endswith(".")
    )


#: a line that goes on in the next one: it ends with a hyphen after a letter, or without a
#: sentence's end before a line that starts with a small letter, or with a word that needs more
#: (``on``, ``and``) before a line that starts with a digit
_BROKEN = re.compile(r"(?:\w-|[^.;:!?)\]])$")
_GOES_ON = re.compile(r"[a-z]")
#: a line that is only a document symbol, maybe with its page (``EGH-9/4-E``): a running header
_RUNNING_SYMBOL = re.compile(r"[A-Z][\w&.\-]*/[\w/().\-]+(?:\s+(?i:page)\s+\d+)?")
_NEEDS_MORE = re.compile(r"(?:\w-|\b(?:and|on|from|to|of|in|at|between|the|by|until)|,)$")


def _name_goes_on(last: str, text: str) -> bool:
    """Whether a catalogue name starts at the end of ``last`` and ends in ``text`` (``... of the
    Council`` / ``Working Group on Languages``): a title broken inside a name."""
    if not last:
        return False
    start = max(0, len(last) - 80)  # the name's start is near the end of the line
    cut = len(last) - start
    return any(a < cut < b for _, (a, b) in find_body_names(f"{last[start:]} {text}"))


#: a front line that cannot open a title of its own: it goes on from the title (``SUMMARY RECORD`` /
#: ``OF THE FIFTH PLENARY MEETING``)
GOES_ON_FROM_TITLE = re.compile(r"(?i)^(?:of|on)\s+the\b")
#: a bracket that closes a name on the line above (``(POLICY AND LEGAL MATTERS)``)
_BRACKET_LINE = re.compile(r"\([^()]{2,80}\)")


def record_title(report: ParsedReport) -> str | None:
    """The report's title with the front lines that go on from it: a record's title written over
    lines (``SUMMARY RECORD`` / ``OF THE THIRD MEETING OF COMMITTEE 5`` / ``(POLICY AND LEGAL
    MATTERS)``; ``MINUTES`` / ``OF THE`` / ``FIFTH PLENARY MEETING``): a short front line that opens
    with ``of the`` (not a sentence's end, closed by a period), the lines it needs to end (one that ends with
    ``of the``) and a bracket under it."""
    title = report.title
    front = [p.text for p in report.paragraphs[:LEAD_PARAGRAPHS] if p.section == "front"]
    start = next(
        (
            i
            for i, t in enumerate(front)
            if GOES_ON_FROM_TITLE.match(t) and len(t) <= _HEADING_LINE and not t.rstrip().endswith(".")
        ),
        None,
    )  # not a sentence cut by a page (``of the Group since the last X meeting, which are summarized below.``)
    if not title or start is None or title.rstrip().endswith((".", ":")):
        return title
    end = start + 1
    while end < len(front) and _NEEDS_MORE.search(front[end - 1].lower()) and len(front[end]) <= _HEADING_LINE:
        end += 1
    if end < len(front) and _BRACKET_LINE.fullmatch(front[end].strip()):
        end += 1
    return " ".join([title, *front[start:end]])


def lead_texts(report: ParsedReport, lead: list[Paragraph]) -> list[tuple[int | None, str]]:
    """The title and the lead paragraphs, ``(order or None for the title, text)``, with a line
    broken in the layout joined to the next one (``... Child On-`` / ``line Protection``; ``held
    on 3 and`` / ``4 March 2031.``; a title cut after its joining word, ``... GOVERNING BOARD OF THE`` / ``X
    NETWORK``, :func:`.header_line_joins.goes_on_after_cut`): the joined text keeps the first line's order."""
    title = record_title(report)
    texts: list[tuple[int | None, str]] = [(None, title)] if title else []
    texts += [(p.order, p.text) for p in lead]
    # the lines the title was read across (``Report by the X secretariat`` / ``on the second meeting of the X``)
    # go on from it once: joined again, they would make a name of the title's end and their own
    taken = title[len(report.title) :] if title and report.title and title != report.title else ""
    out: list[tuple[int | None, str]] = []
    joins = -1  # the line the next one may go on from: a running header's symbol between them is skipped
    for order, text in texts:
        last = out[joins][1] if out and not (out[joins][0] is None and text in taken) else ""
        goes_on = _GOES_ON.match(text) or (text[:1].isupper() and _name_goes_on(last, text))
        goes_on = goes_on or (bool(out) and out[joins][0] is None and goes_on_after_cut(last, text))  # a title cut
        if (_BROKEN.search(last) and goes_on) or (_NEEDS_MORE.search(last) and text[:1].isdigit()):
            out[joins] = (out[joins][0], last[:-1] + text if last.endswith("-") else f"{last} {text}")
            continue
        out.append((order, text))
        joins = joins if _RUNNING_SYMBOL.fullmatch(text) and joins != -1 else len(out) - 1
    return out
