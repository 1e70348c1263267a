"""``the panellists listed in the table``, ``the experts named in Annex 2``: a group and a participle that points at
where the text lists its members (``addressee-words.csv`` kind ``listing``) is one addressee, as written, as a group
with a participle in ``-ing`` is (``Delegates requiring an entry visa``); the resolver read no agent in such a phrase
of five words and more, so the request was lost (ingest/extract/request_addressees.py, ``_qualified``). Every
sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

from extract_support import labelled_requests, parsed_text

from wsiskg.ingest.extract import extract

_PAPER = """Intersessional panel 2032
Issues paper prepared by the UNCTAD secretariat

1. The panel will review national strategies for open data in the least developed countries.

2. {sentence}
"""


def _asked(tmp_path: Path, sentence: str) -> list[tuple[str, str, list[str]]]:
    return labelled_requests(extract(parsed_text(tmp_path, _PAPER.format(sentence=sentence))))


def test_a_chair_with_his_post_asks_the_panellists_listed_in_the_table(tmp_path: Path) -> None:
    got = _asked(
        tmp_path,
        "The Chair of the Commission, H.E. Mr Tomasz Wielgosz-Marek (Poland), has asked the panellists listed in "
        "the table to send their slides one week before the panel.",
    )
    assert got == [("person", "Tomasz Wielgosz-Marek", ["panellists listed in the table"])]


def test_the_experts_named_in_an_annex(tmp_path: Path) -> None:
    got = _asked(tmp_path, "UNESCO invited the experts named in Annex 3 to review the draft chapters by 4 May 2032.")
    assert got == [
        ("body", "United Nations Educational, Scientific and Cultural Organization", ["experts named in Annex 3"])
    ]


def test_the_institutions_identified_in_the_survey(tmp_path: Path) -> None:
    got = _asked(
        tmp_path, "Ms Hana Kobayashi-Reyes (Japan) urged the institutions identified in the survey to share their data."
    )
    assert got == [("person", "Hana Kobayashi-Reyes", ["institutions identified in the survey"])]


def test_a_group_with_no_such_participle_is_read_as_before(tmp_path: Path) -> None:
    got = _asked(tmp_path, "UNESCO invited the experts in the room to review the draft chapters.")
    assert got == [("body", "United Nations Educational, Scientific and Cultural Organization", ["the experts"])]
