"""The skill registry: skills are discovered from the ``lotse.skills`` entry-point group."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from importlib.metadata import entry_points

from bot.actions import UserAction
from bot.config import Settings
from bot.skill import Skill

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "lotse.skills"


class RegistryError(Exception):
    """A skill declaration conflicts with another one."""


class SkillRegistry:
    """Skills by id and by command word; validated once at start."""

    def __init__(self, skills: Iterable[Skill]) -> None:
        self._by_id: dict[str, Skill] = {}
        self._by_command: dict[str, Skill] = {}
        self._by_action: dict[type[UserAction], Skill] = {}
        for skill in sorted(skills, key=lambda s: (s.meta.order, s.meta.id)):
            meta = skill.meta
            if meta.id in self._by_id:
                raise RegistryError(f"two skills declare the id {meta.id!r}")
            self._by_id[meta.id] = skill
            for command in meta.commands:
                if command in self._by_command:
                    other = self._by_command[command].meta.id
                    raise RegistryError(f"command {command!r} of {meta.id} is taken by {other}")
                self._by_command[command] = skill
            for action in type(skill).actions:
                if action in self._by_action:
                    other = self._by_action[action].meta.id
                    raise RegistryError(f"action {action.verb!r} of {meta.id} is taken by {other}")
                self._by_action[action] = skill
        self._others = {
            skill_id: frozenset(w for w, s in self._by_command.items() if s.meta.id != skill_id)
            for skill_id in self._by_id
        }

    @classmethod
    def discover(cls, settings: Settings) -> SkillRegistry:
        skills: list[Skill] = []
        for entry in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            skill_class = entry.load()
            if not (isinstance(skill_class, type) and issubclass(skill_class, Skill)):
                raise RegistryError(f"entry point {entry.name!r} is not a Skill subclass")
            skills.append(skill_class.create(settings))
            log.debug("skill loaded", extra={"skill": entry.name})
        return cls(skills)

    def __iter__(self) -> Iterator[Skill]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, skill_id: str) -> Skill | None:
        return self._by_id.get(skill_id)

    def by_command(self, word: str) -> Skill | None:
        return self._by_command.get(word)

    def commands_besides(self, skill: Skill) -> frozenset[str]:
        """The command words of every other skill (the table is built once, at start)."""
        return self._others[skill.meta.id]

    def by_action(self, action: UserAction) -> Skill | None:
        """The skill that declared ``action``'s type, if a skill did."""
        return self._by_action.get(type(action))

    def find(self, reference: str) -> Skill | None:
        """A skill by id, command word or German/English name (case-insensitive)."""
        wanted = reference.strip().casefold()
        found = self._by_id.get(wanted) or self._by_command.get(wanted)
        if found:
            return found
        for skill in self._by_id.values():
            if wanted in (skill.meta.name_de.casefold(), skill.meta.name_en.casefold()):
                return skill
        return None
