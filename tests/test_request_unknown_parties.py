"""A request whose subject is an acronym no catalogue knows (``The KRPG requested ...``) is that body's;
an acronym in the plural (``NRAs``) is a collective. A function word in capitals or a roman numeral is
no body. Every sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import kinds_report as kinds
from extract_support import parties
from extract_support import requests_of as run

from wsiskg.ingest.extract.request_subjects import unknown_acronym


def _parties(sentence: str) -> list[tuple[str, str, tuple[str, ...]]]:
    r = kinds(
        ("The Lowland Spectrum Forum held its fourth meeting in Tallinn in 2031.", "body"),
        (sentence, "body"),
    )
    return [parties(x) for x in run(r, "")]


@pytest.mark.parametrize(
    ("sentence", "requester"),
    [
        ("The KRPG requested the Secretariat to circulate the draft report.", "body:krpg"),
        ("The ZTPB asked the Secretariat to publish the survey results.", "body:ztpb"),
        ("QVNF invited the Secretariat to prepare a study on satellite fees.", "body:qvnf"),
        ("The NRAs requested the Secretariat to compile their replies.", "collective:nras"),
    ],
)
def test_an_unknown_acronym_subject_asks(sentence: str, requester: str) -> None:
    got = _parties(sentence)
    assert len(got) == 1
    assert got[0][1] == requester
    assert got[0][2] == ("collective:secretariat",)


@pytest.mark.parametrize(
    ("phrase", "label"),
    [("The KRPG", "KRPG"), ("ZTPB-EX", "ZTPB-EX"), ("The NRAs", "NRAs")],
)
def test_the_label_is_the_acronym_as_written(phrase: str, label: str) -> None:
    ref = unknown_acronym(phrase)
    assert ref is not None and ref.label == label


@pytest.mark.parametrize("phrase", ["WHO", "The III", "The KRPG Chair", "Annex 3", "The IT", "The Krpg"])
def test_no_body_from_a_word_numeral_or_longer_phrase(phrase: str) -> None:
    assert unknown_acronym(phrase) is None
