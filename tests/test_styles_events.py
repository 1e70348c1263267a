"""Events in other styles than the sample: yearly series and numbered sessions, Council session
codes, places in prose and in table rows, dates of a phase, month precision, and dates that
belong to the next event named."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import (
    fixture_extraction,
    fixture_store,
    make_report,
    one_section_report,
    query_rows,
    report_fixture,
)

from wsiskg.core.store import Store
from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.events import event_mentions, find_events
from wsiskg.ingest.records import Meeting, Paragraph, ParsedReport

cop7 = report_fixture("cwg-cop-7")
cwg40 = report_fixture("cwg-wsis-40")


# ------------------------------------------------------------------ the events query, report by report
def test_known_event_dates_in_every_format(cop7: Store) -> None:
    events = {r["name"]: (r["start"], r["end"]) for r in query_rows(cop7, "events")}
    assert events.get("WSIS Forum 2024") == ("2024-05-27", "2024-05-31")


def test_events_of_a_cwg_meeting(cwg40: Store) -> None:
    events = {r["event"].rsplit("/", 1)[1]: (r["start"], r["end"]) for r in query_rows(cwg40, "events")}
    assert events["wsis-forum-2024"] == ("2024-05-27", "2024-05-31")
    assert events["cstd-27"] == ("2024-04-15", "2024-04-19")
    assert events["ai-for-good-global-summit-2024"] == ("2024-05-30", "2024-05-31")
    assert events["igf-2024"] == ("", "")  # the dates after it belong to the summit named next
    assert {"wtdc-25", "pp-26", "council-2024"} <= set(events)


def test_events_of_a_cwg_meeting_with_agenda_items() -> None:
    events = {
        r["name"]: (r["start"], r["end"], r["place"]) for r in query_rows(fixture_store("cwg-wsis-sdg-41"), "events")
    }
    assert events["WSIS+20 High-Level Event 2025"] == ("2025-07-07", "2025-07-11", "Geneva")
    assert "AI for Good Global Summit 2025" in events
    assert "WSIS+20 review" in events  # a one-off event is named as the text names it


def test_events_of_an_event_outcome_document() -> None:
    rows = query_rows(fixture_store("wsis-forum-2025-outcome"), "events")
    events = {r["name"]: (r["start"], r["end"], r["place"], r["kind"]) for r in rows}
    assert events["WSIS+20 High-Level Event 2025"] == ("2025-07-07", "2025-07-11", "Geneva, Switzerland", "Forum")
    assert events["29th session of the Commission on Science and Technology for Development"][:2] == (
        "2026-04-01",
        "2026-04-30",
    )


def test_events_table_of_a_council_summary_record() -> None:
    events = {r["name"]: (r["start"], r["end"]) for r in query_rows(fixture_store("council-2024-wsis"), "events")}
    assert events["WSIS+20 High-Level Event 2025"] == ("2025-07-07", "2025-07-11")
    assert events["Internet Governance Forum 2025"] == ("2025-06-23", "2025-06-27")
    assert events["28th session of the Commission on Science and Technology for Development"] == (
        "2025-04-07",
        "2025-04-11",
    )
    assert "ITU Council 2025" in events


def test_event_of_an_expert_group_meeting() -> None:
    events = {
        r["event"].rsplit("/", 1)[1]: (r["start"], r["end"]) for r in query_rows(fixture_store("egti-12"), "events")
    }
    # the sub-group that "will meet during the week of 12 February 2024" (decision 9: the week's first day)
    assert events == {
        "wtis-24": ("2024-12-03", "2024-12-05"),
        "egti-sub-group-on-household-indicators-meeting-2024-02-12": ("2024-02-12", ""),
    }


def test_events_with_places_and_months() -> None:
    rows = query_rows(fixture_store("ungis-2024-paris"), "events")
    events = {r["event"].rsplit("/", 1)[1]: (r["start"], r["end"], r["place"]) for r in rows}
    assert events == {
        "wsis-forum-2024": ("2024-05-27", "2024-05-31", "Geneva"),  # "(27-31 May 2024, Geneva)"
        "igf-2024": ("", "", "Riyadh, Saudi Arabia"),  # "IGF 2024 in Riyadh, Saudi Arabia"
        "wsis-forum-2025": ("2025-07-07", "2025-07-11", "Geneva"),  # "held in Geneva from 7/11 July 2025"
        "wtdc-25": ("2025-11-01", "2025-11-30", "Baku, Azerbaijan"),  # "to be held in ..., in November 2025"
        "wsis-20-review": ("2025-12-01", "2025-12-31", ""),  # "the WSIS+20 review by UNGA in December 2025"
    }


def test_event_precision() -> None:
    assert {e.key: e.precision for e in fixture_extraction("ungis-2024-paris").events} == {
        "wsis-forum-2024": "day",
        "igf-2024": "day",
        "wsis-forum-2025": "day",
        "wtdc-25": "month",
        "wsis-20-review": "month",
    }


def test_event_with_code_dates_and_place() -> None:
    (gsr,) = query_rows(fixture_store("itud-sg1-rapporteur"), "events")
    assert (gsr["code"], gsr["start"], gsr["end"], gsr["place"]) == (
        "GSR-25",
        "2025-08-31",
        "2025-09-03",
        "Riyadh, Saudi Arabia",
    )


# ------------------------------------------------------------------ yearly series, places
def test_generic_yearly_events_do_not_swallow_places_or_series() -> None:
    keys = [
        m.key
        for m in event_mentions("IGF 2024 in Riyadh and the AI for Good Global Summit 2024 and the ITU Council 2024")
    ]
    assert keys == ["igf-2024", "ai-for-good-global-summit-2024", "council-2024"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("WSIS Forum 2024 (27-31 May 2024, Geneva) was noted.", "Geneva"),
        ("PP-26 (Doha, Qatar, 9-27 November 2026) was noted.", "Doha, Qatar"),
        ("IGF 2024 in Riyadh, Saudi Arabia, was noted.", "Riyadh, Saudi Arabia"),
        ("The WSIS Forum 2024, held in Geneva from 27 to 31 May 2024, was noted.", "Geneva"),
        ("WTDC-25, to be held in Kigali, Rwanda, was noted.", "Kigali, Rwanda"),
        ("The WSIS Forum 2024 in June 2024 was noted.", None),  # a month is no place
        ("IGF 2024 in cooperation with UNESCO was noted.", None),
        ("IGF 2024 and the WSIS Forum 2024 in Geneva were noted.", None),  # the place of the next event
    ],
)
def test_event_places(text: str, place: str | None) -> None:
    assert event_mentions(text, 2024)[0].place == place


@pytest.mark.parametrize(
    ("row", "key", "place"),
    [
        ("Internet Governance Forum 2025 | 23-27 June 2025 | Lillestrøm", "igf-2025", "Lillestrøm"),
        ("WSIS Forum 2024 | 27-31 May 2024 | Geneva, Switzerland | ITU", "wsis-forum-2024", "Geneva, Switzerland"),
        ("WSIS Forum 2024 | 27-31 May 2024 | to be confirmed", "wsis-forum-2024", None),
        ("WSIS Forum 2024 | 27-31 May 2024 | hybrid event in Geneva", "wsis-forum-2024", None),
    ],
)
def test_event_place_from_a_table_row(row: str, key: str, place: str | None) -> None:
    (m,) = [m for m in event_mentions(row) if m.key == key]
    assert m.place == place


def test_table_row_places_reach_the_store() -> None:
    events = {r["name"]: r["place"] for r in query_rows(fixture_store("council-2024-wsis"), "events")}
    assert events["Internet Governance Forum 2025"] == "Lillestrøm"
    assert events["WSIS+20 High-Level Event 2025"] == "Geneva"


# ------------------------------------------------------------------ vague dates and phases
def test_overall_review_to_be_held_in_a_month_has_month_precision() -> None:
    report = make_report(
        "The Secretariat introduced a note on the overall review by the United Nations General Assembly "
        "of the implementation of the WSIS outcomes, to be held in December 2025."
    )
    (event,) = find_events(report)
    assert (event.key, event.start.isoformat(), event.end.isoformat(), event.precision) == (
        "wsis-20-review",
        "2025-12-01",
        "2025-12-31",
        "month",
    )
    rows = query_rows(fixture_store("cwg-wsis-sdg-41"), "events")
    events = {r["name"]: (r["start"], r["end"]) for r in rows}
    assert events["WSIS+20 review"] == ("2025-12-01", "2025-12-31")


def test_a_known_event_gets_the_range_of_its_phase() -> None:
    (event,) = find_events(
        make_report("The WSIS Forum 2026 open consultation will run from 1 October 2025 to 15 January 2026.")
    )
    assert (event.key, event.start.isoformat(), event.end.isoformat()) == (
        "wsis-forum-2026",
        "2025-10-01",
        "2026-01-15",
    )


def test_month_dates_only_when_no_mention_gives_days() -> None:
    report = one_section_report("WTDC-25 will meet in November 2025.", "WTDC-25 will be held on 17-28 November 2025.")
    (e,) = find_events(report, 2024)
    assert (e.start, e.end, e.precision) == (date(2025, 11, 17), date(2025, 11, 28), "day")
    (e,) = find_events(one_section_report("the UNGA high-level meeting on the overall review (December 2025)"), 2024)
    assert (e.key, e.start, e.end, e.precision) == ("wsis-20-review", date(2025, 12, 1), date(2025, 12, 31), "month")


# ------------------------------------------------------------------ Council session codes
@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("The report will be submitted to C24 and then to C25.", ["council-2024", "council-2025"]),
        ("The 2024 session of the Council approved the plan.", ["council-2024"]),
        ("The 2023 session of the ITU Council took note.", ["council-2023"]),
        ("The 2024 session of the CSTD discussed it.", ["cstd-2024"]),
        ("See Document C24/12 and C24-INF.", []),  # document symbols
        ("Action lines C7 and C11 were discussed.", []),  # WSIS action lines, not sessions
    ],
)
def test_council_session_codes(text: str, keys: list[str]) -> None:
    assert [m.key for m in event_mentions(text)] == keys


def test_council_code_is_the_council_session_event() -> None:
    events = {
        e.key: e for e in find_events(make_report("The Group will report to C24.", "Council 2024 will meet in June."))
    }
    assert set(events) == {"council-2024"} and events["council-2024"].paragraphs == (1, 2)


# ------------------------------------------------------------------ a numbered CSTD session and CSTD <year>
def test_numbered_session_and_year_in_one_sentence_are_one_event() -> None:
    from wsiskg.ingest.extract.events import event_key_aliases

    report = make_report(
        "The twenty-seventh session of the CSTD (CSTD 2024) was held in Geneva from 15 to 19 April 2024.",
        "The Group took note of the outcomes of CSTD 2024.",
    )
    events = {e.key: e for e in find_events(report)}
    assert set(events) == {"cstd-2024"}
    assert (events["cstd-2024"].paragraphs, events["cstd-2024"].start.isoformat()) == ((1, 2), "2024-04-15")
    assert event_key_aliases(report) == {"cstd-27": "cstd-2024"}


@pytest.mark.parametrize(
    "texts",
    [
        # the dates alone do not tie them
        (
            "The twenty-seventh session of the CSTD was held from 15 to 19 April 2024.",
            "CSTD 2024 adopted a resolution.",
        ),
        # one sentence naming two years ties the session to neither
        ("The twenty-seventh session of the CSTD follows CSTD 2023 and precedes CSTD 2025.",),
    ],
)
def test_numbered_session_not_tied_to_a_year_stays_apart(texts: tuple[str, ...]) -> None:
    assert "cstd-27" in {e.key for e in find_events(make_report(*texts))}


def test_a_request_about_a_merged_session_points_to_the_merged_event() -> None:
    report = make_report(
        "Report of the 30th meeting of the Council Working Group on WSIS&SDG",
        "The Group invited the Secretariat to present the report to the twenty-seventh session of "
        "the CSTD (CSTD 2024).",
    )
    x = extract(report)
    assert {e.key for e in x.events} >= {"cstd-2024"} and "cstd-27" not in {e.key for e in x.events}
    (request,) = x.requests
    assert "event:cstd-2024" in request.concerns and "event:cstd-27" not in request.concerns


# ------------------------------------------------------------------ events named or dated otherwise
def _found(text: str, year: int | None = 2031, meeting: Meeting | None = None) -> dict[str, tuple]:
    return {m.key: (m.name, m.start, m.end) for m in event_mentions(text, year, meeting=meeting)}


@pytest.mark.parametrize(
    ("text", "key", "start", "end"),
    [
        # a series named without its year, dated by its own dates: the event of that year
        (
            "The World Radiocommunication Conference, held in Cairo from 3 to 28 November 2031, ended.",
            "wrc-31",
            date(2031, 11, 3),
            date(2031, 11, 28),
        ),
        (
            "The Group will report to the Plenipotentiary Conference (Manila, from 2 to 20 October 2034).",
            "pp-34",
            date(2034, 10, 2),
            date(2034, 10, 20),
        ),
        (
            "The next Internet Governance Forum will take place in Tallinn, Estonia, from 1 to 4 December 2031.",
            "igf-2031",
            date(2031, 12, 1),
            date(2031, 12, 4),
        ),
        (
            "The WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC) is scheduled for 6-17 March 2033.",
            "wtdc-33",
            date(2033, 3, 6),
            date(2033, 3, 17),
        ),
    ],
)
def test_a_series_named_without_its_year_is_dated_by_its_own_dates(text: str, key: str, start: date, end: date) -> None:
    assert _found(text)[key][1:] == (start, end)


def test_a_bare_on_after_a_series_that_is_also_a_body_is_no_date_of_it() -> None:
    assert _found("The report was submitted to the Council on 12 May 2031.") == {}
    assert _found("The WSIS Forum, the Council and other meetings were noted on 12 May 2031.") == {}


@pytest.mark.parametrize(
    ("text", "key", "name", "start", "end"),
    [
        (
            "Ministers will meet at the Summit on Digital Commons in Nairobi on 14–15 October 2031.",
            "summit-on-digital-commons-2031",
            "Summit on Digital Commons",
            date(2031, 10, 14),
            date(2031, 10, 15),
        ),
        (
            "A statement was prepared for the Second World Conference on Rural Broadband (Quito, 5–8 May 2031).",
            "second-world-conference-on-rural-broadband-2031",
            "Second World Conference on Rural Broadband",
            date(2031, 5, 5),
            date(2031, 5, 8),
        ),
        (
            "UNECE invited the Group to the Baltic Data Week, scheduled for 21-25 April 2031 in Riga.",
            "baltic-data-week-2031",
            "Baltic Data Week",
            date(2031, 4, 21),
            date(2031, 4, 25),
        ),
    ],
)
def test_a_capitalised_event_name_without_a_year_is_dated_by_its_own_dates(
    text: str, key: str, name: str, start: date, end: date
) -> None:
    assert _found(text)[key] == (name, start, end)


def test_a_capitalised_event_name_is_not_dated_by_dates_not_its_own() -> None:
    undated = {"baltic-data-week": ("Baltic Data Week", None, None)}
    assert _found("The Baltic Data Week attracted many delegates; the report is dated 2 May 2031.") == undated
    assert _found("The Baltic Data Week was noted, and ministers met on 2 May 2031.") == undated


def test_an_event_noun_that_only_qualifies_a_place_is_no_event() -> None:
    text = "The Lima Forum 2031 was held at the Pacific Conference Centre Lima (PCCL) from 2 to 4 June 2031."
    assert _found(text) == {"lima-forum-2031": ("Lima Forum 2031", date(2031, 6, 2), date(2031, 6, 4))}


@pytest.mark.parametrize(
    ("text", "meeting", "name", "start", "end"),
    [
        (
            "The next meeting of the TDAG is scheduled for the fifth to the seventh of March 2032.",
            None,
            "next meeting of the Telecommunication Development Advisory Group",
            date(2032, 3, 5),
            date(2032, 3, 7),
        ),
        (
            "Contributions will be considered at the next TSAG meeting, which is planned for 12-16 January 2032.",
            None,
            "next meeting of the Telecommunication Standardization Advisory Group",
            date(2032, 1, 12),
            date(2032, 1, 16),
        ),
        (
            "The Broadband Commission for Sustainable Development holds its next meeting in Kigali on 3 October 2031",
            None,
            "next meeting of the Broadband Commission for Sustainable Development",
            date(2031, 10, 3),
            None,
        ),
        (  # "the next meeting" in a report of a meeting: the meeting body's
            "The Group agreed that the next meeting will be held on 9 and 10 February 2032.",
            Meeting(body="cwg-cop", number=30, start=date(2031, 9, 1)),
            "next meeting of the Council Working Group on Child Online Protection",
            date(2032, 2, 9),
            date(2032, 2, 10),
        ),
        (  # "its next meeting" of a group the catalogue does not know
            "A task team set up for this purpose will hold its next meeting on 4–5 November 2031 in Oslo.",
            None,
            "next meeting",
            date(2031, 11, 4),
            date(2031, 11, 5),
        ),
    ],
)
def test_the_next_meeting_with_its_own_dates(
    text: str, meeting: Meeting | None, name: str, start: date, end: date | None
) -> None:
    (found,) = event_mentions(text, 2031, meeting=meeting)
    assert (found.name, found.start, found.end) == (name, start, end)


def test_a_next_meeting_without_its_own_dates_is_no_event() -> None:
    assert event_mentions("Contributions to the next meeting are due by 3 May 2031.", 2031) == []
    assert event_mentions("The Group will review its terms of reference at its next meeting.", 2031) == []


@pytest.mark.parametrize(
    ("row", "key", "name", "start"),
    [
        (
            "Regional consultation on spectrum pricing | 4 June 2031 | APT",
            "regional-consultation-on-spectrum-pricing-2031",
            "Regional consultation on spectrum pricing",
            date(2031, 6, 4),
        ),
        (
            "Validation workshop for the e-waste toolkit, 17-18 March 2031, UNEP",
            "validation-workshop-for-the-e-waste-toolkit-2031",
            "Validation workshop for the e-waste toolkit",
            date(2031, 3, 17),
        ),
        (
            "Global Symposium for Regulators\t1-3 July 2031\tITU",
            "gsr-31",
            "Global Symposium for Regulators 2031",
            date(2031, 7, 1),
        ),
    ],
)
def test_an_event_dated_only_in_a_table_row(row: str, key: str, name: str, start: date) -> None:
    assert _found(row)[key][:2] == (name, start)


@pytest.mark.parametrize(
    "row",
    [
        "Deadline for registration to the workshop, 29 February 2032, online",  # a deadline, not the workshop
        "Four editions of the Forum were held in Geneva: 2-6 May 2031, 3-7 May 2032",  # prose
        "The Minister of ICT, 4 June 2031, Rabat",  # no event noun
        "Mobile money regulation, 4 June 2031, BCEAO",  # no event noun
    ],
)
def test_a_row_is_an_event_only_when_its_first_cell_names_one_and_the_next_is_its_date(row: str) -> None:
    assert _found(row) == {}


def test_a_generic_noun_naming_a_known_series_is_that_series() -> None:
    text = (
        "We will work with the Internet Governance Forum, whose eighteenth meeting (IGF 2031) will be held "
        "in Tallinn, Estonia, from 1 to 4 December 2031."
    )
    # the numbered meeting named with it is that year's meeting (merged into it)
    assert [e.key for e in find_events(one_section_report(text), 2031)] == ["igf-2031"]


def test_an_event_named_by_its_form_on_the_reports_own_dates_is_the_meeting_itself() -> None:
    meeting = Meeting(body="ungis", number=None, start=date(2031, 4, 22))
    text = "The Annual Meeting of the Group was held in Nairobi on 22 and 23 April 2031."
    assert _found(text, meeting=meeting) == {}
    assert list(_found(text)) == ["annual-meeting-of-the-group-2031"]


def test_another_bodys_conference_from_the_own_meetings_first_day_and_going_on_after_it_is_an_event() -> None:
    meeting = Meeting(
        body="expert-meeting-on-rural-broadband", number=None, start=date(2031, 9, 8), end=date(2031, 9, 9)
    )
    text = (
        "(iii) the Bureau present the findings to the second Congress of Sahel Ministers for Digital Affairs, "
        "to be held in Niamey from 8 to 12 September 2031;"
    )
    assert _found(text, meeting=meeting) == {
        "congress-of-sahel-ministers-for-digital-affairs-2031": (
            "Congress of Sahel Ministers for Digital Affairs",
            date(2031, 9, 8),
            date(2031, 9, 12),
        )
    }
    # a name of the meeting's own body's words, or ending on its own last day, is the meeting again
    own = "the second Expert Meeting on Rural Broadband, held in Niamey from 8 to 12 September 2031"
    assert _found(own, meeting=meeting) == {}
    same_days = text.replace("8 to 12 September", "8 to 9 September")
    assert _found(same_days, meeting=meeting) == {}


@pytest.mark.parametrize(
    ("lines", "key", "start", "end"),
    [
        (
            ("Council 2033", "Geneva, 7-17 June 2033", "Document C33/12-E"),
            "council-2033",
            date(2033, 6, 7),
            date(2033, 6, 17),
        ),
        (("COUNCIL 2031", "Geneva, 9–19 June 2031"), "council-2031", date(2031, 6, 9), date(2031, 6, 19)),
        (
            ("PLENIPOTENTIARY CONFERENCE (PP-30)", "Lima, 1 – 19 October 2030", "PLENARY MEETING"),
            "pp-30",
            date(2030, 10, 1),
            date(2030, 10, 19),
        ),
        (
            ("WSIS Forum 2032", "Note by the Secretariat", "Geneva, 3-7 May 2032"),
            "wsis-forum-2032",
            date(2032, 5, 3),
            date(2032, 5, 7),
        ),
    ],
)
def test_an_event_named_in_the_header_is_dated_by_the_dateline_under_it(
    lines: tuple[str, ...], key: str, start: date, end: date
) -> None:
    report = make_report(*lines, "1 The Group met once since then.")
    found = {e.key: (e.start, e.end) for e in find_events(report, start.year)}
    assert found[key] == (start, end)


def test_a_header_dateline_of_another_year_does_not_date_the_event() -> None:
    report = make_report("Council 2033", "Geneva, 7 December 2032", "1 The Group met once since then.")
    assert {e.key: e.start for e in find_events(report, 2033)} == {"council-2033": None}


def test_a_meeting_of_a_named_body_with_its_own_dates() -> None:
    text = (
        "The Chair reported on the meeting of the United Nations Group on the Information Society held on 2 March 2031."
    )
    (found,) = event_mentions(text, 2031)
    assert (found.name, found.start) == (
        "meeting of the United Nations Group on the Information Society",
        date(2031, 3, 2),
    )
    assert event_mentions("The meeting was held on 2 March 2031.", 2031) == []  # no body: the report's own, or unknown


def test_the_forum_is_the_forum_named_before_it() -> None:
    text = "Nominations for the WSIS Forum 2032 open on 1 October 2031. The Forum will take place from 3 to 7 May 2032."
    found = [(m.key, m.start, m.end) for m in event_mentions(text, 2031)]
    assert found == [("wsis-forum-2032", None, None), ("wsis-forum-2032", date(2032, 5, 3), date(2032, 5, 7))]
    assert event_mentions("The Forum will take place from 3 to 7 May 2032.", 2032) == []  # none named before


def test_an_event_of_a_year_takes_no_dates_of_another_year() -> None:
    (found,) = event_mentions("The open call for the WSIS Forum 2032 started on 15 October 2031.", 2031)
    assert (found.key, found.start) == ("wsis-forum-2032", None)


def test_a_short_and_a_full_name_of_one_event_on_one_day_are_one_event() -> None:
    report = one_section_report(
        "Second physical meeting of the Regional Review Process, 3rd of March 2031",
        "Delegates will take part in the second physical meeting, which will be held in Dakar on 3 March 2031.",
    )
    events = find_events(report, 2031)
    assert [(e.name, e.start, e.paragraphs) for e in events] == [
        ("Second physical meeting of the Regional Review Process", date(2031, 3, 3), (1, 2))
    ]


def test_an_event_named_by_its_form_without_a_date_of_its_own_is_no_event() -> None:
    text = "The Chair of the Regional Preparatory Meeting (RPM) reported on the outcome of WRC-31, held on 2 May 2031."
    assert [m.key for m in event_mentions(text, 2031)] == ["wrc-31"]


def test_what_later_extractors_read_names_the_event_a_short_name_was_merged_into() -> None:
    from wsiskg.ingest.extract.document import document

    report = one_section_report(
        "Second physical meeting of the Regional Review Process, 3rd of March 2031",
        "Delegates will attend the second physical meeting, which will be held in Dakar on 3 March 2031.",
    )
    find_events(report, 2031)
    keys = {s.key for p in (1, 2) for s in document(report).spans(p, "event")}
    assert keys == {"second-physical-meeting-of-the-regional-review-process-2031"}


def test_a_numbered_session_of_a_body_named_before_by_its_head_noun() -> None:
    text = (
        "The report will go to the Commission on Science and Technology for Development (CSTD) in time for the "
        "thirtieth session of the Commission, to be held in Geneva from 12 to 16 April 2032."
    )
    found = _found(text, 2032)
    assert found["cstd-30"][1:] == (date(2032, 4, 12), date(2032, 4, 16))
    # none named before: a session of the body its head noun names, not the CSTD's
    alone = _found("the thirtieth session of the Commission, held from 12 to 16 April 2032", 2032)
    assert set(alone) == {"commission-30"}


def test_an_event_name_with_a_plus_and_a_chain_of_verbs_before_its_dates() -> None:
    text = "It prepares the WSIS+30 High-Level Event, which is planned to be held in Geneva from 4 to 8 June 2035."
    found = _found(text, 2034)
    assert found["wsis-30-high-level-event-2035"] == ("WSIS+30 High-Level Event", date(2035, 6, 4), date(2035, 6, 8))


def test_the_launch_of_something_is_an_event_of_its_topic() -> None:
    text = "The Director recalled the launch of the Rural Connectivity Agenda (RCA) by the Minister on 9 May 2031."
    assert _found(text)["launch-of-the-rural-connectivity-agenda-2031"][1] == date(2031, 5, 9)
    assert _found("The Group noted the workshop of the Study Group on 3 May 2031.") == {}  # "of" is no topic of it


def test_an_event_named_in_the_title_is_dated_by_the_dateline_under_it() -> None:
    report = make_report("Lima, 3-7 May 2032", "Welcome to the WSIS Forum 2032 and to Lima.", title="WSIS Forum 2032")
    assert [(e.key, e.start, e.end) for e in find_events(report, 2032)] == [
        ("wsis-forum-2032", date(2032, 5, 3), date(2032, 5, 7))
    ]
    other_year = make_report("Lima, 3-7 May 2031", "Welcome to the WSIS Forum 2032.", title="WSIS Forum 2032")
    assert [e.start for e in find_events(other_year, 2031)] == [None]


def test_a_date_without_a_year_after_an_event_of_a_year_is_in_that_year() -> None:
    (found,) = event_mentions("The WSIS Forum 2032 will take place from 3 to 7 May.", 2031)
    assert (found.start, found.end) == (date(2032, 5, 3), date(2032, 5, 7))
    (found,) = event_mentions("The WSIS Forum 2032 will take place from 28 December to 2 January.", 2031)
    assert (found.start, found.end) == (date(2032, 12, 28), date(2033, 1, 2))  # the range keeps its length


def test_an_event_named_only_in_the_title_is_found_on_the_dateline_under_it() -> None:
    report = make_report(
        "Lima, 1-19 October 2030", "Document 12-E", "1 The Committee met.", title="Plenipotentiary Conference (PP-30)"
    )
    assert [(e.key, e.start, e.end, e.paragraphs) for e in find_events(report, 2030)] == [
        ("pp-30", date(2030, 10, 1), date(2030, 10, 19), (1,))
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ("Twenty-first meeting, virtual, 4 March 2031", "Document CWG-COP 21/5", "Contribution from Peru"),
        ("21st meeting – Geneva, 4 March 2031", "Document CWG-COP-21/5-E", "Contribution from Peru"),
    ],
)
def test_a_header_naming_the_meeting_a_contribution_is_for(lines: tuple[str, ...]) -> None:
    report = make_report(*lines, "1 Peru proposes that the Group consider rural access.")
    found = {e.key: (e.name, e.start) for e in find_events(report, 2031)}
    assert found == {
        "cwg-cop-21": ("21st meeting of the Council Working Group on Child Online Protection", date(2031, 3, 4))
    }
    own = Meeting(body="cwg-cop", number=21, start=date(2031, 3, 4))
    assert find_events(report, 2031, meeting=own) == ()  # a report of that meeting: its own
    other = make_report("21st meeting – Geneva, 4 March 2031", "Document CWG-COP-20/5-E", "1 Text.")
    assert find_events(other, 2031) == ()  # the symbol is of another meeting


def test_a_numbered_meeting_of_the_group_in_a_report_of_the_group() -> None:
    meeting = Meeting(body="cwg-cop", number=20, start=date(2031, 2, 3))
    text = "It is proposed to hold the twenty-first meeting of the Group on 8 and 9 September 2031."
    (found,) = event_mentions(text, 2031, meeting=meeting)
    assert (found.key, found.start, found.end) == ("cwg-cop-21", date(2031, 9, 8), date(2031, 9, 9))
    # no meeting, or not its head noun: a meeting of the body the head noun names, not the meeting body's
    assert [m.key for m in event_mentions(text, 2031)] == ["group-21"]
    other = event_mentions(text.replace("Group", "Commission"), 2031, meeting=meeting)
    assert [m.key for m in other] == ["commission-21"]


def test_the_next_meeting_of_a_group_the_catalogue_does_not_know_is_named_as_written() -> None:
    meeting = Meeting(body="tsag", number=3, start=date(2031, 2, 3))
    text = "Case studies may be brought to the next Study Group 7 meeting, to be held from 2 to 6 June 2031."
    (found,) = event_mentions(text, 2031, meeting=meeting)
    assert (found.key, found.name, found.start) == (
        "study-group-7-meeting-2031-06-02",
        "next Study Group 7 meeting",
        date(2031, 6, 2),
    )


def test_a_meeting_of_a_group_named_by_its_form_with_its_own_dates() -> None:
    text = "The Rapporteur presented the report of the Drafting Group meeting held on 4 May 2031 (Document 3/112)."
    (found,) = event_mentions(text, 2031)
    assert (found.name, found.start) == ("Drafting Group meeting", date(2031, 5, 4))
    assert event_mentions("The Plenary meeting held on 4 May 2031 closed the session.", 2031) == []  # no body noun


# ------------------------------------------------------------------ generic events, neighbours
@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "It is proposed to hold an informal online consultation on 14 March 2032, if needed.",
            "informal online consultation",
            date(2032, 3, 14),
        ),
        ("FAO will run a webinar on 3 June 2031 for national focal points.", "webinar", date(2031, 6, 3)),
        (
            "The secretariat organized a regional workshop on the 5th of October 2030 in Suva.",
            "regional workshop",
            date(2030, 10, 5),
        ),
    ],
)
def test_a_date_after_on_is_a_generic_events_date_not_its_topic(text: str, name: str, start: date) -> None:
    (found,) = event_mentions(text, 2031)
    assert (found.name, found.start) == (name, start)


def test_a_generic_event_on_a_topic_keeps_its_topic() -> None:
    (found,) = event_mentions("UNEP will host a webinar on e-waste statistics on 9 April 2031.", 2031)
    assert (found.name, found.start) == ("webinar on e-waste statistics", date(2031, 4, 9))


@pytest.mark.parametrize(
    ("text", "name", "start", "inner"),
    [
        (
            "The open consultation process for the WSIS Forum 2033 started on 4 November 2032.",
            "open consultation process for the WSIS Forum 2033",
            date(2032, 11, 4),
            "wsis-forum-2033",
        ),
        (
            "The closing ceremony of the WSIS Forum 2031 was held on 21 May 2031 in Geneva.",
            "closing ceremony of the WSIS Forum 2031",
            date(2031, 5, 21),
            "wsis-forum-2031",
        ),
    ],
)
def test_a_generic_event_whose_topic_names_another_event(text: str, name: str, start: date, inner: str) -> None:
    found = {m.key: m for m in event_mentions(text, 2031)}
    generic = next(m for m in found.values() if m.name == name)
    assert generic.start == start
    assert found[inner].start is None  # named in the topic: an event, but the date is the generic one's


def test_a_name_is_no_topic() -> None:
    found = event_mentions("At the Global Symposium for Regulators held on 2 and 3 July 2031, regulators spoke.", 2031)
    assert [(m.key, m.start) for m in found] == [("gsr-31", date(2031, 7, 2))]


@pytest.mark.parametrize(
    ("text", "key", "start"),
    [
        (
            "The twelfth meeting of the CWG-COP will take place on 14 September 2031, during the series of "
            "Council working group meetings held from 8 to 19 September 2031.",
            "cwg-cop-12",
            date(2031, 9, 14),
        ),
        (
            "The TDAG will hold its 30th meeting on 3 and 4 June 2031, preceded by a youth dialogue on 2 June 2031.",
            "tdag-30",
            date(2031, 6, 3),
        ),
        (
            "The 9th meeting of the CWG-COP (Geneva, 4 March 2031) will be followed by the "
            "open consultation meeting on 5 March 2031.",
            "cwg-cop-9",
            date(2031, 3, 4),
        ),
    ],
)
def test_dates_after_another_event_brought_in_are_not_the_first_events(text: str, key: str, start: date) -> None:
    found = {m.key: m for m in event_mentions(text, 2031)}
    assert found[key].start == start


def test_during_a_period_brings_in_no_event() -> None:
    text = "Two editions of the WSIS Forum were held in Geneva during the period: 3-7 May 2030 and 2-6 May 2031."
    assert {m.key: m.start for m in event_mentions(text, 2031)} == {
        "wsis-forum-2030": date(2030, 5, 3),
        "wsis-forum-2031": date(2031, 5, 2),
    }


def test_the_day_a_consultation_closed_is_not_an_events_start() -> None:
    text = (
        "She presented the WSIS Forum 2031, which will run from 12 to 16 May 2031, "
        "and the consultation that closed on 2 March 2031."
    )
    assert {m.key: m.start for m in event_mentions(text, 2031)} == {"wsis-forum-2031": date(2031, 5, 12)}


def test_a_bracket_with_a_place_of_several_words_dates_a_named_event() -> None:
    text = "Subject: ITU Workshop on Open Data in Smart Farming (Kigali, Republic of Rwanda, 7-8 October 2031)"
    (found,) = event_mentions(text, 2031)
    assert (found.name, found.start, found.end) == (
        "ITU Workshop on Open Data in Smart Farming",
        date(2031, 10, 7),
        date(2031, 10, 8),
    )


def test_a_numbered_meeting_of_a_body_whose_name_goes_on_is_not_the_shorter_bodys() -> None:
    text = "It was followed by the second meeting of the ITU-T Focus Group on Rural Sensing (Lomé, 9 May 2031)."
    keys = [m.key for m in event_mentions(text, 2031)]
    assert keys and not {"itu-t-2", "itu-2"} & set(keys)


@pytest.mark.parametrize(
    ("text", "meeting", "key", "start"),
    [
        (
            "It is proposed to hold the next meeting of the Group from 9 to 11 February 2032.",
            Meeting(body="tdag", number=None, start=date(2031, 6, 3)),
            "tdag-meeting-2032-02-09",
            date(2032, 2, 9),
        ),
        (
            "The results will be presented to the next meeting of Study Group 4, from 2 to 6 June 2031.",
            None,
            "study-group-4-meeting-2031-06-02",
            date(2031, 6, 2),
        ),
    ],
)
def test_the_next_meeting_of_the_group_or_of_a_numbered_group(
    text: str, meeting: Meeting | None, key: str, start: date
) -> None:
    (found,) = event_mentions(text, 2031, meeting=meeting)
    assert (found.key, found.start) == (key, start)
    if meeting is not None:  # a report of a body without the noun: the next meeting of no body known
        council = Meeting(body="itu-council", number=None, start=date(2031, 6, 3))
        assert [m.key for m in event_mentions(text, 2031, meeting=council)] == ["meeting-2032-02-09"]


@pytest.mark.parametrize(
    ("text", "names", "starts"),
    [
        (
            "Ms Roy presented the work of the Task Force on Rural Access, which had met in Nairobi from 3 to 5 May "
            "2031 and again in Kigali on 9 June 2031.",
            ["meeting of the Task Force on Rural Access"] * 2,
            [date(2031, 5, 3), date(2031, 6, 9)],
        ),
        (
            "The text goes to the Group of Friends of the Vice-Chair, which is to meet in Lomé "
            "in the week of 14 July 2031.",
            ["meeting of the Group of Friends of the Vice-Chair"],
            [date(2031, 7, 14)],
        ),
        (
            "The Plenary set up an ad hoc group on the budget ceiling, which met on the evening of 12 March.",
            ["meeting of the ad hoc group on the budget ceiling"],
            [date(2031, 3, 12)],
        ),
    ],
)
def test_a_body_that_met_on_its_own_dates_is_a_meeting_of_it(text: str, names: list[str], starts: list[date]) -> None:
    found = event_mentions(text, 2031)
    assert [(m.name, m.start) for m in found] == list(zip(names, starts, strict=True))


def test_a_body_that_met_in_a_month_is_a_meeting_of_that_month() -> None:
    (found,) = event_mentions("The Expert Group on Mobile Payments (EGMP) met in October 2031 in Dakar.", 2031)
    assert (found.start, found.end, found.precision) == (date(2031, 10, 1), date(2031, 10, 31), "month")


def test_a_body_that_met_without_dates_is_no_event() -> None:
    assert event_mentions("The Task Force on Rural Access met twice and agreed on a plan.", 2031) == []


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "ITU chaired UNGIS in 2031. At its annual meeting on 4 March 2032, held in Vienna, UNGIS agreed on a plan.",
            "annual meeting of the United Nations Group on the Information Society",
            date(2032, 3, 4),
        ),
        (
            "The Telecommunication Development Advisory Group (TDAG) held its extraordinary meeting on 7 July 2031.",
            "extraordinary meeting of the Telecommunication Development Advisory Group",
            date(2031, 7, 7),
        ),
        (
            "The draft will be proposed for consent at the Study Group 9 meeting in Geneva from 2 to 11 April 2031.",
            "Study Group 9 meeting",
            date(2031, 4, 2),
        ),
    ],
)
def test_a_meeting_of_a_body_with_words_before_meeting(text: str, name: str, start: date) -> None:
    (found,) = event_mentions(text, 2031)
    assert (found.name, found.start) == (name, start)


def test_at_its_numbered_meeting_the_subject_after_the_comma_is_its() -> None:
    meeting = Meeting(body="cwg-cop", number=22, start=date(2032, 1, 20))
    text = "At its twenty-first meeting (Geneva, 8-9 September 2031), the Group discussed the report."
    (found,) = event_mentions(text, 2031, meeting=meeting)
    assert (found.key, found.start) == ("cwg-cop-21", date(2031, 9, 8))
    text = (
        "At its 40th session, held in Geneva from 2 to 6 May 2031, "
        "the Commission on Science and Technology for Development met."
    )
    assert [(m.key, m.start) for m in event_mentions(text, 2031)] == [("cstd-40", date(2031, 5, 2))]


def test_the_group_in_a_contribution_is_the_group_its_header_names() -> None:
    report = make_report(
        "Twenty-second meeting – Geneva, 2-3 February 2032",
        "Document CWG-COP-22/4-E",
        "Contribution from Chile",
        "1 Chile proposes that the twenty-third meeting of the Group consider rural access.",
    )
    found = {e.key: e.start for e in find_events(report, 2032)}
    assert found == {"cwg-cop-22": date(2032, 2, 2), "cwg-cop-23": None}


def test_the_outcomes_of_a_forum_do_not_list_the_forum_as_another_event() -> None:
    report = make_report(
        "WSIS Forum 2031: Outcomes",
        "1 The WSIS Forum 2031 was held in Geneva from 12 to 16 May 2031.",
        "2 The Summit of the Future was held in New York on 22 September 2031.",
    )
    meeting = Meeting(body="wsis-forum", number=None, start=date(2031, 5, 12), end=date(2031, 5, 16))
    assert "wsis-forum-2031" not in {e.key for e in find_events(report, 2031, meeting=meeting)}
    assert "wsis-forum-2031" in {e.key for e in find_events(report, 2031)}


def test_an_event_dated_before_its_name_by_preceded_or_followed() -> None:
    text = (
        "The Forum will be preceded, on 11 March 2031, by the Pacific Youth Connect Dialogue, and followed, "
        "on 14 March 2031, by a workshop on satellite backhaul, co-organized with the PITA."
    )
    assert [(m.name, m.start) for m in event_mentions(text, 2031)] == [
        ("Pacific Youth Connect Dialogue", date(2031, 3, 11)),
        ("workshop on satellite backhaul", date(2031, 3, 14)),
    ]
    assert event_mentions("The report was followed, on 3 May 2031, by comments from members.", 2031) == []


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "The Ministerial Round Table on 14 May, chaired by the Minister, gathered 30 ministers.",
            "Ministerial Round Table",
            date(2031, 5, 14),
        ),
        ("The High-Level Track (12-13 May) consisted of ten policy sessions.", "High-Level Track", date(2031, 5, 12)),
    ],
)
def test_segments_of_a_forum_named_and_dated(text: str, name: str, start: date) -> None:
    (found,) = event_mentions(text, 2031)
    assert (found.name, found.start) == (name, start)


def test_a_verb_of_expectation_dates_an_event() -> None:
    (found,) = event_mentions("The review at the High-level Political Forum is expected in July 2031.", 2031)
    assert (found.key, found.start, found.end) == ("hlpf-2031", date(2031, 7, 1), date(2031, 7, 31))


def test_an_event_named_again_without_its_dates_is_the_same_event() -> None:
    report = make_report(
        "1 ITU took part in the Connect Andes Summit (Quito, 3-4 June 2031).",
        "2 The outcomes of the Connect Andes Summit were presented to the Group.",
    )
    found = [(e.name, e.start, e.paragraphs) for e in find_events(report, 2031)]
    assert found == [("Connect Andes Summit", date(2031, 6, 3), (1, 2))]


def test_a_speech_titled_by_an_event_and_dated_under_it_is_given_at_that_event() -> None:
    report = make_report(
        "Quito, 3-4 May 2031",
        "Opening remarks by the Director",
        "1 Welcome to the Regional Development Forum for the Andes.",
        title="Regional Development Forum for the Andes (RDF-AND)",
    )
    found = [(e.name, e.start, e.end) for e in find_events(report, 2031)]
    assert found == [("Regional Development Forum for the Andes", date(2031, 5, 3), date(2031, 5, 4))]
    own = Meeting(body="rdf-and", number=None, start=date(2031, 5, 3))
    assert all(e.start is None for e in find_events(report, 2031, meeting=own))  # the report's own meeting
    plain = make_report("Quito, 3-4 May 2031", "1 Welcome.", title="Opening remarks by the Director")
    assert find_events(plain, 2031) == ()


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "The Smart Villages Programme was launched with the support of UNDP and the World Bank on 2 March 2031.",
            "launch of the Smart Villages Programme",
            date(2031, 3, 2),
        ),
        (
            "The Digital Trust Agenda (DTA) was officially launched by the Secretary-General on 17 May 2031.",
            "launch of the Digital Trust Agenda",
            date(2031, 5, 17),
        ),
    ],
)
def test_a_named_thing_launched_on_a_date_is_its_launch(text: str, name: str, start: date) -> None:
    (found,) = event_mentions(text, 2031)
    assert (found.name, found.start) == (name, start)


def test_a_launch_needs_a_date_that_is_no_deadline() -> None:
    assert event_mentions("The Smart Villages Programme was launched in several countries.", 2031) == []
    assert event_mentions("The Smart Villages Programme was launched; apply by 3 May 2031.", 2031) == []


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "It is proposed to hold the next open consultation in October 2031.",
            "next open consultation",
            date(2031, 10, 1),
        ),
        (
            "He reported on the joint FAO–ITU regional workshop on farm data held in Apia from 2 to 4 June 2031.",
            "joint FAO–ITU regional workshop on farm data",
            date(2031, 6, 2),
        ),
        (
            "The first physical meeting of the open consultation process will take place on 3 and 4 March 2031.",
            "first physical meeting of the open consultation process",
            date(2031, 3, 3),
        ),
    ],
)
def test_generic_events_next_with_dashed_words_or_of_a_process(text: str, name: str, start: date) -> None:
    (found,) = event_mentions(text, 2031)
    assert (found.name, found.start) == (name, start)


def test_its_numbered_meeting_is_the_last_body_the_body_extractor_found_before_it() -> None:
    text = "Members are invited to share their strategies with the Group before its fifteenth meeting."
    at = text.index("the Group")
    (found,) = event_mentions(text, 2031, body_spans=[(at, at + len("the Group"), "cwg-cop")])
    assert found.key == "cwg-cop-15"


def test_a_mode_and_a_date_in_a_row_name_no_event() -> None:
    assert event_mentions("Virtual meeting, 26-27 April 2031", 2031) == []
    (found,) = event_mentions("Facilitation meeting on Action Line C3, 15 May 2031, ITU", 2031)
    assert (found.name, found.start) == ("Facilitation meeting on Action Line C3", date(2031, 5, 15))


def test_the_end_of_a_month_after_by_is_a_deadline_not_an_events_date() -> None:
    text = "I invite you to the consultation on the review, and ask facilitators to report by the end of July 2031."
    assert event_mentions(text, 2031) == []


def test_dates_after_instead_of_an_event_are_that_events() -> None:
    text = (
        "The WSIS Forum 2031 was organized as virtual sessions from 22 June to 10 September 2031, "
        "instead of the physical meeting planned in Geneva from 6 to 9 April 2031."
    )
    found = {m.key: m.start for m in event_mentions(text, 2031)}
    assert found["wsis-forum-2031"] == date(2031, 6, 22)


def test_the_year_before_a_series_name_is_the_series_event_of_that_year() -> None:
    found = event_mentions("Her term runs until the 2034 Plenipotentiary Conference.", 2031)
    assert [(m.key, m.start) for m in found] == [("pp-34", None)]


def test_a_conference_of_a_cycle_held_the_year_before_its_code_keeps_its_own_dates() -> None:
    found = event_mentions("WTDC-34 is to be held in Lusaka from 6 to 17 November 2033.", 2033)
    assert [(m.key, m.start) for m in found] == [("wtdc-34", date(2033, 11, 6))]
    text = "RAG heard about the second session of the CPM for WRC-35, to be held from 12 to 23 February 2034."
    assert all(m.start is None for m in event_mentions(text, 2034) if m.key == "wrc-35")
    assert event_mentions("The open call for the WSIS Forum 2032 started on 15 October 2031.", 2031)[0].start is None


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "The first phase of the Summit, held in Tunis on 4-6 March 2031, adopted a declaration.",
            "first phase of the Summit",
            date(2031, 3, 4),
        ),
        (
            "The World Summit on the Information Society met before. The Lima phase itself would be held "
            "from 2 to 4 June 2033.",
            "Lima phase of the World Summit on the Information Society",
            date(2033, 6, 2),
        ),
        (
            "the World Summit on the Information Society (Quito phase), to be held from 9 to 11 May 2032",
            "Quito phase of the World Summit on the Information Society",
            date(2032, 5, 9),
        ),
    ],
)
def test_a_phase_of_a_process_with_its_own_dates(text: str, name: str, start: date) -> None:
    (found,) = event_mentions(text, 2031)
    assert (found.name, found.start) == (name, start)


def test_a_phase_named_for_another_body_or_without_a_process_is_no_event() -> None:
    found = event_mentions(
        "The first meeting of the Preparatory Committee of the Lima phase would be convened in June 2032.", 2031
    )
    # the committee's meeting is an event (a meeting of a body named as written), the phase is not
    assert [(m.name, m.kind) for m in found] == [
        ("first meeting of the Preparatory Committee of the Lima phase", "meeting")
    ]
    assert event_mentions("The second phase will be held from 2 to 4 June 2032.", 2031) == []


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "She presented the results of the joint meeting of Working Parties 4A and 4B "
            "held in Lima from 3 to 7 May 2031.",
            "joint meeting of Working Parties 4A and 4B",
            date(2031, 5, 3),
        ),
        (
            "He recalled the conclusions of the previous joint meeting, held on 9 December 2030.",
            "previous joint meeting",
            date(2030, 12, 9),
        ),
        (
            "The WP2/13 interim meeting will take place on 2 and 3 September 2031.",
            "WP2/13 interim meeting",
            date(2031, 9, 2),
        ),
    ],
)
def test_joint_and_interim_meetings(text: str, name: str, start: date) -> None:
    (found,) = event_mentions(text, 2031)
    assert (found.name, found.start) == (name, start)


def test_a_meeting_in_a_half_of_a_month_is_undated() -> None:
    found = event_mentions("It was proposed to hold the next joint meeting in the second half of September 2031.", 2031)
    assert [(m.name, m.start) for m in found] == [("next joint meeting", None)]  # held as the next one: no date


# ------------------------------------------------------------------ one reader of event noun phrases
@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        # parties after "with", then the topic (a bracketed acronym between)
        (
            "BDT described the joint workshop with the Food and Agriculture Organization (FAO) on digital farming "
            "held in Nairobi from 7 to 9 June 2032.",
            "joint workshop with the Food and Agriculture Organization on digital farming",
            date(2032, 6, 7),
        ),
        (
            "The report draws on the joint session with ITU-T Study Group 5 on e-waste held on 4 October 2032.",
            "joint session with ITU-T Study Group 5 on e-waste",
            date(2032, 10, 4),
        ),
        (
            "An informal consultation with youth organizations took place on 11 February 2032 in Suva.",
            "informal consultation with youth organizations",
            date(2032, 2, 11),
        ),
        # a noun that is no event alone, with a modifier that names one and its own dates
        (
            "The delegate recalled that the subregional follow-up meeting for the Sahel, held in Niamey on "
            "5-7 March 2032, had been useful.",
            "subregional follow-up meeting for the Sahel",
            date(2032, 3, 5),
        ),
        (
            "The Pacific working-level meeting of 3 February 2032 agreed on a work plan.",
            "Pacific working-level meeting",
            date(2032, 2, 3),
        ),
        (
            "The Board noted the Andean regional review held in Quito on 20-21 November 2031.",
            "Andean regional review",
            date(2031, 11, 20),
        ),
        (
            "It forwarded the text to the resumed session of the Preparatory Committee, to be held in Lomé from "
            "2 to 4 May 2032.",
            "resumed session of Preparatory Committee",  # the meeting-of-a-body reader drops the article
            date(2032, 5, 2),
        ),
        # the clause's first date after a verb of holding, an appositive between
        (
            "The Chair noted that the sixth meeting of the Drafting Committee, the last of the cycle, would be "
            "held from 8 to 10 June 2032.",
            "sixth meeting of the Drafting Committee",
            date(2032, 6, 8),
        ),
        # new event nouns
        (
            "The Agency will host a national cyberdrill for the Pacific islands on 2 and 3 October 2032.",
            "national cyberdrill for the Pacific islands",
            date(2032, 10, 2),
        ),
        (
            "Planning for the cluster of regional ICT events to be held in Kigali from 12 to 16 April 2032 began.",
            "cluster of regional ICT events",
            date(2032, 4, 12),
        ),
    ],
)
def test_an_event_noun_phrase_with_its_modifiers_parties_and_topic(text: str, name: str, start: date) -> None:
    found = [m for m in event_mentions(text, 2032) if m.name == name]
    assert [m.start for m in found] == [start]


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "From 14 to 15 May, the Ministry held a national consultation on e-government in Dodoma with UNDP.",
            "national consultation on e-government",
            date(2032, 5, 14),
        ),
        ("On 2 March 2032, ECLAC hosted a webinar on open data.", "webinar on open data", date(2032, 3, 2)),
    ],
)
def test_a_date_opening_the_clause_dates_the_event_held_after_it(text: str, name: str, start: date) -> None:
    (found,) = event_mentions(text, 2032)
    assert (found.name, found.start) == (name, start)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was opened on 3 May 2032 by the Chair.",  # the report's own or any meeting
        "The virtual meeting held on 3 May 2032 adopted its agenda.",  # a mode only
        "The Group held its ninth meeting as a one-day online meeting on 2 July 2032.",  # "as": the ninth meeting
        "The Sub-Group held four meetings between 8 and 12 March 2032.",  # no verb among the modifiers
        "At the same session on 4 May 2032 the Group agreed.",  # deictic
        "the high-level meeting on financing, whose declaration was adopted on 6 June 2032, and",  # not held then
        "From 14 to 15 May 2032, the Ministry reviewed a national consultation report.",  # no verb of holding
    ],
)
def test_an_event_noun_phrase_that_names_no_event_of_its_own(text: str) -> None:
    assert [m.name for m in event_mentions(text, 2032)] == []


@pytest.mark.parametrize(
    ("text", "key", "name"),
    [
        (
            "in accordance with Resolution 77 (Rev. Kigali, 2022) of the Plenipotentiary Conference (Kyoto, 1994),",
            "pp-94",
            "Plenipotentiary Conference 1994",
        ),
        (
            "adopted at the World Telecommunication Development Conference held in Istanbul in 2002. It",
            "wtdc-02",
            "World Telecommunication Development Conference 2002",
        ),
    ],
)
def test_a_series_named_with_its_venue_and_year_is_the_event_of_that_year(text: str, key: str, name: str) -> None:
    found = {m.key: m for m in event_mentions(text, 2032)}
    assert found[key].name == name
    assert found[key].start is None  # a year is no date


def test_a_revision_is_no_venue_of_a_series() -> None:
    assert event_mentions("WTDC Resolution 37 (Rev. Istanbul, 2002) invites Member States.", 2032) == []


@pytest.mark.parametrize(
    "text",
    [
        "The regulator ran an awareness campaign for Data Privacy Day on 28 January 2032.",
        "UNICEF outlined the preparations for the Data Privacy Day of 28 January 2032 and a workshop.",
    ],
)
def test_an_observance_is_dated_by_on_or_of(text: str) -> None:
    found = {m.name: m.start for m in event_mentions(text, 2032)}
    assert found["Data Privacy Day"] == date(2032, 1, 28)


@pytest.mark.parametrize(
    ("row", "name", "start", "end"),
    [
        # the date after the event cell, places between
        (
            "ARB3: Spectrum management, Regional seminar on spectrum pricing, Amman, Jordan, 14-15 October 2032",
            "Regional seminar on spectrum pricing",
            date(2032, 10, 14),
            date(2032, 10, 15),
        ),
        (
            "Stage II, First online consultation meeting, 2032-11-08",
            "First online consultation meeting",
            date(2032, 11, 8),
            None,
        ),
        (
            "Stage IV, Final consultation meeting (hybrid, Bern), 2033-01-24",
            "Final consultation meeting",
            date(2033, 1, 24),
            None,
        ),
        (
            "ASP4: Digital skills, Webinar on coding for girls, March 2033",
            "Webinar on coding for girls",
            date(2033, 3, 1),
            date(2033, 3, 31),
        ),
        # a programme line: a weekday and a date, then the event
        ("Thursday, 15 July – Country Workshop: Peru", "Country Workshop", date(2032, 7, 15), None),
    ],
)
def test_a_row_with_an_event_cell_and_a_date_cell(row: str, name: str, start: date, end: date | None) -> None:
    found = {m.name: (m.start, m.end) for m in event_mentions(row, 2032)}
    assert found[name] == (start, end)


@pytest.mark.parametrize(
    "row",
    [
        "Deadline for proposals for side events, 27 March 2032",  # a deadline
        "Closing date for registration to the seminar, 2 April 2032",
        "REGIONAL REVIEW OF BROADBAND POLICY, Virtual meeting, 9 November 2032",  # a heading in capitals
        "Three sessions of the Forum were held in Accra: 2-6 May 2032",  # a sentence, not a row
    ],
)
def test_a_row_that_names_no_event(row: str) -> None:
    assert [m.name for m in event_mentions(row, 2032) if m.start is not None] == []


def test_an_ordinal_before_a_body_and_other_words_is_no_session_of_that_body() -> None:
    text = (
        "The delegate of the Asia-Pacific Telecommunity (APT) reported on the third APT preparatory meeting, "
        "held in Manila from 2 to 5 June 2032."
    )
    keys = [m.key for m in event_mentions(text, 2032)]
    assert "apt-3" not in keys
    assert [m.start for m in event_mentions(text, 2032) if "preparatory meeting" in m.name] == [date(2032, 6, 2)]


def test_a_phase_after_a_word_of_no_body_is_dated() -> None:
    text = "ECOSOC asked for the system-wide follow-up of the Tunis phase of the Summit, held on 16-18 November 2005."
    (found,) = event_mentions(text, 2032)
    assert (found.name, found.start) == ("Tunis phase of the Summit", date(2005, 11, 16))


def test_the_session_of_a_series_is_that_series_event() -> None:
    found = event_mentions("The matter was deferred at the session of Council 2031 (Geneva, 9-19 June 2031).", 2031)
    assert [(m.key, m.start) for m in found] == [("council-2031", date(2031, 6, 9))]


@pytest.mark.parametrize(
    ("text", "key", "start"),
    [
        (
            "The minister presented the national review at the High-level Political Forum in July 2032.",
            "hlpf-2032",
            date(2032, 7, 1),
        ),
        (
            "She recalled the decisions taken at the Radiocommunication Assembly on 21 October 2031.",
            "ra-31",
            date(2031, 10, 21),
        ),
    ],
)
def test_a_series_without_its_year_is_dated_by_a_bare_on_or_in(text: str, key: str, start: date) -> None:
    found = {m.key: m.start for m in event_mentions(text, 2032)}
    assert found == {key: start}


def test_a_generic_noun_with_only_a_mode_is_the_event_named_before() -> None:
    text = "The WSIS Forum 2032 continues online. These are the sessions of the virtual Forum (20–24 July 2032)."
    assert [m.key for m in event_mentions(text, 2032)] == ["wsis-forum-2032", "wsis-forum-2032"]
    assert event_mentions("These are the sessions of the online Forum (20–24 July 2032).", 2032) == []


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "The Co-Rapporteur invited participants to the joint webinar of Questions 2/1 and 4/1 on 4 December 2032.",
            "joint webinar of Questions 2/1 and 4/1",
            date(2032, 12, 4),
        ),
        (
            "The Chair will present the outcomes to the virtual consultation of Councillors in November 2032.",
            "virtual consultation of Councillors",
            date(2032, 11, 1),
        ),
    ],
)
def test_a_generic_event_of_a_name(text: str, name: str, start: date) -> None:
    (found,) = event_mentions(text, 2032)
    assert (found.name, found.start) == (name, start)


def test_a_generic_event_of_a_bare_head_noun_is_no_event_on_it() -> None:
    assert event_mentions("The report of the workshop of the Group on 3 May 2032 was noted.", 2032) == []


def test_the_items_of_a_day_in_a_programme_are_events_on_that_day() -> None:
    lines = [
        ("The Forum continues online with the sessions below.", "body"),
        ("Tuesday, 14 July 2032", "body"),
        ("Opening of the week: the Chair welcomed 400 participants.", "list-item"),
        ("Session on Action Line C4 (Capacity building), organized by UNITAR. Mr X presented a study.", "list-item"),
        ("The regulators agreed to share coverage data.", "list-item"),
        ("Wednesday, 15 July 2032", "body"),
        ('Hackathon kick-off: "Open maps", run with a university network from 15 to 20 July.', "list-item"),
        ("Ms Y called for more data.", "list-item"),
        ("Coming up", "body"),
        ("Country dialogue on e-waste, moderated by Ms Z.", "list-item"),
    ]
    paragraphs = tuple(Paragraph(i + 1, "1", text, kind) for i, (text, kind) in enumerate(lines))
    report = ParsedReport("test.txt", "text/plain", None, (), paragraphs)
    found = {e.name: e.start for e in find_events(report, 2032)}
    assert found == {"Session on Action Line C4": date(2032, 7, 14), "Hackathon kick-off": date(2032, 7, 15)}
