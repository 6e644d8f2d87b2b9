from __future__ import annotations

from typing import Any

from bot.pipeline.base import Handler, build_chain
from bot.reply import Reply, Text
from bot.turn import Turn


class Recorder:
    def __init__(self, name: str, calls: list[str], stop: bool = False) -> None:
        self.name, self.calls, self.stop = name, calls, stop

    async def __call__(self, turn: Turn, next_: Handler[Turn]) -> Reply:
        self.calls.append(f"{self.name}>")
        if self.stop:
            return Reply(blocks=(Text(self.name),))
        result = await next_(turn)
        self.calls.append(f"<{self.name}")
        return result


async def test_steps_run_outermost_first_and_unwind_in_reverse() -> None:
    calls: list[str] = []

    async def final(turn: Any) -> Reply:
        calls.append("final")
        return Reply(blocks=(Text("done"),))

    chain = build_chain([Recorder("a", calls), Recorder("b", calls)], final)
    result = await chain(None)  # type: ignore[arg-type]
    assert calls == ["a>", "b>", "final", "<b", "<a"]
    assert result.blocks == (Text("done"),)


async def test_a_step_can_answer_without_calling_on() -> None:
    calls: list[str] = []

    async def final(turn: Any) -> Reply:
        raise AssertionError("must not run")

    chain = build_chain([Recorder("a", calls), Recorder("b", calls, stop=True)], final)
    result = await chain(None)  # type: ignore[arg-type]
    assert result.blocks == (Text("b"),)
    assert calls == ["a>", "b>", "<a"]
