"""Whom a letter's ``you`` asks (issue 8, round 55): a ``To:`` line that lists groups and, between semicolons, bodies
each named whole (``...; League of Arab States; Arab ICT Organization (AICTO)``) addresses the bodies too, not only
the groups; a body inside a group's piece (``ITU-T Associates of Study Group 12``) adds none. Every name and
sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import make_report
from test_request_addressees import labels, run


def _letter(to_line: str) -> list[tuple[str, ...]]:
    r = make_report(
        "Ref.: BDT/AFR/31-0412",
        "Geneva, 4 May 2031",
        to_line,
        "Subject: Regional forum on digital skills",
        "Excellency,",
        "I have the honour to invite you to the regional forum on digital skills, to be held in Kigali on 3 June 2031.",
        "Yours faithfully,",
        "Dr Mele Taufa-Lindgren",
        "Director",
    )
    return [tuple(sorted(labels(x))) for x in run(r, None)]


@pytest.mark.parametrize(
    ("to_line", "expected"),
    [
        (
            "To: Ministers responsible for ICT; African Union Commission; Southern African Development Community "
            "(SADC)",
            ("African Union Commission", "Ministers responsible for ICT", "Southern African Development Community"),
        ),
        (
            "To: Heads of regulatory authorities; ITU-D Sector Members; Economic Community of West African States",
            ("Economic Community of West African States", "Heads of regulatory authorities", "ITU-D Sector Members"),
        ),
    ],
)
def test_bodies_listed_between_semicolons_beside_groups_are_addressed(to_line: str, expected: tuple[str, ...]) -> None:
    assert _letter(to_line) == [expected]


def test_a_body_inside_a_group_s_piece_is_no_addressee_of_its_own() -> None:
    got = _letter("To: Administrations of Member States; ITU-T Associates of Study Group 12")
    assert got == [("Administrations of Member States", "ITU-T Associates of Study Group 12")]
