from __future__ import annotations

import pytest

from bot.language import choose, detect, settled


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What does a carpenter do?", "en"),
        ("help", "en"),
        ("Was macht eine Mechatronikerin?", "de"),
        ("Schreib eine Mail an eine Klientin", "de"),
        ("Write an invitation to Ms Okafor for our information session on 24 February", "en"),
        ("Confirm to Mr Lange at Autohaus Lange KG that Ben starts his internship", "en"),
        ("Einladung an Herrn Lange zum Termin am 3.2. um 10 Uhr", "de"),
        # a Teams mention's tag is no English word
        ('admin zuordnen <at>Berta Beispiel</at> "Jugend 1a2b3c"', None),
        # a code holds no English "a": "a53b4a" made the reply English
        ('admin zuordnen <at>Berta Beispiel</at> "Jugend a53b4a"', None),
        ("Termin in Raum B104, Gruppe 9a", "de"),
        ("Tischler", None),
        ("ja", None),
        # A Teams mention's markup is no English "at".
        ("admin zuordnen <at>Berta Beispiel</at> Berufsberatung", None),
        ("<at>Lotse</at> beruf Tischler", "de"),
        # everyday English and German beyond the words of commands
        ("jobs for someone who likes working outdoors", "en"),
        ("Which apprenticeships suit someone who likes drawing?", "en"),
        ("difference between Kauffrau im Einzelhandel and Verkäuferin", "en"),
        ("Tim wants to become a mechanic", "en"),
        ("Gibt es Ausbildungen in Teilzeit?", "de"),
        ("Berufe im Bereich IT", "de"),  # IT is no English "it"
        ("Schafft er das?", "de"),
        ("hi", None),  # German counsellors say "hi" too
        # short English noun phrases: words of the request, not only function words
        ("part-time apprenticeships", "en"),
        ("evening courses for apprentices", "en"),
        ("Teilzeit-Ausbildung Pflege", "de"),
        # a command word only English speakers type decides, whatever the occupation's name
        ("occupation florist", "en"),
        ("occupation Mechatroniker", "en"),
        ("summarise\nTN wants IT, Praktikum 2 Wochen", "en"),
        ("job Tischler", None),  # German counsellors type "job" too
        ("occupation für meine Klientin: Florist", "de"),
        # thanks and goodbyes in English get their reply in English
        ("thanks, bye", "en"),
        ("Thank you, have a nice evening", "en"),
        ("danke, tschüss", None),
    ],
)
def test_detect(text: str, expected: str | None) -> None:
    assert detect(text) == expected


def test_stored_preference_wins_over_everything() -> None:
    assert choose("en", "de-DE", "Was macht ein Tischler?", "de") == "en"


def test_words_win_over_platform_hint_and_hint_over_default() -> None:
    assert choose(None, "de-DE", "What does a carpenter do?", "de") == "en"
    assert choose(None, "en-US", "Tischler", "de") == "en"
    assert choose(None, None, "Tischler", "de") == "de"


def test_the_conversation_decides_what_neither_choice_nor_words_decide() -> None:
    assert choose(None, "en-US", "Gehalt?", "de", conversation="de") == "de"
    assert choose(None, None, "Tischler", "de", conversation="en") == "en"
    # the message's own words and the stored choice still come first
    assert choose(None, None, "What does a carpenter do?", "de", conversation="de") == "en"
    assert choose("de", None, "Tischler", "de", conversation="en") == "de"
    assert settled(None, "Gehalt?") is None
    assert settled("en", "Was macht ein Tischler?") == "en"
