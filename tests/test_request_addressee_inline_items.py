"""Whom a request asks when a bare verb of asking before a colon leads items that each name whom and
``to`` (``The meeting invited: (a) A to ...; (b) B to ...``): one request per item to that item's
addressee, whether the items are lettered inline in the lead's paragraph or stand in paragraphs of
their own, the verb in the past or the present, the item's group capitalised or in lower case
(ingest/extract/request_items.py). Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import one_section_report as report
from test_request_addressees import run, whom


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            (
                "The Group invited: (a) Member States to share their spectrum data; (b) the Secretariat to compile "
                "the replies by 4 May 2034.",
            ),
            [("collective:member-states",), ("body:cwg-cop-secretariat",)],
        ),
        (
            ("The Group invites: a) administrations to nominate focal points, and b) the BDT to train them in 2035.",),
            [("collective:administrations",), ("body:itu-bdt",)],
        ),
        (
            ("The Group calls upon: (a) operators to publish their coverage maps; (b) regulators to audit them.",),
            [("collective:operators",), ("collective:regulators",)],
        ),
        (
            (
                "The Group urges:",
                "(a) regulators to open a public consultation;",
                "(b) the TSB to circulate the outcome.",
            ),
            [("collective:regulators",), ("body:itu-tsb",)],
        ),
        (
            (
                "The Group requested:",
                "a) operators to report outages within a week;",
                "b) Sector Members to comment on the draft.",
            ),
            [("collective:operators",), ("collective:sector-members",)],
        ),
    ],
)
def test_each_item_of_a_bare_verb_of_asking_asks_its_own_addressee(
    texts: tuple[str, ...], expected: list[tuple[str, ...]]
) -> None:
    assert [whom(x) for x in run(report(*texts), "cwg-cop")] == expected


def test_the_letter_of_an_inline_item_is_no_addressee() -> None:
    got = run(report("The Group invites: (a) Sector Members to host a workshop; (b) academia to join it."), "cwg-cop")
    assert all("collective:a" not in whom(x) and "collective:b" not in whom(x) for x in got)
    assert [x.action for x in got] == ["host a workshop", "join it"]


@pytest.mark.parametrize(
    "text",
    [
        "Next steps: (a) Member States to comment on the draft; (b) the Secretariat to circulate it.",
        "The Group reviewed the inputs and the following points: (a) Member States to consult; (b) others to wait.",
    ],
)
def test_a_colon_after_no_verb_of_asking_splits_nothing(text: str) -> None:
    from wsiskg.ingest.extract.request_items import split_inline
    from wsiskg.ingest.records import Paragraph

    assert [p.text for p in split_inline((Paragraph(1, "1", text),))] == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Forum invites (i) Member States to nominate experts and (ii) Sector Members to share case studies.",
            [("collective:member-states", "nominate experts"), ("collective:sector-members", "share case studies")],
        ),
        (
            "The Group urges a) regulators to publish tariffs, b) operators to report outages and c) the BDT to "
            "train inspectors.",
            [
                ("collective:regulators", "publish tariffs"),
                ("collective:operators", "report outages"),
                ("body:itu-bdt", "train inspectors"),
            ],
        ),
        (
            "The Group requested 1. the Secretariat to draft the survey; 2. administrations to reply by 3 March 2036.",
            [("body:cwg-cop-secretariat", "draft the survey"), ("collective:administrations", "reply by 3 March 2036")],
        ),
        (
            "The Group encourages (1) academia to host hackathons; and (2) the TSB to publish the results.",
            [("collective:academia", "host hackathons"), ("body:itu-tsb", "publish the results")],
        ),
    ],
)
def test_items_labelled_inline_with_no_colon_each_ask_their_own_addressee(
    text: str, expected: list[tuple[str, str]]
) -> None:
    got = run(report(text), "cwg-cop")
    assert [(*whom(x), x.action) for x in got] == [(*w[:-1], w[-1]) for w in expected]


@pytest.mark.parametrize(
    "text",
    [
        "The Group invites Member States (i) to nominate experts and (ii) to share case studies.",
        "The Group noted (a) the report and (b) the annex to the report.",
        "The Group invites (i) Member States to nominate experts.",
    ],
)
def test_no_inline_items_without_a_bare_verb_and_two_labelled_addressees(text: str) -> None:
    from wsiskg.ingest.extract.request_items import split_inline
    from wsiskg.ingest.records import Paragraph

    assert [p.text for p in split_inline((Paragraph(1, "1", text),))] == [text]


def test_labels_of_another_kind_inside_an_item_open_no_item() -> None:
    got = run(
        report("The Group invited: a) Member States to compare options (i) and (ii); b) the TSB to draft a note."),
        "cwg-cop",
    )
    assert [(whom(x), x.action) for x in got] == [
        (("collective:member-states",), "compare options (i) and (ii)"),
        (("body:itu-tsb",), "draft a note"),
    ]


def test_items_numbered_inline_in_brackets_after_a_colon_are_read_as_lettered_ones() -> None:
    got = run(
        report(
            "The Group recommended: (1) that the Council approve the tidal sensor plan; (2) that the TSB publish a "
            "yearly note on the sensors."
        ),
        "cwg-cop",
    )
    assert [(whom(x), x.action) for x in got] == [
        (("body:itu-council",), "approve the tidal sensor plan"),
        (("body:itu-tsb",), "publish a yearly note on the sensors"),
    ]


def test_items_lettered_inline_that_open_on_to_are_each_a_request_of_the_lead() -> None:
    """``The Group invites the Council: a) to request X to ..., and to ...; b) to instruct Y to ...; c) to encourage Z
    to ... by DATE``: the lead and its items are split before they are read, each item one request of the lead to the
    lead's addressee (decision 69: lettered items are one request each), the last one too."""
    text = (
        "3 The Group invites the Council: a) to request the Secretary-General to prepare, in consultation with the "
        "regional offices, a map of the survey replies, and to submit it to the Group at its next meeting; b) to "
        "instruct the Director of the Bureau to support the mountain initiative, adopted at the last conference; c) to "
        "encourage Member States to answer the second round by 30 June 2032."
    )
    got = run(report(text), "cwg-cop")
    assert [whom(x) for x in got] == [("body:itu-council",)] * 3
    assert [x.action.split()[0] for x in got] == ["request", "instruct", "encourage"]


def test_a_colon_before_an_infinitive_with_no_letter_is_no_inline_list() -> None:
    """A colon that no lettered item follows (``... the Council: to note it``) leaves the sentence one request."""
    got = run(report("The Group invites the Council: to note the results of the spectrum survey."), "cwg-cop")
    assert [whom(x) for x in got] == [("body:itu-council",)]
