"""Placeholder blueprint; see server/app.py."""

from flask import Blueprint

bp = Blueprint("exports", __name__)
