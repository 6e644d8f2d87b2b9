"""Art. 9: a client's data in everyday words, and words that only look like such data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

import bot.policy
from bot.policy import find_special_categories
from bot.policy.special_phrases import first_letters
from bot.policy.special_things import describes_no_person
from skills.summary.review import is_special


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # drinking, without a word for addiction
        ("Herr Busch trinkt jeden Abend mehrere Bier, morgens ist er kaum ansprechbar", "health"),
        ("Die Klientin trinkt heimlich Wodka, sagt ihr Bruder", "health"),
        ("Kl. kam heute betrunken zum Termin", "health"),
        ("Er säuft, seit er arbeitslos ist", "health"),
        ("her son drinks too much and skips school", "health"),
        # medication, a stay in a clinic, aids
        ("Frau Adam nimmt Tabletten gegen ihre Rückenschmerzen", "health"),
        ("Jule war zwei Monate in einer Klinik und will jetzt die Schule nachholen", "health"),
        ("Klient geht seit dem Schlaganfall am Rollator", "health"),
        ("Die Tochter sitzt im Rolli", "health"),
        # senses and conditions in everyday words
        ("Herr Lang hört auf dem rechten Ohr fast nichts", "health"),
        ("Frau Petrow sieht kaum noch was, Führerschein ist weg", "health"),
        ("Er hat Zucker und muss regelmäßig essen", "health"),
        ("Seine Frau hatte letztes Jahr Krebs", "health"),
        ("Die Jugendliche ritzt sich, das Jugendamt ist informiert", "health"),
        ("Er hat die Chemo hinter sich", "health"),
        ("she's been on antidepressants since spring", "health"),
        # faith and origin in everyday words
        ("Herr Said betet in der Mittagspause", "religion"),
        ("Meine Klientin ist sehr gläubig und geht nicht zu Festen im Betrieb", "religion"),
        ("Er ist Sikh und trägt einen Turban", "religion"),
        ("Kemal wird in der Berufsschule wegen seiner dunklen Hautfarbe gehänselt", "origin"),
        ("Der Azubi erlebt rassistische Sprüche von Kollegen", "origin"),
        ("my client fled Eritrea in 2019", "origin"),
    ],
)
def test_a_clients_data_in_everyday_words_counts(text: str, category: str) -> None:
    assert category in find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # the counsellor's own situation
        "ich hab heute Rücken und nehme Tabletten, bitte nur kurze Antworten",
        "Bin seit gestern schwerhörig vom Konzert, ruf Herrn Kuhn bitte nicht an, sondern schreib",
        # health-care occupations and their training, places of work, employers
        "Wie viel verdient man als Pflegefachfrau in einer psychiatrischen Klinik?",
        "what does a mental health support worker do all day?",
        "Frau Demir hat ein Vorstellungsgespräch bei der Caritas als Alltagsbegleiterin",
        "Tom bewirbt sich bei der Katholischen Kirche als Gärtner",
        "Termin für Tim bei der Krankenkasse als Azubi-Schnuppertag, 9 Uhr",
        # school subjects, statistics, things and slang
        "Zeugnis von Lara: Mathe 3, Religion 2, Deutsch 2",
        "Ben hat in Reli eine 1 – zählt das bei der Bewerbung?",
        "Herkunft der Zahlen bitte angeben, ich brauche die Quelle für die Statistik",
        "Wie viele Azubis trinken regelmäßig Alkohol? Gibt es Studien?",
        "Das war ein krasses, krankes Projekt, die Jugendlichen waren begeistert",
        "Das sieht schlecht aus mit dem Ausbildungsplatz für Herrn Roth",
        "Der Laptop von Frau Bauer säuft ständig ab, kann ich ihr die Unterlagen mailen?",
        "Der Bäcker hat Zucker und Mehl für den Backkurs bestellt",
        "Darf im Ausbildungsbetrieb Alkohol getrunken werden?",
    ],
)
def test_look_alikes_raise_no_category(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seine kranke Mutter braucht ihn jeden Nachmittag",
        "Er kümmert sich um den kranken Opa",
        "Die Herkunft der Familie spielt im Betrieb eine Rolle, sagt Frau Aziz",
        "Sie hat in Religion eine 2, ist aber seit dem Unfall im Rollstuhl",
        "Klientin war in der Psychiatrie und sucht jetzt ein Praktikum",
        "Er ist Mitglied der Gewerkschaft der Polizei",
    ],
)
def test_people_next_to_those_words_still_count(text: str) -> None:
    assert find_special_categories(text)


@pytest.mark.parametrize(
    ("text", "cue", "no_person"),
    [
        ("ein krankes Angebot", "krankes", True),
        ("ein krankes Kind", "krankes", False),
        ("das kranke Knie", "kranke", False),
        ("Herkunft der Daten", "Herkunft", True),
        ("Herkunft der jungen Frau", "Herkunft", False),
        ("in Religion und Ethik", "Religion", True),
        ("Religion: 2", "Religion", True),
        ("Religion: katholisch", "Religion", False),
        ("a mental health nurse", "mental health", True),
        ("mental health problems", "mental health", False),
    ],
)
def test_a_cue_describing_a_thing_a_subject_or_an_occupation(
    text: str, cue: str, no_person: bool
) -> None:
    start = text.index(cue)
    assert describes_no_person(text, start, start + len(cue), "health") is no_person


def test_a_union_named_with_a_genitive_is_no_thing() -> None:
    text = "Gewerkschaft der Polizei"
    assert not describes_no_person(text, 0, len("Gewerkschaft"), "union")


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("trinkt seit der Trennung zu viel", True),
        ("betet fünfmal am Tag, möchte Gebetspausen", True),
        ("Herkunft der Unterlagen unklar, Kopie nachreichen", False),
        ("Reli 2, Mathe 3, Deutsch 2", False),
    ],
)
def test_the_summary_marks_what_the_reminder_reads_as_client_data(text: str, marked: bool) -> None:
    assert is_special(text) is marked
    assert bool(find_special_categories(text)) is marked


def test_every_phrase_is_one_branch_without_groups_of_its_own() -> None:
    # the phrases are scanned as one pattern whose named groups say which phrase matched, behind
    # a look-ahead on the letters they start with
    path = Path(bot.policy.__file__).with_name("special_phrases.yaml")
    for phrases in yaml.safe_load(path.read_text(encoding="utf-8")).values():
        for raw in phrases:
            assert re.compile(str(raw).removeprefix("~")).groups == 0, raw
            assert first_letters(str(raw).removeprefix("~")), raw


@pytest.mark.parametrize(
    ("phrase", "letters"),
    [
        (r"\bsäuft\b", "sS"),
        (r"(?<!\bdas\s)\b(?:hört|sieht)\s+schlecht", "hHsS"),
        (r"\b(?:a(?:b|c)|d)e", "aAdD"),
        (r"\b(?:\w+)\s+krebs", None),
    ],
)
def test_the_letters_a_phrase_starts_with(phrase: str, letters: str | None) -> None:
    assert first_letters(phrase) == (None if letters is None else frozenset(letters))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Herr Ali hat Rückenschmerzen und kann nicht lange stehen", "health"),
        ("Frau Kühn hat Probleme mit dem Knie, Treppen gehen kaum", "health"),
        ("Nach dem Unfall darf er nicht mehr schwer heben", "health"),
        ("Klientin bezieht seit 2024 eine EM-Rente", "health"),
        ("Mutter von Ben hat noch Pflegestufe 2 nach altem Recht", "health"),
        ("Sie erwartet im Mai ein Kind und will danach in Teilzeit", "health"),
        ("Kl. ist krankgemeldet bis Freitag", "health"),
        ("Klient stottert stark und hat Angst vor Telefonaten", "health"),
        ("my client has autism and finds open-plan offices hard", "health"),
        ("she has learning difficulties and reads slowly", "health"),
        ("he sees a therapist every week on Tuesdays", "health"),
        ("Er ist Kriegsflüchtling aus der Ukraine", "origin"),
        ("Frau Omar ist noch im Asylverfahren", "origin"),
        ("Tims Schwester hat am Sonntag Konfirmation, er fehlt Montag", "religion"),
        ("Er ist Mitglied bei Verdi und will das nicht im Betrieb sagen", "union"),
        ("Sie ist Mitglied der SPD und im Stadtrat aktiv", "political"),
    ],
)
def test_more_everyday_words_count(text: str, category: str) -> None:
    assert category in find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # questions about a topic in a message that names nobody
        "Was ist der Unterschied zwischen Pflegestufe und Pflegegrad?",
        "Hat Diabetes Einfluss auf die Verbeamtung bei der Polizei?",
        "Wer zahlt Krankengeld, wenn Azubis länger ausfallen?",
        "Gibt es in Hamm eine Beratung zum Thema Asylverfahren und Ausbildung?",
        # organisations, hyphenated occupations, subjects, applying to a hospital group
        "Wie erreiche ich die IG Metall in Hamm wegen der Tarifvergütung?",
        "Was macht die Gewerkschaft in der Ausbildung eigentlich?",
        "Was verdient ein Autismus-Therapeut?",
        "Ausbildung zur Sucht-Beraterin: wie lange dauert die?",
        "Ethik statt Religion – geht das am Berufskolleg?",
        "Frau Jung bewirbt sich bei den Sana Kliniken als Köchin",
    ],
)
def test_topics_organisations_and_occupations_raise_no_category(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ist sie schwanger?",
        "Kl. hat Epilepsie. Welche Ausbildungen gehen ohne Führerschein?",
        "Was kann Herr Stein mit seiner Schwerbehinderung noch lernen?",
    ],
)
def test_a_question_that_names_someone_still_counts(text: str) -> None:
    assert find_special_categories(text)


def test_a_question_in_notes_is_about_the_client() -> None:
    assert not find_special_categories("Hat Diabetes Einfluss auf die Ausbildung?")
    assert find_special_categories("hat Diabetes?", notes=True)
    assert is_special("hat Diabetes?")


@pytest.mark.parametrize(
    "text",
    [
        "bin heute weg, meine Tochter ist krank, bitte alle Termine absagen",
        "Mein Mann liegt im Krankenhaus, ich bin erst ab Mittwoch wieder da",
        "Klient arbeitet viel mit MS Office und sucht was im Büro",
    ],
)
def test_the_counsellors_family_and_software_raise_no_category(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Meine Klientin ist seit Wochen krank",
        "Meine Tochter ist krank, und Frau Lenz hat Diabetes",
        "Herr Meyer hat MS im Frühstadium",
        "Kl. hat nen Herzschrittmacher, darf er schweißen?",
        "Der Jugendliche nimmt Ritalin",
        "Er ist Zeuge Jehovas und fragt nach Feiertagen",
    ],
)
def test_a_clients_data_beside_those_still_counts(text: str) -> None:
    assert find_special_categories(text)


@pytest.mark.parametrize(
    ("text", "special"),
    [
        ("Rücken macht nicht mehr mit -> will weg vom Fahren", True),
        ("seine Knie spielen nicht mehr mit", True),
        ("Der Körper macht das nicht mehr mit", True),
        ("Das Wetter spielt nicht mit", False),
        ("Mein Herz macht da nicht mit, ich finde die Stelle unpassend", False),  # a figure
    ],
)
def test_a_body_part_that_gives_out_is_health_data(text: str, special: bool) -> None:
    assert bool(find_special_categories(text)) is special
    assert is_special(text) is special  # marked for review in a summary as well


@pytest.mark.parametrize(
    "text",
    [
        "Rücken macht Probleme, will was ohne schweres Heben",
        "Kl. sagt, das Knie tut seit dem Unfall weh, welche Berufe gehen ohne viel Stehen?",
        "Seine Schulter macht ihm zu schaffen, Tischler eher schwierig?",
        "Die Hüfte schmerzt seit Monaten, sagt Frau Kaya.",
        "Bei Frau Öztürk bereitet die Bandscheibe immer wieder Beschwerden",
    ],
)
def test_a_body_part_that_troubles_a_client_counts(text: str) -> None:
    # "Rücken macht Probleme" was no health data; "Rückenprobleme" was
    assert "health" in find_special_categories(text)
    assert is_special(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mein Rücken tut heute weh, ich bin erst ab 10 da",
        "Mein Rücken macht nicht mehr mit, ich brauche Urlaub",
        "mein knie tut weh, bin heute im homeoffice",
        "Der Kopf des Teams macht Probleme bei der Übernahme",
        "Was macht eine Rückenschullehrerin?",
    ],
)
def test_the_counsellors_own_body_and_a_team_head_are_no_client_data(text: str) -> None:
    assert not find_special_categories(text)
