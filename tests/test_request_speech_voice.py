"""Who says ``I ask ...`` in a speech (issue 8, decision 11): the person a ``Remarks of the ROLE,
NAME`` header names, else (an excerpt cut before its header) the speaker by that function alone;
``I will ask X to ...`` is a request like ``I would ask``. Every sentence here is invented for the test."""

from __future__ import annotations

from extract_support import make_report, parties
from extract_support import requests_of as run


def speech(*texts: str, title: str | None = None) -> list[str]:
    """The requesters of a speech made of ``texts`` (first person singular, an address to the room)."""
    r = make_report(
        "Excellencies, ladies and gentlemen, dear colleagues,",
        "I am honoured to address you today. I thank the host country for its hospitality.",
        *texts,
        title=title,
    )
    return [parties(x)[1] for x in run(r, None)]


def test_remarks_of_a_role_and_a_name_are_the_persons() -> None:
    got = speech(
        "I urge Member States to ratify the regional roaming agreement before 2032.",
        title="Closing Remarks of the Chairman of the Forum, H.E. Ms Ilse Vandermeulen, Minister of Digital Affairs",
    )
    assert got == ["person:ilse-vandermeulen"]


def test_a_speech_that_names_no_speaker_asks_as_the_speaker() -> None:
    got = speech(
        "I call on donors to contribute to the trust fund.",
        "And I invite all stakeholders to answer the call for inputs by 31 January 2032.",
    )
    assert got == ["collective:speaker", "collective:speaker"]


def test_i_will_ask_is_a_request_of_the_speaker() -> None:
    got = speech("First, I will ask the Bureau to publish a quarterly report on processing times.")
    assert got == ["collective:speaker"]


def test_a_record_of_a_meeting_has_no_unnamed_speaker() -> None:
    r = make_report(
        "1 The Group met in Geneva on 3 May 2031.",
        "2 The Chairman said: I would ask the secretariat to circulate the draft.",
        title="Report of the fifth meeting of the Expert Group on Indicators",
    )
    assert "collective:speaker" not in [parties(x)[1] for x in run(r, None)]
