"""The reply language across a conversation: one message in the other language gets its reply
in that language and changes neither the stored choice nor the conversation's language; a
message whose words decide nothing is answered in the conversation's language."""

from __future__ import annotations

from conftest import Chat


async def _stored(chat: Chat) -> str | None:
    services = chat.app.engine.services
    key = services.pseudonymiser.user_key("console", chat.user)
    return await services.store.preferences.language(key)


async def test_one_english_question_in_a_german_conversation(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Koch")
    english, text = await acked_chat.say("and how long is the training?")
    assert english.language == "en"
    assert text.startswith("About Koch/Köchin:")
    assert await _stored(acked_chat) is None  # no choice was made
    german, text = await acked_chat.say("Verdienst?")  # the words decide nothing
    assert german.language == "de"
    assert text.startswith("Zu Koch/Köchin:")


async def test_an_english_conversation_stays_english_for_a_bare_keyword(
    acked_chat: Chat,
) -> None:
    await acked_chat.say("zusammenfassen\nTN war pünktlich.")  # no topic from before
    await acked_chat.say("What does a baker do in Germany?")
    reply, text = await acked_chat.say("Gehalt?")
    assert reply.language == "en"
    assert text.startswith("About Bäcker/in:")
    reply, _ = await acked_chat.say("Konditor")  # a name alone: still English
    assert reply.language == "en"
    assert await _stored(acked_chat) is None


async def test_asking_for_english_after_a_card_shows_it_again_in_english(
    acked_chat: Chat,
) -> None:
    await acked_chat.say("beruf Maurer")
    reply, text = await acked_chat.say("kannst du mir das auf Englisch sagen?")
    assert reply.language == "en"
    assert "From now on I will answer in English." in text
    assert "Maurer/in" in text
    assert "Duration:" in text
    assert await _stored(acked_chat) == "en"


async def test_asking_in_english_for_english_after_a_german_card_shows_it_again(
    acked_chat: Chat,
) -> None:
    # The request is itself English; the card before it was German.
    await acked_chat.say("Was macht eine Dachdeckerin?")
    reply, text = await acked_chat.say("could you put this in English?")
    assert reply.language == "en"
    assert "Dachdecker/in" in text
    assert "Duration:" in text


async def test_the_language_command_only_switches(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Maurer")
    _, text = await acked_chat.say("sprache en")
    assert "From now on I will answer in English." in text
    assert "Maurer/in" not in text
