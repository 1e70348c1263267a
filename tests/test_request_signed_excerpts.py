"""Who asks in an excerpt of a letter, a convocation or a circular cut before its header and its closing (no
genre cue; a signature block ends it): the person who signs, when that person holds no post of a meeting (a
secretary-general, an executive secretary, a department's chief), as the signatory of a letter does (annotation
guide, decision 11); an excerpt signed by a chair stays its group's record. Every name and sentence here is
invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import parsed_text

from wsiskg.ingest.extract import extract


@pytest.mark.parametrize(
    ("body", "signature"),
    [
        (
            "5. Accommodation\n\nDelegations are requested to book their hotel rooms through the host's portal by "
            "3 May 2031. National focal points are also invited to confirm the size of their delegation.",
            "Kwame Asante-Lindgren\n\nSecretary-General, Pacific Islands Postal Union",
        ),
        (
            "... the hearing on spectrum pricing takes place in Suva on 4 June 2031.\n\nInterested parties are "
            "invited to send a two-page position paper to the secretariat by 20 May 2031.",
            "María Ondrejka-Ndlovu\n\nExecutive Secretary, Ocean Data Commission",
        ),
        (
            "2. Leave\n\nEmployees planning annual leave in August are requested to enter it in the system by "
            "1 March 2031.",
            "Ingrid Solheim-Baptiste\n\nChief, Facilities Management Division",
        ),
    ],
)
def test_an_excerpt_signed_by_no_officer_of_a_meeting_asks_in_the_signatorys_name(
    tmp_path: Path, body: str, signature: str
) -> None:
    found = extract(parsed_text(tmp_path, f"{body}\n\n{signature}\n")).requests
    signer = signature.split("\n")[0]
    assert found and [(x.requester.kind, x.requester.label) for x in found] == [("person", signer)] * len(found)


def test_an_excerpt_signed_by_a_chair_stays_the_groups_record(tmp_path: Path) -> None:
    text = (
        "2.1 The Expert Group on Rural Access met in Lima on 3 and 4 June 2031. Member States were invited to send "
        "case studies to the secretariat by 1 September 2031.\n\nIlse Marquardt-Obi\n\n"
        "Chairman, Expert Group on Rural Access\n"
    )
    found = extract(parsed_text(tmp_path, text)).requests
    assert [(x.requester.kind, x.requester.key) for x in found] == [("body", "expert-group-on-rural-access")]
