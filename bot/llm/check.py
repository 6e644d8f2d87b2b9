"""The capability check behind ``lotse llm check``: one small request of each kind Lotse sends
(plain text, a tool call, streaming, JSON), through the same wrapper as every real call
(pseudonymisation, retries, the deadline). The requests carry no personal data, and the
report names outcomes, never model text.

Required: plain text and streaming (every skill), the tool call while routing by the model is
on (``LOTSE_LLM_ROUTE_WITH_MODEL``). JSON is informative: the skills ask for text forms, which
are repaired and checked (``bot.llm.structured``).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.llm.port import LLM, ChatTurn, LLMRequest, LLMUnavailable, Tool
from bot.llm.structured import loads_object

SYSTEM = "Du bist ein Test. Halte dich genau an die Anweisung."
TOOL = Tool(
    name="beruf_waehlen",
    description="Wählt den Beruf, nach dem gefragt wird.",
    input_schema={
        "type": "object",
        "properties": {"beruf": {"type": "string", "description": "Der Beruf."}},
        "required": ["beruf"],
    },
)


@dataclass(frozen=True, slots=True)
class Result:
    kind: str
    ok: bool
    required: bool
    seconds: float
    detail: str


def _ask(text: str, **extra: object) -> LLMRequest:
    return LLMRequest(
        system=SYSTEM,
        turns=(ChatTurn("user", text),),
        max_tokens=200,
        purpose="check",
        **extra,  # type: ignore[arg-type]
    )


async def _plain(llm: LLM) -> tuple[bool, str]:
    response = await llm.complete(_ask("Antworte nur mit dem Wort: Bereit"))
    if not response.text.strip():
        return False, "empty answer"
    usage = "usage reported" if response.tokens_in or response.tokens_out else "no usage"
    return True, usage


async def _tool(llm: LLM) -> tuple[bool, str]:
    request = _ask("Was macht man im Beruf Tischlerin?", tools=(TOOL,), tool_choice="any")
    response = await llm.complete(request)
    calls = [call for call in response.tool_calls if call.name == TOOL.name]
    if not calls:
        return False, "answered without calling the tool (routing falls back to the rules)"
    value = calls[0].arguments.get("beruf")
    if not isinstance(value, str) or not value.strip():
        return False, "tool called without its argument"
    return True, "tool called with its argument"


async def _stream(llm: LLM) -> tuple[bool, str]:
    pieces = [piece async for piece in llm.stream(_ask("Zähle von eins bis zehn, in Worten."))]
    if not "".join(pieces).strip():
        return False, "no text streamed"
    if len(pieces) == 1:
        return True, "1 piece (the server sends the answer at once)"
    return True, f"{len(pieces)} pieces"


async def _json(llm: LLM) -> tuple[bool, str]:
    request = _ask(
        'Antworte nur mit einem JSON-Objekt mit dem Schlüssel "beruf" und dem Wert '
        '"Tischler/in", ohne weiteren Text.',
        json=True,
    )
    response = await llm.complete(request)
    value = loads_object(response.text)
    if value is None:
        return False, "no JSON object in the answer"
    if "beruf" not in value:
        return False, "JSON without the asked key"
    repaired = "" if response.text.strip().startswith("{") else " (after repair)"
    return True, f"JSON object{repaired}"


CHECKS: tuple[tuple[str, Callable[[LLM], Awaitable[tuple[bool, str]]]], ...] = (
    ("plain text", _plain),
    ("tool call", _tool),
    ("streaming", _stream),
    ("JSON", _json),
)


async def run_checks(llm: LLM, route_with_model: bool = True) -> list[Result]:
    """Each check once, in order; a failing check does not stop the others."""
    results: list[Result] = []
    for kind, check in CHECKS:
        required = kind in ("plain text", "streaming") or (
            kind == "tool call" and route_with_model
        )
        started = time.monotonic()
        try:
            ok, detail = await check(llm)
        except LLMUnavailable as error:
            ok, detail = False, f"model unavailable ({error})"
        results.append(Result(kind, ok, required, time.monotonic() - started, detail))
    return results
