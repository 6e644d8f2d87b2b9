"""Words that only look like names are no personal data, and a name found after "Frau"/"Herr"
ends where the name ends: the reminder "Erkannt: Name" on an everyday question is noise, and a
verb taken into a name is masked away from the model."""

from __future__ import annotations

import pytest

from bot.policy import PiiKind, find_personal_data


def found(text: str) -> list[tuple[PiiKind, str]]:
    return [(f.kind, text[f.start : f.end]) for f in find_personal_data(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a preposition after a kind of business is no employer's name
        "Darf ein Ausbildungsbetrieb im Bewerbungsgespräch nach Kindern fragen?",
        "Sie jobbt in der Bäckerei an der Theke, was kann sie lernen?",
        # a word that is also a name, after a determiner: the word
        "Wer bekommt denn am Ende den Platz, weißt du das?",
        "Was geht, wenn sie Abi hat?",
        # English words that are also first names
        "what apprenticeships suit a young woman who likes animals?",
        "is there anything else she could apply for?",
        "what is the job called where you repair bikes?",
        # colloquial "no", a gender ending after a colon, the meaning of a word asked
        "Büro? Nee, eher was Handwerkliches.",
        "Wie lade ich die Teilnehmer:innen zur Infoveranstaltung ein?",
        "Was heißt eigentlich EQ?",
        # "Fr" for Friday, before a verb
        "Kannst du mir die Termine für Mi und Fr absagen?",
    ],
)
def test_everyday_words_are_no_personal_data(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("schreib frau lewandowski wegen dem termin morgen", "lewandowski"),
        ("kannst du herrn okafor absagen für donnerstag", "okafor"),
        ("bitte mail an fr. nowicki bestätigen dass es klappt", "nowicki"),
        # a second lower-case word that is itself a name stays part of it
        ("termin mit frau ayse yilmaz am montag", "ayse yilmaz"),
        # an unknown name after a strong cue is still found
        ("frau qwertzmann hat angerufen", "qwertzmann"),
        ("Termin mit Fr. Brandt am Freitag", "Brandt"),
        ("Termin mit Fr Brandt am Freitag", "Brandt"),
    ],
)
def test_a_name_after_a_form_of_address_ends_with_the_name(text: str, name: str) -> None:
    assert (PiiKind.PERSON_NAME, name) in found(text)
    assert all(value == name for kind, value in found(text) if kind is PiiKind.PERSON_NAME)


def test_a_real_employer_after_a_preposition_stays_found() -> None:
    assert (PiiKind.ORGANISATION, "am Stadtgarten") in found(
        "Praktikum in der Kita am Stadtgarten ab Montag"
    )
