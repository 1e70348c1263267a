"""The title read across the front lines that go on from it (:func:`.meeting_lead.record_title`) joins them once:
the lead's texts (:func:`.meeting_lead.lead_texts`) do not join them to it again, which made a body's name of the
title's end and the line (``Report of the secretariat`` / ``on the fourth meeting of the X Group``: ``X Group on the
fourth meeting of the X Group``). Names, bodies and dates are invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extract_support import make_report, meeting_named, parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.meeting_lead import lead_texts


def test_a_line_the_title_goes_on_in_is_joined_once() -> None:
    report = make_report(
        "on the third meeting of the Steering Group on Open Maps", "The Group met in Tartu on 3 May 2031.",
        title="Report by the secretariat",
    )  # fmt: skip
    texts = lead_texts(report, list(report.paragraphs))
    assert texts[0] == (None, "Report by the secretariat on the third meeting of the Steering Group on Open Maps")
    assert [t for _, t in texts].count("on the third meeting of the Steering Group on Open Maps") == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Report of the secretariat\non the fourth meeting of the Expert Group on Reef Monitoring\n"
            "Suva, 3 March 2031\n\n1. The Expert Group on Reef Monitoring held its fourth meeting in Suva on 3 March "
            "2031.\n\n2. The Expert Group invited members to share their survey data.\n",
            ("expert-group-on-reef-monitoring", 4, date(2031, 3, 3), "Expert Group on Reef Monitoring"),
        ),
        (
            "Report by the Pacific Spectrum Partnership secretariat\non the second meeting of the Partnership\n"
            "Apia, 8 June 2031\n\n1. The Pacific Spectrum Partnership held its second meeting in Apia on 8 June "
            "2031.\n\n2. The Partnership invited operators to share coverage maps.\n",
            ("pacific-spectrum-partnership", 2, date(2031, 6, 8), "Pacific Spectrum Partnership"),
        ),
    ],
)  # fmt: skip
def test_the_body_of_a_title_over_two_lines_is_the_one_that_met(tmp_path: Path, text: str, expected: tuple) -> None:
    assert meeting_named(parsed_text(tmp_path, text)) == expected
    x = extract(parsed_text(tmp_path, text))
    assert {r.requester.key for r in x.requests} == {expected[0]}


def test_a_title_cut_after_its_joining_word_goes_on_in_the_next_line() -> None:
    report = make_report(
        "Danube Frequency Planning Network", "Novi Sad, 9 May 2031",
        title="REPORT OF THE SECOND MEETING OF THE TECHNICAL BOARD OF THE",
    )  # fmt: skip
    texts = lead_texts(report, list(report.paragraphs))
    assert texts[0] == (
        None, "REPORT OF THE SECOND MEETING OF THE TECHNICAL BOARD OF THE Danube Frequency Planning Network"
    )  # fmt: skip
    assert texts[1][1] == "Novi Sad, 9 May 2031"  # a dateline is no rest of a name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # in capitals: the owner on the next line is no body of its own that met
            "REPORT OF THE FOURTH MEETING OF THE GOVERNING COUNCIL OF THE\nALPINE RADIO MONITORING NETWORK\n\n"
            "Chur, 14-15 May 2031\n\n1. The Governing Council held its fourth meeting in Chur on 14 and 15 May "
            "2031.\n\n"
            "2. The Council invited members to send their monitoring data by 30 June 2031.\n",
            (
                "governing-council-of-the-alpine-radio-monitoring-network",
                4,
                "Governing Council of the Alpine Radio Monitoring Network",
            ),
        ),
        (
            "REPORT OF THE MEETING OF THE REVIEW PANEL OF THE\nBALTIC EMERGENCY ALERTS PROJECT\n\n"
            "Vilnius, 2 October 2031\n\n1. The Review Panel met in Vilnius on 2 October 2031.\n",
            (
                "review-panel-of-the-baltic-emergency-alerts-project",
                None,
                "Review Panel of the Baltic Emergency Alerts Project",
            ),
        ),
    ],
)  # fmt: skip
def test_the_body_of_a_title_cut_after_its_joining_word_is_named_whole(
    tmp_path: Path, text: str, expected: tuple
) -> None:
    found = meeting_named(parsed_text(tmp_path, text))
    assert found is not None and (found[0], found[1], found[3]) == expected
