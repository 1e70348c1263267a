"""The one month-name alternation (:mod:`wsiskg.ingest.months`, round 61): every reader of a month's name builds it
from :func:`month_alternation`, pinned here on the cases where the ten copies it replaced differed: the UPPER-case
forms (a heading in capitals), the forms OCR wrote with a digit (``0ctober``), and ``spaces=True`` (a no-op:
no month name holds a space)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wsiskg.ingest.months import month_alternation, month_forms, month_numbers
from wsiskg.ingest.pdf_layout import _date_goes_on
from wsiskg.ingest.text import alternation

_INGEST = Path(__file__).resolve().parents[1] / "ingest"


def _whole(pattern: str, word: str) -> bool:
    return re.fullmatch(f"(?:{pattern})", word) is not None


@pytest.mark.parametrize("word", ["March", "MARCH", "Sept", "SEPT", "Sep", "0ctober", "0ct"])
def test_every_form_is_in_the_default_alternation(word: str) -> None:
    assert _whole(month_alternation(), word)


@pytest.mark.parametrize("word", ["march", "MArch", "Sept.", "Marc", "Mayday"])
def test_no_other_word_is(word: str) -> None:
    assert not _whole(month_alternation(), word)


def test_the_longest_form_wins_over_its_prefix() -> None:
    m = re.match(month_alternation(), "September 2031")
    assert m is not None and m.group(0) == "September"


def test_capitalised_forms_only_without_upper() -> None:
    assert _whole(month_alternation(upper=False), "June")
    assert _whole(month_alternation(upper=False), "0ct")  # a capitalised form OCR misread is still one
    assert not _whole(month_alternation(upper=False), "JUNE")
    assert set(month_forms(upper=False)) == {f for f in month_numbers() if f[1:].islower()}


def test_no_form_with_a_digit_without_misread() -> None:
    assert _whole(month_alternation(misread=False), "OCTOBER")
    assert not _whole(month_alternation(misread=False), "0ctober")
    assert all(f.isalpha() for f in month_forms(misread=False))


def test_every_form_has_its_month() -> None:
    assert month_numbers()["Sept"] == month_numbers()["SEPTEMBER"] == 9
    assert month_numbers()["0ct"] == 10
    assert set(month_forms()) == set(month_numbers())


def test_no_form_holds_a_space_so_spaces_changes_nothing() -> None:
    assert not any(" " in f for f in month_forms())
    assert alternation(month_forms(), spaces=True) == month_alternation()


def test_a_date_cut_by_a_line_break_reads_a_capitalised_month_only() -> None:
    # the layout's variant: the line after a cut day opens with the month as a sentence writes it
    assert _date_goes_on("contributions are due by 30", "November 2031, and the Group")
    assert not _date_goes_on("contributions are due by 30", "NOVEMBER 2031 AGENDA")
    assert not _date_goes_on("the workshop took place on 4", "Markets 2031 were discussed")


def test_only_the_months_module_builds_a_month_alternation() -> None:
    """No module of ``ingest/`` joins the month names into an alternation of its own (``alternation(...
    month_numbers() ...)``) nor reads ``months.csv`` for one; ``text.py``'s lower-case set reads this
    module's forms."""
    copies = []
    for path in sorted(_INGEST.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if path.name == "months.py":
            continue
        joined = any("alternation(" in line and "month_numbers()" in line for line in source.splitlines())
        if joined or '"months.csv"' in source:
            copies.append(path.name)
    assert copies == []


def test_the_ocr_fixers_lower_case_set_is_the_months_forms() -> None:
    # text.py reads a day OCR wrote with letters (``l5 March``) against these: no misread form, no upper case
    from wsiskg.ingest.text import _month_names

    assert {"march", "sept", "sep"} <= _month_names()
    assert not {"0ct", "0ctober", "MARCH"} & _month_names()
    assert _month_names() == {f.lower() for f in month_forms(misread=False)}
