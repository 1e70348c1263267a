"""Events: who holds a meeting, and a body that is no event. A name with an event noun named as a party to
what is done (``liaise with the X Forum (XF)``, ``a liaison statement was sent to the X Forum``) is a body,
no event; ``their meeting`` after a group of people (``the X Ministers responsible for ICT at their
meeting``) is the group's, not the meeting of the organisation whose members they are; ``the Fifth Meeting
of X Ministers responsible for Y`` is the numbered meeting of that group, named with its remit as the report's
own meeting is (the report's own one is no other event).
Bodies, places, dates and sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract

D = date


def _events(*texts: str, title: str = "Report of the meeting") -> dict[str, tuple[str, date | None, date | None]]:
    return {e.key: (e.name, e.start, e.end) for e in extract(make_report(*texts, title=title)).events}


# ------------------------------------------------------------------ a forum named as a party is a body
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Study Group instructed the Rapporteur to liaise with the Cable Access Forum (CAF) on network slicing.",
            "Cable Access Forum",
        ),
        (
            "A liaison statement was sent to the Open Metering Forum (OMF) on the harmonization of interfaces.",
            "Open Metering Forum",
        ),
        (
            "Several administrations are members of the Nordic Spectrum Assembly and report to it.",
            "Nordic Spectrum Assembly",
        ),
        (
            "The secretariat pursued its cooperation with the Andean Roaming Forum on price caps.",
            "Andean Roaming Forum",
        ),
        (
            "The representative of the Nordic Cable Forum (NCF) said that the interference study was ready.",
            "Nordic Cable Forum",
        ),
        (
            "Ms Alba Ruiz (Peru), speaking for the Best Practice Forum on Rural Access, invited members to send case "
            "studies.",
            "Best Practice Forum on Rural Access",
        ),
        (
            "Mr Tane Hohaia, on behalf of the Pacific Broadband Forum, thanked the host for its hospitality.",
            "Pacific Broadband Forum",
        ),
        (
            "Representatives of the Caribbean Satellite Forum presented the operators' views.",
            "Caribbean Satellite Forum",
        ),
    ],
)
def test_a_name_with_an_event_noun_named_as_a_party_is_no_event(text: str, name: str) -> None:
    assert all(n != name for n, _, _ in _events(text).values())


def test_a_forum_named_as_an_occasion_is_still_an_event() -> None:
    text = "Delegates took part in the Open Metering Forum in Lima and reported on its outcomes."
    assert "Open Metering Forum" in {n for n, _, _ in _events(text).values()}


def test_a_forum_its_representatives_attended_is_still_an_event() -> None:
    """Who speaks for a body is no party to the event named after the verb: ``The representatives of the X Forum
    attended the Y Summit`` names the summit."""
    text = "The representatives of the Caribbean Satellite Forum attended the Andean Broadband Summit in Quito."
    assert "Andean Broadband Summit" in {n for n, _, _ in _events(text).values()}


def test_the_dates_after_a_joint_meeting_with_a_forum_are_the_meetings() -> None:
    text = (
        "The Chair reported on the joint meeting with the Inland Transport Forum for Vehicle Rules (ITF.9), held "
        "virtually on 21 April 2031."
    )
    events = _events(text)
    assert not any(n.startswith("Inland Transport Forum") for n, _, _ in events.values())
    assert any(n.startswith("joint meeting") and s == D(2031, 4, 21) for n, s, _ in events.values())


# ------------------------------------------------------------------ "their meeting": the group of people's
@pytest.mark.parametrize(
    ("text", "name", "start", "end"),
    [
        (
            "The SADC Ministers responsible for ICT, at their meeting in Victoria Falls on 14 March 2031, asked the "
            "regulators to publish a roaming roadmap.",
            "meeting of SADC Ministers responsible for ICT",
            D(2031, 3, 14),
            None,
        ),
        (
            "The Board directed the Secretary to submit the guidelines to the ECOWAS Ministers of Telecommunications "
            "at their meeting in Abuja on 12 and 13 June 2030.",
            "meeting of ECOWAS Ministers of Telecommunications",
            D(2030, 6, 12),
            D(2030, 6, 13),
        ),
        (
            "The draft was endorsed by the EAC Heads of Regulators during their meeting held in Arusha on 20-21 "
            "October 2031.",
            "meeting of EAC Heads of Regulators",
            D(2031, 10, 20),
            D(2031, 10, 21),
        ),
    ],
)
def test_their_meeting_is_the_groups_of_people_named_before_it(
    text: str, name: str, start: date, end: date | None
) -> None:
    events = _events(text)
    assert (name, start, end) in events.values()
    assert not any(n.startswith("meeting of the") for n, _, _ in events.values())


# ------------------------------------------------------------------ "the Fifth Meeting of X Ministers"
@pytest.mark.parametrize(
    ("lines", "other"),
    [
        (
            (
                "The Fourth Meeting of ECOWAS Ministers responsible for Telecommunications was held in Abuja on 12 "
                "June 2030.",
                "The Fifth Meeting of ECOWAS Ministers responsible for Telecommunications will be held in 2031.",
            ),
            (
                "ecowas-ministers-responsible-for-telecommunications-5",
                "5th meeting of the ECOWAS Ministers responsible for Telecommunications",
            ),
        ),
        (
            (
                "The Third Meeting of COMESA Ministers in charge of ICT took place in Lusaka on 3 May 2032.",
                "The Ministers agreed that the Fourth Meeting of COMESA Ministers would be hosted by Malawi.",
            ),
            ("comesa-ministers-in-charge-of-ict-4", "4th meeting of the COMESA Ministers"),  # named short
        ),
    ],
)
def test_the_own_numbered_meeting_of_a_group_of_ministers_is_no_other_event(
    lines: tuple[str, ...], other: tuple[str, str]
) -> None:
    x = extract(make_report(*lines, title="Record of the meeting"))
    assert x.meeting is not None and x.meeting.body == other[0].rsplit("-", 1)[0]
    assert [(e.key, e.name) for e in x.events] == [other]


# ------------------------------------------------------------------ a forum that holds meetings is a body
@pytest.mark.parametrize(
    ("texts", "name"),
    [
        (
            (
                "The Andean Forum on Data Policy (AFDP) adopted its terms of reference and elected its Chair.",
                "The AFDP will hold its next meeting in Quito on 12 October 2031.",
            ),
            "Andean Forum on Data Policy",
        ),
        (
            (
                "Delegates welcomed the work of the Nordic Assembly on Spectrum Sharing.",
                "The third meeting of the Nordic Assembly on Spectrum Sharing took place in Oslo on 2 May 2030.",
            ),
            "Nordic Assembly on Spectrum Sharing",
        ),
        (
            (
                "The Gulf Roaming Forum (GRF) reviewed its work programme.",
                "Members of the GRF agreed to exchange data on retail prices.",
            ),
            "Gulf Roaming Forum",
        ),
    ],
)
def test_a_name_with_an_event_noun_that_holds_meetings_is_no_undated_event(texts: tuple[str, ...], name: str) -> None:
    assert all(n != name for n, _, _ in _events(*texts).values())


def test_a_forum_that_is_held_stays_an_event() -> None:
    texts = (
        "The Andean Forum on Data Policy was organized by the regional office.",
        "Participants of the Andean Forum on Data Policy adopted a declaration.",
    )
    assert "Andean Forum on Data Policy" in {n for n, _, _ in _events(*texts).values()}


# ------------------------------------------------------------------ a "next X" both a time and a body that meets
@pytest.mark.parametrize(
    "text",
    [
        "The proposal goes to the next Plenipotentiary Conference. The next Plenipotentiary Conference will meet "
        "to consider it.",
        "Delegates will report to the next Regional Assembly, and members of the next Regional Assembly will vote.",
        "The text was sent to the next Island Forum; the next Island Forum met to discuss it.",
    ],
)
def test_a_next_meeting_read_as_a_time_and_as_a_body_that_meets_is_no_event_and_no_failure(text):
    """Both filters drop it: the report is read (no error), and no undated "next" event is left."""
    assert not [name for name, _, _ in _events(text).values() if name.lower().startswith("next")]
