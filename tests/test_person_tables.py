"""Participants tables in a .txt file laid out with runs of spaces (``ingest/read.py`` keeps each
row whole, cells joined by `` | ``; ``ingest/extract/person_tables.py`` reads the columns), and
the role cell: a post, else the job title written there."""

from __future__ import annotations

from pathlib import Path

from wsiskg.ingest.extract.persons import find_actors
from wsiskg.ingest.parse import parse
from wsiskg.ingest.read import read

TABLE = (
    "1. The annual meeting of the Group was held in Vienna on 3 May 2029.\n"
    "\n"
    "2. The following representatives took part:\n"
    "\n"
    "   Organization    Name                       Function\n"
    "   UNIDO           Mr Aurelio Pace            Industrial Development Officer\n"
    "   ITU             Ms Femke de Groot          Senior Coordinator, Digital Inclusion\n"
    "   WIPO            Dr Rahel Tesfaye           Counsellor\n"
    "\n"
    "3. Mr Pace opened the meeting.\n"
)


def test_a_text_table_keeps_its_rows_whole(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(TABLE, encoding="utf-8")
    blocks = [b.text for b in read(path).blocks]
    assert "Organization | Name | Function" in blocks
    assert "UNIDO | Mr Aurelio Pace | Industrial Development Officer" in blocks


def test_a_header_of_two_layout_columns_is_still_cut(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("COUNCIL 2029                     Document C29/4-E\nGeneva    1 May\n", encoding="utf-8")
    assert [b.text for b in read(path).blocks] == ["COUNCIL 2029", "Document C29/4-E", "Geneva    1 May"]


def test_people_of_a_text_table_with_an_organisation_column(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(TABLE, encoding="utf-8")
    persons = {p.name: p for p in find_actors(parse(read(path)), None).persons}
    assert persons["Aurelio Pace"].job_titles == ("Industrial Development Officer",)
    assert persons["Femke de Groot"].job_titles == ("Senior Coordinator, Digital Inclusion",)
    assert persons["Rahel Tesfaye"].honorific == "Dr"
    assert set(persons) == {"Aurelio Pace", "Femke de Groot", "Rahel Tesfaye"}


def test_a_pdf_table_whose_rows_the_layout_joined(tmp_path: Path) -> None:
    from pdfgen import write_pdf

    path = write_pdf(
        tmp_path / "r.pdf",
        [
            [
                "1. The officers of the Group are listed below.",
                "",
                "Role    Name    Country",
                "Chairman    Mr Arjun Bose    India",
                "Vice-Chairman    Ms Lena Fischer    Germany",
                "Vice-Chairman    Dr Kofi Asare    Ghana",
                "",
                "2. The meeting then adopted the agenda.",
            ]
        ],
    )
    persons = {p.name: (p.country, p.posts) for p in find_actors(parse(read(path)), "tdag").persons}
    assert persons == {
        "Arjun Bose": ("IND", ("tdag/chair",)),
        "Lena Fischer": ("DEU", ("tdag/vice-chair",)),
        "Kofi Asare": ("GHA", ("tdag/vice-chair",)),
    }


def test_rows_read_without_their_gaps_name_first() -> None:
    from extract_support import one_section_report

    report = one_section_report(
        "Mr Arjun Bose India Chairman",
        "Ms Lena Fischer Germany Programme Officer Dr Kofi Asare Ghana Vice-Chairman",
    )
    persons = {p.name: (p.country, p.posts, p.job_titles) for p in find_actors(report, "tdag").persons}
    assert persons == {
        "Arjun Bose": ("IND", ("tdag/chair",), ()),
        "Lena Fischer": ("DEU", (), ("Programme Officer",)),
        "Kofi Asare": ("GHA", ("tdag/vice-chair",), ()),
    }


def test_a_column_headed_by_a_role_gives_it_to_its_names() -> None:
    from extract_support import one_section_report

    report = one_section_report(
        "Project, Sector, Lead agency, Coordinator",
        "Rural schools online, e-learning, Education Board, Ms Akosua Mensah",
        "Mobile clinics, e-health, Health Service, Dr Yaw Boateng",
        "The projects were presented in 2026.",
    )
    persons = {p.name: p.job_titles for p in find_actors(report, None).persons}
    assert persons == {"Akosua Mensah": ("Coordinator",), "Yaw Boateng": ("Coordinator",)}


def test_a_row_with_a_role_first_is_no_header() -> None:
    from extract_support import one_section_report

    report = one_section_report(
        "Role, Name, Country", "Vice-Chair, Ms Ines Duarte, Portugal", "Chair, Mr Omar Bakr, Egypt"
    )
    persons = {p.name: (p.country, p.posts) for p in find_actors(report, "tdag").persons}
    assert persons == {"Ines Duarte": ("PRT", ("tdag/vice-chair",)), "Omar Bakr": ("EGY", ("tdag/chair",))}


def test_several_columns_headed_by_roles_each_give_theirs() -> None:
    """A table of Questions and their Rapporteurs: each role column names its holders, each
    name cell with the holder's country in brackets; a dash or ``vacant`` names no one."""
    from extract_support import one_section_report

    report = one_section_report(
        "The officers of the Questions are as follows.",
        "Question | Rapporteur | Associate Rapporteur | Vice-Rapporteur",
        "Q3/2 | Tomasz Wróbel (Poland) | – | Aiko Matsuda (Japan)",
        "Q7/2 | Ngozi Eze-Bello (Côte d'Ivoire) | Farid Haddou (Morocco) | vacant",
        "Q8/2 | Kim Min-seo (Korea (Rep. of)) | Joaquim Lopes (Cabo Verde) | –",
        "The group then turned to its work programme.",
    )
    found = {p.name: (p.country, p.job_titles) for p in find_actors(report, None).persons}
    assert found == {
        "Tomasz Wróbel": ("POL", ("Rapporteur",)),
        "Aiko Matsuda": ("JPN", ("Vice-Rapporteur",)),
        "Ngozi Eze-Bello": ("CIV", ("Rapporteur",)),
        "Farid Haddou": ("MAR", ("Associate Rapporteur",)),
        "Kim Min-seo": ("KOR", ("Rapporteur",)),
        "Joaquim Lopes": ("CPV", ("Associate Rapporteur",)),
    }


def test_a_header_of_role_words_in_a_docx_row_and_a_plain_row_after_it() -> None:
    """The same in a .docx row (cells joined by ``", "``); a paragraph that does not split into
    the header's cells ends the table, so its names take no role."""
    from extract_support import one_section_report

    report = one_section_report(
        "Working Party, Chair, Vice-Chair",
        "WP 1, Mr Liam O'Connell (Ireland), Ms Sunita Rao (India)",
        "Mr Pavel Novák (Czech Republic) spoke next.",
    )
    found = {p.name: (p.country, p.job_titles) for p in find_actors(report, None).persons}
    assert found == {
        "Liam O'Connell": ("IRL", ("Chair",)),
        "Sunita Rao": ("IND", ("Vice-Chair",)),
        "Pavel Novák": ("CZE", ()),
    }


def test_a_question_table_with_a_title_column_several_names_and_a_vacant_last_cell() -> None:
    """``Question, Title, Rapporteur, Vice-Rapporteur(s)`` (a .docx row drops an empty cell): the
    ``Title`` column is the Question's, a cell may name several people, a short row leaves the
    last role columns vacant."""
    from extract_support import one_section_report

    report = one_section_report(
        "The Rapporteurs and Vice-Rapporteurs are as follows.",
        "Question, Title, Rapporteur, Vice-Rapporteur(s)",
        "Q4/1, Rural broadband, Ms Oyuna Bold (Mongolia), Mr Iker Etxeberria (Spain) and Ms Zainab Bello (Nigeria)",
        "Q5/1, Emergency telecommunications, Mr Rangi Parata (New Zealand)",
        "The study group thanked the outgoing officers.",
    )
    found = {p.name: (p.country, p.job_titles) for p in find_actors(report, None).persons}
    assert found == {
        "Oyuna Bold": ("MNG", ("Rapporteur",)),
        "Iker Etxeberria": ("ESP", ("Vice-Rapporteur",)),
        "Zainab Bello": ("NGA", ("Vice-Rapporteur",)),
        "Rangi Parata": ("NZL", ("Rapporteur",)),
    }


def test_a_numbered_participants_table() -> None:
    """A column of no known word (``No.``) beside the name column is read as other."""
    from extract_support import one_section_report

    report = one_section_report(
        "The following experts took part.",
        "No. | Name | Country | Function",
        "1 | Ms Leila Mansour | Lebanon | Vice-Chair",
        "2 | Mr Pavel Dvořák | Czech Republic | Rapporteur",
        "The meeting closed at noon.",
    )
    found = {p.name: (p.country, p.job_titles) for p in find_actors(report, None).persons}
    assert found == {"Leila Mansour": ("LBN", ("Vice-Chair",)), "Pavel Dvořák": ("CZE", ("Rapporteur",))}


def test_a_role_cell_with_a_qualifier_before_the_name_and_country() -> None:
    """A row with one cell more than its header (the role's qualifier: ``Rapporteur, Question 2/1,
    NAME, COUNTRY``): the name is the stretch after the qualifier, not the empty one after the
    name's own comma, and the country cell is still the person's."""
    from extract_support import one_section_report

    report = one_section_report(
        "Role, Name, Country",
        "Rapporteur, Question 4/1, Ms Marisol Quintero Ávila, Bolivarian Republic of Venezuela",
        "Vice-Rapporteur, Question 6/1, Mr Tuan Anh Đặng, Viet Nam",
    )
    persons = {p.name: (p.country, p.job_titles) for p in find_actors(report, None).persons}
    assert persons["Marisol Quintero Ávila"][0] == "VEN"
    assert persons["Tuan Anh Đặng"][0] == "VNM"


ESCAPED_TABS = [
    (
        "Officers of the meeting\n"
        "Function\\t\\tName\\t\\tFrom\n"
        "Rapporteur\\t\\tMs Aino Pellonpää\\t\\tFinland\n"
        "Vice-Rapporteur\\t\\tMr Kwame Darko-Asante\\t\\tGhana\n",
        {"Aino Pellonpää", "Kwame Darko-Asante"},
    ),
    (
        "Organization\\tName\\tFunction\n"
        "UNIDO\\tMr Aurelio Pace\\tIndustrial Development Officer\n"
        "WIPO\\tDr Rahel Tesfaye\\tCounsellor\n",
        {"Aurelio Pace", "Rahel Tesfaye"},
    ),
    (
        "Name\\t\\t\\tOrganization\\tCountry\n"
        "Ms Ilse Varga\\t\\t\\tNational Media Authority\\tHungary\n"
        "Mr Tomás Ledesma\\t\\t\\tDigital Policy Office\\tUruguay\n",
        {"Ilse Varga", "Tomás Ledesma"},
    ),
]


def test_a_table_written_with_escaped_tabs_is_read_as_a_table(tmp_path: Path) -> None:
    """A table saved with its tabs as the two characters backslash and ``t`` (``Rapporteur\\t\\tMs X``) is
    read as the tabs it stands for (``read._unescaped_tabs``): its rows and people are kept."""
    for i, (table, names) in enumerate(ESCAPED_TABS):
        path = tmp_path / f"r{i}.txt"
        path.write_text(
            "The Group met in Vienna on 3 May 2029.\n\n" + table + "\nThe meeting closed.\n", encoding="utf-8"
        )
        blocks = [b.text for b in read(path).blocks]
        assert not any("\\t" in b for b in blocks), blocks
        found = {p.name for p in find_actors(parse(read(path)), None).persons}
        assert names <= found, (names, found)


def test_an_escaped_tab_on_one_line_alone_stays(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("The files are kept in C:\\temp\\reports on the server.\n", encoding="utf-8")
    assert "C:\\temp" in read(path).blocks[0].text
