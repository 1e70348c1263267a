"""What every command shares: the --store option, configuration, opening the store, one-line errors."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from typing import Any, NoReturn

import click

from ..core.config import Config
from ..core.errors import WsisKgError
from ..core.store import NoStore, Store

STORE_HELP = (
    "Store: a directory (embedded store) or a SPARQL endpoint sparql+http(s)://host:port/path "
    "(default: $WSISKG_STORE, else ~/.local/share/wsiskg/store; see docs/stores.md)."
)

store_option = click.option("--store", "store", default=None, metavar="DIR|URL", help=STORE_HELP)


def config(store: str | None, **overrides: Any) -> Config:
    """The configuration, with the base IRI the store records (a conflicting --base is an error, exit 2)."""
    cfg = Config.from_env(store=store, **overrides)
    try:
        recorded = _recorded_base(cfg)
    except WsisKgError as exc:
        fail(exc)
    if recorded is None:
        return cfg
    asked = overrides.get("base") or os.environ.get("WSISKG_BASE")
    if asked and cfg.base != recorded:
        fail(
            WsisKgError(
                f"the store {cfg.store} holds data minted under base {recorded}, not {cfg.base}; "
                "drop --base (and $WSISKG_BASE) or use another --store"
            )
        )
    return replace(cfg, base=recorded)


def _recorded_base(cfg: Config) -> str | None:
    """The base recorded in an existing store (None when there is no store yet or none is recorded)."""
    if cfg.store is None:
        return None
    try:
        st = Store.open(cfg.store, read_only=True, **cfg.store_options())
    except NoStore:
        return None
    with st:
        return st.recorded_base()


def open_store(cfg: Config, read_only: bool = False) -> Store:
    """The configured store. ``read_only``: an existing one, never created ("no store at ...; run
    `wsiskg ingest` first"); otherwise opened for writing, recording ``cfg.base`` with the first write."""
    st = Store.open(cfg.store, read_only=read_only, **cfg.store_options())
    if not read_only:
        st.set_base(cfg.base)
    return st


def fail(exc: WsisKgError) -> NoReturn:
    """One line on stderr, the error's exit code (2 for usage and input errors)."""
    click.echo(f"wsiskg: error: {exc}", err=True)
    sys.exit(exc.exit_code)
