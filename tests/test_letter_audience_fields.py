"""Whom a letter is written to, as its requests' ``you``: a ``To:`` label alone on its line with the groups
on the next one (a layout's wide gap split the field), and a recipient marked as copied for information
(no audience). Every name and sentence here is invented."""

from __future__ import annotations

import pytest
from extract_support import make_report
from test_request_addressees import labels, run


def _circular(*front: str) -> tuple[tuple[str, ...], ...]:
    letter = make_report(
        "Ref.: BDT/XYZ/33-041",
        "Date: 9 February 2033",
        *front,
        "Subject: Online workshop on rural connectivity",
        "Dear Sir/Madam,",
        "I have the pleasure to invite you to take part in the online workshop on 12 April 2033.",
        "Yours faithfully,",
        "Oyelaran Fitzwilliam-Dube",
        "Director",
    )
    return tuple(labels(x) for x in run(letter, None))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "ITU Member States, ITU-D Sector Members and Academia",
            ("ITU Member States", "ITU-D Sector Members", "Academia"),
        ),
        (
            "Administrations of Member States; Regional Regulatory Associations",
            ("Administrations of Member States", "Regional Regulatory Associations"),
        ),
        ("Regulators, operators and tower companies", ("Regulators", "operators", "tower companies")),
    ],
)
def test_a_to_label_alone_on_its_line_addresses_the_groups_on_the_next(line: str, expected: tuple[str, ...]) -> None:
    assert _circular("To:", line) == (expected,)


def test_a_recipient_copied_for_information_is_no_audience() -> None:
    assert _circular("To:", "Sector Members; Academia (for information)") == (("Sector Members",),)


def test_a_to_label_alone_before_the_subject_leaves_the_participants() -> None:
    assert _circular("To:") == (("participants",),)
