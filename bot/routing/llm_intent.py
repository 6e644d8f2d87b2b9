"""The model-backed intent classifier: the model picks a skill through tool use.

One tool per skill (select it, and for some skills name what to work on) plus one tool for
"nothing fits". No tool changes settings or data, and admin actions are not skills, so text
pasted into a message cannot make the model toggle anything. Every failure — model
unavailable, over budget, no or an unknown tool called — falls back to the offline classifier.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.llm.port import LLM, ChatTurn, LLMRequest, LLMUnavailable, Model, Tool
from bot.llm.prompts import load_prompt
from bot.routing.intent import Intent, IntentClassifier, OfflineIntentClassifier
from bot.skill import Skill

log = logging.getLogger("lotse.routing")

NONE_TOOL = "keine_passende_faehigkeit"
ROUTE_CHARS = 2_000  # the head of a message says what is wanted; pasted notes need not go
MODEL_SCORE = 1.0


@dataclass(frozen=True, slots=True)
class Argument:
    """An argument the model extracts for a skill (the rest get the whole message)."""

    name: str
    description: str


# Skills whose input is a short term inside a longer question.
ARGUMENTS: Mapping[str, Argument] = {
    "occupation": Argument(
        "beruf", "Der Beruf, nach dem gefragt wird, wie er in der Nachricht steht."
    ),
}


def skill_tool(skill: Skill, arguments: Mapping[str, Argument]) -> Tool:
    meta = skill.meta
    examples = "; ".join(example.split("\n", 1)[0] for example in meta.examples_de[:3])
    properties: dict[str, Any] = {}
    argument = arguments.get(meta.id)
    if argument is not None:
        properties[argument.name] = {"type": "string", "description": argument.description}
    return Tool(
        name=meta.id,
        description=f"{meta.name_de}: {meta.description_de} Beispiele: {examples}",
        input_schema={"type": "object", "properties": properties},
    )


NONE = Tool(
    name=NONE_TOOL,
    description="Keine Fähigkeit passt zur Nachricht, oder die Nachricht ist unklar.",
    input_schema={"type": "object", "properties": {}},
)


class LLMIntentClassifier:
    """Implements :class:`bot.routing.intent.IntentClassifier` with the model's tool choice."""

    def __init__(
        self,
        fallback: IntentClassifier | None = None,
        arguments: Mapping[str, Argument] = ARGUMENTS,
    ) -> None:
        self._fallback = fallback or OfflineIntentClassifier()
        self._arguments = arguments
        self._prompt = load_prompt("router")

    async def classify(self, text: str, skills: Sequence[Skill], llm: LLM) -> Intent | None:
        if not llm.available or not skills:
            return await self._fallback.classify(text, skills, llm)
        tools = (*(skill_tool(skill, self._arguments) for skill in skills), NONE)
        request = LLMRequest(
            system=self._prompt.text,
            turns=(ChatTurn("user", text[:ROUTE_CHARS]),),
            max_tokens=256,
            purpose="route",
            tools=tools,
            tool_choice="any",
            tier="fast",
        )
        try:
            response = await llm.complete(request)
        except LLMUnavailable:
            return await self._fallback.classify(text, skills, llm)
        ids = {skill.meta.id for skill in skills}
        for call in response.tool_calls:
            if call.name == NONE_TOOL:
                log.info("routed by model: none (prompt %s)", self._prompt.version)
                return None
            if call.name in ids:
                log.info("routed by model: %s (prompt %s)", call.name, self._prompt.version)
                return Intent(call.name, MODEL_SCORE, self._args(call.name, call.arguments))
        log.warning("model routing gave no usable tool call; offline classifier decides")
        return await self._fallback.classify(text, skills, llm)

    def _args(self, skill_id: str, arguments: Mapping[str, Any]) -> str | None:
        argument = self._arguments.get(skill_id)
        value = arguments.get(argument.name) if argument else None
        return value.strip() if isinstance(value, str) and value.strip() else None


def classifier_for(llm: Model, route_with_model: bool = True) -> IntentClassifier:
    """The model's tool choice while a model is configured; else the offline classifier."""
    offline = OfflineIntentClassifier()
    if llm.available and route_with_model:
        return LLMIntentClassifier(offline)
    return offline
