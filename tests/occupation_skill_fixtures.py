"""The built-in catalogue and skills for occupation skill tests, and reading their results."""

from __future__ import annotations

import pytest

from bot.reply import Actions, Text
from bot.skill import Skill, SkillResult
from skills.email.skill import EmailSkill
from skills.occupation import OccupationSkill
from skills.occupation.catalogue import InMemoryCatalogue, load_builtin_catalogue
from skills.summary.skill import SummarySkill


@pytest.fixture(scope="module")
def catalogue() -> InMemoryCatalogue:
    return load_builtin_catalogue()


@pytest.fixture(scope="module")
def skill(catalogue: InMemoryCatalogue) -> OccupationSkill:
    return OccupationSkill(catalogue)


@pytest.fixture(scope="module")
def skills(skill: OccupationSkill) -> list[Skill]:
    """The occupation skill among the others, as the classifier scores them."""
    return [skill, EmailSkill(), SummarySkill()]


def text_of(result: SkillResult) -> str:
    return "\n".join(b.markdown for b in result.blocks if isinstance(b, Text))


def commands(result: SkillResult) -> list[str]:
    return [a.command for b in result.blocks if isinstance(b, Actions) for a in b.items]
