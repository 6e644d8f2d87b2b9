"""Matrix room events (as their JSON ``source``) to ``bot.Message`` — or None when the event
is not for Lotse. Pure functions on plain data: no nio type crosses into the engine."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

from bot.message import ConversationRef, Message, Platform

_ANSWERED_TYPES = ("m.text",)  # notices are bot output; emotes, files: not for Lotse
_PILL = re.compile(r'<a\s+href="https://matrix\.to/#/([^"?]+)[^"]*"[^>]*>(.*?)</a>', re.I | re.S)
_LEADING_PUNCTUATION = re.compile(r"^[\s:,;.\-–]+")


@dataclass(frozen=True, slots=True)
class RoomFacts:
    """What the adapter knows about the room and about itself."""

    room_id: str
    bot_user_id: str
    bot_display_name: str | None
    is_direct: bool
    sender_display_name: str | None = None
    spaces: tuple[str, ...] = ()  # ``space:<id>`` scopes of the room's parent spaces


def _relation(content: Mapping[str, Any]) -> Mapping[str, Any]:
    relates = content.get("m.relates_to")
    return relates if isinstance(relates, Mapping) else {}


def thread_root(content: Mapping[str, Any]) -> str | None:
    relates = _relation(content)
    if relates.get("rel_type") == "m.thread" and isinstance(relates.get("event_id"), str):
        return str(relates["event_id"])
    return None


def _strip_reply_fallback(body: str) -> str:
    """Older clients quote the replied-to message as ``> `` lines before the text."""
    lines = body.split("\n")
    if not lines or not lines[0].startswith("> "):
        return body
    while lines and lines[0].startswith(">"):
        lines.pop(0)
    return "\n".join(lines).lstrip("\n")


def _mentioned(content: Mapping[str, Any], body: str, facts: RoomFacts) -> tuple[bool, str]:
    """Whether the bot is mentioned, and the text with a leading mention removed."""
    mentions = content.get("m.mentions")
    names = [facts.bot_user_id]
    if facts.bot_display_name:
        names.append(facts.bot_display_name)
    formatted = content.get("formatted_body")
    if isinstance(formatted, str):
        names.extend(
            label for target, label in _PILL.findall(formatted) if target == facts.bot_user_id
        )
    if isinstance(mentions, Mapping):
        # Intentional mentions (MSC3952): when present they are authoritative.
        user_ids = mentions.get("user_ids")
        hit = isinstance(user_ids, list) and facts.bot_user_id in user_ids
    else:
        hit = any(_contains_name(body, name) for name in names)
    if not hit:
        return False, body
    return True, _strip_leading_name(body, names)


def other_mentions(content: Mapping[str, Any], bot_user_id: str) -> tuple[tuple[str, str], ...]:
    """People other than the bot in ``m.mentions.user_ids``, with the pill's label as it
    appears in ``body`` (the user id itself when there is no pill)."""
    mentions = content.get("m.mentions")
    user_ids = mentions.get("user_ids") if isinstance(mentions, Mapping) else None
    if not isinstance(user_ids, list):
        return ()
    formatted = content.get("formatted_body")
    pills = _PILL.findall(formatted) if isinstance(formatted, str) else []
    labels = {unquote(target): label for target, label in pills}
    found = []
    for user_id in user_ids:
        if isinstance(user_id, str) and user_id != bot_user_id:
            label = re.sub(r"<[^>]+>", "", labels.get(user_id, "")).strip()
            found.append((user_id, label or user_id))
    return tuple(found)


def _contains_name(body: str, name: str) -> bool:
    pattern = rf"(?<![\w@]){re.escape(name)}(?![\w])"
    return re.search(pattern, body, re.IGNORECASE) is not None


def _strip_leading_name(body: str, names: Collection[str]) -> str:
    text = body.lstrip()
    for name in sorted(names, key=len, reverse=True):
        if name and text.casefold().startswith(name.casefold()):
            return _LEADING_PUNCTUATION.sub("", text[len(name) :])
    return text


def _prefixed(body: str, prefix: str, commands: Collection[str]) -> tuple[bool, str]:
    """``!lotse …`` (prefix removed) or ``!<command> …`` for a command Lotse knows."""
    text = body.lstrip()
    if prefix and text.casefold().startswith(prefix.casefold()):
        rest = text[len(prefix) :]
        if not rest or not rest[0].isalnum():
            return True, _LEADING_PUNCTUATION.sub("", rest)
    if text.startswith("!"):
        word = text[1:].split(maxsplit=1)[0].casefold() if len(text) > 1 else ""
        if word and word.rstrip(":") in commands:
            return True, text[1:]
    return False, body


def to_message(
    source: Mapping[str, Any],
    facts: RoomFacts,
    *,
    prefix: str = "!lotse",
    commands: Collection[str] = (),
) -> Message | None:
    """The message for the engine, or None: not a text message, our own, or (in a group room)
    not addressed to Lotse."""
    sender = source.get("sender")
    content = source.get("content")
    if not isinstance(sender, str) or not isinstance(content, Mapping):
        return None
    if sender == facts.bot_user_id or source.get("type") != "m.room.message":
        return None
    if content.get("msgtype") not in _ANSWERED_TYPES or _relation(content).get("rel_type") in (
        "m.replace",
        "m.annotation",
    ):
        return None  # edits and reactions are not new requests
    body = content.get("body")
    if not isinstance(body, str) or not body.strip():
        return None
    body = _strip_reply_fallback(body)
    addressed = facts.is_direct
    text = body
    if not facts.is_direct:
        addressed, text = _prefixed(body, prefix, commands)
        if not addressed:
            addressed, text = _mentioned(content, body, facts)
        if not addressed:
            return None
    timestamp = source.get("origin_server_ts")
    received = (
        datetime.fromtimestamp(timestamp / 1000, UTC)
        if isinstance(timestamp, int)
        else datetime.now(UTC)
    )
    event_id = source.get("event_id")
    return Message(
        conversation=ConversationRef(
            platform=Platform.MATRIX,
            conversation_id=facts.room_id,
            thread_id=thread_root(content),
            scopes=(f"room:{facts.room_id}", *facts.spaces),
        ),
        sender_id=sender,
        sender_name=facts.sender_display_name or sender,
        text=text.strip(),
        is_direct=facts.is_direct,
        addressed=addressed,
        message_id=event_id if isinstance(event_id, str) else None,
        received_at=received,
        mentions=other_mentions(content, facts.bot_user_id),
    )
