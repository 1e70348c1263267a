"""``wsiskg serve`` stops cleanly: SIGTERM and Ctrl-C (SIGINT to the process group) end the server,
its web workers and every query process, with no SIGSEGV / SIGKILL warning, even while slow queries
run. Processes are counted through /proc by a marker in their environment."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pyoxigraph as ox
import pytest

from wsiskg.core.store import Store

pytestmark = [pytest.mark.live, pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")]

DATA = Path(__file__).parent / "data" / "actors.trig"
#: a query that runs for many seconds on the small test graph (a five-way cross product)
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


def marked(marker: str) -> set[int]:
    """Live processes whose environment carries ``marker``."""
    found = set()
    needle = f"WSISKG_TEST_MARKER={marker}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if needle in environ.split(b"\0") and state != "Z":
            found.add(int(entry.name))
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("shutdown") / "store"
    st = Store.open(path)
    st.load(path=DATA, format=ox.RdfFormat.TRIG)
    st.close()
    return path


def start(store_dir: Path, marker: str) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    env = {
        **os.environ,
        "WSISKG_TEST_MARKER": marker,
        "WSISKG_QUERY_TIMEOUT": "60",
        "WSISKG_WORKERS": "2",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "wsiskg.cli", "serve", "--store", str(store_dir), "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own process group, as a shell gives a foreground job
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            with urllib.request.urlopen(url + "/sparql?query=ASK%7B%7D", timeout=2):
                return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("the server did not start: " + (proc.communicate()[0] or ""))


def slow_queries(url: str, n: int) -> None:
    def one() -> None:
        try:
            urllib.request.urlopen(url + "/sparql?" + urllib.parse.urlencode({"query": SLOW}), timeout=30).read()
        except OSError:
            pass

    for _ in range(n):
        threading.Thread(target=one, daemon=True).start()


def query_processes(pids: set[int]) -> set[int]:
    names = set()
    for pid in pids:
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"forkserver" in cmdline or b"multiprocessing" in cmdline:
            names.add(pid)
    return names


def web_processes(pids: set[int]) -> set[int]:
    """The gunicorn master and web workers among ``pids``."""
    return {pid for pid in pids if pid not in query_processes(pids)}


def wait_gone(marker: str, seconds: float = 5.0) -> dict[int, bytes]:
    """Processes still carrying ``marker`` after up to ``seconds`` (then killed, so none is left behind)."""
    end = time.monotonic() + seconds
    remaining = marked(marker)
    while remaining and time.monotonic() < end:
        time.sleep(0.1)
        remaining = marked(marker)
    leftovers = {}
    for pid in remaining:
        try:
            leftovers[pid] = Path(f"/proc/{pid}/cmdline").read_bytes()
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    return leftovers


def running(store_dir: Path, marker: str) -> subprocess.Popen[str]:
    """A server with slow queries running in its query processes."""
    proc, url = start(store_dir, marker)
    slow_queries(url, 4)
    deadline = time.monotonic() + 30
    while len(query_processes(marked(marker))) < 4 and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1.0)  # the queries are running now
    assert query_processes(marked(marker)), "no query process started"
    return proc


@pytest.mark.parametrize("how", ["SIGTERM", "Ctrl-C"])
def test_stop_while_slow_queries_run(store_dir, how):
    marker = uuid.uuid4().hex
    assert marked(marker) == set()
    proc = running(store_dir, marker)
    if how == "SIGTERM":
        proc.send_signal(signal.SIGTERM)
    else:
        os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl-C does
    output, _ = proc.communicate(timeout=30)
    assert wait_gone(marker) == {}
    assert "SIGSEGV" not in output and "SIGKILL" not in output and "Traceback" not in output, output
    assert proc.returncode == 0, output


def test_query_processes_die_with_a_crashed_server(store_dir):
    """Even when the master and web workers are killed outright, no query process runs on."""
    marker = uuid.uuid4().hex
    proc = running(store_dir, marker)
    for pid in web_processes(marked(marker)):
        os.kill(pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    assert wait_gone(marker, 10.0) == {}


def test_no_control_socket_is_made(store_dir, tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    marker = uuid.uuid4().hex
    proc, _ = start(store_dir, marker)
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=30)
    assert wait_gone(marker) == {}
    assert not (home / ".gunicorn").exists()
