"""The report's own meeting stated as ``X held its Nth session`` by a body outside the catalogue
(ingest/extract/unlisted_subject.py, asked by present_meeting.held_session): the whole subject of a lead sentence,
a name whose head noun is a body's or a conference's, numbered by its ordinal and dated by its clause; not a part
of a forum (``The High-level Track held its first session``) nor a head noun alone."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report
from extract_support import meeting_parts as _meeting


@pytest.mark.parametrize(
    ("title", "lines", "key", "number", "days"),
    [
        (
            "OUTCOME REPORT",
            (
                "The Intergovernmental Panel on Tidal Data Governance held its second session in Tallinn from 1 to "
                "3 June 2031.",
                "Delegates agreed a work plan for the next biennium.",
            ),
            "intergovernmental-panel-on-tidal-data-governance",
            2,
            (date(2031, 6, 1), date(2031, 6, 3)),
        ),
        (
            "SUMMARY OF PROCEEDINGS",
            (
                "1. The Executive Board of the Mekong Network for Digital Skills held its seventh session in "
                "Vientiane on 20-21 January 2032.",
                "2. The Board reviewed its budget and elected a Vice-Chair.",
            ),
            "executive-board-of-the-mekong-network-for-digital-skills",
            7,
            (date(2032, 1, 20), date(2032, 1, 21)),
        ),
        (
            "Final communiqué",
            (
                "The Conference of Ministers of the Saharan Digital Economy has held its 3rd session in Agadez on "
                "11 and 12 December 2030, under the chairmanship of the host country.",
                "Ministers adopted a declaration on rural broadband.",
            ),
            "conference-of-ministers-of-the-saharan-digital-economy",
            3,
            (date(2030, 12, 11), date(2030, 12, 12)),
        ),
    ],
)
def test_a_body_outside_the_catalogue_that_held_its_nth_session_is_the_meeting(
    title: str, lines: tuple[str, ...], key: str, number: int, days: tuple[date, date]
) -> None:
    assert _meeting(make_report(*lines, title=title)) == (key, number, *days)


@pytest.mark.parametrize(
    ("lines", "key", "number", "days"),
    [
        (
            (
                "1. The Members' Assembly of the Alliance for Low-Carbon Networks (ALCN) held its fifth session at "
                "the Congress Centre in Graz from 28 June to 1 July 2031.",
                "2. The Assembly elected a Chair and two Vice-Chairs.",
            ),
            "members-assembly-of-the-alliance-for-low-carbon-networks",
            5,
            (date(2031, 6, 28), date(2031, 7, 1)),
        ),
        (
            (
                "The Assembly of Parties to the Sahel Spectrum Compact (SSC-AP) has held its 2nd session in Niamey "
                "from 3 to 6 February 2032.",
                "Parties adopted a joint frequency plan.",
            ),
            "assembly-of-parties-to-the-sahel-spectrum-compact",
            2,
            (date(2032, 2, 3), date(2032, 2, 6)),
        ),
    ],
)
def test_an_acronym_in_brackets_after_the_name_outside_the_catalogue_keeps_it_the_subject(
    lines: tuple[str, ...], key: str, number: int, days: tuple[date, date]
) -> None:
    assert _meeting(make_report(*lines, title="OUTCOME NOTE")) == (key, number, *days)


def test_a_head_noun_alone_with_an_acronym_is_no_body_outside_the_catalogue() -> None:
    report = make_report(
        "1. The Board (EB) held its ninth session in Windhoek from 2 to 4 March 2032.", title="Summary"
    )
    found = _meeting(report)
    assert found is None or found[0] != "board"


def test_a_session_still_to_be_held_is_no_meeting_of_the_report() -> None:
    report = make_report(
        "The Steering Panel of the Andes Fibre Alliance will hold its fourth session in Cusco from 8 to 9 May 2033.",
        "Members are invited to register by 1 April 2033.",
        title="Invitation",
    )
    assert _meeting(report) is None


def test_a_forum_s_track_that_held_its_first_session_is_no_meeting_of_its_own() -> None:
    report = make_report(
        "Lisbon, 4-8 May 2031",
        "1. The Ministerial Track held its first session on 4 May 2031 with ministers from 40 countries.",
        "2. Workshops covered cybersecurity and open data.",
        title="Atlantic Digital Forum 2031: Outcome Document",
    )
    found = _meeting(report)
    assert found is None or found[0] != "ministerial-track"


def test_a_head_noun_alone_is_no_body_outside_the_catalogue() -> None:
    report = make_report(
        "1. The Board held its ninth session in Windhoek from 2 to 4 March 2032.",
        "2. It approved the accounts.",
        title="Summary",
    )
    found = _meeting(report)
    assert found is None or found[0] != "board"


# ------------------------------------------------------------------ the session named before its body
@pytest.mark.parametrize(
    ("lines", "key", "number", "days"),
    [
        (
            (
                "The second session of the Intergovernmental Panel on Tidal Data Governance was held in Tallinn from "
                "1 to 3 June 2031.",
                "Delegates agreed a work plan.",
            ),
            "intergovernmental-panel-on-tidal-data-governance",
            2,
            (date(2031, 6, 1), date(2031, 6, 3)),
        ),
        (
            (
                "1. The third ordinary session of the Conference of Ministers of the Saharan Digital Economy took "
                "place in Agadez on 11 and 12 December 2030.",
                "2. Ministers adopted a declaration on rural broadband.",
            ),
            "conference-of-ministers-of-the-saharan-digital-economy",
            3,
            (date(2030, 12, 11), date(2030, 12, 12)),
        ),
    ],
)
def test_a_lead_sentence_opening_with_the_nth_session_of_a_body_outside_the_catalogue_states_the_meeting(
    lines: tuple[str, ...], key: str, number: int, days: tuple[date, date]
) -> None:
    assert _meeting(make_report(*lines, title="OUTCOME REPORT")) == (key, number, *days)


def test_the_nth_session_of_a_forum_s_track_is_no_meeting_of_its_own() -> None:
    report = make_report(
        "Lisbon, 4-8 May 2031",
        "1. The first session of the Ministerial Track was held on 4 May 2031 with ministers from 40 countries.",
        title="Atlantic Digital Forum 2031: Outcome Document",
    )
    found = _meeting(report)
    assert found is None or found[0] != "ministerial-track"
