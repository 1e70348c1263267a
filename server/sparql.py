"""The SPARQL 1.1 Protocol at ``/sparql`` and the named queries at ``/queries/NAME``.

- query: GET ``?query=``, POST form ``query=``, POST ``application/sparql-query``;
  ``default-graph-uri`` / ``named-graph-uri`` override FROM / FROM NAMED; otherwise the
  default graph is the union of all graphs.
- update: POST form ``update=`` or ``application/sparql-update``, only when
  ``config.update_enabled`` and with ``Authorization: Bearer <config.update_token>``.
- GET ``/sparql`` without a query: the service description (RDF Accept) or the query page (HTML).

Queries run through :mod:`server.executor` (killable worker processes, hard timeout);
answers are negotiated through :mod:`server.negotiation`; errors are answered by
:mod:`server.errors`.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Sequence
from urllib.parse import urlencode

from flask import Blueprint, Response, render_template, request, url_for
from flask_cors import CORS
from werkzeug.datastructures import MultiDict

from wsiskg.core import params, query_scan
from wsiskg.core.errors import InputError
from wsiskg.queries import NamedQuery, get_query, list_queries

from . import negotiation, service_description
from .context import get_config, get_executor, get_store
from .errors import BadRequest, Forbidden, PayloadTooLarge, Unauthorized, UnsupportedMediaType
from .executor import Job, Outcome
from .linked_data.links import local_href

bp = Blueprint("sparql", __name__)

#: read-only routes may be called from pages on other origins (e.g. YASGUI); the Authorization
#: header is not allowed cross-origin, so updates cannot be sent from another site's page
#: (``*``, not the echoed Origin: no credentials are involved, and no ``Vary: Origin`` is needed)
CORS(
    bp,
    resources={r"/sparql/?": {}, r"/queries(/.*)?": {}},
    origins="*",
    send_wildcard=True,
    methods=["GET", "POST", "OPTIONS"],
    allow_headers=["Content-Type", "Accept"],
    expose_headers=["X-SPARQL-Truncated", "X-SPARQL-Limit", "Warning"],
    max_age=3600,
)

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"
HTML_AND_SD = ["text/turtle", "text/html", "application/rdf+xml", "application/ld+json", "application/n-triples"]
#: request arguments of ``/queries/NAME`` that are not query parameters
RESERVED_ARGS = ("format", "_mediatype", "download", "limit", "offset")


# ---------------------------------------------------------------------------- helpers
def _endpoint_url() -> str:
    return request.base_url


def _limit_request() -> None:
    """413 for a request body over the cap (set before the body is read)."""
    cap = 3 * get_config().max_query_bytes + 8192
    request.max_content_length = cap
    if request.content_length is not None and request.content_length > cap:
        raise PayloadTooLarge(f"request body of {request.content_length} bytes is over the limit of {cap} bytes")


def _check_size(text: str, what: str) -> str:
    size = len(text.encode("utf-8"))
    limit = get_config().max_query_bytes
    if size > limit:
        raise PayloadTooLarge(f"{what} of {size} bytes is over the limit of {limit} bytes")
    return text


def _single(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise BadRequest(f"more than one '{name}' parameter; send exactly one")
    return values[0] if values else None


def _media_type() -> tuple[str, str | None]:
    content_type = request.mimetype or ""
    charset = request.mimetype_params.get("charset")
    return content_type.lower(), charset


def _body_text() -> str:
    _, charset = _media_type()
    if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        raise UnsupportedMediaType(f"the body must be UTF-8 encoded (got charset={charset})")
    try:
        return request.get_data(cache=True).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"the body is not valid UTF-8: {exc}") from exc


def _operation() -> tuple[str | None, str | None, list[str], list[str]]:
    """(kind, text, graph IRIs, named graph IRIs) of the request; kind is "query", "update" or None."""
    _limit_request()
    args = request.args
    if request.method == "GET":
        if "update" in args or "using-graph-uri" in args:
            raise BadRequest("SPARQL Update must be sent by POST (SPARQL 1.1 Protocol 2.2)")
        query = _single(args.getlist("query"), "query")
        return (
            "query" if query is not None else None,
            query,
            args.getlist("default-graph-uri"),
            args.getlist("named-graph-uri"),
        )
    content_type, _ = _media_type()
    if content_type == FORM:
        form = request.form
        queries = form.getlist("query") + args.getlist("query")
        updates = form.getlist("update")
        if queries and updates:
            raise BadRequest("send either 'query' or 'update', not both")
        if updates:
            return (
                "update",
                _single(updates, "update"),
                form.getlist("using-graph-uri") + args.getlist("using-graph-uri"),
                form.getlist("using-named-graph-uri") + args.getlist("using-named-graph-uri"),
            )
        query = _single(queries, "query")
        if query is None:
            raise BadRequest("the form has no 'query' or 'update' parameter")
        return (
            "query",
            query,
            form.getlist("default-graph-uri") + args.getlist("default-graph-uri"),
            form.getlist("named-graph-uri") + args.getlist("named-graph-uri"),
        )
    if content_type == QUERY_TYPE:
        return "query", _body_text(), args.getlist("default-graph-uri"), args.getlist("named-graph-uri")
    if content_type == UPDATE_TYPE:
        return "update", _body_text(), args.getlist("using-graph-uri"), args.getlist("using-named-graph-uri")
    raise UnsupportedMediaType(
        f"POST body must be {FORM}, {QUERY_TYPE} or {UPDATE_TYPE} (got {content_type or 'no Content-Type'})"
    )


def _iris(values: list[str]) -> tuple[str, ...]:
    for value in values:
        query_scan.iri(value)  # validates: raises QueryError (400) for a bad IRI
    return tuple(values)


def answer(outcome: Outcome) -> Response:
    """The HTTP response for an executed query."""
    mimetype = outcome.media_type
    response = Response(outcome.body, mimetype=mimetype)
    if mimetype.startswith("text/") or mimetype.endswith(("+json", "+xml")) or mimetype == "application/trig":
        response.headers["Content-Type"] = f"{mimetype}; charset=utf-8"
    response.headers["Vary"] = "Accept"
    if outcome.truncated:
        response.headers["X-SPARQL-Truncated"] = "true"
        response.headers["X-SPARQL-Limit"] = str(outcome.limit)
        response.headers["Warning"] = f'199 - "result truncated to {outcome.limit} rows"'
    if request.args.get("download"):
        name = "".join(c for c in request.args.get("download", "") if c.isalnum() or c in "-_") or "results"
        ext = negotiation.extension(mimetype)
        response.headers["Content-Disposition"] = f'attachment; filename="{name}.{ext}"'
    return response


def run_query(text: str, default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = ()) -> Response:
    """Run a query for the current request (negotiated, capped, with the hard timeout)."""
    _check_size(text, "query")
    query_scan.check_query(text, "this is a SPARQL Update; send it by POST as update= or application/sparql-update")
    config = get_config()
    job = Job(
        query=text,
        default_graphs=_iris(list(default_graphs)),
        named_graphs=_iris(list(named_graphs)),
        accept=request.headers.get("Accept"),
        format=negotiation.format_param(request.args),
        max_rows=config.max_rows,
        base_iri=_endpoint_url(),
    )
    return answer(get_executor().run(job))


def _authorize_update() -> None:
    config = get_config()
    if not config.update_enabled:
        raise Forbidden("SPARQL Update is disabled on this endpoint (read-only)")
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Unauthorized(
            "SPARQL Update needs 'Authorization: Bearer <token>'", {"WWW-Authenticate": 'Bearer realm="wsis-kg"'}
        )
    if not config.update_token or not hmac.compare_digest(token.strip().encode(), config.update_token.encode()):
        raise Forbidden("the update token is not valid")


def run_update(text: str, using: list[str], using_named: list[str]) -> Response:
    _authorize_update()
    _check_size(text, "update")
    query_scan.check_safe(text)
    text = query_scan.add_using(text, using, using_named)
    store = get_store()
    # the store keeps the default graph the merge of the named graphs (see core/store.py)
    store.update(text, base_iri=_endpoint_url())
    get_executor().store_changed()
    return Response(status=204)


# ---------------------------------------------------------------------------- routes
@bp.route("/sparql/", methods=["GET", "POST"], strict_slashes=False)
@bp.route("/sparql", methods=["GET", "POST"], strict_slashes=False)
def sparql() -> Response:
    kind, text, graphs, named = _operation()
    if kind == "update":
        return run_update(text or "", graphs, named)
    if kind == "query":
        return run_query(text or "", graphs, named)
    return describe_or_page()


def describe_or_page() -> Response:
    media = negotiation.choose(negotiation.format_param(request.args), request.headers.get("Accept"), HTML_AND_SD)
    if media == "text/html":
        response = Response(
            render_template(
                "sparql.html", queries=_examples(), formats=_download_formats(), endpoint=url_for("sparql.sparql")
            ),
            mimetype="text/html",
        )
    else:
        graph = service_description.describe(get_store(), _endpoint_url(), get_config().update_enabled)
        response = Response(service_description.serialize(graph, media), mimetype=media)
    response.headers["Vary"] = "Accept"
    return response


def _examples() -> list[dict[str, str]]:
    return [
        {"name": q.name, "title": q.title, "description": q.description, "text": q.text}
        for q in list_queries(internal=False)
    ]


def _download_formats() -> dict[str, list[dict[str, str]]]:
    def table(types: list[str]) -> list[dict[str, str]]:
        return [
            {"media": t, "alias": negotiation.BY_NAME[t].aliases[0], "label": negotiation.BY_NAME[t].label}
            for t in types
        ]

    return {
        "select": table(negotiation.SELECT_TYPES),
        "ask": table(negotiation.ASK_TYPES),
        "graph": table(negotiation.GRAPH_TYPES),
    }


def _query_view(q: NamedQuery) -> dict[str, object]:
    return {
        "name": q.name,
        "title": q.title,
        "description": q.description,
        "columns": list(q.columns),
        "params": [{"name": p.name, "type": p.type, "doc": p.doc} for p in q.params],
        "url": url_for("sparql.named_query", name=q.name, _external=True),
    }


def _wants_html(offered: list[str]) -> bool:
    """True when the client prefers HTML to everything else offered (a browser)."""
    media = negotiation.choose(negotiation.format_param(request.args), request.headers.get("Accept"), offered)
    return media == "text/html"


@bp.route("/queries", methods=["GET"])
def queries_index() -> Response:
    show_all = request.args.get("all") in ("1", "true", "yes")
    items = [_query_view(q) for q in list_queries(internal=show_all)]
    if _wants_html(["application/json", "text/html"]):
        response = Response(render_template("queries.html", queries=items), mimetype="text/html")
    else:
        response = Response(json.dumps({"queries": items}, ensure_ascii=False), mimetype="application/json")
    response.headers["Vary"] = "Accept"
    return response


@bp.route("/queries/<name>", methods=["GET", "POST"])
def named_query(name: str) -> Response:
    _limit_request()
    query = get_query(name)
    values = request.args if request.method == "GET" else request.values
    given = [(key, value) for key in values if key not in RESERVED_ARGS for value in values.getlist(key)]
    if request.method == "GET" and _wants_html([*negotiation.SELECT_TYPES, "text/html"]):
        return _named_query_page(query, given, _page_args(values))
    resolver = params.store_resolver(get_store().select)
    return run_query(params.bind_query(query, given, resolver, *_page_args(values)))


def _page_args(values: MultiDict[str, str]) -> tuple[str | None, str | None]:
    """``?limit=N&offset=M``: a page of a named query's rows."""
    return values.get("limit"), values.get("offset")


def _named_query_page(
    query: NamedQuery, given: list[tuple[str, str]], page: tuple[str | None, str | None] = (None, None)
) -> Response:
    """The query's results as an HTML table, its parameters as a form, download links (for browsers)."""
    filled = dict(given)
    error = None
    rows: list[list[dict[str, str]]] = []
    variables: list[str] = []
    truncated = False
    try:
        text = params.bind_query(query, given, params.store_resolver(get_store().select), *page)
        outcome = _execute(text, "json")
        doc = json.loads(outcome.body)
        variables = doc["head"]["vars"]
        rows = [[_cell(binding.get(v)) for v in variables] for binding in doc["results"]["bindings"]]
        truncated = outcome.truncated
    except InputError as exc:
        error = str(exc)
    args = [(k, v) for k, v in given if v]
    args += [(k, v) for k, v in zip(("limit", "offset"), page, strict=True) if v]
    downloads = [
        {"label": label, "href": url_for("sparql.named_query", name=query.name) + "?" + urlencode([*args, *extra])}
        for label, extra in (
            ("CSV", [("format", "csv"), ("download", query.name)]),
            ("TSV", [("format", "tsv"), ("download", query.name)]),
            ("JSON", [("format", "json"), ("download", query.name)]),
        )
    ]
    response = Response(
        render_template(
            "query.html",
            q=_query_view(query),
            filled=filled,
            error=error,
            variables=variables,
            rows=rows,
            truncated=truncated,
            limit=get_config().max_rows,
            downloads=downloads,
            sparql_href=url_for("sparql.sparql") + "?" + urlencode([("example", query.name)]),
        ),
        status=400 if error else 200,
        mimetype="text/html",
    )
    response.headers["Vary"] = "Accept"
    return response


def _cell(term: dict[str, str] | None) -> dict[str, str]:
    if term is None:
        return {"text": ""}
    if term["type"] == "uri":
        href = local_href(term["value"])
        return {"text": term["value"], "href": href, "short": href if href != term["value"] else term["value"]}
    return {"text": term["value"]}


def _execute(text: str, fmt: str) -> Outcome:
    query_scan.check_safe(text)
    config = get_config()
    job = Job(query=text, format=fmt, max_rows=config.max_rows, base_iri=_endpoint_url())
    return get_executor().run(job)
