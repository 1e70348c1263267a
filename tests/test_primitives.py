"""The extractor's primitives, one implementation each, pinned on the cases where the copies
they replaced disagreed (issue 8, Part 1): sentence and clause splitting, keys, due dates with
the document's reference date, short forms of names, CSV loading, the dash set, warnings."""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from extract_support import make_report, one_section_report

from wsiskg.ingest.extract import casing, event_holding, extract, request_items
from wsiskg.ingest.extract.author_cues import author_cues
from wsiskg.ingest.extract.bodies import acronym_written
from wsiskg.ingest.extract.datelines import dateline
from wsiskg.ingest.extract.dates import due_dates, find_dates, is_due_cue, resolve_year
from wsiskg.ingest.extract.event_met import listed_bodies
from wsiskg.ingest.extract.gazetteer import (
    auxiliaries,
    auxiliary_alternation,
    honorific_genders,
    modal_alternation,
    modals,
    roles,
)
from wsiskg.ingest.extract.keys import slug
from wsiskg.ingest.extract.rapporteur_groups import question_number
from wsiskg.ingest.extract.request_addressee_pieces import _CODE
from wsiskg.ingest.extract.warnings import english_ratio, extraction_warnings
from wsiskg.ingest.tables import data_rows, gazetteer_rows
from wsiskg.ingest.text import (
    DASH,
    DASHES,
    alternation,
    clause_spans,
    closing_year,
    plural,
    sentence_spans,
    split_sentences,
    table_cells,
)

# ------------------------------------------------------------------ sentences


def test_a_semicolon_ends_a_clause_not_a_sentence() -> None:
    text = "The Group noted the report; it invited TSB to act. Mr. Lee agreed; Ms. Ono did not."
    assert split_sentences(text) == [
        "The Group noted the report; it invited TSB to act.",
        "Mr. Lee agreed; Ms. Ono did not.",
    ]
    assert [text[a:b].strip() for a, b in clause_spans(text)] == [
        "The Group noted the report;",
        "it invited TSB to act.",
        "Mr. Lee agreed;",
        "Ms. Ono did not.",
    ]


def test_sentence_spans_tile_the_text_and_keep_abbreviations() -> None:
    text = "Dr. Rao met Prof. Ito in Rio. Resolution 140 (Rev. Dubai, 2018) applies. See No. 5 of A/RES/70/1."
    spans = sentence_spans(text)
    assert [text[a:b].strip() for a, b in spans] == [
        "Dr. Rao met Prof. Ito in Rio.",
        "Resolution 140 (Rev. Dubai, 2018) applies.",
        "See No. 5 of A/RES/70/1.",
    ]
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))


# ----------------------------------------------------------------------- keys


def test_slug_drops_possessives_the_same_way_everywhere() -> None:
    assert slug("Women's Digital Council") == slug("Women’s Digital Council") == "women-digital-council"
    assert slug("CWG-WSIS&SDG") == "cwg-wsis-sdg"


def test_a_meeting_body_with_a_possessive_outside_the_catalogue_gets_its_name() -> None:
    report = one_section_report(
        "The Women's Digital Committee held its 4th meeting on 3 May 2031 in Lisbon.",
        "The Committee agreed on its programme of work.",
    )
    found = extract(report)
    assert found.meeting is not None and found.meeting.body == "women-digital-committee"
    body = next(b for b in found.bodies if b.key == "women-digital-committee")
    assert body.name == "Women's Digital Committee"


# ----------------------------------------------------------------------- dates


def test_a_deadline_without_a_year_is_the_next_occurrence_after_the_meeting() -> None:
    september = date(2030, 9, 14)
    (due,) = due_dates("Contributions should be submitted before 1 March.", 2030, september)
    assert due.due == date(2031, 3, 1)
    (due,) = due_dates("Comments are due by 2 October.", 2030, september)
    assert due.due == date(2030, 10, 2)


def test_end_of_month_is_a_due_date_for_every_reader() -> None:
    (due,) = due_dates("to report back by the end of March 2025.", 2024)
    assert (due.due, due.kind) == (date(2025, 3, 31), "month")
    assert due_dates("The Forum was held in March 2025.", 2024) == []  # a month alone is no deadline


def test_requests_and_deadlines_read_the_same_due_date() -> None:
    report = one_section_report(
        "The 7th meeting of the Council Working Group on Child Online Protection was held on 14 September 2030.",
        "The Group invited Member States to submit contributions before 1 March.",
        "The Group requested the Secretariat to circulate the draft by the end of March 2031.",
    )
    found = extract(report)
    deadlines = sorted(d.due for d in found.deadlines)
    requests = sorted(r.deadline for r in found.requests if r.deadline)
    assert deadlines == requests == [date(2031, 3, 1), date(2031, 3, 31)]


def test_a_past_event_without_a_year_is_the_last_occurrence() -> None:
    assert resolve_year(date(2031, 12, 3), date(2031, 3, 10), future=False) == date(2030, 12, 3)
    assert resolve_year(date(2031, 1, 3), date(2031, 3, 10), future=False) == date(2031, 1, 3)
    assert resolve_year(date(2031, 2, 1), None, future=True) == date(2031, 2, 1)
    (d,) = find_dates("on 3 December", 2031)
    assert not d.year_written
    (d,) = find_dates("on 3 December 2029", 2031)
    assert d.year_written


# ---------------------------------------------------------------------- people


def test_a_short_form_shared_by_two_people_is_credited_to_neither_first_one() -> None:
    report = one_section_report(
        "Mr. Paul Smith (Kenya) and Mr. Daniel Smith (Chile) attended.",
        "Mr. Smith thanked the participants.",
    )
    persons = {p.key: p for p in extract(report).persons}
    assert set(persons) == {"paul-smith", "daniel-smith"}
    assert 2 not in persons["paul-smith"].paragraphs
    assert 2 not in persons["daniel-smith"].paragraphs


def test_a_short_form_goes_to_the_person_of_its_gender_or_the_latest_named() -> None:
    report = one_section_report(
        "Ms. Anna Berg (Sweden) and Mr. Lars Berg (Norway) attended.",
        "Ms. Berg presented the report.",
        "Mr. Omar Haddad (Jordan) spoke. Later, Mr. Karim Haddad (Egypt) spoke.",
        "Mr. Haddad thanked the Group.",
    )
    persons = {p.key: p for p in extract(report).persons}
    assert 2 in persons["anna-berg"].paragraphs and 2 not in persons["lars-berg"].paragraphs
    # both Haddads were named last in paragraph 3: nothing tells them apart
    assert 4 not in persons["omar-haddad"].paragraphs and 4 not in persons["karim-haddad"].paragraphs


def test_an_honorific_whose_forms_disagree_says_no_gender() -> None:
    # "His Excellency" and "Her Excellency" are both H.E.: H.E. alone tells no one apart
    assert honorific_genders()["Mr."] == "m" and honorific_genders()["Ms."] == "f"
    assert "H.E." not in honorific_genders()
    report = one_section_report(
        "Her Excellency Ms. Ines Varga (Hungary) and His Excellency Mr. Pal Varga (Romania) attended.",
        "H.E. Varga opened the session.",
    )
    persons = {p.key: p for p in extract(report).persons}
    assert 2 not in persons["ines-varga"].paragraphs and 2 not in persons["pal-varga"].paragraphs


# ------------------------------------------------------------- data and regexes


def test_one_csv_loader_strips_cells() -> None:
    rows = data_rows("months.csv")
    assert rows and all(k == k.strip() and v == v.strip() for r in rows for k, v in r.items())
    assert any(r["key"] == "itu" for r in gazetteer_rows("bodies.csv"))


def test_packaged_csv_files_are_read_by_the_one_loader_only() -> None:
    # the reference builder, the SDG lexicon and the word lists each had their own csv.DictReader once
    root = Path(__file__).resolve().parents[1]
    readers = sorted(
        str(p.relative_to(root))
        for top in ("core", "ingest", "server")
        for p in (root / top).rglob("*.py")
        if "DictReader(" in p.read_text(encoding="utf-8")
    )
    assert readers == ["core/resources.py"]


def test_the_dash_set_and_alternation() -> None:
    assert all(re.fullmatch(DASH, c) for c in DASHES)
    assert re.fullmatch(DASH, "a") is None
    pattern = re.compile(alternation(["Working Group", "Working Group on Languages", "a.b"], spaces=True))
    assert pattern.match("Working  Group on Languages").group(0) == "Working  Group on Languages"
    assert pattern.fullmatch("axb") is None


def test_a_closing_year_is_the_last_word_only() -> None:
    """One reader of the year that ends a name, for the events that cut a name at its year and those dated by it."""
    assert closing_year("Regional Spectrum Seminar 2031") == "2031"
    assert closing_year("Pacific ICT Week 1999") == "1999"
    assert closing_year("Forum 2031 for the Americas") is None
    assert closing_year("Meeting 12031") is None
    assert closing_year("Session 2131") is None


#: the long dashes of the set (``text.DASHES``) a writer may set a part off with: en, em, figure dash, bar, minus
_LONG_DASHES = ("\u2013", "\u2014", "\u2012", "\u2015", "\u2212")


@pytest.mark.parametrize("dash", _LONG_DASHES)
def test_every_dash_of_the_set_sets_off_a_part(dash: str) -> None:
    """Patterns that once spelt their own two or three dashes take any dash of ``text.DASHES``: a part
    after a spaced dash, an annex's title, a session's title, a list item's mark, a title's trailing dash."""
    from wsiskg.ingest.extract.deadlines import _trim
    from wsiskg.ingest.extract.documents import _AGENDA_LABEL
    from wsiskg.ingest.extract.genre import _LIST_ITEM
    from wsiskg.ingest.extract.meeting_header import _ONE_SESSION
    from wsiskg.ingest.extract.meeting_parts import _DASHED_PART
    from wsiskg.ingest.extract.own_meeting import _ORGANISER_DASH
    from wsiskg.ingest.parse import _ANNEX

    part = _DASHED_PART.search(f"Coastal Data Commission {dash} Working Group on Harbour Links")
    assert part is not None and part.group("name") == "Working Group on Harbour Links"
    organiser = _ORGANISER_DASH.match(f"Island Learning Centre {dash} Regional Workshop on Rural Schools")
    assert organiser is not None and organiser.group("org") == "Island Learning Centre"
    annex = _ANNEX.match(f"Annex 3 {dash} Terms of reference of the Harbour Group")
    assert annex is not None and annex.group("rest") == "Terms of reference of the Harbour Group"
    session = _ONE_SESSION.search(f"Delta Forum session 4 {dash} Open data for towns")
    assert session is not None and session.group("title") == "Open data for towns"
    assert _LIST_ITEM.match(f"{dash} invite the members to reply")
    assert _AGENDA_LABEL.sub("", f"Agenda item 7 {dash} Harbour tariffs") == "Harbour tariffs"
    assert _trim(f"the survey of coastal towns {dash}") == "survey of coastal towns"


@pytest.mark.parametrize("mark", ["\u2015", "\u27a4", "\u2212"])
def test_every_list_mark_opens_an_item(mark: str) -> None:
    """A list item's mark is one set, ``text.LIST_MARK`` (``BULLETS`` with every dash of ``DASHES``), in
    every reader of an item (were ``[-–•]`` or ``[-–•*]`` each)."""
    from wsiskg.ingest.extract.addressee_phrases import _COLON_DASH
    from wsiskg.ingest.extract.request_actions import _ACTION_LINE, _ADDRESSED_LINE
    from wsiskg.ingest.extract.request_clauses import _DASH_LEAD, _INLINE_DASH
    from wsiskg.ingest.extract.request_items import _OPERATIVE_PRE
    from wsiskg.ingest.extract.request_leads import _DECIDED_ITEM
    from wsiskg.ingest.extract.request_verbs import _ENUMERATOR
    from wsiskg.ingest.text import BULLETS, LIST_MARK

    assert all(c in BULLETS for c in DASHES) and re.fullmatch(LIST_MARK, mark)
    assert _DECIDED_ITEM.match(f"{mark} to endorse the harbour plan")
    assert _ENUMERATOR.match(f"{mark} to invite the towns")
    line = _ACTION_LINE.match(f"{mark} Ms Vale to circulate the survey")
    assert line is not None and line.group("who") == "Ms Vale"
    addressed = _ADDRESSED_LINE.match(f"{mark} To the Island Office: to publish the tariffs")
    assert addressed is not None and addressed.group("verb") == "publish"
    assert _COLON_DASH.search(f"the members are invited: {mark}")
    assert _OPERATIVE_PRE.match(f"{mark} To the towns").end() == len(mark) + 4
    assert _DASH_LEAD.search(f"agreed: {mark} to hold a workshop")
    assert _INLINE_DASH.search(f"the towns; and {mark} to report")


# ---------------------------------------------------------------------- warnings


def test_warnings_name_what_the_report_lacks() -> None:
    found = extract(make_report("Some text without a meeting.", "More text."))
    assert any(w.startswith("no meeting found") for w in found.warnings)
    assert any(w.startswith("no numbered structure") for w in found.warnings)
    assert all("\n" not in w for w in found.warnings)


def test_a_text_not_in_english_is_flagged() -> None:
    french = " ".join(["Le Groupe a examiné les propositions des États Membres sur la cybersécurité"] * 6)
    english = " ".join(["The Group examined the proposals of the Member States on the security of networks"] * 6)
    assert (english_ratio(english) or 0) > 0.2 > (english_ratio(french) or 1)
    assert english_ratio("too short") is None
    report = make_report(french)
    assert any("English" in w for w in extraction_warnings(report, None, None))
    assert not any("English" in w for w in extraction_warnings(make_report(english), None, None))


# ---------------------------------------------------------------------- bodies


def test_body_matching_is_the_same_for_the_meeting_and_the_actors() -> None:
    from wsiskg.ingest.extract.bodies import find_bodies
    from wsiskg.ingest.extract.meeting import find_body_names

    text = "Delegates of the CWG–WSIS &SDG met the Regional Digital Alliance (RDA) and ITU-T; the RDA agreed."
    report = one_section_report(text)
    keys = {b.key for b in find_bodies(report, None)}
    assert "cwg-wsis-sdg" in keys  # an en dash and a stray space: both readers tolerate them now
    assert "rda" in keys  # an acronym defined in the text
    assert "itu" not in keys  # "ITU-T" is no mention of ITU
    assert "cwg-wsis-sdg" in {k for k, _ in find_body_names(text)}


# ---------------------------------------------------------------------- names


def test_a_name_is_never_cut_at_a_letter_outside_ascii() -> None:
    report = one_section_report(
        "Mr. Žarko Štefanović (Serbia) welcomed the participants.",
        "Ms. Ewa Łapińska-Ørsted (Poland) and Dr Ọlábísí Adéṣínà (Nigeria) presented the report.",
        "Mr. Þórir Ægisson (Iceland) thanked Mr. Štefanović.",
    )
    persons = {p.key: p for p in extract(report).persons}
    assert persons["zarko-stefanovic"].name == "Žarko Štefanović"
    assert persons["ewa-lapinska-orsted"].name == "Ewa Łapińska-Ørsted"
    assert persons["olabisi-adesina"].name == "Ọlábísí Adéṣínà"
    assert persons["thorir-aegisson"].name == "Þórir Ægisson"
    assert 3 in persons["zarko-stefanovic"].paragraphs  # the short form is the same person
    assert set(persons) == {"zarko-stefanovic", "ewa-lapinska-orsted", "olabisi-adesina", "thorir-aegisson"}


def test_one_table_cell_splitter_with_its_options() -> None:
    # person tables and event rows each split cells their own way once (`_cells`); the copies disagreed
    # on brackets and on trimming
    tab = re.compile(r"\s*\t\s*")
    line = "Chair\tDr A (Oman, Qatar)\t Peru "
    assert [line[a:b] for a, b in table_cells(line, tab)] == ["Chair", "Dr A (Oman, Qatar)", "Peru"]
    row = "Rapporteur | Ms B (Chile | Peru)"
    assert [row[a:b] for a, b in table_cells(row, brackets=False)] == ["Rapporteur", "Ms B (Chile", "Peru)"]
    assert [row[a:b] for a, b in table_cells(row)] == ["Rapporteur", "Ms B (Chile | Peru)"]
    dated = "Regional workshop, Lima, 16-17 May 2031."
    assert [dated[a:b] for a, b in table_cells(dated, chars=" .")][-1] == "16-17 May 2031"
    root = Path(__file__).resolve().parents[1]
    splitters = [str(p.relative_to(root)) for p in (root / "ingest").rglob("*.py") if "def _cells(" in p.read_text()]
    assert splitters == []


@pytest.mark.parametrize("clock", ["10:30", "9.30", "10h30", "0930 hours", "3 p.m.", "11 am"])
def test_one_clock_reading_for_deadlines_and_datelines(clock: str) -> None:
    # deadlines' due cues and datelines' tails each spelt clock times once, and disagreed on "10h30"
    assert is_due_cue(f"Replies should reach the secretariat by {clock} on ")
    found = dateline(f"Tuesday, 4 March 2031, at {clock}")
    assert found is not None and found[0].start == date(2031, 3, 4) and found[1] is None


def test_a_number_before_a_word_in_am_is_no_clock() -> None:
    assert dateline("Lisbon, 4 March 2031, 5 amendments") is None


# ------------------------------------------------------------------ small words (casing.small_words, name_joiners)


def test_the_words_that_join_a_name_are_small_words_of_title_casing() -> None:
    from wsiskg.ingest.extract.casing import name_joiners
    from wsiskg.ingest.extract.gazetteer import small_words

    assert name_joiners() <= small_words()
    assert {"of", "on", "and", "the", "&", "de", "du"} <= name_joiners()
    assert not {"a", "an", "with", "by"} & name_joiners()


def test_a_title_in_lower_case_keeps_the_small_words_title_casing_keeps() -> None:
    from wsiskg.ingest.extract.person_titles import _capitalised

    # the copy knew English small words only: "De La", "Del", "Du" were capitalised
    for words, title in (
        ("directora de la agencia", "Directora de la Agencia"),
        ("jefe del departamento", "Jefe del Departamento"),
        ("chef du service des postes", "Chef du Service des Postes"),
        ("senior fellow at the institute", "Senior Fellow at the Institute"),
    ):
        assert _capitalised(words) == title


def test_a_name_run_ends_before_any_joining_word() -> None:
    from wsiskg.ingest.extract.meeting_mentions import _small_end

    # the copy did not know "in" or "at": "the Expert Panel at" kept its "at"
    for run, name in (
        ("the Expert Panel at the", "the Expert Panel"),
        ("the Steering Committee in", "the Steering Committee"),
        ("the Advisory Board of", "the Advisory Board"),
    ):
        assert _small_end().sub("", run) == name


def test_a_heading_reads_about_as_a_small_word() -> None:
    from wsiskg.ingest.extract.casing import title_cased

    # the heading reader's copy held "about"; title casing did not
    assert title_cased("MEETING ABOUT RURAL BROADBAND") == "Meeting about Rural Broadband"
    assert title_cased("FORUM ON DIGITAL SKILLS WITH YOUTH") == "Forum on Digital Skills with Youth"
    assert title_cased("WORKSHOP ABOUT OPEN DATA") == "Workshop about Open Data"


def test_a_deadline_subject_is_compared_without_function_words() -> None:
    from wsiskg.ingest.extract.deadlines import _words

    assert _words("submit your comments on any draft") == {"submit", "comment", "draft"}
    assert _words("send their views to the secretariat") == {"send", "view", "secretariat"}
    assert _words("reply with all the figures") == {"reply", "figure"}


# ------------------------------------------------------------------ what ends a sentence at an abbreviation


@pytest.mark.parametrize("token", ["U.N.", "H.E.", "5.4.1.", "Mr.", "(No.", "K."])
def test_a_layout_line_and_a_sentence_end_at_the_same_abbreviations(token: str) -> None:
    from wsiskg.ingest.pdf_layout import join_lines
    from wsiskg.ingest.text import no_split_after

    # the layout's copy knew listed abbreviations and initials only: a line ending "U.N." or "5.4.1." broke
    assert no_split_after(token)
    assert len(sentence_spans(f"It was sent to {token} Ministers agreed.")) == 1
    assert len(join_lines([f"A short line sent to {token}", "Ministers agreed to it."], 40)) == 1


# ------------------------------------------------------------------ a word broken at a line end


def test_a_word_broken_at_a_line_end_is_joined_when_the_document_prints_it() -> None:
    from collections import Counter

    from wsiskg.ingest.pdf_layout import broken_word, join_lines

    printed = Counter({"implementation": 2, "administrations": 1, "followup": 0, "follow-up": 3})
    assert broken_word("imple", "mentation", printed)
    assert broken_word("Adminis", "trations", printed)  # a capitalised head, as a text's "Adminis- trations"
    assert not broken_word("follow", "up", printed)
    assert not broken_word("small", "and", printed)
    assert not broken_word("imple", "mentation", None)
    assert join_lines(["The imple-", "mentation went on."], 40, words=printed) == ["The implementation went on."]


def test_a_body_head_noun_broken_at_a_line_end_is_joined_though_printed_nowhere_else() -> None:
    from wsiskg.ingest.pdf_layout import join_lines
    from wsiskg.ingest.text import normalize

    assert join_lines(["the Regional Com-", "mittee on Ports met."], 40, words=None) == [
        "the Regional Committee on Ports met."
    ]
    assert join_lines(["the Arab Postal Organi-", "sation met."], 40, words=None) == [
        "the Arab Postal Organisation met."
    ]
    assert normalize("the Andean Com- mission and the Insti- tute met") == "the Andean Commission and the Institute met"
    # compounds and words that are no head noun keep their hyphen
    assert normalize("the follow- up of e-waste by non-governmental bodies") == (
        "the follow- up of e-waste by non-governmental bodies"
    )
    assert join_lines(["a follow-", "up meeting"], 40, words=None) == ["a follow-up meeting"]


# ------------------------------------------------------------------ the dash set in a regex (text.DASH)


@pytest.mark.parametrize("dash", ["-", "–", "—", "‒", "−"])
def test_every_dash_of_the_set_marks_a_page_number_a_title_end_and_a_cell(dash: str) -> None:
    from wsiskg.ingest.extract.event_rows import _CELL_SEP
    from wsiskg.ingest.extract.person_titles import _TITLE_STOP
    from wsiskg.ingest.pdf_layout import _PAGE_NUMBER
    from wsiskg.ingest.text import PAGE_MARK

    # the copies spelt two or three dashes each, not the same ones ("[-–]", "[–—-]")
    assert re.fullmatch(PAGE_MARK, f"{dash} 12 {dash}")
    assert _PAGE_NUMBER.fullmatch(f"{dash} 7 {dash}")
    assert _TITLE_STOP.search(f"Senior Adviser {dash} Spectrum Policy")
    assert _CELL_SEP.split(f"Kigali {dash} 4 May 2031") == ["Kigali", "4 May 2031"]


def test_the_long_dashes_are_the_dash_set_without_its_hyphens() -> None:
    from wsiskg.ingest.text import LONG_DASH_CHARS

    long_dash = re.compile(f"[{LONG_DASH_CHARS}]")
    assert all(long_dash.fullmatch(c) for c in "‒–—―−")
    assert not any(long_dash.fullmatch(c) for c in "-\u2010\u2011")  # "Sub-Committee A": a hyphen in a name
    assert all(c in DASHES for c in "‒–—―−")


def _code_lines_where(spelt: Callable[[str], object]) -> list[str]:
    """The code lines of ``ingest/`` (not a comment or a docstring's line) that ``spelt`` finds a copy in."""
    root = Path(__file__).resolve().parents[1] / "ingest"
    return sorted(
        f"{p.name}: {line.strip()}"
        for p in root.rglob("*.py")
        for line in p.read_text(encoding="utf-8").splitlines()
        if spelt(line) and not line.lstrip().startswith(("#", "-", "``"))
    )


# ------------------------------------------------------------------ modals

_MODAL_WORD = r"(?:shall|should|will|would|may|might|must|can|could)"
#: a modal spelt out in a pattern: two in an alternation (``will|would``) or a tuple (``"will", "would"``), one
#: among auxiliaries (``(?:was|is|will|has)``) or before a word (``will\s+be``); not the courtesy formula ``would like
#: to`` (a phrase of its own, as ``author-cues.csv``'s ``would like to``)
_TWO_MODALS = re.compile(
    rf"\b{_MODAL_WORD}\|{_MODAL_WORD}\b|[\"']{_MODAL_WORD}[\"'],\s*[\"']{_MODAL_WORD}[\"']"
    rf"|[|(:]{_MODAL_WORD}[|)]|(?<![\w-]){_MODAL_WORD}\\s\+(?!like)"
)


def test_one_list_of_modals_with_their_roles() -> None:
    all_modals = set(modals())
    assert all_modals == {"shall", "should", "will", "would", "may", "might", "must", "can", "could"}
    assert set(modals("obligation")) == {"shall", "should", "will", "would", "must"}
    assert set(modals("future")) == {"shall", "will", "would"} <= set(modals("obligation"))
    assert set(modals("courtesy")) == {"will", "would", "can", "could"}  # "if you could kindly send"
    assert set(modals("polite")) == {"should", "would"}  # "We would kindly ask", "I should be grateful"
    # round 47: "The Focus Group may ask X to ...": a power, no request; "could" proposes
    assert set(modals("power")) == {"may", "might", "can"} <= set(modals("possible"))
    assert re.fullmatch(modal_alternation("future"), "shall")


def test_no_pattern_spells_the_modals_out() -> None:
    # round 29: about thirty-five patterns had their own set; each reads one role of modals.csv now (code lines only)
    assert _code_lines_where(_TWO_MODALS.search) == []


@pytest.mark.parametrize(
    ("module", "pattern", "text", "found"),
    [
        # the copies that lacked a modal of their role (round 29), each with the modal it lacked
        ("event_holding", "_passive_holding", ", which can be convened in Apia", " can be convened"),
        ("request_clause_subjects", "_CLAUSE_VERB", " can submit its views", " can "),
        ("request_passive", "_FIRST_VERB", "Candidates who reach the list might be contacted", " might "),
        ("request_actions", "_VERB_LIKE", "The Group could agree to", "could"),
        ("deadlines", "_CUT", "the revised questionnaire would reach", " would"),
        ("request_clauses", "_event_subject", "the next workshop might be held online", "the next workshop might"),
        ("person_posts", "_OWN_VERB", " (Fiji) shall chair", " (Fiji) shall"),
        ("event_tables", "_VERB", "The Bureau would convene", "would"),
        (
            "event_name_forms",
            "_LAUNCHED",
            "The Coastal Resilience Initiative shall be formally launched",
            "The Coastal Resilience Initiative shall be formally launched",
        ),
        ("name_finder", "_AFTER_COUNTRY", " would chair the session", " would"),
        # a clause's auxiliaries where a copy lacked one (round 30): "have" after a plural name, as the others read it
        ("event_dates", "elliptic_ordinal", ", and the third have been held", "and the third"),
        ("request_addressee_antecedents", "_TOPIC", "spectrum pricing have been", "spectrum pricing"),
        ("person_posts", "_OWN_VERB", " (Peru) had", " (Peru) had"),
        ("request_learnt", "_VERB_LIKE", "the members have", "have"),
        ("person_signatures", "_CLAUSE_VERB", "The Group were ", "were "),
        # a set of be where a copy lacked a form (round 31): every form of be before a passive's participle
        ("request_verbs", "_AUX", "As Rapporteur, I am ", "am "),
        ("request_clauses", "_PASSIVE", "the operators being consulted", "being consulted"),
        ("event_mention_dates", "_PLACE_AFTER", ", which are held in Lima", ", which are held in Lima"),
    ],
)
def test_a_pattern_takes_every_modal_and_auxiliary_of_its_role(
    module: str, pattern: str, text: str, found: str
) -> None:
    regex = getattr(importlib.import_module(f"wsiskg.ingest.extract.{module}"), pattern)
    regex = re.compile(regex) if isinstance(regex, str) else regex if isinstance(regex, re.Pattern) else regex()
    m = regex.search(text)
    assert m is not None
    assert m.group(0) == found


# ------------------------------------------------------------------ auxiliaries

_CLAUSE_AUXILIARIES = {"was", "were", "is", "are", "has", "had"}
#: four finite forms of ``be`` in a row of an alternation (``was|were|is|are``, any order)
_FOUR_BE = re.compile(r"(?<![\w\\])(?:(?:is|are|was|were)\|){3}(?:is|are|was|were)(?!\w)")
#: the three forms of ``have`` as a group of their own or before a modal (``(?:has|have|had)``, ``(?:had|has|have|{``)
_THREE_HAVE = re.compile(r"\((?:\?:)?(?:(?:has|have|had)\|){2}(?:has|have|had)(?:\)|\|\{)")


def test_one_list_of_auxiliaries_with_their_roles() -> None:
    assert set(auxiliaries()) == {"is", "are", "am", "was", "were", "be", "been", "being", "has", "have", "had"}
    assert set(auxiliaries(role="clause")) == {"was", "were", "is", "are", "has", "have", "had"}  # not "am": "I am"
    assert set(auxiliaries("be", "clause")) == {"was", "were", "is", "are"}
    assert set(auxiliaries("have")) == {"has", "have", "had"}
    assert set(auxiliaries("have", "present")) == {"has", "have"}  # "The Office has the honour to"
    assert set(auxiliaries("be", "present")) == {"is", "am", "are"}  # "I am pleased to"
    assert re.fullmatch(auxiliary_alternation(role="clause"), "had")


def test_no_pattern_spells_a_clauses_auxiliaries_out() -> None:
    # round 30: about thirty-five patterns spelt was|were|is|are|has|have|had (or the four forms of "be", or the
    # three of "have") in their own order, three of them as a set of words (event_dates, event_forms, person_posts)
    # and addressee-words.csv as rows; each reads auxiliaries.csv now (a set with be/been/being and the singular
    # was|is|has|had are left)
    root = Path(__file__).resolve().parents[1] / "ingest"
    found = []
    for p in root.rglob("*.py"):
        for line in p.read_text(encoding="utf-8").splitlines():
            words = set(re.findall(r"(?<=[|(:])(\w+)(?=[|)])", line))
            spelt = _CLAUSE_AUXILIARIES <= words or (_FOUR_BE.search(line) and not {"be", "been"} & words)
            spelt = spelt or _THREE_HAVE.search(line) or all(f"{h}\\s+been" in line for h in ("has", "have", "had"))
            if spelt and not line.lstrip().startswith(("#", "-", "``")):
                found.append(f"{p.name}: {line.strip()}")
    assert found == []


def test_an_events_verb_may_follow_any_auxiliary() -> None:
    # the words before a verb of holding whose subject is the event: every auxiliary ("am" too, round 30: it stands
    # before no such verb), the modals of the future and the words that link
    words = event_holding._AUXILIARIES
    assert set(auxiliaries()) | set(modals("future")) | {"and", "also", "to", "which", "that"} == words


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "the Regional Office, with the countries concerned, would prepare a plan",
            "the Regional Office, with the countries concerned",
        ),
        ("the Bureau shall report to the next session", "the Bureau"),
        ("each Member State, where possible, should designate a focal point", "each Member State, where possible"),
    ],
)
def test_an_items_subject_before_any_modal_of_obligation(text: str, who: str) -> None:
    m = request_items._ITEM_SUBJECT.match(text)
    assert m is not None
    assert m.group("who") == who


@pytest.mark.parametrize(
    "text", ["Members might wish to consider the draft", "Regulators could to that end", "The Council may wish to note"]
)
def test_no_item_names_whom_across_a_modal(text: str) -> None:
    # "might"/"could" were missing from the modals an item's subject may not hold (``request_items._ITEM_TO``)
    assert request_items._ITEM_TO.match(text) is None


#: three forms of ``be`` or more in one alternation or list (``was|were|be|been``, ``"were", "are", "be"``,
#: ``were|are|was``); the two singular forms ``was`` and ``is`` of one alternation (``(?:was|is|has|had)``);
#: three of the singular ``was|is|has|had``
_BE = {"is", "are", "am", "was", "were", "be", "been", "being"}
_SINGULAR = {"was", "is", "has", "had"}


def _spelt_auxiliaries(line: str) -> bool:
    words = set(re.findall(r"(?<=[|(:])(\w+)(?=[|)])", line)) | set(re.findall(r"[\"'](\w+)[\"']", line))
    return len(words & _BE) >= 3 or {"was", "is"} <= words or len(words & _SINGULAR) >= 3


def test_no_pattern_spells_a_set_of_be_or_the_singular_auxiliaries() -> None:
    # round 31: request_verbs._AUX, request_clauses._PASSIVE, request_items._ITEM_TO, events._PLACE_AFTER and
    # event_forms spelt sets of be with be/been/being (each its own, with or without "being", none with "am");
    # event_forms._bare_plural's end were|are|was (without "is"); bodies, name_finder, person_titles, event_dates,
    # person_posts, deadlines and request_clauses._IT_IS the singular
    # was|is|has|had (deadlines without "had"); each reads auxiliaries.csv (roles clause, present, singular) now
    assert _code_lines_where(_spelt_auxiliaries) == []


@pytest.mark.parametrize(
    "line",
    [
        r'_AUX = re.compile(rf"\b(?:was|were|is|are|be|been|being)(?:\s+not)?")',
        r'verbs = alternation([*_held(), "were", "are", "be", "been"])',
        r'rf"\s+(?:of|at|{future}|was|is|has|had)\s"',
        r'aside_end = rf"(?=\s+(?:{future}|was|is)\s)"',
        r'rf"(?=\s+(?:on|were|are|{future}|to|took|was|held)\b)"',
    ],
)
def test_the_scan_finds_a_spelt_set_of_auxiliaries(line: str) -> None:
    assert _spelt_auxiliaries(line)


def test_the_auxiliaries_of_the_past_the_plural_and_of_two_roles() -> None:
    assert set(auxiliaries("be", "past")) == {"was", "were"}
    assert set(auxiliaries(role="past")) == {"was", "were", "had"}
    assert set(auxiliaries("be", "plural")) == {"are", "were"}
    assert set(auxiliaries("have", "plural")) == {"have", "had"}
    assert set(auxiliaries("have", "singular")) == {"has", "had"}
    assert set(auxiliaries("be", "present+clause")) == {"is", "are"}  # not "am": "I am"
    assert set(auxiliaries("be", "nonfinite")) == {"be", "been"}  # not "being"
    assert re.fullmatch(auxiliary_alternation("be", "present+clause"), "are")
    assert re.fullmatch(auxiliary_alternation("be", "present+clause"), "am") is None


@pytest.mark.parametrize(
    ("module", "pattern", "text", "found"),
    [
        # round 32: each spelt its pair of be or of have; each reads auxiliaries.csv's roles now
        ("request_actions", "_ASKED", "Ms Ruiz (Bolivia) is asked", " is asked"),
        ("request_actions", "_ASKED", "the harbour towns are reminded", " are reminded"),
        ("request_passive", "_PRESENT", "Are invited", "Are"),
        ("person_posts", "_NAMES_THEN_POST", ", who have been elected ", ", who have been elected "),
        ("person_posts", "_NAMES_THEN_POST", ", who were re-elected as the ", ", who were re-elected as the "),
        ("person_posts", "_NAMES_THEN_POST", ", whom it has appointed as ", ", whom it has appointed as "),
        # round 34: be|been spelt; the nonfinite forms of be now
        ("event_tables", "_VERB", "Harbour Day been", "been"),
        ("event_tables", "_VERB", "Harbour Day being", None),
    ],
)
def test_a_pattern_reads_its_pair_of_auxiliaries(module: str, pattern: str, text: str, found: str | None) -> None:
    assert _found(module, pattern, text) == found


def _found(module: str, pattern: str, text: str) -> str | None:
    """What the compiled ``pattern`` of ``ingest.extract.<module>`` (or the one its function of that name
    returns) finds first in ``text``, None if nothing."""
    found = getattr(importlib.import_module(f"wsiskg.ingest.extract.{module}"), pattern)
    m = (found if isinstance(found, re.Pattern) else found()).search(text)
    return None if m is None else str(m.group(0))


#: a word of an alternation, maybe with its space or ``been`` after it (``was|were``, ``are\s+|is\s+``,
#: ``has\s+been|had\s+been``), or quoted in a list
_ALTERNATIVE = re.compile(r"(?<=[|(:])(\w+)(?:\\s[+*](?:been(?:\\s[+*])?)?)?(?=[|)])|[\"'](\w+)[\"']")
_FINITE_BE = {"is", "are", "am", "was", "were"}
_HAVE = {"has", "have", "had"}


def _spelt_pair(line: str) -> bool:
    words = {a or b for a, b in _ALTERNATIVE.findall(line)}
    return len(words & _FINITE_BE) >= 2 or len(words & _HAVE) >= 2 or {"be", "been"} <= words


def test_no_pattern_spells_a_pair_of_forms_of_be_or_have() -> None:
    # round 32: lead_named_meetings, event_name_forms, body_mentions, meeting_facts and person_posts spelt was|were,
    # genre, request_actions and request_passive is|are, person_posts were|are; deadlines, event_dates,
    # meeting_mentions, present_meeting and person_posts two or three forms of have (has|had, have|had,
    # has\s+been|have\s+been); each reads a role of auxiliaries.csv (past, plural, singular, present+clause) now;
    # round 34: event_holding and event_tables spelt be|been (role nonfinite)
    assert _code_lines_where(_spelt_pair) == []


@pytest.mark.parametrize(
    "line",
    [
        r'r"(?:(?:was|were)\s+(?:\w+\s+){0,2}?(?:held|convened)|took\s+place)\b"',
        r'_ASKED = re.compile(r"\s+(?:are\s+|is\s+)?([a-z]+ed)$")',
        r'rf"\s+(?:was|were|is\s+to\s+be|has\s+been|had\s+been)\s+launched\b"',
        r'r"|,?\s+whom\s+(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:re-?)?"',
        r'held = rf"(?:(?:has|had)\s+)?(?:{verbs})"',
        r'forms = ("were", "are")',
        r'rf"\s*,?\s+(?:{aux}\s+(?:also\s+)?(?:to\s+)?(?:be\s+|been\s+)?(?:{verbs})"',
        r'_VERB = re.compile(rf"\b(?:{clause}|{future}|be|been)\b|[.;!?]\s")',
    ],
)
def test_the_scan_finds_a_spelt_pair_of_auxiliaries(line: str) -> None:
    assert _spelt_pair(line)
    assert not _spelt_pair(r'rf"|(?:to\s+)?be\s+(?:{participles})|(?:{participles}))\b"')  # be alone


# ------------------------------------------------------------------ adverbs


def test_one_list_of_adverbs_with_a_column_per_use() -> None:
    # round 32: each pattern spelt its own list; their union would change what they read, so each reads its column
    from wsiskg.ingest.extract.gazetteer import adverbs

    assert set(adverbs("formula")) == {"also", "therefore", "now", "here", "hereby", "again", "further"}
    assert set(adverbs("impersonal")) == {"also", "further", "therefore", "now"}
    assert {"then", "both", "once", "still", "hereby"} <= set(adverbs("subject"))
    assert {"already", "not", "since", "thus", "hence", "accordingly", "jointly"} <= set(adverbs("closing"))
    assert set(adverbs("perfect")) == {"not", "also", "already", "now", "just", "since", "recently"}
    assert set(adverbs("post")) == {"also", "then", "again"}
    assert set(adverbs("addition")) == {"also", "further"}


def test_each_pattern_reads_the_adverbs_of_its_use() -> None:
    from wsiskg.ingest.extract.addressee_phrases import without_adverbs
    from wsiskg.ingest.extract.author_cues import FORMULA_ADVERBS
    from wsiskg.ingest.extract.person_posts import _ROLE_ADVERBS
    from wsiskg.ingest.extract.request_clauses import _IT_IS
    from wsiskg.ingest.extract.request_items import _ITEM_END
    from wsiskg.ingest.extract.request_verbs import _AUX, PERFECT

    assert re.fullmatch(FORMULA_ADVERBS, "therefore here ")
    assert re.fullmatch(FORMULA_ADVERBS, "thus ") is None
    assert _AUX.search("the harbour towns are hereby still ")
    assert _IT_IS.search("It is further ") and _IT_IS.search("It was hereby ") is None
    assert without_adverbs("The Southern Group thus") == "The Southern Group"
    assert without_adverbs("The Island Board accordingly") == "The Island Board"
    assert PERFECT.search("The towns have recently ")
    assert re.fullmatch(_ROLE_ADVERBS, "then unanimously ") and re.fullmatch(_ROLE_ADVERBS, "therefore ") is None
    m = _ITEM_END.match("; further ")
    assert m is not None and m.group(0) == "; further "


#: an adverb list spelt in a pattern: a word in -ly with a word of adverbs.csv in one alternation (``\w+ly|also``),
#: or the two adverbs of an addition (``also\s+|further\s+``)
_LY = re.compile(r"[|(:](?:\\w\+|\[a-z\]\+)ly[|)]")


def _spelt_adverbs(line: str) -> bool:
    from wsiskg.ingest.extract.gazetteer import adverbs

    listed = {w for role in ("formula", "subject", "closing", "perfect", "post") for w in adverbs(role)}
    words = {a or b for a, b in _ALTERNATIVE.findall(line)}
    return bool(_LY.search(line) and words & listed) or {"also", "further"} <= words


def test_no_pattern_spells_a_list_of_adverbs() -> None:
    # round 32: author_cues.FORMULA_ADVERB, request_verbs._ADVERBS and PERFECT, request_clauses._IT_IS, person_posts.
    # _ROLE_ADVERBS and addressee-words.csv's rows of kind adverb were six lists; request_subject_asides, request_items,
    # request_co_subjects, genre and requests spelt also|further: each reads a column of adverbs.csv now
    assert _code_lines_where(_spelt_adverbs) == []


@pytest.mark.parametrize(
    "line",
    [
        r'FORMULA_ADVERB = r"(?:\w+ly|also|therefore|now|here|hereby|again|further)"',
        r'_ROLE_ADVERBS = r"(?:(?:[a-z]+ly|also|then|again)\s+){0,2}"',
        r'_ADVERBS = r"(?:\s+(?:(?-i:[a-z]+ly)|also|further|again|then))*"',
        r'return re.compile(rf"(?P<cue>{posts})\s+(?:also\s+|further\s+)?(?:{verbs})\b")',
    ],
)
def test_the_scan_finds_a_spelt_list_of_adverbs(line: str) -> None:
    assert _spelt_adverbs(line)
    assert not _spelt_adverbs(r'_WHICH = re.compile(r",\s*which\s+(?:also\s+)?$")')


# ------------------------------------------------------------------ determiners


def test_one_list_of_determiners_with_a_column_per_use() -> None:
    # round 33: each pattern spelt its own list; their union would change what they read, so each reads its column
    from wsiskg.ingest.extract.gazetteer import determiners

    assert set(determiners("addressee")) == {"the", "all", "our", "my", "other", "any", "each"}
    assert set(determiners("agent")) == {"the", "all", "other", "any", "each", "every"}
    assert set(determiners("event")) == {"the", "a", "an", "its", "their", "this", "that", "these", "those", "each"} | {
        "both",
        "our",
    }
    infinitive = {"the", "a", "an", "all", "this", "these", "those", "its", "their", "his", "her", "our"}
    assert set(determiners("infinitive")) == infinitive
    assert set(determiners("reduced")) == infinitive | {"any", "each"}
    assert set(determiners("item")) == infinitive - {"his", "her", "our"}
    assert set(determiners("labeller")) == {"the", "a", "an", "its", "their", "all"}
    assert set(determiners("opener")) == {"the", "this", "these", "those", "its", "our", "their", "his", "her"}
    assert set(determiners("piece")) == {"the", "all", "both", "its", "their", "this", "these"}
    assert set(determiners("letter")) == {"the", "my", "our", "all", "each", "every"}
    assert set(determiners("attend")) == {"the", "a", "an", "its", "this", "their"}
    assert set(determiners("place")) == {"the", "this", "our", "my", "their", "your", "each"}
    assert set(determiners("destination")) == {"the", "a", "an", "its", "this", "their", "our"}
    assert set(determiners("meeting")) == {"its", "the", "their", "this"}
    # round 34: a set equal to another use's gets its own column all the same
    assert set(determiners("holding")) == set(determiners("organizer")) == {"the", "a", "an", "its", "their"}
    assert set(determiners("adopted")) == set(determiners("row")) == {"the", "a", "an", "its", "this", "these", "their"}
    six = {"the", "a", "an", "its", "this", "these"}
    assert set(determiners("adopted-text")) == set(determiners("programme")) == six
    assert set(determiners("lead")) == {"the", "a", "an", "its"}
    met = {"the", "a", "an", "its", "their", "his", "her", "our", "your", "whose"}
    assert set(determiners("met")) == met  # "her group had met", "whose board met"
    assert set(determiners("post-group")) == set(determiners("cited")) == {"the", "this", "our", "its"}
    # round 35: the two-word lists
    assert set(determiners("anaphor")) == {"the", "this"}
    assert set(determiners("ordinal")) == {"the", "its"}
    assert set(determiners("group-front")) == {"the", "all"}
    # round 39: the words that only say how many of a group, spelt three times in agent_resolver before
    assert set(determiners("quantifier")) == {"several", "some", "many", "most", "various", "numerous"} | {
        "a few",
        "a number of",
    }


def test_a_group_label_and_key_drop_the_quantifiers_of_the_data_file() -> None:
    from wsiskg.ingest.extract.agent_resolver import _NOT_COLLECTIVE, _QUANTIFIER, collective_key

    assert _QUANTIFIER.sub("", "A  number of Harbour Wardens") == "Harbour Wardens"
    assert _QUANTIFIER.sub("", "Numerous reef councils") == "reef councils"
    assert _QUANTIFIER.sub("", "Several delegations") == _QUANTIFIER.sub("", "delegations") == "delegations"
    assert _NOT_COLLECTIVE.match("various") and _NOT_COLLECTIVE.match("a number of")
    assert not _NOT_COLLECTIVE.match("wardens")
    key = collective_key("wardens")
    assert key is not None
    assert collective_key("various other wardens") == collective_key("numerous wardens") == key


def test_each_pattern_reads_the_determiners_of_its_use() -> None:
    from wsiskg.ingest.extract import addressee_phrases
    from wsiskg.ingest.extract.addressee_phrases import _DETERMINER
    from wsiskg.ingest.extract.agent_resolver import _DETERMINER_ONLY
    from wsiskg.ingest.extract.body_form_bounds import _determiners
    from wsiskg.ingest.extract.event_dates import DETERMINER
    from wsiskg.ingest.extract.meeting import _AT_MEETING
    from wsiskg.ingest.extract.request_addressee_pieces import _DANGLING_END, _GAP
    from wsiskg.ingest.extract.request_addressees import _HAIL
    from wsiskg.ingest.extract.request_clauses import _PASSIVE_TO_EVENT, _TO_EVENT
    from wsiskg.ingest.extract.request_labeller import _DETERMINERS as LABELLER
    from wsiskg.ingest.extract.request_verbs import _TO_INF
    from wsiskg.ingest.extract.requests import _REDUCED_TO

    assert _DETERMINER.sub("", "All other harbour towns") == "harbour towns"
    assert _DETERMINER.sub("", "every island council") == "every island council"  # every: no addressee's
    assert _DETERMINER_ONLY.fullmatch("every other ") and _DETERMINER_ONLY.fullmatch("our ") is None
    assert (
        re.fullmatch(DETERMINER, "Both") and re.fullmatch(DETERMINER, "an") and re.fullmatch(DETERMINER, "THE") is None
    )
    assert _TO_INF.search("asked the Board to his office") is None and _TO_INF.search("asked the Board to review")
    assert _REDUCED_TO.match(" to any island") is None and _REDUCED_TO.match(" to prepare a plan")
    assert request_items._TO_ITEM.match("To those harbour towns") is None and request_items._TO_ITEM.match("To draft")
    assert request_items._TO_ITEM.match("To our towns")  # our: no item's determiner
    assert {"the", "all", "an"} <= LABELLER and "this" not in LABELLER
    assert {"The", "Their", "Her"} <= _determiners() and not {"Each", "All", "the"} & _determiners()
    assert _GAP.fullmatch("both ") and _GAP.fullmatch("our ") is None
    assert _DANGLING_END.search("the wardens of these") and _DANGLING_END.search("the wardens of every") is None
    assert _HAIL.search("To my fellow harbour masters: please reply") and _HAIL.search("To your towns: reply") is None
    assert _TO_EVENT.match(" the harbour towns to their workshop") and _TO_EVENT.match(" them to our workshop") is None
    assert _PASSIVE_TO_EVENT.match(" to an open day") and _PASSIVE_TO_EVENT.match(" to all members") is None
    placed = addressee_phrases._placed()
    assert addressee_phrases._DESTINATION.search("wardens to our harbour")
    assert addressee_phrases._DESTINATION.search("wardens at my harbour") is None
    assert _AT_MEETING.search("adopted during their ") and _AT_MEETING.search("adopted at each ") is None
    assert placed.search("wardens in your region") and placed.search("wardens in these regions") is None


@pytest.mark.parametrize(
    ("module", "pattern", "text", "found"),
    [
        # round 34: the lists each read their own column, either initial where they read it so
        ("request_clauses", "_HOLDS", "host their second", "host their"),
        ("request_clauses", "_HOLDS", "host this second", None),  # this: no holding's
        ("person_posts", "_TO_LEAD", " to lead a drafting group", " to lead a drafting group"),
        ("person_posts", "_TO_LEAD", " to lead their drafting group", None),
        # round 35: anaphor (either initial where the pattern reads it so) and ordinal
        ("request_verbs", "_BARE_HEAD", "This panel asked", "This panel"),
        ("request_verbs", "_BARE_HEAD", "the panel asked", "the panel"),
        ("request_verbs", "_BARE_HEAD", "Our panel asked", None),
        ("request_addressee_antecedents", "_THE_LOWER_HEAD", "asked this drafting team", "this drafting team"),
        ("request_addressee_antecedents", "_THE_LOWER_HEAD", "asked that drafting team", None),
        ("meeting", "_ABOUT_MEETING", "During This Meeting", "This Meeting"),
        ("meeting", "_ABOUT_MEETING", "at its meeting in May", None),
        ("own_mention", "_its_ordinal", "at its ninth", "its ninth"),
        ("own_mention", "_its_ordinal", "at their ninth", None),
        ("other_meetings", "_next_of_several", " and then the fourth", "then the fourth"),
        ("other_meetings", "_next_of_several", " and then this fourth", None),
        ("request_addressee_pieces", "_SHARED_NAME_HEAD", "ALL Apia and Suva wardens", "ALL Apia and Suva wardens"),
        ("request_addressee_pieces", "_SHARED_NAME_HEAD", "our Apia and Suva wardens", "Apia and Suva wardens"),
    ],
)
def test_a_pattern_reads_the_determiners_of_its_use(module: str, pattern: str, text: str, found: str | None) -> None:
    assert _found(module, pattern, text) == found


def _determiner_words(alternative: str) -> set[str]:
    """``[Tt]he`` -> the, ``an?`` -> a and an, ``(?i:the`` -> the."""
    word = re.sub(r"\[(\w)\w\]", r"\1", re.sub(r"^\(\?i?:", "", alternative)).lower()
    return {word[:-2], word[:-1]} if word.endswith("n?") else {word}


def _spelt_determiners(line: str) -> bool:
    """A group of alternatives or a string of words that is the list of a column of determiners.csv."""
    from wsiskg.ingest.extract.gazetteer import determiners

    columns = [c for c in data_rows("determiners.csv")[0] if c not in ("word", "note")]
    lists = [set(determiners(c)) for c in columns]
    listed = set().union(*lists)
    groups = [g.split("|") for g in re.findall(r"\((?:\?i?:)?([^()]*\|[^()]*)\)", line)]
    # a string of determiners only (``"the a an its".split()``), not a quoted phrase of prose
    groups += [g.split() for g in re.findall(r"[\"']((?:[a-z]+ ){3,}[a-z]+)[\"']", line) if set(g.split()) <= listed]
    for group in groups:
        words = {w for alt in group for w in _determiner_words(alt.strip())} & listed
        if words in lists:
            return True
    return False


def test_no_pattern_spells_a_list_of_determiners() -> None:
    # round 33: addressee_phrases._DETERMINERS, agent_resolver._DETERMINER_ONLY, event_dates.DETERMINER,
    # request_verbs._TO_INF, requests._REDUCED_TO, request_items._TO_ITEM, request_labeller._DETERMINERS and
    # body-openers.csv's determiner column were eight lists; request_addressee_pieces (two), request_addressees and
    # request_addressee_letters, requests (two to an event) and addressee_phrases._placed (two) spelt four more;
    # addressee_phrases._DESTINATION and meeting._AT_MEETING two more; round 34: request_clauses._HOLDS, organizers,
    # request_adoption (two), event_rows, person_posts (two), event_met, event_programme and request_cited_subjects
    assert _code_lines_where(_spelt_determiners) == []
    assert "determiner" not in data_rows("body-openers.csv")[0]


_EITHER_INITIAL_DETERMINERS = re.compile(r"alternation\(determiners\([^)]*\),\s*either_initial\)")


def test_determiners_with_either_initial_are_read_through_casing() -> None:
    # round 35: event_dates, event_mention_dates, event_met and request_cited_subjects each built the alternation
    assert _code_lines_where(_EITHER_INITIAL_DETERMINERS.search) == [
        "casing.py: return alternation(determiners(role), either_initial)"
    ]
    assert re.fullmatch(casing.either_initial_determiners("anaphor"), "This")


@pytest.mark.parametrize(
    "line",
    [
        r'_DETERMINERS = r"(?:the|all|our|my|other|any|each)"',
        r'_DETERMINER_ONLY = re.compile(r"\s*(?:(?:all|the|other|any|each|every)\s+)*", re.IGNORECASE)',
        r'DETERMINER = r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ee]ach|[Bb]oth|[Oo]ur)"',
        r'r"(?<![\w-])to\s+(?!(?:the|a|an|all|this|these|those|its|their|his|her|our|be|and|or|[A-Z0-9])\b)"',
        r'_TO = re.compile(r"\s+to\s+(?!(?:be|the|an?|all|this|these|those|its|their|his|her|our|any|each)\b)")',
        r'_TO_ITEM = re.compile(r"^\s*To\s+(?!(?:the|a|an|all|this|these|those|its|their|be)\b)[a-z]{2,}\b")',
        r'_DETERMINERS = frozenset("the a an its their all".split())',
        r'_GAP = re.compile(r"\s*(?:(?:the|all|both|its|their|this|these)\s+)?")',
        r'_AT_MEETING = re.compile(r"(?i)\b(?:at|during)\s+(?:(?:its|the|their|this)\s+)?$")',
        r'rf"{lead}(?:[Tt]o\s+(?P<who>(?:(?:the|my|our|all|each|every)\s|[A-Z])[^:.;!?,]{{2,80}}?)\s*:"',
        r'_PASSIVE_TO_EVENT = re.compile(r"^\s*to\s+(?=(?:the|a|an|its|this|their)\s|[A-Z\"“])")',
        r'rf"|^(?:the|this|our|my|their|your|each)\s+(?:[\w-]+\s+){{0,2}}(?:{places})[\'’]s\s+(?=[a-z])"',
        r'_HOLDS = re.compile(r"(?:hold|organi[sz]e|host|arrange)\s+(?:an?|the|one|its|their|two|three|another)\b")',
        r'if len(text) > 240 or re.match(r"(?i:The|An?|This|These|Its|Their|In|On|At|From|During)\b", text):',
        r'rf"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?P<name>{name})|(?P<name2>{_met_written()}))"',
        r'if re.match(r"\s+(?:the|this|our|its)\s+(?:[Gg]roup|[Mm]eeting|[Ss]ession)\b", text[post.end :]):',
        r'_HEAD = re.compile(r"(?:[Tt]he|[Tt]his)\s+(?P<head>[A-Za-z]+)")',  # round 35: anaphor
        r'_ABOUT = re.compile(r"(?i)\b(?:the|this)\s+meeting\b")',
        r'return re.compile(rf"(?i)\b(?:the|its)\s+({ordinal_regex()})\b")',  # ordinal
        r'written = re.sub(r"^(?i:the|all)\s+", "", phrase.strip())',  # group-front
        r'_FINAL = re.compile(r"(?i)\b(?:its|the\s+group\'s|the)\s+final\s+meeting\b")',
    ],
)
def test_the_scan_finds_a_spelt_list_of_determiners(line: str) -> None:
    assert _spelt_determiners(line)
    assert not _spelt_determiners(r'_HEAD = re.compile(r"(?:[Tt]he|[Tt]hat)\s+(?P<head>[A-Za-z]+)")')  # no column's
    assert not _spelt_determiners(r'return (of,)  # "the rapporteurs of the two study groups from this region"')


# ------------------------------------------------------------------ prepositions


def test_one_list_of_prepositions_with_a_column_per_use() -> None:
    # round 34: each pattern spelt its own list; the lists of one use read its column
    from wsiskg.ingest.extract.gazetteer import preposition_alternation, prepositions

    assert set(prepositions("topic")) == {"of", "on", "for"}
    assert set(prepositions("origin")) == {"of", "from", "for"}
    assert set(prepositions("name")) == set(prepositions("field")) == {"of", "on", "for", "in"}
    assert set(prepositions("core")) == {"of", "on", "for", "to"}
    assert set(prepositions("goes-on")) == {"of", "on", "for", "in", "to"}
    assert set(prepositions("event-topic")) == {"of", "on", "for", "about"}
    assert set(prepositions("date")) == {"on", "from", "in", "between"}
    assert set(prepositions("list-date")) == {"on", "from", "in"}
    assert set(prepositions("days")) == {"on", "from", "between"}
    assert set(prepositions("occasion")) == {"at", "during", "in"}
    due = {"by", "before", "until", "till", "no later than", "not later than", "on or before"}
    assert set(prepositions("due")) == due and set(prepositions("due-or-on")) == due | {"on"}
    assert set(prepositions("due-from")) == due - {"till", "on or before"}
    # round 35: a job title's two lists and the resolution an insertion cites, each its own column
    assert set(prepositions("title-of")) == {"of", "for", "to", "in"}
    assert set(prepositions("title-head")) == {"of", "for", "to", "at", "on"}
    assert set(prepositions("resolution")) == {"in", "by", "through", "under"}
    assert set(prepositions("which")) == {"in", "by", "through", "under", "with"}
    # round 39: request_subjects._INSERTION spelt the words that open an insertion before the verb
    insertion = {"in", "by", "through", "under", "at", "on", "concerning", "regarding", "relating to"}
    assert set(prepositions("insertion")) == insertion | {"entitled", "titled"}
    assert re.fullmatch(preposition_alternation("due"), "no  later\nthan")  # a phrase's spaces: any run
    assert re.fullmatch(preposition_alternation("topic"), "on")
    assert re.fullmatch(preposition_alternation("topic"), "from") is None
    assert re.fullmatch(preposition_alternation("origin"), "from")
    assert re.fullmatch(preposition_alternation("origin"), "on") is None


@pytest.mark.parametrize(
    ("module", "pattern", "text", "found"),
    [
        # topic: what a name's head is on, for or of
        ("event_rows", "_TOPIC", "Island Radio Forum on coastal data", " on"),
        ("heading_header", "_TOPIC", "Expert Panel for Harbour Safety", " for "),
        ("name_finder", "_QUALIFIER_AFTER", "Chair of Working Party 3, Ms Lobo", " of Working Party 3"),
        ("body_form_tails", "_THE_PROPER_END", "the Office for the Pacific", " for the Pacific"),
        ("meeting_candidates", "_COMPLEMENT", "the Board of the ", "Board of the "),
        ("body_form_context", "_FRAGMENT", " on the Board", " on the "),
        # origin: whom a speaker or a member is of, from or for
        ("person_countries", "_PLURAL_LEAD", "the wardens from the ", "s from the "),
        ("request_speakers", "_ROLE_OF_COUNTRY", "The Vice-Chair for Tonga said", "The Vice-Chair for Tonga said"),
        # the other uses, each its own set
        ("addressee_phrases", "_TOPIC_JOIN", " and in ", " and in "),  # field
        ("agent_resolver", "_NAME_GOES_ON", "the Harbour Office in Apia", " in "),  # goes-on
        ("agent_resolver", "_NAME_GOES_ON", "the Board TO the towns", " TO "),
        ("meeting_mentions", "_CAPITALS_HEADING", "REVIEW TO THE BOARD", "REVIEW TO THE BOARD"),
        ("event_header_sessions", "_SESSION_LINE", "Clinic about tides", "Clinic about tides"),
        ("event_dates", "opening_words", "Between the ", "Between the "),  # date
        ("event_dates", "opening_words", "Until the ", ""),  # until: no date's
        ("event_rows", "_CELL_BEFORE_DATE", "Tuesday, From the ", "Tuesday, From the "),  # days
        ("date_lists", "_LIST_JOIN", ", and from the ", ", and from the "),  # list-date
        ("event_dates", "_DATED_NEIGHBOUR", ", followed in June by", ", followed in June by"),
        ("event_body_meetings", "_SUBJECT_BEFORE", "The Island Board, during ", "The Island Board, during "),
        ("request_passive", "_FROM_WHOM", " from the island towns by 4 May", " from the island towns"),  # due-from
        ("request_speakers", "_TITLE_OF", "Envoy to Fiji and Tonga", " to Fiji and Tonga"),  # title-of
        ("request_speakers", "_TITLE_OF", "Minister in charge of tides", " in charge of tides"),
        ("person_records", "_TITLE_HEAD", "Chair at the Reef Forum", " at "),  # title-head
        ("person_records", "_TITLE_HEAD", "Rapporteur on tides", " on "),
        ("request_subjects", "_INSERTIONS", "Board, through resolution 9, had", ", through resolution 9,"),
        ("request_subjects", "_INSERTIONS", "Board, under its resolution 4, and", ", under its resolution 4,"),
        ("request_items", "_WHICH_COLON", "adopted Decision 7, with which it:", ", with which it:"),  # which
        ("request_items", "_WHICH_COLON", "the Accord, through which they:", ", through which they:"),
        ("request_subjects", "_INSERTION", "Board, regarding tides, has", ", regarding tides, has"),  # insertion
        ("request_subjects", "_INSERTION", "Plan, relating  to reefs, ", ", relating  to reefs, "),
        ("request_subjects", "_INSERTION", "Text 9, titled Reef Care, ", ", titled Reef Care, "),
        (
            "deadlines",
            "_ASK_TO",
            "We invite you to send views not later than the ",
            "invite you to send views not later than the ",
        ),
    ],
)
def test_a_pattern_reads_the_prepositions_of_its_use(module: str, pattern: str, text: str, found: str) -> None:
    assert _found(module, pattern, text) == found


@pytest.mark.parametrize(
    ("module", "pattern", "text"),
    [
        ("event_rows", "_TOPIC", "Island Radio Forum in Apia"),  # in: no topic's
        ("heading_header", "_TOPIC", "Expert Panel from Apia"),
        ("person_countries", "_PLURAL_LEAD", "the wardens on the "),  # on: no origin's
        ("request_speakers", "_ROLE_OF_COUNTRY", "The Vice-Chair in Tonga said"),
        ("agent_resolver", "_NAME_GOES_ON", "the Harbour Office at Apia"),  # at: no name's going on
        ("event_dates", "_DATED_NEIGHBOUR", ", followed between June by"),  # between: no list-date's
        ("event_body_meetings", "_SUBJECT_BEFORE", "The Island Board, on "),  # on: no occasion's
        ("request_speakers", "_TITLE_OF", "Envoy at Fiji"),  # at: no title-of's
        ("person_records", "_TITLE_HEAD", "Chair in the Reef Forum"),  # in: no title-head's
        ("request_subjects", "_INSERTIONS", "Board, at resolution 9, had"),  # at: no resolution's
        ("request_items", "_WHICH_COLON", "adopted Decision 7, at which it:"),  # at: no which's
        ("request_subjects", "_INSERTION", "Board, from tides, "),  # from: no insertion's
        ("request_subjects", "_INSERTION", "Board, during May, "),
    ],
)
def test_a_pattern_reads_no_other_preposition(module: str, pattern: str, text: str) -> None:
    assert _found(module, pattern, text) is None


def test_a_group_named_with_its_topic() -> None:
    # the tuples of the topic's words: body_name_words, body_form_bounds and defined_bodies read the column
    from wsiskg.ingest.extract.body_name_words import _group_with_topic

    assert _group_with_topic("Working Group for Harbour Data".split(), "Working Group")
    assert _group_with_topic("Working Group in Apia".split(), "Working Group") is False


def test_a_name_up_to_its_preposition() -> None:
    # round 64: six modules (body mentions, body lists, acronyms, subject heads, addressee phrases, requests) each
    # split a name at the first preposition of a use with their own pattern, two of them in any case
    from wsiskg.ingest.extract.gazetteer import before_preposition

    assert before_preposition("Working Group on Island Data") == "Working Group"
    assert before_preposition("Harbour Board") == "Harbour Board"
    assert before_preposition("Committee to Review Tariffs") == "Committee to Review Tariffs"  # to: no topic
    assert before_preposition("Committee to Review Tariffs", "core") == "Committee"
    assert before_preposition("Task Force On Reefs") == "Task Force On Reefs"
    assert before_preposition("Task Force On Reefs", any_case=True) == "Task Force"
    assert before_preposition("Office in Apia", "goes-on") == "Office"


def _splits_at_a_preposition(line: str) -> bool:
    return bool(re.search(r"\bsplit\(.*preposition_alternation\(", line))


def test_no_module_splits_a_name_at_a_preposition_itself() -> None:
    assert _code_lines_where(_splits_at_a_preposition) == []
    assert _splits_at_a_preposition("""core = re.split(rf"\\s(?:{preposition_alternation('core')})\\s", name)[0]""")
    assert not _splits_at_a_preposition("""_TOPIC = re.compile(rf"\\s(?:{preposition_alternation('topic')})\\s")""")


def test_the_openers_dropped_before_an_event_name() -> None:
    # round 34: event_names and event_name_forms (two) spelt their openers, determiners and prepositions in one list
    from wsiskg.ingest.extract.gazetteer import opener_alternation

    assert re.fullmatch(opener_alternation("event-opener", "and"), "During")
    assert re.fullmatch(opener_alternation("event-opener", "and"), "From") is None  # from: a name's opener only
    assert re.fullmatch(opener_alternation("name-opener", "and"), "An")
    assert re.fullmatch(opener_alternation("first-opener"), "By")
    assert re.fullmatch(opener_alternation("first-opener"), "And") is None
    assert re.fullmatch(opener_alternation("first-opener"), "during") is None  # capitalised only


def _preposition_words(alternative: str) -> set[str]:
    """``(?i:for`` -> for, ``on\\s+`` -> on, ``[Ff]rom`` -> from."""
    word = re.sub(r"^\(\?i?:", "", alternative.strip())
    word = re.sub(r"\\s[+*]?", " ", re.sub(r"(?:\\s[+*]?)+$", "", word))  # no\s+later\s+than: a phrase
    return {re.sub(r"\[(\w)\w\]", r"\1", word).lower()}


@functools.cache
def _preposition_lists() -> tuple[list[set[str]], set[str]]:
    """The lists of prepositions.csv's columns, and every word it lists (read once: the scan asks for every line)."""
    rows = data_rows("prepositions.csv")
    columns = [c for c in rows[0] if c not in ("word", "note")]
    return [{r["word"] for r in rows if r[c] == "yes"} for c in columns], {r["word"] for r in rows}


def _spelt_prepositions(line: str) -> bool:
    """A group of alternatives, a string of words or a tuple of quoted words whose prepositions (the words of
    prepositions.csv) are the list of a column of it."""
    lists, listed = _preposition_lists()
    groups = [g.split("|") for g in re.findall(r"\((?:\?i?:)?([^()]*\|[^()]*)\)", line)]
    groups += [g.split() for g in re.findall(r"[\"']((?:[a-z]+ ){2,}[a-z]+)[\"']", line)]
    tuples = re.findall(r"[(\[{](?:\s*[\"'][^\"']+[\"'],?){2,}", line)
    groups += [re.findall(r"[\"']([^\"']+)[\"']", g) for g in tuples]
    for group in groups:
        words = {w for alt in group for w in _preposition_words(alt)} & listed
        if words in lists:
            return True
    return False


def test_no_pattern_spells_a_list_of_prepositions() -> None:
    # round 34: the topic's of|on|for was spelt 44 times in 32 modules (body names, event names, meeting mentions,
    # posts, addressees), the origin's of|from|for 8 times in 5 (speakers, country leads, titles); 35 more lists of
    # nine other uses (name, field, core, goes-on, event-topic, date, list-date, days, occasion)
    assert _code_lines_where(_spelt_prepositions) == []
    listed = {r["word"] for r in data_rows("prepositions.csv")}
    assert {"of", "on", "for", "from", "in", "to", "at", "between", "during", "about"} <= listed


@pytest.mark.parametrize(
    "line",
    [
        r'_TOPIC = re.compile(r"\s+(?:of|on|for)\b")',
        r'_FRAGMENT = re.compile(r"\s*(?:of|on|for|and)\s+(?:the\s+)?")',
        r'return re.compile(rf"\s+(?:on\s+|of\s+|for\s+)?(?!(?i:{_alt(words)})\b)[A-Z][a-z]|[-/][A-Z]{{2}}")',
        r'rest = r"(?P<rest>(?i:for|of|on)\s+(?:[\w-]+\s+){0,4}?(?i:Question)\s+\d{1,2}(?:-\d)?/\d{1,2})(?![\d/])"',
        r'links = ("on", "for", "of") if " " in head or qualified else ("of",)',
        r'of = alternation(["of", "for", "on", *body_connectors("of")])',
        r'_PLURAL_LEAD = re.compile(r"(?:s|men)\s+(?:of|from|for)\s+(?:the\s+)?$")',
        r'r"^\s+from\s+(?P<who>[^.;:()]+?)(?=\s+(?:by|before|until|no\s+later\s+than|not\s+later\s+than)\s|\s*$)"',
        r'name = re.sub(r"^(?:The|At|In|On|For|During|Both|And)\s+", "", m.group("name"))',
        r'first = re.sub(r"^(?:(?:The|At|In|On|For|During|Both|From|To|By)\s+)+", "", found.group("first"))',
        r'_TITLE_OF = re.compile(r"\s+(?:of|for|to|in)\s.*$", re.DOTALL)',  # round 35: title-of
        r'_TITLE_HEAD = re.compile(r",|\s+(?:of|for|to|at|on)\s+")',  # title-head
        r'rf",\s*(?:in|by|through|under)\s+(?:its\s+)?resolution\b[^,]{{1,60}},"',  # resolution
        r'r"(?:[Tt]he\s+)(?P<role>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:from|of|for)\s+(?P<country>[A-Z].{2,60})"',
        r'_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z]")',  # round 45: place, spelt 18 times in 14 modules
    ],
)
def test_the_scan_finds_a_spelt_list_of_prepositions(line: str) -> None:
    assert _spelt_prepositions(line)
    assert not _spelt_prepositions(r'_EXTENDED = re.compile(r",\s|\s+(?:of|at)\s")')  # another set
    assert not _spelt_prepositions(r'_HEAD = re.compile(r"(?:[Tt]he|[Tt]his)\s+(?P<head>[A-Za-z]+)")')


# ------------------------------------------------------------------ a leading article (casing.without_article)


def test_one_reading_of_a_leading_article() -> None:
    from wsiskg.ingest.extract.casing import leading_article, without_article
    from wsiskg.ingest.model import _as_written

    assert without_article("The Harbour Board") == "Harbour Board"
    assert without_article("the  harbour towns") == "harbour towns"
    assert without_article("Theatre Guild of Apia") == "Theatre Guild of Apia"  # a word, not its first letters
    assert without_article("THE HARBOUR BOARD") == "THE HARBOUR BOARD"
    assert without_article("THE HARBOUR BOARD", case="any") == "HARBOUR BOARD"
    assert without_article("The towns", case="lower") == "The towns"  # a phrase read in lower case
    assert without_article("This Expert Group", "the", "this") == "Expert Group"
    assert without_article("Our Island Office", "the", "our", "its", case="any") == "Island Office"
    assert without_article("all the towns", "the", "all", case="lower") == "the towns"  # the first word only
    assert _as_written("The  Member  States") == "member states"
    m = leading_article(("the", "all"), "any").match("ALL coastal towns")
    assert m is not None and m.group(0) == "ALL "


#: a regex of a module that is only a leading article or determiner (``r"^[Tt]he\s+"``, ``r"^(?:the|all)\s+"``,
#: ``r"^(?:[Tt]he\s+)?"``, ``r"^\s*(?:[Tt]he\s+)?"``): a copy of casing.leading_article
_LEADING_WORDS = re.compile(
    r"""r["']\^(?:\\s\*)?(?:\(\?:)?((?:\[\w\w\])?\w+(?:\\s\+)?(?:\|(?:\[\w\w\])?\w+(?:\\s\+)?)*)\)?(?:\\s\+)?\??["']"""
)
_DETERMINERS = {"the", "this", "its", "our", "their", "my", "all", "a", "an"}


def _spelt_article(line: str) -> bool:
    m = _LEADING_WORDS.search(line)
    words = {re.sub(r"^\[\w(\w)\]|\\s\+$", r"\1", w).lower() for w in m.group(1).split("|")} if m else set()
    return "the" in words and words <= _DETERMINERS


def test_no_module_spells_a_leading_article() -> None:
    # round 32: request_codes.LEADING_THE, agent_resolver._ARTICLE, request_speakers._ARTICLE and about twenty
    # re.sub(r"^(?:the|all)\s+", ...) in fifteen modules (resolutions and request_cited_subjects the same one) each
    # spelt the words and their case; each asks casing.without_article (words, case) now
    assert _code_lines_where(_spelt_article) == []


@pytest.mark.parametrize(
    "line",
    [
        r'LEADING_THE = re.compile(r"^(?:[Tt]he|[Tt]his)\s+")',
        r'name = re.sub(r"^[Tt]he\s+", "", name)',
        r'bare = re.sub(r"^(?:the|our|its)\s+", "", phrase.strip(), flags=re.IGNORECASE)',
        r'lead = re.match(r"^(?:the\s+|all\s+)?", clause, re.IGNORECASE)',
        r'if re.sub(r"^\s*(?:[Tt]he\s+)?", "", text):',
        r'label = re.sub(r"^(?:The|the)\s+", "", m.group("name"))',
    ],
)
def test_the_scan_finds_a_spelt_leading_article(line: str) -> None:
    assert _spelt_article(line)
    assert not _spelt_article(r'name = re.sub(r"^(?:The|At|In|On|For)\s+", "", name)')  # openers, not articles


#: a courtesy formula's words spelt in a pattern: ``would\s+like``, ``like\s+to``, ``wish\s+to``,
#: ``has\s+the\s+honour``, ``is\s+pleased`` (author-cues.csv's kinds formula, formula-noun, formula-state)
_FORMULA_SPELT = re.compile(r"(?:like|wish)\\s\+to|would\\s\+like|the\\s\+hono|(?:is|am|are)\\s\+pleased")


def test_no_pattern_spells_a_courtesy_formulas_words() -> None:
    # round 31: request_polite._POLITE ("like to", "wish to" after its modal), request_subjects._WE_BEFORE ("would
    # like to", "wish to") and request_items._PROPOSALS_LEAD ("would like", "is pleased") read author_cues
    # (polite_modal, cue_alternation("formula"), courtesy_formula); writer-formula rows no longer spell "has the
    # honour to"
    assert _code_lines_where(_FORMULA_SPELT.search) == []
    nouns = author_cues("formula-noun")
    assert not [c for c in author_cues("writer-formula") if any(n in c.split() for n in nouns)]


def test_a_list_of_codes_is_not_a_list_of_acronyms() -> None:
    # round 31 (decided): request_addressee_pieces._CODE is no copy of bodies.acronym_written; they answer two questions
    # "the Asia-Pacific and African Offices" name two offices by words; "the WTDC-22 and WTSA-24 reports" by codes
    code = _CODE
    assert acronym_written("Asia-Pacific") and not code.search("Asia-Pacific")
    assert code.search("WTDC-22") and not acronym_written("WTDC-22")


# ------------------------------------------------------------------ a session line's head and its first word


def test_a_session_line_reads_the_shared_small_words_and_determiners() -> None:
    # round 32: event_header_sessions spelt its own joiners (of|the|for|...|by) and determiners (the|an?|its|...),
    # event_met._met_pattern the same joiners but or, as, about
    from wsiskg.ingest.extract.casing import english_small_words, small_word_alternation
    from wsiskg.ingest.extract.event_dates import DETERMINER
    from wsiskg.ingest.extract.event_header_sessions import _NOT_FIRST, _SESSION_LINE
    from wsiskg.ingest.extract.event_met import _met_pattern
    from wsiskg.ingest.extract.gazetteer import small_words

    assert {"a", "an", "the", "of", "on", "for", "to", "in", "and", "at", "by", "with"} <= english_small_words()
    assert not {"&", "la", "le", "e", "y", "de"} & english_small_words()  # signs and another language's words
    assert english_small_words() <= small_words()
    assert small_word_alternation(english_small_words()) in _SESSION_LINE.pattern
    assert small_word_alternation(english_small_words()) in _met_pattern().pattern  # the name before "met"
    assert _NOT_FIRST.pattern.startswith(DETERMINER)
    assert "(?i:the|" not in _NOT_FIRST.pattern


# ------------------------------------------------------------------ plurals


@pytest.mark.parametrize(
    ("singular", "written"),
    [
        ("Working Party", "Working Parties"),
        ("Task Force", "Task Forces"),
        ("Commission", "Commissions"),
        ("Branch", "Branches"),
        ("Day", "Days"),
        ("executive secretary", "executive secretaries"),
        ("Vice-Chairman", "Vice-Chairmen"),
    ],
)
def test_one_plural_of_heads_roles_and_groups(singular: str, written: str) -> None:
    assert plural(singular) == written


def test_every_reader_of_plural_heads_reads_the_one_plural() -> None:
    # round 38: a plural was head + "s" in four places (Working Partys, Secretarys, each Party -> Partys)
    assert re.fullmatch(listed_bodies(), "Working Parties 2A, 2B and 2C")
    assert re.fullmatch(listed_bodies(), "Task Forces 1 and 3")
    assert "Executive Secretaries" in roles()["executive-secretary"].forms
    assert _code_lines_where(re.compile(r'\+ "s"').search) == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Question 4/1: Economic policies", ("4", "1")),
        ("the Rapporteur Group for Question 12-3/1", ("12-3", "1")),  # an earlier period's, with its revision
        ("Document RGQ3/1/12", None),  # a document's number, not a Question's
    ],
)
def test_a_questions_number_is_read_one_way(text: str, numbers: tuple[str, str] | None) -> None:
    # rapporteur_groups.question_number: the rapporteur groups' forms and keys and the header's Question line
    m = re.search(rf"(?<![\w/]){question_number('q', 'sg')}", text)
    assert (m and (m["q"], m["sg"])) == numbers if numbers else m is None


def test_the_verbs_that_give_a_post_are_one_list() -> None:
    """``election-verbs.csv`` is the one list of the verbs that give a post: a person's post read after a name
    (``person_posts._ELECTED``) and the chair who sits after an election (``request_speakers._election``) read
    the same verbs (the second spelt four of them, the first five, and a third list added two proposals);
    ``re-`` before any of them; a proposal (``proposed``) gives no post by itself."""
    from wsiskg.ingest.extract.gazetteer import post_verbs
    from wsiskg.ingest.extract.person_posts import _ELECTED_VERB, _ELECTED_WORDS
    from wsiskg.ingest.extract.request_speakers import _election

    votes = post_verbs("vote")
    assert {"elected", "appointed", "designated", "nominated", "confirmed"} <= set(votes)
    for verb in votes:
        for form in (verb, f"re-{verb}", f"re{verb}"):
            assert _ELECTED_VERB.search(f"was {form} Vice-Chair") and _election().search(f"The Group {form} Ms A")
    assert not _election().search("The Group proposed Ms A") and not _ELECTED_VERB.search("was proposed")
    assert re.fullmatch(_ELECTED_WORDS, "selected") and re.fullmatch(_ELECTED_WORDS, "re-elected")


def test_the_words_of_a_last_meeting_are_one_list() -> None:
    """``numbers.csv`` kind ``final`` (``ordinals.final_words``) is the one list of the words naming a series' last
    meeting: the event readers of a meeting named by no number (``event_numbered``, which spelt ``final|last``
    twice) and of a preparatory meeting's name (``event_preparatory``) read it."""
    from wsiskg.ingest.extract.event_numbered import _FINAL_WORD, _unnamed_numbered
    from wsiskg.ingest.extract.ordinals import final_words

    assert {"final", "last"} <= set(final_words())
    for word in final_words():
        assert _FINAL_WORD.search(f"at the {word} meeting in Lomé")
        assert _unnamed_numbered().search(f"its {word} session")


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Operators are invited to complete Part D. Regulators are encouraged to reply by May.",
            ["Operators are invited to complete Part D.", "Regulators are encouraged to reply by May."],
        ),
        (
            "The figures are set out in (Annex C. The Group thanked the Rapporteur.",
            ["The figures are set out in (Annex C.", "The Group thanked the Rapporteur."],
        ),
        # an initial still does not end a sentence, nor a letter after a word that labels no part
        (
            "The report of Ms K. Tamura was noted. Mr P. Okafor agreed.",
            ["The report of Ms K. Tamura was noted.", "Mr P. Okafor agreed."],
        ),
    ],
)
def test_a_letter_that_names_a_part_ends_its_sentence(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences
