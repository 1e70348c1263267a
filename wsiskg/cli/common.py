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

#: a remote store's other settings: option -> (Config field, help); the environment gives them too
REMOTE_OPTIONS = {
    "--store-update": ("store_update", "A SPARQL endpoint store's Update URL (default derived; $WSISKG_STORE_UPDATE)."),
    "--store-gsp": ("store_gsp", "Its Graph Store Protocol URL, or 'none' (default: derived; $WSISKG_STORE_GSP)."),
    "--store-user": ("store_user", "Its user name (HTTP Basic or Digest; $WSISKG_STORE_USER)."),
    "--store-password": ("store_password", "Its password (prefer $WSISKG_STORE_PASSWORD: options show in ps)."),
}


def _remember(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None and param.name:
        ctx.meta["wsiskg." + param.name] = value


def store_option(command: Any) -> Any:
    """``--store DIR|URL`` and a remote store's ``--store-update``, ``--store-gsp``, ``--store-user``,
    ``--store-password`` (kept in the click context for :func:`config`, so commands take only ``store``)."""
    for flag, (field, text) in reversed(REMOTE_OPTIONS.items()):
        command = click.option(flag, field, default=None, expose_value=False, callback=_remember, help=text)(command)
    return click.option("--store", "store", default=None, metavar="DIR|URL", help=STORE_HELP)(command)


def config(store: str | None, **overrides: Any) -> Config:
    """The configuration, with the base IRI the store records (a conflicting --base is an error, exit 2)."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        for field, _ in REMOTE_OPTIONS.values():
            overrides.setdefault(field, ctx.meta.get("wsiskg." + field))
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
