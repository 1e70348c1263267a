"""The extraction-quality scorer's matching rules (bench/extraction_quality.py), on small cases.

The scorer is a standalone bench script; these tests load it by path and check its pure matching
helpers only (they never run the corpus).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "extraction_quality.py"


@pytest.fixture(scope="module")
def q():
    spec = importlib.util.spec_from_file_location("extraction_quality", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_norm_folds_accents_case_punctuation_and_the(q):
    assert q.norm("The  Children’s Fund") == q.norm("childrens fund")
    assert q.norm("Søren Kjærgaard") == "soren kjaergaard"
    assert q.norm("CWG-WSIS&SDG") == "cwg wsis and sdg"


@pytest.mark.parametrize(
    ("gold", "got", "same"),
    [
        ("Zbigniew Łopuszański", "Zbigniew Lopuszanski", True),
        ("Amara Nnenna Obi", "Amara Obi", True),
        ("Zbigniew Łopuszański", "Zbigniew Ło", False),
        ("Rūta Žemaitė", "Rūta", False),
        ("Ignacio Ortiz Vela", "Dr. Ignacio Ortiz Vela", True),
    ],
)
def test_people_match_on_the_whole_name_or_first_and_last_word(q, gold, got, same):
    assert q.same_person(gold, got) is same


@pytest.mark.parametrize(
    ("gold", "got", "same"),
    [
        ("Chair", "Chairman", True),
        ("Vice-Chair", "Vice-Chairmen", True),
        ("Chair", "Chairman of the Conference Preparatory Meeting", True),
        ("Programme Officer", "Programme Officer, UNCTAD", True),
        ("Minister", "Minister of Transport and Communications", True),
        ("Director", "Director-General", False),
        ("Chair", "Vice-Chair", False),
        ("Chair", "the outgoing Chair", True),
        ("Director", "Acting Director", True),
        ("Vice-Chairman", "newly elected Vice-Chairman", True),
        ("Vice-Chair", "First Vice-Chair", True),
        ("Vice-Chair", "CEPT Com-ITU Vice-Chair", True),
        ("Chair", "Acting Chair", True),
        ("Director", "Deputy Director", False),
        ("Secretary-General", "Assistant Secretary-General", False),
        ("Chair", "First Vice-Chair", False),
        ("Elected Official", "Official", False),
    ],
)
def test_roles_match_through_the_role_gazetteer_and_qualifiers(q, gold, got, same):
    assert q.same_role(gold, got) is same


def test_honorifics_written_out_or_with_dots(q):
    assert q.honorifics("Her Excellency") == {"he"}
    assert q.honorifics("H.E.") <= q.honorifics("H.E. Mr.")
    assert q.honorifics("Professor") == q.honorifics("Prof.")
    assert q.honorifics("Dra.") == {"dr"}


@pytest.mark.parametrize(
    "gold, got, same",
    [
        ("Colonel", "Colonel", True),
        ("Major General", "Major General", True),
        ("Judge", "Judge", True),
        ("Shri", "Shri.", True),
        ("Colonel", "Judge", False),
        ("Air Commodore", "Mr", False),
        ("Major General", "", False),
    ],
)
def test_an_honorific_outside_the_known_words_is_compared_as_written(q, gold, got, same):
    assert (bool(q.honorifics(gold)) and q.honorifics(gold) <= q.honorifics(got)) is same


def test_bodies_match_through_the_gazetteer_not_by_a_cut_name(q):
    assert q.same_body(["Council"], ["ITU Council", ""])
    assert q.same_body(["PP"], ["Plenipotentiary Conference"])
    assert not q.same_body(["Ministry of Digital Affairs of Estonia"], ["Ministry of Digital"])


def test_a_bracketed_title_of_words_may_be_left_out_but_not_a_code(q):
    assert q.same_body(["Committee 4 (Budget Control)"], ["Committee 4"])
    assert q.same_body(["Working Group 2"], ["Working Group 2 (Spectrum and Orbit Resources)"])
    assert not q.same_body(["Committee 4 (Budget Control)"], ["Committee 3"])
    assert not q.same_body(["Study Group 9 (ITU-R)"], ["Study Group 9 (ITU-D)"])


def test_a_session_of_a_body_is_the_body(q):
    assert q.same_body(["PP-14"], ["Plenipotentiary Conference"])
    assert q.same_body(["WTDC-2017"], ["WTDC"]) and q.same_body(["Council 2004"], ["ITU Council"])
    assert q.same_actor("PP-18", "Plenipotentiary Conference")
    assert not q.same_body(["Study Group 17"], ["Study Group"])  # a number that is no year is not a session
    assert not q.same_body(["PP-14"], ["WTDC"])


def test_countries_through_iso_names(q):
    assert q.country_key("Viet Nam") == q.country_key("Vietnam") == "VNM"
    assert q.country_key("Republic of Korea") == q.country_key("KOR") == "KOR"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("C19/33-E", "C19/33", True),
        ("CWG-SFP 4/2", "CWG-SFP-4/2", True),
        ("Document 61-E (Rev. 1)", "61(Rev.1)", True),
        ("CWG-WSIS-25/1", "CWG-WSIS&SDG-25/1", False),
        ("TD 402 Rev.1", "TD 402", False),
        ("C27/61–E", "C27/61", True),
        ("WSIS—PC/2/5", "WSIS-PC/2/5", True),
    ],
)
def test_document_symbols(q, a, b, same):
    assert (q.symbol_key(a) == q.symbol_key(b)) is same


@pytest.mark.parametrize(
    ("gold", "got", "same"),
    [
        ("Secretary-General", "Secretary-General, International Telecommunication Union", True),
        ("Director of the Telecommunication Development Bureau", "Director, BDT", True),
        (
            "Director of the Telecommunication Development Bureau",
            "Director, Telecommunication Standardization Bureau",
            False,
        ),
        ("Director, Telecommunication Standardization Bureau", "TSB Director", True),
        ("BDT Director", "Director of the Telecommunication Development Bureau", True),
        ("BDT Director", "Director, TSB", False),
        ("Secretariat", "WSIS Secretariat", True),
        ("Secretariat", "General Secretariat", False),
        ("Council Resolution 1332", "Council Resolution 1332 (Modified 2019)", True),
        ("Rapporteur Group for Question 3/1", "https://w3id.org/wsis-kg/id/org/rapporteur-group-question-3-1", True),
        ("Member States", "all Member States", True),
        ("administrations", "other administrations", True),
        ("Member State", "each Member State", True),
        ("organization", "your organization", True),
        ("Sector Members", "its Sector Members", True),
        ("regulators", "their regulators", True),
        ("Member States", "our partners", False),
        ("Sector Members", "your organization", False),
        ("ITU-R Study Group 6", "ITU-R Study Group 6 (Broadcasting service)", True),
        ("Committee 5 (Policy and Legal Matters)", "Committee 5", True),
        ("Committee 5 (Policy and Legal Matters)", "Committee 4", False),
    ],
)
def test_requesters_and_addressees(q, gold, got, same):
    assert q.same_actor(gold, got) is same


def test_events_need_the_same_start_and_a_shared_word(q):
    assert q.same_event(
        {"name": "WTSA-24", "start": "2024-10-15"},
        ("World Telecommunication Standardization Assembly 2024", "2024-10-15"),
    )
    assert not q.same_event({"name": "WSIS Forum 2012", "start": "2012-05-14"}, ("WSIS Forum 2012", ""))
    assert not q.same_event({"name": "WSIS Forum 2012", "start": "2012-05-14"}, ("UNGIS meeting", "2012-05-14"))


def test_an_ordinal_in_words_and_in_digits_name_one_event(q):
    assert q.event_words("twenty-first meeting of TDAG") == q.event_words("21st meeting of TDAG")
    assert q.event_words("Thirty-Third Session") == q.event_words("33 rd session")
    assert q.same_event({"name": "Fourth session of the CSTD", "start": "2031-05-12"}, ("4th session", "2031-05-12"))
    assert not q.same_event({"name": "twenty-first meeting of TDAG", "start": ""}, ("22nd meeting of RAG", ""))


def test_scores_pool_matches_misses_and_false_items(q):
    gold = {
        "meeting": None, "people": [{"name": "Ana Vela", "honorific": "Ms", "roles": ["Chair"], "country": "Peru"}],
        "organizations": [], "events": [], "deadlines": [{"date": "2020-01-31"}], "documents": ["C20/1"],
        "resolutions": [], "requests": [{"requester": "Council", "addressees": ["Member States", "Sector Members"]}],
    }  # fmt: skip
    got = q.Extracted(
        meeting={"body": "ITU Council", "bodyAcronym": "", "number": "", "start": "2020-01-01", "end": ""},
        people=[q.Person("Ana Vela", "Ms.", ["Chairman"], "Peru"), q.Person("Ortiz's", "Ms.")],
        organizations=[],
        events=[],
        deadlines=["2020-01-31", "2020-02-01"],
        documents=["C20/1-E"],
        resolutions=[],
        requests=[(("ITU Council", None), [("Member States", None)])],
    )
    out = q.score_report(gold, got)
    counts = {k: (o.score.tp, o.score.fp, o.score.fn) for k, o in out.items()}
    assert counts["meeting"] == (0, 1, 0)
    assert counts["people"] == (1, 1, 0)
    assert counts["person-role"] == (1, 0, 0)
    assert counts["person-country"] == (1, 0, 0)
    assert counts["person-honorific"] == (1, 1, 0)
    assert counts["deadlines"] == (1, 1, 0)
    assert counts["documents"] == (1, 0, 0)
    assert counts["requests"] == (1, 0, 1)
    total = q.Score()
    for o in out.values():
        total.add(o.score)
    assert total.precision is not None and 0 < total.f1 < 1


def test_a_corpus_folder_with_two_reports_is_a_usage_error(q, tmp_path, capsys):
    folder = tmp_path / "dev" / "x"
    folder.mkdir(parents=True)
    (folder / "report.txt").write_text("a", encoding="utf-8")
    (folder / "report.pdf").write_text("b", encoding="utf-8")
    (folder / "facts.json").write_text(json.dumps({}), encoding="utf-8")
    assert q.main(["--corpus", str(tmp_path), "--split", "dev"]) == 2
    assert "exactly one report" in capsys.readouterr().err
    assert q.main(["--corpus", str(tmp_path / "nowhere")]) == 2


def test_an_id_list_selects_reports_and_a_missing_list_is_a_usage_error(q, tmp_path, capsys):
    for rid in ("a-2010", "b-2011", "c-2012"):
        folder = tmp_path / "dev" / rid
        folder.mkdir(parents=True)
        (folder / "report.txt").write_text("x", encoding="utf-8")
        (folder / "facts.json").write_text("{}", encoding="utf-8")
    ids = tmp_path / "ids.txt"
    ids.write_text("# look at these\na-2010\n\nc-2012\n", encoding="utf-8")
    chosen = q.load_corpus(tmp_path, ["dev"], None, q.read_ids(ids))
    assert [r.rid for r in chosen] == ["a-2010", "c-2012"]
    assert q.main(["--corpus", str(tmp_path), "--ids", str(tmp_path / "none.txt")]) == 2
    assert "cannot read the id list" in capsys.readouterr().err


def test_a_report_the_pipeline_cannot_read_is_counted_under_the_table(q, tmp_path, capsys, monkeypatch):
    for rid in ("a-2010", "b-2011"):
        folder = tmp_path / "dev" / rid
        folder.mkdir(parents=True)
        (folder / "report.txt").write_text("x", encoding="utf-8")
        (folder / "facts.json").write_text("{}", encoding="utf-8")

    def broken(path):
        if "b-2011" in str(path):
            raise ValueError("no such thing")
        return q.Extracted(None, [], [], [], [], [], [], [], conforms=True)

    monkeypatch.setattr(q, "run_pipeline", broken)
    assert q.main(["--corpus", str(tmp_path), "--split", "dev"]) == 0
    out, err = capsys.readouterr()
    assert "**1 of 2 reports failed in the pipeline**" in out
    assert "dev/b-2011: the pipeline failed (ValueError: no such thing)" in err


def test_document_symbols_read_look_alike_letters_as_latin(q):
    assert q.symbol_key("\u0410/RES/69/204") == q.symbol_key("A/RES/69/204")


def test_alignment_is_a_maximum_matching(q):
    # the first gold item could take either extracted item; the second needs the first one
    pairs = q.align(["ab", "a"], ["a", "b"], lambda g, o: o in g)
    assert sorted(pairs) == [(0, 1), (1, 0)]
    assert q.align(["x"], ["y"], lambda g, o: False) == []


def test_an_extracted_party_matches_by_its_label_or_its_acronym(q):
    party = ("Second Andean Preparatory Meeting for WTDC-21", "APM-WTDC21-2")
    assert q.same_party("APM-WTDC21-2", party)
    assert q.same_party("Second Andean Preparatory Meeting for WTDC-21", party)
    assert not q.same_party("APM-WTDC21-3", party)
    assert not q.same_party("APM-WTDC21-2", (party[0], None))


def test_the_own_meeting_part_by_part(q):
    gold = {"body": "Council Working Group on Child Online Protection", "acronym": "CWG-COP", "number": 9,
            "start": "2031-02-04", "end": "2031-02-05"}  # fmt: skip
    right = {"body": "CWG-COP", "bodyAcronym": "CWG-COP", "number": "9", "start": "2031-02-04", "end": "2031-02-05"}
    no_number = {**right, "number": ""}
    one_day = {"body": "TDAG", "bodyAcronym": "TDAG", "number": "", "start": "2031-05-03", "end": "2031-05-03"}
    assert all(q.meeting_parts(gold, right).values())
    assert q.meeting_parts(gold, no_number) == {"body": True, "start": True, "number": False, "end": True}
    assert all(q.meeting_parts({"body": "TDAG", "number": None, "start": "2031-05-03", "end": None}, one_day).values())
    one_day_gold = {"body": "TDAG", "number": None, "start": "2031-05-03", "end": "2031-05-03"}
    assert all(q.meeting_parts(one_day_gold, {**one_day, "end": ""}).values())
    assert not q.meeting_parts(gold, {**right, "end": ""})["end"]
    assert q.score_meeting(gold, no_number).score.fp == 1
    table = q.meeting_breakdown("dev split", [(gold, right), (gold, no_number), (gold, None), (None, one_day)])
    assert table.splitlines()[-1] == "| 3 | 3 | 1 | 1 | 2/2 | 2/2 | 1/2 | 2/2 | 1/2 |"


def test_a_session_number_in_the_body_name_is_the_meetings_number(q):
    """Decision 27: ``PrepCom-3`` of meeting 3 is the ``PrepCom`` of meeting 3; of meeting 4 it is not."""
    found = {"body": "Preparatory Committee", "bodyAcronym": "PrepCom", "number": "3", "start": "2031-09-15", "end": ""}
    assert q.meeting_parts({"body": "PrepCom-3", "number": 3, "start": "2031-09-15", "end": None}, found)["body"]
    assert q.meeting_parts({"body": "APG31-5", "number": 5, "start": "x"}, {**found, "body": "APG31", "number": "5"})[
        "body"
    ]
    assert not q.meeting_parts({"body": "PrepCom-3", "number": 4, "start": "2031-09-15"}, {**found, "number": "4"})[
        "body"
    ]


@pytest.mark.parametrize(
    ("gold", "got", "number", "same"),
    [
        ("Fourth Regional Forum on Spectrum", "Regional Forum on Spectrum", 4, True),
        ("Regional Summit for WRC-31", "2nd Regional Summit for WRC-31", 2, True),
        ("twelfth Annual Conference of Regulators", "Annual Conference of Regulators", 12, True),
        ("Fourth Regional Forum on Spectrum", "Regional Forum on Spectrum", 5, False),
        ("2nd Regional Summit for WRC-31", "Regional Summit for WRC-31", 31, False),
        ("Third Ministerial Conference on Broadband", "Ministerial Conference on Data", 3, False),
    ],
)
def test_an_ordinal_opening_the_body_is_the_meetings_number(q, gold, got, number, same):
    """Decision 32: the ordinal in a meeting's name is its number, not part of the body."""
    found = {"body": got, "number": str(number), "start": "2031-03-02", "end": ""}
    parts = q.meeting_parts({"body": gold, "number": number, "start": "2031-03-02", "end": None}, found)
    assert parts["body"] is same


def test_facilitation_meetings_of_one_action_line_are_one_body(q):
    """Decision 28: written with or without WSIS and the line's subject, the same line's meeting."""
    gold = {"body": "WSIS Action Line C7 e-Agriculture facilitation meeting", "number": None, "start": "2031-05-03"}
    same = {"body": "Action Line C7 Facilitation Meeting", "bodyAcronym": "", "number": "", "start": "2031-05-03"}
    assert q.meeting_parts(gold, same)["body"]
    assert not q.meeting_parts(gold, {**same, "body": "Action Line C10 facilitation meeting"})["body"]
    assert not q.meeting_parts(gold, {**same, "body": "Action Line C7"})["body"]


def test_a_resolution_number_is_compared_without_its_sector_prefix(q):
    assert q.resolution_number_key("ITU-R 1-6") == q.resolution_number_key("1-6")
    assert q.resolution_number_key("ITU-T 5") == q.resolution_number_key("5")
    assert q.resolution_number_key("ITU-R 1-6") != q.resolution_number_key("1-7")
    assert q.resolution_number_key("70/125") != q.resolution_number_key("70/12")


@pytest.mark.parametrize(
    ("gold", "got", "same"),
    [
        ("Committee 6 (Finances)", "Committee 6", True),
        ("COMMITTEE 4 (CREDENTIALS)", "Committee 4", True),
        ("Working Group 3 (drafting)", "WORKING GROUP 3", True),
        ("ITU-D Study Group 2 (Applications)", "ITU-D Study Group 2", True),
        ("COMMITTEE 4 (CREDENTIALS)", "Committee 5", False),
        ("Committee 6 (Finances)", "Committee 6 (Editorial)", True),  # both the committee 6 of decision 21
        # an acronym or a code in the bracket stays part of the name
        ("Study Group 9 (ITU-R)", "Study Group 9", False),
        ("Working Group 1 (WTDC-30)", "Working Group 1", False),
        ("Expert Group (CWG-WSIS&SDG)", "Expert Group", False),
        ("Steering Committee (eLAC)", "Steering Committee", False),
        ("Council of Europe (CoE)", "Council", False),
        ("EAST AFRICAN POSTS UNION (EAPU)", "EAST AFRICAN POSTS UNION", False),
        ("STEERING BOARD (ASEAN)", "STEERING BOARD", False),
        ("REGIONAL FORUM (CTU)", "REGIONAL FORUM", False),
        ("Committee 4 (SADC)", "Committee 4", False),
        ("Task Force 2 (ITU-R WP 5D)", "Task Force 2", False),
    ],
)
def test_a_one_word_title_in_brackets_may_be_left_out_not_an_acronym(q, gold, got, same):
    assert q.same_body([gold], [got]) is same
    assert q.same_actor(gold, got) is same


@pytest.mark.parametrize(
    ("gold", "got", "same"),
    [
        ({"name": "HLPF", "start": "2031-07-14"}, ("High-level Political Forum", "2031-07-14"), True),
        ({"name": "High Level Political Forum", "start": ""}, ("HLPF", ""), True),
        ({"name": "HLPF 2029", "start": ""}, ("High-level Political Forum on Sustainable Development 2029", ""), True),
        ({"name": "Internet Governance Forum 2030", "start": ""}, ("IGF-30", ""), True),
        ({"name": "World Summit on the Information Society Forum 2031", "start": ""}, ("WSIS Forum 2031", ""), True),
        ({"name": "HLPF 2029", "start": ""}, ("High-level Political Forum 2028", ""), False),
        ({"name": "HLPF", "start": "2031-07-14"}, ("Internet Governance Forum", "2031-07-15"), False),
        ({"name": "HLPF", "start": "2031-07-14"}, ("Global Symposium for Regulators", "2031-07-14"), False),
    ],
)
def test_an_event_matches_through_its_series_names_and_codes(q, gold, got, same):
    assert q.same_event(gold, got) is same


@pytest.mark.parametrize(
    ("gold", "got", "same"),
    [
        ("WSIS Forum 2032", "WSIS Forum 2032", True),
        ("Radiocommunication Assembly 2031", "RA-31", True),
        ("twenty-second meeting of the Group", "22nd meeting of the Group", True),
        ("WSIS Forum 2032", "WSIS Forum 2033", False),
        ("WSIS Forum 2032", "WSIS Forum", False),
        ("Internet Governance Forum", "IGF 2029", False),
        ("twenty-second meeting of the Group", "23rd meeting of the Group", False),
        ("World Radiocommunication Conference 2007 (WRC-07)", "World Radiocommunication Conference 2007", True),
        ("first session of the Panel in 2031", "1st session of the Panel", True),
        ("refresher course on the TRX4LDC toolkit (TRX4LDC)", "refresher course on the TRX4LDC toolkit", True),
        ("third Regional Meeting (ARM31-3)", "2nd meeting of the ARM31-2", False),
    ],
)
def test_two_undated_events_name_the_same_edition(q, gold, got, same):
    assert q.same_event({"name": gold, "start": ""}, (got, "")) is same


@pytest.mark.parametrize(
    ("gold", "got", "same"),
    [
        ("Action Line C9 facilitation meeting", "WSIS Action Line C9 Media facilitation meeting", True),
        ("Facilitation meeting of Action Line C4", "C4 Capacity building facilitation meeting", True),
        ("WSIS Action Line C2 facilitation meeting", "Action Line C2 Facilitation Meeting (infrastructure)", True),
        ("Action Line C9 facilitation meeting", "Action Line C9", False),
        ("Action Line C9 facilitation meeting", "Action Line C10 facilitation meeting", False),
    ],
)
def test_facilitation_meetings_of_one_action_line_are_one_requester_and_organisation(q, gold, got, same):
    assert q.same_actor(gold, got) is same
    assert q.same_body([gold], [got]) is same
