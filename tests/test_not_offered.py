"""Work Lotse does not do is said plainly, never answered as another question."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Chat

from bot.reply import Outcome
from bot.routing.not_offered import KINDS, not_offered
from bot.routing.topic_table import first_line, load_topics


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("kannst du mir helfen eine bewerbung zu schreiben", "application"),
        ("Schreib mir einen Lebenslauf für Tim", "application"),
        ("kannst du auch Bewerbungen schreiben?", "application"),  # plural: "nicht verstanden"
        ("Kannst du Lebensläufe erstellen?", "application"),
        ("Kannst du ein Anschreiben für eine Ausbildung als Koch formulieren?", "application"),
        ("hilf mir bitte bei der Bewerbung", "application"),
        ("help me write a cover letter", "application"),
        # asked as a noun, or to check what is written
        ("Ich brauche Hilfe bei einem Bewerbungsanschreiben für eine Klientin", "application"),
        ("Hilfe mit dem Lebenslauf bitte", "application"),
        ("Kannst du einen Lebenslauf prüfen?", "application"),
        ("könnten Sie meinen Lebenslauf durchsehen?", "application"),
        ("prüf bitte das Anschreiben von Frau Kaya", "application"),
        ("could you proofread a cover letter for my client?", "application"),
        ("übersetz das bitte ins Türkische: Ihr Termin ist am Montag", "translation"),
        ("can you translate this into Arabic?", "translation"),
        ("kannst du Termine in meinen Kalender eintragen?", "calendar"),
        ("erinner mich morgen an Tim", "calendar"),
        ("Kannst du Termine vereinbaren?", "calendar"),
        ("can you book an appointment with the job centre for me?", "calendar"),
        ("Kannst du mir einen Bewerbungsbrief für meinen Klienten schreiben?", "application"),
        ("Kannst du auf Türkisch antworten?", "language"),
        ("please answer in Ukrainian", "language"),
        ("Schreib Herrn Öztürk per Mail auf Türkisch", "language"),
        (
            "Ich habe gleich ein Beratungsgespräch mit einer Schülerin, die nicht weiß, was sie "
            "werden will. Hast du Tipps?",
            "method",
        ),
        ("Welche Fragen kann ich im Erstgespräch stellen?", "method"),
        ("Wie führe ich ein gutes Beratungsgespräch?", "method"),
        ("any tips for a first counselling session?", "method"),
    ],
)
def test_work_lotse_does_not_do_is_recognised(text: str, kind: str) -> None:
    assert not_offered(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Schreib Tim, dass er seine Bewerbung bis Freitag schicken soll",  # an email
        "Einladung zum Bewerbungstraining an Tim",
        "Bitte Tim schreiben, dass er den Lebenslauf machen soll",
        "Erinnerung an Frau Kaya: Lebenslauf mitbringen",
        "erinnere Frau Kaya an den Termin",
        "Welche Unterlagen braucht man für eine Bewerbung?",
        "Einladung zum Workshop Hilfe bei der Bewerbung am 3.3.",  # an invitation's title
        "Kannst du Tim schreiben, dass er den Lebenslauf prüfen soll",
        "Checkliste für die Bewerbung",
        "Kannst du mir sagen, was in einen Lebenslauf gehört?",
        "was macht ein Übersetzer",  # an occupation
        "Übersetzer/in Ausbildung",
        "Seine Zeugnisse sind auf Arabisch. Wer übersetzt die?",  # a question, not an order
        "Kl. spricht fließend Türkisch und Deutsch",
        "Einladung zum Erstgespräch am 12.03. um 14 Uhr, bitte Fragen vorher notieren",
        "Was ist ein Beratungsgespräch bei der Agentur für Arbeit?",
        "zusammenfassen: Erstgespräch, Fragen zur Ausbildung geklärt",
    ],
)
def test_requests_lotse_does_serve_are_not_taken(text: str) -> None:
    assert not_offered(text) is None


async def test_the_reply_says_so_and_what_lotse_can_do(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say(
        "Kannst du ein Anschreiben für eine Ausbildung als Koch formulieren?"
    )
    assert reply.outcome is Outcome.OK
    assert "schreibe und prüfe ich nicht" in text
    assert "`mail" in text
    assert "Koch/Köchin" not in text  # no occupation card for a request to write
    mail, _ = await acked_chat.say("mail Bewerbungsmappe bis Freitag mitbringen, an Tim")
    assert mail.skill_id == "email"  # a command word goes to its skill as typed


def test_a_misspelt_kind_in_the_table_is_refused(tmp_path: Path) -> None:
    table = tmp_path / "table.yaml"
    table.write_text("translaton:\n  - 'x'\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown topics"):
        load_topics(table, KINDS)


def test_only_the_first_line_of_a_short_message_is_read() -> None:
    assert first_line("  Übersetz das bitte\nNotizen …", 300) == "Übersetz das bitte"
    assert first_line("Übersetz das bitte " + "x" * 400, 300) is None
    assert not_offered("Notizen vom Gespräch\nübersetz das bitte") is None
