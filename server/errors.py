"""HTTP errors in one place: one table from exception to status, one negotiated error body.

400 bad query or request, 401/403 authentication, 404 unknown resource or query, 405 method,
406 nothing acceptable (with the list of what is offered), 413 too large, 415 wrong request
media type, 503 timeout or busy; 500 only for bugs. Clients get JSON
(``{"error": {"status", "title", "message", ...}}``), browsers HTML, ``text/plain`` on request.
"""

from __future__ import annotations

import logging
from html import escape
from typing import Any

from flask import Flask, Response, render_template_string, request
from werkzeug.exceptions import HTTPException

from wsiskg.core.errors import InputError, QueryError, StoreError, UnknownQueryError, WsisKgError
from wsiskg.core.query_scan import error_position

from .executor import Busy, QueryTimeout
from .negotiation import NotAcceptable, negotiate

log = logging.getLogger(__name__)


class HttpError(WsisKgError):
    """An error that carries its HTTP status (and optional headers)."""

    status = 400

    def __init__(self, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.headers = headers or {}


class BadRequest(HttpError):
    status = 400


class Unauthorized(HttpError):
    status = 401


class Forbidden(HttpError):
    status = 403


class NotFound(HttpError):
    status = 404


class PayloadTooLarge(HttpError):
    status = 413


class UnsupportedMediaType(HttpError):
    status = 415


#: the one table: exception class -> HTTP status (first match in order wins)
STATUS: tuple[tuple[type[Exception], int], ...] = (
    (QueryError, 400),
    (InputError, 400),
    (UnknownQueryError, 404),
    (NotAcceptable, 406),
    (QueryTimeout, 503),
    (Busy, 503),
    (StoreError, 503),
)

TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    413: "Payload Too Large",
    415: "Unsupported Media Type",
    500: "Internal Server Error",
    503: "Service Unavailable",
}

ERROR_TYPES = ["application/json", "text/html", "text/plain"]

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ status }} {{ title }} - wsis-kg</title>
<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;padding:0 1em}
pre{white-space:pre-wrap;background:#f4f4f4;padding:1em}</style></head>
<body><h1>{{ status }} {{ title }}</h1><pre class="error-message">{{ message }}</pre>
{% if offered %}<p>Offered media types:</p>
<ul>{% for m in offered %}<li><code>{{ m }}</code></li>{% endfor %}</ul>{% endif %}
<p><a href="/sparql">SPARQL query page</a></p></body></html>
"""


def status_for(exc: Exception) -> int:
    if isinstance(exc, HttpError):
        return exc.status
    for cls, status in STATUS:
        if isinstance(exc, cls):
            return status
    return 500


def error_response(
    status: int, message: str, extra: dict[str, Any] | None = None, headers: dict[str, str] | None = None
) -> Response:
    """An error answered in the format the client negotiated (JSON by default)."""
    title = TITLES.get(status, "Error")
    extra = dict(extra or {})
    media = negotiate(request.headers.get("Accept"), ERROR_TYPES) or "application/json"
    if media == "text/html":
        body = render_template_string(_PAGE, status=status, title=title, message=message, offered=extra.get("offered"))
    elif media == "text/plain":
        body = f"{status} {title}\n\n{message}\n"
        if extra.get("offered"):
            body += "\nOffered: " + ", ".join(extra["offered"]) + "\n"
    else:
        import json

        body = json.dumps(
            {"error": {"status": status, "title": title, "message": message, **extra}}, ensure_ascii=False
        )
    response = Response(body, status=status, mimetype=media)
    response.headers["Vary"] = "Accept"
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def _handle_wsiskg(exc: WsisKgError) -> Response:
    status = status_for(exc)
    extra: dict[str, Any] = {}
    if isinstance(exc, NotAcceptable):
        extra["offered"] = exc.offered
    position = error_position(str(exc)) if isinstance(exc, QueryError) else None
    if position:
        extra["line"], extra["column"] = position
    if status == 500:
        log.exception("unexpected error", exc_info=exc)
    headers = getattr(exc, "headers", None)
    if status == 503:
        headers = {"Retry-After": "5", **(headers or {})}
    return error_response(status, str(exc), extra, headers)


def _handle_http(exc: HTTPException) -> Response:
    headers = {}
    if exc.code == 405:
        allowed = exc.get_headers()
        headers = {k: v for k, v in allowed if k.lower() == "allow"}
    return error_response(exc.code or 500, exc.description or TITLES.get(exc.code or 500, "Error"), None, headers)


def _handle_bug(exc: Exception) -> Response:
    log.exception("internal error", exc_info=exc)
    return error_response(500, f"internal error ({escape(type(exc).__name__)}); this is a bug in wsis-kg")


def register(app: Flask) -> None:
    """Install the handlers: wsis-kg errors, werkzeug's HTTP errors, and anything else as 500."""
    app.register_error_handler(WsisKgError, _handle_wsiskg)
    app.register_error_handler(HTTPException, _handle_http)
    app.register_error_handler(Exception, _handle_bug)
