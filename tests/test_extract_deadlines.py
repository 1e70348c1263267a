"""Deadlines: due dates, subjects, concerned events."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report as _report
from extract_support import order_of as _order
from extract_support import sample_report as _sample

from wsiskg.ingest.extract.deadlines import MAX_SUBJECT, find_deadlines
from wsiskg.ingest.records import Section


def test_sample_deadlines() -> None:
    report = _sample()
    found = [(d.due, d.subject, d.concerns, d.paragraphs) for d in find_deadlines(report, 2022)]
    p = lambda start: (_order(report, start),)  # noqa: E731
    assert found == [
        (
            date(2022, 3, 7),
            "Official submissions to the WSIS Secretariat on the Thematic Aspects and Innovations on the Format",
            (),
            p("Official submissions"),
        ),
        (
            date(2022, 3, 7),
            "Open call for nominations for WSIS Forum 2022 Multistakeholder High-Level Track Facilitators",
            ("wsis-forum-2022",),
            p("Open call for nominations"),
        ),
        (date(2022, 3, 7), "WSIS Photo Contest 2022 submissions", (), p("WSIS Photo Contest 2022")),
        (
            date(2022, 3, 1),
            "WSIS Forum 2022 Healthy Ageing Innovation Prize",
            ("wsis-forum-2022",),
            p("WSIS Forum 2022 Healthy Ageing"),
        ),
        (  # said again in 7.8.1: one deadline, both paragraphs
            date(2022, 1, 21),
            "WSIS Prizes 2022 Submission Phase",
            (),
            p("The Group was invited to promote the ongoing Submission Phase") + p("The Group appreciated all efforts"),
        ),
        (
            date(2022, 1, 31),
            "WSIS Prizes 2022 Submission Phase",
            (),
            p("The Group was invited to promote the ongoing Submission Phase") + p("The Group appreciated all efforts"),
        ),
        (date(2021, 12, 24), "bids (WSIS Gateway)", (), p("WSIS Gateway (oral presentation)")),
        (date(2022, 3, 7), "contribute to the Open Consultation Process", (), p("The deadline to contribute")),
        (
            date(2022, 3, 1),
            "All submissions (WSIS Activities related to COVID-19 Response)",
            (),
            p("The Group and all stakeholders are invited"),
        ),
    ]


def test_no_year_no_deadline() -> None:
    report = _report("Submit before the deadline set for the 21 January.")
    assert find_deadlines(report) == ()
    (d,) = find_deadlines(report, 2025)
    assert (d.due, d.subject) == (date(2025, 1, 21), "Submit")


@pytest.mark.parametrize(
    ("text", "due", "subject"),
    [
        (
            "Nominations for the WSIS Prizes 2025 must be sent no later than 3 February 2025.",
            date(2025, 2, 3),
            "Nominations for the WSIS Prizes 2025",
        ),
        (
            "Registration to the IGF 2024 via the portal. Deadline: 1 October 2024.",
            date(2024, 10, 1),
            "Registration to the IGF 2024",
        ),
        (
            "The deadline for contributions to the Council-24 is 12 May 2024.",
            date(2024, 5, 12),
            "contributions to the Council-24",
        ),
        (
            "Membership replies received by 15 April 2023 will be compiled.",
            date(2023, 4, 15),
            "Membership replies (Agenda)",
        ),
        (
            "The Expert Group Report deadline has been extended until 30 June 2023.",
            date(2023, 6, 30),
            "Expert Group Report",
        ),
        ("Comments are due 1 March 2023 on the draft Strategic Plan.", date(2023, 3, 1), "Comments (Agenda)"),
        # the action a body is to do by a date, after any modal of the future (``would`` was missing, round 29)
        (
            "It was agreed that the Bureau would circulate the revised terms of reference by 14 March 2031.",
            date(2031, 3, 14),
            "circulate the revised terms of reference",
        ),
        (
            "The Rapporteur shall submit a progress report by 2 October 2030.",
            date(2030, 10, 2),
            "submit a progress report",
        ),
        (
            "The Regional Office will also compile the national replies before 20 May 2029.",
            date(2029, 5, 20),
            "compile the national replies",
        ),
    ],
)
def test_deadline_variants(text: str, due: date, subject: str) -> None:
    sections = (Section("front", "Agenda", None, 1),)
    (d,) = find_deadlines(_report(text, sections=sections))
    assert (d.due, d.subject) == (due, subject)


def test_concerns_events_of_the_sentence() -> None:
    text = "Proposals for the WSIS Forum 2025 and the WTDC-25 are due by 2 March 2025. The HLPF 2025 is later."
    (d,) = find_deadlines(_report(text))
    assert d.concerns == ("wsis-forum-2025", "wtdc-25")


def test_event_dates_and_ranges_are_not_deadlines() -> None:
    report = _report(
        "The WSIS Forum 2024 will be held on 27-31 May 2024.",
        "The meeting took place on 19 January 2024.",
        "From 1 March to 30 April 2024 the call is open.",
    )
    assert find_deadlines(report) == ()


def test_once_per_date_subject_paragraph_and_trimmed() -> None:
    long_subject = "Official submissions " + "on a very long list of topics " * 10
    report = _report(f"{long_subject} by 7 March 2022, and again by 7 March 2022.")
    found = find_deadlines(report)
    assert len(found) == 1
    assert len(found[0].subject) <= MAX_SUBJECT
    assert found[0].subject.startswith("Official submissions on a very long")


def test_a_numeric_date_is_a_deadline() -> None:
    from wsiskg.ingest.extract.dates import due_dates

    (found,) = due_dates("Operators may send expressions of interest by 29/02/2032.", 2031, date(2031, 10, 1))
    assert found.due == date(2032, 2, 29)


@pytest.mark.parametrize(
    ("subject", "trimmed"),
    [
        ("comments on the harbour survey about", "comments on the harbour survey"),
        ("the list of coastal towns as", "list of coastal towns"),
        ("replies from the island schools into the", "replies from the island schools"),
        ("the tariffs of Delta and", "tariffs of Delta"),
    ],
)
def test_a_subject_ends_before_any_small_word_left_dangling(subject: str, trimmed: str) -> None:
    """The small words a subject may be left ending with are :func:`.casing.small_words` (was a list of
    its own without ``about``, ``as``, ``into``)."""
    from wsiskg.ingest.extract.deadlines import _trim

    assert _trim(subject) == trimmed


@pytest.mark.parametrize(
    "before",
    [
        "to reply before the harbour meeting on Thursday, ",
        "to report to the Committee at its second meeting on Monday the ",
        "to send comments before the island forum, to be held on Saturday ",
    ],
)
def test_a_meetings_weekday_before_the_due_date_is_read_from_the_one_list(before: str) -> None:
    """The weekday between a meeting and the date it is due by is one of ``dates.weekday_words()``
    (``date_words.csv``), not a list of its own."""
    from wsiskg.ingest.extract.deadlines import _BY_MEETING

    assert _BY_MEETING.search(before)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # round 31: the verb after "deadline for X" is any singular auxiliary of auxiliaries.csv (were: is, was,
        # has; "had" let the subject run to the sentence's first word)
        ("The deadline for comments on the draft questionnaire had been extended to 1 June 2031.", "comments"),
        ("The deadline for nominations to the Expert Panel had been set at 15 July 2031.", "nominations"),
        ("The deadline for registration of the delegates was moved to 2 May 2031.", "registration"),
    ],
)
def test_a_deadlines_subject_ends_before_any_singular_auxiliary(sentence: str, subject: str) -> None:
    (found,) = find_deadlines(_report(sentence), 2031)
    assert found.subject.startswith(subject)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Actions agreed: (a) the Bureau: circulate the call; (b) UNESCO: convene the next meeting in Paris; "
            "(c) all members: update the list of focal points before 28 February 2032.",
            "all members",
        ),
        (
            "The Group agreed that: i) the secretariat would publish the summary; ii) Member States would send their "
            "views on the draft by 3 March 2032.",
            "send their views on the draft",
        ),
    ],
)
def test_a_run_in_item_after_a_semicolon_is_read_after_its_enumerator(text: str, subject: str) -> None:
    """An item of a list run into a paragraph (``...; (c) X: ...``) opens after ``; `` and its enumerator: what is
    due is read there, as for an item that opens a paragraph."""
    assert [d.subject for d in find_deadlines(_report(text), 2032)] == [subject]
