"""Tests for the read stage (txt/docx/pdf) and the text helpers (normalize, split_sentences)."""

from __future__ import annotations

from pathlib import Path

import docx
import pypdf
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from wsiskg.core.errors import InputError
from wsiskg.ingest.read import DOCX, PDF, TXT, decode_text, pdf_pages_to_blocks, read
from wsiskg.ingest.text import fold_dashes, fold_quotes, normalize, split_number, split_sentences

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE = "cwg-wsis-sdg-38-report"


# ------------------------------------------------------------------ normalize
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("[bookmark: _3dy6vkm]The ITU met.", "The ITU met."),
        ("5.2. [bookmark: _Hlk93328360]Our Common Agenda", "5.2. Our Common Agenda"),
        ("the\u00a0ITU\u2009Council\u202fmet", "the ITU Council met"),
        ("co\u00adoperation", "cooperation"),
        ("zero\u200bwidth", "zerowidth"),
        ("\ufb01nal \ufb02ow", "final flow"),
        ("non\u2011breaking", "non-breaking"),
        ("see \u0410/70/1 now", "see A/70/1 now"),  # Cyrillic A in a UN symbol
        ("the \u0421\u0415\u041e of \u0399\u03a4U", "the CEO of ITU"),  # Cyrillic/Greek look-alikes in Latin text
        ("ITU and \u0420\u043e\u0441\u0441\u0438\u044f", "ITU and \u0420\u043e\u0441\u0441\u0438\u044f"),  # real word
        ("held on 24thand 25thJanuary", "held on 24th and 25th January"),
        ("the 1stand 2ndmeetings", "the 1st and 2nd meetings"),
        ("1.3.The WG-WSIS", "1.3. The WG-WSIS"),
        ("  too   many    spaces\t here ", "too many spaces here"),
        ("Ms Astrid Ha1vorsen, 1eader of the Wor1d group", "Ms Astrid Halvorsen, leader of the World group"),  # OCR 1/l
        ("held in 0ctober by the W0RKING GR0UP", "held in October by the WORKING GROUP"),  # OCR 0/O
        ("(signed) Adaeze 0kafor-Lindqvist, Director", "(signed) Adaeze Okafor-Lindqvist, Director"),  # a name's part
        (
            "Ms Ines Moreau-Ha1vorsen and Dr Kwame 0sei-Bonsu-Tetteh",
            "Ms Ines Moreau-Halvorsen and Dr Kwame Osei-Bonsu-Tetteh",
        ),
        ("WTDC-17, SG1-RGQ, ITU-T, Q1-2 and G0-Ahead", "WTDC-17, SG1-RGQ, ITU-T, Q1-2 and G0-Ahead"),  # codes kept
        ("SG1RGQ, WP1a, G20, Q4/11, 3GPP, 1st and 27001", "SG1RGQ, WP1a, G20, Q4/11, 3GPP, 1st and 27001"),  # kept
        ("30 May \u2013 3 June, \u201cquoted\u201d", "30 May \u2013 3 June, \u201cquoted\u201d"),  # kept
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_keeps_cyrillic_text_intact() -> None:
    text = "\u0414\u043e\u043a\u043b\u0430\u0434 \u0410 \u0438 \u0412"  # Russian words, look-alikes alone
    assert normalize(text) == text


def test_fold_helpers_treat_dashes_and_quotes_alike() -> None:
    assert fold_dashes("a\u2013b\u2014c\u2212d-e") == "a-b-c-d-e"
    assert fold_quotes("\u201cx\u201d \u2018y\u2019") == "\"x\" 'y'"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5.4.1.Dr X spoke", ("5.4.1", "Dr X spoke")),
        ("5.4.1 Dr X spoke", ("5.4.1", "Dr X spoke")),
        ("3.2.1.4. Deep", ("3.2.1.4", "Deep")),
        ("7. The Group", ("7", "The Group")),
        ("3.5 million people", (None, "3.5 million people")),
        ("2022 was a year", (None, "2022 was a year")),
        ("No number here", (None, "No number here")),
    ],
)
def test_split_number(text: str, expected: tuple) -> None:
    assert split_number(text) == expected


def test_split_sentences_keeps_abbreviations_and_symbols() -> None:
    text = (
        "Mr. Houlin Example and H.E. Mr. Ivan Sample met Prof. Dr Ada Test. "
        "Resolution 140 (Rev. Dubai, 2018) and Resolution No. 5 were cited, e.g. Resolution 71; "
        "see A/RES/76/189 and section 1.3.2 for details, i.e. The annex. "
        "Tools, reports etc. were shared. Etc. And then? Yes! 5.4.1. Done."
    )
    assert split_sentences(text) == [
        "Mr. Houlin Example and H.E. Mr. Ivan Sample met Prof. Dr Ada Test.",
        "Resolution 140 (Rev. Dubai, 2018) and Resolution No. 5 were cited, e.g. Resolution 71; "
        "see A/RES/76/189 and section 1.3.2 for details, i.e. The annex.",
        "Tools, reports etc. were shared.",
        "Etc.",
        "And then?",
        "Yes!",
        "5.4.1. Done.",
    ]


def test_split_sentences_splits_after_year_and_quote() -> None:
    assert split_sentences("It ended in 2022. The next one \u201cstarts\u201d. \u201cQuoted\u201d too.") == [
        "It ended in 2022.",
        "The next one \u201cstarts\u201d.",
        "\u201cQuoted\u201d too.",
    ]


# ------------------------------------------------------------------------ txt
TEXT = "5.1. The meeting in Gen\u00e8ve \u2013 \u201cexcellent\u201d.\nSecond line \u00e9t\u00e9.\n"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("cp1252", b""),
    ],
)
def test_txt_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(bom + TEXT.encode(encoding))
    raw = read(path)
    assert raw.media_type == TXT
    assert raw.source == "report.txt"
    assert [b.text for b in raw.blocks] == TEXT.splitlines()


def test_cp1252_is_preferred_to_other_single_byte_guesses() -> None:
    # charset-normalizer alone guesses cp1250 here ("Genčve"): that would be silent mangling
    text, encoding = decode_text(
        "The meeting \u2013 held in Gen\u00e8ve \u2013 was \u201cexcellent\u201d.".encode("cp1252")
    )
    assert "Gen\u00e8ve" in text
    assert encoding in ("cp1252", "windows_1252")


def test_txt_sample_reads_every_line() -> None:
    raw = read(SAMPLES / f"{SAMPLE}.txt")
    assert raw.blocks[0].text.strip() == "Summary"
    assert len(raw.blocks) == sum(
        1 for line in (SAMPLES / f"{SAMPLE}.txt").read_text("utf-8").splitlines() if line.strip()
    )


def test_txt_hard_wrapped_paragraphs_are_joined(tmp_path: Path) -> None:
    """A text file cut at a fixed width (paragraphs apart by blank lines): each paragraph's lines
    are one block; header lines, layout columns, upper-case headings and list items stay apart."""
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "Council 2033\n"
        "Lisbon, 2-11 June 2033\n"
        "\n"
        "Agenda item: PL 2                                   Document C33/14-E\n"
        "                                                     2 April 2033\n"
        "\n"
        "NOTE BY THE\n"
        "SECRETARY-GENERAL\n"
        "\n"
        "1.1 In its resolution 12/345 on the follow-up of the outcomes of the\n"
        "Summit, the Assembly invited the regional commissions to report on the\n"
        "work of their members by 31 March 2034, and asked the Commission to\n"
        "assist them.\n"
        "\n"
        "1.2 The Council is invited to note the report. The Council is also\n"
        "invited to encourage Member States to take part in the review:\n"
        "    - the first consultation, held in Rabat on 3 May 2033, which agreed on\n"
        "      a draft outline;\n"
        "    - the second consultation, to be held online.\n",
        encoding="utf-8",
    )
    texts = [b.text.strip() for b in read(path).blocks]
    assert texts[:4] == ["Council 2033", "Lisbon, 2-11 June 2033", "Agenda item: PL 2", "Document C33/14-E"]
    assert "NOTE BY THE SECRETARY-GENERAL" in texts  # a heading in capitals wrapped over two lines is one
    assert (
        "1.1 In its resolution 12/345 on the follow-up of the outcomes of the Summit, the Assembly invited the "
        "regional commissions to report on the work of their members by 31 March 2034, and asked the Commission "
        "to assist them." in texts
    )
    assert (
        "1.2 The Council is invited to note the report. The Council is also invited to encourage Member States "
        "to take part in the review:" in texts
    )
    assert "- the first consultation, held in Rabat on 3 May 2033, which agreed on a draft outline;" in texts
    assert "- the second consultation, to be held online." in texts


def test_txt_hard_wrapped_paragraph_number_set_off_by_a_gap(tmp_path: Path) -> None:
    """``1    The meeting ...`` wrapped over lines: the number stays set off (a tab, as in a .docx),
    and a word cut at a line end is joined when the file prints it whole elsewhere."""
    path = tmp_path / "gap.txt"
    path.write_text(
        "1    The third meeting of the Expert Group on Broadband Indicators was held\n"
        "online on 4 and 5 March 2030, and it agreed on a short list of indica-\n"
        "tors for the next edition of the survey of national indicators.\n"
        "\n"
        "2    The Group thanked the host administration for the arrangements made\n"
        "for the meeting and for the support given to the participants online.\n",
        encoding="utf-8",
    )
    texts = [b.text for b in read(path).blocks]
    assert texts == [
        "1\tThe third meeting of the Expert Group on Broadband Indicators was held online on 4 and 5 March 2030, "
        "and it agreed on a short list of indicators for the next edition of the survey of national indicators.",
        "2\tThe Group thanked the host administration for the arrangements made for the meeting and for the "
        "support given to the participants online.",
    ]


def test_txt_hard_wrapped_numbered_items_stay_apart(tmp_path: Path) -> None:
    path = tmp_path / "items.txt"
    path.write_text(
        "considering that the regional initiatives adopted by the conference respond to the needs\n"
        "of the developing countries, and that their implementation depends on the cooperation\n"
        "of the regional organizations, the membership and the three Bureaux of the Union,\n"
        "\n"
        "instructs the Director of the Telecommunication Development Bureau, in close cooperation\n"
        "with the regional offices and the other Bureaux of the Union\n"
        "\n"
        "1   to report every year to the Council on the activities carried out under this resolution;\n"
        "2   to submit a consolidated report on the implementation of the regional initiatives by\n"
        "    30 June 2035;\n"
        "3   to assist the developing countries in the preparation of their national plans.\n",
        encoding="utf-8",
    )
    assert [" ".join(b.text.split()) for b in read(path).blocks][2:] == [
        "1 to report every year to the Council on the activities carried out under this resolution;",
        "2 to submit a consolidated report on the implementation of the regional initiatives by 30 June 2035;",
        "3 to assist the developing countries in the preparation of their national plans.",
    ]


def test_txt_of_one_line_per_paragraph_joins_only_lines_cut_mid_sentence(tmp_path: Path) -> None:
    """In a file written one paragraph per line, a line of prose that ends no sentence goes on in the next
    line when that line visibly goes on (lower case, after a joining word) or ends the sentence; headings,
    titles over datelines, names and numbered items stay lines of their own."""
    path = tmp_path / "lines.txt"
    path.write_text(
        "Summary of the meeting\n"
        "The Group met on 3 May 2033 under the chairmanship of Ms A. Okonkwo-Berg (Nigeria), who opened it\n"
        "and thanked the host\n"
        "Participants\n"
        "The seminar was opened by the Minister of Telecommunications of Ecuador, who welcomed the participants and "
        "recalled the work of the Andean Community on spectrum since 2030.\n"
        "Regional Seminar on Spectrum Management for the Countries of the Andean Community\n"
        "Quito, 4-6 May 2033\n"
        "2. The seminar invited the Andean Telecommunication Committee to consider the Regional\n"
        "Spectrum Plan at its meeting in Lima, 9 June 2033, and asked the secretariat to circulate the draft.\n"
        "It also requested the Director of the Telecommunication Development Bureau\n"
        "1 to assist the Andean administrations;\n"
        "3. Participants were encouraged to reply to the questionnaire by\n"
        "30 June 2033.\n"
        "4. The next seminar will be held in Lima.\n"
        "5. The seminar closed at 17:00.\n",
        encoding="utf-8",
    )
    assert [b.text for b in read(path).blocks] == [
        "Summary of the meeting",
        "The Group met on 3 May 2033 under the chairmanship of Ms A. Okonkwo-Berg (Nigeria), who opened it and "
        "thanked the host",
        "Participants",
        "The seminar was opened by the Minister of Telecommunications of Ecuador, who welcomed the participants and "
        "recalled the work of the Andean Community on spectrum since 2030.",
        "Regional Seminar on Spectrum Management for the Countries of the Andean Community",
        "Quito, 4-6 May 2033",
        "2. The seminar invited the Andean Telecommunication Committee to consider the Regional Spectrum Plan at its "
        "meeting in Lima, 9 June 2033, and asked the secretariat to circulate the draft.",
        "It also requested the Director of the Telecommunication Development Bureau",
        "1 to assist the Andean administrations;",
        "3. Participants were encouraged to reply to the questionnaire by 30 June 2033.",
        "4. The next seminar will be held in Lima.",
        "5. The seminar closed at 17:00.",
    ]


def test_txt_operative_lead_stays_over_its_infinitive_items(tmp_path: Path) -> None:
    """A resolution's operative clause opening in lower case over items that open on ``to`` is a lead and
    its items, not a line cut mid-sentence."""
    path = tmp_path / "resolution.txt"
    path.write_text(
        "The Council of the Andean Community considered the results of the regional seminar held in 2032.\n"
        "It thanked the host country and the speakers.\n"
        "It adopted the following resolution.\n"
        "The Council of the Andean Community,\n"
        "Considering that spectrum pricing differs widely between the member countries;\n"
        "Considering that the seminar asked for common guidelines;\n"
        "Recalling its Decision 12 on radio spectrum;\n"
        "Noting the report of the seminar;\n"
        "Noting the offer of Ecuador to host the first workshop;\n"
        "Noting the offer of Peru to host the second workshop;\n"
        "Welcoming the support of the ITU Regional Office for the Americas;\n"
        "Resolves to adopt the guidelines in the annex;\n"
        "instructs the Secretary-General of the Community in consultation with the Andean Committee\n"
        "to convene two regional workshops on spectrum pricing before 30 June 2033 and\n"
        "to report to the Council at its next session.\n",
        encoding="utf-8",
    )
    assert [b.text for b in read(path).blocks][-3:] == [
        "instructs the Secretary-General of the Community in consultation with the Andean Committee",
        "to convene two regional workshops on spectrum pricing before 30 June 2033 and",
        "to report to the Council at its next session.",
    ]


# ---------------------------------------------------------------- bad inputs
def _one_line_error(path: Path, *words: str) -> str:
    with pytest.raises(InputError) as info:
        read(path)
    message = str(info.value)
    assert "\n" not in message
    assert path.name in message
    for word in words:
        assert word.lower() in message.lower(), message
    return message


def test_empty_files(tmp_path: Path) -> None:
    for name in ("empty.txt", "empty.docx", "empty.pdf"):
        (tmp_path / name).write_bytes(b"")
        _one_line_error(tmp_path / name, "empty")
    (tmp_path / "blank.txt").write_text("  \n\n \t\n", encoding="utf-8")
    _one_line_error(tmp_path / "blank.txt", "empty")


def test_truncated_docx(tmp_path: Path) -> None:
    data = (SAMPLES / f"{SAMPLE}.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    _one_line_error(path, "docx")


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_text("just text", encoding="utf-8")
    _one_line_error(path, "not a word")


def test_truncated_pdf(tmp_path: Path) -> None:
    data = (SAMPLES / f"{SAMPLE}.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    message = _one_line_error(path, "truncated", "end-of-file marker", "export it again")
    assert "%%" not in message  # the marker is named in words, not as a doubled "%%EOF"


def test_garbled_pdf(tmp_path: Path) -> None:
    path = tmp_path / "garbled.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF\n")
    _one_line_error(path, "pdf")


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scanned.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    _one_line_error(path, "no text layer")


def test_binary_garbage_as_txt(tmp_path: Path) -> None:
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes(range(256)) * 8)
    _one_line_error(path, "binary")


def test_control_characters_as_txt(tmp_path: Path) -> None:
    path = tmp_path / "controls.txt"
    path.write_bytes(b"\x01\x02\x03\x04abc\x05\x06\x07\x08def\x0e\x0f" * 20)
    _one_line_error(path, "binary")


def test_png_renamed_txt(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    _one_line_error(path, "png")


def test_html_renamed_txt(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<!DOCTYPE html><html><body>Report</body></html>", encoding="utf-8")
    _one_line_error(path, "html")


@pytest.mark.parametrize("name", ["report.html", "report.png", "report.doc", "report"])
def test_unknown_extension(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("1. Introduction\nSome text.", encoding="utf-8")
    _one_line_error(path, "unsupported")


def test_old_word_file(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    _one_line_error(path, ".docx")


def test_missing_file(tmp_path: Path) -> None:
    _one_line_error(tmp_path / "nowhere.txt", "not found")


def test_content_wins_over_a_wrong_extension(tmp_path: Path) -> None:
    path = tmp_path / "mislabelled.txt"
    path.write_bytes((SAMPLES / f"{SAMPLE}.docx").read_bytes())
    assert read(path).media_type == DOCX


# ----------------------------------------------------------------------- docx
_ABSTRACT = """<w:abstractNum {ns} w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3."/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%4)"/></w:lvl>
  <w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl>
</w:abstractNum>"""


def _numbered(document, text: str, num_id: int, ilvl: int) -> None:
    paragraph = document.add_paragraph(text)
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _add_numbering(document) -> None:
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(parse_xml(_ABSTRACT.format(ns=nsdecls("w"))))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="90"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="12"/></w:lvlOverride></w:num>'
        )
    )


def _word_document(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Report of the first meeting of a test group", style="Title")
    document.add_heading("Summary", level=2)
    document.add_paragraph("A summary paragraph.")
    _add_numbering(document)
    _numbered(document, "Opening", 90, 0)  # 5
    document.add_paragraph("Unnumbered text under five.")
    _numbered(document, "Documents", 90, 1)  # 5.1
    _numbered(document, "First document was noted.", 90, 2)  # 5.1.1
    _numbered(document, "Second document was noted.", 90, 2)  # 5.1.2
    _numbered(document, "lettered item", 90, 3)  # (a)
    _numbered(document, "bulleted item", 90, 4)  # bullet
    _numbered(document, "Other business", 90, 1)  # 5.2 (deeper levels restart)
    _numbered(document, "Closing", 90, 0)  # 6
    _numbered(document, "Restarted list", 91, 0)  # 12 (startOverride)
    document.add_paragraph("", style="List Number")  # empty numbered paragraph: counted, not emitted
    document.add_paragraph("Style-numbered one", style="List Number")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Cell text one"
    table.cell(0, 1).text = "Cell text two"
    document.add_paragraph("After the table.")
    document.save(str(path))


def test_docx_word_automatic_numbering(tmp_path: Path) -> None:
    path = tmp_path / "numbered.docx"
    _word_document(path)
    raw = read(path)
    assert raw.media_type == DOCX
    assert raw.title == "Report of the first meeting of a test group"
    got = [(b.number, b.text) for b in raw.blocks]
    assert got == [
        (None, "Report of the first meeting of a test group"),
        (None, "Summary"),
        (None, "A summary paragraph."),
        ("5", "Opening"),
        (None, "Unnumbered text under five."),
        ("5.1", "Documents"),
        ("5.1.1", "First document was noted."),
        ("5.1.2", "Second document was noted."),
        (None, "(a) lettered item"),
        (None, "\u2022 bulleted item"),
        ("5.2", "Other business"),
        ("6", "Closing"),
        ("12", "Restarted list"),
        ("2", "Style-numbered one"),
        (None, "Cell text one"),
        (None, "Cell text two"),
        (None, "After the table."),
    ]
    styles = {b.text: (b.style, b.level) for b in raw.blocks}
    assert styles["Report of the first meeting of a test group"] == ("title", 1)
    assert styles["Summary"] == ("heading", 2)
    assert styles["A summary paragraph."] == ("body", None)


def test_docx_heading_styles_and_sample_title() -> None:
    raw = read(SAMPLES / f"{SAMPLE}.docx")
    assert raw.title and raw.title.startswith("Draft report of the")
    headings = [b for b in raw.blocks if b.style == "heading"]
    assert headings[0].text == "Summary" and headings[0].level == 2
    assert any(b.text == "1. Introduction" and b.level == 1 for b in headings)


def test_docx_without_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    _one_line_error(path, "no text")


# ------------------------------------------------------------------------ pdf
def test_pdf_pages_to_blocks_joins_lines_and_drops_furniture() -> None:
    header = "Council Working Group on Examples - Document EX-3/1"
    pages = [
        "\n".join(
            [
                header,
                "Draft report of the third meeting",
                "of the Expert Group on",
                "EXAMPLES",
                "Summary",
                "This report gives the main outcomes of the four-",
                "year review by the EG-",
                "EX&TEST and its follow-",
                "up. It also lists the Vice-",
                "Chairmen.",
                "1. Introduction",
                "The meeting was opened by Mr.",
                "Ivan Sample who thanked",
                "everyone for coming to the",
                "meeting of the group.",
                "Page 1 of 3",
            ]
        ),
        "\n".join(
            [
                header,
                "- 2 -",
                "2. Documents",
                "2.1. Review of the tasks of the group (EX-",
                "3/4)",
                "2.1.1.The group noted the review and the",
                "annex.",
                "\u00b7 first bullet point of the list",
                "\u2022 second bullet point of the list that goes on and",
                "on to a second line.",
                "A short line ends here.",
                "Another paragraph starts with a capital letter and con\u00ad",
                "tinues.",
                "2",
            ]
        ),
        "\n".join(
            [
                header,
                "3. Closing",
                "The meeting closed at noon on the same day of that",
                "week.",
                "3",
            ]
        ),
    ]
    texts = [b.text for b in pdf_pages_to_blocks(pages)]
    assert texts == [
        "Draft report of the third meeting of the Expert Group on EXAMPLES",
        "Summary",
        "This report gives the main outcomes of the four-year review by the EG-EX&TEST and its follow-up. "
        "It also lists the Vice-Chairmen.",
        "1. Introduction",
        "The meeting was opened by Mr. Ivan Sample who thanked everyone for coming to the meeting of the group.",
        "2. Documents",
        "2.1. Review of the tasks of the group (EX-3/4)",
        "2.1.1.The group noted the review and the annex.",
        "\u00b7 first bullet point of the list",
        "\u2022 second bullet point of the list that goes on and on to a second line.",
        "A short line ends here.",
        "Another paragraph starts with a capital letter and continues.",
        "3. Closing",
        "The meeting closed at noon on the same day of that week.",
    ]


def test_pdf_trailing_space_cue() -> None:
    # Word's export: soft-wrapped lines end with a space, paragraph ends do not
    page = "\n".join(
        [
            "1. A heading that wraps onto a ",
            "Second Line",
            "The body starts here and is long enough to be a full line of ",
            "text. It goes on over lines and ",
            "(i) continues with an item; (ii) and another.",
            "Next paragraph.",
        ]
    )
    texts = [b.text for b in pdf_pages_to_blocks([page])]
    assert texts == [
        "1. A heading that wraps onto a Second Line",
        "The body starts here and is long enough to be a full line of text. It goes on over lines and "
        "(i) continues with an item; (ii) and another.",
        "Next paragraph.",
    ]


def test_pdf_page_number_styles_dropped_only_at_page_edges() -> None:
    pages = ["Page 3\nBody text of page three.\n", "- 4 -\nBody text of page four.\n4/9", "Text\n12\nmore text.\n"]
    texts = [b.text for b in pdf_pages_to_blocks(pages)]
    assert "Page 3" not in " ".join(texts) and "- 4 -" not in " ".join(texts) and "4/9" not in " ".join(texts)
    assert any("12" in t for t in texts)  # a number inside a page is content


_FULL_LINES = (
    "1. The Office will support the preparations of the region for the assembly and the conference,\n"
    "and it will also coordinate the work of the regional groups on spectrum and on standards, with\n"
    "the help of the area offices and of the national regulators of the region, as agreed last year\n"
)


@pytest.mark.parametrize(
    ("end", "start", "joined"),
    [
        ("to be held in Apia from 3 to 5", "June 2031, hosted by the regulator.", "from 3 to 5 June 2031, hosted"),
        ("should reach us not later than 14", "March 2031.", "not later than 14 March 2031."),
    ],
)
def test_pdf_a_date_cut_by_a_page_break_goes_on(end: str, start: str, joined: str) -> None:
    texts = [b.text for b in pdf_pages_to_blocks([f"{_FULL_LINES}{end}\n", f"{start}\n2. Next item.\n"])]
    assert len(texts) == 2 and joined in texts[0] and texts[1] == "2. Next item."


def test_pdf_a_number_that_is_no_day_does_not_take_the_month_line() -> None:
    pages = [f"{_FULL_LINES}as shown in Annex 5\n", "June 2031 Workshop programme\n2. Next item.\n"]
    assert "June 2031 Workshop programme" in [b.text for b in pdf_pages_to_blocks(pages)]


def test_pdf_sample_end_to_end() -> None:
    raw = read(SAMPLES / f"{SAMPLE}.pdf")
    assert raw.media_type == PDF
    texts = [b.text for b in raw.blocks]
    assert texts[0].startswith("Draft report of the") and texts[0].endswith("WSIS&SDG")
    joined = " ".join(texts)
    assert "CWG-WSIS&SDG is conducted" in joined  # "CWG-" + "WSIS&SDG" across a line break
    assert "four-year report" in joined and "follow-up and review" in joined and "Vice-Chairmen for" in joined
    assert "5.2. Our Common Agenda, Report of the UN Secretary-General (UNGA A/76/L.8)" in texts


def test_read_accepts_str_like_paths(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("1. One\n", encoding="utf-8")
    assert read(str(path)).blocks[0].text == "1. One"  # type: ignore[arg-type]


def test_utf16_without_bom_is_refused_not_mangled(tmp_path: Path) -> None:
    path = tmp_path / "nobom.txt"
    path.write_bytes("1. Intro text".encode("utf-16-le"))
    _one_line_error(path, "binary")


def test_reading_is_deterministic() -> None:
    assert read(SAMPLES / f"{SAMPLE}.docx") == read(SAMPLES / f"{SAMPLE}.docx")


def test_docx_localised_heading_style_name(tmp_path: Path) -> None:
    document = docx.Document()
    style = document.styles["Heading 1"]
    style.name = "\u00dcberschrift 1"  # German Word: the name changes, the style id stays
    for outline in style.element.findall(".//" + qn("w:outlineLvl")):  # leave only the id as a cue
        outline.getparent().remove(outline)
    document.add_paragraph("Einleitung", style="\u00dcberschrift 1")
    document.add_paragraph("Text.")
    path = tmp_path / "de.docx"
    document.save(str(path))
    blocks = read(path).blocks
    assert (blocks[0].style, blocks[0].level) == ("heading", 1)
    assert blocks[1].style == "body"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("on the 7 th of May 2031", "on the 7th of May 2031"),
        ("the 21 st meeting and the 3 rd session", "the 21st meeting and the 3rd session"),
        ("chapter 7 the end", "chapter 7 the end"),  # not an ordinal suffix
        ("5 th and 1 st", "5th and 1st"),
        ("1 th", "1 th"),  # a wrong suffix is left as written
    ],
)
def test_a_split_ordinal_is_joined(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_a_wide_gap_in_a_text_line_separates_two_columns(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(
        "COUNCIL                                   Document C31/12-E\n"
        "The Group met  twice; the words  stay together.\n",
        encoding="utf-8",
    )
    assert [b.text for b in read(path).blocks] == [
        "COUNCIL",
        "Document C31/12-E",
        "The Group met  twice; the words  stay together.",
    ]


def test_a_text_table_row_is_cut_at_its_header_columns(tmp_path: Path) -> None:
    # a cell that fills its column, or a narrow gap, leaves no wide gap: the header's columns cut it
    def row(a: str, b: str, c: str, width: int = 20) -> str:
        return "   " + a.ljust(width) + b.ljust(24) + c + "\n"

    path = tmp_path / "r.txt"
    path.write_text(
        "4. Attendance:\n"
        + row("Delegate", "Entity", "Economy")
        + row("Ms Rosa Lind", "Office of Statistics", "Chile")
        + row("Mr Paul Okonjo", "Digital Services Agency", "Kenya")
        + row("Dr Ana Ruiz", "Rural Connectivity Fund", "Peru")
        + row("Mr Ivo Kranjc Vidal", "ARNES", "Slovenia")
        + "\n5. The Group adopted its agenda.\n",
        encoding="utf-8",
    )
    blocks = [b.text for b in read(path).blocks]
    assert "Mr Paul Okonjo | Digital Services Agency | Kenya" in blocks
    assert "Mr Ivo Kranjc Vidal | ARNES | Slovenia" in blocks  # two spaces after the name
    assert "5. The Group adopted its agenda." in blocks


def test_a_text_tables_short_first_label_set_off_by_two_spaces_is_a_column_of_its_own(tmp_path: Path) -> None:
    # "No.  Action": the header's number label and first column two spaces apart, the rows' wider
    path = tmp_path / "r.txt"
    path.write_text(
        "No.  Task                                  Lead              Due\n"
        "1    Draft the terms of reference          Secretariat       15/05/2031\n"
        "2    Comment on the draft                  Member States     30/06/2031\n"
        "\nThe Group  met  again in July.\n",
        encoding="utf-8",
    )
    blocks = [b.text for b in read(path).blocks]
    assert blocks[:3] == [
        "No. | Task | Lead | Due",
        "1 | Draft the terms of reference | Secretariat | 15/05/2031",
        "2 | Comment on the draft | Member States | 30/06/2031",
    ]
