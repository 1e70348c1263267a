"""A list's subject that is the record's own body by its full name (issue 8, round 44): a name with ``and`` in it
(``for Asia and the Pacific``, ``on Oceans and Coasts``), its acronym in brackets or not, long or short, above
bulleted items (``• invited X to ...``) is the subject of the items. Before, the resolver cut the name at its
``and`` (or a name over 80 characters was read as no subject at all) and the items asked no one. Every name and
sentence is invented."""

from __future__ import annotations

import pytest
from extract_support import labelled_requests, one_section_report

from wsiskg.ingest.extract import extract

_ITEMS = (
    "• invited ITU to update the regional study on buoy tariffs;",
    "• requested the ITU Office for Oceania to circulate the presentations by 30 April 2033.",
)
_FORUM = "Regional Forum on Lagoon Telemetry and Coastal Sensing for Oceania and the Pacific Islands"
_SHORT = "Regional Forum on Buoys for Melanesia and Polynesia"


@pytest.mark.parametrize(
    ("name", "lead"),
    [
        (_FORUM, f"The {_FORUM} (RFLT-2033), held online on 12 and 13 April 2033:"),
        (_FORUM, f"The {_FORUM} (RFLT-2033):"),
        (_SHORT, f"The {_SHORT} (RFB-2033):"),
        (_SHORT, f"The {_SHORT}:"),
    ],
)
def test_the_own_body_named_in_full_asks_in_each_item(name: str, lead: str) -> None:
    acronym = "RFLT-2033" if name == _FORUM else "RFB-2033"
    opening = f"The {name} ({acronym}) was held online on 12 and 13 April 2033."
    got = labelled_requests(extract(one_section_report("CONCLUSIONS", opening, lead, *_ITEMS)))
    assert [(kind, addressees) for kind, _, addressees in got] == [
        ("body", ["International Telecommunication Union"]),
        ("body", ["ITU Office for Oceania"]),
    ]
    assert len({who for _, who, _ in got}) == 1


def test_another_body_with_and_in_its_name_is_no_own_body() -> None:
    opening = f"The {_SHORT} (RFB-2033) was held online on 12 and 13 April 2033."
    lead = "The Forum on Reefs and Atolls for Micronesia (FRAM):"
    got = labelled_requests(extract(one_section_report("CONCLUSIONS", opening, lead, *_ITEMS)))
    assert all(who != _SHORT for _, who, _ in got)
