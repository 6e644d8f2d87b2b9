"""Offline intent classifier: declared regex cues plus each skill's own evidence.

It is a replaceable part: an LLM-backed classifier implements the same ``IntentClassifier``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.llm.port import LLM
from bot.skill import Skill

THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class Intent:
    skill_id: str
    score: float
    # What the skill should work on, when the classifier extracted it (e.g. the occupation
    # named in a question); None: the whole message.
    args: str | None = None


class IntentClassifier(Protocol):
    async def classify(self, text: str, skills: Sequence[Skill], llm: LLM) -> Intent | None:
        """``llm``: the model bound to the turn (the offline classifier ignores it)."""
        ...


class OfflineIntentClassifier:
    """Scores each skill by the cues it declares; the best score over a threshold wins."""

    def __init__(self) -> None:
        self._compiled: dict[str, list[tuple[re.Pattern[str], float]]] = {}

    def _cues(self, skill: Skill) -> list[tuple[re.Pattern[str], float]]:
        cues = self._compiled.get(skill.meta.id)
        if cues is None:
            cues = [(re.compile(c.pattern, re.IGNORECASE), c.weight) for c in skill.meta.intents]
            self._compiled[skill.meta.id] = cues
        return cues

    def score(self, text: str, skill: Skill) -> float:
        head = text[:400]  # cues sit at the start; pasted notes are judged by match_score
        cue_score = sum(weight for pattern, weight in self._cues(skill) if pattern.search(head))
        return cue_score + skill.match_score(text)

    async def classify(
        self, text: str, skills: Sequence[Skill], llm: LLM | None = None
    ) -> Intent | None:
        del llm
        best: Intent | None = None
        for skill in skills:
            score = self.score(text, skill)
            if score >= THRESHOLD and (best is None or score > best.score):
                best = Intent(skill.meta.id, score)
        return best
