"""Actor-graph exports over HTTP, the interactive ``/graph`` view and the ``/stats`` page.

- ``/export/actors.graphml``, ``.gexf``, ``.cyjs`` (= ``.cytoscape.json``), ``.d3.json``, ``.dot``:
  the actor graph (see :mod:`wsiskg.core.actors`) with the filters ``?meeting=IRI`` and ``?types=person,body``.
- ``/graph``: cytoscape.js drawing of the actor graph (bundled under ``static/graph/``, works offline);
  click a node to open its page; filter by node type and meeting.
- ``/stats``: network statistics (:mod:`wsiskg.core.stats`) as HTML, or JSON by ``Accept``/``?_mediatype=json``.
"""

from __future__ import annotations

import json

from flask import Blueprint, Response, render_template, request
from flask_cors import CORS

from wsiskg.core import params
from wsiskg.core.actors import NODE_TYPES, normalise_types
from wsiskg.core.errors import InputError, WsisKgError
from wsiskg.core.export import GRAPH_FORMATS, NODE_COLOURS, export_bytes
from wsiskg.core.stats import stats as network_stats
from wsiskg.queries import get_query

from .context import get_config, get_store
from .errors import NotFound
from .linked_data.links import local_href
from .negotiation import choose, format_param

bp = Blueprint("exports", __name__)
#: exports and statistics are read-only: other origins may fetch them (``*``: no credentials involved)
CORS(
    bp,
    origins="*",
    send_wildcard=True,
    methods=["GET", "HEAD", "OPTIONS"],
    allow_headers=["Accept"],
    expose_headers=["Content-Disposition"],
    max_age=3600,
)

#: URL suffix -> export format
EXPORT_SUFFIXES: dict[str, str] = {
    "graphml": "graphml",
    "gexf": "gexf",
    "cyjs": "cytoscape",
    "cytoscape.json": "cytoscape",
    "d3.json": "d3",
    "dot": "dot",
}
#: the file suffix each format is downloaded with
DOWNLOAD_SUFFIX: dict[str, str] = {
    "graphml": "graphml",
    "gexf": "gexf",
    "cytoscape": "cyjs",
    "d3": "d3.json",
    "dot": "dot",
}


#: the request parameters each page takes (``type``: the /graph form's checkboxes, filtered in the browser)
PAGE_PARAMS: dict[str, tuple[str, ...]] = {
    "export": ("meeting", "types", "download"),
    "graph": ("meeting", "types", "type"),
    "stats": ("meeting", "format", "_mediatype"),
}


def _filters(page: str) -> tuple[str | None, str | None]:
    """``?meeting=`` (an IRI or a label naming one entity) and ``?types=``; 400 when either is not usable,
    given twice, or when the request has a parameter ``page`` does not take (it was silently ignored)."""
    takes = PAGE_PARAMS[page]
    for name in request.args:
        if name not in takes:
            raise InputError(f"unknown parameter {name!r}; this page takes: {', '.join(takes)}")
    for name in ("meeting", "types"):
        if len(request.args.getlist(name)) > 1:
            raise InputError(f"parameter {name!r} is given more than once; give it once")
    meeting = (request.args.get("meeting") or "").strip() or None
    if meeting:
        meeting = params.entity("meeting", meeting, get_store(), "Meeting")
    types = (request.args.get("types") or "").strip() or None
    try:
        normalise_types(types)
    except WsisKgError as exc:
        raise InputError(str(exc)) from exc
    return meeting, types


@bp.route("/export/actors.<path:suffix>")
def export_actors(suffix: str) -> Response:
    fmt = EXPORT_SUFFIXES.get(suffix)
    if fmt is None:
        raise NotFound(f"no export 'actors.{suffix}'; available: " + ", ".join(f"actors.{s}" for s in EXPORT_SUFFIXES))
    meeting, types = _filters("export")
    data = export_bytes(get_store(), fmt, get_config().base, meeting=meeting, types=types)
    response = Response(data, mimetype=GRAPH_FORMATS[fmt])
    if request.args.get("download"):
        response.headers["Content-Disposition"] = f'attachment; filename="actors.{DOWNLOAD_SUFFIX[fmt]}"'
    return response


def _meetings() -> list[dict[str, str]]:
    """Meetings for the filter menu (from the actor-graph node query)."""
    _, rows = get_store().select(get_query("actor-nodes").text)
    seen: dict[str, str] = {}
    for row in rows:
        if str(row["type"]) == "meeting":
            iri = str(row["node"])
            seen.setdefault(iri, str(row.get("label") or iri.rsplit("/", 1)[-1]))
    return [{"iri": k, "label": v} for k, v in sorted(seen.items())]


@bp.route("/graph")
def graph_view() -> str:
    meeting, types = _filters("graph")
    selected = sorted(normalise_types(types) or NODE_TYPES)
    return render_template(
        "graph.html",
        node_types=NODE_TYPES,
        colours=NODE_COLOURS,
        selected=selected,
        meetings=_meetings(),
        meeting=meeting,
        base=get_config().base,
        exports=[{"suffix": s, "format": f} for s, f in DOWNLOAD_SUFFIX.items()],
    )


@bp.route("/stats")
def stats_page() -> Response:
    meeting, _ = _filters("stats")
    media = choose(format_param(request.args), request.headers.get("Accept"), ["text/html", "application/json"])
    result = network_stats(get_store(), get_config().base, meeting=meeting)
    if media == "application/json":
        response = Response(json.dumps(result, ensure_ascii=False, indent=1), mimetype="application/json")
    else:
        for key in ("most_asked", "most_active", "action_lines", "sdgs", "actors"):
            for row in result[key]:
                row["href"] = local_href(row["iri"])
        for group in result["groups"]:
            for member in group["members"]:
                member["href"] = local_href(member["iri"])
        response = Response(render_template("stats.html", s=result, meetings=_meetings()), mimetype="text/html")
    response.headers["Vary"] = "Accept"
    return response
