"""An appointment someone else holds is passed on, not called ours; a "dass" clause about the
addressee is asked of them; a documents request keeps its own reason; fax numbers, birth dates
and a message's purpose word are said as what they are."""

from __future__ import annotations

from datetime import date

import pytest
from test_email_skill import body_of, run

from bot.routing.intent import THRESHOLD, OfflineIntentClassifier
from skills.email import EmailSkill
from skills.email.carry import leftover
from skills.email.clauses import clause_spans, whole_clauses
from skills.email.events import find_event
from skills.email.extract import extract
from skills.email.model import Purpose
from skills.email.places import contacts
from skills.email.reasons import find_reason
from skills.email.render import Renderer

TODAY = date(2027, 1, 11)


# --- an appointment held elsewhere ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("an seinen Termin beim Ärztlichen Dienst am 3.2.", "Termin beim Ärztlichen Dienst"),
        (
            "an sein Vorstellungsgespräch bei der Sparkasse Hamm",
            "Vorstellungsgespräch bei der Sparkasse Hamm",
        ),
        ("seinen Termin beim Jobcenter Hamm (Rathenaustraße 45)", "Termin beim Jobcenter Hamm"),
        (
            "his appointment at the Foreigners Office on 3 March",
            "appointment at the Foreigners Office",
        ),
    ],
)
def test_an_appointment_with_a_host_is_held_elsewhere(text: str, held: str) -> None:
    event = find_event(text)
    assert event is not None
    assert (event.text, event.elsewhere) == (held, True)


@pytest.mark.parametrize(
    "text",
    ["Termin bei Frau Brandt am 3.2.", "an unseren Termin beim BIZ am 3.2.", "Termin bei uns"],
)
def test_a_person_or_our_own_office_is_no_host(text: str) -> None:
    event = find_event(text)
    assert event is None or not event.elsewhere


async def test_a_reminder_of_an_appointment_elsewhere_is_not_ours() -> None:
    body = await body_of(
        "Mail an Hr. Becker: Erinnerung an seinen Termin beim Ärztlichen Dienst am 03.02.2027 "
        "um 9 Uhr, Ostenallee 12, 59063 Hamm. Bitte die Befundberichte mitbringen."
    )
    assert "Erinnerung: Termin beim Ärztlichen Dienst am 03.02.2027" in body
    assert "Was: Termin beim Ärztlichen Dienst" in body
    assert "unseren Termin" not in body
    assert "Beratungsgespräch" not in body
    assert "freue mich auf das Gespräch" not in body


async def test_an_english_reminder_of_an_appointment_elsewhere_is_not_ours() -> None:
    body = await body_of(
        "remind Mr Haddad of his appointment at the Foreigners Office on 3 March 2027 at 10 am",
        "en",
    )
    assert "What: appointment at the Foreigners Office" in body
    assert "counselling" not in body


# --- a "dass" clause is asked of the addressee ---------------------------------------------


async def test_a_clause_cut_by_what_follows_is_asked_whole() -> None:
    body = await body_of(
        "schreib jana per du dass sie sich bis 05.02.2027 für den Bewerbungsworkshop anmelden "
        "soll, anmeldung über https://bz-hamm.de/workshop"
    )
    # the letter's first sentence after the greeting, in lower case
    assert "Hallo Jana,\n\nbitte melde dich bis 05.02.2027 für den Bewerbungsworkshop an." in body
    assert "anmelden soll" not in body
    assert "https://bz-hamm.de/workshop" in body


def test_a_clause_goes_on_over_an_apposition_to_its_modal() -> None:
    text = "schreib Frau Demir, dass sie bei der Firma Hellweg, Frau Sander, anrufen soll, danke"
    (span,) = clause_spans(text)
    assert text[slice(*span)] == "sie bei der Firma Hellweg, Frau Sander, anrufen soll"


def test_a_comma_before_a_new_subject_still_ends_the_clause() -> None:
    text = "schreib ihr, dass der Termin ausfällt, sie soll sich melden"
    (span,) = clause_spans(text)
    assert text[slice(*span)] == "der Termin ausfällt"


def test_two_verbs_are_asked_in_the_infinitive() -> None:
    say = Renderer("de").text
    text = "Schreib den Eltern, dass sie die Erklärung unterschreiben und abgeben sollen"
    piece = "Erklärung unterschreiben und abgeben sollen"
    assert whole_clauses(text, [piece], False, say) == [
        "Bitte die Erklärung unterschreiben und abgeben."
    ]


async def test_an_order_after_a_comma_is_asked_of_the_addressee() -> None:
    body = await body_of(
        "erinnere Ali per du an sein Vorstellungsgespräch bei der Sparkasse Hamm am 01.02.2027 "
        "um 13.45, er soll 10 Minuten früher da sein und die Bewerbungsmappe mitnehmen"
    )
    assert "Bitte 10 Minuten früher da sein und die Bewerbungsmappe mitnehmen." in body


# --- documents with the request's reason ---------------------------------------------------


def test_the_reason_and_its_lead_are_found() -> None:
    text = "Unterlagen: für den Antrag auf Bildungsgutschein brauche ich noch ihren Lebenslauf"
    reason = find_reason(text)
    assert reason is not None
    assert reason.text == "für den Antrag auf Bildungsgutschein"
    assert text[reason.lead[1] :] == "Lebenslauf"


async def test_a_documents_request_gives_the_requests_reason() -> None:
    body = await body_of(
        "Unterlagen anfordern bei Frau Krüger: für den Antrag auf Bildungsgutschein brauche ich "
        "noch ihren Lebenslauf, das Arbeitszeugnis vom letzten Arbeitgeber und den Kursplan des "
        "Bildungsträgers, bis 12.02.2027"
    )
    assert "Bitte um Unterlagen für den Antrag auf Bildungsgutschein" in body
    assert "für den Antrag auf Bildungsgutschein bitte ich Sie um folgende Unterlagen:" in body
    assert "Beratungsgespräch" not in body
    assert "- Lebenslauf\n- Arbeitszeugnis vom letzten Arbeitgeber\n- Kursplan des" in body


# --- fax numbers, birth dates, the purpose word of a message, titled people --------------


def test_a_fax_number_is_said_as_one() -> None:
    found, spans = contacts("per Post oder per Fax an 02381 910-499, Tel. 02381 910-400")
    assert found == ["Fax 02381 910-499", "02381 910-400"]
    assert spans[0][0] == len("per Post oder per ")


def test_a_birth_date_is_no_appointment() -> None:
    request = extract(
        "Mail an Frau Kuhn: bitte die Beschäftigungserlaubnis von Hr. Tesfaye (geb. 04.05.1998)",
        Purpose.DOCUMENTS,
        TODAY,
    )
    assert request.appointment is None
    assert request.deadline is None


def test_a_rejection_is_an_email_request() -> None:
    text = "Ablehnung an Herrn Marković: die Kostenübernahme kann leider nicht erfolgen"
    assert OfflineIntentClassifier().score(text, EmailSkill()) >= THRESHOLD


async def test_a_messages_purpose_word_is_its_subject() -> None:
    result = await run("Zusage an Frau Petrović: sie hat einen Platz im Bewerbungstraining")
    assert result.data["subject"] == "Zusage"
    assert "Zusage" not in str(result.data["body"])


def test_a_titled_person_after_a_carried_word_is_carried_whole() -> None:
    text = "Vorstellungsgespräch bei Autohaus Krüger, Ansprechpartner Herr Krüger"
    draft = "Was: Vorstellungsgespräch bei Autohaus Krüger"
    assert "Ansprechpartner Herr Krüger" in leftover(text, [], draft)


async def test_calling_off_what_is_no_meeting_is_not_our_appointment() -> None:
    result = await run(
        "Absage an Frau Yilmaz: leider kein Platz mehr in der Maßnahme 'Perspektive Pflege' "
        "ab 01.03.2027, sie kann sich für den nächsten Durchgang vormerken lassen"
    )
    body = str(result.data["body"])
    assert "Beratungsgespräch" not in body
    assert "kein Platz mehr in der Maßnahme 'Perspektive Pflege' ab 01.03.2027" in body


async def test_calling_off_a_time_is_still_our_appointment() -> None:
    body = await body_of("absage an lea per du, 11.02.2027 16 uhr muss ich leider absagen")
    assert "leider muss ich unser Beratungsgespräch am Donnerstag, 11. Februar 2027" in body


def test_a_titled_person_in_brackets_is_not_taken_along() -> None:
    text = "Mail an die Klassenleitung der 9c (Hr. Dr. Albers) an der Realschule Mark"
    named = (text.index("Hr."), text.index(")"))  # the salutation says him
    carried = leftover(text, [named], "Sehr geehrter Herr Dr. Albers")
    assert carried == ["Klassenleitung der 9c", "Realschule Mark"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Absage an Herrn Lange: leider keinen Platz im Kurs Deutsch B1 bekommen, nächster "
        "Kurs ab April",
        "Absage an Frau Celik: sie wurde für den Lehrgang Lagerlogistik nicht ausgewählt",
        "rejection to Mr Osei: no place on the welding course this spring",
    ],
)
async def test_a_rejection_naming_a_course_calls_off_no_appointment(request_text: str) -> None:
    draft = await body_of(request_text)
    assert "Beratung" not in draft
    assert "counselling" not in draft
