"""The items of a draft resolution under a lead that names the body that would adopt it (``recommended to X a draft
resolution which:``, ``By the draft resolution, the Council would:`` after ``for adoption by X``) are that body's
requests, not the recommending body's; a lead naming no adopter changes nothing."""

from __future__ import annotations

from pathlib import Path

from extract_support import kinds_report as kinds
from extract_support import parsed_text, parties
from extract_support import requests_of as run

from wsiskg.ingest.extract import extract


def _requesters(*rows: tuple[str, str]) -> list[tuple[str, str]]:
    return [parties(x)[:2] for x in run(kinds(("Chapter IV", "heading"), *rows), None)]


def test_items_of_a_draft_recommended_to_a_body_are_its_requests() -> None:
    got = _requesters(
        ("The Commission on Science and Technology for Development (CSTD) met in Vienna in May 2033.", "body"),
        ("The CSTD recommended to the Economic and Social Council a draft resolution which, inter alia:", "body"),
        ("requests the regional commissions to report on rural broadband every two years;", "list-item"),
        ("encourages Member States to share their open data policies.", "list-item"),
    )
    assert got == [("recommend", "body:cstd"), ("request", "body:ecosoc"), ("encourage", "body:ecosoc")]


def test_items_of_what_the_council_would_do_after_for_adoption_by() -> None:
    got = _requesters(
        (
            "At its 6th meeting the Commission approved a draft resolution on rural connectivity and recommended it "
            "for adoption by the Economic and Social Council.",
            "body",
        ),
        ("By the draft resolution, the Council would, inter alia:", "body"),
        ("(a) Request the Secretary-General to submit a report on rural connectivity in 2034;", "list-item"),
        ("(b) Invite all stakeholders to contribute to the review of the indicators.", "list-item"),
    )
    assert got[-2:] == [("request", "body:ecosoc"), ("invite", "body:ecosoc")]


def test_a_draft_with_no_adopter_named_is_no_such_lead() -> None:
    got = _requesters(
        ("The Commission on Science and Technology for Development (CSTD) met in Vienna in May 2033.", "body"),
        ("The CSTD discussed a draft resolution which, inter alia:", "body"),
        ("requests the regional commissions to report on rural broadband every two years.", "list-item"),
    )
    assert all(g[1] != "body:ecosoc" for g in got)


def _asked(tmp_path: Path, *paragraphs: str) -> list[tuple[str, str, list[str]]]:
    x = extract(parsed_text(tmp_path, "\n\n".join(paragraphs) + "\n"))
    return [(r.verb, r.requester.key, [a.key for a in r.addressees]) for r in x.requests]


_PBI_ECOSOC = (
    "Economic and Social Council",
    "2033 session, agenda item 13 (b)",
    "Rural connectivity: programme budget implications of draft resolution E/2033/L.12",
    "E/2033/L.17, 9 July 2033",
    "Statement submitted by the Secretary-General in accordance with rule 31 of the rules of procedure of the "
    "Economic and Social Council",
)


def test_what_the_council_would_ask_by_a_draft_is_its_request(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        *_PBI_ECOSOC,
        '1. By draft resolution E/2033/L.12, entitled "Rural connectivity in small island States", submitted by '
        "the Vice-President of the Council, the Council would request the Commission on Science and Technology for "
        "Development to convene an expert meeting on rural broadband in Suva in 2034, and would invite the "
        "Government of Fiji to host it.",
        "2. The Council would further urge donors to contribute to the trust fund for the expert meeting.",
    )
    assert got[:3] == [
        ("request", "ecosoc", ["cstd"]),
        ("invite", "ecosoc", ["FJI"]),
        ("urge", "ecosoc", ["donors"]),
    ]


def test_an_operative_paragraph_of_the_draft_names_what_the_assembly_would_ask(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "General Assembly",
        "Eighty-eighth session, agenda item 17",
        "A/C.2/88/L.31/Add.1, 20 November 2033",
        "Programme budget implications of draft resolution A/C.2/88/L.31 on open data for development",
        "Statement submitted by the Secretary-General in accordance with rule 153 of the rules of procedure of the "
        "General Assembly",
        "1. The Second Committee adopted draft resolution A/C.2/88/L.31 without a vote.",
        "2. Under operative paragraph 6 of the draft resolution, the General Assembly would request the "
        "Secretary-General to prepare a report on open data portals for its ninetieth session.",
        "3. Under operative paragraph 8, the Assembly would also encourage Member States to publish their budgets "
        "as open data by 30 June 2035.",
        "4. The Committee is requested to take note of this statement.",
    )
    drafted = [(v, [a.split("/")[-1] for a in whom]) for v, who, whom in got if who == "unga"]
    # the statement's own closing request is no request of the Assembly's
    assert drafted == [("request", ["secretary-general"]), ("encourage", ["member-states"])]


def test_would_asks_no_one_without_a_draft_or_a_body_as_subject(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "Information note on the Regional Workshop on Spectrum Pricing",
        "The Regional Workshop on Spectrum Pricing will be held in Dakar from 3 to 5 April 2034.",
        "The Bureau would invite the regulators of the region to present their pricing models.",
    )
    assert not any(v == "invite" for v, _, _ in got)
    proposal = _asked(
        tmp_path,
        "Summary record of the second plenary meeting",
        "1. The delegate of Chile introduced a draft resolution on rural connectivity.",
        "2. The proposal would instruct the Secretary-General to submit a yearly report to the Council.",
    )
    assert not any(v == "instruct" for v, _, _ in proposal)


def test_a_draft_cited_paragraphs_before_is_no_cue(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "Summary record of the fourth plenary meeting",
        "1. The delegate of Peru introduced draft resolution DT/12 on rural connectivity, which was approved.",
        "2. The meeting then turned to the schedule of the Conference.",
        "3. In the second half of 2032, the Telecommunication Development Bureau would invite administrations to "
        "nominate experts for the study.",
    )
    assert not any(v == "invite" for v, _, _ in got)
