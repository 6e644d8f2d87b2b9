"""Special categories of personal data (GDPR Art. 9)."""

from __future__ import annotations

import pytest

from bot.policy import CATEGORIES, find_special_categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Meine Klientin hat eine ADHS-Diagnose.", "health"),
        ("Er ist seit einem Jahr depressiv.", "health"),
        ("Sie leidet unter Depressionen.", "health"),
        ("Er ist in Therapie.", "health"),
        ("Sie hat eine Schwerbehinderung.", "health"),
        ("Sie hat einen Schwerbehindertenausweis.", "health"),
        ("chronischen Schmerzen", "health"),
        ("Er nimmt Medikamente.", "health"),
        ("psychische Probleme", "health"),
        ("Die Sucht ist das Hauptproblem.", "health"),
        ("Sie ist schwanger.", "health"),
        ("Er hat eine Lernbehinderung.", "health"),
        ("Klientin hat Multiple Sklerose.", "health"),
        ("Klient nimmt Methadon.", "health"),
        ("Er ist auf Dialyse angewiesen.", "health"),
        ("Sie trägt ein Kopftuch.", "religion"),
        ("Er geht freitags in die Moschee.", "religion"),
        ("Sie ist in der Kirche aktiv.", "religion"),
        ("Die Klientin ist muslimisch.", "religion"),
        ("Er ist sehr religiös.", "religion"),
        ("Sie hat einen Migrationshintergrund.", "origin"),
        ("seine ethnische Herkunft", "origin"),
        ("Er ist schwul.", "sexual_orientation"),
        ("Ihre sexuelle Orientierung spielt keine Rolle.", "sexual_orientation"),
        ("Er ist Parteimitglied.", "political"),
        ("Sie wählt die AfD.", "political"),
        ("Er ist Mitglied der Gewerkschaft.", "union"),
        ("Sie ist bei der IG Metall.", "union"),
        ("Das Ergebnis des Gentests liegt vor.", "genetic_biometric"),
        ("biometrische Daten", "genetic_biometric"),
    ],
)
def test_category_is_found(text: str, category: str) -> None:
    assert find_special_categories(text) == {category}


@pytest.mark.parametrize(
    "text",
    [
        "Er sucht eine Ausbildung als Pilot.",  # the verb, not the noun "Sucht"
        "Ausbildung zum Ergotherapeuten",  # an occupation, not a therapy
        "Physiotherapie-Ausbildung in Köln",
        "Ich habe ihn gebeten, die Unterlagen mitzubringen.",
        "Beruf Kauffrau für Büromanagement",
        "Schreib eine Mail zur Terminbestätigung",
        "Die Partei im Vertrag ist die Agentur.",
        "ads and banners",
        "Kirchenmusiker ist ein Beruf.",
    ],
)
def test_everyday_text_has_no_category(text: str) -> None:
    assert find_special_categories(text) == frozenset()


def test_several_categories_at_once() -> None:
    text = "Die Klientin trägt ein Kopftuch, hat ADHS und ist Mitglied bei Verdi."
    assert find_special_categories(text) == {"religion", "health", "union"}


def test_case_insensitive_except_marked_cues() -> None:
    assert find_special_categories("DEPRESSION") == {"health"}
    assert find_special_categories("Migrationshintergrund") == {"origin"}
    assert find_special_categories("afd") == frozenset()  # party names are case-sensitive


def test_category_names_are_the_documented_ones() -> None:
    assert set(CATEGORIES) == {
        "health",
        "religion",
        "origin",
        "sexual_orientation",
        "political",
        "union",
        "genetic_biometric",
    }
