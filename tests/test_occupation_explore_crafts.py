"""List questions about the crafts as a sector, a missing certificate with an interest, dislikes
and workplaces: "im Handwerk" names the craft trades (not industrial work done by hand), "nix
auf dem Bau" rules building out, "ohne Abschluss" keeps to the interest named, "hasst Büro"
suggests work on one's feet, "kein Blut sehen" leaves out the occupations that treat wounds."""

from __future__ import annotations

from conftest import Chat

from bot.reply import Outcome
from skills.occupation.catalogue import InMemoryCatalogue
from skills.occupation.explore import parse, vocabulary
from skills.occupation.profiles import read_profiles
from skills.occupation.ranking import Fit, rank, rank_suggested


def fits(question: str, catalogue: InMemoryCatalogue) -> list[Fit]:
    query = parse(question)
    assert query is not None, question
    schools = read_profiles().schools
    return (rank_suggested if query.suggested else rank)(query, catalogue.occupations, schools)


def crafts() -> set[str]:
    return {
        entry
        for topic, _ in vocabulary().topics
        if topic.label == "Handwerk"
        for entry in topic.ids
    }


def test_every_occupation_under_the_crafts_code_is_a_craft(catalogue: InMemoryCatalogue) -> None:
    known = {occupation.id for occupation in catalogue.occupations}
    listed = crafts()
    assert listed <= known
    for occupation in catalogue.occupations:
        if "HwO" in (occupation.regulation or ""):
            assert occupation.id in listed, occupation.id


def test_the_crafts_as_a_sector_list_no_industrial_occupation(
    catalogue: InMemoryCatalogue,
) -> None:
    # was Industriemechaniker/in, Zerspanungsmechaniker/in, … ("Handwerk" read as hands-on)
    found = fits("Welche Lehrberufe hat das Handwerk für jemanden mit mittlerer Reife?", catalogue)
    assert len(found) >= 20
    assert {fit.occupation.id for fit in found} <= crafts()
    assert found[0].occupation.id == "tischler"  # the sector's own order, not a title's word


def test_hands_on_work_still_reaches_industry(catalogue: InMemoryCatalogue) -> None:
    found = fits("Sie ist handwerklich geschickt – welche Ausbildungen?", catalogue)
    assert "industriemechaniker" in {fit.occupation.id for fit in found}


def test_everyday_negations_rule_an_area_out(catalogue: InMemoryCatalogue) -> None:
    # "nichts"/"nix" were not read as a negation: the list was the building trades
    for question in ("Handwerksberufe, aber nichts mit Bau", "lehre im handwerk, nix aufm bau"):
        query = parse(question)
        assert query is not None
        assert [topic.label for topic in query.excluded] == ["Bau"], question
        found = fits(question, catalogue)
        assert found
        assert not any(fit.occupation.field == "Bau und Ausbau" for fit in found)


def test_without_a_certificate_the_interest_decides(catalogue: InMemoryCatalogue) -> None:
    # was two entries: the dual IT training usually expects the MSA and was dropped
    found = fits("Lehrstellen ohne Abschluss für einen, der gern programmiert?", catalogue)
    in_it = [fit for fit in found if fit.occupation.field == "IT und Informatik"]
    assert len(in_it) >= 3
    assert all(fit.above_school for fit in in_it)
    assert all(fit.occupation.training_type.value == "dual" for fit in found)


def test_an_office_ruled_out_suggests_work_on_ones_feet(catalogue: InMemoryCatalogue) -> None:
    # was the catalogue's order after the office: Verkäufer/in, Bankkaufmann/-frau, …
    question = "Sie hasst Büroarbeit – was für Ausbildungen kämen in Frage?"
    query = parse(question)
    assert query is not None
    assert query.suggested
    first = fits(question, catalogue)[:8]
    assert not any("kaufm" in fit.occupation.id for fit in first)


def test_no_blood_leaves_out_wounds_but_keeps_health(catalogue: InMemoryCatalogue) -> None:
    found = fits("Medizinische Berufe, aber er kann kein Blut sehen?", catalogue)
    shown = {fit.occupation.id for fit in found}
    assert len(shown) >= 5
    assert not shown & {"medizinischer-fachangestellter", "pflegefachmann", "notfallsanitaeter"}
    assert "kaufmann-gesundheitswesen" in shown


def test_a_wish_to_enter_a_field_asks_for_its_list() -> None:
    # was "nicht verstanden": no question frame, and "als studieren" taken for an occupation
    for question, label in (
        ("Klientin möchte in die Logistik", "Logistik und Verkehr"),
        ("Abiturient, will in die Medien, aber lieber dual als studieren", "Medien"),
        ("What skilled trades could she learn?", "Handwerk"),
    ):
        query = parse(question)
        assert query is not None, question
        assert [topic.label for topic in query.topics] == [label], question


async def test_a_special_school_pupil_is_no_question_about_funding(acked_chat: Chat) -> None:
    # "Förderschülerin" was read as "Förderung": the funding answer instead of a list
    reply, text = await acked_chat.say("Förderschülerin, mag Pflanzen – welche Lehre wäre drin?")
    assert reply.outcome is Outcome.OK
    assert "Gefiltert nach:" in text
    assert "Gärtner/in" in text


async def test_workplaces_name_their_training(acked_chat: Chat) -> None:
    # the health insurer was a card of one occupation, the nursery a list of speech therapists
    for question, first in (
        ("Was für Ausbildungsplätze hat die AOK?", "Sozialversicherungsfachangestellte/r"),
        ("Welche Ausbildungen gibt es in einer Kinderkrippe?", "Erzieher/in"),
    ):
        reply, text = await acked_chat.say(question)
        assert reply.outcome is Outcome.OK, question
        assert "Gefiltert nach:" in text, question
        assert first in text.split("\n- ")[1], question


def test_a_craft_occupation_by_its_adjective_is_the_sector(catalogue: InMemoryCatalogue) -> None:
    # "handwerkliche Berufe" are the crafts' occupations; "handwerklich geschickt" an ability
    found = fits("Gibt es handwerkliche Berufe mit Holz für ihn?", catalogue)
    assert [fit.occupation.id for fit in found[:5]] == [
        fit.occupation.id for fit in found[:5] if fit.occupation.id in crafts()
    ]
    assert len(found) >= 5
