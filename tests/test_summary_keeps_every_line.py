"""No line of the notes is ever dropped: a property over many notes.

Every word of every line must stand in some item of the offline record, except the words of a
heading the record turns into its own section heading, list markers and separator lines. The
notes are the messy notes of the summary tests and the benchmark's dev notes, and recombinations
of their lines with other list markers, blank lines and upper-case headings (seeded, so a failure
repeats)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import yaml
from test_summary_notes import CASES
from test_summary_notes_more import CASES as MORE_CASES

from skills.summary import Item, OfflineSummariser, Section, Summary
from skills.summary.cues import default_cues
from skills.summary.split import split_notes

_WORD = re.compile(r"\w+")
_BENCH = Path(__file__).resolve().parents[1] / "bench" / "answer_quality" / "summary.yaml"
_MARKERS = ("", "- ", "* ", "• ", "1. ", "-> ", "  - ")
_RECOMBINED = 150


def _dev_notes() -> list[str]:
    raw = yaml.safe_load(_BENCH.read_text(encoding="utf-8"))
    return [str(case["notes"]) for case in raw["dev"]]  # never the held-out section


def _corpus() -> list[str]:
    notes = [text for text, _ in CASES.values()] + [text for text, _ in MORE_CASES.values()]
    return notes + _dev_notes()


def _recombined(corpus: list[str], count: int) -> list[str]:
    lines = [line for notes in corpus for line in notes.splitlines() if line.strip()]
    rng = random.Random(11)
    made = []
    for _ in range(count):
        picked = rng.sample(lines, rng.randint(3, 14))
        out = []
        for line in picked:
            text = line.strip().lstrip("-*•>→ ").strip()
            if rng.random() < 0.15 and len(text.split()) <= 3:
                text = text.upper()
            out.append(rng.choice(_MARKERS) + text)
            if rng.random() < 0.2:
                out.append("")
        made.append("\n".join(out))
    return made


def _words(text: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(text)}


def lost_words(notes: str, record: Summary | None = None) -> list[tuple[str, set[str]]]:
    """(sentence, words the record lacks) for every sentence that lost a word; the record is
    the offline one unless given."""
    cues = default_cues()
    record = record or OfflineSummariser().sort(notes)
    written = set().union(*(_words(i.text) for _, items in record.sections() for i in items))
    lost = []
    for line in split_notes(notes):
        for sentence in line.sentences:
            heading = cues.heading(sentence)
            text = heading.rest if heading is not None else sentence
            missing = _words(text) - written
            if missing:
                lost.append((sentence, missing))
    return lost


CORPUS = _corpus()


@pytest.mark.parametrize("index", range(len(CORPUS)))
def test_every_word_of_every_line_stays(index: int) -> None:
    assert lost_words(CORPUS[index]) == []


def test_every_word_stays_when_lines_are_recombined() -> None:
    failures = [(notes, lost) for notes in _recombined(CORPUS, _RECOMBINED)
                if (lost := lost_words(notes))]  # fmt: skip
    assert failures == []


def test_a_sentence_left_out_of_the_record_would_be_found() -> None:
    # The property is not empty: a record without the second line is caught; the heading
    # word is not asked for.
    notes = "Anliegen: Ausbildung als Tischler\nHund heißt Bello"
    partial = Summary(concern=(Item("Ausbildung als Tischler"),))
    assert lost_words(notes, partial) == [("Hund heißt Bello", {"hund", "heisst", "bello"})]
    whole = Summary.from_sections({Section.CONCERN: [Item("Ausbildung als Tischler")],
                                   Section.OTHER: [Item("Hund heißt Bello")]})  # fmt: skip
    assert lost_words(notes, whole) == []
