"""Configuration: defaults in one dataclass, overridable by ``WSISKG_*`` variables.

No module-level store or settings: every command and ``create_app`` builds a
:class:`Config` and passes it on.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import InputError

DEFAULT_BASE = "https://w3id.org/wsis-kg/"


def store_location(value: str | Path) -> Path | str:
    """A store location: a ``sparql+http(s)://`` endpoint URL stays a string, anything else is a directory."""
    text = str(value)
    if text.startswith(("sparql+http://", "sparql+https://")):
        return text
    return Path(value)


def default_store_path() -> Path | str:
    """``$WSISKG_STORE``, else ``$XDG_DATA_HOME/wsiskg/store`` (``~/.local/share/wsiskg/store``)."""
    env = os.environ.get("WSISKG_STORE")
    if env:
        return store_location(env)
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "wsiskg" / "store"


@dataclass(frozen=True)
class Config:
    #: directory of the on-disk Oxigraph store, or a ``sparql+http(s)://`` SPARQL endpoint
    #: (docs/stores.md); ``None`` means an in-memory store
    store: Path | str | None = None
    #: a remote store's SPARQL Update and Graph Store Protocol URLs (default: derived from
    #: the endpoint's URL) and credentials (HTTP Basic or Digest)
    store_update: str | None = None
    store_gsp: str | None = None
    store_user: str | None = None
    store_password: str | None = None
    #: base under which data IRIs are minted (``{base}id/...``, ``{base}graph/...``)
    base: str = DEFAULT_BASE
    #: HTTP server
    host: str = "127.0.0.1"
    port: int = 5000
    workers: int = 2
    #: SPARQL endpoint safety
    query_timeout: float = 5.0
    max_rows: int = 10000
    max_query_bytes: int = 100_000
    update_enabled: bool = False
    update_token: str | None = None

    def store_options(self) -> dict[str, str | None]:
        """The options :meth:`wsiskg.core.store.Store.open` takes for a remote store."""
        return {
            "update": self.store_update,
            "gsp": self.store_gsp,
            "user": self.store_user,
            "password": self.store_password,
        }

    @classmethod
    def from_env(cls, **overrides: Any) -> Config:
        """Defaults, then ``WSISKG_<FIELD>`` environment variables, then ``overrides``."""
        values: dict[str, Any] = {"store": default_store_path()}
        for f in fields(cls):
            raw = os.environ.get(f"WSISKG_{f.name.upper()}")
            if raw is None or f.name == "store":
                continue
            try:
                values[f.name] = _coerce(f.type, raw)
            except ValueError:
                raise InputError(
                    f"WSISKG_{f.name.upper()}={raw!r} is not a valid {_kind(f.type)}{_example(f.type)}"
                ) from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        if values.get("store") is not None:
            values["store"] = store_location(values["store"])
        cfg = cls(**values)
        if not 0 < cfg.port < 65536:
            raise InputError(f"port {cfg.port} is out of range; give a port from 1 to 65535")
        if cfg.workers < 1:
            raise InputError(f"workers must be at least 1, got {cfg.workers}")
        for name in ("query_timeout", "max_rows", "max_query_bytes"):
            if not getattr(cfg, name) > 0:  # 0 or less would time out, truncate or refuse every query
                raise InputError(
                    f"WSISKG_{name.upper()}={getattr(cfg, name)} must be more than 0 (default {getattr(cls, name)})"
                )
        if not _is_http_iri(cfg.base):
            raise InputError(f"base {cfg.base!r} is not an http(s) IRI; give one such as {DEFAULT_BASE}")
        if not cfg.base.endswith(("/", "#")):
            cfg = replace(cfg, base=cfg.base + "/")
        return cfg


def _is_http_iri(value: str) -> bool:
    from .iris import is_iri

    return value.startswith(("http://", "https://")) and is_iri(value)


def _kind(type_name: object) -> str:
    name = str(type_name)
    if "bool" in name:
        return "switch"
    return "number" if "float" in name else "whole number" if "int" in name else "value"


def _example(type_name: object) -> str:
    return "; give 1 (on) or 0 (off)" if "bool" in str(type_name) else ""


#: the values a switch (``WSISKG_UPDATE_ENABLED``, ``WSISKG_REGEX_CACHE``) takes; anything else is refused
SWITCH_ON = frozenset({"1", "true", "yes", "on"})
SWITCH_OFF = frozenset({"0", "false", "no", "off", ""})


def switch(raw: str) -> bool:
    """A switch's value: ``1``/``true``/``yes``/``on`` or ``0``/``false``/``no``/``off`` (ValueError otherwise)."""
    value = raw.strip().lower()
    if value in SWITCH_ON:
        return True
    if value in SWITCH_OFF:
        return False
    raise ValueError(raw)


def _coerce(type_name: object, raw: str) -> Any:
    name = str(type_name)
    if "bool" in name:
        return switch(raw)
    if "int" in name:
        return int(raw)
    if "float" in name:
        return float(raw)
    return raw
