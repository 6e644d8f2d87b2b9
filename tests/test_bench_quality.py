"""The answer-quality benchmark's scorers on tiny synthetic replies (bench/quality.py)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # bench/ is no installed package
    sys.path.insert(0, str(ROOT))

from bench.answer_quality.cases import CaseError, load_set  # noqa: E402
from bench.answer_quality.language import written_in  # noqa: E402
from bench.answer_quality.occupations import (  # noqa: E402
    Catalogue,
    answered_about,
    compares_only,
    exploration_pass,
    gives_fact,
    lists_occupations,
    occupation_hits,
)
from bench.answer_quality.scoring import (  # noqa: E402
    ClassFigures,
    FactSpec,
    PlacedFact,
    Reversal,
    class_figures,
    fact_kept,
    invented_facts,
    lost_lines,
    normalise,
    parse_sections,
    policy_labels,
    score_email,
    score_summary,
    unmarked_review,
)

TITLES = {
    "tischler": "Tischler/in",
    "holzmechaniker": "Holzmechaniker/in",
    "zimmerer": "Zimmerer/Zimmerin",
    "maler": "Maler/in und Lackierer/in",
    "koch": "Koch/Köchin",
}
CATALOGUE = Catalogue(
    TITLES,
    {normalise(t): i for i, t in TITLES.items()} | {"tischlerin": "tischler", "koch": "koch"},
    {"koch": "Bereiten Speisen zu, planen Menüs und kalkulieren den Wareneinsatz."},
)


def fenced(draft: str) -> str:
    return f"**E-Mail-Entwurf**\n\n```\n{draft}\n```"


# --- email facts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft",
    ["am 07.06.2027", "am 7.6.2027", "am Montag, 7. Juni 2027", "on June 7, 2027", "7 June 2027"],
)
def test_a_date_is_found_in_any_common_rendering(draft: str) -> None:
    assert fact_kept(FactSpec("date", "2027-06-07"), draft)


def test_a_missing_or_different_date_is_lost() -> None:
    assert not fact_kept(FactSpec("date", "2027-06-07"), "am 08.06.2027 um 10 Uhr")
    assert not fact_kept(FactSpec("date", "2027-06-07"), "am 07.06.2028")


def test_a_date_without_year_matches_any_year() -> None:
    assert fact_kept(FactSpec("date", "--05-31"), "Anmeldung bis 31. Mai 2027")


@pytest.mark.parametrize(
    ("request_text", "draft"),
    [
        ("meeting on the 5th of May 2027", "on Wednesday, 5 May 2027"),
        ("Termin vom 3.2 auf den 5.2 verschieben", "statt 3. Februar jetzt 5. Februar 2027"),
        ("appointment at 2.30 pm", "Time: 14:30"),
        # a time right after a short date is still read ("3.2." is no ten-character date)
        ("Einladung an Frau Roth am 3.2. um 15.30", "Uhrzeit: 15:30 Uhr"),
        ("Termin am 3.2. 10:30", "Uhrzeit: 10:30 Uhr"),
        # a short weekday between the preposition and a date without its closing dot
        ("gespräch am do 04.02 um 9", "Datum: Donnerstag, 4. Februar 2027"),
        # a clock time right after an English date is no day of the month
        ("meeting 9 March 10:00 in room 2", "Uhrzeit: 10:00 Uhr"),
    ],
)
def test_dates_and_times_as_requests_type_them_are_given(request_text: str, draft: str) -> None:
    assert invented_facts(request_text, draft) == []


def test_a_time_with_a_dot_after_um_is_a_time() -> None:
    request = "Einladung für Dienstag, den 02.02.2027 um 9.30 zum Bewerbungscheck, Raum 2.14"
    assert invented_facts(request, "Uhrzeit: 9:30 Uhr, Raum 2.14") == []
    assert invented_facts("Termin in Raum 9.30", "Uhrzeit: 9:30 Uhr") == ["time 09:30"]


def test_half_past_is_read_as_the_hour_before() -> None:
    # "halb 10" is 9:30 in a request and in a draft that keeps the words
    assert invented_facts("Termin Mittwoch um halb 10", "Uhrzeit: 9:30 Uhr") == []
    assert fact_kept(FactSpec("time", "09:30"), "am Mittwoch um halb 10")
    assert fact_kept(FactSpec("time", "14:30"), "morgen halb 3")
    assert invented_facts("Termin um halb 10", "Uhrzeit: 10:30 Uhr") == ["time 10:30"]


def test_a_bare_hour_after_a_clock_time_and_a_dash_ends_a_range() -> None:
    assert fact_kept(FactSpec("time", "12:00"), "Workshop 10:30-12 im PC-Raum")
    assert not fact_kept(FactSpec("time", "09:00"), "Raum 10:30-9")


def test_an_hour_after_a_date_is_no_two_digit_year() -> None:
    # "do 21.1. 16 uhr" gives 21 January without a year, not 21.1.2016
    request = "bestätigung an luis per du: do 21.1. 16 uhr"
    assert invented_facts(request, "am Donnerstag, 21.01.2027, um 16:00 Uhr") == []
    assert invented_facts("Termin 21.1.16", "am 21.01.2027") == ["date 21.01.2027"]


def test_a_time_range_after_a_date_is_no_two_digit_year() -> None:
    # "Mi 20.01. 10-12 Uhr" is 20 January from 10 to 12, not 20.01.2010
    wanted = FactSpec("date", "2027-01-20", "appointment")
    for draft in ("am Mi 20.01. 10-12 Uhr im BIZ", "am 20.01. 10.00–12.00", "am 20.01. 10 bis 12"):
        assert fact_kept(wanted, draft), draft
        assert invented_facts(f"Termin {draft}", draft) == [], draft
    assert invented_facts("Termin 20.01.2027", "am 20.01.10") == ["date 20.01.2010"]


def test_a_deadline_must_read_as_a_deadline() -> None:
    deadline = FactSpec("date", "2027-10-15", "deadline")
    appointment = FactSpec("date", "2027-10-15", "appointment")
    as_deadline = "Bitte bewerben Sie sich bis zum 15.10.2027 bei der Stadt."
    as_appointment = "ich erinnere Sie an unseren Termin am 15.10.2027."
    assert fact_kept(deadline, as_deadline)
    assert not fact_kept(deadline, as_appointment)
    assert fact_kept(appointment, as_appointment)
    assert not fact_kept(appointment, as_deadline)


def test_times_and_room_numbers() -> None:
    assert fact_kept(FactSpec("time", "10:00"), "Uhrzeit: 10:00–12:00 Uhr")
    assert fact_kept(FactSpec("time", "10:30"), "um 10.30 Uhr")
    assert fact_kept(FactSpec("time", "14:30"), "at 2:30 pm")
    assert not fact_kept(FactSpec("time", "02:14"), "Ort: Raum 2.14")
    assert fact_kept(FactSpec("time", "09:00"), "am besten zwischen 9 und 11 Uhr")
    # "9.30–10.45" without "Uhr": two dotted clock times joined by a dash are times
    assert fact_kept(FactSpec("time", "10:45"), "Friday, 9.30–10.45, room 1.12")
    assert not fact_kept(FactSpec("time", "01:12"), "Friday, 9.30–10.45, room 1.12")


def test_phone_numbers_compare_digits() -> None:
    phone = FactSpec("phone", "02381 123456")
    assert fact_kept(phone, "Rückmeldung unter 02381 / 12 34 56")
    assert fact_kept(phone, "call +49 2381 123456")
    assert not fact_kept(phone, "Rückmeldung unter 02381 123457")


def test_text_and_names() -> None:
    assert fact_kept(FactSpec("text", "Raum B 104"), "Ort: raum  B 104, Bildungszentrum")
    assert not fact_kept(FactSpec("text", "Raum B 104"), "Ort: [Ort/Link]")
    assert fact_kept(FactSpec("name", "Herrn Yıldız"), "Sehr geehrter Herr Yıldız,")
    assert fact_kept(FactSpec("name", "Hr. Krause"), "an Herrn Krause weiterleiten")
    assert not fact_kept(FactSpec("name", "Frau Dr. Weber"), "Sehr geehrte Frau Weber,")


def test_invented_facts_are_values_the_request_never_gave() -> None:
    request = "mail Einladung an Frau Klein am 07.06.2027 von 10 bis 12 Uhr, Tel. 02381 123456"
    faithful = "Sehr geehrte Frau Klein,\nam 7. Juni 2027, 10:00–12:00 Uhr. Tel. 02381 123456"
    assert invented_facts(request, faithful) == []
    inventive = (
        "Sehr geehrte Frau Klein, Ihr Termin bei Herrn Vogel am 08.06.2027 um 9:30 Uhr; "
        "Rückruf unter 0231 999888 oder an info@example.org, https://example.org/termin"
    )
    invented = invented_facts(request, inventive)
    assert {kind.split()[0] for kind in invented} == {
        "name",
        "date",
        "time",
        "phone",
        "email",
        "url",
    }


def test_only_the_copyable_draft_counts() -> None:
    request = "mail Einladung am 07.06.2027 in Raum B 104"
    facts = [FactSpec("date", "2027-06-07"), FactSpec("text", "Raum B 104")]
    menu = "Beispiel: `mail Einladung am 12.03. um 14 Uhr in Raum 2.14` · Raum B 104"
    no_draft = score_email(request, facts, menu)
    assert no_draft.lost == facts
    assert not no_draft.invented
    kept = score_email(
        request, facts, "Termin am 07.06.2027" + fenced("Am 07.06.2027, Raum B 104")
    )
    assert kept.all_kept
    assert not kept.invented
    half = score_email(request, facts, fenced("Am 07.06.2027, Ort: [Ort]"))
    assert half.lost == [FactSpec("text", "Raum B 104")]


# --- summary sections ----------------------------------------------------------------------

SUMMARY = """_Entwurf_

**Zusammenfassung der Gesprächsnotiz**

**Anliegen**
- möchte Ausbildung als MFA

**Interessen und Stärken**
- kein Interesse an Büro

**Offene Punkte**
- Praktikum schon gemacht? ja, im Sommer

**Gesprächsnotiz zum Einfügen**

```
Anliegen
- möchte Ausbildung als MFA
Vereinbarungen
- Bewerbung an 3 Praxen
```
"""


def test_sections_are_read_from_the_headings_before_the_copy() -> None:
    sections = parse_sections(SUMMARY)
    assert set(sections) == {"Anliegen", "Interessen und Stärken", "Offene Punkte"}
    assert "Bewerbung" not in " ".join(sections.values())


def test_the_english_summary_headings_are_read() -> None:
    # the English summary's own heading words (skills/summary/texts/en.yaml)
    english = "**Concern**\n- a\n\n**Starting situation**\n- German course B1\n"
    assert parse_sections(english)["Ausgangssituation"].strip() == "- German course B1"


def test_a_section_heading_may_carry_a_count() -> None:
    assert parse_sections("**Offene Punkte (2)**\n- a\n- b") == {"Offene Punkte": "- a\n- b"}


def test_the_fenced_copy_is_read_when_there_are_no_headings() -> None:
    sections = parse_sections("Zusammenfassung\n\n```\nAnliegen\n- X\nVereinbarungen\n- Y\n```")
    assert sections == {"Anliegen": "- X", "Vereinbarungen": "- Y"}


def test_summary_facts_right_wrong_missing_and_reversed() -> None:
    facts = [
        PlacedFact("Ausbildung als MFA", ("Anliegen",)),
        PlacedFact("im Sommer", ("Ausgangssituation",)),
        PlacedFact("Bewerbung an 3 Praxen", ("Vereinbarungen",)),
    ]
    reversals = [
        Reversal("kein Interesse an Büro", "Interessen und Stärken"),
        Reversal("Praktikum schon gemacht", "Offene Punkte"),
        Reversal("Ausbildung als MFA", "Offene Punkte"),
    ]
    score = score_summary(facts, reversals, SUMMARY)
    assert score.placed == [facts[0]]
    assert score.misplaced == [(facts[1], "Offene Punkte")]
    assert score.missing == [facts[2]]
    assert score.reversed == reversals[:2]


def test_special_text_counts_only_on_a_line_with_the_review_mark() -> None:
    summary = (
        "**Ausgangssituation**\n- hat ADHS (Art. 9 DSGVO: nur aufnehmen, wenn …)\n"
        "- trägt Kopftuch\n\n```\n- trägt Kopftuch (Art. 9 DSGVO)\n```"
    )
    assert unmarked_review(["hat ADHS", "trägt Kopftuch"], summary) == ["trägt Kopftuch"]


def test_a_note_line_is_lost_when_the_summary_holds_less_than_half_its_words() -> None:
    notes = "ToDo\nKl. kam 20 min zu spät\nRaum 2.14 war heute leider belegt\n"
    summary = "**Weitere Notizen**\n- Kl. kam 20 min zu spät\n- Raum belegt"
    assert lost_lines(notes, summary) == ["Raum 2.14 war heute leider belegt"]


# --- policy --------------------------------------------------------------------------------


def test_policy_labels_and_figures_per_class() -> None:
    refuse, special = frozenset({"refuse"}), frozenset({"special"})
    neutral: frozenset[str] = frozenset()
    assert policy_labels(True, ["no_automated_decisions"]) == refuse
    assert policy_labels(False, ["special_categories", "email_sender"]) == special
    assert policy_labels(False, ["no_personal_data"]) == neutral
    pairs = [(refuse, refuse), (refuse, neutral), (neutral, special), (special, special)]
    assert class_figures(pairs, "refuse") == ClassFigures(1.0, 0.5, 2)
    assert class_figures(pairs, "special") == ClassFigures(0.5, 1.0, 1)
    assert class_figures(pairs, "neutral").recall == 0.0


# --- occupations ---------------------------------------------------------------------------


def test_hit_at_one_is_the_main_heading() -> None:
    card = "**Tischler/in**\n\n- **Dauer:** 3 Jahre\n\nVerwandte Berufe: Holzmechaniker/in"
    assert occupation_hits("tischler", card, CATALOGUE) == (True, True)
    assert occupation_hits("holzmechaniker", card, CATALOGUE) == (False, False)


def test_a_heading_with_an_addition_still_names_the_occupation() -> None:
    assert occupation_hits("tischler", "**Tischler/in (duale Ausbildung)**", CATALOGUE)[0]
    assert occupation_hits("tischler", "## Tischlerin – Kurzinfo", CATALOGUE)[0]
    assert not occupation_hits("tischler", "**Tischlerei Brandt**", CATALOGUE)[0]


def test_hit_at_five_counts_candidates_in_order() -> None:
    third = (
        "Zu „Holzer“ habe ich nichts gefunden. Meinten Sie einen dieser Berufe?\n\n"
        "`beruf Zimmerer/Zimmerin` · `beruf Holzmechaniker/in` · `beruf Tischler/in`"
    )
    assert occupation_hits("tischler", third, CATALOGUE) == (False, True)
    six = "Meinten Sie?\n" + "\n".join(f"- {t}" for t in TITLES.values()) + "\n- Tischler/in"
    assert occupation_hits("koch", six, CATALOGUE) == (False, True)
    assert occupation_hits("tischler", "Das habe ich nicht verstanden.", CATALOGUE) == (
        False,
        False,
    )


def test_a_heading_after_meinten_sie_is_no_answer() -> None:
    reply = "Meinten Sie einen dieser Berufe?\n\n**Tischler/in**"
    assert occupation_hits("tischler", reply, CATALOGUE) == (False, True)


def test_the_longest_title_wins_inside_a_line() -> None:
    reply = "Meinten Sie: Maler/in und Lackierer/in"
    assert occupation_hits("maler", reply, CATALOGUE) == (False, True)


def test_exploration_needs_three_fitting_and_comparisons_both() -> None:
    listing = "- Tischler/in\n- Holzmechaniker/in\n- Zimmerer/Zimmerin\n- Koch/Köchin"
    wood = ("tischler", "holzmechaniker", "zimmerer")
    assert exploration_pass(listing, CATALOGUE, wood, ())[0]
    assert not exploration_pass(listing, CATALOGUE, ("tischler", "koch"), ())[0]
    card = "**Holzmechaniker/in**\n\nVerwandte Berufe: Tischler/in, Zimmerer/Zimmerin"
    assert not exploration_pass(card, CATALOGUE, wood, ())[0]  # related line is no list
    assert not exploration_pass(card, CATALOGUE, (), ("tischler", "holzmechaniker"))[0]
    both = "**Tischler/in** fertigt Einzelstücke, **Holzmechaniker/in** in Serie."
    assert exploration_pass(both, CATALOGUE, (), ("tischler", "holzmechaniker"))[0]


def test_a_follow_up_answers_about_its_card_or_the_occupation_it_leads_with() -> None:
    assert answered_about("**Holzmechaniker/in**\n\nDauer: 3 Jahre", CATALOGUE) == "holzmechaniker"
    short = "Zu Tischler/in: Die Ausbildung dauert in der Regel 3 Jahre."
    assert answered_about(short, CATALOGUE) == "tischler"
    assert answered_about("About Koch/Köchin (from your last question): …", CATALOGUE) == "koch"
    assert answered_about("Für welchen Beruf möchten Sie das wissen?", CATALOGUE) is None
    assert (
        answered_about("Zu „Holzer“ habe ich im Katalog keinen Beruf gefunden.", CATALOGUE) is None
    )


def test_a_follow_up_gives_the_fact_asked_for() -> None:
    assert gives_fact("Zu Tischler/in: … dauert in der Regel 3 Jahre.", CATALOGUE, "tischler",
                      "duration")  # fmt: skip
    assert not gives_fact("Zu Tischler/in: … dauert 3 Jahre.", CATALOGUE, "tischler", "pay")
    tasks = "Zu Koch/Köchin: Bereiten Speisen zu, planen Menüs und kalkulieren den Wareneinsatz."
    assert gives_fact(tasks, CATALOGUE, "koch", "tasks")
    assert not gives_fact("Zu Koch/Köchin: dauert 3 Jahre.", CATALOGUE, "koch", "tasks")
    assert gives_fact("Ein Mindestalter schreibt das BBiG nicht vor.", CATALOGUE, "", "age")
    assert gives_fact("Zu Koch/Köchin: in Teilzeit möglich.", CATALOGUE, "koch", "part_time")
    assert not gives_fact("Zu Koch/Köchin: dauert 3 Jahre.", CATALOGUE, "koch", "age")


def test_a_link_holding_the_letters_of_an_act_gives_no_legal_basis() -> None:
    # BERUFENET's search link ("…?suchwoerter=…") holds "hwo": no legal basis named
    unlisted = (
        "Zu Tischler/in: Dazu enthält der Katalog keine Angaben.\n\nOffizielle Beschreibung: "
        "[BERUFENET](https://web.arbeitsagentur.de/berufenet/ergebnisseite?suchwoerter=Tischler)"
    )
    assert not gives_fact(unlisted, CATALOGUE, "tischler", "legal")
    assert gives_fact("Zu Tischler/in: Rechtsgrundlage: BBiG/HwO.", CATALOGUE, "tischler", "legal")


def test_a_reply_is_read_as_written_in_the_language_of_its_own_lines() -> None:
    data = frozenset({"Tischler/in", "Planen und fertigen Möbel aus Holz und Holzwerkstoffen."})
    english = (
        "About Tischler/in: The training usually takes 3 years.\n\n"
        "Planen und fertigen Möbel aus Holz und Holzwerkstoffen.\n\n"  # German catalogue data
        "The catalogue notes on the duration “in Teilzeit bis zu fünf Jahre und mit Vertrag”.\n\n"
        "Official description: [BERUFENET of the Federal Employment Agency](https://x.de/a-der-b)"
        "\n\n→ `beruf Tischler/in`\n\n_Notes: Nehmen Sie an der Schulung teil und bestätigen Sie._"
    )
    assert written_in(english, "en", data)
    assert not written_in(english, "de", data)
    leaked = (
        english + "\n\nEigene Kurzbeschreibungen; verbindlich: BERUFENET der Agentur für Arbeit."
    )
    assert not written_in(leaked, "en", data)  # the template's German note stands unmarked
    german = "Zu Tischler/in: Die Ausbildung dauert in der Regel 3 Jahre.\n\nQuelle: Katalog"
    assert written_in(german, "de", data)
    assert not written_in(german, "en", data)
    assert not written_in("**Tischler/in**\n\nDauer: 3 Jahre", "de", data)  # nothing to read


def test_a_list_of_occupations_is_no_asking_back() -> None:
    listing = "- **Tischler/in** – 3 Jahre\n- **Zimmerer/Zimmerin** – 3 Jahre\n- **Koch/Köchin**"
    assert lists_occupations(listing, CATALOGUE)
    assert not lists_occupations("Für welchen Beruf? Zum Beispiel „Tischler/in“.", CATALOGUE)


def test_a_comparison_names_the_compared_occupations_and_no_other() -> None:
    compared = ("tischler", "zimmerer")
    both = "**Tischler/in und Zimmerer/Zimmerin im Vergleich**\n- Dauer: bei beiden 3 Jahre"
    assert compares_only(both, CATALOGUE, compared)
    assert not compares_only("**Tischler/in**\n- Dauer: 3 Jahre", CATALOGUE, compared)
    listing = both + "\n- **Koch/Köchin** – 3 Jahre"  # the list shown again
    assert not compares_only(listing, CATALOGUE, compared)


# --- case files ----------------------------------------------------------------------------


def test_case_files_are_checked_on_load(tmp_path: Path) -> None:
    (tmp_path / "email.yaml").write_text(
        'dev:\n  - {id: a, msg: "mail am 1.2.2027", facts: [{text: "Raum 7"}]}\n',
        encoding="utf-8",
    )
    with pytest.raises(CaseError, match="not in the request"):
        load_set("email", CATALOGUE, tmp_path)
    (tmp_path / "occupation.yaml").write_text(
        "heldout:\n  - {id: b, msg: beruf X, expect: no-such-id}\n", encoding="utf-8"
    )
    with pytest.raises(CaseError, match="no catalogue id"):
        load_set("occupation", CATALOGUE, tmp_path)
    (tmp_path / "occupation.yaml").write_text(
        "dev:\n  - {id: c, msg: Schreiner, expect: tischler}\nheldout:\n  - {id: d, msg: Pilot}\n",
        encoding="utf-8",
    )
    cases = load_set("occupation", CATALOGUE, tmp_path)
    assert [(c.split, c.expect.expect) for c in cases] == [("dev", "tischler"), ("heldout", None)]
    (tmp_path / "followup.yaml").write_text(
        'dev:\n  - {id: e, turns: ["beruf Koch", "und die dauer?"], expect: koch, focus: pay}\n'
        '  - {id: f, turns: ["und die dauer?"], expect: ask}\n',
        encoding="utf-8",
    )
    first, second = load_set("followup", CATALOGUE, tmp_path)
    assert (first.before, first.message, first.expect.focus) == (
        ("beruf Koch",),
        "und die dauer?",
        "pay",
    )
    assert (second.before, second.expect.expect) == ((), "ask")
    (tmp_path / "followup.yaml").write_text(
        'dev:\n  - {id: g, turns: ["beruf Koch", "und?"], expect: koch, focus: mood}\n',
        encoding="utf-8",
    )
    with pytest.raises(CaseError, match="unknown focus"):
        load_set("followup", CATALOGUE, tmp_path)
    (tmp_path / "followup.yaml").write_text(
        'dev:\n  - {id: h, turns: ["Gibt es ein Mindestalter?"], expect: general}\n',
        encoding="utf-8",
    )
    with pytest.raises(CaseError, match="scored by its focus"):
        load_set("followup", CATALOGUE, tmp_path)
    (tmp_path / "followup.yaml").write_text(
        'dev:\n  - {id: i, turns: ["Berufe mit Holz", "1 und 2?"], expect: compare}\n',
        encoding="utf-8",
    )
    with pytest.raises(CaseError, match="two or more ids"):
        load_set("followup", CATALOGUE, tmp_path)


def test_a_policy_case_may_be_read_after_earlier_turns(tmp_path: Path) -> None:
    (tmp_path / "policy.yaml").write_text(
        'dev:\n  - {id: p, turns: ["beruf Maurer", "er hat Rücken"], expect: special}\n'
        '  - {id: q, msg: "beruf Maurer", expect: neutral}\n',
        encoding="utf-8",
    )
    after, single = load_set("policy", CATALOGUE, tmp_path)
    assert (after.before, after.message, after.expect) == (
        ("beruf Maurer",),
        "er hat Rücken",
        frozenset({"special"}),
    )
    assert (single.before, single.message, single.expect) == ((), "beruf Maurer", frozenset())


def test_the_shipped_case_sets_load_and_are_big_enough() -> None:
    from bench.answer_quality.cases import load_catalogue

    catalogue = load_catalogue()
    minimum = {
        "email": 60,
        "summary": 20,
        "policy": 80,
        "occupation": 150,
        "exploration": 25,
        "followup": 25,
    }
    for name, size in minimum.items():
        cases = load_set(name, catalogue)
        # a later "fresh" section is reported on its own and not part of the original split
        original = [case for case in cases if case.split != "fresh"]
        heldout = sum(case.split == "heldout" for case in original)
        assert len(original) >= size, name
        assert heldout / len(original) >= 0.2, name
        # dev and fresh are both tuned on: held-out must not outweigh them
        assert heldout / len(cases) <= 0.4, name


def test_a_resolved_relative_day_is_not_invented() -> None:
    today = date(2027, 1, 11)
    draft = "Ihr Termin morgen, am 12.01.2027, um 10 Uhr"
    assert invented_facts("Erinnerung an Herrn Ali: Termin morgen um 10 Uhr", draft, today) == []
    far = invented_facts("Erinnerung: Termin morgen um 10 Uhr", "am 12.03.2027 um 10 Uhr", today)
    assert far == ["date 12.03.2027"]
    assert invented_facts("Termin um 10 Uhr", draft, today) == ["date 12.01.2027"]
    # a weekday written short after "am"/"bis" names a day as well
    friday = "bis Freitag, 15. Januar 2027"
    assert invented_facts("Bitte bis Fr die Unterlagen schicken", friday, today) == []
    assert invented_facts("Bitte die Unterlagen schicken", friday, today) == ["date 15.01.2027"]
    # so does one after "auf"/"von", or right before its clock time ("Di 10 Uhr")
    moved = "am Dienstag, 12. Januar 2027 … neuer Termin: Donnerstag, 14. Januar 2027"
    assert invented_facts("Termin verschoben von Di 10 Uhr auf Do", moved, today) == []
    assert invented_facts("Termin Di 10 Uhr", "am Dienstag, 12. Januar 2027", today) == []
    assert invented_facts("Termin um 10 Uhr", "am Dienstag, 12. Januar 2027", today) == [
        "date 12.01.2027"
    ]


def test_a_room_abbreviation_is_kept_when_the_draft_says_raum() -> None:
    assert fact_kept(FactSpec("text", "Zi. 105"), "Ort: Raum 105, 1. OG")
    assert not fact_kept(FactSpec("text", "Zi. 105"), "Ort: Raum 106")


def test_an_english_title_without_its_dot_is_the_same_name() -> None:
    assert fact_kept(FactSpec("name", "Mr. Fischer"), "Dear Mr Fischer,")
    assert fact_kept(FactSpec("name", "Ms. Haddad"), "Dear Ms Haddad,")
    assert not fact_kept(FactSpec("name", "Mr. Fischer"), "Dear Ms Fischer,")


def test_a_copyable_block_of_another_skill_is_no_draft() -> None:
    from bench.answer_quality.cases import Case
    from bench.quality import Answer, Report, score_email_set
    from bot.reply import Outcome

    case = Case(
        "email", "own-summary", "fresh", "Notiz 20.01.: Raum 1.05 …\nschreib ihr ne mail",
        [FactSpec("text", "Raum 1.05")],
    )  # fmt: skip
    notes = fenced("Ausgangssituation\n- Raum 1.05")
    for skill_id, kept in (("summary", "0.0 %"), ("email", "100.0 %")):
        report = Report()
        score_email_set("fresh", [Answer(case, notes, Outcome.OK, skill_id, (), 1.0)], report)
        assert report.rows[0].value == kept


def test_a_day_and_month_before_um_are_a_date_the_request_gave() -> None:
    request = "einladung an herr Vogt, termin 4.2 um halb 3"
    assert invented_facts(request, "Datum: Donnerstag, 4. Februar 2027") == []
    assert invented_facts("Treffen um 9.10 um die Ecke", "am 9.10.2027") != []


def test_details_never_list_a_held_out_case(capsys: pytest.CaptureFixture[str]) -> None:
    from bench.answer_quality.cases import Case
    from bench.quality import Answer, Report, print_report, score_email_set
    from bot.reply import Outcome

    report = Report()
    for split in ("fresh", "heldout"):
        case = Case("email", f"{split}-case", split, "mail an Frau Kaya", [FactSpec("text", "X")])
        score_email_set(split, [Answer(case, "", Outcome.OK, "email", (), 1.0)], report)
    print_report(report, "offline", details=True)
    printed = capsys.readouterr().out
    assert "fresh-case" in printed
    assert "heldout-case" not in printed
    assert "1 held-out failures counted above, not listed" in printed


def test_a_lookup_may_also_ask_for_a_fact_or_a_reply_language(tmp_path: Path) -> None:
    from bench.quality import Answer, Report, score_occupation_set
    from bot.reply import Outcome

    (tmp_path / "occupation.yaml").write_text(
        "dev:\n  - {id: a, msg: Gehalt Koch, expect: koch, focus: pay}\n"
        "  - {id: b, msg: cook pay, expect: koch, lang: en}\n"
        "  - {id: c, msg: what is KAoA, lang: en}\n  - {id: d, msg: Koch, expect: koch}\n",
        encoding="utf-8",
    )
    cases = load_set("occupation", CATALOGUE, tmp_path)
    assert [(c.expect.focus, c.expect.lang, c.expect.asks_more) for c in cases] == [
        ("pay", None, True),
        (None, "en", True),
        (None, "en", True),
        (None, None, False),
    ]
    card = "**Koch/Köchin**\n\n- **Dauer:** 3 Jahre"
    replies = [card, card, "KAoA is the career orientation at school in NRW.", card]
    report = Report()
    answers = [
        Answer(c, r, Outcome.OK, "occupation", (), 1.0)
        for c, r in zip(cases, replies, strict=True)
    ]
    score_occupation_set("dev", answers, report, CATALOGUE)
    rows = {row.metric: row.value for row in report.rows}
    assert rows["hit@1"] == "100.0 %"
    # the pay is not given, the card is German: only the English general answer passes
    assert rows["fact asked / reply language given (n=3)"] == "33.3 %"
    (tmp_path / "occupation.yaml").write_text(
        "dev:\n  - {id: e, msg: Pilot Gehalt, focus: pay}\n", encoding="utf-8"
    )
    with pytest.raises(CaseError, match="needs the occupation"):
        load_set("occupation", CATALOGUE, tmp_path)
