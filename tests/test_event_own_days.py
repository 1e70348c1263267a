"""Events dated only by the report's own meeting's days (``event_filters._on_own_days``): the meeting named again is
no other event; a series' edition it is held at or for, dated by its dateline alone, is undated (decision 24:
a year alone is no date). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.events import find_events
from wsiskg.ingest.records import Meeting


def _events(meeting: Meeting, *texts: str, title: str | None = None) -> dict[str, tuple[date | None, date | None]]:
    report = make_report(*texts, title=title)
    return {
        e.key: (e.start, e.end)
        for e in find_events(report, meeting.start.year if meeting.start else None, meeting=meeting)
    }


# ------------------------------------------------------------ the meeting named again by its body's words
@pytest.mark.parametrize(
    ("meeting", "text"),
    [
        (
            Meeting("c4-facilitation-meeting", None, date(2031, 5, 14)),
            "The C4 facilitation meeting was held during the WSIS Forum 2031 (12-16 May 2031) in Geneva.",
        ),
        (
            Meeting("action-line-c8-facilitation-meeting", 5, date(2030, 5, 5)),
            "The fifth C8 facilitation meeting took place during the WSIS Forum 2030 (3–7 May 2030).",
        ),
        (
            Meeting("pacific-regulators-network", 9, date(2031, 3, 3), date(2031, 3, 4)),
            "The Ninth Annual Meeting of the Pacific Regulators Network was held in Apia on 3 and 4 March 2031.",
        ),
        (
            Meeting("andean-broadband-dialogue", None, date(2032, 9, 8), date(2032, 9, 9)),
            "The Andean Broadband Dialogue, held online on 8 and 9 September 2032, adopted its conclusions.",
        ),
    ],
)
def test_the_own_meeting_named_by_its_body_is_no_other_event(meeting: Meeting, text: str) -> None:
    found = _events(meeting, text)
    assert not any(k.startswith(meeting.body) for k in found), found
    assert not any("facilitation" in k or "regulators" in k or "dialogue" in k for k in found), found


def test_another_meeting_of_the_body_stays_an_event() -> None:
    meeting = Meeting("pacific-regulators-network", 9, date(2031, 3, 3), date(2031, 3, 4))
    found = _events(
        meeting,
        "The Eighth Annual Meeting of the Pacific Regulators Network, held in Suva on 6 and 7 March 2030, is noted.",
    )
    assert (date(2030, 3, 6), date(2030, 3, 7)) in found.values()


def test_the_host_keeps_its_own_days() -> None:
    found = _events(
        Meeting("c4-facilitation-meeting", None, date(2031, 5, 14)),
        "The C4 facilitation meeting was held during the WSIS Forum 2031 (12-16 May 2031) in Geneva.",
    )
    assert found["wsis-forum-2031"] == (date(2031, 5, 12), date(2031, 5, 16))


# ------------------------------------------------------------ a series' edition on the meeting's days
@pytest.mark.parametrize(
    ("meeting", "texts", "key"),
    [
        (
            Meeting("wtpf", 7, date(2031, 5, 4), date(2031, 5, 6)),
            ("The seventh World Telecommunication/ICT Policy Forum (WTPF-31) was held in Lima from 4 to 6 May 2031.",),
            "wtpf-31",
        ),
        (
            Meeting("itu-council", None, date(2033, 6, 7), date(2033, 6, 17)),
            ("Council 2033", "Geneva, 7-17 June 2033", "The Council opened its session on 7 June 2033."),
            "council-2033",
        ),
    ],
)
def test_the_edition_that_is_the_own_meeting_is_no_other_event(
    meeting: Meeting, texts: tuple[str, ...], key: str
) -> None:
    assert key not in _events(meeting, *texts)


@pytest.mark.parametrize(
    ("meeting", "texts", "key"),
    [
        # a facilitation meeting under the Forum's name and its own day
        (
            Meeting("action-line-c9-facilitation-meeting", None, date(2031, 5, 13)),
            (
                "WSIS Forum 2031 – Tuesday, 13 May 2031, 09.00–10.45, Room K2",
                "The meeting was opened by the facilitator.",
            ),
            "wsis-forum-2031",
        ),
        # a plenary of the session it is part of
        (
            Meeting("itu-council", 3, date(2033, 6, 9)),
            ("Council 2033", "Geneva, 9 June 2033", "Summary record of the third plenary meeting"),
            "council-2033",
        ),
        # an inter-regional meeting for a conference
        (
            Meeting("irm-3", 3, date(2033, 2, 20)),
            ("Third Inter-Regional Meeting for WTDC-33", "Virtual, 20 February 2033", "The meeting was opened."),
            "wtdc-33",
        ),
    ],
)
def test_an_edition_dated_by_the_own_meeting_alone_is_undated(
    meeting: Meeting, texts: tuple[str, ...], key: str
) -> None:
    assert _events(meeting, *texts).get(key, (None, None)) == (None, None)


# ------------------------------------------------------------ decision 25: an undated, unplaced next meeting
@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Digital Affairs of Chile offered to host the next coordinators' meeting; no date was fixed.",
        "Kenya offered to host the next regional forum, the date to be set later.",
        "The Chair will convene the next informal meeting of the drafting group as needed.",
    ],
)
def test_a_next_meeting_neither_dated_nor_placed_is_no_event(text: str) -> None:
    found = _events(Meeting("cwg-abc", 7, date(2031, 3, 2)), text)
    assert not any("next" in k for k in found), found


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The next C4 facilitation meeting will be held at the WSIS Forum 2032 in Geneva.",
            "next-c4-facilitation-meeting",
        ),
        ("The next meeting of the Group will take place in Nairobi.", "next-meeting-of-the-group"),
        ("The next meeting of the Group is scheduled for 4 and 5 May 2031.", None),
    ],
)
def test_a_next_meeting_dated_or_placed_stays_an_event(text: str, key: str | None) -> None:
    found = _events(Meeting("cwg-abc", 7, date(2031, 3, 2)), text)
    assert (key in found) if key else any(v[0] == date(2031, 5, 4) for v in found.values()), found


@pytest.mark.parametrize(
    "text",
    [
        "The next facilitation meeting of Action Line C9 will take place during the WSIS Forum 2033.",
        "The participants recommended that the next C2 facilitation meeting be held during the WSIS Forum 2029.",
        "It was agreed that the next coordination meeting would be organized during the Global Symposium for "
        "Regulators 2030.",
    ],
)
def test_a_next_meeting_held_only_during_an_undated_unplaced_event_is_no_event(text: str) -> None:
    """Decision 25: ``during the X Forum 2033``, its host neither dated nor placed, gives the next meeting no
    date and no place; it is a time, not an event (the host stays one)."""
    found = _events(Meeting("cwg-abc", 7, date(2031, 3, 2)), text)
    assert not any("next" in k for k in found), found
    assert found


@pytest.mark.parametrize(
    "texts",
    [
        (
            "The next facilitation meeting of Action Line C9 will take place during the WSIS Forum 2033.",
            "The WSIS Forum 2033 will be held from 4 to 8 April 2033.",
        ),
        ("The next C2 facilitation meeting will be held during the WSIS Forum 2029 in Geneva.",),
    ],
)
def test_a_next_meeting_held_during_a_dated_or_placed_event_stays_an_event(texts: tuple[str, ...]) -> None:
    found = _events(Meeting("cwg-abc", 7, date(2031, 3, 2)), *texts)
    assert any("next" in k for k in found), found


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("2 to report to TSAG at its first meeting after this Assembly on the progress made;", "tsag-1"),
        ("The Director will inform TDAG at its second meeting following the Conference.", "tdag-2"),
        (
            "The results will be presented to the Council Working Group on Child Online Protection at its first "
            "meeting after PP-30.",
            "cwg-cop-1",
        ),
    ],
)
def test_a_meeting_named_only_as_a_time_after_another_is_no_event(text: str, key: str) -> None:
    assert key not in _events(Meeting("cwg-abc", 7, date(2031, 3, 2)), text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The Assembly asked the Director to report to the Radiocommunication Advisory Group at its first "
            "meeting of the next study period.",
            "rag-1",
        ),
        ("It instructed the Director to convene the first TDAG meeting of the new cycle.", "tdag-1"),
        ("The Secretariat will report to the first TSAG meeting of the new period on the matter.", "tsag-1"),
        ("Proposals should go to the Council Working Group on Languages at its second meeting of the biennium.", None),
    ],
)
def test_a_meeting_named_as_a_time_in_a_period_is_no_event(text: str, key: str | None) -> None:
    """Decision 25: ``at its first meeting of the next study period`` is a time, the ordinal counting the meetings
    of a period, not the body's."""
    found = _events(Meeting("cwg-abc", 7, date(2031, 3, 2)), text)
    assert (key not in found) if key else not [k for k in found if k.endswith("-2")], found


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The Council Working Group on Languages held its first meeting in 2030 and elected its Chair.", "cwg-lang-1"),
        ("The delegate asked TSB to present a note to TSAG at its first meeting in 2032.", "tsag-1"),
        ("Members are invited to host the second Forum in 2032 and to inform the secretariat.", "second-forum"),
        ("to present a progress report to the fifth Forum in 2032;", "fifth-forum"),
        ("The outcome will be presented at the Regional Development Forum for CIS in 2032.", None),
        (
            "The Council Working Group on Languages held its first meeting of the cycle and elected its Chair.",
            "cwg-lang-1",
        ),
    ],
)
def test_a_meeting_held_in_a_year_or_an_edition_in_a_year_stays_an_event(text: str, key: str | None) -> None:
    """Decision 37: a meeting or an edition the text places by a year only is listed, undated; a meeting held in a
    period is no time."""
    found = _events(Meeting("cwg-abc", 7, date(2031, 3, 2)), text)
    assert found[key] == (None, None) if key else any("forum" in k for k in found), found


def test_a_numbered_meeting_dated_after_its_name_stays_an_event() -> None:
    found = _events(
        Meeting("cwg-abc", 7, date(2031, 3, 2)),
        "2 to report to TSAG at its first meeting, held in Geneva from 3 to 5 May 2031, on the progress made;",
    )
    assert found["tsag-1"] == (date(2031, 5, 3), date(2031, 5, 5))


def test_a_summit_of_the_meetings_body_name_holding_its_day_is_its_host() -> None:
    found = _events(
        Meeting("world-summit-on-youth-connectivity", None, date(2031, 11, 17)),
        "The World Summit on Youth Connectivity was held in Kigali from 16 to 18 November 2031.",
    )
    assert (date(2031, 11, 16), date(2031, 11, 18)) in found.values()


def test_an_edition_on_all_the_meetings_days_is_left_as_read() -> None:
    found = _events(
        Meeting("tsag", None, date(2032, 10, 5), date(2032, 10, 14)),
        "The World Telecommunication Standardization Assembly (WTSA-32) is held in Lima from 5 to 14 October 2032.",
    )
    assert found["wtsa-32"] == (date(2032, 10, 5), date(2032, 10, 14))


# ------------------------------------------------------------ an observance of a fixed day keeps it
@pytest.mark.parametrize(
    ("meeting", "texts", "key", "day"),
    [
        (
            Meeting("pacific-ict-ministers-roundtable", None, date(2031, 5, 17)),
            (
                "Pacific ICT Ministers Roundtable",
                "Apia, 17 May 2031",
                "The roundtable was held on World Telecommunication and Information Society Day 2031.",
            ),
            "wtisd-2031",
            date(2031, 5, 17),
        ),
        (
            Meeting("itu", None, date(2033, 5, 17), date(2033, 5, 18)),
            (
                "The celebration of World Telecommunication and Information Society Day (17 May 2033) opened the "
                "two-day workshop in Lusaka.",
            ),
            "wtisd-2033",
            date(2033, 5, 17),
        ),
        (
            Meeting("andean-digital-skills-network", 4, date(2030, 5, 17)),
            (
                "The fourth meeting of the Andean Digital Skills Network marked World Information Society Day, "
                "17 May 2030, in Quito.",
            ),
            "wtisd-2030",
            date(2030, 5, 17),
        ),
    ],
)
def test_an_observance_of_a_fixed_day_on_the_first_day_keeps_it(
    meeting: Meeting, texts: tuple[str, ...], key: str, day: date
) -> None:
    assert _events(meeting, *texts).get(key) == (day, None)


@pytest.mark.parametrize(
    ("meeting", "text"),
    [
        (
            Meeting("caribbean-ict-ministers-dialogue", 4, date(2031, 6, 10), date(2031, 6, 10)),
            "Ministers met in Castries on 9–10 June 2031 for the Fourth Caribbean ICT Ministers' Dialogue.",
        ),
        (
            Meeting("nordic-spectrum-roundtable", 2, date(2032, 2, 4)),
            "The Second Nordic Spectrum Roundtable was held in Tromsø from 3 to 4 February 2032.",
        ),
        (
            Meeting("sahel-broadband-forum", 6, date(2030, 11, 13), date(2030, 11, 14)),
            "Regulators gathered in Niamey from 12 to 14 November 2030 at the Sixth Sahel Broadband Forum.",
        ),
    ],
)
def test_the_own_meeting_named_with_its_ordinal_over_its_first_day_is_no_other_event(
    meeting: Meeting, text: str
) -> None:
    """The meeting's days read from a later day of its header (the 10th of 9–10 June): the event named with the
    meeting's own ordinal, whose days hold that day, is still the meeting."""
    found = _events(meeting, text)
    assert not any(meeting.body in k for k in found), found


def test_another_ordinal_over_the_meetings_first_day_stays_an_event() -> None:
    meeting = Meeting("caribbean-ict-ministers-dialogue", 4, date(2031, 6, 10))
    found = _events(meeting, "The Third Caribbean ICT Ministers' Dialogue was held in Castries from 9 to 11 June 2031.")
    assert found.get("third-caribbean-ict-ministers-dialogue-2031") == (date(2031, 6, 9), date(2031, 6, 11))
