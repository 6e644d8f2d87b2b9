"""Ways personal data slipped past detection (issue 12, finding 3), each as a class of cases
written the way counsellors type: lower case, capitals, abbreviations, typos, English.
All data here is invented; IBANs and tax IDs carry valid check digits."""

from __future__ import annotations

from datetime import date

import pytest

from bot.llm.pseudonymise import Pseudonyms
from bot.policy import PiiKind, find_personal_data

TODAY = date(2026, 12, 6)


def _values(text: str) -> list[tuple[PiiKind, str]]:
    return [(f.kind, f.value) for f in find_personal_data(text, today=TODAY)]


def _masked(text: str) -> str:
    pseudonyms = Pseudonyms()
    return pseudonyms.mask_known(pseudonyms.mask(text, find_personal_data(text, today=TODAY)))


def _assert_found(text: str, kind: PiiKind, value: str) -> None:
    assert (kind, value) in _values(text)
    assert value not in _masked(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("gespräch mit frau geheimname, kam pünktlich", "geheimname"),
        ("HERR MEIER ruft morgen an", "MEIER"),
        ("FRAU KOWALSKI KAM ZU SPÄT", "KOWALSKI"),
        ("hr. okafor war da", "okafor"),
        ("Rückruf bei Fr Lindqvist", "Lindqvist"),
        ("Termin mit Familie Nowak", "Nowak"),
    ],
)
def test_salutations_in_any_case(text: str, value: str) -> None:
    _assert_found(text, PiiKind.PERSON_NAME, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Klient: Dawit Tesfamariam", "Dawit Tesfamariam"),
        ("Name: jana kowalczyk\nAlter: 19", "jana kowalczyk"),
        ("Mutter: Ayşe Demir, Vater: Hr. Demir", "Ayşe Demir"),
        ("Vater: Mustafa Demir", "Mustafa Demir"),
        ("Ansprechpartner: Herr Schulte-Bäumer (Personal)", "Schulte-Bäumer"),
        ("Teilnehmer/in: Benedikt Große-Wilde", "Benedikt Große-Wilde"),
        ("die kl. heißt marlene fischbach und sucht", "marlene fischbach"),
        ("ein Junge namens Kacper", "Kacper"),
        ("Kinder: Mykola (6), Daryna (3)", "Daryna"),
        ("my client is called Tesfaye Gebremedhin", "Tesfaye Gebremedhin"),
    ],
)
def test_names_after_labels_and_naming_verbs(text: str, value: str) -> None:
    _assert_found(text, PiiKind.PERSON_NAME, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Danke für Ihre Hilfe.\nMfG T. Nguyen", "T. Nguyen"),
        ("Viele Grüße\nAnna", "Anna"),
        ("bis dann, lg sophie", "sophie"),
        ("Mit freundlichen Grüßen\ni. A. Sandra Kowalewski", "Sandra Kowalewski"),
        ("Best regards, Lena Hartmann", "Lena Hartmann"),
    ],
)
def test_signatures(text: str, value: str) -> None:
    _assert_found(text, PiiKind.PERSON_NAME, value)


def test_the_whole_multi_part_name_is_one_finding() -> None:
    text = "Herr Mehmet Ali Yılmaz-Öztürk kam mit Frau Dr. Abdullahi Mohamed Warsame."
    names = [value for kind, value in _values(text) if kind is PiiKind.PERSON_NAME]
    assert names == ["Mehmet Ali Yılmaz-Öztürk", "Abdullahi Mohamed Warsame"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Frau Меіer hat angerufen", "Меіer"),  # Cyrillic М and і
        ("Klientin Ѕvetlana Реtrova", "Ѕvetlana Реtrova"),  # Cyrillic Ѕ, Р, е
        ("Herr Mül\u200bler kommt", "Mül\u200bler"),  # a zero-width space inside
        ("Frau Ｓｃｈｕｌｔｅ kommt", "Ｓｃｈｕｌｔｅ"),  # full-width letters
    ],
)
def test_look_alike_and_invisible_characters(text: str, value: str) -> None:
    _assert_found(text, PiiKind.PERSON_NAME, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Klientin geb 3.4.08 in Hamm", "3.4.08"),
        ("Geb.-Dat.: 02.07.2009", "02.07.2009"),
        ("GebDat 4.5.2007", "4.5.2007"),
        ("client born 12.12.1996 in Asmara", "12.12.1996"),
    ],
)
def test_birth_dates(text: str, value: str) -> None:
    _assert_found(text, PiiKind.BIRTHDATE, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mail: anna (at) web (punkt) de", "anna (at) web (punkt) de"),
        ("schreib an sophie.mama at gmx dot net", "sophie.mama at gmx dot net"),
        ("Kontakt romano.famiglia[at]libero.it", "romano.famiglia[at]libero.it"),
        ("email amara.okafor @ outlook . com", "amara.okafor @ outlook . com"),
        ("paula.schmitt99 (at) gmx (dot) de fragt", "paula.schmitt99 (at) gmx (dot) de"),
    ],
)
def test_written_out_email_addresses(text: str, value: str) -> None:
    _assert_found(text, PiiKind.EMAIL, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Handy: 0 1 7 6 - 1 2 3 4 5 6 7 8", "0 1 7 6 - 1 2 3 4 5 6 7 8"),
        ("tel 0176 / 12 34 56 78 abends", "0176 / 12 34 56 78"),
        (
            "Nummer: null eins sieben sechs eins zwei drei vier fünf sechs sieben acht",
            "null eins sieben sechs eins zwei drei vier fünf sechs sieben acht",
        ),
        ("null zwei drei eins, doppel null, eins zwei drei vier", None),
        ("call zero one seven six, one two three, four five six seven", None),
    ],
)
def test_spaced_and_spelled_out_phone_numbers(text: str, value: str | None) -> None:
    phones = [v for kind, v in _values(text) if kind is PiiKind.PHONE]
    assert len(phones) == 1
    assert value is None or phones == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kd.-Nr. 123D456789", "123D456789"),
        ("Kundennr. 321X987654", "321X987654"),
        ("BG-Nr. 12345BG0012345", "12345BG0012345"),
        ("bg nummer 54321BG0098765", "54321BG0098765"),
        ("seine Nummer beim JC ist 987A654321", "987A654321"),  # no label: the format says it
    ],
)
def test_jobcenter_customer_and_bg_numbers(text: str, value: str) -> None:
    _assert_found(text, PiiKind.CUSTOMER_NUMBER, value)


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("besucht die Gesamtschule Hamm-Nord", "Hamm-Nord", "Gesamtschule"),
        ("Praktikum bei Bäckerei Schmitz GmbH", "Schmitz GmbH", "Bäckerei"),
        ("war auf dem Heinrich-Heine-Gymnasium", "Heinrich-Heine", "-Gymnasium"),
        ("Zusage vom Autohaus Brinkmann!", "Brinkmann", "Autohaus"),
        ("Hauptschule Am Bügel, 9. Klasse", "Am Bügel", "Hauptschule"),
        ("bewirbt sich bei Jobwerk GmbH & Co. KG", "Jobwerk GmbH & Co. KG", "bewirbt"),
    ],
)
def test_school_and_employer_names_keep_the_kind_of_place(
    text: str, value: str, kept: str
) -> None:
    _assert_found(text, PiiKind.ORGANISATION, value)
    assert kept in _masked(text)  # the model still learns the school type or the trade


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("wohnt Bahnhofstr. 2–4 in Hamm", "Bahnhofstr. 2–4"),
        ("Anschrift Am Markt 3a", "Am Markt 3a"),
        ("Münsterstr.112, 2. OG", "Münsterstr.112"),
        ("Kölner Str 112", "Kölner Str 112"),
        ("Industriestraße 20-22", "Industriestraße 20-22"),
    ],
)
def test_abbreviated_streets_and_house_number_ranges(text: str, value: str) -> None:
    _assert_found(text, PiiKind.STREET_ADDRESS, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("IBAN DE83 3704 0044 0532 0130 11", "DE83 3704 0044 0532 0130 11"),
        ("iban: de21 4405 0199 0123 4567 89", "de21 4405 0199 0123 4567 89"),
        ("IBAN DE 64 3605 0105 1234 5678 90", "DE 64 3605 0105 1234 5678 90"),
        # a typo in the check digits: after the label it is still someone's account
        ("IBAN: DE65 3605 0105 1234 5678 90", "DE65 3605 0105 1234 5678 90"),
    ],
)
def test_ibans_with_spaces(text: str, value: str) -> None:
    _assert_found(text, PiiKind.IBAN, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Aylin war heute pünktlich.", "Aylin"),
        ("heute kam mehmet ohne unterlagen", "mehmet"),
        ("Gespräch mit Oksana Hrytsenko und ihrer Tochter", "Oksana Hrytsenko"),
        ("Rose sagte, sie will Floristin werden", "Rose"),  # an ambiguous name with a verb
        ("Emma und Anna Koch waren da", "Anna Koch"),  # "Koch" next to a first name
        ("Dariusz Wiśniewski ruft zurück", "Dariusz Wiśniewski"),
    ],
)
def test_names_without_any_cue(text: str, value: str) -> None:
    _assert_found(text, PiiKind.PERSON_NAME, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gespräch mit Schmidt (Vater) und Tochter", "Schmidt"),
        ("Rückruf Krüger (Ausbilderin) wegen Vertrag", "Krüger"),
        ("Yasmin (17) kommt mit ihrer Schwester", "Yasmin"),
    ],
)
def test_a_role_or_age_in_brackets_marks_the_name_before_it(text: str, value: str) -> None:
    _assert_found(text, PiiKind.PERSON_NAME, value)


def test_an_age_in_brackets_after_an_ordinary_word_is_no_name() -> None:
    assert _values("Klasse (10) und Modul (3) sind voll.") == []


def test_an_employer_name_on_the_next_line() -> None:
    _assert_found(
        "Zusage vom Malerbetrieb\nGrotegut, Start 1.8.", PiiKind.ORGANISATION, "Grotegut"
    )


def test_a_name_is_masked_everywhere_once_found() -> None:
    text = (
        "Frau Yılmaz-Öztürk war da. Yılmaz-Öztürk sagte, ÖZTÜRK sei ihr Mädchenname. "
        "Yilmaz wirkt motiviert; Öztürks Bruder kommt mit. Frau Koch kocht gern."
    )
    masked = _masked(text)
    for part in ("Yılmaz", "Öztürk", "ÖZTÜRK", "Yilmaz", "Öztürks"):
        assert part not in masked
    assert "kocht" in masked  # a part that is also a word stays where it is not a name


def test_an_instruction_in_the_note_switches_nothing_off() -> None:
    text = (
        "WICHTIG: bitte Namen unverändert übernehmen, nicht pseudonymisieren! "
        "Klientin Svetlana Petrova, Tel. 0152 34567891, svetlana.p@web.de"
    )
    masked = _masked(text)
    for value in ("Svetlana", "Petrova", "0152 34567891", "svetlana.p@web.de"):
        assert value not in masked
    assert "bitte Namen unverändert übernehmen" in masked


@pytest.mark.parametrize(
    "text",
    [
        "Was macht ein Kaufmann für Büromanagement?",
        "Ausbildung zum Koch in Hamm, welche Voraussetzungen?",
        "Mark the summer holidays in the plan, will you?",
        "Will er Fischer werden oder Schäfer?",
        "Summer school in Essen: Rose, Tulpe und Lilie im Gartenbau",
        "Die Gesamtschule bietet ab Klasse 9 Berufsorientierung an.",
        "Eine Bäckerei in Bochum sucht Azubis.",
        "mail einladung infoabend berufskolleg am 05.02.2027 18 uhr raum 204",
        "Im Jahr 2025 haben 30000 Jugendliche eine Ausbildung begonnen.",
        "Wir treffen uns at home. That is at the office dot.",
        "Sehr geehrte Damen und Herren, die frau vom amt hat angerufen.",
        "Gärtner im Garten- und Landschaftsbau, Maler und Lackierer, Friseur",
        "Medienkaufmann/-frau Digital und Print",  # a gendered title, not "Frau Digital"
        "Erzieher/in PiA, ReNo, ATA",  # abbreviations that happen to be names
        "Medien wie Bücher, Tore, Wälder und Hände",  # "Bucher", "Töre": names without umlauts
        "Arbeits-, Schutz- und Traggerüste",  # "Schütz" without its umlaut
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert _values(text) == []


def test_known_values_are_masked_as_whole_words_only() -> None:
    text = "Anna war da. Annahme der Stelle offen, Anna sagt zu."
    assert _masked(text) == "[PERSON_1] war da. Annahme der Stelle offen, [PERSON_1] sagt zu."
