"""A referral names the service with its town and says how to reach it under its name; a
"Verweis an … für Frau …" asks for that email, not for what the service is."""

from __future__ import annotations

from test_email_skill import run

from skills.email.routing import evidence
from skills.email.services import find_service


async def test_the_services_phone_stands_under_its_name_not_a_gap() -> None:
    result = await run(
        "Weiterleitung an die Suchtberatung der Diakonie für Herrn Brandt, Tel. 02303 44556"
    )
    body = str(result.data["body"])
    assert "Suchtberatung der Diakonie\nKontakt: 02303 44556\n" in body
    assert "[Kontaktdaten der Stelle]" not in body


async def test_without_a_contact_the_gap_stays_to_be_filled() -> None:
    result = await run("Weiterleitung an die Schuldnerberatung für Frau Omerovic")
    assert "[Kontaktdaten der Stelle]" in str(result.data["body"])


def test_the_town_after_a_services_name_is_part_of_it() -> None:
    assert find_service("Verweis an das Jobcenter Unna für Herrn Pohl") == "Jobcenter Unna"
    assert find_service("bitte an den Jugendmigrationsdienst in Soest, wegen Anerkennung") == (
        "Jugendmigrationsdienst in Soest"
    )
    assert find_service("Weiterleitung an das Jobcenter Termin am 3.3.") == "Jobcenter"


def test_a_referral_named_first_for_a_titled_person_asks_for_an_email() -> None:
    assert evidence("Verweis an die Jugendberufsagentur Hamm für Frau Jansen") > 0
    assert evidence("Referral to the Jobcenter for Mr Adams") > 0
    assert evidence("Schulverweis – was bedeutet das für die Ausbildung?") == 0
