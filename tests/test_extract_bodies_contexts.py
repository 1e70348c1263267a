"""Bodies read in their context: a bare ``the Council`` in a report of a body
of another council is that council; a Sector named only as an attribute of a noun, a forum named
with the place and dates of one session, name no body; a permanent mission runs over ``and other
international organizations``; catalogue names written with ``UN`` or ``of the ITU``. Invented
examples."""

from __future__ import annotations

import pytest
from extract_support import make_report, one_section_report

from wsiskg.ingest.extract import extract
from wsiskg.ingest.extract.bodies import BodyMatcher, find_bodies


def _mentions(meeting_body: str | None, text: str) -> list[tuple[str, str, bool]]:
    """(text, key, names no body there) of each span of ``text``."""
    m = BodyMatcher(meeting_body)
    return [(s.text, s.keys[0], m._weak(text, s)) for s in m.spans(text)]


# ------------------------------------------------------------------ the Council of the meeting body's home
def test_the_council_in_a_report_of_an_ecosoc_commission_is_ecosoc() -> None:
    found = _mentions("cstd", "The Council requested the Commission to report on the review.")
    assert ("Council", "ecosoc", False) in found


@pytest.mark.parametrize("meeting_body", ["cwg-cop", "tdag", None])
def test_the_council_in_an_itu_report_is_the_itu_council(meeting_body: str | None) -> None:
    found = _mentions(meeting_body, "The Council requested the Group to report on the review.")
    assert ("Council", "itu-council", False) in found


def _bodies_and_posts(*texts: str, title: str | None = None) -> tuple[set[str], set[str]]:
    """The body keys and post keys the whole extractor finds in a document of ``texts``."""
    found = extract(make_report(*texts, title=title))
    return {b.key for b in found.bodies}, {p.key for p in found.posts}


@pytest.mark.parametrize(
    ("texts", "title"),
    [
        # a Council resolution whose calendar names a session of the CSTD
        (("The Council,", "noting the calendar of events below:", "Event, Venue, Dates",
          "CSTD, thirtieth session, Geneva, 12-16 April 2027",
          "instructs the Secretary-General to report to the Council at its next session."), "RESOLUTION 1502"),
        # a letter about the CSTD's review, cut before its header
        (("[...] the Economic and Social Council asked the Commission on Science and Technology for "
          "Development to review progress, and I shall report to the 2027 session of the Council.",
          "The Council, in Resolution 1332, invited Member States to contribute."), None),
        # the same in a letter with a letterhead in capitals
        (("INTERNATIONAL TELECOMMUNICATION UNION", "Geneva, 4 March 2027",
          "The Commission on Science and Technology for Development (CSTD) will hold its thirtieth session in "
          "April 2027; the Council will consider my report in June."), None),
    ],
)  # fmt: skip
def test_a_document_that_only_mentions_the_cstd_keeps_the_itu_council(
    texts: tuple[str, ...], title: str | None
) -> None:
    """The document's own body scopes a bare head noun and a post named alone: a meeting or a body its
    prose mentions does not (``the Council`` is then the ITU Council)."""
    bodies, _ = _bodies_and_posts(*texts, title=title)
    assert "itu-council" in bodies


@pytest.mark.parametrize(
    "title", ["Statement by the Chair of the Commission on Science and Technology for Development", None]
)
def test_the_council_in_a_document_of_the_cstd_is_ecosoc(title: str | None) -> None:
    texts = ["The Council, in its resolution 2027/3, asked the Commission to review progress."]
    if title is None:  # no title: a report of the CSTD's own session
        texts = ["The Commission on Science and Technology for Development held its thirtieth session in Geneva "
                 "from 12 to 16 April 2027.", *texts]  # fmt: skip
    bodies, _ = _bodies_and_posts(*texts, title=title or "Report of the thirtieth session of the CSTD")
    assert "ecosoc" in bodies and "itu-council" not in bodies


def test_a_director_general_named_alone_in_a_national_letter_holds_no_itu_post() -> None:
    _, posts = _bodies_and_posts(
        "The Ministry of Digital Affairs of Ruritania thanks you for your letter.",
        "In reply to your letter on the survey of the Telecommunication Development Advisory Group, "
        "the Director-General, Mr Ivo Brandt, has asked me to send you our answers.",
        title="Ministry of Digital Affairs of Ruritania",
    )
    assert "itu/director-general" not in posts  # the document's own body is the ministry, not ITU


def test_a_council_named_in_full_keeps_its_own_body() -> None:
    keys = {k for _, k, _ in _mentions("cstd", "the Economic and Social Council and the ITU Council met")}
    assert keys == {"ecosoc", "itu-council"}


# ------------------------------------------------------------------ a Sector as an attribute
@pytest.mark.parametrize(
    "text",
    [
        "The meeting reviewed the draft ITU-D contribution to the Strategic Plan.",
        "Participants should register on the ITU-T website by 3 May.",
        "the fourth ITU-T Kaleidoscope academic conference",
        "the implementation of the ITU-D regional initiatives for the Pacific",
        "the responsible ITU-R groups were invited to comment",
        "ITU members were invited to reply.",
    ],
)
def test_a_sector_named_as_an_attribute_of_a_noun_names_no_body(text: str) -> None:
    assert all(weak for _, _, weak in _mentions(None, text))


def test_a_sector_that_acts_is_a_body() -> None:
    assert _mentions(None, "ITU-D will publish the survey and ITU-T agreed.") == [
        ("ITU-D", "itu-d", False),
        ("ITU-T", "itu-t", False),
    ]


# ------------------------------------------------------------------ a forum's session by its place and dates
@pytest.mark.parametrize(
    "text",
    [
        "the results were presented at the Internet Governance Forum in Apia from 2 to 5 May.",
        "the Internet Governance Forum in Sharm el-Sheikh, from 15 to 18 November",
        "a workshop at the Internet Governance Forum in Vilnius in September 2031",
    ],
)
def test_a_forum_with_its_place_and_dates_is_a_session(text: str) -> None:
    assert [weak for _, key, weak in _mentions(None, text) if key == "igf"] == [True]


def test_a_forum_with_its_place_alone_is_a_body() -> None:
    assert _mentions(None, "The Internet Governance Forum in Paris adopted the plan.") == [
        ("Internet Governance Forum", "igf", False)
    ]


# ------------------------------------------------------------------ permanent missions
@pytest.mark.parametrize(
    "text",
    [
        "Permanent Mission of Ruritania to the United Nations Office and other international organizations in Geneva",
        "Permanent Mission of Freedonia to the United Nations Office and to the other international organisations "
        "in Geneva",
    ],
)
def test_a_mission_runs_over_the_other_international_organizations(text: str) -> None:
    report = one_section_report(f"The {text} presents its compliments.")
    assert text in {b.name for b in find_bodies(report, None)}


# ------------------------------------------------------------------ catalogue names
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("endorsed by the UN Chief Executives Board in April", "ceb"),
        ("the General Secretariat of the International Telecommunication Union presents", "itu-gs"),
        ("with the UN Development Programme and others", "undp"),
        ("the Working Group on Improvements to the IGF met", "cstd-wg-igf"),
        ("the Global Partnership to End Violence Against Children", "end-violence-partnership"),
    ],
)
def test_catalogue_names_as_reports_write_them(text: str, key: str) -> None:
    assert [k for _, k, _ in _mentions(None, text)] == [key]


# ------------------------------------------------------------------ names read by form
def _by_form(text: str) -> list[str]:
    from wsiskg.ingest.extract.body_form_names import _named_by_form

    return [n for n, _ in _named_by_form(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ms Ana Berg, Statistics Norway, presented the survey.", ["Statistics Norway"]),
        ("data from Statistics Botswana and Statistics Iceland.", ["Statistics Botswana", "Statistics Iceland"]),
        ("the ICT Statistics Newsletter of 2031", []),
        ("Statistics Report 2031", []),
    ],
)
def test_a_statistical_office_named_by_its_country(text: str, names: list[str]) -> None:
    assert _by_form(text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("4.1 Mr Bo Lindqvist, Planning and Budget Unit, General Secretariat, presented", "Planning and Budget Unit"),
        ("please contact Ms Ana Cruz, Policy and Outreach Unit (tel.: +41 22)", "Policy and Outreach Unit"),
    ],
)
def test_a_unit_listed_after_a_person_starts_after_the_comma(text: str, name: str) -> None:
    assert _by_form(text)[0] == name


def test_a_list_inside_a_ministry_name_runs_to_its_country() -> None:
    text = "the Ministry of Digital Growth, Posts and Mass Media of the Republic of Ruritania"
    assert _by_form(text) == ["Ministry of Digital Growth, Posts and Mass Media of the Republic of Ruritania"]


def test_a_unit_then_its_sector_listed_by_a_comma_are_two() -> None:
    assert _by_form("Section for Rural Access, Communication and Information Sector") == [
        "Section for Rural Access",
        "Communication and Information Sector",
    ]


def test_a_committee_named_for_statistics_is_still_named_by_its_head() -> None:
    assert _by_form("the Statistics Committee of Ruritania reported") == ["Statistics Committee of Ruritania"]
