"""A draft says nothing the request did not: the documents template gives the request's reason
or none of its own, a statement is drafted as the message it is, a fact confirmed is no
appointment confirmed, a role in brackets stays with its person, a lower-case business name is
one name, a pronoun in a mail to a parent names the child, and "seit Montag" has been."""

from __future__ import annotations

from datetime import date

import pytest
from test_email_skill import body_of, run

from bot.reply import Outcome
from skills.email.dates import find_dates
from skills.email.reasons import find_reason

TODAY = date(2027, 1, 11)  # a Monday


# --- the reason documents are asked for ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("bitte den Mietvertrag schicken, brauche ich für das Wohngeld", "für das Wohngeld"),
        (
            "Kopie der Lohnabrechnung nachreichen, zur Vorlage beim Arbeitgeber.",
            "zur Vorlage beim Arbeitgeber",
        ),
        (
            "sie soll das Attest schicken, damit ich die Fehlzeiten entschuldigen kann",
            "damit ich die Fehlzeiten entschuldigen kann",
        ),
    ],
)
def test_a_reason_after_the_list_is_found(text: str, reason: str) -> None:
    found = find_reason(text)
    assert found is not None
    assert found.text == reason


async def test_documents_without_a_reason_invent_no_counselling_meeting() -> None:
    body = await body_of("Mail an Frau Ostrowski: bitte noch den Meldezettel nachreichen")
    assert "Beratungsgespräch" not in body
    assert "Beratung" not in body.splitlines()[0]  # the subject
    assert "ich bitte Sie um folgende Unterlagen:" in body


async def test_documents_for_a_counselling_meeting_keep_the_templates_reason() -> None:
    body = await body_of(
        "Mail an Herrn Lindqvist: zum Beratungstermin am 17.03.2027 um 9 Uhr bitte den "
        "Lebenslauf mitbringen"
    )
    assert "damit ich unser Beratungsgespräch gut vorbereiten kann" in body


async def test_a_purpose_clause_replaces_the_templates_reason() -> None:
    body = await body_of(
        "Mail an Herrn Tóth: bitte das Zeugnis schicken, damit wir die Anmeldung an der "
        "Berufsschule abschließen können"
    )
    assert "damit wir die Anmeldung an der Berufsschule abschließen können, bitte ich Sie" in body
    assert "Beratungsgespräch" not in body


# --- a statement is the message ------------------------------------------------------------


async def test_a_statement_in_the_first_person_is_drafted_not_asked_about() -> None:
    result = await run("Mail an Frau Grabowski: den Antrag reiche ich morgen ein")
    assert result.outcome is Outcome.OK
    assert result.data["purpose"] == "message"
    assert "den Antrag reiche ich morgen" in str(result.data["body"])


async def test_a_bare_addressing_is_still_asked_about() -> None:
    result = await run("Mail an Frau Grabowski")
    assert result.outcome is Outcome.PROMPT


# --- a fact confirmed ----------------------------------------------------------------------


async def test_a_fact_confirmed_is_told_not_an_appointment() -> None:
    result = await run(
        "bitte Frau Albers kurz bestätigen, dass ihr Praktikum bei der Stadtbücherei "
        "verlängert wurde"
    )
    body = str(result.data["body"])
    assert result.data["purpose"] == "message"
    assert "Termin" not in body
    assert "hiermit bestätige ich Ihnen, dass Ihr Praktikum bei der Stadtbücherei" in body


async def test_a_promise_confirmed_is_no_appointment_either() -> None:
    result = await run(
        "Mail an Herrn Pohl: ich bestätige die Kostenübernahme für den Staplerschein"
    )
    assert result.data["purpose"] == "message"
    assert "Uhrzeit" not in str(result.data["body"])


async def test_an_appointment_confirmed_in_a_clause_stays_a_confirmation() -> None:
    result = await run("bestätige Herrn Pohl, dass der Termin am 04.03.2027 um 10 Uhr bleibt")
    assert result.data["purpose"] == "confirmation"


# --- whom the mail is for ------------------------------------------------------------------


async def test_a_role_in_brackets_stays_with_its_person() -> None:
    body = await body_of(
        "Mail an Herrn Brückner (Ausbilder) bei Elektro Sauer: kann Frau Lenz am 2.3. anfangen?"
    )
    assert body.startswith("An: Herrn Brückner (Ausbilder), Elektro Sauer\n")
    assert "(Ausbilder)" not in body.split("\n", 1)[1]
    assert "Elektro Sauer" not in body.split("\n", 1)[1]


async def test_an_organisation_in_brackets_still_names_the_line() -> None:
    body = await body_of("Mail an Herrn Wendt (Autohaus Wendt), ob Mia am 3.2. kommen kann")
    assert body.startswith("An: Autohaus Wendt\n")


async def test_a_business_named_in_lower_case_is_one_name() -> None:
    body = await body_of("mail an bäckerei wiegand: herr sahin kommt morgen später")
    assert body.startswith("An: Bäckerei Wiegand\n")
    assert "\nwiegand" not in body.casefold()


# --- a mail to a parent --------------------------------------------------------------------


async def test_a_pronoun_after_the_child_is_the_childs_name() -> None:
    body = await body_of(
        "mail an herrn berg (vater von luca): luca hat den Test bestanden, er soll sich bis "
        "zum 5.2. anmelden"
    )
    assert "Luca soll sich bis zum 5.2. anmelden" in body
    assert ", er soll" not in body


# --- a weekday that has been ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("fehlt seit Mittwoch", date(2027, 1, 6)),
        ("seit Montag krank", date(2027, 1, 11)),
        ("war letzten Montag da", date(2027, 1, 4)),
        ("kommt am Mittwoch", date(2027, 1, 13)),
    ],
)
def test_a_weekday_after_seit_or_letzten_has_been(text: str, day: date) -> None:
    mentions, _ = find_dates(text, TODAY)
    assert [mention.day for mention in mentions] == [day]
