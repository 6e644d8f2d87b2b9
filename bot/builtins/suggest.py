"""Commands close to a message that was not understood: two or three, not the whole menu.

Close means close in meaning, not in spelling. A first word that is a command word mistyped
by a letter ("berf Tischler", "Emial an …") or a compound of one ("Berufsinfo Koch") suggests
that command with the rest of the message. Otherwise the typed words are compared with the
keywords of each command: a skill's command words, name and description and its keywords in
``suggest.yaml``, and the words of the built-in commands there — exactly, as part of a
compound ("Gesprächsnotizen", "englische"), or, for long keywords only, with one letter
wrong ("Zusamenfassung"). The skills' examples are no keywords: their occupations, dates and
rooms would make any message that shares one look close. A skill found by its keywords is
suggested by its bare command ("beruf", "mail"), which asks what is needed, rather than an
example that would guess the rest. When nothing is close, the caller shows a few examples.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rapidfuzz.distance import OSA

from bot.skill import Skill
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("suggest.yaml")
_WORD = re.compile(r"[^\W\d_]{3,}")
MAX_SUGGESTIONS = 3
_COMMAND_MIN = 4  # shorter first words ("mal", "job") are too easily something else
_LONG_COMMAND = 9  # "zusamenfasen": two letters off a long command word
_COMPOUND = 5  # "Berufsinfo" holds "beruf"; shorter keywords are too easily part of a word
_TYPO = 8  # keywords this long match with one letter off ("spreche" is no "sprache")
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


@dataclass(frozen=True, slots=True)
class _Data:
    builtins: dict[str, frozenset[str]]  # command -> keywords
    skills: dict[str, frozenset[str]]  # skill id -> keywords besides its own metadata
    ignore: frozenset[str]


def _keywords(raw: dict[str, list[str]] | None) -> dict[str, frozenset[str]]:
    return {str(k): frozenset(str(w).casefold() for w in ws) for k, ws in (raw or {}).items()}


@cache
def _data() -> _Data:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    ignore = frozenset(str(word).casefold() for word in data["ignore"])
    return _Data(_keywords(data["builtins"]), _keywords(data.get("skills")), ignore)


def _words(text: str, ignore: frozenset[str]) -> list[str]:
    return [w for w in (m.casefold() for m in _WORD.findall(text)) if w not in ignore]


def _similarity(word: str, known: frozenset[str]) -> float:
    """1 for a keyword, 0.8 for a compound holding one or a long one mistyped by a letter."""
    if word in known:
        return 1.0
    for keyword in known:
        if len(keyword) >= _COMPOUND and (word.startswith(keyword) or word.endswith(keyword)):
            return 0.8  # "englische", "Gesprächsnotizen"
        if len(keyword) >= _TYPO and OSA.distance(word, keyword, score_cutoff=1) <= 1:
            return 0.8  # "zusamenfassung"
    return 0.0


def _candidates(skills: Sequence[Skill], language: str) -> list[_Candidate]:
    data = _data()
    found = []
    for skill in skills:
        meta = skill.meta
        text = " ".join((*meta.commands, meta.name(language), meta.description(language)))
        words = frozenset(_words(text, data.ignore)) | data.skills.get(meta.id, frozenset())
        found.append(_Candidate(meta.name(language), _command_word(skill, language), words))
    found += [_Candidate(command, command, words) for command, words in data.builtins.items()]
    return found


def _command_word(skill: Skill, language: str) -> str:
    """The skill's command word in the user's language: the one its first example uses
    ("occupation carpenter" -> "occupation"), else its first."""
    meta = skill.meta
    first = meta.examples(language)[0].split(maxsplit=1)[0].casefold()
    return first if first in meta.commands else meta.commands[0]


def _mistyped_command(text: str, skills: Sequence[Skill], language: str) -> Suggestion | None:
    """ "berf Tischler" -> "beruf Tischler", "Berufsinfo Koch" -> "beruf Koch"."""
    first, _, rest = text.strip().partition(" ")
    first = first.lstrip("/!").casefold()
    if len(first) < _COMMAND_MIN:
        return None
    allowed = 2 if len(first) >= _LONG_COMMAND else 1
    for skill in skills:
        for command in skill.meta.commands:
            compound = len(command) >= _COMPOUND and first.startswith(command)
            if compound or OSA.distance(first, command, score_cutoff=allowed) <= allowed:
                return Suggestion(skill.meta.name(language), f"{command} {rest}".strip())
    return None


def suggest(text: str, skills: Sequence[Skill], language: str) -> list[Suggestion]:
    """Up to three suggestions, best first; empty when nothing is close."""
    ignore = _data().ignore
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
