"""A signature's post followed by the term it is held for (issue 8, decisions 11 and 55): a name without an honorific
over ``Chair, UNGIS (2031)`` or ``Chairman, TDAG (2030-2034)`` ending a document of no meeting signs it, and what it
asks with no asker is that person's (a name with an honorific was already read so). Every sentence, name and body here
is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_PLAN = """Telecommunication Development Advisory Group (TDAG)
Plan of Action 2031-2033 for the regional initiatives
1 This plan sets out how the regional initiatives will be reviewed before the next conference.
2 Member States are urged to designate a focal point for each initiative by 30 June 2031.
3 The plan will be reviewed at the next meeting of the Group.
{name}
{post}
"""


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Amaru Quispe-Mamani", "amaru-quispe-mamani"),
        ("Hine Tawhiri-Rangi", "hine-tawhiri-rangi"),
        ("Oskar Lindgren Falk", "oskar-lindgren-falk"),
    ],
)
@pytest.mark.parametrize("post", ["Chairman, TDAG (2031)", "Chairman, TDAG (2030-2034)", "Chair, TDAG (2030–2034)"])
def test_a_signatures_post_with_its_term_signs(tmp_path: Path, name: str, key: str, post: str) -> None:
    requests = extract(parsed_text(tmp_path, _PLAN.format(name=name, post=post))).requests
    assert [(r.requester.kind, r.requester.key) for r in requests] == [("person", key)]
