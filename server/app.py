"""The Flask application factory.

``create_app(config)`` builds one app over one :class:`wsiskg.core.store.Store` and registers
the blueprints (flaskr style); blueprints reach the config, store and executor through
:mod:`server.context`, never through this module, so the package has no import cycle.

- ``server/home.py``         the home page ``/`` and the label search
- ``server/sparql.py``       SPARQL 1.1 Protocol at ``/sparql``, named queries at ``/queries/NAME``
- ``server/exports.py``      actor-graph exports, ``/graph`` view, ``/stats``
- ``server/linked_data/``    resource pages and content negotiation for every minted IRI, ``/def``, VoID
"""

from __future__ import annotations

import atexit
import weakref
from pathlib import Path

from flask import Flask

from wsiskg.core.config import Config
from wsiskg.core.store import Store

from . import context, errors, exports, home, sparql
from .linked_data import routes as linked_data


def create_app(config: Config | None = None, store: Store | None = None) -> Flask:
    config = config or Config.from_env()
    app = Flask(__name__)
    if store is None:
        # read-only unless updates are enabled: several server processes can then share the store
        read_only = not config.update_enabled and config.store is not None and Path(config.store).exists()
        store = Store.open(config.store, read_only=read_only, **config.store_options())
    context.install(app, config, store)
    errors.register(app)
    app.register_blueprint(home.bp)
    app.register_blueprint(sparql.bp)
    app.register_blueprint(exports.bp)
    app.register_blueprint(linked_data.bp)  # last: it answers for every minted path
    # the query workers go with the process that started them (see server/serve.py for gunicorn)
    atexit.register(_close_at_exit, weakref.ref(app))
    return app


def _close_at_exit(ref: weakref.ref[Flask]) -> None:
    app = ref()
    if app is not None:
        context.close_executor(app)
