"""Each pipeline step alone: a Turn in, the step's effect and the Reply out."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from typing import Any

from conftest import FakeClock

from bot.admin import Actor
from bot.language import CONVERSATION_KEY
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
from bot.turn import Arrival, Caller, Turn, TurnLog
from lotse.app import App

OPS = Actor("cli", "ops")


def message(text: str, *, direct: bool = True, scopes: tuple[str, ...] = ()) -> Message:
    conversation = ConversationRef(Platform.TEAMS, "conv-1", None, scopes)
    return Message(conversation, "aad-anna", "Anna", text, is_direct=direct)


def arrival(app: App, text: str, clock: FakeClock, **kwargs: object) -> Arrival:
    services = app.engine.services
    return Arrival(
        message(text, **kwargs),  # type: ignore[arg-type]
        services,
        "corr-1",
        clock(),
        None,
        TurnLog(),
    )


class Recorder:
    """The rest of the pipeline: records the stage it was handed and answers OK."""

    def __init__(self, reply: Reply | None = None) -> None:
        self.turns: list[Any] = []
        self.reply = reply or Reply(blocks=(Text("weiter"),))

    async def __call__(self, turn: Any) -> Reply:
        self.turns.append(turn)
        return self.reply


async def identified(app: App, text: str, clock: FakeClock, **kwargs: object) -> Caller:
    rest = Recorder()
    await Identify()(arrival(app, text, clock, **kwargs), rest)
    caller: Caller = rest.turns[0]
    return caller


def routed(caller: Caller, route: Route) -> Turn:
    return Turn.routed(caller, route, None)


async def test_identify_prefers_the_room_in_shared_chats_and_the_person_in_direct_ones(
    app: App, clock: FakeClock
) -> None:
    for name in ("Jugendberufshilfe", "Reha"):
        await app.admin.add_department(name, OPS)
    await app.admin.assign_user("teams", "aad-anna", "Reha", OPS)
    await app.admin.assign_scope("teams", "team:t1", "Jugendberufshilfe", OPS)

    in_channel = await identified(app, "x", clock, direct=False, scopes=("channel:c9", "team:t1"))
    assert in_channel.department.name == "Jugendberufshilfe"
    direct = await identified(app, "x", clock, scopes=("team:t1",))
    assert direct.department.name == "Reha"
    elsewhere = await identified(app, "x", clock, direct=False, scopes=("team:other",))
    assert elsewhere.department.name == "Reha"
    assert elsewhere.log.caller == elsewhere  # for the audit row


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
    """No waiting on the clock: each turn holds the lock until the test lets it go."""
    events: list[str] = []
    started = {name: asyncio.Event() for name in "abc"}
    release = {name: asyncio.Event() for name in "abc"}

    async def held(turn: Caller) -> Reply:
        name = turn.correlation_id
        events.append(f"start {name}")
        started[name].set()
        await release[name].wait()
        events.append(f"end {name}")
        return Reply(blocks=())

    lock = ConversationLock()
    first, second = [await identified(app, "x", clock) for _ in range(2)]
    a, b = replace(first, correlation_id="a"), replace(second, correlation_id="b")
    c = replace(first, correlation_id="c")
    c = replace(c, state_key=replace(c.state_key, conversation_id="conv-2"))
    turns = [asyncio.create_task(lock(a, held))]
    await started["a"].wait()
    turns.append(asyncio.create_task(lock(b, held)))  # the same conversation: it must wait
    turns.append(asyncio.create_task(lock(c, held)))  # another conversation: it need not
    # Were conversations serialised with each other, c would never start while a holds.
    await asyncio.wait_for(started["c"].wait(), timeout=30)
    release["c"].set()
    release["a"].set()
    await asyncio.wait_for(started["b"].wait(), timeout=30)
    release["b"].set()
    await asyncio.gather(*turns)
    assert events.index("end a") < events.index("start b")
    assert events.index("start c") < events.index("end a")


async def test_a_prefixed_command_drops_an_unanswered_question(app: App, clock: FakeClock) -> None:
    turn = await identified(app, "/beruf Tischler", clock)
    stale = ConversationState("email", {"step": "purpose"}, clock.now.replace(year=2027))
    await app.store.states.put(turn.state_key, stale)
    services = app.engine.services
    step = RouteStep(Router(services.registry, services.classifier, services.policy))
    rest = Recorder()
    await step(turn, rest)
    (handed,) = rest.turns
    assert handed.route == Route(RouteKind.SKILL, "occupation", "Tischler", "beruf")
    assert handed.pending is None
    assert turn.log.route == handed.route  # for the audit row
    assert await app.store.states.get(turn.state_key, clock.now) is None


async def test_allow_refuses_a_disabled_skill_and_lets_built_ins_pass(
    app: App, clock: FakeClock
) -> None:
    await app.admin.set_skill("summary", "Allgemein", False, OPS)
    rest = Recorder()
    caller = await identified(app, "zusammenfassen", clock)
    refused = await Allow()(routed(caller, Route(RouteKind.SKILL, "summary")), rest)
    assert refused.outcome is Outcome.REFUSED
    await Allow()(routed(caller, Route(RouteKind.BUILTIN, Builtin.HELP)), rest)
    assert len(rest.turns) == 1


async def test_gate_holds_a_skill_until_the_guideline_is_acknowledged(
    app: App, clock: FakeClock
) -> None:
    rest = Recorder()
    caller = await identified(app, "beruf Tischler", clock)
    turn = routed(caller, Route(RouteKind.SKILL, "occupation", "Tischler", "beruf"))
    held = await Gate()(turn, rest)
    assert held.outcome is Outcome.GATE
    waiting = await app.store.states.get(turn.state_key, clock.now)
    assert waiting is not None
    # the request waits, with the language its words settled (the thanks is said in it)
    assert waiting.data == {"text": "beruf Tischler", CONVERSATION_KEY: "de"}
    assert rest.turns == []

    version = app.engine.services.policy.version
    await app.store.acknowledgements.save(turn.user_key, Acknowledgement(version, clock.now))
    await Gate()(turn, rest)
    assert len(rest.turns) == 1


async def test_protect_collects_findings_only_for_what_a_skill_will_process(
    app: App, clock: FakeClock
) -> None:
    rest = Recorder()
    caller = await identified(app, "mail an anna@example.org wegen ihrer Depression", clock)
    await Protect()(routed(caller, Route(RouteKind.SKILL, "email")), rest)
    assert {"personal_data", "special_category"} <= caller.log.triggers
    assert [f.kind.value for f in rest.turns[0].findings] == ["email"]
    assert caller.model_use.message_findings == rest.turns[0].findings  # reused by the model

    builtin = await identified(app, "meine daten anna@example.org", clock)
    await Protect()(routed(builtin, Route(RouteKind.BUILTIN, Builtin.PRIVACY_SHOW)), rest)
    assert rest.turns[1].findings == ()
    assert builtin.log.findings == ()


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
    turn = arrival(app, "beruf Geheimberuf", clock)
    # What Identify and routing report back to the outer steps:
    turn.log.caller = await identified(app, "beruf Geheimberuf", clock)
    turn.log.route = Route(RouteKind.SKILL, "occupation", "Geheimberuf", "beruf")
    await Record()(turn, Recorder(Reply(blocks=(), outcome=Outcome.UNKNOWN)))
    (event,) = await app.store.audit.recent("message", 5)
    assert (event.action, event.outcome, event.platform) == ("occupation", "unknown", "teams")
    assert event.department == "Allgemein"
    assert event.correlation_id == "corr-1"
    assert "Geheimberuf" not in repr(event)


async def test_the_error_boundary_turns_exceptions_into_a_friendly_reply(
    app: App, clock: FakeClock
) -> None:
    async def broken(turn: Arrival) -> Reply:
        raise KeyError("anna@example.org")

    reply = await ErrorBoundary()(arrival(app, "x", clock), broken)
    assert reply.outcome is Outcome.ERROR
    assert "corr-1" in reply.blocks[0].markdown  # type: ignore[union-attr]
    assert "anna@example.org" not in reply.blocks[0].markdown  # type: ignore[union-attr]
