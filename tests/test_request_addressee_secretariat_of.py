"""``the secretariat of the Group``, ``the secretariat of the Commission``: a secretariat named by the body it serves
is one addressee, that secretariat as written, never the secretariat and the body it serves; the body may be named
by its head noun with its article (``of the Commission``), and may be the meeting's own body
(ingest/extract/agent_resolver.py, ``_mask_secretariats``). Every sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

from extract_support import labelled_requests, parsed_text

from wsiskg.ingest.extract import extract

_GROUP = """Council Working Group on Rural Broadband (CWG-RB)
Report of the fifth meeting
Geneva, 3-4 March 2031

1. The fifth meeting of the Council Working Group on Rural Broadband was held in Geneva on 3 and 4 March 2031, \
chaired by Mr Tomas Lindqvist (Sweden).

2. The Group took note of the report of the Statistical Commission on rural connectivity indicators.

3. {sentence}
"""


def _asked(tmp_path: Path, sentence: str) -> list[list[str]]:
    return [r[2] for r in labelled_requests(extract(parsed_text(tmp_path, _GROUP.format(sentence=sentence))))]


def test_the_secretariat_of_the_meeting_body_is_one_addressee(tmp_path: Path) -> None:
    got = _asked(tmp_path, "Ms Ana Duarte (Portugal) asked the secretariat of the Group to circulate the draft report.")
    assert got == [["secretariat of the Group"]]


def test_the_secretariat_of_the_meeting_body_by_a_longer_head(tmp_path: Path) -> None:
    got = _asked(tmp_path, "Mr Li Wei (China) invited the secretariat of the Working Group to publish the inputs.")
    assert got == [["secretariat of the Working Group"]]


def test_the_secretariat_of_another_body_named_by_its_head_noun(tmp_path: Path) -> None:
    got = _asked(tmp_path, "Ms Ama Owusu (Ghana) urged the secretariat of the Commission to publish the indicators.")
    assert got == [["secretariat of the Commission"]]


def test_a_summary_record_asking_the_secretariat_of_a_commission_it_reports_on(tmp_path: Path) -> None:
    text = """Economic and Social Council
Summary record of the 31st meeting
New York, 14 July 2031

1. The Council held its 31st meeting on 14 July 2031 to consider the report of the Commission on Science and \
Technology for Development.

2. Mr Karim Haddad (Lebanon) welcomed the report. He requested the secretariat of the Commission to post the \
national reviews on its website.
"""
    got = [r[2] for r in labelled_requests(extract(parsed_text(tmp_path, text)))]
    assert got == [["secretariat of the Commission"]]


def test_the_secretariat_alone_stays_the_meeting_bodys(tmp_path: Path) -> None:
    got = _asked(tmp_path, "Ms Ana Duarte (Portugal) asked the secretariat to circulate the draft report.")
    assert got == [["CWG-RB Secretariat"]]
