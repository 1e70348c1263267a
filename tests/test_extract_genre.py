"""The genre of a report (ingest/extract/genre.py): only the record of a meeting gets a meeting."""

from __future__ import annotations

import pytest
from extract_support import make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.genre import line_genre, records_meeting, report_genre


@pytest.mark.parametrize(
    ("line", "genre"),
    [
        ("Contribution from the Kingdom of Lesotho", "contribution"),
        ("Joint contribution by Chile and Peru", "contribution"),
        ("INTER-AMERICAN COMMON PROPOSALS FOR THE WORK OF THE ASSEMBLY", "contribution"),
        ("Dear Sir/Madam,", "letter"),
        ("Dear Colleagues,", "letter"),
        ("I have the honour to invite you to the seventh meeting of the Group.", "letter"),
        ("Subject: Workshop on quantum-safe networks, Lima, 3 March 2031", "letter"),
        ("Closing remarks", "speech"),
        ("Keynote address by the Minister of Posts of Benin", "speech"),
        ("Statement by Ms Ana Duarte, Vice-President", "speech"),
        ("Excellencies, distinguished guests,", "speech"),
        ("Mr Chairman, honourable delegates, dear colleagues,", "speech"),
        ("Note by the Secretary-General", "secretary-general"),
        ("REPORT BY THE SECRETARY-GENERAL", "secretary-general"),
        ("RESOLUTION 101 (REV. LIMA, 2031)", "resolution"),
        ("Resolution 71 (Rev. Lima, 2031) – Strategic plan of the Union", "resolution"),
        ("Keynote speech of H.E. Mr Tomás Ruiz, Minister of Transport", "speech"),
        ("Video message from the Secretary-General", "speech"),
        ("Report by the Director of the Telecommunication Development Bureau", "secretary-general"),
        ("DRAFT NEW RESOLUTION [ASP-3]", "contribution"),
        ("PART 3 - PROPOSED MODIFICATIONS TO RESOLUTION 64 (REV. LIMA, 2031)", "contribution"),
        ("Proposals for a revision of the Strategic Plan", "contribution"),
        ("Summary record of the third plenary meeting", "record"),
        ("Report by the Chairman of the Council Working Group on Languages", "chair-report"),
        ("Outcome Document – Highlights", "record"),
        ("Contribution to the open consultation on the Forum 2034", "contribution"),
        ("Submission from the Republic of Palau", "contribution"),
        ("Input from the Government of Tuvalu", "contribution"),
        ("Official submission form – Phase I: open questions", "contribution"),
        ("INTERVENTION OF THE DELEGATION OF URUGUAY", "speech"),
        ("Speaking notes for the Director of the Bureau", "speech"),
        # not cues: prose, or a cue word inside a longer sentence
        ("Distinguished experts from twelve administrations attended the meeting.", None),
        ("Resolution 1332 invites the Secretary-General to report on the work of the Group each year.", None),
        ("The statement by the delegate of Chile was noted.", None),
        ("Opening of the meeting", None),
    ],
)
def test_line_genre(line: str, genre: str | None) -> None:
    assert line_genre(line) == genre


def test_the_first_cue_decides() -> None:
    # a committee's report to the plenary, then the text of the resolution it approved
    committee = make_report(
        "COMMITTEE 4",
        "Draft third report of Committee 4 to the Plenary",
        "RESOLUTION 77 (REV. LIMA, 2031)",
        title="Plenipotentiary Conference (PP-31)",
    )
    assert (report_genre(committee), records_meeting(committee)) == ("record", True)
    resolution = make_report("RESOLUTION 77 (REV. LIMA, 2031)", "Summary record", title="PP-31")
    assert (report_genre(resolution), records_meeting(resolution)) == ("resolution", False)


def test_a_report_without_cues_records_a_meeting() -> None:
    report = make_report("Geneva, 3-4 May 2031", title="Council Working Group on Languages – 12th meeting")
    assert report_genre(report) is None and records_meeting(report)


@pytest.mark.parametrize(
    "title",
    [
        "Report of the 12th meeting of the Council Working Group on Languages",
        "Report of the 31st meeting — Lima, 4 March 2032 — Document XG-31/9",
        "Minutes of the Rapporteur Group meeting on Question 7/1, Geneva, 5 May 2031",
        "Summary record of the third coordination call",
        "Final report of the second regional consultation session",
    ],
)
def test_a_records_title_of_a_meeting_named_by_its_kind_is_a_records(title: str) -> None:
    # a table row of the record below it ("Contribution to the X, XG-31/6, noted") does not make it a contribution
    report = make_report(
        "The meeting was chaired by Ms Ana Ruiz (Peru), who welcomed the delegates of thirty Member States.",
        "Contribution to the 2032 review, XG-31/6, noted",
        title=title,
    )
    assert report_genre(report) == "record" and records_meeting(report)


@pytest.mark.parametrize(
    "title", ["Report of the Secretary-General on the session of the Board", "Report on the outcomes of the session"]
)
def test_a_report_of_someone_on_a_meeting_is_no_records_title(title: str) -> None:
    assert report_genre(make_report("Geneva, 3 May 2031", title=title)) in (None, "secretary-general", "record")


def test_an_outcome_report_line_is_a_records_cue() -> None:
    report = make_report(
        "OUTCOME REPORT", "1 The meeting finalised 12 common proposals for the conference.", title="AFRICAN X UNION"
    )
    assert report_genre(report) == "record"


def test_cues_only_count_in_the_header() -> None:
    from extract_support import one_section_report

    report = one_section_report("The Group took note of the statement.", "Opening remarks")
    assert report_genre(report) is None


@pytest.mark.parametrize(
    "cue",
    ["Contribution from the Republic of Zambia", "Speech by Halvard Nes, Chief, BDT", "Dear Sir/Madam,"],
)
def test_a_header_naming_a_meeting_gives_no_meeting_to_a_document_that_records_none(cue: str) -> None:
    report = make_report(
        "Twelfth meeting – Geneva, 3-4 May 2031",
        "Document CWG-LANG-12/5-E",
        cue,
        "The Group is invited to consider the proposals of this document at its twelfth meeting.",
        title="Report of the 12th meeting of the Council Working Group on Languages"
        if cue.startswith("Dear")
        else "Council Working Group on Languages",
    )
    assert extract(report).meeting is None


def test_a_heading_cue_alone_does_not_make_a_record_a_speech() -> None:
    record = make_report(
        "Opening remarks",
        "The Chair welcomed the participants and recalled the mandate of the Group.",
        title="UNGIS meeting, Rome, 4 May 2032",
    )
    assert report_genre(record) is None and records_meeting(record)
    speech = make_report("Opening remarks", "Distinguished delegates,", "Good morning.", title="UNGIS meeting")
    assert report_genre(speech) == "speech" and not records_meeting(speech)


@pytest.mark.parametrize(
    ("line", "genre"),
    [
        ("Mr. President, distinguished delegates,", "speech"),
        ("Madam Chair, Excellencies, dear colleagues:", "speech"),
        # a PDF's layout ran the genre into the header fields before it
        ("Agenda item: PL 2.1 Document C31/12-E 3 May 2031 Original: English Note by the Secretary-General",
         "secretary-general"),
        ("Document 7-E 2 March 2031 Original: French Contribution from the Republic of Chad", "contribution"),
    ],
)  # fmt: skip
def test_cues_behind_honorific_dots_and_header_fields(line: str, genre: str) -> None:
    assert line_genre(line) == genre


def test_a_speech_cut_before_its_header_is_known_by_its_address_to_the_audience() -> None:
    from extract_support import one_section_report

    speech = one_section_report(
        "gap between developed and developing countries, which this Bureau has made its first priority.",
        "Distinguished delegates, ladies and gentlemen, I thank our hosts for their warm welcome.",
    )
    assert (report_genre(speech), records_meeting(speech)) == ("speech", False)
    record = one_section_report(
        "continued the discussion of the draft report.",
        "Distinguished experts from nine administrations attended the meeting, held on 3 May 2031.",
    )
    assert records_meeting(record)


@pytest.mark.parametrize(
    ("first", "genre"),
    [
        ("1.1 Peru thanks the Director of the Bureau for the report on the backlog of filings.", "contribution"),
        ("The Administration of Viet Nam proposes that the Group review the fees each year.", "contribution"),
        ("Nepal supports the draft work plan and wishes to host the next workshop.", "contribution"),
        # a record reports in the past tense what a country said
        ("1.1 Peru thanked the Director of the Bureau for the report on the backlog of filings.", None),
        ("The Group thanks the Director of the Bureau for the report.", None),
    ],
)
def test_a_country_speaking_in_the_present_tense_submits_a_contribution(first: str, genre: str | None) -> None:
    from extract_support import one_section_report

    report = one_section_report(first, "Further work is needed on the cost of processing.")
    assert report_genre(report) == genre


@pytest.mark.parametrize(
    ("first", "genre"),
    [
        ("... African Administrations propose that the footnote be kept in the band 470-694 MHz.", "contribution"),
        ("2 The CEPT Administrations support the draft new Resolution on short-range devices.", "contribution"),
        ("Asia-Pacific Administrations request the Bureau to publish the studies received.", "contribution"),
        ("Inter-American Administrations consider that no change to Article 5 is needed.", "contribution"),
        # a record reports in the past tense what a group of administrations said
        ("2 The CEPT Administrations supported the draft new Resolution on short-range devices.", None),
        # a single administration's name is no regional group: read as before (a country speaks, or no one)
        ("Administrations consider that no change to Article 5 is needed.", None),
    ],
)
def test_a_regional_group_of_administrations_speaking_in_the_present_tense_submits_a_contribution(
    first: str, genre: str | None
) -> None:
    from extract_support import one_section_report

    report = one_section_report(first, "Further work is needed on the cost of processing.")
    assert report_genre(report) == genre


# ------------------------------------------------------------------ a document that speaks in the first person
_CLOSING = (
    "... and so the Committee finished, in two days rather than four, its review of the draft operational plan.",
    "Allow me now to close this fifth meeting of the Committee with a few words of thanks to all of you.",
    "I thank first my Vice-Chairs, who steered the drafting groups through long evenings of negotiation.",
    "I also thank the interpreters and the staff of the documents service, who worked late into the night.",
)


def test_a_document_speaking_in_the_first_person_singular_is_a_speech_and_records_no_meeting() -> None:
    from extract_support import one_section_report

    speech = one_section_report(*_CLOSING)
    assert (report_genre(speech), records_meeting(speech)) == ("speech", False)
    assert extract(speech).meeting is None


@pytest.mark.parametrize(
    "texts",
    [
        # one sentence in the first person (a quotation aside) is not enough
        (
            "The fifth meeting of the Committee was held in Nairobi on 3 and 4 June 2031 under its Chairman.",
            "The Chairman said that I would be the word of a speaker, and the meeting noted the proposal made.",
            "The Committee reviewed the draft operational plan and agreed to send it to the Council for approval.",
        ),
        # a quoted speaker and a roman numeral are no first person of the document
        (
            "The fifth meeting of the Committee was held in Nairobi on 3 and 4 June 2031 under its Chairman.",
            "The Chairman recalled the words of the Minister: “I believe my country is ready to host it.”",
            "The Committee noted Annex I to the report and Part I of the plan, and Region I and its members.",
            "The Committee took note of Section I on the budget and agreed to send Annex I to the Council.",
        ),
    ],
)
def test_a_record_that_quotes_a_speaker_or_names_annex_i_stays_a_record(texts: tuple[str, ...]) -> None:
    from extract_support import one_section_report

    assert records_meeting(one_section_report(*texts))


@pytest.mark.parametrize(
    "first",
    [
        "delivered by the Chair of the Expert Group, Ms Ilse Vant, who presented the four draft Opinions.",
        "submitted by the delegation of Uruguay, which the Committee considered in its second reading.",
        "remarks by the Director of the Bureau, after which the meeting adopted its agenda without change.",
    ],
)
def test_a_sentence_an_excerpt_cut_above_its_first_line_has_no_cue(first: str) -> None:
    report = make_report(first, "5 Adoption of the Opinions", "The Forum adopted Opinions 1 to 4 by consensus.")
    assert (report_genre(report), records_meeting(report)) == (None, True)


def test_a_source_label_with_a_footnote_mark_names_the_submitter() -> None:
    report = make_report("Geneva, 3-7 March 2031", "SOURCE*: Chile", "TITLE: Views on the work programme")
    assert report_genre(report) == "contribution"


# ------------------------------------------------------------------ the document's form decides
@pytest.mark.parametrize(
    ("line", "genre"),
    [
        ("Draft resolution submitted by the Vice-Chair of the Commission, Ms Ilse Vant (Estonia)", "draft"),
        ("DRAFT DECISION", "draft"),
        ("Draft decision on the preparations for the review of the Forum", "draft"),
        ("Resolution adopted by the General Assembly on 14 March 2033", "resolution"),
        ("RESOLUTION COM4/2 (KAMPALA, 2033)", "resolution"),
        ("Statement delivered by the delegation of Paraguay on behalf of the Andean Group", "speech"),
        ("Remarks made by the Deputy Director of the Bureau", "speech"),
        ("Input submitted by: Rede Mulheres Digitais, Recife, Brazil", "contribution"),
        ("Re: your letter BR/4/5521 of 2 May 2033 - frequency coordination", "letter"),
        ("Dear Ms Okonkwo-Baptiste,", "letter"),
        ("Excellency,", "letter"),
        ("In the absence of the President, Ms Tiva Lomu (Tonga), Vice-President, took the Chair.", "record"),
        # a record's word after "to the", "of the": the topic of a title, no cue
        ("Progress made in the implementation of and follow-up to the outcomes of the Summit", None),
        ("The draft decisions were adopted without amendment.", None),
    ],
)
def test_line_genre_of_drafts_adopted_texts_delivered_statements_and_letters(line: str, genre: str | None) -> None:
    assert line_genre(line) == genre


def test_a_note_by_the_secretary_general_transmits_the_report_named_in_the_title() -> None:
    note = make_report(
        "Council 2034",
        "Document C34/19-E",
        "Original: English",
        "Note by the Secretary-General",
        "I have the pleasure to transmit the report of the Chair of the Group, which met twice in 2033.",
        title="REPORT OF THE CHAIR OF THE COUNCIL WORKING GROUP ON LANGUAGES",
    )
    assert (report_genre(note), records_meeting(note)) == ("secretary-general", False)
    # a remark of the secretariat in a record's header names no author
    summary = make_report(
        "Summary of the meeting",
        "Note by the secretariat: in this summary, dates follow the day/month/year convention.",
        title="Council Working Group on Languages",
    )
    assert (report_genre(summary), records_meeting(summary)) == ("record", True)
    # a record's list of the contributions it considered, after its first prose, names no author
    record = make_report(
        "Summary of the meeting",
        "The Group considered the following contributions, each introduced by its author in turn.",
        "Contribution from the Republic of Fiji",
        title="Council Working Group on Languages",
    )
    assert (report_genre(record), records_meeting(record)) == ("record", True)


@pytest.mark.parametrize(
    ("lines", "genre"),
    [
        # a submitter with a post after the organisation's name
        (("Document SG2RGQ/77-E", "Source: Instituto Técnico de Cusco (Peru), Academia member"), "contribution"),
        (("Document SG2RGQ/77-E", "Source: Vice-Chair, Study Group 2"), None),
        # an unlabelled submitter line right after the language field
        (("Document C33/61-E", "4 May 2033", "Original: Spanish", "Republic of Ecuador, Republic of Panama"),
         "contribution"),
        (("Document RAG33/7-E 2 May 2033 English only", "Asia-Pacific Telecommunity (APT)", "VIEWS ON WRC-35"),
         "contribution"),
        (("Document 27-E", "Original: English", "Asia-Pacific Telecommunity Member Administrations",
          "VIEWS ON THE WORK OF THE ASSEMBLY"), "contribution"),
        # the body above its session met: no submitter
        (("E/CN.16/2033/4", "Original: English", "Commission on Science and Technology for Development",
          "Thirty-sixth session"), None),
        # an organisation's letterhead, first in the header, submits nothing
        (("Asia-Pacific Telecommunity", "Document APG35-2/OUT-9", "Original: English"), None),
        # the header's fields run together on one line, the title under its label
        (("Document TDAG-33/8-E, 3 March 2033. Original: English. Source: Chair, Study Group 2. Title: Report "
          "of the Chair of Study Group 2 to TDAG",), "chair-report"),
    ],
)  # fmt: skip
def test_the_cover_block_names_who_submits_the_document(lines: tuple[str, ...], genre: str | None) -> None:
    assert report_genre(make_report(*lines, title="Telecommunication Development Advisory Group")) == genre


def test_a_verbatim_record_is_a_record_though_its_speakers_say_i() -> None:
    record = make_report(
        "A/88/PV.41",
        "41st plenary meeting",
        "Monday, 9 May 2033, 3 p.m.",
        "In the absence of the President, Mr Oskar Lind (Sweden), Vice-President, took the Chair.",
        "Mr Amadou Sarr (Senegal): I thank the President. I wish to make three points on the review.",
        title="General Assembly",
    )
    assert (report_genre(record), records_meeting(record)) == ("record", True)


def test_a_letter_cut_before_its_header_is_known_by_its_closing_formula() -> None:
    from extract_support import one_section_report

    letter = one_section_report(
        "questionnaire sent on 4 February 2033, to which the Authority replies below.",
        "The Authority has designated a focal point for the assessment mission.",
        "Yours faithfully,",
    )
    assert (report_genre(letter), records_meeting(letter)) == ("letter", False)


def test_a_country_speaking_deep_in_a_text_cut_before_its_header_submits_it() -> None:
    from extract_support import one_section_report

    prose = [f"2.{i} The regional initiative on rural broadband received project funding in 2033." for i in range(6)]
    report = one_section_report(*prose, "4.1 Uruguay proposes that the Group invite the Bureau to report each year.")
    assert (report_genre(report), records_meeting(report)) == ("contribution", False)


def test_a_statement_in_the_first_person_plural_is_a_speech_but_a_declaration_is_not() -> None:
    from extract_support import one_section_report

    statement = one_section_report(
        "The Nordic countries have followed the negotiations on the outcome of the review closely.",
        "We thank the co-facilitators for their patience and for the clarity of the draft before us today.",
        "Let me make three points on the draft outcome, on the mandate of the Forum and on financing.",
        "We support the extension of the mandate of the Forum for another ten years without conditions.",
    )
    assert (report_genre(statement), records_meeting(statement)) == ("speech", False)
    declaration = one_section_report(
        "We, the ministers and heads of delegation gathered in Apia on 3 and 4 May 2033, declare as follows.",
        "We commit to connect every school of the region to broadband by the end of the decade ahead.",
        "We call upon all stakeholders to support the regional initiatives adopted by the Conference.",
    )
    assert report_genre(declaration) is None


@pytest.mark.parametrize(
    ("texts", "genre"),
    [
        # a speech cut before its header, addressing the chair deep in its text
        (("dates of the regional forum were agreed with the host country last spring.",
          "The region has doubled its fibre backbone since the last Conference was held.",
          "Mr Chairman, in conclusion, the Group wishes to recall the commitments made in 2030."), "speech"),
        (("Thank you, Madam Chair.", "The delegation of Fiji has followed the negotiations closely."), "speech"),
        # a resolution's text cut before its number, laid out under its form's headings
        (("of the regional initiatives adopted in 2031,", "considering", "a) that the costs have risen;",
          "recognizing", "a) the work of the Bureau;", "resolves", "1 to continue the programme;"), "resolution"),
        # a record reports the chair's words in the third person
        (("The Chairman thanked the delegates and, in conclusion, recalled the commitments made in 2030.",
          "The Group noted the report and agreed to consider it at its next meeting."), None),
    ],
)  # fmt: skip
def test_a_text_cut_before_its_header_is_known_by_its_voice_or_its_form(
    texts: tuple[str, ...], genre: str | None
) -> None:
    from extract_support import one_section_report

    assert report_genre(one_section_report(*texts)) == genre


def test_a_note_verbale_closing_with_its_formula_records_no_meeting() -> None:
    report = make_report(
        "LIMA",
        "Note No. 87",
        "The Permanent Mission of the Republic of Peru presents its compliments to the Telecommunication "
        "Development Bureau and has the honour to inform it that the fourth Andean consultation on broadband "
        "was held in Cusco on 3 and 4 March 2031.",
        "The Permanent Mission of the Republic of Peru avails itself of this opportunity to renew to the "
        "Telecommunication Development Bureau the assurances of its highest consideration.",
        title="PERMANENT MISSION OF THE REPUBLIC OF PERU",
    )
    assert report_genre(report) == "letter" or not records_meeting(report)
    assert not records_meeting(report)


def test_a_secretariat_note_records_no_meeting() -> None:
    report = make_report(
        "Secretariat note",
        "Regional review: call for inputs",
        "Geneva, 4 May 2031",
        "The Commission held its thirty-fourth session in Geneva from 14 to 18 April 2031 and asked the "
        "secretariat to launch an open call for inputs.",
        title="Commission on Science and Technology for Development",
    )
    assert not records_meeting(report)


@pytest.mark.parametrize(
    ("title", "header", "note"),
    [
        (
            "REPORT OF THE TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP (TDAG) TO WTDC-33",
            ("WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-33)", "Lima, 6-17 November 2033"),
            "Note by the Director of the Telecommunication Development Bureau",
        ),
        (
            "Report of the Radiocommunication Advisory Group to the Radiocommunication Assembly",
            ("RADIOCOMMUNICATION ASSEMBLY", "Geneva, 13-17 October 2031", "Document RA31/4-E"),
            "Note by the Director, Radiocommunication Bureau",
        ),
        (
            "Outcome of the Review Committee",
            ("TSAG 2032", "Document TSAG-TD/88"),
            "NOTE BY THE DIRECTOR OF TSB",
        ),
    ],
)
def test_a_note_by_a_bureau_director_transmitting_a_group_s_report_records_no_meeting(
    title: str, header: tuple[str, ...], note: str
) -> None:
    # like a note by the Secretary-General: it transmits a report; the meetings the group held are its events
    report = make_report(
        *header,
        note,
        "I have the honour to transmit the report of the Group, which held six meetings, the last from 4 to 8 "
        "July 2032.",
        title=title,
    )
    assert (report_genre(report), records_meeting(report)) == ("secretary-general", False)
    assert extract(report).meeting is None


@pytest.mark.parametrize(
    "fields",
    [
        ("Subject: choice of the venue for the 2032 congress", "Date: 14.05.2031"),
        ("Ref.: NFR/2031/07", "Subject: review of the pilot projects"),
    ],
)
def test_a_note_for_the_record_over_memo_fields_is_a_record_of_its_meeting(fields: tuple[str, ...]) -> None:
    report = make_report(
        "NOTE FOR THE RECORD",
        *fields,
        "The fourth meeting of the Steering Board of the Andean Broadband Fund took place online on 12 May 2031 "
        "under the chairmanship of Ms Ines Valcarcel (Peru).",
        "1. The Board approved the accounts of the Fund for 2030.",
        title="Andean Broadband Fund",
    )
    assert (report_genre(report), records_meeting(report)) == ("record", True)
    found = extract(report).meeting
    assert found is not None and (found.number, str(found.start)) == (4, "2031-05-12")


def test_a_memo_with_a_subject_and_no_record_cue_stays_a_letter() -> None:
    report = make_report(
        "Subject: choice of the venue for the 2032 congress",
        "The fourth meeting of the Steering Board of the Andean Broadband Fund took place online on 12 May 2031.",
        title="Andean Broadband Fund",
    )
    assert records_meeting(report) is False


@pytest.mark.parametrize(
    "source",
    ["Source: Director, Radiocommunication Bureau", "SOURCE: Director of the Telecommunication Development Bureau"],
)
def test_a_document_a_bureaus_director_submits_to_the_meeting_records_none(source: str) -> None:
    """``Source: Director, X Bureau`` over a title: a document the Director submits to the meeting its header names
    (a report, a survey's results), not that meeting's record."""
    report = make_report(
        "Radiocommunication Advisory Group",
        "35th meeting, Geneva, 4-6 April 2033",
        "Document RAG-33/12-E",
        source,
        "Title: Results of the consultation on satellite filing fees",
        "1 The Bureau consulted the membership from 10 January to 28 February 2033 and received 88 replies.",
        title="Radiocommunication Advisory Group",
    )
    assert report_genre(report) == "secretary-general"
    assert extract(report).meeting is None


# ------------------------------------------------------------- how a genre's author speaks (genre_voices.csv)
def test_every_voice_names_genres_the_cues_know() -> None:
    from wsiskg.ingest.extract.genre import voice_genres
    from wsiskg.ingest.tables import data_rows

    known = {r["genre"] for r in data_rows("genre_cues.csv")}
    voices = {r["voice"] for r in data_rows("genre_voices.csv")}
    assert voices >= {"first-person", "signed", "headed", "undrafted", "body-own", "arguing"}
    for voice in voices:
        assert voice_genres(voice) <= known, voice


def test_who_speaks_in_the_first_person_signs_in_their_own_name() -> None:
    """The authors' reader once took the first-person genres as the signed ones less the Secretary-General's report:
    one table keeps the two voices consistent."""
    from wsiskg.ingest.extract.genre import voice_genres

    assert voice_genres("first-person") < voice_genres("signed")
    assert "secretary-general" in voice_genres("signed") - voice_genres("first-person")


def test_an_unknown_voice_is_an_error_not_an_empty_set() -> None:
    from wsiskg.ingest.extract.genre import voice_genres

    with pytest.raises(ValueError, match="genre_voices.csv"):
        voice_genres("whispered")
