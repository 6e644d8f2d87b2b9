"""Email requests typed as notes, with no cue: their shape routes them, or asks first."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.reply import Actions, Outcome
from bot.routing.intent import THRESHOLD, OfflineIntentClassifier
from skills.email import EmailSkill
from skills.email.shape import Certainty, certainty


@pytest.mark.parametrize(
    "text",
    [
        # someone, when and where or what to bring, no verb and no purpose asked for
        "Hr. Demir Mo 25.1. 9:00 Zi. 204, Bewerbungsmappe mitbr.",
        "fr. osman donnerstag 13 uhr raum 0.12 – ausweis",
        "Ms Novak, Wed 20 Jan 3pm, office 2.11, bring your CV",
        # a confirmation or a cancellation written as a statement
        "Gespräch mit Herrn Yıldırım am 28.01.2027 um 14 Uhr ist bestätigt",
        "Mr. Osei – appointment on Friday 22 Jan cancelled, new date follows",
        # a deadline, missing documents, a group, a pupil with a class
        "Frau Roth – Anmeldefrist Sprachkurs 12.02.2027",
        "hr. nowicki noch fehlend: Lebenslauf und Meldebescheinigung bis ende januar",
        "alle Teilnehmenden: Kurs am 21.01. entfällt, nächster Termin 28.01.",
        "an alle TN der Gruppe Jobfit: Treffen am Mi 3.2. fällt aus, Ersatz Fr 5.2. Raum 12",
        # a group after "bitte"
        "bitte an alle Teilnehmenden vom Sprachcafé: Treffen am 9.2. entfällt, weiter am 16.2.",
        "tim berger 9c → praktikumsbeginn mo 1.2. 7:30 bei Malerbetrieb Stein",
        # a first name after "an"
        "an lina: fr 22.1. 10 uhr termin bei mir, zeugnis mitbringen",
    ],
)
def test_a_note_shaped_like_an_email_is_routed_to_the_email_skill(text: str) -> None:
    assert certainty(text) is Certainty.SURE
    assert OfflineIntentClassifier().score(text, EmailSkill()) >= THRESHOLD


@pytest.mark.parametrize(
    "text",
    [
        # the counsellor's own to-do or diary, with a date but nobody to write to
        "Di 19.1. 10 Uhr Teamsitzung, Quartalsbericht fertig machen",
        "Do 21.01. 10 Uhr Fortbildung in Dortmund, Laptop mitnehmen",
        "morgen 9 Uhr Raum 3 Supervision",
        # questions, about opening hours or an occupation
        "Wann hat die Agentur für Arbeit Hamm am Freitag geöffnet?",
        "Öffnungszeiten BIZ am Samstag",
        "Hat Frau Kaya am 20.01. um 10 Uhr schon einen Termin?",
        "was verdient man als Friseurin in der Ausbildung",
        # notes about a client without any request
        "Frau Yilmaz wirkt motiviert, hat 3 Bewerbungen geschrieben",
        "Herr Demir war heute da, sehr nett",
        "Frau Kaya, 17, möchte Friseurin werden, Realschulabschluss 2026",
        # notes with section labels are for the summary
        "Anliegen: Termin mit Frau Berg 20.01. 10 Uhr\nvereinbart: Lebenslauf mitbringen",
    ],
)
def test_to_dos_questions_and_client_notes_are_not_emails(text: str) -> None:
    assert certainty(text) is not Certainty.SURE
    assert OfflineIntentClassifier().score(text, EmailSkill()) < THRESHOLD
    assert EmailSkill().guess(text, "de") is None


@pytest.mark.parametrize(
    "text",
    [
        "Urlaub – 22.01. bis 29.01., Vertretung Herr Klein",  # someone and a date, no purpose
        "Frau Lorenz wegen Termin",  # someone and a purpose, no fact
        "Hr. Kowalski hat den Termin am 20.01.2027 abgesagt",  # a report of what he did
    ],
)
def test_too_little_to_be_sure_is_a_guess_not_a_draft(text: str) -> None:
    assert certainty(text) is Certainty.LIKELY
    assert OfflineIntentClassifier().score(text, EmailSkill()) < THRESHOLD
    guess = EmailSkill().guess(text, "de")
    assert guess is not None
    assert guess.question.startswith("Meinten Sie eine E-Mail an ")
    assert guess.command == f"mail {text}"


async def test_a_likely_email_is_asked_about_with_the_email_command_first(
    acked_chat: Chat,
) -> None:
    reply, text = await acked_chat.say("Frau Lorenz wegen Termin")
    assert reply.outcome is Outcome.PROMPT
    assert "Meinten Sie eine E-Mail an Frau Lorenz?" in text
    assert "nicht verstanden" not in text
    actions = [b for b in reply.blocks if isinstance(b, Actions)]
    assert actions[0].items[0].command == "mail Frau Lorenz wegen Termin"
    assert len(actions[0].items) <= 3


async def test_a_sure_one_is_drafted(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("Hr. Demir Mo 25.1. 9:00 Zi. 204, Bewerbungsmappe mitbr.")
    assert reply.skill_id == "email"
    assert "Demir" in text
    assert "Bewerbungsmappe" in text
