"""The body that met, outside the catalogue, takes the acronym a bracket in the lead defines for the first words of
its name, the rest of the name written after the bracket (round 57, ``own_meeting._head_acronym``, read by
``in_full``): a header ``Informal Experts Group for the 7th X Forum (XF-28) Second meeting – virtual, ...`` over a
lead ``... convened the Informal Experts Group (IEG) for XF-28 ...`` names the group in full, with the acronym
``IEG`` (decision 45: the full name as the header writes it, the short form that is an acronym as its acronym).
Our own names, places and days."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import meeting_body_names, parsed_text

_REPORT = """Chairman's report

{header}

{symbol}

{lead}

The meeting was chaired by Ms Aino Rautio-Kamau ({country}). Two Vice-Chairs were designated.

The next meeting will be announced by the secretariat.
"""

_CASES = [
    (
        "Informal Experts Group for the 7th World Telecommunication/ICT Policy Forum (WTPF-28) Second meeting – "
        "virtual, 3-4 March 2027",
        "WTPF-28/IEG-2/9",
        "Under Council Decision 702, the Secretary-General convened the Informal Experts Group (IEG) for WTPF-28, open "
        "to all Member States and Sector Members. The second meeting was held online on 3 and 4 March 2027.",
        "Finland",
        "IEG",
    ),
    (
        "Ad Hoc Working Group on Spectrum Pricing in Small Island States First meeting – Suva, 4-5 May 2031",
        "AHWG-SP/1/6",
        "The Ad Hoc Working Group (AHWG) on Spectrum Pricing in Small Island States held its first meeting in Suva on "
        "4 and 5 May 2031.",
        "Fiji",
        "AHWG",
    ),
    (
        "Regional Expert Panel for Digital Skills in the Andean Region Third meeting – Lima, 9-10 October 2030",
        "REP-DS/3/4",
        "The Regional Expert Panel (REP) for Digital Skills in the Andean Region met in Lima on 9 and 10 October 2030.",
        "Peru",
        "REP",
    ),
]


@pytest.mark.parametrize(("header", "symbol", "lead", "country", "acronym"), _CASES)
def test_the_acronym_the_lead_defines_for_the_first_words_of_the_name(
    tmp_path: Path, header: str, symbol: str, lead: str, country: str, acronym: str
) -> None:
    text = _REPORT.format(header=header, symbol=symbol, lead=lead, country=country)
    found = meeting_body_names(parsed_text(tmp_path, text))
    assert found is not None
    assert found[1] == acronym
    assert found[0].startswith(header.split(" (")[0].split(" First")[0].split(" Third")[0][:30])


def test_a_bracket_for_words_that_do_not_open_the_name_gives_no_acronym(tmp_path: Path) -> None:
    text = _REPORT.format(
        header="Regional Expert Panel for Digital Skills in the Andean Region Third meeting – Lima, 9-10 October 2030",
        symbol="REP-DS/3/4",
        lead="The Regional Expert Panel for Digital Skills in the Andean Region met in Lima on 9 and 10 October 2030, "
        "after the Expert Panel (EP) on Skills Metrics.",
        country="Peru",
    )
    found = meeting_body_names(parsed_text(tmp_path, text))
    assert found is not None
    assert found[1] == "REP-DS"  # the document symbol's, as before
