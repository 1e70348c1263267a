"""Citation forms of other writers and other series (issue 8's held-out gap). Every
example is invented; each class is tried in several wordings."""

from __future__ import annotations

import pytest
from extract_support import make_report, one_section_report

from wsiskg.ingest.extract.documents import find_documents, symbol_mentions
from wsiskg.ingest.extract.resolutions import find_resolutions, resolution_mentions
from wsiskg.ingest.records import Section


# ------------------------------------------------------------------ decisions of the Council by number
@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("In accordance with Decision 604, the dates were set.", "604"),
        ("the Group recalled Decision 571 (Rev. 2016) on", "571"),
        ("DECISION 629 (C21)", "629"),
        ("Decisions 533 and 534 were transmitted to the Member States.", "534"),
        ("as foreseen in Draft Decision 581, the Forum will", "581"),
    ],
)
def test_a_bare_three_digit_decision_is_the_councils(text: str, number: str) -> None:
    found = {(r.issuer, r.number) for r in find_resolutions(one_section_report(text))}
    assert ("itu-council", number) in found


@pytest.mark.parametrize("text", ["Decision 2 of the group was recalled.", "the Board took decision 12 on"])
def test_a_low_decision_number_stays_no_ones(text: str) -> None:
    assert find_resolutions(one_section_report(text)) == ()


# ------------------------------------------------------------------ draft resolutions numbered in brackets
@pytest.mark.parametrize(
    ("text", "issuer", "number"),
    [
        ("DRAFT NEW RESOLUTION [KEN-2] (BUSAN, 2014)", "itu-pp", "[KEN-2]"),
        ("Draft new Resolution [EUR-4] (Dubai, 2018) on spectrum", "itu-pp", "[EUR-4]"),
        ("approved draft new Resolution [COM4/9] (WRC-23) and sent it", "wrc", "[COM4/9]"),
        ("Resolution [IAP-B7-HAPS] (WRC-19) was noted.", "wrc", "[IAP-B7-HAPS]"),
    ],
)
def test_a_draft_resolution_numbered_in_brackets(text: str, issuer: str, number: str) -> None:
    found = {(r.issuer, r.number) for r in find_resolutions(one_section_report(text))}
    assert found == {(issuer, number)}


def test_a_draft_number_in_brackets_is_no_document_symbol() -> None:
    assert symbol_mentions("Resolution [COM6/3] (Geneva, 2019) and [COM5/12]", None, "ctx") == []


# ------------------------------------------------------------------ CITEL committees' texts
@pytest.mark.parametrize(
    ("text", "issuer", "number", "kind"),
    [
        ("Resolution PCC.I/RES. 208 (XXI-13) invites", "citel-pcc1", "208", "resolution"),
        ("under PCC.II/DEC. 61 (XXIV-15), the meeting", "citel-pcc2", "61", "decision"),
        ("PCC.I/RES. 77 and PCC.I/DEC. 40 (IX-07)", "citel-pcc1", "77", "resolution"),
    ],
)
def test_a_citel_committee_text(text: str, issuer: str, number: str, kind: str) -> None:
    found = {(r["issuer"], r["number"], r["kind"]) for r in resolution_mentions(text)}
    assert (issuer, number, kind) in found


def test_an_unknown_body_before_res_is_no_citation() -> None:
    assert resolution_mentions("the ABC/RES. 12 text") == []


# ------------------------------------------------------------------ document symbols of other series
@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        # ITU-R working parties
        ("the texts in Document 7C/212 were approved", ["7C/212"]),
        ("Ms A introduced Document 3K/45 (Rev.2) and said", ["3K/45 (Rev.2)"]),
        ("Source: Document 5B/TEMP/88", ["5B/TEMP/88"]),
        ("RADIOCOMMUNICATION STUDY GROUPS      Document 6A/318-E", ["6A/318-E"]),
        # ITU-T symbols with spaced dashes and a language, regional groups, liaison statements
        ("INTERNATIONAL TELECOMMUNICATION UNION   COM 9 – C 77 – F", ["COM 9 – C 77 – F"]),
        ("STUDY GROUP 12   SG12-C 145 – E", ["SG12-C 145 – E"]),
        ("TSAG - R 22 - E", ["TSAG - R 22 - E"]),
        ("terms of reference are in COM 11 - R 8. Ms B", ["COM 11 - R 8"]),
        ("roaming (SG3RG-ARB-C21) and the report", ["SG3RG-ARB-C21"]),
        ("the correspondence group (TSAG-TD-88) noted", ["TSAG-TD-88"]),
        ("the liaison COM 5 - LS 19 - E", ["COM 5 - LS 19 - E"]),
        # temporary documents with their group after them
        ("a draft report (TD 77/GEN). The group", ["TD 77/GEN"]),
        ("the Question's report (TD 412-PLEN). Draft", ["TD 412-PLEN"]),
        ("STUDY GROUP 9    TD 18 (WP 2/9)", ["TD 18 (WP 2/9)"]),
        # CEPT, CITEL, African preparatory meetings, focus groups
        (
            "(Com-ITU(21)077 A2) and ECC(23)045 Rev.1 and CPG19(18)012 rev2",
            ["Com-ITU(21)077 A2", "ECC(23)045 Rev.1", "CPG19(18)012 rev2"],
        ),
        ("INTER-AMERICAN COMMISSION   CCP.II-RADIO/doc. 5123/21 rev.2", ["CCP.II-RADIO/doc. 5123/21 rev.2"]),
        ("see ATU/WTDC-2/Doc. 8 (Rev. 2) for", ["ATU/WTDC-2/Doc. 8 (Rev. 2)"]),
        ("inputs FG-QC-D-012 and FG NET2030-I-041-R2", ["FG-QC-D-012", "FG NET2030-I-041-R2"]),
    ],
)
def test_symbols_of_other_series(text: str, symbols: list[str]) -> None:
    assert [s.symbol for s in symbol_mentions(text, None, "ctx")] == symbols


@pytest.mark.parametrize("text", ["a ratio of (30)100 was", "Working Party 5D met", "items 4A and 5B/", "9Z/12"])
def test_no_symbol_of_other_series(text: str) -> None:
    assert symbol_mentions(text, None, "ctx") == []


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("ADD ACP/51A3/1 is in Addendum 3 to Document 51-E.", "Addendum 3 to Document 51-E"),
        ("Corrigendum 2 to Document 118 corrects the table", "Corrigendum 2 to Document 118"),
        ("as set out in Revision 2 to Document C29/36-E, the", "Revision 2 to Document C29/36-E"),
    ],
)
def test_a_part_of_a_document_named_in_words_is_kept_as_written(text: str, symbol: str) -> None:
    symbols = [s.symbol for s in symbol_mentions(text, None, "wtdc-2030")]
    assert symbol in symbols
    assert not any(s != symbol and s in symbol for s in symbols)  # the document it is part of is not cited alone


@pytest.mark.parametrize("heading", ["CWG-FHR 14/3", "TSAG-TD 402 (Rev.2)", "C31/INF/7-E - Statement of the Chair"])
def test_a_symbol_heading_the_report_is_cited(heading: str) -> None:
    report = make_report("The Group met in Geneva.", title=heading, sections=(Section("1", heading, None, 1),))
    assert [d.symbol for d in find_documents(report)] == [heading.split(" - ")[0]]


# ------------------------------------------------------------------ a letter's and a circular's references
@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("Ref. MCIT/ICT/2/VOL.III/(58) of 3 May", "MCIT/ICT/2/VOL.III/(58)"),
        ("Our ref.: MICT/ITU/7/VOL.I/(12)", "MICT/ITU/7/VOL.I/(12)"),
        ("Ref.: ANRT-DG-118-2031", "ANRT-DG-118-2031"),
        ("Ref: 433.10-ITU/KP", "433.10-ITU/KP"),
    ],
)
def test_a_letters_reference(text: str, symbol: str) -> None:
    assert [s.symbol for s in symbol_mentions(text, None, "ctx")] == [symbol]


@pytest.mark.parametrize(
    ("title", "first", "line"),
    [
        ("TSB Circular 77", "SG11/MM", "SG11/MM"),
        (None, "Ref: TSB Circular 406", "COM 17/ŁW"),
        ("BDT Circular 12", "BDT Events/RK", "BDT Events/RK"),
    ],
)
def test_the_reference_line_under_a_circulars_number(title: str | None, first: str, line: str) -> None:
    texts = (first, "Geneva, 4 May 2031") if first == line else (first, line, "Geneva, 4 May 2031")
    report = make_report(*texts, title=title)
    assert line in [d.symbol for d in find_documents(report)]


def test_a_line_of_initials_elsewhere_is_no_reference() -> None:
    report = make_report("The meeting closed.", "SG11/MM", title="Report of the meeting")
    assert find_documents(report) == ()


# ------------------------------------------------------------------ opinions of the policy forum
def test_a_bare_opinion_is_the_forums_in_a_report_of_the_forum() -> None:
    report = make_report(
        "The Forum adopted Opinions 2 and 4; Opinion 5 was sent back.",
        title="SIXTH WORLD TELECOMMUNICATION/ICT POLICY FORUM",
        sections=(Section("1", "t", None, 1),),
        section="1",
    )
    assert {(r.issuer, r.number, r.kind) for r in find_resolutions(report)} == {
        ("wtpf", "2", "opinion"),
        ("wtpf", "4", "opinion"),
        ("wtpf", "5", "opinion"),
    }


def test_a_bare_opinion_elsewhere_stays_no_ones() -> None:
    report = make_report("Opinion 3 was recalled.", title="Report of the Expert Group on Y")
    assert find_resolutions(report) == ()


def test_a_symbol_as_the_title_no_section_heads_is_cited() -> None:
    report = make_report("The Focus Group met online.", title="FG Grid-O-0044")
    assert [d.symbol for d in find_documents(report)] == ["FG Grid-O-0044"]


# ------------------------------------------------------------------ a bare number in the Radiocommunication Sector
@pytest.mark.parametrize(
    "title",
    [
        "WORLD RADIOCOMMUNICATION CONFERENCE (WRC-31)",
        "Radiocommunication Bureau Circular Letter CR/555",
        "Second session of the Conference Preparatory Meeting for WRC-31",
    ],
)
def test_a_bare_resolution_of_the_radio_sector_is_the_wrcs(title: str) -> None:
    report = make_report("Administrations are invited to apply Resolution 76 and Resolution ITU-R 9-7.", title=title)
    assert {(r.issuer, r.number) for r in find_resolutions(report)} == {("wrc", "76"), ("ra", "9-7")}
