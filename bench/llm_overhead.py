"""Overhead of the model layer, with a fake Messages API on 127.0.0.1 answering instantly.

1. per model call: ``GuardedLLM.complete`` (budget, pseudonymisation, retries, restore)
   against the bare SDK call ``AsyncAnthropic.messages.create``, same server, same request;
2. pseudonymising and restoring a 20,000-character note (detection included, and with the
   engine's findings reused as the engine does);
3. streaming: from the first text delta leaving the fake server to the first text written by
   the console adapter (a whole engine turn, SQLite);
4. per model call on the OpenAI-compatible provider: ``GuardedLLM.complete`` over
   ``OpenAIBackend`` against the bare ``AsyncOpenAI.chat.completions.create``, same fake
   Chat Completions server (``lotse_testing/openai_server.py``), same request.
Run: `.venv/bin/python bench/llm_overhead.py`
"""

from __future__ import annotations

import asyncio
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from aiohttp import web
from pydantic import SecretStr

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere
from adapters.console import ConsoleChat
from bot.config import Settings
from bot.llm.factory import build_llm
from bot.llm.openai_settings import OpenAISettings
from bot.llm.port import ChatTurn, LLMRequest
from bot.llm.pseudonymise import Pseudonyms
from bot.llm.use import ModelUse
from bot.policy import find_personal_data
from bot.ports import Acknowledgement
from lotse.app import open_app
from lotse_testing.anthropic_server import FakeAnthropic, Scripted, fast_settings
from lotse_testing.openai_server import (
    FakeOpenAI,
    open_settings,
    start_fake_openai,
)

ROUNDS = int(os.environ.get("LOTSE_BENCH_ROUNDS", "300"))
LINE = (
    "- Kl. möchte Ausbildung im Handwerk, derzeit 10. Klasse. Mutter Frau Yilmaz rief an "
    "(0171 2345678). Vereinbart: Lebenslauf bis 15.04. an jonas.becker@example.org.\n"
)
NOTE = (LINE * (20_000 // len(LINE) + 1))[:20_000]


def p50(values: list[float]) -> float:
    return statistics.median(values) * 1000


async def serve(fake: FakeAnthropic) -> web.AppRunner:
    app = web.Application()
    app.router.add_post("/v1/messages", fake.handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    fake.url = f"http://127.0.0.1:{runner.addresses[0][1]}"
    os.environ["ANTHROPIC_API_KEY"] = "bench"
    os.environ["ANTHROPIC_BASE_URL"] = fake.url
    return runner


async def call_overhead(fake: FakeAnthropic) -> None:
    from anthropic import AsyncAnthropic

    text = "Bitte eine kurze Antwort für Frau Müller."
    raw = AsyncAnthropic(max_retries=0)
    guarded = build_llm(fast_settings()).bind(ModelUse.standalone())
    request = LLMRequest(system="System", turns=(ChatTurn("user", text),), max_tokens=64)
    raw_times: list[float] = []
    guarded_times: list[float] = []
    for _ in range(ROUNDS):
        fake.reset()
        started = time.perf_counter()
        await raw.messages.create(
            model="claude-test",
            max_tokens=64,
            system="System",
            messages=[{"role": "user", "content": text}],
        )
        raw_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        await guarded.complete(request)
        guarded_times.append(time.perf_counter() - started)
    print(f"bare SDK call           p50 {p50(raw_times):6.2f} ms")
    print(f"guarded call            p50 {p50(guarded_times):6.2f} ms")
    print(f"overhead per call       p50 {p50(guarded_times) - p50(raw_times):6.2f} ms")


async def openai_call_overhead() -> None:
    from openai import AsyncOpenAI

    fake = FakeOpenAI()
    runner = await start_fake_openai(fake)
    try:
        text = "Bitte eine kurze Antwort für Frau Müller."
        raw = AsyncOpenAI(base_url=fake.url, api_key="bench", max_retries=0)
        server = OpenAISettings(base_url=fake.url, model="open-test", api_key="bench")
        guarded = build_llm(open_settings(), server).bind(ModelUse.standalone())
        request = LLMRequest(system="System", turns=(ChatTurn("user", text),), max_tokens=64)
        messages = [{"role": "system", "content": "System"}, {"role": "user", "content": text}]
        raw_times: list[float] = []
        guarded_times: list[float] = []
        for _ in range(ROUNDS):
            fake.reset()
            started = time.perf_counter()
            await raw.chat.completions.create(
                model="open-test",
                max_tokens=64,
                messages=messages,  # type: ignore[arg-type]
            )
            raw_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            await guarded.complete(request)
            guarded_times.append(time.perf_counter() - started)
        print(f"openai: bare SDK call   p50 {p50(raw_times):6.2f} ms")
        print(f"openai: guarded call    p50 {p50(guarded_times):6.2f} ms")
        paired = [g - r for g, r in zip(guarded_times, raw_times, strict=True)]
        print(f"openai: overhead/call   p50 {p50(guarded_times) - p50(raw_times):6.2f} ms")
        print(f"openai: paired overhead p50 {p50(paired):6.2f} ms")
        await layer_only(server)
    finally:
        await runner.cleanup()


async def layer_only(server: OpenAISettings) -> None:
    """The provider layer without the network: the SDK client answers from memory with a
    parsed ``ChatCompletion`` (what ``create`` returns), so only Lotse's part is timed."""
    from openai.types.chat import ChatCompletion

    from bot.llm.guarded import GuardedLLM
    from bot.llm.openai_backend import OpenAIBackend

    answer = ChatCompletion.model_validate(
        {
            "id": "c",
            "object": "chat.completion",
            "created": 0,
            "model": "open-test",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": "Gern, [PERSON_1]."},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
        }
    )

    class Completions:
        async def create(self, **params: object) -> ChatCompletion:
            del params
            return answer

    class Client:
        chat = type("Chat", (), {"completions": Completions()})()

    settings = open_settings()
    guarded = GuardedLLM(OpenAIBackend(Client(), settings, server), settings).bind(
        ModelUse.standalone()
    )
    request = LLMRequest(
        system="System",
        turns=(ChatTurn("user", "Bitte eine kurze Antwort für Frau Müller."),),
        max_tokens=64,
    )
    times: list[float] = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        await guarded.complete(request)
        times.append(time.perf_counter() - started)
    p99 = statistics.quantiles(times, n=100)[98] * 1000
    print(f"openai: layer only      p50 {p50(times):6.2f} ms  p99 {p99:6.2f} ms")


def pseudonymise_note() -> None:
    detect: list[float] = []
    reuse: list[float] = []
    findings = find_personal_data(NOTE)
    for _ in range(30):
        started = time.perf_counter()
        pseudonyms = Pseudonyms()
        masked = pseudonyms.mask(NOTE, find_personal_data(NOTE))
        pseudonyms.restore(masked)
        detect.append(time.perf_counter() - started)
        started = time.perf_counter()
        pseudonyms = Pseudonyms()
        masked = pseudonyms.mask_known(pseudonyms.mask(NOTE, findings))
        pseudonyms.restore(masked)
        reuse.append(time.perf_counter() - started)
    print(f"20k note, detect+mask+restore   p50 {p50(detect):6.2f} ms ({len(findings)} findings)")
    print(f"20k note, engine findings reused p50 {p50(reuse):6.2f} ms")


class Timed:
    def __init__(self) -> None:
        self.first: float | None = None

    def write(self, text: str) -> int:
        if self.first is None and text.strip():
            self.first = time.perf_counter()
        return len(text)

    def flush(self) -> None:
        pass


async def first_text(fake: FakeAnthropic) -> None:
    draft = (
        "Betreff: Einladung\n\nGuten Tag [Nachname],\n\n"
        "bis bald.\n[Name der Beraterin / des Beraters]"
    )
    delays: list[float] = []
    with tempfile.TemporaryDirectory() as directory:
        settings = Settings(data_dir=Path(directory), secret_key=SecretStr("bench"))
        async with open_app(settings, llm=build_llm(fast_settings())) as app:
            services = app.engine.services
            key = services.pseudonymiser.user_key("console", "bench")
            ack = Acknowledgement(services.policy.version, services.clock())
            await app.store.acknowledgements.save(key, ack)
            for _ in range(min(ROUNDS, 100)):
                fake.reset()
                fake.then(Scripted(chunks=(draft[:30], draft[30:]), chunk_delay=0.05))
                out = Timed()
                chat = ConsoleChat(app.host, "bench", out)  # type: ignore[arg-type]
                await chat.send("mail Einladung zum Erstgespräch am 12.03. um 14 Uhr")
                assert out.first is not None
                assert fake.first_delta_sent
                delays.append(out.first - fake.first_delta_sent[0])
    print(f"first token -> console  p50 {p50(delays):6.2f} ms  max {max(delays) * 1000:6.2f} ms")


async def main() -> None:
    logging.disable(logging.WARNING)  # the scripted drafts are rejected; that is not timed
    fake = FakeAnthropic()
    runner = await serve(fake)
    try:
        await call_overhead(fake)
        pseudonymise_note()
        await first_text(fake)
        await openai_call_overhead()
    finally:
        await runner.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
