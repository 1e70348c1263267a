"""Document symbols in other styles than the sample: abbreviated lists and ranges in one
series, UN and Council symbols, ITU Recommendations, rapporteur-group symbols, the running
header as page furniture, and the agenda item a document was considered under."""

from __future__ import annotations

from extract_support import fixture_report, fixture_store, query_rows, report_fixture

from wsiskg.core.store import Store
from wsiskg.ingest.extract.documents import find_documents, symbol_mentions
from wsiskg.ingest.parse import parse
from wsiskg.ingest.read import read

cop7 = report_fixture("cwg-cop-7")
cwg40 = report_fixture("cwg-wsis-40")
internet22 = report_fixture("cwg-internet-22")


# ------------------------------------------------------------------ the documents query, report by report
def test_documents_in_every_format(cop7: Store) -> None:
    assert {r["symbol"] for r in query_rows(cop7, "documents")} >= {"CWG-COP-7/1(Rev.1)", "CWG-COP-7/3"}


def test_documents_and_abbreviated_lists_in_every_format(cwg40: Store) -> None:
    symbols = {r["symbol"] for r in query_rows(cwg40, "documents")}
    assert symbols >= {
        "CWG-WSIS&SDG-40/1(Rev.1)",
        "CWG-WSIS&SDG-40/2",
        "CWG-WSIS&SDG-40/3",
        "CWG-WSIS&SDG-40/4",
        "CWG-WSIS&SDG-40/3(Rev.1)",
        "CWG-WSIS&SDG-40/INF/1",
        "C24/45-E",
        "E/CN.16/2024/2",
        "A/RES/78/132",
    }
    assert not any(s.startswith("CWG-WSIS&SDG-40/10") for s in symbols)  # the running header is furniture


def test_documents_by_section_of_a_cwg_meeting_with_agenda_items() -> None:
    docs = {(r["symbol"], r["section"]) for r in query_rows(fixture_store("cwg-wsis-sdg-41"), "documents")}
    assert {
        ("CWG-WSIS&SDG-41/1(Rev.1)", "2.1"),
        ("CWG-WSIS&SDG-41/5", "3.1"),
        ("CWG-WSIS&SDG-41/5", "3.3"),
        ("CWG-WSIS&SDG-41/7", "4.1"),
    } <= docs


def test_documents_of_an_open_consultation_in_every_format(internet22: Store) -> None:
    docs = {r["symbol"] for r in query_rows(internet22, "documents")}
    docs.discard("CWG-Internet-22/6-E")  # the PDF's running header, kept once: the document's own symbol
    assert docs == {"CWG-Internet-22/1", "CWG-Internet-22/3", "CWG-Internet-22/4", "CWG-Internet-22/5"}


def test_documents_of_a_council_summary_record() -> None:
    rows = query_rows(fixture_store("council-2024-wsis"), "documents")
    docs = {(r["symbol"], r["section"], r["agendaItem"]) for r in rows}
    assert {("C24/23", "1", "1"), ("C24/23", "1.4", "1"), ("C24/45", "2.2", ""), ("C24/121-E", "front", "")} <= docs


def test_documents_of_other_sectors_meetings() -> None:
    rows = query_rows(fixture_store("egti-12"), "documents")
    assert {r["symbol"] for r in rows} == {"TDAG-24/12", "WTDC-25/DT/3", "DT/5"}
    # "DT/5" has no meeting in it: keyed within the report's meeting, kept as written
    assert {r["document"].rsplit("/", 1)[1] for r in rows if r["symbol"] == "DT/5"} == {"egti-12-dt-5"}


def test_a_range_of_documents_and_a_symbol_without_a_meeting() -> None:
    # "CWG-WSIS&SDG-40/2 to 40/5" is the four documents; "DT/5" is a document of the report's meeting
    rows = query_rows(fixture_store("cwg-wsis-40-upper"), "documents")
    symbols = {r["symbol"] for r in rows}
    assert symbols == {f"CWG-WSIS&SDG-40/{n}" for n in range(2, 6)} | {"DT/5"}
    assert {r["document"].rsplit("/", 1)[1] for r in rows if r["symbol"] == "DT/5"} == {"cwg-wsis-sdg-40-dt-5"}


def test_recommendations_of_a_ungis_report() -> None:
    symbols = {r["symbol"] for r in query_rows(fixture_store("ungis-2024-paris"), "documents")}
    assert symbols == {"Recommendation ITU-T X.1205", "ITU-R M.2083"}  # as written


def test_rapporteur_group_symbols() -> None:
    assert {r["symbol"] for r in query_rows(fixture_store("itud-sg1-rapporteur"), "documents")} == {
        "SG1RGQ/112-E",
        "SG1RGQ/101",
        "SG1RGQ/102",
        "SG1RGQ/103",
        "SG1RGQ/104",
        "Recommendation ITU-T Y.3172",
    }


# ------------------------------------------------------------------ symbol forms
def test_abbreviated_symbol_lists_need_the_same_meeting() -> None:
    assert [m.symbol for m in symbol_mentions("CWG-WSIS&SDG-40/1, 40/INF/2(Rev.1) and 40/3-E")] == [
        "CWG-WSIS&SDG-40/1",
        "CWG-WSIS&SDG-40/INF/2(Rev.1)",
        "CWG-WSIS&SDG-40/3-E",
    ]
    assert [m.symbol for m in symbol_mentions("TDAG-24/12, 23/4")] == ["TDAG-24/12"]


def test_document_ranges_are_bounded_and_in_one_series() -> None:
    assert [m.symbol for m in symbol_mentions("CWG-WSIS&SDG-40/INF/1–40/INF/3, 40/7")] == [
        "CWG-WSIS&SDG-40/INF/1",
        "CWG-WSIS&SDG-40/INF/2",
        "CWG-WSIS&SDG-40/INF/3",
        "CWG-WSIS&SDG-40/7",
    ]
    assert [m.symbol for m in symbol_mentions("TDAG-24/2 to 24/900")] == ["TDAG-24/2", "TDAG-24/900"]


def test_recommendations_are_documents() -> None:
    assert [
        m.symbol
        for m in symbol_mentions("Recommendation ITU-T X.1205, ITU-R Recommendation M.2083 and Rec. ITU-T Y.3172.1.")
    ] == ["Recommendation ITU-T X.1205", "ITU-R M.2083", "Rec. ITU-T Y.3172.1"]


# ------------------------------------------------------------------ agenda items
def test_documents_get_the_section_of_their_agenda_item() -> None:
    rows = query_rows(fixture_store("cwg-wsis-sdg-42-agenda"), "documents")
    docs = {(r["symbol"], r["agendaItem"]) for r in rows}
    assert ("CWG-WSIS&SDG-42/5", "3") in docs  # "3 Agenda item 2: WSIS Stocktaking (Document ...)"
    assert ("CWG-WSIS&SDG-42/7", "4") in docs  # "... was presented under agenda item 3" -> "4 Agenda item 3: ..."
    assert ("CWG-WSIS&SDG-42/8", "") in docs  # no "Agenda item 9" heading: no guess


def test_heading_title_drops_the_agenda_item_label() -> None:
    report = parse(read(fixture_report("cwg-wsis-sdg-42-agenda").report))
    docs = {d.symbol: d for d in find_documents(report)}
    assert (docs["CWG-WSIS&SDG-42/5"].agenda_item, docs["CWG-WSIS&SDG-42/5"].title) == ("3", "WSIS Stocktaking")
    assert (docs["CWG-WSIS&SDG-42/7"].agenda_item, docs["CWG-WSIS&SDG-42/7"].title) == ("4", None)
