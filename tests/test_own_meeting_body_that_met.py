"""The body of the report's own meeting as the body that met, named as the report first writes it (decisions 3
and 6): a part of a catalogue body that a sentence stating the meeting says met (``The review panel of the
Commission on X met ...``: the panel, not the commission; :func:`.meeting_parts.stated_part`), a group of an
organisation that a header line names without the organisation's acronym (``Union of X (XYZ)`` / ``Working
Group on Y (XYZ WG-Y)``: not ``XYZ Working Group on Y``; :func:`.own_meeting._owner_off`) and a meeting named after
its organiser and a hyphen between spaces (``ABC - Meeting of Y``: :func:`.own_meeting.page_words_off`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import meeting_body_names, meeting_parts, parsed_text

_PANEL = """Commission on Science and Technology for Development
Mid-term Review Panel
Geneva, 4-6 March 2031

CHAIR'S SUMMARY

1 The mid-term review panel of the Commission on Science and Technology for Development (CSTD) met in Geneva from 4 to
6 March 2031 to prepare the thirty-fourth session of the Commission. It was chaired by Ms Ilse Moravec (Austria).

2 The panel invited the Commission to consider its findings.
"""

_STEERING = """ECONOMIC AND SOCIAL COMMISSION FOR ASIA AND THE PACIFIC

Summary of the meeting

Bangkok, 9-10 May 2030

1 The Regional Steering Committee of the Economic and Social Commission for Asia and the Pacific was held on 9 May 2030.

2 The Committee requested the secretariat to circulate the revised work plan by 30 June 2030.
"""

_BOARD = """Internet Governance Forum

Summary record

1 The third meeting of the Advisory Board of the Internet Governance Forum (IGF) took place in Kigali on 12 June 2032.

2 The Board agreed on the themes of the next annual meeting.
"""


_AFTER = """Internet Governance Forum
2031-2032 Review Panel
Nairobi, 3-5 May 2031

CHAIR'S SUMMARY

1 The IGF 2031-2032 review panel met in Nairobi from 3 to 5 May 2031, chaired by Mr Otieno Wekesa-Lund (Kenya).

2 The panel invited the Forum to consider its findings.
"""


@pytest.mark.parametrize(
    ("text", "name", "parts"),
    [
        (
            _PANEL,
            "mid-term review panel of the Commission on Science and Technology for Development",
            (None, date(2031, 3, 4), date(2031, 3, 6)),
        ),
        (
            _STEERING,
            "Regional Steering Committee of the Economic and Social Commission for Asia and the Pacific",
            (None, date(2030, 5, 9), date(2030, 5, 10)),  # the dateline's days
        ),
        (_BOARD, "Advisory Board of the Internet Governance Forum", (3, date(2032, 6, 12), None)),
        (_AFTER, "IGF 2031-2032 review panel", (None, date(2031, 5, 3), date(2031, 5, 5))),
    ],
)
def test_a_part_of_a_body_a_sentence_says_met_is_the_body_that_met(
    tmp_path: Path, text: str, name: str, parts: tuple
) -> None:
    report = parsed_text(tmp_path, text)
    found = meeting_parts(report)
    assert found is not None and found[1:] == parts
    names = meeting_body_names(report)
    assert names is not None and names[0] == name


def test_a_part_in_a_sentence_about_other_days_leaves_the_body_that_met(tmp_path: Path) -> None:
    other = "2 The working group of the Commission on Science and Technology for Development met on 2 February 2031."
    text = _PANEL.replace("The mid-term review panel of the", "The").replace("2 The panel", f"{other}\n\n3 The panel")
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is not None and found[0] == "cstd"


_RCC = """REGIONAL COMMONWEALTH IN THE FIELD OF COMMUNICATIONS (RCC)
Working Group on Spectrum Harmonization (RCC WG-SH)
Almaty, 3-5 September 2031

MINUTES OF THE FOURTH MEETING

1 The fourth meeting of the RCC Working Group on Spectrum Harmonization was held in Almaty from 3 to 5 September 2031.
It was chaired by Mr Ruslan Abenov (Kazakhstan).

2 The Working Group invited the administrations to submit their proposals by 1 November 2031.
"""

_APT = """Asia-Pacific Telecommunity (APT) Task Group on Satellite Policy
Suva, 14-15 July 2030

Report of the second meeting

1 The second meeting of the APT Task Group on Satellite Policy was held in Suva on 14 and 15 July 2030, chaired by
Ms Mere Tuilagi (Fiji).

2 The Task Group requested the APT Secretariat to compile the responses by 30 September 2030.
"""

_ATU = """AFRICAN TELECOMMUNICATIONS UNION (ATU)
Committee on Numbering Resources
Kampala, 20-22 January 2032

REPORT OF THE THIRD MEETING

1 The third meeting of the ATU Committee on Numbering Resources was held in Kampala from 20 to 22 January 2032.

2 The Committee invited Member States to report on their national numbering plans.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_RCC, ("Working Group on Spectrum Harmonization", "RCC WG-SH")),
        (_APT, ("Task Group on Satellite Policy", None)),
        (_ATU, ("Committee on Numbering Resources", None)),
    ],
)
def test_a_group_a_header_line_names_without_its_organisation_is_named_so(
    tmp_path: Path, text: str, expected: tuple[str, str | None]
) -> None:
    assert meeting_body_names(parsed_text(tmp_path, text)) == expected


def test_a_header_line_that_goes_on_names_another_group(tmp_path: Path) -> None:
    text = _ATU.replace("Committee on Numbering Resources\n", "Committee on Numbering Resources and Tariffs\n")
    names = meeting_body_names(parsed_text(tmp_path, text))
    assert names is not None and names[0] == "ATU Committee on Numbering Resources"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("TSB - Meeting of Heads of Regional Offices", "Meeting of Heads of Regional Offices"),
        ("ESCAP - Expert Group Meeting on Rural Connectivity", "Expert Group Meeting on Rural Connectivity"),
        ("UNDP - Regional Workshop on Digital Identity", "Regional Workshop on Digital Identity"),
    ],
)
def test_a_meeting_named_after_its_organiser_and_a_spaced_hyphen_is_named_without_it(
    tmp_path: Path, title: str, name: str
) -> None:
    text = f"{title}\n\nRecord of the 4th meeting\n\nGeneva, 2-3 April 2031\n\n1 The participants reviewed the plan.\n"
    names = meeting_body_names(parsed_text(tmp_path, text))
    assert names is not None and names[0] == name


def test_a_group_named_on_after_the_body_is_not_cut_to_a_part(tmp_path: Path) -> None:
    text = _AFTER.replace("The IGF 2031-2032 review panel met", "The IGF review panel on Data Governance met")
    found = meeting_parts(parsed_text(tmp_path, text))
    assert found is not None and found[0] != "igf-review-panel"
