"""Follow-up questions after an occupation's card: read from the words, answered for the
occupation shown last, through the whole engine (remembered with the conversation state)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import Chat, FakeClock
from skill_contexts import skill_context

from bot.reply import Heading, Outcome
from skills.occupation import OccupationSkill
from skills.occupation.focus import Focus
from skills.occupation.follow_up import FollowUpQuestion, read_follow_up

_NAMES = {"holzmechaniker", "koch", "zimmerer", "konditor", "pastry chef", "bauer"}


def names(words: str) -> bool:
    return words.casefold() in _NAMES


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("Und was verdient man da?", Focus.PAY_ANY),
        ("was kriegt man da in der ausbildung?", Focus.PAY),
        ("und nach der Ausbildung, was verdient man dann?", Focus.EARNINGS),
        ("what about the pay?", Focus.PAY_ANY),
        ("Gehalt?", Focus.PAY_ANY),
        ("und wie viel kriegt man da?", Focus.PAY_ANY),
        ("Was verdient man denn da im ersten Lehrjahr?", Focus.PAY),
        ("Wie lang geht die?", Focus.DURATION),
        ("Ist das eine duale Ausbildung?", Focus.TRAINING_TYPE),
        ("und was lernt man da?", Focus.TASKS),
        # further training has a reviewed answer of its own (Meister, Techniker, Fachwirt)
        ("und wie schaut's mit Weiterbildung aus?", Focus.FURTHER_TRAINING),
        ("wie lange dauert die?", Focus.DURATION),
        ("und die dauer?", Focus.DURATION),
        ("wie lang dauert dei ausbildung", Focus.DURATION),  # a typo of "die"
        ("how long does it take?", Focus.DURATION),
        ("welchen Abschluss braucht man dafür?", Focus.REQUIREMENTS),
        ("braucht man dafür Abi?", Focus.REQUIREMENTS),
        ("what are the requirements?", Focus.REQUIREMENTS),
        ("was macht man da genau?", Focus.TASKS),
        ("Und wie sind die Aussichten danach?", Focus.PROSPECTS),
        ("nach welchem Gesetz ist die Ausbildung geregelt?", Focus.LEGAL),
        ("welches gesetz gilt da?", Focus.LEGAL),
        ("what governs it?", Focus.LEGAL),
        ("super, danke! und was kriegt man da?", Focus.PAY_ANY),  # thanks before it
        # a fact word typed a letter off, beside other words of the question
        ("und wie lagne dauert das?", Focus.DURATION),
        ("was verdinet man da", Focus.PAY_ANY),
        ("what about the slaary?", Focus.PAY_ANY),
        ("nach welchem gesetzt ist das geregelt", Focus.LEGAL),
        # a school certificate or a kind of training as the exploration names them
        ("geht das auch mit Fachoberschulreife?", Focus.REQUIREMENTS),
        ("reicht da der Hauptschulabschluss oder braucht man Fachabi?", Focus.REQUIREMENTS),
        ("ist das an einer schule oder im betrieb?", Focus.TRAINING_TYPE),
        # asked indirectly, politely, or with the stage of the pay
        ("Können Sie mir sagen, ob das auch in Teilzeit geht?", Focus.PART_TIME),
        ("weißt du, ob man da den Meister machen kann?", Focus.FURTHER_TRAINING),
        ("was bekommt man denn als Gesellin?", Focus.EARNINGS),
        ("how much in the second year?", Focus.PAY),
        ("und wie lang ist die Ausbildung normalerweise in Vollzeit?", Focus.DURATION),
        # working conditions the catalogue does not hold, also with "wie viel"
        ("wie viele Urlaubstage gibt es da?", Focus.CONDITIONS),
        ("und hat man da Wochenenden frei?", Focus.CONDITIONS),
        ("what about the working hours?", Focus.CONDITIONS),
    ],
)
def test_a_fact_asked_with_nothing_but_back_references_is_a_follow_up(
    text: str, focus: Focus
) -> None:
    assert read_follow_up(text, names) == FollowUpQuestion(focus)


def test_a_follow_up_may_name_another_occupation() -> None:
    assert read_follow_up("und als Holzmechaniker?", names) == FollowUpQuestion(
        None, "Holzmechaniker", lead=True
    )
    assert read_follow_up("and as a pastry chef?", names) == FollowUpQuestion(
        None, "pastry chef", lead=True
    )
    assert read_follow_up("und was verdient ein Zimmerer?", names) == FollowUpQuestion(
        Focus.PAY_ANY, "Zimmerer", lead=True
    )
    # An occupation's name is no typo of a fact word ("Bauer" is no "Dauer").
    assert read_follow_up("und als Bauer?", names) == FollowUpQuestion(None, "Bauer", lead=True)
    # A question of its own: it names the occupation without starting like a follow-up.
    assert read_follow_up("was macht ein Koch", names) == FollowUpQuestion(Focus.TASKS, "Koch")


@pytest.mark.parametrize(
    "text",
    [
        "danke",
        "und?",
        "und noch was",
        "Mail an Frau Yilmaz wegen dem Termin",
        "Was verdient Frau Yilmaz?",  # a person, no back-reference
        "und als Astronaut?",  # no occupation of the catalogue
        "wie lange dauert die Ausbildung " + "und so weiter " * 6,  # too long for a follow-up
        "was verdient ein Kock",  # a typo of an occupation is no typo of a filler
        "Welche schulischen Ausbildungen gibt es?",  # many occupations: a list
        "wie ist die lage?",  # "Lage" is a word of its own, not "lange" mistyped
        "was machst du da?",  # the tasks' verbs have too many neighbours for typos
        "and the apprenticeship?",  # the training talked about, not a kind of training
    ],
)
def test_anything_else_is_no_follow_up(text: str) -> None:
    assert read_follow_up(text, names) is None


async def test_the_skill_answers_a_follow_up_for_the_remembered_occupation(
    skill: OccupationSkill,
) -> None:
    card = await skill.handle(skill_context("Frau Yilmaz' Sohn will Tischler werden"))
    # Catalogue values only: nothing of the conversation (no name) is remembered.
    assert card.remember == {
        "id": "tischler",
        "title": "Tischler/in",
        "focus": None,
        "command": "beruf Tischler/in",
    }
    recent = dict(card.remember)
    assert skill.continues("what about the pay?", recent)
    assert skill.continues("und als Holzmechaniker?", recent)
    assert not skill.continues("was macht ein Koch", recent)  # a question of its own
    assert not skill.continues("Welche schulischen Ausbildungen gibt es?", recent)  # a list
    assert not skill.continues("what about the pay?", {"id": "no-such-id"})
    result = await skill.handle(replace(skill_context("wie lange dauert die?"), recent=recent))
    assert result.title == "Tischler/in"
    assert result.data["follow_up"] == {"focus": "duration"}
    assert result.remember is not None
    assert result.remember["focus"] == "duration"


async def test_follow_ups_after_a_card_answer_for_its_occupation(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Koch")
    reply, text = await acked_chat.say("Und was verdient man da?")
    assert text.startswith("Zu Koch/Köchin: Zur Ausbildungsvergütung")
    assert "https://www.bibb.de/" in text
    assert reply.outcome is Outcome.OK
    _, text = await acked_chat.say("wie lange dauert die?")
    assert text.startswith("Zu Koch/Köchin: Die Ausbildung dauert in der Regel 3 Jahre.")
    _, text = await acked_chat.say("welchen Abschluss braucht man dafür?")
    assert text.startswith("Zu Koch/Köchin: Üblich ist:")
    _, text = await acked_chat.say("what about the pay?")  # answered in English
    assert text.startswith("About Koch/Köchin:")
    assert "`occupation Koch/Köchin`" in text  # the whole card one click away


async def test_tasks_prospects_and_the_legal_basis_are_answered_from_the_catalogue(
    acked_chat: Chat,
) -> None:
    await acked_chat.say("beruf Tischlerin")
    _, text = await acked_chat.say("nach welchem Gesetz ist die Ausbildung geregelt?")
    assert text.startswith("Zu Tischler/in: Rechtsgrundlage der Ausbildung: BBiG/HwO")
    _, text = await acked_chat.say("was macht man da genau?")
    assert text.startswith("Zu Tischler/in: Planen und fertigen Möbel")
    _, text = await acked_chat.say("Ist das eine schulische Ausbildung?")
    assert text.startswith("Zu Tischler/in: Ausbildungsart: Duale Ausbildung")
    _, text = await acked_chat.say("Und wie sind die Aussichten danach?")
    assert "keine geprüften Angaben" in text
    assert "Perspektiven" in text


async def test_a_follow_up_naming_another_occupation_asks_the_same_of_it(
    acked_chat: Chat,
) -> None:
    await acked_chat.say("beruf Tischler")
    await acked_chat.say("was verdient man da so")
    reply, text = await acked_chat.say("und als Holzmechaniker?")
    assert Heading("Holzmechaniker/in") in reply.blocks
    assert "https://www.bibb.de/" in text.split("Männlich")[0]  # the pay asked before leads
    _, text = await acked_chat.say("und wie lange dauert die?")
    assert text.startswith("Zu Holzmechaniker/in:")  # now the one shown last


async def test_the_remembered_occupation_expires_and_the_question_is_asked_back(
    acked_chat: Chat, clock: FakeClock
) -> None:
    await acked_chat.say("beruf Koch")
    clock.advance(minutes=31)
    reply, text = await acked_chat.say("und was verdient man da?")
    assert reply.outcome is Outcome.PROMPT
    assert "Für welchen Beruf" in text


async def test_another_request_in_between_forgets_the_occupation(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Koch")
    reply, _ = await acked_chat.say("zusammenfassen\nTN war pünktlich, Bewerbung besprochen.")
    assert reply.skill_id == "summary"
    reply, text = await acked_chat.say("und was verdient man da?")
    assert "Für welchen Beruf" in text
    reply, _ = await acked_chat.say("what about the pay?")
    assert reply.outcome is Outcome.PROMPT  # still asking which occupation


async def test_small_talk_in_between_keeps_the_occupation(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Koch")
    await acked_chat.say("danke!")
    _, text = await acked_chat.say("und wie lange dauert die?")
    assert text.startswith("Zu Koch/Köchin:")


async def test_a_judgement_asked_as_a_follow_up_is_still_refused(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Koch")
    for question in ("und schafft er das?", "hat sie das Zeug dazu?"):
        reply, text = await acked_chat.say(question)
        assert reply.outcome is Outcome.REFUSED, question
        assert "`beruf Koch/Köchin`" in text  # information on the occupation talked about
    _, text = await acked_chat.say("und wie lange dauert die?")
    assert text.startswith("Zu Koch/Köchin:")  # the refusal forgot nothing


async def test_a_refusal_offers_the_field_it_names_not_some_occupation(
    acked_chat: Chat,
) -> None:
    chat = acked_chat  # a Tischler card was shown: the field named comes first
    for question, command in (
        ("Schafft er eine Ausbildung im Bereich Pflege?", "Ausbildungen im Bereich Pflege"),
        ("Soll sie was mit Holz machen? Entscheide du.", "Ausbildungen im Bereich Holz"),
    ):
        reply, text = await chat.say(question)
        assert reply.outcome is Outcome.REFUSED, question
        assert f"`{command}`" in text
        assert "Tischler" not in text
        reply, _ = await chat.say(command)
        assert "exploration" in reply.data


async def test_the_legal_basis_without_a_card_is_the_general_answer_not_a_list(
    acked_chat: Chat,
) -> None:
    await acked_chat.say("zusammenfassen\nTN war pünktlich.")  # no card to follow up on
    reply, text = await acked_chat.say("Welches Gesetz gilt eigentlich für eine Ausbildung?")
    assert text.startswith("Rechtsgrundlage einer Ausbildung")
    assert "Berufsbildungsgesetz (BBiG)" in text
    assert "Handwerksordnung (HwO)" in text
    assert reply.data.get("exploration") is None
    _, text = await acked_chat.say("what law applies to an apprenticeship?")
    assert text.startswith("Legal basis of vocational training")
    await acked_chat.say("beruf Koch")
    _, text = await acked_chat.say("Rechtsgrundlage?")  # after a card: that occupation's law
    assert text.startswith("Zu Koch/Köchin: Rechtsgrundlage der Ausbildung: BBiG")


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("wie lang geht die Ausbildung und was kriegt man so?", (Focus.DURATION, Focus.PAY)),
        (
            "welchen Abschluss braucht man und wie lange dauert es?",
            (Focus.REQUIREMENTS, Focus.DURATION),
        ),
        ("what's the pay and how long is it?", (Focus.PAY_ANY, Focus.DURATION)),
        # one clause: the words of two facts, one question
        ("wie lange braucht man dafür?", (Focus.DURATION,)),
        ("kann man das auch in Teilzeit machen?", (Focus.PART_TIME,)),
    ],
)
def test_facts_asked_in_clauses_of_their_own_are_all_read_in_the_order_asked(
    text: str, asked: tuple[Focus, ...]
) -> None:
    question = read_follow_up(text, names)
    assert question is not None
    assert (question.focus, *question.also) == asked


async def test_two_facts_asked_at_once_are_both_answered(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Maurer")
    _, text = await acked_chat.say("und wie lange geht das und was bekommt man da?")
    assert text.startswith("Zu Maurer/in: Die Ausbildung dauert")
    assert "https://www.bibb.de/" in text


async def test_working_conditions_get_where_they_are_and_the_legal_minimums(
    acked_chat: Chat,
) -> None:
    await acked_chat.say("beruf Konditorin")
    _, text = await acked_chat.say("muss man da Nachtschichten machen?")
    assert text.startswith("Zu Konditor/in: Arbeitszeiten, Schichten und Urlaub führt der Katalog")
    assert "Jugendarbeitsschutzgesetz" in text
    reply, text = await acked_chat.say("Wie viele Urlaubstage hat man als Azubi im Einzelhandel?")
    assert reply.blocks[0] == Heading("Kaufmann/-frau im Einzelhandel")
    assert "24 Werktage" in text
