"""Tying a date to the event phrase it belongs to, and meetings of bodies.

A date in a clause belongs to the nearest event noun phrase before it, never to an event named
earlier (:func:`wsiskg.ingest.extract.event_dates.next_event_phrase`); meetings of bodies are
read whether the catalogue knows the body or not. Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.event_dates import next_event_phrase
from wsiskg.ingest.extract.events import event_mentions, find_events
from wsiskg.ingest.records import Meeting


def _dated(text: str, year: int | None = None, meeting: Meeting | None = None) -> dict[str, tuple]:
    return {m.name: (m.start, m.end) for m in event_mentions(text, year, meeting=meeting)}


def extract_events(text: str) -> dict[str, tuple]:
    """The events of a report of ``text`` as the event reader records them: name -> (start, end)."""
    return {e.name: (e.start, e.end) for e in find_events(make_report(text))}


# ------------------------------------------------------------------ the nearest event phrase
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The Summit on Rural Access was recalled. At its 2019 session, held from 3 to 9 May", "its 2019 session"),
        ("The ninth plenary, followed by a ministerial round table on 4 June 2030", "a ministerial round table"),
        ("WTDC-30 and, before it, the regional preparatory meetings from 2 March", "the regional preparatory meetings"),
    ],
)
def test_a_date_stops_at_the_next_event_phrase(text: str, phrase: str) -> None:
    assert next_event_phrase(text, 10, len(text)) == text.index(phrase)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Forum 2031 was held at the Palais des Congrès International Conference Centre from 4 May", "Forum 2031"),
        ("The Lakes Digital Week, a series of webinars held online from 3 to 9 May", "Lakes Digital Week"),
        ("The Group held its fourth meeting as a one-day virtual meeting on 2 July", "its fourth meeting"),
        ("The Group held its fourth meeting, the first one online, on 2 July", "its fourth meeting"),
    ],
)
def test_a_building_or_a_phrase_naming_the_event_again_does_not_stop_its_dates(text: str, name: str) -> None:
    start = text.index(name) + len(name)
    assert next_event_phrase(text, start, len(text)) == len(text)


def test_a_session_after_a_subject_line_keeps_its_dates_from_the_meeting_named_there() -> None:
    text = (
        "Subject: Nineteenth meeting of the Council Working Group on WSIS, and call for contributions Dear "
        "Colleague, 1 At its 2027 session, held in Lima from 4 to 15 October, the Board of the Andean "
        "Telecommunity adopted a decision."
    )
    assert _dated(text, 2027)["19th meeting of the Council Working Group on WSIS&SDG"] == (None, None)


def test_the_date_after_another_event_phrase_is_not_the_first_events() -> None:
    text = (
        "The Maritime Connectivity Conference 2033 will draw on the findings of the three regional "
        "meetings of experts held in Suva on 12 August 2033."
    )
    assert _dated(text, 2033)["Maritime Connectivity Conference 2033"] == (None, None)


# ------------------------------------------------------------------ meetings of bodies
def test_a_meeting_dated_by_of() -> None:
    found = _dated("The UNGIS working-level meeting of 14 March 2029 adopted a joint work plan.", 2029)
    assert found["working-level meeting of the United Nations Group on the Information Society"] == (
        date(2029, 3, 14),
        None,
    )


def test_a_bodys_possessive_meeting_is_the_body_named_before_with_that_noun() -> None:
    text = (
        "The Council took note of the report of the Chairman of the Council Working Group on Child Online "
        "Protection and of the outcomes of the Group's meeting of 8-9 October 2031."
    )
    found = _dated(text, 2031)
    assert found["meeting of the Council Working Group on Child Online Protection"] == (
        date(2031, 10, 8),
        date(2031, 10, 9),
    )


def test_meetings_in_the_plural_are_one_meeting_per_listed_date() -> None:
    text = "The Chair recalled that the Group's two last meetings were held on 5 and 6 May and on 2 November 2030."
    meeting = Meeting(body="cwg-cop", number=None, start=date(2031, 2, 1))
    found = [(m.key, m.start, m.end) for m in event_mentions(text, 2031, meeting=meeting)]
    assert found == [
        ("cwg-cop-meeting-2030-05-05", date(2030, 5, 5), date(2030, 5, 6)),
        ("cwg-cop-meeting-2030-11-02", date(2030, 11, 2), None),
    ]


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "The study was presented to the Andean Community (CAN) during the meeting of its Technical "
            "Committee on Spectrum held from 3 to 5 June 2030.",
            "meeting of Technical Committee on Spectrum",
            date(2030, 6, 3),
        ),
        (
            "The seminar will be followed by the meeting of the ITU-T Study Group 3 Regional Group for the "
            "Americas (Lima, 28 February - 1 March 2030).",
            "meeting of ITU-T Study Group 3 Regional Group for the Americas",
            date(2030, 2, 28),
        ),
        (
            "Ms Ilves reported on the meeting of the Baltic Spectrum Committee held in Riga on 4 April 2030.",
            "meeting of Baltic Spectrum Committee",
            date(2030, 4, 4),
        ),
    ],
)
def test_a_meeting_of_a_body_the_catalogue_does_not_know(text: str, name: str, start: date) -> None:
    assert _dated(text, 2030)[name][0] == start


def test_a_numbered_meeting_is_not_read_as_an_unnumbered_one() -> None:
    text = "The workshop will be followed by the second meeting of the Focus Group on Quantum Links (FG-QL) on 6 May."
    names = set(_dated(text, 2030))
    assert names == {"2nd meeting of the Focus Group on Quantum Links"}


# ------------------------------------------------------------------ table rows
@pytest.mark.parametrize(
    ("row", "name", "start", "end"),
    [
        (
            "AND2: Rural broadband, Regional seminar on tower sharing, Cusco, 4-5 August 2031",
            "Regional seminar on tower sharing",
            date(2031, 8, 4),
            date(2031, 8, 5),
        ),
        (
            "Step 2, Third virtual consultation meeting, 2031-11-08",
            "Third virtual consultation meeting",
            date(2031, 11, 8),
            None,
        ),
        (
            "Step 4, Second consultation meeting (hybrid, Nairobi), 2032-01-20",
            "Second consultation meeting",
            date(2032, 1, 20),
            None,
        ),
        (
            "AND4: Skills, Webinar on coding for girls, March 2032",
            "Webinar on coding for girls",
            date(2032, 3, 1),
            date(2032, 3, 31),
        ),
        (
            "5 May 2031 | Workshop on open spectrum data | Quito",
            "Workshop on open spectrum data",
            date(2031, 5, 5),
            None,
        ),
        (  # dot leaders between the cells
            "Regional workshop on rural broadband ........ 16-17 October 2031",
            "Regional workshop on rural broadband",
            date(2031, 10, 16),
            date(2031, 10, 17),
        ),
        ("CWG-Internet open consultation .. 2032-01-29", "CWG-Internet open consultation", date(2032, 1, 29), None),
        (  # a cell that is only a body's code and a meeting number: that meeting
            "CWG-FHR-31 ........ 2032-01-30 to 2032-01-31",
            "31st meeting of the Council Working Group on Financial and Human Resources",
            date(2032, 1, 30),
            date(2032, 1, 31),
        ),
        (
            "TDAG-40 | 12-14 May 2032 | Geneva",
            "40th meeting of the Telecommunication Development Advisory Group",
            date(2032, 5, 12),
            date(2032, 5, 14),
        ),
    ],
)
def test_an_event_in_any_cell_of_a_row_takes_the_rows_date(row: str, name: str, start: date, end: date | None) -> None:
    assert _dated(row, 2031)[name] == (start, end)


@pytest.mark.parametrize(
    "row",
    [
        "Step 3, Deadline for requests for thematic workshops, 2031-12-16",  # a deadline
        "SUMMARY RECORD OF THE SECOND MEETING OF COMMITTEE 4, Tuesday, 3 October 2031",  # a title line
        "Step 1, Online meeting, 2031-10-02",  # a mode, no event's name
        "Document CWG-FHR-31/4 ........ 2032-01-30",  # a symbol, no meeting
        "ABC-12 ........ 2032-01-30",  # a code the catalogue does not know
    ],
)
def test_a_row_with_no_events_name_gives_no_event(row: str) -> None:
    assert _dated(row, 2031) == {}


# ------------------------------------------------------------------ own dates after the name
@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "Delegates discussed the input to the Open Data High-Level Event, held in Dar es Salaam, "
            "Tanzania, from 3 to 5 March 2031, and its follow-up.",
            "Open Data High-Level Event",
            date(2031, 3, 3),
        ),
        (
            'The Pacific Review Event "Connecting the Islands" was held in Apia from 6 to 8 May 2031.',
            "Pacific Review Event",
            date(2031, 5, 6),
        ),
        (
            'She reported on the Andean Data Symposium, "Open by Default", to be hosted by CAF in Quito '
            "on 2 June 2031.",
            "Andean Data Symposium",
            date(2031, 6, 2),
        ),
        # a region's name of two particles, "and the", in the name's topic, then the city
        (
            "The charter was adopted at the Third Ministerial Summit on Open Data in Latin America and the Caribbean "
            "in Asuncion (8-10 April 2031).",
            "Third Ministerial Summit on Open Data",
            date(2031, 4, 8),
        ),
    ],
)
def test_a_place_with_particles_a_quoted_title_or_a_host_stand_between_a_name_and_its_dates(
    text: str, name: str, start: date
) -> None:
    assert _dated(text, 2031)[name][0] == start


def test_a_place_of_two_particles_does_not_run_into_another_event_and_its_dates() -> None:
    text = "The Andean Data Forum met in Lima and the Council (3-13 June 2031) took note of its outcome."
    assert "Andean Data Forum" not in _dated(text, 2031)


def test_an_event_dated_by_a_month_alone_is_of_the_reports_year() -> None:
    text = "The United Nations Group on the Information Society will consider them at its meeting in Rome in October."
    (found,) = event_mentions(text, 2031)
    assert (found.start, found.end, found.precision) == (date(2031, 10, 1), date(2031, 10, 31), "month")


def test_its_meeting_is_of_the_subject_named_after_the_comma_when_the_catalogue_does_not_know_it() -> None:
    text = (
        "1 At its meeting in Tbilisi on 9 and 10 June 2030, the Council of Heads of Postal Administrations "
        "of the Caucasus adopted a common position."
    )
    found = _dated(text, 2030)
    name = "meeting of Council of Heads of Postal Administrations of the Caucasus"
    assert found[name] == (date(2030, 6, 9), date(2030, 6, 10))


@pytest.mark.parametrize(
    ("text", "meeting", "key"),
    [
        (
            "It was agreed that TSAG hold a short session in Nairobi on 4 May 2031 to finalize its report.",
            None,
            "tsag-session-2031-05-04",
        ),
        (
            "The Group held an informal meeting on 2 March 2031.",
            Meeting(body="cwg-cop", start=date(2031, 9, 1)),
            "cwg-cop-meeting-2031-03-02",
        ),
    ],
)
def test_a_meeting_that_a_body_holds_is_that_bodys(text: str, meeting: Meeting | None, key: str) -> None:
    assert [m.key for m in event_mentions(text, 2031, meeting=meeting)] == [key]


def test_a_numbered_meeting_of_a_group_named_for_a_conference_keeps_the_conference_in_its_name() -> None:
    text = (
        "This contribution follows the second meeting of the Andean Preparatory Group for WTDC-34 "
        "(CAN WTDC34-2), held here in Lima, Peru, from 2nd to 4th April 2033, and other work."
    )
    found = {m.key: (m.name, m.start) for m in event_mentions(text, 2033)}
    assert found == {
        "andean-preparatory-group-for-wtdc-34-2": (
            "2nd meeting of the Andean Preparatory Group for WTDC-34",
            date(2033, 4, 2),
        )
    }


# ------------------------------------------------------------------ an ordinal alone in a list
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fourth meeting of the Council Working Group on Child Online Protection took place on 2 and "
            "3 March 2031 and the fifth on 9 June 2031.",
            {"cwg-cop-4": date(2031, 3, 2), "cwg-cop-5": date(2031, 6, 9)},
        ),
        (
            "The Council Working Group on Child Online Protection (CWG-COP) has held two meetings this year: "
            "the first on 6 and 7 February 2031, the second on 4 May 2031.",
            {"cwg-cop-1": date(2031, 2, 6), "cwg-cop-2": date(2031, 5, 4)},
        ),
    ],
)
def test_an_ordinal_alone_in_a_list_is_the_meeting_of_the_body_named_before(text: str, expected: dict) -> None:
    found = {m.key: m.start for m in event_mentions(text, 2031) if m.start}
    assert found == expected


def test_an_ordinal_alone_without_a_meeting_before_it_is_no_meeting() -> None:
    text = "Two proposals were received, and the first, on 3 May 2031, was adopted."
    assert event_mentions(text, 2031) == []


# ------------------------------------------------------------------ a date without its year, by tense
@pytest.mark.parametrize(
    ("text", "reference", "start"),
    [
        (  # a letter of November: a consultation planned for January is next January's
            "The Vice-Chairs will moderate the open consultation on indicators which is planned for 19 January.",
            (date(2030, 11, 8), date(2030, 11, 8)),
            date(2031, 1, 19),
        ),
        (  # a meeting in February: a workshop held in December was last December's
            "The Group heard the outcome of the regional workshop on indicators, which was held on 3 December.",
            (date(2031, 2, 10), date(2031, 2, 12)),
            date(2030, 12, 3),
        ),
        (  # neither: the default year
            "The regional workshop on indicators on 3 December.",
            (date(2031, 2, 10), date(2031, 2, 12)),
            date(2031, 12, 3),
        ),
    ],
)
def test_a_date_without_its_year_is_read_by_the_tense_of_its_clause(text: str, reference: tuple, start: date) -> None:
    (found,) = event_mentions(text, reference[0].year, reference=reference)
    assert found.start == start


def test_a_date_with_its_year_is_never_moved() -> None:
    text = "The regional workshop on indicators, which was held on 3 December 2031."
    (found,) = event_mentions(text, 2031, reference=(date(2031, 2, 10), date(2031, 2, 12)))
    assert found.start == date(2031, 12, 3)


def test_a_mode_in_the_bracket_and_a_meetings_topic_stand_before_its_dates() -> None:
    found = _dated(
        "It adopted the plan of the Third Ministerial Conference on Data in Central Asia (virtual, 2-4 May 2031)."
    )
    assert found["Third Ministerial Conference on Data in Central Asia"][0] == date(2031, 5, 2)
    text = "He reported on the annual meeting of the Baltic Spectrum Committee on rural spectrum (Riga, 3-4 May 2031)."
    assert _dated(text, 2031)["annual meeting of Baltic Spectrum Committee"][0] == date(2031, 5, 3)


def test_an_organisers_participle_between_commas_stands_before_the_dates() -> None:
    text = (
        "The Digital Commons Summit, co-organized with UNEP, UNDP and UNICEF and hosted by the Government "
        "of Chile, will take place from 6 to 8 May 2031."
    )
    assert _dated(text, 2031)["Digital Commons Summit"] == (date(2031, 5, 6), date(2031, 5, 8))


# ------------------------------------------------------------------ numbered meetings of a body named by its head noun
def test_the_groups_meetings_listed_by_ordinals_take_their_dates_in_order() -> None:
    text = (
        "The Council Working Group on Child Online Protection reported. The Council noted the report of the "
        "Group's eleventh and twelfth meetings, held virtually on 14 October 2030 and on 2 February 2031."
    )
    found = {m.key: (m.start, m.end) for m in event_mentions(text, 2031)}
    assert found["cwg-cop-11"] == (date(2030, 10, 14), None)
    assert found["cwg-cop-12"] == (date(2031, 2, 2), None)


def test_ordinals_and_dates_in_unequal_numbers_give_no_meeting() -> None:
    text = "The Board's second and third meetings, held on 4 May 2029, were short."
    assert not [m for m in event_mentions(text, 2029) if m.start is not None]


def test_a_numbered_meeting_of_a_body_known_only_by_its_head_noun_is_an_event_when_dated() -> None:
    text = "Mr Ode will attend the sixth meeting of the Committee on 3 April 2028 and report back."
    assert _dated(text, 2028) == {"6th meeting of the Committee": (date(2028, 4, 3), None)}
    undated = _dated("Mr Ode will attend the sixth meeting of the Committee and report back.", 2028)
    assert "6th meeting of the Committee" not in undated


@pytest.mark.parametrize("group", ["group", "Group"])
def test_a_numbered_meeting_of_the_group_in_lower_case_is_the_meeting_bodys(group: str) -> None:
    meeting = Meeting("cwg-cop", 5, date(2029, 1, 30), date(2029, 1, 31))
    text = f"The sixth meeting of the {group} will take place on 8 and 9 October 2029, after the Council."
    found = {m.key: (m.start, m.end) for m in event_mentions(text, 2029, meeting=meeting)}
    assert found == {"cwg-cop-6": (date(2029, 10, 8), date(2029, 10, 9))}


def test_an_adverb_of_manner_after_the_verb_of_holding_stands_before_the_dates() -> None:
    text = "The Forum on Mountain Connectivity was held jointly in Kathmandu on 12 March 2027."
    assert _dated(text, 2027)["Forum on Mountain Connectivity"] == (date(2027, 3, 12), None)


def test_a_venue_noun_in_lower_case_stands_between_a_meeting_and_its_dates() -> None:
    text = (
        "UNGIS held its annual meeting at the headquarters of the International Fund for Agricultural "
        "Development (IFAD) in Rome on 14 March 2029, chaired by UNDP."
    )
    found = {m.key: m.start for m in event_mentions(text, 2029)}
    assert found["ungis-meeting-2029-03-14"] == date(2029, 3, 14)


def test_would_says_a_date_without_a_year_is_to_come() -> None:
    text = "It was noted that the next session of the Forum on Rural Access would be held on 3 February."
    (found,) = event_mentions(text, 2031, reference=(date(2031, 9, 1), date(2031, 9, 3)))
    assert found.start == date(2032, 2, 3)


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "It endorsed the statement to the World Conference on Mountain Access (MA-31), Kathmandu, 20–22 June 2031.",
            "World Conference on Mountain Access",
            date(2031, 6, 20),
        ),
        (
            "It will be presented at the Coastal Data Summit, Accra, Ghana, 7–9 July 2031.",
            "Coastal Data Summit",
            date(2031, 7, 7),
        ),
    ],
)
def test_a_dateline_after_an_events_name_gives_its_dates(text: str, name: str, start: date) -> None:
    found = {m.name: m.start for m in event_mentions(text, 2031)}
    assert found[name] == start


def test_a_list_of_bodies_before_a_date_is_no_dateline() -> None:
    assert _dated("The Council, Member States and Sector Members agreed on 3 May 2031 to proceed.", 2031) == {}


def test_what_a_meeting_is_held_as_stands_before_its_dates() -> None:
    meeting = Meeting("tsag", 5, date(2031, 1, 10), date(2031, 1, 14))
    text = "The next TSAG meeting is planned as a fully virtual meeting from 24 to 28 May 2031."
    found = {m.key: (m.start, m.end) for m in event_mentions(text, 2031, meeting=meeting)}
    assert found == {"tsag-meeting-2031-05-24": (date(2031, 5, 24), date(2031, 5, 28))}


def test_the_owner_of_a_committee_stands_between_its_meeting_and_a_dateline() -> None:
    text = (
        "It was discussed at the meeting of the Standing Committee III (SC.III) of the Pacific Spectrum "
        "Forum (PSF), Apia, 6-9 April 2031, where members expressed support."
    )
    found = {m.name: (m.start, m.end) for m in event_mentions(text, 2031)}
    assert found["meeting of Standing Committee III"] == (date(2031, 4, 6), date(2031, 4, 9))


def test_a_group_named_as_the_subject_before_at_their_meeting() -> None:
    text = "The Nordic Ministers for Digitalisation, at their meeting in Tromsø on 14/03/2031, asked for a roadmap."
    found = {m.name: m.start for m in event_mentions(text, 2031)}
    assert found == {"meeting of Nordic Ministers for Digitalisation": date(2031, 3, 14)}


def test_its_opening_a_sentence_is_the_body_named_in_the_sentence_before() -> None:
    text = (
        "ITU chaired the United Nations Group on the Information Society (UNGIS) in 2030. Its annual meeting "
        "was held online on 9 December 2030, with the regional commissions."
    )
    spans = [(text.index("United"), text.index(" in 2030"), "ungis")]
    found = {m.key: m.start for m in event_mentions(text, 2030, body_spans=spans)}
    assert found == {"ungis-meeting-2030-12-09": date(2030, 12, 9)}


def test_at_its_numbered_meeting_is_the_subjects_after_the_comma() -> None:
    text = "At its second meeting, held on 12 and 13 May 2030, the Baltic Numbering Committee elected its chair."
    found = {m.key: (m.name, m.start) for m in event_mentions(text, 2030)}
    assert found == {
        "baltic-numbering-committee-2": ("2nd meeting of the Baltic Numbering Committee", date(2030, 5, 12))
    }


def test_a_meeting_named_by_its_month_before_the_noun() -> None:
    text = "They recalled the plan agreed at the October 2029 meeting of Study Group 4."
    found = {m.name: (m.start, m.end, m.precision) for m in event_mentions(text, 2030)}
    assert found == {"meeting of Study Group 4": (date(2029, 10, 1), date(2029, 10, 31), "month")}


def test_a_meeting_of_a_group_named_in_lower_case_with_its_own_date() -> None:
    text = "The Rapporteur reported on the meeting of the drafting group held on 2 July 2031 (TD 12)."
    found = {m.name: m.start for m in event_mentions(text, 2031)}
    assert found == {"meeting of drafting group": date(2031, 7, 2)}
    assert _dated("The Rapporteur reported on the work of the drafting group since July.", 2031) == {}


def test_two_capitalised_events_joined_by_and_are_both_held_on_the_dates() -> None:
    text = (
        "The Andean Data Forum and the Regional Spectrum Seminar for the Andes were held in Quito on 3 and 4 May 2029."
    )
    found = _dated(text, 2029)
    assert found["Andean Data Forum"] == (date(2029, 5, 3), date(2029, 5, 4))
    assert found["Regional Spectrum Seminar for the Andes"] == (date(2029, 5, 3), date(2029, 5, 4))
    one = _dated("The Summit on Rural Access and Connectivity was held in Lima on 3 May 2029.", 2029)
    assert one == {"Summit on Rural Access and Connectivity": (date(2029, 5, 3), None)}


def test_a_label_cell_of_dates_names_no_event() -> None:
    assert _dated("Meeting date(s): 2031-02-17 to 2031-02-18 (virtual)", 2031) == {}
    assert _dated("Workshop on rural access | 2031-02-17 to 2031-02-18", 2031) == {
        "Workshop on rural access": (date(2031, 2, 17), date(2031, 2, 18))
    }


# ------------------------------------------------------------------ numbered plenary meetings
@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        ("(adopted at the eleventh plenary meeting, 14 June 2033)", "eleventh plenary meeting", date(2033, 6, 14)),
        ("Opening – Second Plenary Meeting, 3 March 2034", "Second Plenary Meeting", date(2034, 3, 3)),
        ("as agreed at the 7th plenary meeting, held on 9 May 2033,", "7th plenary meeting", date(2033, 5, 9)),
    ],
)
def test_a_numbered_plenary_meeting_of_no_named_body_with_its_own_date(text: str, name: str, start: date) -> None:
    assert _dated(text, 2033)[name] == (start, None)


@pytest.mark.parametrize(
    "text",
    [
        "Contributions to the ninth plenary meeting are due by 3 May 2033.",  # a deadline
        "The tenth plenary meeting decided to reconsider the matter.",  # no date
    ],
)
def test_a_numbered_plenary_meeting_without_its_own_date_is_not_dated(text: str) -> None:
    assert all(start is None for start, _ in _dated(text, 2033).values())


# ------------------------------------------------------------------ an event a preparatory meeting is held for
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The second meeting of the CITEL Preparatory Group for the World Radiocommunication Conference 2031 "
            "(PCC-2) was held from 4 to 8 March 2030 in Lima.",
            "World Radiocommunication Conference 2031",
        ),
        (
            "The Regional Preparatory Meeting for the Arab States (ARB) region for the World Telecommunication "
            "Development Conference 2033 (WTDC-33) was held online on 9 and 10 February 2033.",
            "World Telecommunication Development Conference 2033",
        ),
        (
            "She said that the Network of Women for WTDC-30 had held its first gathering in Lima on 30 March.",
            "World Telecommunication Development Conference 2030",
        ),
    ],
)
def test_an_event_a_preparatory_meeting_is_held_for_takes_none_of_its_dates(text: str, name: str) -> None:
    assert _dated(text, 2030)[name] == (None, None)


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "Preparations for the World Radiocommunication Conference 2031, to be held from 3 to 28 November 2031, "
            "continued.",
            "World Radiocommunication Conference 2031",
            date(2031, 11, 3),
        ),
        (
            "It was chaired by the Head of the Regulatory Authority of Ruritania and Chair of the Global Symposium for "
            "Regulators 2031 (GSR-31), which will be held in Suva from 3 to 5 July 2031.",
            "Global Symposium for Regulators 2031",
            date(2031, 7, 3),
        ),
        (
            "Proposals from the Group for WRC-31, to be held in Lima from 3 to 28 November 2031, are welcome.",
            "World Radiocommunication Conference 2031",
            date(2031, 11, 3),
        ),
        (
            "The Preparatory Group agreed on its proposals for WRC-31, which opens on 3 November 2031.",
            "World Radiocommunication Conference 2031",
            date(2031, 11, 3),
        ),
    ],
)
def test_an_event_prepared_for_by_a_clause_with_a_verb_keeps_its_own_dates(text: str, name: str, start: date) -> None:
    assert _dated(text, 2030)[name][0] == start


@pytest.mark.parametrize(
    "text",
    [
        "The next meeting of the Group is tentatively scheduled for 12 and 13 March.",
        "The next meeting of the Group is provisionally planned on 12 and 13 March.",
    ],
)
def test_an_adverb_before_the_verb_of_holding_keeps_the_dates_the_events(text: str) -> None:
    own = Meeting(body="cwg-lang", number=5, start=date(2031, 11, 4), end=date(2031, 11, 5))
    found = event_mentions(text, 2032, meeting=own, reference=(own.start, own.end))
    assert [(m.start, m.end) for m in found] == [(date(2032, 3, 12), date(2032, 3, 13))]


# ------------------------------------------------------------------ an event a clause is read from
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Since PrepCom-4, three regional meetings have been held: in Lima from 3 to 5 May 2031 and in Suva.",
            "Preparatory Committee (PrepCom-4)",
        ),
        ("After the WSIS Forum 2031, the Group will meet again on 3 June 2031.", "WSIS Forum 2031"),
        (
            "The first session of the CPM for WRC-35 would be held just after WRC-31, on 17 and 18 February 2031.",
            "World Radiocommunication Conference 2031",
        ),
    ],
)
def test_an_event_a_clause_is_read_from_takes_none_of_its_dates(text: str, name: str) -> None:
    assert _dated(text, 2031)[name] == (None, None)


def test_an_event_a_clause_is_read_from_keeps_its_own_dates_set_off_by_commas() -> None:
    text = "Since WTDC-30, held in Lima from 3 to 14 May 2030, the Group met twice."
    assert _dated(text, 2031)["World Telecommunication Development Conference 2030"] == (
        date(2030, 5, 3),
        date(2030, 5, 14),
    )


@pytest.mark.parametrize(
    ("text", "name", "first", "second"),
    [
        (
            "Recalling the outcomes of the Global Summit on Rural Access, held in Nairobi from 3 to 5 March 2031 "
            "and in Quito from 9 to 11 November 2033,",
            "Global Summit on Rural Access",
            (date(2031, 3, 3), date(2031, 3, 5)),
            (date(2033, 11, 9), date(2033, 11, 11)),
        ),
        (
            "The World Conference on Island Networks was held in two phases, in Suva on 14 June 2032 and in "
            "Valletta from 2 to 4 October 2034.",
            "World Conference on Island Networks",
            (date(2032, 6, 14), None),
            (date(2034, 10, 2), date(2034, 10, 4)),
        ),
    ],
)
def test_an_event_held_in_one_place_and_then_in_another_is_two_events(
    text: str, name: str, first: tuple, second: tuple
) -> None:
    found = sorted((m.start, m.end) for m in event_mentions(text, 2031) if m.name == name)
    assert found == [first, second]


def test_the_days_of_one_event_in_one_place_stay_one_event() -> None:
    text = "The Regional Forum on Data met in Accra on 3 May 2031 and on 10 May 2031."
    assert [(m.start, m.end) for m in event_mentions(text, 2031) if "Forum" in m.name] == [
        (date(2031, 5, 3), date(2031, 5, 10))
    ]


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "Delegations welcomed the Regional Summit on Cable Landing, which Fiji will host in Suva from 8 to 9 "
            "April 2032.",
            "Regional Summit on Cable Landing",
            date(2032, 4, 8),
        ),
        (
            "We look forward to the WSIS Forum 2033, which the Union would convene in Geneva from 4 to 8 July 2033.",
            "WSIS Forum 2033",
            date(2033, 7, 4),
        ),
    ],
)
def test_a_relative_clause_with_the_holder_as_subject_gives_the_events_own_dates(
    text: str, name: str, start: date
) -> None:
    assert _dated(text, 2031)[name][0] == start


def test_a_relative_clause_whose_subject_only_attends_gives_no_dates() -> None:
    text = "The Regional Summit on Cable Landing, which Fiji attended in Suva from 8 to 9 April 2032, was noted."
    assert _dated(text, 2031).get("Regional Summit on Cable Landing", (None, None)) == (None, None)


def test_an_ordinal_before_a_body_and_a_capitalised_group_is_that_groups_meeting_not_the_bodys_session() -> None:
    text = "The first CITEL Preparatory Group meeting for WRC-35 was held in Suva from 2 to 4 May 2033."
    found = _dated(text, 2033)
    assert found["first CITEL Preparatory Group meeting for WRC-35"] == (date(2033, 5, 2), date(2033, 5, 4))
    assert not [name for name in found if "session of" in name]


# ------------------------------------------------------------------ a part of the day before the date
@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        ("The Coastal Broadband Summit will be held on the evening of 6 February 2033.", "Coastal Broadband Summit", 6),
        ("The Andean Spectrum Workshop took place on the morning of 11 July 2031.", "Andean Spectrum Workshop", 11),
        ("The Island Data Forum, held in the afternoon of 23 March 2032, agreed.", "Island Data Forum", 23),
        ("The Valley Innovation Conference will be held in the week of 9 May 2034.", "Valley Innovation Conference", 9),
    ],
)
def test_a_part_of_the_day_before_an_events_date(text: str, name: str, day: int) -> None:
    """``the morning of``, ``the afternoon of``, ``the evening of`` (``date_words.csv``, role ``day-part``)
    and ``the week of`` stand between the verb of holding and the date."""
    found = {n: start for n, (start, _end) in _dated(text).items() if name in n}
    assert found and next(iter(found.values())).day == day


# ------------------------------------------------------------------ decision 9: held during a host, on its own day
@pytest.mark.parametrize(
    ("text", "name", "own"),
    [
        (
            "The Chair urged delegations to attend the CAN coordination meeting at WRC-31 (Lima, 3-28 November "
            "2031) on 2 November 2031.",
            "CAN coordination meeting",
            (date(2031, 11, 2), None),
        ),
        (
            "A regional coordination meeting will be held during the WTDC-30 (Quito, 6-17 May 2030) on Sunday, "
            "5 May 2030.",
            "regional coordination meeting",
            (date(2030, 5, 5), None),
        ),
        (
            "A briefing for new delegates will take place during the WSIS Forum 2031, held from 8 to 12 June 2031, "
            "on 9 June 2031.",
            "briefing for new delegates",
            (date(2031, 6, 9), None),
        ),
        (
            "A side event on youth will be organized at the WSIS Forum 2031 (Geneva, 8-12 June 2031) on Tuesday, "
            "9 June 2031.",
            "side event on youth",
            (date(2031, 6, 9), None),
        ),
    ],
)
def test_an_event_held_during_a_host_takes_its_own_day_written_after_the_hosts(text, name, own):
    got = _dated(text)
    assert got[name] == own
    assert all(v != own for n, v in got.items() if n != name)  # the host keeps its days


@pytest.mark.parametrize(
    ("text", "name", "days"),
    [
        (
            "ITU will hold a workshop on spectrum during the WSIS Forum 2031 (Geneva, 8-12 June 2031).",
            "workshop on spectrum",
            (date(2031, 6, 8), date(2031, 6, 12)),
        ),
        (
            "A tutorial on NGN would be organized during the next Study Group 13 meeting, planned for 7-18 June 2031.",
            "tutorial on NGN",
            (date(2031, 6, 7), date(2031, 6, 18)),
        ),
        (
            "A training workshop will be held at the ITU headquarters (Geneva, 3-5 May 2031), with a field visit "
            "on 6 May 2031.",
            "training workshop",
            (date(2031, 5, 3), date(2031, 5, 5)),
        ),
    ],
)
def test_without_a_day_of_its_own_an_event_takes_its_hosts_or_its_venues_dates(text, name, days):
    assert _dated(text)[name] == days


# ------------------------------------------------ held before or after another event: none of that event's dates
@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        (
            "Peru urges the regulators to convene an Andean review meeting before the Digital Forum 2031 "
            "(Quito, 12-16 May 2031).",
            "Andean review meeting",
            "Digital Forum 2031",
        ),
        (
            "The Group agreed to hold a coordination meeting ahead of PP-30 (Doha, 3-21 October 2030).",
            "coordination meeting",
            "Plenipotentiary Conference 2030",
        ),
        (
            "A regional consultation will take place in the run-up to the Asia-Pacific Ministerial Forum, held in "
            "Hanoi on 9-10 July 2031.",
            "regional consultation",
            "Asia-Pacific Ministerial Forum",
        ),
        (
            "BDT will organize a donors' roundtable after WTDC-33, to be held in Kigali from 4 to 15 November 2033.",
            "donors' roundtable",
            "World Telecommunication Development Conference 2033",
        ),
    ],
)
def test_an_event_held_before_or_after_another_takes_none_of_its_dates(text, name, other):
    """``before``, ``ahead of``, ``prior to``, ``after``, ``in the run-up to`` (``date_words.csv``, role
    ``apart``) bring in another event: the dates in its bracket or after its verb of holding are that
    event's, not the days of the event held before or after it (unlike one held during it, decision 9)."""
    got = extract_events(text)
    assert got.get(name, (None, None)) == (None, None)
    assert got[other][0] is not None


@pytest.mark.parametrize(
    ("text", "name", "own"),
    [
        (
            "The Group will hold an information session before the Council 2031 session (Geneva, 3-13 June 2031) "
            "on 2 June 2031.",
            "information session",
            (date(2031, 6, 2), None),
        ),
        (
            "An expert meeting will be held on 4 April 2031, prior to the Regional Forum (Quito, 20-21 May 2031).",
            "expert meeting",
            (date(2031, 4, 4), None),
        ),
        (
            "Norland will host a ministerial session after the Nordic Summit, held in Oslo on 3-4 May 2031, on "
            "5 May 2031.",
            "ministerial session",
            (date(2031, 5, 5), None),
        ),
    ],
)
def test_an_event_held_before_or_after_another_keeps_its_own_day(text, name, own):
    assert extract_events(text)[name] == own


@pytest.mark.parametrize(
    ("text", "name", "own"),
    [
        (
            "It was proposed that the Andean Network hold its next high-level meeting back-to-back with the Forum, "
            "on 16 May 2031.",
            "next high-level meeting",
            date(2031, 5, 16),
        ),
        (
            "A meeting of the Andean Regulators Network will be held on the margins of the Assembly, on 3 October "
            "2031.",
            "meeting of Andean Regulators Network",
            date(2031, 10, 3),
        ),
        (
            "The African Group held a coordination meeting in the margins of the Conference, on Sunday, 2 October "
            "2031.",
            "coordination meeting",
            date(2031, 10, 2),
        ),
    ],
)
def test_a_day_after_the_event_it_is_held_beside_and_a_comma_is_its_own(text, name, own):
    assert _dated(text, 2031)[name] == (own, None)


def test_dates_after_the_event_it_is_held_beside_without_a_comma_and_on_are_the_hosts():
    assert "Group" not in " ".join(_dated("The Group will meet back to back with the Forum, from 8 to 12 June 2031."))
