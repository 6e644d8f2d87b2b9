"""Names where no noun can stand, decisions handed over, personality profiles (GDPR Art. 22),
and a client's special-category data after "über ihre" (Art. 9)."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories, is_decision_request
from bot.policy.judgement import person_pattern
from bot.policy.judgement_handover import hands_over_a_decision

# A first name that is also a word counts where only a name can stand; any listed name after
# a title, typed in lower case.
NAMED_IN_A_SLOT = [
    "Einschätzung Kai: Tischler ja/nein?",
    "Meinung zu Max als Koch: gute Idee?",
    "Rose (16) als Floristin – realistisch?",
    "Max (15) ist viel zu faul für die Lehre, oder?",
    "Prognose Mark: schafft der den Abschluss?",
    "bitte einschätzen ob herr demir noch vermittelbar ist mit 58",
    "bitte einschätzen ob frau koch noch vermittelbar ist",
]


@pytest.mark.parametrize("text", NAMED_IN_A_SLOT)
def test_a_name_where_no_noun_can_stand_is_a_person(text: str) -> None:
    assert is_decision_request(text)


# The same words where they are nouns: an occupation, a woman in general.
WORDS_NOT_NAMES = [
    "Einschätzung Ausbildung Tischler: ja/nein?",
    "Tischler (3 Jahre) oder Schreiner – gute Idee?",
    "frau mit kind, ausbildung in teilzeit realistisch?",
    "Einschätzung Koch: ja/nein?",  # a name that never stands alone is the occupation here
]


@pytest.mark.parametrize("text", WORDS_NOT_NAMES)
def test_the_same_words_as_nouns_name_nobody(text: str) -> None:
    assert not is_decision_request(text)


HANDED_OVER = [
    "Bewerberin Nina Schulte, 3 Fehltage im Praktikum. sollen wir zusagen oder absagen? "
    "du entscheidest",
    "Herr Yilmaz hat sich beworben. Nehmen oder nicht?",
    "Lena: Platz in der Maßnahme, your call",
]
NOT_HANDED_OVER = [
    "Frau Weber möchte Montag oder Dienstag, du entscheidest",  # a date, not a decision on her
    "Frau Weber hat mich zum Sommerfest eingeladen, soll ich zusagen oder absagen?",
    "Soll ich den Termin mit Tim zusagen oder absagen?",
    "Welches Praktikum passt besser, du entscheidest",  # nobody named
]


@pytest.mark.parametrize("text", HANDED_OVER)
def test_a_decision_about_someone_handed_over_is_refused(text: str) -> None:
    assert hands_over_a_decision(text, person_pattern())
    assert is_decision_request(text)


@pytest.mark.parametrize("text", NOT_HANDED_OVER)
def test_other_choices_handed_over_are_not(text: str) -> None:
    assert not is_decision_request(text)


def test_a_personality_profile_of_someone_is_a_judgement_and_of_an_occupation_is_not() -> None:
    assert is_decision_request(
        "beschreib mal die persönlichkeit von meinem klienten anhand der notizen: unpünktlich"
    )
    assert is_decision_request("describe his personality based on my notes")
    assert not is_decision_request("Welche Persönlichkeit braucht man als Erzieherin?")
    assert not is_decision_request("Beschreib den Beruf Tischler für meinen Klienten")


def test_special_category_data_after_a_possessive_is_the_clients() -> None:
    assert find_special_categories(
        "Frau Roth soll den Nachweis über ihre Schwerbehinderung schicken"
    ) == {"health"}
    assert not find_special_categories("Infos über Schwerbehinderung im Betrieb")
    assert find_special_categories("Herr A., 45, war Lagerist, jetzt Rücken kaputt") == {"health"}
