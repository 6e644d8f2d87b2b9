"""Who is writing, in which language, for which department."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

from bot import language
from bot.caller_facts import CallerQuery
from bot.evaluation.survey import SETTING as SURVEY_SETTING
from bot.message import Message
from bot.pipeline.model_scope import model_use_for
from bot.ports import Department, StateKey
from bot.reply import Reply
from bot.routing.language_request import language_marker
from bot.turn import Arrival, Caller, Services


async def resolve_department(services: Services, message: Message) -> Department:
    """In a shared room its assignment wins (the room belongs to a department); otherwise the
    person's own assignment; otherwise the default department."""
    directory = services.store.directory
    platform = message.platform.value
    if not message.is_direct and message.conversation.scopes:
        found = await directory.department_for_scopes(platform, message.conversation.scopes)
        if found:
            return found
    found = await directory.department_for_user(platform, message.sender_id)
    if found:
        return found
    return await directory.ensure_department(services.settings.default_department)


class Identify:
    async def __call__(self, turn: Arrival, next_: Callable[[Caller], Awaitable[Reply]]) -> Reply:
        services = turn.services
        message = turn.message
        user_key = services.pseudonymiser.user_key(message.platform.value, message.sender_id)
        # What this turn's steps read about the sender, in one unit of work when not cached.
        scopes = () if message.is_direct else tuple(message.conversation.scopes)
        query = CallerQuery(
            message.platform.value,
            message.sender_id,
            user_key,
            scopes,
            services.settings.default_department,
            SURVEY_SETTING,
        )
        await services.store.read_ahead(query)
        stored = await services.store.preferences.language(user_key)
        marked = language_marker(message.text) if message.action is None else None
        if marked is not None:  # "auf Englisch bitte: was macht ein Koch?", for this request
            message = replace(message, text=marked[1])
        decided = marked[0] if marked else language.settled(stored, message.text)
        # Until the conversation's state is read (routing), a message that decides nothing
        # is in the platform's language or the default.
        chosen = decided or language.choose(None, message.language, "", services.settings.language)
        department = await resolve_department(services, message)
        conversation = message.conversation
        state_key = StateKey(
            message.platform.value, conversation.conversation_id, conversation.thread_id, user_key
        )
        caller = Caller(
            message=message,
            services=services,
            correlation_id=turn.correlation_id,
            now=turn.now,
            progress=turn.progress,
            log=turn.log,
            user_key=user_key,
            language=chosen,
            language_settled=decided is not None,
            department=department,
            state_key=state_key,
            model_use=model_use_for(services, user_key, department.name, turn.now),
        )
        turn.log.caller = caller  # for the audit, the evaluation and the error reply
        return await next_(caller)
