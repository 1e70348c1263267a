"""``wsiskg serve``: the HTTP server."""

from __future__ import annotations

import click

from ..core.errors import WsisKgError
from .common import config, fail, open_store, store_option


# ---------------------------------------------------------------------------- serve
def _check_port(host: str, port: int) -> None:
    """Fail early, with one line, when the address is taken (gunicorn would retry and log 5 errors)."""
    import errno
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except (OSError, OverflowError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            if isinstance(exc, socket.gaierror) or getattr(exc, "errno", None) == errno.EADDRNOTAVAIL:
                fix = "give an address of this machine with --host (or $WSISKG_HOST), e.g. 127.0.0.1"
            elif getattr(exc, "errno", None) == errno.EACCES:
                fix = "ports below 1024 need privileges: choose another with --port"
            else:
                fix = "choose another with --port"
            raise WsisKgError(f"cannot listen on {host}:{port} ({reason}); {fix}") from None


@click.command()
@store_option
@click.option("--host", default=None, help="Interface to listen on (default 127.0.0.1).")
@click.option("--port", type=click.IntRange(1, 65535), default=None, help="Port (default 5000).")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Worker processes (default 2).")
def serve(store: str | None, host: str | None, port: int | None, workers: int | None) -> None:
    """Serve the SPARQL endpoint, linked-data pages and exports over HTTP (gunicorn)."""
    from ..server.serve import run

    try:
        cfg = config(store, host=host, port=port, workers=workers)
        _check_port(cfg.host, cfg.port)
        open_store(cfg, read_only=True).close()  # an existing store, never a new empty one
    except WsisKgError as exc:
        fail(exc)
    click.echo(
        f"wsis-kg serving {cfg.store} at http://{cfg.host}:{cfg.port}/ (SPARQL: http://{cfg.host}:{cfg.port}/sparql)",
        err=True,
    )
    run(cfg)
