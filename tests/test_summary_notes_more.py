"""More real-looking notes: headings in capitals or with a dash, tasks in the present tense,
English dislikes (skills/summary, offline)."""

from __future__ import annotations

import pytest

from skills.summary import OfflineSummariser, Section

S = Section

CASES: dict[str, tuple[str, dict[str, Section]]] = {
    "headings in capitals over blocks": (
        "ANLIEGEN\nAusbildungsplatz Kfz-Mechatroniker\n\n"
        "STAND\n10. Klasse Realschule, Noten Mathe 3, Physik 2\n"
        "Führerschein Klasse B in Planung\n\n"
        "STÄRKEN\ntechnisches Verständnis, schraubt am eigenen Roller\n\n"
        "VEREINBARUNGEN\nKl. bewirbt sich bei Autohaus Meyer und ATU\n"
        "Mutter hilft beim Anschreiben\n\n"
        "OFFEN\nLehrstelle schon besetzt?",
        {
            "Ausbildungsplatz Kfz-Mechatroniker": S.CONCERN,
            "10. Klasse Realschule, Noten Mathe 3, Physik 2": S.SITUATION,
            "Führerschein Klasse B in Planung": S.SITUATION,
            "technisches Verständnis, schraubt am eigenen Roller": S.STRENGTHS,
            "Kl. bewirbt sich bei Autohaus Meyer und ATU": S.AGREEMENTS,
            "Mutter hilft beim Anschreiben": S.AGREEMENTS,
            "Lehrstelle schon besetzt?": S.OPEN,
        },
    ),
    "headings followed by a dash, an arrow or =": (
        "Anliegen - Berufsorientierung\n"
        "Ausgangslage - 9. Kl. Gesamtschule, wohnt bei der Oma\n"
        "Hobbys - Fußball, Zocken\n"
        "Besprochen - Berufsfelder, Girls'/Boys' Day\n"
        "Vereinbarung – Kl. macht den Berufe-Entdecker-Test\n"
        "Nächster Termin – nach den Sommerferien\n"
        "Offen -> Fahrtkosten\n"
        "Stärken = Geduld mit Kindern",
        {
            "Berufsorientierung": S.CONCERN,
            "9. Kl. Gesamtschule, wohnt bei der Oma": S.SITUATION,
            "Fußball, Zocken": S.STRENGTHS,
            "Berufsfelder, Girls'/Boys' Day": S.DISCUSSED,
            "Kl. macht den Berufe-Entdecker-Test": S.AGREEMENTS,
            "Nächster Termin – nach den Sommerferien": S.NEXT_STEPS,  # a field keeps its label
            "Fahrtkosten": S.OPEN,
            "Geduld mit Kindern": S.STRENGTHS,
        },
    ),
    "a rehabilitation case in plain sentences": (
        "Hr. Novak, 45, nach Bandscheiben-OP nicht mehr als Maurer tätig.\n"
        "Wunsch: Umschulung in einen Bürojob.\n"
        "Kann gut organisieren, war Vorarbeiter.\n"
        "Reha-Träger DRV ist zuständig, Antrag läuft.\n"
        "Wir haben Umschulungsberufe wie Kaufmann für Büromanagement angeschaut.\n"
        "Hr. Novak fragt bei der DRV nach dem Stand.\n"
        "Wiedervorlage in 6 Wochen.",
        {
            "Hr. Novak, 45, nach Bandscheiben-OP nicht mehr als Maurer tätig.": S.SITUATION,
            "Umschulung in einen Bürojob.": S.CONCERN,
            "Kann gut organisieren, war Vorarbeiter.": S.STRENGTHS,
            "Reha-Träger DRV ist zuständig, Antrag läuft.": S.SITUATION,
            "Wir haben Umschulungsberufe wie Kaufmann für Büromanagement angeschaut.": (
                S.DISCUSSED
            ),
            "Hr. Novak fragt bei der DRV nach dem Stand.": S.AGREEMENTS,
            "Wiedervorlage in 6 Wochen.": S.NEXT_STEPS,
        },
    ),
    "English with a dislike and an open question": (
        "Client (19) dropped out of university after 2 semesters of law.\n"
        "She is looking for an apprenticeship, ideally in media.\n"
        "Strong writing skills, runs her own blog.\n"
        "Not keen on working in an office all day.\n"
        "Explained the media design apprenticeship and the application deadlines.\n"
        "Agreed: she sends 3 applications by end of month.\n"
        "Is an internship required first? unclear",
        {
            "Client (19) dropped out of university after 2 semesters of law.": S.SITUATION,
            "She is looking for an apprenticeship, ideally in media.": S.CONCERN,
            "Strong writing skills, runs her own blog.": S.STRENGTHS,
            "Not keen on working in an office all day.": S.SITUATION,
            "Explained the media design apprenticeship and the application deadlines.": (
                S.DISCUSSED
            ),
            "she sends 3 applications by end of month.": S.AGREEMENTS,
            "Is an internship required first? unclear": S.OPEN,
        },
    ),
    "bullets about a pupil, with a name instead of Kl.": (
        "- Mia, 15, Realschule Kl. 9\n"
        "- Berufswunsch Tierärztin, Noten dafür eher nicht ausreichend\n"
        "- liebt Pferde, reitet seit 6 J.\n"
        "- Tiermedizinische Fachangestellte als Alternative aufgezeigt\n"
        "- Praktikum beim Tierarzt? ja, im Juni\n"
        "- Mia fragt selbst beim Tierarzt in Bönen an\n"
        "- kein Interesse an Büroberufen\n"
        "- Fahrtkosten zum Praktikum? wer zahlt, noch offen",
        {
            "Mia, 15, Realschule Kl. 9": S.SITUATION,
            "Berufswunsch Tierärztin, Noten dafür eher nicht ausreichend": S.CONCERN,
            "liebt Pferde, reitet seit 6 J.": S.STRENGTHS,
            "Tiermedizinische Fachangestellte als Alternative aufgezeigt": S.DISCUSSED,
            "Praktikum beim Tierarzt? ja, im Juni": S.SITUATION,
            "Mia fragt selbst beim Tierarzt in Bönen an": S.AGREEMENTS,
            "kein Interesse an Büroberufen": S.SITUATION,
            "Fahrtkosten zum Praktikum? wer zahlt, noch offen": S.OPEN,
        },
    ),
    "a short intake form with compound labels": (
        "Erstkontakt\n"
        "Alter: 18\n"
        "Wohnsituation: bei der Mutter\n"
        "Hauptanliegen: Ausbildung als Maler\n"
        "Stärken: handwerklich geschickt, pünktlich\n"
        "Zielvereinbarung:\n"
        "- Leon bringt Lebenslauf zum nächsten Termin mit\n"
        "\n"
        "Beratungsverlauf:\n"
        "Konflikte mit der Filialleitung in der alten Ausbildung.",
        {
            "Erstkontakt": S.OTHER,
            "Alter: 18": S.SITUATION,  # a field label, not a section name: it stays
            "Wohnsituation: bei der Mutter": S.SITUATION,  # the label's meaning stays
            "Hauptanliegen: Ausbildung als Maler": S.CONCERN,
            "handwerklich geschickt, pünktlich": S.STRENGTHS,
            "Leon bringt Lebenslauf zum nächsten Termin mit": S.AGREEMENTS,
            "Konflikte mit der Filialleitung in der alten Ausbildung.": S.DISCUSSED,
        },
    ),
    "referral, school record and field labels": (
        "Kl. kommt auf Anraten der Lehrerin (Kl. 9, Realschule).\n"
        "Fachabi 2026, Schnitt 2,1; Führerschein vorhanden\n"
        "Eltern wünschen ein Studium, Kl. will lieber Geld verdienen.\n"
        "WV: in 3 Wochen\n"
        "Schulabschluss: HSA 2025\n"
        "Strong interest in IT, good with people.",
        {
            "Kl. kommt auf Anraten der Lehrerin (Kl. 9, Realschule).": S.SITUATION,
            "Fachabi 2026, Schnitt 2,1; Führerschein vorhanden": S.SITUATION,
            # the parents' wish is where things stand; the client's own is the concern
            "Eltern wünschen ein Studium": S.SITUATION,
            "Kl. will lieber Geld verdienen.": S.CONCERN,
            "WV: in 3 Wochen": S.NEXT_STEPS,
            "Schulabschluss: HSA 2025": S.SITUATION,
            "Strong interest in IT, good with people.": S.STRENGTHS,
        },
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_more_notes_land_in_the_right_sections(name: str) -> None:
    notes, expected = CASES[name]
    summary = OfflineSummariser().sort(notes)
    assert {item.text: section for section, items in summary.sections() for item in items} == (
        expected
    )
