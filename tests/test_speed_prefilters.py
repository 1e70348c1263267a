"""Work the extractor skips or does once (issue 8's one-second line): each shortcut must find exactly
what the full reading finds. Prefilters skip a pattern only when the text lacks something every
match needs; answers kept in the document model are kept only while ``extract`` reads it."""

from __future__ import annotations

import re

import pytest
from extract_support import one_section_report

from wsiskg.ingest.extract import date_finder, dates, event_series, meeting_mentions
from wsiskg.ingest.extract.document import new_document, once_per_document
from wsiskg.ingest.extract.event_series import coded_mentions, series_mentions, venue_year_mentions
from wsiskg.ingest.extract.meeting import load_body_names
from wsiskg.ingest.extract.meeting_mentions import meeting_hits
from wsiskg.ingest.text import has_two_digits, has_year, squash

SENTENCES = [
    "The Plenipotentiary Conference (Busan, 2014) adopted the text; PP-18 revised it.",
    "Delegates met at the WSIS Forum 2031 and again during WSIS-Forum 2032.",
    "The ITU Council at its 2029 session noted C29 and the Council session of 2030.",
    "The Group heard from the Regional Office; no date was set.",
    "WTDC-25 will meet from 3 to 14 November 2025 in Baku, after the 2024-11-02 briefing.",
    "The World Telecommunication Development Conference held in Kigali in 2022 agreed.",
    "between Monday 4 May and Friday 8 May 2031, and again on 12/06/2031.",
]


def test_year_and_digit_gates() -> None:
    assert has_year("in 2031") and has_year("WSIS-Forum 1999") and not has_year("in 2131") and not has_year("PP-22")
    assert has_two_digits("PP-22") and not has_two_digits("Study Group 5")


@pytest.mark.parametrize("text", SENTENCES)
def test_dates_found_with_the_gates_as_without(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = date_finder.find_dates(text, 2031, years=True, months=True)
    date_finder._dates_in.cache_clear()
    monkeypatch.setattr(date_finder, "_NAMED_MONTH_FORMS", frozenset())
    monkeypatch.setattr(date_finder, "_FOUR_DIGIT_FORMS", frozenset())
    try:
        assert date_finder.find_dates(text, 2031, years=True, months=True) == gated
    finally:
        date_finder._dates_in.cache_clear()


@pytest.mark.parametrize("text", SENTENCES)
def test_series_read_in_a_paragraph_that_names_them_as_in_the_whole_document(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Series mentions with a paragraph's own series only (and the year gates) are those read with
    every series the document holds."""
    doc = new_document(one_section_report(*SENTENCES))
    doc.reading = True
    try:
        found = (series_mentions(text), coded_mentions(text), venue_year_mentions(text))
        monkeypatch.setattr(event_series, "_named_here", event_series._held)  # the whole document's series
        monkeypatch.setattr(event_series, "has_year", lambda _: True)
        monkeypatch.setattr(event_series, "has_two_digits", lambda _: True)
        assert (series_mentions(text), coded_mentions(text), venue_year_mentions(text)) == found
    finally:
        doc.reading = False
    assert found[0] or found[1] or found[2] or not any(w in text for w in ("Forum", "Conference", "PP-", "C29"))


def test_holds_squashed_is_a_substring_test() -> None:
    doc = new_document(one_section_report(*SENTENCES))
    for name in ("World Telecommunication Development", "Kigali", "Nairobi", "ab", "Forum 2031", "C29", "Regional X"):
        assert doc.holds_squashed(squash(name)) == (squash(name) in doc.squashed)


def test_answers_are_kept_only_while_extract_reads() -> None:
    calls: list[int] = []

    def build() -> int:
        calls.append(1)
        return len(calls)

    doc = new_document(one_section_report("A text."))
    assert once_per_document(("k",), build) == 1 and once_per_document(("k",), build) == 2  # not reading: afresh
    doc.reading = True
    kept = ["x"]
    assert once_per_document(("k", id(kept)), build, kept) == 3
    assert once_per_document(("k", id(kept)), build, kept) == 3  # kept
    assert once_per_document(("k", id(kept)), build, ["x"]) == 4  # another object of that id: afresh
    doc.reading = False


def test_the_meeting_readers_keep_their_answers_in_the_document_memo() -> None:
    """``meeting_memo.once`` is :func:`once_per_document`: kept while extract reads the report, afresh otherwise."""
    from wsiskg.ingest.extract.meeting_memo import once

    calls: list[object] = []

    def read(report: object) -> int:
        calls.append(report)
        return len(calls)

    report = one_section_report("A text.")
    doc = new_document(report)
    assert once(report, "x", read) == 1 and once(report, "x", read) == 2  # not reading: afresh
    doc.reading = True
    try:
        assert once(report, "x", read) == 3
        assert once(report, "x", read) == 3  # kept
        assert once(report, "y", read) == 4  # another question
        assert once(one_section_report("Another text."), "x", read) == 5  # another report
    finally:
        doc.reading = False


#: citations with the word first, after an issuer, after a slash, in capitals, and texts with none
CITATIONS = [
    "The Assembly recalled Resolution 88 (Rev. Lagoa, 2030) and resolutions 12 and 19.",
    "WTDC Resolution 41 and ITU-R/RES.7 were noted; see also Dec. 604 and OPINION 3.",
    "Council decision 733 (C31, last amended C33) applies, as does UNGA resolution 81/220.",
    "RESOLUTION 140 (REV. TALLINN, 2029) was read; the address, the precise dress code and the decorum.",
    "The Tide Panel presented its preliminary results; the address was precise, 4 (Rev. 2).",
    "Nonresolution 12, redecision 4 and preopinion 9 are not citations (Harbour, 2031).",
]


@pytest.mark.parametrize("text", CITATIONS)
def test_resolution_citations_are_searched_only_where_a_citation_word_stands(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issuers' long alternation is skipped in a text without a citation word after no letter or
    digit; every citation the full reading finds is found."""
    import re

    from wsiskg.ingest.extract import resolutions

    gated = resolutions.resolution_mentions(text)
    monkeypatch.setattr(resolutions, "_A_WORD", re.compile(""))
    assert gated == resolutions.resolution_mentions(text)


PLURALS = [
    "Briefing webinars for delegates will be held on 3 and 5 June 2031.",
    "The Secretariat will hold informal consultations with the regional groups on 9 and 11 October 2032.",
    "1.2 Technical workshops on spectrum were held on 14 and 15 May 2030, followed by seminars on 16 May.",
    "Delegates discussed consultations at length on 2 April 2031, preceded by webinars on 1 April 2031.",
    "The workshop was held on 7 March 2031; no consultation followed.",  # singular only: skipped
    "Networkshops, on 4 May 2031, and consultationsX.",  # a noun inside a word, and after a word joiner
]


@pytest.mark.parametrize("text", PLURALS)
def test_bare_plural_events_read_with_the_plural_noun_gate_as_without(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``event_forms.bare_plural_mentions`` searches its pattern only where a generic noun stands in the
    plural (``webinars``): the events are those read without the gate."""
    import re

    from wsiskg.ingest.extract import event_met

    found_dates = dates.find_dates(text, 2031)
    gated = event_met.bare_plural_mentions(text, found_dates)
    monkeypatch.setattr(event_met, "_bare_plural_noun", lambda: re.compile(""))  # matches every text
    assert event_met.bare_plural_mentions(text, found_dates) == gated
    assert bool(gated) == (PLURALS.index(text) < 4)  # the last two hold no plural noun of their own


#: meetings in several wordings (numbered or not, the body before or after, in capitals, a verb of meeting,
#: a rapporteur group), and texts that name none
MEETING_TEXTS = [
    "The Council Working Group on Child Online Protection held its 12th meeting in Lusaka.",
    "REPORT ON THE SECOND PHYSICAL MEETING OF THE EXPERT GROUP ON TELECOMMUNICATION/ICT INDICATORS",
    "The fourth Expert Group on Telecommunication/ICT Indicators (EGTI) took place in Valletta on 3 May 2033.",
    "The 31st TDAG was held in Geneva.",
    "The Lagoon Advisory Panel met for the third time, in Suva.",
    "Participants of the Rapporteur Group meeting for Question 6/2 gathered online.",
    "at the 2033 session of the Council, and the TDAG 31st meeting",
    "The Tide Observatory convened in Apia from 4 to 6 June 2033",
    "Delegates from Fiji and Tonga reviewed the draft budget for 2034-2035.",
    "The secretariat will circulate the contributions by 12 March 2033.",
    "Item 4: ITU-D Study Group 1 and the Radio Regulations Board; no decision was taken.",
]


#: the texts in which meetings are found, numbered ones only and all
FOUND = {False: {t for i, t in enumerate(MEETING_TEXTS) if i in (0, 1, 2, 3, 4, 6)}, True: set(MEETING_TEXTS[:8])}


@pytest.mark.parametrize("text", MEETING_TEXTS)
@pytest.mark.parametrize("unnumbered", [False, True])
def test_meetings_read_with_the_cue_as_without(text: str, unnumbered: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """A text without ``meeting``, ``session``, a verb of meeting or a rapporteur group's noun is not searched
    with the meeting forms: what they find is what the forms find in every text."""
    bodies = load_body_names()
    gated = meeting_hits(text, bodies, unnumbered)
    monkeypatch.setattr(meeting_mentions, "_forms_cue", lambda: re.compile(""))
    assert meeting_hits(text, bodies, unnumbered) == gated
    assert bool(gated) == (text in FOUND[unnumbered])


def test_the_meeting_cue_takes_the_verbs_and_nouns_of_the_word_list_in_any_case() -> None:
    cue = meeting_mentions._forms_cue()
    for text in ("MEETING", "Plenary Session", "was\nheld in Lima", "TOOK PLACE", "the rapporteur's  group"):
        assert cue.search(text), text
    assert not cue.search("The Working Group reviewed the budget.")
