"""Who asks in a contribution whose contributors are named only in its prose, not on a Source line
(annotation guide, decision 22: each contributing Member State asks). Every name, code and sentence here
is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text, parties

from wsiskg.ingest.extract import extract


def requesters(tmp_path: Path, text: str) -> list[tuple[str, tuple[str, ...]]]:
    """``(kind:requester, addressees)`` of each request the whole extractor reads in ``text``."""
    return [parties(x)[1:] for x in extract(parsed_text(tmp_path, text)).requests]


@pytest.mark.parametrize(
    "opening",
    [
        "Over the past two years the three contributing Administrations – Fiji, Tonga and Samoa – each drew up "
        "a national plan for coastal monitoring.",
        "The co-sponsoring Administrations (Fiji, Tonga and Samoa) have each adopted a national plan for coastal "
        "monitoring since 2029.",
        "This contribution is submitted jointly by Fiji, Tonga and Samoa. It reports on the national plans for "
        "coastal monitoring adopted since 2029.",
        "This joint contribution from the Administrations of Fiji, Tonga and Samoa reports on the national plans "
        "for coastal monitoring adopted since 2029.",
        "The national plans for coastal monitoring (joint contribution of Fiji, Tonga and Samoa) were adopted in 2029.",
    ],
)
def test_the_contributors_the_prose_names_each_ask(tmp_path: Path, opening: str) -> None:
    """The countries the text names as its contributors (in apposition to ``the contributing Administrations``,
    after ``submitted jointly by``, in brackets after ``contribution of``) each ask, when no Source line names
    them: ``The contributors propose that TDAG:`` and its items."""
    text = (
        f"{opening}\n\nProposals to TDAG\n\nThe contributors propose that TDAG:\n\n"
        "• instruct BDT to publish a handbook on coastal sensors;\n\n"
        "• invite Member States to share their monitoring data.\n"
    )
    assert (
        requesters(tmp_path, text) == [(c, ("body:tdag",)) for c in ("country:FJI", "country:TON", "country:WSM")] * 2
    )


@pytest.mark.parametrize(
    "subject",
    ["The undersigned propose", "We propose", "They propose", "Namibia and Botswana propose"],
)
def test_any_voice_of_the_named_contributors_asks_as_each(tmp_path: Path, subject: str) -> None:
    """``The undersigned``, ``We``, ``They`` and the contributors listed speak for the contributors the prose
    names (here two, after ``submitted jointly by``)."""
    text = (
        "This document is submitted jointly by Botswana and Namibia. It describes the shared spectrum plan "
        "along their border.\n\n"
        f"{subject} that the Radio Regulations Board review the shared plan before 2032.\n"
    )
    assert requesters(tmp_path, text) == [
        (c, ("body:radio-regulations-board",)) for c in ("country:BWA", "country:NAM")
    ]


def test_one_country_the_prose_names_as_contributor_asks(tmp_path: Path) -> None:
    text = (
        "This contribution from the Kingdom of Lesotho presents the results of a rural coverage survey.\n\n"
        "The contributor invites the Group to request BDT to publish the survey.\n"
    )
    assert requesters(tmp_path, text) == [("country:LSO", ("collective:group",))]


def test_a_source_line_names_the_contributors_before_the_prose_does(tmp_path: Path) -> None:
    """The cover block decides: a country the prose names beside it (a partner) does not ask."""
    text = (
        "Source: Republic of Peru\n\nTitle: Rural coverage\n\n"
        "1 This contribution was prepared by Peru with the support of Chile and Bolivia.\n\n"
        "2 The contributor proposes that TDAG instruct BDT to publish a survey.\n"
    )
    assert requesters(tmp_path, text) == [("country:PER", ("body:tdag",))]


def test_a_record_that_summarises_a_contribution_still_asks_as_its_meeting(tmp_path: Path) -> None:
    """A meeting's report that names a contribution's authors (``This contribution from A and B``) does
    not become their contribution: its requests stay the meeting body's."""
    text = (
        "REPORT OF THE FOURTH MEETING OF THE TELECOMMUNICATION DEVELOPMENT ADVISORY GROUP\n\n"
        "1 The Group considered Document TDAG-31/12. This contribution from Fiji and Tonga proposed a "
        "survey of coastal sensors.\n\n"
        "2 The Group invited BDT to publish the survey by May 2032.\n"
    )
    got = requesters(tmp_path, text)
    assert got and all(requester == "body:tdag" for requester, _ in got)


@pytest.mark.parametrize(
    "cover", ["Submitted jointly by Iceland and Uruguay", "Jointly submitted by: Iceland, Uruguay"]
)
def test_a_cover_line_submitted_jointly_names_each_contributor(tmp_path: Path, cover: str) -> None:
    """``Submitted jointly by X and Y`` (``submitter-cues.csv``) is a submitter's line as ``Submitted by`` is."""
    text = (
        f"{cover}\n\nTitle: Rural coverage in island states\n\n"
        "1 The undersigned invite TDAG to review the coverage targets.\n"
    )
    assert requesters(tmp_path, text) == [(c, ("body:tdag",)) for c in ("country:ISL", "country:URY")]
