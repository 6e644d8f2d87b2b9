"""A refused judgement offers the information instead: a lookup that works, of the occupation
the request named when it named one."""

from __future__ import annotations

import pytest
from conftest import Chat, FakeClock

from bot.reply import Actions, Heading, Outcome


def offered(blocks: tuple[object, ...]) -> list[str]:
    return [a.command for b in blocks if isinstance(b, Actions) for a in b.items]


@pytest.mark.parametrize(
    ("request_text", "command", "title"),
    [
        ("Ist mein Klient geeignet für eine Ausbildung als Kfz-Mechatroniker?",
         "beruf Kfz-Mechatroniker", "Kraftfahrzeugmechatroniker/in"),
        ("Schätz bitte ein, ob Tim (15) die Ausbildung zum Elektroniker schaffen kann",
         "beruf Elektroniker", "Elektroniker/in"),
        ("Hat Lena das Zeug zur Erzieherin?", "beruf Erzieherin", "Erzieher/in"),
        ("Ist Tim als Koch geeignet?", "beruf Koch", "Koch/Köchin"),
        # Nothing named: the occupation talked about last (the acknowledgement showed its card)
        ("Schafft Tim die Ausbildung?", "beruf Tischler/in", "Tischler/in"),
        ("Wer ist besser, Anna oder Ben?", "beruf Tischler/in", "Tischler/in"),
    ],
)  # fmt: skip
async def test_the_offered_lookup_answers(
    acked_chat: Chat, request_text: str, command: str, title: str
) -> None:
    refusal, text = await acked_chat.say(request_text)
    assert refusal.outcome is Outcome.REFUSED
    assert f"`{command}`" in text
    assert offered(refusal.blocks) == [command]
    card, _ = await acked_chat.say(command)
    assert card.outcome is Outcome.OK
    headings = [b.text for b in card.blocks if isinstance(b, Heading)]
    assert headings
    assert headings[0].startswith(title)


async def test_with_nothing_named_or_talked_about_an_example_is_offered(
    acked_chat: Chat, clock: FakeClock
) -> None:
    clock.advance(minutes=31)  # the card shown at the acknowledgement is forgotten
    refusal, _ = await acked_chat.say("Schafft Tim die Ausbildung?")
    assert offered(refusal.blocks) == ["beruf Tischler"]


@pytest.mark.parametrize(
    ("request_text", "command"),
    [
        ("Is Ben suited for an apprenticeship as a carpenter?", "occupation carpenter"),
        ("Would Sarah make a good nurse?", "occupation nurse"),
    ],
)
async def test_an_english_refusal_offers_an_english_command(
    acked_chat: Chat, request_text: str, command: str
) -> None:
    refusal, _ = await acked_chat.say(request_text)
    assert refusal.outcome is Outcome.REFUSED
    assert offered(refusal.blocks) == [command]
    card, _ = await acked_chat.say(command)
    assert card.outcome is Outcome.OK
    assert any(isinstance(b, Heading) for b in card.blocks)


@pytest.mark.parametrize(
    ("request_text", "command"),
    [
        ("is der Kevin überhaupt geignet für n job im lager?", "Ausbildungen im Bereich lager"),
        ("Taugt Herr Sommer für eine Tätigkeit im Kundenservice?",
         "Ausbildungen im Bereich Kundenservice"),
        ("Is Mason suited for a career in logistics?", "apprenticeships in logistics"),
    ],
)  # fmt: skip
async def test_work_in_a_field_offers_that_fields_list(
    acked_chat: Chat, request_text: str, command: str
) -> None:
    refusal, text = await acked_chat.say(request_text)
    assert refusal.outcome is Outcome.REFUSED
    assert offered(refusal.blocks) == [command]
    assert "Tischler" not in text
    assert "carpenter" not in text
    listing, _ = await acked_chat.say(command)
    assert listing.outcome is Outcome.OK
    titles = [b for b in listing.blocks if isinstance(b, Heading)]
    assert titles
