"""How many requests with no client's special-category data would draw the Art. 9 reminder?

Runs the offline check (``find_special_categories``, as the engine runs it on each message)
over the ``dev`` and ``fresh`` requests of every case set, never ``heldout``, that are not
marked as carrying such data: policy cases that do not expect ``special``, summary notes with
no ``review`` text, and every request of the email, occupation, exploration and follow-up sets
(earlier turns of a follow-up included). Prints the count and the ids that drew a category
and are not in ``REVIEWED_DATA``; the requests themselves are not printed (read them in the
YAML: some of those sets name a client's data without a label for it, so a new hit is a
candidate to look at, not yet a verdict).

Run: ``PYTHONPATH=. .venv/bin/python bench/special_neutrals.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.answer_quality.cases import Case, load_catalogue, load_set
from bench.answer_quality.scoring import SummaryExpect
from bot.policy.special import find_special_categories

SETS = ("policy", "email", "summary", "occupation", "exploration", "followup")
# Hits read and found to carry a client's data, though their set has no label for it.
REVIEWED_DATA = {
    "email:e-unterlagen-sba": "a client's disability card",
    "email:f-sba-ohne-zweckwort": "a client's disability card",
    "email:f-ifd-vermittlung": "a client's GdB",
    "email:f3-ifd-weiterleitung": "a client's GdB",
    "email:f4-weiterleitung-reha": "a client's back trouble",
    "email:f7-sie-info-weiterleitung": "a client's rehab",
    "email:f9-nummern-zu-2": "a client's rehab application, a hearing aid",
    "email:f10-kurz-schreiben-dass": "a medical report for a client's rehab application",
    "email:f10-gesundheit-attest": "a rehab clinic's findings on a named client",
    "email:f11-eignung-aerztlicher-dienst": "a medical opinion on a client's fitness",
    "email:f12-attest-nicht-mehr": "a client's sick note",
    "email:f12-krankmeldung-drei-tage": "a client's sick note",
    "summary:s-bullets": "a client's back trouble",
    "summary:s-gesundheit": "a client's depression",
    "summary:sf6-hauswirtschaft-telefonnotiz": "a client's special-needs school and rehab",
}
SPLITS = ("dev", "fresh")  # never "heldout"


def _unmarked(case: Case) -> bool:
    if case.set == "policy":
        return "special" not in case.expect
    if case.set == "summary":
        return isinstance(case.expect, SummaryExpect) and not case.expect.review
    return True


def neutral_requests() -> Iterator[tuple[str, str]]:
    """(case id, text) of every request not marked as carrying special-category data."""
    catalogue = load_catalogue()
    for name in SETS:
        for case in load_set(name, catalogue):
            if case.split in SPLITS and _unmarked(case):
                for turn, text in enumerate((*case.before, case.message)):
                    yield (f"{name}:{case.id}" + (f"#{turn}" if case.before else "")), text


def main() -> None:
    requests = list(neutral_requests())
    hits = [(ident, sorted(found)) for ident, text in requests
            if (found := find_special_categories(text))]  # fmt: skip
    spurious = [(ident, found) for ident, found in hits if ident not in REVIEWED_DATA]
    print(f"{len(hits)} of {len(requests)} unmarked requests draw the Art. 9 reminder;")
    print(f"{len(hits) - len(spurious)} of them carry a client's data (reviewed),")
    print(f"{len(spurious)} are spurious or not yet reviewed:")
    for ident, categories in spurious:
        print(f"  {ident}: {', '.join(categories)}")


if __name__ == "__main__":
    main()
