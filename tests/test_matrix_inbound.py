"""Matrix events to ``bot.Message``: who is answered, what text the engine sees."""

from __future__ import annotations

from typing import Any

import pytest

from adapters.matrix.inbound import RoomFacts, to_message
from bot.message import Platform

BOT = "@lotse:lotse.test"
ROOM = "!room:lotse.test"


def event(body: str, **content: Any) -> dict[str, Any]:
    return {
        "type": "m.room.message",
        "sender": "@anna:lotse.test",
        "event_id": "$e1",
        "origin_server_ts": 1_760_000_000_000,
        "content": {"msgtype": "m.text", "body": body, **content},
    }


def facts(direct: bool) -> RoomFacts:
    return RoomFacts(ROOM, BOT, "Lotse", is_direct=direct, sender_display_name="Anna")


def test_direct_message_is_answered_with_room_scope() -> None:
    message = to_message(event("beruf Tischler"), facts(True))
    assert message is not None
    assert message.text == "beruf Tischler"
    assert message.is_direct
    assert message.addressed
    assert message.conversation.platform is Platform.MATRIX
    assert message.conversation.conversation_id == ROOM
    assert message.conversation.scopes == (f"room:{ROOM}",)
    assert message.sender_id == "@anna:lotse.test"
    assert message.sender_name == "Anna"
    assert message.message_id == "$e1"


def test_group_message_without_mention_is_ignored() -> None:
    assert to_message(event("Kaffee um drei?"), facts(False)) is None


def test_intentional_mention_is_answered_and_stripped() -> None:
    source = event("Lotse: beruf Tischler", **{"m.mentions": {"user_ids": [BOT]}})
    message = to_message(source, facts(False))
    assert message is not None
    assert message.text == "beruf Tischler"
    assert not message.is_direct


def test_intentional_mentions_of_others_are_authoritative() -> None:
    # The display name appears, but m.mentions says the sender meant someone else.
    source = event("Lotse ist toll", **{"m.mentions": {"user_ids": ["@bob:lotse.test"]}})
    assert to_message(source, facts(False)) is None


def test_display_name_and_pill_fallback_without_intentional_mentions() -> None:
    assert to_message(event("lotse, beruf Koch"), facts(False)) is not None
    pill = f'<a href="https://matrix.to/#/{BOT}">Bot</a>: hilfe'
    message = to_message(event("Bot: hilfe", formatted_body=pill), facts(False))
    assert message is not None
    assert message.text == "hilfe"


@pytest.mark.parametrize(
    ("body", "expected"),
    [("!lotse beruf Koch", "beruf Koch"), ("!beruf Koch", "beruf Koch")],
)
def test_command_prefixes_address_lotse(body: str, expected: str) -> None:
    message = to_message(event(body), facts(False), commands={"beruf"})
    assert message is not None
    assert message.text == expected


def test_unknown_bang_command_is_left_to_other_bots() -> None:
    assert to_message(event("!wetter Köln"), facts(False), commands={"beruf"}) is None
    assert to_message(event("!lotsenboot"), facts(False)) is None


def test_own_messages_notices_edits_and_other_types_are_never_answered() -> None:
    own = event("beruf Koch") | {"sender": BOT}
    assert to_message(own, facts(True)) is None
    notice = event("beruf Koch", msgtype="m.notice")
    assert to_message(notice, facts(True)) is None
    edit = event("* beruf Koch", **{"m.relates_to": {"rel_type": "m.replace", "event_id": "$x"}})
    assert to_message(edit, facts(True)) is None
    state = event("beruf Koch") | {"type": "m.room.topic"}
    assert to_message(state, facts(True)) is None


def test_thread_root_becomes_the_thread_id() -> None:
    relates = {"rel_type": "m.thread", "event_id": "$root", "is_falling_back": True}
    message = to_message(event("beruf Koch", **{"m.relates_to": relates}), facts(True))
    assert message is not None
    assert message.conversation.thread_id == "$root"


def test_reply_fallback_quote_is_removed() -> None:
    message = to_message(event("> <@bob:lotse.test> alt\n\nberuf Koch"), facts(True))
    assert message is not None
    assert message.text == "beruf Koch"
