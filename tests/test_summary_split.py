"""Splitting session notes into lines and sentences (skills/summary/split.py)."""

from __future__ import annotations

import pytest

from skills.summary.split import split_lines, split_notes, split_sentences, tidy


@pytest.mark.parametrize(
    "sentence",
    [
        "Kl. möchte z.B. eine Ausbildung als Tischler, ggf. auch ein Studium.",
        "TN hat bzw. will Bew. an drei Betriebe schicken.",
        "Mit Kl. Bewerbungsunterlagen durchgesprochen.",
        "Bewerbung bis 12.03. Unterlagen an die AA schicken.",
        "Termin am 12.03. Gespräch mit dem Ausbildungsbetrieb vereinbart.",
        "Kl. besucht die 10. Klasse der Gesamtschule.",
        "Praktikum ab 3. Mai in einer Tischlerei.",
        "Klärung berufl. Perspektive, Abschluss voraussichtl. im Sommer.",
        "Gespräch mit Hr. Beispiel vom Betrieb m.E. hilfreich.",
        "Vorname A. Muster ist die Ansprechperson.",
        # "od." and school subjects before a capital or a grade were sentence ends
        "will was Praktisches, evtl. Tischler od. Zimmerer",
        "Zeugnis: Dt. 3, Ma. 4, Engl. 2, Bio. 3",
        "Mutter alleinerz. und arbeitet Schicht, Vater Kfz-Mech. bei VW",
        # an ordinal after "nach"/"vor"/"für" or before a short form of its noun
        "Ausbildung als Kfz-Mechatroniker nach 1. LJ abgebrochen (Stress mit Ausbilder).",
        "Führerschein nach 3. Anlauf bestanden, Abbruch während 1. AJ",
        "Unterlagen vor 2. Vorstellungsrunde zusenden.",
    ],
)
def test_abbreviations_dates_and_ordinals_do_not_end_a_sentence(sentence: str) -> None:
    assert split_sentences(sentence) == [sentence]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Kl. möchte Ausbildung. Derzeit 10. Klasse.",
            ["Kl. möchte Ausbildung.", "Derzeit 10. Klasse."],
        ),
        (
            "Nächster Termin am 20.05. Danach Praktikum.",
            ["Nächster Termin am 20.05.", "Danach Praktikum."],
        ),
        ("Kl. ist 17. Sie wohnt bei den Eltern.", ["Kl. ist 17.", "Sie wohnt bei den Eltern."]),
        (
            "Studium oder Ausbildung? Kl. weiß es nicht.",
            ["Studium oder Ausbildung?", "Kl. weiß es nicht."],
        ),
        ("Toll! Kl. hat den Platz.", ["Toll!", "Kl. hat den Platz."]),
        ("Offen... Vielleicht später.", ["Offen...", "Vielleicht später."]),
    ],
)
def test_real_sentence_ends_split(line: str, expected: list[str]) -> None:
    assert split_sentences(line) == expected


def test_semicolons_keep_a_list_item_together() -> None:
    assert split_sentences("ToDo: Lebenslauf aktualisieren; Zeugnisse kopieren") == [
        "ToDo: Lebenslauf aktualisieren; Zeugnisse kopieren"
    ]


def test_bullet_markers_are_removed_but_ordinals_stay() -> None:
    notes = "- eins\n• zwei\n* drei\n1. vier\n2) fünf\n→ sechs\n10. Klasse abgeschlossen"
    lines = split_lines(notes)
    assert [line.text for line in lines] == [
        "eins",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "10. Klasse abgeschlossen",
    ]
    assert [line.bullet for line in lines] == [True] * 6 + [False]


def test_blank_lines_are_kept_as_empty_lines() -> None:
    lines = split_notes("Anliegen:\nKl. möchte Ausbildung.\n\n---\nVereinbart:")
    assert [line.sentences for line in lines] == [
        ("Anliegen:",),
        ("Kl. möchte Ausbildung.",),
        (),
        (),
        ("Vereinbart:",),
    ]


def test_hard_wrapped_sentence_is_joined_back() -> None:
    notes = (
        "Kl. hat sich über die Ausbildung zum Mechatroniker und\n"
        "die Voraussetzungen informiert.\n"
        "kurze Zeile\n"
        "ggf. Studium"
    )
    assert [line.text for line in split_lines(notes)] == [
        "Kl. hat sich über die Ausbildung zum Mechatroniker und die Voraussetzungen informiert.",
        "kurze Zeile",
        "ggf. Studium",
    ]


def test_note_lines_a_wrap_could_not_have_broken_stay_apart() -> None:
    # No line ends in a full stop and some start in lower case, but the next line's first
    # word would have fitted on the line before within the notes' longest line: no wrap.
    notes = (
        "TN 24 J., Abschluss FOR, danach 2 Semester Maschinenbau\n"
        "jobbt seit 1 J. im Lager (Staplerschein vorhanden)\n"
        "interessiert an Technik + Planung, zeichnet gern am PC (CAD-Kurs VHS)\n"
        "Technischer Produktdesigner angeschaut\n"
        "Fahrtkosten? noch nicht geklärt"
    )
    assert [line.text for line in split_lines(notes)] == notes.split("\n")


def test_one_long_line_does_not_pull_in_every_short_line_after_it() -> None:
    # The first line may be wrapped (it is the longest); the short second one was not: the
    # third stays a note of its own, however long the joined text has grown.
    notes = (
        "TN 23 J., Ausbildung im Einzelhandel abgeschlossen, möchte jetzt in die Verwaltung\n"
        "kein Interesse mehr an Verkauf\n"
        "gut organisiert, macht im Verein die Kasse\n"
        "Verwaltungsfachangestellte vorgestellt\n"
        "TN bewirbt sich bei der Stadt"
    )
    assert [line.text for line in split_lines(notes)][-3:] == notes.split("\n")[-3:]


def test_windows_line_endings_and_whitespace_are_tidied() -> None:
    lines = split_notes("  Kl.   möchte\t Ausbildung ,\r\n\r\n- TN kommt;  \r\n")
    assert [line.sentences for line in lines] == [
        ("Kl. möchte Ausbildung",),
        (),
        ("TN kommt",),
        (),
    ]


def test_tidy_keeps_wording_and_final_punctuation() -> None:
    assert tidy("  Kl.  fragt nach BAföG?  ") == "Kl. fragt nach BAföG?"
    assert tidy("Lebenslauf schicken;") == "Lebenslauf schicken"


@pytest.mark.parametrize(
    "sentence",
    [
        "Gespräch mit Fr. Klein und Hr. Özdemir (Mutter bzw. Stiefvater).",
        "Kl. geb. 3.4.2009 in Hamm, Tel. 0176 5550123 liegt vor.",
        "Bewerbung bei Fa. Schmidt GmbH & Co. KG in der Hauptstr. 12 geplant.",
        "Kl. möchte z. B. in die Pflege, d. h. Ausbildung ab ca. 08/2027.",
        "Infos bzgl. Praktikum ggf. u. a. über Nr. 3 der Liste.",
        "Termin am Mo. 3.4. um 10 Uhr bei Dr. Weber.",
        "TN kam wg. Abbruch im 2. Lj. zur Beratung.",
        "Elif besucht die 10. Kl. der Gesamtschule.",
        "Anerkennung des ausländ. Zeugnisses beantragt.",
        "Praktikum schon gemacht? ja, im Sommer bei einem Tischler",
        "Schon beworben? Ja. Bei zwei Autohäusern",
        "Führerschein? -> nein",
    ],
)
def test_shorthand_and_answered_questions_stay_one_sentence(sentence: str) -> None:
    assert split_sentences(sentence) == [sentence]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Hobbys: Musik, Sport usw. Kl. möchte Ausbildung.",
            ["Hobbys: Musik, Sport usw.", "Kl. möchte Ausbildung."],
        ),
        ("Kl. ist 16. Die Eltern unterstützen.", ["Kl. ist 16.", "Die Eltern unterstützen."]),
        ("Wer zahlt? Kl. fragt beim JC.", ["Wer zahlt?", "Kl. fragt beim JC."]),
    ],
)
def test_list_ends_and_unanswered_questions_still_split(line: str, expected: list[str]) -> None:
    assert split_sentences(line) == expected


def test_an_answer_on_the_next_line_joins_its_question_and_a_lone_question_mark_stays() -> None:
    lines = split_lines("Zeugnis vorhanden?\n- ja, Kopie liegt vor\nBAföG?\n- Antrag stellen\n?")
    assert [line.text for line in lines] == [
        "Zeugnis vorhanden? ja, Kopie liegt vor",
        "BAföG?",
        "Antrag stellen",
        "?",
    ]
    assert split_sentences("?") == ["?"]


@pytest.mark.parametrize(
    ("line", "sentences"),
    [
        (
            "wartet auf den bescheid. todo: ich rufe die reha-beraterin an",
            ["wartet auf den bescheid.", "todo: ich rufe die reha-beraterin an"],
        ),
        ("cv kommt nach. offen: fahrtkosten", ["cv kommt nach.", "offen: fahrtkosten"]),
        # an abbreviation before a label-like word does not end the sentence
        ("Termin ca. 10: passt", ["Termin ca. 10: passt"]),
        ("Kl. sagt: will nicht ins Büro", ["Kl. sagt: will nicht ins Büro"]),
    ],
)
def test_a_label_typed_in_lower_case_opens_a_sentence(line: str, sentences: list[str]) -> None:
    assert split_sentences(line) == sentences


@pytest.mark.parametrize(
    ("line", "sentences"),
    [
        # typed in lower case throughout: a full stop before a lower-case word ends a sentence
        ("bastelt an PCs rum. schule läuft mies", ["bastelt an PCs rum.", "schule läuft mies"]),
        ("kl. will koch werden. ca. 3 wochen praktikum",
         ["kl. will koch werden.", "ca. 3 wochen praktikum"]),
        # ... but not after an abbreviation, a unit after a figure or a date
        ("jobbt seit 1 J. im Lager", ["jobbt seit 1 J. im Lager"]),
        ("termin am 12.3. um 10", ["termin am 12.3. um 10"]),
        # a line opening in upper case keeps lower-case words in the sentence
        ("Kl. kam ca. um 10. ggf. später", ["Kl. kam ca. um 10. ggf. später"]),
    ],
)  # fmt: skip
def test_lower_case_lines_end_sentences_at_full_stops(line: str, sentences: list[str]) -> None:
    assert list(split_notes(line)[0].sentences) == sentences


@pytest.mark.parametrize(
    "sentence",
    [
        "sucht Lehrstelle im kaufm. Bereich, z.B. Büromanagement",
        "möchte in den gewerbl.-techn. Bereich",
        "Erfahrung im hauswirtsch. Bereich durch Schülerpraktikum",
        "Interesse am sozialpäd. Arbeitsfeld",
        "zeigt zuverl. Arbeitsweise im Praktikum",
        "hat unvollst. Bewerbungsunterl. abgegeben",
        "hat Probl. mit dem Zeitmanagement",
        "Möglichk. Praktikum bei der Bäckerei prüfen",
    ],
)
def test_clipped_words_and_compound_abbreviations_do_not_end_a_sentence(sentence: str) -> None:
    assert split_sentences(sentence) == [sentence]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Termin mit Hr. Seidl. Er meldet sich.", ["Termin mit Hr. Seidl.", "Er meldet sich."]),
        ("Bruder heißt Karl. Sie will weg.", ["Bruder heißt Karl.", "Sie will weg."]),
        ("Spricht gut deutsch. Vater nicht.", ["Spricht gut deutsch.", "Vater nicht."]),
    ],
)
def test_names_and_whole_words_before_a_dot_still_end_a_sentence(
    line: str, expected: list[str]
) -> None:
    assert split_sentences(line) == expected
