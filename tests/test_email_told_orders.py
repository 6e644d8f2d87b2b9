"""Telling, asking and writing to someone, typed as counsellors do, reach the email skill:
"sag"/"richte"/"frag" with whom it is for, a role after "gib"/"sag"/"teile", an infinitive
after the person ("Frau … fragen, ob …"), a first name before the verb ("Jonas erinnern: …"),
a role written to with the verb last ("der Klasse 9a was schicken"), a request headed by a
role ("An das Team der …: …"), "could you ask …"; and what to tell said in a "dass" clause is
drafted as a message instead of asking what the email is about."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.reply import Outcome
from skills.email.relay import relayed
from skills.email.routing import evidence


@pytest.mark.parametrize(
    "text",
    [
        # "sag", "richte", "frag" and whom it is for
        "Sag Herrn Haddad bitte, dass seine Unterlagen vollständig sind",
        "richte Frau Celik aus, dass der Kurs am 8.3. um 9 Uhr beginnt",
        "frag Frau Mendes, ob sie am 10.3. um 14 Uhr kommen kann",
        "bitte sag allen TN, dass der Workshop am 2.3. ausfällt",
        "could you ask Ms Rivera to bring her passport on 4 March?",
        # a role after "gib", "sag", "teile"
        "gib dem Betrieb Bescheid, dass Herr Nkemelu am 2.3. später kommt",
        "sag der Schule, dass das Praktikum von Mia am 9.3. beginnt",
        # the infinitive after the person
        "Herrn Abubakar fragen, ob er den Termin am 6.3. schafft",
        "Frau Schuster ausrichten, dass der Raum jetzt 2.07 ist",
        # a first name before the verb
        "Ayse erinnern: Bewerbung bei Lidl bis 28.02. abschicken",
        "Milan einladen zum Gespräch am 3.3. um 11 Uhr",
        # a role written to, the verb last
        "kannst du der Klasse 8b was schicken wegen dem Ausflug am 12.3.?",
        "bitte dem Kollegen vom Jobcenter mitteilen, dass Herr Ba seit 2.3. krank ist",
        # a request headed by a role
        "An das Team der Tagespflege Sonnenhof: Frau Okoro beginnt ihr Praktikum am 1.4.",
    ],
)
def test_telling_someone_scores_as_an_email_request(text: str) -> None:
    assert evidence(text) >= 2.0


@pytest.mark.parametrize(
    "text",
    [
        "Sag mir bitte, was ein Tischler verdient",
        "frag mal, ob es Ausbildungen im Bereich Tiere gibt",
        "Gib mir eine Liste von Berufen mit Tieren",
        "Morgen erinnern: Bericht schreiben",
        "To the point: what does a carpenter earn?",
        "Er soll die Bewerbung an die Firma schicken, wie geht das?",
    ],
)
def test_asking_lotse_itself_is_no_order_to_tell_someone(text: str) -> None:
    assert evidence(text) < 2.0


def test_bitte_before_the_pronoun_makes_it_an_order() -> None:
    assert relayed("Frau Roth wollte wissen, wann der Kurs ist. Bitte ihr schreiben: 3.3.")


async def test_what_to_tell_in_a_dass_clause_is_drafted_without_a_question(
    acked_chat: Chat,
) -> None:
    reply, text = await acked_chat.say("kannst du Frau Pham sagen, dass ihr Termin morgen ist")
    assert reply.skill_id == "email"
    assert reply.outcome is Outcome.OK
    assert "Termin morgen (" in text  # the day the word was read as follows it


@pytest.mark.parametrize(
    "text",
    [
        # a reply or a message given to someone
        "Kannst du Frau Adu eine kurze Rückmeldung geben, dass ihr Antrag da ist?",
        "bitte Herrn Sall eine Zusage schicken für den Kursplatz ab 1.4.",
        # the email's own subject line first
        "Betreff: Praktikum Frau Lima – Beginn 1.4. um 8 Uhr im Lager",
        "Subject: your appointment on 4 March",
        # headed by whom it is for, any name after the German "an"
        "an die Klassenleitung der 8a: Bewerbungsfotos am 12.3., bitte Liste bis 5.3.",
    ],
)
def test_replies_subject_lines_and_headings_score_as_email_requests(text: str) -> None:
    assert evidence(text) >= 2.0


def test_an_order_after_a_comma_names_the_addressee_back() -> None:
    assert relayed("Jana soll den Lebenslauf bis Freitag schicken, schreib ihr das bitte")
    assert not relayed("Er meinte, ihr Sohn soll sich bis Freitag melden")


async def test_material_before_schreib_ihm_das_is_drafted_as_a_message(
    acked_chat: Chat,
) -> None:
    reply, _ = await acked_chat.say(
        "Lea soll ihre Bewerbung bis Montag schicken, schreib ihr das bitte per du"
    )
    assert reply.skill_id == "email"
    assert reply.outcome is Outcome.OK


@pytest.mark.parametrize(
    "text",
    [
        # a compound of "Nachricht" or "Info" before "an"
        "Kurznachricht an Frau Diop: Termin morgen entfällt, ich melde mich",
        "Textnachricht an Herrn Ruiz: bitte Rückruf unter 02381 4475-130",
        # passed on to a titled person, the verb last
        "bitte an Herrn Brandt vom Jobcenter weitergeben: Frau Sy ist ab 3.3. in Elternzeit",
    ],
)
def test_short_messages_and_passing_on_score_as_email_requests(text: str) -> None:
    assert evidence(text) >= 2.0


def test_a_titled_person_who_is_to_send_something_is_no_order() -> None:
    assert evidence("Frau Schröder muss noch ihren Lebenslauf schicken") < 2.0
