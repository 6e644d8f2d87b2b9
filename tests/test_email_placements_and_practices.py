"""Mails to companies about someone else's placement: a confirmation of an internship, a trial
day or an EQ confirms that placement, not a counselling appointment of our own; a practice
named after its holder ("Zahnarztpraxis Dr. Hennig") and a trade's service ("Pflegedienst
Lebenswert") are no person greeted, nor is the person the message is about; "schreib an die
Malerei Wolff, …, dass …" is an order to write; a class whose teacher is greeted is named."""

from __future__ import annotations

from test_email_skill import body_of

from skills.email.routing import writes_to


async def test_a_confirmed_internship_is_no_counselling_appointment() -> None:
    draft = await body_of(
        "Mail an Autohaus Peters, Hr. Schulte: Bestätigung, dass Emre das Praktikum vom "
        "15.02. bis 26.02.2027 macht, Arbeitsbeginn 7:30 Uhr"
    )
    assert "Beratungsgespräch" not in draft
    assert "Was: Praktikum" in draft


async def test_a_confirmed_trial_day_is_no_counselling_appointment() -> None:
    draft = await body_of(
        "pls write to Mrs Novak (bakery Kamps): Lena confirms the trial day on 20 Jan 2027, "
        "she will be there at 6 am",
        language="en",
    )
    assert "counselling" not in draft
    assert "What: trial day" in draft


async def test_our_own_appointment_about_an_internship_stays_ours() -> None:
    draft = await body_of(
        "Terminbestätigung an Frau Nowak, Mi 10.03.2027, 8:45 Uhr, Raum 011, wir besprechen "
        "ihr Praktikum"
    )
    assert "Beratungsgespräch" in draft


async def test_a_service_named_by_its_trade_is_no_person() -> None:
    draft = await body_of(
        "Mail an Pflegedienst Lebenswert, Hr. Arslan: EQ für Frau Tran startet am 01.02.2027"
    )
    assert "Sehr geehrter Herr Arslan," in draft
    assert "Pflegedienst [Nachname]" not in draft


async def test_a_practice_and_the_person_the_message_is_about_are_not_greeted() -> None:
    draft = await body_of(
        "Absage an die Zahnarztpraxis Dr. Hennig: Frau Ahmadi hat sich für einen anderen "
        "Ausbildungsbetrieb entschieden und kommt nicht zum Probearbeiten am 18.01."
    )
    assert "Sehr geehrte Damen und Herren," in draft
    assert "Zahnarztpraxis Dr. Hennig" in draft
    assert "Frau Ahmadi hat sich" in draft


async def test_the_contact_person_before_the_colon_is_still_greeted() -> None:
    draft = await body_of(
        "Mail an die Praxis Dr. Albers, Frau Dr. Albers: Lina kommt am 12.02.2027 um 14 Uhr "
        "zum Vorstellungsgespräch"
    )
    assert draft.splitlines()[1] == "Sehr geehrte Frau Dr. Albers,"


def test_writing_to_a_named_business_is_an_order() -> None:
    assert writes_to(
        "schreib an die Malerei Wolff, Herrn Wolff, dass Dennis die Ausbildung zum 31.01.2027 "
        "beendet"
    )
    assert writes_to("schreib an die Kita Sonnenschein: Selin fängt am 01.03. an")
    assert not writes_to("schreib an die Tafel, was wir heute gemacht haben")


async def test_the_sentence_naming_the_placement_stays_whole() -> None:
    draft = await body_of(
        "Bestätigung an Autohaus Wiegand GmbH (Personalabteilung, Frau Korte): Herr Mahmoud "
        "beginnt sein Praktikum wie besprochen am Mo 01.02. um 7 Uhr, Arbeitsschuhe hat er."
    )
    assert "Herr Mahmoud beginnt sein Praktikum" in draft


async def test_a_class_whose_teacher_is_greeted_is_still_named() -> None:
    draft = await body_of(
        "Absage an die Klasse 9b der Sekundarschule Bockum-Hövel (Hr. Lenz): der Besuch im BIZ "
        "am 29.01. kann nicht stattfinden"
    )
    assert "Sehr geehrter Herr Lenz," in draft
    assert "Klasse 9b der Sekundarschule Bockum-Hövel" in draft
