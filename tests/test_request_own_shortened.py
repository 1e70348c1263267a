"""Who asks when the meeting body is read twice, once under its name cut short before a lower-case word
(``Focus Group on X to support Y (FG-XY)``: a body ``Focus Group on X`` besides ``FG-XY``) (issue 8, round 33):
``The Focus Group requested ...`` is the meeting body, labelled and keyed as it is, not the cut name
(``requests._Reader.resolve`` with ``request_items._own_shortened``). Every name, code and sentence is invented."""

from __future__ import annotations

import pytest

from wsiskg.ingest.extract import extract
from wsiskg.ingest.records import Paragraph, ParsedReport, Section


def _report(title: str, *texts: str) -> ParsedReport:
    paras = tuple(Paragraph(i + 1, "front", t, "heading" if i == 0 else "body") for i, t in enumerate(texts))
    return ParsedReport("t.txt", "text/plain", title, (Section("front", title, None, 1),), paras)


@pytest.mark.parametrize(
    ("title", "name", "chair", "sentence", "key", "whom"),
    [
        (
            "Report of the 3rd meeting — Seoul, 3–5 May 2031 (QKD-O-021)",
            "Focus Group on Quantum Key Distribution to support Secure Networks & Services (FG-QKD)",
            "Chairman, Mr A. Kim, Republic of Korea",
            "The Focus Group requested the WG1 co-chairs to produce a first draft of the framework by 31 August 2031.",
            "fg-qkd",
            "WG1 co-chairs",
        ),
        (
            "Report of the 4th meeting — Suva, 6–8 March 2031 (RCS-O-004)",
            "Expert Group on Rural Connectivity to serve Remote Island States & Territories (EG-RCS)",
            "Chair, Ms B. Lo, Fiji",
            "The Expert Group invited members to send comments by 1 May 2031.",
            "eg-rcs",
            "members",
        ),
        (
            "Report of the 2nd meeting — Lima, 9–10 June 2031 (SPD-O-009)",
            "Working Group on Spectrum Pricing to assist Developing Economies & Regulators (WG-SPD)",
            "Chairman, Mr C. Rojas, Peru",
            "The Working Group asked the rapporteurs to circulate the draft report.",
            "wg-spd",
            "the rapporteurs",
        ),
    ],
)
def test_the_meeting_body_under_its_name_cut_short_asks_as_the_meeting_body(
    title: str, name: str, chair: str, sentence: str, key: str, whom: str
) -> None:
    x = extract(_report(title, name, chair, sentence))
    assert x.meeting is not None and x.meeting.body == key
    full = name.rsplit(" (", 1)[0]
    assert [(r.requester.key, r.requester.label, [a.label for a in r.addressees]) for r in x.requests] == [
        (key, full, [whom])
    ]
