"""General questions about applying and everyday life in training that were "nicht
verstanden" (or answered with occupations): selection tests, child benefit, being off sick,
school internships, what a job interview asks and when to apply. Each gets its reviewed
answer; a mail or notes naming them stay with their skill, a verdict on one person's test
stays refused, and one person's progress is no general question."""

from __future__ import annotations

import pytest
from conftest import Chat
from topic_support import answered_as, asked_without_a_card, topic_answer

from bot.policy.judgement import is_decision_request
from skills.occupation.training_system import topic_of


@pytest.mark.parametrize(
    ("question", "topic", "language", "said"),
    [
        ("Wie bereitet man Jugendliche auf ein Assessment Center vor?", "selection_test", "de",
         "Gruppendiskussion"),
        ("Was muss man für den Eignungstest bei der Feuerwehr können", "selection_test", "de",
         "logisches Denken"),
        ("Auswahltest Ausbildung online?", "selection_test", "de", "Konzentration"),
        ("any tips for a recruitment test for trainees?", "selection_test", "en",
         "logical thinking"),
        ("Kriegen die Eltern Kindergeld, solange der Sohn eine Lehre macht?", "child_benefit",
         "de", "Familienkasse"),
        ("kindergeld azubi 20 jahre", "child_benefit", "de", "25. Geburtstag"),
        ("is child benefit still paid during an apprenticeship?", "child_benefit", "en",
         "25th birthday"),
        ("Wer zahlt den Lohn, wenn ein Lehrling krankgeschrieben ist?", "sick_in_training",
         "de", "sechs Wochen"),
        ("Muss eine Auszubildende schon am ersten Tag ein Attest bringen?", "sick_in_training",
         "de", "drei Kalendertage"),
        ("does a trainee get sick pay?", "sick_in_training", "en", "six weeks"),
        ("Betriebspraktikum Klasse 9 – wie viele Stunden am Tag?", "school_internship", "de",
         "35 Stunden"),
        ("Ist ein Schülerpraktikant unfallversichert?", "school_internship", "de", "SGB VII"),
        ("school work experience placement - how many hours a day?", "school_internship", "en",
         "seven hours"),
        ("Was fragen Ausbilder im Bewerbungsgespräch?", "application_documents", "de",
         "Stärken und Schwächen"),
        ("what questions come up in an interview for a training place?",
         "application_documents", "en", "strengths and weaknesses"),
        ("Bis wann sollte man die Bewerbung für einen Ausbildungsstart im Herbst abschicken",
         "training_start", "de", "ein Jahr"),
        ("how far in advance should school leavers apply for a training place?",
         "training_start", "en", "a year"),
    ],
)  # fmt: skip
async def test_a_question_about_life_in_training_gets_its_reviewed_answer(
    acked_chat: Chat, question: str, topic: str, language: str, said: str
) -> None:
    reply, shown = await asked_without_a_card(acked_chat, question)
    assert answered_as(reply) == topic_answer(topic, language)
    assert said in shown


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("Mail an Frau Demir: Erinnerung an den Einstellungstest am 12.3. um 9 Uhr", "email"),
        (
            "zusammenfassen: TN hat Einstellungstest bei der Polizei am 4.5., "
            "Krankmeldung liegt dem Betrieb vor, Kindergeld läuft weiter",
            "summary",
        ),
    ],
)
async def test_a_mail_or_notes_naming_a_topic_stay_with_their_skill(
    acked_chat: Chat, text: str, skill_id: str
) -> None:
    reply, _ = await acked_chat.say(text)
    assert reply.skill_id == skill_id


@pytest.mark.parametrize(
    "text",
    [
        "Wird Jonas den Einstellungstest bei der Polizei bestehen?",
        "Ist Frau Krause fürs Assessment-Center bei der Bank geeignet?",
    ],
)
def test_a_verdict_on_one_persons_test_stays_refused(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    ("text", "topic_id"),
    [
        ("Hat Mia den Eignungstest schon gemacht?", "selection_test"),  # one person's progress
        ("Ausbildung im Krankenhaus?", "sick_in_training"),  # a workplace, nobody ill
        ("Welche Lehrberufe gibt es bei der Krankenkasse?", "sick_in_training"),
    ],
)
def test_look_alikes_are_not_the_topic(text: str, topic_id: str) -> None:
    topic = topic_of(text)
    assert topic is None or topic.id != topic_id
