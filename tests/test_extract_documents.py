"""Document symbols and resolutions cited in a report."""

from __future__ import annotations

import pytest
from extract_support import make_report as _report
from extract_support import order_of as _order
from extract_support import sample_report as _sample

from wsiskg.ingest.extract.documents import find_documents, symbol_mentions
from wsiskg.ingest.extract.resolutions import find_resolutions, resolution_mentions
from wsiskg.ingest.records import Section


def test_sample_documents() -> None:
    report = _sample()
    docs = {d.symbol: d for d in find_documents(report)}
    assert set(docs) == {
        "CWG-WSIS&SDG-38/1",
        "A/RES/76/189",
        "A/76/L.8",
        "CWG-WSIS&SDG-38/16",
        "CWG-WSIS&SDG-38/INF/2",
        "41 C/27",
        "CWG-WSIS&SDG-38/2",
        "CWG-WSIS&SDG-38/3",
        "CWG-WSIS&SDG-38/7",
        "CWG-WSIS&SDG-38/9",
        "CWG-WSIS&SDG-38/5",
        "CWG-WSIS&SDG-38/6",
        "CWG-WSIS&SDG-38/10",
        "CWG-WSIS&SDG-38/4",
        "CWG-WSIS&SDG-38/8",
        "CWG-WSIS&SDG-38/11",
        "CWG-WSIS&SDG-38/12",
    }
    forum = docs["CWG-WSIS&SDG-38/2"]
    assert (forum.key, forum.agenda_item, forum.title) == (
        "cwg-wsis-sdg-38-2",
        "6.1",
        "Preparations towards the WSIS Forum 2022",
    )
    assert forum.paragraphs == (_order(report, "Preparations towards the WSIS Forum 2022 (CWG-WSIS&SDG-38/2)"),)
    inf = docs["CWG-WSIS&SDG-38/INF/2"]  # written glued "CWGWSIS&SDG38/INF/2" in a body paragraph
    assert (inf.key, inf.agenda_item, inf.title) == ("cwg-wsis-sdg-38-inf-2", None, None)
    assert inf.paragraphs == (_order(report, "The intervention by Dr Major"),)
    res = docs["A/RES/76/189"]
    assert (res.key, res.agenda_item, res.title) == (
        "a-res-76-189",
        "5.1",
        "UNGA Resolution: ICT for Sustainable Development",
    )
    assert (docs["41 C/27"].key, docs["41 C/27"].agenda_item) == ("unesco-41-c-27", "5.5")
    assert docs["CWG-WSIS&SDG-38/1"].agenda_item is None  # cited in the body of item 3, not its heading
    assert docs["CWG-WSIS&SDG-38/11"].agenda_item == "8"


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("document CWGWSIS&SDG38/INF/2.", ["CWG-WSIS&SDG-38/INF/2"]),
        ("(CWG-WSIS&SDG- 38/2)", ["CWG-WSIS&SDG-38/2"]),
        ("Document CWG-WSIS & SDG-41/3(Rev.1)", ["CWG-WSIS&SDG-41/3(Rev.1)"]),
        ("see C22/45-E and C23/INF/2(Add.1)-F", ["C22/45-E", "C23/INF/2(Add.1)-F"]),
        ("WSIS-05/TUNIS/DOC/6(Rev.1)-E", ["WSIS-05/TUNIS/DOC/6(Rev.1)-E"]),
        ("TSAG-3/12", ["TSAG-3/12"]),
        ("E/CN.16/2007/CRP.2", ["E/CN.16/2007/CRP.2"]),
        ("see \u0410/70/1 and A/76/L.8.", ["A/70/1", "A/76/L.8"]),
        ("UNESCO 42 C/15", ["42 C/15"]),
        ("www.wsis.org/forum and https://www.itu.int/en/wtisd/2022/Pages/default.aspx", []),
        ("the period 2021-2022 and 50:50 inclusion", []),
        ("PP-18 Resolution 140 (Rev. Dubai, 2018)", []),
        ("ITU-R/BR and data sources/big data", []),
        ("wsis-info@itu.int", []),
    ],
)
def test_symbol_variants(text: str, symbols: list[str]) -> None:
    assert [s.symbol for s in symbol_mentions(text)] == symbols


def test_symbol_keys() -> None:
    keys = [s.key for s in symbol_mentions("CWG-WSIS&SDG-38/INF/2, A/RES/76/189, 41 C/27, C22/45-E")]
    assert keys == ["cwg-wsis-sdg-38-inf-2", "a-res-76-189", "unesco-41-c-27", "c22-45-e"]


def test_documents_all_paragraphs_and_headings() -> None:
    sections = (Section("4", "Budget (C24/12-E): the Council considered it", None, 1),)
    report = _report(
        "Budget (C24/12-E): the Council considered it", "See C24/12-E again.", "Nothing.", sections=sections
    )
    (doc,) = find_documents(report)
    assert (doc.symbol, doc.agenda_item, doc.title, doc.paragraphs) == ("C24/12-E", "4", "Budget", (1, 2))


def test_sample_resolutions() -> None:
    report = _sample()
    res = {r.key: r for r in find_resolutions(report)}
    assert set(res) == {
        "itu-pp-res-140-rev-dubai-2018",
        "itu-council-res-1332-mod-2019",
        "a-res-76-189",
        "unesco-res-41-c-27",  # "(UNESCO 41 C/27)": a UNESCO resolution by its symbol
    }
    pp = res["itu-pp-res-140-rev-dubai-2018"]
    assert (pp.number, pp.issuer, pp.revision_kind, pp.revision_place, pp.revision_year) == (
        "140",
        "itu-pp",
        "Rev.",
        "Dubai",
        2018,
    )
    bare = _order(report, "He highlighted that the year 2022 will be of additional significance")
    assert bare in pp.paragraphs  # "the Resolution 140" merged into the PP one
    assert pp.paragraphs[0] == _order(report, "This report highlights the main outcomes")
    council = res["itu-council-res-1332-mod-2019"]
    assert (council.issuer, council.revision_kind, council.revision_year, council.revision_place) == (
        "itu-council",
        "Modified",
        2019,
        None,
    )
    unga = res["a-res-76-189"]
    assert (unga.issuer, unga.number) == ("unga", "76/189")


@pytest.mark.parametrize(
    ("text", "key", "issuer", "number"),
    [
        ("Resolution 71 (Rev. Bucharest, 2022)", "res-71-rev-bucharest-2022", None, "71"),
        ("ITU-T Resolution 75", "wtsa-res-75", "wtsa", "75"),
        ("WTDC Resolution 30 (Rev. Kigali, 2022)", "wtdc-res-30-rev-kigali-2022", "wtdc", "30"),
        ("Res. 140", "res-140", None, "140"),
        ("UNGA Resolution A/RES/76/189", "a-res-76-189", "unga", "76/189"),
        ("PP-22 Resolution 140 (Rev. Bucharest, 2022)", "itu-pp-res-140-rev-bucharest-2022", "itu-pp", "140"),
        ("Council Resolution 1332 (Mod. 2024)", "itu-council-res-1332-mod-2024", "itu-council", "1332"),
    ],
)
def test_resolution_variants(text: str, key: str, issuer: str | None, number: str) -> None:
    (r,) = resolution_mentions(text)
    assert (r["key"], r["issuer"], r["number"]) == (key, issuer, number)


def test_bare_resolution_stays_unknown_when_ambiguous() -> None:
    report = _report(
        "PP-18 Resolution 101 and WTSA Resolution 101 apply.", "Resolution 101 matters.", "this Resolution"
    )
    keys = [r.key for r in find_resolutions(report)]
    assert keys == ["itu-pp-res-101", "wtsa-res-101", "res-101"]
    report = _report("Council Resolution 1332 (Modified 2019) applies.", "Resolution 1332 matters.")
    (only,) = find_resolutions(report)
    assert only.paragraphs == (1, 2)


def test_listed_resolutions_share_the_issuer_and_four_digit_numbers_are_the_councils() -> None:
    from extract_support import one_section_report

    from wsiskg.ingest.extract.resolutions import find_resolutions

    report = one_section_report(
        "The Group recalled WTDC Resolutions 30 (Rev. Kigali, 2022), 37 (Rev. Kigali, 2022) and 45 .",
        "Resolution 1344 invites the Group to act; Resolutions 1350 , 1361 and 1372 . were also cited.",
        "Resolution 12 was noted.",
    )
    found = {r.key: r for r in find_resolutions(report)}
    assert {"wtdc-res-30-rev-kigali-2022", "wtdc-res-37-rev-kigali-2022", "wtdc-res-45"} <= set(found)
    assert found["wtdc-res-37-rev-kigali-2022"].name == "WTDC Resolution 37 (Rev. Kigali, 2022)"
    council = {k for k, r in found.items() if r.issuer == "itu-council"}
    assert council == {"itu-council-res-1344", "itu-council-res-1350", "itu-council-res-1361", "itu-council-res-1372"}
    # a short number alone, in a report of no conference: the Plenipotentiary Conference's by default
    assert found["itu-pp-res-12"].issuer == "itu-pp"


def test_a_symbol_is_kept_as_written() -> None:
    from extract_support import one_section_report

    # a space between a known body's acronym and the meeting number; an older group's acronym
    # is not rewritten to the later group's
    found = [(m.symbol, m.key) for m in symbol_mentions("Documents CWG-Internet 7/2 and WG-WSIS-3/5 were noted.")]
    assert found == [("CWG-Internet 7/2", "cwg-internet-7-2"), ("WG-WSIS-3/5", "wg-wsis-3-5")]
    # the same document written twice is one document, under the symbol first written
    report = one_section_report("See CWG-Internet 7/2.", "Document CWG-Internet-7/2 was revised.")
    (only,) = find_documents(report)
    assert (only.symbol, only.key, only.paragraphs) == ("CWG-Internet 7/2", "cwg-internet-7-2", (1, 2))
