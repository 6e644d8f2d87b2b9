"""The model is called only through a binding to a use: the turn's budget, pseudonyms and
purpose travel with the model a skill receives, never through hidden state."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from llm_fixtures import (
    FakeAnthropic,
    Scripted,
    fast_settings,
    standalone,
)
from skill_contexts import skill_context

from bot.llm.errors import BudgetExceeded
from bot.llm.factory import build_llm
from bot.llm.port import ChatTurn, LLMRequest, LLMUnavailable
from bot.llm.use import ModelUse
from skills.occupation import OccupationSkill
from skills.occupation.answer import OfflineAnswerer
from skills.occupation.catalogue import load_builtin_catalogue
from skills.occupation.llm_answerer import LLMAnswerer
from skills.occupation.skill import skill_texts

FIXTURE = Path(__file__).with_name("fixtures") / "occupations_small.yaml"


def ask(text: str = "Hallo") -> LLMRequest:
    return LLMRequest(system="Du bist hilfreich.", turns=(ChatTurn("user", text),))


def test_the_configured_model_has_no_way_to_call_without_a_binding() -> None:
    model = build_llm(fast_settings())
    assert not hasattr(model, "complete")
    assert not hasattr(model, "stream")


async def test_a_use_outside_a_turn_still_keeps_the_daily_budget(
    fake_anthropic: FakeAnthropic,
) -> None:
    fake_anthropic.then(*[Scripted(text="Gut.", tokens_in=10, tokens_out=5)] * 3)
    use = ModelUse.standalone()
    llm = standalone(fast_settings(daily_tokens_per_user=20), use=use)
    await llm.complete(ask())
    await llm.complete(ask())  # 15 tokens used: still under 20
    with pytest.raises(BudgetExceeded):
        await llm.complete(ask())
    assert len(fake_anthropic.bodies) == 2  # nothing was sent over budget
    assert (use.tokens, use.failure) == (30, "budget_user")


async def test_a_request_without_a_purpose_carries_the_binding_s_purpose(
    fake_anthropic: FakeAnthropic, caplog: pytest.LogCaptureFixture
) -> None:
    fake_anthropic.then(Scripted(status=400, error_type="invalid_request_error"))
    llm = build_llm(fast_settings(max_attempts=1)).bind(ModelUse.standalone(), "summary")
    with pytest.raises(LLMUnavailable):
        await llm.complete(ask())
    assert "model unavailable for summary" in caplog.text


async def test_the_occupation_answerer_uses_the_model_its_turn_was_given(
    fake_anthropic: FakeAnthropic,
) -> None:
    """The turn's use says the user's budget is spent: the skill's model call is refused,
    nothing reaches the model, and the offline answer is given."""

    async def spent() -> int:
        return 1_000

    use = ModelUse(user_usage=spent, department_usage=spent)
    llm = build_llm(fast_settings(daily_tokens_per_user=100)).bind(use, "occupation")
    answerer = LLMAnswerer(OfflineAnswerer(skill_texts()))
    skill = OccupationSkill(load_builtin_catalogue(FIXTURE), answerer=answerer)
    result = await skill.handle(replace(skill_context("Mechatronikerin"), llm=llm))
    assert result.ai_generated is False
    assert fake_anthropic.bodies == []
    assert use.failure == "budget_user"

    fresh = ModelUse.standalone()
    fake_anthropic.then(Scripted(text="Mechatroniker/innen bauen Anlagen. Quelle: Test"))
    llm = build_llm(fast_settings()).bind(fresh, "occupation")
    answered = await skill.handle(replace(skill_context("Mechatronikerin"), llm=llm))
    assert answered.ai_generated is True
    assert fresh.tokens == 15
