"""A body's meetings listed with their dates: one meeting per date. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.dates import find_dates
from wsiskg.ingest.extract.event_forms import bare_plural_mentions
from wsiskg.ingest.extract.events import find_events


def _starts(*texts: str) -> list[date]:
    return sorted(e.start for e in find_events(make_report(*texts)) if e.start is not None and "meeting" in e.key)


# ------------------------------------------------------------------ a body that met N times: a list of days
@pytest.mark.parametrize(
    "text",
    [
        "The Ad Hoc Group met three times: on 14 November 2031, on 25 January 2032 and, for the last time, "
        "on 27 February 2032.",
        "The Expert Group, set up under Council Decision 71 (C31), met three times, virtually, on 14 November, "
        "25 January and 27 February 2032.",
        "The Task Force, established by the Assembly at its 2031 session, met three times: on 14 November 2031, "
        "25 January 2032 and 27 February 2032.",
        "The Working Group will meet three times, online, on 14 November 2031, on 25 January 2032 and, most "
        "recently, on 27 February 2032.",
    ],
)
def test_each_day_a_body_met_on_is_a_meeting(text):
    starts = _starts(text)
    assert date(2032, 1, 25) in starts and date(2032, 2, 27) in starts
    assert len([d for d in starts if d.month in (11, 1, 2)]) == 3


def test_how_a_body_was_made_stands_between_it_and_its_verb():
    starts = _starts("The Task Force, established by Resolution 8 (Rev. Lima, 2030), met on 3 May 2032.")
    assert starts == [date(2032, 5, 3)]


# ------------------------------------------------------------------ meetings in the plural, a list of dates
@pytest.mark.parametrize(
    "text",
    [
        "The report covers the Committee's meetings held on 14-16 September 2031, 7-9 December 2031 and "
        "1-3 March 2032, all held online.",
        "The Chairman reports on the meetings of the Group held on 14-16 September 2031, 7-9 December 2031 "
        "and 1-3 March 2032.",
        "The Standards Board confirmed the dates of its 2032 meetings: 14-18 September 2031, 7-11 December 2031 "
        "and 1-5 March 2032.",
        "The Bureau reviewed the draft at its meetings of 14 September 2031, 7 December 2031 and 1 March 2032.",
    ],
)
def test_meetings_in_the_plural_are_one_per_listed_date(text):
    starts = _starts(text)
    assert {date(2031, 9, 14), date(2031, 12, 7), date(2032, 3, 1)} <= set(starts)


# ------------------------------------------------------------------ a generic noun in the plural, no article
def _named(*texts: str) -> dict[str, date | None]:
    return {e.name: e.start for e in find_events(make_report(*texts))}


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("I will hold informal consultations with the group coordinators on 4 March and 19 April 2033.", 2),
        ("Briefing sessions for delegates will be held on 6 and 8 March 2033 (Room B).", 2),
        ("The Chair was asked to hold informal consultations on 17 October 2033.", 1),
        ("The plenary was followed by informal consultations on 18 and 19 September 2033.", 1),
        ("The Bureau will organize technical webinars on 3 June and 10 June 2033.", 2),
        ("2. Stakeholder consultations will take place virtually on 12 and 13 June 2033.", 1),
    ],
)
def test_a_plural_generic_noun_is_one_event_per_listed_day(text, days):
    got = [d for name, d in _named(text).items() if "consultations" in name or "sessions" in name or "webinars" in name]
    assert len(got) in (days, 1) and all(d is not None for d in got)
    starts = sorted(e.start for e in find_events(make_report(text)) if e.start is not None)
    assert len(starts) == days


@pytest.mark.parametrize(
    "text",
    [
        "Committee 5 held four meetings, on 22, 24, 28 and 30 October 2033.",  # a count: the generic reader's
        "The open consultations (23 May 2033) prepared the meeting.",
        "High-Level Policy Sessions, 7 to 10 September 2033",
        "Delegates discussed consultations on 4 May 2033 with interest.",
    ],
)
def test_no_bare_plural_event_where_an_article_a_count_or_a_name_leads(text):
    assert not bare_plural_mentions(text, find_dates(text, 2033, months=True))


# ------------------------------------------------------------------ a count after the article counts the listed dates
@pytest.mark.parametrize(
    "text",
    [
        "The three regional preparatory meetings will be held as follows: Andes (Quito, 3-4 May 2033), "
        "Caribbean (Kingston, 7-8 June 2033) and Sahel (Niamey, 1-2 July 2033).",
        "Its three regional forums were held in Quito on 3 May 2033, in Kingston on 7 June 2033 and in Niamey "
        "on 1 July 2033.",
        "The Union's three training workshops took place in Quito (3 May 2033), Kingston (7 June 2033) and "
        "Niamey (1 July 2033).",
    ],
)
def test_a_count_after_the_article_is_one_event_per_listed_date(text):
    starts = sorted(e.start for e in find_events(make_report(text)) if e.start is not None)
    assert starts == [date(2033, 5, 3), date(2033, 6, 7), date(2033, 7, 1)]


def test_a_count_that_does_not_count_the_dates_names_none():
    assert not [
        e for e in find_events(make_report("The four regional forums began in Quito on 3 May 2033.")) if e.start
    ]


# ------------------------------------------------------------------ more ways a body is said to meet
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("4.1 TG2 (Data sharing) met on 7 and 8 August 2033 under the co-convenership of Ms B (Chile).", 7),
        ("It was held with the Regional Group for the Andes (RG-AND), which met back to back on 7 August 2033.", 7),
        ("The Plenary was asked to establish an ad hoc group, open to all delegations, to meet on 7 August 2033.", 7),
        ("The Chair referred the matter to an informal group to meet on 7 August 2033.", 7),
        ("Working Party 3/9 met on 5 August 2033 and Working Party 4/9 on 7 August 2033.", 7),
        ("Working Party 3/9 will meet on 1-5 August 2033; Working Party 4/9 (Operations) on 7-8 August 2033.", 7),
    ],
)
def test_a_body_that_meets_on_its_days(text, day):
    assert date(2033, 8, day) in _starts(text)


# ------------------------------------------------------------------ an ordinal alone for the event named before
def test_its_ordinal_alone_is_the_next_meeting_of_the_same_body():
    got = {
        e.key: e.start
        for e in find_events(
            make_report(
                "The Study Group on Tariffs will hold its first meeting virtually on 12-13 November 2032, "
                "its second on "
                "2-4 March 2033 and its third, in Lima, on 7-9 September 2033."
            )
        )
    }
    starts = sorted(d for d in got.values() if d)
    assert starts == [date(2032, 11, 12), date(2033, 3, 2), date(2033, 9, 7)]


@pytest.mark.parametrize(
    "text",
    [
        "The Bureau will hold the second regional workshop on 4-6 December 2032 and the third on 24-26 September 2033.",
        "ITU organized the first national dialogue on 4 December 2032; the second, in Quito, on 24 September 2033.",
    ],
)
def test_an_ordinal_alone_after_a_generic_event_names_the_next_one(text):
    got = {e.name: (e.start, e.end) for e in find_events(make_report(text))}
    assert any(n.startswith(("third", "second")) and s == date(2033, 9, 24) for n, (s, _) in got.items())
    assert all(e is None or e.year == s.year for s, e in got.values() if s)  # the first keeps its own days


# ------------------------------------------------------------------ decision 37: a body's meeting by its year
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The Group is instructed to review the mandate before the 2033 TSAG meeting.", "2033-tsag-meeting"),
        ("They request the Director to report to RAG at its 2034 meeting.", "rag-2034-meeting"),
        ("The Programme was encouraged to devote its 2034 Bureau session to data ethics.", "2034-bureau-session"),
        ("Results will be presented at the 2034 meeting, in Lima.", "2034-meeting"),
    ],
)
def test_a_meeting_named_by_its_year_is_an_undated_event(text, key):
    got = {e.key: e.start for e in find_events(make_report(text))}
    assert key in got and got[key] is None


def test_a_meeting_named_by_its_year_takes_its_own_dates():
    got = {e.key: e.start for e in find_events(make_report("The 2033 TDAG meeting (Geneva, 28-30 March 2033) met."))}
    assert got.get("2033-tdag-meeting") == date(2033, 3, 28)


# ------------------------------------------------------------ an ordinal alone before a verb of holding, any tense
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The first workshop took place in Quito in May 2031 and the second will be held in Lima from 3 to 5 "
            "June 2031.",
            ("first workshop", date(2031, 5, 1), date(2031, 5, 31)),
            ("second workshop", date(2031, 6, 3), date(2031, 6, 5)),
        ),
        (
            "The second regional forum was held in Dakar on 2 June 2031; the third is scheduled for 5-6 October "
            "2031 in Abuja.",
            ("second regional forum", date(2031, 6, 2), None),
            ("third regional forum", date(2031, 10, 5), date(2031, 10, 6)),
        ),
        (
            "The first consultation took place on 3 May 2031, while the second is planned for 12 July 2031.",
            ("first consultation", date(2031, 5, 3), None),
            ("second consultation", date(2031, 7, 12), None),
        ),
        (
            "The 5th meeting of the Working Group on Rural Access took place on 3 May 2031, and the sixth would "
            "be held in Suva on 7 August 2031.",
            ("5th meeting of the Working Group on Rural Access", date(2031, 5, 3), None),
            ("6th meeting of the Working Group on Rural Access", date(2031, 8, 7), None),
        ),
    ],
)
def test_an_ordinal_alone_before_a_verb_of_holding_in_any_tense_is_the_next_event(text, first, second):
    got = {e.name: (e.start, e.end) for e in find_events(make_report(text))}
    assert got[first[0]] == first[1:]  # the first keeps its own days, not stretched to the second's
    assert got[second[0]] == second[1:]


# ------------------------------------------------ the next of a series by its ordinal alone stops the first's dates
@pytest.mark.parametrize(
    ("text", "first", "days"),
    [
        (
            "Recalling that the first Andean Data Summit was held in Quito from 4 to 6 May 2030 and that the "
            "second will be held in Lima from 12 to 14 October 2031,",
            "Andean Data Summit",
            (date(2030, 5, 4), date(2030, 5, 6)),
        ),
        (
            "The first Pacific Policy Forum took place in Suva from 4 to 6 May 2030, and the second is scheduled "
            "for 9 June 2031.",
            "Pacific Policy Forum",
            (date(2030, 5, 4), date(2030, 5, 6)),
        ),
        (
            "It noted that the first Forum on Open Data met in Accra on 3 May 2031, while the second would take "
            "place in Dakar on 12 October 2031.",
            "Forum on Open Data",
            (date(2031, 5, 3), None),
        ),
    ],
)
def test_an_ordinal_alone_that_names_the_next_event_ends_the_first_ones_dates(text, first, days):
    """``..., and that the second will be held in Lima from ...``: those days are the second's (decision 9
    keeps each event's own dates), never the end of the first."""
    got = {e.name: (e.start, e.end) for e in find_events(make_report(text))}
    assert [v for n, v in got.items() if first in n][:1] == [days]


def test_an_ordinal_alone_after_that_names_the_next_session_of_a_series():
    text = (
        "Recognizing that the first Internet Governance Forum (IGF) was held in Athens from 30 October to "
        "2 November 2031 and that the second will be held in Lima from 12 to 15 November 2032,"
    )
    got = {e.key: (e.start, e.end) for e in find_events(make_report(text))}
    assert got["igf-1"] == (date(2031, 10, 30), date(2031, 11, 2))
    assert got["igf-2"] == (date(2032, 11, 12), date(2032, 11, 15))


# ------------------------------------------------------------------ the words of a body's name before "met"
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # round 32: the words before the head noun hold no small word of an English title (casing.english_small_words;
        # event_met's own list lacked as, or, into, about)
        ("The Bureau as Steering Committee met on 3 May 2031 in Apia.", "meeting of the Steering Committee"),
        ("The Island Council or Advisory Committee met in Suva on 4 June 2031.", "meeting of the Advisory Committee"),
        ("The Lagoon Data Committee met on 5 July 2031.", "meeting of the Lagoon Data Committee"),
    ],
)
def test_the_name_before_met_holds_no_small_word(text: str, name: str) -> None:
    assert [e.name for e in find_events(make_report(text))] == [name]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "The Chair invited an informal group, coordinated by Mr Tomas Ibarra (Peru), to meet on 17 July 2031 "
            "and to report to the Committee.",
            date(2031, 7, 17),
        ),
        ("A drafting group, coordinated by Ms Odile Marchal, would meet on 4 March 2032.", date(2032, 3, 4)),
        ("The ad hoc group, led by Mr Ravi Nair, met on 9 and 10 May 2030.", date(2030, 5, 9)),
    ],
)
def test_a_group_whose_leader_an_aside_names_meets(text: str, start: date) -> None:
    """``, coordinated by Mr X,`` (``role-verbs.csv``) stands between a group and its verb of meeting, as ``,
    chaired by Mr X,`` does."""
    assert _starts(text) == [start]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # the plural of the noun, not the noun and an s (text.plural: one reader of plurals)
        ("Award ceremonies will be held on 2 and 9 May 2033 in the main hall.", "ceremonies"),
        ("Regional launches took place on 14 and 21 November 2033.", "launches"),
        ("National consultation processes took place on 5 and 6 February 2033.", "processes"),
    ],
)
def test_an_irregular_plural_generic_noun_is_read(text, noun):
    got = bare_plural_mentions(text, find_dates(text, 2033, months=True))
    assert got and all(noun in m.name for m in got)
