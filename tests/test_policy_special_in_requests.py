"""Art. 9 data about a client inside other requests: a mail's text that speaks of its
addressee without naming them again, notes' abbreviations whose dot ends no clause, a
condition or an aid that is no workplace, a gender transition, and their look-alikes (an
event's place, the counsellor's own stay, a colleague's service, a place of training)."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories
from bot.policy.special_addressee import addressee_end

DATA = [
    # a mail's text about its addressee: a stay, a time, a reason, a wish
    ("Mail an Herrn Lenz: Gespräch am Do entfällt, ab Montag in der Klinik", "health"),
    ("Nachricht an Svenja: wegen der OP verschieben wir auf Juni", "health"),
    ("Schreib Frau Albers: gute Besserung! Melde mich nächste Woche", "health"),
    ("kurze Mail an Hr. Polat: wir pausieren, bis nach der Reha", "health"),
    ("schreib Herrn Kurz, dass der Termin aufgrund des Klinikaufenthalts ausfällt", "health"),
    ("Nachricht an Mia: alles Gute für die Therapie, wir hören uns", "health"),
    ("email to Ms Grant: moving our call, in hospital until Friday", "health"),
    # notes' abbreviations: the dot goes on into the clause
    ("Fr. B. war ca. 4 Wo. im KH", "health"),
    ("TN muss evtl. in die Reha, Antrag läuft", "health"),
    ("Hr. M. ist in der Reha", "health"),
    ("Kl. geht 2x/Wo. zur Therapie", "health"),
    ("Herr Abel liegt seit Di. im Krankenhaus", "health"),
    # an aid or a condition after "im" is no workplace, though a work word stands near
    ("Welche Jobs gehen im Rollstuhl? Herr Pohl sitzt seit dem Unfall drin", "health"),
    ("Kann Herr Pohl im Rollstuhl eine Ausbildung zum Bauzeichner machen?", "health"),
    ("Darf Frau Yıldız in der Schwangerschaft ihr Praktikum in der Bäckerei machen?", "health"),
    # a gender transition
    ("Alex ist mitten in seiner Transition, der Betrieb weiß noch nichts", "sexual_orientation"),
    ("her transition is going well, she wants to tell the Ausbilder", "sexual_orientation"),
    # new words
    ("Frau Ebert hat Schlafapnoe und darf nachts nicht fahren", "health"),
    ("Kl. ist substituiert und muss morgens in die Praxis", "health"),
]


@pytest.mark.parametrize(("text", "category"), DATA)
def test_a_clients_data_inside_a_request(text: str, category: str) -> None:
    assert category in find_special_categories(text)


NO_DATA = [
    # the place of an event or an appointment in a mail
    "Mail an Herrn Lenz: Infoabend in der Reha-Klinik am 4.6. um 18 Uhr",
    "Mail an Frau Yüksel: wir treffen uns am Mittwoch in der Kirche am Markt",
    "Schreib Noah: Kennenlerntag im Krankenhaus am 2.5., Treffpunkt Haupteingang",
    # a way there, the counsellor's own stay or operation, a colleague or a group
    "Mail an Jana: der Bus fährt bis zur Klinik, dann 5 Minuten zu Fuß",
    "Mail an Frau Kim: wegen meiner OP verschieben wir auf Mai",
    "mail an Herrn Roth: bin ab Mo in der Reha, Vertretung Frau Stein",
    "Mail an Kollege Weber: gute Besserung!",
    "Mail an alle Teilnehmenden: ab Montag treffen wir uns in der Kirche",
    # the service a person is from
    "Mail an Hr. Brenner vom Sozialpsychiatrischen Dienst: Rückruf erbeten",
    # notes' abbreviations before a sentence of the counsellor's own
    "Termin mit Herrn Abel am Mi. Ich bin im Krankenhaus.",
    "bin ca. 2 Wo. in der Reha, Frau Kaiser bitte absagen",
    # a workplace, also named for its field or as a place of training
    "Lena macht ein Praktikum in der Psychiatrie",
    "Hospitation in der Praxis für Psychotherapie für Herrn Pohl am 3.4.",
    "Herr Pohl hat einen Praktikumsplatz im Krankenhaus",
    "Mail an Frau Roth: Ihr Ausbildungsplatz in der Klinik ist bestätigt",
    # a topic in general, and the transition from school to work
    "welche jobs gehen im rollstuhl?",
    "Die Transition von der Schule in den Beruf klappt bei vielen nicht",
]


@pytest.mark.parametrize("text", NO_DATA)
def test_no_clients_data_in_these_requests(text: str) -> None:
    assert not find_special_categories(text)


def test_a_mail_to_one_named_person_has_an_addressee() -> None:
    text = "Mail an Fr. Ott: Termin fällt aus"
    assert addressee_end(text) == len("Mail an Fr. Ott:")
    assert addressee_end("Mail an Kollegin Ott: Termin fällt aus") is None
    assert addressee_end("Mail an alle: Termin fällt aus") is None
    assert addressee_end("Termin mit Fr. Ott: fällt aus") is None
