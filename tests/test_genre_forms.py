"""The genre read from a document's form (ingest/extract/genre.py): who submits it in a ``Source:``
field, a symbol run into its title by a dash, an agenda item's topic, countries speaking together,
a resolution's preamble run into one paragraph, a salutation in the cover."""

from __future__ import annotations

import pytest
from extract_support import make_report, one_section_report

from wsiskg.ingest.extract.genre import records_meeting, report_genre


@pytest.mark.parametrize(
    "source",
    [
        "Baltic Polytechnic Academy of Informatics",
        "Lakeside Digital Institute of Technology, Academia member",
        "Corvina Telematics Ltd",
    ],
)
def test_a_source_field_naming_an_organisation_makes_a_contribution(source: str) -> None:
    report = make_report(
        "Third meeting of ITU-D Study Group 1: Geneva, 4-8 May 2031",
        f"SOURCE: {source}",
        "TITLE: Rural broadband pilots in two provinces",
        title="Document 1/88-E",
    )
    assert (report_genre(report), records_meeting(report)) == ("contribution", False)


@pytest.mark.parametrize("source", ["Chairman, Working Party 3", "Committee 4", "Rapporteur for Question 2/1"])
def test_a_source_field_naming_a_post_or_a_numbered_group_keeps_the_record(source: str) -> None:
    report = make_report(f"Source: {source}", "Title: Report of the meeting", title="Document 12-E")
    assert records_meeting(report)


def test_a_symbol_run_into_the_title_by_a_dash_leaves_the_cue_at_the_start() -> None:
    report = make_report(
        "Council 2033, Geneva, 3-12 June 2033 — Agenda item PL 3.1 — 2 May 2033",
        title="C33/41-E — NOTE BY THE SECRETARY-GENERAL ON THE REGIONAL INITIATIVES",
    )
    assert (report_genre(report), records_meeting(report)) == ("secretary-general", False)
    record = make_report(title="TDAG-33/9-E — Summary of the thirtieth meeting of the Group")
    assert report_genre(record) == "record" and records_meeting(record)


def test_an_agenda_item_names_a_topic_not_the_genre_of_the_speech_under_it() -> None:
    report = make_report(
        "Agenda item: Highlights and outcomes of the regional development forums",
        "Statement by the delegation of the Kingdom of Bhutan",
        "Thank you, Mr Chair.",
        "Bhutan supports the proposals of the Bureau and thanks the Director for the report.",
        title="Council 2034 – Plenary meeting, 9 June 2034",
    )
    assert (report_genre(report), records_meeting(report)) == ("speech", False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Malawi and Zambia propose that the Group adopt the guidelines annexed to this document.",
        "Bolivia, Ecuador and Paraguay support the draft roadmap and request that the Bureau publish it.",
        "Nepal associates itself with the statement of the Asia-Pacific Group.",
    ],
)
def test_countries_speaking_together_in_the_present_make_a_contribution(sentence: str) -> None:
    report = one_section_report("regional rollout of the programme was completed in 2030.", sentence)
    assert (report_genre(report), records_meeting(report)) == ("contribution", False)


def test_countries_reported_in_the_past_keep_the_record() -> None:
    report = one_section_report(
        "continued its review of the draft guidelines.",
        "Malawi and Zambia proposed that the Group adopt the guidelines, and the Group agreed.",
    )
    assert records_meeting(report)


def test_a_resolution_preamble_run_into_one_paragraph_is_a_resolution() -> None:
    report = make_report(
        "Convening of the Regional Forum 2034",
        "The Council, considering a) Resolution 140 of the Plenipotentiary Conference; b) the host country's offer,",
        "decides to convene the Forum in 2034.",
        title="Council 2033 Document C33/98-E",
    )
    assert (report_genre(report), records_meeting(report)) == ("resolution", False)
    record = make_report(
        "The Council, noting the report of the Chair, approved the dates of the next meeting.",
        title="Council 2033 Document C33/98-E",
    )
    assert records_meeting(record)


@pytest.mark.parametrize(
    ("line", "genre"),
    [
        ("Liaison statement to Working Party 6C on accessible broadcasting", "letter"),
        ("Concept note for the Regional Digital Skills Forum 2035", "concept-note"),
        ("Background paper prepared for the ministerial round table", "concept-note"),
        ("Provisional agenda of the ninth meeting of the Group", "agenda"),
        ("Information note by the Secretary-General", "secretary-general"),
        ("MEMORANDUM OF UNDERSTANDING BETWEEN ITU AND THE PACIFIC ISLANDS FORUM SECRETARIAT", "agreement"),
        ("Agreement on a voluntary contribution to the Smart Islands project", "agreement"),
        ("Host Country Agreement for the World Telecommunication Development Conference 2037", "agreement"),
        ("Cooperation agreement between the Regional Office and the Andean Community", "agreement"),
        # a record's cue after a gerund and "the" is the topic of a name
        ("Agenda item: the Union's role in reviewing the outcomes of the Summit", None),
        ("Meeting highlights — hybrid meeting, 3-7 March 2035", "record"),
    ],
)
def test_genres_of_documents_that_record_no_meeting(line: str, genre: str | None) -> None:
    from wsiskg.ingest.extract.genre import line_genre

    assert line_genre(line) == genre


def test_a_salutation_in_the_cover_decides_over_a_record_cue_above_it() -> None:
    letter = make_report(
        "Highlights of the Regional Forum 2035: call for session proposals",
        "Dear Colleagues,",
        "I am writing to invite your organization to propose sessions for the Forum.",
        title="Circular 12/35",
    )
    assert (report_genre(letter), records_meeting(letter)) == ("letter", False)
    speech = make_report(
        "Closing remarks by the Chair of the Group, Ms Ilse Varga, Head of Division",
        "Dear colleagues,",
        "We have come to the end of a productive day.",
        title="UNGIS – High-Level Meeting",
    )
    assert report_genre(speech) == "speech"
    record = make_report(
        "Highlights of the fifth meeting",
        "The meeting was opened by the Chair, who welcomed the participants.",
        "Dear colleagues, she said, the work of the Group is at a turning point.",
        title="Group on Digital Skills",
    )
    assert report_genre(record) == "record" and records_meeting(record)


@pytest.mark.parametrize(
    "fields",
    [
        ("TELECOMMUNICATION STANDARDIZATION SECTOR", "STUDY GROUP 11", "Question(s): 4/11",
         "Source: ITU-T Study Group 11", "Title: LS on signalling for emergency calls",
         "For action to: ITU-R Working Party 4C", "Approval: Study Group 11 meeting (Geneva, 3-12 March 2031)",
         "1 ITU-T Study Group 11 thanks Working Party 4C for its liaison statement."),
        ("Document SG3-LS12", "Source: ITU-T Study Group 3", "Title: Reply LS on tariff principles",
         "For action to: ITU-D Study Group 1", "At its meeting held from 2 to 6 June 2030, Study Group 3 agreed ..."),
    ],
)  # fmt: skip
def test_a_liaison_statements_for_action_field_records_no_meeting(fields: tuple[str, ...]) -> None:
    report = make_report(*fields, title="INTERNATIONAL TELECOMMUNICATION UNION")
    assert report_genre(report) == "letter" and not records_meeting(report)


@pytest.mark.parametrize(
    ("line", "genre"),
    [
        # a cue of a genre that records no meeting, in the topic of a meeting's name: a word of the topic
        ("Joint ITU/WMO Workshop on Sensor Data and Circular Electronics", None),
        ("REGIONAL FORUM ON E-WASTE AND THE CIRCULAR ECONOMY", None),
        ("Symposium for Circular Economy in Small Islands", None),
        # the document's kind, as before
        ("TSB Circular 318", "letter"),
        ("Administrative Circular CA/299", "letter"),
        ("Addendum 1 to TSB Circular 318", "letter"),
    ],
)
def test_a_cue_in_the_topic_of_a_meetings_name_is_no_genre(line: str, genre: str | None) -> None:
    from wsiskg.ingest.extract.genre import line_genre

    assert line_genre(line) == genre


@pytest.mark.parametrize(
    ("line", "genre"),
    [
        ("Annual report 2031", "period-report"),
        ("ANNUAL REPORT 2030", "period-report"),
        ("Progress report, March–November 2032", "period-report"),
        ("Joint roadmap 2033–2036", "period-report"),
        ("Annual implementation progress report 2031", "period-report"),
        ("Activity report for 2030/2031", "period-report"),
        # the kind without its period, or with a topic after it, is no cue
        ("Annual report of the Chair of the Working Group", None),
        ("Roadmap", None),
        ("Report of the annual meeting 2031", "record"),
    ],
)
def test_a_document_of_a_period_is_told_by_its_kind_and_its_period(line: str, genre: str | None) -> None:
    from wsiskg.ingest.extract.genre import line_genre

    assert line_genre(line) == genre


def test_an_annual_report_that_recalls_its_board_s_meeting_records_no_meeting() -> None:
    report = make_report(
        "Annual report 2031",
        "Windhoek, 20 January 2032",
        "The Programme Board met in Windhoek on 14 November 2031 and approved the training plan for 2032.",
        "The programme trained 310 regulators from twelve countries in 2031.",
        title="KALAHARI REGULATORY TRAINING PROGRAMME",
    )
    assert (report_genre(report), records_meeting(report)) == ("period-report", False)
