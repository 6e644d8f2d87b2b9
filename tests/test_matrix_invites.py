"""Who invited the bot: only the invite event the bot's own homeserver adds counts."""

from __future__ import annotations

from typing import Any

from nio.events.invite_events import InviteEvent

from adapters.matrix.invites import inviter_of

BOT = "@lotse:bzh.example"


def member(sender: str, *, full: bool, direct: bool = False, state_key: str = BOT) -> Any:
    """An ``m.room.member`` invite as nio parses it; ``full``: with an event id, as older
    homeservers append it (stripped state, and current Synapse's invite, have none)."""
    event: dict[str, Any] = {
        "type": "m.room.member",
        "sender": sender,
        "state_key": state_key,
        "content": {"membership": "invite", "is_direct": direct},
    }
    if full:
        event |= {"event_id": f"$invite-{sender}", "origin_server_ts": 1, "unsigned": {}}
    return InviteEvent.parse_event(event)


def test_the_homeserver_s_own_invite_event_names_the_inviter() -> None:
    state = [member("@anna:bzh.example", full=True, direct=True)]
    assert inviter_of(state, BOT) == ("@anna:bzh.example", True)


def test_the_stripped_invite_current_synapse_appends_names_the_inviter() -> None:
    room_state = member("@anna:bzh.example", full=False, state_key="@anna:bzh.example")
    state = [room_state, member("@anna:bzh.example", full=False, direct=True)]
    assert inviter_of(state, BOT) == ("@anna:bzh.example", True)


def test_a_forged_invite_placed_first_makes_the_inviter_unknown() -> None:
    for real_is_full in (True, False):
        forged = member("@anna:bzh.example", full=False)
        real = member("@stranger:evil.example", full=real_is_full)
        assert inviter_of([forged, real], BOT) == (None, False)


def test_without_an_invite_event_for_the_bot_the_inviter_is_unknown() -> None:
    assert inviter_of([], BOT) == (None, False)


def test_two_whole_invite_events_with_different_senders_are_refused() -> None:
    state = [member("@anna:bzh.example", full=True), member("@mallory:evil.example", full=True)]
    assert inviter_of(state, BOT) == (None, False)


def test_invites_for_someone_else_are_ignored() -> None:
    other = member("@anna:bzh.example", full=True, state_key="@ben:bzh.example")
    assert inviter_of([other], BOT) == (None, False)
