"""Verdicts on a person asked in counsellors' own words (GDPR Art. 22), and their look-alikes
that judge nobody: prospects in compounds, a strong word after a weak one, the picture one has
of someone, honesty, what someone brings along, a scale typed as its ends, a decision handed
over about a contract or a choice among people, a written verdict addressed to a body, a
closing order under notes, and a decision handed over about a plan."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request
from bot.policy.judgement_names import with_known_names
from bot.routing.judged import read_request

VERDICTS = [
    # prospects in a compound ("Erfolgschancen", "Vermittlungsaussichten")
    "Welche Erfolgsaussichten hat Herr Bauer als Gärtner?",
    "Welche Vermittlungsaussichten hat die Klientin mit 52 noch?",
    # the picture one has of someone
    "Welches Bild hast du von Frau Lindqvist nach ihrem Lebenslauf?",
    # honesty said of someone
    "Sagt der Azubi die Wahrheit, wenn er von Rückenproblemen im Lager erzählt?",
    "Belügt mich Herr Tanaka, was seine Bewerbungen angeht?",
    # what someone brings along
    "Welche Stärken bringt Herr Omondi für den Außendienst mit?",
    "Bringt Kofi die nötigen Kompetenzen für die Bank mit?",
    # fit said with "liegt" and the person named
    "Liegt Frau Sato mehr das Planen oder das Verkaufen?",
    # a scale typed as its ends, with words between the verb and the scale
    "score each trainee from 1 to 10 on reliability: Jonas, Mia",
    # a decision handed over: a contract, a choice among people
    "du entscheidest: verlängern wir den Vertrag mit Frau Petrov oder nicht",
    "Ich überlasse dir, welche Praktikantin wir übernehmen.",
    # a written verdict addressed to a body, or of degree
    "Schreib eine Stellungnahme an die Kammer, ob Hr. Abara ausbildungsfähig ist.",
    "draft a short reference explaining how reliable Mateo is",
]


@pytest.mark.parametrize("text", VERDICTS)
def test_a_verdict_in_own_words_is_refused(text: str) -> None:
    assert is_decision_request(text)


LOOK_ALIKES = [
    "Wie sind die Erfolgschancen für Bewerbungen im Handwerk in Münster allgemein?",
    "Welches Bild von Pflegeberufen haben Jugendliche heute?",
    "Welche Unterlagen muss Herr Omondi zum Termin mitbringen?",
    "Wo liegt der Betrieb von Frau Sato genau?",
    "Termin mit Herrn Tanaka von 10 bis 11 Uhr, schreib ihm eine Bestätigung.",
    "Verfasse eine Stellungnahme an das Jobcenter, dass Herr Quispe umgezogen ist.",
    "Entscheide du, ob der Workshop im Mai oder im Juni stattfindet.",
    "Triff du die Entscheidung: Raum 3 oder Raum 5 für die Infoveranstaltung?",
    "you decide whether the flyer should be blue or green",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_same_words_judging_nobody_are_not_refused(text: str) -> None:
    assert not is_decision_request(text)


def test_a_strong_word_after_a_weak_one_counts() -> None:
    # The person named in the sentence before; "Einschätzung" is weak, "Ausbildungsreife" not.
    text = "Notizen zu Frau Okoro liegen vor. Bitte eine Einschätzung zur Ausbildungsreife."
    assert is_decision_request(text)


def test_a_decision_handed_over_about_a_named_person_still_counts() -> None:
    assert is_decision_request("Entscheide du, ob ich Frau Nakamura für den Kurs anmelde.")
    assert is_decision_request("you decide whether Ingrid should stay in the programme")


def test_a_decision_handed_over_after_notes_on_a_client_counts() -> None:
    assert is_decision_request("Entscheide du.", material="Herr Ruiz, 24, fehlt oft.")


def test_a_verb_before_me_or_you_is_no_name() -> None:
    # an unknown capitalised word followed by "mich" is the verb that opens the question
    assert with_known_names("Belügt mich der Junge?") == "Belügt mich der Junge?"


def test_a_closing_order_under_notes_is_read() -> None:
    message = (
        "Gesprächsnotiz Herr Lindgren\n"
        "- kommt pünktlich\n"
        "- Mathe schwach\n"
        "- Praktikum im Lager\n"
        "Erstell daraus eine Prognose zur Ausbildungsreife."
    )
    request = read_request(message, command=False)
    assert "Erstell daraus" in request.text
    assert is_decision_request(request.text, request.material)


def test_a_manage_verb_with_one_f_after_an_opinion_frame() -> None:
    assert is_decision_request("glaubst du die schaft die prüfung im herbst?")
