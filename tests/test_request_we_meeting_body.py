"""``We call upon ...`` in a text with no author and no ``We, the X,``: the body of the meeting the text records
or is presumed to record (a declaration a body issues, decision 41's meeting speaking as a whole); before, such a
``we`` asked as no one and the request was lost. Every sentence, name and body here is invented."""

from __future__ import annotations

from pathlib import Path

from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_DECLARATION = """JOINT DECLARATION OF THE {upper} ON {topic}

This declaration is issued by the {name} ({acronym}), an alliance of {members}.

{fact}

We call upon the regulators of the region to {first}.

We encourage the WSIS Forum organisers to {second}.
"""


def _pairs(tmp_path: Path, **fields: str) -> list[tuple[str, str]]:
    report = parsed_text(tmp_path, _DECLARATION.format(upper=fields["name"].upper(), **fields))
    return [(r.requester.key, a.key) for r in extract(report).requests for a in r.addressees]


def test_we_in_a_declaration_issued_by_an_alliance(tmp_path: Path) -> None:
    found = _pairs(
        tmp_path,
        name="Andean Community Radio Alliance",
        acronym="ACRA",
        topic="LOCAL CONTENT",
        members="90 community broadcasters from five countries",
        fact="Community stations reach two million listeners in rural areas, yet most of them hold no licence.",
        first="reserve frequencies for community stations",
        second="hold a session on local content",
    )
    assert ("acra", "regulators") in found
    assert ("acra", "wsis-forum-organisers") in found


def test_we_in_another_alliance_declaration(tmp_path: Path) -> None:
    found = _pairs(
        tmp_path,
        name="Sahel Engineers Alliance",
        acronym="SEA",
        topic="DIGITAL SKILLS",
        members="forty associations of women engineers from six countries",
        fact="Fewer than one engineer in ten in the region is a woman, and most training centres are in the capitals.",
        first="publish the share of women among licensed engineers every year",
        second="give a plenary slot to the winners of the regional coding contest",
    )
    assert ("sea", "regulators") in found
    assert ("sea", "wsis-forum-organisers") in found
