"""Common general questions that got "nicht verstanden" or landed elsewhere: funding of a
training ("Gibt es Förderung für eine Umschulung?"), how long a training takes in general,
questions about the catalogue itself ("Wie viele Berufe kennst du?"), an employer's entry
requirements ("komm ich mit hauptschulabschluss zur bundeswehr"), further training in a field,
training without a school certificate, and an occupation named with its employer after it
("Zahnmedizinische Fachangestellte bei einem Zahnarzt in Köln")."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.reply import Heading, Outcome
from skills.occupation.about_catalogue import asks_about_catalogue
from skills.occupation.skill import shared_catalogue


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Gibt es Förderung für eine Umschulung?", "training_funding"),
        ("Bekommt man BAföG in der Ausbildung?", "training_funding"),
        ("wird eine umschulung vom jobcenter gefördet?", "training_funding"),
        ("Is there any funding for retraining?", "training_funding"),
        ("wie lange geht so ne ausbildung eigentlich", "training_duration"),
        ("wieviele jahre dauert ne lehre", "training_duration"),
        ("Welche Weiterbildungen gibt es im Bereich Pflege?", "further_training"),
        ("fortbildungen im handwerk?", "further_training"),
        ("Kann man ohne Schulabschluss überhaupt eine Ausbildung machen?", "no_certificate"),
    ],
)
async def test_a_general_question_gets_its_reviewed_answer(
    acked_chat: Chat, question: str, topic: str
) -> None:
    await acked_chat.say("Welche Ausbildungen gibt es im Bereich Medien?")  # no card to refer to
    reply, shown = await acked_chat.say(question)
    assert reply.skill_id == "occupation"
    assert reply.outcome is Outcome.OK
    assert reply.data["general"]["topic"] == topic
    assert "https://" in shown  # the official source


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Welche Ausbildungen gibt es im Bereich Pflege?", "exploration"),
        ("Welche Ausbildungen gibt es ohne Schulabschluss?", "exploration"),
        ("Wie lange dauert die Ausbildung zum Koch?", "occupation"),
        ("Wird die Ausbildung zur Pflegefachfrau gefördert?", "occupation"),
    ],
)
async def test_a_list_or_an_occupation_stays_what_it_was(
    acked_chat: Chat, question: str, kind: str
) -> None:
    reply, _ = await acked_chat.say(question)
    assert "general" not in reply.data
    assert kind in reply.data


async def test_the_catalogue_is_counted_when_asked_about(acked_chat: Chat) -> None:
    reply, shown = await acked_chat.say("Wie viele Berufe kennst du?")
    total = len(shared_catalogue().occupations)
    assert reply.skill_id == "occupation"
    assert reply.data["about_catalogue"]["total"] == total
    assert f"{total} Berufe" in shown
    assert "BERUFENET" in shown
    reply, shown = await acked_chat.say("how many occupations do you know?")
    assert f"{total} occupations" in shown


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("woher hast du deine infos zu den berufen?", True),
        ("Kennen Sie alle Ausbildungsberufe?", True),
        ("wie aktuell ist dein berufekatalog?", True),
        ("Wie viele Berufe gibt es in Deutschland?", False),
        ("Welche Berufe gibt es mit Tieren?", False),
    ],
)
def test_only_questions_about_the_catalogue_itself_are_read_so(text: str, asked: bool) -> None:
    assert asks_about_catalogue(text) is asked


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("komm ich mit hauptschulabschluss zur bundeswehr", "bundeswehr"),
        ("Was braucht man für die Bundeswehr?", "Bundeswehr"),
        ("braucht man abi für ne ausbildung bei der deutschen bahn?", "deutschen bahn"),
        ("what do you need to join the Bundeswehr?", "Bundeswehr"),
    ],
)
async def test_an_employers_requirements_are_not_in_the_catalogue(
    acked_chat: Chat, question: str, who: str
) -> None:
    reply, shown = await acked_chat.say(question)
    assert reply.skill_id == "occupation"
    assert reply.outcome is Outcome.OK
    assert reply.data["employer"] == who
    assert "occupation" not in reply.data
    assert "arbeitsagentur.de/jobsuche" in shown


async def test_an_occupation_named_as_a_way_in_is_still_looked_up(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say("Kommt man mit Realschulabschluss in die Polizei?")
    assert "employer" not in reply.data
    assert reply.data["occupation"]["id"] == "polizeivollzugsbeamter-gehobener-dienst"


@pytest.mark.parametrize(
    ("question", "title"),
    [
        (
            "Zahnmedizinische Fachangestellte bei einem Zahnarzt in Köln",
            "Zahnmedizinische/r Fachangestellte/r",
        ),
        (
            "kfz-mechatroniker bei nem autohaus in unna, was macht man da",
            "Kraftfahrzeugmechatroniker/in",
        ),
        ("Tischler, was macht man da?", "Tischler/in"),
    ],
)
async def test_an_employer_after_the_title_is_no_part_of_it(
    acked_chat: Chat, question: str, title: str
) -> None:
    reply, _ = await acked_chat.say(question)
    assert Heading(title) in reply.blocks
