"""Whom ``you`` asks in a letter whose salutation names a person after any honorific of
``ingest/data/honorifics.csv`` (``Dear Ambassador X,``, ``Dear Eng. Y,``): that person, as the address
block names them. Every name and sentence here is invented."""

from __future__ import annotations

import pytest
from extract_support import make_report
from test_request_addressees import run, whom


@pytest.mark.parametrize(
    ("address", "greeting", "key"),
    [
        ("Ambassador Teodora Vasquez-Lindholm", "Dear Ambassador Vasquez-Lindholm,", "person:teodora-vasquez-lindholm"),
        ("Eng. Kofi Brandvold-Asante", "Dear Eng. Brandvold-Asante,", "person:kofi-brandvold-asante"),
        ("Sheikha Maryam Al-Rashidi", "Dear Sheikha Al-Rashidi,", "person:maryam-al-rashidi"),
    ],
)
def test_a_salutation_after_any_listed_honorific_greets_that_person(address: str, greeting: str, key: str) -> None:
    letter = make_report(
        address,
        "Permanent Mission, Geneva",
        greeting,
        "I should be grateful if you would confirm your participation by 30 May 2033.",
        "Yours sincerely,",
        "Ilse Marchetti-Oduya",
        "Director",
    )
    assert [whom(x) for x in run(letter, None)] == [(key,)]
