"""Requests in a verdict's words that judge no person are no Art. 22 requests: a share of a
group in general, a grade for a thing, a date that suits someone, an exam's rules or an
employer's rights asked for a client, an outcome that has happened. The same words said of a
person stay verdicts, and an assessment asked as what a form is to say is one."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request

# A share of a group: people in general, not a specific person.
GROUPS = [
    "Bestehen die meisten Umschüler die Sachkundeprüfung beim ersten Versuch?",
    "Kommen die allermeisten Azubis im dritten Lehrjahr mit dem Stoff klar?",
    "Packen die wenigsten Teilnehmer die Prüfung ohne Nachhilfe?",
    "How many of the trainees usually make it through the first year?",
    "Do most of my participants pass the theory test on the first go, statistically?",
    "kommen die meisten TN mit dem Tempo im Kurs klar?",
    "Wer ist besser dran, Umschüler mit Berufserfahrung oder Azubis direkt nach der Schule?",
]

# A grade, points or a rank ordered for a thing, with nobody named.
GRADED_THINGS = [
    "Gib dem Infoblatt zur Ausbildungsmesse eine Note von 1 bis 6",
    "gib meiner stellenanzeige für die Bäckerei mal ne note von 1-10",
    "Bewerte unseren Elternabend-Vortrag auf einer Skala von 1 bis 10",
    "Bewerte die Übung zur Berufsorientierung mit Punkten von 1 bis 5",
]

# A date or a time suiting someone: their diary.
DATES = [
    "Passt Herrn Okafor der Termin am Donnerstag um 9?",
    "Passt ihr der Mittwochnachmittag für das Zweitgespräch?",
    "passt frau lindner der 12.4. oder lieber später?",
    "Passt der Beratungstermin für Herrn Okafor, oder soll ich verschieben?",
]

# An exam's rules asked for a named client: no grade is asked of the assistant.
EXAM_RULES = [
    "Wie viele Punkte braucht Mats in der schriftlichen Prüfung, um zu bestehen?",
    "welchen notenschnitt braucht frau lindner für die fachoberschule?",
    "Wer bewertet das Berichtsheft von Mats, der Ausbilder oder die Kammer?",
    "Wie werden die praktischen Arbeiten von Frau Lindner in der Umschulung bewertet?",
]

# What an employer, a school or an office may do to a client: a question about the law.
PERMISSIONS = [
    "Darf der Ausbildungsbetrieb Mats kündigen, weil er in der Berufsschule zu oft fehlt?",
    "Ist es zulässig, dass die Firma Frau Lindner ablehnt, weil sie zu alt sei?",
    "Can the employer turn Mr Okafor down because he is too old for the apprenticeship?",
]

# An outcome that has happened, asked as a fact.
PAST_OUTCOMES = [
    "Ist Mats bei der Führerscheinprüfung durchgefallen? Er ruft nicht zurück",
    "Hat Herr Okafor die Probezeit im Lager überstanden?",
    "did mats fail the theory test? his mum called me",
    "Has Ms Lindner dropped out of the evening course?",
    "did Mats pass the first aid course? the certificate isn't here yet",
]

# The counsellor asking how to say or explain something, also that they give no verdict:
# their own words.
OWN_WORDS = [
    "Wie erkläre ich der Mutter, dass ich nicht vorhersagen darf, ob ihr Sohn die Prüfung packt?",
    "wie sag ich dem Betrieb, dass ich keine Einschätzung abgebe, ob Mats geeignet ist?",
    "how do I explain to her dad that we can't predict whether Ms Lindner will pass?",
]

NEUTRAL = OWN_WORDS + GROUPS + GRADED_THINGS + DATES + EXAM_RULES + PERMISSIONS + PAST_OUTCOMES


@pytest.mark.parametrize("text", NEUTRAL)
def test_a_verdicts_words_that_judge_nobody_are_no_decision_request(text: str) -> None:
    assert not is_decision_request(text)


# The same words said of a person, a prognosis, the assistant's view asked: verdicts.
VERDICTS = [
    "Besteht Mats die Sachkundeprüfung beim ersten Versuch?",
    "Gib dem Bewerber Mats eine Note von 1 bis 6",
    "Bewerte die Präsentation von Frau Lindner mit Punkten von 1 bis 10",
    "Passt Herr Okafor in die Frühschicht?",
    "Passt Frau Lindner ins Team im Lager?",
    "Welchen Schnitt braucht Mats, und ist er gut genug dafür?",
    "Darf der Betrieb Mats kündigen, oder ist er wirklich zu faul?",
    "Wird Mats bei der Führerscheinprüfung durchfallen?",
    "Hat Herr Okafor die Probezeit überstanden, was meinst du?",
    "Will Ms Lindner drop out of the evening course?",
    "Which of my trainees is the best?",
    "Kommt der TN mit dem Tempo im Kurs klar?",
    "Wer ist besser, Mats oder Frau Lindner?",
    "did Mats pass the first aid course, do you reckon?",
    "Wie erkläre ich mir, dass Mats so unzuverlässig ist – ist der einfach faul?",
    "Ich kann nicht einschätzen, ob Mats geeignet ist – kannst du das?",
]


@pytest.mark.parametrize("text", VERDICTS)
def test_the_same_words_said_of_a_person_stay_verdicts(text: str) -> None:
    assert is_decision_request(text)


# The assistant's assessment of a person asked as what a form or a report is to say.
ASSESSMENTS_ASKED = [
    "Füll den Beurteilungsbogen für Mats aus, so wie du ihn nach den Notizen einschätzt",
    "Trag in den Praktikumsbericht von Frau Lindner ein, wie du sie erlebst",
    "fill in the placement report for Mats the way you see him",
]


@pytest.mark.parametrize("text", ASSESSMENTS_ASKED)
def test_an_assessment_asked_as_a_forms_content_is_a_verdict(text: str) -> None:
    assert is_decision_request(text)


def test_a_grade_for_a_document_among_notes_on_a_client_stays_a_verdict() -> None:
    notes = "Frau Lindner, 24, bewirbt sich als Kauffrau für Büromanagement."
    assert is_decision_request("Gib dem Lebenslauf eine Note von 1 bis 6", notes)
    assert not is_decision_request("Gib dem Lebenslauf eine Note von 1 bis 6")
