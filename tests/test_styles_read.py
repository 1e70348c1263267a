"""Reading reports in other formats and layouts than the sample's: PDF hyphenation at line
ends, Word numbering that continues across list instances and honours lvlRestart, and Word
tables whose rows are paragraphs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from wsiskg.ingest.pdf_layout import pdf_pages_to_blocks
from wsiskg.ingest.read import read


def test_pdf_hyphen_rejoined_only_when_the_document_knows_the_word() -> None:
    pages = [
        "- 1 -\nThe imple-\nmentation of the CWG-\nWSIS&SDG outcomes and their follow-\nup were "
        "noted. The implementation continues.",
    ]
    (block,) = pdf_pages_to_blocks(pages)
    assert block.text.startswith("The implementation of the CWG-WSIS&SDG outcomes and their follow-up were noted.")
    (kept,) = pdf_pages_to_blocks(["- 1 -\nThe imple-\nmentation of the plan was noted."])
    assert kept.text == "The imple-mentation of the plan was noted."  # never printed whole: kept as printed


# ------------------------------------------------------------------ docx
def _numbering(document: Any, xml: str) -> None:
    numbering = document.part.numbering_part.element
    numbering.find(qn("w:num")).addprevious(parse_xml(xml.format(ns=nsdecls("w"))))


def _num(document: Any, num_id: int, abstract: int, override: str = "") -> None:
    document.part.numbering_part.element.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{override}</w:num>')
    )


def _item(document: Any, text: str, num_id: int, ilvl: int = 0) -> None:
    p_pr = document.add_paragraph(text)._p.get_or_add_pPr()
    p_pr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def test_docx_numbering_continues_across_instances_and_honours_lvl_restart(tmp_path: Path) -> None:
    document = docx.Document()
    _numbering(
        document,
        """<w:abstractNum {ns} w:abstractNumId="80">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="decimal"/>
        <w:lvlText w:val="%1.%2"/></w:lvl>
    </w:abstractNum>""",
    )
    _num(document, 80, 80)
    _num(document, 81, 80)  # same abstract list, no override: continues
    _num(document, 82, 80, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')  # restarts
    _item(document, "One", 80)
    _item(document, "One point one", 80, 1)
    _item(document, "Two", 81)
    _item(document, "Two point two", 81, 1)  # lvlRestart 0: the second level never restarts
    _item(document, "Again one", 82)
    path = tmp_path / "n.docx"
    document.save(str(path))
    assert [(b.number, b.text) for b in read(path).blocks] == [
        ("1", "One"),
        ("1.1", "One point one"),
        ("2", "Two"),
        ("2.2", "Two point two"),
        ("1", "Again one"),
    ]


def test_docx_participants_table_rows_are_paragraphs(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Report of the 7th meeting of the Expert Group on ICT Household Indicators")
    document.add_paragraph("1. List of participants")
    rows = [
        ("Name", "Country", "Function"),
        ("Ms. Ama Owusu", "Ghana", "Chair"),
        ("Mr. Lars Berg", "Sweden", "Vice-Chair"),
    ]
    table = document.add_table(rows=len(rows), cols=3)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    layout_table = document.add_table(rows=1, cols=2)  # one row: layout, read by paragraph
    layout_table.cell(0, 0).text = "Left"
    layout_table.cell(0, 1).text = "Right"
    path = tmp_path / "t.docx"
    document.save(str(path))
    texts = [b.text for b in read(path).blocks]
    assert texts[2:] == [
        "Name, Country, Function",
        "Ms. Ama Owusu, Ghana, Chair",
        "Mr. Lars Berg, Sweden, Vice-Chair",
        "Left",
        "Right",
    ]
