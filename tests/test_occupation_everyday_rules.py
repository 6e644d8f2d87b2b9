"""Rules of the training system asked in everyday words after a card (asked on their own, they
are cases of ``test_occupation_training_system.py``): when a
training starts and when to apply, whether the vocational school is compulsory, what comes
after the training, what an internship is worth, part of a training abroad, holidays and
working hours of trainees; and a way in with a certificate ("Kommt man mit Realschulabschluss
in die Polizei?"). Each answer comes from a reviewed topic of ``data/training_system.yaml``."""

from __future__ import annotations

import pytest
from conftest import Chat
from occupation_skill_fixtures import text_of
from skill_contexts import skill_context

from bot.reply import Heading
from bot.routing.intent import THRESHOLD, OfflineIntentClassifier
from skills.occupation import OccupationSkill
from skills.occupation.focus import Focus
from skills.occupation.follow_up import read_follow_up
from skills.occupation.query import extract_query
from skills.occupation.training_system import focus_asked, topic_of


@pytest.mark.parametrize(
    ("occupation", "question", "said"),
    [
        # "ab wann kann man anfangen?" was "nicht verstanden"
        ("beruf Tischler", "ab wann kann man anfangen?", "1. August oder 1. September"),
        ("beruf Koch", "wann muss man sich bewerben?", "Bewerbungsfrist"),
        ("beruf Maurer", "Bewerbungsfrist?", "Bewerbungsfrist"),
        ("beruf Tischler", "wann fängt die an?", "1. August oder 1. September"),
        ("beruf Mechatroniker", "muss man Berufsschule machen?", "(§ 15 Abs. 1 BBiG)"),
        # "was kann man nach der ausbildung machen?" got the occupation's tasks
        ("beruf Tischler", "was kann man nach der ausbildung machen?", "Aufstiegs-BAföG"),
        ("beruf Elektroniker", "was kommt nach der Ausbildung?", "Aufstiegs-BAföG"),
        ("beruf Kaufmann im Einzelhandel", "kann man danach fachwirt werden?", "(§ 53a BBiG)"),
        # "Bringt das Praktikum was für die Bewerbung?" said the catalogue holds nothing
        ("beruf Bäcker", "Bringt das Praktikum was für die Bewerbung?", "Mindestlohn"),
        ("beruf Hotelfachfrau", "kann man einen teil im ausland machen?", "(§ 2 Abs. 3 BBiG)"),
        # who trains: the answer on local places
        ("beruf Mechatroniker", "welche Betriebe bilden aus?", "keine örtlichen Angaben"),
        ("beruf Koch", "wer bildet das in Hamm aus?", "keine örtlichen Angaben"),
    ],
)
async def test_a_rule_asked_after_a_card_is_answered_for_that_occupation(
    acked_chat: Chat, occupation: str, question: str, said: str
) -> None:
    await acked_chat.say(occupation)
    reply, shown = await acked_chat.say(question)
    assert reply.skill_id == "occupation"
    assert shown.startswith("Zu ")
    assert said in shown
    assert "Dazu enthält der Katalog keine Angaben" not in shown


@pytest.mark.parametrize(
    "question",
    [
        "Welche Schulen bieten die Ausbildung zur Erzieherin an?",
        "wo kann man in Hamm Kfz-Mechatroniker lernen?",
        "wo macht man die Ausbildung zum Koch in Dortmund?",
        "which schools offer training as a nurse?",
    ],
)
async def test_where_in_a_town_or_which_schools_gets_the_answer_on_local_places(
    acked_chat: Chat, question: str
) -> None:
    # the card came alone, or "Koch in" was looked up in the field "Dortmund"
    reply, shown = await acked_chat.say(question)
    assert reply.skill_id == "occupation"
    assert "keine örtlichen Angaben" in shown or "no local data" in shown
    assert "in der Fachrichtung „" not in shown


async def test_another_occupation_after_a_rule_gets_the_same_rule(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Tischler")
    await acked_chat.say("wann muss man sich bewerben?")
    reply, shown = await acked_chat.say("und bei Bäcker?")
    assert reply.skill_id == "occupation"
    assert shown.startswith("Bäcker/in\n")
    assert "1. August oder 1. September" in shown


@pytest.mark.parametrize(
    "text",
    [
        # how long something else takes stays a duration the catalogue does not hold
        "wie lange dauert die Meisterschule?",
        "wie lange dauert das Praktikum?",
    ],
)
def test_the_duration_of_a_course_is_no_question_about_its_rules(text: str) -> None:
    question = read_follow_up(text, lambda words: False)
    assert question is not None
    assert question.focus is Focus.UNLISTED


@pytest.mark.parametrize(
    "text",
    [
        "Wann hat Tim die Bewerbung abgeschickt?",  # one person's status
        "Wann ist das Bewerbungsgespräch bei Rewe?",  # an appointment
        "When does the workshop start?",
        "wann beginnt das?",  # nothing named that starts
        "Kevin hat ein Praktikum bei der Feuerwehr gemacht",  # a note
        "Ich bin nächste Woche im Urlaub.",
        # a rule named beside another question, or a course of one's own
        "Ausbildungsbeginn wäre der 1.8. – gilt der Mutterschutz auch für Azubis?",
        "Ich muss mich zwischen zwei Fortbildungen entscheiden, welche Themen gibt es?",
        "Kann er den Berufsschultag tauschen?",
        "Wie viele Urlaubstage hat man als Azubi im Einzelhandel?",  # names a field: a lookup
    ],
)
def test_a_status_an_appointment_or_a_note_is_no_rule(text: str) -> None:
    assert topic_of(text) is None


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # a qualification gained abroad is recognised; a training spent there in part is not
        ("how do I get my qualifications gained abroad recognised?", "recognition"),
        ("she trained abroad, what now?", "recognition"),
        ("Can she do part of her training abroad?", "training_abroad"),
    ],
)
def test_abroad_is_recognition_only_for_a_qualification_from_there(text: str, topic: str) -> None:
    found = topic_of(text)
    assert found is not None
    assert found.id == topic


@pytest.mark.parametrize(
    ("typed", "occupation"),
    [
        ("Kommt man mit Realschulabschluss in die Polizei?", "Polizei"),
        ("kann man mit abi zur polizei?", "polizei"),
        ("Kommt man mit mittlerer Reife in die Pflege?", "Pflege"),
        # a school certificate needs no article: no occupation's name ends in one
        ("Brauch ich für die Polizei Abitur?", "Polizei"),
        ("braucht man als Koch Abi?", "Koch"),
    ],
)
def test_a_way_in_with_a_certificate_asks_for_the_requirements(
    typed: str, occupation: str, skill: OccupationSkill
) -> None:
    found = extract_query(typed)
    assert (found.text, found.focus) == (occupation, Focus.REQUIREMENTS)
    assert OfflineIntentClassifier().score(typed, skill) >= THRESHOLD


async def test_the_police_asked_with_a_certificate_gets_the_usual_certificate(
    skill: OccupationSkill,
) -> None:
    text = "Kommt man mit Realschulabschluss in die Polizei?"
    result = await skill.handle(skill_context(text, None, "de"))
    assert result.blocks[0] == Heading("Polizeikommissar/in (Polizeivollzugsdienst)")
    assert "Üblich ist: Fachhochschulreife/Abitur" in text_of(result)


async def test_holidays_asked_of_an_occupation_stay_its_lookup(skill: OccupationSkill) -> None:
    # "Azubi MFA Praxis Urlaubstage?" names an occupation: the rule beside its card
    result = await skill.handle(skill_context("Azubi MFA Praxis Urlaubstage?", None, "de"))
    assert result.blocks[0] == Heading("Medizinische/r Fachangestellte/r")
    assert "24 Werktage" in text_of(result)


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("Muss man als Tischler in die Berufsschule?", "school_duty"),
        ("Wann muss man sich als Koch bewerben?", "timing"),
        # a note that names an occupation and the topic's words asks nothing
        ("Kl. möchte Ausbildung als Tischler, muss Berufsschule nachholen", None),
        ("Kl. will Ausbildung als Koch, Praktikum hat viel gebracht, Bewerbungsfrist 31.3.", None),
    ],
)
def test_a_rule_that_needs_a_question_is_no_fact_of_a_note(text: str, focus: str | None) -> None:
    assert focus_asked(text) == focus


async def test_holiday_pay_is_answered_without_a_name_found(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("Stimmt es, dass man als Azubi Urlaubsgeld bekommt?")
    assert "Einen gesetzlichen Anspruch auf Urlaubsgeld" in text
    assert "24 Werktage" not in text  # not the days off
    assert "no_personal_data" not in {reminder.id for reminder in reply.reminders}
