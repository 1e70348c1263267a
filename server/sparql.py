"""Placeholder blueprint; see server/app.py."""

from flask import Blueprint

bp = Blueprint("sparql", __name__)
