"""The last step: hand the turn to its built-in or skill and keep a follow-up question."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot import language
from bot.builtins import ACTIONS, BUILTINS
from bot.builtins.help import unknown_reply
from bot.ports import ConversationState, RecentChange
from bot.reply import Reply
from bot.routing.router import Builtin, RouteKind
from bot.skill import SkillContext, SkillResult
from bot.turn import Turn, reply


async def run(turn: Turn) -> Reply:
    route = turn.route
    if route.kind is RouteKind.BUILTIN:
        return await BUILTINS[Builtin(route.target)](turn)
    if route.kind is RouteKind.ACTION:
        assert route.action is not None
        return await ACTIONS.handle(turn, route.action)
    if route.kind is RouteKind.UNKNOWN:
        return await unknown_reply(turn)
    return await run_skill(turn)


async def run_skill(turn: Turn) -> Reply:
    route = turn.route
    services = turn.services
    skill = services.registry.get(route.target)
    assert skill is not None, "the router only routes to registered skills"
    context = SkillContext(
        message=turn.message,
        args=route.args,
        command=route.command,
        language=turn.language,
        user_key=turn.user_key,
        department=turn.department_name,
        llm=services.llm.bind(turn.model_use, purpose=skill.meta.id),
        settings=services.settings,
        now=turn.now,
        texts=turn.t,
        findings=turn.findings,
        state=route.follow_up.data if route.follow_up else None,
        recent=turn.recent.data if turn.recent and turn.recent.owner == skill.meta.id else None,
        progress=turn.progress,
        action=route.action,
        other_commands=services.registry.commands_besides(skill),
    )
    result = await skill.handle(context)
    if result.resubmit:
        turn.log.resubmit = result.resubmit
    states = services.store.states
    if result.follow_up is not None:
        expires = turn.now + timedelta(minutes=services.settings.state_ttl_minutes)
        state = ConversationState(skill.meta.id, dict(result.follow_up.state), expires)
        await states.put(turn.state_key, state)
    elif route.follow_up is not None:
        await states.delete(turn.state_key)
    log_ = turn.log
    log_.recent = _recent_change(turn, skill.meta.id, result)
    log_.triggers |= result.triggers
    log_.tokens_in += result.tokens_in
    log_.tokens_out += result.tokens_out
    return replace(
        reply(turn, *result.blocks, outcome=result.outcome),
        ai_generated=result.ai_generated,
        template_draft=result.template_draft and not result.ai_generated,
        sources=result.sources,
        title=result.title,
        data=dict(result.data),
    )


def _conversation_language(turn: Turn, skill_id: str) -> str | None:
    """The conversation's language to keep with the topic: the one it already had, else this
    turn's when the stored choice or the message's words decided it (bot.language)."""
    before = turn.recent if turn.recent is not None and turn.recent.owner == skill_id else None
    carried = language.of_conversation(before.data if before is not None else None)
    return carried or (turn.language if turn.language_settled else None)


def _recent_change(turn: Turn, skill_id: str, result: SkillResult) -> RecentChange | None:
    """What the audit step writes of the remembered topic: the skill's new one; nothing when
    it keeps its own; forgotten when another skill answered in between (a follow-up "da"
    then means something else)."""
    if result.remember is not None:
        expires = turn.now + timedelta(minutes=turn.services.settings.recent_ttl_minutes)
        data = dict(result.remember)
        spoken = _conversation_language(turn, skill_id)
        if spoken is not None:
            data[language.CONVERSATION_KEY] = spoken
        state = ConversationState(skill_id, data, expires)
        return RecentChange(turn.state_key, state)
    if turn.recent is not None and turn.recent.owner != skill_id:
        return RecentChange(turn.state_key, None)
    return None
