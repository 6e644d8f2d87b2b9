"""Follow-ups typed after an answer: more about a list (each entry's work), a card shorter in
other words, a fact asked after a comparison (of both compared) and which of the two takes
longer, where a list's trainings take place (per entry), and the changes asked of an email
draft, which is not kept ("in einfacher Sprache", "füg noch hinzu …", a switch of language)."""

from __future__ import annotations

import re

import pytest
from conftest import Chat

from bot.render import to_markdown
from skills.email.revision import is_revision, revision_text
from skills.occupation.revisit import Revisit, read_revisit

_ENTRY = re.compile(r"^- \*\*(?P<title>[^*]+)\*\*", re.MULTILINE)
_DRAFT = "mail Erinnerung an Herrn Vogt, Termin am 21.01. um 9 Uhr"


async def test_more_after_a_list_gives_each_entrys_work_and_picks_go_on(
    acked_chat: Chat,
) -> None:
    listing, _ = await acked_chat.say("Ausbildungen mit Metall")
    titles = _ENTRY.findall(to_markdown(listing))
    more, text = await acked_chat.say("erzähl mir bitte mehr darüber")
    assert more.skill_id == "occupation"
    assert _ENTRY.findall(to_markdown(more)) == titles
    assert "nicht verstanden" not in text
    picked, _ = await acked_chat.say("und die vierte?")
    assert to_markdown(picked).startswith(f"**{titles[3]}**")


@pytest.mark.parametrize(
    "text",
    [
        "ganz kurz bitte",
        "in stichpunkten bitte",
        "zu lange, bitte knapper",
        "das nötigste bitte",
        "tl dr",
        "the gist please",
        "in einem satz bitte",
    ],
)
def test_a_shorter_card_is_asked_in_other_words(text: str) -> None:
    asked = read_revisit(text)
    assert asked is not None
    assert asked.how is Revisit.SHORTER


async def test_a_card_in_a_few_words(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Dachdecker")
    reply, text = await acked_chat.say("das wichtigste in stichpunkten bitte")
    assert reply.skill_id == "occupation"
    assert text.startswith("Zu Dachdecker/in:")
    assert "3 Jahre" in text


async def test_a_fact_after_a_comparison_is_given_for_both(acked_chat: Chat) -> None:
    await acked_chat.say("Unterschied zwischen Maurer und Fliesenleger")
    reply, text = await acked_chat.say("und was kriegt man da in der ausbildung?")
    assert reply.skill_id == "occupation"
    assert text.startswith("Zu Maurer/in und Fliesen-, Platten- und Mosaikleger/in:")
    assert "BIBB" in text
    # a second fact still asks of both
    _, text = await acked_chat.say("welchen abschluss braucht man dafür?")
    assert "Maurer/in" in text
    assert "Mosaikleger/in" in text


async def test_a_fact_after_a_comparison_in_english(acked_chat: Chat) -> None:
    await acked_chat.say("compare roofer and scaffolder")
    reply, text = await acked_chat.say("and how long is the training?")
    assert reply.language == "en"
    assert text.startswith("On Dachdecker/in and Gerüstbauer/in:")


async def test_which_of_the_two_compared_takes_longer(acked_chat: Chat) -> None:
    await acked_chat.say("Unterschied zwischen Zahntechniker und Friseur")
    reply, text = await acked_chat.say("und welcher geht schneller?")
    assert reply.skill_id == "occupation"
    assert text.startswith("Zu Friseur/in:")
    assert "Zahntechniker/in: 3½ Jahre" in text


async def test_where_a_lists_trainings_take_place_is_said_per_entry(acked_chat: Chat) -> None:
    listing, _ = await acked_chat.say("Berufe mit Kindern")
    titles = _ENTRY.findall(to_markdown(listing))
    reply, text = await acked_chat.say("und wo lernt man die denn?")
    assert reply.skill_id == "occupation"
    assert to_markdown(reply).startswith("**Zu den Berufen der Liste**")
    assert _ENTRY.findall(to_markdown(reply)) == titles
    assert "Wo die Ausbildung stattfindet" not in text  # not the general rule alone


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ("geht das auch in einfacher Sprache?", "revision_tone.template"),
        ("kannst du das höflicher formulieren?", "revision_tone.template"),
        ("füg bitte noch hinzu, dass er den Ausweis mitbringt", "revision"),
        ("schreib noch dazu dass er sich für einen neuen Termin melden soll", "revision"),
        ("bitte ohne den Satz mit dem Ausweis", "revision"),
    ],
)
def test_more_changes_to_a_draft_are_read_as_such(change: str, key: str) -> None:
    assert is_revision(change, "reminder")
    assert revision_text(change, by_model=False) == key


def test_a_question_of_its_own_after_a_draft_is_still_none() -> None:
    assert not is_revision("Welche Ausbildungen gibt es am Montag im BIZ?", "reminder")
    assert not is_revision("schreib eine Mail an Frau Kaya und füg den Termin hinzu", "reminder")


async def test_a_change_of_language_after_a_draft_says_how_to_get_it(acked_chat: Chat) -> None:
    await acked_chat.say(_DRAFT)
    reply, text = await acked_chat.say("english please")
    assert reply.language == "en"
    assert "do not keep" in text
    assert "send the request again" in text
    # the request sent again is drafted in the new language
    drafted, text = await acked_chat.say(_DRAFT)
    assert drafted.skill_id == "email"
    assert "Dear Mr Vogt" in text


async def test_a_translation_asked_after_a_draft_says_how_to_get_it(acked_chat: Chat) -> None:
    await acked_chat.say(_DRAFT)
    reply, text = await acked_chat.say("übersetz das bitte ins Englische")
    assert reply.skill_id == "not_offered"
    assert "Anfrage noch einmal" in text
    # without a draft before it, the plain answer
    await acked_chat.say("beruf Koch")
    _, text = await acked_chat.say("übersetz das bitte ins Englische")
    assert "Anfrage noch einmal" not in text
