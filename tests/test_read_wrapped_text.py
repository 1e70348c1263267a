"""Plain text hard-wrapped at a fixed width (pasted from a PDF, wrapped by a mail client): the
lines of a paragraph are joined again, so that a document symbol, a name or a sentence cut at a
line end is whole; page furniture pasted inside a sentence is dropped; a text written one
paragraph per line is read line by line as before."""

from __future__ import annotations

from pathlib import Path

from wsiskg.ingest.extract.documents import find_documents
from wsiskg.ingest.parse import parse
from wsiskg.ingest.pdf_layout import hard_wrapped
from wsiskg.ingest.read import read

WRAPPED = """\
Expert Group on Broadband Tariffs
EGBT-3/12-E                                               Page 1

     SUMMARY OF THE THIRD MEETING OF THE EXPERT GROUP ON
                    BROADBAND TARIFFS

1    The third meeting of the Expert Group on Broadband Tariffs was held
in Montevideo on 4 and 5 March 2031 under the chairmanship of Ms Ilse
Vandermeulen (Belgium), with the support of the secretariat of the
Telecommunication Development Bureau.

2    Mr Tomasz Wierzbicki (Poland) introduced Document EGBT-
3/4 on retail price baskets and the methodology of the group, and the
Vice-Chair presented the revised terms of reference in the light of the

- 2 -

EGBT-3/12-E                                               Page 2

discussions held by correspondence since the second meeting.

3    Having considered the contributions, the Group:
a)   asked the secretariat to circulate the revised baskets to all
     members of the group by 30 April 2031;
b)   invited members to submit data for the price survey.
"""


def _paragraphs(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return [(p.section, p.text) for p in parse(read(path)).paragraphs]


def test_a_wrapped_text_is_recognised_and_a_text_of_one_line_per_paragraph_is_not() -> None:
    assert hard_wrapped(WRAPPED.splitlines())
    unwrapped = [
        "Council Working Group on Broadband Tariffs",
        "Third meeting, Montevideo, 4 and 5 March 2031",
        "Report of the third meeting of the Council Working Group on Broadband Tariffs",
        "1 Opening of the meeting",
        "1.1 The Chair opened the meeting, which was attended by 31 participants.",
        "2 Agenda item 1: Adoption of the agenda (Document EGBT-3/1)",
        "2.1 The agenda was adopted without change.",
    ]
    assert not hard_wrapped(unwrapped)
    assert not hard_wrapped(["a line of a short text", "that goes on", "here"])  # too short to tell


def test_the_lines_of_a_paragraph_are_joined_and_its_number_is_read(tmp_path: Path) -> None:
    paragraphs = _paragraphs(tmp_path, WRAPPED)
    first = next(text for section, text in paragraphs if section == "1")
    assert first.startswith("The third meeting of the Expert Group on Broadband Tariffs was held in Montevideo")
    assert "Ms Ilse Vandermeulen (Belgium)" in first  # a name cut at the line end is whole again
    assert first.endswith("Telecommunication Development Bureau.")
    assert any(
        text == "SUMMARY OF THE THIRD MEETING OF THE EXPERT GROUP ON BROADBAND TARIFFS" for _, text in paragraphs
    )


def test_a_symbol_cut_after_its_hyphen_is_whole_again(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(WRAPPED, encoding="utf-8")
    symbols = {d.symbol for d in find_documents(parse(read(path)))}
    assert "EGBT-3/4" in symbols
    assert "EGBT-3/12-E" in symbols  # the running header's symbol is kept once


def test_page_furniture_inside_a_sentence_is_dropped(tmp_path: Path) -> None:
    paragraphs = _paragraphs(tmp_path, WRAPPED)
    second = next(text for section, text in paragraphs if section == "2")
    assert second.endswith("in the light of the discussions held by correspondence since the second meeting.")
    assert sum("Page" in text for _, text in paragraphs) == 0
    assert sum(text == "EGBT-3/12-E" for _, text in paragraphs) == 1


def test_list_items_with_indented_continuation_lines_stay_items(tmp_path: Path) -> None:
    paragraphs = _paragraphs(tmp_path, WRAPPED)
    items = [text for section, text in paragraphs if section == "3" and text[1:2] == ")"]
    assert items == [
        "a) asked the secretariat to circulate the revised baskets to all members of the group by 30 April 2031;",
        "b) invited members to submit data for the price survey.",
    ]


def test_a_blank_line_ends_a_paragraph(tmp_path: Path) -> None:
    text = WRAPPED.replace(
        "b)   invited", "\nresolves\n\nthat the members shall submit data for the\nprice survey;\n\nb)   invited"
    )
    paragraphs = [t for _, t in _paragraphs(tmp_path, text)]
    assert "resolves" in paragraphs
    assert "that the members shall submit data for the price survey;" in paragraphs


def test_a_text_of_one_paragraph_per_line_is_read_line_by_line(tmp_path: Path) -> None:
    lines = [
        "Council Working Group on Broadband Tariffs",
        "Report of the third meeting of the Council Working Group on Broadband Tariffs",
        "1 Opening of the meeting",
        "1.1 The Chair opened the meeting, which was attended by 31 participants.",
        "2 Agenda item 1: Adoption of the agenda (Document EGBT-3/1)",
        "2.1 The agenda was adopted without change.",
        "2.2 The Group thanked the host.",
    ]
    texts = [text for _, text in _paragraphs(tmp_path, "\n".join(lines) + "\n")]
    assert "The agenda was adopted without change." in texts
    assert "The Group thanked the host." in texts


def test_a_symbol_cut_after_its_slash_is_whole_again_in_a_pdf_and_a_wrapped_text(tmp_path: Path) -> None:
    from wsiskg.ingest.pdf_layout import pdf_pages_to_blocks

    (block,) = pdf_pages_to_blocks(["The Council noted Document C31/\n45-E and the report of the\nGroup."])
    assert block.text == "The Council noted Document C31/45-E and the report of the Group."
    text = WRAPPED.replace("introduced Document EGBT-\n3/4", "introduced Document EGBT-3/\n4")
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    assert "EGBT-3/4" in {d.symbol for d in find_documents(parse(read(path)))}
