"""Pseudonymisation on the OpenAI-compatible provider: the personal values of a corpus of
counsellor messages never reach the server (routing, drafts, summaries, streaming), and the
counsellor gets the real values back."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from conftest import Chat, FakeClock
from openai_fixtures import (
    FakeOpenAI,
    Reply,
    open_llm,
)

from adapters.console import ConsoleChat
from bot.config import Settings
from bot.ports import Acknowledgement
from lotse.app import App, open_app
from lotse_testing.open_model_outputs import good_outline, user_text
from storage.database import SqlStore

# (message, the personal values in it), as counsellors write: du and Sie, abbreviations,
# no capitals, English, signatures, pasted numbers.
CORPUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Fr. Yilmaz hat angerufen, Termin muss verschoben werden, "
        "Mail an a.yilmaz@web.de, Rückruf 0176 98765432",
        ("Yilmaz", "a.yilmaz@web.de", "0176 98765432", "98765432"),
    ),
    (
        "kannst du was für Herrn Kowalski aufschreiben? tel 0221/4455667, geb. 14.02.2008",
        ("Kowalski", "0221/4455667", "4455667", "14.02.2008"),
    ),
    (
        "TN wohnt Bahnhofstr. 12, 50667 Köln, IBAN DE89 3704 0044 0532 0130 00 "
        "für die Fahrtkosten",
        ("Bahnhofstr. 12", "DE89 3704 0044 0532 0130 00", "3704 0044"),
    ),
    (
        "pls note: Mr. O'Brien called, phone +49 211 1234567, email obrien@example.com",
        ("O'Brien", "+49 211 1234567", "1234567", "obrien@example.com"),
    ),
    (
        "Mutter Frau Schneider-Özdemir rief an, erreichbar unter 0151-23456789 ab 16 Uhr",
        ("Schneider-Özdemir", "Özdemir", "0151-23456789", "23456789"),
    ),
    (
        "Vereinbart: Lebenslauf schicken\nLiebe Grüße\nMaria Hoffmann\nBeratungsteam",
        ("Maria Hoffmann", "Hoffmann"),
    ),
    (
        "für den Antrag: SV-Nr. 65 170839 J 003, Steuer-ID 86095742719",
        ("65 170839 J 003", "170839", "86095742719"),
    ),
)


@pytest_asyncio.fixture(loop_scope="session")
async def lotse(
    settings: Settings, store: SqlStore, clock: FakeClock, fake_openai: FakeOpenAI
) -> AsyncIterator[App]:
    async with open_app(settings, clock=clock, store=store, llm=open_llm()) as app:
        services = app.engine.services
        key = services.pseudonymiser.user_key("console", "anna")
        ack = Acknowledgement(services.policy.version, clock.now)
        await app.store.acknowledgements.save(key, ack)
        yield app


def chat(app: App) -> Chat:
    import io

    output = io.StringIO()
    return Chat(ConsoleChat(app.host, "anna", output), output, app, "anna")


def echo_outline() -> Reply:
    """A model that sorts exactly what it received (placeholders included)."""
    return Reply(text_from=lambda body: good_outline(user_text(body)))


@pytest.mark.parametrize(("message", "values"), CORPUS, ids=[c[1][0] for c in CORPUS])
async def test_no_personal_value_reaches_the_server_and_all_come_back(
    lotse: App, fake_openai: FakeOpenAI, message: str, values: tuple[str, ...]
) -> None:
    fake_openai.then(echo_outline())
    reply, _ = await chat(lotse).say(f"zusammenfassen\n{message}\n- nächster Schritt: Praktikum")
    sent = fake_openai.raw_bodies()
    assert fake_openai.bodies, "the model was asked"
    assert [value for value in values if value in sent] == []
    shown = str(reply.data["sections"])
    assert "[PERSON_" not in shown
    assert "[TELEFON_" not in shown
    assert values[0] in shown  # restored for the counsellor


async def test_free_text_is_pseudonymised_before_routing(
    lotse: App, fake_openai: FakeOpenAI
) -> None:
    fake_openai.then(Reply(tool=("keine_passende_faehigkeit", {})))
    message = "Hr. Kowalski (0221/4455667) fragt, ob du ihm heute noch antworten kannst"
    await chat(lotse).say(message)
    route = fake_openai.bodies[0]
    assert route["tools"]
    sent = fake_openai.raw_bodies()
    assert "Kowalski" not in sent
    assert "4455667" not in sent


async def test_a_bare_full_name_is_pseudonymised(lotse: App, fake_openai: FakeOpenAI) -> None:
    fake_openai.then(echo_outline())
    await chat(lotse).say("zusammenfassen\nTN Jonas Becker möchte Ausbildung\n- Praktikum")
    assert "Becker" not in fake_openai.raw_bodies()
