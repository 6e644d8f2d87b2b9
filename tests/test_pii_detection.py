"""Personal-data detection. All data here is fictional or a documented specimen number."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from bot.policy import Finding, PiiKind, find_personal_data, resolve_overlaps
from bot.policy.pii_numbers import pension_check_digit

TODAY = date(2026, 11, 16)
SPECIMEN_IBAN = "DE89 3704 0044 0532 0130 00"  # the usual documentation example
SPECIMEN_TAX_ID = "36 574 261 809"  # python-stdnum's documentation example


def _found(text: str) -> list[tuple[PiiKind, str]]:
    return [(f.kind, f.value) for f in find_personal_data(text, today=TODAY)]


def _kinds(text: str) -> set[PiiKind]:
    return {f.kind for f in find_personal_data(text, today=TODAY)}


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Mail an anna.schmidt@example.org.", PiiKind.EMAIL, "anna.schmidt@example.org"),
        ("Tel. 030 23125456", PiiKind.PHONE, "030 23125456"),
        ("mobil +49 171 3920012", PiiKind.PHONE, "+49 171 3920012"),
        (f"IBAN: {SPECIMEN_IBAN} BIC COBADEFFXXX", PiiKind.IBAN, SPECIMEN_IBAN),
        ("IBAN DE89370400440532013000", PiiKind.IBAN, "DE89370400440532013000"),
        (f"Steuer-ID {SPECIMEN_TAX_ID}", PiiKind.TAX_ID, SPECIMEN_TAX_ID),
        ("Steuer-ID 36574261809", PiiKind.TAX_ID, "36574261809"),
        ("RV-Nummer 65 170839 J 003", PiiKind.SOCIAL_INSURANCE, "65 170839 J 003"),
        ("RV-Nummer 65170839J003", PiiKind.SOCIAL_INSURANCE, "65170839J003"),
        ("Klientin, geb. 12.03.1990, kommt", PiiKind.BIRTHDATE, "12.03.1990"),
        ("Geburtsdatum: 1.2.1999", PiiKind.BIRTHDATE, "1.2.1999"),
        ("Klientin *12.03.1990", PiiKind.BIRTHDATE, "12.03.1990"),
        ("DOB 1990-03-12", PiiKind.BIRTHDATE, "1990-03-12"),
        ("Sie ist am 12. März 1990 in Köln geboren.", PiiKind.BIRTHDATE, "12. März 1990"),
        ("wohnt in 44135 Dortmund", PiiKind.POSTCODE_TOWN, "44135 Dortmund"),
        ("45468 Mülheim an der Ruhr", PiiKind.POSTCODE_TOWN, "45468 Mülheim an der Ruhr"),
        ("wohnt Hauptstraße 12 in", PiiKind.STREET_ADDRESS, "Hauptstraße 12"),
        ("Kölner Str. 5a", PiiKind.STREET_ADDRESS, "Kölner Str. 5a"),
        ("Am Markt 3.", PiiKind.STREET_ADDRESS, "Am Markt 3"),
        ("Konrad-Adenauer-Allee 5-7", PiiKind.STREET_ADDRESS, "Konrad-Adenauer-Allee 5-7"),
        ("Breiter Weg 7b", PiiKind.STREET_ADDRESS, "Breiter Weg 7b"),
        ("Lindenplatz 1", PiiKind.STREET_ADDRESS, "Lindenplatz 1"),
        ("Kleine Gasse 4", PiiKind.STREET_ADDRESS, "Kleine Gasse 4"),
        ("Nordring 20", PiiKind.STREET_ADDRESS, "Nordring 20"),
        ("Rheindamm 8", PiiKind.STREET_ADDRESS, "Rheindamm 8"),
        ("Kundennummer: 123D456789.", PiiKind.CUSTOMER_NUMBER, "123D456789"),
        ("Kd.-Nr. 98765", PiiKind.CUSTOMER_NUMBER, "98765"),
        ("BG-Nummer 12345BG0012345", PiiKind.CUSTOMER_NUMBER, "12345BG0012345"),
        ("Aktenzeichen lautet 4 K 123/24, bitte", PiiKind.CUSTOMER_NUMBER, "4 K 123/24"),
        ("Az. 123-45/2026", PiiKind.CUSTOMER_NUMBER, "123-45/2026"),
        ("Herr Müller kommt", PiiKind.PERSON_NAME, "Müller"),
        ("Frau Dr. Yılmaz kommt", PiiKind.PERSON_NAME, "Yılmaz"),
        ("die Klientin Anna Schmidt hat", PiiKind.PERSON_NAME, "Anna Schmidt"),
        ("Klient Herr Weber", PiiKind.PERSON_NAME, "Weber"),
        ("Hallo Jonas,", PiiKind.PERSON_NAME, "Jonas"),
        ("Liebe Frau Kaya,", PiiKind.PERSON_NAME, "Kaya"),
        ("Viele Grüße\nMaria Beispiel\nBeratung", PiiKind.PERSON_NAME, "Maria Beispiel"),
        ("Mit freundlichen Grüßen, Tom Berger", PiiKind.PERSON_NAME, "Tom Berger"),
        ("Mit freundlichen Grüßen\n\ni. A. Tom Berger", PiiKind.PERSON_NAME, "Tom Berger"),
        ("Frau Anna von Berg sagt", PiiKind.PERSON_NAME, "Anna von Berg"),
    ],
)
def test_each_kind_is_found(text: str, kind: PiiKind, value: str) -> None:
    assert _found(text) == [(kind, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Konto DE89 3704 0044 0532 0130 01",  # checksum wrong, no IBAN label
        "Steuer-ID 36 574 261 890",  # check digit wrong
        "Steuer-ID 36554266806",  # valid check digit but digits repeated too often
        "RV-Nummer 65 170839 J 004",  # check digit wrong
    ],
)
def test_invalid_checksums_are_not_found(text: str) -> None:
    assert not _kinds(text) & {PiiKind.IBAN, PiiKind.TAX_ID, PiiKind.SOCIAL_INSURANCE}


def test_pension_check_digit_follows_the_published_example() -> None:
    assert pension_check_digit("6517083900", "J") == 3


@pytest.mark.parametrize(
    "text",
    [
        "Termin am 05.02.2027 um 10 Uhr",
        "Die Klientin (geb. 1990) kommt am 05.02.2027 um 10 Uhr.",
        "* 05.02.2020: Erstgespräch",
        "Gespräch am 12.03.2019. Geboren ist sie in Köln.",
        "Sie hat am 05.02.2027 Geburtstag.",  # a future date is nobody's birth date
        "geb. 31.02.1990",  # no such date
    ],
)
def test_appointment_and_impossible_dates_are_not_birthdates(text: str) -> None:
    assert PiiKind.BIRTHDATE not in _kinds(text)
    assert PiiKind.PHONE not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kauffrau für Büromanagement",
        "Ausbildung zur Kauffrau im Einzelhandel",
        "Frau",
        "Die Frau hat angerufen.",
        "Sehr geehrte Damen und Herren,",
        "Sehr geehrte Frau [Nachname],",
        "Sehr geehrte/r Herr/Frau [Name],",
        "Viele Grüße\n[Vorname Nachname]",
        "Liebe Grüße\nIhr Lotse-Team",
        "Mit freundlichen Grüßen\nIhre Berufsberatung",
        "Hallo zusammen, hallo Team",
        "dass die Klientin Probleme hat",
        "Herr und Frau",
    ],
)
def test_titles_greetings_and_placeholders_are_not_names(text: str) -> None:
    assert PiiKind.PERSON_NAME not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Im Jahr 2020 hat sie",
        "Am Montag 3 Termine",
        "Im Raum 204",
        "Der Ausbildungsplatz 3 ist frei",
        "Platz 3 in der Liste",
        "Hauptstraße 12:30",
        "Das kostet 30000 Euro",
        "Industrie 4.0",
    ],
)
def test_everyday_numbers_are_not_addresses(text: str) -> None:
    assert not _kinds(text) & {PiiKind.STREET_ADDRESS, PiiKind.POSTCODE_TOWN}


def test_offsets_match_the_text() -> None:
    text = (
        "Hallo Jonas,\nKlientin Anna Schmidt, geb. 12.03.1990, Hauptstraße 12, 44135 Dortmund,"
        " Tel. 030 23125456, anna.schmidt@example.org, Kundennummer 123D456789.\n"
        "Termin am 05.02.2027 um 10 Uhr.\nViele Grüße\nMaria Beispiel"
    )
    findings = find_personal_data(text, today=TODAY)
    assert [f.kind for f in findings] == [
        PiiKind.PERSON_NAME,
        PiiKind.PERSON_NAME,
        PiiKind.BIRTHDATE,
        PiiKind.STREET_ADDRESS,
        PiiKind.POSTCODE_TOWN,
        PiiKind.PHONE,
        PiiKind.EMAIL,
        PiiKind.CUSTOMER_NUMBER,
        PiiKind.PERSON_NAME,
    ]
    for f in findings:
        assert text[f.start : f.end] == f.value
    assert findings[0].start == text.index("Jonas")
    assert findings[-1].end == len(text)
    assert [f.start for f in findings] == sorted(f.start for f in findings)


def test_equal_spans_go_to_the_more_specific_kind() -> None:
    # A labelled number that is also a valid phone number is a customer number ...
    assert _found("Kundennummer 030 23125456") == [(PiiKind.CUSTOMER_NUMBER, "030 23125456")]
    # ... but a checksum-verified tax ID beats the label.
    assert _found("Kundennummer 36574261809") == [(PiiKind.TAX_ID, "36574261809")]


def test_longest_overlapping_finding_wins() -> None:
    text = "x" * 40
    short = Finding(PiiKind.IBAN, 5, 10, text[5:10])
    long = Finding(PiiKind.PERSON_NAME, 3, 20, text[3:20])
    later = Finding(PiiKind.EMAIL, 20, 30, text[20:30])
    inside = Finding(PiiKind.PHONE, 22, 25, text[22:25])
    assert resolve_overlaps([short, later, inside, long]) == (long, later)


def test_findings_never_overlap_in_dense_text() -> None:
    # The labelled number is also a phone number: one finding each time, not two.
    text = "Klientin Anna Schmidt, Kundennummer 030 23125456, Am Markt 3, 44135 Dortmund. " * 5
    findings = find_personal_data(text, today=TODAY)
    assert len(findings) == 5 * 4
    for before, after in pairwise(findings):
        assert before.end <= after.start


def test_value_is_hidden_from_repr() -> None:
    (finding,) = find_personal_data("anna.schmidt@example.org", today=TODAY)
    assert "anna" not in repr(finding)
    assert "email" in repr(finding)


def test_findings_in_a_long_text_are_found_near_its_end() -> None:
    prose = (
        "Die Klientin interessiert sich für den Beruf Kauffrau für Büromanagement und hat am "
        "05.02.2027 um 10 Uhr einen Termin im Raum 204. Im Jahr 2025 machte sie ein Praktikum. "
    )
    text = (prose * 200)[:19_000] + " Frau Kaya, Tel. 030 23125456, Hauptstraße 12."
    findings = find_personal_data(text, today=TODAY)
    assert {f.kind for f in findings} == {
        PiiKind.PERSON_NAME,
        PiiKind.PHONE,
        PiiKind.STREET_ADDRESS,
    }


@pytest.mark.parametrize(
    ("text", "is_name"),
    [
        ("Ausbildung für jemanden, der kein Abi hat", False),
        ("Sein Abi hat er 2020 in Unna gemacht", False),
        ("das Abi hat sie nicht geschafft", False),
        ("Meine Kasse hat heute zu", False),
        # after a subject it is what the subject has: "Abi" was reported as a name
        ("Kann man eine Ausbildung verkürzen wenn man Abi hat?", False),
        ("ob er Abi hat, weiß ich nicht", False),
        # before a verb of a person and after no determiner, such a word is a name
        ("Kai hat heute abgesagt", True),
        ("Gestern: Rose hat angerufen", True),
    ],
)
def test_a_word_that_is_also_a_name_is_the_word_after_a_determiner(
    text: str, is_name: bool
) -> None:
    assert (PiiKind.PERSON_NAME in _kinds(text)) is is_name
