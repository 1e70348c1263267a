"""Dating events: which date is an event's when the date stands elsewhere (the next
sentence, after ``preceded on <date> by``, a weekday before it, a label ``Date of the next
meeting:``), dates without a year or a day read by the tense of their clause (``the previous
meeting in September``), meetings of bodies named with an acronym or as the previous one, and
date forms (``from the 3rd of March to the 5th of March``, ``on 4, 5 and 6 May``). Sentences,
bodies and years are our own.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.dates import document_date, find_dates
from wsiskg.ingest.extract.event_dates import dated_before, dated_by_tense, own_dates
from wsiskg.ingest.extract.events import event_mentions
from wsiskg.ingest.extract.ordinals import number_value, ordinal_regex
from wsiskg.ingest.records import Meeting
from wsiskg.ingest.text import clause_spans

D = date
#: a report of the 20th meeting of a catalogue group, held on 10-11 February 2032
GROUP = Meeting(body="cwg-internet", number=20, start=D(2032, 2, 10), end=D(2032, 2, 11))
REFERENCE = (D(2032, 2, 10), D(2032, 2, 11))
GROUP_NAME = "Council Working Group on International Internet-related Public Policy Issues"


def _dated(text: str, year: int = 2032, meeting: Meeting | None = GROUP) -> dict[str, tuple[date | None, date | None]]:
    reference = (meeting.start, meeting.end or meeting.start) if meeting and meeting.start else None
    return {m.name: (m.start, m.end) for m in event_mentions(text, year, meeting=meeting, reference=reference)}


# ------------------------------------------------------------------ date forms
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("from the 3rd of March to the 5th of March 2031", D(2031, 3, 3), D(2031, 3, 5)),
        ("from the 28th of June to the 2nd of July 2030", D(2030, 6, 28), D(2030, 7, 2)),
        ("from 30th of September to 1st of October 2029", D(2029, 9, 30), D(2029, 10, 1)),
    ],
)
def test_a_range_of_days_each_written_with_of_and_its_month(text: str, start: date, end: date) -> None:
    found = find_dates(text)
    assert [(d.start, d.end) for d in found] == [(start, end)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The seminar ran on 4, 5 and 6 May 2031.", D(2031, 5, 4), D(2031, 5, 6)),
        ("sittings on 11, 12, 13 and 14 November 2030", D(2030, 11, 11), D(2030, 11, 14)),
        ("on 2, 3 & 4 March", D(2029, 3, 2), D(2029, 3, 4)),
    ],
)
def test_a_list_of_days_of_one_month_runs_from_the_first_to_the_last(text: str, start: date, end: date) -> None:
    found = find_dates(text, 2029)
    assert [(d.start, d.end) for d in found] == [(start, end)]


def test_a_list_of_days_is_no_date_inside_a_symbol_or_a_count() -> None:
    # a number that is no day (over 31) does not start the list
    assert [(d.start, d.end) for d in find_dates("items 45, 5 and 6 May 2031")] == [(D(2031, 5, 5), D(2031, 5, 6))]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("21-23/04/2026, Regional Forum (round table on 21/04/2026)", D(2026, 4, 21), D(2026, 4, 23)),
        ("Dates: 7–9.11.2030", D(2030, 11, 7), D(2030, 11, 9)),
    ],
)
def test_a_numeric_range_of_days_of_one_month(text: str, start: date, end: date) -> None:
    assert (find_dates(text)[0].start, find_dates(text)[0].end) == (start, end)


@pytest.mark.parametrize("text", ["Document C22-15/04/2026", "see SG3-4/11/2030-E", "5-7/4/2030/1"])
def test_a_numeric_range_is_never_read_inside_a_symbol(text: str) -> None:
    assert [d for d in find_dates(text) if d.end is not None] == []


def test_the_day_a_document_is_dated_by_beside_the_dates_of_its_meeting_on_one_line() -> None:
    report = make_report(
        "Document CWG-X-12/4-E",
        "Twelfth meeting – Virtual, 13-14 September 2029 30 August 2029",
        "Contribution from Ruritania",
    )
    assert document_date(report) == D(2029, 8, 30)


def test_a_document_dated_by_a_dateline_alone_keeps_that_day() -> None:
    assert document_date(make_report("Letter", "Geneva, 2 May 2030", "Dear Sir")) == D(2030, 5, 2)


# ------------------------------------------------------------------ own dates after a weekday
@pytest.mark.parametrize(
    "text",
    [
        "the Summit on Rural Access, held on Tuesday 26 May 2032",
        "the Summit on Rural Access, held on Tuesday, 26 May 2032",
        "the Summit on Rural Access will take place on Tuesday the 26th of May 2032",
    ],
)
def test_a_weekday_may_stand_before_an_events_own_date(text: str) -> None:
    dates = find_dates(text)
    end = text.index("Access") + len("Access")
    found = own_dates(text, end, dates)
    assert found is not None and found.start == D(2032, 5, 26)


@pytest.mark.parametrize(
    "text",
    [
        "a joint panel with the Andean Archive Network, whose yearly meeting UNESCO will host in Quito on 26 May 2032",
        "the Summit on Rural Access that ITU hosted in Lima on 26 May 2032",
        "the Summit on Rural Access the Ministry will convene in Lima on 26 May 2032",
    ],
)
def test_a_holder_and_its_verb_of_holding_may_stand_before_an_events_own_date(text: str) -> None:
    end = max(text.index(noun) + len(noun) for noun in ("meeting", "Access") if noun in text)
    found = own_dates(text, end, find_dates(text))
    assert found is not None and found.start == D(2032, 5, 26)


def test_a_subject_without_a_verb_of_holding_gives_no_own_date() -> None:
    text = "the Summit on Rural Access the Ministry will discuss in Lima on 26 May 2032"
    assert own_dates(text, text.index("Access") + len("Access"), find_dates(text)) is None


# ------------------------------------------------------------------ a date before the event's name
def test_preceded_on_a_part_of_a_day_by_an_event() -> None:
    text = "The Forum will be preceded, on the afternoon of 10 September 2031, by a regional workshop on spectrum."
    dates = find_dates(text)
    found = dated_before(text, text.index("a regional workshop"), dates)
    assert found is not None and found.start == D(2031, 9, 10)


def test_the_date_after_preceded_on_belongs_to_the_event_after_by() -> None:
    text = (
        "The twenty-first meeting of the Group will take place on 23 September 2032, preceded on "
        "20 September 2032 by a regional workshop on spectrum pricing."
    )
    found = _dated(text)
    assert found[f"21st meeting of the {GROUP_NAME}"] == (D(2032, 9, 23), None)
    assert found["regional workshop on spectrum pricing"] == (D(2032, 9, 20), None)


def test_followed_on_a_date_by_another_event_leaves_the_first_its_own_dates() -> None:
    text = (
        "The twenty-second meeting of the Group will be held on 3 and 4 March 2033, followed on "
        "5 March 2033 by a training course on numbering."
    )
    found = _dated(text)
    assert found[f"22nd meeting of the {GROUP_NAME}"] == (D(2033, 3, 3), D(2033, 3, 4))


# ------------------------------------------------------------------ dates without a year or a day, by tense
def test_a_month_without_its_year_in_a_past_clause_is_the_last_such_month() -> None:
    text = "The backlog had been reduced by a third since the previous meeting in September."
    dates = find_dates(text, 2032, months=True)
    (read,) = dated_by_tense(text, dates, clause_spans(text), REFERENCE)
    assert (read.start, read.precision) == (D(2031, 9, 1), "month")


def test_a_month_without_its_year_in_a_future_clause_is_the_next_such_month() -> None:
    text = "The consultation will close in January."
    dates = find_dates(text, 2031, months=True)
    (read,) = dated_by_tense(text, dates, clause_spans(text), (D(2031, 11, 3), D(2031, 11, 3)))
    assert (read.start, read.precision) == (D(2032, 1, 1), "month")


def test_a_month_of_the_reference_itself_stays_in_its_year() -> None:
    text = "The Group was informed that the survey had been sent in February."
    dates = find_dates(text, 2032, months=True)
    (read,) = dated_by_tense(text, dates, clause_spans(text), REFERENCE)
    assert read.start == D(2032, 2, 1)


# ------------------------------------------------------------------ meetings of bodies
def test_the_previous_meeting_is_the_meeting_bodys_dated_by_its_month() -> None:
    found = _dated("The backlog had been reduced by a third since the previous meeting in September.")
    assert found[f"previous meeting of the {GROUP_NAME}"] == (D(2031, 9, 1), D(2031, 9, 30))


def test_the_previous_meeting_of_the_group_held_on_days_without_a_year() -> None:
    found = _dated(
        "The Chair recalled that the previous meeting of the Group, held on 7 and 8 October, had agreed the plan."
    )
    assert found[f"previous meeting of the {GROUP_NAME}"] == (D(2031, 10, 7), D(2031, 10, 8))


def test_a_bodys_acronym_in_brackets_before_meeting() -> None:
    text = (
        "The Ministry will present its roadmap to the Southern African Development Community (SADC) "
        "ministerial meeting in Gaborone on 15 and 16 October."
    )
    found = {m.name: (m.start, m.end) for m in event_mentions(text, 2032)}
    assert [v for k, v in found.items() if "ministerial meeting" in k] == [(D(2032, 10, 15), D(2032, 10, 16))]


def test_a_named_groups_acronym_in_brackets_before_meeting() -> None:
    text = "Delegates took part in the Pacific Spectrum Working Group (PSWG) annual meeting in Suva on 2-3 June 2032."
    found = {m.name: (m.start, m.end) for m in event_mentions(text, 2032)}
    assert [v for k, v in found.items() if "Pacific Spectrum Working Group" in k] == [(D(2032, 6, 2), D(2032, 6, 3))]


@pytest.mark.parametrize(
    "text",
    [
        "The Group discussed the date of its next meeting. It will take place in Geneva on 4 and 5 May.",
        "The next meeting of the Group will be held in Geneva. It will take place on 4 and 5 May 2032.",
        "The Group agreed to hold its next meeting in Geneva. The meeting is scheduled for 4-5 May 2032.",
    ],
)
def test_the_next_meetings_date_in_the_next_sentence(text: str) -> None:
    assert _dated(text)[f"next meeting of the {GROUP_NAME}"] == (D(2032, 5, 4), D(2032, 5, 5))


def test_the_next_sentence_dates_only_what_it_says_is_held() -> None:
    text = "The Group discussed the date of its next meeting. It invited contributions by 4 May 2032."
    assert f"next meeting of the {GROUP_NAME}" not in _dated(text)
    text = "The Group discussed its next meeting. The Council will meet on 4 May 2032."
    assert _dated(text).get(f"next meeting of the {GROUP_NAME}") is None


def test_a_label_date_of_the_next_meeting() -> None:
    found = _dated("Date of the next meeting: 4-5 May 2032, Geneva")
    assert found == {f"next meeting of the {GROUP_NAME}": (D(2032, 5, 4), D(2032, 5, 5))}


# ------------------------------------------------------------------ "the Nth and final meeting"
@pytest.mark.parametrize(
    ("text", "number", "start"),
    [
        ("The Group will hold its sixth and final meeting from 20 to 22 June 2032.", 6, D(2032, 6, 20)),
        ("The fourth and last meeting of the Group will be held on 26 and 27 April 2032.", 4, D(2032, 4, 26)),
        ("CWG-Internet recalled that its Ninth and Final session would take place on 3 May 2032.", 9, D(2032, 5, 3)),
    ],
)
def test_an_ordinal_that_says_the_meeting_is_the_last(text: str, number: int, start: date) -> None:
    found = {m.key: m.start for m in event_mentions(text, 2032, meeting=GROUP, reference=REFERENCE)}
    assert found[f"cwg-internet-{number}"] == start


def test_the_number_of_an_ordinal_with_its_final_tail() -> None:
    assert (number_value("sixth and final"), number_value("Fourth and Last"), number_value("12th")) == (6, 4, 12)
    assert re.findall(ordinal_regex(), "the first and second meetings") == ["first", "second"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Bureau is organizing a Regional Spectrum Seminar for the Andes (RSS-Andes). The seminar will take "
            "place in Cusco, Peru, from the 2nd to the 6th November 2032.",
            "Regional Spectrum Seminar for the Andes",
        ),
    ],
)
def test_a_named_events_date_in_the_next_sentence(text: str, name: str) -> None:
    found = {m.name: m.start for m in event_mentions(text, 2032)}
    assert found[name] == D(2032, 11, 2)


def test_the_next_sentence_about_another_noun_does_not_date_a_named_event() -> None:
    text = "Delegates welcomed the Summit on Rural Access. The workshop will be held in Lusaka on 2 November 2032."
    assert "Summit on Rural Access" not in {m.name for m in event_mentions(text, 2032)}


@pytest.mark.parametrize(
    "text",
    [
        "Next meeting: 4-5 May 2032, Geneva",
        "Date and venue of the next meeting: Geneva, 4-5 May 2032",
        "Date of next meeting: 4-5 May 2032",
        "Next meeting (Geneva, 4-5 May 2032)",
        "Next meeting of the Group – 4-5 May 2032",
        "Date of the next meeting: 4-5 May 2032, Geneva",
    ],
)
def test_a_line_that_labels_the_next_meeting_with_its_dateline(text: str) -> None:
    assert _dated(text) == {f"next meeting of the {GROUP_NAME}": (D(2032, 5, 4), D(2032, 5, 5))}


def test_a_labelled_next_meeting_without_a_year_is_the_next_occurrence() -> None:
    november = Meeting(body="cwg-internet", number=21, start=D(2032, 11, 10), end=D(2032, 11, 11))
    found = _dated("Next meeting: 4-5 May", meeting=november)
    assert found == {f"next meeting of the {GROUP_NAME}": (D(2033, 5, 4), D(2033, 5, 5))}


def test_a_label_without_a_date_names_no_meeting() -> None:
    assert _dated("Next meeting: to be decided by the Chair") == {}


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "6  Next meeting: to be held in October 2032, dates to be confirmed by e-mail.",
            D(2032, 10, 1),
            D(2032, 10, 31),
        ),
        ("6. Next meeting: March 2033 (date to be fixed by the Chair).", D(2033, 3, 1), D(2033, 3, 31)),
        (">> Next meeting: October 2032, Montevideo", D(2032, 10, 1), D(2032, 10, 31)),
        (
            "Next meeting\nWindhoek, 14–15 October 2032, back-to-back with the regional forum of 16 October 2032.",
            D(2032, 10, 14),
            D(2032, 10, 15),
        ),
    ],
)
def test_a_next_meeting_label_with_a_month_or_words_after_its_date(text: str, start: date, end: date) -> None:
    assert _dated(text) == {f"next meeting of the {GROUP_NAME}": (start, end)}


def test_a_next_call_label_and_a_label_naming_another_group() -> None:
    assert _dated("7. Next call: Tuesday 12 October 2032, 14:00 UTC.") == {
        f"next call of the {GROUP_NAME}": (D(2032, 10, 12), None)
    }
    found = _dated("7  Next meeting of the Bureau Team: 3 November 2032 (eve of the plenary).")
    assert found == {"next meeting of the Bureau Team": (D(2032, 11, 3), None)}
    assert _dated("Next meeting: 4 May 2032", meeting=None) == {"next meeting": (D(2032, 5, 4), None)}


@pytest.mark.parametrize(
    "text",
    [
        "The Chair will circulate a draft before our next meeting, which is planned for October 2032.",
        "The next meeting is foreseen for October 2032.",
        "The next meeting is proposed to take place in Windhoek in October 2032, on dates to be agreed.",
        "The Group agreed to hold its next meeting by videoconference in October 2032.",
    ],
)
def test_our_next_meeting_and_more_verbs_of_holding(text: str) -> None:
    assert _dated(text) == {f"next meeting of the {GROUP_NAME}": (D(2032, 10, 1), D(2032, 10, 31))}


def test_a_body_named_with_connectors_and_its_acronym_before_meeting() -> None:
    text = (
        "The roadmap will go to the Economic Community of the Great Lakes Countries (ECGLC) ministerial "
        "meeting in Gisenyi on 3 and 4 June."
    )
    found = {m.name: (m.start, m.end) for m in event_mentions(text, 2032)}
    assert found == {
        "Economic Community of the Great Lakes Countries ministerial meeting": (D(2032, 6, 3), D(2032, 6, 4))
    }


def test_a_name_that_is_no_body_before_meeting_is_no_meeting_of_a_body() -> None:
    assert _dated("The Plenary meeting held on 3 June 2032 adopted the report.", meeting=None) == {}


def test_a_body_that_held_meetings_is_no_meeting_named_before_meeting() -> None:
    text = "The Standing Committee on Rural Access (SCRA) held five meetings between 5 and 12 October 2031."
    assert not [m for m in event_mentions(text, 2031) if "Standing Committee" in m.name]


# ------------------------------------------------------------------ a date in a table cell
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Seminar on Rural Broadband | from 3 to 4 May 2032 | Quito", D(2032, 5, 3), D(2032, 5, 4)),
        ("Seminar on Rural Broadband | 3 May 2032 (tbc) | Quito", D(2032, 5, 3), None),
        ("Seminar on Rural Broadband | on 3 May 2032", D(2032, 5, 3), None),
        ("Seminar on Rural Broadband | 03-04/05/2032 | Quito", D(2032, 5, 3), D(2032, 5, 4)),
    ],
)
def test_a_date_cell_may_say_from_or_on_and_carry_a_note(text: str, start: date, end: date | None) -> None:
    found = {m.name: (m.start, m.end) for m in event_mentions(text, 2032)}
    assert found == {"Seminar on Rural Broadband": (start, end)}


def test_a_cell_with_more_than_a_date_is_no_date_cell() -> None:
    assert event_mentions("Seminar on Rural Broadband | deadline for comments 3 May 2032", 2032) == []


def test_a_dateline_with_its_hours_is_no_row() -> None:
    assert event_mentions("Expert-level meeting, Palais des Nations, Geneva, 8 April 2032 (09:00-12:30)", 2032) == []


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "When Study Group 9 met in Geneva from 3 to 12 June 2030, it agreed the texts.",
            "Study Group 9",
            date(2030, 6, 3),
        ),
        ("The Chairman of Study Group 9 met the Director on 2 May 2031 to discuss it.", "Study Group 9", None),
    ],
)
def test_a_body_named_without_a_determiner_that_met_on_its_dates(text: str, name: str, start: date | None) -> None:
    found = {m.name: m.start for m in event_mentions(text, 2030)}
    if start is None:
        assert not any(name in n for n in found)
    else:
        assert found[f"meeting of the {name}"] == start


def test_a_document_is_dated_by_its_issue_date_rather_than_the_range_of_its_session() -> None:
    report = make_report("COUNCIL 2031", "Lima, 2-11 June 2031", "8 June 2031", "Note by the Chairman")
    assert document_date(report) == D(2031, 6, 8)
    assert document_date(make_report("COUNCIL 2031", "Lima, 2-11 June 2031", "Note by the Chairman")) == D(2031, 6, 2)


def test_a_group_that_met_on_days_without_a_year_before_the_issue_date_met_that_year() -> None:
    report = make_report(
        "COUNCIL 2031",
        "Lima, 2-11 June 2031",
        "8 June 2031",
        "Note by the Chairman of the drafting group",
        "The Council set up a drafting group. The group met on 4 and 6 June and agreed the text.",
    )
    from wsiskg.ingest.extract import extract

    found = {e.start for e in extract(report).events}
    assert date(2031, 6, 4) in found


def test_a_header_meeting_over_a_symbol_with_its_year_before_the_number() -> None:
    from wsiskg.ingest.extract.events import find_events

    report = make_report("TSAG31-14/7-E", "14th Meeting, Geneva, 3-5 March 2031", "Contribution from Peru", "1 Text.")
    found = {e.key: (e.start, e.end) for e in find_events(report, 2031)}
    assert found == {"tsag-14": (D(2031, 3, 3), D(2031, 3, 5))}


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The Conference on Rural Access in Doha last March adopted the plan.", date(2030, 3, 1)),
        ("The Conference on Rural Access in Doha last November adopted the plan.", date(2029, 11, 1)),
        ("The Forum on Coastal Data will meet in Accra next March.", date(2031, 3, 1)),
    ],
)
def test_last_or_next_before_a_month_says_which_one(text: str, start: date) -> None:
    (found,) = event_mentions(text, 2030, reference=(date(2030, 5, 10), date(2030, 5, 12)))
    assert (found.start, found.precision) == (start, "month")


# ------------------------------------------------------------------ a title that names an event with its dates
@pytest.mark.parametrize(
    ("title", "key", "start", "end"),
    [
        (
            "Council 2033, Geneva, 11-21 June 2033 – Plenary, agenda item 4",
            "council-2033",
            D(2033, 6, 11),
            D(2033, 6, 21),
        ),
        ("ITU COUNCIL 2034 — Geneva, 3–13 October 2034", "council-2034", D(2034, 10, 3), D(2034, 10, 13)),
        ("WSIS Forum 2035, Geneva, 5-9 March 2035", "wsis-forum-2035", D(2035, 3, 5), D(2035, 3, 9)),
    ],
)
def test_a_title_that_names_an_event_with_its_dateline_dates_it(title: str, key: str, start: date, end: date) -> None:
    from wsiskg.ingest.extract.events import find_events

    report = make_report("Statement by the delegation of Ruritania", "Madam Chair,", title=title)
    found = {e.key: (e.start, e.end) for e in find_events(report)}
    assert found[key] == (start, end)


@pytest.mark.parametrize(
    ("title", "key", "start"),
    [
        (
            "Opening address by the Chair Ninth meeting of the Council Working Group on Child Online Protection "
            "(CWG-COP) Lima, Peru, 3 May 2034",
            "cwg-cop-9",
            D(2034, 5, 3),
        ),
        ("WORLD RADIOCOMMUNICATION CONFERENCE (WRC-35) Manila, 2-27 October 2035", "wrc-35", D(2035, 10, 2)),
    ],
)
def test_an_event_named_at_the_end_of_a_title_takes_the_dateline_that_closes_it(
    title: str, key: str, start: date
) -> None:
    from wsiskg.ingest.extract.events import find_events

    report = make_report("Distinguished delegates,", "It is an honour to speak to you.", title=title)
    assert {e.key: e.start for e in find_events(report)}[key] == start


@pytest.mark.parametrize(
    ("title", "key", "start"),
    [
        (
            "WORLD RADIOCOMMUNICATION CONFERENCE (WRC-35) MANILA, 2 – 27 OCTOBER 2035 Document 7-E 2 October 2035 "
            "Original: English",
            "wrc-35",
            D(2035, 10, 2),
        ),
        (
            "PLENIPOTENTIARY CONFERENCE (PP-34) Lima, 1-19 October 2034 Doc. 12 Original: Spanish",
            "pp-34",
            D(2034, 10, 1),
        ),
        (
            "World Telecommunication Development Conference (WTDC-33) Suva, Fiji, 7-18 November 2033 "
            "Source: Secretary-General",
            "wtdc-33",
            D(2033, 11, 7),
        ),
    ],
)
def test_an_events_dateline_in_a_title_that_runs_into_other_header_fields_dates_it(
    title: str, key: str, start: date
) -> None:
    """A layout ran the document's number and labelled fields into the title after the dateline."""
    from wsiskg.ingest.extract.events import find_events

    report = make_report("Mr President,", "It is an honour to address the Conference.", title=title)
    assert {e.key: e.start for e in find_events(report)}[key] == start


def test_an_event_inside_a_title_with_words_after_it_takes_no_dateline() -> None:
    from wsiskg.ingest.extract.events import find_events

    report = make_report(
        "Distinguished delegates,", title="Report on WRC-35 to the Council session, Manila, 2-27 October 2035"
    )
    assert all(e.start is None for e in find_events(report) if e.key == "wrc-35")


def test_a_title_naming_the_reports_own_meeting_is_no_other_event() -> None:
    from wsiskg.ingest.extract.events import find_events

    own = Meeting(body="rcg", number=4, start=D(2033, 3, 8))
    report = make_report(
        "The fourth meeting of the Group was held online.", title="Record of the fourth meeting, 8 March 2033"
    )
    assert not [e for e in find_events(report, 2033, meeting=own) if e.start == own.start]


def test_a_title_with_a_dateline_dates_a_document_whose_front_lines_give_none() -> None:
    report = make_report("Statement by the delegation of Ruritania", title="Council 2033, Geneva, 11-21 June 2033")
    assert document_date(report) == D(2033, 6, 11)
    assert document_date(make_report("Geneva, 2 May 2030", title="Council 2033, Geneva, 11-21 June 2033")) == D(
        2030, 5, 2
    )


@pytest.mark.parametrize(
    ("text", "name", "start", "end"),
    [
        (
            "We welcome the success of the WSIS Forum 2036, held from 11 to 15 May, and its prizes.",
            "WSIS Forum 2036",
            D(2036, 5, 11),
            D(2036, 5, 15),
        ),
        (
            "The outcome of WRC-37, which opens in Lima on 2 November, will shape the bands.",
            "World Radiocommunication Conference 2037",
            D(2037, 11, 2),
            None,
        ),
    ],
)
def test_days_without_a_year_after_an_event_of_a_year_are_of_that_year_with_no_default(
    text: str, name: str, start: date, end: date | None
) -> None:
    assert _dated(text, None, None)[name] == (start, end)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("title", "name", "start"),
    [
        ("CONNECT ANDES SUMMIT - QUITO, 4-6 MARCH 2033", "Connect Andes Summit", D(2033, 3, 4)),
        ("Regional Forum on Rural Broadband, Lima, 2-3 June 2033", "Regional Forum on Rural Broadband", D(2033, 6, 2)),
    ],
)
def test_a_title_that_is_an_events_name_and_its_dateline_on_one_line(title: str, name: str, start: date) -> None:
    from wsiskg.ingest.extract.events import find_events

    report = make_report("Opening remarks by the host", "Excellencies, welcome.", title=title)
    assert {e.name: e.start for e in find_events(report)}[name] == start


# ------------------------------------------------------------------ a series named among another event's modifiers
@pytest.mark.parametrize(
    ("text", "host", "name", "start"),
    [
        (
            "The Director said that the APT WRC-35 coordination meeting for heads of delegation would take place"
            " on 26 October 2035 in Lima, before WRC-35 (Lima, 29 October – 23 November 2035).",
            "World Radiocommunication Conference 2035",
            "APT WRC-35 coordination meeting for heads of delegation",
            D(2035, 10, 26),
        ),
        (
            "A WTDC-33 regional preparatory meeting for the Americas will be held in Quito on 4-5 May 2032.",
            "World Telecommunication Development Conference 2033",
            "WTDC-33 regional preparatory meeting for the Americas",
            D(2032, 5, 4),
        ),
    ],
)
def test_a_series_named_as_a_modifier_of_another_event_leaves_it_the_dates(
    text: str, host: str, name: str, start: date
) -> None:
    found = _dated(text, 2032, None)
    assert found[name][0] == start
    assert found[host][0] != start


def test_a_series_session_named_with_its_own_noun_keeps_its_dates() -> None:
    assert _dated("The ITU Council 2033 session will be held from 7 to 16 June 2033.", 2033, None) == {
        "ITU Council 2033": (D(2033, 6, 7), D(2033, 6, 16))
    }


def test_the_meeting_a_contribution_is_for_is_an_event_not_left_out() -> None:
    context = Meeting(body="cwg-fhr", number=None, start=D(2033, 1, 24), end=D(2033, 1, 25))
    text = "We note the pilot organised during the CWG-FHR meeting held on 24-25 January 2033."
    found = event_mentions(text, 2033, context=context)
    assert [(m.start, m.end) for m in found] == [(D(2033, 1, 24), D(2033, 1, 25))]


def test_followed_from_a_range_by_another_event_dates_that_event() -> None:
    text = (
        "The workshop will be held in Suva on 3 May 2033. It will be followed, from 4 to 6 May, by the second"
        " meeting of the Focus Group on Rural Sensing at the same venue."
    )
    found = {m.name: (m.start, m.end) for m in event_mentions(text, 2033)}
    assert (D(2033, 5, 4), D(2033, 5, 6)) in found.values()


def test_a_meeting_after_whose_is_the_meeting_of_the_body_named_before() -> None:
    text = (
        "The Group noted the advice of the Telecommunication Development Advisory Group (TDAG), whose next"
        " meeting is scheduled for 9 to 11 September 2033."
    )
    found = {m.key: (m.start, m.end) for m in event_mentions(text, 2033, body_spans=[(34, 85, "tdag")])}
    assert found["tdag-meeting-2033-09-09"] == (D(2033, 9, 9), D(2033, 9, 11))


@pytest.mark.parametrize("dates", ["(9-19 JUNE 2033)", "(Geneva, 9-19 June 2033)", "(9-19 JUNE)"])
def test_a_council_documents_header_names_its_session_with_its_days(dates: str) -> None:
    from wsiskg.ingest.extract.events import find_events

    report = make_report(
        "INTERNATIONAL TELECOMMUNICATION UNION",
        "COUNCIL",
        "Document C33/12-E",
        "GENEVA — SESSION 2033",
        "2 June 2033",
        dates,
        "Original: English",
        "Note by the Secretary-General",
    )
    assert {e.key: (e.start, e.end) for e in find_events(report, 2033)}["council-2033"] == (
        D(2033, 6, 9),
        D(2033, 6, 19),
    )


def test_a_session_line_without_a_series_named_before_it_names_no_event() -> None:
    from wsiskg.ingest.extract.events import find_events

    report = make_report("Regional Group", "GENEVA — SESSION 2033", "(9-19 JUNE 2033)", "Note by the Chair")
    assert not [e for e in find_events(report, 2033) if e.start == D(2033, 6, 9)]


def test_a_lower_numbered_meeting_of_the_body_falls_before_the_meeting_a_contribution_is_for() -> None:
    from wsiskg.ingest.extract.events import events_and_aliases

    context = Meeting(body="cwg-fhr", number=31, start=D(2034, 2, 13))
    report = make_report(
        "Japan submits this contribution to the Group.",
        "The figures presented at the thirtieth meeting of the Group on 3 October differ.",
        "The thirty-second meeting of the Group, on 20 January, will review them.",
    )
    found = {e.key: e.start for e in events_and_aliases(report, 2034, context=context)[0]}
    assert found["cwg-fhr-30"] == D(2033, 10, 3)
    assert found["cwg-fhr-32"] == D(2035, 1, 20)


def test_the_plenary_meetings_of_a_council_session_are_not_ordered_by_number() -> None:
    from wsiskg.ingest.extract.events import events_and_aliases

    own = Meeting(body="itu-council", number=3, start=D(2034, 7, 13))
    report = make_report("The 7th meeting of the ITU Council, held on 10 March 2034, was recalled.")
    found = {e.key: e.start for e in events_and_aliases(report, 2034, meeting=own)[0]}
    assert found.get("itu-council-7") in (None, D(2034, 3, 10))


# ------------------------------------------------ a conference of a cycle held late; a month of its year
@pytest.mark.parametrize(
    "text",
    [
        "The World Telecommunication Standardization Assembly (WTSA-32), held in Lima from 1 to 9 March 2034, "
        "revised Resolution 2.",
        "Delegates noted that WTSA-32, now to be held in Lima from 1 to 9 March 2034, would revise it.",
        "They discussed the Assembly (WTSA-32), postponed to 1-9 March 2034 by the Council.",
    ],
)
def test_an_edition_held_up_to_two_years_after_its_year_keeps_its_own_dates(text: str) -> None:
    found = {m.key: (m.start, m.end) for m in event_mentions(text, 2033)}
    assert found["wtsa-32"] == (D(2034, 3, 1), D(2034, 3, 9))


@pytest.mark.parametrize(
    ("text", "key", "days"),
    [
        (
            "Ms Y recalled that WTSA-32, postponed owing to the floods, would be held in Lima from 1 to 9 March 2034.",
            "wtsa-32",
            (D(2034, 3, 1), D(2034, 3, 9)),
        ),
        (
            "to inform TDAG of any new Question to be proposed to WTSA-32, whose dates were postponed to 1-9 March "
            "2034;",
            "wtsa-32",
            (D(2034, 3, 1), D(2034, 3, 9)),
        ),
        (
            "Proposals to WTDC-33, which will be held in Kigali from 6 to 17 February 2034, are due by 1 December.",
            "wtdc-33",
            (D(2034, 2, 6), D(2034, 2, 17)),
        ),
        (
            "The Assembly (RA-33), rescheduled because of the elections, will take place in Apia on 2-6 February 2034.",
            "ra-33",
            (D(2034, 2, 2), D(2034, 2, 6)),
        ),
    ],
)
def test_an_edition_held_late_keeps_the_dates_an_aside_or_a_relative_clause_gives_it(
    text: str, key: str, days: tuple[date, date]
) -> None:
    """Its days after an aside of its moving (``, postponed owing to X,``) or in a relative clause (``, whose dates
    were postponed to``, ``, which will be held``), also when a ``to`` stands before its name."""
    found = {m.key: (m.start, m.end) for m in event_mentions(text, 2033)}
    assert found[key] == days


def test_the_dates_of_a_meeting_for_a_conference_stay_the_meetings() -> None:
    found = {m.key: m.start for m in event_mentions("The CPM for WRC-35 will be held from 3 to 6 May 2034.", 2033)}
    assert found.get("wrc-35") is None


def test_an_edition_named_three_years_before_its_dates_takes_none_of_them() -> None:
    found = {m.key: m.start for m in event_mentions("WTSA-32, held in Lima from 1 to 9 March 2035.", 2033)}
    assert found["wtsa-32"] is None


def test_a_month_without_a_year_after_an_edition_is_of_the_editions_year() -> None:
    (found,) = event_mentions("The Council approved the convening of the WSIS Forum 2036 in March.", 2035)
    assert (found.start, found.end, found.precision) == (D(2036, 3, 1), D(2036, 3, 31), "month")


def test_a_session_that_meets_on_its_days() -> None:
    text = (
        "The 31st session of the Commission on Science and Technology for Development, which meets in Geneva "
        "from 3 to 8 November, will decide."
    )
    found = event_mentions(text, 2033)
    assert (found[0].start, found[0].end) == (D(2033, 11, 3), D(2033, 11, 8))


def test_a_header_line_naming_one_event_over_a_dateline_dates_it_in_a_speech() -> None:
    from wsiskg.ingest.extract.events import find_events

    report = make_report(
        "Fourth meeting of the Preparatory Committee (PrepCom-4)",
        "Lima, 3-14 March 2031",
        "Distinguished delegates,",
        "It is an honour to address you.",
        title="WORLD SUMMIT ON RURAL ACCESS",
    )
    assert {e.key: e.start for e in find_events(report)}["prepcom-4"] == D(2031, 3, 3)


def test_a_header_line_that_is_a_sentence_is_no_title() -> None:
    from wsiskg.ingest.extract.events import find_events

    report = make_report(
        "PrepCom-4 was held in Lima.",
        "Lima, 3-14 March 2031",
        "Distinguished delegates,",
        title="WORLD SUMMIT ON RURAL ACCESS",
    )
    assert {e.key: e.start for e in find_events(report)}.get("prepcom-4") != D(2031, 3, 3)


def test_a_report_title_naming_a_meeting_before_its_dateline_is_the_reports_own_meeting() -> None:
    from wsiskg.ingest.extract.events import find_events

    title = "Summary Report — Ninth meeting of the Council Working Group on Child Online Protection, Lima, 3 May 2034"
    report = make_report("The Group met in Lima.", title=title)
    assert all(e.start != D(2034, 5, 3) for e in find_events(report))


def test_a_title_naming_a_preparatory_meeting_for_a_conference_dates_the_meeting_not_the_conference() -> None:
    from wsiskg.ingest.extract.events import find_events

    report = make_report(
        "Virtual, 3-5 May 2033",
        "Document RPM-AMS33/9-E",
        "1 The Member States of the region propose three initiatives.",
        title="Regional Preparatory Meeting for WTDC-33 for the Americas (RPM-AMS)",
    )
    found = {e.key: e.start for e in find_events(report, 2033)}
    assert found.get("wtdc-33") is None
    assert found["regional-preparatory-meeting-for-wtdc-33-for-the-americas-2033"] == D(2033, 5, 3)


# ------------------------------------------------------------------ several dates after an event
@pytest.mark.parametrize(
    ("text", "key", "days"),
    [
        # a header line: the session's days, then the document's issue date (earlier): the days only
        (
            "Council 2034 | Lima, 5-15 June 2034 | Document C34/7-E | 2 May 2034",
            "council-2034",
            (D(2034, 6, 5), D(2034, 6, 15)),
        ),
        (
            "COUNCIL 2036 — Geneva, 8-18 July 2036 — Document C36/40-E — 30 May 2036",
            "council-2036",
            (D(2036, 7, 8), D(2036, 7, 18)),
        ),
    ],
)
def test_a_date_that_goes_back_in_time_after_an_events_days_is_not_its(text: str, key: str, days: tuple) -> None:
    found = {m.key: (m.start, m.end) for m in event_mentions(text)}
    assert found[key] == days


def test_a_list_of_days_after_an_event_in_time_order_is_its_span() -> None:
    found = {
        m.key: (m.start, m.end)
        for m in event_mentions("Council 2032 met on 3 March 2032, 10 March 2032 and 17 March 2032.")
    }
    assert found["council-2032"] == (D(2032, 3, 3), D(2032, 3, 17))


def test_one_day_outside_an_events_span_read_elsewhere_is_another_dates() -> None:
    from wsiskg.ingest.extract.events import find_events

    report = make_report(
        "Opening remarks",
        "Consultation on the GSR-35 guidelines, closed 4 June 2035, Open data",
        "The GSR-35 opened on 7 August 2035.",
        title="Global Symposium for Regulators 2035 (GSR-35) — Apia, Samoa, 6–9 August 2035 — Chief Officers meeting",
    )
    found = {e.key: (e.start, e.end) for e in find_events(report)}
    assert found["gsr-35"] == (D(2035, 8, 6), D(2035, 8, 9))


def test_a_span_of_days_replaces_a_single_day_read_before_it_outside_it() -> None:
    from wsiskg.ingest.extract.events import find_events

    report = make_report(
        "The draft agenda of Council 2037 was circulated on 2 April 2037.",
        "Council 2037 will be held in Geneva from 9 to 19 June 2037.",
    )
    found = {e.key: (e.start, e.end) for e in find_events(report)}
    assert found["council-2037"] == (D(2037, 6, 9), D(2037, 6, 19))


@pytest.mark.parametrize(
    ("title", "line", "key", "start"),
    [
        (
            "WORLD FORUM ON RURAL CONNECTIVITY",
            "Second phase, Windhoek, 4-6 March 2033",
            "world-forum-on-rural-connectivity-2033",
            D(2033, 3, 4),
        ),
        (
            "GLOBAL SUMMIT ON OPEN SPECTRUM",
            "First Phase – Montevideo, 9-11 May 2034",
            "global-summit-on-open-spectrum-2034",
            D(2034, 5, 9),
        ),
    ],
)
def test_a_title_in_capitals_over_a_phase_and_its_dateline_is_that_event(
    title: str, line: str, key: str, start: date
) -> None:
    from wsiskg.ingest.extract.events import find_events

    report = make_report(line, "Statement by the delegation of Ruritania", "Madam Chair,", title=title)
    assert {e.key: e.start for e in find_events(report)}.get(key) == start


def test_a_report_title_in_capitals_names_no_event_of_its_dateline() -> None:
    from wsiskg.ingest.extract.events import find_events

    report = make_report("Apia, 2-4 April 2035", "1 The Group met.", title="REPORT OF THE FORUM ON ISLAND NETWORKS")
    assert not [e for e in find_events(report) if "Report" in e.name]


@pytest.mark.parametrize(
    ("first", "second", "name", "start"),
    [
        (
            "1 In preparation for the thirty-first session of the Committee on Rural Broadband (CRB31), whose theme "
            "is access, the Union convened an expert meeting.",
            "2 The findings will be presented at a panel during CRB31, Nairobi, 4-8 March 2033.",
            "thirty-first session of the Committee",
            D(2033, 3, 4),
        ),
        (
            "1 The Group discussed the timing of the second session of the Spectrum Preparatory Meeting (SPM33-2).",
            "2 It noted that SPM33-2 was planned for 27/03/2033 – 06/04/2033.",
            "Spectrum Preparatory Meeting",
            D(2033, 3, 27),
        ),
    ],
)
def test_an_event_named_with_its_code_is_dated_where_the_code_alone_is_dated(
    first: str, second: str, name: str, start: date
) -> None:
    from wsiskg.ingest.extract.events import find_events

    report = make_report("Geneva, 3 May 2031", first, second, title="Note by the Secretariat")
    assert start in [e.start for e in find_events(report, 2031) if name in e.name]


def test_a_code_alone_in_brackets_again_dates_nothing() -> None:
    from wsiskg.ingest.extract.events import find_events

    report = make_report(
        "Geneva, 3 May 2031",
        "1 The Group prepared the third session of the Spectrum Preparatory Meeting (SPM33-3).",
        "2 Documents for the session (SPM33-3) are due by 27 March 2033.",
        title="Note by the Secretariat",
    )
    found = [e.start for e in find_events(report, 2031) if "Spectrum" in e.name]
    assert found and set(found) == {None}


@pytest.mark.parametrize("line", ["2033-06-30", "Lusaka, 30 June 2033"])
def test_a_post_in_capitals_over_a_date_is_a_letterhead_not_an_event(line: str) -> None:
    from wsiskg.ingest.extract.events import find_events

    report = make_report(line, "Excellency,", "I have the honour to write.", title="THE CHAIR OF THE REGIONAL ASSEMBLY")
    assert not [e for e in find_events(report) if "Assembly" in e.name]


# ------------------------------------------------- a date that opens the next coordinate clause
@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "This year is special: in December the General Assembly will hold its high-level meeting on the review "
            "of the Summit outcomes, and in September world leaders will adopt the new agenda at a summit in Lima "
            "(25-27 September 2031).",
            "high-level meeting on the review of the Summit outcomes",
            D(2031, 12, 1),
        ),
        (
            "Next steps: in March the Bureau will convene an expert meeting on tariffs, while in May the Group will "
            "publish its report.",
            "expert meeting on tariffs",
            D(2031, 3, 1),
        ),
        (
            "In October the Ministry will host a regional workshop on spectrum pricing, but on 4 June the regulator "
            "will open its consultation.",
            "regional workshop on spectrum pricing",
            D(2031, 10, 1),
        ),
    ],
)
def test_a_date_opening_the_next_coordinate_clause_is_not_the_events(text: str, name: str, start: date) -> None:
    """``, and in September <subject> <verb>``: what that clause says happens then (``event_dates.opens_next_clause``);
    the event held in the clause before is dated by the date opening its own clause, after a colon too."""
    found = {m.name: m.start for m in event_mentions(text, 2031)}
    assert found[name] == start


# ------------------------------------------------- the partners in a relative clause of holding
@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "The Group presented a draft structure for the Andean Data Summit, which ITU would convene with "
            "UNESCO, UNCTAD and UNDP in April 2032.",
            "Andean Data Summit",
            D(2032, 4, 1),
        ),
        (
            "Members welcomed the Nordic Data Week, which Norway will host together with the Nordic Council of "
            "Ministers from 2 to 6 June 2031.",
            "Nordic Data Week",
            D(2031, 6, 2),
        ),
        (
            "Delegates noted the Baltic Digital Summit, which Latvia would host with ITU and the European Commission "
            "(EC) on 14 and 15 October 2031.",
            "Baltic Digital Summit",
            D(2031, 10, 14),
        ),
    ],
)
def test_the_partners_an_event_is_held_with_stand_between_it_and_its_dates(text: str, name: str, start: date) -> None:
    """``X, which ITU would convene with A, B and C in April``: the relative clause's subject, verb of holding and
    partners stand between the name and its own dates (``event_dates._own_dates_gap``)."""
    found = {m.name: m.start for m in event_mentions(text, 2031)}
    assert found[name] == start


# ------------------------------------------------- a name's dateline after a comma, ending its sentence
@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "Partners were encouraged to pledge contributions before the Andean Digital Week, 27-29 September 2031.",
            "Andean Digital Week",
            D(2031, 9, 27),
        ),
        (
            "The Office will report on the pilot at the close of the Nordic Data Week, 4-6 May 2032.",
            "Nordic Data Week",
            D(2032, 5, 4),
        ),
        (
            "Speakers are invited for the Pacific Skills Week, 12 March 2031; the call closes in January.",
            "Pacific Skills Week",
            D(2031, 3, 12),
        ),
    ],
)
def test_a_names_dateline_set_off_by_a_comma_at_the_end_of_its_sentence_dates_it(
    text: str, name: str, start: date
) -> None:
    """``X, 27-29 September 2031.``: a date with its year, set off by a comma and ending the sentence or clause,
    is the name's dateline (``event_dates._a_dateline``), even after ``before``."""
    found = {m.name: m.start for m in event_mentions(text, 2031)}
    assert found[name] == start


def test_a_date_after_a_comma_that_goes_on_is_no_dateline() -> None:
    text = "The Office presented the Andean Digital Week, 27 September 2031 being the day of its report to the Board."
    assert {m.name: m.start for m in event_mentions(text, 2031)}.get("Andean Digital Week") is None


# ------------------------------------------------- a deadline that is an event: "Deadline: Before the next meeting"
@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "Approval: Agreed at the Study Group 5 meeting, 9 June 2031 Deadline: Before the next meeting of ITU-T "
            "SG5, Geneva, 14-23 February 2032 Contact: Mr Aldo Brenner",
            "next meeting of ITU-T SG5",
            D(2032, 2, 14),
        ),
        (
            "The deadline for comments is before the Andean Data Summit (Quito, 3-5 June 2032).",
            "Andean Data Summit",
            D(2032, 6, 3),
        ),
        (
            "Closing date for nominations: before the Pacific Skills Forum, Suva, 3-5 June 2032.",
            "Pacific Skills Forum",
            D(2032, 6, 3),
        ),
    ],
)
def test_a_due_word_that_brings_in_an_event_leaves_its_dates_to_it(text: str, name: str, start: date) -> None:
    """A deadline noun earlier makes the clause's dates due, except those after a due word that brings in an event
    (``Deadline: Before the next meeting of X, Geneva, 14-23 February``: the meeting's days, the deadline is the
    meeting; ``event_dates.is_due_at``); a row's label opened by a due word is no event's name (``event_rows``)."""
    found = {m.name: m.start for m in event_mentions(text, 2031)}
    assert found[name] == start


def test_a_due_day_after_the_event_brought_in_stays_due() -> None:
    text = "The deadline for contributions is before the next meeting of the Group, by 3 May 2032."
    assert all(m.start is None for m in event_mentions(text, 2031))
