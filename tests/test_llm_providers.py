"""Amazon Bedrock and Google Vertex AI through the SDK's own clients (EU regions)."""

from __future__ import annotations

import pytest
from llm_fixtures import (
    FakeAnthropic,
    Scripted,
    fast_settings,
    standalone,
)

from bot.llm.factory import LLMConfigError, build_llm
from bot.llm.port import ChatTurn, LLMRequest

EU_MODEL = "eu.anthropic.claude-test-v1:0"


def ask(text: str) -> LLMRequest:
    return LLMRequest(system="Du bist hilfreich.", turns=(ChatTurn("user", text),))


async def test_bedrock_in_frankfurt_signs_with_aws_credentials_and_pseudonymises(
    fake_anthropic: FakeAnthropic, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAEXAMPLEEXAMPLE00")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "example-secret")
    monkeypatch.delenv("AWS_BEARER_TOKEN_BEDROCK", raising=False)
    monkeypatch.setenv("ANTHROPIC_BEDROCK_BASE_URL", fake_anthropic.url)
    fake_anthropic.then(Scripted(text="Gern, [EMAIL_1] ist notiert."))
    llm = standalone(fast_settings(provider="bedrock", model=EU_MODEL, aws_region="eu-central-1"))

    response = await llm.complete(ask("Bitte schreiben Sie an jonas.becker@example.org."))

    assert response.text == "Gern, jonas.becker@example.org ist notiert."
    assert "jonas.becker@example.org" not in fake_anthropic.raw_bodies()
    authorization = fake_anthropic.headers[0]["authorization"]
    assert authorization.startswith("AWS4-HMAC-SHA256")
    assert "/eu-central-1/bedrock/" in authorization
    assert "model" not in fake_anthropic.bodies[0]  # Bedrock names the model in the path


def test_vertex_in_an_eu_region_uses_the_regional_endpoint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ANTHROPIC_VERTEX_BASE_URL", raising=False)
    llm = build_llm(
        fast_settings(
            provider="vertex",
            model="claude-test@20260101",
            vertex_region="europe-west1",
            vertex_project_id="beratung-eu",
        )
    )
    client = llm._backend._client  # type: ignore[attr-defined]
    assert str(client.base_url).startswith("https://europe-west1-aiplatform.googleapis.com/")
    assert client.project_id == "beratung-eu"


@pytest.mark.parametrize("provider", ["bedrock", "vertex"])
def test_cloud_providers_need_an_explicit_model_id(provider: str) -> None:
    with pytest.raises(LLMConfigError, match="LOTSE_LLM_MODEL"):
        build_llm(fast_settings(provider=provider, model=None))
