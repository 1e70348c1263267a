"""Page furniture and OCR noise, undone where the text is read (layout, normaliser, the document's
vocabulary), for every fact type: each repair with noisy text that is mended and clean text that
must stay exactly as written. Our own sentences, names and symbols."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import mended
from pdfgen import write_pdf

from wsiskg.ingest.extract import extract
from wsiskg.ingest.ocr_words import row_words
from wsiskg.ingest.parse import parse
from wsiskg.ingest.pdf_layout import header_symbol, pdf_pages_to_blocks
from wsiskg.ingest.read import read
from wsiskg.ingest.text import normalize


# ------------------------------------------------------------------ digits and letters in numbers
@pytest.mark.parametrize(
    ("noisy", "clean"),
    [
        ("the workshop held on l5 March 2O19", "the workshop held on 15 March 2019"),
        ("comments are due by 3l December 2O27.", "comments are due by 31 December 2027."),
        ("from 8 to 1l June in Lomé", "from 8 to 11 June in Lomé"),
        ("no later than I0 October", "no later than 10 October"),
        ("the 2O22-2O25 cycle and PP-2O18", "the 2022-2025 cycle and PP-2018"),
        ("Kigali, 3O May", "Kigali, 30 May"),
        ("held on 30/01/2O29 and on 29.01.2O29", "held on 30/01/2029 and on 29.01.2029"),  # numeric dates
        ("the plan adopted by WTDC-l9 and PP-O6", "the plan adopted by WTDC-19 and PP-06"),  # a code's number
        ("the WSIS+1O review of the outcomes", "the WSIS+10 review of the outcomes"),
        ("CONFERENCE (XRC\u2013l4) Lusaka", "CONFERENCE (XRC\u201314) Lusaka"),  # an en dash
    ],
)
def test_letters_read_for_digits_in_dates_are_digits_again(noisy: str, clean: str) -> None:
    assert normalize(noisy) == clean


@pytest.mark.parametrize(
    "text",
    [
        "O2 and Il Sole joined the SG1 and SG11 meetings",  # a company, a newspaper, group names
        "Q1/17, WP1a, G20, 3GPP, IPv6, H2O and 27001",
        "the 1O proposals and Phase Il",  # no month beside them: left as written
        "A/RES/7O/1 and EGX-2O/4",  # inside a symbol: the documents reader undoes it, not the normaliser
        "Vol-l0, X-O4 and Phase-Il",  # no acronym before the dash, or no digit: no code's number
        "pages 1 - 2 - 3 of Annex 2 were read in 2011 - 2012",
    ],
)
def test_numbers_and_symbols_without_noise_are_left_as_written(text: str) -> None:
    assert normalize(text) == text


# ------------------------------------------------------------------ words broken by OCR
def test_digits_and_capitals_read_for_letters_inside_words_are_letters_again() -> None:
    (text,) = mended("The Counci1 wi11 meet; a1l Member States and the Cultura1 Organization were invited.")
    assert text == "The Council will meet; all Member States and the Cultural Organization were invited."
    first, _ = mended("Fo11ow-up of the review", "the follow-up was agreed")
    assert first == "Follow-up of the review"  # the document prints "follow" elsewhere
    (text,) = mended("the lnternational Organization and the FinaI Acts")
    assert text == "the International Organization and the Final Acts"


def test_words_split_by_a_space_are_joined_when_the_joined_word_is_known() -> None:
    (text,) = mended(
        "The Secre tariat of the Counci l and the Depart ment of Deve lopment met in Apri l "
        "with internationa l experts."
    )
    assert text == (
        "The Secretariat of the Council and the Department of Development met in April with international experts."
    )
    first, _ = mended("a Semi nar on spectrum pricing", "The seminar closed on Friday.")
    assert first == "a Seminar on spectrum pricing"  # joined: the document prints "seminar" elsewhere
    first, _ = mended("a Work shop and a road map", "The workshop adopted the roadmap.")
    assert first == "a Work shop and a road map"  # two words each: left as written


def test_a_name_ending_in_l_read_as_a_one_is_mended_after_another_capitalised_word() -> None:
    (text,) = mended("Mr Torsten Nyda1 (Sweden) and Ms Ana Cabra1 spoke; the Study Group1 met.")
    assert text == "Mr Torsten Nydal (Sweden) and Ms Ana Cabral spoke; the Study Group1 met."


def test_words_in_capitals_split_by_a_space_are_joined() -> None:
    (text,) = mended("SUMMARY RECORD OF THE THIRD PLE NARY MEETING OF THE CONFE RENCE")
    assert text == "SUMMARY RECORD OF THE THIRD PLENARY MEETING OF THE CONFERENCE"
    assert mended("THE UN WOMEN AND ITU BDT") == ["THE UN WOMEN AND ITU BDT"]  # acronyms stay apart


def test_words_split_by_a_hyphen_are_joined_when_the_parts_are_no_words() -> None:
    (text,) = mended(
        "the Expert Group on Indic-ators of the Telecomm-unication Develop-ment Sector and its Secre-tariat"
    )
    assert text == "the Expert Group on Indicators of the Telecommunication Development Sector and its Secretariat"


def test_a_word_hyphenated_at_a_line_end_is_joined_when_the_joined_word_is_known() -> None:
    """``Develop- ment``: a PDF line's last word broken after its hyphen, the rest on the next line after a space;
    joined when the document or the word lists know the word, left when not (``Thirty- one``) or when the rest is a
    function word (``pre- and post-session``)."""
    text, other = mended(
        "resolves to instruct the Director of the Telecommunication Develop- ment Bureau 1 to survey the islands",
        "Thirty- one members attended the pre- and post-session briefings on the Reso- lution.",
    )
    assert (
        text == "resolves to instruct the Director of the Telecommunication Development Bureau 1 to survey the islands"
    )
    assert other == "Thirty- one members attended the pre- and post-session briefings on the Resolution."


@pytest.mark.parametrize(
    ("noisy", "clean"),
    [
        ("The Ch airman of the group, Mr Idris Balogun,", "The Chairman of the group, Mr Idris Balogun,"),
        ("opened by the Chair man, Ms Wren Okafor", "opened by the Chairman, Ms Wren Okafor"),
        ("the Chair person of the Board", "the Chairperson of the Board"),
        ("the Vice- Chair, Ms Ilse Marr,", "the Vice-Chair, Ms Ilse Marr,"),
        ("the Vice-\nChairman of Working Party 2", "the Vice-Chairman of Working Party 2"),
        ("the Vice-Chair man, Dr Oren Falk", "the Vice-Chairman, Dr Oren Falk"),
        ("the Rappor teur for Question 4/2", "the Rapporteur for Question 4/2"),
        ("the Direc tor-General of the Authority", "the Director-General of the Authority"),
        ("the Secre tary-General, Mr Tal Ben-Ami,", "the Secretary-General, Mr Tal Ben-Ami,"),
        ("THE CHAIR MAN OF THE COMMITTEE", "THE CHAIRMAN OF THE COMMITTEE"),
    ],
)
def test_a_role_word_split_by_ocr_is_joined_even_when_a_part_is_a_word(noisy: str, clean: str) -> None:
    """A role word of the gazetteer split by a space (``Ch airman``: ``ch`` and ``man`` are words of the
    lists, which keeps other words apart) or after its hyphen (``Vice- Chair``) is the role word."""
    assert mended(noisy) == [clean]


@pytest.mark.parametrize(
    ("noisy", "clean"),
    [
        (
            "Rep ort by the Director, Telecommunication Standardization Bureau",
            "Report by the Director, Telecommunication Standardization Bureau",
        ),
        ("No te by the Secretary-General", "Note by the Secretary-General"),
        ("Re port of the Chairman of the Expert Group", "Report of the Chairman of the Expert Group"),
        ("CONTRI BUTION FROM THE REPUBLIC OF PALAU", "CONTRIBUTION FROM THE REPUBLIC OF PALAU"),
        ("Sta tement on behalf of the Andean Group", "Statement on behalf of the Andean Group"),
    ],
)
def test_a_header_cue_split_by_ocr_is_joined_before_its_next_word(noisy: str, clean: str) -> None:
    """A byline's first word split by a space (``Rep ort by``: ``rep`` is a word of the lists, ``No te``
    two words) is the cue's word when the cue's next word of ``author-cues.csv`` follows."""
    assert mended(noisy) == [clean]


@pytest.mark.parametrize(
    "text",
    ["Re port was heard; no te by any means", "the rep ort on the item and Rep ort items", "a No te mark"],
)
def test_a_split_cue_word_without_its_next_word_stays_apart(text: str) -> None:
    assert mended(text) == [text]


def test_the_author_of_a_byline_split_by_ocr_asks(tmp_path: Path) -> None:
    """``No te by the Director, ...`` names the author who says ``We invite`` (no author, so no request, before)."""
    text = (
        "COUNCIL 2034\nGeneva, 3-12 June 2034\n\nDocument C34/45-E\n12 April 2034\nOriginal: English\n\n"
        "No te by the Director, Telecommunication Development Bureau\n\nPLAN FOR THE REGIONAL OFFICES\n\n"
        "1 Introduction\n\nWe invite Member States to send comments to the Bureau.\n"
    )
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    found = extract(parse(read(path))).requests
    assert [(r.requester.label, r.action) for r in found] == [
        ("Director, Telecommunication Development Bureau", "send comments to the Bureau")
    ]


@pytest.mark.parametrize(
    ("noisy", "clean"),
    [
        (
            "the Board re commended that island administrations publish their tide tables",
            "the Board recommended that island administrations publish their tide tables",
        ),
        (
            "The Group in vited the Bureau to update the buoy map.",
            "The Group invited the Bureau to update the buoy map.",
        ),
        ("Members were en couraged to join the survey.", "Members were encouraged to join the survey."),
        ("The experts reques ted a new gauge inventory.", "The experts requested a new gauge inventory."),
        ("It ur ges operators to report outages.", "It urges operators to report outages."),
    ],
)
def test_a_verb_of_asking_split_by_ocr_is_joined_even_when_a_part_is_a_word(noisy: str, clean: str) -> None:
    """A one-word form of a verb of ``request-kinds.csv`` split by a space (``re commended``: ``re`` a prefix, ``in
    vited``: ``in`` a function word, which keep other words apart) is the verb (round 53)."""
    assert mended(noisy) == [clean]


@pytest.mark.parametrize(
    "text",
    [
        "They met in Apia, and a sked list was kept; the Group asked a question.",
        "The Group noted the report and as well the annex; it urged T asks forward.",
    ],
)
def test_words_that_are_no_split_verb_stay_apart(text: str) -> None:
    assert mended(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "the Vice Chair and the Co Chair, a chair, man by man; the Secretary General and the Vice President",
        "Mr Chair, man the desk; anti- Chair protests; the Head of Unit and He ad hoc",
    ],
)
def test_two_words_that_are_no_split_role_word_stay_apart(text: str) -> None:
    assert mended(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "After a long discussion, a broad range of views and every one of the options may be studied.",
        "The cyber security of e-mail, the co-operation of multi-stakeholder bodies and the follow-up of WSIS.",
        "Ms Ana Lucia Van Dyke was re-elected Vice-Chair; a high-level, non-governmental, well-being panel.",
        "The tele-communication of an in formation and the ITU-D Study Group 1 met in SG1RGQ format.",
        "Mr Bo Li, Ms An Na and Dr Al Ghanim (Qatar) spoke for the Arab Group and the Group of 77.",
        "Meeting Documents 12, 14 and 15 are in English only; see Annex 2 for the list of participants.",
        "The road map and the time line of the data base were noted; the roadmap follows the road map.",
    ],
)
def test_clean_text_is_never_changed_by_the_word_repairs(text: str) -> None:
    assert mended(text) == [text]


def test_a_hyphenated_spelling_the_document_repeats_is_kept() -> None:
    texts = ["the Info-society programme", "the Info-society programme met"]  # the document's own spelling
    assert mended(*texts) == texts
    assert mended("the Develop-ment Fund") == ["the Development Fund"]  # printed once: a broken word


# ------------------------------------------------------------------ page furniture
def test_a_running_header_beside_a_page_number_inside_a_sentence_is_dropped() -> None:
    assert normalize("Ms Paulina Ostrowska (Poland), - 2 - QX-7/31-E speaking for the Bureau, agreed.") == (
        "Ms Paulina Ostrowska (Poland), speaking for the Bureau, agreed."
    )
    assert normalize("the delegates - 3 - agreed to meet again") == "the delegates agreed to meet again"
    # a citation stays, only the page number beside it goes
    assert normalize("Document QX-7/31-E - 2 - was approved.") == "Document QX-7/31-E was approved."


def test_the_documents_own_symbol_pasted_inside_a_sentence_is_dropped_but_a_citation_is_kept() -> None:
    header, text = mended(
        "QX-7/SR/2-E", "She QX-7/SR/2-E invited the Sub-Committees to report. The report QX-7/SR/2-E was approved."
    )
    assert header == "QX-7/SR/2-E"
    assert text == "She invited the Sub-Committees to report. The report QX-7/SR/2-E was approved."


@pytest.mark.parametrize(
    ("line", "symbol"),
    [
        ("QX-7/31-E", "QX-7/31-E"),
        ("- 2 - QX-7/31-E", "QX-7/31-E"),
        ("QX-7/31-E Page 2", "QX-7/31-E"),
        ("2 4/REP/12-E", "4/REP/12-E"),
        ("- 3 - CWG-Tariffs 9/4-E", "CWG-Tariffs 9/4-E"),  # a symbol written with a space
        ("2 Results of the meeting", None),
        ("Council Working Group on Examples - Document EX-3/1", None),
    ],
)
def test_the_symbol_of_a_running_header_line(line: str, symbol: str | None) -> None:
    assert header_symbol(line) == symbol


def _two_pages(header_top_of_page_two: str) -> list[str]:
    return [
        "\n".join(
            [
                "QX-7/31-E",
                "Council Working Group on Rural Connectivity",
                "REPORT OF THE SEVENTH MEETING OF THE COUNCIL WORKING GROUP ON RURAL",
                "1 Introduction",
                "1.1 The seventh meeting was held in Lusaka on 4 and 5 March 2031 and the Group",
                "invited the Secretariat to circulate the revised terms of reference to all",
                "1",
            ]
        ),
        "\n".join(
            [
                header_top_of_page_two,
                "Member States by 30 April 2031.",
                "2 Closing",
                "2.1 The Chair closed the meeting.",
                "2",
                ". , ' ~",
            ]
        ),
    ]


@pytest.mark.parametrize("header", ["QX-7/31-E", "- 2 - QX-7/31-E", "QX-7/31-E Page 2"])
def test_a_two_page_pdf_keeps_its_sentences_whole_across_the_running_header(header: str) -> None:
    texts = [b.text for b in pdf_pages_to_blocks(_two_pages(header))]
    assert texts[0] == "QX-7/31-E"  # the first copy, the document's own symbol, is kept
    assert "QX-7/31-E" not in " ".join(texts[1:])
    assert (
        "1.1 The seventh meeting was held in Lusaka on 4 and 5 March 2031 and the Group invited the Secretariat "
        "to circulate the revised terms of reference to all Member States by 30 April 2031." in texts
    )
    assert "REPORT OF THE SEVENTH MEETING OF THE COUNCIL WORKING GROUP ON RURAL" in texts
    assert "1 Introduction" in texts  # a numbered heading after a title in capitals starts a paragraph
    assert not any("~" in t for t in texts)  # scanner specks under the page number


def test_a_dateline_under_a_name_that_fills_the_line_is_a_line_of_its_own() -> None:
    page = "\n".join(
        [
            "Council Working Group on Tariff Principles for International Telecommunication Services",
            "Ninth meeting - Virtual, 14 and 15 October 2030",
            "1 The Group met under the chairmanship of Mr Tomas Eklund and adopted the agenda of the",
            "meeting held on 14 October 2030 without change.",
        ]
    )
    texts = [b.text for b in pdf_pages_to_blocks([page])]
    assert texts[:2] == [
        "Council Working Group on Tariff Principles for International Telecommunication Services",
        "Ninth meeting - Virtual, 14 and 15 October 2030",
    ]
    assert texts[2].endswith("the meeting held on 14 October 2030 without change.")  # a date in a sentence


def test_a_line_of_text_repeated_on_two_pages_but_not_at_their_edges_is_content() -> None:
    pages = ["Header A\nThe Group met.\nThe Group agreed.\nmore text here\n1", "Header B\nThe Group agreed.\nend\n2"]
    texts = " ".join(b.text for b in pdf_pages_to_blocks(pages))
    assert texts.count("The Group agreed.") == 2


def test_a_hard_wrapped_text_goes_on_across_a_page_break_with_blank_lines(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "Council Working Group on Rural Connectivity",
            "Document QX-7/31-E",
            "",
            "1    The seventh meeting of the Council Working Group on Rural Connectivity",
            "was held in Lusaka on 4 and 5 March 2031. The Group reviewed the reports on",
            "",
            "- 2 -",
            "QX-7/31-E",
            "",
            "Community Networks and Satellite Backhaul presented by the secretariat and",
            "asked the secretariat to publish them before the end of the month.",
            "",
            "2    The Chair thanked the participants and closed the meeting at 17:00 on",
            "5 March 2031 after the adoption of the report of the meeting by the Group.",
        ]
    )
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    paragraphs = [p.text for p in parse(read(path)).paragraphs]
    assert any(
        p.endswith(
            "The Group reviewed the reports on Community Networks and Satellite Backhaul presented by the "
            "secretariat and asked the secretariat to publish them before the end of the month."
        )
        for p in paragraphs
    )
    assert "- 2 -" not in " ".join(paragraphs)


# ------------------------------------------------------------------ facts through the whole reader
def test_facts_of_an_ocr_noisy_two_page_pdf_are_read(tmp_path: Path) -> None:
    pages = [
        [
            "QX-7/31-E",
            "Council Working Group on Rural Connectivity",
            "Seventh meeting, Lusaka, 4-5 March 2O31",
            "REPORT OF THE SEVENTH MEETING OF THE COUNCIL WORKING GROUP ON RURAL CONNECTIVITY",
            "1 Opening of the meeting",
            "1.1 The seventh meeting of the Counci1 Working Group on Rural Connectivity was",
            "held in Lusaka on 4 and 5 March 2O31 under the chairmanship of Ms Tiwonge",
            "Mwanza-Phiri (Malawi). The Group requested the Secre tariat to circulate the",
            "- 1 -",
        ],
        [
            "- 2 - QX-7/31-E",
            "draft guidelines to all Member States no later than l5 April 2O31.",
            "2 Closing",
            "2.1 The Chair closed the meeting.",
        ],
    ]
    path = write_pdf(tmp_path / "report.pdf", pages)
    extraction = extract(parse(read(path)))
    assert date(2031, 4, 15) in {d.due for d in extraction.deadlines}
    assert "QX-7/31-E" in {d.symbol for d in extraction.documents}
    request = next(r for r in extraction.requests if r.verb == "request")
    assert request.action.startswith("circulate the draft guidelines to all Member States")
    assert any("secretariat" in f"{a.key} {a.label}".lower() for a in request.addressees)


@pytest.mark.parametrize(
    ("text", "key", "start", "end"),
    [
        (
            "The Group noted the initiatives adopted by WTDC-l9 (Quito, 4-15 June 2019).",
            "wtdc-19",
            date(2019, 6, 4),
            date(2019, 6, 15),
        ),
        (
            "The Chair of WCIT-l2 (Dubai, 3-14 December 2012) reported to the Council.",
            "wcit-12",
            date(2012, 12, 3),
            date(2012, 12, 14),
        ),
        (
            "The delegate of Chile recalled that PP-O6, held in Antalya from 6 to 24 November 2006, agreed.",
            "pp-06",
            date(2006, 11, 6),
            date(2006, 11, 24),
        ),
    ],
)
def test_an_event_code_with_a_letter_read_for_a_digit_is_that_event_with_its_dates(
    tmp_path: Path, text: str, key: str, start: date, end: date
) -> None:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    events = {e.key: (e.start, e.end) for e in extract(parse(read(path))).events}
    assert events[key] == (start, end)


@pytest.mark.parametrize(
    ("texts", "clean"),
    [
        (
            ("The 7th rneeting will take place in Porto on 3 May 2031.", "Next rneeting", "the meeting closed"),
            "The 7th meeting will take place in Porto on 3 May 2031.",
        ),
        (
            ("A regional serninar is planned for June.", "The serninar agenda", "the seminar will be open"),
            "A regional seminar is planned for June.",
        ),
        (
            ("The lnternational Forum met.", "lnternational experts", "International Organization"),
            "The International Forum met.",
        ),
    ],
)
def test_a_misread_word_printed_several_times_is_mended_when_the_document_prints_it_right_too(
    texts: tuple[str, ...], clean: str
) -> None:
    """``rneeting`` printed twice or more is still OCR noise when the document prints ``meeting`` as well."""
    assert mended(*texts)[0] == clean


def test_a_word_printed_several_times_stays_when_its_reading_is_not_printed_or_it_is_a_listed_word() -> None:
    texts = ("Mr Arne Bjornstad and Ms Bjornstad spoke.", "The Group thanked Ms Bjornstad.")
    assert mended(*texts) == list(texts)  # no "Bjomstad" printed: the document's spelling
    texts = ("The 5th rneeting of the Group.", "Next rneeting")
    assert mended(*texts) == list(texts)  # "meeting" printed nowhere: left as written
    texts = ("Governments and the Internet", "Governments", "the government")
    assert mended(*texts) == list(texts)


def test_a_word_lists_note_is_no_vocabulary() -> None:
    row = {"word": "Signatories", "kind": "term", "note": "The Parties shall develop a joint plan"}
    assert row_words(row) == {"signatories", "term"}


def test_a_split_word_is_joined_when_its_first_part_is_no_listed_word() -> None:
    # "develop" is no word of a list (a note saying it once kept "Develop-ment" split); "development" is one
    texts = ("The Develop- ment Sector met.",)
    assert mended(*texts) == ["The Development Sector met."]
