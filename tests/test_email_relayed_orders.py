"""Orders to write to someone typed in other ways than "Mail an …" reach the email skill: an
order after the material that names the addressee back by a pronoun ("… -> antworte ihr,
dass …", "… kannst du ihm das so mitteilen?"), sending to a role ("schick dem Betrieb …"),
"ne" for "eine", a "bitte" between the verb and the name, everyone in a course, and an office
written to with the verb last ("was ans Jobcenter schreiben"). Material that only mentions
such words keeps its route."""

from __future__ import annotations

import pytest
from conftest import Chat

from skills.email.classify import classify
from skills.email.relay import relayed
from skills.email.routing import evidence


@pytest.mark.parametrize(
    "text",
    [
        'Herr Yilmaz schrieb: "Ich finde den Raum nicht." -> antworte ihm, dass Raum 3.04 im '
        "zweiten Stock ist",
        "Frau Berg fragt, ob sie den Lebenslauf mitbringen soll. Sag ihr bitte: ja, das "
        "Zeugnis auch.",
        "Termin mit Herrn Ivanov am 4.3. fällt aus – könntest du ihm das bitte schreiben?",
        "Ms Lopez asked whether the course is free. Let her know that it is, it starts on 3 "
        "March.",
        "Familie Okafor kommt am 12.2. um 16 Uhr zum Gespräch, Raum 1.01. Ihr das bitte so "
        "bestätigen",
        "Die Eltern haben nach dem Praktikum gefragt.\ninformiere sie, dass es am 1.3. beginnt",
    ],
)
def test_an_order_naming_the_addressee_back_is_relayed(text: str) -> None:
    assert relayed(text)


@pytest.mark.parametrize(
    "text",
    [
        # a note's own to-do bullet, a possessive, a report and a question to Lotse
        "Gespräch mit Frau Aydin\n- schreib ihr wegen Termin\n- Lebenslauf fehlt",
        "Ihr Sohn soll sich bis Freitag melden, sagt sie",
        "Er hat ihr gesagt, dass der Termin ausfällt",
        "Was verdient ein Kfz-Mechatroniker? Sag mir bitte auch die Dauer",
        "Schick mir die Liste der Berufe",
    ],
)
def test_material_that_only_mentions_telling_is_not_relayed(text: str) -> None:
    assert not relayed(text)


@pytest.mark.parametrize(
    "text",
    [
        # sending to someone named by a role
        "schick dem Betrieb kurz die neuen Arbeitszeiten von Herrn Sow: ab 1.3. von 7 bis 15:30",
        "sende der Klasse 10b die Termine für das Bewerbungstraining: 4.2. und 11.2.",
        # "ne" for "eine"
        "schick Herrn Nowak ne Einladung zum Gespräch am 9.3. um 11 Uhr",
        # a "bitte" or "mal" between the verb and whom it is for
        "lade bitte Herrn Wu zum Infotag am 4.3. um 10 Uhr ein",
        "erinner mal jonas dran, dass er am 2.2. den Arzttermin hat",
        # everyone in a course described by several words
        "invite everyone in the Thursday evening English class to the last session on 25 February",
        "erinnere alle aus dem Kurs vom Dienstag Abend an die Prüfung am 3.3.",
        # an office or a role written to, the verb last
        "kurz was an die Schule schreiben: Praktikumstag am 5.3. fällt aus",
        "bitte ans Autohaus Kern mailen, dass Herr Sow am 8.3. später anfängt",
    ],
)
def test_orders_to_someone_without_mail_score_as_email_requests(text: str) -> None:
    assert evidence(text) >= 2.0


def test_an_office_written_to_is_not_a_referral_to_it() -> None:
    text = "bitte was ans Jobcenter Hamm schreiben: Herr Sow ist seit 4.1. krank"
    assert classify(text) != "referral"


async def test_notes_that_end_in_an_order_to_tell_the_client_are_drafted(
    acked_chat: Chat,
) -> None:
    reply, _ = await acked_chat.say(
        "Gespräch mit Frau Nguyen heute\n"
        "- Bewerbung bei der Stadt Unna bis 15.03.\n"
        "- Zeugnisse fehlen noch\n"
        "- nächster Termin 20.03. um 10 Uhr\n"
        "kannst du ihr das so mitteilen?"
    )
    assert reply.skill_id == "email"


async def test_notes_to_summarise_with_a_to_do_stay_a_summary(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say(
        "Fasse bitte zusammen: Gespräch mit Frau Nguyen\n"
        "- Bewerbung bei der Stadt Unna bis 15.03.\n"
        "- schreib ihr wegen der Zeugnisse\n"
        "- nächster Termin 20.03."
    )
    assert reply.skill_id == "summary"


async def test_a_client_message_pasted_above_an_answer_is_drafted(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say(
        'Herr Osei hat geschrieben: "Kann ich den Termin am Montag auch online machen?"\n'
        "-> antworte ihm, dass das geht, Link folgt am 1.2."
    )
    assert reply.skill_id == "email"


@pytest.mark.parametrize(
    "text",
    [
        '"Ist das Praktikum bezahlt?" fragt Herr Dogan – bitte antworten: ja, 600 € im Monat',
        "Frau Ilić schrieb, sie findet den Raum nicht. Kurz zurückschreiben, dass es 1.05 ist",
        "Mr Adams wrote that he is ill -> write back that he should send a sick note",
        "the client asked about the fee – answer no, there is none",
        "Herr Kamau hat nach dem Kurs gefragt. Rückmeldung an ihn: Start am 2.4.",
    ],
)
def test_a_reply_to_the_message_before_it_is_relayed(text: str) -> None:
    assert relayed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gespräch mit Frau Aydin\n- antworten bis Freitag\n- Lebenslauf fehlt",
        "Sie hat auf meine Mail nicht geantwortet.",
        "Er will antworten, sobald er den Bescheid hat",
    ],
)
def test_a_reply_reported_or_noted_is_not_relayed(text: str) -> None:
    assert not relayed(text)
