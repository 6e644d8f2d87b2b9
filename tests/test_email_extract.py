"""Reading a counsellor's request: dates, times, purpose, address, lists; nothing invented."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from skills.email.classify import classify, parse_answer
from skills.email.dates import find_dates
from skills.email.extract import draft_language, extract
from skills.email.model import AddressForm, Gender, PlaceKind, Purpose, Slot, SlotRole
from skills.email.services import find_service
from skills.email.skill import local_today
from skills.email.times import find_times

TODAY = date(2027, 1, 20)  # a Wednesday


def days(text: str, today: date = TODAY) -> list[date]:
    return [mention.day for mention in find_dates(text, today)[0] if mention.day is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("am 12.03.", date(2027, 3, 12)),
        ("am 12.3.2027", date(2027, 3, 12)),
        ("am 12.03.27", date(2027, 3, 12)),
        ("am 12. März", date(2027, 3, 12)),
        ("am 12. März 2028", date(2028, 3, 12)),
        ("Montag, 3. Februar", date(2027, 2, 3)),
        ("vom 3.2 auf", date(2027, 2, 3)),
        ("on 12 March", date(2027, 3, 12)),
        ("on March 12th, 2027", date(2027, 3, 12)),
        # a short month first, with an ordinal, a dot or a year
        ("on Feb 3rd 2027 at 2 pm", date(2027, 2, 3)),
        ("Feb. 3, 2027", date(2027, 2, 3)),
        ("Dec 1, 2027", date(2027, 12, 1)),
        # no year: the nearest such date, so a date a week ago stays in this year ...
        ("Gespräch am 12.1.", date(2027, 1, 12)),
    ],
)
def test_explicit_dates(text: str, expected: date) -> None:
    assert days(text) == [expected]


def test_date_without_year_near_the_turn_of_the_year_goes_forward() -> None:
    assert days("am 5.1.", today=date(2026, 12, 20)) == [date(2027, 1, 5)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("heute", date(2027, 1, 20)),
        ("morgen um 10", date(2027, 1, 21)),
        ("übermorgen", date(2027, 1, 22)),
        ("nächsten Dienstag", date(2027, 1, 26)),
        ("kommenden Montag", date(2027, 1, 25)),
        ("Freitag nächste Woche", date(2027, 1, 29)),
        ("nächste Woche Mittwoch", date(2027, 1, 27)),
        ("am Mittwoch", date(2027, 1, 27)),  # said on a Wednesday: the one a week ahead
        ("tomorrow", date(2027, 1, 21)),
        ("next Tuesday", date(2027, 1, 26)),
    ],
)
def test_relative_dates_resolve_against_today(text: str, expected: date) -> None:
    assert days(text) == [expected]


def test_morning_is_not_tomorrow() -> None:
    assert days("Guten Morgen, heute Morgen ging es nicht") == [TODAY]


def test_non_dates_are_ignored() -> None:
    assert days("um 9.30 Uhr, 2.5 Stunden") == []
    assert days("Version 45.13. vom Server") == []  # no day or month in range: no date at all


def test_an_impossible_date_is_kept_as_typed_and_flagged() -> None:
    mentions, notices = find_dates("am 31.2. und um 9.30 Uhr", TODAY)
    assert [(m.day, m.written) for m in mentions] == [(None, "31.2.")]
    assert [(n.kind, n.written) for n in notices] == [("impossible", "31.2.")]


def test_weekday_that_does_not_fit_the_date_is_flagged() -> None:
    mentions, notices = find_dates("Montag, 3. Februar", TODAY)
    assert mentions[0].day is not None
    assert mentions[0].day.weekday() == 2  # 3 February 2027 is a Wednesday
    assert [(n.kind, n.stated_weekday) for n in notices] == [("weekday_mismatch", 0)]


def test_next_weekday_in_the_same_week_is_flagged_as_doubtful() -> None:
    mentions, notices = find_dates("nächsten Freitag", TODAY)
    assert mentions[0].day == date(2027, 1, 22)
    assert [n.kind for n in notices] == ["next_weekday_ambiguous"]
    # a day in a later week is no doubt; it is only told as computed from the word
    assert [n.kind for n in find_dates("nächsten Dienstag", TODAY)[1]] == ["relative"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 Uhr", [(time(14), None)]),
        ("um 14:30", [(time(14, 30), None)]),
        ("um 9.30 Uhr", [(time(9, 30), None)]),
        ("14-15 Uhr", [(time(14), time(15))]),
        ("von 14 bis 15:30 Uhr", [(time(14), time(15, 30))]),
        ("at 2:30 pm", [(time(14, 30), None)]),
        ("um 10 Minuten verschoben, 25 Uhr", []),
        # two dotted clock times joined by a dash, without "Uhr"; a lone room number is none
        ("on Friday, 9.30–10.45, room 1.12", [(time(9, 30), time(10, 45))]),
        ("Raum 2.14 oder 3.05", []),
    ],
)
def test_times(text: str, expected: list[tuple[time, time | None]]) -> None:
    assert [(m.begin, m.finish) for m in find_times(text)] == expected


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("Einladung zum Erstgespräch am 12.03.", Purpose.INVITATION),
        ("Einladung zum Erstgespräch, bitte Unterlagen mitbringen", Purpose.INVITATION),
        ("invite a client to a first appointment", Purpose.INVITATION),
        ("Termin am 5.2. bestätigen", Purpose.CONFIRMATION),
        ("Terminverschiebung", Purpose.RESCHEDULING),
        ("den Termin auf Freitag verlegen", Purpose.RESCHEDULING),
        ("neuer Termin am 5.2.", Purpose.RESCHEDULING),
        ("reschedule the appointment", Purpose.RESCHEDULING),
        ("Termin am Montag absagen", Purpose.CANCELLATION),
        ("der Termin fällt leider aus", Purpose.CANCELLATION),
        ("an den Termin morgen erinnern", Purpose.REMINDER),
        ("Terminerinnerung", Purpose.REMINDER),
        ("Nachbereitung des Gesprächs", Purpose.FOLLOW_UP),
        ("Follow-up. Vereinbart: Lebenslauf überarbeiten", Purpose.FOLLOW_UP),
        ("Unterlagen anfordern: Lebenslauf, Zeugnisse", Purpose.DOCUMENTS),
        ("Erinnerung: bitte Unterlagen nachreichen", Purpose.DOCUMENTS),
        ("request documents from a client", Purpose.DOCUMENTS),
        ("Weiterleitung an die Schuldnerberatung", Purpose.REFERRAL),
        ("an das Jobcenter verweisen", Purpose.REFERRAL),
        ("Kontakt zum Jugendmigrationsdienst herstellen", Purpose.REFERRAL),
        ("refer the client to the job centre", Purpose.REFERRAL),
    ],
)
def test_purpose_classification(text: str, purpose: Purpose) -> None:
    assert classify(text) is purpose


@pytest.mark.parametrize("text", ["mail", "Schreib eine Mail an einen Klienten", "wegen Termin"])
def test_no_purpose_when_the_request_does_not_say(text: str) -> None:
    assert classify(text) is None


def test_purpose_answers() -> None:
    labels = {"terminverschiebung": Purpose.RESCHEDULING, "terminabsage": Purpose.CANCELLATION}
    assert parse_answer("3", labels) is Purpose.RESCHEDULING
    assert parse_answer("Nr. 8", labels) is Purpose.REFERRAL
    assert parse_answer("Terminverschibung", labels) is Purpose.RESCHEDULING  # a typo
    assert parse_answer("absagen", labels) is Purpose.CANCELLATION
    assert parse_answer("10", labels) is None  # the menu has nine purposes
    assert parse_answer("Termin", labels) is None  # fits several: ask again


def test_rescheduling_request_keeps_old_and_new_appointment() -> None:
    request = extract(
        "Schreib eine Mail an eine Klientin wegen Terminverschiebung vom 3.2. auf den "
        "5.2.2027 um 10 Uhr, per Video",
        Purpose.RESCHEDULING,
        TODAY,
    )
    assert request.previous is not None
    assert request.appointment is not None
    assert (request.previous.day, request.previous.start) == (date(2027, 2, 3), None)
    assert (request.appointment.day, request.appointment.start) == (date(2027, 2, 5), time(10))
    assert request.place is not None
    assert request.place.kind is PlaceKind.VIDEO
    assert request.gender is Gender.FEMALE
    assert request.address_form is AddressForm.SIE


def test_rescheduling_with_time_first_and_old_date_named_by_the_verb() -> None:
    request = extract(
        "Der Termin am 3.2. muss verschoben werden, neu um 9 Uhr am 8.2.",
        Purpose.RESCHEDULING,
        TODAY,
    )
    assert request.previous == Slot(day=date(2027, 2, 3), role=SlotRole.OLD)
    assert request.appointment == Slot(day=date(2027, 2, 8), start=time(9), role=SlotRole.NEW)


def test_room_number_is_a_place_not_a_date() -> None:
    request = extract("Einladung am 4.2. um 14 Uhr in Raum 3.12.", Purpose.INVITATION, TODAY)
    assert request.place is not None
    assert request.place.room == "3.12"
    assert request.appointment == Slot(day=date(2027, 2, 4), start=time(14))


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Einladung, per du", AddressForm.DU),
        ("Einladung, wir duzen uns", AddressForm.DU),
        ("Einladung in Du-Form", AddressForm.DU),
        ("informal invitation", AddressForm.DU),
        ("Kannst du mir eine Einladung schreiben?", AddressForm.SIE),
        ("Einladung", AddressForm.SIE),
    ],
)
def test_address_form(text: str, form: AddressForm) -> None:
    assert extract(text, Purpose.INVITATION, TODAY).address_form is form


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        ("Mail an eine Klientin", Gender.FEMALE),
        ("Mail an Frau Müller", Gender.FEMALE),
        ("Mail an einen Klienten", Gender.MALE),
        ("Mail an Herrn Yılmaz", Gender.MALE),
        ("email to Ms Smith", Gender.FEMALE),
        ("Mail an die Teilnehmenden", Gender.UNKNOWN),
        ("Mail an Klienten per MS Teams, miss nothing", Gender.UNKNOWN),
        ("Mail an Frau Abel und Herrn Berg", Gender.UNKNOWN),  # contradictory: do not guess
    ],
)
def test_gender_only_from_explicit_cues(text: str, gender: Gender) -> None:
    assert extract(text, Purpose.INVITATION, TODAY).gender is gender


def test_documents_from_a_labelled_list_and_from_bullets() -> None:
    labelled = extract(
        "Unterlagen anfordern: Lebenslauf, Zeugnisse und Anschreiben", Purpose.DOCUMENTS, TODAY
    )
    assert [(d.text, d.key) for d in labelled.documents] == [
        ("Lebenslauf", "cv"),
        ("Zeugnisse", "school_certificates"),
        ("Anschreiben", "cover_letter"),
    ]
    bulleted = extract(
        "Bitte Unterlagen bis 15.2. anfordern:\n- Lebenslauf\n- Nachweis über den Sprachkurs",
        Purpose.DOCUMENTS,
        TODAY,
    )
    assert [(d.text, d.key) for d in bulleted.documents] == [
        ("Lebenslauf", "cv"),
        ("Nachweis über den Sprachkurs", None),
    ]
    assert bulleted.deadline == date(2027, 2, 15)


def test_documents_named_in_passing_for_an_invitation() -> None:
    request = extract(
        "Einladung, bitte Lebenslauf und Arbeitszeugnisse mitbringen", Purpose.INVITATION, TODAY
    )
    assert [d.key for d in request.documents] == ["cv", "job_references"]


def test_agreed_steps_keep_names_but_not_their_dates() -> None:
    request = extract(
        "Nachbereitung. Vereinbart: Lebenslauf überarbeiten; Bewerbung an Frau Schmidt bis 1.3. "
        "schicken. Nächster Termin am 10.2. um 11 Uhr",
        Purpose.FOLLOW_UP,
        TODAY,
    )
    assert request.steps == (
        "Lebenslauf überarbeiten",
        "Bewerbung an Frau Schmidt bis 1.3. schicken",
    )
    assert request.appointment == Slot(day=date(2027, 2, 10), start=time(11), role=SlotRole.NEXT)
    assert request.previous is None
    bullets = extract(
        "Follow-up\nSchritte:\n- Praktikum suchen\n* Termin bei Herrn Ko Lee",
        Purpose.FOLLOW_UP,
        TODAY,
    )
    assert bullets.steps == ("Praktikum suchen", "Termin bei Herrn Ko Lee")


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Weiterleitung an die Schuldnerberatung der Caritas.", "Schuldnerberatung der Caritas"),
        ("Kontakt zur Agentur für Arbeit", "Agentur für Arbeit"),
        ("an den JMD verweisen", "Jugendmigrationsdienst"),
        ("weitervermitteln an das Jugendamt", "Jugendamt"),
        ("in unserer Beratungsstelle weiterleiten", None),
        ("Weiterleitung an Frau Schmidt", None),
    ],
)
def test_referral_service(text: str, service: str | None) -> None:
    assert find_service(text) == service


def test_draft_language_from_the_request() -> None:
    assert draft_language("Einladung auf Englisch", "de") == "en"
    assert draft_language("invitation in German", "en") == "de"
    assert draft_language("Einladung", "de") == "de"


def test_today_is_the_local_date_in_germany() -> None:
    # 23:30 UTC on 20 January is already 21 January in North Rhine-Westphalia
    assert local_today(datetime(2027, 1, 20, 23, 30, tzinfo=UTC)) == date(2027, 1, 21)
    assert local_today(datetime(2027, 1, 20, 23, 30)) == date(2027, 1, 20)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("einladung an frau Gül, termin 4.2 um 14 uhr, raum 1.12", date(2027, 2, 4)),
        ("Hr. Wolf Termin 23.2 um halb 11 absagen", date(2027, 2, 23)),
    ],
)
def test_a_date_typed_without_its_last_dot_before_um_is_a_date(text: str, day: date) -> None:
    assert days(text) == [day]


def test_a_clock_time_before_um_is_no_date() -> None:
    assert days("Treffen um 9.10 um die Ecke") == []
    assert days("Raum 2.14, Beginn 9.30") == []


def test_a_short_month_first_needs_more_than_a_number() -> None:
    # "Jan" is a first name too
    assert days("Termin mit Jan 3 Uhr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # August is nearer in the past in January; the course's year says which one is meant
        (
            "Kurs ab 6.9.2027, Anmeldung bis 15.8. zurückschicken",
            [date(2027, 9, 6), date(2027, 8, 15)],
        ),
        (
            "Anmeldung bis 15.8., Maßnahme startet am 01.09.27",
            [date(2027, 8, 15), date(2027, 9, 1)],
        ),
        # a date typed with its year far from today says nothing of the others' year
        ("geb. 12.03.2008, Termin am 3.2.", [date(2008, 3, 12), date(2027, 2, 3)]),
        ("Anmeldung bis 15.8.", [date(2026, 8, 15)]),  # nothing else: the nearest, flagged as past
    ],
)
def test_a_date_without_a_year_takes_the_year_of_a_near_date_typed_with_one(
    text: str, expected: list[date]
) -> None:
    assert days(text, date(2027, 1, 11)) == expected
