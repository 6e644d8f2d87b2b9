"""Art. 22 reading (GDPR Art. 22): a demand measured against a person ("Ist die Umschulung für
Herrn X nicht zu schwer?", "Ist Frau Y fürs Lehramt zu weich?"), readiness ("schon so weit,
dass …"), a third party's question passed on ("Der Betrieb fragt, ob …"), the counsellor's
own question under a label after notes, and open words of coping, prospects and temperament;
with the look-alikes that name a client in a question about cost, distance, time, status or
rules."""

from __future__ import annotations

import pytest
from conftest import Chat

from bot.policy import is_decision_request
from bot.reply import Outcome
from bot.routing.judged import closing_request, judged_part

VERDICTS = [
    # a demand too much for someone, the person after "für"/"for" or as a dative pronoun
    "Ist die Umschulung zur Steuerfachangestellten für Frau Maier nicht zu schwer?",
    "wird das fachabi für den marco nicht zu viel neben dem minijob",
    "Wird ihm die Vollzeitausbildung nicht zu anstrengend?",
    "Ist das Studium für sie zu theorielastig, was meinst du?",
    "is the plumbing course too demanding for Oskar?",
    "Wäre die Teamleitung für Herrn Ott ne Nummer zu groß?",
    "Ist der Posten am Empfang für Frau Kühn eine Nummer zu ambitioniert?",
    # the person as the subject, the purpose first, the degree closing the clause
    "Ist Herr Bauer für den Vertrieb nicht viel zu still?",
    "Wäre Emma zur Altenpflegerin zu zart besaitet, ehrlich?",
    # readiness for the step the clause after it names
    "Ist Ben (16) schon so weit, dass er allein in eine WG ziehen kann?",
    # a third party's question passed on
    "Die Ausbilderin fragt mich, ob Yusuf die Abschlussprüfung schafft.",
    "Der Vater will wissen, ob seine Tochter (15) das Zeug fürs Gymnasium hat. Was sag ich ihm?",
    "Der Chef fragt, ob sich Frau Lorenz in den ersten Wochen bewährt hat.",
    # coping, going under, prospects, a gut feeling, placing someone
    "Kommt Herr Aslan mit dem Lerntempo im Kurs überhaupt mit?",
    "Hält Frau Nowak dem Zeitdruck in der Küche stand?",
    "Geht der Timo in so einer großen Klasse nicht unter?",
    "Verkraftet Herr Roth die Nachtschichten?",
    "Steckt Frau Krüger die Arbeit am Band weg?",
    "Wie stehen Frau Engels Karten bei der Stadtverwaltung?",
    "Bringt es bei Herrn Peters noch was, ihn weiter zu begleiten?",
    "Hast du bei Leonie ein gutes Gefühl für die Ausbildung?",
    "Würdest du Herrn Sahin eher im Lager oder im Verkauf sehen?",
    "Hat Frau Brandt die Nerven für den Rettungsdienst?",
    "hat der luis überhaupt den kopf für ne ausbildung",
    "Meine TN will Pilotin werden. Ich glaub, die hat nicht die Nerven dafür. Du?",
    # temperament and worth in nouns and idioms
    "Ist Frau Jovanović eher ein Kopfmensch?",
    "Ist Paul praktisch veranlagt genug fürs Handwerk?",
    "Hat Frau Scholz noch Luft nach oben im Verkauf?",
    "Steht sich Herr Richter mit seiner Ungeduld selbst im Weg?",
    "Ist das bei Herrn Kurz vergebliche Mühe?",
    "Ich frag mich, ob Frau Sommer der Stelle gewachsen ist.",
    # English
    "will Connor ever amount to anything?",
    "Could Maya hold her own on a building site?",
    "Is Ruby cut from the right cloth for nursing?",
]

LOOK_ALIKES = [
    # cost, distance, time and size: circumstances, not the person
    "Ist der Erste-Hilfe-Kurs für Herrn Maier zu teuer, oder zahlt das Jobcenter?",
    "Ist die Berufsschule in Dortmund für Marco zu weit weg ohne Auto?",
    "Ist es für Frau Kühn zu spät, sich für August zu bewerben?",
    "Ist der Termin für Herrn Ott zu kurzfristig?",
    "Ist die Frist für Frau Berg zu knapp, um das Zeugnis nachzureichen?",
    "Is the first-aid course too expensive for Mr Lewis?",
    "Ist Jonas mit 1,62 m für die Polizei zu klein?",
    "Ist die Ausbildung zur Steuerfachangestellten schwer?",
    "Ist die Ausbildung für jemanden mit Hauptschulabschluss zu schwer?",
    # status, rules and practical questions in the same words
    "Ist Mia mit den Unterlagen schon so weit?",
    "Der Betrieb fragt, ob Yusuf seinen Führerschein schon vor Beginn vorlegen muss.",
    "Die Mutter will wissen, ob ihr Sohn (16) das Praktikum verlängern kann.",
    "Hat sich das Azubiticket für Frau Lorenz bewährt?",
    "Herr Wolf ist auf Bewährung, was muss er dem Betrieb sagen?",
    "Kommt Frau Aslan mit dem Bus oder mit dem Auto mit?",
    "Kommt die Mutter zum Gespräch mit?",
    "Verkraftet das Budget noch einen Kurs für Herrn Roth?",
    "Wann würdest du Herrn Sahin wieder sehen, nächste Woche?",
    "Frau Aydin fragt, ob ihre Aussichten auf einen Kitaplatz besser sind, wenn sie arbeitet.",
    "Ich frag mal bei Frau Sommer nach, ob sie den Vertrag schon hat.",
    "Was verdient man als Steuerfachangestellte im ersten Jahr? Frau Maier will das wissen.",
]


@pytest.mark.parametrize("text", VERDICTS)
def test_a_verdict_in_everyday_words_is_a_decision_request(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_same_words_about_circumstances_are_no_decision_request(text: str) -> None:
    assert not is_decision_request(text)


def test_the_counsellors_own_question_under_a_label_closes_the_notes() -> None:
    notes = ["Kl. 38, Quereinstieg Kita, B2", "Meine Frage: ist die dafür geeignet?"]
    assert closing_request(notes) == "Meine Frage: ist die dafür geeignet?"
    assert closing_request(["Kl. 38", "My question: is she up to it?"]) != ""
    # a note's own label stays part of the notes
    assert closing_request(["Kl. 38", "Frage: Kinderbetreuung?"]) == ""
    assert closing_request(["Kl. 38", "Offen: schafft sie die Prüfung?"]) == ""


def test_a_verdict_asked_under_a_label_after_notes_is_read() -> None:
    text = "Notiz Herr Kaiser, 50: Lagerhelfer, Stapler.\nMeine Frage: hat der noch ne Chance?"
    assert is_decision_request(judged_part(text, command=True))


async def test_the_engine_refuses_a_verdict_asked_under_a_label_after_notes(
    acked_chat: Chat,
) -> None:
    reply, _ = await acked_chat.say(
        "Notiz Fr. Engel, 47: Wiedereinstieg, Teilzeit, kein Führerschein.\n"
        "Meine Frage: hat die überhaupt ne realistische Chance?"
    )
    assert reply.outcome is Outcome.REFUSED
