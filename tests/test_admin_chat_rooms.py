"""Admin commands from Teams- and Matrix-shaped messages: rooms, mentions, English, rights;
and that admin actions are reachable only as typed commands, never through the model."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from admin_chat_fixtures import CHIEF, OPS, REHA, YOUTH
from conftest import make_chat

from bot.llm.offline import OfflineLLM
from bot.llm.port import LLMRequest, LLMResponse, ToolCall
from bot.message import ConversationRef, Message, Platform
from bot.ports import ConversationState
from bot.registry import SkillRegistry
from bot.render import to_markdown
from bot.reply import Image, Outcome, Reply
from bot.routing.llm_intent import NONE_TOOL, LLMIntentClassifier
from bot.routing.router import Builtin, RouteKind, Router
from lotse.app import App

ROOM = ConversationRef(Platform.MATRIX, "!room:hs", None, ("room:!room:hs", "space:!s:hs"))
CHANNEL = ConversationRef(Platform.TEAMS, "19:c", None, ("channel:19:c", "team:t", "tenant:x"))
GUID = "0f1e2d3c-0000-4000-8000-00000000abcd"


def _in(
    conversation: ConversationRef,
    sender: str,
    text: str,
    *,
    is_direct: bool = False,
    mentions: tuple[tuple[str, str], ...] = (),
) -> Message:
    return Message(conversation, sender, sender, text, is_direct=is_direct, mentions=mentions)


async def test_assign_here_gives_the_room_its_department(admin_app: App) -> None:
    engine = admin_app.engine
    engine.services.settings.admins.append("@chef:hs")  # bootstrap admin on Matrix
    reply = await engine.handle(_in(ROOM, "@chef:hs", f'admin zuordnen hier "{REHA}"'))
    assert reply.outcome is Outcome.OK
    # Anyone writing in the room now works under the room's department.
    helped = await engine.handle(_in(ROOM, "@gast:hs", "hilfe"))
    assert REHA in to_markdown(helped)
    # In a personal chat there is nothing to assign.
    direct = ConversationRef(Platform.MATRIX, "!dm:hs", None, ("room:!dm:hs",))
    refused = await engine.handle(_in(direct, "@chef:hs", "admin zuordnen hier X", is_direct=True))
    assert refused.outcome is Outcome.INVALID


async def test_a_teams_channel_is_assigned_never_the_tenant(admin_app: App) -> None:
    engine = admin_app.engine
    engine.services.settings.admins.append(GUID)
    group_chat = ConversationRef(Platform.TEAMS, "19:g", None, ("tenant:x",))
    refused = await engine.handle(_in(group_chat, GUID, f"admin assign here {YOUTH}"))
    assert refused.outcome is Outcome.INVALID
    done = await engine.handle(_in(CHANNEL, GUID, f"admin assign here {YOUTH}"))
    assert done.outcome is Outcome.OK
    directory = admin_app.store.directory
    found = await directory.department_for_scopes("teams", ["channel:19:c"])
    assert found is not None
    assert found.name == YOUTH
    assert await directory.department_for_scopes("teams", ["tenant:x"]) is None


async def test_a_department_admin_cannot_take_over_a_channel_of_another_department_s_team(
    admin_app: App,
) -> None:
    engine = admin_app.engine
    youth_admin = "1a2b3c4d-0000-4000-8000-0000000000aa"
    await admin_app.admin.grant_admin("teams", youth_admin, YOUTH, OPS)
    await admin_app.admin.assign_scope("teams", "team:t", REHA, OPS)  # the whole team is Reha
    # The channel itself has no assignment of its own, but it inherits Reha from its team.
    taken = await engine.handle(_in(CHANNEL, youth_admin, f"admin assign here {YOUTH}"))
    assert taken.outcome is Outcome.REFUSED
    helped = await engine.handle(_in(CHANNEL, "someone", "hilfe"))
    assert REHA in to_markdown(helped)  # still Reha's channel
    # A channel of a team that belongs to no department is theirs to assign.
    free = ConversationRef(Platform.TEAMS, "19:f", None, ("channel:19:f", "team:u", "tenant:x"))
    done = await engine.handle(_in(free, youth_admin, f"admin assign here {YOUTH}"))
    assert done.outcome is Outcome.OK
    # A Matrix room inside a space of another department: the same rule.
    await admin_app.admin.assign_scope("matrix", "space:!s:hs", REHA, OPS)
    await admin_app.admin.grant_admin("matrix", "@jo:hs", YOUTH, OPS)
    in_space = await engine.handle(_in(ROOM, "@jo:hs", f"admin zuordnen hier {YOUTH}"))
    assert in_space.outcome is Outcome.REFUSED


async def test_a_mentioned_teams_user_is_assigned_by_their_aad_id(admin_app: App) -> None:
    engine = admin_app.engine
    engine.services.settings.admins.append("chef-aad")
    mention = ("aad-max", "<at>Max Muster</at>")
    text = f'admin zuordnen <at>Max Muster</at> "{REHA}"'
    reply = await engine.handle(_in(CHANNEL, "chef-aad", text, mentions=(mention,)))
    assert reply.outcome is Outcome.OK
    assert "Max Muster" in to_markdown(reply)
    found = await admin_app.store.directory.department_for_user("teams", "aad-max")
    assert found is not None
    assert found.name == REHA


async def test_english_commands_and_global_rights(admin_app: App) -> None:
    chief = make_chat(admin_app, CHIEF)
    reply, _ = await chief.say("admin rights dora global")
    assert reply.outcome is Outcome.OK
    dora = make_chat(admin_app, "dora")
    made, text = await dora.say("admin department new Outreach")
    assert made.outcome is Outcome.OK
    assert "Outreach" in text
    await chief.say("admin rights revoke dora global")
    again, _ = await dora.say("admin department new Elsewhere")
    assert again.outcome is Outcome.REFUSED
    await chief.say("language en")
    help_reply, text = await chief.say("admin help")
    assert help_reply.language == "en"
    assert "admin usage" in text
    assert help_reply.data["admin"]["view"] == "help"


async def test_admin_commands_win_over_a_pending_skill_question(admin_app: App) -> None:
    registry = admin_app.engine.services.registry
    router = Router(
        registry, admin_app.engine.services.classifier, admin_app.engine.services.policy
    )
    pending = ConversationState("email", {}, datetime(2030, 1, 1, tzinfo=UTC))
    route = await router.route('admin aus mail "X"', pending, OfflineLLM())
    assert (route.kind, route.target, route.args) == (
        RouteKind.BUILTIN,
        Builtin.ADMIN,
        'aus mail "X"',
    )
    # "administration" is no admin command.
    other = await router.route("administration", None, OfflineLLM())
    assert other.target != Builtin.ADMIN


class RecordingLLM:
    """A model that records what it is offered and tries to call an admin tool."""

    name = "recording"
    available = True

    def __init__(self) -> None:
        self.tools: list[str] = []

    async def complete(self, request: LLMRequest) -> LLMResponse:
        self.tools = [tool.name for tool in request.tools]
        return LLMResponse("", tool_calls=(ToolCall("admin", {"command": "aus mail X"}),))

    def stream(self, request: LLMRequest) -> Any:
        raise NotImplementedError

    def report_unusable(self, reason: str) -> None:
        raise NotImplementedError


async def test_the_model_is_offered_skills_only_and_cannot_call_admin(admin_app: App) -> None:
    registry: SkillRegistry = admin_app.engine.services.registry
    llm = RecordingLLM()
    classifier = LLMIntentClassifier()
    text = "Schalte bitte die Mail-Funktion aus"
    intent = await classifier.classify(text, list(registry), llm)
    assert set(llm.tools) == {s.meta.id for s in registry} | {NONE_TOOL}
    assert intent is None or intent.skill_id in {s.meta.id for s in registry}


def test_an_image_shows_its_description_where_pictures_are_not_shown() -> None:
    reply = Reply(blocks=(Image(b"\x89PNG", "image/png", "Nutzung je Abteilung"),))
    assert to_markdown(reply) == "_Nutzung je Abteilung_"
