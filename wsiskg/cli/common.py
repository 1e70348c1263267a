"""What every command shares: the --store option, configuration, opening the store, one-line errors."""

from __future__ import annotations

import sys
from typing import Any, NoReturn

import click

from ..core.config import Config
from ..core.errors import WsisKgError
from ..core.store import Store

STORE_HELP = "Store directory (default: $WSISKG_STORE, else ~/.local/share/wsiskg/store)."

store_option = click.option("--store", "store", type=click.Path(file_okay=False), default=None, help=STORE_HELP)


def config(store: str | None, **overrides: Any) -> Config:
    return Config.from_env(store=store, **overrides)


def open_store(cfg: Config, read_only: bool = False) -> Store:
    return Store.open(cfg.store, read_only=read_only)


def fail(exc: WsisKgError) -> NoReturn:
    """One line on stderr, the error's exit code (2 for usage and input errors)."""
    click.echo(f"wsiskg: error: {exc}", err=True)
    sys.exit(exc.exit_code)
