"""Incoming Bot Framework activities (plain JSON) to ``bot.Message``: no SDK types here."""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Mapping
from typing import Any

from adapters.teams.forms import submitted
from bot.message import Attachment, ConversationRef, Message, Platform

Activity = Mapping[str, Any]

PERSONAL = "personal"
_THREAD_MARK = ";messageid="
_SPACES = re.compile(r"[ \t\u00a0]+")
# Teams adds an HTML copy of every message's text; it is not a user attachment.
_NOT_ATTACHMENTS = ("text/html", "application/vnd.microsoft.card.adaptive")


def _get(activity: Activity, *path: str) -> Any:
    value: Any = activity
    for key in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


def conversation_type(activity: Activity) -> str:
    """``personal``, ``channel`` or ``groupChat`` (missing means personal, as in the Emulator)."""
    return str(_get(activity, "conversation", "conversationType") or PERSONAL)


def is_personal(activity: Activity) -> bool:
    return conversation_type(activity) == PERSONAL


def split_thread(conversation_id: str) -> tuple[str, str | None]:
    """A channel thread is ``<channel conversation>;messageid=<root post id>``."""
    base, mark, thread = conversation_id.partition(_THREAD_MARK)
    return base, (thread or None) if mark else None


def mentions_bot(activity: Activity) -> list[str]:
    """The texts (``<at>Lotse</at>``) of every mention of the recipient, i.e. this bot."""
    bot_id = _get(activity, "recipient", "id")
    found: list[str] = []
    for entity in activity.get("entities") or ():
        if not isinstance(entity, Mapping) or entity.get("type") != "mention":
            continue
        if _get(entity, "mentioned", "id") == bot_id and isinstance(entity.get("text"), str):
            found.append(entity["text"])
    return found


def other_mentions(activity: Activity) -> tuple[tuple[str, str], ...]:
    """People other than this bot @-mentioned in the message, as (user id, ``<at>…</at>``).

    The id is the AAD object id when Teams includes it (``mentioned.aadObjectId``), the same
    form as ``Message.sender_id``; without it, the channel account id (``29:…``), which an
    admin command cannot match to a person — admins then give the AAD object id instead."""
    bot_id = _get(activity, "recipient", "id")
    found: list[tuple[str, str]] = []
    for entity in activity.get("entities") or ():
        if not isinstance(entity, Mapping) or entity.get("type") != "mention":
            continue
        mentioned = entity.get("mentioned")
        text = entity.get("text")
        if not isinstance(mentioned, Mapping) or not isinstance(text, str):
            continue
        user = mentioned.get("aadObjectId") or mentioned.get("id")
        if user and mentioned.get("id") != bot_id:
            found.append((str(user), text))
    return tuple(found)


def strip_mentions(text: str, mention_texts: list[str]) -> str:
    for mention in mention_texts:
        text = text.replace(mention, " ")
    lines = [_SPACES.sub(" ", html.unescape(line)).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def scopes(activity: Activity) -> tuple[str, ...]:
    """Ids an admin may assign to a department, most specific first."""
    channel = _get(activity, "channelData", "channel", "id")
    team = _get(activity, "channelData", "team", "id")
    tenant = _get(activity, "channelData", "tenant", "id") or _get(
        activity, "conversation", "tenantId"
    )
    found = [f"channel:{channel}" if channel else "", f"team:{team}" if team else ""]
    found.append(f"tenant:{tenant}" if tenant else "")
    return tuple(scope for scope in found if scope)


def language(activity: Activity) -> str | None:
    locale = str(activity.get("locale") or "").lower()
    primary = locale.split("-", 1)[0]
    return primary if primary in ("de", "en") else None


def sender_id(activity: Activity) -> str:
    """The AAD object id (stable across chats and apps), else the channel account id."""
    return str(_get(activity, "from", "aadObjectId") or _get(activity, "from", "id") or "")


def _attachments(activity: Activity) -> tuple[Attachment, ...]:
    found = []
    for item in activity.get("attachments") or ():
        if not isinstance(item, Mapping):
            continue
        content_type = str(item.get("contentType") or "")
        if content_type in _NOT_ATTACHMENTS:
            continue
        found.append(Attachment(str(item.get("name") or ""), content_type))
    return tuple(found)


def to_message(activity: Activity) -> Message | None:
    """The message for the engine, or None when it is not for Lotse (a group message without
    an @-mention of the bot, or an activity without a sender).

    A click on a button of one of Lotse's cards (``Action.Submit``) arrives as a message
    whose ``value`` carries the button's typed action: it is for Lotse in any chat."""
    value = activity.get("value")
    action = submitted(value) if isinstance(value, Mapping) else None
    bot_mentions = mentions_bot(activity)
    if not is_personal(activity) and not bot_mentions and action is None:
        return None
    text = strip_mentions(str(activity.get("text") or ""), bot_mentions)
    message = message_from(activity, text)
    if message is None or action is None:
        return message
    return dataclasses.replace(message, action=action)


def message_from(activity: Activity, text: str) -> Message | None:
    """A message in the activity's conversation and thread, from its sender, with ``text``."""
    personal = is_personal(activity)
    user = sender_id(activity)
    conversation_id = str(_get(activity, "conversation", "id") or "")
    if not user or not conversation_id:
        return None
    base, thread = split_thread(conversation_id)
    return Message(
        conversation=ConversationRef(Platform.TEAMS, base, thread, scopes(activity)),
        sender_id=user,
        sender_name=str(_get(activity, "from", "name") or ""),
        text=text,
        is_direct=personal,
        addressed=True,
        attachments=_attachments(activity),
        language=language(activity),
        message_id=str(activity.get("id") or "") or None,
        mentions=other_mentions(activity),
    )


def event_key(activity: Activity) -> str | None:
    """The redelivery key: Teams ids are unique per conversation (channel ids are timestamps)."""
    activity_id = activity.get("id")
    if not activity_id:
        return None
    base, _ = split_thread(str(_get(activity, "conversation", "id") or ""))
    return f"{base}|{activity_id}"


def bot_added(activity: Activity) -> bool:
    """A ``conversationUpdate`` that adds this bot (installed, or added to a team or chat)."""
    bot_id = _get(activity, "recipient", "id")
    members = activity.get("membersAdded") or ()
    return any(isinstance(m, Mapping) and m.get("id") == bot_id for m in members)
