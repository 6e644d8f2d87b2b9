"""Commands close to a message that was not understood: two or three, not the whole menu.

A first word close to a command word ("berf Tischler", "Berufsinfo Koch") suggests that
command with the rest of the message; otherwise the words are compared (exactly, by spelling,
or as the start of a compound) with each skill's commands, name, description and examples
and with the words of the built-in commands in ``suggest.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from bot.skill import Skill

_DATA = Path(__file__).with_name("suggest.yaml")
_WORD = re.compile(r"[^\W\d_]{3,}")
MAX_SUGGESTIONS = 3
_COMMAND_RATIO = 75.0  # a mistyped command word: "berf", "zusammenfasen"
_WORD_RATIO = 85.0
_STEM = 5  # compounds: "Berufsinfo" shares "beruf" with the command
_MIN_SCORE = 0.75


@dataclass(frozen=True, slots=True)
class Suggestion:
    label: str
    command: str


@dataclass(frozen=True, slots=True)
class _Candidate:
    label: str
    command: str
    words: frozenset[str]


@cache
def _data() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    builtins = {
        str(command): frozenset(str(word).casefold() for word in words)
        for command, words in data["builtins"].items()
    }
    return builtins, frozenset(str(word).casefold() for word in data["ignore"])


def _words(text: str, ignore: frozenset[str]) -> list[str]:
    return [w for w in (m.casefold() for m in _WORD.findall(text)) if w not in ignore]


def _similarity(word: str, known: frozenset[str]) -> float:
    if word in known:
        return 1.0
    best = 0.0
    for other in known:
        if len(word) >= _STEM and len(other) >= _STEM and word[:_STEM] == other[:_STEM]:
            best = max(best, 0.8)
        ratio = fuzz.ratio(word, other, score_cutoff=_WORD_RATIO)
        if ratio:
            best = max(best, ratio / 100)
    return best


def _candidates(skills: Sequence[Skill], language: str) -> list[_Candidate]:
    builtins, ignore = _data()
    found = []
    for skill in skills:
        meta = skill.meta
        text = " ".join(
            (*meta.commands, meta.name(language), meta.description(language),
             *meta.examples(language))
        )  # fmt: skip
        example = meta.examples(language)[0].split("\n", 1)[0]
        found.append(_Candidate(meta.name(language), example, frozenset(_words(text, ignore))))
    found += [_Candidate(command, command, words) for command, words in builtins.items()]
    return found


def _mistyped_command(text: str, skills: Sequence[Skill], language: str) -> Suggestion | None:
    first, _, rest = text.strip().partition(" ")
    first = first.lstrip("/!").casefold()
    if len(first) < 3:
        return None
    for skill in skills:
        for command in skill.meta.commands:
            compound = len(command) >= _STEM and first.startswith(command)  # "Berufsinfo"
            if compound or fuzz.ratio(first, command, score_cutoff=_COMMAND_RATIO):
                return Suggestion(skill.meta.name(language), f"{command} {rest}".strip())
    return None


def suggest(text: str, skills: Sequence[Skill], language: str) -> list[Suggestion]:
    """Up to three suggestions, best first; empty when nothing is close."""
    _, ignore = _data()
    suggestions: list[Suggestion] = []
    typo = _mistyped_command(text, skills, language)
    if typo is not None:
        suggestions.append(typo)
    typed = _words(text[:500], ignore)
    scored = []
    for position, candidate in enumerate(_candidates(skills, language)):
        score = sum(_similarity(word, candidate.words) for word in typed)
        if score >= _MIN_SCORE:
            scored.append((-score, position, candidate))
    for _, _, candidate in sorted(scored, key=lambda item: item[:2]):
        if len(suggestions) >= MAX_SUGGESTIONS:
            break
        if all(s.label != candidate.label for s in suggestions):
            suggestions.append(Suggestion(candidate.label, candidate.command))
    return suggestions
