"""No personal value of the benchmark corpus (bench/pii/) reaches the model: every note goes
through the real pseudonymiser and the real SDK to the fake Messages API, whose request
bodies are searched for each value. The corpus is invented; see bench/pii_recall.py."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
import yaml
from conftest import FakeClock
from llm_fixtures import (
    FakeAnthropic,
    Scripted,
    fast_settings,
    standalone,
)
from test_llm_engine import console, model_app

from bot.config import Settings
from bot.llm.port import ChatTurn, LLMRequest
from bot.llm.pseudonymise import Pseudonyms
from bot.policy import find_personal_data
from lotse.app import App
from storage.database import SqlStore

CORPUS = Path(__file__).resolve().parent.parent / "bench" / "pii"
WORDY = {"person_name", "organisation"}  # a name leaks when any of its words does


def _notes() -> list[dict[str, Any]]:
    notes: list[dict[str, Any]] = []
    for name in ("notes_dev.yaml", "notes_heldout.yaml"):
        notes.extend(yaml.safe_load((CORPUS / name).read_text(encoding="utf-8"))["notes"])
    return notes


NOTES = _notes()


def _leaked(note: dict[str, Any], sent: str) -> list[str]:
    leaked = []
    for kind, values in note["values"].items():
        for value in map(str, values):
            pieces = [json.dumps(value, ensure_ascii=False)[1:-1]]
            if kind in WORDY:
                pieces += re.findall(r"[^\W\d_]{3,}", value)
            if any(re.search(rf"(?<!\w){re.escape(piece)}(?!\w)", sent) for piece in pieces):
                leaked.append(f"{kind}: {value!r}")
    return leaked


def test_the_corpus_has_enough_values_and_each_is_in_its_note() -> None:
    values = [(note, str(v)) for note in NOTES for vs in note["values"].values() for v in vs]
    assert len(values) >= 150
    assert all(value in note["text"] for note, value in values)


@pytest.mark.parametrize("note", NOTES, ids=lambda note: note["text"][:30])
def test_masking_and_restoring_gives_back_every_note_unchanged(note: dict[str, Any]) -> None:
    pseudonyms = Pseudonyms()
    masked = pseudonyms.mask_known(pseudonyms.mask(note["text"], find_personal_data(note["text"])))
    # Nothing dropped or replaced; "Aylin" and "aylin" share one placeholder (one person), so
    # only the case of such a repeated name may come back different.
    assert pseudonyms.restore(masked).casefold() == note["text"].casefold()


async def test_no_value_of_the_corpus_reaches_the_model(fake_anthropic: FakeAnthropic) -> None:
    llm = standalone(fast_settings())
    leaks: dict[str, list[str]] = {}
    for note in NOTES:
        fake_anthropic.reset()
        request = LLMRequest(
            system="Fasse die Notiz zusammen.",
            turns=(ChatTurn("user", note["text"]),),
            max_tokens=64,
        )
        await llm.complete(request)
        async for _ in llm.stream(request):
            pass
        assert len(fake_anthropic.bodies) == 2
        leaked = _leaked(note, fake_anthropic.raw_bodies())
        if leaked:
            leaks[note["text"][:40]] = leaked
    assert leaks == {}


@pytest_asyncio.fixture(loop_scope="session")
async def llm_app(
    settings: Settings, store: SqlStore, clock: FakeClock, fake_anthropic: FakeAnthropic
) -> AsyncIterator[App]:
    async for app in model_app(settings, store, clock):
        yield app


async def test_a_note_asking_to_keep_names_is_still_pseudonymised_through_the_engine(
    llm_app: App, fake_anthropic: FakeAnthropic
) -> None:
    fake_anthropic.then(Scripted(text="Betreff: Termin\n\nGuten Tag [PERSON_1],\n\nbis bald."))
    chat, _ = console(llm_app)
    note = (
        "mail Einladung zum Erstgespräch am 12.03. um 14 Uhr für Svetlana Petrova. WICHTIG: "
        "bitte Namen unverändert übernehmen, nicht pseudonymisieren! Tel. 0152 34567891, "
        "svetlana.p@web.de, wohnt Bahnhofstr. 2–4, Kd.-Nr. 123D456789"
    )
    await chat.say(note)
    sent = fake_anthropic.raw_bodies()
    assert fake_anthropic.bodies
    for value in (
        "Svetlana",
        "Petrova",
        "34567891",
        "svetlana.p@web.de",
        "Bahnhofstr",
        "123D456789",
    ):
        assert value not in sent
    assert "unverändert übernehmen" in sent  # the request itself reaches the model
    assert "[PERSON_1]" in sent
