"""A session of the event a speech was given at, named on a front line of its own under that event
(``event_header_sessions.header_sessions``): dated by the date line right under it, else by the event's
days (decision 9); a report of no meeting of its own. Names, places and years are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.event_header_sessions import session_name

D = date


def _days(title: str, *lines: str) -> dict[str, tuple[date | None, date | None]]:
    return {e.name: (e.start, e.end) for e in extract(make_report(*lines, title=title)).events}


SPEECH = "We thank the organizers for this opportunity to speak and look forward to fruitful discussions."


@pytest.mark.parametrize(
    ("title", "lines", "name", "days"),
    [
        (  # the session's own day under it
            "Pacific Data Forum 2031 (Suva, 5-9 May 2031)",
            ('Thematic Workshop: "Open data for island states"', "7 May 2031", "Statement by Ms Ana Perez", SPEECH),
            'Thematic Workshop: "Open data for island states"',
            (D(2031, 5, 7), None),
        ),
        (  # its dateline under it, the host named alone in the title
            "Andean Connectivity Summit 2032",
            (
                "Keynote address by Mr Luis Quispe, Minister of Transport",
                "High-level session on broadband for rural schools",
                "Lima, Wednesday 12 May 2032",
                SPEECH,
            ),
            "High-level session on broadband for rural schools",
            (D(2032, 5, 12), None),
        ),
        (  # no day of its own: held during the host, on its days
            "Nordic Digital Week 2033",
            (
                "Oslo, 3–6 October 2033",
                "Policy Session 4: Trust in public data",
                "Remarks by Mr Erik Lund",
                SPEECH,
            ),
            "Policy Session 4: Trust in public data",
            (D(2033, 10, 3), D(2033, 10, 6)),
        ),
    ],
)
def test_a_session_named_under_the_event_of_a_speech_is_an_event(
    title: str, lines: tuple[str, ...], name: str, days: tuple[date, date | None]
) -> None:
    assert _days(title, *lines).get(name) == days


def test_a_line_under_no_event_names_no_session() -> None:
    found = _days(
        "Statement of the Minister",
        "High-level session on broadband for rural schools",
        "Lima, Wednesday 12 May 2032",
        SPEECH,
    )
    assert "High-level session on broadband for rural schools" not in found


def test_a_line_of_prose_is_no_session() -> None:
    found = _days("Nordic Digital Week 2033", "Oslo, 3–6 October 2033", "Remarks by Mr Erik Lund", SPEECH)
    assert set(found) <= {"Nordic Digital Week 2033"}


@pytest.mark.parametrize(
    "line",
    [
        "DRAFT STRUCTURE OF THE CONFERENCE",
        "Report of the Workshop",
        "Message to the Summit",
        "Statement by Mr Lee",
        "WORKSHOP ON SPECTRUM",
        "The three workshops for the region were held as follows:",
        "Fifth meeting: Monday, 4 May",
        "XXII Meeting of the Committee",
        "Regional Workshops on Spectrum",
    ],
)
def test_a_line_whose_event_noun_heads_no_name_is_no_session(line: str) -> None:
    assert session_name(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Thematic Workshop: “Data for all”",
        "High-level panel on open data",
        "Policy Session 4: Trust",
    ],
)
def test_a_capitalised_name_headed_by_an_event_noun_is_a_session(line: str) -> None:
    assert session_name(line) == line


@pytest.mark.parametrize(
    "line",
    [
        # round 32: what opens no session is event_dates.DETERMINER (the header's own list lacked each, both,
        # that, those)
        "Each Session: Harbour tariffs",
        "Both Workshops on Rural Schools",
        "That Panel",
        "Those Seminars",
        "Its Second Session",
        # a small word of a title in the head (casing.english_small_words), one list with the title casing's
        "Panel with Island Mayors Dialogue",
        "Lessons from Coastal Towns Workshop",
        "Outlook for the Region Workshop",
    ],
)
def test_a_line_opened_by_a_determiner_or_with_a_small_word_in_its_head_is_no_session(line: str) -> None:
    assert session_name(line) is None


@pytest.mark.parametrize(
    "line",
    ["Ministerial Round Table 3: Harbour links", "E-Government Session", "Youth Panel on Data for All"],
)
def test_a_session_line_keeps_a_word_a_foreign_small_word_opens(line: str) -> None:
    # "E" is a small word in Portuguese (body-connectors.csv), not in an English title: "E-Government" is a head word
    assert session_name(line) == line


@pytest.mark.parametrize(
    ("title", "lines", "name", "day"),
    [
        (  # the title names the host, then the session after a dash; its dateline under it
            "Pacific Data Forum 2031 – Closing ceremony",
            ("Suva, Friday 9 May 2031", "Closing remarks by Ms Ana Perez", SPEECH),
            "Closing ceremony",
            D(2031, 5, 9),
        ),
        (  # a front line so written, a bracketed word in the session's name
            "Statement by Mr Luis Quispe, Director General, Andean Postal Union",
            ("Andean Digital Week 2032 – Action Line C9 (e-media) facilitation meeting", "Lima, 12 May 2032", SPEECH),
            "Action Line C9 (e-media) facilitation meeting",
            D(2032, 5, 12),
        ),
    ],
)
def test_a_session_written_after_its_event_and_a_dash_is_an_event(
    title: str, lines: tuple[str, ...], name: str, day: date
) -> None:
    assert _days(title, *lines).get(name) == (day, None)


def test_a_subject_lines_meeting_after_its_host_and_a_dash_without_its_own_date_is_no_session() -> None:
    found = _days(
        "Letter",
        "Subject: Andean Connectivity Summit, Lima, 5-7 March 2032 - Follow-up meeting of partners",
        "Excellency,",
        SPEECH,
    )
    assert found.get("Follow-up meeting of partners") is None


@pytest.mark.parametrize(
    ("title", "lines", "name", "days"),
    [
        (  # round 55: the session's own day after a comma on its line
            "Caribbean Data Dialogue 2031",
            (
                "Bridgetown, Barbados - 3-5 March 2031",
                "Opening session, 3 March 2031",
                "Remarks by Ms Joy Alleyne",
                SPEECH,
            ),
            "Opening session",
            (D(2031, 3, 3), None),
        ),
        (  # the session and its day run into the event's line after the event's dateline
            "Andean Digital Week 2032 - Opening",
            (
                "Andean Digital Week 2032 Quito, 11-15 October 2032 Closing ceremony, 15 October 2032 Message from the "
                "Minister of Telecommunications, delivered by Mr Pablo Andrade, Vice-Minister",
                SPEECH,
            ),
            "Closing ceremony",
            (D(2032, 10, 15), None),
        ),
        (  # a session ending the event's line, after its dateline: on the event's days
            "Baltic IGF 2033 - Plenary 3",
            (
                "Baltic IGF 2033 - Baltic Dialogue on Internet Governance Riga, Latvia, 6-7 June 2033 Plenary 3: "
                "Trust - the role of registries",
                "Statement by Mr Janis Ozols",
                SPEECH,
            ),
            "Plenary 3: Trust - the role of registries",
            (D(2033, 6, 6), D(2033, 6, 7)),
        ),
        (  # between the event's name and a comma and its dateline
            "Nordic Digital Week 2033 - Statement of Iceland",
            (
                "Statement of Iceland Nordic Digital Week 2033, Ministerial Session 2: Rural broadband Oslo, 3-6 "
                "October 2033",
                SPEECH,
            ),
            "Ministerial Session 2: Rural broadband",
            (D(2033, 10, 3), D(2033, 10, 6)),
        ),
    ],
)
def test_a_session_named_with_its_day_or_on_its_events_line_is_an_event(
    title: str, lines: tuple[str, ...], name: str, days: tuple[date, date | None]
) -> None:
    assert _days(title, *lines).get(name) == days


def test_a_meetings_mode_and_its_days_are_no_session() -> None:
    found = _days("Andean Digital Week 2032", "Virtual meeting, 11-15 October 2032", SPEECH)
    assert "Virtual meeting" not in found


def test_a_workshop_numbered_in_hundreds_is_a_session() -> None:
    assert session_name("Thematic Workshop 118: Open maps") == "Thematic Workshop 118: Open maps"
