"""What a SPARQL text is, before Oxigraph runs it: the safety check and a small tokenizer.

:func:`check_safe` decides "no ``SERVICE``, no ``LOAD``" (Oxigraph would open a network
connection for them) on the *parsed* query or update: rdflib's SPARQL parser builds the syntax
tree (codepoint escapes decoded, as the grammar says) and the tree is searched for a
``ServiceGraphPattern`` or a ``Load`` operation. A text rdflib cannot parse (a syntax error, or
syntax only Oxigraph knows) is judged by the tokenizer below, which recognises keywords only where
they are keywords (never inside strings, comments, IRIs, prefixed names or variables). Both the
CLI and the server call it; the server's query workers are also unable to open network sockets
at all (``server/sandbox.py``), so a check that is bypassed still reaches nothing.

The tokenizer also finds the query form, the top-level ``WHERE`` group (where named-query
parameters are bound) and adds the protocol's ``using-graph-uri`` / ``using-named-graph-uri`` to
an update.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import pyoxigraph as ox
from pyparsing import ParseResults
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from .errors import QueryError

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
  | (?P<name>[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*(?::[\w.\-:%\\\u00B7\u00C0-\uFFFF]*)?
             |:[\w.\-:%\\\u00B7\u00C0-\uFFFF]*)
  | (?P<punct>.)
    """,
    re.VERBOSE | re.DOTALL,
)

#: keywords a public endpoint refuses: they make Oxigraph fetch from the network
FORBIDDEN = {"SERVICE": "SERVICE (federated query)", "LOAD": "LOAD"}


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    pos: int


def unescape(text: str) -> str:
    """Decode SPARQL codepoint escapes (``\\u0041`` -> ``A``)."""

    def repl(m: re.Match[str]) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except ValueError:
            return str(m.group(0))

    return _ESCAPE.sub(repl, text)


def tokens(text: str) -> list[Token]:
    """The significant tokens of ``text`` (whitespace and comments dropped)."""
    out = []
    for m in _TOKEN.finditer(unescape(text)):
        kind = m.lastgroup or "punct"
        if kind in ("ws", "comment"):
            continue
        out.append(Token(kind, m.group(0), m.start()))
    return out


def keywords(text: str) -> list[Token]:
    """Bare words that can be SPARQL keywords (not prefixed names, not variables)."""
    return [t for t in tokens(text) if t.kind == "name" and ":" not in t.text]


def _tree_names(node: object, out: set[str]) -> set[str]:
    if isinstance(node, CompValue):
        out.add(node.name)
        for value in node.values():
            _tree_names(value, out)
    elif isinstance(node, list | tuple | ParseResults):
        for value in node:
            _tree_names(value, out)
    return out


@functools.lru_cache(maxsize=64)
def parse(text: str) -> tuple[str, frozenset[str]] | None:
    """("query" or "update", the names of the syntax-tree nodes), or None when rdflib cannot parse it."""
    try:
        return "query", frozenset(_tree_names(parseQuery(text), set()))
    except Exception:  # noqa: BLE001 - rdflib raises pyparsing errors and assorted others
        pass
    try:
        return "update", frozenset(_tree_names(parseUpdate(text), set()))
    except Exception:  # noqa: BLE001
        return None


def forbidden(text: str) -> str | None:
    """The forbidden operation ``text`` uses (SERVICE or LOAD), decided on the parsed text."""
    parsed = parse(text)
    if parsed is not None:
        names = parsed[1]
        if "ServiceGraphPattern" in names:
            return FORBIDDEN["SERVICE"]
        if "Load" in names:
            return FORBIDDEN["LOAD"]
        return None
    for tok in keywords(text):  # not parseable by rdflib: every keyword counts
        word = tok.text.upper()
        if word in FORBIDDEN:
            return FORBIDDEN[word]
    return None


def check_safe(text: str) -> None:
    """Raise :class:`QueryError` when the query or update uses SERVICE or LOAD."""
    operation = forbidden(text)
    if operation:
        raise QueryError(f"{operation} is not allowed here (it would fetch data from elsewhere over the network)")


def check_query(text: str, update_hint: str = "give a SELECT, ASK, CONSTRUCT or DESCRIBE query") -> None:
    """Raise :class:`QueryError` for an update where a query is expected, and for SERVICE / LOAD."""
    parsed = parse(text)
    if parsed is not None and parsed[0] == "update":
        raise QueryError(f"updates are not supported here: {update_hint}")
    check_safe(text)


def where_brace(text: str) -> int | None:
    """The offset of the ``{`` that opens the top-level WHERE group (``text`` without codepoint escapes).

    The first ``{`` after the first ``WHERE``; for ``SELECT * { ... }`` / ``ASK { ... }`` (WHERE left
    out) the first ``{``.
    """
    toks = tokens(text)
    seen_where = not any(t.kind == "name" and t.text.upper() == "WHERE" for t in toks)
    for tok in toks:
        if tok.kind == "name" and tok.text.upper() == "WHERE":
            seen_where = True
        elif seen_where and tok.kind == "punct" and tok.text == "{":
            return tok.pos
    return None


def add_using(update: str, default_graphs: list[str], named_graphs: list[str]) -> str:
    """Apply the protocol's ``using-graph-uri`` / ``using-named-graph-uri`` to an update.

    Adds ``USING`` / ``USING NAMED`` clauses before each top-level ``WHERE`` of a
    DELETE/INSERT operation. An update that already has ``USING`` or ``WITH`` conflicts
    with the protocol parameters (SPARQL 1.1 Protocol 2.2.3): :class:`QueryError`.
    """
    if not default_graphs and not named_graphs:
        return update
    text = unescape(update)
    toks = tokens(text)
    if any(t.kind == "name" and t.text.upper() in ("USING", "WITH") for t in toks):
        raise QueryError("using-graph-uri / using-named-graph-uri cannot be combined with USING or WITH in the update")
    clause = " ".join([f"USING {iri(g)}" for g in default_graphs] + [f"USING NAMED {iri(g)}" for g in named_graphs])
    depth = 0
    inserts = []
    previous = None
    for tok in toks:
        if tok.kind == "punct" and tok.text == "{":
            depth += 1
        elif tok.kind == "punct" and tok.text == "}":
            depth -= 1
        elif depth == 0 and tok.kind == "name" and tok.text.upper() == "WHERE":
            if not (previous is not None and previous.text.upper() == "DELETE"):
                inserts.append(tok.pos)
        previous = tok
    for pos in reversed(inserts):
        text = text[:pos] + clause + " " + text[pos:]
    return text


def iri(value: str) -> str:
    """``value`` as a SPARQL IRI reference, validated (never pasted raw into a query)."""
    try:
        return str(ox.NamedNode(value))
    except ValueError as exc:
        raise QueryError(f"not a valid IRI: {value!r} ({exc})") from exc


_POSITION = re.compile(r"error at (\d+):(\d+)|at line (\d+), column (\d+)")


def error_position(message: str) -> tuple[int, int] | None:
    """(line, column) of an Oxigraph parser message (``error at 1:21: ...``) or of ours (``at line 1, column 21``)."""
    m = _POSITION.search(message)
    if not m:
        return None
    line, column = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return int(line), int(column)


# ------------------------------------------------------------------ readable syntax errors
#: keywords of SPARQL 1.1 a mistyped word is compared with
KEYWORDS = (
    "SELECT ASK CONSTRUCT DESCRIBE WHERE PREFIX BASE DISTINCT REDUCED FROM NAMED GRAPH OPTIONAL UNION MINUS "
    "FILTER BIND VALUES GROUP BY HAVING ORDER ASC DESC LIMIT OFFSET EXISTS NOT IN AS COUNT SUM MIN MAX AVG "
    "SAMPLE GROUP_CONCAT STR LANG LANGMATCHES DATATYPE BOUND IRI URI BNODE REGEX CONTAINS STRSTARTS STRENDS "
    "LCASE UCASE CONCAT COALESCE IF ISIRI ISURI ISBLANK ISLITERAL ISNUMERIC YEAR MONTH DAY NOW SEPARATOR UNDEF"
).split()
_EXPECTED = re.compile(r'"([^"]+)"|\b([A-Z][A-Z_]{1,})\b')


def _known_prefixes() -> dict[str, str]:
    from .export import PREFIXES  # the project's prefix table (core layer)

    return {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", **PREFIXES}


def explain_syntax_error(text: str, message: str, caret: bool = True) -> str:
    """A parser message made readable: where (line, column, the line itself and a caret when
    ``caret``), what was expected (keywords and punctuation only) and what the user probably meant."""
    position = error_position(message)
    if position is None:
        return f"malformed SPARQL query: {message}"
    line_no, column = position
    lines = unescape(text).splitlines() or [""]
    line = lines[line_no - 1] if 0 < line_no <= len(lines) else ""
    detail = message.split(":", 2)[-1].strip() if message.count(":") >= 2 else message
    hint = _hint(text, line, column, detail)
    # "expected CONSTRUCT" after a mistyped SELECT misleads: the hint says it better
    expected = "" if hint.startswith(("hint: did you mean", "hint: the prefix")) else _expected(detail)
    head = f"malformed SPARQL query at line {line_no}, column {column}" + (f": expected {expected}" if expected else "")
    if not caret:
        return head + (f"; {hint}" if hint else "")
    width = len(str(line_no))
    snippet = f"\n  {line_no} | {line}\n  {' ' * width} | {' ' * max(column - 1, 0)}^"
    return head + snippet + (f"\n{hint}" if hint else "")


def _expected(detail: str) -> str:
    """The keywords and punctuation of "expected one of ..." (character classes left out)."""
    items: list[str] = []
    for quoted, word in _EXPECTED.findall(detail.replace("Prefix not found", "")):
        item = quoted or word
        if re.fullmatch(r"[0-9A-F]{4,}", item or ""):  # a code point of a character class
            continue
        if item and item not in items and item not in ("expected", "one", "of"):
            items.append(item)
    if not items:
        return ""
    shown = ", ".join(f"'{i}'" if not i.isalpha() else i for i in items[:8])
    return ("one of " if len(items) > 1 else "") + shown + (", ..." if len(items) > 8 else "")


def _hint(text: str, line: str, column: int, detail: str) -> str:
    import difflib

    before = line[: max(column - 1, 0)]
    if "Prefix not found" in detail:
        m = re.search(r"([A-Za-z][\w.-]*)?:[\w.-]*$", before.rstrip())
        prefix = (m.group(1) or "") if m else ""
        known = _known_prefixes().get(prefix)
        declaration = f"PREFIX {prefix}: <{known}>" if known else f"PREFIX {prefix}: <...>"
        return f"hint: the prefix '{prefix}:' is not declared; add {declaration} at the top"
    words = re.findall(r"(?<![?$:\w<])([A-Za-z_]{3,})(?![\w:])", line[: column + 20])
    for word in reversed(words):
        if word.upper() in KEYWORDS:
            continue
        close = difflib.get_close_matches(word.upper(), KEYWORDS, n=1, cutoff=0.75)
        if close:
            return f"hint: did you mean {close[0]} instead of '{word}'?"
    toks = tokens(text)
    depth = sum(1 for t in toks if t.text == "{") - sum(1 for t in toks if t.text == "}")
    if depth > 0:
        return f"hint: {depth} '{{' not closed; a '}}' may be missing"
    if depth < 0:
        return "hint: there is a '}' too many"
    return ""
