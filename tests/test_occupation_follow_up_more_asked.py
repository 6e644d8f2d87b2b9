"""Follow-ups that ask two things at once or something next to the card's facts: a thing and a
certificate ("braucht man da Mathe oder reicht Hauptschule?"), whether the occupation is a
recognised training occupation (its legal basis answers it), the duration of something other
than the training ("wie lange dauert das Praktikum?": never the training's duration), and
English working hours ("what are the hours like?")."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.reply import Heading, Outcome
from skills.occupation.focus import Focus
from skills.occupation.follow_up import read_follow_up
from skills.occupation.query import extract_query
from skills.occupation.recognised_question import recognition_asked

_NAMES = {"koch", "tischler", "friseur", "holzmechaniker"}


def names(words: str) -> bool:
    return words.casefold() in _NAMES


@pytest.mark.parametrize(
    "text",
    [
        "braucht man da Mathe oder reicht Hauptschule?",
        "muss man gut in mathe sein oder reicht ein hauptschulabschlus?",
        "do you need maths or is a lower secondary school certificate enough?",
    ],
)
def test_a_thing_and_a_certificate_asked_at_once_is_a_requirement_of_the_thing(
    text: str,
) -> None:
    question = read_follow_up(text, names)
    assert question is not None
    assert question.focus is Focus.NEED  # its answer gives the usual certificate too


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("reicht da ein hauptschulabschluss?", Focus.REQUIREMENTS),
        ("reicht ein hauptschulabschluss oder braucht man abi?", Focus.REQUIREMENTS),
        ("braucht man da Abi?", Focus.REQUIREMENTS),
    ],
)
def test_certificates_alone_stay_the_cards_fact(text: str, focus: Focus) -> None:
    question = read_follow_up(text, names)
    assert question is not None
    assert question.focus is focus


@pytest.mark.parametrize(
    "text",
    [
        "wie lange dauert das Praktikum?",
        "wie lange dauert die Meisterschule?",
        "wie lange dauert die Weiterbildung zur Meisterin?",
        "wie lange dauert dann der meister?",
        "Wie lange ist man pro Woche in der Berufsschule?",
        "how long is the internship?",
    ],
)
def test_the_duration_of_something_else_is_no_training_duration(text: str) -> None:
    question = read_follow_up(text, names)
    assert question is not None
    assert question.focus is Focus.UNLISTED


@pytest.mark.parametrize(
    ("text", "focus", "also"),
    [
        ("wie lange dauert die ausbildung?", Focus.DURATION, ()),
        ("wie lange dauert das insgesamt?", Focus.DURATION, ()),
        # further training in a clause of its own is a second question
        (
            "wie lange dauert die ausbildung und wie sind die aussichten?",
            Focus.DURATION,
            (Focus.PROSPECTS,),
        ),
    ],
)
def test_the_trainings_own_duration_stays(
    text: str, focus: Focus, also: tuple[Focus, ...]
) -> None:
    question = read_follow_up(text, names)
    assert question is not None
    assert (question.focus, question.also) == (focus, also)


@pytest.mark.parametrize(
    "text",
    [
        "ist das ein anerkannter ausbildungsberuf?",
        "ist das ein staatlich anerkannter ausbildungsberuf?",
        "ist das ne richtige ausbildung?",
        "is that a proper apprenticeship?",
    ],
)
def test_a_recognised_training_occupation_is_asked_by_its_legal_basis(text: str) -> None:
    question = read_follow_up(text, names)
    assert question is not None
    assert question.focus is Focus.LEGAL


@pytest.mark.parametrize(
    ("text", "occupation"),
    [
        ("Ist Tischler ein anerkannter Ausbildungsberuf?", "Tischler"),
        ("ist friseur überhaupt ein anerkannter ausbildungsberuf?", "friseur"),
        ("ist Fachkraft für Lagerlogistik eigentlich eine richtige ausbildung?",
         "Fachkraft für Lagerlogistik"),
        ("is a carpenter a proper apprenticeship?", "carpenter"),
    ],
)  # fmt: skip
def test_a_recognition_question_with_the_name_is_cut_off_it(text: str, occupation: str) -> None:
    assert recognition_asked(text) == occupation
    query = extract_query(text)
    assert (query.text, query.focus) == (occupation, Focus.LEGAL)


def test_other_questions_are_no_recognition_question() -> None:
    assert recognition_asked("Ist Tischler ein guter Beruf?") is None
    assert recognition_asked("wird das hier anerkannt?") is None


async def test_a_dual_entry_without_its_act_is_still_said_to_be_recognised(
    acked_chat: Chat,
) -> None:
    await acked_chat.say("beruf Kauffrau für Büromanagement")  # no act recorded in the entry
    reply, text = await acked_chat.say("ist das ein staatlich anerkannter ausbildungsberuf?")
    assert reply.outcome is Outcome.OK
    assert text.startswith("Zu Kaufmann/-frau für Büromanagement: Nach dem Katalog ein")
    assert "BBiG oder HwO" in text

    reply, text = await acked_chat.say("Ist Friseurin ein anerkannter Ausbildungsberuf?")
    assert Heading("Friseur/in") in reply.blocks
    assert "BBiG oder HwO" in text.split("Männlich")[0]  # the card alone would be silent


async def test_a_duration_the_card_does_not_list_is_said_so(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Friseurin")
    reply, text = await acked_chat.say("wie lange dauert die Weiterbildung zur Meisterin?")
    assert reply.outcome is Outcome.OK
    assert text.startswith("Zu Friseur/in: Dazu enthält der Katalog keine Angaben")
    assert "3 Jahre" not in text  # the training's duration is no answer to it


async def test_english_working_hours_after_a_card(acked_chat: Chat) -> None:
    await acked_chat.say("occupation nurse")
    reply, text = await acked_chat.say("what are the hours like?")
    assert reply.outcome is Outcome.OK
    assert text.startswith("About Pflegefachmann/-frau: The catalogue holds no working hours")
