"""One meeting two readers name differently: by its body's acronym and by its full name (``CWG-X`` / ``Council
Working Group on X``) is one candidate, its body told by the catalogue and the report's defined bodies
(:func:`.body_names.body_key`), not by equal keys; and a bare day on a range's last day, with no number, is the
day the report was issued, not the meeting's (:func:`.meeting_merge._issued_after`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import make_report, meeting_named, meeting_parts, parsed_text
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract.body_names import body_key
from wsiskg.ingest.extract.meeting_mentions import closes_topic
from wsiskg.ingest.extract.meeting_merge import _names_more, _spelt_out


@pytest.mark.parametrize(
    ("title", "summary", "lead", "expected"),
    [
        ("Council Working Group on Languages — Online consultation for translators",
         "Summary of the meeting, 22 September 2031 (CWG-LANG 25/3)",
         "The twenty-fifth meeting of the CWG-LANG opened with a session moderated by Ms Aino Rask (Finland).",
         ("cwg-lang", 25, date(2031, 9, 22), None)),
        ("Council Working Group on Financial and Human Resources — Open dialogue with staff",
         "Summary of the meeting, 4 March 2032 (CWG-FHR 19/2)",
         "The nineteenth meeting of the CWG-FHR opened with a dialogue chaired by Mr Olek Brandt (Poland).",
         ("cwg-fhr", 19, date(2032, 3, 4), None)),
        ("Expert Group on Telecommunication/ICT Indicators — Session on price baskets",
         "Summary of the meeting, 11 October 2033 (EGTI 14/5)",
         "The fourteenth meeting of the EGTI opened with a panel moderated by Ms Lea Moreau (France).",
         ("egti", 14, date(2033, 10, 11), None)),
    ],
)  # fmt: skip
def test_a_meeting_named_by_full_name_and_by_acronym_is_one_candidate(
    title: str, summary: str, lead: str, expected: tuple[str, int, date, None]
) -> None:
    assert _meeting(make_report(summary, lead, title=title)) == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("council-working-group-on-child-online-protection", "cwg-cop"),
        ("cwg-cop", "cwg-cop"),
        ("expert-group-on-ict-household-indicators", "egh"),
        ("standing-committee-on-orbital-matters", "standing-committee-on-orbital-matters"),
    ],
)
def test_a_key_made_from_a_catalogue_bodys_name_is_that_bodys_key(key: str, expected: str) -> None:
    assert body_key(key) == expected


@pytest.mark.parametrize(
    ("issued", "heading", "lead", "expected"),
    [
        ("Apia, 9 September 2031", "REPORT OF THE SUBREGIONAL SPECTRUM MEETING FOR OCEANIA (SSM-OCE)",
         "The Subregional Spectrum Meeting for Oceania was held in Apia, Samoa, from 7 to 9 September 2031.",
         ("ssm-oce", date(2031, 9, 7), date(2031, 9, 9))),
        ("Quito, 14 May 2032", "REPORT OF THE ANDEAN BROADBAND WORKSHOP (ABW-32)",
         "The Andean Broadband Workshop was held in Quito, Ecuador, from 12 to 14 May 2032.",
         ("abw-32", date(2032, 5, 12), date(2032, 5, 14))),
        ("Windhoek, 3 April 2033", "REPORT OF THE SOUTHERN DIGITAL SKILLS FORUM (SDSF)",
         "The Southern Digital Skills Forum was held in Windhoek, Namibia, from 1 to 3 April 2033.",
         ("sdsf", date(2033, 4, 1), date(2033, 4, 3))),
    ],
)  # fmt: skip
def test_a_bare_day_on_the_last_day_of_a_meeting_its_acronym_names_is_the_issue_day(
    tmp_path: Path, issued: str, heading: str, lead: str, expected: tuple[str, date, date]
) -> None:
    text = f"{issued}\n\n{heading}\n\n1 Opening\n\n1.1 {lead}\n\n1.2 The meeting was opened by Mr Tavita Leota.\n"
    found = _meeting(parsed_text(tmp_path, text))
    assert found is not None and (found[0], *found[2:]) == expected


# ---------------------------------------------------------------- a name written short by its initials (round 41)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JTF-DIT\nJoint Task Force on Digital Identity and Trust Services\n"
         "Meeting report — Lima, 12 May 2031 (JTF-DIT-R-06)\n\n"
         "The sixth meeting of the JTF reviewed the draft roadmap and the liaison statements received.\n",
         ("Joint Task Force on Digital Identity and Trust Services", 6, date(2031, 5, 12))),
        ("Regional Coordination Group on Spectrum Monitoring\nSummary of the meeting\nTbilisi, 3 February 2032\n\n"
         "1 The eleventh meeting of the RCG adopted its work plan and elected two Vice-Chairs.\n",
         ("Regional Coordination Group on Spectrum Monitoring", 11, date(2032, 2, 3))),
        ("Inter-Agency Working Group on E-Waste Statistics\nReport of the meeting\nNairobi, 27 October 2033\n\n"
         "The fourth meeting of the IAWG considered the draft guidelines on collection rates.\n",
         ("Inter-Agency Working Group on E-Waste Statistics", 4, date(2033, 10, 27))),
    ],
)  # fmt: skip
def test_a_meeting_the_lead_names_by_the_initials_of_the_headers_name_is_the_headers(
    tmp_path: Path, text: str, expected: tuple[str, int, date]
) -> None:
    """The lead's ``the JTF`` (initials of the header's name's opening words) and the header's name are one
    meeting, numbered by the lead and named by the header (:func:`.meeting_merge._spelt_out`)."""
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None
    assert (found[3], found[1], found[2]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OUTCOME STATEMENT\nSecond Subregional Preparatory Meeting for the World Radiocommunication Conference "
         "(WRC-31)\nVirtual, 4-6 March 2030\n\n"
         "1. The Second Subregional Preparatory Meeting for WRC-31 was held online from 4 to 6 March 2030.\n",
         ("subregional-preparatory-meeting-for-the-world-radiocommunication-conference", 2, date(2030, 3, 4))),
        ("REPORT\nThird Andean Coordination Meeting for the Global Symposium for Regulators (GSR-29)\n"
         "Quito, Ecuador, 9-10 June 2029\n\n"
         "1 The Third Andean Coordination Meeting for GSR-29 was held in Quito on 9 and 10 June 2029.\n",
         ("andean-coordination-meeting-for-the-global-symposium-for-regulators", 3, date(2029, 6, 9))),
        ("SUMMARY\nFirst Caribbean Consultation Meeting for the World Telecommunication Development Conference "
         "(WTDC-33)\nBridgetown, 14-15 May 2033\n\n"
         "1. The First Caribbean Consultation Meeting for WTDC-33 was held in Bridgetown on 14 and 15 May 2033.\n",
         ("caribbean-consultation-meeting-for-the-world-telecommunication-development-conference", 1,
          date(2033, 5, 14))),
    ],
)  # fmt: skip
def test_a_meeting_named_for_the_conference_it_prepares_keeps_its_own_name(
    tmp_path: Path, text: str, expected: tuple[str, int, date]
) -> None:
    """The acronym in brackets closing a meeting's title spells the conference it prepares, not the meeting
    (:func:`.heading_lines._topic_acronym`): the meeting keeps its own name, and the lead's short form of it
    (``... Meeting for WRC-31``) is the same meeting."""
    assert meeting_parts(parsed_text(tmp_path, text))[:3] == expected  # type: ignore[index]


@pytest.mark.parametrize(
    ("long", "short", "expected"),
    [
        ("joint-task-force-on-digital-identity-and-trust-services", "jtf", True),
        ("expert-group-on-national-broadband-plans-nbp-review", "expert-group-on-nbp-review", True),
        ("african-preparatory-meeting-for-the-world-telecommunication-standardization-assembly",
         "african-preparatory-meeting-for-wtsa-31", True),
        ("joint-task-force-on-digital-identity", "joint-task-force-on-digital-identity", False),
        ("study-group-on-tariffs", "sgt-meeting", False),
        ("regional-forum-on-spectrum", "regional-forum", False),
    ],
)  # fmt: skip
def test_a_name_spelt_out(long: str, short: str, expected: bool) -> None:
    assert _spelt_out(long, short) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Informal Experts Group for the 9th Global Symposium for Regulators and Policy Makers (GSRPM-31)\n"
         "First meeting – virtual, 3-4 March 2031\n\nChairman's report\n\n"
         "1. The first meeting was held online on 3 and 4 March 2031.\n",
         ("informal-experts-group-for-the-9th-global-symposium-for-regulators-and-policy-makers", 1,
          date(2031, 3, 3))),
        ("Correspondence Group for the 4th World Radio Policy Forum (WRPF-30)\nSecond meeting – Lima, 5-6 May 2030\n\n"
         "1 The second meeting took place in Lima on 5 and 6 May 2030.\n",
         ("correspondence-group-for-the-4th-world-radio-policy-forum", 2, date(2030, 5, 5))),
    ],
)  # fmt: skip
def test_a_group_named_for_the_event_it_prepares_is_not_that_event(
    tmp_path: Path, text: str, expected: tuple[str, int, date]
) -> None:
    """``X Group for the 9th Y Forum (YF-31)`` over ``First meeting``: the acronym is the forum's
    (:func:`.meeting_mentions.closes_topic`), the group met."""
    assert meeting_parts(parsed_text(tmp_path, text))[:3] == expected  # type: ignore[index]


@pytest.mark.parametrize(
    ("name", "acronym", "expected"),
    [
        ("Second Preparatory Meeting for the World Telecommunication Development Conference", "WTDC-31", True),
        ("Expert Group for the 9th Global Symposium for Regulators", "GSR-31", True),
        ("Regional Preparatory Meeting for Africa", "RPM-AFR", False),
        ("ITU Regional Development Forum", "RDF", False),
        ("Third Regional Forum", "RF", False),
        ("Commission on Science and Technology for Development", "CSTD", False),
    ],
)
def test_an_acronym_closing_a_name_may_spell_only_its_topic(name: str, acronym: str, expected: bool) -> None:
    assert closes_topic(name, acronym) is expected


@pytest.mark.parametrize(
    ("long", "short", "expected"),
    [
        ("joint-task-group-4-5-6-7", "jtg-4-5-6-7", False),
        ("expert-group-on-mobile-money-indicators", "egmm", False),
        ("joint-coordination-activity-on-digital-identity", "jca", True),
        ("regional-working-group-on-spectrum", "rwg", True),
        ("expert-group-meeting-on-national-broadband-plans-nbp", "expert-group-meeting-on-nbp", True),
        ("open-consultations-and-regional-advisory-group-rag-meeting", "rag", False),
    ],
)
def test_a_short_form_gives_way_to_a_name_that_names_more(long: str, short: str, expected: bool) -> None:
    """The lead's acronym of the header's name's head (``the JCA``) or a name with an acronym inside gives way to
    the header's name; the body's own acronym of more of its name (``JTG 4-5-6-7``, ``EGMM``) stays its name, as
    its record and requests name it."""
    assert _names_more(long, short) is expected
