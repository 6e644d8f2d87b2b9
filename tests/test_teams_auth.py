"""Bot Framework JWT authentication on the real server process: tokens signed with a key the
test publishes through a local OpenID metadata endpoint (LOTSE_TEAMS_OPENID_METADATA_URL)."""

from __future__ import annotations

import base64
import json
import time
import uuid
from collections.abc import Callable

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from teams_fixtures import (
    FakeMicrosoft,
    LotseServer,
    activity,
)


def body_for(fake_ms: FakeMicrosoft, **kwargs: object) -> dict[str, object]:
    return activity(fake_ms.url, user=f"aad-{uuid.uuid4().hex[:8]}", **kwargs)  # type: ignore[arg-type]


def unsigned_token(fake_ms: FakeMicrosoft) -> str:
    def part(data: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    now = int(time.time())
    claims = {
        "iss": "https://api.botframework.com",
        "aud": "00000000-0000-4000-8000-00000000a11e",
        "serviceurl": fake_ms.url,
        "exp": now + 600,
        "nbf": now - 10,
    }
    return f"{part({'alg': 'none', 'typ': 'JWT', 'kid': 'lotse-test-key'})}.{part(claims)}."


async def test_valid_token_is_accepted_and_answered(
    auth_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    body = body_for(fake_ms, text="hilfe")
    status, _ = await auth_server.post(body, token=fake_ms.token())
    assert status == 201
    (reply,) = fake_ms.messages_to(body["conversation"]["id"])  # type: ignore[index]
    assert "Lotse – Ihr Assistent" in reply.body["text"]
    # The test seam: replies reach the fake connector without an Azure AD token.
    assert reply.authorization is None
    assert fake_ms.metadata_requests >= 1


BAD_TOKENS: dict[str, Callable[[FakeMicrosoft], str | None]] = {
    "missing": lambda fake: None,
    "expired": lambda fake: fake.token(
        exp=int(time.time()) - 3600, iat=int(time.time()) - 7200, nbf=int(time.time()) - 7200
    ),
    "wrong audience": lambda fake: fake.token(aud="someone-else"),
    "wrong issuer": lambda fake: fake.token(iss="https://evil.example"),
    "wrong signature": lambda fake: fake.token(
        key=rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ),
    "alg none": unsigned_token,
    "wrong service url": lambda fake: fake.token(serviceurl="https://evil.example/"),
    "garbage": lambda fake: "not-a-jwt",
}


@pytest.mark.parametrize("case", list(BAD_TOKENS))
async def test_bad_token_is_rejected_with_401_and_not_processed(
    case: str, auth_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    body = body_for(fake_ms, text="hilfe")
    status, text = await auth_server.post(body, token=BAD_TOKENS[case](fake_ms))
    assert status == 401
    assert "Traceback" not in text
    assert fake_ms.to(body["conversation"]["id"]) == []  # type: ignore[index]


async def test_basic_auth_header_is_rejected(
    auth_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    body = body_for(fake_ms, text="hilfe")
    status, _ = await auth_server.post(body, Authorization="Basic dXNlcjpwYXNz")
    assert status == 401


async def test_feedback_invoke_with_token_gets_200(
    auth_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    body = body_for(
        fake_ms,
        kind="invoke",
        name="message/submitAction",
        replyToId="sent-1",
        value={"actionName": "feedback", "actionValue": {"reaction": "like", "feedback": "{}"}},
    )
    status, text = await auth_server.post(body, token=fake_ms.token())
    assert status == 200
    assert json.loads(text) == {}


async def test_invoke_without_token_gets_401(
    auth_server: LotseServer, fake_ms: FakeMicrosoft
) -> None:
    body = body_for(fake_ms, kind="invoke", name="message/submitAction", value={})
    status, _ = await auth_server.post(body)
    assert status == 401
