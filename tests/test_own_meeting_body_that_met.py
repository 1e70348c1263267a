"""The body of the report's own meeting as the body that met, named as the report first writes it (decisions 3
and 6): a group of an organisation that a header line names without the organisation's acronym (``Union of X
(XYZ)`` / ``Working Group on Y (XYZ WG-Y)``: not ``XYZ Working Group on Y``; :func:`.own_meeting._owner_off`) and
a meeting named after its organiser and a hyphen between spaces (``ABC - Meeting of Y``:
:func:`.own_meeting.page_words_off`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import meeting_body_names, parsed_text

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
