"""A ``that`` clause whose subject is a group with its members named in an aside between commas (``recommended that
all stakeholders, especially A and B, support ...``): the group and each member named are asked (annotation guide
decisions 12 and 34, as after a verb's object: ``urged all stakeholders, especially A and B, to ...``), the action
starts at the clause's verb; an aside that only qualifies the group (``, in particular those of the region,``) adds no
one (ingest/extract/request_clause_subjects.py, ``_collective_subject``). Every sentence here is invented for the
test."""

from __future__ import annotations

from pathlib import Path

from extract_support import labelled_requests, parsed_text

from wsiskg.ingest.extract import extract

_PARTY = """Working Party on Satellite Spectrum
Report of the sixth meeting
Montevideo, 8-9 October 2033

1. The sixth meeting of the Working Party on Satellite Spectrum was held in Montevideo on 8 and 9 October 2033.

2. {sentence}
"""


def _asked(tmp_path: Path, sentence: str) -> list[tuple[list[str], str]]:
    x = extract(parsed_text(tmp_path, _PARTY.format(sentence=sentence)))
    return [(r[2], q.action) for r, q in zip(labelled_requests(x), x.requests, strict=True)]


def test_a_group_and_two_bodies_singled_out(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "The Working Party recommended that regional organizations, especially the Caribbean Telecommunications "
        "Union and the Asia-Pacific Telecommunity, designate focal points for the survey.",
    )
    assert got == [
        (
            ["regional organizations", "Caribbean Telecommunications Union", "Asia-Pacific Telecommunity"],
            "designate focal points for the survey",
        )
    ]


def test_stakeholders_and_groups_named_with_including(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "The Working Party recommended that all stakeholders, including governments and academia, contribute to the "
        "spectrum toolkit.",
    )
    assert got == [(["all stakeholders", "governments", "academia"], "contribute to the spectrum toolkit")]


def test_administrations_and_countries_named_with_notably(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "The Working Party proposed that administrations, notably Paraguay and Bolivia, report on their auctions.",
    )
    assert got == [(["administrations", "Paraguay", "Bolivia"], "report on their auctions")]


def test_a_qualifier_between_commas_names_no_one(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "The Working Party recommended that Member States, in particular those of the Caribbean, support the survey.",
    )
    assert got == [(["Member States"], "support the survey")]


_LETTERED = """Regional Workshop on Broadcast Archives
Report
Windhoek, 14-15 May 2034

1. The workshop was held in Windhoek on 14 and 15 May 2034.

2. Recommendations

The workshop recommended that:

a) administrations establish a national archive focal point;

b) regional telecommunication organizations, notably CRASA and EACO, share their digitization guides with members;

c) Member States, in particular those of the Sahel, fund the training of archivists.
"""


def test_a_lettered_item_under_recommended_that_asks_the_members_too(tmp_path: Path) -> None:
    x = extract(parsed_text(tmp_path, _LETTERED))
    got = [r[2] for r in labelled_requests(x)]
    assert [len(a) for a in got] == [1, 3, 1]
    assert got[1][0] == "regional telecommunication organizations"
    assert ["Member States"] in got
