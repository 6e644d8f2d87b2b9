"""A skill declares the repository it keeps data in, in its own package; the store implements
it and the skill is started with that repository alone, never with the whole store."""

from __future__ import annotations

from typing import Any, Protocol

import pytest
from conftest import FakeClock
from fake_skills import skill_meta

from bot.config import Settings
from bot.registry import SkillRegistry
from bot.skill import Skill, SkillContext, SkillResult
from lotse.app import open_app
from skills.occupation.ports import OccupationRepository
from storage.database import SqlStore


class NotesRepository(Protocol):
    """What a skill that keeps notes would declare; no store implements it."""

    async def save_note(self, text: str) -> None: ...


class Starting(Skill):
    """Remembers what it was started with."""

    def __init__(self) -> None:
        self.started_with: list[Any] = []

    async def start(self, repository: Any) -> None:
        self.started_with.append(repository)

    async def handle(self, ctx: SkillContext) -> SkillResult:
        raise NotImplementedError


class KeepsOccupations(Starting):
    meta = skill_meta("keeps", "behalten")
    repository = OccupationRepository


class StoresNothing(Starting):
    meta = skill_meta("nothing", "nichts")


class KeepsNotes(Starting):
    meta = skill_meta("notes", "notiz")
    repository = NotesRepository


async def test_a_skill_is_started_with_its_own_repository_only(
    settings: Settings, store: SqlStore, clock: FakeClock
) -> None:
    keeps, nothing = KeepsOccupations(), StoresNothing()
    registry = SkillRegistry([keeps, nothing])
    async with open_app(settings, clock=clock, store=store, registry=registry):
        pass
    (given,) = keeps.started_with
    interface: type[Any] = OccupationRepository
    assert given is store.repository(interface)
    assert not hasattr(given, "directory")  # not the store: no other part of it
    assert nothing.started_with == [None]


async def test_a_repository_no_store_implements_stops_the_start_naming_both(
    settings: Settings, store: SqlStore, clock: FakeClock
) -> None:
    registry = SkillRegistry([KeepsNotes()])
    with pytest.raises(LookupError, match="skill notes needs NotesRepository"):
        async with open_app(settings, clock=clock, store=store, registry=registry):
            pass
