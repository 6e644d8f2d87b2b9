"""Reading the official ESCO CSV download (a zip or an unpacked folder).

The download holds ``occupations_<lang>.csv`` and ``ISCOGroups_<lang>.csv`` (comma-separated,
double-quoted, UTF-8, header row). Multi-value cells (``altLabels``, ``hiddenLabels``) hold one
value per line inside one quoted cell. A row that does not fit the header is reported with its
line number and skipped; the rest of the file is still read.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

OCCUPATION_COLUMNS = (
    "conceptType",
    "conceptUri",
    "iscoGroup",
    "preferredLabel",
    "altLabels",
    "hiddenLabels",
    "status",
    "modifiedDate",
    "regulatedProfessionNote",
    "scopeNote",
    "definition",
    "inScheme",
    "description",
    "code",
)
_REQUIRED_OCCUPATION = ("conceptUri", "preferredLabel")
_REQUIRED_GROUP = ("code", "preferredLabel")
_OVERFLOW = "\x00overflow"  # DictReader's key for surplus cells


class EscoFormatError(ValueError):
    """The path is no ESCO download: a file or a required column is missing."""


@dataclass(frozen=True, slots=True)
class EscoRecord:
    """One ESCO occupation as the download states it (labels in one language)."""

    uri: str
    preferred_label: str
    alt_labels: tuple[str, ...] = ()
    hidden_labels: tuple[str, ...] = ()
    isco_group: str | None = None
    isco_label: str | None = None
    code: str | None = None
    description: str | None = None
    definition: str | None = None
    scope_note: str | None = None
    regulated_note: str | None = None
    status: str | None = None
    modified: str | None = None


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A skipped row: the file, the line it ends on and why."""

    file: str
    line: int
    reason: str


@dataclass(slots=True)
class EscoDownload:
    """Everything read from one download."""

    records: list[EscoRecord] = field(default_factory=list)
    groups: dict[str, str] = field(default_factory=dict)  # ISCO code → label
    problems: list[RowProblem] = field(default_factory=list)


def split_values(cell: str | None) -> tuple[str, ...]:
    """A multi-value cell: one value per line, blanks and repeats dropped."""
    if not cell:
        return ()
    return tuple(dict.fromkeys(part.strip() for part in cell.splitlines() if part.strip()))


def _text(row: Mapping[str, str | None], column: str) -> str | None:
    value = (row.get(column) or "").strip()
    return value or None


@contextmanager
def _open_member(path: Path, name: str) -> Iterator[IO[str]]:
    """Open ``name`` in the zip or folder at ``path``, wherever it sits inside."""
    if path.is_dir():
        found = sorted(path.rglob(name))
        if not found:
            raise EscoFormatError(f"{name} not found in {path}")
        with found[0].open(encoding="utf-8-sig", newline="") as handle:
            yield handle
        return
    if not zipfile.is_zipfile(path):
        raise EscoFormatError(f"{path} is neither a folder nor a zip file")
    with zipfile.ZipFile(path) as archive:
        members = [m for m in archive.namelist() if m.rsplit("/", 1)[-1] == name]
        if not members:
            raise EscoFormatError(f"{name} not found in {path.name}")
        with archive.open(sorted(members)[0]) as raw:
            yield io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")


def _rows(
    handle: IO[str], name: str, required: tuple[str, ...], problems: list[RowProblem]
) -> Iterator[dict[str, str | None]]:
    """Rows that fit the header; the others become problems."""
    reader = csv.DictReader(handle, restkey=_OVERFLOW)
    missing = [column for column in required if column not in (reader.fieldnames or ())]
    if missing:
        raise EscoFormatError(f"{name}: missing columns {missing}")
    for row in reader:
        if _OVERFLOW in row:
            problems.append(RowProblem(name, reader.line_num, "more cells than columns"))
        elif None in row.values():
            problems.append(RowProblem(name, reader.line_num, "fewer cells than columns"))
        elif not all(_text(row, column) for column in required):
            problems.append(RowProblem(name, reader.line_num, f"empty {'/'.join(required)}"))
        else:
            yield row


def read_groups(path: Path, language: str, problems: list[RowProblem]) -> dict[str, str]:
    """ISCO-08 group codes and their labels."""
    name = f"ISCOGroups_{language}.csv"
    with _open_member(path, name) as handle:
        return {
            str(row["code"]).strip(): str(row["preferredLabel"]).strip()
            for row in _rows(handle, name, _REQUIRED_GROUP, problems)
        }


def read_download(path: Path, language: str = "de") -> EscoDownload:
    """Read the occupations and ISCO groups of one language; bad rows are reported."""
    result = EscoDownload()
    result.groups = read_groups(path, language, result.problems)
    name = f"occupations_{language}.csv"
    with _open_member(path, name) as handle:
        for row in _rows(handle, name, _REQUIRED_OCCUPATION, result.problems):
            concept_type = _text(row, "conceptType")
            if concept_type and concept_type != "Occupation":
                continue  # the file may hold other concept types; they are no rows to import
            group = _text(row, "iscoGroup")
            result.records.append(
                EscoRecord(
                    uri=str(_text(row, "conceptUri")),
                    preferred_label=str(_text(row, "preferredLabel")),
                    alt_labels=split_values(row.get("altLabels")),
                    hidden_labels=split_values(row.get("hiddenLabels")),
                    isco_group=group,
                    isco_label=result.groups.get(group) if group else None,
                    code=_text(row, "code"),
                    description=_text(row, "description"),
                    definition=_text(row, "definition"),
                    scope_note=_text(row, "scopeNote"),
                    regulated_note=_text(row, "regulatedProfessionNote"),
                    status=_text(row, "status"),
                    modified=_text(row, "modifiedDate"),
                )
            )
    return result
