"""A command word mistyped as a message's first word: "berfu Tischler", "zusamenfassen",
"admn übersicht", "adminhilfe".

A word counts as mistyped when it is one edit (two, for a long command such as
"zusammenfassen") from the commands of exactly one skill. Words shorter than five letters
("mal", "Maik") and a command with letters added at its end ("Emails", "occupations",
"zusammenfassend": an inflection or a compound) are left to the classifier, which reads them in
context. Only the first word is compared, so the cost is one short comparison per command.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz.distance import OSA

from bot.skill import Skill

_MIN_LENGTH = 5
_LONG = 9  # "zusamenfasen": two letters off a long command word
_ADMIN = "admin"
_ADMIN_MIN_LENGTH = 4  # "admn", "amdin"


def _close(word: str, command: str) -> bool:
    if word.startswith(command):
        return False
    allowed = 2 if len(word) >= _LONG else 1
    return OSA.distance(word, command, score_cutoff=allowed) <= allowed


def mistyped_skill(word: str, skills: Iterable[Skill]) -> tuple[Skill, str] | None:
    """The one skill (and its command) that ``word`` mistypes, else None. A title command
    ("notiz") names the notes rather than asking for them, so it is never guessed."""
    if len(word) < _MIN_LENGTH or not word.isalpha():
        return None
    found: list[tuple[Skill, str]] = []
    for skill in skills:
        meta = skill.meta
        if word in meta.commands:
            return None  # a command as typed is none mistyped
        command = next(
            (c for c in meta.commands if c not in meta.title_commands and _close(word, c)), None
        )
        if command is not None:
            found.append((skill, command))
    return found[0] if len(found) == 1 else None


def mistyped_admin(word: str, verbs: frozenset[str]) -> str | None:
    """The admin arguments a first word stands for: "" for "admn"/"amdin", the verb for a
    glued "adminhilfe"; None when the word is no admin command."""
    if word.startswith(_ADMIN):
        rest = word[len(_ADMIN) :].lstrip("-_")
        return rest if rest in verbs else None
    if len(word) < _ADMIN_MIN_LENGTH or len(word) > len(_ADMIN) + 1:
        return None
    return "" if OSA.distance(word, _ADMIN, score_cutoff=1) <= 1 else None
