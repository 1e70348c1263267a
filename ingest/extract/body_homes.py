"""A meeting body's secretariat and the organisation it belongs to, along its parent chain
(:func:`meeting_secretariat`, :func:`own_secretariat`, :func:`home_organization`)."""

from __future__ import annotations

from wsiskg.ingest.extract.gazetteer import bodies, body_ancestors, meeting_secretariats
from wsiskg.ingest.extract.study_groups import study_group_sector


def _ancestors(key: str | None) -> list[str]:
    """``key`` and its parents; a study group (not in the gazetteer) continues from its sector."""
    if not key:
        return []
    sector = study_group_sector(key)
    return [key, *body_ancestors(sector)] if sector and key not in bodies() else body_ancestors(key)


def meeting_secretariat(meeting_body: str | None) -> str | None:
    """The body that ``the Secretariat`` means in a report of ``meeting_body``: the secretariat
    ``ingest/data/meeting-secretariats.csv`` gives for it or a group above it, short of the
    organisation it belongs to (the General Secretariat serves the whole organisation: a
    group's ``Secretariat`` is never it unless the text names it); else the meeting body's own
    secretariat (:func:`own_secretariat`)."""
    if not meeting_body:
        return None
    table = meeting_secretariats()
    home = home_organization(meeting_body)
    for key in _ancestors(meeting_body):
        if key == home or (bodies().get(key) and bodies()[key].kind in ("un-entity", "organization")):
            break
        if key in table:
            return table[key]
    return own_secretariat(meeting_body)[0]


def own_secretariat(meeting_body: str) -> tuple[str, str]:
    """Key and name of the secretariat of a body with none of its own in the data:
    ``cwg-internet-secretariat``, ``Secretariat of the Council Working Group on ...``."""
    entry = bodies().get(meeting_body)
    return f"{meeting_body}-secretariat", f"Secretariat of the {entry.name if entry else meeting_body}"


def home_organization(meeting_body: str | None) -> str | None:
    """The organisation a meeting body belongs to (``cwg-wsis-sdg`` -> ``itu``)."""
    table = bodies()
    for key in _ancestors(meeting_body):
        entry = table.get(key)
        if entry and entry.kind in ("un-entity", "organization") and key != "un":
            return key
    return None
