"""Exploration and comparison questions through the whole engine (console, both databases)."""

from __future__ import annotations

from conftest import Chat

from bot.reply import Actions, Heading, Outcome


async def test_an_exploration_question_in_free_text_gets_a_list(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("welche ausbildungen gibts mit tieren, hat den MSA")
    assert reply.outcome is Outcome.OK
    assert reply.skill_id == "occupation"
    assert "Gefiltert nach:" in text
    assert "Tierpfleger/in" in text
    actions = [b for b in reply.blocks if isinstance(b, Actions)]
    assert len(actions[0].items) >= 3
    assert not reply.ai_generated  # from the catalogue, not from a model


async def test_a_comparison_in_free_text_is_side_by_side(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("Tischler oder Holzmechaniker - was ist der Unterschied?")
    assert reply.skill_id == "occupation"
    assert Heading("Tischler/in und Holzmechaniker/in im Vergleich") in reply.blocks
    assert "Typischer Schulabschluss" in text


async def test_a_list_asked_for_a_person_by_role_or_name(acked_chat: Chat) -> None:
    # was "nicht verstanden" (a person by role) and a refusal ("Holz" read as aptitude)
    for question, fitting in (
        ("Ich suche was für eine Klientin, die gern mit Menschen arbeitet", "Erzieher/in"),
        ("hast du was für meinen Teilnehmer, der gern mit Holz arbeitet?", "Tischler/in"),
        ("Hast du was für Jonas, der gern mit Holz arbeitet?", "Tischler/in"),
    ):
        reply, text = await acked_chat.say(question)
        assert reply.outcome is Outcome.OK, question
        assert "Gefiltert nach:" in text
        assert fitting in text


async def test_someone_who_cannot_see_blood_gets_no_health_occupations(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say(
        "Ich suche was für eine Klientin, die gern mit Menschen arbeitet, "
        "aber kein Blut sehen kann"
    )
    assert reply.outcome is Outcome.OK
    # the occupations that treat wounds are ruled out, not every health occupation
    assert "ohne Blut" in text
    assert "Pflegefachmann/-frau" not in text
    assert "Medizinische/r Fachangestellte/r" not in text


async def test_an_article_after_a_person_opens_no_clause_about_them(acked_chat: Chat) -> None:
    # "der Ausbilder oder der Chef" names two people; "Chef" is no interest in cooking
    _, text = await acked_chat.say(
        "Wer trägt im Betrieb die Verantwortung für den Azubi, der Ausbilder oder der Chef?"
    )
    assert "Gefiltert nach:" not in text


async def test_two_left_hands_leave_out_crafts(acked_chat: Chat) -> None:
    # was "nicht verstanden"
    reply, text = await acked_chat.say("Meine Klientin hat zwei linke Hände, was kann sie machen?")
    assert reply.outcome is Outcome.OK
    assert "ohne Handwerk" in text


async def test_paying_taxes_is_no_interest_in_numbers(acked_chat: Chat) -> None:
    # "Steuern zahlen" listed occupations for an interest in numbers
    _, text = await acked_chat.say("Muss man in der Ausbildung Steuern zahlen?")
    assert "Gefiltert nach:" not in text
