"""Questions counsellors pass on for a client that were "nicht verstanden": training with a
disability or health condition (Nachteilsausgleich, Fachpraktiker, rehabilitation) gets its
reviewed answer, also beside an occupation named; a question reported as "möchte wissen, ob …"
reaches the topic it asks about; "anerkannt" after the qualification recognised and an age
limit for a retraining are read. A verdict on a named person stays refused."""

from __future__ import annotations

import pytest
from conftest import Chat
from topic_support import answered_as, asked_without_a_card, topic_answer

from bot.reply import Outcome


@pytest.mark.parametrize(
    ("question", "topic", "language", "said"),
    [
        ("Geht eine Lehre mit Diabetes?", "training_with_disability", "de", "§ 64 BBiG"),
        (
            "Kann man trotz Autismus eine Ausbildung zur Bürokauffrau machen?",
            "training_with_disability",
            "de",
            "Nachteilsausgleich",
        ),
        ("wer beantragt den nachteilsausgleich", "training_with_disability", "de", "Kammer"),
        (
            "is an apprenticeship possible with dyslexia?",
            "training_with_disability",
            "en",
            "section 65",
        ),
        (
            "Klientin will wissen, ob ihr syrisches Diplom anerkannt wird.",
            "recognition",
            "de",
            "Anerkennungs",
        ),
        (
            "Die Mutter von Aylin möchte gern wissen, was ein Nachteilsausgleich ist.",
            "training_with_disability",
            "de",
            "§ 65 BBiG",
        ),
        ("Hat eine Umschulung eine Altersgrenze?", "late_start", "de", "Höchstalter"),
    ],
)
async def test_a_passed_on_question_gets_its_reviewed_answer(
    acked_chat: Chat, question: str, topic: str, language: str, said: str
) -> None:
    reply, shown = await asked_without_a_card(acked_chat, question)
    assert answered_as(reply) == topic_answer(topic, language)
    assert said in shown


async def test_a_verdict_on_a_person_with_a_condition_stays_refused(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say("Packt Jannis mit seinem ADHS die Ausbildung zum Koch?")
    assert reply.outcome is Outcome.REFUSED
