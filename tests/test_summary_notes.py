"""Real-looking session notes, pasted as counsellors write them, sorted offline.

Each note is written the way notes arrive: paragraphs, bullets, shorthand, labels in many
spellings, typos, English. Every item is checked for its section, so a dropped, merged or
misfiled line fails the test.
"""

from __future__ import annotations

import pytest

from skills.summary import OfflineSummariser, Section, Summary

S = Section


def where(summary: Summary) -> dict[str, Section]:
    return {item.text: section for section, items in summary.sections() for item in items}


def sort(notes: str) -> dict[str, Section]:
    return where(OfflineSummariser().sort(notes))


CASES: dict[str, tuple[str, dict[str, Section]]] = {
    "paragraphs with abbreviations": (
        "Erstgespräch mit Fr. Yilmaz (Mutter) und Tochter Elif, geb. 14.2.2009.\n"
        "\n"
        "Elif besucht z. Zt. die 10. Kl. der Gesamtschule Hamm-Nord, FOR wird voraussichtl. "
        "erreicht. Sie hat bzgl. Ausbildung noch keine klare Vorstellung.\n"
        "\n"
        "Interessiert sich sehr für Mode und Gestaltung, zeichnet in der Freizeit viel.\n"
        "\n"
        "Wir haben über Mediengestaltung und Raumausstattung gesprochen, u. a. über "
        "schulische Ausbildungen am BK.\n"
        "\n"
        "Vereinbart: Elif schaut sich bis 3.4. die Berufe auf planet-beruf an. Nächster "
        "Termin am 10.4. um 14 Uhr.",
        {
            "Erstgespräch mit Fr. Yilmaz (Mutter) und Tochter Elif, geb. 14.2.2009.": S.SITUATION,
            "Elif besucht z. Zt. die 10. Kl. der Gesamtschule Hamm-Nord, FOR wird voraussichtl. "
            "erreicht.": S.SITUATION,
            "Sie hat bzgl. Ausbildung noch keine klare Vorstellung.": S.SITUATION,
            "Interessiert sich sehr für Mode und Gestaltung, zeichnet in der Freizeit viel.": (
                S.STRENGTHS
            ),
            "Wir haben über Mediengestaltung und Raumausstattung gesprochen, u. a. über "
            "schulische Ausbildungen am BK.": S.DISCUSSED,
            "Elif schaut sich bis 3.4. die Berufe auf planet-beruf an.": S.AGREEMENTS,
            "Nächster Termin am 10.4. um 14 Uhr.": S.NEXT_STEPS,
        },
    ),
    "heading lines with bullets and blank lines": (
        "Anliegen:\n"
        "- Kl. sucht Ausbildungsplatz ab 08/2027\n"
        "- ggf. auch EQ\n"
        "\n"
        "Situation:\n"
        "- 19 J., HSA 2024, seitdem Minijob bei Rewe\n"
        "\n"
        "Interessen:\n"
        "- Autos, Schrauben am Moped\n"
        "\n"
        "To-do:\n"
        "- Lebenslauf überarbeiten\n"
        "- Bewerbung bei Autohaus Schmitz, Hauptstr. 12\n"
        "\n"
        "offen:\n"
        "- BAB-Antrag sinnvoll?",
        {
            "Kl. sucht Ausbildungsplatz ab 08/2027": S.CONCERN,
            "ggf. auch EQ": S.CONCERN,
            "19 J., HSA 2024, seitdem Minijob bei Rewe": S.SITUATION,
            "Autos, Schrauben am Moped": S.STRENGTHS,
            "Lebenslauf überarbeiten": S.NEXT_STEPS,
            "Bewerbung bei Autohaus Schmitz, Hauptstr. 12": S.NEXT_STEPS,
            "BAB-Antrag sinnvoll?": S.OPEN,
        },
    ),
    "inline labels, one per line": (
        "Anliegen: TN möchte sich beruflich neu orientieren, bisher Einzelhandel.\n"
        "Ausgangslage: 34 J., Ausbildung Verkäuferin abgeschl., derzeit arbeitssuchend.\n"
        "Stärken: kommunikativ, zuverlässig, gute Deutsch- u. Englischkenntnisse.\n"
        "Besprochen: Umschulung zur Kauffrau im Gesundheitswesen, Bildungsgutschein.\n"
        "Vereinbarungen: TN klärt mit dem JC die Förderung; ich schicke Infos zu Trägern.\n"
        "Nächste Schritte: Beratungstermin beim JC vereinbaren.\n"
        "Offene Fragen: Kinderbetreuung während der Umschulung?",
        {
            "TN möchte sich beruflich neu orientieren, bisher Einzelhandel.": S.CONCERN,
            "34 J., Ausbildung Verkäuferin abgeschl., derzeit arbeitssuchend.": S.SITUATION,
            "kommunikativ, zuverlässig, gute Deutsch- u. Englischkenntnisse.": S.STRENGTHS,
            "Umschulung zur Kauffrau im Gesundheitswesen, Bildungsgutschein.": S.DISCUSSED,
            "TN klärt mit dem JC die Förderung; ich schicke Infos zu Trägern.": S.AGREEMENTS,
            "Beratungstermin beim JC vereinbaren.": S.NEXT_STEPS,
            "Kinderbetreuung während der Umschulung?": S.OPEN,
        },
    ),
    "label spellings": (
        "**Anliegen/Ziel:** Praktikumsplatz finden\n"
        "Ist-Situation: Kl. (15) besucht 9. Klasse Hauptschule\n"
        "Wir haben vereinbart: Kl. fragt bis Montag bei 2 Bäckereien nach\n"
        "TODOs: Lebenslauf mitbringen\n"
        "Klärungsbedarf: Schülerfahrkarte\n"
        "Hausaufgabe - Stellenbörse durchsehen",
        {
            "Praktikumsplatz finden": S.CONCERN,
            "Kl. (15) besucht 9. Klasse Hauptschule": S.SITUATION,
            "Wir haben vereinbart: Kl. fragt bis Montag bei 2 Bäckereien nach": S.AGREEMENTS,
            "Lebenslauf mitbringen": S.NEXT_STEPS,
            "Schülerfahrkarte": S.OPEN,
            "Stellenbörse durchsehen": S.NEXT_STEPS,
        },
    ),
    "typed in lower case with typos": (
        "anligen: ausbildung im bereich pflege\n"
        "kl. ist 16, geht noch zur realschule kl 10\n"
        "hobbys: reiten, tiere\n"
        "vereinbahrt: kl. macht praktikum im altenheim in den osterferien\n"
        "naechster termin nach den ferien",
        {
            "ausbildung im bereich pflege": S.CONCERN,
            "kl. ist 16, geht noch zur realschule kl 10": S.SITUATION,
            "reiten, tiere": S.STRENGTHS,
            "kl. macht praktikum im altenheim in den osterferien": S.AGREEMENTS,
            "naechster termin nach den ferien": S.NEXT_STEPS,
        },
    ),
    "shorthand about a participant": (
        "TN (m, 22) kam wg. Abbruch der Ausbildung zum Elektroniker im 2. Lj.\n"
        "Gründe lt. TN: Stress mit Ausbilder, Berufsschule zu schwer.\n"
        "TN kann gut mit Menschen, arbeitet gern im Team.\n"
        "Info zu Ausbildung Erzieher bzw. Kinderpfleger gegeben.\n"
        "TN meldet sich bis Ende d. M. bei der Fachschule f. Sozialpädagogik.\n"
        "WV in 4 Wochen.",
        {
            "TN (m, 22) kam wg. Abbruch der Ausbildung zum Elektroniker im 2. Lj.": S.SITUATION,
            "Gründe lt. TN: Stress mit Ausbilder, Berufsschule zu schwer.": S.SITUATION,
            "TN kann gut mit Menschen, arbeitet gern im Team.": S.STRENGTHS,
            "Info zu Ausbildung Erzieher bzw. Kinderpfleger gegeben.": S.DISCUSSED,
            "TN meldet sich bis Ende d. M. bei der Fachschule f. Sozialpädagogik.": S.NEXT_STEPS,
            "WV in 4 Wochen.": S.NEXT_STEPS,
        },
    ),
    "a phone call with names, titles and an address": (
        "Telefonat mit Hr. Dr. Becker (Ausbildungsleiter, Tel. 02381 4711) bzgl. Praktikum.\n"
        "Kl. wohnt in der Bahnhofstr. 5, d. h. ca. 10 Min. zum Betrieb.\n"
        "Vereinbart: Kl. ruft Hr. Becker bis Fr. an.",
        {
            "Telefonat mit Hr. Dr. Becker (Ausbildungsleiter, Tel. 02381 4711) bzgl. Praktikum.": (
                S.DISCUSSED
            ),
            "Kl. wohnt in der Bahnhofstr. 5, d. h. ca. 10 Min. zum Betrieb.": S.SITUATION,
            "Kl. ruft Hr. Becker bis Fr. an.": S.AGREEMENTS,
        },
    ),
    "one running paragraph": (
        "Kl. kam heute allein. Sie hat im Juni ihr Abi gemacht (Schnitt 2,4). Wir haben die "
        "Bewerbungsfristen der großen Firmen besprochen. Kl. schickt mir bis zum 20.9. ihre "
        "Bewerbungsliste. Offen ist, ob sie ein FSJ vorschaltet.",
        {
            "Kl. kam heute allein.": S.OTHER,
            "Sie hat im Juni ihr Abi gemacht (Schnitt 2,4).": S.SITUATION,
            "Wir haben die Bewerbungsfristen der großen Firmen besprochen.": S.DISCUSSED,
            "Kl. schickt mir bis zum 20.9. ihre Bewerbungsliste.": S.AGREEMENTS,
            "Offen ist, ob sie ein FSJ vorschaltet.": S.OPEN,
        },
    ),
    "headings without colon, separated by blank lines": (
        "Vereinbarungen\n\n- Kl. bewirbt sich bei 3 Betrieben\n- Mutter begleitet zum "
        "nächsten Termin\n\nOffene Punkte\n\n- Anerkennung des ausländ. Zeugnisses",
        {
            "Kl. bewirbt sich bei 3 Betrieben": S.AGREEMENTS,
            "Mutter begleitet zum nächsten Termin": S.AGREEMENTS,
            "Anerkennung des ausländ. Zeugnisses": S.OPEN,
        },
    ),
    "tasks for client and counsellor": (
        "Kl. möchte Ausbildung zur MFA.\n"
        "Bewerbung bei 4 Praxen geschrieben, 2 Absagen.\n"
        "Aufgaben BB: Kontakt zur Ärztekammer herstellen\n"
        "Aufgaben Kl.: Anschreiben anpassen, Foto machen lassen\n"
        "Rückmeldung der Praxis Dr. Schulz steht noch aus.",
        {
            "Kl. möchte Ausbildung zur MFA.": S.CONCERN,
            "Bewerbung bei 4 Praxen geschrieben, 2 Absagen.": S.SITUATION,
            "Aufgaben BB: Kontakt zur Ärztekammer herstellen": S.NEXT_STEPS,  # who stays
            "Aufgaben Kl.: Anschreiben anpassen, Foto machen lassen": S.NEXT_STEPS,
            "Rückmeldung der Praxis Dr. Schulz steht noch aus.": S.OPEN,
        },
    ),
    "English notes": (
        "Client: Jonas, 17, year 11 at Gymnasium.\n"
        "Concern: wants to know whether an apprenticeship or university fits him better.\n"
        "Interested in computers and gaming, good at maths.\n"
        "Discussed dual study programmes and IT apprenticeships.\n"
        "Agreed: Jonas will send his CV by Friday.\n"
        "Next steps: register at the job fair on 12 May.\n"
        "Open: does he need the Abitur for the dual programme?",
        {
            "Client: Jonas, 17, year 11 at Gymnasium.": S.SITUATION,
            "wants to know whether an apprenticeship or university fits him better.": S.CONCERN,
            "Interested in computers and gaming, good at maths.": S.STRENGTHS,
            "Discussed dual study programmes and IT apprenticeships.": S.DISCUSSED,
            "Jonas will send his CV by Friday.": S.AGREEMENTS,
            "register at the job fair on 12 May.": S.NEXT_STEPS,
            "does he need the Abitur for the dual programme?": S.OPEN,
        },
    ),
    "English labels over bullets": (
        "Reason for visit: career change after parental leave\n"
        "Background: trained as dental assistant, 8 years in practice\n"
        "Strengths: organised, calm with patients\n"
        "Action items:\n"
        "- client checks part-time retraining options\n"
        "- counsellor sends list of providers\n"
        "Open questions:\n"
        "- childcare in the afternoons",
        {
            "career change after parental leave": S.CONCERN,
            "trained as dental assistant, 8 years in practice": S.SITUATION,
            "organised, calm with patients": S.STRENGTHS,
            "client checks part-time retraining options": S.NEXT_STEPS,
            "counsellor sends list of providers": S.NEXT_STEPS,
            "childcare in the afternoons": S.OPEN,
        },
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_messy_notes_land_in_the_right_sections(name: str) -> None:
    notes, expected = CASES[name]
    assert sort(notes) == expected


def test_a_hard_wrapped_paragraph_is_joined_but_lower_case_lines_are_not() -> None:
    wrapped = (
        "Kl. hat sich im BIZ über die Ausbildung zum Mechatroniker und\n"
        "die Voraussetzungen dafür informiert.\n"
    )
    assert sort(wrapped) == {
        "Kl. hat sich im BIZ über die Ausbildung zum Mechatroniker und die Voraussetzungen "
        "dafür informiert.": S.DISCUSSED
    }
    lower = "interessen: fußball, zocken, kochen mit der oma am wochenende\nwohnt bei den eltern"
    assert sort(lower) == {
        "fußball, zocken, kochen mit der oma am wochenende": S.STRENGTHS,
        "wohnt bei den eltern": S.SITUATION,
    }


def test_a_heading_word_inside_a_sentence_drops_nothing() -> None:
    notes = (
        "Haben den Berufswahltest besprochen, Ergebnisse: sozial, unternehmerisch.\n"
        "Anliegen, das schon länger besteht: Wechsel in die Pflege."
    )
    assert sort(notes) == {
        "Haben den Berufswahltest besprochen, Ergebnisse: sozial, unternehmerisch.": (S.DISCUSSED),
        "Anliegen, das schon länger besteht: Wechsel in die Pflege.": S.CONCERN,
    }


def test_a_bullet_with_a_label_of_its_own_ends_the_lead_of_a_heading_bullet() -> None:
    notes = (
        "- Interessen: Organisieren, Zahlen\n"
        "- Kontakt mit Menschen\n"  # follows "Interessen:" as its own bullet
        "- Idee: Ausbildung Industriekauffrau\n"
        "- Bewerbungsfristen bei großen Firmen oft schon im Herbst!\n"
    )
    assert sort(notes) == {
        "Organisieren, Zahlen": S.STRENGTHS,
        "Kontakt mit Menschen": S.STRENGTHS,
        "Idee: Ausbildung Industriekauffrau": S.DISCUSSED,
        "Bewerbungsfristen bei großen Firmen oft schon im Herbst!": S.OTHER,
    }


@pytest.mark.parametrize(
    ("sentence", "section"),
    [
        ("Berufswahltest vorgeschlagen, nächstes Gespräch ohne Mutter.", S.NEXT_STEPS),
        ("BIZ-Besuch empfohlen.", S.DISCUSSED),
        ("ich schau nach Praktikumsplätzen in Arztpraxen.", S.AGREEMENTS),
        ("Hat 2 Hunde, geht regelm. in den Reitstall.", S.STRENGTHS),
        ("Mathe klappt besser als gedacht.", S.STRENGTHS),
        ("did a 2 week internship at a hotel kitchen", S.SITUATION),
        ("client 19", S.SITUATION),
        ("liked it.", S.STRENGTHS),
    ],
)
def test_cue_words_of_everyday_notes(sentence: str, section: S) -> None:
    assert sort(sentence) == {sentence: section}


@pytest.mark.parametrize(
    ("sentence", "section"),
    [
        ("Wir haben Kauffrau für Büromanagement und Verwaltungsfachangestellte verglichen.",
         S.DISCUSSED),
        ("Thema Vorstellungsgespräch geübt (Rollenspiel)", S.DISCUSSED),
        ("She would like to start an apprenticeship as a media designer in August.", S.CONCERN),
        ("Strong in drawing, has a portfolio on Instagram.", S.STRENGTHS),
        ("Handwerk findet er ok, Maler vielleicht.", S.STRENGTHS),
    ],
)  # fmt: skip
def test_cue_words_for_what_was_done_wished_and_liked(sentence: str, section: S) -> None:
    assert sort(sentence) == {sentence: section}


def test_a_negated_opinion_is_no_strength() -> None:
    assert sort("findet Büro nicht gut") == {"findet Büro nicht gut": S.SITUATION}
