"""A change to the draft just shown ("bitte per du", "und Raum 2.14") is told how to get it:
the request is not kept after the answer, so it is to be sent again with the change. Never
"not understood", never a new draft from the change alone; other requests run as before."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.reply import Outcome
from skills.email.revision import is_revision, revision_text, without_again

DRAFT = "mail Einladung an Frau Berger am 20.01. um 10 Uhr"


@pytest.mark.parametrize(
    "change",
    [
        "bitte per du",
        "und Raum 2.14",
        "Termin ist am Freitag um 14 Uhr",
        "lieber um 11 statt um 10",
        "bitte noch Lebenslauf mitbringen",
        "kannst du das per du schreiben?",
        "make it informal",
    ],
)
def test_a_change_to_a_draft_is_read_as_one(change: str) -> None:
    assert is_revision(change, "invitation")


@pytest.mark.parametrize(
    "other",
    [
        "Absage an Herrn Kurz, Termin morgen 9 Uhr",  # another email, its purpose named
        "Erinnerung an Jonas am Freitag um 14 Uhr",
        "Welche Ausbildungen gibt es am Montag im BIZ?",  # a question of its own
        "Kl. kam pünktlich, Termin morgen 10 Uhr vereinbart",  # notes
        "danke",  # nothing a draft holds
        "Herr Kaya Freitag 10 Uhr Raum 2.14",  # whom to write to: a request anew
        "an Herrn Kaya am Freitag um 10",
    ],
)
def test_other_messages_are_no_change_to_a_draft(other: str) -> None:
    assert not is_revision(other, "invitation")


async def test_a_change_after_a_draft_is_told_how_to_get_it(acked_chat: Chat) -> None:
    first, _ = await acked_chat.say(DRAFT)
    assert first.skill_id == "email"
    reply, shown = await acked_chat.say("bitte per du")
    assert reply.skill_id == "email"
    assert reply.outcome is Outcome.PROMPT
    assert "noch einmal" in shown
    assert "nicht verstanden" not in shown
    # still so for a second change in a row
    reply, _ = await acked_chat.say("und Raum 2.14")
    assert reply.skill_id == "email"
    assert reply.outcome is Outcome.PROMPT


async def test_without_a_draft_before_a_change_is_not_taken_for_one(acked_chat: Chat) -> None:
    _, shown = await acked_chat.say("bitte per du")
    assert "noch einmal" not in shown


async def test_other_requests_after_a_draft_run_as_before(acked_chat: Chat) -> None:
    await acked_chat.say(DRAFT)
    reply, _ = await acked_chat.say("beruf Tischler")
    assert reply.skill_id == "occupation"
    await acked_chat.say(DRAFT)
    reply, shown = await acked_chat.say("Absage an Herrn Kurz, Termin morgen 9 Uhr")
    assert reply.skill_id == "email"
    assert reply.outcome is Outcome.OK
    assert "Kurz" in shown


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ("zurück", "revision_back"),
        ("bitte rückgängig machen", "revision_back"),
        ("go back", "revision_back"),
        ("kürzer bitte", "revision_tone.template"),
        ("etwas freundlicher", "revision_tone.template"),
        ("make it friendlier", "revision_tone.template"),
        ("nochmal, aber per du", "revision"),
        ("noch mal mit Raum 1.04", "revision"),
    ],
)
def test_each_change_gets_the_answer_that_fits_it(change: str, key: str) -> None:
    assert is_revision(change, "cancellation")
    assert revision_text(change, by_model=False) == key


def test_a_model_may_follow_length_and_tone_when_asked_again() -> None:
    assert revision_text("kürzer bitte", by_model=True) == "revision_tone.model"


async def test_asking_back_or_for_another_tone_is_answered_honestly(acked_chat: Chat) -> None:
    await acked_chat.say(DRAFT)
    reply, shown = await acked_chat.say("zurück")
    assert reply.skill_id == "email"
    assert "weiter oben" in shown
    reply, shown = await acked_chat.say("kürzer bitte")
    assert reply.skill_id == "email"
    assert "fest" in shown  # a template's wording is fixed: a new request would not shorten it


async def test_a_request_sent_again_after_a_draft_is_drafted_anew(acked_chat: Chat) -> None:
    await acked_chat.say(DRAFT)
    reply, shown = await acked_chat.say(
        "noch mal, aber per du: Einladung an Jana Berger am 20.01. um 10 Uhr"
    )
    assert reply.skill_id == "email"
    assert reply.outcome is Outcome.OK
    assert "Hallo Jana" in shown
    assert "noch mal" not in shown  # said to Lotse, no line of the letter


def test_the_word_that_sends_a_request_again_is_no_part_of_it() -> None:
    assert without_again("same again but informal: write to Ada Kim, bring your CV on Monday") == (
        "informal: write to Ada Kim, bring your CV on Monday"
    )
    assert without_again("nochmal, aber per du") == "nochmal, aber per du"  # a change alone
