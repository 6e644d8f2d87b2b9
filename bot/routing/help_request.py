"""Questions about what Lotse can do ("Was machst du eigentlich?", "Was kann ich dich alles
fragen?"): answered with the help. The phrasings live in ``help.yaml``; each must match the
whole message (after a leading "Hilfe," and filler words), so that a question about an
occupation that starts the same way ("Was kannst du mir über den Beruf Bäcker sagen?") is not
taken for one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.routing.commands import parse_command
from bot.skill import Skill
from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("help.yaml")
_MAX_CHARS = 80
_WORD = re.compile(r"[^\W\d_]+|,")


@dataclass(frozen=True, slots=True)
class _Phrasings:
    fillers: frozenset[str]
    openers: frozenset[str]
    questions: re.Pattern[str]
    skill_questions: tuple[re.Pattern[str], ...]  # each with a group "skill"


@cache
def _phrasings() -> _Phrasings:
    raw = load_yaml(_DATA.read_text(encoding="utf-8"))
    alternatives = "|".join(f"(?:{pattern})" for pattern in raw["questions"])
    return _Phrasings(
        fillers=frozenset(str(word) for word in raw["fillers"]),
        openers=frozenset(str(word) for word in raw["openers"]),
        questions=re.compile(alternatives),
        skill_questions=tuple(re.compile(pattern) for pattern in raw["skill_questions"]),
    )


def _spoken(text: str, phrasings: _Phrasings) -> str:
    """The message's words without a leading "Hilfe,"/"ok" and the filler words."""
    words = _WORD.findall(text.casefold())
    while len(words) > 1 and words[0] in phrasings.openers:  # "Hilfe, was kannst du?"
        words = words[1:]
        if words[0] == ",":
            words = words[1:]
    kept = [word for word in words if word not in phrasings.fillers]
    return " ".join(kept).replace(" ,", ",")


def asks_what_lotse_can_do(text: str) -> bool:
    """Whether ``text`` is a question about what Lotse can do (see the module docstring)."""
    if len(text) > _MAX_CHARS or "\n" in text.strip():
        return False
    phrasings = _phrasings()
    spoken = _spoken(text, phrasings)
    return bool(spoken) and phrasings.questions.fullmatch(spoken) is not None


# plural and case endings of a skill's noun ("Zusammenfassungen", "E-Mails", "Notizen")
_ENDINGS = ("", "en", "n", "s")
# every skill question starts with "wie" or "how" (help.yaml): other messages, such as every
# lookup, are passed by with one search
_HOW = re.compile(r"\b(?:wie|how)\b", re.IGNORECASE)


def skill_asked_about(text: str, by_command: Callable[[str], Skill | None]) -> str | None:
    """The id of the skill whose workings ``text`` asks about by name ("Wie funktioniert das
    mit den Zusammenfassungen?", "how does the email thing work?"), or None."""
    if len(text) > _MAX_CHARS or "\n" in text.strip() or _HOW.search(text) is None:
        return None
    phrasings = _phrasings()
    spoken = _spoken(text, phrasings)
    for pattern in phrasings.skill_questions:
        hit = pattern.fullmatch(spoken)
        if hit is None:
            continue
        word = hit.group("skill").replace(" ", "")
        for ending in _ENDINGS:
            if word.endswith(ending):
                stem = word[: len(word) - len(ending)] if ending else word
                skill = by_command(stem) or by_command(stem.replace("email", "e-mail"))
                if skill is not None:
                    return skill.meta.id
    return None


_HELP_WORDS = frozenset({"hilfe", "help"})
# Words between "hilfe" and the skill: "hilfe zur mail", "help with email".
_LINKS = frozenset(
    {"zu", "zum", "zur", "für", "fuer", "mit", "bei", "beim", "der", "die", "das", "dem", "den"}
    | {"for", "with", "on", "about", "the", "an", "a"}
)
_COMMAND_WORD = re.compile(r"[^\W\d_][\w-]*")


def skill_asked_for_help(text: str, by_command: Callable[[str], Skill | None]) -> str | None:
    """The id of the skill ``text`` asks help for ("hilfe mail", "help with email", "Hilfe
    zum Zusammenfassen"), or None: "hilfe" and one of the skill's commands, nothing else."""
    call = parse_command(text)
    if call is None or call.word not in _HELP_WORDS or not call.args:
        return None
    words = [w for w in _COMMAND_WORD.findall(call.args.casefold()) if w not in _LINKS]
    skill = by_command(words[0]) if len(words) == 1 else None
    return skill.meta.id if skill is not None else None
