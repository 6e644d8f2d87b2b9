"""``Store.caller_facts``: what a turn reads about its sender, in one unit of work, on SQLite
and PostgreSQL — each fact exactly as the repository read of its own returns it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.caller_facts import CallerFacts, CallerQuery
from bot.evaluation.ports import ACCEPTED
from bot.evaluation.survey import SETTING
from bot.ports import Acknowledgement
from storage.database import SqlStore

pytestmark = pytest.mark.asyncio(loop_scope="session")

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def query(user_id: str, *scopes: str, default: str = "Allgemein") -> CallerQuery:
    return CallerQuery("teams", user_id, f"key-{user_id}", scopes, default, SETTING)


async def one_by_one(store: SqlStore, asked: CallerQuery) -> CallerFacts:
    """The same facts, each read by itself (what a turn did before)."""
    directory = store.directory
    scope = (
        await directory.department_for_scopes(asked.platform, asked.scopes)
        if asked.scopes
        else None
    )
    user = await directory.department_for_user(asked.platform, asked.user_id)
    default = await directory.get_department(asked.default_department)
    found = [d for d in (scope, user, default) if d is not None]
    return CallerFacts(
        language=await store.preferences.language(asked.user_key),
        scope_department=scope,
        user_department=user,
        default_department=default,
        toggles={d.id: await directory.skill_toggles(d.id) for d in found},
        acknowledgement=await store.acknowledgements.get(asked.user_key),
        standing=await store.evaluation.standing(asked.user_key, asked.survey_setting),
    )


async def test_a_person_with_everything_stored(store: SqlStore) -> None:
    directory = store.directory
    default = await directory.ensure_department("Allgemein")
    reha = await directory.ensure_department("Reha")
    nord = await directory.ensure_department("Team Nord")
    await directory.assign_user("teams", "u1", reha.id)
    await directory.assign_scope("teams", "room-b", nord.id)
    await directory.set_skill_enabled(reha.id, "email", False)
    await directory.set_skill_enabled(reha.id, "summary", True)
    await directory.set_skill_enabled(nord.id, "occupation", False)
    await directory.set_skill_enabled(default.id, "email", True)
    await store.preferences.set_language("key-u1", "en")
    await store.acknowledgements.save("key-u1", Acknowledgement("2026-1", NOW))
    evaluation = store.evaluation
    await evaluation.choices.set_opted_out("key-u1", True, NOW)
    await evaluation.choices.set_setting(SETTING, {"every_weeks": 2}, NOW)
    suggestion = await evaluation.suggestions.add("key-u1", "Reha", "Mehr Beispiele", NOW)
    await evaluation.suggestions.decide(suggestion, ACCEPTED, None, NOW)

    asked = query("u1", "room-a", "room-b")
    facts = await store.caller_facts(asked)
    assert facts == await one_by_one(store, asked)
    assert facts.scope_department == nord
    assert facts.user_department == reha
    assert facts.default_department == default
    assert facts.toggles == {
        nord.id: {"occupation": False},
        reha.id: {"email": False, "summary": True},
        default.id: {"email": True},
    }
    assert facts.acknowledgement == Acknowledgement("2026-1", NOW)
    assert facts.acknowledgement.acknowledged_at.tzinfo is not None
    assert facts.language == "en"
    assert facts.standing.opted_out
    assert facts.standing.decisions_waiting
    assert facts.standing.survey == {"every_weeks": 2}


async def test_a_person_nothing_is_known_about(store: SqlStore) -> None:
    default = await store.directory.ensure_department("Allgemein")
    asked = query("new", default="  allgemein ")
    facts = await store.caller_facts(asked)
    assert facts == await one_by_one(store, asked)
    assert facts.default_department == default
    assert facts.toggles == {default.id: {}}
    assert (facts.language, facts.acknowledgement, facts.user_department) == (None, None, None)
    assert not facts.standing.opted_out
    assert facts.standing.survey is None


async def test_a_missing_default_department_is_left_to_ensure_department(
    store: SqlStore,
) -> None:
    facts = await store.caller_facts(query("first"))
    assert facts.default_department is None
    assert facts.toggles == {}
    assert await store.directory.list_departments() == []  # a read creates nothing


async def test_one_unit_of_work(store: SqlStore, monkeypatch: pytest.MonkeyPatch) -> None:
    await store.directory.ensure_department("Allgemein")
    units: list[str] = []
    run = store.runner.run

    async def counted(fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
        units.append(fn.__name__)
        return await run(fn, *args, **kwargs)

    monkeypatch.setattr(store.runner, "run", counted)
    await store.caller_facts(query("u1", "room-a"))
    assert units == ["read_caller"]
