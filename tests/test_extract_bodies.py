"""Bodies and countries (ingest/extract/bodies.py, countries.py)."""

from __future__ import annotations

import re

import pytest
from extract_support import one_section_report as report
from extract_support import sample_report

from wsiskg.ingest.extract.bodies import (
    BodyMatcher,
    find_bodies,
    find_defined,
    home_organization,
    meeting_secretariat,
)
from wsiskg.ingest.extract.body_names import head_of
from wsiskg.ingest.extract.countries import country_code, find_countries
from wsiskg.ingest.extract.gazetteer import bodies as gazetteer_bodies


def keys(text: str, meeting_body: str | None = "cwg-wsis-sdg") -> list[str]:
    return [s.keys[0] for s in BodyMatcher(meeting_body).spans(text)]


def test_gazetteer_names_acronyms_and_aliases() -> None:
    assert keys("Telecommunication Development Bureau (BDT) and the TSB") == ["itu-bdt", "itu-bdt", "itu-tsb"]
    assert keys("the commission on science and technology for development") == ["cstd"]
    assert keys("UNESCO’s representative and the UN CSTD") == ["unesco", "cstd"]


@pytest.mark.parametrize(
    "text",
    ["ITU-T and ITU-D", "Council-22", "WTSA-20", "CWG-WSIS&SDG-38/16", "tsb", "itu"],
)
def test_no_body_inside_codes_symbols_or_lower_case_acronyms(text: str) -> None:
    found = keys(text, None)
    assert "itu" not in found and "itu-council" not in found and "wtsa" not in found
    assert "cwg-wsis-sdg" not in found and "itu-tsb" not in found


def test_itu_sectors_are_their_own_bodies() -> None:
    assert keys("ITU-T and ITU-D", None) == ["itu-t", "itu-d"]


def test_meeting_body_phrases() -> None:
    assert keys("The Group noted, this Group agreed and Members of the Group left.") == ["cwg-wsis-sdg"] * 3
    assert keys("the group noted it") == ["cwg-wsis-sdg"]
    # another meeting body: the head noun of its own name
    assert keys("The Council approved it.", "itu-council") == ["itu-council"]
    assert keys("The Group noted it.", "egh") == ["egh"]
    assert keys("The Group noted it.", None) == []


def test_the_secretariat_is_the_meeting_bodys_secretariat() -> None:
    assert meeting_secretariat("cwg-wsis-sdg") == "wsis-secretariat"
    # a group with no secretariat of its own in the data: its own, never the General Secretariat
    assert meeting_secretariat("cwg-internet") == "cwg-internet-secretariat"
    assert meeting_secretariat("itu-council") == "itu-council-secretariat"
    assert meeting_secretariat("itu-t-sg17") == "itu-tsb"  # a study group: its sector's bureau
    assert meeting_secretariat(None) is None
    assert keys("The Secretariat reported; the WSIS secretariat too.") == ["wsis-secretariat", "wsis-secretariat"]
    assert keys("The Secretariat reported.", "cwg-internet") == ["cwg-internet-secretariat"]
    assert keys("The General Secretariat reported.", "cwg-wsis-sdg") == ["itu-gs"]
    assert keys("The General Secretariat reported.", "cwg-internet") == ["itu-gs"]  # named: itself


def test_the_own_secretariat_that_requests_go_to_is_an_agent_and_no_body() -> None:
    from extract_support import one_section_report

    from wsiskg.ingest.extract import extract

    report = one_section_report(
        "The 9th meeting of the Council Working Group on Child Online Protection was held on 3 May 2031.",
        "The Group requested the Secretariat to publish the guidelines.",
    )
    found = extract(report)
    (request,) = found.requests
    # named only by its function: a group keyed by the body it serves (docs/requests.md), no body record
    assert [(a.kind, a.key) for a in request.addressees] == [("collective", "cwg-cop-secretariat")]
    assert "cwg-cop-secretariat" not in {b.key for b in found.bodies}


def test_head_noun_anaphora_is_the_last_body_with_that_head() -> None:
    m = BodyMatcher("cwg-wsis-sdg")
    m.spans("The Commission on Science and Technology for Development met.")
    assert [s.keys[0] for s in m.spans("The Commission will continue.")] == ["cstd"]
    assert [s.keys[0] for s in BodyMatcher("cwg-wsis-sdg").spans("The Commission will continue.")] == []


def test_home_organization() -> None:
    assert home_organization("cwg-wsis-sdg") == "itu"
    assert home_organization("itu-council") == "itu"
    assert home_organization("cstd") == "ecosoc"
    assert home_organization(None) is None


def test_defined_acronyms_new_bodies_and_events() -> None:
    r = report(
        "The Expert Group on Widget Statistics (EGWS) met with the Global Partnership for Rural Access (GPRA).",
        "The Arab Digital Cooperation Forum 2021 (ADCF-2021) and the Open Consultation Process (OCP) started.",
        "The Expert Group on ICT Household Indicators (EGH) and the Information and Communication Technologies (ICTs).",
        "Later the EGWS reported.",
    )
    defined = {d.key: d for d in find_defined(r)}
    assert set(defined) == {"egws", "gpra"}
    assert defined["egws"].kind == "expert-group"
    assert defined["egws"].name == "Expert Group on Widget Statistics"
    assert defined["gpra"].kind == "partnership"
    bodies = {b.key: b for b in find_bodies(r, None)}
    assert bodies["egws"].paragraphs == (1, 4)
    assert bodies["egws"].acronym == "EGWS"
    assert bodies["egh"].parent == "itu-d"  # known to the gazetteer
    assert "adcf-2021" not in bodies and "ocp" not in bodies


def test_head_of() -> None:
    assert head_of("Council Working Group on WSIS&SDG") == ("Working Group", "working-group", "body")
    assert head_of("Arab Digital Cooperation Forum 2021")[2] == "event"  # type: ignore[index]
    assert head_of("Information and Communication Technologies") is None


def test_sample_bodies() -> None:
    r = sample_report()
    bodies = {b.key: b for b in find_bodies(r, "cwg-wsis-sdg")}
    for key in (
        "cwg-wsis-sdg",
        "itu",
        "itu-br",
        "itu-tsb",
        "itu-bdt",
        "cstd",
        "unesco",
        "wsis-secretariat",
        "egh",
        "egti",
        "ungis",
        "unsc",
        "ieee",
        "broadband-commission",
        "partnership-measuring-ict",
        "itu-gs",
    ):
        assert key in bodies, key
    # no document symbol or event is a body
    assert not [k for k in bodies if re.search(r"\d", k)]
    by_text = {p.order: p.text for p in r.paragraphs}
    # "The Commission, according to its mandate" -> CSTD
    commission = next(o for o, t in by_text.items() if t.startswith("The Commission, according"))
    assert commission in bodies["cstd"].paragraphs
    # every "the Group"/"the group" paragraph is a mention of the meeting body
    group = [o for o, t in by_text.items() if re.search(r"\b[Tt]he [Gg]roup\b", t)]
    assert set(group) <= set(bodies["cwg-wsis-sdg"].paragraphs)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Islamic Republic of Iran", "IRN"),
        ("Kingdom of Saudi Arabia", "SAU"),
        ("State of Qatar", "QAT"),
        ("Russian Federation", "RUS"),
        ("the Netherlands", "NLD"),
        ("Bolivia (Plurinational State of)", "BOL"),
        ("Atlantis", None),
    ],
)
def test_country_code(name: str, code: str | None) -> None:
    assert country_code(name) == code


def test_find_countries_longest_name_wins() -> None:
    r = report("Contributions came from the Kingdom of Saudi Arabia, Nigeria and Papua New Guinea.", "Niger spoke.")
    found = {c.code: c for c in find_countries(r)}
    assert set(found) == {"SAU", "NGA", "PNG", "NER"}
    assert found["SAU"].name == "Kingdom of Saudi Arabia"
    assert found["NER"].paragraphs == (2,)


def test_a_body_outside_the_catalogue_is_recognised_by_its_form() -> None:
    from extract_support import one_section_report

    report = one_section_report(
        "The Ministry of Posts and Digital Affairs and the Coastal Spectrum Regulatory Authority briefed the "
        "Andean Broadcasting Union. ITU’s Regional Data Office agreed.",
        "The Group welcomed the World Day of Rural Information Society and the Seed Fund in Trust 2031; "
        "the Republic of Moldova and the Council Working Group spoke. The Ministry of Health and UNESCO met.",
    )
    found = {b.key: b for b in find_bodies(report, None)}
    new = {k for k in found if k not in gazetteer_bodies()}
    assert new == {
        "ministry-of-posts-and-digital-affairs",
        "coastal-spectrum-regulatory-authority",
        "andean-broadcasting-union",
        "regional-data-office",
        "ministry-of-health",
    }
    assert found["andean-broadcasting-union"].name == "Andean Broadcasting Union"
    assert found["ministry-of-health"].acronym is None


@pytest.mark.parametrize(
    ("line", "later", "key", "name"),
    [
        (
            "EXPERT GROUP ON HARBOUR TELEMETRY (EG-HT)",
            "The Expert Group on Harbour Telemetry adopted its work plan.",
            "eg-ht",
            "Expert Group on Harbour Telemetry",
        ),
        (
            "STEERING COMMITTEE ON ALPINE BROADBAND (SCAB)",
            "The Steering Committee on Alpine Broadband met twice.",
            "scab",
            "Steering Committee on Alpine Broadband",
        ),
        (
            "TASK FORCE ON DESERT SPECTRUM (TF-DS)",
            "Members of the Task Force on Desert Spectrum agreed.",
            "tf-ds",
            "Task Force on Desert Spectrum",
        ),
    ],
)
def test_a_name_in_capitals_defines_its_acronym(line: str, later: str, key: str, name: str) -> None:
    """A body whose name the report writes in capitals with its acronym is the acronym's body, and so is
    the same name written in words later: one key (no second body keyed by the name)."""
    r = report(line, later)
    defined = {d.key: d for d in find_defined(r)}
    assert defined[key].name == name and defined[key].acronym == key.upper()
    found = [b.key for b in find_bodies(r, None) if b.name.lower() == name.lower()]
    assert found == [key]
