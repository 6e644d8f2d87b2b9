"""Email drafts keep what the request gives, in the way it was given: places, events, documents,
dates no slot placed, names typed in lower case; and the purpose follows whom it is written to."""

from __future__ import annotations

from datetime import date, time

import pytest
from test_email_skill import body_of, run

from skills.email.carry import leftover
from skills.email.classify import classify, cue_spans
from skills.email.documents import labelled_documents, mentioned_documents
from skills.email.events import find_event
from skills.email.extract import extract
from skills.email.facts import Fact, request_facts
from skills.email.model import Purpose, SlotRole
from skills.email.parties import find_addressee
from skills.email.places import find_place
from skills.email.times import find_times

TODAY = date(2027, 1, 20)


# --- dates and times no slot placed --------------------------------------------------------


def test_a_date_no_slot_placed_is_carried_even_when_its_digits_are_elsewhere() -> None:
    text = "Termin war am 11.01.2027; wir sehen uns 3. Februar 2027"
    start = text.index("3. Februar")
    # the draft holds "2027" and "3" for other reasons: the date is still carried whole
    draft = "Danke für das Gespräch am 11. Januar 2027, Raum 3."
    carried = leftover(text, [], draft, [(start, len(text))])
    assert any("3. Februar 2027" in line for line in carried)


async def test_the_time_of_a_next_meeting_said_in_english_is_kept() -> None:
    body = await body_of(
        "follow-up email to Jamal after today's session: we agreed he sends his CV to the "
        "Stadtwerke Hamm by 29 January 2027 and we meet again on 3 February 2027 at 11 am"
    )
    assert "11:00" in body
    assert "3. Februar 2027" in body


def test_meeting_again_marks_the_next_appointment() -> None:
    request = extract(
        "Nachbereitung an Jamal: wir treffen uns wieder am 03.02.2027 um 11 Uhr",
        Purpose.FOLLOW_UP,
        TODAY,
    )
    assert request.appointment is not None
    assert request.appointment.role is SlotRole.NEXT
    assert request.appointment.day == date(2027, 2, 3)


def test_before_a_date_makes_it_a_deadline() -> None:
    request = extract(
        "Erinnerung an Frau Kampmann: bitte Termin für Herrn Bauer vor dem 20.02.2027",
        Purpose.REMINDER,
        TODAY,
    )
    assert request.deadline == date(2027, 2, 20)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("remind Daniel that his application is due on 15 January 2027", date(2027, 1, 15)),
        ("remind Ms Kaya that the fee is due 1 March 2027", date(2027, 3, 1)),
        ("Erinnerung an Kevin per du: Praktikumsbericht ist fällig am 22.02.2027",
         date(2027, 2, 22)),
    ],
)  # fmt: skip
async def test_what_is_due_on_a_date_is_a_deadline_not_an_appointment(
    text: str, due: date
) -> None:
    request = extract(text, Purpose.REMINDER, TODAY)
    assert request.deadline == due
    assert request.appointment is None
    body = await body_of(text)
    assert "appointment" not in body.lower()
    assert "termin" not in body.lower()


async def test_an_amount_keeps_its_currency() -> None:
    body = await body_of(
        "Einladung an Frau Aydın am 03.02.2027 um 10 Uhr, Kursgebühr 380 €\nRaum 2.14"
    )
    assert "380 €" in body


# --- list marks -----------------------------------------------------------------------------


async def test_a_lone_number_with_a_dot_or_bracket_is_no_list_mark() -> None:
    body = await body_of(
        "schreib der Klassenlehrerin von Ben, Frau Kuhlmann, ob wir uns am 28.01.2027 nach der "
        "6. Stunde zusammensetzen können (Raum 2)"
    )
    assert "nach der 6. Stunde" in body
    assert "(Raum 2)" in body or "Raum 2" in body


# --- places -------------------------------------------------------------------------------


def test_a_labelled_place_line_is_kept_whole() -> None:
    place, _ = find_place("Einladung\nWo: Werkstattgebäude, Erdgeschoss, Werler Str. 110\n")
    assert place is not None
    assert place.as_typed == "Werkstattgebäude, Erdgeschoss, Werler Str. 110"


async def test_a_labelled_place_needs_no_address_gap() -> None:
    body = await body_of(
        "Einladung an Herrn Said\nWann: 08.02.2027, 8 Uhr\nOrt: Werkstatt hinten links, Tor 3"
    )
    assert "Ort: Werkstatt hinten links, Tor 3\n" in body
    assert "[Adresse]" not in body


def test_a_street_with_its_street_word_apart_is_an_address() -> None:
    place, _ = find_place("Termin in der Werler Str. 110, 59065 Hamm")
    assert place is not None
    assert place.address == "Werler Str. 110, 59065 Hamm"


def test_a_named_room_on_a_floor_is_kept_as_typed() -> None:
    place, _ = find_place("Infoabend am 16.03.2027, Forum im Erdgeschoss")
    assert place is not None
    assert place.room == "Forum im Erdgeschoss"


def test_a_room_word_other_than_raum_stays_as_typed() -> None:
    place, _ = find_place("Termin im Jobcenter Hamm, Zimmer 3.14")
    assert place is not None
    assert place.room == "Zimmer 3.14"
    abbreviated, _ = find_place("Termin in Zi. 312")
    assert abbreviated is not None
    assert abbreviated.room == "312"  # the draft says "Raum 312"


# --- events -------------------------------------------------------------------------------


def test_an_unquoted_title_after_the_event_noun_belongs_to_the_event() -> None:
    event = find_event("Einladung zur Gruppeninfo Ausbildung im Handwerk am 09.02.2027, Raum 3")
    assert event is not None
    assert event.text == "Gruppeninfo Ausbildung im Handwerk"
    dev = find_event("Einladung zum Infoabend Duales Studium am 16.03.2027")
    assert dev is not None
    assert dev.text == "Infoabend Duales Studium"
    assert find_event("Einladung zum Elterngespräch am 3.5.2027") is not None


def test_an_event_title_is_no_venue() -> None:
    request = extract(
        "Einladung zur Gruppeninfo Ausbildung im Handwerk am 09.02.2027, Raum 3.12",
        Purpose.INVITATION,
        TODAY,
    )
    assert request.place is not None
    assert request.place.venue is None
    assert request.event == "Gruppeninfo Ausbildung im Handwerk"


def test_a_labelled_event_line_is_the_event() -> None:
    event = find_event("Einladung\nWas: Kompetenzfeststellung (hamet 2)\nWann: 08.02.2027")
    assert event is not None
    assert event.text == "Kompetenzfeststellung (hamet 2)"


def test_a_weekday_or_a_plain_lower_case_word_is_no_event() -> None:
    assert find_event("bring it to our appointment on Tuesday, 26 January 2027") is None
    event = find_event("info session on vocational training, 24 February 2027")
    assert event is None or event.text != "training"
    workshop = find_event("Workshop Bewerbungsfotos am 20.04.2027")
    assert workshop is not None
    assert workshop.text == "Workshop Bewerbungsfotos"


# --- documents ------------------------------------------------------------------------------


def test_documents_after_a_mitbringen_label_are_listed() -> None:
    request = extract(
        "Einladung an Herrn Said am 08.02.2027\nMitbringen: Sicherheitsschuhe, Verpflegung",
        Purpose.INVITATION,
        TODAY,
    )
    assert [item.text for item in request.documents] == ["Sicherheitsschuhe", "Verpflegung"]


def test_words_typed_before_a_document_belong_to_it() -> None:
    names = [d.text for d in mentioned_documents("Unterlagen (ärztliches Attest, Zeugnisse)")]
    assert "ärztliches Attest" in names
    english = mentioned_documents(
        "please bring your B1 certificate and her school leaving certificate"
    )
    assert [d.text for d in english] == ["B1 certificate", "school leaving certificate"]


# --- names ----------------------------------------------------------------------------------


async def test_a_first_name_typed_in_lower_case_is_greeted() -> None:
    body = await body_of("bestätigung an luis per du: do 21.1. 16 uhr, raum 1.18")
    assert "Hallo Luis," in body


def test_for_someone_later_in_the_request_is_not_the_addressee() -> None:
    addressee, _ = find_addressee(
        "invitation for the info session, 24 February 2027; interpreters for Arabic on site"
    )
    assert addressee.first_name == ""


# --- whom it is written to ------------------------------------------------------------------


def test_an_email_to_a_service_is_no_referral_to_it() -> None:
    assert (
        classify(
            "E-Mail an die Berufsberatung der Agentur für Arbeit Hamm, Hr. Engel: bitte um "
            "einen gemeinsamen Termin mit Frau Said"
        )
        is not Purpose.REFERRAL
    )
    assert classify("mail an Frau Kaya: sie soll sich beim Jobcenter melden") is Purpose.REFERRAL


async def test_an_email_to_a_service_keeps_what_it_asks() -> None:
    body = await body_of(
        "Mail an den Integrationsfachdienst Hamm, Frau Kersting: ich möchte Herrn Brandt "
        "(GdB 50) an Sie vermitteln, Einverständniserklärung liegt vor"
    )
    assert "Integrationsfachdienst Hamm" in body
    assert "GdB 50" in body
    assert "ich empfehle Ihnen" not in body


# --- numbers, ranges, gendered plurals, language words --------------------------------------


def test_a_number_in_a_time_of_the_draft_does_not_stand_for_the_same_number_alone() -> None:
    assert leftover("Jahrgangsstufe 10\nRaum 2", [], "Uhrzeit: 10:00 Uhr, Raum 2") == [
        "Jahrgangsstufe 10"
    ]
    assert leftover("Raum 3.12", [], "Ort: Raum 3.12") == []


def test_a_range_and_a_gendered_plural_are_carried_whole() -> None:
    carried = leftover("tomorrow's class (9–12) is off", [], "on 12 January")
    assert "(9–12)" in carried[0]
    assert leftover("an alle Schüler:innen der Stufe", [], "Liebe Teilnehmende") == [
        "Schüler:innen der Stufe"
    ]


def test_german_before_a_course_is_a_fact_but_auf_englisch_is_an_instruction() -> None:
    request = extract(
        "Absage an die Teilnehmenden des German B1 course am 25.01.2027, auf Englisch",
        Purpose.CANCELLATION,
        TODAY,
    )
    said = [request.wording[a:b] for a, b in request.consumed]
    assert "auf Englisch" in said
    assert not any("German" in part for part in said)


def test_am_before_a_date_is_a_preposition_not_a_clock() -> None:
    assert find_times("Jahrgangsstufe 10 am 03.03.2027") == []
    assert [t.begin.hour for t in find_times("at 10 am, room 2")] == [10]


# --- documents named, not asked about ------------------------------------------------------


def test_a_named_document_is_no_word_of_the_template() -> None:
    text = "Unterlagen anfordern: die Meldebescheinigung und den Lebenslauf"
    said = [text[a:b] for a, b in cue_spans(text, Purpose.DOCUMENTS)]
    assert "Unterlagen" in said
    assert "Meldebescheinigung" not in said
    assert "Lebenslauf" not in said


def test_a_documents_label_before_a_sentence_lists_nothing() -> None:
    assert labelled_documents("Unterlagen anfordern: Herr Kuhn soll bis Freitag schicken") == []
    listed = labelled_documents("Unterlagen: Lebenslauf, Zeugnisse")
    assert [item.text for item in listed] == ["Lebenslauf", "Zeugnisse"]


def test_a_clock_time_after_documents_is_no_label() -> None:
    assert labelled_documents("Unterlagen bringt sie Do 04.03. um 15:30 mit") == []
    listed = labelled_documents("Termin um 9:15, Unterlagen: Lebenslauf, Zeugnis")
    assert [item.text for item in listed] == ["Lebenslauf", "Zeugnis"]


def test_what_a_document_is_of_belongs_to_it() -> None:
    names = [
        d.text
        for d in mentioned_documents(
            "bring dein Zeugnis vom Halbjahr und den Nachweis von Herrn X"
        )
    ]
    assert names == ["Zeugnis vom Halbjahr", "Nachweis"]


# --- deadlines with an hour, words between a date and its time, written-out requests ---------


async def test_a_deadline_keeps_its_hour() -> None:
    body = await body_of(
        "Erinnerung an alle TN: Abgabe Bewerbungsmappe bis Fr. 29.01.2027 12 Uhr in Raum 2.03"
    )
    assert "29. Januar 2027" in body
    assert "12:00" in body


async def test_the_colon_of_a_clock_time_starts_no_message_body() -> None:
    body = await body_of(
        "Schreib Emma, dass ihr Gespräch bei der Volksbank am 09.02. um 11:30 ist und sie sich "
        "am Empfang meldet"
    )
    assert "Volksbank am 09.02. um 11:30 ist" in body


async def test_words_between_a_date_and_its_time_are_carried() -> None:
    body = await body_of(
        "Einladung an Frau Roth am 02.03.2027, Treffpunkt am Haupteingang Nord um 9:45 Uhr"
    )
    assert "Haupteingang Nord" in body


def test_a_lower_case_word_before_a_quoted_title_is_no_event_noun() -> None:
    event = find_event('invite the group "Job Start 2027" on 2 March 2027')
    assert event is not None
    assert event.text == "„Job Start 2027“"


async def test_a_request_written_as_the_email_is_taken_as_typed() -> None:
    result = await run(
        "mail: Sehr geehrte Frau Lenz, hiermit bestätige ich die Teilnahme von Herrn Aziz an "
        "der Maßnahme vom 01.02. bis 30.04.2027"
    )
    assert result.data["purpose"] == "message"
    body = str(result.data["body"])
    assert body.startswith("Sehr geehrte Frau Lenz,")
    assert "hiermit bestätige ich die Teilnahme von Herrn Aziz" in body
    assert "Uhrzeit" not in body


async def test_a_date_the_chosen_template_does_not_show_is_carried() -> None:
    # a documents request with a deadline names no appointment: the start date is carried
    body = await body_of(
        "email to Fatima (informal): your apprenticeship contract with Rewe starts 1 August "
        "2027, please send me a copy by 31 January 2027"
    )
    assert "1 August 2027" in body
    assert "31. Januar 2027" in body


# --- floors, a client with his parents ------------------------------------------------------


async def test_a_floor_after_a_room_is_carried_whole() -> None:
    # "2." before "OG" is an ordinal, not a sentence end, and "OG" is a word with meaning
    body = await body_of(
        "mail an Frau Yilmaz\nTermin: 17.02.2027, 10:15 Uhr, Raum 2.11, 2. OG\n"
        "Mitbringen: Lebenslauf, Schülerausweis"
    )
    assert "2. OG" in body


async def test_a_client_invited_with_his_parents_is_named() -> None:
    body = await body_of(
        "Einladung an Luca und seine Eltern (Herr und Frau Marino) am 09.02.2027 um 17 Uhr"
    )
    assert "Luca" in body
    assert "Marino" in body


# --- English events and classes -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Write an invitation to Ms Okafor for our information session on dual study "
            "programmes on 24 February 2027 from 5 to 7 pm",
            "information session on dual study programmes",
        ),
        ("remind the class: the exam preparation day is on 6 March 2027", "exam preparation day"),
        (
            "Invite Leon to the online apprenticeship chat on 28 January 2027",
            "online apprenticeship chat",
        ),
        ("remind Tom of the job club on Monday", "job club"),
    ],
)
def test_an_english_event_is_named_by_its_words_with_its_kind_last(text: str, event: str) -> None:
    found = find_event(text)
    assert found is not None
    assert found.text == event


def test_an_english_appointment_or_day_alone_is_no_event() -> None:
    assert find_event("confirm the appointment on the day") is None
    assert find_event("Invite Mr and Mrs Khalil to a meeting about their daughter") is None


async def test_an_english_info_session_is_not_called_a_counselling_appointment() -> None:
    result = await run(
        "Write an invitation to Ms Okafor for our information session on dual study "
        "programmes on 24 February 2027 from 5 to 7 pm",
        language="en",
    )
    body = str(result.data["subject"]) + "\n" + str(result.data["body"])
    assert "information session on dual study programmes" in body
    assert "counselling" not in body


async def test_a_class_sent_a_reminder_is_greeted_as_a_group() -> None:
    result = await run(
        "Send the German B2 course class a reminder: the exam preparation day is on "
        "6 March 2027 at 9 am",
        language="en",
    )
    assert str(result.data["body"]).startswith("Dear participants (German B2 course class),")


# --- deadlines in words, abbreviations at the end of a listed item -------------------------


async def test_a_deadline_in_words_is_named_as_typed_not_left_a_gap() -> None:
    body = await body_of(
        "Bitte Herrn Wagner um folgende Unterlagen bis Ende Januar: Kündigungsschreiben, "
        "Arbeitszeugnis der Firma Stahl & Co., Bescheid der Agentur für Arbeit"
    )
    assert "bis Ende Januar zukommen" in body
    assert "[Datum]" not in body
    assert "- Arbeitszeugnis der Firma Stahl & Co.\n" in body


async def test_a_reminder_of_a_deadline_in_words_is_a_deadline_reminder() -> None:
    body = await body_of("Erinnerung an Frau Abt: Bewerbung bis Ende des Monats abschicken")
    assert "Frist: Ende des Monats" in body
    assert "Bewerbung bis Ende des Monats abschicken" in body


async def test_a_document_sent_along_is_no_request_for_documents() -> None:
    result = await run(
        "Mail an das Jobcenter Hamm, Herrn Brinkmann: Frau Celik hat am 04.01.2027 am "
        "Bewerbungscoaching teilgenommen, Teilnahmebescheinigung hängt an"
    )
    assert result.data["purpose"] == "message"
    body = str(result.data["body"])
    assert "Teilnahmebescheinigung hängt an" in body
    assert "unserem Termin" not in body  # a past date the request gives is no appointment


def test_a_document_sent_along_does_not_outweigh_one_asked_for() -> None:
    assert classify("Mail an Frau X: Lebenslauf anbei, bitte noch Zeugnisse nachreichen") is (
        Purpose.DOCUMENTS
    )


# --- a follow-up's steps written as clauses ---------------------------------------------------


async def test_a_follow_ups_clauses_after_its_colon_are_its_steps() -> None:
    result = await run(
        "Follow-up email to Sara after our meeting on 8 January 2027: she applies to three "
        "bakeries by 22 January 2027, I check her CV, next appointment 29 January 2027 at 2 pm",
        language="en",
    )
    body = str(result.data["body"])
    assert "- she applies to three bakeries by 22 January 2027\n- I check her CV\n" in body
    assert "[Agreement / next step]" not in body
    assert "29 January 2027, at 14:00" in body
    assert "- after" not in body


async def test_the_meeting_a_follow_up_is_about_is_no_step() -> None:
    body = await body_of(
        "Nachbereitung an Frau Thiel: Gespräch vom 08.01., sie bewirbt sich bei drei Bäckereien, "
        "nächster Termin 22.01. 10 Uhr"
    )
    assert "- Sie bewerben sich bei drei Bäckereien\n" in body  # told to her
    assert "- Gespräch" not in body


# --- fourth round: services as places, dates in steps, particles, a named first meeting ------


def test_a_service_named_as_the_place_of_an_appointment_is_no_referral() -> None:
    text = (
        "Mail an Herrn Ilic: sein Test ist am 4.3.2027 um 9 Uhr in der Agentur für Arbeit "
        "Soest, Raum 12, bitte Stifte mitbringen"
    )
    assert classify(text) is not Purpose.REFERRAL
    # "sich beim Jobcenter melden" still sends the client there
    assert classify("mail an Herrn Ilic: er soll sich beim Jobcenter melden") is Purpose.REFERRAL


async def test_a_step_keeps_the_closing_dot_of_its_date() -> None:
    body = await body_of(
        "Nachbereitung für Frau Lenz: 1) Bewerbung an die Stadtwerke bis 19.02. "
        "2) Praktikumsvertrag unterschreiben"
    )
    assert "- Bewerbung an die Stadtwerke bis 19.02.\n" in body


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Einladung an Herrn von Bülow zum Termin am 3.3.", "von Bülow"),
        ("Erinnerung an Frau van der Meer, morgen 9 Uhr", "van der Meer"),
        ("Absage an Hr. al-Masri für Freitag", "al-Masri"),
        ("Mail an Frau de la Fuente: bitte Lebenslauf schicken", "de la Fuente"),
    ],
)
def test_a_surname_keeps_its_particle(text: str, surname: str) -> None:
    addressee, _ = find_addressee(text)
    assert [person.surname for person in addressee.people] == [surname]


def test_someone_from_a_place_is_no_surname_with_a_particle() -> None:
    for text in ("Mail an die Frau von der Arbeitsagentur", "an Herrn von der Schule"):
        assert find_addressee(text)[0].people == ()
    addressee, _ = find_addressee("an Frau Busch von der Stadt Soest")
    assert [person.surname for person in addressee.people] == ["Busch"]


async def test_a_first_meeting_is_named_as_typed() -> None:
    body = await body_of("Einladung an Frau Amin zum Erstgespräch am 3.3.2027 um 10 Uhr")
    assert "Erstgespräch" in body


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Praktikumsabsage an Herrn Roth: die Stelle ist schon vergeben", "Praktikumsabsage"),
        ("Teilnahmebestätigung für Frau Gül, Kurs vom 1.2. bis 26.3.2027", "Teilnahmebestätigung"),
    ],
)
async def test_a_purpose_word_with_a_word_of_its_own_in_front_is_kept(
    text: str, word: str
) -> None:
    assert word in await body_of(text)


def test_the_templates_own_purpose_compounds_stay_its_own() -> None:
    text = "Terminbestätigung für Frau Amin"
    assert cue_spans(text, Purpose.CONFIRMATION) == [(0, len("Terminbestätigung"))]


def test_an_amount_with_a_decimal_comma_is_carried_whole() -> None:
    text = "die Fahrtkosten von 34,60 € werden erstattet, bitte Fahrkarte einreichen"
    draft = "Fahrtkosten von 34,60 € werden erstattet\nFahrkarte einreichen"
    assert leftover(text, [], draft) == []


def test_a_listed_document_keeps_its_brackets_and_suspended_compounds() -> None:
    text = (
        "Unterlagen anfordern: Reisepass (Vorder- und Rückseite), Kranken- und "
        "Pflegeversicherungsnachweis, Zeugnis"
    )
    assert [item.text for item in labelled_documents(text)] == [
        "Reisepass (Vorder- und Rückseite)",
        "Kranken- und Pflegeversicherungsnachweis",
        "Zeugnis",
    ]


def test_a_first_name_then_a_particle_of_another_language_is_one_name() -> None:
    addressee, _ = find_addressee("Einladung an Frau Luisa dos Santos Lima am 3.3.")
    assert [(p.first_name, p.surname) for p in addressee.people] == [("Luisa", "dos Santos Lima")]


def test_a_carried_date_keeps_its_closing_dot() -> None:
    assert leftover("Zusage an den Betrieb Holz Meier, Start 1.3.", [], "Damen und Herren") == [
        "Zusage an den Betrieb Holz Meier, Start 1.3."
    ]


async def test_numbered_steps_after_a_label_are_steps_and_the_next_meeting_a_date() -> None:
    body = await body_of(
        "Nachbereitung an Frau Sen: vereinbart: 1) Lebenslauf bis 5.3. 2) Anschreiben an "
        "die Firma Becker & Co. KG 3) nächster Termin 12.3.2027 um 10 Uhr"
    )
    assert "- Lebenslauf bis 5.3.\n- Anschreiben an die Firma Becker & Co. KG\n" in body
    assert "Freitag, 12. März 2027, um 10:00 Uhr" in body


async def test_a_moved_event_is_the_subject_of_its_sentence() -> None:
    body = await body_of(
        "Verschiebung Workshop Bewerbungsfotos: statt Mo 8.3.2027 jetzt Di 9.3.2027"
    )
    assert "unser Termin (Workshop Bewerbungsfotos) am Montag, 8. März 2027 muss" in body


def test_a_carried_piece_opens_the_bracket_it_closes() -> None:
    text = "Mail an Frau Ott (Jobcenter Kreis Unna): Herr Demir braucht einen Termin"
    service = (text.index("Jobcenter"), text.index("Jobcenter") + len("Jobcenter"))
    # the service is placed by the template: the carried rest still opens its bracket
    assert leftover(text, [service], "Sehr geehrte Frau Ott, Jobcenter") == [
        "(Jobcenter Kreis Unna): Herr Demir braucht einen Termin"
    ]


# --- meeting points and services named as the place ---------------------------------------


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("Bestätigung für Herrn Kaya, 3.3.2027 um 10 Uhr, Treffpunkt Pforte Nord", "Pforte Nord"),
        (
            "Einladung an Frau Lind am 4.3.2027 14 Uhr; Treffpunkt: Cafeteria, Gebäude C",
            "Cafeteria, Gebäude C",
        ),
        (
            "Erinnerung Frau Brandt 5.3.2027 9 Uhr, Treffpunkt ist der Seiteneingang",
            "Seiteneingang",
        ),
        (
            "Invite Mr Hall on 8 March 2027 at 11 am, meeting point: main gate, car park",
            "main gate, car park",
        ),
    ],
)
async def test_a_meeting_point_is_the_place_as_typed(text: str, point: str) -> None:
    body = await body_of(text)
    assert f"Ort: {point}\n" in body
    assert "Treffpunkt" not in body
    assert "[Adresse]" not in body


def test_a_meeting_point_stops_before_a_date_or_time() -> None:
    place, _ = find_place("Infotag am 6.5.2027, Treffpunkt Haupteingang, Anmeldung bis 30.04.")
    assert place is not None
    assert place.as_typed == "Haupteingang"
    place, _ = find_place("Treffpunkt Eingang West um 9 Uhr, Termin mit Herrn Berg")
    assert place is not None
    assert place.as_typed == "Eingang West"


def test_a_meeting_point_is_a_fact_the_final_check_keeps() -> None:
    facts = request_facts("Termin am 9.3.2027, Treffpunkt Empfang 2. OG", TODAY)
    assert Fact("place", "Empfang 2. OG") in facts


@pytest.mark.parametrize(
    "text",
    [
        "Frau Demir 10.3.2027 9 Uhr Jobcenter Hamm, Südring 12 – Lebenslauf mitbringen",
        "Herr Aydin 11.3.2027 11 Uhr Jugendberufsagentur Soest, Am Markt 4",
        "Termin Frau Roth 12.3.2027 8:30 bei der Agentur für Arbeit Unna, Zimmer 214",
        "Ms Adams, 15 March 2027, 10 am, Jobcenter Dortmund, Room 3.12",
    ],
)
def test_a_service_with_its_address_or_room_is_the_place_not_a_referral(text: str) -> None:
    assert classify(text) is not Purpose.REFERRAL


async def test_a_service_given_as_the_place_keeps_its_name_and_address() -> None:
    body = await body_of("Frau Demir 10.3.2027 9 Uhr Jobcenter Hamm, Südring 12")
    assert "Jobcenter Hamm" in body
    assert "Südring 12" in body
    assert "folgende Stelle" not in body


def test_a_referral_with_an_address_stays_a_referral() -> None:
    assert (
        classify("Mail an Herrn Kurt: ich verweise Sie an das Jobcenter Hamm, Südring 12")
        is Purpose.REFERRAL
    )


async def test_a_date_before_wieder_is_the_next_meeting_not_the_one_held() -> None:
    body = await body_of(
        "Nachbereitung an Frau Roth: vereinbart ist, dass sie bis 26.02.2027 zwei Bewerbungen "
        "schreibt und wir uns am 03.03.2027 um 9 Uhr wieder treffen"
    )
    assert "Gesprächs vom 03.03.2027" not in body
    assert "Gespräch am Mittwoch, 3. März" not in body
    assert "nächster Termin ist am Mittwoch, 3. März 2027, um 9:00 Uhr" in body


async def test_a_first_name_marked_by_its_address_form_is_greeted() -> None:
    body = await body_of(
        "Erinnerung an Will (du): Termin am 3.3. um 10 Uhr, Lebenslauf mitbringen"
    )
    assert "Hallo Will," in body
    body = await body_of(
        "Nachbereitung für Can (du): du schickst bis 26.02. drei Bewerbungen an Kitas"
    )
    assert "Hallo Can," in body


def test_a_clock_time_then_a_bare_later_hour_is_a_range() -> None:
    (found,) = find_times("Workshop 10:30-12 im PC-Raum")
    assert (found.begin.hour, found.begin.minute, found.finish) == (10, 30, time(12, 0))
    assert find_times("Raum 10:30-9")[0].finish is None


@pytest.mark.parametrize("typed", ["fält aus", "fallt aus", "faellt aus"])
def test_a_cancellation_typed_fast_or_without_umlauts_is_a_cancellation(typed: str) -> None:
    text = f"mail an Herrn Ott: Termin am 3.3. um 9 Uhr {typed}, neuer Termin kommt per Post"
    assert classify(text) is Purpose.CANCELLATION


async def test_a_capitalised_name_after_a_lower_case_title_is_greeted() -> None:
    body = await body_of("schreib ne mail an frau Lewandowski, termin am 3.3. um 9 uhr fällt aus")
    assert "Sehr geehrte Frau Lewandowski," in body


async def test_what_is_due_keeps_the_place_in_its_name() -> None:
    body = await body_of("Erinnerung an Frau Roth: Anmeldung Jugendkunstschule Hamm bis 20.02.")
    assert "Jugendkunstschule Hamm: bis" in body
    assert "\nHamm: bis" not in body


async def test_an_event_named_after_a_document_asks_for_no_document() -> None:
    body = await body_of(
        "Einladung an Frau Roth zum Lebenslauf-Workshop am 3.3. um 10 Uhr, Raum 2"
    )
    assert "Lebenslauf-Workshop" in body
    assert "Unterlagen" not in body
    # a document's own compound stays a document
    found = mentioned_documents("Bitte Anschreiben-Entwurf und Lebenslauf mitbringen")
    assert [listed.text for listed in found] == ["Anschreiben-Entwurf", "Lebenslauf"]


async def test_a_name_is_not_said_by_an_email_address_that_spells_it() -> None:
    body = await body_of(
        "Einladung an die Eltern der Klasse 7b (Sophie-Scholl-Schule Hamm) zum Elternabend am "
        "04.03.2027 um 18 Uhr in der Aula, Anmeldung an eltern@sophie-scholl-schule-hamm.de"
    )
    assert "Sophie-Scholl-Schule Hamm" in body


async def test_documents_for_an_event_of_its_own_are_not_for_our_appointment() -> None:
    body = await body_of(
        "Unterlagen anfordern bei Frau Roth: zum Vorstellungsgespräch am 3.3. um 9 Uhr bitte "
        "Lebenslauf und Zeugnis mitbringen"
    )
    assert "unserem Termin" not in body
    assert "Vorstellungsgespräch am Mittwoch, 3. März 2027" in body


def test_a_visit_reported_today_is_no_date_of_the_email() -> None:
    text = "Herr Brandt war heute da, er soll bis 26.02.2027 seinen Lebenslauf schicken"
    request = extract(text, Purpose.DOCUMENTS, TODAY)
    assert request.appointment is None
    assert extract("Termin heute 15 Uhr fällt aus", Purpose.CANCELLATION, TODAY).appointment


def test_a_copy_and_a_form_are_documents() -> None:
    found = mentioned_documents("Anmeldeformular + Kopie Aufenthaltstitel mitbringen")
    assert [listed.text for listed in found] == ["Anmeldeformular", "Kopie Aufenthaltstitel"]


async def test_a_time_after_auf_is_the_new_time_of_a_moved_appointment() -> None:
    body = await body_of("mail an Frau Roth: ihr Termin am 3.3. wird auf 11 Uhr verschoben")
    assert "Beratungsgespräch am Mittwoch, 3. März 2027, um 11:00 Uhr muss" not in body
    assert "Uhrzeit: 11:00 Uhr" in body


async def test_the_order_to_tell_someone_is_not_carried_as_a_fact() -> None:
    body = await body_of("Gib Herrn Ott Bescheid, dass sein Termin am 3.3. um 10 Uhr ausfällt")
    assert "- Gib" not in body


def test_a_carried_place_keeps_its_saint() -> None:
    text = "Infotag am St. Josef-Hospital, Treffpunkt Foyer"
    start = text.index("St.")
    carried = leftover(text, [], "Infotag, Foyer", [(start, start + 21)])
    assert any("St. Josef-Hospital" in line for line in carried)


async def test_the_label_of_pasted_notes_is_not_carried() -> None:
    body = await body_of(
        "Gesprächsnotiz: Herr Brandt möchte Tischler werden. Infotag der Tischlerinnung am "
        "05.03.2027 um 10 Uhr, Lebenslauf mitbringen.\n\nschreib ihm bitte ne mail dazu"
    )
    assert "Gesprächsnotiz" not in body
    assert "Tischler werden" in body


def test_a_number_before_german_am_is_no_morning_hour() -> None:
    # "Teil 1 am <date> um 9 Uhr": "am" is the preposition of the blanked-out date
    assert [t.begin for t in find_times("Modul 2 am            um 10 Uhr")] == [time(10)]
    assert find_times("Gruppe 3 am fr 12.02") == []
    assert [t.begin for t in find_times("see you at 10 am, room 2")] == [time(10)]


async def test_a_numbered_part_keeps_its_clock_time() -> None:
    body = await body_of(
        "Einladung an die Gruppe Fit für die Ausbildung: Block 2 am 04.02.2027 um 10 Uhr"
    )
    assert "10:00" in body
    assert "2:00" not in body.replace("10:00", "")


def test_a_date_without_its_closing_dot_after_am_and_a_weekday_is_read() -> None:
    request = extract(
        "Einladung an Herrn Celik zum Gespräch am do 04.02 um 10:45", Purpose.INVITATION, TODAY
    )
    assert request.appointment is not None
    assert request.appointment.day == date(2027, 2, 4)
    assert request.appointment.start == time(10, 45)


async def test_a_clock_time_after_the_meeting_point_label_is_the_time() -> None:
    body = await body_of(
        "Erinnerung an die Gruppe Berufsorientierung: Betriebsbesuch am 11.02.2027, "
        "Treffpunkt 8:50 vor der Sporthalle, Schluss gegen 12 Uhr"
    )
    assert "Uhrzeit: 8:50 Uhr" in body
    assert "Ort: vor der Sporthalle" in body


def test_a_rejection_the_client_received_is_no_cancellation() -> None:
    text = (
        "Notiz 04.02.: Ben hat eine Absage vom Autohaus Peters erhalten. Nächster Schritt: "
        "zwei neue Bewerbungen bis 12.02.\nmail an Ben bitte"
    )
    assert classify(text) is not Purpose.CANCELLATION
    assert classify("Absage an Herrn Kurt: Termin am 3.2. entfällt") is Purpose.CANCELLATION


def test_the_next_step_in_the_singular_names_a_follow_up() -> None:
    assert classify("Mail an Frau Sens: nächster Schritt ist die Anmeldung bei der VHS") is (
        Purpose.FOLLOW_UP
    )


def test_a_new_time_alone_is_on_the_day_of_the_moved_appointment() -> None:
    request = extract(
        "Frau Obi: Beratung am 09.02. wird von 10:00 auf 13:30 verlegt",
        Purpose.RESCHEDULING,
        TODAY,
    )
    assert request.appointment is not None
    assert request.appointment.day == date(2027, 2, 9)
    assert request.appointment.start == time(13, 30)


async def test_a_moved_time_on_the_same_day_gives_the_date_and_carries_no_time() -> None:
    body = await body_of("mail an Frau Obi: gespräch am 09.02. von 10:00 auf 13:30 verlegt")
    assert "[Datum]" not in body
    assert "Weitere Hinweise" not in body


def test_a_lower_case_hr_with_its_dot_names_the_addressee() -> None:
    addressee, _ = find_addressee("mail an hr. Kowalski: termin morgen fällt aus")
    assert [person.surname for person in addressee.people] == ["Kowalski"]


async def test_a_firm_before_its_contact_person_keeps_its_whole_name() -> None:
    body = await body_of(
        "Nachricht an Malerbetrieb Krämer, Herr Krämer: Kann Luca am 15.03. zum Probetag kommen?"
    )
    assert "Malerbetrieb Krämer" in body


def test_the_next_meeting_is_the_appointment_not_the_one_reported_before_it() -> None:
    request = extract(
        "Erinnerung an Herrn Kaya: Gespräch am 18.01. war gut, nächster Termin 02.02. um 9 Uhr",
        Purpose.REMINDER,
        TODAY,
    )
    assert request.appointment is not None
    assert request.appointment.day == date(2027, 2, 2)
    assert request.appointment.start == time(9)


async def test_a_time_moved_on_the_same_day_names_that_day_as_the_old_one() -> None:
    body = await body_of("Sag Frau Kim Bescheid: ihr Termin am 04.02. ist auf 15:45 verschoben")
    assert "[bisheriges Datum]" not in body
    assert "Uhrzeit: 15:45 Uhr" in body


async def test_a_reminder_of_a_time_moved_on_the_same_day_gives_the_new_time() -> None:
    body = await body_of("Erinnerung an Frau Kim: Termin am 04.02. auf 15:45 verschoben, Raum 2")
    assert "Uhrzeit: 15:45 Uhr" in body


async def test_a_cancellation_with_a_replacement_offers_the_replacement() -> None:
    body = await body_of(
        "Absage an Herrn Dogan: Termin am 15.02. fällt aus, Ersatztermin 22.02. um 11 Uhr"
    )
    assert "am Montag, 15. Februar 2027 absagen" in body
    assert "Datum: Montag, 22. Februar 2027\nUhrzeit: 11:00 Uhr" in body
    assert "neuen Termin" not in body  # no new appointment is asked for: it is given


@pytest.mark.parametrize(
    "text",
    [
        "Mail an Malerbetrieb Sommer, Herr Sommer: anbei die Bewerbungsunterlagen von Frau "
        "Kaya (Lebenslauf, Zeugnisse). Sie kann ab 01.03. ein Praktikum machen.",
        "email to Ms. Grant: attached are the application documents of Mr. Okafor (CV and "
        "certificates), he is available from next week",
    ],
)
def test_documents_sent_along_are_no_request_for_documents(text: str) -> None:
    assert classify(text) is Purpose.MESSAGE
    assert classify("Mail an Frau Kaya: bitte Lebenslauf und Zeugnisse nachreichen") is (
        Purpose.DOCUMENTS
    )
