"""Verdicts asked as a written assessment, a view of a person, whom to send, where to place a
person, or whether to go ahead with a selection someone is weighing.

A text the assistant is to write about a person's prospects or placeability, "wie siehst du
ihn?", whom of several named people to send to an employer, whether to send a person into a
sector or a measure, and advice on hiring or keeping on a named person all judge that person.
Sending a thing to someone, a date for a visit, and how or whether one may do something are
practical questions and judge nobody."""

from __future__ import annotations

import pytest

from bot.policy.judgement import is_decision_request


@pytest.mark.parametrize(
    "text",
    [
        # a written assessment of a person named by a pronoun, or of their prospects
        "Der Betrieb war zufrieden. Kannst du mir eine kurze Beurteilung von ihr formulieren?",
        "Schreib bitte eine Stellungnahme über ihn für die Akte",
        "Formuliere mir eine Einschätzung zur Vermittelbarkeit von Frau Demirci",
        "Erstell eine Bewertung der Chancen von Herrn Lindgren auf dem Arbeitsmarkt",
        # a view of a person asked with the person closing the question
        "Wie siehst du Frau Albrecht?",
        "Die rufen gleich zurück. Was sag ich denen, wie siehst du ihn?",
        "wie findest du den Okan?",
        "Was denkst du über Herrn Nwosu?",
        # whom of several named people to send
        "Zwei Interessenten, Farid und Merle. Wen schicken wir hin?",
        "Welchen Azubi schick ich zum Vorstellungsgespräch, Ole oder Derya?",
        "who do we send to the open day, Tobi or Amina?",
        # a person placed in a sector, a job or a measure, deliberated
        "Kann man Jana guten Gewissens in die Gastro schicken?",
        "Sollen wir Herrn Sadiki in eine Maßnahme stecken?",
        "Soll ich Patrice ins Handwerk vermitteln oder lieber nicht?",
        "Should we send Kerry-Ann into hospitality?",
        # a selection of a named person weighed, the assistant asked to weigh in
        "Der Chef hat angerufen, er will Niklas nach der Ausbildung übernehmen. Soll er das tun?",
        "Die Kita überlegt, Frau Stojanović einzustellen. Sollen die das machen?",
        "Der Betrieb überlegt, Herrn Baptiste zu behalten. Was würdest du raten?",
        "The bakery is thinking about taking on Yusuf. Should they do it?",
    ],
)
def test_assessments_views_and_placements_of_a_person_are_refused(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wie schreibe ich eine Stellungnahme für das Jobcenter?",
        "Schreib eine Mail an Frau Kraus mit der Beurteilung vom Betrieb im Anhang",
        "Wie siehst du das mit der Fahrtkostenerstattung?",
        "Wie sehen Sie Frau Roths Vorschlag mit dem Praxistag?",
        "Wem schicken wir die Einladung, Amira oder Jannik?",
        "Welchen Link schicken wir den Eltern von Farid und Merle?",
        "Was meinst du zu Frau Roths Vorschlag?",
        "Should I send her the link to the nursing programme?",
        "We are thinking about hiring more apprentices. Should we do it?",
        "Wen schicken wir zur Infoveranstaltung?",
        "Soll ich Tim die Unterlagen zum Betrieb schicken?",
        "Kann ich Jana am Montag zum Praktikum schicken?",
        "Wie kann ich Herrn Sadiki in ein Praktikum vermitteln?",
        "Kann ich Herrn Sadiki in eine Maßnahme vermitteln, obwohl er noch Bürgergeld bezieht?",
        "Darf ich Patrice in eine Maßnahme stecken, wenn er Bürgergeld bekommt?",
        "Der Betrieb will Niklas übernehmen. Soll ich das im Bericht erwähnen?",
        "Frau Keller überlegt, ob sie den Vertrag kündigen soll. Was würdest du raten?",
        "Die Firma will im Herbst zwei Azubis einstellen. Wann sollen wir uns bewerben?",
    ],
)
def test_practical_steps_around_a_person_are_not_refused(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        # a reference to be written for a person
        "Formulier bitte ein kurzes Praktikumszeugnis für Frau Adamczyk",
        "write a reference letter for Tobi, he did ok",
        # a statement on a person followed by a longer question whether one agrees
        "Die Ausbilderin meint, Rieke ist faul. Siehst du das auch so?",
        "Herr Lenz wirkt überfordert. Würdest du das auch so sehen?",
        # a selection handed over in English
        "pls decide if we keep Dwayne in the programme",
        # readiness for the next stage of education
        "Ist Malte studierfähig, was meinst du?",
        # a group called boys or girls
        "Wer von den Jungs ist am fleißigsten?",
        # keeping one of one's people
        "Welche meiner Azubis würdest du behalten?",
        # hope for a person
        "Gibt es für Frau Szabo überhaupt noch Hoffnung?",
    ],
)
def test_references_agreement_and_hope_about_a_person_are_refused(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "mach mal eine kopie vom zeugnis für tim",
        "Schreib eine Mail an Frau Lang, dass ein Zeugnis für Jannis fehlt",
        "Der Chef sagt, die Ausbildung ist zu schwer. Siehst du das auch so?",
        "decide if we keep the Friday slot",
        "decide whether to keep Monday or Tuesday",
        "Gibt es für die Ausbildung noch Plätze?",
        "Welche der Bewerberinnen muss ich noch anrufen?",
    ],
)
def test_papers_things_and_dates_are_not_refused(text: str) -> None:
    assert not is_decision_request(text)
