"""``the Member States of the Asia-Pacific Telecommunity (APT)``: a group of a body whose name ends with its acronym
in brackets is one addressee, the group of that body as written (annotation guide decision 42: an ``of`` phrase
that says whose stays), the acronym aside; before, the bracket kept the phrase from reading as a group and its
body, and the group and the body were asked apart (ingest/extract/request_addressee_groups.py, ``_grouped``).
Every sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

from extract_support import labelled_requests, parsed_text

from wsiskg.ingest.extract import extract

_CONTRIBUTION = """Council Working Group on Coastal Connectivity
Contribution from the Republic of Chile

1. This contribution shares national experience with coastal broadband mapping.

2. {sentence}
"""


def _asked(tmp_path: Path, sentence: str) -> list[list[str]]:
    return [r[2] for r in labelled_requests(extract(parsed_text(tmp_path, _CONTRIBUTION.format(sentence=sentence))))]


def test_member_states_of_a_regional_body_and_its_acronym(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "Chile invites the Member States of the Asia-Pacific Telecommunity (APT) to share their coastal maps with the "
        "Group before the end of October 2031.",
    )
    assert got == [["Member States of the Asia-Pacific Telecommunity"]]


def test_member_states_of_a_body_named_with_of_words(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "Chile invites the Member States of the Regional Commonwealth in the field of Communications (RCC) to share "
        "their maps.",
    )
    assert got == [["Member States of the Regional Commonwealth in the field of Communications"]]


def test_administrations_of_a_community_and_its_acronym(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "Chile encourages the administrations of the Economic Community of West African States (ECOWAS) to "
        "publish their maps.",
    )
    assert got == [["administrations of the Economic Community of West African States"]]


def test_a_list_after_the_group_still_asks_each(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "Chile invites the Member States of the Caribbean Telecommunications Union (CTU) and UNESCO to share their "
        "maps with the Group.",
    )
    assert got == [
        [
            "Member States",
            "Caribbean Telecommunications Union",
            "United Nations Educational, Scientific and Cultural Organization",
        ]
    ]
