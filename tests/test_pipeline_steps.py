"""Each pipeline step alone: a Turn in, the step's effect and the Reply out."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from conftest import FakeClock

from bot.admin import Actor
from bot.message import ConversationRef, Message, Platform
from bot.pipeline.allow import Allow
from bot.pipeline.errors import ErrorBoundary
from bot.pipeline.gate import Gate
from bot.pipeline.identify import Identify
from bot.pipeline.lock import ConversationLock
from bot.pipeline.protect import Protect
from bot.pipeline.record import Record
from bot.pipeline.remind import Remind
from bot.pipeline.route import RouteStep
from bot.pipeline.validate import COMMAND_ALLOWANCE, Validate
from bot.ports import Acknowledgement, ConversationState, StateKey
from bot.reply import Outcome, Reply, Text
from bot.routing.router import Builtin, Route, RouteKind, Router
from bot.turn import Turn
from lotse.app import App

OPS = Actor("cli", "ops")


def message(text: str, *, direct: bool = True, scopes: tuple[str, ...] = ()) -> Message:
    conversation = ConversationRef(Platform.TEAMS, "conv-1", None, scopes)
    return Message(conversation, "aad-anna", "Anna", text, is_direct=direct)


def turn_for(app: App, text: str, clock: FakeClock, **kwargs: object) -> Turn:
    return Turn(message(text, **kwargs), app.engine.services, "corr-1", clock())  # type: ignore[arg-type]


class Recorder:
    """The rest of the pipeline: records that it ran and answers OK."""

    def __init__(self, reply: Reply | None = None) -> None:
        self.turns: list[Turn] = []
        self.reply = reply or Reply(blocks=(Text("weiter"),))

    async def __call__(self, turn: Turn) -> Reply:
        self.turns.append(turn)
        return self.reply


async def identified(app: App, text: str, clock: FakeClock, **kwargs: object) -> Turn:
    turn = turn_for(app, text, clock, **kwargs)
    await Identify()(turn, Recorder())
    return turn


async def test_identify_prefers_the_room_in_shared_chats_and_the_person_in_direct_ones(
    app: App, clock: FakeClock
) -> None:
    for name in ("Jugendberufshilfe", "Reha"):
        await app.admin.add_department(name, OPS)
    await app.admin.assign_user("teams", "aad-anna", "Reha", OPS)
    await app.admin.assign_scope("teams", "team:t1", "Jugendberufshilfe", OPS)

    in_channel = await identified(app, "x", clock, direct=False, scopes=("channel:c9", "team:t1"))
    assert in_channel.department is not None
    assert in_channel.department.name == "Jugendberufshilfe"
    direct = await identified(app, "x", clock, scopes=("team:t1",))
    assert direct.department is not None
    assert direct.department.name == "Reha"
    elsewhere = await identified(app, "x", clock, direct=False, scopes=("team:other",))
    assert elsewhere.department is not None
    assert elsewhere.department.name == "Reha"


async def test_identify_pseudonymises_the_user_and_uses_the_stored_language(
    app: App, clock: FakeClock
) -> None:
    first = await identified(app, "Tischler", clock)
    assert first.user_key
    assert "aad-anna" not in first.user_key
    assert first.language == "de"
    await app.store.preferences.set_language(first.user_key, "en")
    again = await identified(app, "Tischler", clock)
    assert again.user_key == first.user_key
    assert again.language == "en"
    assert again.state_key == StateKey("teams", "conv-1", None, first.user_key)


async def test_validate_strips_control_characters_and_rejects_empty_or_huge_text(
    app: App, clock: FakeClock
) -> None:
    rest = Recorder()
    turn = await identified(app, "beruf\x00 Tischler\x07", clock)
    await Validate()(turn, rest)
    assert rest.turns[0].message.text == "beruf Tischler"

    empty = await identified(app, "\x01 \n", clock)
    assert (await Validate()(empty, rest)).outcome is Outcome.INVALID
    limit = app.settings.max_message_chars + COMMAND_ALLOWANCE
    huge = await identified(app, "x" * (limit + 1), clock)
    assert (await Validate()(huge, rest)).outcome is Outcome.INVALID
    assert len(rest.turns) == 1


async def test_the_lock_serialises_one_conversation_but_not_different_ones(
    app: App, clock: FakeClock
) -> None:
    events: list[str] = []

    async def slow(turn: Turn) -> Reply:
        events.append(f"start {turn.correlation_id}")
        await asyncio.sleep(0.02)
        events.append(f"end {turn.correlation_id}")
        return Reply(blocks=())

    lock = ConversationLock()
    same = [await identified(app, "x", clock) for _ in range(2)]
    same[0].correlation_id, same[1].correlation_id = "a", "b"
    await asyncio.gather(*(lock(t, slow) for t in same))
    assert events == ["start a", "end a", "start b", "end b"]

    events.clear()
    other = await identified(app, "x", clock)
    other.correlation_id = "c"
    other.state_key = replace(other.state_key, conversation_id="conv-2")  # type: ignore[type-var]
    await asyncio.gather(lock(same[0], slow), lock(other, slow))
    assert events[:2] == ["start a", "start c"]


async def test_a_prefixed_command_drops_an_unanswered_question(app: App, clock: FakeClock) -> None:
    turn = await identified(app, "/beruf Tischler", clock)
    assert turn.state_key is not None
    stale = ConversationState("email", {"step": "purpose"}, clock.now.replace(year=2027))
    await app.store.states.put(turn.state_key, stale)
    services = app.engine.services
    step = RouteStep(Router(services.registry, services.classifier, services.policy))
    await step(turn, Recorder())
    assert turn.route == Route(RouteKind.SKILL, "occupation", "Tischler", "beruf")
    assert await app.store.states.get(turn.state_key, clock.now) is None


async def test_allow_refuses_a_disabled_skill_and_lets_built_ins_pass(
    app: App, clock: FakeClock
) -> None:
    await app.admin.set_skill("summary", "Allgemein", False, OPS)
    rest = Recorder()
    turn = await identified(app, "zusammenfassen", clock)
    turn.route = Route(RouteKind.SKILL, "summary")
    refused = await Allow()(turn, rest)
    assert refused.outcome is Outcome.REFUSED
    turn.route = Route(RouteKind.BUILTIN, Builtin.HELP)
    await Allow()(turn, rest)
    assert len(rest.turns) == 1


def gate_for(app: App) -> Gate:
    services = app.engine.services
    return Gate(Router(services.registry, services.classifier, services.policy), Allow())


async def test_gate_holds_a_skill_until_the_guideline_is_acknowledged(
    app: App, clock: FakeClock
) -> None:
    rest = Recorder()
    turn = await identified(app, "beruf Tischler", clock)
    turn.route = Route(RouteKind.SKILL, "occupation", "Tischler", "beruf")
    held = await gate_for(app)(turn, rest)
    assert held.outcome is Outcome.GATE
    assert turn.state_key is not None
    waiting = await app.store.states.get(turn.state_key, clock.now)
    assert waiting is not None
    assert waiting.data == {"text": "beruf Tischler"}
    assert rest.turns == []

    version = app.engine.services.policy.version
    await app.store.acknowledgements.save(turn.user_key, Acknowledgement(version, clock.now))
    await gate_for(app)(turn, rest)
    assert len(rest.turns) == 1


async def test_protect_collects_findings_only_for_what_a_skill_will_process(
    app: App, clock: FakeClock
) -> None:
    rest = Recorder()
    turn = await identified(app, "mail an anna@example.org wegen ihrer Depression", clock)
    turn.route = Route(RouteKind.SKILL, "email")
    await Protect()(turn, rest)
    assert {"personal_data", "special_category"} <= turn.triggers
    assert [f.kind.value for f in turn.findings] == ["email"]

    builtin = await identified(app, "meine daten anna@example.org", clock)
    builtin.route = Route(RouteKind.BUILTIN, Builtin.PRIVACY_SHOW)
    await Protect()(builtin, rest)
    assert builtin.findings == ()


async def test_remind_adds_due_reminders_once_and_stays_silent_on_the_gate(
    app: App, clock: FakeClock
) -> None:
    drafted = Recorder(Reply(blocks=(Text("Entwurf"),), ai_generated=True))
    turn = await identified(app, "x", clock)
    first = await Remind()(turn, drafted)
    assert {"review_output", "transparency"} <= {r.id for r in first.reminders}
    second = await Remind()(await identified(app, "x", clock), drafted)
    assert "transparency" not in {r.id for r in second.reminders}  # once a day

    gated = Recorder(Reply(blocks=(), outcome=Outcome.GATE, ai_generated=True))
    assert (await Remind()(await identified(app, "x", clock), gated)).reminders == ()


async def test_record_writes_one_audit_row_without_content(app: App, clock: FakeClock) -> None:
    turn = await identified(app, "beruf Geheimberuf", clock)
    turn.route = Route(RouteKind.SKILL, "occupation", "Geheimberuf", "beruf")
    await Record()(turn, Recorder(Reply(blocks=(), outcome=Outcome.UNKNOWN)))
    (event,) = await app.store.audit.recent("message", 5)
    assert (event.action, event.outcome, event.platform) == ("occupation", "unknown", "teams")
    assert event.department == "Allgemein"
    assert event.correlation_id == "corr-1"
    assert "Geheimberuf" not in repr(event)


async def test_the_error_boundary_turns_exceptions_into_a_friendly_reply(
    app: App, clock: FakeClock
) -> None:
    async def broken(turn: Turn) -> Reply:
        raise KeyError("anna@example.org")

    reply = await ErrorBoundary()(await identified(app, "x", clock), broken)
    assert reply.outcome is Outcome.ERROR
    assert "corr-1" in reply.blocks[0].markdown  # type: ignore[union-attr]
    assert "anna@example.org" not in reply.blocks[0].markdown  # type: ignore[union-attr]
