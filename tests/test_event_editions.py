"""An edition of a catalogue series named by its ordinal is the edition the report ties that ordinal to
(``ingest/extract/event_editions.py``)."""

from __future__ import annotations

from datetime import date

from extract_support import make_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.event_editions import ordinal_editions


def _keys(*texts: str) -> list[tuple[str, date | None]]:
    return [(e.key, e.start) for e in extract(make_report(*texts)).events]


def test_the_ordinal_named_again_is_the_edition_a_header_codes() -> None:
    assert _keys(
        "Document WTPF-33/9",
        "SEVENTH WORLD TELECOMMUNICATION/ICT POLICY FORUM (WTPF-33) Nairobi, 14-16 March 2033",
        "OPINION 2 Fostering open data for development The seventh World Telecommunication/ICT Policy Forum "
        "(Nairobi, 2033), considering a) the outcomes of WTDC-29;",
    ) == [("wtpf-33", date(2033, 3, 14)), ("wtdc-29", None)]


def test_the_ordinal_in_a_speech_is_the_edition_coded_in_its_heading() -> None:
    assert _keys(
        "GSR34/SPEECH/2",
        "Fourteenth Global Symposium for Regulators (GSR-34)",
        "Apia, Samoa, 5-7 June 2034",
        "Opening remarks by Ms Tala Leota, Director, Telecommunication Development Bureau",
        "Distinguished regulators, it is an honour to open the fourteenth Global Symposium for Regulators in Apia.",
        "The results will be presented at GSR-35, which will be held in Dili from 4 to 6 June 2035.",
    ) == [("gsr-34", date(2034, 6, 5)), ("gsr-35", date(2035, 6, 4))]


def test_a_code_written_before_the_ordinal_ties_them_too() -> None:
    report = make_report(
        "GSR-34 – 14th Global Symposium for Regulators",
        "Delegates met at the fourteenth Global Symposium for Regulators.",
    )
    merged = {
        "gsr-34": {"name": "Global Symposium for Regulators 2034"},
        "fourteenth-global-symposium-for-regulators": {"name": "fourteenth Global Symposium for Regulators"},
    }
    assert ordinal_editions(report, merged) == {"fourteenth-global-symposium-for-regulators": "gsr-34"}


def test_another_ordinal_or_no_tie_merges_nothing() -> None:
    merged = {
        "gsr-34": {"name": "Global Symposium for Regulators 2034"},
        "thirteenth-global-symposium-for-regulators": {"name": "thirteenth Global Symposium for Regulators"},
    }
    tied = make_report("Fourteenth Global Symposium for Regulators (GSR-34)", "The thirteenth one was held in Lome.")
    untied = make_report("The fourteenth Global Symposium for Regulators will be held in 2034 (see GSR-34 website).")
    assert ordinal_editions(tied, merged) == {}
    assert (
        ordinal_editions(untied, {**merged, "fourteenth-gsr": {"name": "fourteenth Global Symposium for Regulators"}})
        == {}
    )


def test_an_edition_merged_otherwise_stays_one_event() -> None:
    keys = _keys(
        "Subject: Seventh World Telecommunication/ICT Policy Forum (WTPF-33) - new dates",
        "The Council decided to postpone the Seventh World Telecommunication/ICT Policy Forum (WTPF) to 14-16 "
        "March 2033, in Nairobi.",
    )
    assert len([k for k, _ in keys if k.startswith("wtpf")]) == 1
