"""Offline drafts that read like a letter a counsellor sends: the closing fits the kind of
appointment, a cancellation does not contradict how the new date is found, a move to "the same
time" names that time, and what the draft already says is not repeated under "Weitere
Hinweise"."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest

from skills.email.classify import classify
from skills.email.drafter import TemplateDrafter
from skills.email.model import PlaceKind, Purpose
from skills.email.purpose_fit import extract_for
from skills.email.times import find_times

TODAY = date(2027, 1, 11)  # a Monday


def _body(text: str, language: str = "de") -> str:
    purpose = classify(text)
    assert purpose is not None
    request = extract_for(text, purpose, TODAY)
    draft = asyncio.run(TemplateDrafter().draft(request, language))
    return draft.body


# --- "gleiche Uhrzeit": the old appointment's time -------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "Mail an Frau Sander: Termin am Do 21.01. um 11:15 wird auf Mo 25.01. verschoben, "
            "gleiche Uhrzeit, Raum 0.07",
            "Uhrzeit: 11:15 Uhr",
        ),
        (
            "schreib Ben (du): unser Termin am Mittwoch um 15 Uhr geht leider nicht, "
            "ich verlege auf Freitag, selbe Zeit",
            "Uhrzeit: 15:00 Uhr",
        ),
    ],
)
def test_a_move_to_the_same_time_names_the_old_time(text: str, line: str) -> None:
    body = _body(text)
    assert line in body
    assert "[Uhrzeit]" not in body
    # the time is said, and "klappt/geht nicht" is what "muss verschoben werden" says
    assert "Weitere Hinweise" not in body


def test_an_english_move_to_the_same_time_names_the_old_time() -> None:
    body = _body("tell Mr. Okafor our Wednesday 2pm meeting is moved to Friday, same time", "en")
    assert "Time: 14:00" in body
    assert "Further notes" not in body


def test_the_same_time_without_an_old_time_stays_as_typed() -> None:
    body = _body(
        "Mail an Frau Weiß: der Termin am 18.01. fällt aus, stattdessen am 25.01., selbe Zeit"
    )
    assert "[Uhrzeit]" in body  # nothing invented
    assert "selbe Zeit" in body


def test_a_time_that_stays_is_not_repeated_as_a_note() -> None:
    body = _body(
        "Mail an Herrn Vogel: Termin wird vom 19.01. auf den 21.01.2027 verlegt, "
        "Uhrzeit bleibt 10:45"
    )
    assert "Uhrzeit: 10:45 Uhr" in body
    assert "Weitere Hinweise" not in body


# --- a cancellation says how the new date comes -----------------------------------------------


def test_a_new_date_sent_by_post_is_said_and_no_reply_is_asked_for() -> None:
    body = _body(
        "Absage an Herrn Kühn: Termin am 20.01. um 9 Uhr muss ich absagen, "
        "neuer Termin folgt per Post"
    )
    assert "Neuer Termin folgt per Post." in body  # the request's words, a line of the letter
    assert "Antworten Sie" not in body
    assert "Weitere Hinweise" not in body


def test_a_label_before_the_new_date_goes_with_it() -> None:
    body = _body("Absage an Frau Reuter für Mi 3.2. 9 Uhr. Hinweis: Neuer Termin kommt per Post.")
    assert "Neuer Termin kommt per Post." in body
    assert "Hinweis" not in body


def test_a_new_date_typed_in_lower_case_reads_with_its_nouns_capitalised() -> None:
    body = _body("absage an tom (du), termin morgen 14 uhr fällt aus, neuer termin kommt per mail")
    assert "Neuer Termin kommt per Mail." in body
    assert "Antworte mir" not in body


def test_a_new_date_the_sender_sends_keeps_its_article() -> None:
    body = _body(
        "Absage an Frau Pohl: Beratung am 20.01. um 9 Uhr fällt aus, "
        "einen neuen Termin schicke ich Ihnen per Post"
    )
    assert "Einen neuen Termin schicke ich Ihnen per Post." in body
    assert "Antworten Sie" not in body


def test_a_promise_to_call_is_the_letters_line() -> None:
    body = _body(
        "Absage an Herrn Engel: Termin am 21.01. um 10 Uhr fällt aus, "
        "ich rufe Sie wegen eines neuen Termins an"
    )
    assert "Ich rufe Sie wegen eines neuen Termins an." in body
    assert "Antworten Sie" not in body
    assert "Weitere Hinweise" not in body


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "Absage an Frau Haas: Termin am 22.01. um 13 Uhr fällt aus, "
            "ich melde mich wegen eines neuen Termins",
            "Ich melde mich wegen eines neuen Termins.",
        ),
        (
            "Absage Workshop 'Bewerbungsmappe' am 26.01. für alle Teilnehmenden, "
            "Ersatztermin wird bekanntgegeben",
            "Ersatztermin wird bekanntgegeben.",
        ),
    ],
)
def test_a_promised_new_date_asks_for_no_reply(text: str, line: str) -> None:
    body = _body(text)
    assert line in body
    assert "Antworten Sie" not in body
    assert body.count(line[:-1]) == 1  # said once, not again as a note


def test_an_english_promise_about_him_is_said_in_the_letters_words() -> None:
    body = _body(
        "cancel my appointment with Ms. Berg on 19 Jan at 11 am, I'll send her a new date", "en"
    )
    assert "I will let you know the new date as soon as possible." in body
    assert "reply to this email" not in body


def test_a_plain_cancellation_still_offers_a_new_date_by_reply() -> None:
    body = _body("Absage an Frau Haas: Termin am 22.01. um 13 Uhr fällt leider aus")
    assert "Antworten Sie dazu einfach auf diese E-Mail." in body


# --- the closing fits the kind of appointment ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Einladung an Herrn Lutz zum Bewerbungsworkshop am 02.02.2027 von 9 bis 12 Uhr, Raum 1.10",
        "Erinnerung an Frau Roth: Infoabend Duales Studium am 04.02.2027 um 18 Uhr in der Aula",
        "Bestätigung für Frau Kern: Deutschkurs am 01.02.2027 um 8:30 Uhr, Raum 3",
    ],
)
def test_an_event_closes_looking_forward_to_taking_part(text: str) -> None:
    body = _body(text)
    assert "Ich freue mich auf Ihre Teilnahme." in body
    assert "auf das Gespräch" not in body


@pytest.mark.parametrize(
    "text",
    [
        "Einladung an Frau Koch zum Beratungsgespräch am 02.02.2027 um 10 Uhr",
        "Einladung an Herrn und Frau Yilmaz zum Elterngespräch am 03.02.2027 um 16 Uhr, Raum 2",
    ],
)
def test_a_talk_closes_looking_forward_to_the_talk(text: str) -> None:
    assert "Ich freue mich auf das Gespräch." in _body(text)


def test_an_english_event_closes_looking_forward_to_seeing_them_there() -> None:
    body = _body("invite Mr. Dunn to the CV workshop on 2 February 2027, 10 am, room 1.10", "en")
    assert "I look forward to seeing you there." in body
    assert "meeting you" not in body


def test_a_placement_start_looks_forward_to_nothing_of_the_sender() -> None:
    body = _body(
        "Bestätigung an die Firma Holz Meyer, Herr Brandt: Praktikumsstart von Lina am "
        "01.02.2027 um 7 Uhr"
    )
    assert "Ich freue mich" not in body


# --- a link given to join an online event ------------------------------------------------------


def test_a_labelled_link_of_an_online_event_is_the_link_to_join() -> None:
    text = "Einladung an Frau Wolf zum Seminar per Videokonferenz am 09.02.2027, 10-11 Uhr, Link https://bz.example.de/s/42"
    body = _body(text)
    assert "Link zur Teilnahme: https://bz.example.de/s/42" in body
    assert "[Link zum Videogespräch]" not in body


def test_a_labelled_link_of_an_event_in_a_room_is_no_video_meeting() -> None:
    text = "Einladung zum Infoabend am 09.02.2027 um 18 Uhr, Aula, Anmeldung über Link https://bz.example.de/a"
    purpose = classify(text)
    assert purpose is not None
    place = extract_for(text, purpose, TODAY).place
    assert place is None or place.kind is not PlaceKind.VIDEO


# --- read as meant ------------------------------------------------------------------------------


def test_a_move_from_one_hour_to_another_names_both() -> None:
    body = _body("Termin mit Herrn Sommer am 27.01. von 10 auf 13 Uhr verschieben")
    assert "am Mittwoch, 27. Januar 2027, um 10:00 Uhr muss leider verschoben werden" in body
    assert "Uhrzeit: 13:00 Uhr" in body
    assert "Weitere Hinweise" not in body  # no bare "10" left over


def test_a_reminder_typed_with_one_n_is_a_reminder() -> None:
    text = "erinerung an Frau Polat: Termin am 20.01. um 9 Uhr"
    assert classify(text) is Purpose.REMINDER
    assert "gerne erinnere ich Sie an unseren Termin" in _body(text)


def test_a_document_naming_the_event_after_it_is_no_document_to_bring() -> None:
    text = "Erinnerung an Frau Kaya: Lebenslauf Workshop am 20.01. um 9 Uhr, Raum 2"
    purpose = classify(text)
    assert purpose is not None
    assert extract_for(text, purpose, TODAY).documents == ()


def test_a_bare_range_of_hours_after_a_day_is_a_time() -> None:
    body = _body(
        "reminder to Jonas, informal: interview practice tomorrow 9-11 in room 1.02", "en"
    )
    assert "Time: 09:00–11:00" in body


def test_a_bare_range_of_numbers_not_after_a_day_is_no_time() -> None:
    body = _body("Einladung an Klasse 10-12 zum Infotag am 03.02.2027, Aula")
    assert "Uhrzeit: [Uhrzeit]" in body


def test_a_range_of_a_quantity_after_a_day_is_no_time() -> None:
    masked = "am          2-3 Personen"  # "am 12.03. 2-3 Personen", the date blanked out
    assert find_times(masked) == []
    assert find_times("am          2-3 Uhr") != []


def test_a_sentence_carried_whole_ends_before_the_new_dates_line() -> None:
    body = _body(
        "absage an lea (du): unser termin am mo 18.01.2027 um 9 uhr fällt aus, ich bin krank. "
        "neuer termin kommt per post"
    )
    assert body.lower().count("neuer termin kommt per post") == 1
    assert "ich bin krank" in body  # the reason is kept
