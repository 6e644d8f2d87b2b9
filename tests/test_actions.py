"""Typed actions: encoded for the wire and validated back; routed to their handler as they are."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pytest
from conftest import make_chat
from fake_skills import skill_meta

from bot.actions import UserAction, decode, encode, kind_of
from bot.admin import Actor
from bot.config import Settings
from bot.message import ConversationRef, Message, Platform
from bot.registry import RegistryError, SkillRegistry
from bot.reply import Outcome, Text
from bot.skill import Skill, SkillContext, SkillResult
from lotse.app import App, open_app
from storage.database import SqlStore


@dataclass(frozen=True, slots=True)
class Rate(UserAction):
    """An action declared here and handled nowhere in the engine."""

    verb = "test.rate"
    reply_id: str
    stars: int
    tags: Mapping[str, bool] = field(default_factory=dict)


def test_an_action_travels_as_data_and_comes_back_typed() -> None:
    action = Rate("r1", 4, {"klar": True})
    data = encode(action)
    assert data == {"reply_id": "r1", "stars": 4, "tags": {"klar": True}}
    assert kind_of("test.rate") is Rate
    assert decode("test.rate", data) == action
    # What a card sends back: strings for toggles, and keys of other inputs beside.
    assert decode("test.rate", {"reply_id": "r1", "stars": 4, "tags": {"x": "false"}, "y": 1}) == (
        Rate("r1", 4, {"x": False})
    )


@pytest.mark.parametrize(
    ("verb", "data"),
    [
        ("test.unknown", {"reply_id": "r1", "stars": 4}),
        ("test.rate", {"stars": 4}),  # a field missing
        ("test.rate", {"reply_id": ["r1"], "stars": 4}),  # of the wrong type
        ("test.rate", {"reply_id": "r1", "stars": "viele"}),
    ],
)
def test_anything_else_is_no_action(verb: str, data: dict[str, object]) -> None:
    assert decode(verb, data) is None


def test_a_verb_names_one_action() -> None:
    with pytest.raises(TypeError, match="taken"):

        @dataclass(frozen=True, slots=True)
        class Other(UserAction):
            verb = "test.rate"

    with pytest.raises(TypeError, match="verb"):

        @dataclass(frozen=True, slots=True)
        class Nameless(UserAction):
            pass


def _message(text: str, action: UserAction | None = None) -> Message:
    conversation = ConversationRef(Platform.CONSOLE, "console:anna")
    return Message(conversation, "anna", "anna", text, action=action)


async def test_an_action_skips_the_text_path(app: App) -> None:
    # Empty text would be invalid, and "hilfe" would be help: the action decides alone.
    for text in ("", "hilfe"):
        reply = await app.engine.handle(_message(text, Rate("r1", 4)))
        assert reply.outcome is Outcome.INVALID
        assert "Schaltfläche" in reply.blocks[0].markdown  # type: ignore[union-attr]
    events = await app.store.audit.recent("message", 2)
    assert {e.action for e in events} == {"test.rate"}
    # The typed command path is untouched.
    assert (await app.engine.handle(_message(""))).outcome is Outcome.INVALID
    assert (await app.engine.handle(_message("hilfe"))).outcome is Outcome.OK


@dataclass(frozen=True, slots=True)
class Vote(UserAction):
    """An action a skill declares: it comes back to that skill's ``handle``."""

    verb = "test.vote"
    choice: str


class VotingSkill(Skill):
    meta = skill_meta("voting", "abstimmen")
    actions = (Vote,)

    async def handle(self, ctx: SkillContext) -> SkillResult:
        if isinstance(ctx.action, Vote):
            return SkillResult((Text(f"Stimme: {ctx.action.choice}"),))
        return SkillResult((Text("Bitte wählen."),))


def test_two_skills_cannot_declare_one_action() -> None:
    other = type("OtherVoting", (VotingSkill,), {"meta": skill_meta("other", "andere")})
    with pytest.raises(RegistryError, match=r"test\.vote"):
        SkillRegistry([VotingSkill(), other()])


async def test_a_skills_action_reaches_that_skill_and_its_toggle_counts(
    settings: Settings, store: SqlStore
) -> None:
    registry = SkillRegistry([VotingSkill()])
    async with open_app(settings, store=store, registry=registry) as app:
        chat = make_chat(app, "anna")
        await chat.say("abstimmen")
        await chat.say("ja")  # the guideline, as for any skill turn
        reply, text = await chat.act(Vote("grün"))
        assert reply.outcome is Outcome.OK
        assert reply.skill_id == "voting"
        assert "Stimme: grün" in text
        ops = Actor("cli", "ops")
        await app.admin.set_skill("voting", settings.default_department, False, ops)
        refused, _ = await chat.act(Vote("rot"))
        assert refused.outcome is Outcome.REFUSED
