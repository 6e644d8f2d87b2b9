"""Two or more appointments in one request are listed, each with its date written out and the
words the request said of it, instead of the request typed under the salutation."""

from __future__ import annotations

from datetime import date, time

from test_email_skill import body_of, run

from skills.email.classify import classify
from skills.email.extract import extract
from skills.email.model import Purpose

TODAY = date(2027, 1, 20)


async def test_each_appointment_is_listed_with_its_own_words() -> None:
    body = await body_of(
        "Mail an Herrn Lorenz: er hat am 02.02. um 9 Uhr den Sporttest bei der Feuerwehr "
        "Hamm (Wache 1, Hafenstr. 8) und am 04.02. um 13:30 ein Gespräch bei der Stadt Hamm."
    )
    assert "- Dienstag, 2. Februar 2027, 9:00 Uhr: Sporttest bei der Feuerwehr Hamm " in body
    assert "(Wache 1, Hafenstr. 8)" in body
    assert "- Donnerstag, 4. Februar 2027, 13:30 Uhr: Gespräch bei der Stadt Hamm" in body
    assert "er hat am 02.02." not in body  # not the request typed under the salutation


async def test_a_second_time_alone_is_on_the_day_before_it() -> None:
    body = await body_of(
        "Herrn Yıldırım mitteilen: am 03.02. 8:30 Uhr Eignungstest bei der Polizei, "
        "danach 12:00 Uhr Auswertung bei mir"
    )
    assert "Mittwoch, 3. Februar 2027, 8:30 Uhr: Eignungstest bei der Polizei" in body
    assert "Mittwoch, 3. Februar 2027, 12:00 Uhr: Auswertung bei mir" in body
    assert "Termine am 03.02.2027\n" in body  # the same day once in the subject


async def test_an_invitation_to_two_parts_invites_to_both() -> None:
    body = await body_of(
        "Einladung an die Gruppe Orientierung: Modul A am 08.02.2027 um 10 Uhr (Berufe "
        "entdecken), Modul B am 15.02.2027 um 10 Uhr (Praktikum finden)"
    )
    assert "zu folgenden Terminen ein" in body
    assert "Montag, 8. Februar 2027, 10:00 Uhr: Modul A (Berufe entdecken)" in body
    assert "Montag, 15. Februar 2027, 10:00 Uhr: Modul B (Praktikum finden)" in body


async def test_a_heading_and_numbers_before_the_appointments_are_the_lists_own() -> None:
    body = await body_of(
        "Mail an Jana (du): deine Termine – 1) 01.02. 11:00 Probetag Kita Sonnenschein, "
        "2) 05.02. 15:00 Gespräch bei mir. Zu 1) bitte Hausschuhe mitnehmen"
    )
    assert "- Montag, 1. Februar 2027, 11:00 Uhr: Probetag Kita Sonnenschein" in body
    assert "- Freitag, 5. Februar 2027, 15:00 Uhr: Gespräch bei mir" in body
    assert "Hausschuhe mitnehmen" in body
    assert "deine Termine –" not in body


async def test_english_appointments_are_listed_too() -> None:
    result = await run(
        "email Ms. Ortiz: 3 February 10:00 language test at VHS Hamm and 9 February 2:30 pm "
        "meeting at our office, room 0.12",
        language="en",
    )
    body = str(result.data["body"])
    assert "- Wednesday, 3 February 2027, 10:00: language test at VHS Hamm" in body
    assert "- Tuesday, 9 February 2027, 14:30: meeting at our office, room 0.12" in body


def test_one_appointment_or_dates_without_times_list_nothing() -> None:
    one = extract("Einladung an Frau Aksoy am 02.02. um 9 Uhr", Purpose.INVITATION, TODAY)
    assert one.appointments == ()
    period = extract(
        "Mail an Herrn Roth: Praktikum vom 01.03. bis 12.03., Start am 01.03. um 7 Uhr",
        Purpose.MESSAGE,
        TODAY,
    )
    assert period.appointments == ()
    rescheduled = extract(
        "Verschiebung an Frau Aksoy: statt 02.02. um 9 Uhr jetzt 04.02. um 10 Uhr",
        Purpose.RESCHEDULING,
        TODAY,
    )
    assert rescheduled.appointments == ()


def test_each_listed_appointment_keeps_its_day_and_time() -> None:
    request = extract(
        "Erinnerung an Ali (du): 01.02. 9:00 Beratung, 03.02. 14:15 Probearbeit",
        Purpose.REMINDER,
        TODAY,
    )
    slots = [(item.slot.day, item.slot.start) for item in request.appointments]
    assert slots == [(date(2027, 2, 1), time(9, 0)), (date(2027, 2, 3), time(14, 15))]


def test_a_time_right_before_a_service_is_where_it_happens_not_a_referral() -> None:
    assert classify("Frau Ilić mitteilen: am 05.02. 9:00 Uhr Jobcenter Hamm") is not (
        Purpose.REFERRAL
    )
    assert classify("Mail an Herrn Ott: bitte melden Sie sich beim Jobcenter Hamm") is (
        Purpose.REFERRAL
    )


def test_a_date_with_its_hour_after_it_is_no_phone_number() -> None:
    from skills.email.places import contacts

    assert contacts("Beratung, 03.02. 14:15 Probearbeit")[0] == []
    assert contacts("ruf an: 02381 4475-212")[0] == ["02381 4475-212"]


def test_an_end_time_is_no_second_appointment() -> None:
    request = extract(
        "Erinnerung an die Klasse 8b: Bewerbertag am 10.02.2027 um 8:15 in der Aula, Ende "
        "gegen 13 Uhr",
        Purpose.REMINDER,
        TODAY,
    )
    assert request.appointments == ()


async def test_the_summary_of_what_was_taken_names_every_appointment() -> None:
    from test_email_skill import shown

    result = await run(
        "Mail an Herrn Lorenz: er hat am 02.02. um 9 Uhr den Sporttest und am 04.02. um "
        "13:30 ein Gespräch bei der Stadt Hamm."
    )
    assert (
        "Termine: Dienstag, 2. Februar 2027, um 9:00 Uhr und Donnerstag, 4. Februar 2027, "
        "um 13:30 Uhr" in shown(result)
    )
