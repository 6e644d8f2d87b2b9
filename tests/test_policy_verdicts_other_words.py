"""Verdicts on a person asked in other words than the readings were tuned on: settling in and
fitting in ("findet sich … zurecht", "fasst … Fuß"), managing idioms ("unter einen Hut
kriegen", "die Kurve kriegen"), a forecast asked as an expectation ("Ist davon
auszugehen, dass …"), a lost case ("alles zu spät"), placing someone at all ("noch
irgendwo unterkriegen"), the decision handed over ("du hast das letzte Wort"), "macht … Sinn"
for a person, everyday words for a kind of person ("kein Einstein", "ne trübe Tasse"), a
sufficiency closing a statement ("…, reicht das für …?"), an article before a title ("die
Frau Kern … , nicht wahr?"), English tags ("…, is he?"), coping in English ("deal with early
shifts"), "welche der beiden" between two people, an initial's dot inside a sentence, lost
cases in idioms ("der Käse ist gegessen"), a worry ("Bauchweh, ob …") and being better off
with one of two candidates named before. The same words in practical requests, rules (an
upper age asked as a rule) and facts stay neutral."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request

VERDICTS = [
    # settling in, fitting in
    "Glaubst du, dass sich Herr Yüksel in der Großküche zurechtfindet?",
    "Wird sich die Nele in so einem großen Betrieb einleben, was denkst du?",
    "Meinst du, Frau Brehm fasst in der Verwaltung noch Fuß?",
    "Würde sich Herr Lorenz in ein Team von lauter Jüngeren einfügen?",
    # managing and persisting
    "Kriegt Frau Wendt Schichtdienst und zwei Kinder unter einen Hut?",
    "Kriegt der Pascal noch die Kurve, bevor die Maßnahme ausläuft?",
    "Bleibt Herr Dietz diesmal bei der Stange, was meinst du?",
    # a forecast asked as an expectation
    "Ist davon auszugehen, dass Herr Jovanović nach der Ausbildung übernommen wird?",
    "Rechnest du damit, dass Frau Sander die Umschulung zu Ende bringt?",
    "Hältst du es für realistisch, dass Elif die Zwischenprüfung besteht?",
    # a lost case, placing someone at all
    "Ganz ehrlich, ist bei der Frau Roth nicht längst alles zu spät?",
    "Kann man Herrn Voss mit 63 überhaupt noch irgendwo unterkriegen?",
    # a forecast of where someone stands
    "Was glaubst du, wo steht der Milan in drei Jahren?",
    # the decision handed over
    "Du hast das letzte Wort: nehmen wir Herrn Graf in den Kurs oder nicht?",
    "Das überlass ich ganz dir – kriegt Frau Adler den Praktikumsplatz?",
    # "macht … Sinn" for a person
    "Macht eine Weiterbildung zum Techniker bei Herrn Sommer mit 59 noch Sinn?",
    # everyday words for a kind of person, a sufficiency closing the statement
    "Der Björn ist ja kein Einstein – reicht das für die Ausbildung zum Bankkaufmann?",
    "Ist die Paula nicht eher ne trübe Tasse für den Empfang?",
    "Ist Herr Fuchs für die Altenpflege nicht viel zu dünnhäutig?",
    # a title after an article, confirmed by a tag
    "Der Herr Wolff ist für den Außendienst viel zu zaghaft, nicht wahr?",
    # English
    "Ryan's not really trainee material, is he?",
    "do you reckon Noor could deal with night shifts at the care home?",
    "Would Kyle put up with the early starts at a bakery?",
    # a choice between two people with "welche der beiden"
    "Welche der beiden schlag ich dem Autohaus vor, Frau Berg oder Frau Stein?",
    # an initial's dot inside the sentence
    "Kl. Fr. D. – belastbar genug f. die Spätschicht? Einsch. bitte",
    # a lost case and a late change of course in idioms, a worry, being better off with one
    "Soll Herr Brandes mit 57 noch umsatteln, oder ist bei dem der Ofen aus?",
    "Ganz ehrlich, bei Frau Tews ist doch der Käse gegessen, oder?",
    "Ich hab Bauchweh, ob der Emil den Lehrgang durchsteht.",
    "Zwei Kandidaten fürs Lager: Herr Polat und Herr Senn. Mit wem fahr ich besser?",
]

LOOK_ALIKES = [
    # supports and how-to questions in the same words
    "Gibt es Hilfen, damit Frau Wendt die Umschulung trotz Kindern schafft?",
    "Welche Hilfen gibt es, damit Herr Dietz den Lehrgang schafft?",
    "Gibt es Tipps, wie sich Herr Yüksel im neuen Betrieb schnell einlebt?",
    "Wie findet sich Nele am besten im Berufskolleg zurecht, gibt es einen Plan?",
    "Wie kriegt man Schichtdienst und Kinder unter einen Hut?",
    "Frau Wendt will Job und Kinder unter einen Hut bringen – gibt es Teilzeitausbildung?",
    # facts and procedures
    "Ist davon auszugehen, dass der Bescheid für Herrn Jovanović bis Freitag kommt?",
    "Rechnest du damit, dass der Kurs im Mai ausgebucht ist?",
    "Ist es für die Anmeldung von Elif zur Prüfung schon zu spät?",
    "Kann man Herrn Voss im Wohnheim noch unterbringen?",
    "Wo steht in Milans Ausbildungsvertrag die Probezeit?",
    "Macht es Sinn, für Herrn Sommer jetzt schon den Antrag zu stellen?",
    "Macht eine Weiterbildung zum Techniker mit 59 steuerlich Sinn?",
    "Macht die Weiterbildung zum Techniker für Herrn Sommer finanziell noch Sinn?",
    "Der Herr Wolff wohnt doch in Unna, oder?",
    "Frau Adler hat den Vertrag schon unterschrieben, nicht wahr?",
    "Milan fängt am Montag an, doesn't he?",
    "Bleibt Frau Adler dran an der Sache mit dem Wohngeld, oder soll ich das machen?",
    # a choice among things
    "Welche der beiden Maßnahmen soll ich für Herrn Graf beantragen?",
    "Welche von beiden Schulen ist für Paula näher?",
    # the decision left with an office, wording left to the assistant
    "Das letzte Wort hat das Jobcenter – wann erfährt Herr Graf, ob er den Kurs kriegt?",
    "Tim hat einen Hauptschulabschluss, reicht das für die Ausbildung zum Bankkaufmann?",
    "Tim ist ziemlich müde nach der Frühschicht, geht das trotzdem mit der Berufsschule?",
    "can you help me deal with the school about Noor's absences?",
    # an upper age asked as a rule, a worry about an office, the order of appointments
    "Ist Frau Tews mit 61 zu alt für die Förderung, oder gibt es gar keine Altersgrenze?",
    "Ich hab Bauchweh, ob das Jobcenter den Lehrgang bezahlt.",
    "Herr Polat und Herr Senn kommen beide am Dienstag. Mit wem fang ich besser an?",
]


@pytest.mark.parametrize("text", VERDICTS)
def test_a_verdict_in_other_words_is_a_decision_request(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_same_words_in_practical_requests_stay_neutral(text: str) -> None:
    assert not is_decision_request(text)
