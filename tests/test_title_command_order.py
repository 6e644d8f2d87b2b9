"""Notes pasted under a title that is also a command ("Notiz Telefonat …") go where their
closing order sends them; a to-do line in the notes or a prefixed command does not move them."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.routing.closing_order import closing_order
from bot.skill import SkillMeta


@pytest.mark.parametrize(
    "notes",
    [
        "Notiz Telefonat mit Fr. Brandt (Praxis Dr. Lenz), 11.01.: Selin darf am Probetag "
        "am 19.01. um 8 Uhr kommen, Kittel wird gestellt.\nschreib ihr bitte ne kurze mail",
        "Notiz Telefonat Kfz Hoffmann (Hr. Hoffmann), 11.01.: Praktikum von Tarek läuft, "
        "Betrieb will die Praktikumsmappe bis 22.01. sehen. Schreib Herrn Hoffmann ne Mail, "
        "dass sie kommt.",
        "Notizen Beratung 11.01. Hr. Acar: will Fachinformatiker werden, Termin 25.01. 10 Uhr.\n"
        "Bitte Mail an Herrn Acar mit dem Termin",
    ],
)
async def test_notes_that_end_in_a_mail_order_are_drafted(acked_chat: Chat, notes: str) -> None:
    reply, _ = await acked_chat.say(notes)
    assert reply.skill_id == "email"


@pytest.mark.parametrize(
    "notes",
    [
        "notiz\nKl. möchte Ausbildung im Handwerk\nderzeit 10. Klasse\n"
        "- Mail an Frau Berg wegen Praktikum",
        "Notiz Telefonat mit Hr. Brandt, 11.01.: Praktikum läuft gut.\n"
        "Nächste Schritte: Mail an Herrn Brandt wegen Zeugnis",
        "/notiz Telefonat mit Hr. Brandt, 11.01.: Praktikum läuft gut.\nschreib ihm ne mail",
        "Notiz Telefonat mit Hr. Brandt, 11.01.: Praktikum läuft gut, Zeugnis fehlt noch.\n"
        "kannst du das zusammenfassen?",
    ],
)
async def test_a_to_do_line_or_a_prefixed_command_stays_with_the_notes(
    acked_chat: Chat, notes: str
) -> None:
    reply, _ = await acked_chat.say(notes)
    assert reply.skill_id == "summary"


def test_the_closing_order_is_the_last_sentence_to_the_assistant() -> None:
    assert closing_order("Notiz: Praktikum läuft. schreib ihm ne mail") == "schreib ihm ne mail"
    order = "bitte kurze Mail an ihn"
    assert closing_order(f"Notiz mit Hr. Lenz.\n{order}") == order
    assert closing_order("Notiz mit Hr. Lenz: Praktikum läuft gut.") == ""
    assert closing_order("schreib ihm ne mail") == ""  # the request itself, no material


def test_title_commands_must_be_commands() -> None:
    with pytest.raises(ValueError, match="title commands"):
        SkillMeta(
            id="notes", name_de="N", name_en="N", description_de="d", description_en="d",
            commands=("notiz",), examples_de=("notiz",), examples_en=("note",),
            title_commands=("protokoll",),
        )  # fmt: skip


async def test_notes_ordering_a_mail_with_the_next_appointment_confirm_it(
    acked_chat: Chat,
) -> None:
    reply, text = await acked_chat.say(
        "Notiz Beratung 11.01. Hr. Okoro: will Mechatroniker werden, Praktikum läuft. "
        "Nächster Termin 02.02. 14:30.\nbitte kurze Mail an Herrn Okoro mit dem Termin"
    )
    assert reply.skill_id == "email"
    assert reply.data["purpose"] == "confirmation"
    assert "Dienstag, 2. Februar 2027" in text
