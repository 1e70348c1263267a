"""One key for a body's numbered meeting however a report writes it (``keys.numbered_key``): ``the fourth
meeting of the X``, ``X held its fourth meeting``, ``the fourth meeting of the X (ACR)``, ``the ACR ... its
fourth meeting``, ``the second ACR session``, ``the first CODE meeting`` all name meeting ``<body>-4`` of the
body's one key (``BodyIndex.written_key``: the catalogue's, else the key the body extractor found the name
under, the body's short form when it has one, ``body_aliases.spans_under_one_key``), so the graph holds one
event, not two. Bodies, places, dates and sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.body_names import body_index
from wsiskg.ingest.extract.events import event_mentions
from wsiskg.ingest.extract.keys import numbered_key

D = date
_LETTER = "Contribution from the Republic of Norland"


def _events(title: str, *texts: str) -> list[tuple[str, str, date | None]]:
    return [(e.key, e.name, e.start) for e in extract(make_report(*texts, title=title)).events]


@pytest.mark.parametrize(
    ("title", "texts", "events"),
    [
        (  # the report of the group's fifth meeting names its fourth twice: by the full name, then with "its"
            "STANDING GROUP ON COASTAL CABLES (SGCC)\nFifth meeting, Mombasa, 9-10 June 2030",
            (
                "The fifth meeting of the SGCC was held in Mombasa on 9-10 June 2030.",
                "The fourth meeting of the Standing Group on Coastal Cables took place in Maputo on 3 March 2030.",
                "The Standing Group on Coastal Cables held its fourth meeting to review the roadmap.",
            ),
            [("sgcc-4", "4th meeting of the Standing Group on Coastal Cables", D(2030, 3, 3))],
        ),
        (  # "X (ACR) held its fourth meeting", then the full name alone
            _LETTER,
            (
                "The Committee on Rural Broadband (CRB) held its fourth meeting in Lusaka on 3 March 2030.",
                "At the fourth meeting of the Committee on Rural Broadband, held in Lusaka on 3 March 2030, "
                "members agreed on the plan.",
            ),
            [("crb-4", "4th meeting of the Committee on Rural Broadband", D(2030, 3, 3))],
        ),
        (  # the full name with its acronym, then the acronym alone
            _LETTER,
            (
                "The 11th meeting of the Advisory Board for Public Libraries (ABPL) took place in Riga on "
                "14 October 2032.",
                "The ABPL held its eleventh meeting to adopt the budget.",
            ),
            [("abpl-11", "11th meeting of the Advisory Board for Public Libraries", D(2032, 10, 14))],
        ),
        (  # sessions: "the second session of X (ACR)", then "the second ACR session"
            _LETTER,
            (
                "The second session of the Working Party on Spectrum Pricing (WPSP) was held in Quito on 2-4 May 2031.",
                "The WPSP agreed at its second session to draft the guidelines.",
            ),
            [("wpsp-2", "2nd session of the Working Party on Spectrum Pricing", D(2031, 5, 2))],
        ),
        (  # a code: "the first meeting of X (CODE)", then "the first CODE meeting"
            _LETTER,
            (
                "The first meeting of the Focus Group on Rural Coverage (FG-RC) took place in Bern on 4-5 May 2031.",
                "The first FG-RC meeting adopted its terms of reference.",
            ),
            [("fg-rc-1", "1st meeting of the Focus Group on Rural Coverage", D(2031, 5, 4))],
        ),
        (  # the full name only, no acronym anywhere
            _LETTER,
            (
                "The seventh meeting of the Expert Group on Data Rights was held in Oslo on 4 May 2031.",
                "The Expert Group on Data Rights held its seventh meeting with observers.",
            ),
            [("expert-group-on-data-rights-7", "7th meeting of the Expert Group on Data Rights", D(2031, 5, 4))],
        ),
        (  # a catalogue body by its name, then by its acronym
            _LETTER,
            (
                "The 30th meeting of the Telecommunication Development Advisory Group took place in Geneva on "
                "3-5 May 2031.",
                "TDAG held its thirtieth meeting to review the operational plan.",
            ),
            [("tdag-30", "30th meeting of the Telecommunication Development Advisory Group", D(2031, 5, 3))],
        ),
        (  # two bodies, each with its numbered meeting named twice
            _LETTER,
            (
                "The seventh meeting of the Expert Group on Tariff Data was held in Oslo on 4 May 2031 and the "
                "9th session of the Commission on Rural Networks (CRN) in Tunis on 8 May 2031.",
                "The Expert Group on Tariff Data held its seventh meeting with observers, and the CRN discussed at "
                "its ninth session the budget.",
            ),
            [
                ("expert-group-on-tariff-data-7", "7th meeting of the Expert Group on Tariff Data", D(2031, 5, 4)),
                ("crn-9", "9th session of the Commission on Rural Networks", D(2031, 5, 8)),
            ],
        ),
    ],
)
def test_a_numbered_meeting_written_two_ways_is_one_event(
    title: str, texts: tuple[str, ...], events: list[tuple[str, str, date]]
) -> None:
    assert _events(title, *texts) == events


def test_the_own_meeting_named_by_the_full_name_is_no_other_event() -> None:
    """The report of the group's fourth meeting, its short form in the title: the fourth meeting named by
    the group's full name is the report's own meeting, no event of another key."""
    found = _events(
        "STANDING GROUP ON COASTAL CABLES (SGCC)",
        "The fourth meeting of the Standing Group on Coastal Cables took place in Maputo on 3 March 2030.",
        "The Standing Group on Coastal Cables held its fourth meeting to review the roadmap.",
    )
    assert found == []


def test_a_written_body_is_keyed_by_the_catalogue_then_as_found_then_by_its_slug() -> None:
    index = body_index()
    assert index.written_key("TDAG", "Telecom Development Advisory Group") == "tdag"  # the acronym is known
    assert index.written_key(None, "Telecommunication Development Advisory Group") == "tdag"
    assert index.written_key("CRB", "Committee on Rural Broadband", found="crb") == "crb"
    assert index.written_key(None, "Committee on Rural Broadband", found="crb") == "crb"  # as the extractor found it
    assert index.written_key("CRB", "Committee on Rural Broadband") == "crb"
    assert index.written_key(None, "Committee on Rural Broadband") == "committee-on-rural-broadband"
    assert numbered_key("crb", 4) == "crb-4"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The third meeting of the Pacific Working Group on Numbering (PWGN-3), held in Apia on 4-6 May 2031, "
            "agreed on the plan.",
            "pacific-working-group-on-numbering-3",
        ),
        (
            "Delegates recalled the 5th session of the Expert Committee on Dam Safety (ECDS 5), held in Lima on "
            "9 June 2031.",
            "expert-committee-on-dam-safety-5",
        ),
        (  # an acronym that is no meeting's code keys the body
            "The third meeting of the Pacific Working Group on Numbering (PWGN), held in Apia on 4-6 May 2031, "
            "agreed on the plan.",
            "pwgn-3",
        ),
    ],
)
def test_a_bracket_ending_with_the_meetings_number_is_its_code_not_the_bodys(text: str, key: str) -> None:
    assert [m.key for m in event_mentions(text, 2031)] == [key]


@pytest.mark.parametrize(
    ("text", "key", "name", "start"),
    [
        (
            "Ms Dlamini reported on the second session of the Working Group of the Assembly on Archives (Geneva, "
            "13 September 2031).",
            "working-group-of-the-assembly-on-archives-2",
            "2nd session of the Working Group of the Assembly on Archives",
            D(2031, 9, 13),
        ),
        (
            "The 3rd session of the Board of Digital Inclusion will be held in Lima on 9 June 2031.",
            "board-of-digital-inclusion-3",
            "3rd session of the Board of Digital Inclusion",
            D(2031, 6, 9),
        ),
        (
            "The fifth meeting of the Committee of Experts on Postal Codes (CEPC) took place in Bern on 2 March 2032.",
            "cepc-5",
            "5th meeting of the Committee of Experts on Postal Codes",
            D(2032, 3, 2),
        ),
    ],
)
def test_a_body_named_with_of_in_its_name_keys_its_numbered_meeting(
    text: str, key: str, name: str, start: date
) -> None:
    """A body named as written whose name goes on with ``of`` (``the Board of X``, ``the Working Group of the
    Assembly on X``), as with ``on``/``for``: its numbered meeting with its own dates, keyed by the body."""
    assert [(m.key, m.name, m.start) for m in event_mentions(text, start.year)] == [(key, name, start)]


@pytest.mark.parametrize(
    ("texts", "key", "start"),
    [
        (  # the series' name, then its code with the session's number
            (
                "The third meeting of the Preparatory Committee was held in Cairo from 4 to 8 March 2031.",
                "Delegations looked forward to the outcome of PrepCom-3 and thanked the host.",
            ),
            "prepcom-3",
            D(2031, 3, 4),
        ),
        (  # the code first, then the name
            (
                "PrepCom-2 took place in Lima on 12-14 June 2030.",
                "Several proposals were made at the second session of the Preparatory Committee, held in Lima "
                "on 12-14 June 2030.",
            ),
            "prepcom-2",
            D(2030, 6, 12),
        ),
        (  # the name with the series' code (no number) in brackets
            ("The fourth meeting of the Preparatory Committee (PrepCom) is scheduled for 3-4 May 2032.",),
            "prepcom-4",
            D(2032, 5, 3),
        ),
    ],
)
def test_a_numbered_session_of_a_series_is_one_event_by_its_code_or_its_name(
    texts: tuple[str, ...], key: str, start: date
) -> None:
    """A series whose sessions are numbered (``events.csv``, ``key_year`` ``n``): its code and number and
    the nth meeting of its name are one meeting of the series' body (``keys.numbered_key``)."""
    found = [(e.key, e.start) for e in extract(make_report(*texts, title=_LETTER)).events]
    assert found == [(key, start)]
