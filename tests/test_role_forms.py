"""The one reader of a role's written forms for its key (:func:`.gazetteer.role_forms`, round 61), pinned on the
cases where the copies it replaced differed: a form two roles share (two copies kept the last role, three the first,
one every role: now every role in the file's order, the one-role readers taking the first; no form of ``roles.csv``
names two roles today), and the roles of scope ``skip`` (two copies left them out, the others kept them: now the
``titles`` switch)."""

from __future__ import annotations

import re
from pathlib import Path

from wsiskg.ingest.extract.gazetteer import RoleEntry, forms_of_role, forms_to_roles, role_forms, roles
from wsiskg.ingest.extract.name_finder import _role_re
from wsiskg.ingest.extract.person_titles import title_label, title_role

_EXTRACT = Path(__file__).resolve().parents[1] / "ingest" / "extract"


def _entry(role: str, *forms: str, scope: str = "") -> RoleEntry:
    return RoleEntry(role, forms[0], forms, scope, any_case=False)


def test_a_form_two_roles_share_names_both_in_the_files_order() -> None:
    found = forms_to_roles([_entry("convener", "Convener", "Coordinator"), _entry("coordinator", "Coordinator")])
    assert found["coordinator"] == ("convener", "coordinator")
    assert found["convener"] == ("convener",)


def test_a_form_written_twice_in_one_role_names_it_once() -> None:
    assert forms_to_roles([_entry("steward", "Steward", "STEWARD", "steward")]) == {"steward": ("steward",)}


def test_forms_are_lower_case_with_their_plurals() -> None:
    assert role_forms()["vice-chairmen"] == ("vice-chair",)
    assert "Vice-Chairmen" not in role_forms()


def test_titles_leave_out_the_roles_of_scope_skip() -> None:
    skipped = {r for r, e in roles().items() if e.scope == "skip"}
    assert skipped  # Member: a word of the file that names no post
    assert any(skipped & set(keys) for keys in role_forms().values())
    assert not any(skipped & set(keys) for keys in role_forms(titles=True).values())


def test_the_forms_of_one_role_the_other_way_round() -> None:
    assert {"vice-chair", "vice-chairmen"} <= forms_of_role("vice-chair")
    assert "chair" not in forms_of_role("vice-chair")  # a form of another role, not a prefix
    assert forms_of_role("no-such-role") == frozenset()
    assert all(forms_of_role(r) == {f.lower() for f in e.forms} for r, e in roles().items())


def test_the_one_role_readers_take_the_first() -> None:
    _, surface = _role_re()
    assert surface == {form: keys[0] for form, keys in role_forms(titles=True).items()}
    assert title_role("Vice-Chairmen") == "vice-chair" and title_label("vice-chairmen") == "Vice-Chair"
    assert title_role("the Vice-Chairmen") is None  # a title alone, nothing more


def _depth(line: str) -> int:
    return len(line) - len(line.lstrip())


def _lowers_every_role(source: str) -> bool:
    """Whether ``source`` lowers the forms of a walk over every role (``roles().values()``, ``roles().items()``) in
    that line or, for a ``for`` over them, in its block."""
    lines = source.splitlines()
    for i, line in enumerate(lines):
        if not re.search(r"roles\(\)\.(?:values|items)\(\)", line):
            continue
        block = [line]
        for later in lines[i + 1 :] if line.rstrip().endswith(":") else ():
            if _depth(later) <= _depth(line):
                break
            block.append(later)
        if any(".lower()" in n for n in block):
            return True
    return False


#: the forms of one role lowered into a set of a reader's own (``{f.lower() for f in entry.forms}``)
_ONE_ROLE_LOWERED = re.compile(r"\{f\.lower\(\) for f in [\w().\[\]]*\.forms\}")


def test_no_reader_maps_a_roles_forms_of_its_own() -> None:
    """No module but the gazetteer lowers the forms of every role into a map or a set of its own (``{f.lower() for
    e in roles().values() for f in e.forms}``), nor those of one role (:func:`forms_of_role`)."""
    copies = []
    for path in sorted(_EXTRACT.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        if path.name != "gazetteer.py" and (_lowers_every_role(source) or _ONE_ROLE_LOWERED.search(source)):
            copies.append(path.name)
    assert copies == []
