"""An excerpt cut before its header whose first heading, a numbered section's further down, the parser took for its
title (round 56, ``excerpt_title.headless``, read by the ``excerpt`` and ``footer`` readers): the excerpt names its
meeting by its document symbols or the group it is about, as one with no title does. Names, symbols and dates are
our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import meeting_parts, parsed_text

from wsiskg.ingest.extract.excerpt_title import headless, opens_cut


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a line cut in lower case, a numbered heading below it, the group's symbols
            "of the revised cost recovery figures was noted by the Group.\n\n"
            "6 Budget matters\n\n"
            "6.1 The Group examined Document CWG-FHR-14/7 on the financial situation of the Union and Document "
            "CWG-FHR-14/9 from the Administration of Ghana.\n\n"
            "6.2 The Chair invited the members to send their comments to the secretariat by 30 April 2031.\n",
            ("cwg-fhr", 14),
        ),
        (  # an ellipsis opening the cut line, another heading's wording and number
            "... the draft report on affordability was accepted as a baseline.\n\n"
            "3. Liaison with other groups\n\n"
            "3.1 The Group noted the liaison statement in Document TDAG-27/12 and agreed on a reply, which the "
            "secretariat will send before the end of May.\n\n"
            "3.2 The delegate of Peru, Ms Rosa Quispe-Huamán, thanked the secretariat.\n",
            ("tdag", 27),
        ),
        (  # the first line opens with a later paragraph's number; the heading over it is the parser's title
            "4 Summary of contributions\n\n"
            "2 The Rapporteur, Mr Tomasz Wrzesień (Poland), recalled the work plan and introduced Documents "
            "CWG-FHR-12/3 and CWG-FHR-12/5 from the Administrations of Chile and Kenya.\n\n"
            "4.1 The Group agreed to continue the study of the cost of the regional presence.\n",
            ("cwg-fhr", 12),
        ),
    ],
)
def test_a_section_heading_below_a_cut_line_is_no_title(tmp_path: Path, text: str, expected: tuple) -> None:
    report = parsed_text(tmp_path, text)
    assert headless(report)
    found = meeting_parts(report)
    assert found is not None and found[:2] == expected
    assert found[2] is None  # the excerpt does not date its meeting


@pytest.mark.parametrize(
    "text",
    [
        # a title of the document over its first lines
        "5G Strategies for Small Islands\n\nReport of the workshop\n\n1 The workshop was opened by the Chair.\n",
        # a title that is a date, the issue date of a circular
        "8 April 2031\n\nCircular 77\n\nTo all Member States\n\nDear Sir or Madam,\n",
    ],
)
def test_a_document_that_opens_with_its_own_title_has_one(tmp_path: Path, text: str) -> None:
    assert not headless(parsed_text(tmp_path, text))


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("of the plan was noted.", True),
        ("... the draft was accepted.", True),
        ("2 The Rapporteur recalled the work plan.", True),
        ("4.3 The Chair closed the meeting.", True),
        ("1 The meeting was opened by the Chair.", False),
        ("The Group met in Lima.", False),
        ("2031 Budget of the Union", False),
    ],
)
def test_a_first_line_going_on_from_a_cut_sentence(line: str, cut: bool) -> None:
    assert opens_cut(line) is cut
