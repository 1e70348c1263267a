"""Who asks, round 8 (issue 8): a speech's speaker named under a ``Speaker:`` line or under a
header that names only a post, co-sponsoring countries listed with their formal names, and a
resolution whose subject carries a topic in apposition. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import make_report, parties
from extract_support import requests_of as run

from wsiskg.ingest.extract import extract
from wsiskg.ingest.records import Paragraph, ParsedReport, Section


@pytest.mark.parametrize("cue", ["Speaker:", "Statement delivered by"])
def test_a_speaker_line_under_a_transcript_title_names_who_says_i(cue: str) -> None:
    r = make_report(
        "Recorded message (transcript)",
        f"{cue} Oskari Lindqvist-Mäkelä, Minister of Transport and Communications, Republic of Finland",
        "Dear colleagues,",
        "First, I call on all regulators to publish their coverage maps twice a year.",
        "Second, I encourage UNESCO and UNICEF to include media literacy in their school programmes.",
    )
    got = [parties(x)[1] for x in run(r, None)]
    assert got == ["person:oskari-lindqvist-makela", "person:oskari-lindqvist-makela"]


@pytest.mark.parametrize("honorific", ["H.E. Eng.", "Dr.", "Prof. Dr", "Ms"])
def test_the_person_under_a_header_that_names_only_a_post_is_the_speaker(honorific: str) -> None:
    r = make_report(
        "OPENING ADDRESS BY THE CHAIR OF THE ASSEMBLY",
        f"{honorific} Amaru Quispe-Mamani, Vice-Minister of Telecommunications, Plurinational State of Bolivia",
        "Excellencies, dear delegates,",
        "I urge all administrations to agree on the draft by Friday, and I ask the secretariat to circulate it.",
    )
    got = [parties(x)[1] for x in run(r, None)]
    assert got == ["person:amaru-quispe-mamani", "person:amaru-quispe-mamani"]


def test_a_header_post_with_no_byline_below_stays_the_post() -> None:
    r = make_report(
        "Report by the Secretary-General",
        "1 The Council is invited to note this report and to approve the proposed budget.",
    )
    assert {parties(x)[1] for x in run(r, None)} == {"post:itu/secretary-general"}


def _contribution(source: str, *texts: str) -> ParsedReport:
    paras = (Paragraph(1, "front", "Contribution to the thirty-first meeting of TDAG"), Paragraph(2, "front", source))
    paras += tuple(Paragraph(i + 3, "1", t) for i, t in enumerate(texts))
    return ParsedReport("t.txt", "text/plain", None, (Section("1", "t", None, 3),), paras)


def test_co_sponsors_listed_with_their_formal_names_are_one_author() -> None:
    r = _contribution(
        "SOURCE: Malawi (Republic of), Zambia (Republic of), Mozambique (Republic of)",
        "TITLE: Rural broadband funds",
        "4 The co-sponsors invite TDAG to endorse the guidelines on universal service funds.",
    )
    requester = extract(r).requests[0].requester
    assert (requester.kind, requester.label) == ("collective", "Malawi, Zambia and Mozambique")


def test_a_country_source_with_its_formal_name_alone_is_that_country() -> None:
    r = _contribution(
        "SOURCE: Malawi (Republic of)",
        "4 Malawi invites TDAG to endorse the guidelines on universal service funds.",
    )
    assert parties(extract(r).requests[0])[1] == "country:MWI"


@pytest.mark.parametrize(
    "topic",
    ["on the role of broadcasting in early warning", "concerning rural connectivity", "entitled Digital skills"],
)
def test_a_resolution_with_a_topic_in_apposition_asks_as_itself(topic: str) -> None:
    r = _contribution(
        "SOURCE: Malawi (Republic of)",
        f"3 Resolution 47 (Rev. Kigali, 2030) of the World Telecommunication Development Conference, {topic}, "
        "invites Member States to adopt national emergency plans.",
    )
    found = extract(r)
    numbers = {x.key: x.number for x in found.resolutions}
    requester = found.requests[0].requester
    assert (requester.kind, numbers.get(requester.key)) == ("resolution", "47")


def test_a_body_with_a_phrase_on_its_procedure_in_apposition_still_asks() -> None:
    r = _contribution(
        "SOURCE: Malawi (Republic of)",
        "3 The Council, on the proposal of its Chair, invited the Secretary-General to report on the fund.",
    )
    assert parties(extract(r).requests[0])[1] == "body:itu-council"
