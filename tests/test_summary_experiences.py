"""Summaries tell a past experience from a plan, a wish from a situation, and settled
circumstances, worries and pastimes (German and English) from further notes."""

from __future__ import annotations

import pytest
from summary_support import placed

from skills.summary import Section
from skills.summary.cues import default_cues

S = Section


@pytest.mark.parametrize(
    "sentence",
    [
        # a month, a holiday or a deadline told in the past tense is no plan
        "Schnupperpraktikum in der Tischlerei Vogt im April war super.",
        "Praktikum beim Malerbetrieb Schulz in den Herbstferien lief nicht so gut.",
        "Bewerbungsfrist bei der Stadt war der 30.09.",
        "Anmeldung am Berufskolleg lief über die Mutter.",
        "Kl. hat im August die Ausbildung zum Maler angefangen und im Oktober abgebrochen.",
        "She did a trial day at a bakery in March.",
        "She had a trial shift at the care home in May.",
    ],
)
def test_what_is_told_in_the_past_tense_is_no_next_step(sentence: str) -> None:
    assert placed(sentence) == [(S.SITUATION, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        # an explicit step keeps its section in the past tense
        "Nächster Termin war erst am 05.03. geplant, jetzt am 12.03.",
        "Wir haben einen Termin für nächste Woche gemacht.",
        # and a step ahead without the past tense is still one
        "Praktikum im Autohaus Brandt im April.",
    ],
)
def test_a_step_stays_a_step(sentence: str) -> None:
    assert placed(sentence) == [(S.NEXT_STEPS, sentence)]


def test_an_agreement_in_the_past_tense_stays_an_agreement() -> None:
    sentence = "Wir haben vereinbart, dass sie sich bis Mai bei drei Betrieben bewirbt."
    assert placed(sentence) == [(S.AGREEMENTS, sentence)]


def test_the_past_tense_is_a_property_of_the_cue_book() -> None:
    cues = default_cues()
    assert cues.is_past("Praktikum im Mai war gut")
    assert cues.is_past("did an internship at a garage last summer")
    assert not cues.is_past("Praktikum im Mai")


@pytest.mark.parametrize(
    "sentence",
    [
        "Kl. überlegt, eine Ausbildung zur Erzieherin zu machen.",
        "Er überlegt, ob er eine Ausbildung anfangen soll.",
        "Ziel ist ein Ausbildungsplatz in der Pflege.",
        "Sie kann sich eine Ausbildung als Floristin vorstellen.",
        "considering a retraining as a bus driver",
        "Her goal is a place in a Fachschule for nursing.",
    ],
)
def test_a_wish_or_goal_is_the_concern(sentence: str) -> None:
    assert placed(sentence) == [(S.CONCERN, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kinderbetreuung ist über den Kindergarten geregelt.",
        "Der Kita-Platz für den Sohn ist gesichert.",
        "Oma und Opa unterstützen sie.",
        "Childcare is arranged through a neighbour.",
        "parents support his plan",
        "nervous about the written exam",
        "Sie macht sich Sorgen wegen der Fahrtzeit.",
        "Seitdem Aushilfe im Getränkemarkt.",
        "His English is at B1 level.",
    ],
)
def test_settled_circumstances_support_and_worries_are_the_situation(sentence: str) -> None:
    assert placed(sentence) == [(S.SITUATION, sentence)]


@pytest.mark.parametrize(
    ("sentence", "section"),
    [
        # the bare noun is a topic or a step, a missing settlement an open point
        ("Kinderbetreuung besprochen.", S.DISCUSSED),
        ("Finanzierung ist noch nicht geklärt.", S.OPEN),
        ("Mutter fragt nach Unterstützung: Nachhilfe erklärt.", S.DISCUSSED),
    ],
)
def test_circumstance_words_do_not_take_topics_or_open_points(
    sentence: str, section: Section
) -> None:
    assert placed(sentence) == [(section, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "builds model planes at home",
        "volunteers at the food bank on Saturdays",
        "repariert Mopeds für die Nachbarn",
    ],
)
def test_a_pastime_in_a_verb_is_an_interest(sentence: str) -> None:
    assert placed(sentence) == [(S.STRENGTHS, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "we meet again in 3 weeks",
        "next session after the holidays",
        "nächstes Mal bringt sie den Lebenslauf mit",
        "ggf. Anrechnung der Vorleistungen bei der HWK erfragen",
    ],
)
def test_when_the_next_talk_is_and_a_task_left_are_next_steps(sentence: str) -> None:
    assert placed(sentence) == [(S.NEXT_STEPS, sentence)]
