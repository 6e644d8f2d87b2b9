from __future__ import annotations

import pytest
from pydantic import SecretStr

from bot.config import Settings
from bot.registry import RegistryError, SkillRegistry
from bot.skill import Skill, SkillContext, SkillMeta, SkillResult


def _skill(skill_id: str, commands: tuple[str, ...], order: int = 100) -> Skill:
    class Probe(Skill):
        meta = SkillMeta(
            id=skill_id,
            name_de=f"{skill_id} de",
            name_en=f"{skill_id} en",
            description_de="x",
            description_en="x",
            commands=commands,
            examples_de=(commands[0],),
            examples_en=(commands[0],),
            order=order,
        )

        async def handle(self, ctx: SkillContext) -> SkillResult:
            raise NotImplementedError

    return Probe()


def test_the_shipped_skills_are_discovered_in_their_declared_order() -> None:
    registry = SkillRegistry.discover(Settings(secret_key=SecretStr("x")))
    assert [s.meta.id for s in registry][:3] == ["occupation", "email", "summary"]


def test_skills_are_found_by_id_command_and_name() -> None:
    registry = SkillRegistry([_skill("alpha", ("a", "aa")), _skill("beta", ("b",), order=1)])
    assert [s.meta.id for s in registry] == ["beta", "alpha"]
    assert registry.by_command("aa") is registry.get("alpha")
    assert registry.find("ALPHA EN") is registry.get("alpha")
    assert registry.find("b") is registry.get("beta")
    assert registry.find("gamma") is None


def test_conflicting_declarations_fail_at_start() -> None:
    with pytest.raises(RegistryError, match="id 'alpha'"):
        SkillRegistry([_skill("alpha", ("a",)), _skill("alpha", ("b",))])
    with pytest.raises(RegistryError, match="command 'a'"):
        SkillRegistry([_skill("alpha", ("a",)), _skill("beta", ("a",))])


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("id", "Bad Id", "lower-case identifier"), ("commands", ("Has Space",), "commands")],
)
def test_invalid_metadata_is_rejected(field: str, value: object, message: str) -> None:
    fields: dict[str, object] = {
        "id": "ok",
        "name_de": "n",
        "name_en": "n",
        "description_de": "d",
        "description_en": "d",
        "commands": ("ok",),
        "examples_de": ("ok",),
        "examples_en": ("ok",),
        field: value,
    }
    with pytest.raises(ValueError, match=message):
        SkillMeta(**fields)  # type: ignore[arg-type]


def test_commands_besides_a_skill_are_every_other_skills_commands() -> None:
    first, second = _skill("a", ("alpha", "eins")), _skill("b", ("beta",))
    registry = SkillRegistry([first, second])
    assert registry.commands_besides(first) == frozenset({"beta"})
    assert registry.commands_besides(second) == frozenset({"alpha", "eins"})
