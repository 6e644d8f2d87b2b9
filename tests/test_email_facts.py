"""Email drafts keep every fact: requests typed the way counsellors type (Sie and du, typos,
abbreviations, English), each checked with the fact-recall check and for what matters most."""

from __future__ import annotations

from datetime import date

import pytest
from test_email_skill import run, shown

from skills.email.facts import Fact, missing_facts, request_facts

TODAY = date(2027, 1, 20)  # the tests' "now": Wednesday, 20 January 2027

# (request, phrases the draft must contain). Every request's own facts are checked as well.
CASES: list[tuple[str, tuple[str, ...]]] = [
    (
        "mail Erinnerung: Frau Klein soll am 12.03. um 10 Uhr ihren Schwerbehindertenausweis "
        "mitbringen",
        ("Sehr geehrte Frau Klein,", "- Schwerbehindertenausweis"),
    ),
    (
        'mail Einladung zur Gruppeninfo "Ausbildung in der Pflege" am 07.06.2027 von 10 bis '
        "12 Uhr, Aula, Anmeldung bis 31.05. per Telefon 02381 123456",
        ("Gruppeninfo „Ausbildung in der Pflege“", "Aula", "02381 123456", "Liebe Teilnehmende,"),
    ),
    (
        "Einladung an Herrn und Frau Hoffmann zum Elterngespräch am 4.2. um 16 Uhr im "
        "Bildungszentrum Hamm, Raum B 104",
        (
            "Sehr geehrte Frau Hoffmann, sehr geehrter Herr Hoffmann,",
            "Elterngespräch",
            "Bildungszentrum Hamm, Raum B 104",
        ),
    ),
    (
        "mail du-Form an Kevin: Erinnerung an Bewerbungsfrist bei der Stadt Münster am 15.10.2027",
        ("Hallo Kevin,", "Bewerbungsfrist bei der Stadt Münster: bis Freitag, 15. Oktober 2027"),
    ),
    (
        "Terminbestätigung für Frau Dr. Weber am 9.2. um 11:30 per Teams, Link: "
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc",
        (
            "Sehr geehrte Frau Dr. Weber,",
            "Link zur Teilnahme: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc",
        ),
    ),
    (
        "mail einladung erstgespräch 3.3. 14uhr, zoom https://zoom.us/j/5551234567 per du an Lea",
        ("Hallo Lea,", "https://zoom.us/j/5551234567"),
    ),
    (
        "Mail an Hr. Yilmaz: Termin am 11.2. um 8:30 muss ich absagen, bin auf Fortbildung",
        ("Sehr geehrter Herr Yilmaz,", "bin auf Fortbildung"),
    ),
    (
        "Entwirf eine Absage an Frau Schmitz für Do 4.2. 10 Uhr. Weitere Hinweise: Neuer Termin "
        "folgt per Post.",
        # the letter says how the new date comes, and asks for no reply
        ("Sehr geehrte Frau Schmitz,", "Neuer Termin folgt per Post."),
    ),
    (
        "Formulier eine Erinnerung an Jonas (per du): Termin morgen 9 Uhr, Bahnhofstr. 12, "
        "bitte Zeugnisse und Praktikumsbescheinigung mitbringen",
        ("Hallo Jonas,", "Bahnhofstr. 12", "- Zeugnisse", "- Praktikumsbescheinigung"),
    ),
    (
        "Einladung an den Ausbildungsbetrieb Tischlerei Bauer zum Dreiergespräch am 17.2. um "
        "13 Uhr in unserer Beratungsstelle",
        ("Sehr geehrte Damen und Herren,", "Dreiergespräch"),
    ),
    (
        "Schreib eine Mail an die Gesamtschule Ost: Einladung zur Berufsorientierungsmesse am "
        "24.2. von 9-13 Uhr in der Stadthalle",
        ("Sehr geehrte Damen und Herren,", "Berufsorientierungsmesse", "Stadthalle"),
    ),
    (
        "mail an alle Teilnehmenden: Erinnerung an den Bewerbungsworkshop am Mo 8.2. 10-14 Uhr, "
        "Raum 0.12, Laptop mitbringen",
        ("Liebe Teilnehmende,", "Bewerbungsworkshop", "Raum 0.12", "Laptop"),
    ),
    (
        "Einladung an die Eltern von Lena zum Elterngespräch am 6.1.2028 um 15:30, Link: "
        "https://teams.microsoft.com/l/meetup-join/19xyz",
        ("Sehr geehrte Eltern,", "Lena", "https://teams.microsoft.com/l/meetup-join/19xyz"),
    ),
    (
        "Unterlagen anfordern bei Fr. Nowak: Lebenslauf, Meldebescheinigung, Anerkennungsbescheid "
        "bis 26.2., Rückfragen an beratung@beispiel-hamm.de",
        (
            "Sehr geehrte Frau Nowak,",
            "- Meldebescheinigung",
            "- Anerkennungsbescheid",
            "beratung@beispiel-hamm.de",
        ),
    ),
    (
        "Erinnerung per du an Maya: Abgabefrist für die Bewerbung bei der Sparkasse ist der 1.3.",
        ("Hallo Maya,", "Sparkasse", "Montag, 1. März 2027"),
    ),
    (
        "mail Terminverschiebung Hr Öztürk vom 2.2. auf 5.2. 10 Uhr, gleicher Raum (2.07)",
        ("Sehr geehrter Herr Öztürk,", "2.07"),
    ),
    (
        "Nachbereitung Gespräch 18.1. mit Frau Becker. Vereinbart: Bewerbung bei Aldi Süd "
        "schreiben; Praktikum im Autohaus Krüger anfragen. Nächster Termin 10.2. 11 Uhr",
        ("Sehr geehrte Frau Becker,", "Aldi Süd", "Autohaus Krüger"),
    ),
    (
        "Weiterleitung an die Schuldnerberatung der Caritas, Ansprechpartnerin Frau Peters, "
        "Tel. 0231 98765-0",
        ("Schuldnerberatung der Caritas", "Frau Peters", "0231 98765-0"),
    ),
    (
        "draft a reminder to Mr Smith about the appointment on 3 March at 2 pm in room 1.05, "
        "please bring your passport",
        ("Sehr geehrter Herr Smith,", "Raum 1.05", "Passport"),
    ),
    (
        "write to the parents of Ali: invitation to a parents' evening on 10 March 2027 at 6 pm, "
        "school hall",
        ("Ali", "school hall"),
    ),
    (
        "email confirmation for Ms Garcia, 15 Feb 2027 at 9:30, online, call me on "
        "+49 2381 555123 if anything changes",
        ("Sehr geehrte Frau Garcia,", "+49 2381 555123"),
    ),
    (
        "Erinnerung an Frau Krause: Vorstellungsgespräch bei der Firma Lenz am 12.2. um 9 Uhr, "
        "Adresse Industriestraße 5, 59065 Hamm",
        ("Sehr geehrte Frau Krause,", "Vorstellungsgespräch", "Industriestraße 5, 59065 Hamm"),
    ),
    (
        "mail absage termin 3.2. 10h an herrn wagner, krankheitsbedingt",
        ("krankheitsbedingt",),
    ),
    (
        "Bestätigung an Tim per du, Termin Di 2.2. 15 Uhr im BIZ, Perso + Lebenslauf mitbringen",
        ("Hallo Tim,", "BIZ", "Perso"),
    ),
    (
        "Einladung zum Infoabend „Duales Studium“ am 18.2. um 18 Uhr in der Aula des "
        "Berufskollegs, Anmeldung unter 02381 17-0",
        ("Infoabend „Duales Studium“", "02381 17-0"),
    ),
    (
        "mail Erinnerung an Frau Prof. Dr. Lang (Praxis Lang): Termin am 22.2. 12 Uhr",
        ("Frau Prof. Dr. Lang,",),
    ),
    (
        "Bitte eine Einladung für Herrn Dr. med. Roth, 1.2.2027 um 10 Uhr, Raum A 3",
        ("Sehr geehrter Herr Dr. med. Roth,", "Raum A 3"),
    ),
    (
        "Schreib Jonas per du, dass er seinen Lebenslauf bis Freitag schicken soll",
        ("Hallo Jonas,", "- Lebenslauf", "Freitag, 22. Januar 2027"),
    ),
    (
        "Mail an Klientin, Termin verschoben vom 3.2. auf den 10.2. um 14 Uhr, Grund: "
        "Betriebsversammlung",
        ("Betriebsversammlung",),
    ),
    (
        "Erinnerung: Frau Ahmadi soll zum Termin am 9.2. Aufenthaltstitel, Sprachzertifikat B1 "
        "und Zeugnisse aus Syrien mitbringen",
        ("Aufenthaltstitel", "Sprachzertifikat B1", "Zeugnisse aus Syrien"),
    ),
    (
        "Einladung Erstgespräch am 4.2. um 10 Uhr, Treffpunkt Haupteingang, Parkplätze hinter "
        "dem Gebäude",
        ("Ort: Haupteingang\n", "Parkplätze hinter dem Gebäude"),
    ),
    (
        "Einladung an Fam. Schulte zum Elternabend am 25.2. um 19 Uhr",
        ("Sehr geehrte Familie Schulte,", "Elternabend"),
    ),
    (
        "mail Einladung an Fr. Dr. Hahn vom Jobcenter Hamm zur Fallkonferenz am 16.2. 9 Uhr, "
        "Ort: Jobcenter, Raum 214",
        ("Sehr geehrte Frau Dr. Hahn,", "Fallkonferenz", "Raum 214"),
    ),
    (
        "Unterlagen anfordern per du an Noah: Zeugnis Klasse 9, Lebenslauf, Bescheinigung vom "
        "Praktikum bei Edeka",
        ("Hallo Noah,", "Zeugnis Klasse 9", "Bescheinigung vom Praktikum bei Edeka"),
    ),
    (
        "Terminbestätigung Herr Kaya 8.2. 13:00 telefonisch, er ruft unter 0157 12345678 an",
        ("Sehr geehrter Herr Kaya,",),
    ),
    (
        "mail remind Sarah informal: application deadline at Stadtwerke Hamm on 28 Feb 2027",
        ("Sarah", "Stadtwerke Hamm"),
    ),
    (
        "Hi, bitte Mail an Hrn. Schäfer: Gespräch am Mo 1.2. entfällt leider, neuer Termin folgt",
        ("Sehr geehrter Herr Schäfer,", "Absage"),
    ),
    (
        "Erinnerung an Laura per du: Praktikumsbericht bis 20.2. an Herrn Schneider von der "
        "Firma Bosch schicken",
        ("Hallo Laura,", "Praktikumsbericht: bis Samstag, 20. Februar 2027", "Herrn Schneider"),
    ),
    (
        "Mail an Frau Nguyen: Termin am 10.2. um 9 Uhr im BIZ, bitte Aufenthaltserlaubnis, "
        "Zeugnisanerkennung und Lebenslauf mitbringen. Dolmetscherin Frau Tran kommt mit.",
        ("Sehr geehrte Frau Nguyen,\n", "Dolmetscherin Frau Tran kommt mit"),
    ),
    (
        "kannst du mir ne mail an frau schulze schreiben, erinnerung an termin am do um 10, "
        "raum 1.04, sie soll ihren ausweis mitbringen",
        ("Sehr geehrte Frau Schulze,", "Donnerstag, 21. Januar 2027", "Raum 1.04", "- Ausweis"),
    ),
    (
        "Einladung zur Ausbildungsbörse am Samstag, 13.3.2027, 10-14 Uhr, Kreishaus Unna, "
        "Friedrich-Ebert-Str. 17. Eintritt frei!",
        ("Ort: Kreishaus Unna, Friedrich-Ebert-Str. 17", "Eintritt frei"),
    ),
    (
        "Nachbereitung für Frau Arslan, Gespräch vom 19.1.\nVereinbart:\n- Lebenslauf bis 29.1. "
        "überarbeiten\n- Bewerbung bei der Sparkasse Hamm (Frist 15.2.)\nNächster Termin: 5.2. "
        "um 14 Uhr, Raum 2.10\nPS: Fahrtkostenantrag liegt bei mir",
        (
            "- Lebenslauf bis 29.1. überarbeiten\n"
            "- Bewerbung bei der Sparkasse Hamm (Frist 15.2.)",
            "Raum 2.10",
            "Fahrtkostenantrag liegt bei mir",
        ),
    ),
    (
        "mail Einladung an Herrn Becker\nDatum: 12.2.2027\nUhrzeit: 10:30\nOrt: Bildungszentrum "
        "Hamm, Raum B 104, Sedanstraße 24\nBitte mitbringen: Zeugnisse, Lebenslauf, "
        "Personalausweis\nWeitere Hinweise: Barrierefreier Zugang über den Hof",
        (
            "Sehr geehrter Herr Becker,\n",
            "Ort: Bildungszentrum Hamm, Raum B 104, Sedanstraße 24\n",
            "- Personalausweis\n",
            "Weitere Hinweise: Barrierefreier Zugang über den Hof",
        ),
    ),
    (
        "mail per Sie an Fr. Dr. phil. Sommer: Einladung zur Fallbesprechung am 17.2.2027, "
        "14-15.30 Uhr, Konferenzraum 3",
        ("Sehr geehrte Frau Dr. phil. Sommer,", "Ort: Konferenzraum 3", "zur Fallbesprechung"),
    ),
    (
        "mail Einladung: Bewerbungscafé jeden Donnerstag 15-17 Uhr im Jugendzentrum Nord",
        ("jeden Donnerstag", "Datum: [Datum]", "Jugendzentrum Nord"),
    ),
    (
        "Erinnerung an Frau Krüger: bitte Kontoauszüge der letzten 3 Monate und Mietvertrag bis "
        "Fr mitbringen",
        ("Frist: Freitag, 22. Januar 2027", "Kontoauszüge der letzten 3 Monate", "- Mietvertrag"),
    ),
    (
        "mail Einladung an Frau Müller, Frau Schmidt und Herrn Yılmaz am 5.2. um 10 Uhr",
        ("Sehr geehrte Frau Müller, sehr geehrte Frau Schmidt, sehr geehrter Herr Yılmaz,",),
    ),
    (
        "Bitte Unterlagen anfordern bei Herrn Petrović bis 12.02.: Lebenslauf, letzte zwei "
        "Zeugnisse, Nachweis Sprachkurs B2",
        ("Sehr geehrter Herr Petrović,", "- Nachweis Sprachkurs B2", "- Letzte zwei Zeugnisse"),
    ),
    (
        "Nachbereitung vom 19.1. an Amir (du): 1. Bewerbung an Bäckerei Schmitz, 2. "
        "Praktikumsplatz bei Kfz-Werkstatt Yildiz suchen, 3. nächster Termin 3.2. 10 Uhr",
        (
            "Hallo Amir,",
            "- Bewerbung an Bäckerei Schmitz\n- Praktikumsplatz bei Kfz-Werkstatt Yildiz suchen",
            "Unser nächster Termin ist am Mittwoch, 3. Februar 2027, um 10:00 Uhr.",
        ),
    ),
    (
        "Terminbestätigung für Herrn Jonas Weber: Praktikum vom 1.3. bis 12.3.",
        ("Montag, 1. März 2027 bis Freitag, 12. März 2027", "Praktikum"),
    ),
    (
        "Einladung zum Bewerbungstraining am Mi, 10.03.2027, 9:00-12:30 Uhr im Jobcenter Hamm, "
        "Raum 1.12. Bitte Laptop und USB-Stick mitbringen.",
        ("Jobcenter Hamm, Raum 1.12", "9:00–12:30 Uhr", "Laptop und USB-Stick"),
    ),
    (
        "Einladung an die Klasse 10b der Realschule Mitte zum Berufsinfotag am 12.3. 8-13 Uhr "
        "im BIZ Hamm",
        ("Klasse 10b der Realschule Mitte", "Berufsinfotag", "BIZ Hamm"),
    ),
    (
        'Einladung Infoveranstaltung "Ausbildung bei der Polizei" 4.3. 17 Uhr, Anmeldung an '
        "info@bbz-hamm.de bis 1.3.",
        ("„Ausbildung bei der Polizei“", "info@bbz-hamm.de", "bis Montag, 1. März 2027"),
    ),
    # Rooms as abbreviated, floors, venues named by more than one word.
    (
        "Bitte eine Einladung an Frau Nowak für Mittwoch, 17.03.2027 um 13:30 im Haus der "
        "Bildung, 3. Etage, Zi. 312 – Lebenslauf und letztes Zeugnis mitbringen",
        ("Haus der Bildung", "Raum 312", "3. Etage", "- Letztes Zeugnis"),
    ),
    (
        "Bestätigung für Herrn Al-Masri: Termin bei der Agentur für Arbeit Hamm am 4. März 2027 "
        "um 8:30 Uhr, Wartenummer am Empfang ziehen",
        ("Agentur für Arbeit Hamm", "Wartenummer am Empfang ziehen"),
    ),
    # The words inside a purpose phrase are facts: the reason of a cancellation stays.
    (
        "Terminabsage an Herrn Krüger, der Termin am 09.02. fällt wegen Krankheit aus, neuer "
        "Termin folgt",
        ("Krankheit",),
    ),
    # The verb last ("… einladen?"), a floor on its own, an inquiry to a service (no referral),
    # agreements after a dash, a room number with a letter and a dot.
    (
        "Kannst du Frau Yilmaz einladen? Dienstag 9.3. 11 Uhr, Beratungsbüro 2. OG, "
        "Anerkennungsbescheid mitbringen",
        ("Sehr geehrte Frau Yilmaz,", "Beratungsbüro, 2. OG", "- Anerkennungsbescheid"),
    ),
    (
        "E-Mail an Frau Becker vom Jobcenter Hamm (Tel. 02381 91234-55): Bitte um Rückmeldung "
        "bis 26.02., ob die Maßnahme bewilligt ist",
        ("Sehr geehrte Frau Becker,", "ob die Maßnahme bewilligt ist", "Jobcenter Hamm"),
    ),
    (
        "Bitte Nachbereitung für Marie (du): vereinbart - Praktikum beim Tierarzt anfragen, "
        "Lebenslauf überarbeiten; nächster Termin 24.03.2027 9 Uhr",
        ("Hallo Marie,", "- Praktikum beim Tierarzt anfragen, Lebenslauf überarbeiten"),
    ),
    (
        "Einladung zum Bewerbungstraining am 12.04.2027, 9–12 Uhr, Raum E.12, bitte "
        "Lebenslauf mitbringen",
        ("Raum E.12", "- Lebenslauf"),
    ),
    # Adjectives belong to the document; the deadline is not part of its name.
    (
        "Unterlagen anfordern bei Frau Kaya: ärztliches Attest und beglaubigte Kopie des "
        "Abschlusszeugnisses bis 12.02.2027",
        ("- Ärztliches Attest", "- Beglaubigte Kopie des Abschlusszeugnisses\n"),
    ),
]


@pytest.mark.parametrize(("text", "phrases"), CASES, ids=[c[0][:40] for c in CASES])
async def test_every_fact_of_the_request_is_in_the_draft(
    text: str, phrases: tuple[str, ...]
) -> None:
    result = await run(text)
    # the organisation written to stands above the subject ("An: Jobcenter Hamm")
    to = str(result.data.get("recipient") or "")
    draft = to + "\n" + result.data["subject"] + "\n" + result.data["body"]
    assert missing_facts(text, draft, TODAY) == []
    for phrase in phrases:
        assert phrase in draft, phrase


def test_the_fact_list_of_a_request() -> None:
    facts = request_facts(
        "Einladung an Frau Dr. Weber zum Elterngespräch am 4.2. um 16 Uhr, Raum B 104, "
        "Tel. 02381 123456, Schwerbehindertenausweis mitbringen",
        TODAY,
    )
    assert Fact("date", "2027-02-04", day=date(2027, 2, 4)) in facts
    assert {(f.kind, f.value) for f in facts} >= {
        ("name", "Dr. Weber"),
        ("event", "Elterngespräch"),
        ("place", "B 104"),
        ("contact", "02381 123456"),
        ("document", "Schwerbehindertenausweis"),
        ("time", "16:00"),
    }


def test_the_recall_check_finds_what_a_draft_lost() -> None:
    request = "Erinnerung an Frau Dr. Weber, Termin am 4.2. um 16 Uhr, Raum B 104"
    draft = "Sehr geehrte Frau Weber, wir sehen uns am Donnerstag, 4. Februar 2027 in Raum B 104."
    lost = {(fact.kind, fact.value) for fact in missing_facts(request, draft, TODAY)}
    assert lost == {("name", "Dr. Weber"), ("time", "16:00")}


async def test_a_named_document_is_never_replaced_by_the_default_list() -> None:
    result = await run(
        "mail Erinnerung an Frau Klein, Termin 3.2., Schwerbehindertenausweis mitbringen"
    )
    assert "Personalausweis" not in result.data["body"]
    assert "Reisepass" not in result.data["body"]


async def test_a_period_is_not_an_appointment_and_a_deadline() -> None:
    result = await run("Terminbestätigung für Herrn Jonas Weber: Praktikum vom 1.3. bis 12.3.")
    assert "Frist" not in result.data["body"]


async def test_a_deadline_is_not_an_appointment() -> None:
    result = await run("mail du-Form an Kevin: Erinnerung an Bewerbungsfrist am 15.10.2027")
    body = result.data["body"]
    assert "Termin" not in body
    assert "frist" in result.data["subject"].lower()
    assert "Frist" in shown(result)


async def test_what_no_template_slot_takes_is_carried_over_verbatim() -> None:
    result = await run(
        "Absage an Frau Berg für den 3.2. um 9 Uhr.\nWeitere Hinweise: Bitte den Hintereingang "
        "nutzen, die Tür vorne ist defekt."
    )
    assert (
        "Weitere Hinweise: Bitte den Hintereingang nutzen, die Tür vorne ist defekt"
        in result.data["body"]
    )
    assert "1 weitere Angabe wörtlich übernommen" in shown(result)


async def test_nothing_is_carried_when_the_template_holds_everything() -> None:
    result = await run("Einladung zum Erstgespräch am 12.03. um 14 Uhr in Raum 2.14, per du")
    assert "Weitere Hinweise" not in result.data["body"]


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("Einladung am 30.02. um 10 Uhr", "Den 30.02. gibt es nicht"),
        ("Einladung am 31.4.2027 um 10 Uhr", "Den 31.4.2027 gibt es nicht"),
        ("Erinnerung an den Termin am 13.01.2027 um 9 Uhr", "liegt in der Vergangenheit"),
        ("Einladung am Samstag, 6.2.2027 um 10 Uhr", "ist ein Samstag"),
        ("Einladung am 26.3.2027 um 10 Uhr", "Feiertag (Karfreitag)"),
        ("Terminbestätigung 27.5.2027 10 Uhr", "Feiertag (Fronleichnam)"),
        ("Erinnerung an die Bewerbungsfrist am 1.11.2027", "Feiertag (Allerheiligen)"),
    ],
)
async def test_a_doubtful_date_is_kept_and_flagged_outside_the_email(
    text: str, notice: str
) -> None:
    result = await run(text)
    body = result.data["body"]
    assert notice in shown(result)
    assert notice not in body  # the notice is for the counsellor, not for the client
    assert missing_facts(text, result.data["subject"] + body, TODAY) == []


async def test_an_impossible_date_stays_as_typed_in_the_draft() -> None:
    result = await run("Einladung am 30.02. um 10 Uhr")
    assert "Datum: 30.02." in result.data["body"]
    assert "[Datum]" not in result.data["body"]


async def test_an_ordinary_weekday_has_no_notice() -> None:
    result = await run("Einladung am 4.2.2027 um 10 Uhr")
    assert len(result.blocks) == 4  # heading, facts, draft, gaps: no notice


@pytest.mark.parametrize(
    "text",
    [
        "Einladung für Ausbildungsplätze am 3.2. um 10 Uhr",
        "Erinnerung an Bewerbungsunterlagen bis 3.2.",
        "Absage an Teilnehmende für Montag",
        "Einladung zur Infoveranstaltung für Schulabgänger am 4.2.",
    ],
)
async def test_no_name_is_made_up_from_a_noun(text: str) -> None:
    result = await run(text)
    salutation = result.data["body"].split("\n", 1)[0]
    assert salutation in (
        "Guten Tag [Vorname Nachname],",
        "Liebe Teilnehmende,",
        "Sehr geehrte Damen und Herren,",
    )


async def test_the_counsellor_sees_the_salutation_taken_from_the_request() -> None:
    result = await run("Einladung an Herrn und Frau Hoffmann zum Elterngespräch am 4.2.")
    facts = result.blocks[1]
    assert "Anrede: Sehr geehrte Frau Hoffmann, sehr geehrter Herr Hoffmann" in shown(result)
    assert "Veranstaltung: Elterngespräch" in getattr(facts, "markdown", "")


@pytest.mark.parametrize(
    ("text", "salutation"),
    [
        ("email reminder to Dr. Weber, 4 Feb at 10 am", "Dear Dr. Weber,"),
        ("email invitation for Ms Dr. Lang on 4 Feb", "Dear Dr. Lang,"),
        ("email confirmation to Mr and Mrs Patel, 5 Feb 2 pm", "Dear Ms Patel, dear Mr Patel,"),
        ("write to the parents of Ali: invitation on 10 March", "Dear parents,"),
        ("email to Jake, informal: reminder of tomorrow 9 am", "Hi Jake,"),
    ],
)
async def test_english_salutations(text: str, salutation: str) -> None:
    result = await run(text, language="en")
    assert result.data["body"].startswith(salutation)


@pytest.mark.parametrize(
    "text",
    [
        "Erinnerung an Frau Roth, Termin 4.2. 10 Uhr, Lebenslauf muss nicht mitgebracht werden",
        "Einladung am 4.2. um 10 Uhr, keine Zeugnisse nötig",
    ],
)
async def test_a_document_said_not_to_be_needed_is_not_asked_for(text: str) -> None:
    body = (await run(text)).data["body"]
    assert "folgende Unterlagen" not in body
    assert "nicht mitgebracht werden" in body or "keine Zeugnisse nötig" in body


async def test_a_draft_in_english_names_known_documents_in_english_and_keeps_the_rest() -> None:
    result = await run(
        "Einladung am 4.2. um 10 Uhr auf Englisch, "
        "Unterlagen: Lebenslauf, Schwerbehindertenausweis"
    )
    body = result.data["body"]
    assert "- CV\n- Schwerbehindertenausweis" in body
    assert "Further notes" not in body  # nothing left over: "Lebenslauf" is the CV


async def test_a_document_that_ends_like_an_event_is_no_event() -> None:
    result = await run("Unterlagen anfordern bei Frau Kaya: ärztliches Attest bis 12.02.2027")
    assert "Veranstaltung" not in shown(result)
    assert "event" not in result.data or not result.data["event"]


async def test_writing_to_a_service_is_no_referral() -> None:
    result = await run("E-Mail an Frau Becker vom Jobcenter Hamm: Bitte um Rückmeldung bis 26.02.")
    assert result.data["purpose"] != "referral"
