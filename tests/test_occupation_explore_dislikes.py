"""List questions with a dislike said after its word ("Büro mag er gar nicht", "Bau kommt
nicht in Frage"), a way of working (alone, quietly), people ruled out, misspelt question
words, notes pasted before the question and a comparison asked with the bare word
"Unterschied?" before a remark about the client."""

from __future__ import annotations

from conftest import Chat

from bot.reply import Outcome
from skills.occupation import compare
from skills.occupation.catalogue import InMemoryCatalogue
from skills.occupation.evidence import asked_after_notes
from skills.occupation.explore import ExploreQuery, parse
from skills.occupation.profiles import read_profiles
from skills.occupation.ranking import Fit, rank, rank_suggested


def read(question: str) -> ExploreQuery:
    query = parse(question)
    assert query is not None, question
    return query


def labels(question: str) -> tuple[list[str], list[str]]:
    query = read(question)
    return [t.label for t in query.topics], [t.label for t in query.excluded]


def fits(question: str, catalogue: InMemoryCatalogue) -> list[Fit]:
    query = read(question)
    schools = read_profiles().schools
    return (rank_suggested if query.suggested else rank)(query, catalogue.occupations, schools)


def test_a_dislike_after_its_word_rules_it_out() -> None:
    # each was read as an interest in what it rules out
    for question, wanted, ruled_out in (
        ("Metall ja, aber Baustelle auf keinen Fall. Welche Lehrstellen?", "Metall", "Bau"),
        ("Verwaltung kann sie sich nicht vorstellen – Ideen mit Pflanzen?", None, None),
        (
            "Büro mag er gar nicht, was mit Fahrzeugen wär gut. Welche Ausbildungen?",
            "Fahrzeuge",
            "Büro und Verwaltung",
        ),
        ("Holz findet er super, Kunden eher nicht. Welche Berufe?", "Holz", "Kundenkontakt"),
        (
            "she likes cars, an office is a no-go for her – which apprenticeships?",
            "Fahrzeuge",
            "Büro und Verwaltung",
        ),
        (
            "Elektronik? Gern. Verkauf? Nee. Welche Ausbildungen passen?",
            "Elektro",
            "Verkauf und Handel",
        ),
    ):
        topics, excluded = labels(question)
        if wanted is None:  # "nicht vorstellen" does not end the clause: nothing ruled out
            assert "Büro und Verwaltung" in topics, question
            continue
        assert topics == [wanted], question
        assert ruled_out in excluded, question


def test_a_negation_after_a_word_stays_with_its_own_word() -> None:
    # "und nicht ins Büro" rules out the office only; an open "weiß nicht, welche" nothing
    assert labels("Sie will was mit Pferden und nicht ins Büro, welche Berufe?") == (
        ["Tiere"],
        ["Büro und Verwaltung"],
    )
    assert labels("Er mag Musik, weiß aber nicht welche Ausbildung") == (["Musik"], [])
    # a word between takes the negation: "Technik, aber Menschen eher nein" keeps Technik
    topics, excluded = labels("was mit technik aber menschen eher nein, welche ausbildung")
    assert topics == ["Technik"]
    assert excluded == ["Kontakt mit Menschen"]
    # a note's label "Mag nicht:" rules out what follows it, not the line before
    assert labels("Mag: Sport\nMag nicht: Büro\nwelche ausbildungen?") == (
        ["Sport"],
        ["Büro und Verwaltung"],
    )


def test_neither_nor_instead_of_and_little_contact_are_negations() -> None:
    assert set(labels("Berufe, wo er weder am Schreibtisch sitzt noch im Verkauf steht?")[1]) == {
        "Büro und Verwaltung",
        "Verkauf und Handel",
    }
    assert labels("lieber draußen statt im Büro, was gibts?") == (
        ["draußen arbeiten"],
        ["Büro und Verwaltung"],
    )
    assert (
        "Kontakt mit Menschen"
        in labels("Kochen, aber möglichst wenig mit Menschen – welche Ausbildungen?")[1]
    )


def test_working_alone_is_a_way_of_working(catalogue: InMemoryCatalogue) -> None:
    # was "nicht verstanden": no topic held being on one's own or a quiet job
    for question in (
        "Meine Klientin arbeitet gern für sich. Welche Berufe passen?",
        "Gibt es Ausbildungen mit wenig Trubel, eher ruhige Arbeit?",
        "apprenticeships for a shy lad who likes to work alone",
    ):
        found = fits(question, catalogue)
        assert len(found) >= 5, question
        assert "kaufmann-einzelhandel" not in {fit.occupation.id for fit in found[:10]}
    # beside a subject it orders the subject's list: the lab before the sales counter
    question = "arbeitet lieber allein, mag Chemie. Welche Ausbildungen?"
    ids = [fit.occupation.id for fit in fits(question, catalogue)]
    assert ids[0] in {"chemielaborant", "chemikant"}


def test_people_ruled_out_leave_out_the_jobs_full_of_contact(
    catalogue: InMemoryCatalogue,
) -> None:
    # an animal lover who avoids people was offered the vet's front desk first
    found = [
        fit.occupation.id
        for fit in fits(
            "Er liebt Hunde, Menschen sind nicht so sein Ding. Welche Ausbildungen?", catalogue
        )
    ]
    assert found
    assert "tiermedizinischer-fachangestellter" not in found
    assert "tierpfleger" in found[:5]
    # ruled out alone, it suggests work on one's own, nature, the lab
    query = read("Welche Ausbildung, wenn jemand nicht gern mit Menschen arbeitet?")
    assert [t.label for t in query.suggested][:2] == ["allein arbeiten", "Natur"]


def test_misspelt_question_words_still_ask_for_a_list() -> None:
    for question, label in (
        ("welche lehrstelen gibts mit holz", "Holz"),
        ("asubildungen im bereich medien", "Medien"),
    ):
        assert labels(question)[0] == [label], question


def test_notes_ending_in_a_list_question_are_that_question() -> None:
    assert asked_after_notes("TN 18, HSA\nHobby: Angeln, Natur\nWas für Ausbildungen gibt es?")
    assert not asked_after_notes("Welche Ausbildungen gibt es mit Holz?")
    # a labelled line of the notes is part of them, not the request
    assert not asked_after_notes("TN 18\nHSA\nOffen: welche Ausbildungen?")


async def test_notes_with_a_question_after_them_get_the_list(acked_chat: Chat) -> None:
    # the labelled lines made this a summary of notes
    reply, text = await acked_chat.say(
        "Teilnehmerin, 20, MSA\nMag: Pflanzen, draußen sein\nMag nicht: Büro\n"
        "Welche Ausbildungen könnten passen?"
    )
    assert reply.skill_id == "occupation"
    assert reply.outcome is Outcome.OK
    assert "Gärtner/in" in text


def test_a_bare_difference_word_asks_for_a_comparison() -> None:
    found = compare.parse("Koch oder Fachkraft Küche, Unterschied? Sie ist 17.")
    assert found is not None
    assert (found.left, found.right) == ("Koch", "Fachkraft Küche")
    assert compare.parse("Koch oder Bäcker, der Unterschied ist mir klar") is None


def test_a_condition_no_topic_knows_is_said_wherever_it_stands() -> None:
    # "Nachtarbeit geht nicht" and a note's "No-Go:" line were dropped without a word
    # (conditions no field of the catalogue holds are said back as not taken into account)
    assert read("Nachtarbeit geht für sie gar nicht. Was mit Pflanzen?").unheeded == (
        "nachtarbeit",
    )
    query = read("Klientin 18\nInteressen: Kochen\nNo-Go: Wochenenden\nWelche Ausbildungen?")
    assert query.unheeded == ("wochenenden",)
    # talk is no condition, and a topic word's own negation is read as that topic's
    assert read("Na dann eben nicht. Welche Ausbildungen mit Holz?").unknown_area is None
    query = read("Große Gruppen mag sie nicht, lieber für sich. Welche Berufe?")
    assert query.unknown_area is None
    assert [topic.label for topic in query.excluded] == ["Kontakt mit Menschen"]
