"""The own meeting's body named whole by the lead's opening sentence with the kind of meeting it is
(``meeting_kind_in_lead.kind_in_lead``, round 55): ``The ITU Telecom World leadership summit met in ...`` under a
header naming the series, ``The CSTD 2031–2032 inter-sessional panel convened ...`` under the Commission's name."""

from __future__ import annotations

import pytest
from extract_support import make_report, meeting_named


@pytest.mark.parametrize(
    ("title", "lines", "body"),
    [
        (
            "CHAIR'S SUMMARY",
            [
                "ITU Telecom World 2031 — Connecting the Next Billion",
                "Bangkok, Thailand, 4–7 October 2031",
                "The ITU Telecom World leadership summit met in Bangkok from 4 to 7 October 2031 at the invitation of "
                "the Government of Thailand. It brought together 90 chief executives and ministers.",
            ],
            "ITU Telecom World leadership summit",
        ),
        (
            "Commission on Science and Technology for Development",
            [
                "2031–2032 Inter-sessional Panel — Chair's summary",
                "Vienna, 2–4 December 2031",
                "2. The CSTD 2031–2032 inter-sessional panel convened at the Vienna International Centre from 2 to 4 "
                "December 2031 to discuss the priority themes of the thirty-fifth session.",
            ],
            "CSTD 2031–2032 inter-sessional panel",
        ),
        (
            "REPORT",
            [
                "Global Standards Symposium 2031",
                "Tunis, 2–3 March 2031",
                "The Global Standards Symposium academic workshop was held in Tunis on 2 and 3 March 2031 under the "
                "chairmanship of Ms Amira Haddad (Tunisia).",
            ],
            "Global Standards Symposium academic workshop",
        ),
    ],
)  # fmt: skip
def test_the_lead_names_the_body_with_its_kind(title: str, lines: list[str], body: str) -> None:
    found = meeting_named(make_report(*lines, title=title))
    assert found is not None and found[3] == body


@pytest.mark.parametrize(
    "opening",
    [
        # a meeting's noun after the name: the body's own meeting (decision 3)
        "The Global Standards Symposium 2031 meeting was held in Tunis on 2 and 3 March 2031.",
        # not the lead's opening sentence: a part of the meeting, held during it
        "The Symposium opened in Tunis on 2 March 2031. The Global Standards Symposium gala dinner took place on "
        "2 March 2031.",
    ],
)
def test_no_kind_named_in_the_opening_sentence_keeps_the_body(opening: str) -> None:
    found = meeting_named(make_report("Global Standards Symposium 2031", "Tunis, 2–3 March 2031", opening,
                                      title="REPORT"))  # fmt: skip
    assert found is not None and found[3] == "Global Standards Symposium"


@pytest.mark.parametrize(
    "opening",
    [
        # a plain event's noun names no meeting of a kind of its own
        "The Global Standards Symposium flagship event took place in Tunis on 2 and 3 March 2031.",
        # the kind's noun right after the name restates the body's kind
        "The Global Standards Symposium symposium was held in Tunis on 2 and 3 March 2031.",
    ],
)
def test_a_plain_noun_after_the_name_keeps_the_body(opening: str) -> None:
    found = meeting_named(make_report("Global Standards Symposium 2031", "Tunis, 2–3 March 2031", opening,
                                      title="REPORT"))  # fmt: skip
    assert found is not None and found[3] == "Global Standards Symposium"
