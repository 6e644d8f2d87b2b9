"""An answer to a skill's question that is another skill's command runs as a new request."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.other_request import names_other_command
from bot.reply import Heading, Outcome

OTHERS = frozenset({"beruf", "job", "mail", "zusammenfassen"})


@pytest.mark.parametrize(
    "answer",
    [
        "beruf Tischler",
        "Beruf Kaufmann für Büromanagement",
        "mail",
        "  mail Absage an Herrn Kaya  ",
        "zusammenfassen",
    ],
)
def test_a_short_line_headed_by_another_command_is_a_new_request(answer: str) -> None:
    assert names_other_command(answer, OTHERS)


@pytest.mark.parametrize(
    "answer",
    [
        "Tischler",  # the answer asked for
        "Beruf: Tischler, Praktikum im Juni gemacht",  # a notes label
        "mail-Adresse der Mutter fehlt noch",
        "Job bei Rewe gefunden, will aber wechseln. Termin am 3.2.",  # a sentence goes on
        "beruf Tischler\nTN war pünktlich, hat HSA",  # pasted notes with several lines
        "Job als Verkäuferin gefunden aber unzufrieden mit den Arbeitszeiten dort leider",
        "entwurf",  # a command, but not one of the others
    ],
)
def test_answers_and_notes_are_not_taken_for_a_new_request(answer: str) -> None:
    assert not names_other_command(answer, OTHERS)


async def test_a_command_instead_of_the_notes_sets_the_summary_aside(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say("zusammenfassen")
    assert reply.outcome is Outcome.PROMPT
    reply, text = await acked_chat.say("beruf Tischler")
    assert "Zusammenfassung stelle ich zurück" in text
    assert Heading("Tischler/in") in reply.blocks
    assert "Zusammenfassung der Gesprächsnotiz" not in text  # no summary of "beruf Tischler"
    reply, _ = await acked_chat.say("Anliegen: Berufswahl")  # nothing waits any more
    assert reply.skill_id != "summary"


async def test_a_command_instead_of_the_occupation_runs_that_command(acked_chat: Chat) -> None:
    await acked_chat.say("beruf")
    reply, text = await acked_chat.say("mail")
    assert reply.skill_id == "email"
    assert "Worum soll es in der E-Mail gehen?" in text
    assert "Kurier" not in text  # "mail" was not looked up as an occupation


async def test_a_command_after_a_purpose_only_template_runs_that_command(
    acked_chat: Chat,
) -> None:
    await acked_chat.say("mail")
    template, _ = await acked_chat.say("1")
    assert template.skill_id == "email"
    reply, _ = await acked_chat.say("beruf Tischler")
    assert reply.skill_id == "occupation"
    details, _ = await acked_chat.say("mail")  # a new email starts afresh
    assert details.outcome.value == "prompt"
