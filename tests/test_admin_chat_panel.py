"""The admin panel's engine side (typed ``ApplyPanel``/``ShowPanel`` actions): versions,
stale panels, concurrent submits, roles — on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio

from admin_chat_fixtures import CHIEF, OPS, REHA, YOUTH
from conftest import make_chat

from bot.admin_chat.actions import ApplyPanel, ShowPanel
from bot.reply import Choices, Outcome, Panel
from lotse.app import App


async def _version(app: App, user: str, department: str) -> str:
    reply, _ = await make_chat(app, user).say("admin abteilungen")
    found = [d for d in reply.data["admin"]["departments"] if d["name"] == department]
    return str(found[0]["version"])


async def _toggles(app: App, department: str) -> dict[str, bool]:
    directory = app.store.directory
    found = await directory.get_department(department)
    assert found is not None
    return await directory.skill_toggles(found.id)


async def test_a_panel_applies_and_the_next_version_differs(admin_app: App) -> None:
    version = await _version(admin_app, CHIEF, YOUTH)
    reply, text = await make_chat(admin_app, CHIEF).act(
        ApplyPanel(YOUTH, version, {"email": False, "summary": True})
    )
    panel = reply.data["admin"]["panel"]
    assert panel["status"] == "applied"
    assert panel["changed"] == ["email"]  # summary was on already
    assert "Gespeichert" in text
    assert (await _toggles(admin_app, YOUTH))["email"] is False
    assert await _version(admin_app, CHIEF, YOUTH) != version
    # The answer is the refreshed overview, carrying the new version.
    shown = next(d for d in reply.data["admin"]["departments"] if d["name"] == YOUTH)
    assert shown["skills"]["email"] is False
    assert shown["version"] == await _version(admin_app, CHIEF, YOUTH)


async def test_a_stale_panel_overwrites_nothing(admin_app: App) -> None:
    old = await _version(admin_app, CHIEF, YOUTH)
    chief = make_chat(admin_app, CHIEF)
    await chief.say(f'admin aus mail "{YOUTH}"')  # someone else changes it meanwhile
    reply, text = await chief.act(ApplyPanel(YOUTH, old, {"email": True}))
    assert reply.data["admin"]["panel"]["status"] == "stale"
    assert "Nicht gespeichert" in text
    assert (await _toggles(admin_app, YOUTH))["email"] is False


async def test_back_to_an_earlier_state_is_not_mistaken_for_stale(admin_app: App) -> None:
    chief = make_chat(admin_app, CHIEF)
    first = await _version(admin_app, CHIEF, YOUTH)
    await chief.act(ApplyPanel(YOUTH, first, {"email": False}))
    await chief.say(f'admin an mail "{YOUTH}"')  # the toggles are as at `first` again
    again = await _version(admin_app, CHIEF, YOUTH)
    assert again != first  # a fresh version: the ledger claim on `first` cannot block it
    reply, _ = await chief.act(ApplyPanel(YOUTH, again, {"email": False}))
    assert reply.data["admin"]["panel"]["status"] == "applied"


async def test_two_panels_of_one_version_at_once_exactly_one_applies(admin_app: App) -> None:
    await admin_app.admin.grant_admin("console", "chefin", None, OPS)
    version = await _version(admin_app, CHIEF, REHA)
    replies = await asyncio.gather(
        make_chat(admin_app, CHIEF).act(ApplyPanel(REHA, version, {"email": False})),
        make_chat(admin_app, "chefin").act(ApplyPanel(REHA, version, {"summary": False})),
    )
    statuses = sorted(r.data["admin"]["panel"]["status"] for r, _ in replies)
    assert statuses == ["applied", "stale"]
    toggles = await _toggles(admin_app, REHA)
    # Exactly one of the two changes landed; the other was not silently applied over it.
    assert [toggles.get("email", True), toggles.get("summary", True)].count(False) == 1


async def test_panels_check_the_role(admin_app: App) -> None:
    version = await _version(admin_app, CHIEF, YOUTH)
    reply, _ = await make_chat(admin_app, "berta").act(
        ApplyPanel(YOUTH, version, {"email": False})
    )
    assert reply.outcome is Outcome.REFUSED
    await admin_app.admin.grant_admin("console", "rita", REHA, OPS)
    reply, _ = await make_chat(admin_app, "rita").act(ApplyPanel(YOUTH, version, {"email": False}))
    assert reply.outcome is Outcome.REFUSED  # a department admin of another department
    assert (await _toggles(admin_app, YOUTH)).get("email", True) is True
    refused = [e for e in await admin_app.store.audit.recent("admin", 10) if e.outcome != "ok"]
    assert {e.action for e in refused} >= {"admin.command", "skill.panel"}


async def test_a_panel_naming_an_unknown_skill_changes_nothing(admin_app: App) -> None:
    version = await _version(admin_app, CHIEF, YOUTH)
    chief = make_chat(admin_app, CHIEF)
    reply, _ = await chief.act(ApplyPanel(YOUTH, version, {"email": False, "horoskop": True}))
    assert reply.outcome is Outcome.INVALID
    assert (await _toggles(admin_app, YOUTH)).get("email", True) is True


async def test_show_panel_opens_the_overview_on_the_department_asked_for(admin_app: App) -> None:
    reply, _ = await make_chat(admin_app, CHIEF).act(ShowPanel(REHA))
    assert reply.outcome is Outcome.OK
    (panel,) = [block for block in reply.blocks if isinstance(block, Panel)]
    (picker,) = [item for item in panel.items if isinstance(item, Choices)]
    assert picker.value == REHA
    (save,) = panel.submit
    assert save.action == ApplyPanel(REHA, await _version(admin_app, CHIEF, REHA))
    refused, _ = await make_chat(admin_app, "berta").act(ShowPanel(REHA))
    assert refused.outcome is Outcome.REFUSED


async def test_the_panel_is_no_longer_a_text_command(admin_app: App) -> None:
    version = await _version(admin_app, CHIEF, YOUTH)
    reply, _ = await make_chat(admin_app, CHIEF).say(f'admin panel {version} "{YOUTH}" email=aus')
    assert reply.outcome is Outcome.INVALID
    assert (await _toggles(admin_app, YOUTH)).get("email", True) is True
