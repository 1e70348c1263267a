"""A verb coordinated in a chair's summing-up of the body's decision is the body's request (issue 8, round 49:
``request_conclusions.concluded_body``): ``The Chairman concluded that the Council took note of A, and requested
X to ...`` is the Council's, not the chairman's; a participant's summing-up, another body's clause and a clause
closed by a semicolon stay as they were. Every name, place and sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

#: a summary record of a Council plenary meeting whose chairman the header names
_RECORD = """Council 2034                                                     C34/61-E
Geneva, 12-22 June 2034                                          19 June 2034

              SUMMARY RECORD OF THE FOURTH PLENARY MEETING
                   Thursday, 19 June 2034, at 1430 hours

Chairman: Ms Ilse Brandvold-Okafor (Norway)

1  Rural connectivity

1.1 {sentence}
"""


def _requests(tmp_path: Path, sentence: str) -> list[tuple[str, str, str, list[str]]]:
    report = extract(parsed_text(tmp_path, _RECORD.format(sentence=sentence)))
    return [(r.requester.kind, r.requester.label, r.verb, [a.label for a in r.addressees]) for r in report.requests]


@pytest.mark.parametrize(
    ("sentence", "verb", "addressee"),
    [
        (
            "The Chairman concluded that the Council took note of Document C34/19 and its addendum, and requested "
            "the Secretary-General to submit a revised report to the 2035 session of the Council.",
            "request",
            "Secretary-General",
        ),
        (
            "The Chairman concluded that the Council had endorsed the roadmap, approved the budget and instructed "
            "the Director of the Telecommunication Development Bureau to publish the results by March 2035.",
            "instruct",
            "Director",
        ),
        (
            "Summing up, the Chairman took it that the Council approved the plan in Document C34/8 and invited "
            "Member States to pledge contributions to the rural fund.",
            "invite",
            "Member States",
        ),
    ],
)
def test_a_verb_in_the_chairs_summing_up_is_the_bodys_request(
    tmp_path: Path, sentence: str, verb: str, addressee: str
) -> None:
    ((kind, who, said, whom),) = _requests(tmp_path, sentence)
    assert kind == "body" and "Council" in who
    assert said == verb and any(addressee in label for label in whom)


@pytest.mark.parametrize(
    ("sentence", "requester"),
    [
        (  # a participant's summing-up: his own request
            "The councillor from Chile concluded that the Council had approved the plan, and requested the "
            "secretariat to circulate the annex.",
            "Chile",
        ),
        (  # another body's clause: the chairman's
            "The Chairman concluded that the Working Group on Rural Access had finished its work, and requested the "
            "Secretary-General to publish its report.",
            "Ilse Brandvold-Okafor",
        ),
        (  # a clause closed by a semicolon: the new clause's subject
            "The Chairman concluded that the Council took note of Document C34/7; the councillor from Peru "
            "requested the secretariat to circulate the annex.",
            "Peru",
        ),
    ],
)
def test_other_summings_up_keep_their_requester(tmp_path: Path, sentence: str, requester: str) -> None:
    ((_, who, _, _),) = _requests(tmp_path, sentence)
    assert who == requester
