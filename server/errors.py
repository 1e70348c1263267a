"""HTTP error handling in one place (placeholder; see server/app.py)."""

from flask import Flask


def register(app: Flask) -> None:
    pass
