"""Events: the report's own meeting named again without dates by its body's name (with its own number, or
its body's code in brackets there or in the title) is that meeting, no other event; another number of the
same body stays an event. Bodies, places, dates and sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.events import find_events
from wsiskg.ingest.records import Meeting


def _found(title: str, *texts: str) -> tuple[tuple[str, int | None] | None, set[str]]:
    x = extract(make_report(*texts, title=title))
    meeting = None if x.meeting is None else (x.meeting.body, x.meeting.number)
    return meeting, {e.name for e in x.events}


@pytest.mark.parametrize(
    ("title", "texts", "own"),
    [
        (
            "Report of the Forum",
            (
                "9th ANDEAN INTERNET GOVERNANCE FORUM (AIGF)",
                "Quito, 4-6 June 2031",
                "The 9th Andean Internet Governance Forum (AIGF) was convened by the regional union with the "
                "support of the national regulator.",
            ),
            "Andean Internet Governance Forum",
        ),
        (
            "Outcome report",
            (
                "12th Baltic Digital Policy Forum (BDPF-12)",
                "Riga, 2-3 October 2030",
                "The 12th Baltic Digital Policy Forum (BDPF) brought together 300 participants.",
            ),
            "Baltic Digital Policy Forum",
        ),
        (
            "Regional Innovation Forum for Oceania (RIF-OCE)",
            (
                "Suva, Fiji, 14-15 May 2032",
                "The Regional Innovation Forum for Oceania was held at the university campus at the kind "
                "invitation of the Ministry.",
            ),
            "Regional Innovation Forum for Oceania",
        ),
    ],
)
def test_the_own_meeting_named_again_without_dates_is_no_other_event(title, texts, own) -> None:
    meeting, events = _found(title, *texts)
    assert meeting is not None
    assert not any(own in name for name in events)


def test_another_number_of_the_own_body_stays_an_event() -> None:
    meeting, events = _found(
        "Report of the Forum",
        "9th ANDEAN INTERNET GOVERNANCE FORUM (AIGF)",
        "Quito, 4-6 June 2031",
        "The 9th Andean Internet Governance Forum (AIGF) was convened by the regional union.",
        "Participants recalled the outcomes of the 8th Andean Internet Governance Forum.",
    )
    assert meeting is not None and meeting[1] == 9
    assert any(name.startswith(("8th Andean", "8th meeting")) or "8th" in name for name in events)


@pytest.mark.parametrize(
    ("texts", "again"),
    [
        (
            (
                "SPECTRUM PREPARATORY MEETING FOR WRC-31",
                "Second session, Suva, 3-12 March 2031",
                "The second session of the SPM for WRC-31 (SPM31-2) was attended by 900 participants.",
            ),
            "second session of the SPM",
        ),
        (
            (
                "Andean Digital Policy Forum",
                "Fourth meeting, Quito, 4-5 June 2031",
                "The fourth meeting of the ADPF was opened by the Minister, who welcomed 120 participants.",
            ),
            "fourth meeting of the ADPF",
        ),
        (
            (
                "COASTAL REGULATORS WORKING GROUP ON NUMBERING",
                "Third meeting, Apia, 2-3 May 2030",
                "At the third meeting of the RWG on Numbering, members agreed on a common template.",
            ),
            "third meeting of the RWG",
        ),
    ],
)
def test_the_own_meeting_named_again_by_an_acronym_of_its_bodys_words_is_no_other_event(texts, again) -> None:
    meeting, events = _found("Report", *texts)
    assert meeting is not None
    assert not any(name.startswith(again) for name in events)


def test_another_body_of_other_initials_stays_an_event() -> None:
    meeting, events = _found(
        "Report",
        "SPECTRUM PREPARATORY MEETING FOR WRC-31",
        "Second session, Suva, 3-12 March 2031",
        "Members recalled the outcome of the second session of the TPM for WRC-31.",
    )
    assert meeting is not None
    assert any(name.startswith("second session of the TPM") for name in events)


@pytest.mark.parametrize(
    ("title", "texts", "again"),
    [
        (
            "Expert Group Meeting on Rural Broadband Statistics",
            (
                "Windhoek, 4-6 March 2031",
                "The Expert Group Meeting was organized by the regional commission in cooperation with the Union.",
            ),
            "Expert Group Meeting",
        ),
        (
            "Report of the Ad Hoc Expert Meeting on Digital Trade Facilitation in the Andes",
            (
                "Lima, 9-10 October 2030",
                "1. The Ad Hoc Expert Meeting was convened by the secretariat at the request of member States.",
            ),
            "Ad Hoc Expert Meeting",
        ),
        (
            "Report of the Regional Seminar on Spectrum Sharing for Island States",
            ("Apia, 2-3 May 2032", "1.1 The Regional Seminar was opened by the Minister of Communications."),
            "Regional Seminar",
        ),
    ],
)
def test_the_own_meeting_named_again_by_the_head_of_its_name_is_no_other_event(title, texts, again) -> None:
    """The own meeting's name cut before its topic or place (``The Expert Group Meeting was organized``), undated."""
    meeting, events = _found(title, *texts)
    assert meeting is not None
    assert again not in events, events


def test_another_meeting_named_by_a_shorter_name_of_another_body_stays_an_event() -> None:
    meeting, events = _found(
        "Expert Group Meeting on Rural Broadband Statistics",
        "Windhoek, 4-6 March 2031",
        "Participants recalled the Expert Group Meeting on Household Surveys held earlier in Nairobi.",
    )
    assert meeting is not None
    assert "Expert Group Meeting on Household Surveys" in events, events


@pytest.mark.parametrize(
    ("texts", "again"),
    [
        (
            (
                "MINUTES OF THE 12th SESSION OF THE PRU GOVERNING BOARD",
                "Apia, 4-6 May 2031",
                "The 12th session of the Governing Board of the Pacific Radio Union was opened by the Chair, who "
                "welcomed 40 delegates.",
            ),
            "Pacific Radio Union",
        ),
        (
            (
                "NINTH SESSION OF THE ANRA STEERING BOARD",
                "Quito, 8 April 2032",
                "The ninth session of the Steering Board of the Andean Network of Regulatory Authorities was opened "
                "by the Chair.",
            ),
            "Andean Network",
        ),
        (
            (
                "EIGHTEENTH SESSION OF THE CAPU ADMINISTRATIVE BOARD",
                "Almaty, 2-3 October 2030",
                "The eighteenth session of the Administrative Board of the Central Asian Postal Union was opened by "
                "its President.",
            ),
            "Central Asian Postal Union",
        ),
    ],
)
def test_the_own_meeting_named_again_with_its_bodys_acronym_spelt_out_is_no_other_event(texts, again) -> None:
    """The own body's key has an acronym (``pru-governing-board``) that the name spells out in words."""
    meeting, events = _found("Minutes", *texts)
    assert meeting is not None
    assert not any(again in name for name in events), events


def test_another_body_whose_words_spell_other_initials_stays_an_event() -> None:
    meeting, events = _found(
        "Minutes",
        "NINTH SESSION OF THE ANRA STEERING BOARD",
        "Quito, 8 April 2032",
        "The ninth session of the Steering Board of the Baltic Network of Regulatory Authorities was opened by its "
        "Chair.",
    )
    assert meeting is not None
    assert "ninth session of the Steering Board of the Baltic Network of Regulatory Authorities" in events, events


def test_the_own_meeting_named_by_its_front_lines_name_cut_before_its_region_is_no_other_event() -> None:
    meeting, events = _found(
        "Report of the Seminar",
        "REGIONAL SPECTRUM SEMINAR 2031 FOR THE CARIBBEAN (RSS-31-CAR) Castries, Saint Lucia, 4-8 May 2031",
        "The Regional Spectrum Seminar 2031 for the Caribbean was organized by the Bureau with the support of the "
        "national regulator. It was attended by 90 participants.",
    )
    assert meeting is not None
    assert not any(name.startswith("Regional Spectrum Seminar") for name in events)


@pytest.mark.parametrize(
    ("texts", "again"),
    [
        (
            (
                "Nordic Council of Transport Ministers",
                "TWELFTH ORDINARY SESSION OF THE NORDIC COUNCIL OF TRANSPORT MINISTERS",
                "Oslo, 5-6 March 2031",
                "The Nordic Council of Transport Ministers, meeting at its twelfth ordinary session in Oslo under "
                "the chairmanship of the Minister of Roads of Norway, adopted the following decisions.",
            ),
            "twelfth ordinary session",
        ),
        (
            (
                "Caspian Telecommunication Union",
                "FIFTH ORDINARY SESSION OF THE GENERAL CONFERENCE OF THE CASPIAN TELECOMMUNICATION UNION",
                "Baku, 14-15 November 2030",
                "The General Conference of the Caspian Telecommunication Union, at its fifth ordinary session held "
                "in Baku, approved the budget for 2031.",
            ),
            "fifth ordinary session",
        ),
    ],
)
def test_the_own_meeting_named_again_by_its_ordinal_alone_is_no_other_event(texts, again) -> None:
    meeting, events = _found("Record", *texts)
    assert meeting is not None and meeting[1] is not None
    assert not any(again in name and name[0].islower() for name in events), events


def test_another_ordinal_alone_stays_an_event() -> None:
    meeting, events = _found(
        "Record",
        "REPORT OF THE FOURTH MEETING OF THE ANDEAN SPECTRUM COMMITTEE",
        "Lima, 9-10 June 2032",
        "The Andean Spectrum Committee held its fourth meeting at the headquarters of the regulator.",
        "The Committee recalled the conclusions adopted at its third regular meeting.",
    )
    assert meeting is not None
    assert any("third" in name or "3rd" in name for name in events), events


@pytest.mark.parametrize(
    ("meeting", "text", "name"),
    [
        (
            Meeting("heads-of-delegation", None, date(2034, 9, 25)),
            "The meeting of Heads of Delegation was opened by the Secretary-General and chaired by Ms Ana Vidal.",
            "meeting of Heads of Delegation",
        ),
        (
            Meeting("senior-officials", None, date(2032, 3, 4), date(2032, 3, 5)),
            "The meeting of Senior Officials was opened by the Deputy Minister, Mr Tomas Berg.",
            "meeting of Senior Officials",
        ),
        (
            Meeting("heads-of-administration", None, date(2031, 6, 2)),
            "The meeting of Heads of Administration was opened by the Director, Ms Sela Tonga.",
            "meeting of Heads of Administration",
        ),
    ],
)
def test_a_sitting_of_the_own_body_written_out_is_the_meeting(meeting: Meeting, text: str, name: str) -> None:
    """``the meeting of <the own meeting body>``, undated and unnumbered, names the meeting the report records."""
    events = find_events(make_report(text), meeting.start.year if meeting.start else None, meeting=meeting)
    assert name not in {e.name for e in events}


def test_a_sitting_of_the_own_body_named_with_another_word_stays_an_event() -> None:
    meeting = Meeting("board-of-trustees", None, date(2032, 3, 4))
    text = "The Board of Trustees recalled the extraordinary meeting of the Board of Trustees held in Quito."
    events = find_events(make_report(text), 2032, meeting=meeting)
    assert any("extraordinary" in e.name for e in events)
