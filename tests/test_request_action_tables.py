"""Action tables: one request a row, asked by the record's voice of whom the row's
who column names, its action the action cell, its deadline the due cell's day. Variants: a text
table (`` | ``) and a Word table (cells joined by ``, ``), the columns in other orders, other header
words (``Action item | Lead | By``), a row without a date, a list of who in a Word row."""

from __future__ import annotations

from datetime import date

from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run


def test_a_text_action_table_asks_each_rows_responsible_by_its_deadline() -> None:
    r = kinds(
        ("The Group agreed on the following actions.", "body"),
        ("No. | Action | Responsible | Deadline", "body"),
        ("1 | Compile the replies to the survey on helplines | Secretariat | 14 March 2031", "body"),
        ("2 | Review the draft guidelines | Member States | 30/04/2031", "body"),
        ("3 | Report to Council 2032 | Chair | -", "body"),
        ("The next meeting will be held in Geneva.", "body"),
    )
    got = run(r, "cwg-cop")
    assert [parties(x) for x in got] == [
        ("agree", "body:cwg-cop", ("body:cwg-cop-secretariat",)),
        ("agree", "body:cwg-cop", ("collective:member-states",)),
        ("agree", "body:cwg-cop", ("post:cwg-cop/chair",)),
    ]
    assert [x.action for x in got] == [
        "compile the replies to the survey on helplines",
        "review the draft guidelines",
        "report to Council 2032",
    ]
    assert [x.deadline for x in got] == [date(2031, 3, 14), date(2031, 4, 30), None]


def test_a_word_table_with_who_first_and_other_header_words() -> None:
    r = kinds(
        ("Action items agreed at the meeting:", "body"),
        ("Lead, Action item, By", "body"),
        ("BDT, Prepare a summary of the regional consultations, 1 June 2031", "body"),
        ("ITU-T Study Group 5, Send a liaison statement on e-waste to UNEP, 15 July 2031", "body"),
    )
    got = run(r, "cwg-cop")
    assert [x.action for x in got] == [
        "prepare a summary of the regional consultations",
        "send a liaison statement on e-waste to UNEP",
    ]
    assert [x.deadline for x in got] == [date(2031, 6, 1), date(2031, 7, 15)]
    assert all(parties(x)[1] == "body:cwg-cop" for x in got)


def test_the_extra_cells_of_a_word_row_are_the_who_columns_list() -> None:
    r = kinds(
        ("Task, Responsible, Due date", "body"),
        ("Answer the questionnaire on spectrum pricing, Administrations, regulators, 2 May 2031", "body"),
    )
    got = run(r, "cwg-cop")
    assert [parties(x)[2] for x in got] == [("collective:administrations", "collective:regulators")]
    assert got[0].deadline == date(2031, 5, 2)


def test_rows_that_name_no_one_and_tables_of_no_actions_ask_no_one() -> None:
    r = kinds(
        ("Action | Responsible | Deadline", "body"),
        ("Update of the web page | — | 15/04/2031", "body"),
        ("Action Line | Facilitator | Contact", "body"),
        ("C2 Information infrastructure | ITU | wsis@itu.int", "body"),
    )
    assert run(r, "cwg-cop") == ()


def test_a_deliverable_row_of_an_item_or_outcome_table_is_a_request_decision_31() -> None:
    for header in ("Item | Date | Responsible", "Outcome | Date | Responsible", "Deliverable | Date | Owner"):
        r = kinds(
            (header, "body"),
            ("Revised draft work plan | 15/04/2031 | Secretariat", "body"),
            ("Comments on the roadmap | 12/03/2031 | Members", "body"),
        )
        got = run(r, "cwg-cop")
        assert [(parties(x)[2], x.action, x.deadline) for x in got] == [
            (("body:cwg-cop-secretariat",), "revised draft work plan", date(2031, 4, 15)),
            (("collective:members",), "comments on the roadmap", date(2031, 3, 12)),
        ], header


def test_a_word_row_without_its_due_cell_is_still_a_row() -> None:
    r = kinds(
        ("Item, Responsible, Date", "body"),
        ("Questionnaire on helpline data, BDT, 15 June 2031", "body"),
        ("Compile the replies, Rapporteur", "body"),
        ("The Group thanked the host.", "body"),
    )
    got = run(r, "cwg-cop")
    assert [(x.action, x.deadline) for x in got] == [
        ("questionnaire on helpline data", date(2031, 6, 15)),
        ("compile the replies", None),
    ]


def test_a_sentence_with_a_verb_of_asking_after_a_word_table_is_no_row() -> None:
    r = kinds(
        ("Item, Responsible, Deadline", "body"),
        ("Compile the replies, Secretariat, 14 March 2031", "body"),
        ("ECOSOC, in its resolution 2031/5, requested the CSTD to report on the review.", "body"),
    )
    got = run(r, "cwg-cop")
    assert [(x.paragraph, parties(x)[0]) for x in got] == [(2, "agree"), (3, "request")]


def test_an_owner_column_and_a_when_column() -> None:
    r = kinds(
        ("Follow-up actions | Owner | When", "body"),
        ("Update the roster of national focal points | TSB | 12 September 2031", "body"),
        ("Draft terms of reference for the correspondence group | Vice-Chair | next meeting", "body"),
    )
    got = run(r, "cwg-cop")
    assert [(parties(x)[2], x.action, x.deadline) for x in got] == [
        (("body:itu-tsb",), "update the roster of national focal points", date(2031, 9, 12)),
        (("post:cwg-cop/vice-chair",), "draft terms of reference for the correspondence group", None),
    ]


def test_a_sentence_after_a_word_table_is_read_as_a_sentence() -> None:
    r = kinds(
        ("No., Action, Responsible, Deadline", "body"),
        ("1, Compile the replies to the survey, Secretariat, 14 March 2031", "body"),
        (
            "The Group asked the secretariat, with the Vice-Chairs, to circulate the draft to all members, "
            "before the Group meets again.",
            "body",
        ),
    )
    got = run(r, "cwg-cop")
    assert [(x.paragraph, parties(x)[0], parties(x)[2]) for x in got] == [
        (2, "agree", ("body:cwg-cop-secretariat",)),
        (3, "ask", ("body:cwg-cop-secretariat",)),
    ]


def test_a_line_without_bars_after_a_text_table_is_prose_and_a_capitalised_second_word_is_an_action() -> None:
    r = kinds(
        ("Action | Responsible | Deadline", "body"),
        ("Draft UNGIS contribution to the review | UNESCO | 31 January 2031", "body"),
        ("The next meeting is scheduled for 9 February 2032 in Bangkok, Thailand, at the APT office.", "body"),
    )
    got = run(r, "cwg-cop")
    assert [parties(x)[2] for x in got] == [("body:unesco",)]
    assert got[0].action == "draft UNGIS contribution to the review"


def test_a_sentence_one_cell_short_or_ending_in_a_date_after_a_word_table_is_prose() -> None:
    """A sentence after a Word table whose commas cut it into one cell fewer than the header's (the
    due cell left out) or that ends with a date is prose, never a row."""
    for after in (
        "The fourth meeting is planned for 3-4 March 2032, back to back with the Council sessions.",
        "A second session will be organized in Nairobi, jointly with the regional office.",
        "The Group invited observers, including UNICEF and the OECD, to join the work. It meets "
        "next in Lyon, France, on 2 May 2032.",
        "The Rapporteur, Ms Ines Varga (Croatia), thanked the Group for its work on 12 May 2031.",
    ):
        r = kinds(
            ("Action, Responsible, Deadline", "body"),
            ("Circulate the draft report, Secretariat, 14 March 2031", "body"),
            (after, "body"),
        )
        got = run(r, "cwg-cop")
        assert [(x.paragraph, parties(x)[0]) for x in got][:1] == [(2, "agree")], after
        assert all(x.paragraph == 2 or parties(x)[0] != "agree" for x in got), after


def test_other_header_words_for_what_and_whom() -> None:
    """``Follow-up``, ``Proposal``, ``Decision`` name what is to be done, ``Addressed to`` and
    ``To whom`` whom (a table of follow-up, of a contribution's proposals, of an outcome's decisions)."""
    for header, row in (
        ("Follow-up, By whom, When", "Publish the final report, TSB, 31 May 2031"),
        ("No., Recommendation, Addressed to", "1, Publish the final report, TSB"),
        ("Decision | Responsible | Date", "Publish the final report | TSB | 31 May 2031"),
        ("Proposals | To whom", "Publish the final report | TSB"),
        ("Follow-up | Action by | Target date", "Publish the final report | TSB | May 2031"),
    ):
        got = run(kinds((header, "body"), (row, "body")), "cwg-cop")
        assert [(x.action, parties(x)[2]) for x in got] == [("publish the final report", ("body:itu-tsb",))], header


def test_an_item_column_beside_another_action_column_is_the_rows_number() -> None:
    for header, row in (
        ("Item, Proposal, Addressed to", "2, Organize a regional workshop in 2031, BDT"),
        ("Item | Action | Responsible | Deadline", "2 | Organize a regional workshop in 2031 | BDT | 1 May 2031"),
        ("Items, Recommendations, Responsible", "ii, Organize a regional workshop in 2031, BDT"),
    ):
        got = run(kinds((header, "body"), (row, "body")), "cwg-cop")
        assert [(x.action, parties(x)[2]) for x in got] == [
            ("organize a regional workshop in 2031", ("body:itu-bdt",))
        ], header
    got = run(
        kinds(("Item | Responsible | Date", "body"), ("Draft chapter on spectrum | BDT | 1 May 2031", "body")),
        "cwg-cop",
    )
    assert [x.action for x in got] == ["draft chapter on spectrum"]  # the item alone is the action (decision 31)


def test_a_text_row_whose_first_cell_is_empty() -> None:
    r = kinds(
        ("No. | Action | Responsible | Due", "body"),
        ("| Draft the European contribution | Project Team A | 15/11/2031", "heading"),
        ("| Update the elections overview | Chair | 15/12/2031", "heading"),
    )
    got = run(r, "cwg-cop")
    assert [x.action for x in got] == ["draft the European contribution", "update the elections overview"]
    assert [x.deadline for x in got] == [date(2031, 11, 15), date(2031, 12, 15)]
    assert parties(got[1])[2] == ("post:cwg-cop/chair",)


def test_a_timetables_milestone_or_activity_column_is_its_action() -> None:
    """A timetable names a step and who takes it (``Milestone | Date | Responsible``, ``Activity | Responsible |
    Date``): each row with a who is a request of the record's voice; a row with no who (``-``) asks no one."""
    r = kinds(
        ("Timetable for the preparation of the review", "body"),
        ("Milestone, Date, Responsible", "body"),
        ("Circulation of the draft synthesis, 12 September 2033, Secretariat", "body"),
        ("Comments on the draft synthesis, 20 November 2033, Member States", "body"),
        ("Closing workshop, 3-4 March 2034, -", "body"),
    )
    got = run(r, "cwg-cop")
    assert [parties(x)[2] for x in got] == [("body:cwg-cop-secretariat",), ("collective:member-states",)]
    assert [x.deadline for x in got] == [date(2033, 9, 12), date(2033, 11, 20)]
    r = kinds(
        ("Work plan.", "body"),
        ("Activity | Responsible | Date", "body"),
        ("Survey of national helpline practices | Member States | 15 May 2033", "body"),
    )
    assert [parties(x)[2] for x in run(r, "cwg-cop")] == [("collective:member-states",)]


def test_a_rows_own_label_and_a_hyphenated_or_acronym_first_word_open_an_action_cell() -> None:
    """An action plan numbering its actions in the action cell (``B2. Survey of ...``), an action whose first word
    is hyphenated (``Cross-border ...``) or an acronym (``OECS roaming ...``): each row still asks its who."""
    r = kinds(
        ("Action | Lead | Target date", "body"),
        ("B1. Survey of rural coverage gaps | Secretariat | 31 May 2031", "body"),
        ("B2. Cross-border spectrum coordination handbook | Member States | 30 September 2031", "body"),
        ("(c) OECS roaming charter review | Chair | -", "body"),
        ("Action Line | Facilitator | Contact", "body"),
    )
    got = run(r, "cwg-cop")
    assert [parties(x)[2] for x in got] == [
        ("body:cwg-cop-secretariat",),
        ("collective:member-states",),
        ("post:cwg-cop/chair",),
    ]
    assert [x.action for x in got] == [
        "survey of rural coverage gaps",
        "cross-border spectrum coordination handbook",
        "OECS roaming charter review",
    ]
    assert [x.deadline for x in got] == [date(2031, 5, 31), date(2031, 9, 30), None]


def test_a_report_column_names_what_is_to_be_delivered() -> None:
    """``Report`` names what a table of reports due asks its who column to deliver (``Report | Responsible | Due``,
    a working-methods text's reports to its group)."""
    for header, row, action, who in (
        (
            "Report, Responsible, Due",
            "Annual statement of staff costs by Sector, TSB, 15 October 2031",
            "annual statement of staff costs by Sector",
            ("body:itu-tsb",),
        ),
        (
            "Reports | Lead | Deadline",
            "Mid-term review of the regional initiatives | BDT | 1 March 2032",
            "mid-term review of the regional initiatives",
            ("body:itu-bdt",),
        ),
        (
            "No. | Report | Responsible",
            "2 | Survey of national numbering plans | Secretariat",
            "survey of national numbering plans",
            ("body:cwg-cop-secretariat",),
        ),
    ):
        got = run(kinds((header, "body"), (row, "body")), "cwg-cop")
        assert [(x.action, parties(x)[2]) for x in got] == [(action, who)], header


def test_a_text_table_drawn_with_its_outer_bars() -> None:
    """Round 55: a plain-text (Markdown) table draws each row between outer bars (``| Action | Responsible |
    Deadline |``): its header's first and last cells are read without them, and each row asks its who column; a row
    with no one in it (``| Webinar | — | 4 July 2031 |``) asks no one, and a row whose first cell is empty keeps its
    reading (``| Draft X | PT1 | 15/11/2031``)."""
    r = kinds(
        ("4. Agreed follow-up", "heading"),
        ("| Action | Responsible | Deadline |", "body"),
        ("| Comments on the draft tide-gauge plan | BDT | 30 May 2031 |", "body"),
        ("| Templates from Samoa sent to Tonga | Member States | 16 May 2031 |", "body"),
        ("| Regional peer-review webinar | — | 24 July 2031 |", "body"),
    )
    got = run(r, "cwg-cop")
    assert [(x.action, parties(x)[2], x.deadline) for x in got] == [
        ("comments on the draft tide-gauge plan", ("body:itu-bdt",), date(2031, 5, 30)),
        ("templates from Samoa sent to Tonga", ("collective:member-states",), date(2031, 5, 16)),
    ]


def test_a_first_action_column_that_only_numbers_the_row_gives_way_to_the_next() -> None:
    """``Recommendation | Action | Responsible | Due`` (a management response's table): the recommendation column
    only numbers each row (``2``, ``R4``, ``3.1``), so the action is the next action column's cell (round 56)."""
    for header, row, action, who in (
        (
            "Recommendation, Action, Responsible, Due",
            "2, Revised monitoring framework, TSB, 30 June 2031",
            "revised monitoring framework",
            ("body:itu-tsb",),
        ),
        (
            "Recommendations | Actions | Lead | Deadline",
            "R4 | Guidance note on regional hubs | BDT | 31 October 2031",
            "guidance note on regional hubs",
            ("body:itu-bdt",),
        ),
        (
            "Output, Activity, Responsible",
            "3.1, Training of national trainers, Secretariat",
            "training of national trainers",
            ("body:cwg-cop-secretariat",),
        ),
    ):
        got = run(kinds((header, "body"), (row, "body")), "cwg-cop")
        assert [(x.action, parties(x)[2]) for x in got] == [(action, who)], header
