"""Questions asked on a client's behalf and everyday questions that were "nicht verstanden":
a client's name or "kannst du für … herausfinden" around an otherwise understood question,
what the vocational school costs, taxes and social insurance of trainees, a new start later in
working life, funding beside an occupation's card, what it takes for a field ("die Pflege"),
where to find an internship for an occupation, and the legal basis of a dual occupation in a
comparison when the catalogue does not say which act."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.reply import Heading, Outcome
from skills.occupation.client_frame import without_client
from skills.occupation.focus import Focus
from skills.occupation.query import extract_query
from skills.occupation.training_system import focus_asked

# a list first: the acknowledgement's card is no occupation the question could refer to
_NO_CARD = "Welche Ausbildungen gibt es im Bereich Medien?"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "Könntest du für Frau Albers nachschauen, wie lange die Ausbildung zur Friseurin "
            "dauert?",
            "Wie lange die Ausbildung zur Friseurin dauert?",
        ),
        (
            "Welche Noten braucht Frau Lehmann für eine Ausbildung als Bankkauffrau?",
            "Welche Noten braucht man für eine Ausbildung als Bankkauffrau?",
        ),
        ("guck mal für jonas nach was ein maurer macht", "was ein maurer macht"),
        ("Herr Petrovic will wissen, was ein Gärtner verdient", "Was ein Gärtner verdient"),
        ("could you find out for my client what a baker earns?", "what a baker earns?"),
        ("Für meine Klientin: Ausbildungen im Bereich Mode?", "Ausbildungen im Bereich Mode?"),
    ],
)
def test_the_client_and_the_asking_are_taken_off(text: str, plain: str) -> None:
    assert without_client(text) == plain


@pytest.mark.parametrize(
    "text",
    [
        # "für" before a word that names no person stays: it belongs to the question
        "Was macht eine Fachkraft für Lagerlogistik?",
        "Kannst du für Elektroniker herausfinden, wie lange die Ausbildung dauert?",
        "Ist das ein Beruf für Frauen?",
        "Was verdient ein Kaufmann für Büromanagement?",
        # the client described in a relative clause is what a list is asked for
        "Hast du was für Lena, die gern mit Tieren arbeitet?",
    ],
)
def test_a_question_without_a_client_is_left_as_it_is(text: str) -> None:
    assert without_client(text) == text


@pytest.mark.parametrize(
    ("question", "title", "said"),
    [
        (
            "Könntest du für Frau Albers nachschauen, wie lange die Ausbildung zur Friseurin "
            "dauert?",
            "Friseur/in",
            "dauert",
        ),
        (
            "Welchen Schulabschluss braucht Herr Nowicki für eine Ausbildung als Maurer?",
            "Maurer/in",
            "Üblich ist",
        ),
        (
            "kannst du für Herrn Brandt rausfinden welche firmen in Unna Tischler ausbilden",
            "Tischler/in",
            "keine örtlichen Angaben",
        ),
        # the place to train, asked of an occupation: where places and internships are listed
        ("wo bekommt man einen Praktikumsplatz als Bäcker?", "Bäcker/in", "Praktikum/Trainee"),
        ("Was braucht man für den Beruf Maurer?", "Maurer/in", "Üblich ist"),
        ("Was braucht man für die Pflege?", "Pflegefachmann/-frau", "Üblich ist"),
    ],
)
async def test_a_question_for_a_client_gets_the_card_with_the_fact(
    acked_chat: Chat, question: str, title: str, said: str
) -> None:
    await acked_chat.say(_NO_CARD)
    reply, shown = await acked_chat.say(question)
    assert reply.skill_id == "occupation"
    assert reply.blocks[0] == Heading(title)
    assert said in shown


async def test_a_judgement_asked_for_a_client_is_still_refused(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say(
        "Kannst du für Herrn Brandt herausfinden, ob er die Ausbildung als Tischler schafft?"
    )
    assert reply.outcome is Outcome.REFUSED


@pytest.mark.parametrize(
    ("question", "topic", "said"),
    [
        ("Muss man fürs Berufskolleg Schulgeld zahlen?", "vocational_school_costs", "Art. 9"),
        ("wer zahlt die bücher in der berufsschule", "vocational_school_costs", "§ 96"),
        ("is there a fee for vocational school?", "vocational_school_costs", "section 96"),
        ("Zahlen Auszubildende Lohnsteuer?", "tax_social_insurance", "Grundfreibetrag"),
        ("lehrling steuern", "tax_social_insurance", "Lohnsteuer"),
        ("Sind Azubis sozialversicherungspflichtig?", "tax_social_insurance", "§ 20 Abs. 3"),
        ("does a trainee pay wage tax?", "tax_social_insurance", "basic allowance"),
        (
            "Er ist 47 und will sich beruflich umorientieren – welche Wege gibt es?",
            "career_change",
            "Berufsberatung im Erwerbsleben",
        ),
        ("Quereinstieg mit Mitte 50, wie geht das?", "career_change", "Umschulung"),
        ("how does a career change at 45 work?", "career_change", "Retraining"),
    ],
)
async def test_an_everyday_question_gets_its_reviewed_answer(
    acked_chat: Chat, question: str, topic: str, said: str
) -> None:
    await acked_chat.say(_NO_CARD)
    reply, shown = await acked_chat.say(question)
    assert reply.skill_id == "occupation"
    assert reply.outcome is Outcome.OK
    assert reply.data["general"]["topic"] == topic
    assert said in shown


@pytest.mark.parametrize(
    ("first", "question", "said"),
    [
        ("beruf Friseurin", "gibt es dafür Förderung?", "Bildungsgutschein"),
        ("beruf Koch", "muss man da steuern zahlen?", "Lohnsteuer"),
        ("beruf Bäcker", "kostet die Berufsschule was?", "Schulgeld"),
    ],
)
async def test_a_rule_asked_after_a_card_is_answered_beside_it(
    acked_chat: Chat, first: str, question: str, said: str
) -> None:
    await acked_chat.say(first)
    reply, shown = await acked_chat.say(question)
    assert reply.skill_id == "occupation"
    assert shown.startswith("Zu ")
    assert said in shown


async def test_funding_asked_with_an_occupation_stands_beside_its_card(acked_chat: Chat) -> None:
    await acked_chat.say(_NO_CARD)
    reply, shown = await acked_chat.say("Förderung Umschulung Fachlagerist")
    assert reply.blocks[0] == Heading("Fachlagerist/in")
    assert "§ 81 SGB III" in shown


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("Gibt es Förderung für eine Ausbildung als Maurer?", "funding"),
        ("Bekommt man BAB in der Ausbildung zum Gärtner?", "funding"),
        # a sentence of a mail or of notes that names a programme asks nothing
        (
            "herrn kaya schreiben dass er den bab antrag mit den unterlagen bis 15.03. abgeben "
            "soll",
            None,
        ),
        ("TN hat die Lohnsteuerbescheinigung vergessen, bringt sie zum Termin mit", None),
    ],
)
def test_a_rule_needs_a_question_or_a_few_words(text: str, focus: str | None) -> None:
    assert focus_asked(text) == focus


async def test_an_institution_after_vom_is_no_occupation_named(acked_chat: Chat) -> None:
    # "Jobcenter" is an everyday word for a job there; "vom Jobcenter" is who pays
    await acked_chat.say(_NO_CARD)
    reply, _ = await acked_chat.say("Kann eine Fortbildung vom Jobcenter finanziert werden?")
    assert reply.data["general"]["topic"] == "training_funding"


def test_what_it_takes_is_the_requirement() -> None:
    query = extract_query("was brauch ich als gärtner")
    assert (query.text, query.focus) == ("gärtner", Focus.REQUIREMENTS)


async def test_a_comparison_says_a_dual_occupation_is_under_bbig_or_hwo(
    acked_chat: Chat,
) -> None:
    # Holzmechaniker/in: the catalogue records no act, only that it is a dual occupation
    reply, shown = await acked_chat.say("Unterschied zwischen Holzmechaniker und Tischler?")
    assert reply.skill_id == "occupation"
    assert "BBiG oder HwO" in shown
    assert "keine Angabe" not in shown
