"""What an occupation card tells: school certificate, legal basis, BERUFENET, asked-for fact."""

from __future__ import annotations

import re

import pytest
import yaml
from skill_contexts import skill_context

from bot.reply import Facts, Heading, Text
from bot.skill import SkillContext, SkillResult
from skills.occupation import OccupationSkill
from skills.occupation.catalogue import InMemoryCatalogue
from skills.occupation.links import berufenet_url
from skills.occupation.schema import parse_catalogue

CATALOGUE = """
source: {title: "Kartenkatalog", as_of: "2026-12-01"}
occupations:
  - id: tischler
    title: "Tischler/in"
    male: "Tischler"
    female: "Tischlerin"
    training_type: dual
    regulation: "BBiG/HwO"
    duration_months: 36
    school: "Hauptschulabschluss oder mittlerer Schulabschluss"
    field: "Holz"
    description: "Stellen Möbel und Innenausbauten her."
  - id: erzieher
    title: "Erzieher/in"
    training_type: schulisch
    regulation: "Landesrecht (NRW)"
    field: "Soziales"
    description: "Begleiten Kinder und Jugendliche."
  - id: fachkraft-kueche
    title: "Fachkraft Küche"
    training_type: dual
    duration_months: 24
    field: "Gastronomie"
    description: "Bereiten Speisen vor."
"""


@pytest.fixture(scope="module")
def skill() -> OccupationSkill:
    source, occupations = parse_catalogue(yaml.safe_load(CATALOGUE), "test")
    return OccupationSkill(InMemoryCatalogue(occupations, (source,)))


def context(args: str, command: str | None = None, language: str = "de") -> SkillContext:
    return skill_context(args, command, language, text=args)


def facts(result: SkillResult) -> dict[str, str]:
    block = next(b for b in result.blocks if isinstance(b, Facts))
    return {fact.label: fact.value for fact in block.items}


def texts(result: SkillResult) -> list[str]:
    return [b.markdown for b in result.blocks if isinstance(b, Text)]


async def test_the_card_shows_school_certificate_legal_basis_and_berufenet(
    skill: OccupationSkill,
) -> None:
    result = await skill.handle(context("Tischlerin", command="beruf"))
    shown = facts(result)
    assert shown["Üblicher Schulabschluss"] == "Hauptschulabschluss oder mittlerer Schulabschluss"
    assert shown["Rechtsgrundlage"] == "BBiG/HwO (Berufsbildungsgesetz, Handwerksordnung)"
    url = "https://web.arbeitsagentur.de/berufenet/ergebnisseite?suchwoerter=Tischler"
    assert f"Offizielle Beschreibung: [BERUFENET der Bundesagentur für Arbeit]({url})" in (
        texts(result)
    )
    assert result.data["berufenet_url"] == url
    assert result.data["occupation"]["school"].startswith("Hauptschulabschluss")


async def test_unknown_facts_are_left_out_not_guessed(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Fachkraft Küche", command="beruf"))
    shown = facts(result)
    assert "Üblicher Schulabschluss" not in shown
    assert "Rechtsgrundlage" not in shown
    assert result.data["berufenet_url"].endswith("suchwoerter=Fachkraft%20K%C3%BCche")


async def test_a_pay_question_gets_the_published_source_and_no_invented_figure(
    skill: OccupationSkill,
) -> None:
    result = await skill.handle(context("Was verdient man als Tischler in der Ausbildung?"))
    assert result.blocks[0] == Heading("Tischler/in")
    lead = result.blocks[1]
    assert isinstance(lead, Text)
    assert "keine geprüften Beträge" in lead.markdown
    assert "https://www.bibb.de/" in lead.markdown
    assert not re.search(r"\d+\s*(?:€|Euro)", " ".join(texts(result)))


async def test_pay_once_qualified_points_to_the_entgeltatlas_not_to_training_pay(
    skill: OccupationSkill,
) -> None:
    result = await skill.handle(context("Was verdient ein Tischler nach der Ausbildung?"))
    lead = " ".join(texts(result)[:2])
    assert "https://web.arbeitsagentur.de/entgeltatlas/" in lead
    assert "https://www.bibb.de/" not in lead
    assert not re.search(r"\d+\s*(?:€|Euro)", " ".join(texts(result)))


async def test_a_keyword_next_to_the_occupation_is_the_fact_asked_not_a_field(
    skill: OccupationSkill,
) -> None:
    result = await skill.handle(context("Ausbildung Tischler Dauer"))
    assert result.blocks[0] == Heading("Tischler/in")
    assert texts(result)[0].startswith("Die Ausbildung dauert")
    assert "Fachrichtung" not in " ".join(texts(result))


async def test_pay_asked_without_saying_when_offers_both_sources(skill: OccupationSkill) -> None:
    result = await skill.handle(context("was verdient man als Tischler?"))
    shown = " ".join(texts(result))
    assert "https://www.bibb.de/" in shown
    assert "https://web.arbeitsagentur.de/entgeltatlas/" in shown


async def test_a_requirements_question_leads_with_the_school_certificate(
    skill: OccupationSkill,
) -> None:
    result = await skill.handle(context("Welchen Schulabschluss braucht man als Tischler?"))
    school = "Hauptschulabschluss oder mittlerer Schulabschluss"
    assert result.blocks[1] == Text(f"Üblich ist: {school}.")
    assert "keinen bestimmten Schulabschluss vor" in texts(result)[1]


async def test_a_requirements_question_without_a_known_certificate_says_so(
    skill: OccupationSkill,
) -> None:
    result = await skill.handle(context("welche Voraussetzungen braucht man für Erzieherin"))
    assert result.blocks[0] == Heading("Erzieher/in")
    assert texts(result)[0].startswith("Einen typischen Schulabschluss nennt der Katalog")


async def test_english_pay_question(skill: OccupationSkill) -> None:
    result = await skill.handle(context("how much does a carpenter earn", language="en"))
    # "carpenter" is no name in this catalogue: nothing is invented
    assert result.data.get("occupation") is None
    tischler = await skill.handle(context("how much does a Tischler earn?", language="en"))
    assert "no checked figures on training pay" in texts(tischler)[0]


def test_berufenet_searches_the_base_form_of_the_title() -> None:
    source, occupations = parse_catalogue(yaml.safe_load(CATALOGUE), "test")
    del source
    by_id = {occupation.id: occupation for occupation in occupations}
    assert berufenet_url(by_id["erzieher"]).endswith("suchwoerter=Erzieher")
