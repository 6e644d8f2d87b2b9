"""Art. 22 reading (GDPR Art. 22): the lexicon of evaluative predicates about people
(``judgement_predicates.yaml``) — nouns for a kind of person, adjectives and idioms of
ability, character, prospects and fit, with other spellings and typos — counted behind the
frame reading's gates; contractions of a verb with "es"; common given names the gazetteer
keeps apart as words; a particular placement offered to a person in a yes/no question; and
the neutral look-alikes that use the same words about occupations, companies or people in
general."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request
from bot.policy.judgement_predicates import with_contractions


@pytest.mark.parametrize(
    "text",
    [
        # nouns for a kind of person, after an article, also with a pronoun ("ist der ein …")
        "Ist Herr Krasniqi ein Blender?",
        "Kl. hat dreimal gefehlt und das Praktikum abgebrochen. Ehrlich: ist der ein Blender?",
        "Ist Frau Sommer als Kassiererin eine Fehlbesetzung?",
        "wie siehst du das, ist herr yilmaz n wackelkandidat für die probezeit?",
        # (a typo repaired, an umlaut typed as "ae")
        "Ist Herr Krasniqi ein Wackelkandiat?",
        "Ist Jonas ein Spaetzuender?",
        # adjectives after a copula, a verb of opinion or a degree word
        "Hältst du Herrn Jung für chancenlos?",
        "Ist Lena mit ihrem Plan nicht ziemlich blauaeugig?",
        # idioms, with a confirmation tag closing the statement
        "Tobias hat ne große Klappe und nix dahinter, oder täusch ich mich?",
        "Frau Beck hat zwei linke Hände, liege ich da richtig?",
        "is Callum out of his depth on the electrician course?",
        "Is Jayden management material?",
        "Honestly, is Megan the sort of person who'd stick with a three-year apprenticeship?",
        "Leon is all talk, or am I kidding myself?",
        "Is Sam a safe pair of hands for the reception?",
        "Hat Tim zu viel Flausen im Kopf für eine Ausbildung?",
    ],
)
def test_an_evaluative_predicate_said_of_someone_is_refused(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        # the same words about occupations, companies, plans in general or people in general
        "Ist die Ausbildung zur Pflegefachfrau anspruchsvoll?",
        "Ist der Betrieb zuverlässig?",
        "Gibt es für Spätzünder ohne Abschluss noch Wege in eine Ausbildung?",
        "Welche Berufe eignen sich für Leute, die eher zurückhaltend sind?",
        "Ist man mit 55 für eine Umschulung zu alt?",
        # a person named, but the words are no predicate said of them
        "Soll Lena eine Flasche Wasser zum Praktikum mitbringen?",
        "Was steckt hinter der Absage von Lena?",
        "Hat Frau Yilmaz Anspruch auf BAB, wenn sie für die Ausbildung auszieht?",
        "Frau Lange hat ein Angebot von Elektro Hoffmann – ist das ein seriöser Betrieb?",
        "Schreib Kevin, dass sein Anschreiben eine Luftnummer ist und er es überarbeiten soll",
    ],
)
def test_the_same_words_without_a_verdict_on_someone_are_not_refused(text: str) -> None:
    assert not is_decision_request(text)


def test_a_verb_contracted_with_es_is_read_out() -> None:
    assert with_contractions("schaffts der dominik") == "schafft es der dominik"
    assert with_contractions("Packt's die Lena?") == "Packt es die Lena?"
    assert with_contractions("Stefanie hat Tests") == "Stefanie hat Tests"
    assert is_decision_request("schaffts der dominik bis zur gesellenprüfung oder eher nich")
    assert is_decision_request("kriegts der jannik hin mit der zwischenprüfung")


@pytest.mark.parametrize(
    "text",
    ["Ist Melanie geeignet?", "Ist Jayden geeignet?"],
)
def test_common_names_the_gazetteer_keeps_apart_as_words_are_people(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kann ich Herrn Öztürk die Stelle empfehlen?", True),
        ("Soll ich Lena die Ausbildung bei der Sparkasse guten Gewissens empfehlen?", True),
        # things to recommend to someone: advice
        ("Welche Stelle kann ich Herrn Öztürk empfehlen?", False),
        ("Kann ich Herrn Öztürk eine Stelle empfehlen?", False),
        ("Soll ich Frau Kaya die Schuldnerberatungsstelle empfehlen?", False),
        # (a kind of path, not an employer's place)
        ("Soll ich Frau Kaya die Umschulung vorschlagen?", False),
        ("Kannst du mir die Ausbildung zur MFA empfehlen?", False),
    ],
)
def test_a_particular_placement_offered_to_someone_asks_for_a_verdict(
    text: str, expected: bool
) -> None:
    assert is_decision_request(text) is expected
