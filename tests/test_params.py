"""The one binder of named-query parameters (core/params.py): the same types, values and errors on the
command line (``--param``) and over HTTP (``/queries/NAME?name=``); IRIs given as labels."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from wsiskg.cli import main
from wsiskg.core import params
from wsiskg.core.config import Config
from wsiskg.core.errors import InputError
from wsiskg.core.store import Store
from wsiskg.queries import Param, get_query
from wsiskg.server.app import create_app

DATA = Path(__file__).parent / "data" / "actors.trig"
ID = "https://w3id.org/wsis-kg/id/"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("params") / "store"
    st = Store.open(path)
    st.load(path=DATA, format=ox.RdfFormat.TRIG)
    st.close()
    return path


@pytest.fixture(scope="module")
def client(store_dir):
    """The app over the same data the CLI sees (the CLI adds the reference data on first use)."""
    assert cli(store_dir, "requests")[0] == 0
    disk = Store.open(store_dir)
    data = disk.dump()
    disk.close()
    store = Store.open(None)
    store.load(data, format=ox.RdfFormat.N_QUADS)
    return create_app(Config(store=None), store=store).test_client()


def cli(store_dir: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["query", "--store", str(store_dir), *args])
    return result.exit_code, result.stdout, result.stderr


def http(client, name: str, **args: str) -> tuple[int, str, str]:
    r = client.get(f"/queries/{name}", query_string={**args, "format": "csv"}, headers={"Accept": "application/json"})
    body = r.get_data(as_text=True)
    return (
        r.status_code,
        body if r.status_code == 200 else "",
        r.get_json()["error"]["message"] if r.status_code != 200 else "",
    )


# ------------------------------------------------------------------------------ types
@pytest.mark.parametrize(
    "kind,value,expected",
    [
        ("integer", "7", '"7"^^<http://www.w3.org/2001/XMLSchema#integer>'),
        ("date", "2024-05-01", '"2024-05-01"^^<http://www.w3.org/2001/XMLSchema#date>'),
        ("string", 'a"b', '"a\\"b"'),
        ("iri", "https://example.org/x", "<https://example.org/x>"),
    ],
)
def test_each_type_makes_a_checked_term(kind, value, expected):
    assert str(params.term(Param("x", kind), value)) == expected


@pytest.mark.parametrize(
    "kind,value,message",
    [
        ("integer", "7x", "must be an integer"),
        ("date", "May 1", "must be a date YYYY-MM-DD"),
        ("iri", "no spaces allowed", "must be an IRI"),
        ("iri", "relative", "must be an IRI"),
        ("string", "  ", "is empty"),
    ],
)
def test_bad_values_are_input_errors(kind, value, message):
    with pytest.raises(InputError, match=message):
        params.term(Param("x", kind), value)


def test_a_value_cannot_change_the_query():
    with pytest.raises(InputError, match="must be an IRI"):
        params.bind_query(get_query("provenance"), [("entity", "https://e.org/x> } ; DROP ALL ; <a:b")])
    text = params.bind_query(get_query("requests"), [("verb", '") } } ; DROP ALL ; SELECT * { ("')])
    assert 'VALUES (?verbWanted) { ("\\") } } ; DROP ALL ; SELECT * { (\\"") }' in text  # one escaped literal
    assert Store.open(None).select(text) == (list(get_query("requests").columns), [])


def test_unknown_and_repeated_parameters():
    with pytest.raises(InputError, match="unknown parameter 'bogus'; this query takes: addressee"):
        params.bind(get_query("requests").params, [("bogus", "1")])
    with pytest.raises(InputError, match="more than once"):
        params.bind(get_query("requests").params, [("verb", "a"), ("verb", "b")])
    with pytest.raises(InputError, match="expected NAME=VALUE"):
        params.split_assignments(["verb"])


# ------------------------------------------------------------------- CLI == HTTP
CASES = [
    ("requests", {"bogus": "1"}),
    ("requests", {"before": "soon"}),
    ("provenance", {"entity": "no-such-label-anywhere"}),
    ("requests", {"addressee": "o"}),  # many labels contain an "o"
]


@pytest.mark.parametrize("name,args", CASES)
def test_the_same_errors_on_the_cli_and_over_http(store_dir, client, name, args):
    code, _, err = cli(store_dir, name, *[f"--param={k}={v}" for k, v in args.items()])
    status, _, message = http(client, name, **args)
    assert code == 2 and status == 400
    assert err.strip() == f"wsiskg: error: {message}"
    assert "Traceback" not in err


def test_the_same_rows_on_the_cli_and_over_http(store_dir, client):
    code, out, _ = cli(store_dir, "requests", "--format", "csv", "--param", "verb=invite")
    status, body, _ = http(client, "requests", verb="invite")
    assert code == 0 and status == 200
    assert out.replace("\r\n", "\n") == body.replace("\r\n", "\n")
    assert len(out.strip().splitlines()) == 2  # header + the one invitation


# --------------------------------------------------------------- the parameters
def _rows(client, name: str, **args: str) -> list[str]:
    status, body, message = http(client, name, **args)
    assert status == 200, message
    return body.strip().splitlines()[1:]


def test_requests_by_addressee_iri_or_label(client):
    every = _rows(client, "requests")
    by_iri = _rows(client, "requests", addressee=ID + "country/SWE")
    by_label = _rows(client, "requests", addressee="sweden")
    assert by_iri == by_label and 0 < len(by_iri) < len(every)
    assert all(",Sweden," in row for row in by_iri)
    assert _rows(client, "requests", requester=ID + "org/wgx") == every


def test_requests_by_requester_meeting_verb_and_deadline(client):
    every = _rows(client, "requests")
    assert _rows(client, "requests", meeting=ID + "meeting/wgx-7") == every
    assert _rows(client, "requests", meeting=ID + "meeting/none") == []
    assert len(_rows(client, "requests", verb="invited")) == len(_rows(client, "requests", verb="invite")) >= 1
    due = _rows(client, "requests", before="2031-12-31")
    assert due and all("2031-09-30" in row for row in due)
    assert _rows(client, "requests", after="2032-01-01") == []
    assert _rows(client, "requests", before="2031-12-31", after="2031-09-30") == due


def test_people_and_events_by_meeting(client):
    assert _rows(client, "people", meeting="WG-X meeting 7") == _rows(client, "people")
    assert _rows(client, "people", meeting=ID + "meeting/other") == []
    assert _rows(client, "events", meeting=ID + "meeting/other") == []


def test_an_ambiguous_label_lists_the_candidates():
    def resolve(label: str, cls: str | None) -> list[tuple[str, str]]:
        return [("https://e.org/a", "Chair"), ("https://e.org/b", "chair"), ("https://e.org/c", "Vice-Chair")]

    with pytest.raises(InputError) as info:
        params.term(Param("who", "iri"), "Chair", resolve)
    assert str(info.value) == (
        "parameter 'who': 'Chair' names 2 entities: Chair <https://e.org/a>; chair <https://e.org/b>; give an IRI"
    )


def test_a_label_with_no_exact_match_suggests(client):
    status, _, message = http(client, "requests", addressee="Swede")
    assert status == 400 and "did you mean: " in message and "Sweden <" + ID + "country/SWE>" in message


def test_a_meeting_parameter_only_resolves_to_a_meeting(client):
    # "WG-X" is the body's acronym; as a meeting it suggests the meeting instead of binding the body
    status, _, message = http(client, "events", meeting="WG-X")
    assert status == 400 and f"WG-X meeting 7 <{ID}meeting/wgx-7>" in message
    assert http(client, "people", meeting="wg-x meeting 7")[0] == 200


def test_a_meeting_that_matches_nothing_lists_the_meetings(client):
    status, _, message = http(client, "requests", meeting="no such gathering")
    assert status == 400 and "no Meeting is labelled 'no such gathering'; the Meetings: WG-X meeting 7 <" in message


# ----------------------------------------------------------------------- paging
def test_pages_are_consecutive_slices_of_the_ordered_rows(client):
    every = _rows(client, "provenance")
    assert len(every) > 5
    pages = [_rows(client, "provenance", limit="3", offset=str(start)) for start in range(0, len(every), 3)]
    assert all(len(p) == 3 for p in pages[:-1]) and sum(pages, []) == every
    assert _rows(client, "provenance", offset=str(len(every) - 1)) == every[-1:]


def test_the_same_page_on_the_cli_and_over_http(store_dir, client):
    code, out, _ = cli(store_dir, "provenance", "--format", "csv", "--limit", "2", "--offset", "1")
    status, body, _ = http(client, "provenance", limit="2", offset="1")
    assert code == 0 and status == 200
    assert out.replace("\r\n", "\n") == body.replace("\r\n", "\n")
    assert len(out.strip().splitlines()) == 3


@pytest.mark.parametrize(
    "args,message",
    [
        ({"limit": "0"}, "limit must be a positive integer, got '0'"),
        ({"limit": "ten"}, "limit must be a positive integer, got 'ten'"),
        ({"offset": "-3"}, "offset must be a whole number (0 or more), got '-3'"),
    ],
)
def test_a_bad_page_is_one_line_on_the_cli_and_over_http(store_dir, client, args, message):
    code, _, err = cli(store_dir, "requests", *[f"--{k}={v}" for k, v in args.items()])
    status, _, said = http(client, "requests", **args)
    assert (code, status) == (2, 400)
    assert said == message and err.strip() == f"wsiskg: error: {message}"


def test_a_query_with_its_own_limit_is_not_paged():
    assert params.page("SELECT * WHERE { ?s ?p ?o }") == "SELECT * WHERE { ?s ?p ?o }"
    assert params.page("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s", 5, 10).endswith("ORDER BY ?s\nLIMIT 5 OFFSET 10\n")
    with pytest.raises(InputError, match="sets its own LIMIT/OFFSET"):
        params.page(get_query("entity-labels").text, 5)
