"""A summary asked for in words, without notes yet, asks for the notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Chat
from pydantic import SecretStr

from bot.config import Settings
from bot.reply import Outcome
from bot.routing.intent import THRESHOLD, OfflineIntentClassifier
from skills.occupation import OccupationSkill
from skills.summary import SummarySkill


@pytest.mark.parametrize(
    "text",
    ["ich brauche eine zusammenfassung", "Kannst du eine Zusammenfassung erstellen?",
     "mach mal ne Zusammenfassung", "I need a summary of my notes"],
)  # fmt: skip
async def test_asking_for_a_summary_asks_for_the_notes(acked_chat: Chat, text: str) -> None:
    reply, _ = await acked_chat.say(text)
    assert reply.skill_id == "summary"
    assert reply.outcome is Outcome.PROMPT
    notes, _ = await acked_chat.say("Kl. möchte Ausbildung zur Floristin. Vereinbart: Praktikum")
    assert notes.skill_id == "summary"
    assert "Anliegen" in str(notes.data["sections"])


def test_a_summary_of_an_occupation_is_no_session_note(tmp_path: Path) -> None:
    text = "Ich brauche eine Zusammenfassung des Berufs Tischler"
    settings = Settings(data_dir=tmp_path, secret_key=SecretStr("test"))
    classifier = OfflineIntentClassifier()
    summary = SummarySkill.create(settings)
    assert classifier.score(text, summary) < THRESHOLD
    assert classifier.score(text, OccupationSkill.create(settings)) >= THRESHOLD


@pytest.mark.parametrize(
    "notes",
    [
        "Kl. (16) möchte Ausbildung als Friseurin.\nPraktikum? ja, 2 Wochen im Salon\n"
        "Vereinbart: Bewerbung bis 15.03.\n\nOffen: Fahrtkosten",
        "Anliegen: Ausbildung zum Tischler\nvereinbart: Praktikum suchen\nTo-do: Lebenslauf",
        # unlabelled: four lines and more on several sections
        "Kl. möchte Ausbildung als Tischler\nhat HSA\nPraktikum in Schreinerei\n"
        "vereinbart Bewerbung schreiben",
        "Kl. 17, Realschule\nmöchte was mit Autos machen\nPraktikum bei Kfz-Werkstatt gemacht\n"
        "Bewerbung bis Ende März",
    ],
)
async def test_labelled_notes_pasted_without_a_command_are_summarised(
    acked_chat: Chat, notes: str
) -> None:
    reply, _ = await acked_chat.say(notes)
    assert reply.skill_id == "summary"  # not a lookup of the occupation they mention


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Einladung an Frau Kaya\nDatum: 03.02.2027, 10 Uhr\nOrt: Raum 5\nThema: Bewerbung",
         "email"),
        ("Einladung Gruppeninfo Pflege\nam 07.06.2027 10-12 Uhr\nAula\nAnmeldung bis 31.05.",
         "email"),
        ("Was macht ein Tischler?\nUnd wie lange dauert die Ausbildung?\nWas verdient man?\n"
         "Danke", "occupation"),
    ],
)  # fmt: skip
async def test_requests_over_several_lines_stay_requests(
    acked_chat: Chat, text: str, skill: str
) -> None:
    reply, _ = await acked_chat.say(text)
    assert reply.skill_id == skill


@pytest.mark.parametrize(
    ("message", "title"),
    [
        (
            "Notiz zum Gespräch heute mit Aylin:\nSie ist in der 10. Klasse. Möchte gern was "
            "mit Kindern machen.\nFasst du das bitte zusammen?",
            "Notiz zum Gespräch heute mit Aylin:",
        ),
        (
            "Notizen Elternabend 9b:\nViele Fragen zu Praktika. Eltern wünschen Infoabend "
            "im März.\nbitte zusammenfassen",
            "Notizen Elternabend 9b:",
        ),
    ],
)
async def test_a_notes_title_typed_first_is_kept_as_typed(
    acked_chat: Chat, message: str, title: str
) -> None:
    # the title's first word is a command word, and came back as "notiz zum Gespräch …"
    reply, shown = await acked_chat.say(message)
    assert reply.skill_id == "summary"
    assert title in shown
