"""Content negotiation, decided once, through one media-type table.

Order of precedence (as in prez): an explicit ``?format=`` / ``?_mediatype=`` parameter first
(a short name such as ``json``, ``ttl``, ``csv`` or a full media type), then the ``Accept``
header with q-values and wildcards, then the first offered type (the server's default).

``negotiate(accept_header, offered)`` is the general function every route uses (SPARQL results,
RDF, resource pages, error bodies); ``choose(format_param, accept_header, offered)`` adds the
explicit parameter in front of it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from wsiskg.core.errors import WsisKgError


@dataclass(frozen=True)
class MediaType:
    #: canonical media type, the one answered in Content-Type
    name: str
    #: short names accepted by ``?format=`` (``json``, ``ttl`` ...)
    aliases: tuple[str, ...]
    #: other media types clients send that mean this one (``application/json`` ...)
    equivalents: tuple[str, ...] = ()
    #: file extension for download links
    extension: str = ""
    #: a label for people
    label: str = ""


#: The one media-type table.
MEDIA_TYPES: tuple[MediaType, ...] = (
    MediaType("application/sparql-results+json", ("json", "srj"), ("application/json",), "srj", "SPARQL JSON"),
    MediaType("application/sparql-results+xml", ("xml", "srx"), ("application/xml", "text/xml"), "srx", "SPARQL XML"),
    MediaType("text/csv", ("csv",), (), "csv", "CSV"),
    MediaType("text/tab-separated-values", ("tsv",), (), "tsv", "TSV"),
    # Turtle is a subset of N3, so a client asking for N3 (``text/n3``, SPARQLWrapper's ``N3``) can read it
    MediaType(
        "text/turtle", ("ttl", "turtle", "n3"), ("application/x-turtle", "text/n3", "text/rdf+n3"), "ttl", "Turtle"
    ),
    MediaType("application/ld+json", ("jsonld", "json-ld", "json"), ("application/json",), "jsonld", "JSON-LD"),
    MediaType("application/n-triples", ("nt", "ntriples", "n-triples"), ("text/plain",), "nt", "N-Triples"),
    MediaType(
        "application/rdf+xml",
        ("rdf", "rdfxml", "rdf+xml", "xml", "owl"),
        ("application/xml", "text/xml"),
        "rdf",
        "RDF/XML",
    ),
    MediaType("application/n-quads", ("nq", "nquads", "n-quads"), (), "nq", "N-Quads"),
    MediaType("application/trig", ("trig",), (), "trig", "TriG"),
    MediaType("text/html", ("html",), ("application/xhtml+xml",), "html", "HTML"),
    MediaType("application/json", ("json",), (), "json", "JSON"),
)
BY_NAME: dict[str, MediaType] = {m.name: m for m in MEDIA_TYPES}

#: what each kind of answer can be served as, the default first
SELECT_TYPES = [
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
]
ASK_TYPES = ["application/sparql-results+json", "application/sparql-results+xml"]
GRAPH_TYPES = [
    "text/turtle",
    "application/ld+json",
    "application/n-triples",
    "application/rdf+xml",
    "application/n-quads",
    "application/trig",
]


class NotAcceptable(WsisKgError):
    """Nothing the client accepts is offered (HTTP 406)."""

    def __init__(self, offered: list[str], asked: str = ""):
        super().__init__(f"cannot answer {asked or 'the requested media type'}; offered: {', '.join(offered)}")
        self.offered = list(offered)


@dataclass(frozen=True)
class _Range:
    type: str
    subtype: str
    q: float
    order: int

    def matches(self, media: str) -> int:
        """Specificity of the match (3 exact, 2 type/*, 1 */*), 0 when it does not match."""
        mtype, _, msub = media.partition("/")
        if self.type == "*" and self.subtype == "*":
            return 1
        if self.type == mtype and self.subtype == "*":
            return 2
        if self.type == mtype and self.subtype == msub:
            return 3
        return 0


def parse_accept(header: str | None) -> list[_Range]:
    """The ranges of an Accept header (malformed parts are skipped, q clamped to 0..1)."""
    ranges: list[_Range] = []
    for order, part in enumerate((header or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if "/" not in media:
            continue
        mtype, _, msub = media.partition("/")
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(1.0, max(0.0, float(value.strip())))
                except ValueError:
                    q = 0.0
        ranges.append(_Range(mtype.strip(), msub.strip(), q, order))
    return ranges


def _names(offer: str) -> list[str]:
    entry = BY_NAME.get(offer)
    return [offer, *(entry.equivalents if entry else ())]


def negotiate(accept_header: str | None, offered: list[str]) -> str | None:
    """The offered media type the client prefers, or ``None`` when it accepts none of them.

    An absent or empty Accept header means "anything": the first offered type is the default.
    Among equal q-values the most specific range wins, then the server's order in ``offered``.
    Equivalent media types count (``application/json`` for SPARQL JSON results, ``application/xml``
    for SPARQL XML results) but the canonical offered type is returned.
    """
    if not offered:
        return None
    ranges = parse_accept(accept_header)
    if not ranges:
        return offered[0]
    best: tuple[tuple[float, int, int, int], str] | None = None
    for index, offer in enumerate(offered):
        quality: tuple[float, int, int] | None = None
        for name in _names(offer):
            exact = name == offer
            # the most specific range that matches decides this offer's q (RFC 9110 12.5.1)
            matching = [(r.matches(name), r) for r in ranges if r.matches(name)]
            if not matching:
                continue
            spec, rng = max(matching, key=lambda t: (t[0], -t[1].order))
            candidate = (rng.q, spec, 1 if exact else 0)
            if quality is None or candidate > quality:
                quality = candidate
        if quality is None or quality[0] <= 0:
            continue
        key = (quality[0], quality[1], quality[2], -index)
        if best is None or key > best[0]:
            best = (key, offer)
    return best[1] if best else None


def resolve_format(value: str, offered: list[str]) -> str | None:
    """A ``?format=`` value (short name or media type) -> the offered media type it names."""
    value = value.strip().lower()
    if "/" in value:
        return negotiate(value, offered)
    for offer in offered:
        entry = BY_NAME.get(offer)
        if entry and value in entry.aliases:
            return offer
    return None


def choose(format_param: str | Sequence[str] | None, accept_header: str | None, offered: list[str]) -> str:
    """``?format=`` first, then Accept; raises :class:`NotAcceptable` when nothing fits.

    ``format_param`` may hold several values (SPARQLWrapper sends ``format=rdf+xml&format=application/rdf+xml``):
    the first one that names an offered type wins; when none does, the answer is 406.
    """
    values = [format_param] if isinstance(format_param, str) else list(format_param or ())
    values = [v for v in values if v and v.strip()]
    if values:
        for value in values:
            chosen = resolve_format(value, offered)
            if chosen is not None:
                return chosen
        raise NotAcceptable(
            offered, f"format '{values[0]}'" if len(values) == 1 else "format " + ", ".join(f"'{v}'" for v in values)
        )
    chosen = negotiate(accept_header, offered)
    if chosen is None:
        raise NotAcceptable(offered, f"Accept: {accept_header}")
    return chosen


def format_param(args: Mapping[str, str]) -> tuple[str, ...] | None:
    """The explicit format values of a request's arguments (every ``format`` and ``_mediatype``), or None."""
    getlist = getattr(args, "getlist", None)
    values = [*getlist("format"), *getlist("_mediatype")] if getlist else [args.get("format"), args.get("_mediatype")]
    found = tuple(v for v in values if v)
    return found or None


def extension(media_type: str) -> str:
    entry = BY_NAME.get(media_type)
    return entry.extension if entry else "txt"
