"""Named events: coded series, numbered sessions, named forums, dates, keys, paragraphs."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report as _report
from extract_support import one_section_report, query_rows
from extract_support import order_of as _order
from extract_support import sample_report as _sample

from wsiskg.core.store import Store
from wsiskg.ingest.extract.events import event_mentions, find_events
from wsiskg.ingest.extract.meeting import find_meeting
from wsiskg.ingest.records import Meeting


@pytest.fixture(scope="module")
def sample_events() -> dict[str, object]:
    report = _sample()
    meeting = find_meeting(report)
    return {e.key: e for e in find_events(report, 2022, meeting=meeting)} | {"_report": report}


def test_sample_event_keys(sample_events: dict) -> None:
    expected = {
        "pp-22",
        "council-2019",
        "council-2022",
        "wsis-forum-2021",
        "wsis-forum-2022",
        "wtsa-20",
        "wtdc-21",
        "unga-76",
        "cstd-2021",
        "cstd-2022",
        "cstd-inter-sessional-panel-2021-2022",
        "cstd-25",
        "unesco-general-conference-2021",
        "igf-2021",
        "igf-2022",
        "ocp-2022-second-virtual-meeting",
        "cwg-wsis-sdg-36",
        "cwg-wsis-sdg-37",
        "wtisd-2022",
        "unsc-53",
        "hlpf-2021",
        "dcdf-2021",
        "egh-meeting-2021-09-01",  # "... and the Expert Group on ICT Household Indicators (EGH), met in September 2021"
        "workshop",  # "The Group encouraged the Secretariat to organise a workshop at the WSIS Forum 2022"
        "ungis-meeting",  # "the UNGIS meeting held during the UNESCWA Regional WSIS Review event in December 2021"
    }
    assert set(sample_events) - {"_report"} == expected
    assert "cwg-wsis-sdg-38" not in sample_events  # the report's own meeting
    assert "pp-18" not in sample_events  # "in line with PP-18 Resolution 140": only the resolution's issuer


def test_sample_wsis_forum(sample_events: dict) -> None:
    forum = sample_events["wsis-forum-2022"]
    report = sample_events["_report"]
    assert (forum.kind, forum.name, forum.code) == ("forum", "WSIS Forum 2022", None)
    assert (forum.start, forum.end) == (date(2022, 3, 15), date(2022, 6, 3))
    mentioning = tuple(p.order for p in report.paragraphs if "WSIS Forum 2022" in p.text)
    assert forum.paragraphs == mentioning and len(mentioning) > 20


@pytest.mark.parametrize(
    ("key", "kind", "code", "start", "end"),
    [
        ("pp-22", "conference", "PP-22", None, None),
        ("wtdc-21", "conference", "WTDC-21", None, None),
        ("council-2022", "session", "Council 2022", None, None),
        ("cstd-25", "session", None, date(2022, 3, 28), date(2022, 4, 1)),
        ("cstd-inter-sessional-panel-2021-2022", "panel", None, date(2021, 11, 17), date(2021, 11, 19)),
        ("unsc-53", "session", None, date(2022, 3, 1), date(2022, 3, 4)),
        ("dcdf-2021", "forum", "DCDF-2021", date(2021, 12, 13), date(2021, 12, 23)),
        ("ocp-2022-second-virtual-meeting", "meeting", None, date(2022, 1, 31), None),
        ("wtisd-2022", "observance", "WTISD 2022", date(2022, 5, 17), None),
        ("hlpf-2021", "forum", "HLPF 2021", None, None),
    ],
)
def test_sample_event_facts(sample_events: dict, key: str, kind: str, code: str | None, start, end) -> None:
    e = sample_events[key]
    assert (e.kind, e.code, e.start, e.end) == (kind, code, start, end)


def test_sample_event_paragraphs(sample_events: dict) -> None:
    report = sample_events["_report"]
    council = sample_events["council-2022"]
    assert council.paragraphs == (
        _order(report, "To consider and approve the report"),
        _order(report, "The Group requested the ITU Secretary-General to present"),
        _order(report, "The Secretariat was requested to formalise"),
    )
    wtisd = sample_events["wtisd-2022"]
    assert _order(report, "World Telecommunication and Information Society Day 2022") in wtisd.paragraphs
    assert (
        _order(report, "The Group was invited to actively participate in commemorating the theme of WTISD-22")
        in wtisd.paragraphs
    )
    assert sample_events["cstd-25"].name == "25th session of the Commission on Science and Technology for Development"
    assert sample_events["dcdf-2021"].name == "Arab International Digital Cooperation and Development Forum 2021"


def _keys(text: str, year: int | None = None, meeting: Meeting | None = None) -> list[str]:
    return [m.key for m in event_mentions(text, year, meeting=meeting)]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("the outcomes of WRC-23 and RA-23", ["wrc-23", "ra-23"]),
        ("the ITU Council 2024 and the Council-25", ["council-2024", "council-2025"]),
        ("the High-Level Political Forum (HLPF) 2023", ["hlpf-2023"]),
        ("the Internet Governance Forum 2019, 2020 and 2021", ["igf-2019", "igf-2020", "igf-2021"]),
        ("World Telecommunication and Information Society Day 2024 (WTISD-24)", ["wtisd-2024", "wtisd-2024"]),
        ("the Plenipotentiary Conference 2026 (PP-26)", ["pp-26", "pp-26"]),
        ("the 77th session of the United Nations General Assembly", ["unga-77"]),
        ("the UNGA 78th Session", ["unga-78"]),
        ("the 42nd CWG-WSIS&SDG meeting", ["cwg-wsis-sdg-42"]),
        ("the twenty-seventh session of the CSTD", ["cstd-27"]),
        ("the Global Digital Regulators Summit 2023 (GDRS-23) in Geneva", ["gdrs-23"]),
        ("the upcoming WTDC and the Plenipotentiary Conference", []),
        ("Council Resolution 1332 and the CWG-WSIS&SDG-38/2", []),
        ("the CSTD 2023-2024 Inter-sessional Panel", ["cstd-inter-sessional-panel-2023-2024"]),
    ],
)
def test_event_variants(text: str, keys: list[str]) -> None:
    assert _keys(text) == keys


def test_own_meeting_is_left_out() -> None:
    text = "the 41st meeting of the Council Working Group on WSIS&SDG and the 40th CWG-WSIS&SDG meeting"
    assert _keys(text) == ["cwg-wsis-sdg-41", "cwg-wsis-sdg-40"]
    assert _keys(text, meeting=Meeting(body="cwg-wsis-sdg", number=41)) == ["cwg-wsis-sdg-40"]


def test_dates_belong_to_the_nearest_event_and_skip_deadlines() -> None:
    text = (
        "The WSIS Forum 2024 will take place from 27 to 31 May 2024, and the WTDC-25 from 17-28 November 2025. "
        "Registration for the IGF 2024 closes by 1 December 2024."
    )
    found = {m.key: m for m in event_mentions(text)}
    assert (found["wsis-forum-2024"].start, found["wsis-forum-2024"].end) == (date(2024, 5, 27), date(2024, 5, 31))
    assert (found["wtdc-25"].start, found["wtdc-25"].end) == (date(2025, 11, 17), date(2025, 11, 28))
    assert found["igf-2024"].start is None


def test_dates_merge_over_mentions_and_default_year() -> None:
    report = _report(
        "The WSIS Forum 2023 starts on 13 March onwards.",
        "Nothing here.",
        "The final week of the WSIS Forum 2023 is on 13-17 March 2023.",
    )
    (forum,) = find_events(report, 2023)
    assert (forum.key, forum.start, forum.end, forum.paragraphs) == (
        "wsis-forum-2023",
        date(2023, 3, 13),
        date(2023, 3, 17),
        (1, 3),
    )


def test_an_ordinal_meeting_without_a_body_is_a_meeting_of_the_meeting_body() -> None:
    meeting = Meeting(body="cwg-cop", number=9, start=date(2031, 3, 4))
    text = (
        "The Group met as follows: 7th meeting (18 February 2030); eighth meeting (2-3 October 2030); "
        "9th meeting (4 March 2031). The 2nd meeting of the Expert Group on Data was held on 5 May 2030."
    )
    found = {m.key: m for m in event_mentions(text, 2031, meeting=meeting)}
    assert (found["cwg-cop-7"].start, found["cwg-cop-7"].end) == (date(2030, 2, 18), None)
    assert (found["cwg-cop-8"].start, found["cwg-cop-8"].end) == (date(2030, 10, 2), date(2030, 10, 3))
    assert found["cwg-cop-7"].name == "7th meeting of the Council Working Group on Child Online Protection"
    assert "cwg-cop-9" not in found  # the report's own meeting
    assert "cwg-cop-2" not in found  # a meeting of another body
    assert event_mentions("the 7th meeting (18 February 2030)", 2031) == []  # no meeting body: no event


@pytest.mark.parametrize(
    ("text", "key", "name", "start", "end"),
    [
        (
            "ITU organized a webinar on digital health services on 3 May 2031.",
            "webinar-on-digital-health-services-2031",
            "webinar on digital health services",
            date(2031, 5, 3),
            None,
        ),
        (
            "A national workshop was held in Dakar on 14 June 2030.",
            "national-workshop-2030",
            "national workshop",
            date(2030, 6, 14),
            None,
        ),
        (
            "UNECA convened an Expert Group Meeting on Rural Broadband from 2 to 4 December 2030.",
            "expert-group-meeting-on-rural-broadband-2030",
            "Expert Group Meeting on Rural Broadband",
            date(2030, 12, 2),
            date(2030, 12, 4),
        ),
        (
            "The Secretariat launched an open online consultation on spectrum pricing that ended in March 2031.",
            "open-online-consultation-on-spectrum-pricing-2031",
            "open online consultation on spectrum pricing",
            date(2031, 3, 1),
            date(2031, 3, 31),
        ),
    ],
)
def test_an_event_named_by_a_generic_noun(text: str, key: str, name: str, start: date, end: date | None) -> None:
    (found,) = event_mentions(text, 2031)
    assert (found.key, found.name, found.start, found.end) == (key, name, start, end)


def test_a_generic_noun_without_a_date_or_after_of_is_no_event() -> None:
    assert event_mentions("The Group agreed that the workshop would be useful.", 2031) == []
    found = event_mentions("ITU held a series of regional consultations on 3 May 2031.", 2031)
    assert [m.name for m in found] == []


def test_an_event_named_with_an_acronym_and_no_year_is_dated_by_what_follows_it() -> None:
    text = "ITU took part in the High-Level Digital Forum on Rural Access (HDFRA), held in Lima from 9 to 12 July 2030."
    (found,) = event_mentions(text, 2030)
    assert (found.key, found.name, found.start, found.end) == (
        "hdfra-2030",
        "High-Level Digital Forum on Rural Access",
        date(2030, 7, 9),
        date(2030, 7, 12),
    )
    far = "The Digital Rights Forum (DRF) is a network of civil society groups that met again last week on 3 May 2030."
    assert "drf-2030" not in [m.key for m in event_mentions(far, 2030)]  # the date is not its own


def _organizers(text: str, year: int = 2031) -> dict[str, tuple[str, ...]]:
    return {e.key: e.organizers for e in find_events(_report(text), year)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Members welcomed the WSIS Forum 2031, co-organized by ITU, UNESCO, UNDP and UNCTAD.",
            {"wsis-forum-2031": ("itu", "unesco", "undp", "unctad")},
        ),
        (
            "BDT reported on a workshop on rural broadband on 5 May 2031 organised by the "
            "Telecommunication Development Bureau.",
            {"workshop-on-rural-broadband-2031": ("itu-bdt",)},
        ),
        (
            "The WSIS Forum 2031 (Geneva, 5-9 May 2031), which was convened by ITU in collaboration with UNESCO, "
            "drew many participants.",
            {"wsis-forum-2031": ("itu", "unesco")},
        ),
        (
            "The WSIS Forum 2031, held in Geneva from 5 to 9 May 2031 and hosted by UNCTAD, was a success.",
            {"wsis-forum-2031": ("unctad",)},
        ),
        ("ITU and UNESCO jointly organized the WSIS Forum 2031 in Geneva.", {"wsis-forum-2031": ("itu", "unesco")}),
        ("UNCTAD will host the CSTD 2031 in Geneva.", {"cstd-2031": ("unctad",)}),
        (  # the chain stops at a name that goes on: the Regional Commissions are not the UN
            "The WSIS Forum 2031 was co-organized by ITU, UNDP and the United Nations Regional Commissions.",
            {"wsis-forum-2031": ("itu", "undp")},
        ),
        (
            "The Group noted the Pacific Digital Summit 2031 (PDS-31), under the theme “connect all islands”, "
            "from 2 to 4 June 2031, organized by ESCAP in partnership with ITU and the WSIS Secretariat.",
            {"pds-31": ("escap", "itu", "wsis-secretariat")},
        ),
    ],
)
def test_the_bodies_that_organise_convene_or_host_an_event(text: str, expected: dict) -> None:
    assert _organizers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a host country (or its government) is no body: no wsis:organizer
        "The IGF 2031 was hosted by the Government of Kenya in Nairobi from 3 to 7 November 2031.",
        "Kenya hosted the IGF 2031.",
        # the body organised something else named after the event
        "The Council noted the WSIS Forum 2031 and the report organized by ITU.",
        # the body is named, but not as the organiser
        "ITU attended the WSIS Forum 2031, organized with partners.",
    ],
)
def test_no_organizer_without_a_body_next_to_the_cue(text: str) -> None:
    assert all(by == () for by in _organizers(text).values())


def test_organizers_merge_over_mentions() -> None:
    report = _report(
        "The WSIS Forum 2031 was organized by ITU.",
        "UNESCO co-organised the WSIS Forum 2031 as well.",
    )
    (forum,) = find_events(report, 2031)
    assert forum.organizers == ("itu", "unesco")


def test_organizers_through_the_pipeline_are_wsis_organizer_bodies_that_conform() -> None:
    from rdflib import URIRef

    from wsiskg.core.vocab import WSIS
    from wsiskg.ingest.extract import extract
    from wsiskg.ingest.model import to_graph
    from wsiskg.ingest.validate import validate

    base = "https://example.org/kg/"
    report = one_section_report(
        "The Group took note of the WSIS Forum 2031, co-organized by ITU, UNESCO and UNDP, "
        "and of the IGF 2031, hosted by the Government of Kenya."
    )
    extraction = extract(report)
    g = to_graph(extraction, base, "r")
    forum, igf = URIRef(base + "id/event/wsis-forum-2031"), URIRef(base + "id/event/igf-2031")
    assert set(g.objects(forum, WSIS.organizer)) == {URIRef(base + f"id/org/{k}") for k in ("itu", "unesco", "undp")}
    assert list(g.objects(igf, WSIS.organizer)) == []
    assert {"itu", "unesco", "undp"} <= {b.key for b in extraction.bodies}
    assert validate(g).conforms
    store = Store.open(None)
    store.replace_graph(base + "id/report/r", g)
    rows = {r["event"].rsplit("/", 1)[1]: r["organizers"] for r in query_rows(store, "events")}
    assert rows == {
        "wsis-forum-2031": "International Telecommunication Union; United Nations Development Programme; "
        "United Nations Educational, Scientific and Cultural Organization",
        "igf-2031": "",
    }


@pytest.mark.parametrize(
    ("text", "key", "name"),
    [
        (
            "The Secretary-General was attending the Nordic Data Economy Summit in Oslo.",
            "nordic-data-economy-summit",
            "Nordic Data Economy Summit",
        ),
        (
            "Results were presented at the Pacific Island Connectivity Symposium last year.",
            "pacific-island-connectivity-symposium",
            "Pacific Island Connectivity Symposium",
        ),
        ("She recalled the Andean Spectrum Week and its outcomes.", "andean-spectrum-week", "Andean Spectrum Week"),
        (
            "Delegates praised the Open Source Policy Forum on Public Goods.",
            "open-source-policy-forum-on-public-goods",
            "Open Source Policy Forum on Public Goods",
        ),
    ],
)
def test_an_undated_capitalised_event_name_is_an_undated_event(text: str, key: str, name: str) -> None:
    [m] = event_mentions(text, 2031)
    assert (m.key, m.name, m.start, m.end) == (key, name, None, None)


@pytest.mark.parametrize(
    "text",
    [
        "The Annual Meeting approved the budget.",  # modifiers only
        "It reported to the Plenary Session on Tuesday.",
        "The President of the General Assembly spoke.",  # a post, not an event
        "Outcomes of the World Summit on the Information Society were recalled.",  # a process
        "The Plenipotentiary Conference adopted the resolution.",  # a series without its year
        "A Regional Forum was mentioned.",  # not named with 'the'
    ],
)
def test_no_undated_event_from_modifiers_posts_processes_or_series(text: str) -> None:
    assert event_mentions(text, 2031) == []


def test_an_undated_name_with_its_own_dates_keeps_its_dates() -> None:
    [m] = event_mentions("the Baltic Fibre Summit, held in Riga on 3 May 2031, agreed.", 2031)
    assert (m.key, m.start) == ("baltic-fibre-summit-2031", date(2031, 5, 3))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three editions of the WSIS Forum were held in Geneva: 3-4 May 2029, 7-8 May 2030 and 2-3 May 2031.",
            {
                "wsis-forum-2029": (date(2029, 5, 3), date(2029, 5, 4)),
                "wsis-forum-2030": (date(2030, 5, 7), date(2030, 5, 8)),
                "wsis-forum-2031": (date(2031, 5, 2), date(2031, 5, 3)),
            },
        ),
        (
            "ITU took part in the Internet Governance Forum (IGF) meetings held in Lima, Peru (1-4 June 2030) "
            "and Oslo, Norway (5-8 June 2031).",
            {"igf-2030": (date(2030, 6, 1), date(2030, 6, 4)), "igf-2031": (date(2031, 6, 5), date(2031, 6, 8))},
        ),
    ],
)
def test_a_series_held_at_a_list_of_dates_is_one_edition_per_year(text: str, expected: dict) -> None:
    assert {m.key: (m.start, m.end) for m in event_mentions(text, 2031)} == expected


def test_a_list_of_dates_of_one_year_or_without_a_verb_of_holding_is_no_list_of_editions() -> None:
    same_year = "The WSIS Forum was held in Geneva on 3 May 2031 and 5 May 2031."
    assert [m.key for m in event_mentions(same_year, 2031)] == ["wsis-forum-2031"]
    no_verb = "The WSIS Forum reports were due: 3 May 2030, 5 May 2031."
    assert [m.key for m in event_mentions(no_verb, 2031)] == []


def test_its_numbered_meeting_in_a_sentence_whose_subject_is_it_is_the_earlier_subject_body() -> None:
    text = (
        "The Advisory Group met twice in 2031. It held its 30th meeting on 4 March 2031 and "
        "submitted its report to the Council at its 31st meeting."
    )
    i = text.index("The Advisory Group")
    found = event_mentions(text, 2031, body_spans=((i, i + len("The Advisory Group"), "tdag"),))
    assert [(m.key, m.start) for m in found] == [("tdag-30", date(2031, 3, 4)), ("tdag-31", None)]


def test_its_numbered_session_without_a_pronoun_subject_is_the_body_named_before_it() -> None:
    text = "The Advisory Group met in May. Its chair reported to the Council at its 60th session."
    i = text.index("The Advisory Group")
    found = event_mentions(text, 2031, body_spans=((i, i + len("The Advisory Group"), "tdag"),))
    assert [m.key for m in found if m.kind == "session"] == ["itu-council-60"]  # "met in May": a meeting of its own


def test_numbered_meetings_of_two_bodies_held_at_two_dates_respectively_are_paired_in_order() -> None:
    text = (
        "The chairs of the Advisory Group and the Commission reported on the second meetings of their "
        "bodies, held in Lima on 2-6 May 2031 and 9-13 June 2031 respectively."
    )
    spans = tuple(
        (text.index(n), text.index(n) + len(n), k) for n, k in (("Advisory Group", "tdag"), ("Commission", "cstd"))
    )
    found = {m.key: (m.start, m.end) for m in event_mentions(text, 2031, body_spans=spans)}
    assert found == {
        "tdag-2": (date(2031, 5, 2), date(2031, 5, 6)),
        "cstd-2": (date(2031, 6, 9), date(2031, 6, 13)),
    }


def test_no_pairing_when_the_dates_outnumber_the_bodies() -> None:
    text = (
        "The Commission reported on the second meetings of the groups, held on 2 May 2031 and 9 June 2031 respectively."
    )
    spans = ((text.index("Commission"), text.index("Commission") + 10, "cstd"),)
    assert all(m.start is None for m in event_mentions(text, 2031, body_spans=spans) if m.key.startswith("cstd"))


@pytest.mark.parametrize(
    ("text", "key", "start"),
    [
        (
            "The report was approved by the Council at its 2031 session (Geneva, 3-13 June 2031).",
            "council-2031",
            date(2031, 6, 3),
        ),
        ("The Council, at its 2029 session, decided to review the matter.", "council-2029", None),
    ],
)
def test_a_yearly_series_at_its_year_session(text: str, key: str, start: date | None) -> None:
    [m] = event_mentions(text, 2031)
    assert (m.key, m.start) == (key, start)


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "The seminar will be followed by the third meeting of the ITU-T Focus Group on Smart Metering "
            "(Lima, 4-5 July 2031).",
            "3rd meeting of the ITU-T Focus Group on Smart Metering",
            date(2031, 7, 4),
        ),
        (
            "It will be followed by the second meeting of the Focus Group on Grid Data (FG-GD) on 4 and 5 July 2031.",
            "2nd meeting of the Focus Group on Grid Data",
            date(2031, 7, 4),
        ),
        (
            "The Chair reported on the fourth meeting of the Expert Group on Tariffs, which will take place on "
            "3-5 May 2032.",
            "4th meeting of the Expert Group on Tariffs",
            date(2032, 5, 3),
        ),
        (
            "The twelfth session of the Committee on Rural Access was held in Quito on 3-4 May 2031.",
            "12th session of the Committee on Rural Access",
            date(2031, 5, 3),
        ),
    ],
)
def test_a_numbered_meeting_of_a_body_named_as_written_is_an_event_when_dated(
    text: str, name: str, start: date
) -> None:
    found = {e.name: e.start for e in find_events(one_section_report(text), 2031)}
    assert found.get(name) == start


def test_a_numbered_meeting_of_a_body_named_as_written_without_dates_is_no_event() -> None:
    report = one_section_report("The fourth meeting of the Expert Group on Tariffs discussed the survey design.")
    assert not [e for e in find_events(report, 2031) if "Tariffs" in e.name]


def test_whose_numbered_meeting_is_the_meeting_of_the_body_named_before() -> None:
    text = (
        "The plan goes to the Telecommunication Development Advisory Group (TDAG), whose twelfth meeting is "
        "scheduled for 14 April 2032."
    )
    found = {e.key: e.start for e in find_events(one_section_report(text), 2031)}
    assert found.get("tdag-12") == date(2032, 4, 14)


def test_a_numbered_meeting_of_a_bare_head_noun_is_not_named_as_written() -> None:
    report = one_section_report("Ms Roe presented the results to the 29th meeting of the Group on 20 September 2031.")
    assert not [e for e in find_events(report, 2031) if e.name.endswith("of the Group")]


def test_a_working_party_that_will_meet_on_a_date_meets_then() -> None:
    text = "Delegates were told of the OECD Working Party on Broadband Tariffs, which will meet on 9 December 2031."
    found = {e.name: e.start for e in find_events(one_section_report(text), 2031)}
    assert found.get("meeting of the OECD Working Party on Broadband Tariffs") == date(2031, 12, 9)


@pytest.mark.parametrize(
    "text",
    [
        "Members may send contributions to the Rapporteur group meetings to be held from 9 to 13 June 2031.",
        "Contributions are invited for the Correspondence group meeting, scheduled for 9-13 June 2031.",
    ],
)
def test_a_group_meeting_named_with_a_lower_case_head_noun_is_an_event_when_dated(text: str) -> None:
    found = [e for e in find_events(one_section_report(text), 2031) if e.start == date(2031, 6, 9)]
    assert [e.name.split()[-1] for e in found] == ["meeting"]


def test_a_capitalised_word_and_a_lower_case_word_that_is_no_body_noun_name_no_meeting() -> None:
    report = one_section_report("The Plenary adjourned meeting held on 3 March 2031 agreed.")
    assert not [e for e in find_events(report, 2031) if e.start == date(2031, 3, 3)]


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        ("The first FG-QOE meeting will take place on 9 and 10 June 2031.", "1st FG-QOE meeting", date(2031, 6, 9)),
        ("The second JCA-AHF meeting was held in Lima on 4 May 2032.", "2nd JCA-AHF meeting", date(2032, 5, 4)),
    ],
)
def test_a_numbered_meeting_named_by_a_hyphenated_code_is_an_event_when_dated(
    text: str, name: str, start: date
) -> None:
    found = {e.name: e.start for e in find_events(one_section_report(text), 2031)}
    assert found.get(name) == start


def test_a_numbered_meeting_named_by_a_code_without_dates_is_no_event() -> None:
    report = one_section_report("The first FG-QOE meeting discussed the terms of reference.")
    assert find_events(report, 2031) == ()


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "First, the Digital Skills Week, a series of webinars that the Commission and our office will hold "
            "online from 27 October to 2 November 2031, is open to all.",
            "Digital Skills Week",
            date(2031, 10, 27),
        ),
        (
            "The Youth Summit, an event which the Ministry organised on 3 May 2031, was a success.",
            "Youth Summit",
            date(2031, 5, 3),
        ),
    ],
)
def test_an_appositive_relative_clause_dates_the_event_named_before_it(text: str, name: str, start: date) -> None:
    found = {e.name: e.start for e in find_events(one_section_report(text), 2031)}
    assert found.get(name) == start


def test_an_appositive_without_a_relative_clause_dates_nothing() -> None:
    report = one_section_report("The Youth Summit, a success for the Ministry, on 3 May 2031 the report was issued.")
    assert {e.name: e.start for e in find_events(report, 2031)}.get("Youth Summit") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'The regional seminar "Safe Roads in the Digital Age", organized with UNICEF, was held in Almaty '
            "from 6 to 8 May 2031.",
            'regional seminar "Safe Roads in the Digital Age"',
        ),
        ("The national workshop “Data for All” was held in Lima on 6 May 2031.", "national workshop “Data for All”"),
    ],
)
def test_a_generic_event_with_a_quoted_title_is_named_with_it(text: str, name: str) -> None:
    found = {e.name: e.start for e in find_events(one_section_report(text), 2031)}
    assert found.get(name) == date(2031, 5, 6)


@pytest.mark.parametrize(
    "text",
    [
        "The next meeting of Study Group 13 is planned for Geneva, 17-26 November 2031.",
        "The next meeting of Study Group 13 is scheduled for Buenos Aires, 17-26 November 2031.",
    ],
)
def test_a_place_after_planned_for_stands_between_a_meeting_and_its_dates(text: str) -> None:
    found = [e for e in find_events(one_section_report(text), 2031) if e.name == "next meeting of Study Group 13"]
    assert [e.start for e in found] == [date(2031, 11, 17)]


def test_a_purpose_after_for_is_no_place_before_the_dates() -> None:
    text = "The next meeting of Study Group 13 is planned for review; 17-26 November 2031 was proposed."
    assert not [e for e in find_events(one_section_report(text), 2031) if e.start == date(2031, 11, 17)]


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "The Ministry of Digital Economy hosted the Andean ICT Roadshow in Quito on 3-4 March 2031, with CAN.",
            "Andean ICT Roadshow",
            date(2031, 3, 3),
        ),
        (
            "A national roadshow on digital skills will tour five provinces from 2 to 20 June 2031.",
            "national roadshow on digital skills",
            date(2031, 6, 2),
        ),
        (
            "A public hearing on the draft spectrum regulations was held at the regulator's offices on 9 April 2031.",
            "public hearing on the draft spectrum regulations",
            date(2031, 4, 9),
        ),
        (
            "Stakeholders may register to speak at a public hearing that will take place in Port Elm on 28 June 2031.",
            "public hearing",
            date(2031, 6, 28),
        ),
    ],
)
def test_a_roadshow_or_a_public_hearing_is_an_event(text: str, name: str, start: date) -> None:
    """``Roadshow`` heads a name (``event_nouns.csv``); ``roadshow`` and ``public hearing`` are generic
    events (``generic-events.csv``), dated by their own dates as any other."""
    found = {e.name: e.start for e in find_events(_report(text))}
    assert found.get(name) == start
