"""Occupation questions as counsellors type them, through the whole engine and the console."""

from __future__ import annotations

import pytest
from conftest import Chat, FakeClock

from bot.reply import Heading, Outcome


async def test_everyday_questions_reach_the_lookup_and_answer_the_fact(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say("was macht man als Kfz-ler")
    assert reply.skill_id == "occupation"
    assert Heading("Kraftfahrzeugmechatroniker/in") in reply.blocks

    reply, text = await acked_chat.say("Wie viel verdient eine Friseurin in der Ausbildung?")
    assert Heading("Friseur/in") in reply.blocks
    assert "https://www.bibb.de/" in text

    reply, _ = await acked_chat.say("welche Voraussetzungen braucht man für Erzieherin")
    assert Heading("Erzieher/in") in reply.blocks


async def test_a_requirement_question_in_an_indirect_clause_is_answered_with_the_certificate(
    acked_chat: Chat,
) -> None:
    reply, text = await acked_chat.say(
        "Mich würde interessieren, ob man für Bankkaufmann eigentlich Abitur braucht"
    )
    assert reply.skill_id == "occupation"
    assert Heading("Bankkaufmann/-frau") in reply.blocks
    assert "Üblich ist:" in text
    assert "nachgeschlagen habe ich" not in text  # the question was understood, not cut down

    reply, text = await acked_chat.say(
        "Reicht für Kauffrau im Einzelhandel der Hauptschulabschluss?"
    )
    assert Heading("Kaufmann/-frau im Einzelhandel") in reply.blocks
    assert "Üblich ist:" in text


async def test_a_fact_asked_without_an_occupation_is_asked_back_and_then_answered(
    acked_chat: Chat, clock: FakeClock
) -> None:
    clock.advance(minutes=31)  # the card shown at the acknowledgement is forgotten by now
    reply, text = await acked_chat.say("und wie lange dauert die Ausbildung?")
    assert reply.outcome is Outcome.PROMPT
    assert "Für welchen Beruf" in text
    assert "Meinten Sie" not in text  # no occupation guessed from the question's own words
    reply, text = await acked_chat.say("Tischler")
    assert Heading("Tischler/in") in reply.blocks
    assert "Die Ausbildung dauert" in text.split("Männlich")[0]  # the fact asked leads

    clock.advance(minutes=31)
    reply, text = await acked_chat.say("was verdient man da?")
    assert "Für welchen Beruf" in text
    reply, text = await acked_chat.say("Koch")
    assert Heading("Koch/Köchin") in reply.blocks
    assert "https://www.bibb.de/" in text


async def test_a_need_word_without_an_occupation_is_not_taken_for_a_lookup(
    acked_chat: Chat,
) -> None:
    reply, _ = await acked_chat.say(
        "Wir haben morgen ein Gespräch, brauche ich dafür den Führerschein?"
    )
    assert reply.skill_id != "occupation"


async def test_an_ambiguous_word_answers_the_likeliest_and_offers_commands_for_the_others(
    acked_chat: Chat,
) -> None:
    reply, text = await acked_chat.say("beruf Pfleger")
    assert reply.outcome is Outcome.OK
    assert Heading("Pflegefachmann/-frau") in reply.blocks
    assert "kann mehrere Ausbildungsberufe meinen" in text
    assert "beruf Heilerziehungspfleger/in" in text
    reply, _ = await acked_chat.say("beruf Heilerziehungspfleger/in")
    assert Heading("Heilerziehungspfleger/in") in reply.blocks


async def test_a_spelling_neighbour_is_not_answered(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("beruf Fachpraktiker Küche")
    assert reply.outcome is Outcome.PROMPT
    assert "Meinten Sie" in text
    assert Heading("Fachkraft Küche") not in reply.blocks


@pytest.mark.parametrize(
    ("question", "title"),
    [
        # "die übrigen Angaben Ihrer Frage ändern daran nichts": the certificate was the question
        ("Klient, 16, will Kfz-Mechatroniker werden. Geht das mit Hauptschulabschluss?",
         "Kraftfahrzeugmechatroniker/in"),
        ("Kann man Erzieher auch ohne Abi werden?", "Erzieher/in"),
        ("Ist Zahnmedizin ohne Abi über Umwege möglich?", "Zahnarzt/Zahnärztin"),
    ],
)  # fmt: skip
async def test_whether_a_certificate_is_enough_is_the_requirement_asked(
    acked_chat: Chat, question: str, title: str
) -> None:
    reply, text = await acked_chat.say(question)
    assert Heading(title) in reply.blocks
    assert "Üblich ist:" in text
    assert "nachgeschlagen habe ich" not in text
