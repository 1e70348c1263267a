"""One list of header-field labels (``header_fields.csv``) for every reader of a cover block.

Before it, the genre reader split a run-together header line only at ``Source:``/``Title:``, the
language-field test knew only ``Original:``, and a heading was cut only at ``Original:``/``Language:``.
"""

from __future__ import annotations

import pytest

from wsiskg.ingest.extract.header_fields import field_labels, line_fields
from wsiskg.ingest.extract.heading_fields import _fields_cut
from wsiskg.ingest.extract.submitters import language_field


def test_each_label_takes_one_kind_of_value() -> None:
    assert set(field_labels("language")) >= {"Original", "Language"}
    assert set(field_labels("who")) == {"Source"}
    assert set(field_labels("topic")) == {"Agenda item"}
    assert {"Meeting name", "Event"} <= set(field_labels("meeting"))  # a form's label before its meeting's name
    assert set(field_labels()) == set(field_labels("language", "who", "title", "topic", "date", "meeting"))


@pytest.mark.parametrize(
    "line", ["Original: Portuguese", "Language: French", "Arabic only", "ORIGINAL: English/Spanish"]
)
def test_a_line_ending_in_the_language_field(line: str) -> None:
    assert language_field(line)


@pytest.mark.parametrize("line", ["Source: Republic of Ghana", "Title: Draft report", "Original proposals"])
def test_other_lines_are_no_language_field(line: str) -> None:
    assert not language_field(line)


def test_a_run_together_header_line_splits_at_every_field_label() -> None:
    line = "Document TDAG-31/7-E, 4 June 2034 Original: French Source: Kingdom of Bhutan Title: Draft plan"
    assert line_fields(line) == [
        "Document TDAG-31/7-E, 4 June 2034",
        "Original: French",
        "Source: Kingdom of Bhutan",
        "Draft plan",
    ]


@pytest.mark.parametrize("label", ["Original: Russian", "Language: Arabic", "Source: Chair", "Title: Report"])
def test_a_heading_is_cut_before_any_field_label_after_its_acronym(label: str) -> None:
    assert _fields_cut(f"Regional Preparatory Meeting for the Arab States (RPM-ARB) {label}") == (
        "Regional Preparatory Meeting for the Arab States (RPM-ARB)"
    )


def test_a_topic_field_is_no_field_of_the_genre() -> None:
    line = "Agenda item: Highlights of the regional forums Document C35/12-E Original: English"
    assert line_fields(line) == ["Original: English"]
    assert line_fields("AGENDA ITEM: PL 2.4") == []
