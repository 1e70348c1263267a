"""A letter signed ``(signed) NAME`` on one line after its courtesy sentence, with no post under the name (issue 8,
decisions 11 and 55): the person signs, and what the letter asks with no asker named is hers. Before, the name after
the ``(signed)`` mark was no signature (only a name alone on its line was), so the letter's passives went to the
meeting it names. Every sentence, name and body here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_CIRCULAR = """Circular letter CL-33/08
Geneva, 4 March 2033
To: Member States of ITU
Subject: Council Working Group on Languages (CWG-LANG) - consultation on the style guide

Madam, Sir,

1 The Council Working Group on Languages will hold its tenth meeting on 12 May 2033.

2 With a view to that meeting, Member States are invited to comment on the draft style guide by 15 April 2033.

{courtesy}

{signed}
"""


@pytest.mark.parametrize(
    ("courtesy", "signed", "key"),
    [
        (
            "Please accept, Madam, Sir, the assurance of my highest consideration.",
            "(signed) Teodoro Villalba-Ncube",
            "teodoro-villalba-ncube",
        ),
        (
            "Accept, Excellency, the assurances of my highest consideration.",
            "(Signed) Maren Østby-Adeyemi",
            "maren-ostby-adeyemi",
        ),
        ("Yours faithfully,", "(signed) Li Wen-Tsai", "li-wen-tsai"),
    ],
)
def test_a_signed_mark_before_a_name_signs_the_letter(tmp_path: Path, courtesy: str, signed: str, key: str) -> None:
    """The person named after ``(signed)`` asks the letter's passives (decision 55), not the group it names."""
    found = extract(parsed_text(tmp_path, _CIRCULAR.format(courtesy=courtesy, signed=signed)))
    assert key in {p.key for p in found.persons}
    assert {(r.requester.kind, r.requester.key) for r in found.requests} == {("person", key)}


def test_a_signed_mark_before_a_post_alone_signs_as_the_post(tmp_path: Path) -> None:
    """``(signed) Secretary-General``: no person is named, the post signs (decision 11)."""
    text = _CIRCULAR.format(courtesy="Yours faithfully,", signed="(signed) Secretary-General")
    found = extract(parsed_text(tmp_path, text))
    assert {(r.requester.kind, r.requester.key) for r in found.requests} == {("post", "itu/secretary-general")}


@pytest.mark.parametrize(
    ("signed", "key"),
    [
        ("(signed)\n\nAdaeze 0kafor-Lindqvist\n\nSecretary-General", "adaeze-okafor-lindqvist"),
        ("(signed) Bruno Ha1vorsen-Mbeki", "bruno-halvorsen-mbeki"),
    ],
)
def test_a_signer_s_hyphenated_name_with_an_ocr_digit_signs(tmp_path: Path, signed: str, key: str) -> None:
    """``0kafor-Lindqvist``: a zero read for the capital O (a one for an l) in a part of a hyphenated name is mended
    as in a single word, so the person signs (decision 19 reads OCR noise clean), not the post under the name."""
    found = extract(parsed_text(tmp_path, _CIRCULAR.format(courtesy="Yours faithfully,", signed=signed)))
    assert {(r.requester.kind, r.requester.key) for r in found.requests} == {("person", key)}
