"""Training asked of an employer ("Ausbildung bei der Stadt Hamm") is answered with what the
catalogue cannot say and where to look; "Ausbildung <word>" is answered, found or not."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.reply import Outcome
from skills.occupation.employer import employer_asked


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Ausbildung bei der Stadt Hamm", "Stadt Hamm"),
        ("Ausbildung beim Zoll", "Zoll"),
        ("Lehrstelle bei Aldi?", "Aldi"),
        ("Was für Ausbildungen bietet die Bundeswehr an?", "Bundeswehr"),
        ("Welche Ausbildungen gibt es bei der Sparkasse Hamm?", "Sparkasse Hamm"),
        ("apprenticeship at Siemens", "Siemens"),
    ],
)
def test_an_employer_asked_about_is_read(text: str, who: str) -> None:
    assert employer_asked(text) == who


@pytest.mark.parametrize(
    "text", ["Ausbildung zum Tischler", "Ausbildung im Handwerk", "beruf Koch", "Ausbildung"]
)
def test_other_training_questions_name_no_employer(text: str) -> None:
    assert employer_asked(text) is None


async def test_an_employer_gets_where_to_look_not_an_occupation(acked_chat: Chat) -> None:
    reply, shown = await acked_chat.say("Ausbildung bei der Stadt Hamm")
    assert reply.skill_id == "occupation"
    assert "„Stadt Hamm“ ist ein Arbeitgeber" in shown
    assert "arbeitsagentur.de/jobsuche/" in shown


async def test_an_employer_that_is_an_everyday_occupation_word_is_looked_up(
    acked_chat: Chat,
) -> None:
    reply, shown = await acked_chat.say("Ausbildung bei der Polizei")
    assert reply.skill_id == "occupation"
    assert "Polizeikommissar/in" in shown


async def test_training_and_an_unknown_word_is_answered_not_misunderstood(
    acked_chat: Chat,
) -> None:
    reply, shown = await acked_chat.say("Ausbildung Zoll")
    assert reply.skill_id == "occupation"
    assert reply.outcome is Outcome.UNKNOWN
    assert "Zu „Zoll“ habe ich im Katalog keinen Beruf gefunden" in shown
    assert "nicht verstanden" not in shown
