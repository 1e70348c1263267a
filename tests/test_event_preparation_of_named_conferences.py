"""The work of preparing a conference named with its code (``the preparation for the World X Conference 2031
(WXC-31), to be held in Y from ...``) is no meeting held for it: the participle after the name dates the
conference, whether ``preparation`` is singular or plural, and the code in brackets is the conference's own
(``event_prose._a_meetings_purpose``). A meeting held for it (``the APT Preparatory Meeting for ...``) or a
session's code of its own in the bracket (``(APT WXC31-2)``) still takes its days away from the conference.
Bodies, places, codes and years are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_days as _dates

D = date


@pytest.mark.parametrize(
    ("sentence", "key", "days"),
    [
        (
            "The Board reviewed the preparation for the Plenipotentiary Conference 2034 (PP-34), to be held in "
            "Port Elm from 3 to 21 October 2034.",
            "pp-34",
            (D(2034, 10, 3), D(2034, 10, 21)),
        ),
        (
            "Ms Ferro reported on the preparation for the World Radiocommunication Conference 2031 (WRC-31), which "
            "will take place in Suva from 3 to 28 November 2031.",
            "wrc-31",
            (D(2031, 11, 3), D(2031, 11, 28)),
        ),
        (
            "The Council took note of the preparation for the World Telecommunication Development Conference 2033 "
            "(WTDC-33), to be held in Quito from 4 to 15 June 2033, and of the budget.",
            "wtdc-33",
            (D(2033, 6, 4), D(2033, 6, 15)),
        ),
    ],
)
def test_the_conference_prepared_is_dated_by_its_participle(sentence: str, key: str, days: tuple[date, date]) -> None:
    assert _dates("Summary record", "1 Opening", sentence)[key] == days


@pytest.mark.parametrize(
    "sentence",
    [
        "The APT Preparatory Meeting for the Plenipotentiary Conference 2034 (PP-34), held in Nadi from 3 to 5 May "
        "2034, adopted common proposals.",
        "The preparation for the Plenipotentiary Conference 2034 (APT PP34-2), held in Nadi from 3 to 5 May 2034, "
        "adopted common proposals.",
        "The third regional preparatory meeting for the Plenipotentiary Conference 2034 (PP-34), held in Nadi from "
        "3 to 5 May 2034, adopted common proposals.",
    ],
)
def test_a_meeting_held_for_the_conference_keeps_its_days(sentence: str) -> None:
    assert _dates("Summary record", "1 Opening", sentence).get("pp-34", (None, None))[0] != D(2034, 5, 3)


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        (
            "The Board noted that the Regional Preparatory Meeting for the World Conference on International "
            "Telecommunications (WCIT-32) for the Island States was held in Nadi on 9 and 10 May 2032.",
            "wcit-32",
        ),
        (
            "The Board noted that the Andean Preparatory Meeting for the World Conference on International "
            "Telecommunications (WCIT-34) was held in Quito from 6 to 8 July 2034.",
            "wcit-34",
        ),
        (
            "The Board noted that the Joint Task Force for the second World Telecommunication Policy Forum (WTPF-35) "
            "met in Lome from 2 to 4 March 2035.",
            "wtpf-35",
        ),
        (
            "The Board noted that the second meeting of the Expert Group for the fifth World Telecommunication Policy "
            "Forum (WTPF-33) was held in Apia from 5 to 7 February 2033.",
            "wtpf-33",
        ),
    ],
)
def test_a_conference_named_in_full_before_its_code_takes_none_of_its_preparatory_meetings_days(
    sentence: str, key: str
) -> None:
    """The conference's name before its code holds small words (``on``, ``of``) or an ordinal before it: still
    what the meeting or group is held for."""
    assert _dates("Summary record of the Board", "1 Opening", sentence).get(key, (None, None)) == (None, None)
