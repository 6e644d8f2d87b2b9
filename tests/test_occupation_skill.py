"""The occupation skill end to end on the fixture catalogue: blocks, data, follow-up, language."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from skill_contexts import skill_context

from bot.llm.port import LLM
from bot.reply import Actions, Facts, Heading, Outcome, Source, Text
from bot.skill import SkillContext, SkillResult
from skills.occupation import OccupationSkill
from skills.occupation.answer import Answer, AnswerRequest
from skills.occupation.catalogue import InMemoryCatalogue, load_builtin_catalogue
from skills.occupation.choices import searchable_term
from skills.occupation.facts import duration_text
from skills.occupation.skill import skill_texts

FIXTURE = Path(__file__).with_name("fixtures") / "occupations_small.yaml"
FIXTURE_SOURCE = Source("Testkatalog Ausbildungsberufe", "2026-01-15")


@pytest.fixture(scope="module")
def catalogue() -> InMemoryCatalogue:
    return load_builtin_catalogue(FIXTURE)


@pytest.fixture(scope="module")
def skill(catalogue: InMemoryCatalogue) -> OccupationSkill:
    return OccupationSkill(catalogue)


def context(
    args: str,
    command: str | None = None,
    language: str = "de",
    state: dict[str, Any] | None = None,
) -> SkillContext:
    return skill_context(
        args, command, language, state=state, now=datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    )


def facts(result: SkillResult) -> dict[str, str]:
    blocks = [b for b in result.blocks if isinstance(b, Facts)]
    assert len(blocks) == 1
    return {fact.label: fact.value for fact in blocks[0].items}


def texts(result: SkillResult) -> list[str]:
    return [b.markdown for b in result.blocks if isinstance(b, Text)]


async def test_command_query_answers_with_catalogue_facts(skill: OccupationSkill) -> None:
    result = await skill.handle(context("schreiner"))
    assert result.outcome is Outcome.OK
    assert result.blocks[0] == Heading("Tischler/in")
    assert facts(result) == {
        "Männlich": "Tischler",
        "Weiblich": "Tischlerin",
        "Ausbildungsart": "Duale Ausbildung (Betrieb und Berufsschule)",
        "Rechtsgrundlage": "HwO (Handwerksordnung)",
        "Dauer": "3 Jahre",
        "Berufsfeld": "Holz",
    }
    shown = texts(result)
    assert "„Schreiner/in“ steht im Katalog unter Tischler/in." in shown
    assert any(t.startswith("Stellen Möbel, Fenster") for t in shown)
    assert "Verwandte Berufe: Holzmechaniker/in" in shown
    assert result.sources == (FIXTURE_SOURCE,)
    assert result.ai_generated is False
    assert result.follow_up is None


async def test_card_data_holds_every_field(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Kfz-Mechatronikerin"))
    occupation = result.data["occupation"]
    assert occupation["id"] == "kraftfahrzeugmechatroniker"
    assert occupation["training_type"] == "dual"
    assert occupation["regulation"] == "BBiG/HwO"
    assert occupation["duration_months"] == 42
    assert occupation["specialisations"] == [
        "Personenkraftwagentechnik",
        "Nutzfahrzeugtechnik",
        "Motorradtechnik",
    ]
    assert occupation["related"] == ["mechatroniker", "zweiradmechatroniker"]
    assert result.data["related"] == [
        {"id": "mechatroniker", "title": "Mechatroniker/in"},
        {"id": "zweiradmechatroniker", "title": "Zweiradmechatroniker/in"},
    ]
    assert result.data["source"] == {
        "title": "Testkatalog Ausbildungsberufe",
        "as_of": "2026-01-15",
        "url": None,
        "note": "Nur für Tests.",
    }
    assert facts(result)["Dauer"] == "3½ Jahre (verkürzbar)"
    assert facts(result)["Schwerpunkte"] == (
        "Personenkraftwagentechnik, Nutzfahrzeugtechnik, Motorradtechnik"
    )


async def test_free_text_question_with_alternatives(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Was macht eine Mechatronikerin?", command=None))
    assert result.blocks[0] == Heading("Mechatroniker/in")
    assert facts(result)["Dauer"] == "3½ Jahre"
    alternatives = result.data["alternatives"]
    assert {"Kraftfahrzeugmechatroniker/in", "Zweiradmechatroniker/in"} <= set(alternatives)
    assert len(alternatives) <= 4
    assert f"Meinten Sie auch: {', '.join(alternatives)}" in texts(result)
    assert result.data["matched"]["kind"] in ("title", "female")


async def test_duration_question_leads_with_the_duration(skill: OccupationSkill) -> None:
    question = "Wie lange dauert die Ausbildung zum Tischler?"
    result = await skill.handle(context(question, command=None))
    assert result.blocks[0] == Heading("Tischler/in")
    assert result.blocks[1] == Text("Die Ausbildung dauert in der Regel 3 Jahre.")


async def test_duration_question_without_a_catalogue_duration(skill: OccupationSkill) -> None:
    question = "Wie lange dauert die Ausbildung zur Erzieherin?"
    result = await skill.handle(context(question, command=None))
    assert result.blocks[0] == Heading("Erzieher/in")
    assert "Zur Dauer enthält der Katalog keine feste Angabe." in texts(result)
    assert "Dauer" not in facts(result)
    assert facts(result)["Rechtsgrundlage"] == "Landesrecht (NRW)"


async def test_former_title_is_named_as_such(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Arzthelferin"))
    assert result.blocks[0] == Heading("Medizinische/r Fachangestellte/r")
    assert result.blocks[1] == Text("Arzthelfer/in heißt heute Medizinische/r Fachangestellte/r.")
    assert facts(result)["KldB 2010"] == "81102"
    assert result.data["matched"] == {"name": "Arzthelfer/in", "kind": "former"}


async def test_own_title_gets_no_naming_note(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Tischlerin"))
    assert not any("steht im Katalog" in t or "heißt heute" in t for t in texts(result))


async def test_no_match_offers_no_mere_spelling_neighbours(skill: OccupationSkill) -> None:
    # "Mechatroniker/in" is only spelt like "Elektriker": it is not offered as a choice.
    result = await skill.handle(context("Elektriker"))
    assert result.outcome is Outcome.UNKNOWN
    assert texts(result)[0] == "Zu „Elektriker“ habe ich im Katalog keinen Beruf gefunden."
    assert not [b for b in result.blocks if isinstance(b, Actions)]
    assert result.data == {"suggestions": []}


async def test_not_found_links_a_berufenet_search_for_the_word_as_typed(
    skill: OccupationSkill,
) -> None:
    result = await skill.handle(context("Pilot"))
    assert result.outcome is Outcome.UNKNOWN
    link = "(https://web.arbeitsagentur.de/berufenet/ergebnisseite?suchwoerter=Pilot)"
    assert any(link in text for text in texts(result))


@pytest.mark.parametrize("typed", ["Pilot (m/w/d) [alt]", "Soldat, Marine, 12 Jahre"])
def test_a_search_link_only_for_a_word_or_title(typed: str) -> None:
    assert not searchable_term(typed)
    assert searchable_term("Fachkraft für Kurier- und Postdienste")


async def test_uncertain_match_asks_with_choices_that_lead_to_the_entry(
    skill: OccupationSkill,
) -> None:
    result = await skill.handle(context("Kfz-Mechatronikerhelfer"))
    assert result.outcome is Outcome.PROMPT
    assert texts(result)[0].startswith("„Kfz-Mechatronikerhelfer“ habe ich im Katalog nicht")
    actions = next(b for b in result.blocks if isinstance(b, Actions)).items
    assert [a.label for a in actions] == ["Kraftfahrzeugmechatroniker/in"]
    assert all(a.command == f"beruf {a.label}" for a in actions)
    for action in actions:  # each suggested command leads straight to its title
        word, _, args = action.command.partition(" ")
        chosen = await skill.handle(context(args, command=word))
        assert chosen.blocks[0] == Heading(action.label)


async def test_no_match_without_suggestions_gives_a_hint(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Astronaut"))
    assert result.outcome is Outcome.UNKNOWN
    assert not [b for b in result.blocks if isinstance(b, Actions)]
    assert any("offizielle Berufsbezeichnung" in t for t in texts(result))


async def test_empty_query_asks_and_takes_the_answer(skill: OccupationSkill) -> None:
    asked = await skill.handle(context(""))
    assert asked.outcome is Outcome.PROMPT
    assert asked.follow_up is not None
    assert dict(asked.follow_up.state) == {"step": "query"}
    assert texts(asked)[0].startswith("Welchen Beruf möchten Sie nachschlagen?")
    answered = await skill.handle(context("Erzieherin", command=None, state={"step": "query"}))
    assert answered.outcome is Outcome.OK
    assert answered.blocks[0] == Heading("Erzieher/in")
    blank = await skill.handle(context(" ? ", command=None, state={"step": "query"}))
    assert blank.outcome is Outcome.PROMPT
    assert blank.follow_up == asked.follow_up


async def test_english_reply(skill: OccupationSkill) -> None:
    result = await skill.handle(context("What does a carpenter do?", None, language="en"))
    assert result.blocks[0] == Heading("Tischler/in")
    shown = facts(result)
    assert shown["Duration"] == "3 years"
    assert shown["Type of training"] == "Dual training (company and vocational school)"
    assert shown["Legal basis"] == "HwO (Crafts Code)"
    assert "“Carpenter” is listed in the catalogue as Tischler/in." in texts(result)
    former = await skill.handle(context("Altenpflegerin", language="en"))
    assert "Altenpfleger/in is now called Pflegefachmann/-frau." in texts(former)
    assert facts(former)["Legal basis"] == "Federal law"
    empty = await skill.handle(context("", command="occupation", language="en"))
    assert texts(empty)[0].startswith("Which occupation")


@pytest.mark.parametrize(
    ("months", "language", "expected"),
    [
        (12, "de", "1 Jahr"),
        (18, "de", "1½ Jahre"),
        (24, "de", "2 Jahre"),
        (30, "de", "2½ Jahre"),
        (36, "de", "3 Jahre"),
        (42, "de", "3½ Jahre"),
        (15, "de", "15 Monate"),
        (36, "en", "3 years"),
        (30, "en", "2½ years"),
        (12, "en", "1 year"),
        (20, "en", "20 months"),
    ],
)
def test_duration_wording(months: int, language: str, expected: str) -> None:
    texts = skill_texts()
    assert duration_text(months, lambda key, **v: texts.get(language, key, **v)) == expected


class RecordingAnswerer:
    """Stands in for a later model-backed answerer."""

    def __init__(self) -> None:
        self.requests: list[AnswerRequest] = []

    async def answer(self, request: AnswerRequest, llm: LLM) -> Answer:
        del llm
        self.requests.append(request)
        return Answer((Text("phrased"),), ai_generated=True, tokens_in=7, tokens_out=3)


async def test_answerer_seam_gets_the_facts_and_sets_the_flags(
    catalogue: InMemoryCatalogue,
) -> None:
    answerer = RecordingAnswerer()
    skill = OccupationSkill(catalogue, answerer=answerer)
    result = await skill.handle(context("Mechatronikerin", language="en"))
    request = answerer.requests[0]
    assert request.occupation.id == "mechatroniker"
    assert [o.id for o in request.related] == [
        "kraftfahrzeugmechatroniker",
        "zweiradmechatroniker",
    ]
    assert request.language == "en"
    assert result.blocks == (Text("phrased"),)
    assert (result.ai_generated, result.tokens_in, result.tokens_out) == (True, 7, 3)
    assert result.data["occupation"]["id"] == "mechatroniker"  # card data stays catalogue facts


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Mechatronikerin", 0.8, 0.8),
        ("Kfz-Mechatroniker/in", 0.8, 0.8),
        ("Meine Tochter möchte Tischlerin werden", 0.5, 0.8),
        ("Schreib eine E-Mail an die Schule wegen des Praktikums", 0.0, 0.0),
        ("Fasse das Gespräch zusammen", 0.0, 0.0),
        ("Tischler " + "und noch mehr Text " * 20, 0.0, 0.0),
    ],
)
def test_match_score_is_evidence_of_an_occupation_name(
    skill: OccupationSkill, text: str, low: float, high: float
) -> None:
    assert low <= skill.match_score(text) <= high


def test_intent_cues_cover_the_example_questions() -> None:
    meta = OccupationSkill.meta
    questions = [
        "Was macht eine Mechatronikerin?",
        "Wie lange dauert die Ausbildung zum Tischler?",
        "Ausbildung als Erzieherin",
        "what does a nurse do?",
    ]
    for question in questions:
        assert any(re.search(c.pattern, question, re.IGNORECASE) for c in meta.intents), question
    assert not any(re.search(c.pattern, "Schreib eine E-Mail", re.I) for c in meta.intents)
    assert meta.commands == ("beruf", "berufe", "occupation", "job")
    assert (meta.needs_llm, meta.enabled_by_default) == (False, True)
