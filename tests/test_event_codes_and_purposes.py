"""Events named only by a meeting's code (``RPM-CIS, Chisinau, 29-31 July``, a schedule's line
``RDF-EUR 25-26 January``) and the conference a preparatory meeting or group is held for, which takes
none of that meeting's dates (``the APT Preparatory Group for PP-30, held in Bangkok from ...``).
Sentences, places and years are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from wsiskg.ingest.extract.events import event_mentions

D = date


def _dated(text: str) -> dict[str, tuple[date | None, date | None]]:
    return {m.name: (m.start, m.end) for m in event_mentions(text)}


@pytest.mark.parametrize(
    ("text", "name", "start", "end"),
    [
        (
            "The meetings are scheduled as follows: RPM-ARB, Muscat, 4–6 May 2033; RPM-EUR, Riga, 8–9 June 2033.",
            "RPM-EUR",
            D(2033, 6, 8),
            D(2033, 6, 9),
        ),
        ("RDF-AMS 14–15 February 2034", "RDF-AMS", D(2034, 2, 14), D(2034, 2, 15)),
        (
            "The RDF-CIS, held in Almaty on 3-4 October 2032, adopted its conclusions.",
            "RDF-CIS",
            D(2032, 10, 3),
            D(2032, 10, 4),
        ),
        (
            "Members took part in RRS-33-Africa (Dakar, 5-9 September 2033) and reported on it.",
            "RRS-33-Africa",
            D(2033, 9, 5),
            D(2033, 9, 9),
        ),
    ],
)
def test_a_meeting_named_by_its_code_takes_its_own_dates(text: str, name: str, start: date, end: date) -> None:
    assert _dated(text)[name] == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Document RPM-ASP33/12-E, 4 May 2033",  # a document symbol
        "UN-Habitat, Nairobi, 3 May 2033",  # a body's name
        "ITU-D, Geneva, 3 May 2033",  # a Sector
        "The RPM-ARB adopted its report.",  # no dates of its own
    ],
)
def test_a_symbol_a_body_or_an_undated_code_is_no_coded_meeting(text: str) -> None:
    assert not [m for m in event_mentions(text) if m.start is not None and m.kind == "meeting"]


@pytest.mark.parametrize(
    ("text", "conference"),
    [
        (
            "At the APT Preparatory Group for PP-34 (APT PP34-3), held in Bangkok from 12 to 15 May 2034, "
            "Members agreed on common proposals.",
            "Plenipotentiary Conference 2034",
        ),
        (
            "The CEPT preparatory group for WRC-35, held in Oslo on 2-4 March 2034, met.",
            "World Radiocommunication Conference 2035",
        ),
        (
            "The Fourth Meeting in preparation for WTSA-32 was held in Amman on 10-12 March 2032.",
            "World Telecommunication Standardization Assembly 2032",
        ),
        (
            "In preparation for WTDC-33 and PP-34, the Group met in Lusaka on 4-5 April 2033.",
            "Plenipotentiary Conference 2034",
        ),
    ],
)
def test_the_conference_a_preparatory_meeting_is_for_takes_none_of_its_dates(text: str, conference: str) -> None:
    assert _dated(text)[conference] == (None, None)


@pytest.mark.parametrize(
    ("text", "conference", "start"),
    [
        (
            "The APT Preparatory Group for WRC-35 (Manila, 5-30 November 2035) met in Bangkok on 4 May 2035.",
            "World Radiocommunication Conference 2035",
            D(2035, 11, 5),
        ),
        (
            "The workshop was organized in preparation for the Regional Conference for WSIS held in Apia on "
            "13-15 January 2033.",
            "Regional Conference for WSIS",
            D(2033, 1, 13),
        ),
        (
            "In preparation for WTSA-32 (Cairo, 6-15 October 2032), a workshop was held.",
            "World Telecommunication Standardization Assembly 2032",
            D(2032, 10, 6),
        ),
    ],
)
def test_a_conference_a_preparatory_meeting_is_for_keeps_its_dates_in_a_bracket(
    text: str, conference: str, start: date
) -> None:
    assert _dated(text)[conference][0] == start


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The Chair asked the groups to finish by Tuesday 11 May, so that the texts could go to the Plenary on "
            "14 May 2032.",
            D(2032, 5, 14),
            None,
        ),
        ("The recommendations were adopted at the Plenary of 3–4 June 2033.", D(2033, 6, 3), D(2033, 6, 4)),
        ("The Plenary, on 9 October 2034, approved the Committee's report.", D(2034, 10, 9), None),
        ("WTDC-33, Lima, 4-15 April 2033 - Plenary, 5 April 2033", D(2033, 4, 5), None),
    ],
)
def test_the_plenary_named_alone_with_its_own_dates_is_a_sitting(text: str, start: date, end: date | None) -> None:
    assert _dated(text)["Plenary"] == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "The Plenary will consider the report.",
        "The Plenary Hall on 4 May 2033 was full.",
        "The Committee reports to the Plenary.",
    ],
)
def test_the_plenary_without_dates_or_as_a_hall_is_no_sitting(text: str) -> None:
    assert "Plenary" not in _dated(text)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The next (19th) meeting will take place in Muscat, Oman, on 15-18 July 2033.", D(2033, 7, 15)),
        ("The Group agreed to hold its next meeting by e-meeting on 2 December 2032.", D(2032, 12, 2)),
        ("The Task Force will hold its next meeting by electronic means on 9 May 2034.", D(2034, 5, 9)),
    ],
)
def test_the_next_meeting_with_its_number_in_brackets_or_held_at_a_distance_is_dated(text: str, start: date) -> None:
    assert [m.start for m in event_mentions(text) if "next" in m.name] == [start]


def test_a_code_opening_the_bracket_after_an_events_name_is_that_events_code() -> None:
    text = "The next meeting of the Group (WGX-12, Apia, 3-7 February 2033) may wish to consider this."
    dated = [m.name for m in event_mentions(text) if m.start is not None]
    assert len(dated) == 1 and "WGX-12" not in dated


@pytest.mark.parametrize(
    ("after", "code"),
    [
        (" on Access to Rural Networks (ARN-31)", "ARN-31"),  # "to" joins the topic
        (" on the Réseau des Villes (RDV-32)", "RDV-32"),  # another language's joiner
        (" on Data & Society (DS33)", "DS33"),
        (" on Spectrum for the Pacific (SPX-2)", "SPX-2"),
    ],
)
def test_a_code_after_a_topic_joined_by_a_names_joiners(after: str, code: str) -> None:
    """The topic between an event's name and its code in brackets joins capitalised words by a name's
    joiners, the one list of ``small-words.csv`` (:func:`.casing.joiner_alternation`)."""
    from wsiskg.ingest.extract.event_merging import _CODE_AFTER

    m = _CODE_AFTER.match(after)
    assert m is not None and m.group("code") == code
