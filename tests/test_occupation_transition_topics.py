"""General questions about the transition from school to work that were "nicht verstanden" (or
answered with occupations): the record of training, the intermediate exam, the training
contract, assisted training, career entry support, NRW's KAoA and its potential analysis,
youth employment agencies, the transition system and production schools. Each gets its
reviewed answer; a mail, notes or an occupation's keywords that name them stay where they
were, and the potential analysis as a thing is no judgement of a person."""

from __future__ import annotations

import pytest
from conftest import Chat
from topic_support import answered_as, asked_without_a_card, topic_answer, topic_heading

from bot.policy.judgement import is_decision_request
from bot.reply import Heading
from skills.occupation.training_system import topic_of


@pytest.mark.parametrize(
    ("question", "topic", "language", "said"),
    [
        ("Wozu dient der Ausbildungsnachweis?", "record_book", "de", "§ 43 Abs. 1 Nr. 2"),
        ("berichtsheft digital führen erlaubt?", "record_book", "de", "elektronischen"),
        ("does an apprentice have to keep a record book?", "record_book", "en", "section 13"),
        ("Wann ist die Zwischenprüfung?", "interim_exam", "de", "Ausbildungsordnung"),
        ("gestreckte gesellenprüfung?", "interim_exam", "de", "§ 48 Abs. 2"),
        ("what is the interim exam?", "interim_exam", "en", "progress made"),
        ("Wer unterschreibt einen Ausbildungsvertrag?", "training_contract", "de", "Eltern"),
        ("what goes into an apprenticeship contract?", "training_contract", "en", "parents"),
        ("Wie beantrage ich Assistierte Ausbildung?", "assisted_training", "de", "Jobcenter"),
        ("abH – was war das nochmal?", "assisted_training", "de", "ausbildungsbegleitenden"),
        ("Nachhilfe für Lehrlinge, wer zahlt das?", "assisted_training", "de", "§§ 74 ff."),
        ("Berufseinstiegsbegleiter – für wen ist das?", "entry_support", "de", "§ 49 SGB III"),
        ("Wie lange geht die BerEb?", "entry_support", "de", "24 Monate"),
        ("Was ist der Berufswahlpass?", "kaoa", "de", "Kein Abschluss ohne Anschluss"),
        ("Anschlussvereinbarung??", "kaoa", "de", "Standardelemente"),
        ("Wer macht die Potenzialanalyse in Klasse 8?", "potential_analysis", "de", "Jahrgangs"),
        ("What happens in the potential analysis?", "potential_analysis", "en", "year 8"),
        ("Was ist eine JBA?", "youth_employment_agency", "de", "Jugendamt"),
        ("Was gehört zum Übergangsbereich?", "transition_system", "de", "BvB"),
        ("what is the transition system in germany?", "transition_system", "en", "BvB"),
        ("Produktionsschule in Dortmund?", "production_school", "de", "Berufsberatung"),
    ],
)
async def test_a_transition_question_gets_its_reviewed_answer(
    acked_chat: Chat, question: str, topic: str, language: str, said: str
) -> None:
    reply, shown = await asked_without_a_card(acked_chat, question)
    assert answered_as(reply) == topic_answer(topic, language)
    assert said in shown


async def test_a_production_school_is_no_occupation_to_suggest(acked_chat: Chat) -> None:
    reply, shown = await acked_chat.say("Was macht man in einer Produktionsschule?")
    assert reply.blocks[0] == topic_heading("production_school", "de")
    assert "Meinten Sie" not in shown
    assert "`beruf " not in shown


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("Mail an Jonas: bitte bring dein Berichtsheft am Freitag um 9 Uhr mit", "email"),
        (
            "Schreib Herrn Schulz, dass der Ausbildungsvertrag am 04.06. unterschrieben wird",
            "email",
        ),
        ("email to Lea: please bring your training contract on Monday at 10", "email"),
        (
            "zusammenfassen: Kl. schreibt Zwischenprüfung im Mai, Berichtsheft lückenhaft. "
            "Vereinbart: AsA flex anfragen",
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
    ("text", "title"),
    [("Zwischenprüfung Elektroniker für Betriebstechnik", "Elektroniker/in für Betriebstechnik"),
     ("Berichtsheft Bäcker", "Bäcker/in")],
)  # fmt: skip
async def test_keywords_with_an_occupation_look_it_up(
    acked_chat: Chat, text: str, title: str
) -> None:
    reply, _ = await acked_chat.say(text)
    assert reply.blocks[0] == Heading(title)


@pytest.mark.parametrize(
    "text",
    [
        "Hat Tim die Zwischenprüfung schon geschrieben.",  # a note, no question
        "BAB abh. vom Einkommen der Eltern",  # "abh." is "abhängig", not the abH
        "Asa kommt morgen um 10",  # a name
    ],
)
def test_notes_and_look_alikes_are_no_transition_question(text: str) -> None:
    topic = topic_of(text)
    assert topic is None or topic.id not in {"interim_exam", "assisted_training"}


@pytest.mark.parametrize(
    ("text", "judgement"),
    [
        ("Was macht man bei der Potenzialanalyse?", False),
        ("Was machen die Schüler bei der Potentialanalyse?", False),
        ("In welcher Klasse ist bei euch die Potentialanalyse?", False),
        ("Wie läuft die Potenzialanalyse für die Schüler ab?", False),
        ("Erstell mir eine Potenzialanalyse von Herrn Krause", True),
        ("Hat Lara genug Potenzial für eine Ausbildung als Bankkauffrau?", True),
    ],
)
def test_the_potential_analysis_as_a_thing_is_no_judgement(text: str, judgement: bool) -> None:
    assert is_decision_request(text) is judgement
