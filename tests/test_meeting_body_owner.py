"""The own meeting's body named with its owner in the lead (:mod:`.meeting_body_owner`, decisions 6 and 45): a header
or title names the body by its own words only (``Organizing Committee``), the lead sentence that says it met names
it with the body or event it belongs to (``The Organizing Committee of the Baltic Data Week held its second meeting
...``): the body is that full name, and the requests of ``The Committee`` are its. Names, bodies and dates are
invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import make_report, meeting_named, parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.meeting_body_owner import owned_in_lead
from wsiskg.ingest.records import Meeting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the owner's name in capitals over the body's own line, a dateline under it
            "ALLIANCE FOR COASTAL SENSOR DATA\nExecutive Board\n"
            "Summary of the meeting held in Valletta, 9 March 2031\n\n"
            "1. The Executive Board of the Alliance for Coastal Sensor Data met in Valletta on 9 March 2031. The "
            "meeting was chaired by Ms Rita Camilleri (Malta).\n\n"
            "2. The Board asked the secretariat to circulate the draft workplan to all members by 30 April 2031.\n",
            ("executive-board-of-the-alliance-for-coastal-sensor-data", None, "2031-03-09",
             "Executive Board of the Alliance for Coastal Sensor Data"),
        ),
        (  # the title names the body by its own words and the meeting's ordinal
            "BALTIC DATA WEEK 2032\nMinutes of the second meeting of the Organizing Committee\n"
            "Riga and online, 12 January 2032\n\n"
            "1. The Organizing Committee of the Baltic Data Week held its second meeting in Riga and online on 12 "
            "January 2032. It was chaired by Mr Janis Ozols (Latvia).\n\n"
            "2. The Committee invited partners to submit their session proposals by 1 March 2032.\n",
            ("organizing-committee-of-the-baltic-data-week", 2, "2032-01-12",
             "Organizing Committee of the Baltic Data Week"),
        ),
        (  # a catalogue body's organ on the line under the catalogue body's name: the organ with its owner
            "GLOBAL PARTNERSHIP TO END VIOLENCE AGAINST CHILDREN\nAdvisory Council\n"
            "Summary of the meeting held in Arusha, 21 March 2031\n\n"
            "1. The Advisory Council of the Global Partnership to End Violence Against Children met in Arusha on 21 "
            "March 2031. The meeting was chaired by Ms Neema Mushi (Tanzania).\n",
            ("advisory-council-of-the-global-partnership-to-end-violence-against-children", None, "2031-03-21",
             "Advisory Council of the Global Partnership to End Violence Against Children"),
        ),
        (  # the meeting's ordinal before the full name, an acronym in brackets after it, a passive verb
            "Technical Panel\nReport of the meeting\nAccra, 4-5 May 2030\n\n"
            "1. The fourth meeting of the Technical Panel of the West African Spectrum Initiative (WASI) was held in "
            "Accra on 4 and 5 May 2030.\n\n2. The Panel agreed on its work plan.\n",
            ("technical-panel-of-the-west-african-spectrum-initiative", 4, "2030-05-04",
             "Technical Panel of the West African Spectrum Initiative"),
        ),
    ],
)  # fmt: skip
def test_the_body_the_lead_names_with_its_owner_met(tmp_path: Path, text: str, expected: tuple) -> None:
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None
    assert (found[0], found[1], str(found[2]), found[3]) == expected


def test_the_committees_requests_are_the_full_names(tmp_path: Path) -> None:
    text = (
        "ANDEAN OPEN DATA FORUM\nNote of the first meeting of the Programme Committee\nQuito, 3 February 2031\n\n"
        "1. The Programme Committee of the Andean Open Data Forum held its first meeting in Quito on 3 February "
        "2031.\n\n2. The Committee invited speakers to send their abstracts by 1 March 2031.\n"
    )
    x = extract(parsed_text(tmp_path, text))
    assert x.meeting is not None and x.meeting.body == "programme-committee-of-the-andean-open-data-forum"
    assert {r.requester.key for r in x.requests} == {"programme-committee-of-the-andean-open-data-forum"}


@pytest.mark.parametrize(
    "text",
    [
        (  # a conference's numbered committee: decision 2
            "COMMITTEE 4\nSummary record of the third meeting\nMontevideo, 14 October 2031\n\n"
            "1. Committee 4 of the Regional Radio Conference met in Montevideo on 14 October 2031.\n"
        ),
        (  # named with its owner, but not as the subject that met
            "Steering Committee\nSummary of the meeting\nTallinn, 2 June 2031\n\n"
            "1. The Steering Committee met in Tallinn on 2 June 2031. It discussed the report of the Steering "
            "Committee of the Baltic Cable Project.\n"
        ),
    ],
)  # fmt: skip
def test_a_numbered_body_or_another_mention_keeps_the_name(tmp_path: Path, text: str) -> None:
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and " of the " not in (found[3] or "") and "-of-" not in found[0]


@pytest.mark.parametrize(
    ("key", "lead", "expected"),
    [
        ("awards-jury", "The Awards Jury of the Pacific Digital Summit met on 3 May 2031.",
         "awards-jury-of-the-pacific-digital-summit"),
        ("awards-jury", "The Awards Jury of the Summit met on 3 May 2031.", "awards-jury"),  # no proper name
        ("awards-jury", "The Awards Jury of the Pacific Digital Summit thanked the hosts.", "awards-jury"),  # no met
        ("awards-jury-of-the-summit", "The Awards Jury of the Summit of Pacific States met.",
         "awards-jury-of-the-summit"),  # already named with an owner
    ],
)  # fmt: skip
def test_owned_in_lead(key: str, lead: str, expected: str) -> None:
    report = make_report("Awards Jury", lead)
    assert owned_in_lead(report, Meeting(key)).body == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the title names the body with its owner, the lead by its own words only
            "Minutes of the Governing Council of the Pan-Andean Postal Network\nFifth meeting, Cusco, 4-5 May 2031\n\n"
            "1. The Governing Council held its fifth meeting in Cusco on 4 and 5 May 2031.\n\n"
            "2. The Council requested the Secretary General to report by 1 June 2031.\n",
            (
                "governing-council-of-the-pan-andean-postal-network",
                5,
                "Governing Council of the Pan-Andean Postal Network",
            ),
        ),
        (  # in capitals, a dateline after a comma on the same line
            "RECORD OF THE MANAGEMENT BOARD OF THE BALTIC RESEARCH NETWORK, Tartu, 3 March 2032\n\n"
            "1. The Management Board met in Tartu on 3 March 2032.\n",
            (
                "management-board-of-the-baltic-research-network",
                None,
                "Management Board of the Baltic Research Network",
            ),
        ),
    ],
)  # fmt: skip
def test_the_body_a_header_line_names_with_its_owner_met(tmp_path: Path, text: str, expected: tuple) -> None:
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and (found[0], found[1], found[3]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a title cut after its joining words, the owner on the next line; the lead by the body's own words
            "Report of the Meeting of the Coordination Board of the\nNordic Cable Repair Consortium\n"
            "Bergen, 11 April 2032\n\n"
            "1. The Coordination Board met in Bergen on 11 April 2032.\n\n"
            "2. The Board invited members to report outages to the coordinator by 1 June 2032.\n",
            (
                "coordination-board-of-the-nordic-cable-repair-consortium",
                None,
                "Coordination Board of the Nordic Cable Repair Consortium",
            ),
        ),
        (  # numbered, cut after `of the` on a line of its own
            "Minutes of the third meeting of the Technical Council of the\nSahel Satellite Data Exchange\n"
            "Niamey, 6-7 October 2031\n\n"
            "1. The Technical Council held its third meeting in Niamey on 6 and 7 October 2031.\n",
            (
                "technical-council-of-the-sahel-satellite-data-exchange",
                3,
                "Technical Council of the Sahel Satellite Data Exchange",
            ),
        ),
    ],
)  # fmt: skip
def test_a_title_cut_after_its_joining_word_names_the_owner_on_the_next_line(
    tmp_path: Path, text: str, expected: tuple
) -> None:
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and (found[0], found[1], found[3]) == expected


def test_the_requests_of_a_body_whose_title_is_cut_are_the_full_names(tmp_path: Path) -> None:
    text = (
        "Report of the Meeting of the Coordination Board of the\nNordic Cable Repair Consortium\n"
        "Bergen, 11 April 2032\n\n1. The Coordination Board met in Bergen on 11 April 2032.\n\n"
        "2. The Board invited members to report outages to the coordinator by 1 June 2032.\n"
    )
    x = extract(parsed_text(tmp_path, text))
    names = {b.key: b.name for b in x.bodies}
    assert x.meeting is not None
    assert names[x.meeting.body] == "Coordination Board of the Nordic Cable Repair Consortium"
    assert [r.requester.label for r in x.requests] == ["Coordination Board of the Nordic Cable Repair Consortium"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the header in capitals, the session's ordinal; the lead spells the owner out, a passive verb
            "ANDEAN POSTAL UNION\nMINUTES OF THE 12TH SESSION OF THE APU EXECUTIVE BOARD\nQuito, 4-5 May 2031\n\n"
            "1. The 12th session of the Executive Board of the Andean Postal Union (APU) was opened by the Minister "
            "of Telecommunications of Ecuador.\n\n"
            "2. The Board requested the Secretary-General to present the audited accounts at its next session.\n",
            ("executive-board-of-the-andean-postal-union", 12, "2031-05-04",
             "Executive Board of the Andean Postal Union"),
        ),
        (  # title case, the meeting's ordinal in the title; the meeting's noun before the lead's name
            "Record of the Ninth Meeting of the SPTO Management Committee\nSuva, Fiji, 3 March 2032\n\n"
            "1. The ninth meeting of the Management Committee of the South Pacific Telecommunications Organisation "
            "(SPTO) was chaired by Ms Losana Tuilau (Fiji).\n\n"
            "2. The Committee invited members to pay their contributions by 30 June 2032.\n",
            ("management-committee-of-the-south-pacific-telecommunications-organisation", 9, "2032-03-03",
             "Management Committee of the South Pacific Telecommunications Organisation"),
        ),
        (  # the owner's acronym only in the header; the lead's bracket closes the owner's name
            "CRN GOVERNING COUNCIL\nSummary record of the meeting held in Tartu, 7 October 2030\n\n"
            "1. The Governing Council of the Caspian Research Network (CRN) held its annual meeting in Tartu on 7 "
            "October 2030.\n\n2. The Council asked the secretariat to publish the call for projects.\n",
            ("governing-council-of-the-caspian-research-network", None, "2030-10-07",
             "Governing Council of the Caspian Research Network"),
        ),
    ],
)  # fmt: skip
def test_an_organ_headed_by_its_owners_acronym_is_named_as_the_lead_spells_the_owner(
    tmp_path: Path, text: str, expected: tuple
) -> None:
    """``APU EXECUTIVE BOARD`` in the header, ``the Executive Board of the Andean Postal Union (APU)`` in the lead: the
    body is the lead's full name (decision 6, its first full mention; :func:`.meeting_body_owner._spelt_owner`)."""
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None
    assert (found[0], found[1], str(found[2]), found[3]) == expected


def test_an_organ_headed_by_another_acronym_keeps_its_name(tmp_path: Path) -> None:
    """The lead's bracket names another acronym than the header's (``XYZ Executive Board`` over ``the Executive Board
    of the Andean Postal Union (APU)``): the header's name is kept."""
    text = (
        "XYZ EXECUTIVE BOARD\nMinutes of the meeting held in Quito, 4 May 2031\n\n"
        "1. The Executive Board of the Andean Postal Union (APU) met in Quito on 4 May 2031.\n"
    )
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and found[0] == "xyz-executive-board"
