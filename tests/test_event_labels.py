"""A numbered meeting of a body outside the catalogue is labelled with the body's name, not its key
(``6th meeting of the Steering Group on Rural Connectivity``, not ``... of the sgrc``): the event readers label with
a key when they know no name for it, and the report's bodies, found later, name it. Bodies, people, places and
dates are our own.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.body_names import BodyName, body_index
from wsiskg.ingest.extract.event_labels import _named

REPORTS = [
    (
        "Report of the fifth meeting of the Steering Group on Rural Connectivity (SGRC)\n\nLima, 3-4 May 2031\n\n"
        "1 Opening\n\n1.1 The fifth meeting of the Steering Group on Rural Connectivity was held in Lima on 3 and "
        "4 May 2031.\n\n1.2 The Group recalled the conclusions of its 4th meeting (10 January 2031) and agreed that "
        "the 6th meeting would be held in Quito on 4 October 2031.\n",
        "Steering Group on Rural Connectivity",
    ),
    (
        "SUMMARY OF THE SECOND MEETING OF THE ISLAND BACKHAUL TASK FORCE (IBTF)\n\nApia, 12 February 2032\n\n"
        "1 The Island Backhaul Task Force held its second meeting in Apia on 12 February 2032.\n\n"
        "2 The Task Force agreed to hold its 3rd meeting on 9 July 2032 in Suva.\n",
        "Island Backhaul Task Force",
    ),
    (
        "Andean Committee on Numbering\n\nReport of the seventh meeting\n\nQuito, 2-3 June 2033\n\n"
        "1 The Andean Committee on Numbering met in Quito on 2 and 3 June 2033.\n\n"
        "2 The Committee decided that its 8th meeting would take place on 14 November 2033.\n",
        "Andean Committee on Numbering",
    ),
]


@pytest.mark.parametrize(("text", "name"), REPORTS)
def test_a_numbered_meeting_of_a_body_outside_the_catalogue_is_labelled_with_its_name(
    tmp_path: Path, text: str, name: str
) -> None:
    ex = extract(parsed_text(tmp_path, text))
    numbered = [e.name for e in ex.events if " meeting of the " in e.name]
    assert numbered, [e.name for e in ex.events]
    assert all(label.endswith(f"of the {name}") for label in numbered), numbered


def test_a_catalogue_body_s_meeting_keeps_its_label(tmp_path: Path) -> None:
    text = (
        "Report of the 38th meeting of the Council Working Group on WSIS&SDG\n\nGeneva, 1 October 2031\n\n"
        "1 The Group agreed that its 39th meeting would be held on 3 February 2032.\n"
    )
    names = [e.name for e in extract(parsed_text(tmp_path, text)).events]
    assert any(n.startswith("39th meeting of the Council Working Group") for n in names), names


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("6th meeting of the sgrc", "6th meeting of the Steering Group on Rural Connectivity"),
        ("2nd session of the andean-committee-on-numbering", "2nd session of the Andean Committee on Numbering"),
        # a key no body of the report has, and a name already written, stay as they are
        ("6th meeting of the xyz-panel", "6th meeting of the xyz-panel"),
        ("6th meeting of the SGRC", "6th meeting of the SGRC"),
        ("meeting of the whole", "meeting of the whole"),
    ],
)
def test_only_a_key_of_the_report_s_bodies_at_the_label_s_end_is_written_as_its_name(label: str, expected: str) -> None:
    names = {
        "sgrc": "Steering Group on Rural Connectivity",
        "andean-committee-on-numbering": "Andean Committee on Numbering",
    }
    assert _named(label, names) == expected


@pytest.mark.parametrize(
    ("key", "written", "expected"),
    [
        # the catalogue's name wins over the name as written (an acronym, another form)
        ("tide-commission", "TC", "Pacific Tide Commission"),
        ("tide-commission", None, "Pacific Tide Commission"),
        ("lagoon-board", "Lagoon Survey Board", "Lagoon Survey Board"),
        # a body of no catalogue: the name as written, else its key (renamed after extraction: _named)
        ("reef-panel", "Reef Monitoring Panel", "Reef Monitoring Panel"),
        ("reef-panel", None, "reef-panel"),
        ("reef-panel", "", "reef-panel"),
    ],
)
def test_a_numbered_meeting_s_body_is_labelled_by_one_helper(key: str, written: str | None, expected: str) -> None:
    """``BodyIndex.label``: the one reader of a label's body name (every label of a numbered meeting in ``events``
    and ``event_forms``, ``4th meeting of the {label}``, reads it; none spells ``info.name if info else ...``)."""
    bodies = (
        BodyName("tide-commission", "Pacific Tide Commission", "TC"),
        BodyName("lagoon-board", "Lagoon Survey Board"),
    )
    assert body_index(bodies).label(key, written) == expected


def test_no_event_reader_spells_its_own_body_label() -> None:
    root = Path(__file__).resolve().parents[1] / "ingest" / "extract"
    spelt = [
        f"{p.name}:{i}"
        for p in sorted(root.glob("*.py"))
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"info\.name if info else", line) and p.name != "body_names.py"
    ]
    assert not spelt, spelt
