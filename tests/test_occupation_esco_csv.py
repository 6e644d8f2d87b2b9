"""Reading the ESCO CSV download: zip and folder, quoting, multi-line cells, broken rows."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from skills.occupation.esco_csv import EscoFormatError, read_download, split_values

FIXTURES = Path(__file__).with_name("fixtures") / "esco"
FOLDER = FIXTURES / "download"
ZIP = FIXTURES / "esco-v1.2.0-de-csv.zip"
URI = "http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-"


def test_zip_and_folder_hold_the_same_files() -> None:
    with zipfile.ZipFile(ZIP) as archive:
        for member in archive.namelist():
            assert archive.read(member) == (FOLDER / member.rsplit("/", 1)[-1]).read_bytes()


@pytest.mark.parametrize("path", [FOLDER, ZIP], ids=["folder", "zip"])
def test_reads_occupations_and_reports_broken_rows(path: Path) -> None:
    download = read_download(path, "de")
    assert [record.uri[-1] for record in download.records] == ["1", "2", "3", "5", "6"]
    assert [(p.file, p.line, p.reason) for p in download.problems] == [
        ("occupations_de.csv", 11, "fewer cells than columns"),
        ("occupations_de.csv", 17, "empty conceptUri/preferredLabel"),
    ]


def test_multi_value_cells_quotes_and_embedded_newlines() -> None:
    records = {record.uri: record for record in read_download(FOLDER).records}
    software = records[URI + "000000000001"]
    assert software.preferred_label == "Softwareentwickler/Softwareentwicklerin"
    assert software.alt_labels == (
        "Programmierer/Programmiererin",
        "Software-Entwickler",
        "Anwendungsentwicklerin",
        "Anwendungsentwickler",
    )
    assert software.hidden_labels == ("Softwareentwikler",)
    assert software.description is not None
    assert 'sogenannte "Anwendungen", testen' in software.description
    assert "\nSie arbeiten mit Programmiersprachen" in software.description
    assert (software.isco_group, software.isco_label) == ("2512", "Softwareentwickler")
    assert software.code == "2512.4"
    assert software.modified == "2023-08-17T09:31:54.113Z"
    doctor = records[URI + "000000000006"]
    assert doctor.description is None
    assert doctor.definition is not None
    assert doctor.regulated_note is not None


def test_split_values_drops_blanks_and_repeats() -> None:
    assert split_values("a\n\n b \na\r\nc") == ("a", "b", "c")
    assert split_values("") == ()


def test_missing_file_or_column_is_a_format_error(tmp_path: Path) -> None:
    with pytest.raises(EscoFormatError, match=r"ISCOGroups_en\.csv"):
        read_download(FOLDER, "en")
    (tmp_path / "ISCOGroups_de.csv").write_text("code,preferredLabel\n2512,X\n", encoding="utf-8")
    (tmp_path / "occupations_de.csv").write_text("conceptUri,altLabels\nx,y\n", encoding="utf-8")
    with pytest.raises(EscoFormatError, match="preferredLabel"):
        read_download(tmp_path)
    not_zip = tmp_path / "download.zip"
    not_zip.write_text("nope", encoding="utf-8")
    with pytest.raises(EscoFormatError, match="neither a folder nor a zip"):
        read_download(not_zip)


def test_more_cells_than_columns_is_reported(tmp_path: Path) -> None:
    (tmp_path / "ISCOGroups_de.csv").write_text("code,preferredLabel\n", encoding="utf-8")
    (tmp_path / "occupations_de.csv").write_text(
        "conceptType,conceptUri,preferredLabel\n"
        "Occupation,http://x/1,A/B,surplus\n"
        "Occupation,http://x/2,Koch/Köchin\n",
        encoding="utf-8",
    )
    download = read_download(tmp_path)
    assert [record.preferred_label for record in download.records] == ["Koch/Köchin"]
    assert download.problems[0].reason == "more cells than columns"
