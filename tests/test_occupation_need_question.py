"""Requirements asked about one specific thing ("brauch ich dafür nen Führerschein?") and the
recognition of certificates from abroad: answered honestly for the occupation asked about or
shown last, never "not understood", never read as a specialisation or a town."""

from __future__ import annotations

import pytest
from conftest import Chat, FakeClock

from bot.reply import Heading, Outcome
from skills.occupation.focus import Focus
from skills.occupation.follow_up import read_follow_up
from skills.occupation.need_question import need_asked
from skills.occupation.query import extract_query
from skills.occupation.training_system import topic_of

_NAMES = {"koch", "tischler", "holzmechaniker"}


def names(words: str) -> bool:
    return words.casefold() in _NAMES


@pytest.mark.parametrize(
    "text",
    [
        "brauch ich dafür nen Führerschein?",
        "braucht man Mathe dafür?",
        "braucht man da Englisch?",
        "brauchen die ein erweitertes Führungszeugnis?",
        "muss man gut in mathe sein?",  # "in Mathe" is no town
        "muss man dafür gut deutsch können?",
        "ist physik wichtig?",
        "sind piercings ein problem?",
        "do you need to speak German well?",
        "do I need a driving licence for that?",
        "ok danke\nbraucht man da nen Führerschein?",  # a clause of words a follow-up holds
    ],
)
def test_a_requirement_of_one_thing_is_a_follow_up(text: str) -> None:
    question = read_follow_up(text, names)
    assert question is not None
    assert question.focus is Focus.NEED
    assert question.other is None


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        # a clause of its own before: the question is about the appointment
        ("Wir haben morgen ein Gespräch, brauche ich dafür den Führerschein?", None),
        ("Ich hab morgen nen Termin beim Amt, muss ich dafür den Perso mitbringen?", None),
        # a certificate is the card's own fact; a field is asked back elsewhere
        ("braucht man da Abi?", Focus.REQUIREMENTS),
        ("welchen Abschluss braucht man im Handwerk?", None),
        # "muss" with another verb asks about something else
        ("muss man da arbeitskleidung selber kaufen?", Focus.UNLISTED),
        # an occupation named: the same asked of it
        ("und braucht man als Holzmechaniker Abi?", Focus.REQUIREMENTS),
    ],
)
def test_anything_else_is_no_requirement_of_one_thing(text: str, focus: Focus | None) -> None:
    question = read_follow_up(text, names)
    assert (question.focus if question is not None else None) is focus


@pytest.mark.parametrize(
    ("text", "occupation", "focus"),
    [
        ("Braucht man für Berufskraftfahrer einen Führerschein?", "Berufskraftfahrer", Focus.NEED),
        ("Muss man als Pflegefachfrau gut Deutsch sprechen?", "Pflegefachfrau", Focus.NEED),
        ("braucht man als Koch nen Gesundheitszeugnis?", "Koch", Focus.NEED),
        ("muss man als Fachinformatiker gut in Mathe sein?", "Fachinformatiker", Focus.NEED),
        ("do you need good german for an apprenticeship as a chef?", "chef", Focus.NEED),
        ("do I need a driving licence to become a bus driver?", "bus driver", Focus.NEED),
        # a certificate asked the same way is cut off the name just as well
        ("Braucht man für Bankkaufmann ein Abitur?", "Bankkaufmann", Focus.REQUIREMENTS),
        (
            "Braucht man für Tischler einen guten Hauptschulabschluss?",
            "Tischler",
            Focus.REQUIREMENTS,
        ),
    ],
)
def test_a_requirement_asked_with_the_occupation_is_cut_off_its_name(
    text: str, occupation: str, focus: Focus
) -> None:
    assert need_asked(text) == (occupation, focus)
    query = extract_query(text)
    assert (query.text, query.focus) == (occupation, focus)


async def test_a_requirement_the_catalogue_lacks_is_said_so_with_the_certificate(
    acked_chat: Chat,
) -> None:
    await acked_chat.say("beruf Berufskraftfahrer")
    reply, text = await acked_chat.say("brauch ich dafür nen Führerschein?")
    assert reply.outcome is Outcome.OK
    assert text.startswith("Zu Berufskraftfahrer/in: Das führt der Katalog nicht")
    assert "Üblich ist: Hauptschulabschluss" in text
    assert "berufenet" in text

    reply, text = await acked_chat.say("Braucht man für Berufskraftfahrer einen Führerschein?")
    assert Heading("Berufskraftfahrer/in") in reply.blocks
    assert "Fachrichtung" not in text  # "Führerschein" is no specialisation
    assert "Das führt der Katalog nicht" in text.split("Männlich")[0]


async def test_a_certificate_asked_with_an_article_is_no_specialisation(
    acked_chat: Chat,
) -> None:
    reply, text = await acked_chat.say("Braucht man für Bankkaufmann ein Abitur?")
    assert Heading("Bankkaufmann/-frau") in reply.blocks
    assert "Fachrichtung" not in text
    assert "Üblich ist:" in text.split("Männlich")[0]


@pytest.mark.parametrize(
    "text",
    [
        "Wo lasse ich einen ausländischen Abschluss anerkennen?",
        "Wer übersetzt die Zeugnisse?",
        "wer ist eigentlich für die anerkennung von ausländischen berufsabschlüssen zuständig?",
        "how do I get a foreign degree recognised in germany?",
    ],
)
def test_the_recognition_of_certificates_is_a_general_question(text: str) -> None:
    topic = topic_of(text)
    assert topic is not None
    assert topic.id == "recognition"


def test_a_list_of_documents_is_no_question_about_recognition() -> None:
    text = "unterlagen anfordern: übersetztes abschlusszeugnis, anerkennungsbescheid – bis 12.02."
    assert topic_of(text) is None


async def test_recognition_asked_after_a_card_is_answered_for_it(
    acked_chat: Chat, clock: FakeClock
) -> None:
    await acked_chat.say("beruf Pflegefachfrau")
    reply, text = await acked_chat.say(
        "sie hat die ausbildung in syrien gemacht, wird das hier anerkannt?"
    )
    assert reply.outcome is Outcome.OK
    assert text.startswith("Zu Pflegefachmann/-frau:")
    assert "https://www.anerkennung-in-deutschland.de/" in text
    assert "örtlichen" not in text  # "in Syrien" is no town asked about

    clock.advance(minutes=31)  # the card is forgotten: a general question
    reply, text = await acked_chat.say("Wo lasse ich einen ausländischen Abschluss anerkennen?")
    assert Heading("Anerkennung ausländischer Abschlüsse") in reply.blocks
    assert "IHK FOSA" in text
