"""Where a request's action ends: before a clause of its own that opens after it (``, and the Chair asked B to
...``, ``; Member States were invited to ...``, ``, and that the Council invite ...``, ``, whereas X urged ...``),
whose request is read from its own verb, with its own due date. Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import kinds_report, parties
from extract_support import requests_of as run

from wsiskg.ingest.records import Request

_SECRETARIAT = "body:cwg-cop-secretariat"
_TITLE = "Report of the Council Working Group on Child Online Protection"


def _requests(text: str) -> list[Request]:
    return list(run(kinds_report((text, "body"), title=_TITLE), "cwg-cop"))


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The Group requested the secretariat to prepare a draft by 1 May 2031, and the Chair asked members "
            "to comment on it by 1 June 2031.",
            ("request", "body:cwg-cop", (_SECRETARIAT,), "prepare a draft by 1 May 2031", date(2031, 5, 1)),
            ("ask", "post:cwg-cop/chair", ("collective:members",), "comment on it by 1 June 2031", date(2031, 6, 1)),
        ),
        (
            "The Committee urged operators to share coverage maps; the regulators were invited to publish them by "
            "30 June 2031.",
            ("urge", "body:cwg-cop", ("collective:operators",), "share coverage maps", None),
            ("invite", "body:cwg-cop", ("collective:regulators",), "publish them by 30 June 2031", date(2031, 6, 30)),
        ),
        (
            "The Group noted that the Council had invited the secretariat to prepare a summary, and that the Group "
            "had asked the Chair to circulate it before 15 March 2031.",
            ("invite", "body:itu-council", ("body:cwg-cop-secretariat",), "prepare a summary", None),
            ("ask", "body:cwg-cop", ("post:cwg-cop/chair",), "circulate it before 15 March 2031", date(2031, 3, 15)),
        ),
        (
            "The meeting invited Fiji to host the workshop, whereas Samoa asked the secretariat to fund it.",
            ("invite", "body:cwg-cop", ("country:FJI",), "host the workshop", None),
            ("ask", "country:WSM", ("body:cwg-cop-secretariat",), "fund it", None),
        ),
    ],
)
def test_a_clause_with_its_own_subject_and_verb_of_asking_ends_the_request_before_it(
    text: str, first: tuple[object, ...], second: tuple[object, ...]
) -> None:
    got = [(*parties(x), x.action, x.deadline) for x in _requests(text)]
    assert got == [first, second]


def test_a_that_clause_with_a_verb_in_the_base_form_ends_the_recommendation_before_it() -> None:
    (got, *_) = _requests(
        "The Group recommended that the Council instruct the Secretary-General to publish the survey, and that "
        "the Council invite Member States to translate it."
    )
    assert (parties(got), got.action) == (
        ("recommend", "body:cwg-cop", ("body:itu-council",)),
        "instruct the Secretary-General to publish the survey",
    )


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # a second object and its infinitive: no verb of its own
        (
            "The Group invited Member States to contribute case studies, and the secretariat to compile the data "
            "requested by the Council.",
            "contribute case studies, and the secretariat to compile the data requested by the Council",
        ),
        # a participle with its agent is no verb of a clause
        (
            "The Group requested the Chair to consult the regional groups, and the documents requested by the Council.",
            "consult the regional groups, and the documents requested by the Council",
        ),
        # a participle and its place or time: no verb of a clause
        (
            "The Group urged operators to apply the Guidelines, and the Recommendations adopted in 2030.",
            "apply the Guidelines, and the Recommendations adopted in 2030",
        ),
        # a relative clause in the words after "and": no subject of a clause
        (
            "The Group encouraged administrations to reply, and those that were invited to the survey.",
            "reply, and those that were invited to the survey",
        ),
    ],
)
def test_words_after_and_that_open_no_clause_of_their_own_stay_in_the_action(text: str, action: str) -> None:
    assert _requests(text)[0].action == action
