"""A question put to the assistant whose proposition has a specific person as its subject
(GDPR Art. 22), whatever the predicate: an opinion asked on a proposition about the person, a
hypothetical or future question about the person, the person's prospects by a possessive, a
choice between two people named as alternatives, the person's course decided between
alternatives, a statement about the person to confirm — and the same forms asking something
practical, which are no verdict."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request
from bot.policy.judgement import person_pattern
from bot.policy.judgement_asked import asks_about_someone

VERDICTS = {
    "an opinion on a proposition about the person": [
        "meinst du, die Svenja kommt mit dem Druck in der Gastro zurecht?",
        "Glaubst du, Herr Albrecht fügt sich in ein junges Team ein?",
        "glaubste der yannick hält den Job länger als zwei Wochen?",
        "Gehen Sie davon aus, dass Frau Kühn sich im Verkauf behauptet?",
        "Do you think Chloe would get on with the foreman?",
        "Would you say Chloe is leadership material?",
        "Fügt sich der Timo in den Betrieb ein, was meinst du?",
    ],
    "a hypothetical or future question about the person": [
        "Würde Frau Hartmann sich im Schichtbetrieb wohlfühlen?",
        "Wäre Herr Pohl im Außendienst gut aufgehoben?",
        "Wird aus der Sabrina noch eine gute Verkäuferin?",
        "would Jake thrive in a busy kitchen?",
    ],
    "the person's prospects by a possessive": [
        "Wie siehst du ihre Perspektiven im Handwerk?",
        "Wie sind seine Aussichten bei der Bundespolizei?",
        "What are his prospects in logistics, honestly?",
    ],
    "a choice between two people named as alternatives": [
        "Der letzte Platz im Staplerkurs – Dennis oder Jana, wer hat den Vorrang?",
        "Frau Ott oder Herr Lang: wen schicke ich zum Betrieb?",
        "Chloe or Jake, who deserves the traineeship more?",
    ],
    "the person's course decided between alternatives": [
        "Soll ich Marvin lieber in die BvB schicken statt gleich in die Ausbildung?",
        "Sollten wir Frau Kühn eher in eine Umschulung oder in eine Helfertätigkeit bringen?",
    ],
    "a pronoun 'der'/'die' as the subject, with a judgement word": [
        "Zieht der das diesmal bis zum Ende durch?",
    ],
    "a statement about the person to confirm": [
        "Ich finde, Sabrina macht sich da was vor. Täusche ich mich?",
        "Nadine drückt sich vor jeder Verantwortung, hab ich recht?",
    ],
    "a question after a colon or a dash": [
        "Eine Sache noch zu Nadine – wird die im Einzelhandel glücklich?",
    ],
    "a question of degree after the frame": [
        "Was meinst du, wie schnell findet sich Herr Albrecht im Betrieb zurecht?",
    ],
    "two people with their titles as alternatives": [
        "Frau Ott oder Frau Lang – wem gebe ich den Vorzug?",
    ],
    "the person as something for a field": [
        "Ist die Chantal was für die Pflege?",
        "Wäre Frau Pohl was fürs Büro?",
        "Is Oskar the sort who'd do well in retail?",
    ],
}

NEUTRAL = [
    # the same forms, asking something practical, a rule or the person's wishes
    "Meinst du, Frau Svenja Kühn hat Anspruch auf Bürgergeld?",
    "Glaubst du, ich sollte Herrn Albrecht morgen anrufen?",
    "Was meinst du, welche Berufe passen zu Svenja?",
    "Do you think Chloe needs a driving licence for that job?",
    "Würde Frau Hartmann BAB bekommen, wenn sie auszieht?",
    "Would Maria prefer a job in an office or outdoors? I have to ask her",
    "Will Jake get paid during the internship?",
    "Wird Herr Pohl vom Jobcenter gefördert?",
    "Wie verbessere ich mit ihr zusammen ihre Unterlagen?",
    "Wer ist zuständig, Frau Ott oder Herr Lang?",
    "Soll ich Marvin lieber am Montag oder am Dienstag einladen?",
    "Soll ich Frau Kühn lieber anrufen oder ihr eine Mail schreiben?",
    "Kommt Jonas morgen zum Termin?",
    "Hat Tim schon einen Ausbildungsplatz?",
    "Geht Lisa noch zur Schule?",
    "Ist Jessica noch in der Probezeit?",
    "Kann Niklas die Tischlerlehre verkürzen, wenn er Abi hat?",
    "Ist die Ausbildung zur Köchin was für Leute mit Abitur?",
    "Wie finde ich für Frau Albers einen Minijob?",
    "Schreib Dennis oder Jana, wer von beiden morgen Zeit hat",
    # "der"/"die" for a thing named before, a name that is also a noun after an article
    "Die Ausbildung zur ZFA – wird die auch in Teilzeit angeboten?",
    "Der Kurs in Hamm: wird der im Sommer wiederholt?",
    "Die Maßnahme – wäre die auch was für Teilnehmende ohne Abschluss?",
    "Wäre der Job im Lager in Teilzeit möglich?",
    # companies, capitalised as names are
    "Would Bosch offer apprenticeships in Hamm?",
    "Will Siemens take apprentices next year?",
    "Amazon or Zalando, who trains more apprentices?",
    "Tim hat morgen einen Termin. Stimmt das?",
    "Frau Weber hat BAB beantragt, oder?",
    "Sven hat seine Unterlagen geschickt. Stimmt's?",
    "Was meinst du, wie lange dauert die Ausbildung für Timo?",
]

_CASES = [(kind, text) for kind, texts in VERDICTS.items() for text in texts]


@pytest.mark.parametrize(("kind", "text"), _CASES)
def test_a_question_about_a_person_is_refused(kind: str, text: str) -> None:
    assert asks_about_someone(text, person_pattern()), kind
    assert is_decision_request(text)


@pytest.mark.parametrize("text", NEUTRAL)
def test_practical_questions_about_a_person_are_not(text: str) -> None:
    assert not asks_about_someone(text, person_pattern())
    assert not is_decision_request(text)
