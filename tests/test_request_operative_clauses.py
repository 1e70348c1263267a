"""Requests whose sentence once gave no item at all: operative clauses that open on
their verb after a lead in another paragraph (a resolution's preamble, a declaration's ``We, ...``, a
list's subject), items after a lead ending ``and:``, and ``that`` clauses lettered inline. Each class is
tested with invented variants (other verbs, cases, marks, layouts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_support import kinds_report as kinds
from extract_support import parsed_text, parties
from extract_support import requests_of as run

from wsiskg.ingest.extract import extract


def _first_words(got: tuple) -> list[str]:
    return [x.action.split()[0] for x in got]


# ------------------------------------------------------------- items after "X did Y and:"
def test_items_after_a_lead_ending_and_colon_take_its_subject() -> None:
    for verb in ("endorsed the work plan", "reviewed the national reports", "adopted the roadmap, "):
        r = kinds(
            (f"The Group {verb} and:", "body"),
            ("invited Member States to share their helpline data by 1 March 2031;", "body"),
            ("requested the secretariat to publish a compilation of the replies;", "body"),
            ("urged Sector Members to join the initiative.", "body"),
        )
        got = run(r, "cwg-cop")
        assert _first_words(got) == ["share", "publish", "join"], verb
        assert {parties(x)[1] for x in got} == {"body:cwg-cop"}


def test_lettered_items_after_an_and_colon_lead_in_the_present() -> None:
    r = kinds(
        ("The Group endorses the guidelines and:", "body"),
        ("(a) requests the secretariat to translate them;", "list-item"),
        ("(b) invites the Chair to report to the Council in 2032.", "list-item"),
    )
    got = run(r, "cwg-cop")
    assert _first_words(got) == ["translate", "report"]
    assert {parties(x)[1] for x in got} == {"body:cwg-cop"}


def test_unmarked_items_in_the_s_form_after_a_subject_and_colon_keep_it() -> None:
    r = kinds(
        ("B. The Group:", "body"),
        ("requests the secretariat to compile the replies by 15 April 2031;", "body"),
        ("invites the Chair to report to the Council;", "body"),
        ("encourages Member States to share their strategies.", "body"),
    )
    got = run(r, "cwg-cop")
    assert _first_words(got) == ["compile", "report", "share"]
    assert {parties(x)[1] for x in got} == {"body:cwg-cop"}


def test_an_and_colon_lead_with_no_verb_of_the_subject_before_it_names_no_subject() -> None:
    r = kinds(
        ("Outcomes of the session on rural connectivity and:", "body"),
        ("invited Member States to share their data;", "body"),
    )
    assert all(parties(x)[1] != "body:cwg-cop" or x.action for x in run(r, "cwg-cop"))


# ------------------------------------------------------------- "that" clauses lettered inline
def test_a_that_clause_cut_by_a_colon_before_inline_letters_is_one_request_per_item() -> None:
    for verb in ("recommended", "requested", "proposed"):
        r = kinds(
            (
                f"The Group {verb} that: a) the secretariat publish the replies on the website; "
                "b) Member States nominate focal points by 30 June 2031.",
                "body",
            ),
        )
        got = run(r, "cwg-cop")
        assert [parties(x)[2] for x in got] == [("body:cwg-cop-secretariat",), ("collective:member-states",)], verb


def test_a_that_clause_cut_by_a_colon_before_inline_dashes_is_one_request_per_item() -> None:
    r = kinds(
        ("The Group recommended that: - Member States adopt national strategies; - Sector Members share data.", "body"),
    )
    got = run(r, "cwg-cop")
    assert [parties(x)[2] for x in got] == [("collective:member-states",), ("collective:sector-members",)]


# ------------------------------------------------------------- a list's subject before items marked inline
def test_items_dashed_or_lettered_inline_after_a_list_subject_are_one_request_each() -> None:
    """``TSAG: - agreed ...; - invited X to ...`` (a list run into one paragraph by the writer or the layout):
    each item is read as if it stood in its own paragraph under the subject."""
    texts = (
        "At its May 2031 meeting, the Group: - agreed on the draft work plan; - invited the Chair to report to the "
        "Council in 2032; - urged Member States to nominate focal points by 30 June 2031.",
        "The Group: (a) invited the Chair to report to the Council in 2032; (b) urged Member States to nominate "
        "focal points by 30 June 2031; and (c) noted the progress report.",
        "Following the debate, the Group: – invited the Chair to report to the Council in 2032; – urged Member "
        "States to nominate focal points by 30 June 2031.",
        "The Group: a) invites the Chair to report to the Council in 2032; b) urges Member States to nominate "
        "focal points by 30 June 2031.",
    )
    for text in texts:
        got = run(kinds((text, "body")), "cwg-cop")
        assert _first_words(got) == ["report", "nominate"], text
        assert {parties(x)[1] for x in got} == {"body:cwg-cop"}, text


def test_a_list_subject_before_names_or_things_marked_inline_asks_no_one() -> None:
    for text in (
        "Participants: - Mr Amadou Diallo (Senegal); - Ms Ana Ruiz (Peru).",
        "Documents: a) the report of the Group; b) the draft work plan.",
        "The Group: - noted the report; - welcomed the new members.",
    ):
        assert run(kinds((text, "body")), "cwg-cop") == (), text


def test_noted_that_with_inline_letters_asks_no_one() -> None:
    r = kinds(("The Group noted that: a) the replies were late; b) the website was updated.", "body"))
    assert run(r, "cwg-cop") == ()


# ------------------------------------------------------------- operative clauses of a resolution text
def test_capitalised_operative_verbs_after_the_preamble_are_the_issuer_s() -> None:
    r = kinds(
        ("The Council,", "body"),
        ("Considering the outcomes of the symposium,", "body"),
        ("Instructs the Secretary-General to publish the indicators;", "body"),
        ("Invites Member States to share their national data by 31 March 2032;", "body"),
        ("Encourages Sector Members to support the collection.", "body"),
    )
    got = run(r, None)
    assert _first_words(got) == ["publish", "share", "support"]
    assert {parties(x)[1] for x in got} == {"body:itu-council"}


def test_a_preamble_glued_to_its_first_participle_opens_the_resolution_text() -> None:
    r = kinds(
        ("The Council, Recalling its Resolution 1332 and noting the report of the Secretary-General,", "body"),
        ("Requests the Secretary-General to report at its next session.", "body"),
    )
    assert [parties(x)[1] for x in run(r, None)] == ["body:itu-council"]


@pytest.mark.parametrize(
    ("preamble", "issuer"),
    [
        ("The fifth World Telecommunication/ICT Policy Forum (Geneva, 2033),", "body:wtpf"),
        (
            "The twenty-third Plenipotentiary Conference of the International Telecommunication Union (Doha, 2034),",
            "body:itu-pp",
        ),
        ("The 9th World Telecommunication Development Conference (Lomé, 2035),", "body:wtdc"),
    ],
)
def test_a_preamble_with_the_ordinal_of_its_session_opens_the_resolution_text(preamble: str, issuer: str) -> None:
    r = kinds(
        (preamble, "body"),
        ("considering", "body"),
        ("the outcomes of the regional workshops on IPv6,", "body"),
        ("invites the Secretary-General", "body"),
        ("to bring this Opinion to the attention of the Council,", "body"),
        ("invites Member States and Sector Members", "body"),
        ("to share their experience with the IPv6 Group.", "body"),
    )
    got = run(r, None)
    assert [(parties(x)[1], x.action.split()[0]) for x in got] == [(issuer, "bring"), (issuer, "share")]


@pytest.mark.parametrize("mark", ["ADD", "MOD"])
def test_an_operative_verb_after_an_amendment_mark_is_the_issuer_s(mark: str) -> None:
    r = kinds(
        ("The Plenipotentiary Conference of the International Telecommunication Union (Doha, 2034),", "body"),
        ("instructs the Secretary-General", "body"),
        ("to report annually to the Council on the regional coordinators;", "body"),
        (f"{mark} invites Member States", "body"),
        ("to nominate national coordinators and notify the General Secretariat by 31 December 2034;", "body"),
        (f"{mark} encourages Sector Members to support the coordinators.", "body"),
    )
    got = run(r, None)
    assert [(parties(x)[1:], x.action.split()[0]) for x in got] == [
        (("body:itu-pp", ("collective:secretary-general",)), "report"),
        (("body:itu-pp", ("collective:member-states",)), "nominate"),
        (("body:itu-pp", ("collective:sector-members",)), "support"),
    ]


def test_a_capitalised_ordinal_opening_a_preamble_stays_in_the_name() -> None:
    r = kinds(
        ("The Second Committee,", "body"),
        ("invites the Secretary-General", "body"),
        ("to bring this text to the attention of the Council.", "body"),
    )
    assert [x.requester.label for x in run(r, None)] == ["Second Committee"]


def test_a_preamble_of_an_unknown_conference_is_its_name_as_written() -> None:
    r = kinds(
        ("The General Conference,", "body"),
        ("Having examined the report of the Director-General,", "body"),
        ("Requests the Director-General to report to it at its next session;", "body"),
    )
    got = run(r, None)
    assert [x.requester.label for x in got] == ["General Conference"]


def test_to_items_after_resolves_in_capitals_are_the_issuer_s() -> None:
    r = kinds(
        ("The Council, RESOLVES:", "body"),
        ("To request the administrations to submit their broadband maps by 30 September 2033.", "body"),
        ("To instruct the Secretary-General to publish the maps.", "body"),
    )
    got = run(r, None)
    assert _first_words(got) == ["submit", "publish"]
    assert {parties(x)[1] for x in got} == {"body:itu-council"}


def test_a_base_form_with_a_capital_opening_a_record_s_sentence_is_the_meeting_s() -> None:
    r = kinds(
        ("Recommendations", "heading"),
        ("Request the secretariat to circulate the draft guidelines by 30 June 2031;", "body"),
        ("Invite Member States to comment on them;", "body"),
        ("URGE Sector Members to contribute case studies.", "body"),
    )
    got = run(r, "cwg-cop")
    assert _first_words(got) == ["circulate", "comment", "contribute"]
    assert {parties(x)[1] for x in got} == {"body:cwg-cop"}


def test_lower_case_base_forms_after_the_participants_colon_are_the_meeting_s() -> None:
    r = kinds(
        ("The participants:", "body"),
        ("recognize the need for reliable broadband maps;", "body"),
        ("invite national regulators to share their mapping methods;", "body"),
        ("request the secretariat to set up a repository of agreements.", "body"),
    )
    got = run(r, "cwg-cop")
    assert _first_words(got) == ["share", "set"]
    assert {parties(x)[1] for x in got} == {"body:cwg-cop"}


def test_a_lower_case_base_form_with_no_lead_is_no_clause() -> None:
    r = kinds(
        ("The report was presented.", "body"),
        ("invite all Member States to the party", "body"),
    )
    assert run(r, "cwg-cop") == ()


def test_a_lower_case_operative_lead_of_an_excerpt_is_the_issuer_of_the_resolution_its_title_names() -> None:
    r = kinds(
        ("instructs the Director of the Telecommunication Development Bureau", "body"),
        ("1 to support the national broadband plans of least developed countries;", "body"),
        ("2 to report to the next conference;", "body"),
        ("invites Member States", "body"),
        ("to contribute to the fund.", "body"),
        ("RESOLUTION 37 (Rev. Kigali, 2022)", "body"),
    )
    got = run(r, None)
    assert _first_words(got) == ["support", "report", "contribute"]
    assert {parties(x)[1] for x in got} == {"body:wtdc"}


def test_a_lower_case_operative_verb_with_no_resolution_named_is_no_clause() -> None:
    r = kinds(
        ("The report of the Group was presented by its Chairman, who", "body"),
        ("invites Member States to comment on it.", "body"),
    )
    assert all(x.requester.key != "wtdc" for x in run(r, None))


def test_lines_cut_by_the_layout_between_an_operative_lead_and_its_items_do_not_end_the_list() -> None:
    r = kinds(
        ("The Council,", "body"),
        ("instructs the Secretary-General, in consultation with the Director of the Telecommunication", "body"),
        ("Development Bureau,", "body"),
        ("1 to carry out a review of the regional offices and to report to the Council at its", "body"),
        ("2032 session;", "body"),
        ("2 to consult the regional organizations before 1 November 2031;", "body"),
    )
    got = run(r, None)
    assert _first_words(got) == ["carry", "consult"]
    assert {parties(x)[1] for x in got} == {"body:itu-council"}


# ------------------------------------------------------------- passives without an auxiliary, to an event
def test_a_passive_without_its_auxiliary_asks_its_subject() -> None:
    r = kinds(
        ("FG members invited to comment on the draft specification before 15 April 2031.", "body"),
        ("Experts encouraged to submit contributions to the next meeting.", "body"),
        ("- Administrations urged to pay their arrears.", "body"),
    )
    got = run(r, "cwg-cop")
    assert [(parties(x)[1], parties(x)[2]) for x in got] == [
        ("body:cwg-cop", ("collective:fg-members",)),
        ("body:cwg-cop", ("collective:experts",)),
        ("body:cwg-cop", ("collective:administrations",)),
    ]


def test_no_passive_without_an_object_verb_or_an_infinitive() -> None:
    r = kinds(
        ("The delegate of Peru requested to take the floor.", "body"),
        ("Experts invited to the reception thanked the host.", "body"),
    )
    assert [x for x in run(r, "cwg-cop") if parties(x)[2] == ("collective:experts",)] == []


def test_a_passive_invitation_to_an_event_asks_to_attend_it() -> None:
    r = kinds(
        ('Members were invited to the "Green Networks" session on energy efficiency, 30 June 2031.', "body"),
        ("Participants are invited to the ITU–UNEP webinar on e-waste on 5 May 2031.", "body"),
    )
    got = run(r, "cwg-cop")
    assert [x.action.split()[0] for x in got] == ["attend", "attend"]
    assert [parties(x)[2] for x in got] == [("collective:members",), ("collective:participants",)]


# ------------------------------------------------------------- "requested:" then "X to VERB" items
def test_items_naming_whom_then_to_after_a_bare_verb_of_asking_and_a_colon() -> None:
    r = kinds(
        ("The Group agreed on five regional initiatives and requested:", "body"),
        ("the secretariat to prepare common proposals by 17 September 2031;", "body"),
        ("Member States to present the initiatives to the Council.", "body"),
        ("Following the discussion, the Group asked:", "body"),
        ("(a) the Chair to report to the Council;", "list-item"),
        ("(b) Sector Members to send comments by 1 May 2031.", "list-item"),
    )
    got = run(r, "cwg-cop")
    assert [(parties(x)[0], parties(x)[2]) for x in got] == [
        ("request", ("body:cwg-cop-secretariat",)),
        ("request", ("collective:member-states",)),
        ("ask", ("post:cwg-cop/chair",)),
        ("ask", ("collective:sector-members",)),
    ]
    assert got[0].deadline is not None and got[0].deadline.month == 9


@pytest.mark.parametrize("verb", ["recommended", "recommends", "recommended as follows"])
def test_that_items_after_a_bare_recommended_colon_ask_each_their_subject(verb: str) -> None:
    """``The workshop recommended:`` / ``1. that BDT compile ...``: each item asks its clause's subject (round 42; were:
    no request, ``recommend`` leading no items of its own)."""
    r = kinds(
        (f"The Group {verb}:", "body"),
        ("1. that the regulators of the region publish their spectrum fees;", "body"),
        (
            "2. that the secretariat, in cooperation with UNDP, compile a list of rural projects by 30 June 2031;",
            "body",
        ),
        ("3. that Sector Members share their coverage maps.", "body"),
    )
    got = run(r, "cwg-cop")
    assert [(parties(x)[0], x.action.split()[0]) for x in got] == [
        ("recommend", "publish"),
        ("recommend", "compile"),
        ("recommend", "share"),
    ]
    assert [parties(x)[2] for x in got][1:] == [("body:cwg-cop-secretariat",), ("collective:sector-members",)]


def test_items_that_name_no_agent_after_a_bare_recommended_colon_ask_no_one() -> None:
    r = kinds(
        ("The Group recommended:", "body"),
        ("(a) the adoption of a regional spectrum roadmap;", "list-item"),
        ("(b) closer cooperation between regulators and operators.", "list-item"),
    )
    assert run(r, "cwg-cop") == ()


# ------------------------------------------------------------- an operative verb the layout ran into the line before
def test_an_operative_verb_on_the_line_of_a_drafted_preamble_is_the_contributors(tmp_path: Path) -> None:
    """A contribution's draft resolution whose preamble and first operative verb share a line (``The Conference
    (Kigali, 2030), instructs the Secretary-General`` / ``1 to ...; 2 to ...``): the items are the contributor's
    requests (decision 22), as when the verb stands on a line of its own (round 42; were: none)."""
    text = "\n".join(
        [
            "Contribution from the Republic of Fiji",
            "",
            "PROPOSALS FOR THE WORK OF THE CONFERENCE",
            "",
            "DRAFT NEW RESOLUTION [FJI-1] (KIGALI, 2030)",
            "",
            "Coastal broadband for island States",
            "",
            "The Plenipotentiary Conference of the International Telecommunication Union (Kigali, 2030), instructs "
            "the Secretary-General",
            "",
            "1 to submit an annual report to the Council on coastal broadband; 2 to cooperate with the regional "
            "commissions in preparing the review of 2032;",
            "",
            "invites Member States to contribute to the coastal data portal.",
        ]
    )
    x = extract(parsed_text(tmp_path, text + "\n"))
    got = [(r.requester.key, r.action.split()[0]) for r in x.requests]
    assert got == [("FJI", "submit"), ("FJI", "cooperate"), ("FJI", "contribute")]
    assert "secretary-general" in x.requests[0].addressees[0].key


def test_an_operative_verb_after_a_that_item_on_its_line_is_the_issuers(tmp_path: Path) -> None:
    """``2 that the Vice-Chairs shall be A and B, instructs the Secretary-General`` / ``1 to provide ...``: the verb
    a layout ran into the last ``that`` item of ``resolves`` opens the next clause, the issuer's (round 42; were:
    none for the Secretary-General)."""
    text = "\n".join(
        [
            "RESOLUTION 1400",
            "",
            "Council Working Group on Tides",
            "",
            "The Council, recalling",
            "",
            "a) Resolution 12 (Kigali, 2030) of the Plenipotentiary Conference, resolves",
            "",
            "1 that the Working Group shall continue its work until 2034;",
            "",
            "2 that its Vice-Chairs shall be Mr Ola Berg-Tamm (Norway) and Ms Ana Ruiz-Ortega (Peru), instructs the "
            "Secretary-General",
            "",
            "1 to provide the Working Group with the necessary resources;",
            "",
            "2 to submit a progress report to each session of the Council.",
            "",
            "(Geneva, 2031)",
        ]
    )
    x = extract(parsed_text(tmp_path, text + "\n"))
    got = [(r.requester.key, r.action.split()[0]) for r in x.requests if r.addressees]
    assert got == [("itu-council", "provide"), ("itu-council", "submit")]
    assert all("secretary-general" in r.addressees[0].key for r in x.requests)


# ------------------------------------------------------------- a proposed meeting, and a meeting asked for
def test_a_proposal_that_a_body_meet_is_a_plan_but_one_asking_an_agent_to_convene_is_a_request() -> None:
    """``proposed that the Committee meet for one day`` plans a meeting (no request); ``proposed that the Council
    instruct the Director to convene a workshop`` asks the Council, whose action is to have the meeting held."""
    for text in (
        "The Group proposed that the Committee meet for one day before the Assembly.",
        "It is proposed that the Working Party reconvene in May 2032.",
        "The Group suggested that the next meeting take place in Nairobi in March 2032.",
    ):
        assert run(kinds((text, "body")), "cwg-cop") == (), text
    for text in (
        "The Group proposed that the Council instruct the Secretary-General to convene a workshop on spectrum pricing.",
        "The Group proposes that the Council request the Director of BDT to convene an expert meeting in 2032.",
        "The Group suggested that the Council invite the secretariat to organize a webinar that would take place in "
        "May 2032.",
    ):
        got = run(kinds((text, "body")), "cwg-cop")
        assert [parties(x)[2] for x in got] == [("body:itu-council",)], text


# ------------------------------------------------------------- "agreed that X should:" before its items
def test_a_decided_that_clause_with_a_modal_before_a_colon_asks_its_subject_each_item() -> None:
    """``The meeting agreed that the Secretariat should:`` / ``a) prepare ...``: one request per item, each to the
    clause's subject, the decision verb as the kind (as ``agreed that X should prepare ...`` in one sentence)."""
    cases = (
        ("The Group agreed that the secretariat should:", "agree", ("body:cwg-cop-secretariat",)),
        ("The Group decided that BDT shall:", "decide", ("body:itu-bdt",)),
        ("The Group agreed that Member States should also:", "agree", ("collective:member-states",)),
    )
    for lead, verb, asked in cases:
        r = kinds(
            (lead, "body"),
            ("a) prepare a draft work plan on helplines;", "list-item"),
            ("b) report to the Council in 2032.", "list-item"),
        )
        got = run(r, "cwg-cop")
        assert [parties(x) for x in got] == [(verb, "body:cwg-cop", asked)] * 2, lead
        assert _first_words(got) == ["prepare", "report"], lead


def test_a_decided_that_clause_with_a_modal_and_items_lettered_inline() -> None:
    r = kinds(("The Group decided that the secretariat shall: a) compile the replies; b) publish them online.", "body"))
    got = run(r, "cwg-cop")
    assert [parties(x)[2] for x in got] == [("body:cwg-cop-secretariat",)] * 2
    assert _first_words(got) == ["compile", "publish"]


def test_a_decided_that_clause_whose_subject_is_a_text_gives_its_items_verbs_to_the_deciders() -> None:
    """``agreed that the revised Resolution 77 should:`` / ``a) instruct X to ...``: the text names no one asked;
    its items' verbs of asking are the deciding body's (as after ``The Group agreed to:``)."""
    for lead in (
        "The Group agreed that the revised Resolution 77 should:",
        "The Group decided that the draft Recommendation would:",
        "The Group agreed that the outcome document should also:",
        "The Group agreed that the revised Resolution 77 should accordingly:",  # one modal reader for both leads
    ):
        r = kinds(
            (lead, "body"),
            ("a) instruct the Secretary-General to report to the Council annually;", "list-item"),
            ("b) invite Member States to host regional forums.", "list-item"),
        )
        got = run(r, "cwg-cop")
        assert [parties(x) for x in got] == [
            ("instruct", "body:cwg-cop", ("post:itu/secretary-general",)),
            ("invite", "body:cwg-cop", ("collective:member-states",)),
        ], lead


# ------------------------------------------------ an outcome in a resolution's form: a verb alone, whom in the item
_OUTCOMES = {
    "americas": (
        "REGIONAL PREPARATORY MEETING FOR WTDC-30 FOR THE AMERICAS (RPM-AMS)\nQuito, Ecuador, 3 – 5 May 2029",
        "The Regional Preparatory Meeting for the Americas,",
        ("invites", "2 the Inter-American Telecommunication Commission (CITEL) to coordinate the proposals;"),
        ("requests", "3 the Director of the Telecommunication Development Bureau to take them into account;"),
    ),
    "pacific": (
        "SUBREGIONAL PREPARATORY MEETING FOR WTDC-34 FOR THE PACIFIC ISLANDS (SPM-PAC)\nSuva, Fiji, 8 – 9 June 2033",
        "The Subregional Preparatory Meeting for the Pacific Islands,",
        ("calls upon", "1 the Pacific Islands Telecommunications Association to coordinate the common proposals;"),
        ("urges", "2 Member States of the subregion to nominate focal points by 1 September 2033."),
    ),
    "europe": (
        "REGIONAL PREPARATORY MEETING FOR WTDC-30 FOR EUROPE (RPM-EUR)\nTallinn, Estonia, 12 – 13 April 2029",
        "The Regional Preparatory Meeting for Europe,",
        ("encourages", "4 the Regional Commonwealth in the field of Communications to hold a workshop on 5G;"),
        ("invites", "5 Sector Members of the region to take part in the study groups."),
    ),
}
_EXPECTED = {
    "americas": (
        "Regional Preparatory Meeting for WTDC-30 for the Americas",
        [("invite", "coordinate"), ("request", "take")],
    ),
    "pacific": (
        "Subregional Preparatory Meeting for WTDC-34 for the Pacific Islands",
        [("call-upon", "coordinate"), ("urge", "nominate")],
    ),
    "europe": ("Regional Preparatory Meeting for WTDC-30 for Europe", [("encourage", "hold"), ("invite", "take")]),
}


@pytest.mark.parametrize("name", sorted(_OUTCOMES))
def test_an_outcomes_operative_verb_alone_asks_whom_its_numbered_item_names(tmp_path: Path, name: str) -> None:
    """``The Regional Preparatory Meeting for the Americas,`` (the meeting body's name in part) / ``invites`` /
    ``2 the X to ...``: the meeting body asks X; its header names the body in capitals, its label is the name in
    title case."""
    header, preamble, *clauses = _OUTCOMES[name]
    lines = [header, "", "OUTCOME DOCUMENT", "", preamble, "", "considering", "the results of the plan,"]
    for verb, item in clauses:
        lines += ["", verb, item]
    x = extract(parsed_text(tmp_path, "\n".join(lines) + "\n"))
    label, asked = _EXPECTED[name]
    assert x.meeting is not None
    assert [(r.requester.label, r.verb, r.action.split()[0]) for r in x.requests] == [(label, *a) for a in asked]
    assert all(r.addressees for r in x.requests)
