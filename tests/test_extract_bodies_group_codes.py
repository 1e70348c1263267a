"""Groups of a meeting numbered by a short code (``WG3``, ``SWG 7B-2``, ``DG-4``: ``ingest/data/group-codes.csv``)
or by a designation of letters and digits (``Sub-Working Group 5B3``): bodies of that meeting, named as written,
with their title in brackets when one follows (ingest/extract/defined_bodies.py). Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.bodies import find_bodies
from wsiskg.ingest.extract.gazetteer import bodies as gazetteer_bodies


def _new(*texts: str, meeting_body: str | None = "apt") -> set[str]:
    """The names of the bodies found that the catalogue does not know."""
    return {b.name for b in find_bodies(one_section_report(*texts), meeting_body) if b.key not in gazetteer_bodies()}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Two working groups were formed: WG3 (Spectrum pricing), led by Ms Ana Lobo (Chile), and WG4 (Rural "
            "access), led by Mr Tomas Berg (Sweden).",
            {"WG3 (Spectrum pricing)", "WG4 (Rural access)"},
        ),
        ("SWG 7B-2, chaired by Mr Lim Wei (Singapore), met twice during the week.", {"SWG 7B-2"}),
        (
            "Drafting groups were set up: DG-4 on the Declaration, chaired by Ms Sefo (Tonga); DG-5 on the budget.",
            {"DG-4", "DG-5"},
        ),
        ("WG 2C1 – Fixed services, chaired by Dr Pavel Novak (Czech Republic).", {"WG 2C1"}),
        ("The WG2 convener, Mr Raul Ortiz, was asked to circulate the draft by 3 March 2033.", {"WG2"}),
        ("WG 9A-3 (Coexistence studies) concluded its work.", {"WG 9A-3 (Coexistence studies)"}),
    ],
)
def test_a_group_numbered_by_its_short_code_is_a_body_of_the_meeting(text: str, names: set[str]) -> None:
    assert _new(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sub-Working Group 5B3, under Ms Ilse Moor (Estonia), reached agreement.", {"Sub-Working Group 5B3"}),
        ("Working Group 6C2 and Sub-Working Group 1A4 met.", {"Working Group 6C2", "Sub-Working Group 1A4"}),
    ],
)
def test_a_designation_of_a_letter_then_a_digit_is_the_whole_number(text: str, names: set[str]) -> None:
    assert _new(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Document WG1/5 was noted.",  # a document's symbol
        "The TDAG-WG-Prep met; the WG-SP report was noted.",  # another group's acronym, no number
        "It met in room WG12345 of the tower.",  # a code of more digits
        "WG1-2-3 and DG-2029 are codes.",  # numbers run on
    ],
)
def test_a_code_that_numbers_no_group_is_no_body(text: str) -> None:
    assert not {n for n in _new(text) if n.startswith(("WG", "DG", "SWG"))}


def test_a_short_code_after_another_code_is_part_of_that_name() -> None:
    assert not {n for n in _new("A liaison was sent to IEEE 802 WG11 and to ETSI TC ERM WG3.") if n.startswith("WG")}


@pytest.mark.parametrize(
    "texts",
    [
        ("Working Group 7C (WG 7C), chaired by Ms Ada Kruger (Namibia), met six times.",),
        ("WG 3B met twice.", "Working Group 3B adopted its report."),
        ("Sub-Working Group 2A1 met.", "SWG 2A1 agreed on the text."),
    ],
)
def test_a_short_code_of_a_group_named_in_full_is_that_group(texts: tuple[str, ...]) -> None:
    found = {b.name: b.paragraphs for b in find_bodies(one_section_report(*texts), "apt")}
    assert len(found) == 1
    assert len(next(iter(found.values()))) == len(texts)  # every paragraph mentions it
