"""Art. 9: a client's data named indirectly (medicines, sick notes, operations by the body
part, a partner of the same sex, a party or a union by name) and look-alikes that name nobody's
data (a compound placement at a clinic, clients in general, a relative pronoun, a prayer room)."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # unfit for work and the employer's return-to-work talk, in the usual shorthand
        ("Fr. Petrović ist seit 6 Wochen AU, was nun?", "health"),
        ("Der Arbeitgeber hat Herrn Kaya ein BEM-Gespräch angeboten", "health"),
        # a medicine by its name, a drug, hay fever, fertility treatment, a bleeding disorder
        ("Leon kriegt seit den Ferien Elvanse", "health"),
        ("Frau Roth nimmt Sertralin und ist morgens müde", "health"),
        ("he's been clean off heroin for a year", "health"),
        ("Tim hat starken Heuschnupfen", "health"),
        ("Frau Schuster ist in einer Kinderwunschbehandlung", "health"),
        ("Kl. ist Bluter", "health"),
        ("Die TN ist total abgemagert", "health"),
        # sight by a figure, an operation by the body part in any case, a stroke, MS in English
        ("Frau Nguyen hat nur noch 30 % Sehkraft", "health"),
        ("wegen ihrer knie-op verschieben wir den termin", "health"),
        ("client had a stroke last spring", "health"),
        ("my client's got MS and tires quickly", "health"),
        ("Laut Betreuerin hört der Klient manchmal Stimmen", "health"),
        ("Die Klientin isst kaum noch was", "health"),
        # a treatment by its kind, a visit to an addiction service, conditions by name
        ("Jana ist in psychologischer Behandlung", "health"),
        ("Herr B. geht seit März zur Suchtberatung", "health"),
        ("Frau Y. hat Lungenkrebs", "health"),
        ("Frau A. ist Dialysepatientin", "health"),
        ("Herr L. hat Arthrose im Knie", "health"),
        ("Klientin ist hochschwanger", "health"),
        ("Er ist tablettenabhängig", "health"),
        ("client suffers from migraines", "health"),
        ("Herr N. ist in einer Methadonbehandlung", "health"),
        # disorders by their kind, the brain, early retirement, a guardian, English phrasings
        ("Er hat eine posttraumatische Belastungsstörung", "health"),
        ("Kl. hatte einen Hirninfarkt", "health"),
        ("Herr Z. ist Frührentner", "health"),
        ("Kl. hat einen gesetzlichen Betreuer", "health"),
        ("er hat eine Rot-Grün-Schwäche", "health"),
        ("he's got a bad back and can't lift anything", "health"),
        ("client had knee surgery in March", "health"),
        ("client has suicidal thoughts", "health"),
        ("she has fibromyalgia", "health"),
        # religious practice in other words
        ("Herr Cohen hält den Schabbat", "religion"),
        ("ob Herr Rahimi im Praktikum mittags zum Beten Pause machen kann", "religion"),
        # a partner of the same sex, a party, a union
        ("Herr Becker lebt mit seinem Mann zusammen", "sexual_orientation"),
        ("Frau Lenz kommt mit ihrer Frau zum Termin", "sexual_orientation"),
        ("Frau Kessler sitzt für die Grünen im Stadtrat", "political"),
        ("Mein Klient ist in der IG BAU aktiv", "union"),
    ],
)
def test_indirect_data_about_a_client(text: str, category: str) -> None:
    assert category in find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # a placement named by a compound at a clinic is a workplace
        "Lisa will Ergotherapeutin werden, wo kann sie ein Vorpraktikum in einer Reha-Klinik "
        "machen?",
        "Ben macht seine Pflegeausbildung in der Uniklinik",
        # a question about terms; clients in general mentioned after it
        "Was ist der Unterschied zwischen GdB und Pflegegrad? Das bringen Klienten oft "
        "durcheinander",
        "What is a GdB? clients often ask me",
        # a relative pronoun is nobody
        "Gibt es in Hamm Ausbildungsbetriebe, die gezielt Geflüchtete einstellen?",
        # a prayer room, a polite "your wife", an idiom, green places, a battery
        "Wir haben seit Januar einen Gebetsraum im 2. OG",
        "Grüßen Sie Ihre Frau von mir, Herr Kaya",
        "er muss jetzt seinen Mann stehen in der Ausbildung",
        "Tim arbeitet gern im Grünen, welche Berufe gibt es?",
        "Was ist das Merkzeichen aG? Welche Sehkraft braucht man als Pilot?",
        # patients someone works with, a training's contents, a service as a workplace, food
        "Herr K. arbeitet als Physiotherapeut mit Arthrose-Patienten",
        "Ergotherapeuten arbeiten oft mit Dialysepatienten.",
        "Die Ausbildung zur Pflegefachfrau umfasst auch die stationäre Behandlung.",
        "Frau K. macht ein Praktikum bei der Suchtberatung der Caritas.",
        "Was lernt man als Koch über Flusskrebs und Hummer?",
        "Sie will ein Praktikum im betreuten Wohnen machen",
        "Frührente: ab wann kann man die beantragen?",
        "I want a placement in surgery for my client",
        "Wie läuft eine Störungsmeldung beim Elektroniker ab?",
    ],
)
def test_look_alikes_name_no_ones_data(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # a singular role word after a question about a term is someone
        "Was ist ein GdB? Den hat dem Klienten das Amt zuerkannt",
        "Was ist ein Pflegegrad? Meine Klientin hat einen beantragt",
    ],
)
def test_a_client_after_a_question_about_a_term_still_counts(text: str) -> None:
    assert "health" in find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # a term being discussed
        'How do I explain the term "Nachteilsausgleich" to a client?',
        "Wie erkläre ich einer Klientin den Begriff Schwerbehinderung?",
        "Wie formuliere ich „psychisch krank“ im Vermerk neutral?",
        # an indefinite person in a condition or an indirect question
        "Infoblatt: Was tun, wenn ein Teilnehmer krank ist?",
        "Darf ich eine Bewerberin fragen, ob sie schwanger ist?",
        "if a client tells me she is pregnant, what do I do?",
        # a condition of a job asked about
        "Herr Ali will bei der Caritas arbeiten, muss er katholisch sein?",
        "Muss er evangelisch sein, um bei der Diakonie zu arbeiten?",
        "Does she have to be Christian to work at the Caritas?",
        # the team's head by role is the institution's own
        "Unsere Teamleiterin ist krank, die Teamsitzung fällt aus, mail ans Team",
    ],
)
def test_terms_and_indefinite_people_name_no_ones_data(text: str) -> None:
    assert not find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # a definite person, one's case introduced, a statement, a quoted client's data
        "Was mache ich, wenn Herr K. wieder betrunken kommt?",
        "Was soll ich tun, wenn meine Klientin im Ramadan fastet?",
        "Ich habe einen Klienten mit Diabetes, was mache ich, wenn er unterzuckert?",
        "Eine Klientin hat mir erzählt, dass sie schwanger ist. Was nun?",
        'Wie formuliere ich, dass Herr K. "psychisch krank" ist?',
        "Was tun, wenn ein Teilnehmer krank ist? Herr Brandt hat nämlich Diabetes.",
        "Herr K. ist katholisch, muss er das im Betrieb sagen?",
        "Unsere Teamleiterin sagt, Herr Kaya ist krank",
    ],
)
def test_a_definite_clients_data_in_such_sentences_still_counts(text: str) -> None:
    assert find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # the verb "sucht" is capitalised as a sentence's or a bullet's first word
        "Sucht Teilzeitausbildung, am liebsten Büro.",
        "Gespräch mit Fr. K. Sucht eine Wohnung in Hamm.",
        "- Sucht nach einem Praktikum im Handwerk",
    ],
)
def test_the_verb_sucht_first_in_a_sentence_is_no_addiction(text: str) -> None:
    assert find_special_categories(text, notes=True) == frozenset()


@pytest.mark.parametrize(
    "text", ["Seine Sucht ist ein Problem.", "- Sucht: Alkohol", "Sucht nach Alkohol seit Jahren."]
)
def test_the_noun_sucht_still_counts_first_in_a_sentence(text: str) -> None:
    assert find_special_categories(text, notes=True) == frozenset({"health"})
