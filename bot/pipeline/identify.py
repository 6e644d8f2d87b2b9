"""Who is writing, in which language, for which department."""

from __future__ import annotations

from bot import language
from bot.pipeline.base import Handler
from bot.ports import Department, StateKey
from bot.reply import Reply
from bot.turn import Turn


async def resolve_department(turn: Turn) -> Department:
    """In a shared room its assignment wins (the room belongs to a department); otherwise the
    person's own assignment; otherwise the default department."""
    directory = turn.services.store.directory
    message = turn.message
    platform = message.platform.value
    if not message.is_direct and message.conversation.scopes:
        found = await directory.department_for_scopes(platform, message.conversation.scopes)
        if found:
            return found
    found = await directory.department_for_user(platform, message.sender_id)
    if found:
        return found
    return await directory.ensure_department(turn.services.settings.default_department)


class Identify:
    async def __call__(self, turn: Turn, next_: Handler) -> Reply:
        services = turn.services
        message = turn.message
        turn.user_key = services.pseudonymiser.user_key(message.platform.value, message.sender_id)
        stored = await services.store.preferences.language(turn.user_key)
        turn.language = language.choose(
            stored, message.language, message.text, services.settings.language
        )
        turn.department = await resolve_department(turn)
        conversation = message.conversation
        turn.state_key = StateKey(
            message.platform.value,
            conversation.conversation_id,
            conversation.thread_id,
            turn.user_key,
        )
        return await next_(turn)
