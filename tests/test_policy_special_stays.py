"""Art. 9: a stay after a placement is no workplace, documents of a stay or a treatment are
someone's data, a note's shorthand for a workplace names no stay, and the words for illness,
treatment and status that were missing."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories


@pytest.mark.parametrize(
    "text",
    [
        # a work word as a time: the stay came after it
        "TN war nach dem Praktikum 8 Wochen in der Reha, jetzt soll der Wiedereinstieg kommen",
        "Nach der Ausbildung war er 4 Wochen in der Klinik, jetzt sucht er eine Stelle",
        "Seit dem Praktikum ist Herr K. in der Reha",
        "Vor der Umschulung war Frau M. lange in der Tagesklinik",
        # documents of a stay or a treatment
        "bitte den Reha-Bescheid mitbringen",
        "mail an Frau Berg: bitte den Entlassungsbericht der Klinik zum Termin mitbringen",
        "mail an Tom: bitte den Bericht aus dem Krankenhaus mitbringen",
        "bitte den Bescheid über die Reha von der Rentenversicherung mitbringen",
        # words that were missing
        "Jonas hat AD(H)S",
        "Kl. ist in psychotherapeutischer Behandlung",
        "Herr P. ist alkoholkrank",
        "Sie hatte einen Nervenzusammenbruch",
        "Herr Lindner ist gleichgestellt (Bescheid liegt vor)",
        "Herr Okafor hat eine Gleichstellung beantragt",
        "Er hat eine Angstörung",
        "Klientin hat eine Fehlgeburt gehabt",
        "TN hat Hörprobleme",
        "Sie leidet unter Schlafstörungen",
        "the client had a breakdown last year",
        "she suffered a nervous breakdown",
        # a stay named in a compound, documents of a doctor or a therapist
        "Einladung an Fr. Petrova, Termin nach ihrem Krankenhausaufenthalt, 14.4. 10 Uhr",
        "Erinnerung an Tim: bitte die Bescheinigung vom Psychologen mitbringen",
        "Er hat ein Hüftleiden und darf nicht knien",
        "Kl. ist stark übergewichtig, Knieprobleme",
        "Herr M. hat eine Hörschädigung",
        "Sie hat eine Sozialphobie und traut sich nicht zu telefonieren",
    ],
)
def test_data_about_a_client(text: str) -> None:
    assert find_special_categories(text) == {"health"}


@pytest.mark.parametrize(
    "text",
    [
        # work or training there, also in the genitive and in a note's shorthand
        "Während des Praktikums im Krankenhaus hat sie viel gelernt",
        "Nach dem Praktikum im Krankenhaus will sie Pflegefachfrau werden",
        "Teilnehmer Pflegehelfer Klinik Schichtdienst",
        "Azubi Pflege Klinik Gehalt",
        "Schülerin Praktikum Reha-Klinik Küche",
        # writing an application there
        "Bewerbung an die Uniklinik für die Kl. schreiben",
        "Bewerbungsmail für die Kl. an die LWL-Klinik wegen einem Praktikum in der Psychiatrie",
        # an occupation, a question in general, equal to others
        "psychiatric care jobs without a degree",
        "Was steht in einem Reha-Bescheid?",
        "Sie ist mit den anderen Azubis gleichgestellt",
        "Die Gleichstellung von Frauen und Männern im Betrieb",
        "the server had a breakdown",
        # shorthand with a work word right after the cue
        "Teilnehmer Reha Umschulung Förderung wer zahlt",
        "Azubi Krankenhaus Nachtdienst ab 18?",
        "Die Bescheinigung vom Arbeitgeber fehlt noch",
    ],
)
def test_no_data_about_a_client(text: str) -> None:
    assert find_special_categories(text) == frozenset()
