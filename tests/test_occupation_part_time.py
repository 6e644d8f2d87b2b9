"""Questions about part-time training: what the catalogue knows, and the binding source."""

from __future__ import annotations

import pytest
from skill_contexts import skill_context

from bot.reply import Heading, Text
from bot.routing.intent import OfflineIntentClassifier
from bot.skill import Skill
from skills.email.skill import EmailSkill
from skills.occupation import OccupationSkill
from skills.occupation.catalogue import load_builtin_catalogue
from skills.occupation.part_time import BERUFENET
from skills.summary.skill import SummarySkill


@pytest.fixture(scope="module")
def skill() -> OccupationSkill:
    return OccupationSkill(load_builtin_catalogue())


@pytest.fixture(scope="module")
def skills(skill: OccupationSkill) -> list[Skill]:
    return [skill, EmailSkill(), SummarySkill()]


@pytest.mark.parametrize(
    "question",
    [
        "Ausbildungen in Teilzeit",
        "gibt es eigentlich teilzeitausbildungen?",
        "Kann meine Klientin ihre Lehre in Teilzeit machen?",
        "part-time apprenticeships",
    ],
)
async def test_part_time_questions_get_what_the_catalogue_knows_and_the_source(
    question: str, skill: OccupationSkill, skills: list[Skill]
) -> None:
    intent = await OfflineIntentClassifier().classify(question, skills)
    assert intent is not None
    assert intent.skill_id == "occupation"
    result = await skill.handle(skill_context(question, None, "de"))
    text = "\n".join(block.markdown for block in result.blocks if isinstance(block, Text))
    assert "nicht als eigenes Merkmal" in text  # no invented list
    assert BERUFENET in text
    # the entries whose duration note names part time are shown with that note
    noted = result.data["part_time"]["noted"]
    assert "pflegefachmann" in noted
    entries = [o for o in load_builtin_catalogue().occupations if o.id in noted]
    assert all("teilzeit" in (entry.duration_note or "").casefold() for entry in entries)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Ausbildung zum Tischler in Teilzeit", "Tischler/in"),
        # named without "zum", and learnt rather than trained
        ("Kann man Erzieher auch in Teilzeit lernen?", "Erzieher/in"),
        ("kann man florist in teilzeit lernen", "Florist/in"),
        # asked whether it can be done, with no word about training
        ("geht Kauffrau für Büromanagement auch in Teilzeit", "Kaufmann/-frau für Büromanagement"),
        ("ist Erzieherin auch in Teilzeit möglich?", "Erzieher/in"),
    ],
)
async def test_part_time_with_a_named_occupation_stays_a_lookup(
    text: str, heading: str, skill: OccupationSkill
) -> None:
    result = await skill.handle(skill_context(text, None, "de"))
    assert "part_time" not in result.data
    assert result.blocks[0] == Heading(heading)
    text = "\n".join(b.markdown for b in result.blocks if isinstance(b, Text))
    assert "Teilzeit" in text
    assert "in der Fachrichtung „" not in text  # the way of training is no field of the title


@pytest.mark.parametrize(
    "text",
    [
        "Schreib eine Mail an Frau Klein: die Ausbildung in Teilzeit ist genehmigt",
        "Kl. arbeitet in Teilzeit im Supermarkt, möchte sich verändern",
    ],
)
async def test_part_time_in_other_requests_is_not_captured(text: str, skills: list[Skill]) -> None:
    intent = await OfflineIntentClassifier().classify(text, skills)
    assert intent is None or intent.skill_id != "occupation"


async def test_part_time_asked_in_general_gives_the_rule_of_dual_training(
    skill: OccupationSkill,
) -> None:
    # "gibts ausbildung auch in teilzeit?" said only that the catalogue holds no list
    result = await skill.handle(skill_context("gibts ausbildung auch in teilzeit?", None, "de"))
    text = "\n".join(block.markdown for block in result.blocks if isinstance(block, Text))
    assert "(§ 7a BBiG, § 27b HwO)" in text
    assert "nicht als eigenes Merkmal" in text
