"""Ingestion: read -> parse -> extract -> model -> validate.

Each stage is one module (or sub-package) and passes small frozen dataclasses
(``records.py``) to the next; only ``model.py`` knows RDF and mints IRIs.
"""
