"""What would a fail-closed Art. 22 default cost? An experiment, not part of the bot.

The default measured: a request that names a specific person (the rules' person reading)
and that no skill answers (the engine's "nicht verstanden") gets the refusal with its offer,
instead of "nicht verstanden". Optionally only when the request is a question (a question
mark, or a leading verb or question word).

Only the ``dev`` and ``fresh`` sections of the case sets are read, never ``heldout``:
positives are the policy cases to refuse, negatives every other policy case and every request
of the email, summary, occupation and exploration sets. For each variant the script prints
the refusals added and the spurious refusals added (with the negatives' ids, never their
text).

Run: ``PYTHONPATH=. .venv/bin/python bench/policy_fail_closed.py`` (about a minute).
"""

from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.answer_quality.cases import Case, load_catalogue, load_set
from bot.policy.judgement import mentions_someone, person_pattern
from bot.reply import Outcome
from bot.routing.judged import read_request
from bot.routing.smalltalk import read_smalltalk

SETS = ("policy", "email", "summary", "occupation", "exploration")
SPLITS = ("dev", "fresh")  # never "heldout"
_QUESTION = re.compile(
    r"\?\s*$|^\s*(?:wie|wer|wen|wem|was|welche\w*|warum|ist|sind|wäre|hat|kann|wird|würde"
    r"|is|are|can|could|will|would|does|do|should|who|what|how)\b",
    re.IGNORECASE | re.MULTILINE,
)


def cases() -> list[Case]:
    catalogue = load_catalogue()
    return [c for name in SETS for c in load_set(name, catalogue) if c.split in SPLITS]


def main() -> None:
    from bench.quality import run_cases

    found = cases()
    answers = asyncio.run(run_cases(found, offline=True))
    person = person_pattern()
    rows: dict[str, list[str]] = {"all": [], "question": []}
    added: dict[str, int] = {"all": 0, "question": 0}
    refusals = sum(c.set == "policy" and "refuse" in c.expect for c in found)
    caught = 0
    for case, answer in zip(found, answers, strict=True):
        refuse = case.set == "policy" and "refuse" in case.expect
        caught += refuse and answer.outcome is Outcome.REFUSED
        if answer.outcome is not Outcome.UNKNOWN:
            continue
        request = read_request(read_smalltalk(case.message).rest, command=False)
        if not mentions_someone(request.text + "\n" + request.material, person):
            continue
        variants = ["all"] + (["question"] if _QUESTION.search(request.text) else [])
        for variant in variants:
            if refuse:
                added[variant] += 1
            else:
                rows[variant].append(f"{case.set}:{case.id}")
    negatives = len(found) - refusals
    print(f"{len(found)} requests (dev + fresh): {refusals} refusals, {negatives} negatives")
    print(f"rules alone: {caught} of {refusals} refusals\n")
    print("| fail-closed variant | refusals added | spurious refusals added |")
    print("|---|---:|---:|")
    for variant in ("all", "question"):
        print(f"| {variant} | {added[variant]} | {len(rows[variant])} of {negatives} |")
    for variant in ("all", "question"):
        print(f"\nspurious ({variant}): {', '.join(rows[variant]) or 'none'}")


if __name__ == "__main__":
    main()
