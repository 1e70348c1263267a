"""The words that open a sentence before its subject (``request_verbs.intro_lead``, words in
``ingest/data/request-openings.csv``): the preambular forms of UN and ITU texts and outcome documents
(``Taking into account X,``, ``Bearing in mind X,``, ``Recalling X,``, ``Noting with appreciation X,``) are
skipped like ``Having considered X,`` and ``Following the discussion,``, so the subject after the comma asks.
Every sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.request_verbs import intro_lead
from wsiskg.ingest.tables import data_rows


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        ("Taking into account Resolution 88 (Rev. Lima, 2030), the participants:", "the participants:"),
        (
            "Bearing in mind the timetable of WTDC-33, the Forum requested BDT to act.",
            "the Forum requested BDT to act.",
        ),
        ("Recalling the Apia Declaration, the Ministers invite ...", "the Ministers invite ..."),
        ("Noting with appreciation the offer of Tonga, Member States are invited ...", "Member States are invited ..."),
        ("Taking note of the survey on tide gauges, the Group urged ...", "the Group urged ..."),
        ("Mindful of the budget, the Chair asked ...", "the Chair asked ..."),
        ("Keeping in mind the deadline, the secretariat was requested ...", "the secretariat was requested ..."),
        ("Having considered the report, the Group:", "the Group:"),
        ("Finally, the Regulator invites ...", "the Regulator invites ..."),
    ],
)
def test_an_opening_phrase_is_skipped_to_the_subject(sentence: str, rest: str) -> None:
    m = intro_lead().match(sentence)
    assert m is not None and sentence[m.end() :] == rest


@pytest.mark.parametrize(
    "sentence",
    [
        "Acting Chair Ms Lupe Tavita invited the rapporteurs to finish their work.",
        "Considerable progress was made, and the Group invited BDT to report.",
        "Member States, recalling Resolution 88, invited BDT to report.",
    ],
)
def test_a_subject_is_no_opening(sentence: str) -> None:
    m = intro_lead().match(sentence)
    assert m is None or m.end() == 0


def test_the_openings_are_data() -> None:
    rows = data_rows("request-openings.csv")
    assert {r["kind"] for r in rows} == {"opening", "adverb", "condition", "no-condition"}
    assert {"Taking into account", "Bearing in mind", "Recalling", "Noting"} <= {r["words"] for r in rows}
    assert {"Provided that", "As long as"} <= {r["words"] for r in rows if r["kind"] == "condition"}


_OUTCOMES = {
    "participants": """Regional Forum on Coastal Networks (RFCN)
Outcome of the third meeting, Valparaiso, 4-5 May 2031

3. The participants thanked the host administration.

4. Taking into account Resolution 88 (Rev. Lima, 2030), the participants:
4.1 request the Telecommunication Development Bureau to prepare a study on tide sensors;
4.2 invite Member States to nominate focal points.
""",
    "council": """Island Broadband Council (IBC)
Report of the second meeting, Suva, 8-9 September 2032

2. Bearing in mind the Suva Declaration of 2030, the Council:
a) request the Telecommunication Development Bureau to prepare a study on tide sensors;
b) invite Member States to nominate focal points.
""",
    "group": """Summary of the seventh meeting of the Reef Monitoring Group (RMG), Male, 2-3 March 2033

5. Recognizing the work done by the rapporteurs, the Group:
- requested the Telecommunication Development Bureau to prepare a study on tide sensors;
- invited Member States to nominate focal points.
""",
}


@pytest.mark.parametrize("name", sorted(_OUTCOMES))
def test_a_list_lead_after_a_preambular_phrase_asks_each_item(tmp_path: Path, name: str) -> None:
    x = extract(parsed_text(tmp_path, _OUTCOMES[name]))
    assert x.meeting is not None
    got = [(r.verb, r.requester.key, tuple(a.key for a in r.addressees)) for r in x.requests]
    assert ("request", x.meeting.body, ("itu-bdt",)) in got
    assert ("invite", x.meeting.body, ("member-states",)) in got


def test_the_opening_phrase_names_no_addressee(tmp_path: Path) -> None:
    text = """Summary of the fifth meeting of the Lagoon Spectrum Group (LSG), Apia, 3-4 June 2032

4. Noting with appreciation the offer of Fiji, Members of the Group are invited to send comments by 1 August 2032.
"""
    (r,) = extract(parsed_text(tmp_path, text)).requests
    assert [a.label for a in r.addressees] == ["Members of the Group"]


@pytest.mark.parametrize(
    ("lead", "subject", "whom"),
    [
        (
            "In accordance with No. 40 of the General Rules of conferences, assemblies and meetings of the Union,",
            "Member States are invited to submit their proposals by 1 May 2031.",
            ["Member States"],
        ),
        (
            "Under the rules of procedure of councils, committees and working groups of the Sector,",
            "the rapporteurs were requested to report on their work.",
            ["the rapporteurs"],
        ),
        (
            "In line with the practice of agencies, funds and programmes of the United Nations system,",
            "regulators were asked to share their data.",
            ["regulators"],
        ),
    ],
)
def test_an_opening_phrase_ending_in_a_list_whose_last_item_says_whose_names_no_addressee(
    tmp_path: Path, lead: str, subject: str, whom: list[str]
) -> None:
    """The list of lower-case words inside the opening (``of A, B and C of the Union,``) is no list of subjects."""
    m = intro_lead().match(f"{lead} {subject}")
    assert m is not None and f"{lead} {subject}"[m.end() :] == subject
    header = "Summary of the fifth meeting of the Lagoon Spectrum Group (LSG), Apia, 3-4 June 2032"
    text = f"{header}\n\n4. {lead} {subject}\n"
    (r,) = extract(parsed_text(tmp_path, text)).requests
    assert [a.label for a in r.addressees] == whom
