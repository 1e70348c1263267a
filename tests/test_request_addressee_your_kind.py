"""Whom a letter asks (issue 8, round 55): ``your Ministry``, ``your company``, ``your Sector`` (a noun of
``writer-nouns.csv``) are the body the address block heads by its post (``Minister for X``: the ``Ministry for X``)
or names, else the one body of that kind the letter names. Every name and sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import make_report
from test_request_addressees import labels, run


def _letter(address: tuple[str, ...], *body: str) -> list[tuple[str, ...]]:
    r = make_report(
        "Ref: DM/31/77",
        "Geneva, 4 May 2031",
        *address,
        "Dear Sir,",
        *body,
        "Yours faithfully,",
        "Dr Mele Taufa-Lindgren",
        "Director",
    )
    return [labels(x) for x in run(r, None)]


@pytest.mark.parametrize(
    ("address", "sentence", "expected"),
    [
        (
            (
                "His Excellency",
                "Mr Tomasi Vainikolo-Reyes",
                "Minister for Infrastructure, Transport and Communications",
                "Nuku'alofa, Tonga",
            ),
            "I would be grateful if your Ministry could designate a focal point for the assessment mission.",
            "Ministry for Infrastructure, Transport and Communications",
        ),
        (
            (
                "Her Excellency",
                "Ms Aigerim Sadykova-Brandt",
                "Minister of Digital Development, Republic of Kazakhstan",
                "Astana",
            ),
            "I invite your Ministry to nominate two experts to the regional workshop.",
            "Ministry of Digital Development",
        ),
        (
            ("Mr Oisín Delacroix-Byrne", "Chief Technology Officer", "Aurora Fibre Networks Ltd", "Dublin, Ireland"),
            "I also invite your company to join the Focus Group on optical access.",
            "Aurora Fibre Networks Ltd",
        ),
    ],
)
def test_your_ministry_or_company_is_the_body_the_address_block_names(
    address: tuple[str, ...], sentence: str, expected: str
) -> None:
    assert _letter(address, sentence) == [(expected,)]


def test_your_sector_is_the_one_sector_the_letter_names() -> None:
    got = _letter(
        ("Dr Ana Lúcia Ferreira-Okoye", "Assistant Director-General for Education", "UNESCO, Paris"),
        "I write to propose how UNESCO's Education Sector and the Bureau might share the work on digital skills.",
        "I invite your Sector to co-organize the expert meeting on open educational resources.",
    )
    assert got == [("Education Sector",)]
