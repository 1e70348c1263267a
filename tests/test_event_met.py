"""A body said to have met, to meet or to be meeting on its own dates (:mod:`wsiskg.ingest.extract.event_met`):
what may stand between the body's name, its verb of meeting and its dates. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.events import find_events


def _meetings(*texts: str) -> dict[str, date | None]:
    return {e.name: e.start for e in find_events(make_report(*texts)) if "meeting" in e.name}


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "The Advisory Board on Rural Spectrum, chaired by Prof. Marta Olszewska-Reyes (Poland), met in Warsaw "
            "on 4 March 2033 and agreed its work plan.",
            "meeting of the Advisory Board on Rural Spectrum",
            date(2033, 3, 4),
        ),
        (
            "The Steering Committee of the Innovation Challenge, chaired by Dr. Tomasz Eze-Lindqvist, will meet on "
            "19 January 2034 to choose the finalists.",
            "meeting of the Steering Committee of the Innovation Challenge",
            date(2034, 1, 19),
        ),
        (
            "The Drafting Committee, led by Ms. K. Haraldsen-Obi (Norway), met from 6 to 8 October 2032.",
            "meeting of the Drafting Committee",
            date(2032, 10, 6),
        ),
    ],
)
def test_a_chair_aside_may_write_an_honorific_or_an_initial_with_a_dot(text, name, day):
    assert _meetings(text).get(name) == day


def test_a_dot_that_ends_a_sentence_still_ends_the_aside():
    found = _meetings(
        "The Drafting Committee, chaired by the delegate of Working Party 7A. Later the Task Force on "
        "Numbering met on 3 May 2033."
    )
    assert "meeting of the Drafting Committee" not in found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Ms Ewa Lindholm-Achebe (Sweden), chairman of the ad hoc group on tariff principles, said that her group "
            "had met on 11 and 12 March 2033.",
            date(2033, 3, 11),
        ),
        (
            "The delegates of Fiji and Samoa reported that their working group would meet in Suva on 7 May 2033.",
            date(2033, 5, 7),
        ),
        (
            "The Institute's advisory committee, chaired by Dr Lena Varga-Osei, met for the first time on "
            "14 February 2033 and approved the course catalogue.",
            date(2033, 2, 14),
        ),
    ],
)
def test_a_body_after_a_possessive_meets(text, day):
    assert day in _meetings(text).values()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Tomasz, your working group met in Lublin from 3 to 5 March 2033.", date(2033, 3, 3)),
        ("Our steering committee will meet online on 19 June 2033 to approve the budget.", date(2033, 6, 19)),
        (
            "We welcome the Nordic Data Institute, whose advisory board will meet in Tromsø on 2 October 2033.",
            date(2033, 10, 2),
        ),
    ],
)
def test_a_body_after_a_possessive_of_the_first_or_second_person_or_whose_meets(text, day):
    assert day in _meetings(text).values()


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "The selection jury, chaired by Prof. Ingrid Mæhle-Owusu (Norway), met in Accra on 4 and 5 May 2033 and "
            "ranked the entries.",
            "meeting of the selection jury",
            date(2033, 5, 4),
        ),
        (
            "The evaluation team, led by Dr Rafael Quispe-Lindgren, will meet in Cusco from 8 to 10 October 2033.",
            "meeting of the evaluation team",
            date(2033, 10, 8),
        ),
    ],
)
def test_a_phrase_set_off_by_a_chairs_aside_is_a_body_that_meets(text, name, day):
    """No body head noun names the subject; the chair's aside (``role-verbs.csv``) shows it is one."""
    assert _meetings(text).get(name) == day


@pytest.mark.parametrize(
    "text",
    [
        "The selection jury met in Accra on 4 May 2033 and ranked the entries.",  # no aside: no body by its form
        "The opening session, chaired by Ms Aino Kask-Mensah, met on 4 May 2033.",  # a sitting, no body
        "The prize jury, chaired by Prof. Ingrid Mæhle-Owusu, met with the finalists on 4 May 2033.",  # met someone
    ],
)
def test_a_chairs_aside_makes_no_body_of_a_bare_phrase_a_sitting_or_a_meeting_with_someone(text):
    assert not [n for n in _meetings(text) if n.startswith("meeting of the")]


def test_a_post_after_a_genitive_is_no_body_that_met():
    assert not _meetings("The Institute's Director met the Minister of Education on 3 June 2033.")


def test_an_adverb_of_when_may_stand_before_the_verb_of_meeting():
    found = _meetings(
        "4.2 The Regional Group will next meet in Windhoek from 6 to 9 October 2033; the Task Force on Numbering "
        "would again meet online on 2 December 2033."
    )
    assert found.get("meeting of the Regional Group") == date(2033, 10, 6)
    assert found.get("meeting of the Task Force on Numbering") == date(2033, 12, 2)


def test_here_may_stand_after_the_verb_of_meeting():
    found = _meetings(
        "Let me also thank the Working Party on Broadcasting, which met here on Monday 14 April 2033, and the "
        "Spectrum Management Board, which meets there from 22 to 24 April 2033."
    )
    assert found.get("meeting of the Working Party on Broadcasting") == date(2033, 4, 14)
    assert found.get("meeting of the Spectrum Management Board") == date(2033, 4, 22)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Its Advisory Board met three times: online on 9 February, in Nairobi on 3 June and in Lima on 6 and 7 "
            "October 2032.",
            [date(2032, 2, 9), date(2032, 6, 3), date(2032, 10, 6)],
        ),
        (
            "The Expert Panel on Rural Spectrum met twice: virtually on 4 May and in Accra on 2 and 3 November 2031.",
            [date(2031, 5, 4), date(2031, 11, 2)],
        ),
    ],
)
def test_a_colon_after_how_often_a_body_met_may_come_before_how_it_met(text, days):
    """``met three times: online on ...``: each date after the colon is a meeting, the first one too."""
    found = [e.start for e in find_events(make_report(text)) if e.name.startswith("meeting of")]
    assert found == days


def test_meetings_in_the_period_under_review_are_dated_one_by_one():
    """``met twice in the period under review: on ... and, for the second time, from ...``."""
    text = (
        "The Working Group on Postal Tariffs met twice in the period under review: on 26 and 27 September 2032 "
        "and, for the second time, from 30 January to 1 February 2033, both in Geneva."
    )
    found = [(e.start, e.end) for e in find_events(make_report(text)) if e.name.startswith("meeting of")]
    assert found == [(date(2032, 9, 26), date(2032, 9, 27)), (date(2033, 1, 30), date(2033, 2, 1))]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "The Spectrum Review Board met here three weeks ago, from 31 October to 4 November 2031, and reviewed "
            "forty cases.",
            (date(2031, 10, 31), date(2031, 11, 4)),
        ),
        ("The Coordination Group met two weeks ago, on 2 May 2031.", (date(2031, 5, 2), None)),
        (
            "The Chair recalled that the Coordination Group had last met at expert level in Lisbon on 2 May 2031.",
            (date(2031, 5, 2), None),
        ),
    ],
)
def test_how_long_ago_when_last_and_at_what_level_a_body_met_stand_beside_its_verb(text, days):
    """``met here three weeks ago, from``, ``had last met at expert level in X on``: the body's meeting."""
    found = [(e.start, e.end) for e in find_events(make_report(text)) if e.name.startswith("meeting of")]
    assert found == [days]


def test_a_year_alone_after_when_a_body_last_met_is_no_meeting():
    assert _meetings("The Coordination Group last met in 2029.") == {}


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "The Regional Advisory Board, meeting on 18/09/2033, noted that pledges without a baseline cannot be "
            "tracked.",
            "meeting of the Regional Advisory Board",
            date(2033, 9, 18),
        ),
        (
            "The Steering Committee on Coastal Data, meeting in Lakeport from 4 to 6 May 2032, agreed its plan.",
            "meeting of the Steering Committee on Coastal Data",
            date(2032, 5, 4),
        ),
        (
            "The Implementation Panel itself, meeting virtually on 12 February 2034, will review the draft.",
            "meeting of the Implementation Panel",
            date(2034, 2, 12),
        ),
    ],
)
def test_a_participle_of_meeting_set_off_by_a_comma_dates_the_body_s_meeting(text, name, day):
    assert _meetings("The Office reviewed its plan for the year.", text).get(name) == day


@pytest.mark.parametrize(
    "text",
    [
        "The Ministers in charge of ICT of the Southern Regional Commission, meeting in Lakeport on 17 and 18 "
        "November 2032, adopted the following declaration.",
        "The Steering Committee, meeting of 4 May 2032, agreed its plan.",
    ],
)
def test_a_participle_after_an_owner_or_before_of_dates_no_body_s_meeting(text):
    found = _meetings("The Office reviewed its plan for the year.", text)
    assert not any("Commission" in n or "Steering Committee" in n for n in found)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "The Task Group met three times in the period: on 18 September 2032, on 22 January 2033 and on 4 March "
            "2033.",
            [date(2032, 9, 18), date(2033, 1, 22), date(2033, 3, 4)],
        ),
        (
            "The Coordination Board met twice in the reporting period, on 3 May and 9 October 2031.",
            [date(2031, 5, 3), date(2031, 10, 9)],
        ),
    ],
)
def test_meetings_in_the_period_or_the_reporting_period_are_dated_one_by_one(text, days):
    found = sorted(e.start for e in find_events(make_report("The Office reviewed its plan.", text)) if e.start)
    assert all(d in found for d in days)
