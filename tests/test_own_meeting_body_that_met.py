"""The body of the report's own meeting as the body that met, named as the report first writes it (decisions 3
and 6): a group of an organisation that a header line names without the organisation's acronym (``Union of X
(XYZ)`` / ``Working Group on Y (XYZ WG-Y)``: not ``XYZ Working Group on Y``; :func:`.own_meeting._owner_off`) and
a meeting named after its organiser and a hyphen between spaces (``ABC - Meeting of Y``:
:func:`.own_meeting.page_words_off`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import make_report, meeting_body_names, parsed_text

from wsiskg.ingest.extract import extract

_RCC = """REGIONAL COMMONWEALTH IN THE FIELD OF COMMUNICATIONS (RCC)
Working Group on Spectrum Harmonization (RCC WG-SH)
Almaty, 3-5 September 2031

MINUTES OF THE FOURTH MEETING

1 The fourth meeting of the RCC Working Group on Spectrum Harmonization was held in Almaty from 3 to 5 September 2031.
It was chaired by Mr Ruslan Abenov (Kazakhstan).

2 The Working Group invited the administrations to submit their proposals by 1 November 2031.
"""

_APT = """Asia-Pacific Telecommunity (APT) Task Group on Satellite Policy
Suva, 14-15 July 2030

Report of the second meeting

1 The second meeting of the APT Task Group on Satellite Policy was held in Suva on 14 and 15 July 2030, chaired by
Ms Mere Tuilagi (Fiji).

2 The Task Group requested the APT Secretariat to compile the responses by 30 September 2030.
"""

_ATU = """AFRICAN TELECOMMUNICATIONS UNION (ATU)
Committee on Numbering Resources
Kampala, 20-22 January 2032

REPORT OF THE THIRD MEETING

1 The third meeting of the ATU Committee on Numbering Resources was held in Kampala from 20 to 22 January 2032.

2 The Committee invited Member States to report on their national numbering plans.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_RCC, ("Working Group on Spectrum Harmonization", "RCC WG-SH")),
        (_APT, ("Task Group on Satellite Policy", None)),
        (_ATU, ("Committee on Numbering Resources", None)),
    ],
)
def test_a_group_a_header_line_names_without_its_organisation_is_named_so(
    tmp_path: Path, text: str, expected: tuple[str, str | None]
) -> None:
    assert meeting_body_names(parsed_text(tmp_path, text)) == expected


def test_a_header_line_that_goes_on_names_another_group(tmp_path: Path) -> None:
    text = _ATU.replace("Committee on Numbering Resources\n", "Committee on Numbering Resources and Tariffs\n")
    names = meeting_body_names(parsed_text(tmp_path, text))
    assert names is not None and names[0] == "ATU Committee on Numbering Resources"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("TSB - Meeting of Heads of Regional Offices", "Meeting of Heads of Regional Offices"),
        ("ESCAP - Expert Group Meeting on Rural Connectivity", "Expert Group Meeting on Rural Connectivity"),
        ("UNDP - Regional Workshop on Digital Identity", "Regional Workshop on Digital Identity"),
    ],
)
def test_a_meeting_named_after_its_organiser_and_a_spaced_hyphen_is_named_without_it(
    tmp_path: Path, title: str, name: str
) -> None:
    text = f"{title}\n\nRecord of the 4th meeting\n\nGeneva, 2-3 April 2031\n\n1 The participants reviewed the plan.\n"
    names = meeting_body_names(parsed_text(tmp_path, text))
    assert names is not None and names[0] == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Nordic Spectrum Forum (NSF) convened its fourth meeting in Oslo from 3 to 5 May 2027.",
         ("Nordic Spectrum Forum", "NSF")),
        ("The Pacific Cable Council (PCC) held its ninth meeting in Apia on 4 and 5 March 2031.",
         ("Pacific Cable Council", "PCC")),
        ("The Alpine Data Network (ADN) met in Innsbruck from 8 to 10 October 2029.", ("Alpine Data Network", "ADN")),
    ],
)  # fmt: skip
def test_a_name_that_opens_the_sentence_stating_the_meeting_is_named_without_its_article(
    tmp_path: Path, text: str, expected: tuple[str, str | None]
) -> None:
    report = parsed_text(tmp_path, f"Summary of the meeting\n\n1 Opening\n\n1.1 {text}\n\n1.2 It adopted its agenda.\n")
    assert meeting_body_names(report) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ITU-coordinated Pacific Connectivity Dialogue took place in Suva from 3 to 5 May 2027.",
         ("pacific-connectivity-dialogue", "Pacific Connectivity Dialogue")),
        ("The UNESCO-hosted Global Media Literacy Roundtable was held in Paris on 9 October 2028.",
         ("global-media-literacy-roundtable", "Global Media Literacy Roundtable")),
        ("The UNDP-supported Sahel Open Data Forum, held in Niamey on 2 and 3 June 2030, adopted its outcome.",
         ("sahel-open-data-forum", "Sahel Open Data Forum")),
    ],
)  # fmt: skip
def test_an_organiser_joined_by_a_hyphen_before_a_meetings_name_is_no_part_of_the_body(
    tmp_path: Path, sentence: str, expected: tuple[str, str]
) -> None:
    x = extract(parsed_text(tmp_path, f"Outcome summary\n\n{sentence}\n\nThe participants adopted a statement.\n"))
    assert x.meeting is not None
    body = next(b for b in x.bodies if b.key == x.meeting.body)
    assert (body.key, body.name) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("UNDP-supported Caribbean Open Data Forum 2030", ("caribbean-open-data-forum", "Caribbean Open Data Forum")),
        ("ITU-organized Sahel Digital Skills Workshop",
         ("sahel-digital-skills-workshop", "Sahel Digital Skills Workshop")),
        ("ECA-hosted Regional Dialogue on Data Governance",
         ("regional-dialogue-on-data-governance", "Regional Dialogue on Data Governance")),
    ],
)  # fmt: skip
def test_an_organiser_joined_by_a_hyphen_before_a_headings_meeting_is_no_part_of_the_body(
    tmp_path: Path, line: str, expected: tuple[str, str]
) -> None:
    x = extract(
        parsed_text(tmp_path, f"{line}\nKingston, Jamaica, 4-6 May 2030\n\nThe meeting was opened by the Chair.\n")
    )
    assert x.meeting is not None
    body = next(b for b in x.bodies if b.key == x.meeting.body)
    assert (body.key, body.name) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Steering Committee of the Baltic Data Alliance (BDA) met in Riga from 3 to 5 May 2027.",
         ("steering-committee-of-the-baltic-data-alliance", "Steering Committee of the Baltic Data Alliance", 3)),
        ("The 2nd meeting of the Executive Board of the Sahel Broadband Partnership (SBP) was held in Dakar on 9 and "
         "10 April 2031.",
         ("executive-board-of-the-sahel-broadband-partnership", "Executive Board of the Sahel Broadband Partnership",
          9)),
        # the owner's first words before the ones its acronym spells
        ("The 5th meeting of the Governing Board of the ITU Andean Learning Centres (ALC) was held in Quito on 4 and "
         "5 May 2031.",
         (None, "Governing Board of the ITU Andean Learning Centres", 4)),  # keyed by the actors' reading
        ("The Advisory Group of the Andean Fibre Consortium (AFC) met in Quito on 2 and 3 June 2032.",
         ("advisory-group-of-the-andean-fibre-consortium", "Advisory Group of the Andean Fibre Consortium", 2)),
    ],
)  # fmt: skip
def test_a_group_named_before_its_owners_acronym_is_the_body_that_met(
    tmp_path: Path, sentence: str, expected: tuple[str | None, str, int]
) -> None:
    x = extract(
        parsed_text(tmp_path, f"Summary of the meeting\n\n1 Opening\n\n1.1 {sentence}\n\n1.2 It adopted its agenda.\n")
    )
    assert x.meeting is not None
    body = next(b for b in x.bodies if b.key == x.meeting.body)
    key = expected[0] or body.key
    assert (body.key, body.name, x.meeting.start.day if x.meeting.start else None) == (key, *expected[1:])


def test_the_owner_named_alone_keeps_its_acronym(tmp_path: Path) -> None:
    text = "Summary of the meeting\n\n1 Opening\n\n1.1 The Baltic Data Alliance (BDA) met in Riga on 3 May 2027.\n"
    x = extract(parsed_text(tmp_path, text))
    assert x.meeting is not None and x.meeting.body == "bda"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Regional Workshop on Spectrum Pricing\nPort Elm · 4–6 March 2031",
         ("regional-workshop-on-spectrum-pricing", 4, 6, "Port Elm")),
        ("Andean Broadband Symposium 2032 · Lima, Peru · 3–5 May 2032",
         ("andean-broadband-symposium", 3, 5, "Lima, Peru")),
        ("Coastal Resilience Forum 2030 • Apia, Samoa • 21–22 June 2030",
         ("coastal-resilience-forum", 21, 22, "Apia, Samoa")),
    ],
)  # fmt: skip
def test_a_header_whose_fields_a_middle_dot_parts_dates_the_meeting(
    tmp_path: Path, header: str, expected: tuple[str, int, int, str]
) -> None:
    x = extract(parsed_text(tmp_path, f"{header}\n\nThe meeting was opened by the Chair.\n"))
    m = x.meeting
    assert m is not None and m.start is not None and m.end is not None
    assert (m.body, m.start.day, m.end.day, m.place) == expected


# ------------------------------------------------ an organisation printed under the title is no part
@pytest.mark.parametrize(
    ("title", "organisation", "lead", "body"),
    [
        (
            "Report of the Third Meeting of the Working Group on Spectrum for the 2031 Conference",
            "INTER-AMERICAN TELECOMMUNICATION COMMISSION (CITEL)",
            "The Working Group on Spectrum for the 2031 Conference (WG-SC31) held its third meeting online from 4 to "
            "6 May 2030.",
            "wg-sc31",
        ),
        (
            "Minutes of the Second Meeting of the Task Group on Satellite Filings",
            "Regional Technical Commission for Telecommunications (COMTELCA)",
            "The Task Group on Satellite Filings (TG-SF) held its second meeting in Tela on 12 and 13 March 2029.",
            "tg-sf",
        ),
        (
            "SUMMARY OF THE FIFTH MEETING OF THE EXPERT TEAM ON NUMBERING PLANS",
            "Inter-American Telecommunication Commission (CITEL)",
            "The fifth meeting of the Expert Team on Numbering Plans (ETNP) took place in Quito from 2 to 4 June 2031.",
            "etnp",
        ),
    ],
)
def test_an_organisation_printed_under_the_title_is_no_part_of_the_group_that_met(
    title: str, organisation: str, lead: str, body: str
) -> None:
    report = make_report(organisation, "Virtual meeting, 2031", lead, title=title)
    found = extract(report).meeting
    assert found is not None and found.body == body
