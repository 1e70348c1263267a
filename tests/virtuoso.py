"""A throw-away OpenLink Virtuoso server for the live store tests (and ``bench/engines.py``).

``start(directory)`` writes its own ``virtuoso.ini`` (database files in ``directory``, free
loopback ports for SQL and HTTP, result and time limits raised), runs ``virtuoso-t`` in the
foreground as a child process and waits until ``/sparql`` answers. Updates go through the
digest-authenticated endpoints (``/sparql-auth``, ``/sparql-graph-crud-auth``) as ``dba``,
whose password on a fresh database is ``dba``: nothing to grant. ``stop()`` terminates it
(SIGTERM, then SIGKILL); the directory is the caller's to delete.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

BINARY = "virtuoso-t"
USER = PASSWORD = "dba"
VSP = Path("/var/lib/virtuoso-opensource-7/vsp")

INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = .
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
ThreadsPerQuery = 2
CheckpointInterval = 0

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {vsp}
ServerThreads = 10
MaxKeepAlives = 10
Charset = UTF-8
EnabledGzipContent = 0

[SPARQL]
; wsiskg caps rows itself (max_rows); the engine must not cut answers silently first
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 0
"""


def unavailable_reason() -> str | None:
    """Why Virtuoso cannot be started here (None when it can)."""
    if shutil.which(BINARY) is None:
        return f"{BINARY} is not installed (Debian package virtuoso-opensource); the Virtuoso store tests are skipped"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Virtuoso:
    process: subprocess.Popen[bytes]
    directory: Path
    http_port: int
    system_graphs: frozenset[str] = frozenset()

    @property
    def endpoint(self) -> str:
        """Its SPARQL endpoint (plain HTTP)."""
        return f"http://127.0.0.1:{self.http_port}/sparql"

    @property
    def location(self) -> str:
        """The endpoint as a wsiskg ``--store``."""
        return "sparql+" + self.endpoint

    def ask(self, query: str) -> bytes:
        """Run a query on the engine directly (not through wsiskg); the JSON answer."""
        data = urllib.parse.urlencode({"query": query}).encode()
        req = urllib.request.Request(self.endpoint, data=data, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            return bytes(resp.read())

    def graphs(self) -> set[str]:
        """Every graph on the server (its own system graphs included)."""
        import json

        # (GROUP BY, not DISTINCT: Virtuoso answers DISTINCT ?g over GRAPH ?g by a scan of every quad)
        answer = json.loads(self.ask("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"))
        return {b["g"]["value"] for b in answer["results"]["bindings"]}

    def update(self, update: str) -> None:
        """Run a SPARQL Update as dba (digest authentication), not through wsiskg."""
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        url = f"http://127.0.0.1:{self.http_port}/sparql-auth"
        passwords.add_password(None, url, USER, PASSWORD)
        opener = urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(passwords))
        data = urllib.parse.urlencode({"update": update}).encode()
        with opener.open(urllib.request.Request(url, data=data), timeout=60) as resp:
            resp.read()

    def clear(self) -> None:
        """Drop every graph but the server's own (between tests)."""
        extra = self.graphs() - self.system_graphs
        if extra:
            self.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in sorted(extra)))

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def start(directory: Path, timeout: float = 60.0, buffers: int = 20_000) -> Virtuoso:
    """Start a Virtuoso with a fresh database in ``directory``; returns once ``/sparql`` answers.

    ``buffers``: its page cache (8 KB pages); the default suits the tests' few thousand triples."""
    directory.mkdir(parents=True, exist_ok=True)
    http_port, sql_port = free_port(), free_port()
    vsp = VSP if VSP.is_dir() else directory
    ini = directory / "virtuoso.ini"
    ini.write_text(
        INI.format(
            d=directory, sql_port=sql_port, http_port=http_port, vsp=vsp, buffers=buffers, dirty=buffers * 3 // 4
        ),
        encoding="utf-8",
    )
    with (directory / "console.log").open("wb") as log:  # the child keeps its own descriptor
        process = subprocess.Popen(
            [BINARY, "+foreground", "+configfile", str(ini)],
            cwd=directory,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    server = Virtuoso(process, directory, http_port)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"virtuoso-t exited with {process.returncode}; see {directory}/virtuoso.log")
        try:
            server.ask("ASK {}")
        except OSError:
            time.sleep(0.2)
            continue
        server.system_graphs = frozenset(server.graphs())
        return server
    server.stop()
    raise RuntimeError(f"virtuoso-t did not answer within {timeout:g} s; see {directory}/virtuoso.log")
