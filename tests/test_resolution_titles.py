"""A resolution text's own title is a citation of it; a resolution adopted at a conference
named by its code (``Resolution 245 (WRC-19)``) is that conference's."""

from __future__ import annotations

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.resolutions import find_resolutions


@pytest.mark.parametrize(
    ("title", "issuer", "number"),
    [
        ("RESOLUTION 64 (Rev. Hammamet, 2016)", "wtsa", "64"),
        ("RESOLUTION 1377 (C19)", "itu-council", "1377"),
        ("Resolution 21 (Rev. Buenos Aires, 2017)", "wtdc", "21"),
    ],
)
def test_the_title_of_a_resolution_text_cites_it(title: str, issuer: str, number: str) -> None:
    report = make_report("The Assembly, recalling its earlier decisions, resolves to continue the work.", title=title)
    (found,) = find_resolutions(report)
    assert (found.issuer, found.number, found.paragraphs) == (issuer, number, (1,))


def test_a_report_without_a_title_cites_only_its_paragraphs() -> None:
    assert find_resolutions(make_report("No resolution is cited here.")) == ()


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("The meeting reviewed Resolution 233 (WRC-12) on the agenda item.", "wrc"),
        ("Delegates recalled Resolution 88 (WTSA-16) and its annex.", "wtsa"),
        ("Resolution 37 (WTDC-17) asks for the same.", "wtdc"),
    ],
)
def test_a_resolution_adopted_at_a_conference_named_by_code(text: str, issuer: str) -> None:
    (found,) = find_resolutions(make_report(text))
    assert found.issuer == issuer
    assert found.revision_kind is None
