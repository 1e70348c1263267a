"""The meeting a document is a record of, read as one account: the title or a heading names it
(its body, its kind, its ordinal), the dateline on or under that line dates it, a lead sentence
that says it was held confirms it. Classes: a header range of which a sentence gives one day; a
meeting named by its kind outside the catalogue (an expert group meeting, a regional review, an
action line's facilitation meeting); a heading of the kind only under the body's title; a
summary of two meetings; a body's numbered session stated in the body of an excerpt; a document
that calls itself a contribution (ingest/extract/meeting.py, meeting_header.py, own_meeting.py,
genre.py)."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report, meeting_body
from extract_support import meeting_parts as _meeting

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.genre import records_meeting
from wsiskg.ingest.extract.meeting import dateline, load_body_names
from wsiskg.ingest.extract.meeting_header import header_body


# ------------------------------------------------------------------ a header range, one day read
@pytest.mark.parametrize(
    "sentence",
    [
        "The thirtieth meeting of TDAG was held from Monday 10 to Friday 14 March 2031, chaired by Mr Ivo Petrak",
        "The thirtieth meeting of TDAG was opened on Monday, 10 March 2031 by its Chair, Ms Lena Kovač.",
        "The thirtieth meeting of TDAG closed on Friday 14 March 2031.",
    ],
)
def test_one_day_of_the_headers_range_is_the_range(sentence: str) -> None:
    report = make_report(
        "Telecommunication Development Advisory Group (TDAG)",
        "30th meeting, virtual, 10-14 March 2031",
        "Document TDAG-31/12-E",
        "20 March 2031",
        sentence,
        title="INTERNATIONAL TELECOMMUNICATION UNION",
    )
    assert _meeting(report) == ("tdag", 30, date(2031, 3, 10), date(2031, 3, 14))


def test_a_day_inside_the_headers_range_stays_one_day() -> None:
    report = make_report(
        "Doha, 4-22 October 2032",
        "COMMITTEE 4",
        "At its sixth meeting, held on 12 October 2032, Committee 4 approved the budget text.",
        title="World Radiocommunication Conference (WRC-32)",
    )
    m = extract(report).meeting
    assert m is not None and (m.number, m.start, m.end) == (6, date(2032, 10, 12), None)


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Lima, 04.05.2031 – 06.05.2031", date(2031, 5, 4), date(2031, 5, 6)),
        ("Nairobi, 11.11.2029 - 13.11.2029", date(2029, 11, 11), date(2029, 11, 13)),
        ("Virtual meeting, 2.3.2030 to 4.3.2030", date(2030, 3, 2), date(2030, 3, 4)),
    ],
)
def test_a_dateline_of_two_numeric_dates_is_a_range(line: str, start: date, end: date) -> None:
    found = dateline(line)
    assert found is not None and (found[0].start, found[0].end) == (start, end)


def test_a_header_line_naming_the_body_and_ordinal_before_its_dateline() -> None:
    report = make_report(
        "Document RAG-29/5-E",
        "Radiocommunication Advisory Group Ninth meeting: Geneva, 29 September – 2 October 2031",
        "The ninth meeting of the Radiocommunication Advisory Group was opened on Monday, 29 September 2031.",
        title="REPORT OF THE NINTH MEETING OF THE RADIOCOMMUNICATION ADVISORY GROUP",
    )
    assert _meeting(report) == ("rag", 9, date(2031, 9, 29), date(2031, 10, 2))


def test_a_numeric_header_range_dates_a_meeting_stated_without_dates() -> None:
    report = make_report(
        "Fourth meeting – Lima, 15.06.2032 – 16.06.2032",
        "SUMMARY OF THE MEETING",
        "Date of issue: 2032-06-30",
        "The fourth meeting of the Telecommunication Development Advisory Group was chaired by Ms Ana Ruiz.",
        title="Telecommunication Development Advisory Group (TDAG)",
    )
    assert _meeting(report) == ("tdag", 4, date(2032, 6, 15), date(2032, 6, 16))


# ------------------------------------------------------------------ a summary of two meetings
def test_a_summary_of_two_meetings_under_a_title_in_capitals_is_of_the_last() -> None:
    report = make_report(
        "AND HUMAN RESOURCES (CWG-FHR)",
        "Document CWG-FHR-14/6-E",
        "2 December 2031",
        "SUMMARY OF THE THIRTEENTH AND FOURTEENTH MEETINGS",
        "(virtual, 3 June 2031 and 17-18 November 2031)",
        "The Group held its thirteenth meeting on 3 June 2031 and its fourteenth on 17 and 18 November.",
        title="COUNCIL WORKING GROUP ON FINANCIAL",
    )
    assert _meeting(report) == ("cwg-fhr", 14, date(2031, 11, 17), date(2031, 11, 18))


@pytest.mark.parametrize(("first", "second"), [("Part 1", "Part 2"), ("Part I", "Part II")])
def test_a_summary_of_two_meetings_in_parts_is_of_the_last_dated_by_its_part(first: str, second: str) -> None:
    report = make_report(
        "Summary of the eleventh and twelfth meetings",
        "Document CWG-LANG-12/7, 9 October 2031",
        f"{first} – Eleventh meeting (Geneva, 3 February 2031)",
        "1 The eleventh meeting of CWG-LANG was chaired by Ms Oddny Skjeggestad (Norway).",
        f"{second} – Twelfth meeting (Geneva, 22–23 September 2031)",
        "2 The twelfth meeting, chaired by Ms Skjeggestad, considered the translation of the ITU website.",
        "3 The group asked the secretariat to report to Council 2032 on the costs.",
        title="COUNCIL WORKING GROUP ON LANGUAGES",
    )
    assert _meeting(report) == ("cwg-lang", 12, date(2031, 9, 22), date(2031, 9, 23))


def test_a_sentence_naming_the_council_is_not_a_header_line() -> None:
    report = make_report(
        "Summary of the 8th and 9th meetings",
        "Document CWG-LANG-9/4, 20 September 2031",
        "Part II – 9th meeting (Geneva, 15-16 September 2031)",
        "3 The 9th meeting took place at ITU headquarters on 15 and 16 September 2031.",
        "decided that its Chair shall present a progress report to Council 2032.",
        title="Council Working Group on Languages",
    )
    assert header_body(report, load_body_names()) is None
    assert _meeting(report) == ("cwg-lang", 9, date(2031, 9, 15), date(2031, 9, 16))


def test_a_catalogue_name_that_starts_a_longer_header_name_is_not_the_headers_body() -> None:
    report = make_report("Document 12-E", title="COUNCIL WORKING GROUP ON SPECTRUM FEES")
    assert header_body(report, load_body_names()) is None
    report = make_report("COUNCIL 2031", "Geneva, 10-19 June 2031", title="Document C31/4-E")
    assert header_body(report, load_body_names()) == "itu-council"


# ------------------------------------------------------------------ a meeting named by its kind
def test_a_heading_whose_topic_says_future_still_names_its_meeting() -> None:
    report = make_report(
        "Economic Commission for Africa",
        "Regional Expert Group Meeting on Digital Skills: Preparing Youth for the Future",
        "Accra, Ghana, 3-4 March 2031",
        "Background",
        "The Regional Expert Group Meeting was organized by ECA with the support of the Government of Ghana.",
        title="Report of the meeting",
    )
    m = extract(report).meeting
    assert m is not None and (m.body, m.start, m.end) == (
        "regional-expert-group-meeting-on-digital-skills-preparing-youth-for-the-future",
        date(2031, 3, 3),
        date(2031, 3, 4),
    )


def test_a_title_naming_an_expert_group_meeting_and_its_dateline() -> None:
    report = make_report(
        "Telecommunication Development Bureau",
        "Document EGM-SP/2030/4",
        "Original: English",
        "The Andean Expert Group Meeting on Spectrum Pricing was convened by BDT. It was held in Quito on 5 and 6 May.",
        title="Report of the Andean Expert Group Meeting on Spectrum Pricing (Quito, Ecuador, 5–6 May 2030)",
    )
    m = extract(report).meeting
    assert m is not None and (m.body, m.number, m.start, m.end) == (
        "andean-expert-group-meeting-on-spectrum-pricing",
        None,
        date(2030, 5, 5),
        date(2030, 5, 6),
    )
    names = {b.key: b.name for b in extract(report).bodies}
    assert names[m.body] == "Andean Expert Group Meeting on Spectrum Pricing"


def test_a_heading_in_capitals_naming_a_review_with_its_mode_and_dates() -> None:
    report = make_report(
        "Economic and Social Commission for Western Asia - International Telecommunication Union",
        "ARAB REGIONAL REVIEW OF DIGITAL INCLUSION POLICIES Virtual meeting, 14-15 October 2029",
        "Distr.: LIMITED 30 October 2029",
        "The Arab Regional Review of Digital Inclusion Policies was convened jointly by the two organizations.",
        title="REPORT OF THE MEETING",
    )
    m = extract(report).meeting
    assert m is not None and (m.body, m.start, m.end) == (
        "arab-regional-review-of-digital-inclusion-policies",
        date(2029, 10, 14),
        date(2029, 10, 15),
    )
    # named as the prose writes it
    (body,) = [b for b in extract(report).bodies if b.key == m.body]
    assert body.name == "Arab Regional Review of Digital Inclusion Policies"


def test_an_action_lines_facilitation_meeting_under_its_heading() -> None:
    report = make_report(
        "WSIS ACTION LINE C3: ACCESS TO INFORMATION AND KNOWLEDGE",
        "Fourth Facilitation Meeting",
        "Geneva, ITU Headquarters, Room B, 20 May 2030, 10:00-12:30",
        "Opening",
        "The fourth facilitation meeting of Action Line C3 was held during the forum week (Geneva, 18-22 May 2030).",
        title="REPORT OF THE MEETING",
    )
    m = extract(report).meeting
    assert m is not None and (m.body, m.number, m.start, m.end) == (
        "wsis-action-line-c3-facilitation-meeting",
        4,
        date(2030, 5, 20),
        None,
    )


def test_a_heading_of_the_kind_only_under_the_bodys_title_is_dated_by_its_dateline() -> None:
    report = make_report(
        "Annual meeting",
        "Paris, 3 May 2031",
        "Summary",
        "The annual meeting of UNGIS was held at UNESCO on the eve of the ministerial conference (4-5 May 2031).",
        title="United Nations Group on the Information Society (UNGIS)",
    )
    assert _meeting(report) == ("ungis", None, date(2031, 5, 3), None)


def test_a_heading_naming_a_meeting_in_a_letter_records_none() -> None:
    report = make_report(
        "Dear Sir/Madam,",
        "I have the honour to invite you to the Pacific Expert Group Meeting on Submarine Cables (Suva, 3-4 June).",
        title="Pacific Expert Group Meeting on Submarine Cables (Suva, 3-4 June 2031)",
    )
    assert extract(report).meeting is None


# ------------------------------------------------------------------ a session stated in the body of an excerpt
@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission held its fifteenth session in Vienna from 8 to 12 May 2029.",
        "The Commission on Science and Technology for Development (CSTD) met for its fifteenth session in Vienna "
        "from 8 to 12 May 2029.",
        "The Commission on Science and Technology for Development held its 15th session in Rome from 8 to 12 May 2029",
    ],
)
def test_a_bodys_numbered_session_held_in_an_excerpt(sentence: str) -> None:
    report = make_report(
        "and took note of the report of the Secretary-General.",
        "The Commission on Science and Technology for Development recommends the following draft resolution:",
        *[f"{n}. Requests the secretariat to report on item {n};" for n in range(1, 12)],
        "ORGANIZATION OF THE SESSION",
        sentence,
        title="Chapter II",
    )
    assert _meeting(report) == ("cstd", 15, date(2029, 5, 8), date(2029, 5, 12))


# ------------------------------------------------------------------ a document that calls itself a contribution
def test_a_document_that_submits_this_contribution_records_no_meeting() -> None:
    report = make_report(
        "Document TSAG-30/17-E",
        "9th meeting, Geneva, 2-5 July 2030",
        "Source: Arab Spectrum Alliance",
        "Introduction",
        "The Arab Spectrum Alliance submits this contribution on behalf of its members.",
        title="Telecommunication Standardization Advisory Group (TSAG)",
    )
    assert not records_meeting(report)
    assert extract(report).meeting is None


def test_a_record_that_discusses_a_contribution_still_records_its_meeting() -> None:
    report = make_report(
        "9th meeting, Geneva, 2-5 July 2030",
        "The ninth meeting of TSAG was held in Geneva from 2 to 5 July 2030. Mr Ole Berg introduced a contribution.",
        title="Telecommunication Standardization Advisory Group (TSAG)",
    )
    assert records_meeting(report)
    assert _meeting(report) == ("tsag", 9, date(2030, 7, 2), date(2030, 7, 5))


# ------------------------------------------------------------------ a forum's page of one week of its sessions
def test_a_forums_highlights_of_one_week_are_dated_by_the_week() -> None:
    report = make_report(
        "Home > WSIS Forum 2027 > Highlights > Week 3",
        "The WSIS Forum 2027 continues online. These are the highlights of the sessions held in the third week "
        "of the virtual Forum (8–12 March 2027).",
        "Monday, 8 March",
        title="WSIS Forum 2027: Highlights – Week 3",
    )
    assert _meeting(report) == ("wsis-forum", None, date(2027, 3, 8), date(2027, 3, 12))


def test_a_forums_dateline_in_its_header_wins_over_a_week_in_its_lead() -> None:
    report = make_report(
        "Geneva, 1-5 March 2027",
        "The sessions held in the first days of the Forum (1–2 March 2027) were streamed.",
        title="WSIS Forum 2027: Outcomes",
    )
    assert _meeting(report) == ("wsis-forum", None, date(2027, 3, 1), date(2027, 3, 5))


# ------------------------------------------------------------------ a meeting reported on is another one
def test_a_meeting_a_speaker_reported_on_is_not_the_reports() -> None:
    report = make_report(
        "the delegates who could not travel followed the discussions remotely.",
        "TSAG agreed to appoint Ms Ilka Virtanen (Finland) as Vice-Chairman.",
        "The representative of the Asia-Pacific Telecommunity (APT), Mr Ren Hao, reported on the third APT "
        "preparatory meeting, held in Manila from 2 to 5 May 2031.",
        title=None,
    )
    found = _meeting(report)
    assert found is None or found[0] != "apt"


# ------------------------------------------------------------------ a named meeting a lead sentence says was held
@pytest.mark.parametrize(
    ("sentences", "key", "start", "end"),
    [
        (
            "The Sub-regional Workshop on Spectrum Management for Central Africa was held in Douala, Cameroon, "
            "from 6 to 8 October 2030. It was organized by BDT.",
            "sub-regional-workshop-on-spectrum-management-for-central-africa",
            date(2030, 10, 6),
            date(2030, 10, 8),
        ),
        (
            "The Pacific Islands Digital Inclusion Forum took place in Suva on 3 and 4 March 2029.",
            "pacific-islands-digital-inclusion-forum",
            date(2029, 3, 3),
            date(2029, 3, 4),
        ),
        (
            "The Andean Regional Review of Broadband Plans was convened by CAF and ITU. It was held online on "
            "11 November 2027.",
            "andean-regional-review-of-broadband-plans",
            date(2027, 11, 11),
            None,
        ),
    ],
)
def test_a_named_meeting_a_lead_sentence_says_was_held(sentences: str, key: str, start: date, end: date | None) -> None:
    report = make_report("Original: English", sentences, title="REPORT OF THE MEETING")
    extraction = extract(report)
    m = extraction.meeting
    assert m is not None and (m.body, m.number, m.start, m.end) == (key, None, start, end)
    assert any(b.key == key for b in extraction.bodies)


def test_a_named_meeting_held_with_its_ordinal_before_its_name_is_numbered() -> None:
    report = make_report(
        "The 12th Caribbean Symposium for Spectrum Managers (CSSM-12) took place in Castries, Saint Lucia, "
        "from 3 to 5 June 2031, hosted by the national regulator.",
        title="CSSM-12 Highlights: Sharing the bands",
    )
    m = extract(report).meeting
    assert m is not None and (m.number, m.start, m.end) == (12, date(2031, 6, 3), date(2031, 6, 5))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Plenipotentiary Conference was held in Bucharest from 26 September to 14 October 2022.",
        "The WSIS Forum 2031 was held in Geneva from 5 to 9 May 2031.",
        "The next Regional Workshop on Spectrum Pricing will be held in Lomé on 4 June 2031.",
    ],
)
def test_a_catalogue_body_a_series_session_or_a_meeting_to_come_is_no_named_meeting_held(sentence: str) -> None:
    report = make_report("Original: English", sentence, title="REPORT OF THE MEETING")
    m = extract(report).meeting
    assert m is None or m.body in ("itu-pp", "wsis-forum")


def test_a_chairs_report_of_a_symposium_is_of_the_symposium_its_heading_names() -> None:
    report = make_report(
        "GSR-31",
        "Global Symposium for Regulators",
        "Nairobi, 4-6 June 2031",
        "Chair's report",
        "1 The symposium adopted best practice guidelines.",
    )
    assert _meeting(report) == ("global-symposium-for-regulators", None, date(2031, 6, 4), date(2031, 6, 6))


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        ("Telecommunication Development Advisory Group (TDAG) Thirty-second meeting", ("Geneva, 10-12 June 2031",)),
        (
            "INTERNATIONAL TELECOMMUNICATION UNION",
            ("TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP 32nd meeting, Geneva, 10-12 June 2031",),
        ),
    ],
)
def test_a_heading_naming_the_body_then_its_meetings_kind(title: str, lines: tuple[str, ...]) -> None:
    report = make_report(*lines, "Summary", "1 The Group reviewed the operational plan.", title=title)
    assert _meeting(report) == ("tdag", 32, date(2031, 6, 10), date(2031, 6, 12))


# ------------------------------------------------------------------ an excerpt cut before its header
def test_an_excerpt_cut_before_its_header_records_the_undated_meeting_of_its_group() -> None:
    report = make_report(
        "and the proposals of RAG on the working methods were circulated before the session.",
        "RAG agreed to appoint Mr Tomás Ibarra (Chile) as Vice-Chairman until the end of the study period.",
        "RAG invited the Director of BR to report on the regional seminars.",
        title=None,
    )
    assert _meeting(report) == ("rag", None, None, None)


def test_a_text_that_starts_with_a_sentence_is_no_excerpt_of_an_undated_meeting() -> None:
    report = make_report(
        "RAG agreed to appoint Mr Tomás Ibarra (Chile) as Vice-Chairman until the end of the study period.",
        title=None,
    )
    assert _meeting(report) is None


@pytest.mark.parametrize(
    ("source", "records"),
    [
        ("Source: Caribbean Telecommunications Union (CTU)", False),
        ("Source: African Telecommunications Union (ATU)", False),
        ("SOURCE: Fjordlink Networks AS (Norway)", False),
        ("Source: Republic of Korea", False),
        ("Source: Chair of the Group", True),
        ("Source: Rapporteur for Question 7/1", True),
        ("Source: TDAG Chairman", True),
        ("Source: Secretariat", True),
    ],
)
def test_a_source_line_naming_a_country_or_an_organisation_is_a_contributions(source: str, records: bool) -> None:
    report = make_report(
        "Document TDAG-31/22-E",
        "31st meeting, Geneva, 2-4 June 2031",
        source,
        "Title: Views on the operational plan",
        title="Telecommunication Development Advisory Group (TDAG)",
    )
    assert records_meeting(report) is records


def test_a_committee_named_in_prose_keeps_the_short_form_its_meeting_gives_it() -> None:
    report = make_report(
        "Kigali, 2-20 October 2034",
        "Document 77-E",
        "COMMITTEE 4",
        "Draft first report of Committee 4 to the Plenary",
        "At its ninth meeting, held on 11 October 2034, Committee 4 approved the revised text below.",
        title="World Telecommunication Development Conference (WTDC-34)",
    )
    extraction = extract(report)
    assert extraction.meeting is not None and extraction.meeting.number == 9
    body = meeting_body(extraction)
    assert body is not None and (body.name, body.acronym) == ("Committee 4", "COM4")


# ------------------------------------------------------------------ two meetings in a sentence, a chairman's line
@pytest.mark.parametrize(
    ("sentence", "number", "start", "end"),
    [
        ("1 The Group held its 40th meeting on 3 March 2031 and its 41st meeting on 9 and 10 June 2031.", 41, 9, 10),
        (
            "1 The Group held its 40th meeting on 3 March 2031. Its 41st meeting will be held on 9 June 2031.",
            40,
            3,
            None,
        ),
    ],
)
def test_a_sentence_stating_two_meetings_of_the_group_is_of_the_last_held(
    sentence: str, number: int, start: int, end: int | None
) -> None:
    report = make_report("Summary of meetings", sentence, title="Council Working Group on Languages (CWG-LANG)")
    m = extract(report).meeting
    assert m is not None and (m.body, m.number, m.start.day if m.start else None) == ("cwg-lang", number, start)
    assert (m.end.day if m.end else None) == end


def test_a_chairmans_report_named_in_a_header_line_under_the_councils_title() -> None:
    report = make_report(
        "Geneva, 10-19 June 2031",
        "Document C31/12-E",
        "Report by the Chairman of the Council Working Group on Languages",
        "1 The Group held its 40th meeting on 3 March 2031.",
        title="Council 2031",
    )
    m = extract(report).meeting
    assert m is not None and (m.body, m.number) == ("cwg-lang", 40)


def test_a_title_naming_the_group_dates_its_meeting_by_the_dateline_under_it() -> None:
    report = make_report(
        "Geneva, 4-6 May 2031",
        "1 The meeting was opened on 4 May by the Chair.",
        title="Report of the Expert Group on Telecommunication/ICT Indicators (EGTI)",
    )
    assert _meeting(report) == ("egti", None, date(2031, 5, 4), date(2031, 5, 6))


# ------------------------------------------------------------------ a named meeting with its acronym, or a participle
@pytest.mark.parametrize(
    ("sentences", "key", "start", "end", "acronym"),
    [
        (
            "1. The Regional Development Meeting for the Caribbean (RDM-CAR) for the World Telecommunication "
            "Development Conference 2033 (WTDC-33) was held in Kingston, Jamaica, from 4 to 6 May 2032.",
            "rdm-car",
            date(2032, 5, 4),
            date(2032, 5, 6),
            "RDM-CAR",
        ),
        (
            "Following the election of the officers, the Sub-regional Seminar for Central Asia (SRS-CA) on "
            "numbering, held in Almaty, Kazakhstan, from 12 to 14 September 2029, adopted its agenda.",
            "srs-ca",
            date(2029, 9, 12),
            date(2029, 9, 14),
            "SRS-CA",
        ),
        (
            "The Nordic Workshop on Emergency Alerting, held in Oslo on 2 February 2031, opened with a "
            "statement by its host.",
            "nordic-workshop-on-emergency-alerting",
            date(2031, 2, 2),
            None,
            None,
        ),
    ],
)
def test_a_named_meeting_with_its_acronym_or_a_participle_held(
    sentences: str, key: str, start: date, end: date | None, acronym: str | None
) -> None:
    report = make_report("Original: English", sentences, "The meeting adopted its agenda.", title="REPORT")
    extraction = extract(report)
    m = extraction.meeting
    assert m is not None and (m.body, m.number, m.start, m.end) == (key, None, start, end)
    body = next(b for b in extraction.bodies if b.key == key)
    assert body.acronym == acronym


def test_a_meeting_a_participle_dates_inside_a_sentence_of_another_subject_is_not_the_reports() -> None:
    """Only a name that is the sentence's subject (or opens it after a clause) is the report's meeting:
    one the sentence names after its verb is another meeting."""
    report = make_report(
        "Original: English",
        "The delegates recalled the Nordic Workshop on Emergency Alerting, held in Oslo on 2 February 2031.",
        title="REPORT",
    )
    m = extract(report).meeting
    assert m is None or m.body != "nordic-workshop-on-emergency-alerting"


def test_a_named_meetings_body_takes_its_name_from_the_title_without_the_records_words() -> None:
    report = make_report(
        "Original: English",
        "1. The Regional Development Meeting for the Caribbean (RDM-CAR) was held in Kingston, Jamaica, "
        "from 4 to 6 May 2032.",
        title="Report of the Regional Development Meeting for WTDC-33 for the Caribbean (RDM-CAR)",
    )
    extraction = extract(report)
    assert extraction.meeting is not None and extraction.meeting.body == "rdm-car"
    body = next(b for b in extraction.bodies if b.key == "rdm-car")
    assert (body.name, body.acronym) == ("Regional Development Meeting for WTDC-33 for the Caribbean", "RDM-CAR")
