"""The report's own meeting held by a group of people named with what they answer for (``X Ministers responsible
for Y``, ``Heads of Z in charge of W``): the group's name runs over the lower-case link to its remit
(``casing.name_link``, the one list of such links) in every reader that decides where it ends, so the own
meeting, the body record made of it and the group's other numbered meetings name one body. Names, places and
dates are our own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import make_report, meeting_named, parsed_text

from wsiskg.ingest.extract import extract

D = date


@pytest.mark.parametrize(
    ("text", "key", "name", "number", "start"),
    [
        (
            "Record\n\n1. The Third Meeting of IGAD Ministers responsible for Digital Affairs was held in Djibouti on "
            "9 May 2031.\n\n2. The Ministers adopted the regional broadband plan.\n",
            "igad-ministers-responsible-for-digital-affairs",
            "IGAD Ministers responsible for Digital Affairs",
            3,
            D(2031, 5, 9),
        ),
        (
            "Report\n\n1. The second meeting of CITEL Heads of Regulators in charge of Spectrum took place in "
            "Kingston on 14 and 15 October 2030.\n\n2. The Heads agreed on a common band plan.\n",
            "citel-heads-of-regulators-in-charge-of-spectrum",
            "CITEL Heads of Regulators in charge of Spectrum",
            2,
            D(2030, 10, 14),
        ),
        (
            "Outcome\n\n1. The Fifth Meeting of APT Officials with responsibility for Postal Services was "
            "convened in Bangkok on 3 March 2032.\n\n2. Officials reviewed the draft guidelines.\n",
            "apt-officials-with-responsibility-for-postal-services",
            "APT Officials with responsibility for Postal Services",
            5,
            D(2032, 3, 3),
        ),
    ],
)
def test_the_own_meeting_of_a_group_named_with_its_remit_is_the_whole_groups(
    tmp_path: Path, text: str, key: str, name: str, number: int, start: date
) -> None:
    assert meeting_named(parsed_text(tmp_path, text)) == (key, number, start, name)


@pytest.mark.parametrize(
    ("text", "key", "start"),
    [
        (
            "RECORD OF THE MEETING OF ECOWAS MINISTERS RESPONSIBLE FOR ROAD SAFETY\nLomé – 9 May 2031\n\n"
            "1. The Meeting was opened by the Minister of Transport of Togo.\n\n2. Ministers adopted the "
            "plan.\n",
            "ecowas-ministers-responsible-for-road-safety",
            D(2031, 5, 9),
        ),
        (
            "SUMMARY OF THE MEETING OF ASEAN HEADS OF STATE IN CHARGE OF BORDER CONNECTIVITY\n"
            "Vientiane, 20 June 2029\n\n1. The Heads of State reviewed the corridor projects.\n\n"
            "2. The agenda was adopted.\n",
            "asean-heads-of-state-in-charge-of-border-connectivity",
            D(2029, 6, 20),
        ),
        (
            "REPORT OF THE MEETING OF CEPT OFFICIALS RESPONSIBLE FOR RURAL TELEPHONY\nRiga, 2 February 2030\n\n"
            "1. The officials reviewed the coverage maps.\n\n2. The next meeting will be held in 2031.\n",
            "cept-officials-responsible-for-rural-telephony",
            D(2030, 2, 2),
        ),
    ],
)
def test_a_line_in_capitals_names_the_group_with_its_remit(tmp_path: Path, text: str, key: str, start: date) -> None:
    x = extract(parsed_text(tmp_path, text))
    assert x.meeting is not None
    assert (x.meeting.body, x.meeting.start) == (key, start)


@pytest.mark.parametrize(
    ("lines", "body", "other"),
    [
        (
            (
                "The Second Meeting of EAC Ministers responsible for Transport was held in Kigali on 4 April 2031.",
                "The Third Meeting of EAC Ministers responsible for Transport will be held in Arusha in 2032.",
            ),
            "eac-ministers-responsible-for-transport",
            ("eac-ministers-responsible-for-transport-3", "3rd meeting of the EAC Ministers responsible for Transport"),
        ),
        (
            (
                "The Sixth Meeting of ASEAN Heads of Regulators in charge of Numbering took place in Vientiane on 2 "
                "June 2030.",
                "Delegates agreed that the Seventh Meeting of ASEAN Heads of Regulators in charge of Numbering would "
                "be hosted by Brunei.",
            ),
            "asean-heads-of-regulators-in-charge-of-numbering",
            (
                "asean-heads-of-regulators-in-charge-of-numbering-7",
                "7th meeting of the ASEAN Heads of Regulators in charge of Numbering",
            ),
        ),
    ],
)
def test_the_groups_next_numbered_meeting_is_keyed_by_the_same_name(
    lines: tuple[str, ...], body: str, other: tuple[str, str]
) -> None:
    x = extract(make_report(*lines, title="Record of the meeting"))
    assert x.meeting is not None and x.meeting.body == body
    assert [(e.key, e.name) for e in x.events] == [other]


def test_a_groups_meeting_named_short_is_the_same_groups() -> None:
    """``the Fourth Meeting of X Ministers`` after ``the Third Meeting of X Ministers in charge of Y``: the same
    group named short, keyed by the report's own meeting's body."""
    x = extract(
        make_report(
            "The Third Meeting of SACU Ministers in charge of Trade took place in Maseru on 8 May 2031.",
            "The Ministers agreed that the Fourth Meeting of SACU Ministers would be hosted by Eswatini.",
            title="Record of the meeting",
        )
    )
    assert x.meeting is not None and x.meeting.body == "sacu-ministers-in-charge-of-trade"
    assert [e.key for e in x.events] == ["sacu-ministers-in-charge-of-trade-4"]
