"""Whom a request asks when a possessive names the owner of the group or body asked: a named owner only
says whose (``the Union's Member States`` are Member States, ``the Kestrel Institute's Data Programme``
the programme), as a place that only locates the group is dropped (``the region's regulators`` are
regulators, decision 12); an owner in lower case that names no one leaves one group as written
(``the band's incumbent users``); a post owned stays the owner's post. Every name, body and sentence is
invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

#: a record of a working group whose paragraph asks someone
_RECORD = """Council Working Group on Coastal Connectivity
Summary of the fourth meeting
Geneva, 3 March 2034

1. Opening
1.1 The meeting was chaired by Ms Ingrid Solberg-Achebe (Norway).

2. Conclusions
2.1 {sentence}
"""


def _addressees(tmp_path: Path, sentence: str) -> list[list[str]]:
    report = extract(parsed_text(tmp_path, _RECORD.format(sentence=sentence)))
    return [[a.label for a in r.addressees] for r in report.requests]


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        ("The Group invited the Union's Member States to pledge experts to the coastal survey.", "Member States"),
        ("The Group encouraged ITU's Sector Members to share their buoy network data.", "Sector Members"),
        (
            "UNESCO's Ocean Literacy Programme was invited to host the next coastal data workshop.",
            "Ocean Literacy Programme",
        ),
    ],
)
def test_a_named_owner_only_says_whose(tmp_path: Path, sentence: str, addressee: str) -> None:
    assert _addressees(tmp_path, sentence) == [[addressee]]


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        (
            "The Group encouraged the band's incumbent users to register their coastal stations.",
            "band's incumbent users",
        ),
        (
            "The Group invited young people's associations to join the coastal mapping challenge.",
            "young people's associations",
        ),
        (
            "The Group urged the island's fishing cooperatives to test the alert service.",
            "island's fishing cooperatives",
        ),
    ],
)
def test_an_owner_in_lower_case_leaves_one_group_as_written(tmp_path: Path, sentence: str, addressee: str) -> None:
    assert _addressees(tmp_path, sentence) == [[addressee]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Group urged the region's regulators to publish their coastal spectrum plans.",
        "The Group invited this continent's regulators to publish their coastal spectrum plans.",
        "The Group encouraged the sub-region's regulators to publish their coastal spectrum plans.",
    ],
)
def test_a_place_as_owner_only_locates_the_group(tmp_path: Path, sentence: str) -> None:
    assert _addressees(tmp_path, sentence) == [["regulators"]]


def test_a_post_owned_stays_the_owners_post(tmp_path: Path) -> None:
    found = _addressees(tmp_path, "The Group invited the Union's Secretary-General to open the coastal workshop.")
    assert len(found) == 1 and len(found[0]) == 1 and "Secretary-General" in found[0][0]


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        (
            "The Group invited regional regulators' associations to share their coastal findings.",
            "regional regulators' associations",
        ),
        (
            "The Group encouraged national consumers' federations to test the alert service.",
            "national consumers' federations",
        ),
        ("The Group urged small operators' networks to publish their coverage maps.", "small operators' networks"),
    ],
)
def test_a_plural_owner_in_lower_case_leaves_one_group_as_written(
    tmp_path: Path, sentence: str, addressee: str
) -> None:
    assert _addressees(tmp_path, sentence) == [[addressee]]


def test_a_name_in_title_case_with_a_plural_possessive_is_read_as_before(tmp_path: Path) -> None:
    found = _addressees(tmp_path, "The Group invited the Operators' Council of the APT to share its coastal findings.")
    assert found and not any(a.endswith(" of the") for a in found[0])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Group invited the broadcasters' associations, in particular the Lagoon Broadcasting Union (LBU), to"
            " test the alert service.",
            ["broadcasters' associations", "Lagoon Broadcasting Union"],
        ),
        (
            "The Group recommended that national broadcasters' unions, notably LBU and RBU, relay the alerts.",
            ["national broadcasters' unions"],
        ),
        (
            "The Group recommended that the operators' associations include the alert service in their plans.",
            ["operators' associations"],
        ),
    ],
)
def test_a_plural_possessive_goes_on_to_the_group_it_owns(tmp_path: Path, sentence: str, expected: list[str]) -> None:
    """``the operators' associations``: a plural possessive opens the group, never ends it (not ``operators``), in a
    list with the members named after it too (decision 34)."""
    assert [[a.removeprefix("the ") for a in x] for x in _addressees(tmp_path, sentence)] == [expected]
