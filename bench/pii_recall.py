"""Recall and false positives of the pseudonymiser on counsellor notes (bench/pii/).

1. recall: every personal value in ``notes_dev.yaml`` and ``notes_heldout.yaml`` (invented
   notes, messy as counsellors type them) is run through detection and the pseudonymiser as
   the model layer uses them; a value counts as caught when neither it nor, for names and
   organisations, any of its words (three letters or more) is left in the masked text.
   Reported per kind and per half (development / held out).
2. false positives on ``ordinary.yaml`` (occupation questions, e-mail requests without
   personal data): findings per message, and how many words a skill needs were masked; and
   on real prose nobody wrote for this test: the titles and descriptions of the occupation
   catalogue (skills/occupation/data/catalogue.yaml), where any finding is a false positive.
3. speed: detection and masking of a 20,000-character note (as in bench/llm_overhead.py).
Run: `.venv/bin/python bench/pii_recall.py` (`-v` lists the values that were missed).
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.llm.pseudonymise import Pseudonyms
from bot.policy import find_personal_data

HERE = Path(__file__).parent / "pii"
TODAY = date(2026, 12, 6)
WORDY = {"person_name", "organisation"}
LINE = (
    "- Kl. möchte Ausbildung im Handwerk, derzeit 10. Klasse. Mutter Frau Yilmaz rief an "
    "(0171 2345678). Vereinbart: Lebenslauf bis 15.04. an jonas.becker@example.org.\n"
)


def load_notes(name: str) -> list[dict[str, Any]]:
    notes: list[dict[str, Any]] = yaml.safe_load((HERE / name).read_text("utf-8"))["notes"]
    for note in notes:
        for values in note["values"].values():
            for value in values:
                assert str(value) in note["text"], f"not in its note: {value!r}"
    return notes


def mask(text: str) -> str:
    pseudonyms = Pseudonyms()
    return pseudonyms.mask_known(pseudonyms.mask(text, find_personal_data(text, today=TODAY)))


def leaks(value: str, kind: str, masked: str) -> bool:
    """Whether ``value`` (or, for names, one of its words) is still in ``masked``."""
    if value in masked or json.dumps(value, ensure_ascii=False)[1:-1] in masked:
        return True
    if kind not in WORDY:
        return False
    words = re.findall(r"[^\W\d_]{3,}", value)
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", masked) for word in words)


def recall(name: str, verbose: bool) -> tuple[int, int]:
    caught: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for note in load_notes(name):
        masked = mask(note["text"])
        for kind, values in note["values"].items():
            for value in map(str, values):
                total[kind] += 1
                if leaks(value, kind, masked):
                    if verbose:
                        print(f"  missed {kind}: {value!r}")
                else:
                    caught[kind] += 1
    print(f"{name}: {sum(caught.values())}/{sum(total.values())} values caught")
    for kind in sorted(total):
        print(f"  {kind:18} {caught[kind]:3}/{total[kind]:3}")
    return sum(caught.values()), sum(total.values())


def false_positives(verbose: bool) -> None:
    data = yaml.safe_load((HERE / "ordinary.yaml").read_text("utf-8"))
    texts, keep = data["texts"], data["keep"]
    flagged = 0
    findings = 0
    lost: set[str] = set()
    for text in texts:
        found = find_personal_data(text, today=TODAY)
        findings += len(found)
        flagged += bool(found)
        if found and verbose:
            print(f"  flagged: {[(f.kind.value, f.value) for f in found]} in {text!r}")
        masked = mask(text)
        lost.update(word for word in keep if word in text and word not in masked)
    kept = [word for word in keep if any(word in text for text in texts)]
    print(
        f"ordinary.yaml: {flagged}/{len(texts)} messages with a finding ({findings} findings); "
        f"{len(lost)}/{len(kept)} needed words masked {sorted(lost) if lost else ''}"
    )


def catalogue_false_positives(verbose: bool) -> None:
    path = Path(__file__).parent.parent / "skills" / "occupation" / "data" / "catalogue.yaml"
    occupations = yaml.safe_load(path.read_text("utf-8"))["occupations"]
    texts = [
        str(text)
        for occupation in occupations
        for text in (
            *(occupation.get(key) for key in ("title", "male", "female", "description", "field")),
            *(occupation.get("aliases") or ()),
        )
        if text
    ]
    found = [f for text in texts for f in find_personal_data(text, today=TODAY)]
    if verbose:
        for f in found:
            print(f"  catalogue: {f.kind.value} {f.value!r}")
    words = sum(len(text.split()) for text in texts)
    print(f"catalogue.yaml: {len(found)} findings in {len(texts)} texts ({words} words)")


def speed() -> None:
    note = (LINE * (20_000 // len(LINE) + 1))[:20_000]
    mask(note)  # load the word lists first
    times = []
    for _ in range(30):
        started = time.perf_counter()
        pseudonyms = Pseudonyms()
        pseudonyms.restore(pseudonyms.mask(note, find_personal_data(note)))
        times.append(time.perf_counter() - started)
    print(f"20k note, detect+mask+restore p50 {statistics.median(times) * 1000:6.2f} ms")


def main() -> None:
    verbose = "-v" in sys.argv
    dev = recall("notes_dev.yaml", verbose)
    held = recall("notes_heldout.yaml", verbose)
    caught, total = dev[0] + held[0], dev[1] + held[1]
    print(f"all notes: {caught}/{total} values caught ({100 * caught / total:.1f} %)")
    false_positives(verbose)
    catalogue_false_positives(verbose)
    speed()


if __name__ == "__main__":
    main()
