"""A meeting body named in full, without an acronym, on its record's header (``COUNCIL WORKING GROUP ON X``) and
known by its acronym only in its own document's symbol (``CWG-X-14/6``): the symbol's code is the body's acronym
when it spells the name's first initials, so its requests are labelled as the annotation writes them. Every name,
code and sentence is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_RECORD = """{symbol}
{header}

Report of the {ordinal} meeting
{place}, {days}

1. The meeting was opened by the Chair, Ms Oriane Falkenrath-Mbeki (Ghana).

2. The Group invited Member States to {action}.
"""

_CASES = [
    (
        "CWG-LANG-14/6",
        "COUNCIL WORKING GROUP ON LANGUAGES",
        "CWG-LANG",
        "submit their glossaries by 1 March 2035",
    ),
    (
        "Document EG-SPX-3/6, 27 February 2034",
        "EXPERT GROUP ON SPECTRUM PRICING EXCHANGES",
        "EG-SPX",
        "share their auction results with the secretariat",
    ),
    (
        "Document SCOR-2/12",
        "STANDING COMMITTEE ON ORBITAL RESOURCES",
        "SCOR",
        "nominate a focal point before the next meeting",
    ),
]


@pytest.mark.parametrize(("symbol", "header", "acronym", "action"), _CASES)
def test_the_own_symbols_code_is_the_meeting_bodys_acronym(
    tmp_path: Path, symbol: str, header: str, acronym: str, action: str
) -> None:
    text = _RECORD.format(
        symbol=symbol, header=header, ordinal="fourth", place="Geneva", days="3-4 February 2034", action=action
    )
    x = extract(parsed_text(tmp_path, text))
    asking = [r.requester.key for r in x.requests if action in r.action]
    assert asking, [(r.requester.key, r.action) for r in x.requests]
    body = next(b for b in x.bodies if b.key == asking[0])
    assert (body.name.lower(), body.acronym) == (header.lower(), acronym)


def test_a_code_that_spells_another_name_is_no_acronym(tmp_path: Path) -> None:
    text = _RECORD.format(
        symbol="Document TDX-3/6",
        header="EXPERT GROUP ON SPECTRUM PRICING EXCHANGES",
        ordinal="third",
        place="Accra",
        days="5-6 May 2034",
        action="publish their prices",
    )
    x = extract(parsed_text(tmp_path, text))
    assert x.requests
    body = next(b for b in x.bodies if b.key == x.requests[0].requester.key)
    assert body.acronym is None
