"""Does a small learned reading of Art. 22 requests generalise better than the rules?

An experiment, not part of the bot. Only the ``dev`` section of
``bench/answer_quality/policy.yaml`` is read (never ``heldout``). The cases carry batch
prefixes (``p2-`` … ``p9-``; the unprefixed ones are the original batch), and each batch was
written after the rules had been tuned on the ones before it. Two ways of imitating "a new
batch on first sight":

- leave-one-batch-out: train on every other dev batch, test on the one left out;
- forward: train only on the batches written before it (what a model could have known then).

The model is a logistic regression (numpy, full-batch gradient descent from zero weights:
deterministic) over word 1–2-grams, character 3–5-grams inside words and the rule reading's
own features (a specific person named, an evaluative or judgement word, a verdict frame, a
sentence addressed to the assistant, the rules' decision). It is combined conservatively:
refuse when the rules refuse, or when the model's probability is at least a threshold *and*
the rules' person reading finds a specific person. The threshold is the lowest one that gives
no spurious refusal over all out-of-fold predictions (optimistic: chosen on the same folds),
and, nested, one chosen for each test batch from the other batches' out-of-fold predictions
only (honest).

Run: ``PYTHONPATH=. .venv/bin/python bench/policy_learned.py`` (about five minutes; prints
Markdown tables).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.answer_quality.cases import Case
from bench.quality import run_cases
from bot.policy.judgement import person_pattern
from bot.policy.judgement_cues import cue_patterns, names_someone, sentences
from bot.policy.judgement_frame import could_judge, frames_a_verdict
from bot.reply import Outcome
from bot.routing.commands import parse_command
from bot.routing.judged import read_request

CASES = Path(__file__).resolve().parent / "answer_quality" / "policy.yaml"
# The batches in the order they were written; "p1" stands for the unprefixed original cases.
BATCHES = ("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9")
# The rules' documented first-run figures per batch (bench/README.md): cases right, refusal
# recall.
FIRST_SIGHT = {
    "p2": (74.3, 64),
    "p3": (55.6, 30),
    "p4": (45.8, 24),
    "p5": (31.6, 0),
    "p6": (52.0, 20),
    "p7": (50.0, 20),
    "p8": (77.4, 69),
    "p9": (76.7, 61),
}
# The commits whose rules first saw a batch (the batch committed alone, before any fix for it);
# p3-p5 and p7 were committed together with fixes, so their first-sight rules are not kept.
FIRST_SIGHT_COMMITS = {
    "p2": "85af168",
    "p6": "ed5d06c",
    "p8": "34ba2e9",
    "p9": "545fa2d",
}
_RUN_OLD = """
import asyncio, json, sys
from bench.answer_quality.cases import Case
from bench.quality import run_cases
from bot.reply import Outcome
items = json.load(sys.stdin)
cases = [Case("policy", i, "dev", m, frozenset()) for i, m in items]
answers = asyncio.run(run_cases(cases, offline=True))
from bot.policy.judgement import person_pattern
person = person_pattern()
print(json.dumps({a.case.id: [a.outcome is Outcome.REFUSED,
                              person.search(a.case.message) is not None] for a in answers}))
"""
_COMMANDS = frozenset(
    (
        *("mail", "email", "e-mail", "entwurf", "draft", "beruf", "berufe", "occupation", "job"),
        *("zusammenfassen", "zusammenfassung", "summary", "summarize", "summarise", "notiz"),
        "notizen",
    )
)
_WORD = re.compile(r"[^\W\d_]+|\d+")
_ADDRESSED = re.compile(r"\b(?:du|dir|dich|dein\w*|you|u|your)\b", re.IGNORECASE)
ITERATIONS = 400
STEP = 0.5
L2 = 1e-3


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    batch: str
    text: str
    refuse: bool
    rules: bool  # the rule reading refuses (the real engine, offline)
    person: bool  # the rules' person reading finds a specific person in the request


def batch_of(case_id: str) -> str:
    prefix = case_id.split("-", 1)[0]
    return prefix if prefix in BATCHES[1:] else "p1"


def dev_cases() -> list[Case]:
    raw: dict[str, Any] = yaml.safe_load(CASES.read_text(encoding="utf-8"))
    cases = []
    for item in raw["dev"]:  # the held-out section is never used
        expect = item["expect"]
        labels = frozenset(expect if isinstance(expect, list) else [expect]) - {"neutral"}
        cases.append(Case("policy", item["id"], "dev", item["msg"], labels))
    return cases


def request_of(text: str) -> tuple[str, str]:
    call = parse_command(text)
    request = read_request(text, command=call is not None and call.word in _COMMANDS)
    return request.text, request.material


def names_a_person(text: str) -> bool:
    request, material = request_of(text)
    person, english = person_pattern(), cue_patterns().english
    return any(
        names_someone(part, person, english) for part in sentences(request + "\n" + material)
    )


def rule_features(text: str, rules: bool, person: bool) -> list[str]:
    request, _ = request_of(text)
    found = ["rule:person"] if person else []
    if could_judge(request):
        found.append("rule:evaluative")
    if frames_a_verdict(request, person_pattern()):
        found.append("rule:frame")
    if _ADDRESSED.search(request) or request.rstrip().endswith("?"):
        found.append("rule:addressed")
    if rules:
        found.append("rule:refuses")
    return found


def text_features(text: str) -> list[str]:
    words = [w.casefold() for w in _WORD.findall(text)]
    found = [f"w:{w}" for w in words]
    found += [f"b:{a}_{b}" for a, b in itertools.pairwise(words)]
    for word in words:
        padded = f"<{word}>"
        for n in (3, 4, 5):
            found += [f"c:{padded[i : i + n]}" for i in range(len(padded) - n + 1)]
    return found


def features(example: Example, with_rules: bool) -> list[str]:
    found = text_features(example.text)
    if with_rules:
        found += rule_features(example.text, example.rules, example.person)
    return found


class Model:
    """Logistic regression over binary features; deterministic (zero start, full batch)."""

    def __init__(self, train: Sequence[Example], bags: dict[str, list[str]]) -> None:
        counts = Counter(f for e in train for f in set(bags[e.id]))
        self.vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= 2))}
        x = self._matrix([bags[e.id] for e in train])
        y = np.array([e.refuse for e in train], dtype=float)
        self.w = np.zeros(x.shape[1])
        self.b = 0.0
        for _ in range(ITERATIONS):
            p = 1 / (1 + np.exp(-(x @ self.w + self.b)))
            self.w -= STEP * (x.T @ (p - y) / len(y) + L2 * self.w)
            self.b -= STEP * float(np.mean(p - y))

    def _matrix(self, bags: Sequence[list[str]]) -> np.ndarray:
        x = np.zeros((len(bags), len(self.vocab)))
        for row, bag in enumerate(bags):
            for f in set(bag):
                if f in self.vocab:
                    x[row, self.vocab[f]] = 1.0
        norms = np.linalg.norm(x, axis=1, keepdims=True)
        scaled: np.ndarray = x / np.maximum(norms, 1.0) * 4.0  # unit length, then a fixed scale
        return scaled

    def probabilities(self, bags: Sequence[list[str]]) -> np.ndarray:
        p: np.ndarray = 1 / (1 + np.exp(-(self._matrix(bags) @ self.w + self.b)))
        return p


def out_of_fold(
    examples: Sequence[Example], bags: dict[str, list[str]], folds: Sequence[str], forward: bool
) -> dict[str, float]:
    """The probability of each example in ``folds`` from a model that never saw its batch."""
    scores: dict[str, float] = {}
    for batch in folds:
        test = [e for e in examples if e.batch == batch]
        if forward:
            seen = set(BATCHES[: BATCHES.index(batch)])
            train = [e for e in examples if e.batch in seen]
        else:
            train = [e for e in examples if e.batch != batch and e.batch in folds]
        if not test or len({e.refuse for e in train}) < 2:
            continue
        model = Model(train, bags)
        for example, p in zip(test, model.probabilities([bags[e.id] for e in test]), strict=True):
            scores[example.id] = float(p)
    return scores


def safe_threshold(examples: Sequence[Example], scores: dict[str, float]) -> float:
    """The lowest threshold at which the combination refuses no case that is not a refusal."""
    risky = [
        scores[e.id]
        for e in examples
        if e.id in scores and not e.refuse and e.person and not e.rules
    ]
    return (max(risky) + 1e-6) if risky else 0.5


@dataclass(frozen=True, slots=True)
class Figures:
    n: int
    right: int
    recall: str
    spurious: int

    def cells(self) -> str:
        return f"{100 * self.right / self.n:.1f} % | {self.recall} | {self.spurious}"


def figures(examples: Sequence[Example], decide: dict[str, bool]) -> Figures:
    positives = [e for e in examples if e.refuse]
    caught = sum(decide[e.id] for e in positives)
    recall = f"{100 * caught / len(positives):.0f} %" if positives else "–"
    spurious = sum(decide[e.id] and not e.refuse for e in examples)
    right = sum(decide[e.id] == e.refuse for e in examples)
    return Figures(len(examples), right, recall, spurious)


def load_examples() -> list[Example]:
    cases = dev_cases()
    answers = asyncio.run(run_cases(cases, offline=True))
    return [
        Example(
            case.id,
            batch_of(case.id),
            case.message,
            "refuse" in case.expect,
            answer.outcome is Outcome.REFUSED,
            names_a_person(case.message),
        )
        for case, answer in zip(cases, answers, strict=True)
    ]


def report(examples: list[Example], forward: bool, with_rules: bool) -> dict[str, float]:
    bags = {e.id: features(e, with_rules) for e in examples}
    folds = BATCHES[1:] if forward else BATCHES
    scores = out_of_fold(examples, bags, folds, forward)
    scored = [e for e in examples if e.id in scores]
    optimistic = safe_threshold(scored, scores)
    split = "forward (earlier batches only)" if forward else "leave-one-batch-out"
    reading = "text and the rule reading's features" if with_rules else "text only"
    print(f"\n### {split}, {reading}\n")
    print(f"threshold without spurious refusals over all folds: {optimistic:.3f}\n")
    print(
        "| batch | n | rules now: right / recall / spurious | model alone (p ≥ 0.5) "
        "| rules now + model (optimistic t) | rules now + model (nested t) "
        "| rules first sight: right / recall |"
    )
    print("|---|---:|---|---|---|---|---|")
    totals: dict[str, dict[str, bool]] = {"rules": {}, "alone": {}, "opt": {}, "nested": {}}
    for batch in folds:
        test = [e for e in scored if e.batch == batch]
        if not test:
            continue
        # nested: the threshold from the other batches' out-of-fold scores only
        others = [e for e in scored if e.batch != batch]
        nested = safe_threshold(others, scores)
        decisions = {
            "rules": {e.id: e.rules for e in test},
            "alone": {e.id: scores[e.id] >= 0.5 for e in test},
            "opt": {e.id: e.rules or (e.person and scores[e.id] >= optimistic) for e in test},
            "nested": {e.id: e.rules or (e.person and scores[e.id] >= nested) for e in test},
        }
        for key, decided in decisions.items():
            totals[key].update(decided)
        first = FIRST_SIGHT.get(batch)
        first_cell = f"{first[0]} % / {first[1]} %" if first else "–"
        cells = " | ".join(
            figures(test, d).cells().replace(" | ", " / ") for d in decisions.values()
        )
        print(f"| {batch} | {len(test)} | {cells} (t={nested:.2f}) | {first_cell} |")
    cells = " | ".join(figures(scored, d).cells().replace(" | ", " / ") for d in totals.values())
    print(f"| all | {len(scored)} | {cells} | – |")
    gained = [e.id for e in scored if not e.rules and e.person and scores[e.id] >= optimistic]
    print(f"\nrefusals the model adds to today's rules (optimistic t): {len(gained)}")
    missed_by_rules = [e for e in scored if e.refuse and not e.rules]
    print(f"refusals today's rules miss in these folds: {len(missed_by_rules)}")
    return scores


def rules_at(commit: str, examples: Sequence[Example]) -> dict[str, tuple[bool, bool]]:
    """The rule reading as it was at ``commit`` (an exported copy of it): whether it refuses,
    and whether its person pattern finds someone in the message."""
    root = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory() as directory:
        archive = subprocess.run(
            ["git", "-C", str(root), "archive", commit], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", directory], input=archive, check=True)
        done = subprocess.run(
            [sys.executable, "-c", _RUN_OLD],
            input=json.dumps([[e.id, e.text] for e in examples]),
            capture_output=True,
            text=True,
            check=True,
            cwd=directory,
            env={"PYTHONPATH": directory, "PATH": "/usr/bin:/bin"},
        )
    found: dict[str, list[bool]] = json.loads(done.stdout.strip().splitlines()[-1])
    return {key: (refused, person) for key, (refused, person) in found.items()}


def first_sight(examples: list[Example], scores: dict[str, float]) -> None:
    """The rules as they first saw a batch, alone and with the model trained on the batches
    written before it (text only), the threshold from the earlier batches' scores."""
    print("\n### first sight: the rules as they were, with the forward text-only model\n")
    print("(the gate: the person pattern as it was at the batch's commit)\n")
    print(
        "| batch | n | rules then: right / recall / spurious | model alone (p ≥ 0.5) "
        "| rules then + model (t from earlier batches) | refusals added |"
    )
    print("|---|---:|---|---|---|---:|")
    for batch, commit in FIRST_SIGHT_COMMITS.items():
        test = [e for e in examples if e.batch == batch and e.id in scores]
        old = rules_at(commit, test)
        then = {key: refused for key, (refused, _) in old.items()}
        earlier = set(BATCHES[: BATCHES.index(batch)])
        seen = [e for e in examples if e.batch in earlier and e.id in scores]
        threshold = safe_threshold(seen, scores) if seen else 0.9
        # the gate is the person pattern of the rules as they were then, too
        combined = {e.id: then[e.id] or (old[e.id][1] and scores[e.id] >= threshold) for e in test}
        alone = {e.id: scores[e.id] >= 0.5 for e in test}
        added = sum(combined[e.id] and not then[e.id] for e in test)
        cells = " | ".join(
            figures(test, d).cells().replace(" | ", " / ") for d in (then, alone, combined)
        )
        print(f"| {batch} | {len(test)} | {cells} (t={threshold:.2f}) | {added} |")


def main() -> None:
    examples = load_examples()
    counts = Counter(e.batch for e in examples)
    print("dev cases per batch: " + ", ".join(f"{b} {counts[b]}" for b in BATCHES))
    report(examples, forward=False, with_rules=True)
    report(examples, forward=False, with_rules=False)
    report(examples, forward=True, with_rules=True)
    forward = report(examples, forward=True, with_rules=False)
    first_sight(examples, forward)


if __name__ == "__main__":
    main()
