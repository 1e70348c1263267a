"""Who asks when a record names the Rapporteur beside an Alternate Rapporteur: ``Alternate Rapporteur`` is a
post of its own (``roles.csv``, as ``Associate Rapporteur`` is), so ``The Rapporteur asked ...`` is the one person
who holds the Rapporteur's post, never the post of two holders. Every name and sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract

_HEADER_LINE = """CITEL – PCC.II
Report of the virtual meeting of the Rapporteurship on Satellite Coordination
12 March 2031

Rapporteur: Mr Tomas Ferreira-Lund (Chile); Alternate Rapporteur: Ms Anneli Koivisto-Mbeki (Jamaica)

1. The Rapporteurship reviewed six draft proposals.
2. The Rapporteur asked Peru and Ecuador to submit revised texts by 30 April 2031.
"""

_ASSISTED_BY = """Rapporteur Group on Spectrum Pricing
Report of the meeting, Geneva, 4 May 2032

The meeting was led by the Rapporteur, Dr Kwame Asante-Holt (Ghana), assisted by the Alternate Rapporteur, \
Mr Pavel Novotny-Reyes (Czech Republic).

The Rapporteur invited administrations to send their pricing data before 1 July 2032.
"""

_TWO_SENTENCES = """Rapporteurship on Emergency Communications
Summary of the second meeting, Bogotá, 9 June 2033

Ms Lucia Bernal-Okafor (Colombia), Rapporteur, opened the meeting. Mr Henrik Dahl-Mensah (Canada), Alternate \
Rapporteur, presented the work plan.

4. The Rapporteur requested Guatemala to circulate its questionnaire by 15 August 2033.
"""


@pytest.mark.parametrize(
    ("text", "requester", "addressees"),
    [
        (_HEADER_LINE, "Tomas Ferreira-Lund", ["PER", "ECU"]),
        (_ASSISTED_BY, "Kwame Asante-Holt", ["administrations"]),
        (_TWO_SENTENCES, "Lucia Bernal-Okafor", ["GTM"]),
    ],
)
def test_the_rapporteur_asks_as_its_one_holder(
    tmp_path: Path, text: str, requester: str, addressees: list[str]
) -> None:
    (r,) = extract(parsed_text(tmp_path, text)).requests
    assert (r.requester.kind, r.requester.label) == ("person", requester)
    assert [a.key for a in r.addressees] == addressees


def test_the_alternate_rapporteur_holds_a_post_of_its_own(tmp_path: Path) -> None:
    persons = {p.name: p.posts for p in extract(parsed_text(tmp_path, _HEADER_LINE)).persons}
    assert persons == {
        "Tomas Ferreira-Lund": ("rapporteurship-on-satellite-coordination/rapporteur",),
        "Anneli Koivisto-Mbeki": ("rapporteurship-on-satellite-coordination/alternate-rapporteur",),
    }
