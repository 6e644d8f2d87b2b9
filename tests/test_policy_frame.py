"""Evaluative words said of a person in a request or confirmation frame (GDPR Art. 22): chat
style, typos, no punctuation, confirmations asked for, groups; and the look-alikes that stay
neutral."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request
from bot.policy.judgement import person_pattern
from bot.policy.judgement_frame import frames_a_verdict

# Each group needs one part of the reading; none of them matches the sentence patterns or the
# cue groups of the earlier readings.
CONFIRMATION = [
    "Paula ist einfach zu unselbstständig für den Außendienst, oder?",
    "Jonas ist total überfordert mit der Berufsschule, stimmts?",
    "Ben is way too slow for the warehouse, right?",
    # a tag standing alone after the statement
    "Herr Kaya ist fauler als Herr Demir. Seh ich das richtig?",
]
MORPHOLOGY = [
    "Meinst du Jana ist langsamer als Lea",  # comparative
    "sag mal, ist der neue Azubi strohdumm",  # intensifier prefix
    "Die Kleine ist doch viel zu jung für den Schichtdienst, gell?",  # degree and umlaut-free
    "welcher von meinen TN ist der langsamste",  # superlative within a group
]
PERSON = [
    "schaft die paula das mit der umschulung überhaupt",  # typo, lower-case name, no "?"
    "die ist doch viel zu langsam für die kasse oder",  # a demonstrative for the person
    "ist Max aus dem richtigen Holz für die Feuerwehr",  # a name that is also a word
]
FRAMES = [
    "was hälst du von kevin als maurer ehrlich",  # typo of "hältst", opinion frame
    "wenn du Lara bewerten müsstest, was käme raus",
    "reckon Jake could hack it as a roofer",
    "out of Ana, Ben and Chloe who'd be the best mechanic",
    "kriegt Aylin das auf die Reihe?",
]
# Open classes beyond the word lists: any adjective in "zu … für", a verdict as a noun phrase,
# giving someone up, agreement sought after a statement about someone named before, a
# comparative in a question for one of several, a choice among people named before.
OPEN = [
    "Mila ist viel zu ungeduldig für die Kita, oder?",
    "Jan wäre doch eine tolle Fachkraft im Lager, was meinst du",
    "Jonas kann die Ausbildung zum Piloten wohl vergessen, oder?",
    "Frau Ott, 51, dreimal abgebrochen. Seh schwarz für die Maßnahme. Du auch?",
    "who's faster, Ben or Omar?",
    "Zwei Bewerberinnen, Frau Lang und Frau Ott. Wer kriegt die Stelle?",
]
NEUTRAL = [
    "Ist man mit 50 zu alt für eine Umschulung, oder?",
    "Einzelhandel ist ziemlich stressig, oder?",
    "Meine Klientin ist sehr zuverlässig und sucht einen Job im Lager – wo gibt es Stellen?",
    "Tim ist 17 Jahre alt, was kann er machen?",
    "Lisa ist ziemlich langsam beim Lernen, wie kann ich sie unterstützen?",
    "Wer von den dreien kommt morgen zur Gruppeninfo?",
    "Wie viel Prozent fallen durch die Gesellenprüfung, weißt du das?",
    "meinst du Fachinformatiker ist ein Beruf mit Zukunft",
    "welche eigenschaften braucht man als erzieherin",
    "Welche von den Ausbildungen dauert länger, Koch oder Bäcker?",
    "is the final exam for roofers hard, right?",
    "schreib Jonas eine Erinnerung, er ist oft zu spät, oder?",
    "Tim ist 17, oder?",
    "Zwei Termine, Montag und Dienstag. Wer hat Zeit?",
    "wer kriegt eigentlich BAB, nur Azubis unter 25?",
    "Die Ausbildung ist doch zu teuer für uns, oder?",
    # wood is a liking, not the idiom of aptitude ("aus dem richtigen Holz")
    "Hast du was für Jonas, der gern mit Holz arbeitet?",
    "Gibt es was für Lea, die gern mit Holz bastelt?",
]


@pytest.mark.parametrize("text", CONFIRMATION + MORPHOLOGY + PERSON + FRAMES + OPEN)
def test_an_evaluative_word_about_a_person_in_a_frame_is_refused(text: str) -> None:
    assert frames_a_verdict(text, person_pattern())
    assert is_decision_request(text)


@pytest.mark.parametrize("text", NEUTRAL)
def test_look_alikes_without_a_person_or_a_frame_stay_neutral(text: str) -> None:
    assert not is_decision_request(text)
