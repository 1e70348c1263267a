"""The home page ``/`` (what the store holds, where to go next) and ``/search`` over labels."""

from __future__ import annotations

import json

import pyoxigraph as ox
from flask import Blueprint, Response, render_template, request

from wsiskg.core.params import apply
from wsiskg.queries import get_query, list_queries

from .context import get_store
from .linked_data.links import local_href
from .negotiation import choose, format_param

bp = Blueprint("home", __name__)

COUNTS = ("reports", "meetings", "people", "bodies", "requests", "deadlines")
#: the most search results listed
SEARCH_LIMIT = 50


def _text(row: dict[str, object], key: str) -> str:
    value = row.get(key)
    return "" if value is None else str(value)


def overview() -> dict[str, object]:
    """Counts, reports (newest meeting first) and the user-facing named queries."""
    store = get_store()
    _, count_rows = store.select(get_query("home-counts").text)
    counts = {k: int(_text(count_rows[0], k) or 0) if count_rows else 0 for k in COUNTS}
    _, report_rows = store.select(get_query("home-reports").text)
    reports = [
        {
            "href": local_href(_text(r, "report")),
            "title": _text(r, "title") or _report_name(r),
            "file": _text(r, "file"),
            "meeting": _text(r, "meetingLabel") or _text(r, "meeting"),
            "meeting_href": local_href(_text(r, "meeting")) if r.get("meeting") is not None else "",
            "dates": " – ".join(dict.fromkeys(d for d in (_text(r, "start"), _text(r, "end")) if d)),
            "graph_href": local_href(_text(r, "graph")),
        }
        for r in report_rows
    ]
    queries = [{"name": q.name, "title": q.title, "description": q.description} for q in list_queries(internal=False)]
    return {"counts": counts, "reports": reports, "queries": queries}


def _report_name(row: dict[str, object]) -> str:
    """A report without a title: "Report of <meeting>", else "Report <identifier>"."""
    meeting = _text(row, "meetingLabel")
    return f"Report of the {meeting}" if meeting else "Report " + _text(row, "report").rstrip("/").rsplit("/", 1)[-1]


@bp.route("/")
def home() -> Response:
    media = choose(format_param(request.args), request.headers.get("Accept"), ["text/html", "application/json"])
    view = overview()
    if media == "application/json":
        response = Response(json.dumps(view, ensure_ascii=False), mimetype="application/json")
    else:
        response = Response(render_template("home.html", v=view), mimetype="text/html")
    response.headers["Vary"] = "Accept"
    return response


def search(text: str) -> list[dict[str, str]]:
    """Entities whose label contains ``text`` (exact matches first, then the shortest labels)."""
    if not text.strip():
        return []
    query = apply(get_query("entity-labels").text, {"search": ox.Literal(text.strip())})
    _, rows = get_store().select(query)
    seen: dict[str, dict[str, str]] = {}
    for row in rows:
        iri, label = _text(row, "entity"), _text(row, "label")
        if iri not in seen:
            seen[iri] = {"iri": iri, "label": label, "href": local_href(iri)}
    wanted = text.strip().casefold()
    found = sorted(seen.values(), key=lambda r: (r["label"].casefold() != wanted, len(r["label"]), r["label"]))
    return found[:SEARCH_LIMIT]


@bp.route("/search")
def search_page() -> Response:
    text = request.args.get("q", "")
    media = choose(format_param(request.args), request.headers.get("Accept"), ["text/html", "application/json"])
    results = search(text)
    if media == "application/json":
        response = Response(
            json.dumps({"q": text, "results": results}, ensure_ascii=False), mimetype="application/json"
        )
    else:
        response = Response(render_template("search.html", q=text, results=results), mimetype="text/html")
    response.headers["Vary"] = "Accept"
    return response
