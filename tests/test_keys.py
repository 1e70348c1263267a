"""Name keys and slugs (ingest/extract/keys.py)."""

from __future__ import annotations

import pytest

from wsiskg.ingest.extract.keys import clean_name, deglue, name_key, slug, strip_honorifics


@pytest.mark.parametrize(
    "name",
    [
        "Prof. Dr Vladimir Minkin",
        "Prof. Vladimir Minkin",
        "VLADIMIR MINKIN",
        "Vladimir  Minkin",
        "VladimirMinkin",
        "Mr. Vladimir Minkin (Russian Federation)",
        "H.E. Mr. Vladimir Minkin,",
        "Vladímir Mínkin",
    ],
)
def test_name_key_ignores_honorifics_case_accents_punctuation_and_glue(name: str) -> None:
    assert name_key(name) == "vladimir-minkin"


@pytest.mark.parametrize(
    ("name", "key", "clean"),
    [
        ("Ms ClarisaEstol", "clarisa-estol", "Clarisa Estol"),
        ("John McDonald", "john-mcdonald", "John McDonald"),
        ("JohnMcDonald", "john-mcdonald", "John McDonald"),
        ("Anna DeLuca", "anna-deluca", "Anna DeLuca"),
        ("Mr. Mansour Al-Qurashi", "mansour-al-qurashi", "Mansour Al-Qurashi"),
        ("H.E. Mr. Jan van der Berg", "jan-van-der-berg", "Jan van der Berg"),
        ("Mr. Sean O'Brien", "sean-obrien", "Sean O'Brien"),
        ("Dr. José Núñez", "jose-nunez", "José Núñez"),
        ("Eng. Ahmad Reza", "ahmad-reza", "Ahmad Reza"),
    ],
)
def test_name_key_particles_prefixes_and_hyphens(name: str, key: str, clean: str) -> None:
    assert name_key(name) == key
    assert clean_name(name) == clean


def test_strip_honorifics_normalises_and_keeps_order() -> None:
    assert strip_honorifics("Prof. Dr Vladimir Minkin") == ("Prof. Dr", "Vladimir Minkin")
    assert strip_honorifics("Mr Zhao") == ("Mr.", "Zhao")
    assert strip_honorifics("H.E.Mr. Ali Baba") == ("H.E. Mr.", "Ali Baba")
    assert strip_honorifics("Dr") == (None, "Dr")  # a lone honorific is no name


def test_deglue_keeps_surname_prefixes() -> None:
    assert deglue("ClarisaEstol") == "Clarisa Estol"
    assert deglue("McDonald") == "McDonald"
    assert deglue("MacArthur") == "MacArthur"
    assert deglue("ITU") == "ITU"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WSIS Forum 2022", "wsis-forum-2022"),
        ("CWG-WSIS&SDG", "cwg-wsis-sdg"),
        ("ITU’s Roadmap", "itu-roadmap"),
        ("  Égalité / Fraternité ", "egalite-fraternite"),
    ],
)
def test_slug(text: str, expected: str) -> None:
    assert slug(text) == expected
