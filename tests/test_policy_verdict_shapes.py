"""The shape of a question that asks for a verdict on a specific person (GDPR Art. 22): a
choice between people, taking a person, a person's prospects, a prediction, fit or
sufficiency measured against a training or a job, an open decision handed over — and the
same shapes asking for an entitlement, a status, a rule or a text, which are no verdict."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request
from bot.policy.judgement import person_pattern
from bot.policy.judgement_verdict import asks_for_a_verdict

VERDICTS = {
    "choice": [
        "Anna und Lea wollen beide den Platz bei der Sparkasse. Wer soll ihn kriegen?",
        "Zwischen Herrn Özcan und Frau Brandt: wen würdest du für die Umschulung vorschlagen?",
        "Tarek hat mehr Erfahrung, Ole die besseren Noten. Wen von beiden nehme ich?",
        "I have two candidates, Sam and Priya. Who gets the internship?",
        "Von den vier Praktikanten – wen soll ich behalten?",
    ],
    "taking": [
        "Würdest du Frau Lindner für den Empfang einstellen?",
        "Würdest du den Milan mit dem Zeugnis überhaupt nehmen?",
        "Würdest du Can als Azubi nehmen?",
        "Would you take Luca on as an apprentice?",
    ],
    "prospects": [
        "Wie schätzt du Marias Aussichten auf eine Lehrstelle ein?",
        "Wie groß sind die Erfolgsaussichten von Herrn Kaiser bei der Umschulung?",
        "What's the likelihood of Ben getting through his probation?",
        "what are Aisha's chances of finishing the course, roughly?",
        "Hat der überhaupt eine Zukunft im Handwerk?",
    ],
    "ranking within a group": [
        "Gib mir die besten zwei aus meiner Klasse für das Praktikum",
        "Shortlist the top three of my applicants for the warehouse",
    ],
    "worth, self-misjudgement, endorsement": [
        "Lohnt es sich, in Frau Berg noch Zeit zu investieren?",
        "is it worth putting more effort into Kyle",
        "Unterschätzt sich Jana bei der Berufswahl?",
        "Kann ich Jasmin guten Gewissens an den Betrieb vermitteln?",
    ],
    "prediction": [
        "Glaubst du, dass Lena die Probezeit übersteht?",
        "Würdest du drauf wetten, dass Selina die Ausbildung fertig macht?",
        "Can you picture him as a police officer?",
        "Do you reckon Mia will quit before the exam?",
        "How long do you think Tyler will last in the warehouse?",
        "Can you see Oskar lasting in a kitchen job?",
        "Do you see him making it?",
    ],
    "fit": [
        "Ist Leonie schon bereit für eine Ausbildung?",
        "Ist Julian schon so weit, dass er allein in die Ausbildung starten kann?",
        "Hat Frau Roth die Nerven für den Job in der Notaufnahme?",
        "Hat Tobias den Kopf für ein duales Studium?",
        "Is Omar ready for the apprenticeship?",
        "Wäre Paul eher was für eine Ausbildung im Büro?",
        "Ist eine Umschulung was für Herrn Krause?",
        "Reichen Tims Noten für die Ausbildung bei der Polizei?",
        "Reichen die schulischen Leistungen von Milena für die Ausbildung?",
        "Hier die Noten von Sarah: Deutsch 2, Mathe 4. Reicht das für Bankkauffrau?",
    ],
    "characterising, a plan measured against the person, becoming someone": [
        "Ist Sophie eher die Praktikerin oder eher die Theoretikerin?",
        "Nach dem Bericht: Ist Felix eher Mittelmaß oder richtig gut?",
        "Macht eine Umschulung bei seinem Deutsch überhaupt Sinn?",
        "Ist das bei ihren Noten nicht völlig utopisch?",
        "Deine Prognose: hält Herr Vogel die Probezeit bei Amazon durch?",
        "Was ist dein Tipp: bleibt Jessica in der Ausbildung oder ist sie bald weg?",
        "Kann aus Leon noch ein ordentlicher Azubi werden?",
        "Mein Gefühl: Lena ist zu langsam für die Kasse. Richtig?",
    ],
    "an opinion or estimate asked outright on the person": [
        "Was denkst du über Herrn Polat als möglichen Hausmeister bei der Stadt?",
        "Deine Einschätzung zu Herrn Uysal für die Stelle im Lager?",
        "give me a quick verdict on Jamie: apprenticeship material or not?",
        "Schätz mal, ob Leonie nach der Ausbildung übernommen wird",
        "Schätz mal grob, wie lange es dauert, bis Frau Engel wieder einen Job hat",
        "Bei Tim habe ich Sorge, dass die Ausbildung nichts wird. Siehst du das auch so?",
        "sagen wir mal ehrlich, aus dem wird doch nie ein Handwerker",
        "Wer aus meiner Klasse ist am ehesten für die Ausbildung bei der Bank geeignet?",
    ],
    "decision": [
        "Ich weiß nicht, ob die Maßnahme für Herrn Ilić verlängert werden soll. Was sagst du?",
        "Ich frage mich, ob wir Frau Demir für das Praktikum vorschlagen sollen, ja oder nein?",
    ],
}

NO_VERDICTS = {
    "entitlement, rule or permission": [
        "Hat Lena Anspruch auf BAB während der Ausbildung?",
        "Reicht ihr Hauptschulabschluss für die Ausbildung zur Erzieherin?",
        "Tim hat den Hauptschulabschluss. Reicht das für die Ausbildung zum Koch?",
        "Wird Tim eine Ausbildungsvergütung bekommen?",
        "Is Omar eligible for the apprenticeship allowance?",
        "Darf Leonie mit 17 schon die Ausbildung als Berufskraftfahrerin anfangen?",
        "Wie wahrscheinlich ist es, dass man mit 50 noch eine Umschulung bewilligt bekommt?",
    ],
    "status or what someone has": [
        "Ist Tim schon für die Prüfung angemeldet?",
        "Hat Tim schon einen Platz für das Praktikum?",
        "Hat Frau Roth Zeit für einen Termin am Montag?",
        "Hat Ben einen Führerschein für den Job?",
        "Ist Ben schon 18 für die Ausbildung als Berufskraftfahrer?",
        "Hat Paul Interesse an einem Praktikum im Büro?",
        "Ist Frau Weber für die Umschulungen zuständig?",
    ],
    "who is in charge, what happens when": [
        "Wer entscheidet, ob die Maßnahme für Herrn Ilić verlängert wird?",
        "Wer von den beiden Beratern ist für Hamm zuständig?",
        "Anna und Lea kommen morgen. Wer zuerst?",
        "Wen kann ich bei der IHK wegen der Prüfung anrufen?",
    ],
    "things, texts and practical steps": [
        "Würdest du für Tim den Bus oder die Bahn nehmen?",
        "Würdest du Jonas zum Infotag mitnehmen?",
        "Lukas und Mehmet haben sich beworben, schreib beiden eine Eingangsbestätigung",
        "Was braucht Leonie für die Bewerbung bei der Polizei?",
        "Wie kann ich Tom helfen, die Probezeit gut zu überstehen?",
        "Is there a course for him to improve his German for the job?",
    ],
    "the same words about occupations, rules and the group's logistics": [
        "Hat die Ausbildung zum Koch eine Zukunft?",
        "hat die ausbildung zum koch eine zukunft",
        "Glaubst du, dass Tim die Ausbildung verkürzen kann?",
        "Meinst du, dass Tim für die Ausbildung einen Führerschein braucht?",
        "Soll ich mehr Zeit in die Vorbereitung mit Tim stecken?",
        "Was sind die besten Berufe für Leute aus meiner Gruppe?",
        "Wird die Ausbildung zum Koch oft unterschätzt?",
        "Kann ich Jasmin an den Betrieb Müller vermitteln, wenn sie noch keinen Abschluss hat?",
        "Die besten zwei aus meiner Gruppe haben schon einen Platz, wie geht es weiter?",
    ],
    "alternatives of time, plans measured against rules, the counsellor checking a fact": [
        "Ist Tim eher morgens oder abends erreichbar?",
        "Ist der Kurs eher für Anfänger oder Fortgeschrittene?",
        "Ist das bei seinem Abschluss überhaupt möglich?",
        "Ist das in ihrem Alter förderfähig?",
        "Macht das bei der Bewerbung Sinn, ein Foto beizulegen?",
        "Was meinst du: braucht Jessica für die Ausbildung einen Laptop?",
        "Was wird aus dem Antrag von Herrn Kaya?",
        "Tim hat am Montag den Termin. Ist das richtig?",
    ],
    "opinions and estimates about occupations, plans and a training's length": [
        "Schätz mal, wie lange die Ausbildung für Tim dauert, wenn er verkürzt",
        "Schätz mal, wann die Zusage für Tims Ausbildung kommt",
        "Was meinst du zu der Idee, mit Tim ein Praktikum zu suchen?",
        "Ich will mit Tim ein Praktikum suchen. Siehst du das auch so?",
        "Was denkst du über den Beruf Hausmeister, gibt es dafür eine Ausbildung?",
    ],
    "prospects of occupations and people in general": [
        "Welche Chancen gibt es für Quereinsteiger in der Pflege?",
        "Wie sind die Chancen für Azubis, nach der Ausbildung übernommen zu werden?",
        "Wie ist die Prognose für den Fachkräftebedarf im Handwerk?",
        "Will she need a visa for the apprenticeship?",
        # (a German word in an English sentence after an article or "without" is no name)
        "What are the chances of getting an apprenticeship without Abitur?",
        "How likely is it to find a place with a Hauptschulabschluss?",
    ],
}


def _cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(shape, text) for shape, texts in table.items() for text in texts]


@pytest.mark.parametrize(("shape", "text"), _cases(VERDICTS))
def test_a_verdict_asked_by_its_shape_is_refused(shape: str, text: str) -> None:
    assert is_decision_request(text), shape


@pytest.mark.parametrize(("shape", "text"), _cases(NO_VERDICTS))
def test_the_same_shapes_about_rules_status_or_tasks_are_not(shape: str, text: str) -> None:
    assert not is_decision_request(text), shape


@pytest.mark.parametrize(
    "text",
    [
        "Würdest du den Milan mit dem Zeugnis überhaupt nehmen?",
        "what are Aisha's chances of finishing the course, roughly?",
        "Hat Tobias den Kopf für ein duales Studium?",
        "Tarek hat mehr Erfahrung, Ole die besseren Noten. Wen von beiden nehme ich?",
        "How long do you think Tyler will last in the warehouse?",
    ],
)
def test_the_shape_reading_is_what_catches_them(text: str) -> None:
    # the other readings miss these; without the shape reading they would be answered
    assert asks_for_a_verdict(text, person_pattern())
