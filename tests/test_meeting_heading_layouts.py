"""The report's own meeting when a layout wrote its heading or its dateline with other things
(ingest/extract/meeting_heading.py, datelines.py). Classes: a session line of fields under the
heading (``Session 41 | Room 3, Lima | Tuesday, 6 May 2031, 09:00-10:45``); a programme's session label
before the heading and a theme in quotes after it; a title naming a session by its year, the year of a
dateline that writes none; a title a PDF's layout ran into one line around its dateline; a series'
acronym in brackets with the session's Roman numeral; an ordinal ``edition`` line under an unknown
forum's name; ``X Meeting – Second session``; a session named by its year with its days after a bar or dash
(``X Summit 2031 | 3-4 June``)."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting


# ------------------------------------------------------------------ a session line of fields under the heading
@pytest.mark.parametrize(
    "session_line",
    [
        "Session 41 | Room 3, CICG, Lima | Tuesday, 6 May 2031, 09:00–10:45",
        "Session 7 | Salle B, Dakar | Tuesday 6 May 2031, 14:30-16:00",
        "Session 212 – Room K, Montevideo – Tuesday, 6 May 2031, 11:00–12:45",
    ],
)
def test_a_heading_is_dated_by_a_session_line_of_fields(session_line: str) -> None:
    report = make_report(
        "Action Line C9 (Media): facilitation meeting",
        session_line,
        "Organized by: Pacific Media Alliance",
        "The facilitation meeting reviewed the media indicators.",
        title="WSIS FORUM 2031 — SESSION OUTCOME",
    )
    found = _meeting(report)
    assert found is not None and found[2] == date(2031, 5, 6)


@pytest.mark.parametrize(
    ("heading", "number"),
    [
        ('Session 127: Action Line C5 (Building confidence) facilitation meeting — "Trust for all"', 127),
        ("Session 12 – Action Line C2 facilitation meeting: “Links for the unconnected”", 12),
        ('Action Line C1 facilitation meeting — "Governments in the digital age"', None),
    ],
)
def test_a_session_label_numbers_a_heading_and_a_quoted_theme_is_no_part_of_it(
    heading: str, number: int | None
) -> None:
    report = make_report(
        heading,
        "Geneva, ITU Headquarters, Room C",
        "Thursday, 8 May, 09:00–10:45",
        "Moderator: Ms Ana Ruiz, Adviser",
        title="WSIS Forum 2031 — Session Outcome",
    )
    found = _meeting(report)
    assert found is not None and found[1:3] == (number, date(2031, 5, 8))
    assert '"' not in found[0] and "“" not in found[0]


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("WSIS Forum 2031 — Session outcome", "Session 58. Thematic workshop: Solar-powered school networks"),
        ("WSIS FORUM 2030 | SESSION OUTCOME", "Session 7. Workshop: Data for rural clinics"),
        ("WSIS Forum 2032: session outcome document", "Session 133 | Thematic Workshop"),
    ],
)
def test_a_session_label_closed_by_a_full_stop_or_a_bar_is_a_session_of_the_forum(title: str, heading: str) -> None:
    """A programme's session label closed by a full stop or a bar (``Session 58. Thematic workshop: X``, ``Session 133
    | Thematic Workshop``) is read as one closed by a colon or a dash is (``heading_lines._SESSION_LABEL``): a session
    of the forum titled by its kind only, the record the forum's (decision 17), not a meeting named ``Session 58.
    Thematic workshop``."""
    year = int(title.split()[2].rstrip(":"))
    report = make_report(
        heading,
        f"5 May {year}, 09:00–10:30, Room 2, Geneva",
        "Organizer: Coastal Connectivity Trust",
        "The panellists asked regulators to publish coverage maps.",
        title=title,
    )
    assert _meeting(report) == ("wsis-forum", None, date(year, 5, 5), None)


# ------------------------------------------------------------------ a title run into its dateline (a PDF's layout)
@pytest.mark.parametrize(
    ("title", "start", "end"),
    [
        ("SAHEL BROADBAND FOLLOW-UP MEETING Niamey, Niger, 14-15 March 2031 SUMMARY OF DISCUSSIONS",
         date(2031, 3, 14), date(2031, 3, 15)),
        ("Regional Forum on Spectrum for the Andes 2031 Minutes of the Forum Quito, Ecuador, 2-3 April 2031",
         date(2031, 4, 2), date(2031, 4, 3)),
        ("Report of the Meeting of Experts on Rural Access Windhoek, Namibia, 9 June 2031",
         date(2031, 6, 9), None),
    ],
)  # fmt: skip
def test_a_title_run_into_its_dateline_names_and_dates_the_meeting(title: str, start: date, end: date | None) -> None:
    report = make_report(
        "XYZ/31/SUM",
        "1 The meeting was opened by the Chairman, who welcomed the participants.",
        title=title,
    )
    found = _meeting(report)
    assert found is not None and found[2:] == (start, end)


# ------------------------------------------------------------------ a session's year in its name, its days after a bar
@pytest.mark.parametrize(
    ("title", "body", "start", "end"),
    [
        ("Andean Broadband Forum 2031 · 10-14 May", "andean-broadband-forum", date(2031, 5, 10), date(2031, 5, 14)),
        ("Pacific Connectivity Summit 2029 | 3-4 June", "pacific-connectivity-summit", date(2029, 6, 3),
         date(2029, 6, 4)),
        ("Nordic Spectrum Week 2033 – 9-11 March", "nordic-spectrum-week", date(2033, 3, 9), date(2033, 3, 11)),
        ("Sahel Data Symposium 2030 • 21–22 October", "sahel-data-symposium", date(2030, 10, 21), date(2030, 10, 22)),
    ],
)  # fmt: skip
def test_a_session_named_by_its_year_with_its_days_after_a_bar_is_the_meeting(
    title: str, body: str, start: date, end: date
) -> None:
    report = make_report(
        "Outcome summary",
        "The meeting gathered some 400 participants and closed with a call for regional cooperation.",
        title=title,
    )
    assert _meeting(report) == (body, None, start, end)


@pytest.mark.parametrize(
    "title", ["Andean Broadband Forum 2031 · 10-14 May", "Pacific Connectivity Summit 2029 | 3-4 June"]
)
def test_a_speech_under_a_sessions_header_of_fields_records_no_meeting(title: str) -> None:
    report = make_report("Opening remarks", "Excellencies, ladies and gentlemen,", title=title)
    assert _meeting(report) is None


def test_a_series_acronym_with_the_sessions_roman_numeral_is_the_series() -> None:
    report = make_report(
        "E/XX/2031/4",
        "The Forum discussed the governance of the Internet in the region.",
        title="Report of the Fourth Andean Internet Forum (Andean IF IV) La Paz, 5-7 October 2031",
    )
    found = _meeting(report)
    assert found is not None and found[1:] == (4, date(2031, 10, 5), date(2031, 10, 7))
    assert "(" not in found[0]


# ------------------------------------------------------------------ an ordinal line under a forum's name
@pytest.mark.parametrize(
    ("forum", "ordinal_line"),
    [
        ("CENTRAL ASIA INTERNET GOVERNANCE FORUM (CAIGF)", "Seventh edition – Almaty, 2–4 June 2031"),
        ("Pacific Islands Digital Forum (PIDF)", "Seventh edition, Apia, Samoa, 2-4 June 2031"),
    ],
)
def test_an_ordinal_edition_line_numbers_the_forum_named_above(forum: str, ordinal_line: str) -> None:
    report = make_report(
        forum,
        ordinal_line,
        "The Forum was opened by the Minister of Communications.",
        title="Final Report",
    )
    found = _meeting(report)
    assert found is not None and found[1:] == (7, date(2031, 6, 2), date(2031, 6, 4))


@pytest.mark.parametrize(
    "line",
    [
        "Caribbean Regional Preparatory Meeting for WRC-31 – Second session Bridgetown, 3rd and 4th June 2031",
        "Caribbean Regional Preparatory Meeting for WRC-31: second session, Bridgetown, 3-4 June 2031",
    ],
)
def test_a_session_after_a_dash_is_the_named_meetings(line: str) -> None:
    report = make_report(
        line, "CRPM31-2/R1", "The meeting was attended by delegates of twelve administrations.", title="Report"
    )
    found = _meeting(report)
    assert found is not None and found[1:3] == (2, date(2031, 6, 3))
    assert "session" not in found[0]


# ------------------------------------------------------------ an excerpt naming its meeting only as the chair closes it
@pytest.mark.parametrize(
    "closing",
    [
        "The Chairman, Mr Tomas Lind (Sweden), closed the meeting of Study Group 9 (Geneva, 3–12 May 2031)"
        " and thanked the interpreters.",
        "The Chair closed the meeting of ITU-T Study Group 9 (Geneva, 3-12 May 2031) at 12.30 hours.",
        "Ms Aroha Ngata opened the session of Study Group 9 (Geneva, 3-12 May 2031) and welcomed the delegates.",
    ],
)
def test_an_excerpt_is_of_the_meeting_its_chair_opened_or_closed(closing: str) -> None:
    report = make_report(
        "The Study Group agreed the draft Recommendations for consent.",
        "9 Closure",
        closing,
        section="1",
    )
    found = _meeting(report)
    assert found is not None and found[2:] == (date(2031, 5, 3), date(2031, 5, 12))
    assert "sg9" in found[0]


# -------------------------------------------- an excerpt naming its numbered meeting only as the meeting closes
@pytest.mark.parametrize(
    ("closing", "body", "number", "day"),
    [
        (
            "The Chair, Ms Ilse Vant (Estonia), thanked the interpreters and declared the seventh WTPF closed at"
            " 1810 hours on 22 October 2031.",
            "wtpf",
            7,
            date(2031, 10, 22),
        ),
        (
            "The third coordination meeting of the Andean regional initiatives for 2032 closed at 17:15 on"
            " 9 June 2032, and the next one will be announced by the Office.",
            "coordination-meeting-of-the-andean-regional-initiatives",
            3,
            date(2032, 6, 9),
        ),
        (
            "The Vice-Chair declared the 12th meeting of the Steering Committee on Rural Connectivity closed on"
            " Friday, 4 April 2031.",
            "steering-committee-on-rural-connectivity",
            12,
            date(2031, 4, 4),
        ),
    ],
)
def test_an_excerpt_is_of_the_numbered_meeting_that_closed(closing: str, body: str, number: int, day: date) -> None:
    report = make_report(
        "delegates reviewed the regional work plan and agreed the indicators proposed by the rapporteurs.",
        "4 Closing",
        closing,
        section="1",
    )
    assert _meeting(report) == (body, number, day, None)


def test_a_closed_meeting_of_a_kind_of_its_own_is_named_as_written() -> None:
    from extract_support import found_meeting_body

    report = make_report(
        "The coordinators agreed to update the fact sheets of the Andean regional initiatives.",
        "The fourth coordination meeting of the Andean regional initiatives for 2032 closed at 17:15 on 9 June 2032.",
        section="1",
    )
    assert found_meeting_body(report).name == "coordination meeting of the Andean regional initiatives"


@pytest.mark.parametrize(
    "closing",
    [
        "The Chair recalled that the sixth WTPF closed on 3 May 2029 with six Opinions.",
        "The next coordination meeting of the Andean regional initiatives will be closed on 9 June 2032.",
        "The second Forum on rural access closed at 17:00 on 9 June 2032.",
    ],
)
def test_a_closing_of_another_or_a_generic_meeting_is_no_excerpts_meeting(closing: str) -> None:
    report = make_report("The participants reviewed the work plan and agreed the indicators.", closing, section="1")
    assert _meeting(report) is None


# ------------------------------------------------------------------ a Chairman's report to a meeting of another body
@pytest.mark.parametrize(
    "to",
    ["to the twenty-first meeting of TDAG", "to the 21st meeting of TDAG", "to TDAG"],
)
def test_a_chairmans_report_to_a_meeting_of_another_body_is_of_its_group(to: str) -> None:
    from wsiskg.ingest.extract.covered_meetings import title_group
    from wsiskg.ingest.extract.study_groups import meeting_body_names

    report = make_report(
        "Document TDAG31-21/5-E, 2 May 2031. Source: Chairman, TDAG-WG-Reg.",
        "TDAG, at its twentieth meeting, established the TDAG Working Group on Regional Matters (TDAG-WG-Reg).",
        "First meeting, 10 January 2031, Geneva",
        "Second meeting, 3-4 April 2031, Geneva",
        title=f"Report of the Chairman of the TDAG Working Group on Regional Matters {to}",
    )
    group = title_group(report, meeting_body_names(report))
    assert group is not None and group[1:] == ("TDAG Working Group on Regional Matters", "TDAG-WG-Reg")
    found = _meeting(report)
    assert found is not None and found[1:] == (2, date(2031, 4, 3), date(2031, 4, 4))


# ------------------------------------------------------------------ an ITU-R study group named without its Sector
@pytest.mark.parametrize(
    ("header", "sector"),
    [
        ("Radiocommunication Study Groups", "itu-r"),
        ("Telecommunication Standardization Bureau", "itu-t"),
    ],
)
def test_a_sector_named_in_words_in_the_header_places_a_bare_study_group(header: str, sector: str) -> None:
    report = make_report(
        header,
        "Study Group 3",
        "Document 3/41-E",
        "Geneva, 12 March 2031",
        "The meeting noted a liaison statement from ITU-T Study Group 9 and from ITU-D Study Group 2.",
        title="SUMMARY RECORD OF THE MEETING OF STUDY GROUP 3 (PROPAGATION)",
    )
    found = _meeting(report)
    assert found is not None and found[0] == f"{sector}-sg3" and found[2] == date(2031, 3, 12)


# ------------------------------------------------------------ a Chairman's report on a period up to its final meeting
@pytest.mark.parametrize(
    "sentence",
    [
        "This report covers the work of Study Group 4 up to and including its final meeting of the period,"
        " held in Geneva on 2 and 3 June 2031.",
        "Study Group 4 held its final meeting in Geneva from 2 to 3 June 2031 and approved this report.",
    ],
)
def test_a_chairmans_report_is_of_its_groups_final_meeting(sentence: str) -> None:
    report = make_report(
        "Radiocommunication Assembly (RA-31)",
        "Lima, Peru, 20-24 October 2031",
        "Document RA31/1/12-E",
        "Chairman, Radiocommunication Study Group 4",
        sentence,
        title="REPORT OF THE CHAIRMAN OF STUDY GROUP 4 (SATELLITE SERVICES)",
    )
    assert _meeting(report) == ("itu-r-sg4", None, date(2031, 6, 2), date(2031, 6, 3))


# ------------------------------------------------------------ a catalogue body's name broken over two heading lines
@pytest.mark.parametrize("between", [("Original: Spanish",), (), ("Original: English", "Document 12/31")])
def test_a_heading_breaking_a_catalogue_bodys_name_over_two_lines_is_its_meeting(between: tuple[str, ...]) -> None:
    report = make_report(
        "INTER-AMERICAN TELECOMMUNICATION COMMISSION",
        "31st MEETING OF PERMANENT CONSULTATIVE",
        *between,
        "COMMITTEE I: TELECOMMUNICATIONS/ICTs",
        "May 5 to 9, 2031",
        "Asunción, Paraguay",
        title="FINAL REPORT",
    )
    found = _meeting(report)
    assert found is not None and found[:2] == ("citel-pcc1", 31)


# ------------------------------------------------------------------ a heading's name with its occasion over the prose's
def test_a_headings_joint_meeting_name_is_kept_over_the_proses_shorter_one() -> None:
    report = make_report(
        "Joint Facilitation Meeting of WSIS Action Lines C4 and C9",
        '"Skills and media in the digital age"',
        "WSIS Forum 2031 – Thursday, 8 May 2031, 11.00–12.45, ITU Tower, Room B",
        "Facilitators: UNESCO and ITU",
        "The WSIS Action Lines C4 and C9 facilitation meeting took place on 8 May 2031 during the WSIS Forum 2031.",
        title="Report",
    )
    found = _meeting(report)
    assert found is not None and found[0].startswith("joint-facilitation-meeting") and found[2] == date(2031, 5, 8)


# ------------------------------------------------ a group whose topic names a numbered event or a year
@pytest.mark.parametrize(
    ("name", "line", "expected"),
    [
        (
            "Working Group on Preparations for WRC-31 and RA-31",
            "Fourth meeting, Lima, 3-5 May 2030",
            ("working-group-on-preparations-for-wrc-31-and-ra-31", 4, date(2030, 5, 3), date(2030, 5, 5)),
        ),
        (
            "Task Force for the 2030 Plenipotentiary Conference",
            "Meeting No. 2 – Nairobi, 14-15 March 2029",
            ("task-force-for-the-2030-plenipotentiary-conference", 2, date(2029, 3, 14), date(2029, 3, 15)),
        ),
        (
            "Correspondence Group on WSIS+30 Review",
            "3rd meeting, virtual, 9 June 2031",
            ("correspondence-group-on-wsis-30-review", 3, date(2031, 6, 9), None),
        ),
    ],
)
def test_a_group_whose_topic_names_a_numbered_event_is_the_body_over_its_meeting_line(
    name: str, line: str, expected: tuple[object, ...]
) -> None:
    """Not the conference its topic names (``WRC``, ``PP``): the group met."""
    lead = "The meeting was opened by the Chair, who welcomed the participants."
    report = make_report(name, line, lead, title="Minutes")
    assert _meeting(report) == expected


@pytest.mark.parametrize("name", ["Committee 5", "Working Group 3, Lima, 2031"])
def test_a_numbered_committee_or_a_dateline_is_no_body_name_by_form(name: str) -> None:
    from wsiskg.ingest.extract.heading_names import _body_named

    assert not _body_named(name)


# ------------------------------------ a record's title of a modified meeting of a body outside the catalogue
@pytest.mark.parametrize(
    ("title", "dateline", "expected"),
    [
        (
            "Report of the virtual meeting of the Rapporteurship on Preparation for the 2030 Plenipotentiary"
            " Conference",
            "4 June 2029",
            ("rapporteurship-on-preparation-for-the-2030-plenipotentiary-conference", None, date(2029, 6, 4), None),
        ),
        (
            "Minutes of the extraordinary session of the Expert Group on Numbering",
            "Lima, 12-13 March 2031",
            ("expert-group-on-numbering", None, date(2031, 3, 12), date(2031, 3, 13)),
        ),
        (
            "Summary of the online meeting of the Task Force on Spectrum Pricing",
            "Virtual, 9 November 2030",
            ("task-force-on-spectrum-pricing", None, date(2030, 11, 9), None),
        ),
    ],
)
def test_a_modifier_before_meeting_of_is_no_part_of_the_body_that_met(
    title: str, dateline: str, expected: tuple[object, ...]
) -> None:
    """``virtual``, ``extraordinary``, ``online`` qualify the meeting; the body is what follows ``of the``."""
    report = make_report(title, dateline, "The meeting reviewed the draft proposals and agreed on a work plan.")
    assert _meeting(report) == expected


@pytest.mark.parametrize(
    "title",
    [
        "REGIONAL MEETING OF TELECOMMUNICATION REGULATORS OF THE SAHEL Bamako, 3-4 May 2031",
        "Annual Meeting of Heads of Mission of the Region Lima, 3-4 May 2031",
        "Ministerial Meeting of Small Island States Suva, 3-4 May 2031",
    ],
)
def test_a_modified_meeting_of_no_body_keeps_its_whole_name(title: str) -> None:
    """``Regional``, ``Annual``, ``Ministerial`` + ``Meeting of`` + no body noun: the meeting's own name."""
    report = make_report("XYZ/31/SUM", "1 The meeting was opened by the Chairman.", title=title)
    found = _meeting(report)
    assert found is not None and found[0].split("-")[0] in ("regional", "annual", "ministerial")


# ------------------------------------------------------------------ a theme after a colon that closes the name
@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # a facilitation meeting under its forum's session line, dated by one sitting
            (
                "WSIS Forum 2031 | Session outcome",
                "Action Line C7 E-agriculture Facilitation Meeting: Digital services for smallholder farmers",
                "Tuesday, 13 May 2031, 09:00-10:45, Room C2, Geneva",
                "The meeting asked FAO to publish the report by 30 June 2031.",
            ),
            ("action-line-c7-e-agriculture-facilitation-meeting", None, date(2031, 5, 13), None),
        ),
        (  # a symposium's name in title case, its theme in lower case
            (
                "Andean Broadband Symposium: Connecting schools and clinics",
                "Quito, 12 May 2032",
                "The symposium asked the secretariat to publish the report by 30 June 2032.",
            ),
            ("andean-broadband-symposium", None, date(2032, 5, 12), None),
        ),
        (  # a numbered consultation, the theme in title case
            (
                "Third Pacific Regulators Roundtable: Resilient Networks After Cyclones",
                "Apia, Samoa, 8-9 September 2031",
                "The participants asked PITA to circulate the summary by 1 October 2031.",
            ),
            ("pacific-regulators-roundtable", 3, date(2031, 9, 8), date(2031, 9, 9)),
        ),
    ],
)
def test_a_theme_after_a_colon_is_no_part_of_the_meetings_name(lines: tuple[str, ...], expected: tuple) -> None:
    """``<name headed by a meeting noun>: <theme>``: the meeting is the name before the colon, dated on the line
    under it (the theme keeps the whole line from being a name headed by its noun)."""
    assert _meeting(make_report(*lines, title=lines[0])) == expected


@pytest.mark.parametrize(
    "day_line",
    [
        "Wednesday, 22 July – Country Workshop: Kyrgyzstan",
        "Friday 14 May – Regional Dialogue: the Caribbean",
        "3 June – Partners' Roundtable: Pacific broadband",
    ],
)
def test_a_programmes_day_line_is_no_themed_meeting(day_line: str) -> None:
    """A week's highlights list each day's session as ``<day> – <kind>: <subject>``: no meeting of its own; the
    forum's session the title names stays the meeting."""
    found = _meeting(
        make_report(
            "WSIS Forum 2031: Highlights – Week 5",
            "Below are the highlights of the sessions held in the fifth week of the Forum (20–24 July 2031).",
            day_line,
            "The participants asked ITU to publish the report by 30 July 2031.",
            title="WSIS Forum 2031: Highlights – Week 5",
        )
    )
    assert found is not None and found[0] == "wsis-forum"


# ------------------------------------------------------------------ a document's symbol run into the heading (round 42)
@pytest.mark.parametrize(
    ("line", "key", "number"),
    [
        ("XR/CTS.4/2 FOURTH REGIONAL CONFERENCE ON DIGITAL TRADE IN SOUTHERN AFRICA AND THE INDIAN OCEAN Maputo, "
         "Mozambique, 7-9 October 2031", "regional-conference-on-digital-trade-in-southern-africa-and-the-indian-ocean",
         4),
        ("Document ABC/31/7 Third Andean Expert Meeting on Postal Addressing – Quito, Ecuador, 7-9 October 2031",
         "andean-expert-meeting-on-postal-addressing", 3),
    ],
)  # fmt: skip
def test_a_symbol_run_into_the_heading_before_the_name_is_no_part_of_it(line: str, key: str, number: int) -> None:
    report = make_report(
        line,
        "A. Opening of the meeting",
        "1 The meeting was opened on 7 October 2031 by the Minister of Communications.",
        title="REPORT OF THE MEETING",
    )
    assert _meeting(report) == (key, number, date(2031, 10, 7), date(2031, 10, 9))


@pytest.mark.parametrize(
    "line",
    ["ICT/Telecom Indicators Meeting, Lima, 7-9 October 2031", "WTDC-30/Kigali Regional Meeting, 7-9 October 2031"],
)
def test_words_joined_by_a_slash_before_the_name_are_no_symbol(line: str) -> None:
    from wsiskg.ingest.extract.heading_lines import _symbol_off

    assert _symbol_off(line) == line


# ------------------------------------------------------------------ header fields between a body's line and its kind
@pytest.mark.parametrize(
    ("body_line", "fields", "kind_line", "dateline", "key", "days"),
    [
        (
            "RADIOCOMMUNICATION ADVISORY GROUP",
            ("Document RAG/44-E", "9 March 2032"),
            "Summary of the meeting",
            "(Geneva, 3-5 March 2032)",
            "rag",
            (date(2032, 3, 3), date(2032, 3, 5)),
        ),
        (
            "Telecommunication Standardization Advisory Group",
            ("Document TSAG-R 12", "Original: Spanish"),
            "Summary of conclusions of the meeting",
            "Cartagena, 17-20 November 2031",
            "tsag",
            (date(2031, 11, 17), date(2031, 11, 20)),
        ),
        (
            "COUNCIL WORKING GROUP ON LANGUAGES",
            ("Document CWG-LANG-11/4-E", "2 October 2031", "English only"),
            "Summary of the meeting",
            "Geneva, 29 September 2031",
            "cwg-lang",
            (date(2031, 9, 29), None),
        ),
    ],
)
def test_a_kind_line_under_header_fields_is_the_meeting_of_the_body_over_them(
    body_line: str,
    fields: tuple[str, ...],
    kind_line: str,
    dateline: str,
    key: str,
    days: tuple[date, date | None],
) -> None:
    """A layout that reads a right-hand column of fields (a symbol, the issue date, the language) between the
    body's line and the record's title: the body over the fields met, dated under the kind line."""
    report = make_report(
        body_line,
        *fields,
        kind_line,
        dateline,
        "1 The Chair, Ms Oyelaran Bisi, opened the meeting and welcomed the participants.",
        "2 The agenda was adopted without change.",
        title="INTERNATIONAL TELECOMMUNICATION UNION",
    )
    found = _meeting(report)
    assert found is not None and (found[0], found[2], found[3]) == (key, *days)


def test_a_kind_line_under_fields_under_the_letterhead_alone_names_no_body_over_them() -> None:
    """No body's line over the fields (the letterhead is the title): the kind line names no meeting of a body."""
    report = make_report(
        "Document 12-E",
        "4 June 2031",
        "Original: English",
        "Summary of the meeting",
        "1 The participants exchanged views on roaming charges.",
        title="INTERNATIONAL TELECOMMUNICATION UNION",
    )
    found = _meeting(report)
    assert found is None or found[0] != "itu"


# ------------------------------------------------------------------ a PDF's header row: name, dateline, symbol, fields
@pytest.mark.parametrize(
    ("row", "key", "start", "end"),
    [
        ("Sub-Regional Meeting on Spectrum for the Sahel (SRM-SAH) Niamey, 11-13 March 2032 Document SRM-SAH32/20-E "
         "13 March 2032 Original: French", "srm-sah", date(2032, 3, 11), date(2032, 3, 13)),
        ("INTERNATIONAL TELECOMMUNICATION UNION Arctic Connectivity Forum (ACF-NOR) Tromsø, 2-3 September 2031 "
         "Document ACF31/7 3 September 2031", "acf-nor", date(2031, 9, 2), date(2031, 9, 3)),
    ],
)  # fmt: skip
def test_a_heading_run_into_its_dateline_the_documents_symbol_and_fields(
    row: str, key: str, start: date, end: date
) -> None:
    report = make_report(row, "The meeting was opened by the Chair.", title="REPORT OF THE MEETING")
    assert _meeting(report) == (key, None, start, end)


# ------------------------------------------------------------------ a form's label before the meeting's name
@pytest.mark.parametrize("label", ["Meeting name:", "Name of the meeting:", "Event:", "EVENT NAME:"])
def test_a_fields_label_is_no_word_of_the_meetings_name(label: str) -> None:
    report = make_report(
        f"{label} Subregional Workshop on Postcode Addressing",
        "Dates: 8-9 October 2031",
        "Venue: Windhoek, Namibia",
        "Summary",
        "The workshop was opened by the Permanent Secretary.",
    )
    assert _meeting(report) == (
        "subregional-workshop-on-postcode-addressing",
        None,
        date(2031, 10, 8),
        date(2031, 10, 9),
    )


# ------------------------------------------------------------------ a joint letterhead over a record's title
@pytest.mark.parametrize(
    "letterhead",
    [
        "WORLD FOOD PROGRAMME / UNIVERSAL POSTAL UNION",
        "ASIAN DEVELOPMENT BANK / INTERNATIONAL CIVIL AVIATION ORGANIZATION",
    ],
)
def test_two_partners_a_slash_joins_over_the_title_are_no_body_that_met(letterhead: str) -> None:
    report = make_report(
        letterhead,
        "Project MLW/09/002 - Solar-powered school connectivity",
        "Lilongwe, 14 March 2031",
        "The third Steering Review Meeting of project MLW/09/002 was held in Lilongwe on Friday, 14 March 2031.",
        title="REPORT OF THE THIRD STEERING REVIEW MEETING",
    )
    found = _meeting(report)
    assert found is not None and found[0] == "steering-review-meeting"
    assert found[1:3] == (3, date(2031, 3, 14))


def test_one_body_named_over_the_title_is_the_body_that_met() -> None:
    report = make_report(
        "ASSOCIATION OF SMALL ISLAND REGULATORS (ASIR)",
        "Lilongwe, 14 March 2031",
        "The members met in Lilongwe on Friday, 14 March 2031.",
        title="MINUTES OF THE THIRD MEETING",
    )
    found = _meeting(report)
    assert found is not None and found[0] == "asir"
