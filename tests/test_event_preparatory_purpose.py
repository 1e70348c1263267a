"""A conference named as what a preparatory meeting is held for takes none of that meeting's days
(``event_mention_dates._prepared_for``), however the header writes it: in capitals (``REGIONAL PREPARATORY MEETING
FOR WTDC-33 FOR AFRICA (RPM-AFR) Kigali, 4-5 June 2033``: the ``for`` read in any case) or before a
purpose word (``the APT WTDC-33 Preparatory Meeting``, ``WORKING GROUP ON WRC-31 PREPARATION``). The
conference's own dates, when the text gives them, still date it. Bodies, places, codes and years are
our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import event_days as _dates

D = date


@pytest.mark.parametrize(
    ("title", "texts", "key", "prep_day"),
    [
        (
            "CHAIRMAN'S REPORT",
            (
                "RPM-AFR33/12-E",
                "REGIONAL PREPARATORY MEETING FOR WTDC-33 FOR AFRICA (RPM-AFR) Kigali, Rwanda, 4-5 June 2033",
                "1 The meeting was opened by the Minister of ICT of Rwanda and attended by 140 participants.",
            ),
            "wtdc-33",
            D(2033, 6, 4),
        ),
        (
            "REPORT OF THE MEETING",
            (
                "Gulf Spectrum Coordination Group (GSCG)",
                "FIFTH PREPARATORY MEETING FOR WRC-31",
                "Rabat, Morocco, 3-7 February 2031",
                "The Group reviewed the draft common positions on the agenda items of the Conference.",
            ),
            "wrc-31",
            D(2031, 2, 3),
        ),
        (
            "FINAL REPORT",
            (
                "INTERREGIONAL PREPARATORY WORKSHOP FOR THE PLENIPOTENTIARY CONFERENCE 2034 (IRW-34) Lusaka, Zambia, "
                "8-9 May 2034",
                "The workshop heard the candidates for the elected posts and discussed common proposals.",
            ),
            "pp-34",
            D(2034, 5, 8),
        ),
        (
            "Summary of the meeting",
            ("The APT WTDC-33 Preparatory Meeting was held in Bangkok from 3 to 4 May 2033, chaired by Fiji.",),
            "wtdc-33",
            D(2033, 5, 3),
        ),
        (
            "REPORT OF THE FOURTH MEETING OF THE CIS WORKING GROUP ON WRC-31 PREPARATION",
            (
                "Tashkent, 5-6 October 2030",
                "The Working Group considered the draft common proposals of the Administrations.",
            ),
            "wrc-31",
            D(2030, 10, 5),
        ),
    ],
)
def test_a_conference_prepared_for_takes_none_of_the_meetings_days(
    title: str, texts: tuple[str, ...], key: str, prep_day: date
) -> None:
    assert _dates(title, *texts).get(key, (None, None))[0] != prep_day


def test_a_conference_prepared_for_keeps_its_own_dates() -> None:
    found = _dates(
        "CHAIRMAN'S REPORT",
        "REGIONAL PREPARATORY MEETING FOR WTDC-33 FOR THE ARAB STATES (RPM-ARB) Muscat, Oman, 2-3 March 2033",
        "1 The meeting recalled that WTDC-33 will be held in Baku from 7 to 18 November 2033.",
    )
    assert found["wtdc-33"] == (D(2033, 11, 7), D(2033, 11, 18))


def _events(*texts: str) -> dict[str, date | None]:
    from extract_support import make_report

    from wsiskg.ingest.extract import extract

    return {e.name: e.start for e in extract(make_report(*texts, title="Summary record")).events}


@pytest.mark.parametrize(
    ("texts", "conference"),
    [
        (
            (
                "Delegates nominated focal points for the WRC-31 preparatory information meetings, the first of which "
                "will be held on 4 May 2030.",
                "The Nordic Preparatory Group for WRC-31 (NPG31-2) adopted its report.",
            ),
            "World Radiocommunication Conference 2031",
        ),
        (
            (
                "The Andean Spectrum Group for WTDC-33 (ASG33-2) adopted its report.",
                "The Bureau thanked the Pacific Coordination Group for WTDC-33 for its input.",
            ),
            "World Telecommunication Development Conference 2033",
        ),
        (
            ("Members exchanged views on the Andean proposals and the regional workshops on PP-34 preparation.",),
            "Plenipotentiary Conference 2034",
        ),
        (
            ("The Network of Women for WTSA-32 held a mentoring session on 4 June 2031 in Lima.",),
            "World Telecommunication Standardization Assembly 2032",
        ),
    ],
)
def test_a_conference_named_only_as_what_another_is_for_is_no_event(texts: tuple[str, ...], conference: str) -> None:
    """Every mention of the undated conference is the purpose of a meeting, a group or the work before it
    (``event_filters.named_for_only``): the annotations leave it out."""
    assert conference not in _events(*texts)


@pytest.mark.parametrize(
    "line",
    [
        "Subject: Regional Preparatory Meeting for WTDC-33 for the Americas (RPM-AMS), Lima, Peru, 10-12 April 2032",
        "REGIONAL PREPARATORY MEETING FOR WTDC-33 FOR AFRICA (RPM-AFR) Accra, Ghana, 18-20 September 2032",
    ],
)
def test_a_conference_named_for_in_a_subject_line_or_a_header_stays_an_event(line: str) -> None:
    """No prose around it (a lower-case word of four letters or more): the annotations list the conference."""
    assert "World Telecommunication Development Conference 2033" in _events(line, "Dear Sir or Madam,")


def test_a_conference_named_for_itself_too_stays_an_event() -> None:
    events = _events(
        "The Working Group on the preparation of WTDC-33 met in Lima.",
        "Members were encouraged to attend WTDC-33 at the appropriate level.",
    )
    assert "World Telecommunication Development Conference 2033" in events
    dated = _events("Preparations for WRC-31", "WRC-31 will be held in Sharm from 3 to 28 November 2031.")
    assert dated.get("World Radiocommunication Conference 2031") == D(2031, 11, 3)
