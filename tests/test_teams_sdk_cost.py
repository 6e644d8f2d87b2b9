"""The Bot Framework edge makes botbuilder's per-turn msrest clients cheap without changing
their retry policy, and reuses a connector client per service instead of one per turn."""

from __future__ import annotations

import uuid
from typing import Any

from botbuilder.integration.aiohttp import CloudAdapter
from msrest.universal_http.requests import ClientRetryPolicy

from adapters.teams.sdk import BotFrameworkEdge, SdkTurn
from adapters.teams.settings import TeamsSettings

# msrest 0.7.1's definition: retry every status below 999 that is not "safe".
SAFE = [i for i in range(500) if i != 408] + [501, 505]
EXPECTED_RETRIED = [i for i in range(999) if i not in SAFE]


def test_the_retry_policy_is_unchanged_and_cheap_to_build() -> None:
    BotFrameworkEdge(TeamsSettings(app_id="", auth="off"))
    # A set, not msrest's list: the membership test was ~3.5 ms of CPU per client.
    assert isinstance(ClientRetryPolicy.safe_codes, frozenset)
    policy = ClientRetryPolicy().policy
    assert policy.status_forcelist == EXPECTED_RETRIED
    assert (policy.total, policy.backoff_factor) == (3, 0.8)


def _activity(service_url: str) -> dict[str, Any]:
    return {
        "type": "message",
        "id": uuid.uuid4().hex,
        "channelId": "msteams",
        "serviceUrl": service_url,
        "text": "hilfe",
        "from": {"id": "29:user", "aadObjectId": "user"},
        "recipient": {"id": "28:bot"},
        "conversation": {"id": "a:conv", "conversationType": "personal"},
    }


async def test_turns_to_the_same_service_reuse_one_connector_client() -> None:
    edge = BotFrameworkEdge(TeamsSettings(app_id="", auth="off"))
    clients: list[Any] = []

    async def logic(turn: SdkTurn) -> None:
        clients.append(turn._context.turn_state[CloudAdapter.BOT_CONNECTOR_CLIENT_KEY])

    for url in ("http://127.0.0.1:1/a/", "http://127.0.0.1:1/a/", "http://127.0.0.1:1/b/"):
        result = await edge.process(_activity(url), None, logic)
        assert result.status == 201
    assert clients[0] is clients[1]  # one HTTP session (and connection pool) per service
    assert clients[2] is not clients[0]
    assert clients[2].config.base_url == "http://127.0.0.1:1/b/"
