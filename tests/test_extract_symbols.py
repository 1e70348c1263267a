"""Resolutions and document symbols in the styles issue 8 (Part 2, items 6 and 7) names: UN and
UNESCO symbols, issuers stated before or after the citation, lists whose last item carries the
revision, a text's own upper-case title, conference and ITU-T document numbers, symbols with a
year or a slash in the meeting part, look-alike letters. Every example is invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract.documents import document_context, find_documents, symbol_mentions
from wsiskg.ingest.extract.resolutions import find_resolutions, resolution_mentions


# ------------------------------------------------------------------ resolutions
@pytest.mark.parametrize(
    ("text", "key", "issuer", "number"),
    [
        ("as requested in E/RES/2019/24.", "e-res-2019-24", "ecosoc", "2019/24"),
        ("in line with A/RES/69/204,", "a-res-69-204", "unga", "69/204"),
        ("The General Assembly, in its resolution 71/212, asked", "a-res-71-212", "unga", "71/212"),
        ("the Economic and Social Council, by resolution 2020/11, requested", "e-res-2020-11", "ecosoc", "2020/11"),
        ("the UNESCO General Conference had adopted resolution 40 C/37 on", "unesco-res-40-c-37", "unesco", "40 C/37"),
        ("UNESCO, by resolution 38 C/61, invited", "unesco-res-38-c-61", "unesco", "38 C/61"),
        ("in document 41 C/Resolution 12, adopted", "unesco-res-41-c-resolution-12", "unesco", "41 C/Resolution 12"),
        ("RESOLUTION 45 (REV. KIGALI, 2022)", "res-45-rev-kigali-2022", None, "45"),
        ("Resolution 37 of the WTDC applies.", "wtdc-res-37", "wtdc", "37"),
        ("Resolution 64 of the Plenipotentiary Conference", "itu-pp-res-64", "itu-pp", "64"),
        ("adopted Resolution ITU-R 9-6 on", "ra-res-9-6", "ra", "9-6"),
        ("Council Decision 588 was noted.", "itu-council-dec-588", "itu-council", "588"),
    ],
)
def test_resolution_citation_styles(text: str, key: str, issuer: str | None, number: str) -> None:
    (r,) = resolution_mentions(text)
    assert (r["key"], r["issuer"], r["number"]) == (key, issuer, number)


def test_no_issuer_is_guessed_from_a_far_or_unrelated_body() -> None:
    # the General Assembly is named, but not as the issuer of the citation
    assert resolution_mentions("The General Assembly met in May. The Group noted resolution 12/4.") == []
    assert resolution_mentions("Opinion 2 was mentioned.") == []  # an opinion of no one named


def test_upper_case_title_of_a_text_is_a_citation_with_its_venue() -> None:
    (r,) = find_resolutions(one_section_report("RESOLUTION 45 (REV. KIGALI, 2022)"))
    assert (r.key, r.issuer, r.revision_place, r.revision_year) == (
        "wtdc-res-45-rev-kigali-2022",
        "wtdc",
        "Kigali",
        2022,
    )


def test_a_revision_after_the_last_item_of_a_list_is_that_of_the_items_before() -> None:
    found = {r["key"]: r for r in resolution_mentions("Resolutions 64 , 77 and 179 (Rev. Dubai, 2018) apply .")}
    assert set(found) == {f"res-{n}-rev-dubai-2018" for n in (64, 77, 179)}
    report = one_section_report("Recalling Resolutions 12 and 25 (Rev. Busan, 2014) and Resolution 9.")
    keys = {r.key: r.issuer for r in find_resolutions(report)}
    assert keys == {
        "itu-pp-res-12-rev-busan-2014": "itu-pp",
        "itu-pp-res-25-rev-busan-2014": "itu-pp",
        "itu-pp-res-9": "itu-pp",  # bare, in a report of no conference: the PP's by default
    }


def test_an_issuer_after_a_list_is_the_issuer_of_every_item() -> None:
    found = resolution_mentions("Resolutions 9 and 17 of the World Telecommunication Standardization Assembly.")
    assert [(r["issuer"], r["number"]) for r in found] == [("wtsa", "9"), ("wtsa", "17")]


def test_a_venue_the_data_does_not_know_is_read_from_the_conference_the_report_names() -> None:
    report = one_section_report(
        "The assembly met in Lima from 3 to 12 October 2028 (WTSA-28).",
        "It revised Resolution 64 (Rev. Lima, 2028) and Resolution 2 (Rev. Lima, 2028).",
    )
    assert {(r.key, r.issuer) for r in find_resolutions(report)} == {
        ("wtsa-res-64-rev-lima-2028", "wtsa"),
        ("wtsa-res-2-rev-lima-2028", "wtsa"),
    }
    # two conferences of that year: the venue names neither
    report = one_section_report("WTDC-31 and PP-31 met in 2031.", "Resolution 5 (Rev. Quito, 2031) applies.")
    assert [r.issuer for r in find_resolutions(report)] == [None]


# ------------------------------------------------------------------ documents
def _symbols(text: str, context: str | None = "wtdc-2030") -> list[tuple[str, str]]:
    return [(m.symbol, m.key) for m in symbol_mentions(text, context=context)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Document 27-E (Rev. 2) was noted.", [("27-E (Rev. 2)", "wtdc-2030-27-e-rev-2")]),
        ("introduced Document 12(Add.3)-E on", [("12(Add.3)-E", "wtdc-2030-12-add-3-e")]),
        ("the structure in Document DT/14.", [("DT/14", "wtdc-2030-dt-14")]),
        ("approved as DT/8 (Rev.1) for", [("DT/8 (Rev.1)", "wtdc-2030-dt-8-rev-1")]),
        (
            "presented TD 455 (Rev.2) and TD 612 Rev.1.",
            [("TD 455 (Rev.2)", "wtdc-2030-td-455-rev-2"), ("TD 612 Rev.1", "wtdc-2030-td-612-rev-1")],
        ),
        ("introduced contribution C 77 on", [("C 77", "wtdc-2030-c-77")]),
        ("considered Document 3/241 (Rev.1).", [("3/241 (Rev.1)", "wtdc-2030-3-241-rev-1")]),
    ],
)
def test_meeting_local_symbols_are_keyed_within_the_meeting(text: str, expected: list[tuple[str, str]]) -> None:
    assert _symbols(text) == expected
    assert _symbols(text, None) == []  # without the report's meeting they are not read


@pytest.mark.parametrize(
    ("text", "symbol", "key"),
    [
        ("SG13-TD310 was agreed.", "SG13-TD310", "sg13-td310"),
        ("see SG11-C45 (Rev.1) from", "SG11-C45 (Rev.1)", "sg11-c45-rev-1"),
        ("TSAG considered COM 5-C 12 from", "COM 5-C 12", "com-5-c-12"),
        ("TSAG-R 14", "TSAG-R 14", "tsag-r-14"),
        ("Document EGH-2021/R2", "EGH-2021/R2", "egh-2021-r2"),
        ("in Document EGH/2019/7 on", "EGH/2019/7", "egh-2019-7"),
        ("Document TDAG10-2/5-E", "TDAG10-2/5-E", "tdag10-2-5-e"),
        ("(Document WSIS/PC-2/DT/3 (Rev. 1))", "WSIS/PC-2/DT/3(Rev.1)", "wsis-pc-2-dt-3-rev-1"),
        ("Ref.: BR/DM-19/0321", "BR/DM-19/0321", "br-dm-19-0321"),
    ],
)
def test_symbols_with_their_group_or_year(text: str, symbol: str, key: str) -> None:
    assert _symbols(text) == [(symbol, key)]


@pytest.mark.parametrize(
    "text",
    [
        "Document 2024 of the series",  # a year
        "Action Line C 5 was discussed.",  # C without the word contribution
        "Resolution ITU-R 9-6 on spectrum",  # ITU-R is a sector, not a report symbol
        "the meeting of 2024-2025 in room 3/4",
    ],
)
def test_what_is_not_a_local_symbol(text: str) -> None:
    assert [s for s, _ in _symbols(text)] == []


def test_look_alike_letters_are_read_with_the_one_table() -> None:
    # a Greek capital alpha and a Cyrillic capital ie, both in ingest/data/lookalikes.csv
    assert [s for s, _ in _symbols("See Α/RES/71/5 and Е/RES/2019/24.", None)] == ["A/RES/71/5", "E/RES/2019/24"]


def test_document_context_and_report_keys() -> None:
    assert document_context("tsag", 3, 2026, "Report") == "tsag-3"
    assert document_context("wtdc", None, 2030, None) == "wtdc-2030"
    assert document_context(None, None, None, "Summary record of the second plenary meeting of it") == (
        "summary-record-of-the-second-plenary"
    )
    report = one_section_report("Document DT/4 was approved.", "DT/4 was then revised.")
    (only,) = find_documents(report, context="pp-2030")
    assert (only.symbol, only.key, only.paragraphs) == ("DT/4", "pp-2030-dt-4", (1, 2))


def test_an_issuer_named_before_is_taken_only_as_the_subject_of_the_citation() -> None:
    # the Council is named before, but the citation's bracket and its "of the ..." name the issuer
    text = (
        "the plan adopted by the ITU Council for the two phases, as proposed in Resolution 58 "
        "(Kyoto, 1994) of the Plenipotentiary Conference."
    )
    (r,) = find_resolutions(one_section_report(text))
    assert (r.issuer, r.number) == ("itu-pp", "58")
    assert resolution_mentions("The ITU Council, for the sake of clarity, noted in resolution 3.") == []


def test_a_venue_misread_by_ocr_is_still_the_venue() -> None:
    (r,) = find_resolutions(one_section_report("Resolution 131 (Guada1ajara, 2010) applies."))
    assert (r.issuer, r.number) == ("itu-pp", "131")


def test_a_question_of_a_study_group_is_no_document() -> None:
    assert [s for s, _ in _symbols("Rapporteur Q7/13 and Q22/1 met; see C27/12.")] == ["C27/12"]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("The Plenipotentiary Conference (Lima, 2030) adopted Resolution 214 on", "itu-pp"),
        ("WTDC-30 adopted Resolution 88 on", "wtdc"),
        ("Resolution 12 of WTSA-28 applies.", "wtsa"),
    ],
)
def test_an_issuer_with_its_venue_or_code(text: str, issuer: str) -> None:
    (r,) = resolution_mentions(text)
    assert r["issuer"] == issuer


# ------------------------------------------------------------------ OCR noise, joint UN symbols, proposals,
# circulars, letter references, ITU-T documents of a group, revision histories, the report's own conference
@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Document C05/l7-E", "Document C05/17-E"),  # a lower-case l in a symbol is a one
        ("Document CO5/17-E", "Document C05/17-E"),  # O next to a digit is a zero
        ("see A/RES/6O/21O.", "see A/RES/60/210."),
        ("in Resolu-tion 139 and Resolution l02", "in Resolution  139 and Resolution 102"),
        ("Docu- ments EGX-4/2", "Documents   EGX-4/2"),
    ],
)
def test_ocr_confusions_inside_citations_are_undone_at_the_same_length(text: str, fixed: str) -> None:
    from wsiskg.ingest.extract.documents import ocr_fixed

    assert ocr_fixed(text) == fixed
    assert len(ocr_fixed(text)) == len(text)  # spans found in the fixed text are spans of the text


@pytest.mark.parametrize(
    "text",
    [
        "WSIS-II/PC-3/DT/5 (Roman numerals)",
        "RGQ4/2/INF/3 and CWG-COP-8/1",
        "the ICT/Telecommunication Indicators",
        "I/O",
    ],
)
def test_ocr_fixing_leaves_words_and_roman_numerals_alone(text: str) -> None:
    from wsiskg.ingest.extract.documents import ocr_fixed

    assert ocr_fixed(text) == text


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("the report (Document C05/l7-E) was noted", ["C05/17-E"]),
        ("the report (Document C05/ 17-E) was noted", ["C05/17-E"]),  # an OCR space after the slash
        ("the report A/66/64-E/2011/77 of the Secretary-General", ["A/66/64-E/2011/77"]),  # a joint symbol
        ("see A/68/65–E/2013/11 and A/RES/68/198", ["A/68/65–E/2013/11", "A/RES/68/198"]),  # the dash as written
        ("MOD  EUR/22A3/4 and ADD ARB/19/2", ["EUR/22A3/4", "ARB/19/2"]),  # proposals after their mark
        ("proposal IND/PAK/LKA/31/5 was noted", ["IND/PAK/LKA/31/5"]),  # several authors
        ("the figures ARB/19/2 show", ["ARB/19/2"]),  # one author, no mark: read by its form (three segments)
        ("the proposals TUR/45/1 to 3", ["TUR/45/1"]),
        ("BR Administrative Circular CA/251 and Circular CR/407", ["CA/251", "CR/407"]),
        ("as announced in TSB Circular 212,", ["TSB Circular 212"]),
        ("Ref.: BDT/EUR/DM/044", ["BDT/EUR/DM/044"]),
        ("Our ref: DM-19/1130.", ["DM-19/1130"]),
        ("In reply to your letter ref. BR/SSD/112 of 3 May", ["BR/SSD/112"]),
        ("the referendum: 4/5 of the votes", []),
        ("the outcome document (Document WSIS-F31/OD-3).", ["WSIS-F31/OD-3"]),
        ("the Question Q3/2 and RGQ3/2/REP/5-E", ["RGQ3/2/REP/5-E"]),
        ("approved by WP2/13 on", []),  # a working party, not a document
        # symbols of no series the data knows, read by their form: three or more slash-parted segments
        ("see ESCAP/IDD/WSIS/2031/REP.", ["ESCAP/IDD/WSIS/2031/REP"]),
        (
            "report UNCTAD/DTL/STICT/2031/MISC.4 and CI-31/WSIS/C9/REP",
            ["UNCTAD/DTL/STICT/2031/MISC.4", "CI-31/WSIS/C9/REP"],
        ),
        ("the report E/ESCWA/CL4.SIT/2031/IG.2/Report was", ["E/ESCWA/CL4.SIT/2031/IG.2/Report"]),
        ("under Action Lines C1/C3/C7 and SG1/SG2", []),  # lists of codes
        ("on 12/03/2031 and/or later; ITU-T/ITU-R/ITU-D", []),
        ("the sub-committee's WSIS-II/PC-4/SC-A/DT/7 was read", ["WSIS-II/PC-4/SC-A/DT/7"]),  # not a UN "A/DT/7"
    ],
)
def test_symbols_of_other_shapes(text: str, symbols: list[str]) -> None:
    assert [s.symbol for s in symbol_mentions(text)] == symbols


def test_itu_t_documents_of_a_group_and_listed_conference_documents() -> None:
    found = symbol_mentions("TD 44 (PLEN/13), TD 7-R2 (GEN/13), TD 210 (WP1/13) and SG13-R4.", context="sg13")
    assert [s.symbol for s in found] == ["TD 44 (PLEN/13)", "TD 7-R2 (GEN/13)", "TD 210 (WP1/13)", "SG13-R4"]
    parts = symbol_mentions("Addendum 3 to Document 58-E and Revision 1 of Document 12 were noted.", context="pp-30")
    assert [s.symbol for s in parts] == ["Addendum 3 to Document 58-E", "Revision 1 of Document 12"]
    listed = symbol_mentions("Documents 61, 63 and 70(Rev.1) were noted, with 2031 delegates.", context="pp-30")
    assert [(s.symbol, s.key) for s in listed] == [
        ("61", "pp-30-61"),
        ("63", "pp-30-63"),
        ("70(Rev.1)", "pp-30-70-rev-1"),
    ]


def test_a_revision_history_names_the_issuer_and_the_last_revision() -> None:
    report = one_section_report("Resolution 64 (Johannesburg, 2008; Dubai, 2012; Hammamet, 2016) applies.")
    (r,) = find_resolutions(report)
    assert (r.issuer, r.revision_kind, r.revision_place, r.revision_year) == ("wtsa", "Rev.", "Hammamet", 2016)


def test_ocr_split_citation_words_and_bare_unesco_symbols() -> None:
    assert [(r["issuer"], r["number"]) for r in resolution_mentions("under Resolu-tion 1305 and 39 C/56.")] == [
        (None, "1305"),
        ("unesco", "39 C/56"),
    ]


def test_a_bare_resolution_is_the_report_own_conference_else_the_plenipotentiary() -> None:
    from extract_support import make_report

    def issuers(report: object) -> set[tuple[str | None, str]]:
        return {(r.issuer, r.number) for r in find_resolutions(report)}  # type: ignore[arg-type]

    wtdc = make_report("WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-30)", "It recalled Resolution 17.")
    assert issuers(wtdc) == {("wtdc", "17")}
    tdag = make_report("Telecommunication Development Advisory Group", "Resolution 9 was recalled.")
    assert issuers(tdag) == {("wtdc", "9")}
    text = one_section_report("The Radiocommunication Assembly (Sharm el-Sheikh, 2031),", "recalling Resolution 9,")
    assert issuers(text) == {("ra", "9")}
    plain = one_section_report("The Group recalled Resolution 71 and Resolution 1390.")
    assert issuers(plain) == {("itu-pp", "71"), ("itu-council", "1390")}
    both = make_report("WTDC-30 and WTSA-30 documents", "Resolution 5 applies.")
    assert issuers(both) == {("itu-pp", "5")}  # the front names two conferences: the default


def test_a_table_of_documents_by_bare_number_when_the_report_cites_that_group_by_the_word() -> None:
    rows = (
        "2/311, Digital skills for older persons, Rapporteur for Question 7/2",
        "2/318 (Rev.1), Draft output report on Question 3/2, Rapporteur for Question 3/2",
        "7/2, a Question, not a document",
    )
    report = one_section_report(*rows, "Mr Ortiz introduced Document 2/318 (Rev.1).")
    assert [d.symbol for d in find_documents(report, context="itu-d-sg2")] == ["2/311", "2/318 (Rev.1)"]
    assert find_documents(one_section_report(*rows), context="itu-d-sg2") == ()  # no group cited by the word


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("in follow-up to resolution 62/208 and resolution 2008/3,", [("unga", "62/208"), ("ecosoc", "2008/3")]),
        ("as Resolution 68/302 requested", [("unga", "68/302")]),
        ("Human Rights Council resolution 38/7 on", []),  # another organ, named: not guessed
        ("Resolution 4/2 of the Group", []),
    ],
)
def test_a_un_resolution_without_its_organ_by_the_shape_of_its_number(text: str, found: list[tuple[str, str]]) -> None:
    assert [(r["issuer"], r["number"]) for r in resolution_mentions(text)] == found


def test_a_list_of_itu_r_resolutions_keeps_each_number_with_its_revision() -> None:
    found = resolution_mentions("recalling Resolutions ITU-R 4-8, ITU-R 19-5 and 62-1 on the study groups")
    assert [(r["issuer"], r["number"]) for r in found] == [("ra", "4-8"), ("ra", "19-5"), ("ra", "62-1")]


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("the draft (CWG-FIN-7/3 (Rev.2)) was", "CWG-FIN-7/3(Rev.2)"),  # inside the pattern's own tail
        ("see WSIS/TF/4/2 (Rev.1) for", "WSIS/TF/4/2 (Rev.1)"),
        ("as in SG9-TD 512 Rev.3, the", "SG9-TD 512 Rev.3"),
        ("in TSAG-TD118 rev.2.", "TSAG-TD118 rev.2"),
        ("circular CA/301 (Add.1) says", "CA/301 (Add.1)"),
    ],
)
def test_a_revision_written_after_a_symbol_stays_with_it(text: str, symbol: str) -> None:
    assert [s.symbol for s in symbol_mentions(text, context="tsag-9")] == [symbol]


def test_a_revision_is_another_document_of_the_same_series() -> None:
    first, revised = symbol_mentions("TD 77 and TD 77 Rev.1 were read", context="tsag-9")
    assert (first.key, revised.key) == ("tsag-9-td-77", "tsag-9-td-77-rev-1")
