"""Facts the counsellor gives stay in the draft as given: the person written to is greeted,
not a contact person named later; a service named in passing sends nobody anywhere; a
cancellation that may happen calls nothing off; a carried clause keeps its subject."""

from __future__ import annotations

from datetime import date

import pytest
from test_email_skill import body_of, run

from skills.email.carry import leftover
from skills.email.classify import classify
from skills.email.extract import extract
from skills.email.model import Purpose
from skills.email.parties import find_addressee

TODAY = date(2027, 1, 11)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        # typed in lower case before a capitalised contact person
        ("nachricht an frau lorenz: Ansprechpartner im Betrieb ist Herr Quast", "Lorenz"),
        (
            "mail an hr. brinkmann, die Praxisanleiterin Frau Ebert meldet sich bei ihm",
            "Brinkmann",
        ),
        # the contact person named with "ist" / "bei uns ist" is no addressee
        ("schreib Herrn Lutz: Ansprechpartnerin bei uns ist Frau Oswald, Tel. 4475-0", "Lutz"),
        ("email to Mr. Grant: your contact person will be Ms. Hale from HR", "Grant"),
    ],
)
def test_the_person_written_to_is_greeted_not_a_contact_person(text: str, surname: str) -> None:
    addressee, _ = find_addressee(text)
    assert [person.surname for person in addressee.people][:1] == [surname]


@pytest.mark.parametrize(
    "text",
    [
        "mail an Frau Özdemir: sie hat am 14.01. ihren Termin verpasst, ich muss das dem "
        "Jobcenter melden, wenn sie sich nicht bis 20.01. meldet",
        "Nachricht an Herrn Graf: sein Ausbildungsvertrag liegt jetzt bei der HWK zur Eintragung",
    ],
)
def test_a_service_named_in_passing_is_no_referral(text: str) -> None:
    assert classify(text) is Purpose.MESSAGE


def test_a_referral_still_needs_its_verb() -> None:
    text = "bitte Frau Kuhn an die Schuldnerberatung der Caritas verweisen, Termin folgt"
    assert classify(text) is Purpose.REFERRAL


@pytest.mark.parametrize(
    "text",
    [
        "schreib Tobias (du): falls die Probe beim Zahnarzt abgesagt wird, kommst du am 03.02. "
        "um 10 Uhr zu mir",
        "Mail an Frau Henkel: bei einer Absage der Firma melden wir uns am 10.02. wieder",
        "tell Mr. Okoro that if the trial day is cancelled we meet on 4 February at 2 pm",
    ],
)
def test_a_cancellation_that_may_happen_calls_nothing_off(text: str) -> None:
    assert classify(text) is not Purpose.CANCELLATION


def test_a_cancellation_said_outright_still_is_one() -> None:
    assert classify("Mail an Frau Roth: der Kurs am 12.02. fällt aus") is Purpose.CANCELLATION


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mail an Frau Brandl: sie war am 03.02. nicht beim Vorstellungsgespräch", "Sie waren am"),
        (
            "Nachricht an Herrn Wolf: bitte kurz Rückmeldung, ob er die Anmeldung beim "
            "Berufskolleg abgegeben hat",
            "ob er",
        ),
        ("email to Ms. Diaz: we meet again on 9 March in room 1.04", "we meet"),
    ],
)
async def test_a_carried_clause_keeps_its_subject(text: str, kept: str) -> None:
    assert kept in await body_of(text, "en" if text.startswith("email") else "de")


def test_filler_without_a_subject_is_not_carried_along() -> None:
    text = "Mail an die Tischlerei Ostermann: Praktikum ab 01.03."
    carried = leftover(text, [], "Sehr geehrte Damen und Herren,\nab 01.03.")
    assert all(not line.startswith("an die") for line in carried)


@pytest.mark.parametrize(
    "text",
    [
        "Nachricht an Frau Kuhl: die Unterlagen kann sie auch beim Pförtner abgeben, Mo-Fr bis "
        "15 Uhr",
        "Mail an Herrn Pohl: Unterlagen gibt es ab Montag online unter www.bz-hamm.de/formulare",
    ],
)
async def test_documents_named_in_general_and_asked_for_nowhere_make_a_message(
    text: str,
) -> None:
    result = await run(text)
    assert result.data["purpose"] == Purpose.MESSAGE.value
    assert "[Unterlagen]" not in str(result.data["body"])


async def test_asking_for_documents_in_general_still_drafts_the_request() -> None:
    result = await run("Unterlagen anfordern bei Frau Sommer bis 12.02.")
    assert result.data["purpose"] == Purpose.DOCUMENTS.value


@pytest.mark.parametrize(
    ("text", "document"),
    [
        (
            "Erinnerung an Frau Bach: Termin am 09.02., bitte das Kündigungsschreiben mitbringen",
            "Kündigungsschreiben",
        ),
        ("Mail an Herrn Kurt: bitte die Krankmeldung bis 12.02. nachreichen", "Krankmeldung"),
        (
            "Mail an Frau Ley: bitte den Kostenvoranschlag bis 03.03. einreichen",
            "Kostenvoranschlag",
        ),
    ],
)
async def test_letters_sick_notes_and_quotes_are_documents(text: str, document: str) -> None:
    body = str((await run(text)).data["body"])
    assert f"- {document}" in body


def test_a_time_after_a_period_is_its_daily_time_not_a_deadline() -> None:
    text = "Mail an Frau Kraft: die Maßnahme geht vom 01.03. bis 31.05., Mo-Do 8:00-13:00"
    request = extract(text, Purpose.MESSAGE, TODAY)
    assert request.deadline is None


@pytest.mark.parametrize(
    "text",
    [
        "Mail an Tim (du): Treffen am Dienstag um 10 bleibt, am Donnerstag entfällt es",
        "an die Gruppe Deutsch B1: Kurs am 03.02. um 9 Uhr wie immer, der 10.02. fällt aus",
    ],
)
async def test_a_day_called_off_beside_one_that_stays_is_a_message(text: str) -> None:
    result = await run(text)
    assert result.data["purpose"] == Purpose.MESSAGE.value
    assert "absagen" not in str(result.data["body"])


async def test_the_appointment_called_off_itself_is_still_a_cancellation() -> None:
    result = await run("Mail an Frau Roth: der Termin am 12.02. um 9 Uhr entfällt leider")
    assert result.data["purpose"] == Purpose.CANCELLATION.value


@pytest.mark.parametrize(
    "text",
    [
        "Nachricht an Herrn Keller: ich bin bis 29.01. im Urlaub, Vertretung hat Frau Lenz",
        "email to Mr. Ward: I am on leave until 5 February, please write to my colleague",
    ],
)
def test_the_end_of_an_absence_is_no_deadline(text: str) -> None:
    assert extract(text, Purpose.MESSAGE, TODAY).deadline is None


def test_a_deadline_with_until_stays_one() -> None:
    text = "Mail an Frau Lenz: bitte den Antrag bis 29.01. abgeben"
    assert extract(text, Purpose.MESSAGE, TODAY).deadline is not None


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Einladung an Herrn Roth: Infotag am 04.03. um 10 Uhr in der Gesamtschule an der "
            "Lippe, Aula",
            "Gesamtschule an der Lippe",
        ),
        (
            "Einladung an Frau Kern: Elternabend am 11.03. um 18 Uhr, Realschule am Stadtpark, "
            "Raum 12",
            "Realschule am Stadtpark",
        ),
    ],
)
async def test_a_school_named_after_its_street_keeps_the_whole_name(text: str, venue: str) -> None:
    assert f"Ort: {venue}" in str((await run(text)).data["body"])


def test_a_weekday_after_am_is_no_part_of_a_venue() -> None:
    request = extract(
        "Einladung an Frau Kern: Gespräch im Berufskolleg am Montag, 08.03., um 9 Uhr",
        Purpose.INVITATION,
        TODAY,
    )
    assert request.place is not None
    assert request.place.venue == "Berufskolleg"


def test_a_list_of_documents_alone_asks_for_them() -> None:
    text = (
        "Mail an Herrn Lindqvist, was für die Anmeldung fehlt:\n- Meldebescheinigung\n"
        "- Zeugnis Klasse 10\n- Passfoto"
    )
    assert classify(text) is Purpose.DOCUMENTS


async def test_a_condition_keeps_its_word_even_when_the_template_says_it() -> None:
    body = await body_of(
        "Einladung an Frau Öz zum Gespräch am 09.03. um 11 Uhr, Raum 2.10. Falls sie eine "
        "Kinderbetreuung braucht, bitte vorher melden"
    )
    assert "Falls sie eine Kinderbetreuung braucht" in body


@pytest.mark.parametrize(
    "text",
    [
        "Einladung an alle TN Kurs Start-7: Vortrag am 12.03. um 10 Uhr, Referent Herr Dr. Lohse",
        "Nachricht an Herrn Wirth: ich bin bis 20.01. weg, Vertretung hat Frau Sander",
    ],
)
def test_a_speaker_or_a_stand_in_is_no_addressee(text: str) -> None:
    addressee, _ = find_addressee(text)
    assert all(person.surname not in ("Lohse", "Sander") for person in addressee.people)


async def test_a_verb_ending_like_test_names_no_event() -> None:
    body = await body_of(
        "Erinnerung an Mia (du): Termin morgen um 9 bei mir, bring das Anschreiben mit, das du "
        "noch ändern wolltest"
    )
    assert "Veranstaltung: wolltest" not in body


async def test_an_interview_of_the_addressee_is_not_our_counselling_appointment() -> None:
    draft = await body_of("remind Sarah of her interview on February 3, 2027 at 9am", "en")
    assert "counselling appointment" not in draft
    assert "Event: interview" in draft


async def test_an_english_that_clause_after_a_verb_of_telling_is_told_whole() -> None:
    draft = await body_of(
        "can you write to Ahmed that his documents are complete and he can start on 1 March",
        "en",
    )
    # told to Ahmed himself: his documents are his reader's ("your … you can start")
    assert "your documents are complete and you can start on 1 March." in draft


async def test_an_informal_marker_names_the_addressee_and_the_event_is_cancelled() -> None:
    draft = await body_of("tell Jonas (informal) that the workshop tomorrow is cancelled", "en")
    assert "Hi Jonas," in draft
    assert "counselling" not in draft  # the workshop is called off, not a counselling session
    assert "workshop" in draft


async def test_a_place_named_like_a_document_is_no_document() -> None:
    result = await run(
        "Mail an Lena (du): Dein Praktikumsplatz bei der Kita Regenbogen ist bestätigt! "
        "Start 01.02. um 8 Uhr, bitte Masernschutz-Nachweis mitbringen"
    )
    body = str(result.data["body"])
    assert "- Regenbogen" not in body  # "Kita Regenbogen" is a name, not a form ("-bogen")
    assert "Masernschutz-Nachweis" in body
    assert "Kita Regenbogen" in body
