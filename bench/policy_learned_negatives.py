"""Does a learned reading of Art. 22 requests become safe with a large negative class?

An experiment, not part of the bot (a follow-up of ``bench/policy_learned.py``, which found the
negative class too small for a safe threshold). Only the ``dev`` and ``fresh`` sections of the
case sets are read, never ``heldout``:

- positives: the policy cases to refuse (incl. "both");
- negatives: every other policy case (neutral look-alikes, Art. 9 data) and every request of
  the email, summary, occupation and exploration sets (hundreds of everyday requests, many of
  them naming a client).

What is read of a message is what the router reads where the reading would be used: the
request part (``bot.routing.judged.read_request``) after a greeting.

The model: logistic regression over binary features (:func:`features`: words, word pairs,
character 3–5-grams inside words), each vector scaled to unit length times ``SCALE``,
full-batch gradient descent from zero weights (deterministic), features seen in at least
``MIN_COUNT`` training requests. Inference would be pure Python (:class:`LearnedReading`).

The use evaluated is the conservative one: refuse when the rules refuse, or when no skill
answers (the engine's "nicht verstanden"), the request names a specific person (the rules'
person reading) and the learned score reaches a threshold. The threshold is the lowest that
refuses no negative the gate lets through (a person named, the rules refusing nothing — whether
or not a skill answers), chosen nested: every batch (a case set's id prefix: ``p16-``, ``f3-``,
``o2-`` …) is scored by a model trained without it, and its threshold comes from the other
batches' out-of-fold scores only.

Run: ``PYTHONPATH=. .venv/bin/python bench/policy_learned_negatives.py`` (about a minute;
prints a Markdown table and the highest-scoring negatives' batches).
"""

from __future__ import annotations

import asyncio
import itertools
import math
import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.answer_quality.cases import Case, load_catalogue, load_set
from bot.policy.judgement import mentions_someone, person_pattern
from bot.reply import Outcome
from bot.routing.judged import read_request
from bot.routing.smalltalk import read_smalltalk

SETS = ("policy", "email", "summary", "occupation", "exploration")
TRAINING_SPLITS = ("dev", "fresh")  # never "heldout"
MIN_COUNT = 2
SCALE = 4.0
ITERATIONS = 400
STEP = 0.5
L2 = 1e-3
DIGITS = 4
MARGIN = 1e-4  # the threshold sits just above the highest negative let through
_WORD = re.compile(r"[^\W\d_]+|\d+")


def features(text: str) -> set[str]:
    """The request's words (``w:``), word pairs (``b:``) and character 3–5-grams inside words
    (``c:``, the word padded with ``<`` and ``>``), casefolded."""
    words = [word.casefold() for word in _WORD.findall(text)]
    found = {f"w:{word}" for word in words}
    found.update(f"b:{a}_{b}" for a, b in itertools.pairwise(words))
    for word in set(words):
        padded = f"<{word}>"
        for n in (3, 4, 5):
            found.update(f"c:{padded[i : i + n]}" for i in range(len(padded) - n + 1))
    return found


@dataclass(frozen=True, slots=True)
class LearnedReading:
    """A trained model: a weight per known feature; each request's vector has unit length over
    the features the model knows, times ``scale``."""

    weights: Mapping[str, float]
    bias: float
    scale: float

    def probability(self, text: str) -> float:
        known = [self.weights[f] for f in features(text) if f in self.weights]
        z = self.bias
        if known:
            z += self.scale * math.fsum(known) / math.sqrt(len(known))
        return 1 / (1 + math.exp(-z))


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    fold: str  # the set and the batch prefix: "policy:p16", "email:f3"
    text: str  # the request part, as the router reads it
    material: str
    refuse: bool


def request_of(message: str) -> tuple[str, str]:
    request = read_request(read_smalltalk(message).rest, command=False)
    return request.text, request.material


def fold_of(case: Case) -> str:
    return f"{case.set}:{case.id.split('-', 1)[0]}"


def training_cases() -> list[Case]:
    catalogue = load_catalogue()
    cases: list[Case] = []
    for name in SETS:
        cases += [c for c in load_set(name, catalogue) if c.split in TRAINING_SPLITS]
    return cases


def examples_of(cases: Sequence[Case]) -> list[Example]:
    found = []
    for case in cases:
        text, material = request_of(case.message)
        refuse = case.set == "policy" and "refuse" in case.expect
        found.append(Example(case.id, fold_of(case), text, material, refuse))
    return found


def train(bags: Sequence[set[str]], labels: Sequence[bool]) -> LearnedReading:
    """Logistic regression on ``bags``, weights rounded to ``DIGITS``."""
    counts = Counter(f for bag in bags for f in bag)
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    for row, bag in enumerate(bags):
        known = sorted(index[f] for f in bag if f in index)
        rows += [row] * len(known)
        cols += known
        values += [SCALE / np.sqrt(len(known))] * len(known)
    r, c, v = np.array(rows), np.array(cols), np.array(values)
    y = np.array(labels, dtype=float)
    n = len(y)
    w = np.zeros(len(vocab))
    b = 0.0
    for _ in range(ITERATIONS):
        z = np.bincount(r, weights=v * w[c], minlength=n) + b
        residual = (1 / (1 + np.exp(-z)) - y) / n
        w -= STEP * (np.bincount(c, weights=v * residual[r], minlength=len(vocab)) + L2 * w)
        b -= STEP * float(residual.sum())
    weights = {f: round(float(x), DIGITS) for f, x in zip(vocab, w, strict=True)}
    return LearnedReading(
        weights={f: x for f, x in weights.items() if x != 0.0},
        bias=round(b, DIGITS),
        scale=SCALE,
    )


def train_on(examples: Sequence[Example]) -> LearnedReading:
    return train([features(e.text) for e in examples], [e.refuse for e in examples])


def out_of_fold(examples: Sequence[Example]) -> dict[str, float]:
    """Each example's score from a model trained without its fold."""
    scores: dict[str, float] = {}
    for fold in sorted({e.fold for e in examples}):
        model = train_on([e for e in examples if e.fold != fold])
        for example in examples:
            if example.fold == fold:
                scores[example.id] = model.probability(example.text)
    return scores


@dataclass(frozen=True, slots=True)
class Gate:
    """What the router knows before the learned reading: whether the rules refuse, whether a
    skill would answer, whether the request names a specific person."""

    rules: bool
    unanswered: bool
    person: bool


def gates(cases: Sequence[Case], examples: Sequence[Example]) -> dict[str, Gate]:
    """The engine's view of each case (offline)."""
    from bench.quality import run_cases

    answers = asyncio.run(run_cases(cases, offline=True))
    person = person_pattern()
    return {
        e.id: Gate(
            a.outcome is Outcome.REFUSED,
            a.outcome is Outcome.UNKNOWN,
            mentions_someone(e.text + "\n" + e.material, person),
        )
        for e, a in zip(examples, answers, strict=True)
    }


def safe_threshold(
    examples: Sequence[Example], scores: dict[str, float], gate: dict[str, Gate]
) -> float:
    """The lowest threshold that refuses none of ``examples``' negatives the gate lets through
    (a person named, the rules refusing nothing — whether or not a skill would answer, which
    keeps the threshold clear of the everyday requests skills take today)."""
    risky = [
        scores[e.id]
        for e in examples
        if not e.refuse and gate[e.id].person and not gate[e.id].rules
    ]
    return round(max(risky) + MARGIN, DIGITS) if risky else 0.5


def evaluate(examples: Sequence[Example], scores: dict[str, float], gate: dict[str, Gate]) -> None:
    """Nested leave-one-batch-out: per batch, the threshold from the other batches only."""
    print("| batch | n | refusals | rules: right / recall / spurious "
          "| rules + learned (nested t): right / recall / spurious | t |")  # fmt: skip
    print("|---|---:|---:|---|---|---:|")
    totals: dict[str, list[tuple[bool, bool]]] = {"rules": [], "combined": []}
    spurious_elsewhere: list[str] = []
    for fold in sorted({e.fold for e in examples}, key=_fold_order):
        test = [e for e in examples if e.fold == fold]
        threshold = safe_threshold([e for e in examples if e.fold != fold], scores, gate)
        rules = [(gate[e.id].rules, e.refuse) for e in test]
        combined = [
            (
                gate[e.id].rules
                or (gate[e.id].unanswered and gate[e.id].person and scores[e.id] >= threshold),
                e.refuse,
            )
            for e in test
        ]
        totals["rules"] += rules
        totals["combined"] += combined
        if not fold.startswith("policy:"):
            added = sum(d and not r for d, r in combined) - sum(d and not r for d, r in rules)
            if added:
                spurious_elsewhere.append(f"{fold} {added}")
            continue
        print(
            f"| {fold} | {len(test)} | {sum(e.refuse for e in test)} | {_cells(rules)} "
            f"| {_cells(combined)} | {threshold:.3f} |"
        )
    print(f"| all | {len(examples)} | – | {_cells(totals['rules'])} "
          f"| {_cells(totals['combined'])} | – |")  # fmt: skip
    print(f"\nrefusals added in the other sets: {', '.join(spurious_elsewhere) or 'none'}")


def _fold_order(fold: str) -> tuple[str, int]:
    name, prefix = fold.split(":")
    digits = "".join(ch for ch in prefix if ch.isdigit())
    return name, int(digits or 1)


def _cells(decided: Sequence[tuple[bool, bool]]) -> str:
    right = sum(d == r for d, r in decided)
    positives = [d for d, r in decided if r]
    recall = f"{100 * sum(positives) / len(positives):.0f} %" if positives else "–"
    spurious = sum(d and not r for d, r in decided)
    return f"{100 * right / len(decided):.1f} % / {recall} / {spurious}"


def main() -> None:
    cases = training_cases()
    examples = examples_of(cases)
    print(f"{len(examples)} requests, {sum(e.refuse for e in examples)} to refuse, "
          f"{len({e.fold for e in examples})} batches")  # fmt: skip
    scores = out_of_fold(examples)
    gate = gates(cases, examples)
    threshold = safe_threshold(examples, scores, gate)
    print(f"threshold (out of fold, all batches): {threshold:.4f}\n")
    evaluate(examples, scores, gate)
    risky = sorted(
        (e for e in examples if not e.refuse and gate[e.id].person and not gate[e.id].rules),
        key=lambda e: -scores[e.id],
    )
    print("\nhighest negatives the gate lets through: " + ", ".join(
        f"{e.fold} {scores[e.id]:.3f}{'' if gate[e.id].unanswered else ' (a skill answers)'}"
        for e in risky[:5]
    ))  # fmt: skip
    missed = [e for e in examples if e.refuse and not gate[e.id].rules]
    caught = [e for e in missed if gate[e.id].unanswered and gate[e.id].person]
    scored = ", ".join(f"{scores[e.id]:.2f}" for e in caught)
    print(f"refusals the rules miss: {len(missed)}, of them unanswered with a person named: "
          f"{len(caught)}, scored {scored}")  # fmt: skip


if __name__ == "__main__":
    main()
