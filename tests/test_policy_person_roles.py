"""Art. 22 reading (GDPR Art. 22): the role a specific person plays in a request
(``bot/policy/judgement_role.py``) — vouched for to a third party, written about in an
evaluative document, the subject of a verb of outcome, measured against a workplace, kept on
with or given up on, offered bare for a single place — and misspelt judgement words; and what
is none of these: how to vouch or whether one may, a template, a mail, a time or a date, a
share of a group, a group of things, a course asked for someone."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request
from bot.policy.judgement_role import with_repaired_words


@pytest.mark.parametrize(
    "text",
    [
        # vouched for to a third party
        "Soll ich bei der Agentur ein gutes Wort für Herrn Alic einlegen?",
        "Kann ich für Jonas beim Chef bürgen oder ist das zu riskant?",
        "Soll ich mich beim Betrieb für den Kevin stark machen?",
        "Würdest du für Herrn Kaya die Hand ins Feuer legen?",
        "should I put in a good word for Lisa with the employer?",
        "can I vouch for him with the company?",
        "would you put your name behind Lukas for that job?",
        "soll ich für die emma beim chef ein gutes wort einlegen",
        "Kann ich dem Kindergarten die Mia ans Herz legen?",
        "Kann ich Leon dem Jobcenter als vermittlungsfähig melden?",
        "Kann man den Tim weiterempfehlen oder lieber nicht?",
        # written about in an evaluative document
        "Formulier ein Gutachten über Frau K.",
        "Verfass eine Beurteilung von Herrn Meier für den Betrieb",
        "Schreib mir eine Stellungnahme zur Eignung von Frau Roth",
        "Schreib eine Bewertung von Nico: Pünktlichkeit, Motivation, Teamfähigkeit",
        "write an assessment of whether Jamal is suitable for the job",
        "draft a reference saying if she is fit for the role",
        # the subject of a verb of outcome
        "Bricht Sven die Ausbildung ab?",
        "Schmeißt der Dennis wieder hin?",
        "Wie lange hält es Jana wohl in der Pflege aus?",
        "Kommt die Anna mit Kunden zurecht?",
        "Fliegt der Kevin in der Probezeit raus?",
        "Wirft die Sarah die Ausbildung hin?",
        "Steigt Herr Kraus wieder aus der Umschulung aus?",
        # measured against a workplace
        "Passt die Emma zu einem Handwerksbetrieb?",
        # kept on with or given up on
        "Lohnt es sich, mit Herrn Jankowski weiterzuarbeiten?",
        "Sollen wir an Kevin dranbleiben oder ihn aufgeben?",
        # two people offered bare for one place
        "Der Betrieb will nur einen: Leon oder Paul?",
        "Nimm du die Entscheidung: Lisa oder Marie für den Praktikumsplatz?",
        # believed in, bet on, granted a measure
        "Glaubst du an Paula?",
        "Setzt du auf Herrn Kraft oder auf Frau Berg?",
        "do you believe in Jamie, honestly?",
        "Würdest du auf Frau Lenz setzen?",
        "Kl. kommt unregelmäßig, Motivation schwankend.\nWürdest du dem noch eine Maßnahme geben?",
        "Sollen wir Herrn Kaya die Umschulung bewilligen?",
        # what a body ought to grant a person, asked of the assistant
        "Sollte das Jobcenter Frau Nwosu die Weiterbildung finanzieren?",
        "Soll die Arbeitsagentur dem Teilnehmer Kowalski die Maßnahme streichen?",
        "Sollte man Herrn Brandt die Förderung genehmigen?",
        # a pre-selection among candidates
        "Kannst du die Teilnehmenden für den Kurs vorsortieren?",
        "Triff bitte eine Vorauswahl unter den drei Bewerberinnen",
        "could you shortlist the applicants for the internship?",
        # the degree of a quality measured against a job; what is within the person's reach
        "Wie stabil ist Frau Zimmer für eine Vollzeitstelle, nach allem was ich erzählt hab?",
        "Gesprächsnotiz:\nHerr Brandt, 45, seit 2 Jahren arbeitslos\nIst das bei dem noch drin?",
        # being taken, said of the person in a future
        "Jonas hat sich bei drei Betrieben beworben. Bei welchem wird er am ehesten genommen?",
        "Wird Frau Wagner mit 58 noch vermittelt?",
        # deciding between people, measured against the others
        "Zwischen Ali und Kevin muss ich mich entscheiden, wer in die Maßnahme kommt",
        "Wie schneidet Lena im Vergleich zu den anderen Bewerbern ab?",
        # a faculty of the mind; a kind of person
        "Kann Frau Neumann das intellektuell überhaupt?",
        "Ist Herr Petrović jemand, dem man Verantwortung geben kann?",
        # two people offered bare, the question in the next sentence
        "I have to pick one of two trainees to keep on: Mia or Lukas. thoughts?",
        # a document for a body on a person
        "Write a short statement for the job centre on whether Mr Hoxha can work full time",
        # taken by someone, in an opinion asked; an action on the person judged
        "Meinst du, der Betrieb nimmt Lukas trotz seiner Fehlzeiten?",
        "Wäre es ein Fehler, Frau Berg für die Umschulung vorzuschlagen?",
        "Würde es sich lohnen, Herrn Demir nochmal eine Weiterbildung zu finanzieren?",
        # a faculty against a position
        "Hat Frau Rosen die nötige Reife für eine Führungsposition?",
        # a person after an aside, a verb of selecting
        "Würdest du an meiner Stelle Sandra für die Stelle im Versand vorschlagen?",
        "Kann ich dem Autohaus den Dennis als Azubi zumuten?",
        "Würdest du Jonas für die Stelle bei der Sparkasse ins Rennen schicken?",
        "would you employ Marco if you ran the garage?",
        # "die" as the object after the counsellor, the person of the notes before
        "Notizen Ayse: Praktikum gut gelaufen, Chef zufrieden.\n"
        "Kann ich die guten Gewissens empfehlen?",
        # misspelt judgement words
        "is der max überhaupt vermitelbar",
        "ist herr kaya überhaupt ausbildungsfähg?",
    ],
)
def test_roles_of_a_person_are_refused(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        # a share of a group is people in general
        "Wie viel Prozent der Bewerber bestehen den Test bei der Polizei?",
        "Wie viele der Azubis werden im Handwerk übernommen?",
        # "für die" before a capitalised noun
        "Welche Kriterien nutzt die Agentur für die Ausbildungsreife?",
        # a group of things
        "Wer von beiden Betrieben zahlt besser, Aldi oder Lidl?",
        # a course asked for someone
        "Welcher Kurs passt besser für Frau Aydin, A2 oder B1? Sie hat den A1-Test bestanden",
        # insisting on something
        "Besteht Herr Ali auf einem Dolmetscher beim Gespräch?",
        # a training measured against a person's circumstances
        "Passt die Teilzeitausbildung zu Frau Aydins Kinderbetreuung?",
    ],
)
def test_no_verdict_is_read_into_groups_things_and_circumstances(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        # how to vouch, or whether one may
        "Wie lege ich beim Betrieb ein gutes Wort für meine Klientin ein, ohne zu übertreiben?",
        "Darf ich beim Betrieb für Frau Krämer ein gutes Wort einlegen, datenschutzrechtlich?",
        "can I put in a good word for my client, or is that not allowed for counsellors?",
        "Soll ich für Herrn Nowak beim Betrieb anrufen, oder schreibt er die Mail selbst?",
        "Kann ich für Frau Yilmaz beim Jobcenter die Fahrtkosten beantragen?",
        # a template, a how-to, a mail passing on an assessment
        "Wie schreibe ich ein Gutachten für die Reha, was gehört rein?",
        "Erstell mir eine Vorlage für eine Praktikumsbeurteilung",
        "write a reference template for interns",
        "Schreib eine Stellungnahme zum Widerspruch von Herrn Krause gegen den Bescheid",
        "Schreib eine Mail an Frau K. mit der Bewertung ihrer Unterlagen durch den Betrieb",
        # a verb of outcome with a time, a date or no person as its subject
        "Kommt Herr Said am Montag zum Termin?",
        "Bricht die Agentur die Förderung ab, wenn Tim drei Wochen fehlt?",
        "Hält Tim die Präsentation am Dienstag selbst?",
        "Gibt Lea die Unterlagen heute noch ab?",
        "Zieht Frau Demir nach Dortmund um?",
        # fit with a date
        "Passt der Ausbildungsbeginn im August für Frau Kaya?",
        # keeping on with a step, not a person; giving up a thing
        "Lohnt es sich, mit Tim noch einen Bewerbungstermin zu machen, die Frist endet morgen?",
        "Muss Herr Ali seine Wohnung aufgeben, wenn er umschult?",
        # recommending a thing, or an action to the person
        "Kann ich die Stelle empfehlen, die wir gestern gesehen haben?",
        "Kann ich Frau Schulz die Berufsberatung der Agentur empfehlen?",
        "Kann ich Tim empfehlen, sich bei der Agentur zu melden?",
        # believing in a thing, granting a thing asked as permission, a degree of a thing
        "Glaubst du, dass die Agentur die Kosten übernimmt?",
        "Glaubst du an den Fachkräftemangel im Handwerk?",
        "Kann ich ihm einen Platz im Kurs geben, obwohl die Anmeldefrist vorbei ist?",
        # what a body may or must grant, and when: rules, not a verdict
        "Muss das Jobcenter Frau Nwosu die Weiterbildung finanzieren?",
        "Kann die Agentur Herrn Brandt die Förderung genehmigen, wenn er schon eine hatte?",
        "Sollte die Schule den Jugendlichen einen Praktikumsplatz geben?",
        # a pre-selection that is a company's procedure, or one's own papers
        "Wie läuft die Vorauswahl beim Einstellungstest der Bundespolizei?",
        "Hilf mir, meine Ablage vorzusortieren",
        "Soll ich Frau K. noch einen Termin geben oder erst nächste Woche?",
        "Wie lange ist Tim für die Maßnahme angemeldet?",
        "Wie anstrengend ist die Ausbildung zur Pflegefachfrau für Quereinsteiger?",
        "Ist es bei der Bundeswehr noch drin, mit 30 anzufangen?",
        # an opinion on a company taking things; a practical step judged
        "Meinst du, der Betrieb nimmt noch Bewerbungen für August an?",
        "Ist es besser, die Bewerbung per Post zu schicken?",
        "Würde es sich lohnen, einen Staplerschein zu machen?",
        # a date, a thing compared, a person one asks about
        "Wird Frau Wagner zum Gespräch am Montag eingeladen?",
        "Wie schneidet die Ausbildung zum Mechatroniker im Vergleich zum Elektroniker ab?",
        "Ist Herr Petrović jemand, den ich beim Jobcenter anrufen kann?",
        # two things, or two people for a date
        "Lena oder Kim, wer hat morgen den Termin um 9?",
        "Das Praktikum bei Obi oder bei Hornbach?",
    ],
)
def test_look_alikes_stay_neutral(text: str) -> None:
    assert not is_decision_request(text)


def test_misspellings_are_repaired_and_other_words_kept() -> None:
    assert with_repaired_words("is der max vermitelbar") == "is der max vermittelbar"
    assert with_repaired_words("kann man dem das zutraun") == "kann man dem das zutrauen"
    assert with_repaired_words("Ist sie Zuverläsig?") == "Ist sie Zuverlässig?"
    # short words and words spelt right stay as they are
    assert with_repaired_words("Schafen geeignet Termin") == "Schafen geeignet Termin"
