"""The Flask application factory.

``create_app(config)`` builds one app over one :class:`wsiskg.core.store.Store`.
Blueprints are imported inside the factory (flaskr style):

- ``server/sparql.py``       SPARQL 1.1 Protocol at ``/sparql``, named queries at ``/queries/NAME``
- ``server/linked_data.py``  resource pages and content negotiation for every minted IRI, ``/def``, VoID
- ``server/exports.py``      actor-graph exports, ``/graph`` view, ``/stats``
"""

from __future__ import annotations

from pathlib import Path

from flask import Flask

from wsiskg.core.config import Config
from wsiskg.core.store import Store


def create_app(config: Config | None = None, store: Store | None = None) -> Flask:
    config = config or Config.from_env()
    app = Flask(__name__)
    app.config["WSISKG"] = config
    if store is None:
        # read-only unless updates are enabled: several server processes can then share the store
        read_only = not config.update_enabled and config.store is not None and Path(config.store).exists()
        store = Store.open(config.store, read_only=read_only, **config.store_options())
    app.extensions["wsiskg.core.store"] = store

    from . import errors, exports, linked_data, sparql

    errors.register(app)
    app.register_blueprint(sparql.bp)
    app.register_blueprint(exports.bp)
    app.register_blueprint(linked_data.bp)  # last: it answers for every minted path
    return app


def get_store(app: Flask) -> Store:
    return app.extensions["wsiskg.core.store"]


def get_config(app: Flask) -> Config:
    return app.config["WSISKG"]
