"""An event's name read by its form joins its capitalised words by a name's joiners, the one list of
``small-words.csv`` and ``body-connectors.csv`` (:func:`wsiskg.ingest.extract.casing.joiner_alternation`):
``to``, another language's ``des``, ``the`` inside a topic. Invented names."""

from __future__ import annotations

import pytest

from wsiskg.ingest.extract.dates import find_dates
from wsiskg.ingest.extract.event_forms import named_dated_mentions, named_undated_mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the Conference on the Réseau des Villes Numériques (Dakar, 5-6 May 2033) agreed",
         "Conference on the Réseau des Villes Numériques"),
        ("the Forum on Transition to Digital Broadcasting, held on 3 June 2032, agreed",
         "Forum on Transition to Digital Broadcasting"),
        ("the Summit on Data for the Pacific in Suva on 4 May 2031 agreed", "Summit on Data for the Pacific"),
    ],
)  # fmt: skip
def test_a_dated_events_topic_joined_by_a_names_joiners(text: str, name: str) -> None:
    assert [m.name for m in named_dated_mentions(text, find_dates(text))] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("They attended the World Summit on Access to Open Data.", "World Summit on Access to Open Data"),
        ("They attended the World Conference on Links to Island Schools.",
         "World Conference on Links to Island Schools"),
        ("They attended the World Symposium on Rights of the Child.", "World Symposium on Rights of the Child"),
    ],
)  # fmt: skip
def test_an_undated_events_topic_joined_by_a_names_joiners(text: str, name: str) -> None:
    assert [m.name for m in named_undated_mentions(text, find_dates(text), [])] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Partnership to Connect Island Schools was launched on 4 May 2031.",
         "Partnership to Connect Island Schools"),
        ("The Réseau des Villes Numériques was launched on 9 June 2032.", "Réseau des Villes Numériques"),
        ("The Data & Skills Programme was launched on 2 March 2033.", "Data & Skills Programme"),
    ],
)  # fmt: skip
def test_a_launched_names_words_joined_by_a_names_joiners(text: str, name: str) -> None:
    from wsiskg.ingest.extract.event_forms import launch_mentions

    assert [m.name for m in launch_mentions(text, find_dates(text))] == [f"launch of the {name}"]


@pytest.mark.parametrize(
    "name",
    [
        "Working Group on Access to Rural Networks",
        "Committee for the Protection of Children",
        "Task Force on Data & Statistics",
    ],
)
def test_a_bodys_name_before_its_meeting_joined_by_a_names_joiners(name: str) -> None:
    import re

    from wsiskg.ingest.extract.event_body_meetings import written_name

    m = re.fullmatch(written_name(), name)
    assert m is not None and m.group("name") == name


@pytest.mark.parametrize(
    ("before", "name"),
    [
        ("The Ministers of the Island States responsible for ICT, at ",
         "Ministers of the Island States responsible for ICT"),
        ("The Heads of Networks to the Coast, during ", "Heads of Networks to the Coast"),
        ("The Conseil des Réseaux Ruraux, at ", "Conseil des Réseaux Ruraux"),
    ],
)  # fmt: skip
def test_a_subject_before_its_meeting_joined_by_a_names_joiners(before: str, name: str) -> None:
    from wsiskg.ingest.extract.event_body_meetings import _SUBJECT_BEFORE

    m = _SUBJECT_BEFORE.fullmatch(before)
    assert m is not None and m.group("name") == name


@pytest.mark.parametrize(
    ("text", "key", "name"),
    [
        ("We attended the Summit on Access to Open Data 2031 (SAOD-31).", "saod-31",
         "Summit on Access to Open Data 2031"),
        ("She opened the Symposium on Links to Island Schools 2033 (SLIS-33).", "slis-33",
         "Symposium on Links to Island Schools 2033"),
        ("They joined the Réseau des Villes Summit 2032 (RVS-32) last year.", "rvs-32",
         "Réseau des Villes Summit 2032"),
    ],
)  # fmt: skip
def test_an_events_name_before_its_code_joined_by_a_names_joiners(text: str, key: str, name: str) -> None:
    """The name before an event's code in brackets joins its words by :func:`.casing.joiner_alternation`
    (was its own ``and|of|on|for|the|&``, without ``to`` and another language's ``des``)."""
    from wsiskg.ingest.extract.event_names import _named_mentions

    assert [(m.key, m.name) for m in _named_mentions(text, (), None)] == [(key, name)]


@pytest.mark.parametrize(
    ("after", "name"),
    [
        (", the Board on Access to Rural Networks decided", "Board on Access to Rural Networks"),
        (", the Council for Links to the Islands agreed", "Council for Links to the Islands"),
        (", the Committee of Réseaux des Villes noted", "Committee of Réseaux des Villes"),
        # a place after the topic is no part of it (the copies of this topic once joined ``in``)
        (", the Group for Data in Lima agreed", "Group for Data"),
    ],
)
def test_a_clauses_subject_topic_joined_by_a_names_joiners(after: str, name: str) -> None:
    """A body named by its form as a clause's subject (``At its meeting ..., the Board on X decided``):
    its topic is the one of :func:`.event_forms.name_topic`."""
    from wsiskg.ingest.extract.event_body_meetings import _subject_pattern

    m = _subject_pattern().match(after)
    assert m is not None and m.group("name") == name


@pytest.mark.parametrize(
    ("text", "most", "matched"),
    [
        ("Board on Access to Rural Networks", None, "Board on Access to Rural Networks"),
        ("Panel for the Data of Coastal Towns at Suva", 6, "Panel for the Data of Coastal Towns"),
        ("Forum on Aa and Bb and Cc and Dd", 2, "Forum on Aa and Bb and Cc"),
    ],
)
def test_one_topic_after_a_nouns_name(text: str, most: int | None, matched: str) -> None:
    """The one regex of a name's topic: ``on``/``for``, capitalised words joined by a name's joiners
    (no ``at``, ``in`` that open a place), at most ``most`` words more."""
    import re

    from wsiskg.ingest.extract.event_forms import name_topic

    cap = r"[A-Z][\w-]*"
    m = re.match(cap + name_topic(cap, "on|for", most), text)
    assert m is not None and m.group(0) == matched
