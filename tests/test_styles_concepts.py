"""WSIS Action Lines and SDGs in other styles than the sample: ranges ("Action Lines C1 to
C11"), lists ("SDGs 3, 4 and 5", "Goal 9"), C7 sub-lines, and the section of each mention."""

from __future__ import annotations

from extract_support import fixture_extraction, fixture_store, query_rows, report_fixture

from wsiskg.core.store import Store

cop7 = report_fixture("cwg-cop-7")
internet22 = report_fixture("cwg-internet-22")


def test_action_lines_and_sdgs_in_every_format(cop7: Store) -> None:
    assert {r["code"] for r in query_rows(cop7, "action-line-mentions")} == {"C3", "C4", "C5", "C10"}
    assert "4" in {r["number"] for r in query_rows(cop7, "sdg-mentions")}


def test_action_lines_and_sdgs_by_section() -> None:
    cwg = fixture_store("cwg-wsis-sdg-41")
    lines = {(r["code"], r["section"]) for r in query_rows(cwg, "action-line-mentions")}
    assert lines == {("C2", "3.1"), ("C5", "3.1"), ("C6", "3.1"), ("C7.e-health", "3.2")}
    assert {(r["number"], r["section"]) for r in query_rows(cwg, "sdg-mentions") if r["kind"] == "stated"} == {
        ("9", "3.1"),
        ("17", "3.1"),
        ("3", "3.2"),
    }


def test_action_line_and_sdg_of_an_open_consultation_in_every_format(internet22: Store) -> None:
    assert {r["code"] for r in query_rows(internet22, "action-line-mentions")} == {"C2"}
    assert {r["number"] for r in query_rows(internet22, "sdg-mentions") if r["kind"] == "stated"} == {"9"}


def test_action_lines_and_sdgs_of_an_event_outcome_document() -> None:
    forum = fixture_store("wsis-forum-2025-outcome")
    assert {r["code"] for r in query_rows(forum, "action-line-mentions")} == {"C1", "C3", "C4", "C11"}
    # "" is the SDG framework as a whole ("the 2030 Agenda")
    assert {r["number"] for r in query_rows(forum, "sdg-mentions") if r["kind"] == "stated"} == {"", "4", "5", "16"}


def test_action_line_ranges_and_sdg_lists() -> None:
    mentions = {(m.kind, m.code) for m in fixture_extraction("cwg-wsis-sdg-40").mentions}
    assert {("action-line", f"C{n}") for n in range(1, 12)} <= mentions  # "Action Lines C1 to C11"
    assert {("sdg", "3"), ("sdg", "4"), ("sdg", "5"), ("sdg", "9")} <= mentions  # "SDGs 3, 4 and 5", "Goal 9"
    assert ("action-line", "C7.e-learning") in mentions
