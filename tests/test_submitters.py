"""Who submitted a document (ingest/extract/submitters.py): one reader of the submitter's line, in
each form a cover block writes it, for genre, persons' countries and who asks in a contribution."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from extract_support import make_report, parties
from extract_support import requests_of as run

from wsiskg.ingest.extract.authors import document_voice, submitting_country
from wsiskg.ingest.extract.genre import report_genre
from wsiskg.ingest.extract.persons import find_actors
from wsiskg.ingest.extract.submitters import read_line, speaking_countries, submitter
from wsiskg.ingest.parse import parse
from wsiskg.ingest.read import read

BODY = "Ms Oyunaa Batbold, Head of Spectrum Policy, presented the national plan."


@pytest.mark.parametrize(
    ("lines", "country"),
    [
        (("Contribution from the Kingdom of Bhutan",), "BTN"),
        (("CONTRIBUTION OF THE REPUBLIC OF PARAGUAY ON SPECTRUM POLICY",), "PRY"),  # who, then the topic
        (("Proposal by Mongolia",), "MNG"),  # a cover page
        (("Submitted by: Mr Tomas Ruiz, Vice-Minister, on behalf of Ecuador",), "ECU"),  # a person on behalf of one
        (("Communication from the Government of Lesotho",), "LSO"),
        (("Source: Republic of Moldova",), "MDA"),
        (("SOURCE*: UZBEKISTAN",), "UZB"),  # a footnote mark, capitals
        (("Source :   Republic of Malta",), "MLT"),  # OCR spacing
        (("Source:, Armenia",), "ARM"),  # a .docx table row, its cells joined
        (("Source:", "Georgia"), "GEO"),  # the label alone over who (a layout table)
        (("Contribution from the Republic", "of Cabo Verde"), "CPV"),  # a PDF's line break
        (("Original: Spanish", "República de Honduras (Republic of)"), None),  # no country this reader knows
        (("Original: English", "Republic of Mozambique"), "MOZ"),  # under the language field
        (("Republic of Namibia", "PROPOSALS ON RURAL BROADBAND"), "NAM"),  # over a title in capitals
        (("Namibia", "Windhoek, 4 May 2031"), None),  # an address, no title
    ],
)
def test_one_country_submits(lines: tuple[str, ...], country: str | None) -> None:
    assert submitting_country(make_report(*lines, BODY)) == country


@pytest.mark.parametrize(
    ("lines", "joint"),
    [
        (("Joint contribution by Nepal, Bhutan and Sri Lanka",), ("NPL", "BTN", "LKA")),
        (("Co-sponsors: Chile, Peru",), ("CHL", "PER")),
        (("Slovenia and Croatia (co-sponsors)",), ("SVN", "HRV")),
        (("Source: Fiji (Republic of), Tonga (Kingdom of) and Samoa",), ("FJI", "TON", "WSM")),
        (("Original: Spanish", "Republic of Paraguay, Oriental Republic of Uruguay"), ("PRY", "URY")),
        (("Original: English", "Benin, Togo, Niger PROPOSALS FOR THE WORK OF THE ASSEMBLY"), ("BEN", "TGO", "NER")),
        (("Source: Sultanate of Oman, Principality of Liechtenstein and the State of Qatar",), ("OMN", "LIE", "QAT")),
        (
            ("ANDEAN COMMON PROPOSALS", "Bolivia, Colombia, Ecuador", "MOD AND/12/1"),
            ("BOL", "COL", "ECU"),
        ),  # under a title
        (("Lesotho, Eswatini (Kingdom of), Botswana", "SOUTHERN AFRICAN COMMON PROPOSALS"), ("LSO", "SWZ", "BWA")),
        (("Proposals supported by: Latvia, Malta, Cyprus",), ("LVA", "MLT", "CYP")),  # a common proposal's supporters
        # a title in capitals a layout ran into the next field, under the countries
        (
            (
                "Oman (Sultanate of), Jordan, Tunisia",
                "ARAB STATES COMMON PROPOSALS FOR THE WORK OF THE CONFERENCE Addendum 3",
            ),
            ("OMN", "JOR", "TUN"),
        ),
        (("Chile, Peru", "AMERICAS JOINT PROPOSALS ON SPECTRUM Document 12-E"), ("CHL", "PER")),
        (("Kenya, Rwanda (Republic of)", "EAST AFRICAN COMMON PROPOSALS FOR THE ASSEMBLY Revision 1"), ("KEN", "RWA")),
        (("Original: Arabic Contribution from the Arab States: Oman, Jordan, Tunisia",), ("OMN", "JOR", "TUN")),
        (("Contribution from the Andean Group: Bolivia, Colombia, Ecuador and Peru",), ("BOL", "COL", "ECU", "PER")),
    ],
)
def test_several_countries_submit_jointly(lines: tuple[str, ...], joint: tuple[str, ...]) -> None:
    found = submitter(make_report(*lines, BODY))
    assert found is not None and found.joint == joint
    assert submitting_country(make_report(*lines, BODY)) is None  # whose officials? none of one


@pytest.mark.parametrize(
    "lines",
    [
        ("Source: Chair, Working Party 3",),  # a post of the meeting: its own document
        ("Source: ITU Secretariat",),
        ("Report of the meeting held in Mongolia",),
        ("Original: English", "Asia-Pacific Telecommunity", "Thirty-first session"),  # the body that met
        ("Source: Director, BDT", "Title: Rural connectivity in Mongolia"),
        ("MINISTERIAL ROUND TABLE ON SPECTRUM", "Namibia"),  # one country under a title: a place, a letterhead
    ],
)
def test_no_submitter(lines: tuple[str, ...]) -> None:
    assert submitter(make_report(*lines, BODY)) is None


def test_an_organisation_submits() -> None:
    found = read_line(["Source: Asia-Pacific Telecommunity Member Administrations"], 0)
    assert found is not None and found.external and found.whole and not found.countries


def test_the_members_of_a_body_under_the_language_field_submit_as_that_body() -> None:
    report = make_report("Document 44-E", "Original: English", "Member States of the Asia-Pacific Telecommunity (APT)")
    found = submitter(report)
    assert found is not None and found.whole and not found.post  # "Member" is no post here
    assert report_genre(report) == "contribution"


def test_a_group_under_the_language_field_is_its_author_and_no_contributions_sign() -> None:
    report = make_report(
        "Document 52-E",
        "Original: English",
        "Pacific Island States*",
        "The Member States are invited to publish their spectrum plans.",
    )
    found = submitter(report)
    assert found is not None and found.group and not found.external
    assert report_genre(report) != "contribution"
    author = document_voice(report, find_actors(report, None)).author
    assert author is not None and author.label == "Pacific Island States"


def test_the_first_submitter_of_the_cover_block_and_none_after_its_prose() -> None:
    report = make_report(
        "Document 9-E",
        "This report lists the contributions the Group considered at its fifth meeting last year.",
        "Contribution from the Republic of Kenya",
    )
    assert submitter(report) is None


def test_a_docx_table_header_names_the_submitter(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in zip(
        table.rows,
        [("Document", "14-E"), ("Source:", "Kingdom of Tonga"), ("Title:", "Rural connectivity")],
        strict=True,
    ):
        row.cells[0].text, row.cells[1].text = label, value
    document.add_paragraph(BODY)
    document.save(str(tmp_path / "header.docx"))
    report = parse(read(tmp_path / "header.docx"))
    assert submitting_country(report) == "TON"
    assert report_genre(report) == "contribution"


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        ("Ghana and Togo request the Bureau to extend the deadline.", ("GHA", "TGO")),
        ("The Administration of Bolivia proposes that the Group meet twice.", ("BOL",)),
        ("Chile, Peru and Uruguay support the draft.", ("CHL", "PER", "URY")),
        ("Benin proposed that the Group meet twice.", ()),  # a record, in the past
        ("Ghana and Togo requests the Bureau to act.", ()),  # several countries, a singular verb
    ],
)
def test_countries_that_speak_in_a_sentence(sentence: str, countries: tuple[str, ...]) -> None:
    assert speaking_countries(sentence) == countries


def test_the_officials_of_a_submitting_country_and_of_a_letter_represent_it() -> None:
    contribution = make_report("Source: Republic of Moldova", "Title: Digital skills", BODY)
    letter = make_report("Windhoek, Namibia", "Dear Sir/Madam,", BODY, "Yours faithfully,")
    for report, country in ((contribution, "MDA"), (letter, "NAM")):
        (person,) = find_actors(report, None).persons
        assert person.country == country


def test_a_joint_contributions_requests_are_each_countrys() -> None:
    report = make_report(
        "Document 31-E",
        "Original: English",
        "Republic of Paraguay, Oriental Republic of Uruguay",
        "The Member States are invited to publish their spectrum plans.",
    )
    assert report_genre(report) == "contribution"
    assert [parties(x)[1] for x in run(report, "cwg-wsis")] == ["country:PRY", "country:URY"]


def test_a_joint_resolution_draft_under_a_line_of_countries_is_each_countrys() -> None:
    """A draft revision in a joint proposal whose header lists the countries on a line of their own
    (no cue), over or under the proposals' title: each country asks its operative verbs (decision 22),
    also when its venue is still a placeholder or it is a draft new resolution."""
    for header in (
        ("Malawi, Zambia, Zimbabwe", "SOUTHERN AFRICAN COMMON PROPOSALS"),
        ("SOUTHERN AFRICAN COMMON PROPOSALS", "Malawi, Zambia, Zimbabwe"),
    ):
        for title in ("RESOLUTION 71 (REV. [CITY], 2034)", "DRAFT NEW RESOLUTION [SAF-2] (LUSAKA, 2034)"):
            report = make_report(
                *header,
                "MOD SAF/17/2",
                title,
                "instructs the Director of the Telecommunication Development Bureau",
                "1 to compile the national broadband maps of the region;",
            )
            got = [parties(x)[1] for x in run(report, None)]
            assert got == ["country:MWI", "country:ZMB", "country:ZWE"], (header, title)


@pytest.mark.parametrize(
    ("who", "after", "joined"),
    [
        ("Contribution from the Ministry for", "Digital Affairs of Estonia", True),  # a joiner ends the line
        ("Proposal by the Agence des", "Réseaux du Niger", True),  # another language's joiner
        ("Contribution from the Office", "of the Prime Minister of Nauru", True),  # a joiner opens the next line
        ("Contribution from the Authority", "on Spectrum of Belize", True),
        ("Contribution from Tuvalu", "Windhoek, 4 May 2031", False),  # no joiner: a line of its own
    ],
)
def test_a_line_broken_at_a_names_joiner_goes_on(who: str, after: str, joined: bool) -> None:
    """A submitter's line goes on in the next when either holds a name's joiner at the break
    (:func:`.casing.joiner_alternation`, the one list of ``small-words.csv``)."""
    from wsiskg.ingest.extract.submitters import _continued

    assert (_continued(who, after, False) != who) is joined


@pytest.mark.parametrize(
    "line",
    [
        "Island States to the South Pacific*",
        "Administrations of the Réseau des Villes",
        "Coastal Research & Education Networks",
        "Member States in the Lagoon Region",
    ],
)
def test_a_line_that_is_only_a_groups_name_joins_its_words_by_a_names_joiners(line: str) -> None:
    """A group's name alone on a line joins its capitalised words by :func:`.casing.joiner_alternation`
    (was its own ``of|the|and|for|in``, without ``to``, ``&``, ``des``)."""
    from wsiskg.ingest.extract.submitters import _GROUP_LINE

    assert _GROUP_LINE.fullmatch(line)


@pytest.mark.parametrize(
    ("line", "subject", "joint"),
    [
        (
            "Contribution from the Arab States: Oman, Jordan and Tunisia",
            "The Arab States invite",
            ("OMN", "JOR", "TUN"),
        ),
        (
            "Original: Spanish Contribution from the Andean Group: Bolivia, Colombia, Peru",
            "The Andean Group invites",
            ("BOL", "COL", "PER"),
        ),
        (
            "Joint contribution from the Nordic Countries: Norway, Iceland and Finland",
            "The Nordic Countries invite",
            ("NOR", "ISL", "FIN"),
        ),
    ],
)
def test_the_group_a_submitters_line_names_before_its_countries_asks_as_each_country(
    line: str, subject: str, joint: tuple[str, ...]
) -> None:
    """Decision 22: ``Contribution from the Arab States: Oman, Jordan and Tunisia`` / ``The Arab States invite the
    Council to ...``: each country asks, not the group the line names first."""
    got = run(make_report(line, f"{subject} the Council to review the roadmap at its next session."), None)
    assert [parties(x)[1] for x in got] == [f"country:{c}" for c in joint]
    assert {parties(x)[2] for x in got} == {("body:itu-council",)}
