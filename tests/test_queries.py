"""Named queries are data with metadata: each is documented and returns its declared columns."""

from __future__ import annotations

import pytest

from wsiskg.core.errors import UnknownQueryError
from wsiskg.core.store import Store
from wsiskg.queries import get_query, list_queries

QUERIES = list_queries()

# The stable interface of issue 3: these columns come first, in this order.
CONTRACT = {
    "meetings": "meeting, body, number, start, end, mode, place, delegates",
    "people": "person, name, honorific, role, organization, country",
    "organizations": "org, name, acronym, parent",
    "action-lines": "actionLine, code, title, facilitator",
    "action-line-mentions": "code, report, section",
    "sdg-mentions": "sdg, number, report, section",
    "events": "event, name, start, end, place",
    "deadlines": "date, subject, section",
    "documents": "document, symbol, section",
    "resolutions": "resolution, name, number, issuer",
    "requests": "request, section, requester, verb, addressee, action, deadline",
    "provenance": "entity, label, report, section, text",
}


@pytest.mark.parametrize("q", QUERIES, ids=[q.name for q in QUERIES])
def test_every_query_is_documented_and_projects_its_columns(q):
    assert q.title and q.title != q.name, f"{q.name}.rq has no '# title:' line"
    assert q.description, f"{q.name}.rq has no '# description:' line"
    assert q.columns, f"{q.name}.rq has no '# columns:' line"
    result = Store.open(None).query(q.text)
    assert [v.value for v in result.variables] == list(q.columns)


@pytest.mark.parametrize("name,columns", CONTRACT.items())
def test_contract_columns_come_first(name, columns):
    expected = [c.strip() for c in columns.split(",")]
    assert list(get_query(name).columns[: len(expected)]) == expected


def test_unknown_query_names_the_available_ones():
    with pytest.raises(UnknownQueryError) as info:
        get_query("meeting")
    assert "unknown query 'meeting'" in str(info.value)
    assert "meetings" in str(info.value)


@pytest.mark.parametrize("name", ["../secret", "a/b", "", ".hidden"])
def test_query_names_cannot_escape_the_folder(name):
    with pytest.raises(UnknownQueryError):
        get_query(name)


@pytest.mark.parametrize("q", QUERIES, ids=[q.name for q in QUERIES])
def test_every_parameter_is_typed_and_used(q):
    from wsiskg.core.params import TYPES

    for p in q.params:
        assert p.type in TYPES, f"{q.name}: parameter {p.name} has type {p.type}"
        assert p.doc, f"{q.name}: parameter {p.name} is not documented"
        assert f"?{p.variable}" in q.text.split("WHERE", 1)[1], f"{q.name}: ?{p.variable} is not used"


def test_internal_queries_are_marked():
    internal = {q.name for q in QUERIES if q.internal}
    assert {"resource-triples", "void-totals", "stats-addressees", "actor-nodes", "entity-labels"} <= internal
    assert not internal & {"requests", "people", "events", "provenance", "meetings"}
    assert {"requests", "people", "events", "provenance"} <= {q.name for q in QUERIES if q.params}
