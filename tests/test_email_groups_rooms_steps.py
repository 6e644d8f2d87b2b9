"""Email drafts place what counsellors type about groups, rooms, registrations and agreed
steps: the course a group mail is for is named in the greeting, "gleicher Raum (C 2.07)" is
the place, an "online" registration is no video meeting, "Zu 2)" stays with its sentence, a
registration that "endet am" a date is a deadline, and steps agreed in one sentence are listed
with the next meeting as an appointment."""

from __future__ import annotations

from datetime import date

import pytest
from test_email_skill import body_of

from skills.email.classify import classify
from skills.email.extract import extract
from skills.email.group_name import group_name
from skills.email.model import PlaceKind, Purpose, SlotRole
from skills.email.places import find_place
from skills.email.routing import evidence
from skills.email.steps import inline_steps, labelled_steps

TODAY = date(2027, 1, 20)


# --- whom a group mail is for ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "greeting"),
    [
        (
            "an alle TN Kurs AV-7: morgen um 9 Uhr Bewerbungsfotos im Raum 0.22",
            "Liebe Teilnehmende des Kurses AV-7,",
        ),
        (
            "Nachricht an die Gruppe 'Neustart 25+': das Treffen am 02.02. fällt aus",
            "Liebe Teilnehmende der Gruppe 'Neustart 25+',",
        ),
        (
            "Einladung an die TN der Maßnahme „Berufswege“ zum Abschluss am 05.02. um 10 Uhr",
            "Liebe Teilnehmende der Maßnahme „Berufswege“,",
        ),
    ],
)
async def test_a_group_mail_is_greeted_with_the_course_it_is_for(text: str, greeting: str) -> None:
    body = await body_of(text)
    assert greeting in body
    assert "\nTN" not in body  # the members' word is said by "Teilnehmende", not carried


async def test_an_english_group_mail_names_the_group_as_typed() -> None:
    body = await body_of(
        "Remind the Thursday group that the mock interviews are on 4 February 2027 at 10 am",
        language="en",
    )
    assert "Dear participants (Thursday group)," in body


def test_a_group_without_a_name_and_an_event_further_on_name_no_group() -> None:
    assert group_name("Nachricht an die gruppe heute fällt aus") is None
    # the workshop is what they are invited to, not whom the mail is for
    assert group_name("Einladung an die Teilnehmenden: Workshop Zeugnisse am 20.04.") is None
    assert group_name("der Kurs findet in Raum 0.12 statt") is None


def test_invite_and_tell_orders_for_a_described_group_or_an_abbreviated_title_ask_for_email() -> (
    None
):
    assert evidence("Invite the evening group to the info session on 3 March 2027") == 2.0
    assert evidence("Hr. Brandt Bescheid geben: der Termin am 04.02. ist per Telefon") == 2.0
    assert evidence("Fr. Kaya Bescheid sagen, dass der Termin morgen ausfällt") == 2.0


# --- the room of the last meeting -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "room"),
    [
        ("neuer Termin 28.01. 9 Uhr, gleicher Raum (D 1.14)", "D 1.14"),
        ("wir sehen uns am 28.01., selber raum wie letztes mal (3.07)", "3.07"),
        ("moved to 28 January at 9 am, same room as last time (1.21)", "1.21"),
        ("Prüfung am 01.02., Raum wie immer (E 0.04)", "E 0.04"),
    ],
)
def test_the_same_room_as_before_with_its_number_is_the_place(text: str, room: str) -> None:
    place, _ = find_place(text)
    assert place is not None
    assert place.kind is PlaceKind.IN_PERSON
    assert place.room == room


async def test_the_draft_gives_the_same_room_as_the_place() -> None:
    body = await body_of(
        "Terminverschiebung Herr Wolff: Mo 25.01. geht nicht, neu Mi 27.01. um 11 Uhr, "
        "gleicher Raum (B 2.03)"
    )
    assert "Ort: Raum B 2.03" in body
    assert "[Ort/Link]" not in body


# --- online, but no video meeting --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Infoabend am 10.02. um 18 Uhr in der Aula, Anmeldung bis 03.02. online: https://x.de/a",
        "Bewerbung fürs Berufskolleg über Schüler Online bis 12.02., Beratung am 04.02. Raum 1.09",
        "Jobmesse am 12.03. im Bürgerhaus Mitte, bitte vorher online anmelden",
    ],
)
def test_online_that_says_how_to_register_is_no_video_meeting(text: str) -> None:
    place, _ = find_place(text)
    assert place is not None
    assert place.kind is PlaceKind.IN_PERSON


def test_a_hybrid_meeting_is_in_the_room_with_the_link_for_those_who_join() -> None:
    place, _ = find_place(
        "Abschlussrunde am 29.01. um 13 Uhr, Seminarraum 2 – wer nicht kommen kann, kann sich "
        "zuschalten: https://bbb.bz-hamm.de/b/abschluss"
    )
    assert place is not None
    assert place.kind is PlaceKind.IN_PERSON
    assert place.room == "Seminarraum 2"
    assert place.link == "https://bbb.bz-hamm.de/b/abschluss"


def test_online_meeting_words_still_make_a_video_meeting() -> None:
    place, _ = find_place("Beratung am 03.02. um 10 Uhr online, Link folgt")
    assert place is not None
    assert place.kind is PlaceKind.VIDEO


async def test_a_hybrid_draft_gives_the_room_and_the_link() -> None:
    body = await body_of(
        "Einladung zur Infoveranstaltung am 09.02.2027 um 17 Uhr, hybrid: Raum A.11 oder "
        "online unter https://bbb.bz-hamm.de/b/info"
    )
    assert "Ort: Raum A.11" in body
    assert "Link zur Teilnahme: https://bbb.bz-hamm.de/b/info" in body
    assert "Videogespräch" not in body


# --- a reference to a list item ------------------------------------------------------------------


async def test_a_reference_to_a_list_item_is_carried_with_its_sentence() -> None:
    body = await body_of(
        "Nachbereitung an Frau Lenz, vereinbart:\n"
        "1) Frau Lenz meldet sich bei der Pflegeschule St. Marien\n"
        "2) ich kläre die Kinderbetreuung\n"
        "Zu 1) bitte das Zeugnis beglaubigen lassen"
    )
    assert "Zu 1) bitte das Zeugnis beglaubigen lassen" in body
    assert "\n- 1)" not in body


# --- deadlines said with "endet" and with a name holding a digit ------------------------------


def test_a_registration_that_ends_on_a_date_is_a_deadline() -> None:
    request = extract(
        "Erinnerung an Finn (du): die Bewerbung für das FSJ beim DRK endet am 26.02.",
        Purpose.REMINDER,
        TODAY,
    )
    assert request.deadline == date(2027, 2, 26)
    assert request.appointment is None


def test_a_digit_inside_a_name_keeps_the_deadline_noun_before_it() -> None:
    request = extract(
        "email reminder to Jana: the deadline for the A2 integration course sign-up is "
        "5 February 2027",
        Purpose.REMINDER,
        TODAY,
    )
    assert request.deadline == date(2027, 2, 5)


# --- steps agreed in one sentence ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mail an ben (du): wir haben ausgemacht, dass du dich bei zwei Betrieben bewirbst",
        "Mail an Frau Yilmaz nach unserem Gespräch: sie schickt mir den Lebenslauf",
        "email to Tom after our session: he sends his CV to two bakeries",
    ],
)
def test_what_was_agreed_after_a_session_is_a_follow_up(text: str) -> None:
    assert classify(text) is Purpose.FOLLOW_UP


def test_inline_steps_lose_their_joining_word_and_end_with_their_sentence() -> None:
    text = (
        "wir haben ausgemacht, dass du 1. den Lebenslauf überarbeitest, 2. dich bis 05.02. "
        "bewirbst und 3. mir die Bestätigung schickst. Melde dich, wenn was ist."
    )
    steps = [item for item, _ in inline_steps(text)]
    assert steps == [
        "den Lebenslauf überarbeitest",
        "dich bis 05.02. bewirbst",
        "mir die Bestätigung schickst",
    ]


def test_meeting_again_among_inline_steps_stays_the_next_appointment() -> None:
    text = (
        "Nachbereitung an Lea (du): 1. du schreibst die Bewerbung, 2. wir uns am 10.02. um "
        "14 uhr wieder treffen"
    )
    assert [item for item, _ in inline_steps(text)] == ["du schreibst die Bewerbung"]
    request = extract(text, Purpose.FOLLOW_UP, TODAY)
    assert request.appointment is not None
    assert request.appointment.day == date(2027, 2, 10)
    assert request.appointment.role is SlotRole.NEXT


# --- a request told in the third person --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Bestätigung an Herrn Kaya: Termin am 02.02. um 10 Uhr, Raum 1.04. Er soll seine "
            "Brille mitbringen.",
            "Bitte bringen Sie Ihre Brille mit.",
        ),
        (
            "Einladung an Frau Demir zum Gespräch am 05.02. um 14 Uhr. Sie soll bitte vorher "
            "ihren Bescheid vom Jobcenter durchlesen.",
            "Bitte lesen Sie vorher Ihren Bescheid vom Jobcenter durch.",
        ),
        (
            "Einladung an Jonas (du) zum Gespräch am 05.02. um 14 Uhr im Raum 1.02. Er soll sich "
            "vorher bei der Agentur anmelden.",
            "Bitte melde dich vorher bei der Agentur an.",
        ),
    ],
)
async def test_a_request_told_of_the_addressee_in_the_third_person_is_asked_of_them(
    text: str, asked: str
) -> None:
    body = await body_of(text)
    assert asked in body
    assert " soll " not in body


async def test_er_soll_in_a_mail_to_parents_or_to_a_woman_is_someone_else() -> None:
    parents = await body_of(
        "Mail an die Eltern von Tim: Gespräch am 05.02. um 14 Uhr. Er soll seine Mappe mitbringen."
    )
    assert "Er soll seine Mappe mitbringen" in parents
    woman = await body_of(
        "Einladung an Frau Demir zum Gespräch am 05.02. um 14 Uhr. Er (ihr Sohn) soll seine "
        "Mappe mitbringen."
    )
    assert "Er (ihr Sohn) soll seine Mappe mitbringen" in woman
    assert "Ihre Mappe" not in woman


# --- pasted notes with a "vereinbart:" line and a closing order ---------------------------------


def test_when_and_where_after_an_agreed_step_stay_with_it_and_later_sentences_are_steps() -> None:
    steps = labelled_steps(
        "vereinbart: Bewerbungscafé in der Schule jeden Donnerstag, Start 04.02., 14–15 Uhr, "
        "Raum 0.08 (Neubau). Er schickt mir bis 01.02. die Liste der Teilnehmenden."
    )
    assert steps == [
        "Bewerbungscafé in der Schule jeden Donnerstag, Start 04.02., 14–15 Uhr, Raum 0.08 "
        "(Neubau)",
        "Er schickt mir bis 01.02. die Liste der Teilnehmenden",
    ]


async def test_a_short_closing_order_for_the_mail_is_carried_out_not_carried() -> None:
    body = await body_of(
        "Telefonat mit Herrn Aydin (Ausbilder Bäckerei Lenz) heute:\n"
        "vereinbart: Probetag für Mia am 02.02. um 6 Uhr. Er schickt mir vorher den Plan.\n"
        "Bitte Bestätigung per Mail an ihn"
    )
    assert "Bestätigung per Mail" not in body
    assert "Sie schicken mir vorher den Plan" in body  # told to him


async def test_a_closing_request_to_the_client_is_no_order_to_the_assistant() -> None:
    body = await body_of(
        "Mail an Frau Celik: am 03.02. um 9 Uhr Eignungstest bei der Polizei und am 05.02. um "
        "11 Uhr Gespräch bei mir. Bitte Ausweis zu beiden Terminen mitbringen."
    )
    assert "zu beiden Terminen" in body


async def test_an_appointment_moved_to_another_day_is_a_rescheduling_in_its_room() -> None:
    assert classify("Tell Ms. Ramos that Friday's session is moved to 5 February at 10 am") is (
        Purpose.RESCHEDULING
    )
    body = await body_of(
        "Let Mr. Petrov know that tomorrow's appointment has been moved to 3 February at 2 pm; "
        "same room as last time (0.17).",
        language="en",
    )
    assert "Place: Room 0.17" in body
    assert "same room" not in body  # the room is given, not carried again
