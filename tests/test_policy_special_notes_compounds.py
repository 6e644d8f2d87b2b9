"""Art. 9: in notes a clause opened by "war" or "muss" is the client's, whom notes leave out
as their subject (outside notes it stays the counsellor's); kinds of treatment and union
membership written as compounds; everyday words for drugs, gambling, pregnancy, self-harm,
back pain, skin colour and sexual orientation."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories
from skills.summary.review import is_special

NOTES = (
    "zusammenfassen\nTermin 03.03. mit Herrn Vogt\n"
    "war 8 Wochen stationär in der Psychiatrie (Psychose), jetzt Tagesklinik\nWV 17.03."
)


def test_a_clause_opened_by_war_in_notes_to_summarise_is_the_clients() -> None:
    assert "health" in find_special_categories(NOTES)


def test_a_line_of_notes_opened_by_war_is_marked_for_review() -> None:
    assert is_special("war 8 Wochen stationär in der Psychiatrie (Psychose)")
    assert is_special("muss wegen der Epilepsie regelmäßig zum Neurologen")


@pytest.mark.parametrize(
    "text",
    [
        # the counsellor's own, in a message that asks for no summary
        "war letzte Woche selbst krank, bitte Termin mit Herrn Vogt auf Montag legen",
        "muss heute noch zum Arzt, kannst du Frau Kaya absagen?",
        # "bin" is the first person only, in notes too
        "zusammenfassen\nbin ab morgen krank, WV mit Herrn Vogt übernimmt Frau Lang",
    ],
)
def test_the_counsellors_own_clause_stays_hers(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Frau Kowalski hat dienstags ihre Gesprächstherapie", "health"),
        ("der TN macht ne Verhaltenstherapie wegen Zwängen", "health"),
        ("Der Klient ist in einer Langzeittherapie in Bad Fredeburg", "health"),
        ("Herr O. ist verdi-Mitglied und will das nicht im Lebenslauf", "union"),
        ("Herr Lang ist IG-Metall-Mitglied", "union"),
    ],
)
def test_a_treatment_or_a_membership_as_a_compound_counts(text: str, category: str) -> None:
    assert category in find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Was ist eine Verhaltenstherapie?",
        "Lisa möchte eine Ausbildung in der Suchttherapie machen",
        "Frau K. arbeitet in der Schmerztherapie als MFA",
        "Lisa will Physiotherapie studieren",
        "Wie werde ich Mitglied bei verdi?",
    ],
)
def test_a_treatment_as_a_topic_or_workplace_is_no_data(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Kl. zieht Koks am Wochenende, der Betrieb hat was gemerkt", "health"),
        ("er zockt jede Nacht an Automaten und verliert alles", "health"),
        ("Die Klientin ist im 5. Monat, kann sie im August anfangen?", "health"),
        ("Sie bekommt im Juni ihr Baby", "health"),
        ("Frau A. stillt noch und braucht Pausen", "health"),
        ("Er hat sich letzte Woche selbst verletzt", "health"),
        ("Kl. hat Rücken und kann nicht mehr heben", "health"),
        ("Tom ist Rollifahrer", "health"),
        ("Kl. hat ein Cochlea-Implantat", "health"),
        ("Frau M. ist dunkelhäutig und wird bei Bewerbungen benachteiligt", "origin"),
        ("Klient ist bi und hat nen Freund", "sexual_orientation"),
    ],
)
def test_everyday_words_count(text: str, category: str) -> None:
    assert category in find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Bäcker stillt den Hunger der Azubis",
        "Tim zieht Geld am Geldautomaten",
        "Lea ist bi-lingual aufgewachsen",
        "Der Stuhl hat Rücken",
        "Der Betrieb ist im 3. Monat der Insolvenz",
    ],
)
def test_the_same_words_elsewhere_are_no_data(text: str) -> None:
    assert not find_special_categories(text)
