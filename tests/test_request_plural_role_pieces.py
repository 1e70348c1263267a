"""``Rapporteurs, editors and liaison officers were invited ...``, ``3 Work programme 3.2 Vice-Chairs are requested
...``: a role word in the plural that names no body, read as a piece of a longer phrase (a list, a run-in heading
before it), is the group of its holders as written, as the phrase alone already was (``Rapporteurs were invited``);
the resolver read the singular post of the meeting body (``Rapporteur, Working Party 7``), which no annotation writes
for a plural (ingest/extract/agent_resolver.py, ``Resolver._holders``). Every sentence here is invented for the
test."""

from __future__ import annotations

from pathlib import Path

from extract_support import labelled_requests, parsed_text

from wsiskg.ingest.extract import extract

_REPORT = """Report of the meeting of ITU-T Study Group 7 (Optical networks), Geneva, 14-23 October 2033

1 Opening. ITU-T Study Group 7 met in Geneva from 14 to 23 October 2033, chaired by Ms Ilse Vandermeulen (Belgium).

{sentence}
"""

_BODY = "ITU-T Study Group 7 (Optical networks)"


def _asked(tmp_path: Path, sentence: str) -> list[tuple[str, str, list[str]]]:
    return labelled_requests(extract(parsed_text(tmp_path, _REPORT.format(sentence=sentence))))


def test_a_plural_role_after_a_run_in_heading(tmp_path: Path) -> None:
    got = _asked(tmp_path, "5 Next steps 5.2 Rapporteurs were encouraged to hold electronic meetings before June 2034.")
    assert got == [("body", _BODY, ["Rapporteurs"])]


def test_another_plural_role_after_a_run_in_heading(tmp_path: Path) -> None:
    got = _asked(tmp_path, "3 Work programme 3.4 Vice-Chairs are requested to review the liaison list.")
    assert got == [("body", _BODY, ["Vice-Chairs"])]


def test_a_plural_role_opening_a_list_of_groups(tmp_path: Path) -> None:
    got = _asked(tmp_path, "2 Results. Rapporteurs, editors and liaison officers were invited to update the work plan.")
    assert got == [("body", _BODY, ["Rapporteurs", "editors", "liaison officers"])]


def test_a_plural_role_beside_a_singular_post(tmp_path: Path) -> None:
    got = _asked(tmp_path, "2 Results. The study group invited the Chairman and the Vice-Chairmen to consult on dates.")
    assert got == [("body", _BODY, ["Chair, " + _BODY, "Vice-Chairmen"])]


def test_a_plural_role_of_named_bodies_is_read_as_before(tmp_path: Path) -> None:
    got = _asked(tmp_path, "2 Results. The study group invited the Chairmen of Working Parties 1 and 2 to report.")
    assert got == [("body", _BODY, ["Chairmen of Working Parties 1 and 2"])]
