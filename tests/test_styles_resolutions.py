"""Resolutions, decisions and opinions in other styles than the sample: the issuer from the
venue of a revision, Council texts "(modified ...)" and "(C16, last amended C19)", UNGA and
ECOSOC resolutions by number, and no issuer-less duplicates."""

from __future__ import annotations

import pytest
from extract_support import fixture_extraction, fixture_store, one_section_report, query_rows, report_fixture

from wsiskg.core.store import Store
from wsiskg.ingest.extract.resolutions import find_resolutions, resolution_mentions

cop7 = report_fixture("cwg-cop-7")
cwg40 = report_fixture("cwg-wsis-40")
internet22 = report_fixture("cwg-internet-22")


# ------------------------------------------------------------------ the resolutions query, report by report
def test_council_resolution_in_every_format(cop7: Store) -> None:
    resolutions = {(r["number"], r["issuer"]) for r in query_rows(cop7, "resolutions")}
    assert ("1305", "ITU Council") in resolutions


def test_resolutions_of_several_issuers_in_every_format(cwg40: Store) -> None:
    rows = query_rows(cwg40, "resolutions")
    got = {(r["resolution"].rsplit("/", 1)[1], r["number"], r["issuer"]) for r in rows}
    assert ("itu-pp-res-140-rev-bucharest-2022", "140", "Plenipotentiary Conference") in got  # issuer from the venue
    assert ("itu-council-res-1332-mod-2019", "1332", "ITU Council") in got  # "(C16, last amended C19)"
    assert ("a-res-70-125", "70/125", "United Nations General Assembly") in got  # "UNGA resolution 70/125"
    assert ("e-res-2023-3", "2023/3", "United Nations Economic and Social Council") in got
    assert ("wtdc-res-30-rev-kigali-2022", "30", "World Telecommunication Development Conference") in got
    assert not any(key.startswith("res-") for key, _, _ in got)  # no issuer-less duplicates


def test_a_report_citing_no_resolution_has_none() -> None:
    assert query_rows(fixture_store("cwg-wsis-sdg-41"), "resolutions") == []


def test_modified_council_resolution_in_every_format(internet22: Store) -> None:
    (res,) = query_rows(internet22, "resolutions")
    assert (res["number"], res["issuer"], res["revisionKind"], res["revisionYear"]) == (
        "1344",
        "ITU Council",
        "Modified",
        "2019",
    )


def test_resolutions_and_decisions_of_a_council_summary_record() -> None:
    res = {
        (r["name"], r["number"], r["issuer"], r["revisionKind"], r["revisionYear"])
        for r in query_rows(fixture_store("council-2024-wsis"), "resolutions")
    }
    assert res == {
        (
            "Resolution 1332 (modified 2024)",
            "1332",
            "ITU Council",
            "Modified",
            "2024",
        ),  # "(modified ...)": a Council text
        ("Council Decision 632 (C24)", "632", "ITU Council", "", ""),
    }


def test_resolution_of_a_summary_record() -> None:
    (r,) = query_rows(fixture_store("summary-record"), "resolutions")
    assert (r["number"], r["issuer"]) == ("179", "Plenipotentiary Conference")


def test_wtdc_and_pp_resolutions() -> None:
    got = {(r["number"], r["issuer"]) for r in query_rows(fixture_store("tdag-31-roman-parts"), "resolutions")}
    assert got == {("1", "World Telecommunication Development Conference"), ("131", "Plenipotentiary Conference")}


def test_decisions_and_opinions_of_a_ungis_report() -> None:
    rows = query_rows(fixture_store("ungis-2024-paris"), "resolutions")
    got = {(r["resolution"].rsplit("/", 1)[1], r["revisionKind"], r["revisionYear"]) for r in rows}
    assert got == {
        ("itu-pp-dec-5-rev-bucharest-2022", "Rev.", "2022"),
        ("itu-council-dec-482-mod-2019", "Modified", "2019"),
        ("wtpf-opinion-2", "", ""),
    }


def test_kinds_of_resolutions() -> None:
    assert {r.key: r.kind for r in fixture_extraction("ungis-2024-paris").resolutions} == {
        "itu-pp-dec-5-rev-bucharest-2022": "decision",
        "itu-council-dec-482-mod-2019": "decision",
        "wtpf-opinion-2": "opinion",
    }


# ------------------------------------------------------------------ forms
@pytest.mark.parametrize(
    ("text", "key", "issuer"),
    [
        ("Res. 1332 (C16, last amended C19)", "itu-council-res-1332-mod-2019", "itu-council"),
        ("General Assembly resolution 78/132", "a-res-78-132", "unga"),
        ("ECOSOC resolution 2023/3", "e-res-2023-3", "ecosoc"),
        ("ITU-T Resolution 1 (Rev. WTSA-20)", "wtsa-res-1-rev-2020", "wtsa"),
        # a code's two digits of the last century, as an event's code reads them (text.full_year): not 2096
        ("ITU-T Resolution 2 (Rev. WTSA-96)", "wtsa-res-2-rev-1996", "wtsa"),
        ("Resolution 64 (Rev. PP-98)", "itu-pp-res-64-rev-1998", "itu-pp"),
    ],
)
def test_resolution_forms(text: str, key: str, issuer: str) -> None:
    (r,) = resolution_mentions(text)
    assert (r["key"], r["issuer"]) == (key, issuer)


def test_lowercase_resolution_needs_an_issuer() -> None:
    assert resolution_mentions("the resolution 3 of the group and Resolution 3/2") == []


@pytest.mark.parametrize(
    ("text", "key", "kind"),
    [
        ("Decision 5 (Rev. Bucharest, 2022)", "itu-pp-dec-5-rev-bucharest-2022", "decision"),
        ("Council Decision 482 (modified 2019)", "itu-council-dec-482-mod-2019", "decision"),
        ("Opinion 2 (Lisbon, 2009)", "wtpf-opinion-2", "opinion"),
        ("Resolution 71 (Antalya, 2006)", "itu-pp-res-71", "resolution"),  # adopted there: not a revision
    ],
)
def test_decisions_and_opinions(text: str, key: str, kind: str) -> None:
    (r,) = find_resolutions(one_section_report(text))
    assert (r.key, r.kind) == (key, kind)


def test_a_decision_needs_an_issuer() -> None:
    assert find_resolutions(one_section_report("Decision 3 of the group and Opinion 4 were recalled.")) == ()
