"""Tables pasted into notes: rows typed with pipes ("| 08.02. | dm | Einladung |") or copied
from a spreadsheet with tabs.

A row is one record; its cells are joined with a dash so it reads as one note line. The
markdown separator row ("|---|---|") goes. The first row is the header when a separator
follows it or when, unlike a row below it, it holds no figure ("Datum | Firma | Ergebnis"): it
names columns and is kept as it is, no fact of any section.
"""

from __future__ import annotations

import re
from enum import Enum

_SEPARATOR = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*$")
_CELL_JOIN = " – "
_MIN_CELLS = 2
_MIN_ROWS = 2


class Row(Enum):
    """What a table line is."""

    HEADER = "header"
    RECORD = "record"


def _pipe_cells(raw: str) -> list[str] | None:
    text = raw.strip()
    if not (text.startswith("|") and text.endswith("|")) and text.count(" | ") < _MIN_CELLS:
        return None  # "Berufsberatung | Lotse Hamm": a signature's divider, no table
    cells = [cell.strip() for cell in text.strip("|").split("|")]
    return cells if len(cells) >= _MIN_CELLS else None


def _tab_cells(raw: str) -> list[str] | None:
    cells = [cell.strip() for cell in raw.strip().split("\t")]
    return cells if len(cells) >= _MIN_CELLS and "\t" in raw.strip() else None


def _has_figure(cells: list[str]) -> bool:
    return any(char.isdigit() for cell in cells for char in cell)


def flatten_tables(raws: list[str]) -> list[tuple[str, Row | None]]:
    """The lines of the notes with table rows read as note lines and what each row is."""
    out: list[tuple[str, Row | None]] = []
    index = 0
    while index < len(raws):
        block: list[list[str]] = []
        separated = False
        end = index
        while end < len(raws):
            if block and _SEPARATOR.match(raws[end]):
                separated = separated or len(block) == 1
                end += 1
                continue
            cells = _pipe_cells(raws[end]) or _tab_cells(raws[end])
            if cells is None:
                break
            block.append(cells)
            end += 1
        if len(block) < _MIN_ROWS:
            out.append((raws[index], None))
            index += 1
            continue
        header = separated or (
            not _has_figure(block[0]) and any(_has_figure(row) for row in block[1:])
        )
        for number, cells in enumerate(block):
            role = Row.HEADER if header and number == 0 else Row.RECORD
            out.append((_CELL_JOIN.join(cell for cell in cells if cell), role))
        index = end
    return out
