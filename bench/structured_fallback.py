"""How often each skill falls back to its offline result when an open model slips out of the
agreed form: the scripted deviations of ``tests/open_model_outputs.py`` (what small open
models do: code fences, a sentence before, bold or numbered headings, reasoning tags, JSON
instead of text; and answers no repair can save) through the whole engine, on the openai
provider against the fake OpenAI-compatible server, with and without the repairs of
``bot.llm.structured``.

Run: `.venv/bin/python bench/structured_fallback.py`
"""

from __future__ import annotations

import asyncio
import io
import logging
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from unittest import mock

from pydantic import SecretStr

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere
from adapters.console import ConsoleChat
from bot.config import Settings
from bot.llm.factory import build_llm
from bot.llm.openai_settings import OpenAISettings
from bot.ports import Acknowledgement
from bot.reply import Reply as LotseReply
from lotse.app import App, open_app
from lotse_testing.open_model_outputs import (
    EMAIL_DEVIATIONS,
    MODEL_SENTENCE,
    SUMMARY_DEVIATIONS,
    Deviation,
    good_draft,
    good_outline,
    user_text,
)
from lotse_testing.openai_server import (
    FakeOpenAI,
    Reply,
    open_settings,
    start_fake_openai,
)
from skills.summary.llm_summariser import parse_sections
from skills.summary.model import Section

HEADING_LABELS = {Section.CONCERN: "Anliegen", Section.DISCUSSED: "Besprochene Inhalte"}

# Counsellor requests (the drafts are rewrites of the template the drafter sends).
EMAILS = (
    "mail Einladung zum Gespräch am 14.01. um 9:30 für Hr. Kowalski, Zeugnisse mitbringen",
    "mail absage termin morgen 10 uhr, fr. yilmaz ist krank, neuer termin folgt",
    "mail Erinnerung an Frau Becker: Unterlagen bis 31.01. einreichen (Lebenslauf, Zeugnis)",
)
NOTES = (
    "zusammenfassen\nKl. (17) möchte Ausbildung im IT-Bereich\n- Praktikum bei Stadtwerken gut"
    "\n- Lebenslauf fehlt noch\n- Mathe macht Sorgen",
    "zusammenfassen\nTN sucht Umschulung, bisher Lager\n- Rücken macht Probleme\n"
    "- Interesse an Büro\n- Vereinbart: Beratung Reha-Team",
    "zusammenfassen\nAnliegen: Studienabbruch, was nun?\n- 4 Semester Informatik\n"
    "- gern praktisch\n- nächster Schritt: Infotag FIAE",
)


def drafts(deviation: Deviation) -> Reply:
    return Reply(text_from=lambda body: deviation.change(good_draft(user_text(body))))


def outlines(deviation: Deviation) -> Reply:
    return Reply(text_from=lambda body: deviation.change(good_outline(user_text(body))))


def model_email(text: str, answer: LotseReply) -> bool:
    """The model's draft was used: it carries the sentence only the model writes."""
    del text
    return MODEL_SENTENCE in str(answer.data.get("body", ""))


def model_summary(text: str, answer: LotseReply) -> bool:
    """The model's sorting was used (no fallback note), each note under the section the model
    chose (the offline sorting can coincide with it)."""
    if "nicht verwendbar" in str(answer.blocks):
        return False
    outline = parse_sections(good_outline(text.partition("\n")[2]))
    sections = answer.data.get("sections", {})
    return all(
        sections.get(HEADING_LABELS[section]) == [item.text for item in items]
        for section, items in outline.items()
    )


async def turn(app: App, fake: FakeOpenAI, reply: Reply, text: str) -> LotseReply:
    fake.reset()
    fake.then(reply)
    return await ConsoleChat(app.host, "bench", io.StringIO()).send(text)


async def run(
    app: App,
    fake: FakeOpenAI,
    inputs: tuple[str, ...],
    deviations: tuple[Deviation, ...],
    script: Callable[[Deviation], Reply],
    used: Callable[[str, LotseReply], bool],
) -> dict[str, tuple[int, int]]:
    """Per deviation: (model answers used, cases)."""
    counts: dict[str, tuple[int, int]] = {}
    for deviation in deviations:
        hits = 0
        for text in inputs:
            answer = await turn(app, fake, script(deviation), text)
            hits += used(text, answer)
        counts[deviation.name] = (hits, len(inputs))
    return counts


def identity(text: str, *args: object, **kwargs: object) -> str:
    del args, kwargs
    return text


async def main() -> None:
    logging.disable(logging.WARNING)
    fake = FakeOpenAI()
    runner = await start_fake_openai(fake)
    server = OpenAISettings(base_url=fake.url, model="open-test")
    results: dict[str, dict[str, dict[str, tuple[int, int]]]] = {}
    try:
        with tempfile.TemporaryDirectory() as directory:
            settings = Settings(data_dir=Path(directory), secret_key=SecretStr("bench"))
            async with open_app(settings, llm=build_llm(open_settings(), server)) as app:
                services = app.engine.services
                key = services.pseudonymiser.user_key("console", "bench")
                ack = Acknowledgement(services.policy.version, services.clock())
                await app.store.acknowledgements.save(key, ack)
                for label, patched in (("with repairs", False), ("without repairs", True)):
                    with (
                        mock.patch("skills.email.llm_drafter.repair_subject_form", identity)
                        if patched
                        else mock.patch.dict({}),
                        mock.patch("skills.summary.llm_summariser.repair_headings", identity)
                        if patched
                        else mock.patch.dict({}),
                    ):
                        results[label] = {
                            "email": await run(
                                app, fake, EMAILS, EMAIL_DEVIATIONS, drafts, model_email
                            ),
                            "summary": await run(
                                app, fake, NOTES, SUMMARY_DEVIATIONS, outlines, model_summary
                            ),
                        }
    finally:
        await runner.cleanup()
    report(results)


def report(results: dict[str, dict[str, dict[str, tuple[int, int]]]]) -> None:
    deviations = {"email": EMAIL_DEVIATIONS, "summary": SUMMARY_DEVIATIONS}
    print("| skill | model answer | usable? | model used, without repairs | with repairs |")
    print("|---|---|---|---:|---:|")
    for skill, items in deviations.items():
        for deviation in items:
            before = results["without repairs"][skill][deviation.name]
            after = results["with repairs"][skill][deviation.name]
            usable = "yes" if deviation.usable else "no"
            print(
                f"| {skill} | {deviation.name} | {usable} | {before[0]}/{before[1]} "
                f"| {after[0]}/{after[1]} |"
            )
    print()
    print("| skill | answers | fall back without repairs | fall back with repairs |")
    print("|---|---:|---:|---:|")
    for skill, items in deviations.items():
        total = sum(results["with repairs"][skill][d.name][1] for d in items)
        for label in ("without repairs", "with repairs"):
            fallbacks = sum(n - hits for hits, n in results[label][skill].values())
            results[label][skill]["_"] = (fallbacks, total)
        before = results["without repairs"][skill]["_"]
        after = results["with repairs"][skill]["_"]
        print(
            f"| {skill} | {total} | {before[0]} ({before[0] / total:.0%}) "
            f"| {after[0]} ({after[0] / total:.0%}) |"
        )


if __name__ == "__main__":
    asyncio.run(main())
