"""Art. 9: a client's data in variant words (abbreviations in any case, colloquial and older
spellings, words for a person with a condition, specialist doctors, sheltered work, English
counterparts, diagnosis codes and shorthand, support granted for a disability, roots), and the
readings that keep look-alikes out (a part of a workplace, a clause of its own after "und
ich", products, occupations to become, voluntary service)."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories


def _counts(text: str, category: str) -> bool:
    return category in find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # the degree of disability with its number, in any case
        "frau jovanović hat seit märz einen gdb von 30",
        "Herr Alt: GdS 40 nach dem Arbeitsunfall, wer zahlt die Umschulung?",
        # the disability card by its short name and its marks
        "Die Klientin legt ihren SB-Ausweis bei, reicht eine Kopie?",
        "Er hat das Merkzeichen G und kann nicht weit laufen",
        # the week of pregnancy, upper case alone or lower case with its number
        "Frau Roth ist in der 30. SSW und möchte den Kurs später beginnen",
        "kl ist 22.ssw, geht das praktikum noch?",
        "Sie ist ssw 12 und hat es dem Betrieb noch nicht gesagt",
    ],
)
def test_abbreviations_of_disability_and_pregnancy_count(text: str) -> None:
    assert _counts(text, "health")


@pytest.mark.parametrize(
    "text",
    [
        "Die Datei liegt im Ordner gdb, bitte an Herrn Ali schicken",
        "Herr Ali hat die Liste mit 50 Fragen für das gdb-Quiz geschickt",
    ],
)
def test_the_abbreviations_need_their_sense(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # colloquial and older spellings
        ("Seit er seine Medis nimmt, ist er viel ruhiger im Kurs", "health"),
        ("she's been off her meds since the summer", "health"),
        ("Die Eltern von Ilyas sind Moslems und möchten, dass er halal isst", "religion"),
        # a specialist doctor the client sees (weak like "Psychiater")
        ("Frau Kern muss nächste Woche zur Kardiologin, der Termin fällt aus", "health"),
        ("Herr Ünal hat einen Termin beim Onkologen und kommt später", "health"),
        # seizures without the word epilepsy
        ("Der Azubi hatte in der Werkstatt einen Krampfanfall", "health"),
        ("he had a seizure at school last year and may not drive", "health"),
    ],
)
def test_colloquial_words_spellings_and_doctors_count(text: str, category: str) -> None:
    assert _counts(text, category)


@pytest.mark.parametrize(
    "text",
    [
        # a listed condition ending in -ie gives the word for a person who has it
        "Jana ist Dyskalkulikerin und braucht beim Einstellungstest einen Taschenrechner",
        "Herr Vogt ist Epileptiker und darf nicht an laufenden Maschinen arbeiten",
        "Der TN ist Pollenallergiker, Gärtner ist eher schwierig",
        "Mein Klient ist Asthmatiker und will Maler werden",
    ],
)
def test_a_word_for_a_person_with_a_condition_counts(text: str) -> None:
    assert _counts(text, "health")


@pytest.mark.parametrize(
    "text",
    [
        # an occupation someone wants to become, with or without "zu"
        "Ihr Sohn will Kardiologe werden, welches Studium passt?",
        "Lea möchte Orthopädin werden und fragt nach dem NC",
        "Um Neurologin zu werden, braucht Sina ein Medizinstudium",
        "Mein Klient will Psychologe werden, was muss er studieren?",
        # a specialist doctor named by nobody's visit
        "Was verdient eine Frauenärztin im Durchschnitt?",
    ],
)
def test_doctors_as_occupations_are_no_clients_data(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Frau Beck war einen Monat in der Geschlossenen und möchte jetzt wieder arbeiten",
        "Er lag bis Ostern auf einer geschlossenen Abteilung",
    ],
)
def test_a_closed_ward_counts(text: str) -> None:
    assert _counts(text, "health")


@pytest.mark.parametrize(
    "text",
    [
        "Lisa beginnt ihr Praktikum auf der geschlossenen Station",
        "Die Klinik in Lengerich hat zwei geschlossene Stationen",
    ],
)
def test_a_closed_ward_as_workplace_or_alone_does_not_count(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Frau Ismail ist seit der Schule in einer WfbM beschäftigt",
        "Herr Lutz arbeitete zehn Jahre in der Werkstatt für behinderte Menschen in Unna",
        "Der Klient kommt aus einer Behindertenwerkstatt und sucht einen Außenarbeitsplatz",
    ],
)
def test_work_in_a_sheltered_workshop_counts(text: str) -> None:
    assert _counts(text, "health")


@pytest.mark.parametrize(
    "text",
    [
        "Herr Brandt arbeitet als Fachkraft für Arbeits- und Berufsförderung in einer WfbM",
        "Jonas macht sein FSJ in einer Werkstatt für behinderte Menschen",
        "Selin leistet ihren Bundesfreiwilligendienst im Krankenhaus in Dortmund",
    ],
)
def test_staff_and_volunteers_in_such_places_are_no_clients_data(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # a part of a workplace with a genitive between the place word and the cue
        "Tarek fängt im Labor des Krankenhauses als Azubi an",
        "Herr Obi hat ein Praktikum in der Verwaltung der Psychiatrie bekommen",
        "Frau Lang hat die Stelle in der Wäscherei der Uniklinik angenommen",
    ],
)
def test_a_part_of_a_workplace_is_still_a_workplace(text: str) -> None:
    assert not find_special_categories(text)


def test_a_stay_in_a_place_is_still_data() -> None:
    assert _counts("Herr Abel macht die Umschulung im Rahmen der Reha", "health")


@pytest.mark.parametrize(
    "text",
    [
        # "und"/"aber" before a subject pronoun opens a clause of its own
        "Meine Kollegin ist krank und ich vertrete sie bei ihren Klienten",
        "Ich bin krankgeschrieben und er übernimmt seine Beratungen selbst",
        "Kollege ist erkrankt, aber wir schreiben seinen Teilnehmern heute noch",
    ],
)
def test_the_counsellors_clause_ends_before_a_new_subject(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Herr Bauer ist krank und ich muss den Termin verlegen",
        "Ich habe mit Frau Graf telefoniert und sie ist seit Mai schwanger",
    ],
)
def test_a_clients_clause_before_or_after_und_ich_still_counts(text: str) -> None:
    assert _counts(text, "health")


@pytest.mark.parametrize(
    "text",
    [
        # products: the object of a verb of making, selling or repairing
        "Leon will in eine Firma, die Hörgeräte herstellen und verkaufen",
        "Die Firma von Herrn Maas repariert Rollstühle und Rollatoren",
        "Tina möchte zu einem Betrieb, der Prothesen und Orthesen fertigt",
        "Herr Beck stellt als Pharmakant Tabletten und Salben her",
        "Jana verkauft in der Drogerie auch Medikamente",
    ],
)
def test_products_are_no_clients_data(text: str) -> None:
    assert not find_special_categories(text)


def test_a_product_made_for_a_person_is_theirs() -> None:
    assert _counts("Der Techniker baut ihm gerade eine neue Prothese", "health")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the English counterparts of listed German words
        ("She's been ill since Christmas and missed the course", "health"),
        ("the client is off sick again this week", "health"),
        ("He brought a sick note from his GP", "health"),
        ("my client is epileptic and can't work at heights", "health"),
        ("he's dyslexic, so the written test worries him", "health"),
        ("She has PTSD from the journey and sleeps badly", "health"),
        ("client has an eating disorder and is in a day programme", "health"),
        ("she is expecting a baby in June and asks about the start date", "health"),
        ("He needs to pray at sunset during the apprenticeship", "religion"),
        ("The client is of Eritrean descent and faces remarks at work", "origin"),
    ],
)
def test_english_counterparts_of_listed_words_count(text: str, category: str) -> None:
    assert _counts(text, category)


@pytest.mark.parametrize(
    "text",
    [
        "I'm off sick tomorrow, please move my appointments",
        "I'm sick of rewriting this letter, can you do it?",
        "Is there a prayer room at the vocational school?",
        "the word is of Latin origin",
        "honestly this playlist is sick",
    ],
)
def test_english_look_alikes_do_not_count(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # a diagnosis code of the mental chapter and medical shorthand in notes
        "Befund liegt vor: F41.1, Herr Sander ist ambulant angebunden",
        "TN, 23: Z. n. Knie-OP im Mai, kein Heben über 10 kg",
        "Kl. hat psych. Probleme seit der Trennung",
        # a named syndrome, a weakness of learning or sight
        "Frau Öz hat ein Fatigue-Syndrom und schafft nur 20 Stunden",
        "Der Schüler hat eine Rechenschwäche, Kaufmann im Einzelhandel geht trotzdem?",
        "Herr Abt ist mehrfachbehindert und wohnt im betreuten Wohnen",
        # support that is only granted for a disability or illness, for a named person
        "Für Mats beantragen wir einen Nachteilsausgleich bei der IHK",
        "Lina hat in der Grundschule einen Schulbegleiter gehabt",
        "Emil hat den Förderschwerpunkt geistige Entwicklung",
        "bei ihm wurde sonderpädagogischer Förderbedarf festgestellt",
        # pregnancy in a set phrase
        "Frau Ilić ist in anderen Umständen und fragt nach dem Beschäftigungsverbot",
    ],
)
def test_codes_shorthand_and_support_count(text: str) -> None:
    assert _counts(text, "health")


@pytest.mark.parametrize(
    "text",
    [
        "Was ist ein Nachteilsausgleich, und wo beantragt man den?",
        "Raum F2.14 ist am Montag belegt, wir treffen Herrn Sander in F14",
        "Wie wird man Schulbegleiterin?",
        "Der Fahrzeug-Check zeigt Fehler, der Mechaniker macht eine Diagnose des Motors",
    ],
)
def test_the_same_words_in_general_do_not_count(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Herr Kaya hat türkische Wurzeln und spricht beide Sprachen fließend",
        "Ihre Eltern haben polnische Wurzeln",
    ],
)
def test_roots_count_as_origin(text: str) -> None:
    assert _counts(text, "origin")


def test_a_firms_roots_are_no_origin() -> None:
    assert not find_special_categories("Die Firma hat ihre historischen Wurzeln im Bergbau")


@pytest.mark.parametrize(
    "text",
    [
        "Die Sprechstunde fällt morgen wegen Krankheit aus, bitte Frau Lenz informieren",
        "Mail an Herrn Diallo: die Beratungsstelle ist diese Woche krankheitsbedingt geschlossen",
    ],
)
def test_the_institutions_own_service_is_the_counsellors_side(text: str) -> None:
    assert not find_special_categories(text)


def test_a_client_missing_the_service_through_illness_still_counts() -> None:
    assert _counts("Frau Lenz kann wegen Krankheit nicht zur Sprechstunde kommen", "health")
