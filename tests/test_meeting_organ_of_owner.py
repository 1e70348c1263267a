"""The report's own meeting of a catalogue organ named before its owner (``The Council of the ITU met ...``):
the organ met, not its owner (``body_names.organ_before``, asked by the meeting statement readers
``meeting_mentions._hit_body`` and ``present_meeting._subject_body``)."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.body_names import find_body_names, organ_before
from wsiskg.ingest.extract.study_groups import meeting_body_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Council of the ITU met in Geneva from 4 to 8 June 2029.",
         ("itu-council", None, date(2029, 6, 4), date(2029, 6, 8))),
        ("The Council of ITU convened in Geneva on 11 March 2030.", ("itu-council", None, date(2030, 3, 11), None)),
        ("The Council of the International Telecommunication Union (ITU) met virtually on 2 October 2031.",
         ("itu-council", None, date(2031, 10, 2), None)),
        ("The Council of the International Telecommunication Union held its 9th meeting in Geneva on 3 May 2029.",
         ("itu-council", 9, date(2029, 5, 3), None)),
        ("The General Assembly of the United Nations met in New York on 14 September 2032.",
         ("unga", None, date(2032, 9, 14), None)),
        ("The General Assembly of the United Nations held its 87th session in New York from 14 to 28 September 2032.",
         ("unga", 87, date(2032, 9, 14), date(2032, 9, 28))),
    ],
)  # fmt: skip
def test_an_organ_named_before_its_owner_is_the_body_that_met(
    text: str, expected: tuple[str, int | None, date, date | None]
) -> None:
    assert _meeting(make_report(text)) == expected


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The ITU met in Geneva on 3 May 2029.", "itu"),  # the owner alone
        ("The Internet Governance Forum (IGF) met in Lisbon on 3 May 2029.", "igf"),
        # an organ outside the catalogue: the name as a whole, not the catalogue owner
        ("The Board of the Andean Telecom Forum met in Lima on 5 April 2033.", "board-of-the-andean-telecom-forum"),
    ],
)
def test_a_body_named_without_a_catalogue_organ_before_it_keeps_its_own_key(text: str, body: str) -> None:
    found = _meeting(make_report(text))
    assert found is not None and found[0] == body


@pytest.mark.parametrize(
    ("text", "owner", "organ"),
    [
        ("the Council of the ITU", "ITU", "itu-council"),
        ("the General Assembly of the United Nations", "United Nations", "unga"),
        ("the Delegates of the ITU", "ITU", None),  # no catalogue organ before it
        ("the ITU Council and the ITU", "ITU", None),  # no "of" before it
    ],
)
def test_the_organ_named_before_an_owner(text: str, owner: str, organ: str | None) -> None:
    start = text.rindex(owner)
    key = next(k for k, (a, _) in find_body_names(text) if a == start)
    assert organ_before(text, start, key) == organ


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ("Working Party 7C (Science services) of ITU-R Study Group 7 met in Geneva from 2 to 9 April 2031.",),
            ("itu-r-wp7c", None, date(2031, 4, 2), date(2031, 4, 9)),
        ),
        (
            ("Radiocommunication Study Groups", "Document 3K/40-E",
             "1 Working Party 3K (Point-to-area propagation) of Radiocommunication Study Group 3 met at ITU "
             "headquarters from 15 to 19 March 2032, under the chairmanship of Mr Eero Salmi."),
            ("itu-r-wp3k", None, date(2032, 3, 15), date(2032, 3, 19)),
        ),
        (
            ("Working Party 2/11 of ITU-T Study Group 11 held its meeting in Geneva on 6 and 7 May 2030.",),
            ("itu-t-wp2-11", None, date(2030, 5, 6), date(2030, 5, 7)),
        ),
        (  # another study group after "of": no part of it, the study group named
            ("Working Party 4A of ITU-R Study Group 6 met in Geneva on 3 May 2031.",),
            ("itu-r-sg6", None, date(2031, 5, 3), None),
        ),
    ],
)  # fmt: skip
def test_a_study_groups_working_party_named_before_it_is_the_body_that_met(
    texts: tuple[str, ...], expected: tuple[str, int | None, date, date | None]
) -> None:
    assert _meeting(make_report(*texts)) == expected


@pytest.mark.parametrize(
    ("text", "owner", "organ"),
    [
        ("Working Party 6B (Broadcast delivery) of Study Group 6", "Study Group 6", "itu-r-wp6b"),
        ("Working Party 6B of Radiocommunication Study Group 6", "Study Group 6", "itu-r-wp6b"),
        ("Working Party 6B and Study Group 6", "Study Group 6", None),  # no "of" before it
    ],
)
def test_the_working_party_named_before_its_study_group(text: str, owner: str, organ: str | None) -> None:
    report = make_report("Radiocommunication Study Groups", text)
    names = meeting_body_names(report)
    start = text.rindex(owner)
    key = next(k for k, (a, _) in find_body_names(text, names) if a == start)
    assert organ_before(text, start, key, names) == organ
