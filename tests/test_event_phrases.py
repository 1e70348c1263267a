"""Events named by a generic noun phrase (``event_forms.generic_mentions``) that no date makes an
event: a meeting named by its number and a generic noun is one event, dated or not; and the
header of a contribution naming the meeting it is for, with the issue date on the same line."""

from __future__ import annotations

from datetime import date

import pytest
from extract_support import make_report

from wsiskg.ingest.extract.dates import find_dates
from wsiskg.ingest.extract.event_forms import generic_mentions
from wsiskg.ingest.extract.event_merging import _final
from wsiskg.ingest.extract.events import event_mentions, find_events
from wsiskg.ingest.records import Meeting


def _undated(text: str, meeting: Meeting | None = None) -> dict[str, str]:
    return {m.name: m.key for m in event_mentions(text, 2031, meeting=meeting) if m.start is None}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The decision was adopted at the eleventh plenary meeting.", "eleventh plenary meeting"),
        ("The roadmap will be reviewed at the fifth facilitation meeting.", "fifth facilitation meeting"),
        ("The 3rd joint meeting agreed to merge the two questionnaires.", "3rd joint meeting"),
        ("Members may comment before the twenty-ninth meeting of the Group.", "twenty-ninth meeting of the Group"),
        (
            "It reported to the second expert group meeting on cyber resilience.",
            "second expert group meeting on cyber resilience",
        ),
        (
            "The text goes to the forty-fourth session of the Governing Board.",
            "forty-fourth session of the Governing Board",
        ),
    ],
)
def test_a_meeting_named_by_its_number_is_an_event_without_dates(text: str, name: str) -> None:
    assert name in _undated(text)


@pytest.mark.parametrize(
    "text",
    [
        "At the 4th meeting, the delegate of Peru took the floor.",  # the meeting body's: read elsewhere
        "Welcome to the twelfth meeting of this Group.",  # the report's own
        "The two previous meetings agreed on the workplan.",  # several
        "The secretariat will report at the same meeting.",
        "The second phase of the project starts in June.",  # no event noun
    ],
)
def test_no_numbered_event_without_a_number_or_naming_the_one_at_hand(text: str) -> None:
    assert _undated(text) == {}


def test_a_numbered_meeting_with_its_dates_keeps_them() -> None:
    (found,) = event_mentions("The fifth facilitation meeting was held in Lima on 3 May 2031.", 2031)
    assert (found.name, found.start) == ("fifth facilitation meeting", date(2031, 5, 3))


def test_a_numbered_meeting_named_again_generically_is_the_one_named_in_full() -> None:
    report = make_report(
        "1 The 4th meeting of the Council Working Group on Child Online Protection will be held in Geneva on "
        "21 and 22 January 2031.",
        "2 Members are invited to send their contributions before the fourth meeting of the Group.",
    )
    events = find_events(report, 2031)
    assert [(e.key, e.start, e.paragraphs) for e in events] == [("cwg-cop-4", date(2031, 1, 21), (1, 2))]


def test_a_numbered_meeting_named_generically_may_be_the_reports_own() -> None:
    own = Meeting(body="itu-council", number=6, start=date(2031, 6, 10))
    report = make_report(
        "1 The Council approved the text at its session.", "2 The sixth plenary meeting closed at noon."
    )
    assert find_events(report, 2031, meeting=own) == ()
    other = Meeting(body="itu-council", number=7, start=date(2031, 6, 11))
    assert [e.name for e in find_events(report, 2031, meeting=other)] == ["sixth plenary meeting"]


@pytest.mark.parametrize(
    "header",
    [
        "Ninth meeting – Geneva, 3-4 February 2031 20 January 2031",  # the issue date on the dateline's line
        "Ninth meeting, virtual, 3-4 February 2031 20 January 2031",
        "Ninth meeting – Geneva, 3-4 February 2031",
    ],
)
def test_a_contribution_header_with_its_issue_date_on_the_same_line(header: str) -> None:
    report = make_report("Document CWG-COP-9/4-E", header, "Contribution from Chile", "1 Chile supports the text.")
    found = {e.key: (e.start, e.end) for e in find_events(report, 2031)}
    assert found == {"cwg-cop-9": (date(2031, 2, 3), date(2031, 2, 4))}


def test_the_group_of_a_contribution_is_the_group_its_header_names() -> None:
    report = make_report(
        "Document CWG-COP-9/4-E",
        "Ninth meeting – Geneva, 3-4 February 2031 20 January 2031",
        "1 Chile will present its survey before the tenth meeting of the Group.",
    )
    keys = {e.key: e.start for e in find_events(report, 2031)}
    assert keys == {"cwg-cop-9": date(2031, 2, 3), "cwg-cop-10": None}


def test_merges_follow_a_chain_to_its_end() -> None:
    assert _final({"a": "b", "b": "c", "d": "c"}) == {"a": "c", "b": "c", "d": "c"}
    assert _final({"a": "b", "b": "a"}) == {}  # a loop moves nothing


def test_an_event_named_without_its_number_elsewhere_is_the_numbered_one() -> None:
    report = make_report(
        "1 The Director presented the Global Digital Symposium to the Group.",
        "2 The second Global Digital Symposium will be held together with the next Assembly.",
    )
    assert [(e.name, e.start, e.paragraphs) for e in find_events(report, 2031)] == [
        ("second Global Digital Symposium", None, (1, 2))
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The survey was discussed at a national meeting in Quito on 18 April 2031.", "national meeting"),
        ("An informal session was held on 4 May 2031 to prepare the text.", "informal session"),
        ("The Bureau convened a regional meeting on 2 June 2031.", "regional meeting"),
    ],
)
def test_a_modifier_that_qualifies_a_meeting_with_its_own_dates(text: str, name: str) -> None:
    assert [m.name for m in event_mentions(text, 2031) if m.start] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The virtual meeting on 3 May 2031 agreed on the text.",  # a mode: the meeting at hand
        "The Plenary meeting held on 4 May 2031 closed the session.",  # a sitting
        "The annual meeting on 5 May 2031 approved the budget.",  # the body's, read elsewhere
    ],
)
def test_a_mode_or_a_sitting_does_not_make_a_meeting_an_event(text: str) -> None:
    assert event_mentions(text, 2031) == []


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "The Commission will convene an inter-sessional panel in Dakar on 3 and 4 December 2031.",
            "inter-sessional panel",
            date(2031, 12, 3),
        ),
        (
            "Report of the expert panel of the Broadband Commission (Quito, 5-6 May 2031)",
            "expert panel of the Broadband Commission",
            date(2031, 5, 5),
        ),
    ],
)
def test_panels_with_their_own_dates(text: str, name: str, start: date) -> None:
    assert [(m.name, m.start) for m in event_mentions(text, 2031)] == [(name, start)]


@pytest.mark.parametrize(
    "text",
    [
        "The selection panel, composed of three councillors, will report to the Council.",  # a body, no date
        "The results of the survey carried out in the first half of 2031 were presented.",  # no day or month
        "Replies to the online survey, open until 15 December 2031, are welcome.",  # a deadline
        # docs/annotation-guide.md, decision 13: a survey or questionnaire is no event, dated or not
        "The results of the staff survey conducted in March 2031 were presented.",
        "The Bureau launched an online survey of the membership on 16 October 2031.",
    ],
)
def test_panels_and_surveys_without_dates_of_their_own(text: str) -> None:
    assert event_mentions(text, 2031) == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Third, the ITU Council session of 2031, where the Chair will present the report.", "council-2031"),
        ("The Council session in 2030 adopted the plan.", "council-2030"),
    ],
)
def test_a_yearly_session_named_with_session_of_and_its_year(text: str, key: str) -> None:
    assert [m.key for m in event_mentions(text, 2031)] == [key]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The next plenary session will be convened by the Bureau in spring; the date will be announced.",
            "next plenary session",
        ),
        (
            "UNICEF will host the next working-level meeting in Nairobi, on a date to be confirmed.",
            "next working-level meeting",
        ),
        ("It was agreed to hold the next regional meeting in the second half of the year.", "next regional meeting"),
        ("The Board decided that its next annual meeting would take place in Bern.", "next annual meeting"),
    ],
)
def test_the_next_event_that_the_sentence_holds_is_an_event_without_dates(text: str, name: str) -> None:
    assert name in _undated(text)


@pytest.mark.parametrize(
    "text",
    [
        "The secretariat will report to the next plenary session.",  # a time, not an event held
        "Comments are welcome before the next working-level meeting.",
        "The item was deferred to the next meeting of the Board.",
        "The next two meetings will be held online.",  # several
    ],
)
def test_the_next_event_named_only_as_a_time_is_no_event(text: str) -> None:
    assert _undated(text) == {}


def test_a_panel_named_by_its_number_or_with_the_dates_of_its_work_is_no_event() -> None:
    assert _undated("The Chair asked Ms Ito to moderate the second panel.") == {}  # a part of the meeting
    text = "The selection panel, composed of three councillors, will review the nominations on 13 January 2031."
    assert event_mentions(text, 2031) == []  # a body at work, not an event held


def test_a_party_named_at_length_with_of_in_its_name() -> None:
    text = (
        "A preparatory workshop with the ECOWAS Commission and the West African Telecommunications Regulators "
        "Association of the Sahel (SRAF) is planned for 14 March 2031."
    )
    (found,) = event_mentions(text, 2031)
    assert found.name.startswith("preparatory workshop with the ECOWAS Commission and the West African")
    assert found.name.endswith("Association of the Sahel") and found.start == date(2031, 3, 14)


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "Members took part in the Caribbean Regional Review of WSIS, held in Bridgetown on 4 and 5 May 2031.",
            "Caribbean Regional Review of WSIS",
            date(2031, 5, 4),
        ),
        ("Peru will host the Andean Regional Review in 2032.", "Andean Regional Review", None),
    ],
)
def test_a_review_named_as_an_event(text: str, name: str, start: date | None) -> None:
    assert [(m.name, m.start) for m in event_mentions(text, 2031)] == [(name, start)]


def test_the_reports_own_meeting_named_again_is_no_other_event() -> None:
    own = Meeting(body="andean-expert-group-meeting-on-spectrum", start=date(2031, 5, 4))
    report = make_report("1 The Andean Expert Group Meeting on Spectrum opened with a minute of silence.")
    assert find_events(report, 2031, meeting=own) == ()
    assert [e.key for e in find_events(report, 2031)] == ["andean-expert-group-meeting-on-spectrum"]


def test_an_event_noun_before_another_is_no_end_of_the_name() -> None:
    text = "The WSIS+15 Review Event, held in Lyon on 3-4 March 2031, closed the cycle."
    assert [(m.name, m.start) for m in event_mentions(text, 2031)] == [("WSIS+15 Review Event", date(2031, 3, 3))]


def test_a_one_off_event_is_named_as_the_text_names_it() -> None:
    text = "The Group discussed the overall review of the implementation of WSIS outcomes."
    assert [(m.key, m.name) for m in event_mentions(text, 2031)] == [
        ("wsis-20-review", "overall review of the implementation of WSIS outcomes")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the object of a verb of holding, its partners between
        (
            "The Bureau was asked to organize, jointly with the Andean Community, a regional workshop on "
            "spectrum pricing for the Andes during the first half of 2032.",
            "regional workshop on spectrum pricing for the Andes",
        ),
        (
            "WMO will co-host, with the World Bank (WB), a side event on early warning systems.",
            "side event on early warning systems",
        ),
        # a time or a condition between commas before the object
        (
            "The Assembly instructs the Director to organize, subject to available funds, a global seminar on "
            "satellite spectrum in Geneva before the end of 2033.",
            "global seminar on satellite spectrum",
        ),
        (
            "It invites the Chair to convene, in 2034, a multi-stakeholder consultation on rural broadband.",
            "multi-stakeholder consultation on rural broadband",
        ),
        (
            "The University offered to host an expert meeting on quantum networks in Porto.",
            "expert meeting on quantum networks",
        ),
        ("It was proposed to hold a joint webinar with UNIDO in the spring of 2032.", "joint webinar with UNIDO"),
        # the subject of a passive verb of holding, or of a participle after it
        (
            "A joint UNGIS session on ageing and ICT was organized during the Forum.",
            "joint UNGIS session on ageing and ICT",
        ),
        (
            "It recommended that a half-day briefing session for newly elected members be organized in Lima before "
            "the Assembly.",
            "half-day briefing session for newly elected members",
        ),
        (
            "A mid-term review of the Regional Initiatives should be held in 2033.",
            "mid-term review of the Regional Initiatives",
        ),
        (
            "Members may attend a national follow-up seminar to be held in Quito later in the year.",
            "national follow-up seminar",
        ),
        # the dates of another event named after it are not its own (on the margins of it: the host's, decision 9)
        (
            "Nominees will meet members at a briefing session to be held before the 2032 session of the "
            "Council (Geneva, 4-14 June 2032).",
            "briefing session",
        ),
        (
            "The Group took note of the sub-regional training on open data indicators scheduled for the autumn.",
            "sub-regional training on open data indicators",
        ),
    ],
)
def test_an_event_that_the_sentence_holds_is_an_event_without_dates(text: str, name: str) -> None:
    assert name in _undated(text)


@pytest.mark.parametrize(
    "text",
    [
        "The workshop was held in Lisbon.",  # the one named before, not another
        "The meeting was held online.",  # the report's own or one named before
        "The Council held two sessions in 2031.",  # several
        "Members asked for a workshop on cybersecurity.",  # wished for, not held
        "The Group discussed the outcome of a regional consultation on roaming.",  # no verb of holding
        "The same workshop will be organized again next year.",  # one named before
    ],
)
def test_a_generic_event_the_sentence_does_not_hold_is_no_undated_event(text: str) -> None:
    assert _undated(text) == {}


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        # an event brought in by an indefinite article takes a bare "on <date>" as its own
        (
            "The Assembly will be preceded by a Youth Policy Dialogue on 9 October 2031.",
            "Youth Policy Dialogue",
            date(2031, 10, 9),
        ),
        ("A Ministerial Roundtable will be held on 2 June 2031.", "Ministerial Roundtable", date(2031, 6, 2)),
        # a dialogue, a briefing and a tutorial are events
        (
            "Delegates joined the Nairobi regional dialogue on cross-border fibre of 3-4 March 2031.",
            "Nairobi regional dialogue on cross-border fibre",
            date(2031, 3, 3),
        ),
        (
            "The secretariat will hold an online briefing for new delegates on 12 January 2031.",
            "online briefing for new delegates",
            date(2031, 1, 12),
        ),
        # a consultation of whoever is consulted
        (
            "It asked the secretariat to hold an online consultation of the membership from 1 to 30 April 2031.",
            "online consultation of the membership",
            date(2031, 4, 1),
        ),
        # a name that the date opening its clause dates
        (
            "On 5 May 2031, the Ministry hosted the Andean Digital Skills Summit in Quito.",
            "Andean Digital Skills Summit",
            date(2031, 5, 5),
        ),
    ],
)
def test_events_named_with_their_dates_in_other_wordings(text: str, name: str, start: date) -> None:
    assert (name, start) in [(m.name, m.start) for m in event_mentions(text, 2031)]


def test_a_dialogue_named_by_its_form_alone_without_dates_is_no_event() -> None:
    assert _undated("The Ministry called for a dialogue between regulators and operators.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "The Board agreed to keep holding a youth session before each plenary meeting.",  # again and again
        "Each year the Bureau organizes a regional workshop for every region.",  # one per region
        "We ask the Bureau to convene a follow-up meeting of this group in 2032.",  # the group's own
    ],
)
def test_a_held_event_that_recurs_or_has_a_date_unread_is_no_undated_event(text: str) -> None:
    assert _undated(text) == {}


def test_a_meeting_of_people_that_a_verb_holds_is_an_event_with_its_dates() -> None:
    text = "The Director will convene an informal meeting of regional coordinators on Monday, 14 April 2031, in Room B."
    assert [(m.name, m.start) for m in event_mentions(text, 2031)] == [
        ("informal meeting of regional coordinators", date(2031, 4, 14))
    ]
    # of the body named by its head noun: that body's numbered meeting (read by the numbered forms), not a phrase
    found = event_mentions("It is proposed to hold the ninth meeting of the Board on 3 May 2031.", 2031)
    assert [(m.key, m.start) for m in found] == [("board-9", date(2031, 5, 3))]


def test_a_catalogue_body_named_like_an_event_is_no_event() -> None:
    text = "The representative of the United Nations Conference on Trade and Development reported on e-commerce."
    assert event_mentions(text, 2031) == []
    assert _undated("Members welcomed the Nordic Open Data Summit.") == {
        "Nordic Open Data Summit": "nordic-open-data-summit"
    }


def test_a_named_topic_goes_on_after_to() -> None:
    text = "The ITU Regional Seminar on the Migration to Digital Broadcasting for West Africa opened on 2 June 2032."
    assert [(m.name, m.start) for m in event_mentions(text, 2032)] == [
        ("ITU Regional Seminar on the Migration to Digital Broadcasting for West Africa", date(2032, 6, 2))
    ]


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "Delegates joined the open consultations of the Regional Spectrum Board in Lima on 4 and 5 March 2031.",
            "open consultation of the Regional Spectrum Board",
            date(2031, 3, 4),
        ),
        (
            "The Bureau held a preparatory meeting of the Andean Telecom Council in Quito on 9 May 2031.",
            "preparatory meeting of the Andean Telecom Council",
            date(2031, 5, 9),
        ),
    ],
)
def test_a_compound_noun_takes_its_head_nouns_topic_after_of(text: str, name: str, start: date) -> None:
    # the meeting of a body named as written reads it without ``the`` (``meeting of Andean Telecom Council``)
    found = [
        (m.name.replace(" of ", " of the ").replace("the the ", "the "), m.start) for m in event_mentions(text, 2031)
    ]
    assert (name, start) in found


@pytest.mark.parametrize("possessive", ["her", "his", "our"])
def test_a_possessive_opens_a_generic_event(possessive: str) -> None:
    text = f"We thank the Vice-Chair for {possessive} informal consultations held on 12 and 13 February 2031."
    assert [(m.name, m.start) for m in event_mentions(text, 2031)] == [("informal consultation", date(2031, 2, 12))]
    # a possessive and the bare noun: an event named before, none here
    assert event_mentions(f"Members praised {possessive} Forum, held on 3 June 2031.", 2031) == []


def test_a_topic_after_the_parties_acronym_is_the_events() -> None:
    name = "regional webinar with the Economic Commission for Africa and the Pacific on rural broadband mapping"
    text = (
        "Peru organized a regional webinar with the Economic Commission for Africa and the Pacific (ECAP)"
        " on rural broadband mapping"
    )
    assert list(_undated(text + ", which many attended.")) == [name]  # held by a verb, undated
    found = event_mentions(text + " on 4 May 2031.", 2031)
    assert [(m.name, m.start) for m in found] == [(name, date(2031, 5, 4))]


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "Members were invited to the SPLA annual conference to be held in Apia, 9-11 August 2031.",
            "SPLA annual conference",
            date(2031, 8, 9),
        ),
        (
            "Two universities are running a joint course on radio monitoring starting 6 October 2031.",
            "joint course on radio monitoring",
            date(2031, 10, 6),
        ),
        (
            "The ministerial segment of the Regional Forum took place on 19 July 2031.",
            "ministerial segment of the Regional Forum",
            date(2031, 7, 19),
        ),
    ],
)
def test_a_conference_course_or_segment_is_a_generic_event(text: str, name: str, start: date) -> None:
    assert [(m.name, m.start) for m in event_mentions(text, 2031)] == [(name, start)]


@pytest.mark.parametrize(
    "text",
    [
        "The conference was held on 3 May 2031.",  # the one named before
        "A segment of the population lacked access on 3 May 2031.",  # no event's name after "of"
        "Delegates met during the conference on 3 May 2031.",
    ],
)
def test_a_bare_conference_or_segment_is_no_event(text: str) -> None:
    assert event_mentions(text, 2031) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Delegates attended the regional workshop for the Caribbean.", "regional workshop for the Caribbean"),
        (
            "Members are invited to take part in an online consultation on spectrum pricing in 2032.",
            "online consultation on spectrum pricing",
        ),
        ("Three regulators participated in the joint session on numbering fraud.", "joint session on numbering fraud"),
    ],
)
def test_an_event_someone_takes_part_in_is_an_event_without_dates(text: str, name: str) -> None:
    assert list(_undated(text)) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The Assembly instructs the Director to organize, subject to available funds, a global seminar on satellite "
        "spectrum before the end of 2033.",  # a due date is no year of its own
        "It was proposed to hold a joint webinar with UNIDO in the spring.",
        "It recommended that a half-day briefing session for newly elected members be organized before the Assembly.",
        "Members are invited to take part in an online consultation on spectrum pricing.",
        "The Office was requested to organize, with the regional union, a training course for national focal points.",
        "It is proposed to hold a short information session on the mapping results during the next meeting.",
    ],
)
def test_an_event_only_asked_for_or_proposed_without_a_place_or_a_year_is_no_event(text: str) -> None:
    """Decision 14: a proposed event is an event with a date or a place; an infinitive or a subjunctive holds
    it only as a proposal (``event_holding.asked_for``), and a time (``in the spring``, ``before the
    Assembly``, a due date) is no place."""
    assert _undated(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Members will report to the regional workshop for the Caribbean.",  # a time or an addressee, not held
        "The Group took note of the regional workshop for the Caribbean.",
    ],
)
def test_an_event_only_referred_to_is_no_undated_event(text: str) -> None:
    assert _undated(text) == {}


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            "The Bureau is requested to organize a webinar on the WTSA-32 preparations before the end of May 2032.",
            "webinar on the WTSA-32 preparations",
            "World Telecommunication Standardization Assembly 2032",
        ),
        (
            "UNESCO will host a briefing on the outcomes of the WSIS Forum 2031 for new delegates.",
            "briefing on the outcomes of the WSIS Forum 2031 for new delegates",
            "WSIS Forum 2031",
        ),
    ],
)
def test_an_undated_event_held_by_its_sentence_keeps_the_event_in_its_topic(text: str, outer: str, inner: str) -> None:
    assert {outer, inner} <= set(_undated(text))


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "The review session of the national broadband plan took place in Lusaka on the 4th and 5th of May 2031.",
            "review session of the national broadband plan",
            date(2031, 5, 4),
        ),
        (
            "A regional meeting of spectrum managers was convened in Suva on 9 March 2031.",
            "regional meeting of spectrum managers",
            date(2031, 3, 9),
        ),
    ],
)
def test_a_common_topic_after_of_names_the_event_when_a_verb_of_holding_follows(
    text: str, name: str, start: date
) -> None:
    assert (name, start) in [(m.name, m.start) for m in event_mentions(text, 2031)]


@pytest.mark.parametrize(
    "text",
    [
        "The meeting of the committee took place in Lusaka on 4 May 2031.",  # a body's meeting, read as the body's
        "Delegates discussed the workshop of the secretariat in Lusaka on 4 May 2031.",  # no verb of holding
    ],
)
def test_a_topic_after_of_without_a_verb_of_holding_or_only_a_head_noun_is_no_generic_name(text: str) -> None:
    names = [m.name for m in event_mentions(text, 2031)]
    assert not any(n.startswith(("meeting of the committee", "workshop of the secretariat")) for n in names)


@pytest.mark.parametrize(
    ("text", "name", "start", "end"),
    [
        (
            "It noted that a high-level youth session would be organized during the WSIS Forum 2032 (Geneva, 3-7 May).",
            "high-level youth session",
            date(2032, 5, 3),
            date(2032, 5, 7),
        ),
        (
            "The Working Party asked the Bureau to organize a tutorial on quantum-safe networks during the next Study "
            "Group 17 meeting, planned for 7-18 June 2031.",
            "tutorial on quantum-safe networks",
            date(2031, 6, 7),
            date(2031, 6, 18),
        ),
        (
            "A hackathon for young coders will be held at the AI for Good Global Summit 2031, from 3 to 6 July 2031.",
            "hackathon for young coders",
            date(2031, 7, 3),
            date(2031, 7, 6),
        ),
    ],
)
def test_an_event_held_during_another_is_dated_by_the_host_event(text: str, name: str, start: date, end: date) -> None:
    """docs/annotation-guide.md, decision 9: without dates of its own, the host event's dates."""
    assert (name, start, end) in [(m.name, m.start, m.end) for m in event_mentions(text, 2031)]


@pytest.mark.parametrize(
    "text",
    [
        # before the host, not during it (on its margins is during it: decisions 9 and 24)
        "Nominees will meet members at a briefing session to be held before the 2032 session of the "
        "Council (Geneva, 4-14 June 2032).",
        # the host is not the next event named
        "A youth workshop will be held during the Forum; the WSIS Forum 2032 runs from 3 to 7 May 2032.",
    ],
)
def test_an_event_beside_another_or_in_another_clause_takes_no_host_dates(text: str) -> None:
    found = [m for m in event_mentions(text, 2031) if "youth workshop" in m.name or "briefing" in m.name]
    assert found and all(m.start is None for m in found)


def test_a_possessive_meeting_with_a_topic_after_of_is_the_bodys_own_not_a_generic_event() -> None:
    text = "The report covers the work of the Group up to its final meeting of the period, held in Lima on 4 July 2031."
    assert not [m for m in event_mentions(text, 2031) if m.name.startswith("final meeting")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She reported on the regional COP workshops held in Windhoek on 2nd and 3rd November 2031 and in Apia on "
            "14 and 15 December 2031.",
            [
                ("regional COP workshop in Windhoek", date(2031, 11, 2), date(2031, 11, 3)),
                ("regional COP workshop in Apia", date(2031, 12, 14), date(2031, 12, 15)),
            ],
        ),
        (
            "The national data seminars were held in Tbilisi (6-7 July 2031), Freetown (2 August 2031) and Quito.",
            [
                ("national data seminar in Tbilisi", date(2031, 7, 6), date(2031, 7, 7)),
                ("national data seminar in Freetown", date(2031, 8, 2), None),
            ],
        ),
    ],
)
def test_a_plural_event_held_in_several_places_is_one_event_per_place(
    text: str, expected: list[tuple[str, date, date | None]]
) -> None:
    assert sorted((m.name, m.start, m.end) for m in event_mentions(text, 2031)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Three regional workshops were held in Accra on 2 May 2031 and in Lima on 4 June 2031.",  # a count
        "The regional workshops held in Accra on 2 May 2031 prepared the Summit on Data, held on 4 June 2031.",
    ],
)
def test_a_plural_event_is_not_split_over_a_count_or_another_event(text: str) -> None:
    assert not [
        m
        for m in event_mentions(text, 2031)
        if " in Lima" in m.name or m.start == date(2031, 6, 4) and "workshop" in m.name
    ]


def test_an_event_recalled_beside_another_takes_none_of_its_dates() -> None:
    text = (
        "She recalled the commitments made at the Connect Pacific Summit, which was being prepared for 2032, and at "
        "the Digital Islands Summit held in Suva on 29-30 October 2031."
    )
    assert all(m.start is None for m in event_mentions(text, 2031) if "Connect Pacific" in m.name)


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        ("The Regional Office organized a stocktaking clinic in Muscat on 14 December 2031.", "stocktaking clinic", 14),
        ("The report was launched at a press conference in Nairobi on 15 December 2031.", "press conference", 15),
        ("The Group will hold a two-day retreat in Montreux on 3 and 4 December 2031.", "two-day retreat", 3),
        ("A webinar series on drones for agriculture will start on 5 December 2031.", "webinar series", 5),
        (
            "The inauguration of the Pacific Data Centre took place in Suva on 4 December 2031.",
            "inauguration of the Pacific Data Centre",
            4,
        ),
    ],
)
def test_more_generic_event_nouns(text: str, name: str, start: int) -> None:
    found = [(m.name, m.start) for m in event_mentions(text, 2031)]
    assert any(n.startswith(name) and s == date(2031, 12, start) for n, s in found), found


def test_a_clinic_is_an_event_only_with_a_modifier_and_its_own_dates() -> None:
    assert event_mentions("The clinic in the village opened on 4 December 2031 to patients.", 2031) == []


def test_events_in_the_plural_held_during_another_take_none_of_its_dates() -> None:
    text = (
        "In 2031 the annual facilitation meetings of the action lines were held during the WSIS Forum 2031 (3-7 May)."
    )
    assert all(m.start is None for m in event_mentions(text, 2031) if "facilitation" in m.name)


def test_a_count_the_listed_days_do_not_make_names_no_event_a_day() -> None:
    """``two sessions, on 11, 18 and 25 May``: three days for two events, none is dated by the list."""
    text = "The Chair asked the editor to hold two online editing sessions, on 11, 18 and 25 May, before the plenary."
    assert not [m for m in event_mentions(text, 2031) if m.start is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cycle ended a series of three preparatory webinars held on 4 March, 9 April and 2 June 2031.",
            [("preparatory webinar", date(2031, 3, 4)), ("preparatory webinar", date(2031, 4, 9)),
             ("preparatory webinar", date(2031, 6, 2))],
        ),
        (
            "The Bureau convened two online meetings, on 12 January 2032 and 20 February 2032.",
            [("online meeting", date(2032, 1, 12)), ("online meeting", date(2032, 2, 20))],
        ),
        # the days listed as one date of one month (``on 11 and 25 May``): one each when they make the count
        (
            "The Chair asked the editor to hold two online editing sessions, on 11 and 25 May, before the plenary.",
            [("online editing session", date(2031, 5, 11)), ("online editing session", date(2031, 5, 25))],
        ),
        (
            "The Working Party held three meetings, on 2, 9 and 23 October 2031, under its chairman.",
            [("meeting", date(2031, 10, 2)), ("meeting", date(2031, 10, 9)), ("meeting", date(2031, 10, 23))],
        ),
        (
            "The Commission held four meetings: 3-4 May 2031, 9-10 August 2031, 1-2 October 2031 and 7-8 March 2032.",
            [("meeting", date(2031, 5, 3)), ("meeting", date(2031, 8, 9)), ("meeting", date(2031, 10, 1)),
             ("meeting", date(2032, 3, 7))],
        ),
        (  # a list of days of one month: as many days as the count, one event a day
            "The convenor was asked to hold two online drafting sessions, on 8 and 22 April, before the plenary.",
            [("online drafting session", date(2031, 4, 8)), ("online drafting session", date(2031, 4, 22))],
        ),
        (
            "The Tariff Committee held two meetings, on 3 and 9 November 2031, chaired by Ms Sefa Tupou.",
            [("meeting", date(2031, 11, 3)), ("meeting", date(2031, 11, 9))],
        ),
        (
            "Three regional webinars took place on 2, 16 and 30 June 2031.",
            [("regional webinar", date(2031, 6, 2)), ("regional webinar", date(2031, 6, 16)),
             ("regional webinar", date(2031, 6, 30))],
        ),
    ],
)  # fmt: skip
def test_a_count_of_events_with_as_many_dates_is_one_event_a_date(text: str, expected: list[tuple[str, date]]) -> None:
    assert [(m.name, m.start) for m in event_mentions(text, 2031)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Bureau held three webinars, on 4 March 2031 and 8 April 2031.",  # three, but two dates
        "Two side events were held on 5 May 2031.",
        "Five regional meetings took place on 3 May 2031 and 5 June 2031.",
        "Three online meetings were held on 4 and 18 March 2031.",  # two days listed, three counted
    ],
)
def test_a_count_that_does_not_count_the_dates_names_no_event(text: str) -> None:
    assert [
        m.name for m in event_mentions(text, 2031) if "meeting" in m.name or "event" in m.name or "webinar" in m.name
    ] == []


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        ("An e-meeting will be held on 14 September 2031 to review the comments.", "e-meeting", date(2031, 9, 14)),
        ("The Rapporteur Group held an e-meeting on numbering plans on 2 October 2031.", "e-meeting on numbering plans",
         date(2031, 10, 2)),
        ("A coordination teleconference is planned for 10 November 2031.", "coordination teleconference",
         date(2031, 11, 10)),
        ("The joint e-meeting of Q7/11 and Q9/11 took place on 3 March 2032.", "joint e-meeting of Q7/11 and Q9/11",
         date(2032, 3, 3)),
    ],
)  # fmt: skip
def test_meetings_held_by_electronic_means_are_events(text: str, name: str, start: date) -> None:
    assert [(m.name, m.start) for m in event_mentions(text, 2031)] == [(name, start)]


def test_a_count_with_its_dates_in_several_places_is_one_event_a_place() -> None:
    text = "Two regional workshops were held in Accra on 2 May 2031 and in Lima on 4 June 2031."
    assert [(m.name, m.start) for m in event_mentions(text, 2031)] == [
        ("regional workshop in Accra", date(2031, 5, 2)),
        ("regional workshop in Lima", date(2031, 6, 4)),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Member States are urged to adopt their strategies before the second phase of the Summit.",
         "second phase of the Summit"),
        ("Delegates will report on the outcome to the Tunis phase of WSIS.", "Tunis phase of the WSIS"),
        ("The Group recalled the World Summit on the Information Society (Geneva phase) and its outcomes.",
         "Geneva phase of the World Summit on the Information Society"),
    ],
)  # fmt: skip
def test_a_phase_named_by_its_number_or_place_is_an_event_without_dates(text: str, name: str) -> None:
    assert [(m.name, m.start) for m in event_mentions(text, 2031)] == [(name, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The Implementation phase of the Summit will need more resources.",
        "The Preparatory Committee for the Tunis phase will meet in Geneva.",
        "The first phase of the project was completed.",
    ],
)
def test_no_undated_phase_by_another_word_or_of_another_process(text: str) -> None:
    assert [m.name for m in event_mentions(text, 2031) if "phase" in m.name and m.start is None] == []


@pytest.mark.parametrize(
    "texts",
    [
        (
            "Subject: Second phase of the World Summit on the Information Society (Tunis, 16-18 November 2005)",
            "Member States will prepare their national reports for the Tunis phase of the Summit.",
        ),
        (
            "Administrations are urged to attend the second phase of WSIS, Tunis, 16-18 November 2005.",
            "The Council will consider the preparations for the second phase of the World Summit on the "
            "Information Society at its next session.",
        ),
        (
            "The first phase of the Summit was held in Geneva from 10 to 12 December 2003.",
            "Delegates recalled the commitments made at the Geneva phase of WSIS.",
        ),
    ],
)
def test_an_undated_phase_named_again_by_its_place_number_or_process_is_its_dated_phase(
    texts: tuple[str, ...],
) -> None:
    found = [(e.name, e.start) for e in find_events(make_report(*texts), 2005) if "phase" in e.name.lower()]
    assert len(found) == 1 and found[0][1] is not None, found


def test_two_undated_names_of_a_phase_stay_as_written() -> None:
    text = "Japan will prepare for the second phase of the Summit and report to the Tunis phase of the Summit."
    found = sorted(e.name for e in find_events(make_report(text), 2005) if "phase" in e.name)
    assert found == ["Tunis phase of the Summit", "second phase of the Summit"], found


@pytest.mark.parametrize(
    "texts",
    [
        (
            "Ghana asked about the costs of the World Summit on the Information Society.",
            "The Summit itself is expected to take place in Accra from 2 to 4 March 2032.",
        ),
        ("The budget of WSIS was discussed. Ghana will pay for the Summit, held in Accra on 2-4 March 2032.",),
        ("Follow-up to WSIS", "After the Summit (Accra, 2-4 March 2032), the Bureau reported on its work."),
    ],
)
def test_the_summit_with_its_own_dates_in_a_report_of_the_process_is_the_process_of_that_year(
    texts: tuple[str, ...],
) -> None:
    found = {e.name: e.start for e in find_events(make_report(*texts), 2032)}
    assert found == {"World Summit on the Information Society": date(2032, 3, 2)}, found


@pytest.mark.parametrize(
    "texts",
    [
        # another summit named by capitalised words: "the Summit" may be that one
        ("WSIS was discussed, as was the Andean Broadband Summit.", "The Summit, held in Quito on 2-4 March 2032."),
        # a summit named by its capitalised topic
        ("ITU reported on WSIS and the Summit on Ocean Data.", "The Summit will take place on 2-4 March 2032."),
        # no process named
        ("The Summit itself is expected to take place in Accra from 2 to 4 March 2032.",),
    ],
)
def test_the_summit_is_no_process_where_another_summit_or_none_is_named(texts: tuple[str, ...]) -> None:
    found = [e.name for e in find_events(make_report(*texts), 2032)]
    assert "World Summit on the Information Society" not in found, found


def test_a_count_then_its_items_by_ordinal_is_one_event_a_date_and_no_numbered_meeting() -> None:
    text = (
        "BDT will hold two online clinics on the new indicators: the first on 5 April 2031 (in English)"
        " and the second on 7 April 2031 (in Spanish)."
    )
    assert [(m.key, m.name, m.start) for m in event_mentions(text, 2031)] == [
        ("online-clinic-on-the-new-indicators-2031-04-05", "online clinic on the new indicators", date(2031, 4, 5)),
        ("online-clinic-on-the-new-indicators-2031-04-07", "online clinic on the new indicators", date(2031, 4, 7)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The experts took into account Resolution 318 (WRC-31) and the regional initiative.",
        "The draft on feeder links (Resolution 82 (Rev. WRC-27)) remained in square brackets.",
        "In accordance with Resolution 4 (Rev. WTSA-28), the Group adopted its work plan.",
    ],
)
def test_a_conference_that_only_adopted_a_cited_resolution_is_no_event(text: str) -> None:
    assert event_mentions(text, 2031) == []


def test_a_conference_named_outside_the_citation_is_still_an_event() -> None:
    text = "Resolution 318 (WRC-31) will be reviewed by WRC-35, to be held in Lima from 5 to 30 November 2035."
    assert [(m.key, m.start) for m in event_mentions(text, 2031)] == [("wrc-35", date(2035, 11, 5))]


@pytest.mark.parametrize(
    "sentence",
    [
        # words that are no modifier of a meeting (casing.small_words and the name-breakers of meeting_words.csv)
        "The Chair recalled the meeting of her working group held on 4 May 2031.",
        "Delegates of the Lowland Spectrum Committee who meeting on 4 May 2031 agreed.",
        "The Lowland Spectrum Committee under whose meeting on 4 May 2031 agreed.",
    ],
)
def test_a_function_word_before_meeting_names_no_group(sentence: str) -> None:
    from wsiskg.ingest.extract.dates import find_dates
    from wsiskg.ingest.extract.event_forms import body_meeting_mentions
    from wsiskg.ingest.extract.meeting import load_body_names

    assert body_meeting_mentions(sentence, None, load_body_names(), find_dates(sentence)) == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a small word a hyphen joins to the next is part of a modifier (casing.small_words: ``e``, ``in``, ``on``)
        (
            "The Agency held the e-learning workshop on tariff models on 3 May 2031 in Suva.",
            "e-learning-workshop-on-tariff-models-2031",
        ),
        (
            "The in-person meeting on spectrum pricing was held on 4 June 2031.",
            "in-person-meeting-on-spectrum-pricing-2031",
        ),
        (
            "The Bureau organized an on-site workshop on cable landing stations on 5 July 2031.",
            "on-site-workshop-on-cable-landing-stations-2031",
        ),
    ],
)
def test_a_small_word_joined_by_a_hyphen_stays_in_the_generic_events_name(text: str, key: str) -> None:
    from wsiskg.ingest.extract.event_forms import generic_mentions

    assert [m.key for m in generic_mentions(text, 2031)] == [key]


@pytest.mark.parametrize(
    "text",
    [
        # a small word standing alone ends the modifiers: no name runs over it
        "The Group held its first de facto meeting on 9 May 2031.",
        "Delegates attended a regional as well workshop on numbering on 1 May 2031.",
        "The Council took note of the für workshop held on 2 June 2031.",
    ],
)
def test_a_small_word_alone_is_no_modifier_of_a_generic_event(text: str) -> None:
    from wsiskg.ingest.extract.event_forms import generic_mentions

    assert generic_mentions(text, 2031) == []


# ------------------------------------------------------------------ two events joined by "and": two events
@pytest.mark.parametrize(
    ("text", "names", "start"),
    [
        (
            "Participants attended the Regional Forum on Fibre and the Digital Expo, held in Accra from 2 to 4 "
            "March 2031.",
            ("Regional Forum on Fibre", "Digital Expo"),
            date(2031, 3, 2),
        ),
        (
            "The Summit on Rural Access and the Youth Hackathon took place in Suva on 8-9 June 2031.",
            ("Summit on Rural Access", "Youth Hackathon"),
            date(2031, 6, 8),
        ),
        (
            "A workshop on spectrum pricing and a seminar on tariffs were held in Lima on 3 May 2031.",
            ("workshop on spectrum pricing", "seminar on tariffs"),
            date(2031, 5, 3),
        ),
        (
            "ITU held a national workshop and a regional seminar, in Dakar, from 4 to 6 June 2031.",
            ("national workshop", "regional seminar"),
            date(2031, 6, 4),
        ),
        (
            "The Forum on Open Data, the Youth Summit and the Digital Expo were held in Lima from 3 to 5 May 2031.",
            ("Forum on Open Data", "Youth Summit", "Digital Expo"),
            date(2031, 5, 3),
        ),
        (
            "A workshop on spectrum pricing, a seminar on tariffs and a webinar on cables took place on 3 May 2031.",
            ("workshop on spectrum pricing", "seminar on tariffs", "webinar on cables"),
            date(2031, 5, 3),
        ),
    ],
)
def test_a_topic_ends_before_and_another_event_and_both_share_the_dates(text, names, start):
    got = {e.name: e.start for e in find_events(make_report(text))}
    assert {n: got.get(n) for n in names} == dict.fromkeys(names, start)
    assert not any(" and " in n for n in got)


def test_a_topic_with_and_but_no_second_event_stays_whole():
    got = {e.name for e in find_events(make_report("The Workshop on Science and Technology was held on 3 May 2031."))}
    assert got == {"Workshop on Science and Technology"}


@pytest.mark.parametrize(
    ("text", "name", "start", "end"),
    [
        (
            "The Alliance held its annual meeting at the level of principals in Accra on 3 March 2031.",
            "annual meeting at the level of principals",
            date(2031, 3, 3),
            None,
        ),
        (
            "The Secretariat convened a meeting at the level of Heads of Agencies on 19 May 2031.",
            "meeting at the level of Heads of Agencies",
            date(2031, 5, 19),
            None,
        ),
        (
            "A session open to all Member States will be held from 3 to 5 June 2031.",
            "session open to all Member States",
            date(2031, 6, 3),
            date(2031, 6, 5),
        ),
        (
            "UNDP organized a consultation at ministerial level on 12 April 2031.",
            "consultation at ministerial level",
            date(2031, 4, 12),
            None,
        ),
        (
            "The Board will hold a meeting at the expert level in Lima on 4 May 2031.",
            "meeting at the expert level",
            date(2031, 5, 4),
            None,
        ),
        (
            "A briefing restricted to delegates of small island states took place on 9 June 2031.",
            "briefing restricted to delegates of small island states",
            date(2031, 6, 9),
            None,
        ),
    ],
)
def test_who_a_meeting_is_for_or_its_level_names_it_and_its_date_follows(
    text: str, name: str, start: date, end: date | None
) -> None:
    """A qualifier after the noun (``event_qualifiers.csv``) names a meeting as a topic does, and stands
    between the name and its own dates."""
    found = {m.name: (m.start, m.end) for m in event_mentions(text, 2031)}
    assert found.get(name) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting at the level of principals adopted its report.",
        "The Group took note of the annual meeting at the level of principals.",
        "Participation in the meeting is open to all Member States from 3 May 2031.",
    ],
)
def test_a_qualified_meeting_without_its_own_dates_is_no_dated_event(text: str) -> None:
    assert all(m.start is None for m in event_mentions(text, 2031) if "level" in m.name or "open" in m.name)


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "The Secretariat announced a reception on Monday, 9 July 2031, for all delegates.",
            "reception",
            date(2031, 7, 9),
        ),
        ("An online webinar on Friday, 12 May 2031 was organized by the Office.", "online webinar", date(2031, 5, 12)),
        ("The Bureau will hold a briefing on Thursday 4 March 2032 at 1400 hours.", "briefing", date(2032, 3, 4)),
    ],
)
def test_a_weekday_after_on_is_the_date_not_a_generic_events_topic(text: str, name: str, start: date) -> None:
    """``a reception on Monday, 9 July``: the weekday opens the date, it is no topic (``reception on Monday``)."""
    assert {e.name: e.start for e in find_events(make_report(text))} == {name: start}


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "Working Group 3 (Fixed Services), chaired by Mr Ali Nasser (Oman), to hold an online meeting on "
            "10 June 2031.",
            "online meeting",
            date(2031, 6, 10),
        ),
        (
            "The Task Force agreed to hold its fourth meeting in Lima from 11 to 13 October 2031, and a virtual "
            "meeting on 4 December 2031.",
            "virtual meeting",
            date(2031, 12, 4),
        ),
        ("The Bureau will convene a hybrid session on 2 February 2032 in Apia.", "hybrid session", date(2032, 2, 2)),
    ],
)
def test_a_meeting_of_a_mode_that_a_verb_of_holding_brings_in_is_an_event(text: str, name: str, start: date) -> None:
    """``to hold an online meeting on 10 June``: a mode alone does not make a meeting an event (``the virtual
    meeting on 4 May`` may be the report's own), a verb of holding before its article does."""
    assert {e.name: e.start for e in find_events(make_report(text))}.get(name) == start


def test_the_virtual_meeting_without_a_verb_of_holding_is_still_none() -> None:
    text = "Delegates thanked the Secretariat for the virtual meeting on 4 May 2031."
    assert "virtual meeting" not in {e.name for e in find_events(make_report(text))}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Panel will hold two meetings on 6-7 February and 10-11 June 2032.",
        "The Bureau would convene two sessions on 6-7 February and 10-11 June 2032.",
    ],
)
def test_a_modal_ends_the_modifiers_of_a_generic_event(sentence: str) -> None:
    found = generic_mentions(sentence, 2032, find_dates(sentence, 2032))
    assert [m.start for m in found] == [date(2032, 2, 6), date(2032, 6, 10)]
    assert not any(" will " in f" {m.name} " or " would " in f" {m.name} " for m in found)
