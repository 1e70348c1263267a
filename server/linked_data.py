"""Placeholder blueprint; see server/app.py."""

from flask import Blueprint

bp = Blueprint("linked_data", __name__)
