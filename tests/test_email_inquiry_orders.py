"""Orders to inquire with someone ("hör mal bei der Stadtbibliothek nach, ob …", "kannst du
bei der Berufsschule anfragen, wann …", "check with the college if …"): a draft to whom the
order names, asking the question; neither the order's words nor the addressee stand in the
question, and a person the question is about is not greeted."""

from __future__ import annotations

import pytest
from conftest import Chat
from test_email_skill import body_of, run

from bot.reply import Outcome
from skills.email.inquiry_order import inquiry_request
from skills.email.routing import evidence


@pytest.mark.parametrize(
    ("order", "request_text"),
    [
        (
            "Hör mal bei der Stadtbibliothek nach, ob der Lesesaal am Samstag offen ist",
            "Anfrage an die Stadtbibliothek: ob der Lesesaal am Samstag offen ist",
        ),
        (
            "kannst du bitte beim Gartenbaubetrieb Kranz anfragen, wann die Bewerbungsfrist "
            "endet?",
            "Anfrage an Gartenbaubetrieb Kranz: wann die Bewerbungsfrist endet",
        ),
        (
            "erkundigen Sie sich bei Frau Wiese, welche Schuhe Jana mitbringen soll",
            "Anfrage an Frau Wiese: welche Schuhe Jana mitbringen soll",
        ),
        (
            "klär mal mit der Druckerei Licht ab ob die noch Praktikanten nehmen",
            "Anfrage an die Druckerei Licht: ob Sie noch Praktikanten nehmen",
        ),
        (
            "Frag den Malerbetrieb Stein, ob sie im Mai zwei Praktikanten nehmen können",
            "Anfrage an den Malerbetrieb Stein: ob Sie im Mai zwei Praktikanten nehmen können",
        ),
        (
            "schreib dem Reisebüro Sonne und frag nach, ob Kai am 4.5. anfangen kann",
            "Anfrage an Reisebüro Sonne: ob Kai am 4.5. anfangen kann",
        ),
        (
            "please check with the Volkshochschule if they still have places in the B1 course",
            "Email to the Volkshochschule: whether you still have places in the B1 course",
        ),
        (
            "could you ask Mr. Baker when the workshop starts?",
            "Email to Mr. Baker: when the workshop starts",
        ),
    ],
)
def test_an_order_to_inquire_is_read_as_the_inquiry_it_asks_for(
    order: str, request_text: str
) -> None:
    assert inquiry_request(order) == request_text


@pytest.mark.parametrize(
    "text",
    [
        "frag mal nach, ob die Prüfung verschoben wird",  # whom to ask?
        "Ich frage mich, ob das so klappt",
        "frag sie bitte, ob sie kommt",  # whose "sie"?
        "Soll ich bei der Kammer nachfragen, ob die Frist gilt?",  # advice asked
        "kannst du für meine Klientin herausfinden, welche Berufe es am Hafen gibt?",
        "ask around if someone knows a locksmith",
        "Anfrage an Herrn Wolf, ob er Zeit hat",  # a person's inquiry is drafted as typed
        "bitte bei Herrn Wolf nachfragen, ob das so passt",  # what "das" is, only we know
        "also ich wollte mal fragen, was ein Gleisbauer so verdient",  # the speaker asks
    ],
)
def test_no_order_to_inquire_with_someone_named_is_left_alone(text: str) -> None:
    assert inquiry_request(text) is None


async def test_an_organisation_is_asked_in_a_sentence_without_the_order_words() -> None:
    body = await body_of(
        "Frag bitte bei der Druckerei Licht nach, ob der Praktikumsplatz für Jana noch frei ist"
    )
    assert body.startswith("An: Druckerei Licht\n")
    assert "Sehr geehrte Damen und Herren," in body
    assert "ich möchte Sie fragen, ob der Praktikumsplatz für Jana noch frei ist." in body
    for order_word in ("Frag", "nach,", "Druckerei Licht nach"):
        assert order_word not in body.split("\n", 1)[1]


async def test_the_person_a_question_is_about_is_not_greeted() -> None:
    body = await body_of(
        "Kannst du beim Versorgungsamt nachfragen, ob der Antrag von Frau Ilić da ist?"
    )
    assert "Sehr geehrte Damen und Herren," in body
    assert "Sehr geehrte Frau" not in body
    assert "ob der Antrag von Frau Ilić da ist." in body
    assert "nachfragen" not in body


async def test_a_question_word_opens_a_question_asked_of_the_addressee() -> None:
    body = await body_of("erkundige dich bei der Kita Regenbogen, wie lange die Probezeit ist")
    assert "ich möchte Sie fragen, wie lange die Probezeit ist." in body


async def test_the_addressee_asked_about_themselves_is_asked_directly() -> None:
    body = await body_of("Frag Herrn Albrecht, wann er am Montag Zeit hat")
    assert "Sehr geehrter Herr Albrecht," in body
    assert "ich möchte Sie fragen, wann Sie am Montag" in body


async def test_a_question_of_its_own_stays_as_typed() -> None:
    body = await body_of("Anfrage an die Sparkasse Unna: wie ist der Stand der Bewerbung von Ole?")
    assert "An: Sparkasse Unna" in body
    assert "wie ist der Stand der Bewerbung von Ole?" in body
    assert "fragen, wie ist" not in body


async def test_an_english_order_asks_in_english() -> None:
    body = await body_of(
        "check with the Chamber of Commerce if the exam on 3 May 2027 still takes place",
        language="en",
    )
    assert "Dear Sir or Madam," in body
    assert "I would like to ask you whether the exam on 3 May 2027 still takes place." in body
    assert "check with" not in body


async def test_an_inquiry_is_a_message_whatever_its_question_names() -> None:
    # "verschoben" and "Termin" would name a rescheduling: the question only asks about one
    result = await run("frag bei der Firma Ohm nach, ob der Termin am 3.3. verschoben wurde")
    assert result.outcome is Outcome.OK
    assert result.data["purpose"] == "message"


def test_an_order_to_inquire_outweighs_an_occupation_in_its_question() -> None:
    text = "Kannst du die Firma Ohm fragen, ob sie Elektroniker für Betriebstechnik ausbilden?"
    assert evidence(text) > 2.5


@pytest.mark.parametrize(
    "text",
    [
        "mail an die Bäckerei Korn, ob die Ausbildung zur Bäckerin im August beginnt",
        "email Bakery Korn asking if the apprenticeship starts in August",
    ],
)
async def test_the_command_word_can_be_the_orders_verb(acked_chat: Chat, text: str) -> None:
    reply, _ = await acked_chat.say(text)
    assert reply.skill_id == "email"
    body = str(reply.data["body"])
    assert "Korn," not in body
    assert "asking" not in body
    assert "fragen, ob" in body or "ask you whether" in body


async def test_an_organisation_asked_about_itself_is_asked_as_sie() -> None:
    body = await body_of("klär mit der Druckerei Licht ab, ob die noch Praktikanten nehmen")
    assert "ich möchte Sie fragen, ob Sie noch Praktikanten nehmen." in body


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "frag beim Schulamt für den Kreis Soest nach, ob Ferien als Praktikum zählen",
            "An: Schulamt für den Kreis Soest",
        ),
        (
            "frag bei der Volksbank Lippe nach, ob noch Azubis gesucht werden",
            "An: Volksbank Lippe",
        ),
        ("kannst du bei der HWK nachfragen, wann die Prüfung ist", "An: HWK"),
    ],
)
async def test_offices_banks_and_chambers_are_written_to(text: str, recipient: str) -> None:
    body = await body_of(text)
    assert body.startswith(recipient + "\n")
    assert "Sehr geehrte Damen und Herren," in body
