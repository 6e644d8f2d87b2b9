"""The school-leaving certificates of NRW, which every occupation's card names ("Üblicher
Schulabschluss: Hauptschulabschluss (ESA)"), were "nicht verstanden" when asked about: the
list of them, one defined, two compared, what the upper secondary school asks for. Each gets
the reviewed answer; a list of occupations for a certificate, a card, a mail and notes that
name one stay where they were."""

from __future__ import annotations

import pytest
from conftest import Chat
from skill_contexts import skill_context
from topic_support import answered_as, asked_without_a_card, topic_answer

from bot.reply import Heading
from skills.occupation import OccupationSkill


@pytest.mark.parametrize(
    ("question", "language", "said"),
    [
        ("Welche Schulabschlüsse gibt es in NRW?", "de", "Erweiterter Erster Schulabschluss"),
        ("was für schulabschlüsse gibts eigentlich", "de", "Fachoberschulreife"),
        ("Was heißt EESA?", "de", "Hauptschulabschluss nach Klasse 10"),
        ("was bedeutet FOR-Q", "de", "gymnasialen Oberstufe"),
        ("Q-Vermerk – was heißt das genau?", "de", "Qualifikationsvermerk"),
        ("Was ist die Fachoberschulreife?", "de", "Klasse 10"),
        ("Fachabi – was ist das?", "de", "Fachhochschulen"),
        ("Unterschied zwischen ESA und EESA?", "de", "Versetzung"),
        ("welcher abschluss ist höher, MSA oder EESA?", "de", "vom ersten bis zum höchsten"),
        ("Was braucht man für die Oberstufe?", "de", "Qualifikationsvermerk"),
        ("what school-leaving certificates are there in NRW?", "en", "upper secondary"),
        ("what is the Fachhochschulreife?", "en", "universities of applied sciences"),
    ],
)
async def test_a_question_about_school_certificates_gets_the_reviewed_answer(
    acked_chat: Chat, question: str, language: str, said: str
) -> None:
    reply, shown = await asked_without_a_card(acked_chat, question)
    assert answered_as(reply) == topic_answer("school_certificates", language)
    assert said in shown


@pytest.mark.parametrize(
    ("text", "first_heading"),
    [
        # a certificate in a request for occupations asks for the list
        ("Was kann man mit MSA machen?", "Ausbildungen und Berufe"),
        ("Welche Ausbildungen kann man mit Fachabi machen?", "Ausbildungen und Berufe"),
        # the certificate an occupation expects is its card's
        ("Brauche ich für Erzieher Abi?", "Erzieher/in"),
        # catching up on one is the other topic's
        ("Wie kann man den MSA nachholen?", "Schulabschluss nachholen (NRW)"),
    ],
)
async def test_a_certificate_named_in_another_question_keeps_its_answer(
    skill: OccupationSkill, text: str, first_heading: str
) -> None:
    heading = (await skill.handle(skill_context(text))).blocks[0]
    assert isinstance(heading, Heading)
    assert heading.text.startswith(first_heading)


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("Mail an Lea: bitte bring dein Zeugnis mit dem Q-Vermerk am Montag mit", "email"),
        (
            "zusammenfassen: Lea hat MSA mit Q-Vermerk, will keine Oberstufe. Praktikum im März.",
            "summary",
        ),
    ],
)
async def test_a_mail_or_notes_naming_a_certificate_stay_with_their_skill(
    acked_chat: Chat, text: str, skill_id: str
) -> None:
    reply, _ = await acked_chat.say(text)
    assert reply.skill_id == skill_id


async def test_after_a_card_a_certificate_defined_is_no_fact_of_the_card(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Tischler")
    reply, _ = await acked_chat.say("Was ist die Fachoberschulreife?")
    assert answered_as(reply) == topic_answer("school_certificates", "de")
    # whether a certificate is enough for it stays the card's own fact
    reply, shown = await acked_chat.say("reicht der ESA?")
    assert reply.blocks[0] != topic_answer("school_certificates", "de")[2]
    assert shown.startswith("Zu Tischler/in")
