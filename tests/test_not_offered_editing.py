"""Reworking a text the counsellor has (shortening a job ad, rephrasing, proofreading, plain
language) is said plainly as work Lotse does not do: it was "nicht verstanden", a mail draft of
the pasted text, the card on shortening a training ("can you shorten this text?") or, for
"kürzen", an Art. 22 refusal. A mail that names such work, and the email skill's own changes to
its draft, keep their answers."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.routing.not_offered import not_offered


@pytest.mark.parametrize(
    "text",
    [
        "Ich kopier dir die Stellenanzeige rein, kannst du sie kürzen?",
        'Kannst du den Text freundlicher formulieren? "Sie haben den Termin verpasst."',
        "Lies mal Korrektur: Sehr geehrte Damen und Herren, hiermit bewerbe ich mich",
        "Formulier das bitte um: Die Maßnahme ist voll.",
        "kürz mir das bitte auf 3 Sätze",
        "Kannst du meinen Text verbessern?",
        "Mach den Text einfacher, in leichter Sprache",
        "Kannst du den Elternbrief in leichte Sprache bringen?",
        "Rechtschreibung prüfen bitte: Liebe Eltern, am Freitag ist Elternsprechtag",
        "can you shorten this text for me?",
        "please proofread this flyer",
    ],
)
async def test_reworking_a_text_gets_the_plain_answer(acked_chat: Chat, text: str) -> None:
    reply, shown = await acked_chat.say(text)
    assert reply.skill_id == "not_offered"
    assert "überarbeite ich nicht" in shown or "do not rework" in shown


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("Schreib Tim, dass er den Text für die Schülerzeitung bis Freitag kürzen soll", "email"),
        ("Wie kann man eine Ausbildung verkürzen?", "occupation"),
        ("mail Erinnerung an Lea: bitte den Lebenslauf bis Freitag überarbeiten", "email"),
    ],
)
async def test_a_request_that_only_names_such_work_keeps_its_skill(
    acked_chat: Chat, text: str, skill_id: str
) -> None:
    reply, _ = await acked_chat.say(text)
    assert reply.skill_id == skill_id


async def test_right_after_a_draft_the_answer_says_the_draft_is_not_kept(acked_chat: Chat) -> None:
    draft, _ = await acked_chat.say("mail Einladung an Tim zum Gespräch am 12.03. um 10 Uhr")
    assert draft.skill_id == "email"
    reply, shown = await acked_chat.say("Formulier das bitte um")
    assert reply.skill_id == "not_offered"
    assert "Den Entwurf von eben" in shown


def test_benefits_cut_and_a_training_shortened_are_no_text_work() -> None:
    assert not_offered("Kann das Jobcenter die Leistungen kürzen, wenn er nicht kommt?") is None
    assert not_offered("Kann man die Ausbildung kürzen?") is None
