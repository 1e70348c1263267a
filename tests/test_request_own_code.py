"""Who asks in an excerpt of no known meeting, of a body no catalogue lists, that names the body only by the code
its own documents are numbered by (issue 8, round 33; ``request_own_code.own_code``): ``The meeting invited
...`` and a passive that names no one asking are that body's. Every name, code and sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import labelled_requests, one_section_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.request_own_code import own_code


@pytest.mark.parametrize(
    ("before", "sentence", "code", "whom"),
    [
        (
            "4.4 Ms A. Berg (Norway), Vice-Chairman of Com-NRD, presented the draft brief (Doc. Com-NRD(31)041).",
            "4.5 The meeting invited Member States to submit contributions by 1 May 2031.",
            "Com-NRD",
            "Member States",
        ),
        (
            "2.1 Mr T. Oduya (Kenya) introduced Document ASPC-12/7 on behalf of the coordinators of ASPC.",
            "2.2 The meeting asked the rapporteurs to revise the draft position before the next meeting.",
            "ASPC",
            "the rapporteurs",
        ),
        (
            "6.1 The candidatures received were listed in Doc. Tel-GRP(29)052 (Rev.1), as the Chair of Tel-GRP noted.",
            "6.2 Administrations were requested to inform the secretariat of their delegations by 25 September 2029.",
            "Tel-GRP",
            "Administrations",
        ),
    ],
)
def test_an_excerpt_of_a_body_known_by_its_documents_code_asks_in_that_body_s_name(
    before: str, sentence: str, code: str, whom: str
) -> None:
    x = extract(one_section_report(before, sentence))
    assert x.meeting is None
    assert labelled_requests(x) == [("body", code, [whom])]


@pytest.mark.parametrize(
    "texts",
    [
        # two codes: no one of them
        ("3.1 Documents Com-NRD(31)041 and ASPC-12/7 were presented by Com-NRD and ASPC.",),
        # the code is never written on its own in the prose
        ("3.1 Ms A. Berg (Norway) presented the draft brief (Doc. Com-NRD(31)041).",),
    ],
)
def test_no_one_code_names_no_body(texts: tuple[str, ...]) -> None:
    assert (
        own_code(one_section_report(*texts, "3.2 The meeting invited Member States to submit contributions.")) is None
    )


def test_a_document_of_no_meeting_is_not_read_so() -> None:
    x = extract(
        one_section_report(
            "Dear Colleague,",
            "Please find attached Doc. Com-NRD(31)041 prepared for Com-NRD.",
            "Administrations are invited to submit comments by 1 May 2031.",
            "Yours faithfully,",
        )
    )
    assert all(r.requester.label != "Com-NRD" for r in x.requests)
