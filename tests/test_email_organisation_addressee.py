"""Writing to an organisation: "Schreib der Schule, dass …" (a dative, no "an"), a company
named by its name ("der Firma Müller GmbH"), and the contact person named with it
("…, Ansprechpartner Herr Vogt:"), who is the one the letter greets."""

from __future__ import annotations

import pytest
from test_email_skill import body_of, copyable, run

from skills.email.model import Role
from skills.email.parties import find_addressee


@pytest.mark.parametrize(
    "request_text",
    [
        "Schreib der Schule, dass Lea am 22.01.2027 zum Praktikumsgespräch kommt",
        "schreib dem Betrieb, dass Ali am 01.03.2027 anfängt",
        "Schreib bitte der Firma Müller GmbH, dass Jonas sein Praktikum machen möchte",
    ],
)
def test_a_dative_after_the_verb_names_the_organisation_written_to(request_text: str) -> None:
    addressee, _ = find_addressee(request_text)
    assert addressee.role is Role.ORGANISATION


async def test_the_organisation_s_bare_noun_is_said_by_the_salutation() -> None:
    draft = await body_of(
        "Schreib der Schule, dass Lea am 22.01.2027 zum Praktikumsgespräch kommt"
    )
    assert "Sehr geehrte Damen und Herren," in draft
    assert "dass Lea am 22.01.2027 zum Praktikumsgespräch kommt." in draft
    assert not any(line.strip().startswith("Schule") for line in draft.splitlines())


async def test_a_named_organisation_is_whom_the_draft_is_for_apart_from_the_dass_clause() -> None:
    result = await run(
        "Schreib der Firma Müller GmbH, dass Jonas sein Praktikum vom 01.03. bis 12.03.2027 "
        "machen möchte"
    )
    draft = str(result.data["subject"]) + "\n" + str(result.data["body"])
    lines = [line.strip() for line in draft.splitlines()]
    # "An: Firma Müller GmbH" above the subject; it stood as a line of the letter
    assert result.data["recipient"] == "Firma Müller GmbH"
    assert copyable(result).startswith("An: Firma Müller GmbH\nBetreff: ")
    assert "Firma Müller GmbH" not in lines
    assert any(
        "mitteilen, dass Jonas sein Praktikum vom 01.03. bis 12.03.2027 machen möchte." in line
        for line in lines
    )


async def test_a_clause_carried_with_what_follows_it_keeps_its_dass() -> None:
    draft = await body_of(
        "schreib dem Betrieb Tischlerei Holz & Form, dass wir uns über ein Praktikum für Ali "
        "freuen würden, ab 01.03.2027"
    )
    assert "dass wir uns über ein Praktikum für Ali freuen würden, ab 01.03.2027." in draft
    assert "Tischlerei Holz & Form" in draft


async def test_the_contact_person_named_with_the_organisation_is_greeted() -> None:
    draft = await body_of(
        "Mail an die Firma Elektro Schulz GmbH, Ansprechpartner Herr Vogt: Bestätigung "
        "Praktikumsstart von Emre am 01.02.2027 um 7:30 Uhr, Praktikum bis 26.02.2027, bei "
        "Fragen erreichen Sie mich unter 0176 2233445"
    )
    assert "Sehr geehrter Herr Vogt," in draft
    assert "Elektro Schulz GmbH" in draft
    assert "Emre" in draft
    assert "Ansprechpartner" not in draft  # the salutation says whom
    # the internship's start is what is confirmed, not a counselling appointment
    assert "Beratungsgespräch" not in draft
    assert "Praktikumsstart" in draft
    # "bei Fragen erreichen Sie mich unter" is what the contact line says
    assert "Kontakt: 0176 2233445" in draft
    assert "erreichen" not in draft


async def test_a_contact_person_named_later_is_still_not_greeted() -> None:
    draft = await body_of(
        "Info an Herrn Sommer: sein Praktikum bei der Kita Sonnenschein beginnt am 01.03.2027 "
        "um 8 Uhr, Ansprechpartnerin vor Ort ist Frau Meyer"
    )
    assert "Sehr geehrter Herr Sommer," in draft
    assert "Frau Meyer" in draft


async def test_an_organisation_s_noun_stays_when_a_person_there_is_greeted() -> None:
    draft = await body_of(
        "Mail an die Personalabteilung der Stadtwerke Hamm GmbH, z. Hd. Frau Becker-Lenz: "
        "Nachfrage zum Stand der Bewerbung von Herrn Okonkwo (Bewerbung vom 04.12.2026)"
    )
    assert "Sehr geehrte Frau Becker-Lenz," in draft
    assert "Personalabteilung der Stadtwerke Hamm GmbH" in draft


async def test_a_service_written_to_is_carried_apart_without_the_verb() -> None:
    draft = await body_of(
        "Kannst du ne kurze mail an die Agentur für Arbeit schreiben, Frau Peters, dass Kevin "
        "den Termin am Dienstag wahrnimmt"
    )
    lines = [line.strip() for line in draft.splitlines()]
    assert "Sehr geehrte Frau Peters," in lines
    assert "Agentur für Arbeit" in lines  # carried as typed, the verb "schreiben" left out
    assert "schreiben" not in draft
    assert any(
        "dass Kevin den Termin am Dienstag (26.01.2027) wahrnimmt." in line for line in lines
    )


@pytest.mark.parametrize(
    ("request_text", "recipient"),
    [
        # the name stood as a line of its own under "Sehr geehrte Damen und Herren,"
        ("schreib der Gesamtschule Hamm, dass ich eine Berufsorientierung anbieten möchte",
         "Gesamtschule Hamm"),
        ("Mail an das Jobcenter Unna: Frau Kaya kommt am 20.01. um 10 Uhr nicht",
         "Jobcenter Unna"),
        ("Einladung an die Realschule Mitte zur Berufsmesse am 12.03. um 9 Uhr in der Aula",
         "Realschule Mitte"),
    ],
)  # fmt: skip
async def test_an_organisation_named_by_its_name_is_above_the_subject(
    request_text: str, recipient: str
) -> None:
    result = await run(request_text)
    assert copyable(result).startswith(f"An: {recipient}\nBetreff: ")
    assert recipient not in str(result.data["body"])


async def test_a_person_greeted_at_an_organisation_leaves_no_line_above_the_subject() -> None:
    result = await run("Mail an die Praxis Dr. Albers, Frau Dr. Albers: Lina kommt am 12.02.")
    assert copyable(result).startswith("Betreff: ")
