"""Every command, given a bad value for each option, answers with ONE line on stderr and exit 2:
no traceback, no usage block, and a SERVICE query never opens a connection."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from sparql_support import Listener

from wsiskg.cli import main
from wsiskg.core.store import Store

DATA = Path(__file__).parent / "data" / "actors.trig"
SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "cwg-wsis-sdg-38-report.txt"


@pytest.fixture(scope="module")
def place(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cli-errors")
    st = Store.open(root / "store")
    st.load(path=DATA, format=ox.RdfFormat.TRIG)
    st.close()
    (root / "a-file").write_text("not a directory\n")
    (root / "update.rq").write_text("INSERT DATA { <http://e.org/a> <http://e.org/b> 1 }\n")
    (root / "broken.rq").write_text("SELECT * WHERE { ?s ?p }\n")
    (root / "bad.csv").write_text("not,a,matrix\n")
    (root / "empty.rq").write_text("# title: nothing yet\n\n")
    (root / "folder").mkdir()
    (root / "documents").mkdir()
    (root / "documents" / "notes.txt").write_text("a user's own file\n")
    return root


#: (command line, what the one line must say); {root} is the test folder, {store} the store in it
CASES: list[tuple[str, str]] = [
    ("ingest {root}/missing.txt", "no such file"),
    ("ingest --store {root}/a-file " + str(SAMPLE), "a-file"),
    ("ingest --id x {root}/a-file {root}/a-file", "--id can only be used with a single file"),
    ("ingest", "Missing argument"),
    ("ingest --base notaniri " + str(SAMPLE), "is not an http(s) IRI"),
    ("validate --store {root}/a-file", "a-file"),
    ("query nosuch", "unknown query 'nosuch'"),
    ("query", "Missing argument"),
    ("query requests --format bogus", "'bogus' is not one of"),
    ("query requests --param bogus=1", "unknown parameter 'bogus'; this query takes: addressee"),
    ("query requests --param verb", "expected NAME=VALUE"),
    ("query requests --param before=tomorrow", "must be a date YYYY-MM-DD"),
    ("query requests --param addressee=nobody-at-all", "no entity is labelled 'nobody-at-all'"),
    ("query provenance --param entity=vladimir-minkin", "no entity is labelled 'vladimir-minkin'"),
    ("query {root}/missing.rq", "no such query file"),
    ("query {root}/update.rq", "updates are not supported here"),
    ("query {root}/broken.rq", "malformed SPARQL query"),
    ("query requests -o {root}/no/such/dir/out.txt", "no/such/dir/out.txt"),
    ("list-queries --bogus", "No such option"),
    ("load-matrix {root}/missing.csv", "missing.csv"),
    ("load-matrix {root}/bad.csv", "bad.csv"),
    ("serve --port 99999", "'--port': 99999 is not in the range"),
    ("serve --port abc", "'abc' is not a valid integer"),
    ("serve --workers 0", "'--workers': 0 is not in the range"),
    ("export", "Missing option '--format'"),
    ("export --format bogus", "'bogus' is not one of"),
    ("export --format dot --meeting nonsense", "is labelled 'nonsense'"),
    ("export --format dot --types foo", "unknown node type(s) foo"),
    ("export --format dot -o {root}/no/such/dir/x.dot", "cannot write"),
    ("stats --meeting nonsense", "is labelled 'nonsense'"),
    ("stats --top -1", "'--top': -1 is not in the range"),
    ("stats --top many", "'many' is not a valid integer"),
    ("stats --format bogus", "'bogus' is not one of"),
    ("nosuch-command", "No such command 'nosuch-command'"),
    ("query {root}/empty.rq", "the query file is empty"),
    ("query {root}/folder", "is a folder; give a query file FILE.rq"),
    ("export --format trig --types person", "--format trig dumps the whole store: drop them"),
    ("export --format nquads --meeting nonsense", "--format nquads dumps the whole store: drop them"),
    ("list-reports --store {root}/a-file", "is a file, not a folder"),
    ("ingest --store {root}/a-file/store " + str(SAMPLE), "Not a directory; give a folder wsiskg may create and write"),
    ("ingest --store {root}/documents " + str(SAMPLE), "is a folder of other files, not a wsiskg store"),
    ("list-reports --store http://127.0.0.1:1/sparql", "is a URL: a SPARQL endpoint store is written sparql+http"),
    ("list-reports --store sparql+http://[bad/sparql", "not a SPARQL endpoint URL"),
    ("serve --host 192.0.2.1 --port 5999", "give an address of this machine with --host"),
]


def _args(line: str, root: Path) -> list[str]:
    args = line.format(root=root).split()
    if args[0] not in ("nosuch-command", "list-queries", "ingest") and "--store" not in args:
        args[1:1] = ["--store", str(root / "store")]
    if args[0] == "ingest" and "--store" not in args:
        args[1:1] = ["--store", str(root / "ingest-store")]
    return args


@pytest.mark.parametrize("line,says", CASES, ids=[c[0].split(" {")[0] for c in CASES])
def test_one_line_exit_2_no_traceback(place, line, says):
    result = CliRunner().invoke(main, _args(line, place))
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2, (result.exit_code, result.stderr, result.exception)
    assert len(lines) == 1 and lines[0].startswith("wsiskg: error: "), result.stderr
    assert says in lines[0]
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "variable,value",
    [
        ("WSISKG_PORT", "abc"),
        ("WSISKG_PORT", "99999"),
        ("WSISKG_WORKERS", "x"),
        ("WSISKG_UPDATE_ENABLED", "maybe"),  # was silently off
        ("WSISKG_MAX_ROWS", "0"),  # was every answer empty and "truncated"
        ("WSISKG_QUERY_TIMEOUT", "-1"),
        ("WSISKG_MAX_QUERY_BYTES", "0"),
    ],
)
def test_bad_environment_values(place, variable, value):
    run = subprocess.run(
        [sys.executable, "-m", "wsiskg.cli", "serve", "--store", str(place / "store")],
        env={**os.environ, variable: value},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [run.stderr.strip()]
    assert variable.split("_")[1].lower() in run.stderr.lower()


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
        "PREFIX ex: <http://e.org/> SELECT * WHERE {{ ?s ex:a\\~ ?o . SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "LOAD <{url}>",
    ],
)
def test_the_cli_refuses_service_and_load_without_a_connection(place, tmp_path, text):
    listener = Listener()
    try:
        query = tmp_path / "remote.rq"
        query.write_text(text.format(url=listener.url()))
        result = CliRunner().invoke(main, ["query", "--store", str(place / "store"), str(query)])
        time.sleep(0.2)
        assert result.exit_code == 2
        assert "is not allowed here" in result.stderr or "updates are not supported here" in result.stderr
        assert listener.connections == 0
    finally:
        listener.close()


@pytest.mark.parametrize(
    "command", ["", "ingest", "validate", "query", "list-queries", "load-matrix", "serve", "export", "stats"]
)
def test_help_has_no_markup(command):
    result = CliRunner().invoke(main, [*command.split(), "--help"])
    assert result.exit_code == 0
    assert "``" not in result.output and ":class:" not in result.output and ":func:" not in result.output


@pytest.mark.parametrize("value,says", [("garbage", "WSISKG_REGEX_CACHE='garbage' is not a valid switch"), ("off", "")])
def test_the_regex_cache_switch(place, value, says):
    """The console script refuses a value of WSISKG_REGEX_CACHE it does not know (``off`` was
    silently "on": only ``0`` turned it off) and takes the usual spellings of a switch."""
    script = (
        "import sys; sys.argv = ['wsiskg', 'list-reports', '--store', sys.argv[1]]; "
        "from wsiskg.launch import main; main()"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(place / "store")],
        env={**os.environ, "WSISKG_REGEX_CACHE": value, "XDG_CACHE_HOME": str(place / "cache")},
        capture_output=True,
        text=True,
        timeout=60,
    )
    if says:
        assert run.returncode == 2
        assert run.stderr.strip().splitlines() == [f"wsiskg: error: {says}; give 1 (on) or 0 (off)"]
    else:
        assert run.returncode == 0, run.stderr
        assert not (place / "cache").exists()  # off: no cache file written


def test_a_store_in_use_is_named_with_the_fix(place, tmp_path):
    """A second writer on an embedded store gets one line saying another command holds it, and the
    store is unchanged."""
    import shutil

    copy = tmp_path / "store"
    shutil.copytree(place / "store", copy)
    hold = "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); print(1, flush=True); sys.stdin.read()"
    holder = subprocess.Popen(
        [sys.executable, "-c", hold, str(copy)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "1"
        result = CliRunner().invoke(main, ["remove", "--store", str(copy), "wgx-7"])
    finally:
        holder.communicate("", timeout=30)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"wsiskg: error: the store {copy} is in use by another wsiskg command writing to it; "
        "wait for it to finish, or use another --store"
    ]


def test_ctrl_c_is_one_line_and_exit_130(place, monkeypatch):
    """Ctrl-C in a command: "wsiskg: interrupted" alone (click printed an empty line before it)."""
    import importlib

    query_module = importlib.import_module("wsiskg.cli.query")  # the module (wsiskg.cli.query is the command)

    def interrupted(name):
        raise KeyboardInterrupt

    monkeypatch.setattr(query_module, "_named_or_file", interrupted)
    result = CliRunner().invoke(main, ["query", "--store", str(place / "store"), "meetings"])
    assert result.exit_code == 130
    assert result.stderr == "wsiskg: interrupted\n"


def test_the_help_says_which_commands_take_a_store():
    """`wsiskg --help` and the README said every command takes --store; list-queries does not."""
    without = sorted(name for name, cmd in main.commands.items() if not any("--store" in p.opts for p in cmd.params))
    assert without == ["list-queries"]
    helptext = " ".join(CliRunner().invoke(main, ["--help"]).output.split())
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "Every command but list-queries takes --store DIR" in helptext
    assert "Every command but `list-queries` takes `--store DIR`" in readme
