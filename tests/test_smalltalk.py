"""First contact and small talk: greetings, thanks, goodbyes, "nein" to a deletion."""

from __future__ import annotations

import pytest
from conftest import Chat
from rapidfuzz.distance import OSA

from bot.reply import Actions, Heading, Outcome
from bot.routing import smalltalk
from bot.routing.smalltalk import TalkKind, read_smalltalk

GREETINGS = [
    "hallo",
    "Hallo!!",
    "hi 👋",
    "Hey Lotse :)",
    "moin moin",
    "Moin zusammen",
    "Servus",
    "guten Morgen!",
    "Guten Tag, Lotse",
    "Guten Abend",
    "Morgen!",
    "Halo",
    "hallp",
    "Hallo Lotse, wie gehts?",
    "hello",
    "Hi there",
    "Good morning 🙂",
    "Guten Morgen, wie geht's?",
    "Hallo Lotse, alles gut bei dir?",
    "Hallo, schönen guten Morgen",
    # a first message to try it out, or to say one is new
    "Test",
    "test test",
    "Ich bin neu hier",
    "Hallo, ich bin neu hier",
]
THANKS = ["danke", "Danke!", "vielen Dank für die Hilfe", "Dankeschön 🙏", "thx", "Danek",
          "Thanks so much!", "super, danke dir", "vielen dank, das hilft mir sehr",
          "Danke, das hat mir echt geholfen", "thanks, that helps", "Danke vielmals"]  # fmt: skip
GOODBYES = ["tschüss", "Tschüs!", "bye", "ciao 👋", "bis später", "Schönen Feierabend!",
            "Danke und tschüss", "see you", "mach's gut", "Gute Nacht", "bis nächste Woche!",
            "take care"]  # fmt: skip
# Thanks that close a thread: what worked, that it is enough, that it was quick.
THANKS_CLOSING = ["danke, hat geklappt", "Danke, das reicht mir", "ok danke, das wars",
                  "vielen Dank für die schnelle Antwort!", "hab's, danke",
                  "Danke für die Info"]  # fmt: skip
# Good wishes, returned in kind.
WISHES = ["danke dir, schönes WE", "Schönes Wochenende!", "frohe Weihnachten 🎄",
          "Guten Rutsch!", "Frohes Neues", "schöne Woche dir", "have a nice weekend",
          "Merry Christmas!"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kind"),
    [(t, TalkKind.GREETING) for t in GREETINGS]
    + [(t, TalkKind.THANKS) for t in THANKS]
    + [(t, TalkKind.GOODBYE) for t in GOODBYES]
    + [(t, TalkKind.THANKS) for t in THANKS_CLOSING]
    + [(t, TalkKind.WISHES) for t in WISHES]
    + [("Mahlzeit", TalkKind.GREETING), ("Guten Morgen Lotse, alles fit?", TalkKind.GREETING)],
)
def test_small_talk_is_recognised(text: str, kind: TalkKind) -> None:
    assert read_smalltalk(text).kind is kind


@pytest.mark.parametrize(
    "text",
    ["danke, was macht ein Koch?", "Hallo, das ist mein erster Versuch mit Tim",
     "Hallo, wie ist das Wetter?", "Danke, das war's mit Frau Kaya, jetzt die Mail",
     "Schönes Wochenende wünscht Frau Kaya allen Teilnehmenden",
     "ist Tim fit genug für den Schichtdienst?", "Danke, hat Tim die Unterlagen?"],
)  # fmt: skip
def test_words_that_go_with_small_talk_do_not_swallow_a_request(text: str) -> None:
    assert read_smalltalk(text).kind is None


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Hallo, was macht ein Tischler?", "was macht ein Tischler?"),
        ("Moin Lotse: beruf Koch", "beruf Koch"),
        (
            "hi, kannst du mir eine Mail an Frau Weber schreiben",
            "kannst du mir eine Mail an Frau Weber schreiben",
        ),
        (
            "Guten Morgen! zusammenfassen:\nKl. möchte Ausbildung",
            "zusammenfassen:\nKl. möchte Ausbildung",
        ),
        # Words that are also dates or places stay: they may be facts of the request.
        ("Morgen um 10 Uhr Termin mit Tim, schreib ihm eine Erinnerung", None),
        ("Halle (Saale): welche Ausbildungen gibt es dort?", None),
        ("Danke für den Hinweis, beruf Koch", None),
        ("ja", None),
        ("beruf Tischler", None),
    ],
)
def test_a_greeting_in_front_of_a_request_is_taken_off(text: str, rest: str | None) -> None:
    talk = read_smalltalk(text)
    assert talk.kind is None
    assert talk.rest == (rest if rest is not None else text)


async def test_a_greeting_gets_one_line_and_a_few_examples(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("Hallo!")
    assert reply.outcome is Outcome.OK
    assert "nicht verstanden" not in text
    examples = [b for b in reply.blocks if isinstance(b, Actions)]
    assert len(examples) == 1
    assert 2 <= len(examples[0].items) <= 3
    assert not any(isinstance(b, Heading) for b in reply.blocks)  # not the whole menu
    assert "`hilfe`" in text


async def test_a_newcomers_greeting_carries_the_guideline_and_ja_acknowledges(
    chat: Chat,
) -> None:
    reply, text = await chat.say("moin 👋")
    assert reply.outcome is Outcome.GATE
    assert "KI-Leitlinie" in text
    assert "Hallo" in text
    _, text = await chat.say("ja")
    assert "Danke für Ihre Bestätigung" in text
    assert "nicht verstanden" not in text
    assert "moin" not in text  # the greeting was not held as a request
    answer, _ = await chat.say("beruf Tischler")
    assert Heading("Tischler/in") in answer.blocks


async def test_thanks_and_goodbye_are_short(acked_chat: Chat) -> None:
    thanks, text = await acked_chat.say("vielen Dank!")
    assert thanks.outcome is Outcome.OK
    assert "Gern geschehen" in text
    _, text = await acked_chat.say("tschüss")
    assert "Auf Wiedersehen" in text
    english, text = await acked_chat.say("thanks a lot")
    assert english.outcome is Outcome.OK
    assert "nicht verstanden" not in text


async def test_good_wishes_are_returned_in_kind(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("danke dir, schönes WE")
    assert reply.outcome is Outcome.OK
    assert "wünsche ich Ihnen auch" in text
    _, text = await acked_chat.say("Merry Christmas!")
    assert "the same to you" in text
    reply, text = await acked_chat.say("mach's gut")  # was an occupation question
    assert reply.skill_id != "occupation"
    assert "Auf Wiedersehen" in text


async def test_small_talk_mixed_into_a_request_goes_to_the_request(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say("Hallo, was macht ein Tischler?")
    assert reply.skill_id == "occupation"
    assert Heading("Tischler/in") in reply.blocks
    reply, _ = await acked_chat.say("Hi Lotse, beruf schreiner")
    assert Heading("Tischler/in") in reply.blocks
    reply, _ = await acked_chat.say("Guten Morgen, hilfe")
    assert any(isinstance(b, Heading) and b.text.startswith("Lotse") for b in reply.blocks)


async def test_a_greeted_request_from_a_newcomer_is_the_one_answered_after_ja(
    chat: Chat,
) -> None:
    gate, _ = await chat.say("Hallo, was macht ein Tischler?")
    assert gate.outcome is Outcome.GATE
    answer, _ = await chat.say("ja")
    assert Heading("Tischler/in") in answer.blocks


@pytest.mark.parametrize("no", ["nein", "Nein.", "no", "doch nicht", "lieber nicht"])
async def test_no_after_delete_my_data_cancels_politely(acked_chat: Chat, no: str) -> None:
    question, _ = await acked_chat.say("daten löschen")
    assert question.outcome is Outcome.PROMPT
    reply, text = await acked_chat.say(no)
    assert reply.outcome is Outcome.OK
    assert "lösche nichts" in text
    # The question is closed: a later "ja" deletes nothing and the acknowledgement stands.
    await acked_chat.say("ja")
    still, _ = await acked_chat.say("beruf Tischler")
    assert still.outcome is Outcome.OK


async def test_ok_to_delete_my_data_asks_again_and_deletes_nothing(acked_chat: Chat) -> None:
    await acked_chat.say("daten löschen")
    again, text = await acked_chat.say("ok")
    assert again.outcome is Outcome.PROMPT
    assert "`ja`" in text  # the question again, not "nicht verstanden"
    assert "`nein`" in text
    still, _ = await acked_chat.say("nein")
    assert "lösche nichts" in " ".join(getattr(b, "markdown", "") for b in still.blocks)


@pytest.mark.parametrize(
    "answer", ["ja, danke!", "Ok danke dir", "ja gerne", "Hallo, ja", "ja, gelesen"]
)
async def test_yes_with_courtesy_acknowledges_the_guideline(chat: Chat, answer: str) -> None:
    await chat.say("beruf Tischler")
    reply, text = await chat.say(answer)
    assert "Danke für Ihre Bestätigung" in text
    assert Heading("Tischler/in") in reply.blocks


async def test_yes_but_later_does_not_acknowledge(chat: Chat) -> None:
    await chat.say("beruf Tischler")
    reply, _ = await chat.say("ja, aber später")
    assert reply.outcome is Outcome.GATE


async def test_english_small_talk_is_answered_in_english(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("Hello!")
    assert reply.language == "en"
    assert "Hello! I am Lotse" in text
    _, text = await acked_chat.say("thanks a lot")
    assert "You are welcome" in text
    await acked_chat.say("sprache de")
    reply, text = await acked_chat.say("bye")
    assert "Auf Wiedersehen" in text  # a chosen language stands


def test_a_typo_is_compared_only_with_phrases_of_about_its_length() -> None:
    # The length index gives the kind the comparison with every one-word phrase gave.
    vocabulary = smalltalk._vocabulary()
    fuzzy = [
        (p, k)
        for p, k in vocabulary.single.items()
        if len(p) >= smalltalk._FUZZY_MIN_LENGTH and k is not TalkKind.ACK
    ]

    def every_phrase(word: str) -> TalkKind | None:
        if len(word) < smalltalk._FUZZY_MIN_LENGTH:
            return None
        return next((k for p, k in fuzzy if OSA.distance(word, p, score_cutoff=1) <= 1), None)

    words = {p[:i] + p[i + 1 :] for p, _ in fuzzy for i in range(len(p))}  # one letter less
    words |= {p + "x" for p, _ in fuzzy} | {p[1:2] + p[:1] + p[2:] for p, _ in fuzzy}
    words |= {"beruf", "mechatronikerin", "hilfe", "halo", "dnke", "tschüs", "moinn"}
    for word in words:
        assert smalltalk._typo_kind(word, vocabulary) == every_phrase(word), word


@pytest.mark.parametrize(
    "text", ["super", "Super!", "ok", "okay 👍", "alles klar", "passt", "perfekt", "great"]
)
def test_a_reaction_to_the_last_reply_is_an_acknowledgement(text: str) -> None:
    assert read_smalltalk(text).kind is TalkKind.ACK


@pytest.mark.parametrize("text", ["Danke, super!", "super, danke dir", "Hallo, alles gut?"])
def test_thanks_or_a_greeting_beside_a_reaction_decide(text: str) -> None:
    assert read_smalltalk(text).kind in {TalkKind.THANKS, TalkKind.GREETING}


def test_a_reaction_is_never_guessed_from_a_typo() -> None:
    assert read_smalltalk("soll").kind is None  # one letter from "toll"


async def test_a_reaction_gets_a_short_reply_not_an_occupation(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("super")
    assert reply.skill_id == "smalltalk"
    assert text.startswith("Gern!")
    assert "Meinten Sie" not in text


async def test_ok_while_a_skill_waits_is_the_skills_answer(acked_chat: Chat) -> None:
    await acked_chat.say("mail")  # the email skill asks what the mail is about
    reply, _ = await acked_chat.say("ok")
    assert reply.skill_id == "email"
