"""App-scoped accessors: the configuration, the store and the query executor of the current app.

Blueprints import these (never ``app.py``), so the server package has no import cycle:
``context`` depends only on Flask and the core layer; ``app.create_app`` puts the objects
into the app and registers the blueprints (as in Flask's flaskr tutorial).
"""

from __future__ import annotations

from typing import cast

from flask import Flask, current_app

from wsiskg.core.config import Config
from wsiskg.core.store import Store

from .executor import InlineExecutor, ProcessExecutor, make_executor

Executor = InlineExecutor | ProcessExecutor

CONFIG_KEY = "WSISKG"
STORE_KEY = "wsiskg.store"
EXECUTOR_KEY = "wsiskg.executor"


def install(app: Flask, config: Config, store: Store) -> None:
    """Attach ``config`` and ``store`` to ``app`` (the executor is created on first use)."""
    app.config[CONFIG_KEY] = config
    app.extensions[STORE_KEY] = store


def get_config(app: Flask | None = None) -> Config:
    return cast(Config, (app or current_app).config[CONFIG_KEY])


def get_store(app: Flask | None = None) -> Store:
    return cast(Store, (app or current_app).extensions[STORE_KEY])


def get_executor(app: Flask | None = None) -> Executor:
    """The app's query executor (created on first use; a process pool for on-disk stores)."""
    app = app or current_app
    executor = app.extensions.get(EXECUTOR_KEY)
    if executor is None:
        executor = make_executor(get_store(app), get_config(app).query_timeout)
        app.extensions[EXECUTOR_KEY] = executor
    return cast(Executor, executor)


def close_executor(app: Flask) -> None:
    """Stop the app's query workers (when a web worker exits)."""
    executor = app.extensions.pop(EXECUTOR_KEY, None)
    if executor is not None:
        executor.close()
