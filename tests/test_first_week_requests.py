"""A new counsellor's first week: a number of occupations asked for, training asked for as the
way besides studying, an age asked after a card, and how one skill works asked in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from occupation_skill_fixtures import text_of
from pydantic import SecretStr
from skill_contexts import skill_context

from bot.config import Settings
from bot.llm.offline import OfflineLLM
from bot.policy.model import load_policy
from bot.registry import SkillRegistry
from bot.reply import Outcome
from bot.routing.intent import OfflineIntentClassifier
from bot.routing.router import Builtin, Route, RouteKind, Router
from skills.occupation import OccupationSkill
from skills.occupation.explore import count_asked, parse
from skills.occupation.focus import Focus
from skills.occupation.follow_up import read_follow_up
from skills.occupation.normalise import fold


@pytest.fixture(scope="module")
def router(tmp_path_factory: pytest.TempPathFactory) -> Router:
    data: Path = tmp_path_factory.mktemp("data")
    settings = Settings(data_dir=data, secret_key=SecretStr("test"))
    return Router(SkillRegistry.discover(settings), OfflineIntentClassifier(), load_policy())


def _listed(text: str) -> int:
    return sum(line.startswith("- **") for line in text.splitlines())


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("Sag mir vier Ausbildungen, die mit Pferden zu tun haben", 4),
        ("ich bräuchte zwei Ideen für Lehrstellen in der Gastronomie", 2),
        ("12 Berufe im Handwerk bitte", 12),
        ("name five apprenticeships with wood", 5),
        ("die Top 3 Berufe mit Medien?", 3),
    ],
)
async def test_a_list_holds_as_many_occupations_as_were_asked_for(
    skill: OccupationSkill, question: str, count: int
) -> None:
    result = await skill.handle(skill_context(question, None, "de", text=question))
    assert result.outcome is Outcome.OK
    assert len(result.data["exploration"]["results"]) == count
    assert _listed(text_of(result)) == count


@pytest.mark.parametrize(
    "question",
    [
        "Welche dreijährigen Ausbildungen gibt es mit Tieren?",
        "Ausbildungen mit Tieren, die 3 Jahre dauern",
        "Ausbildung mit 16 Jahren im Büro?",
        "eine Ausbildung mit Tieren",
        "100 Berufe mit Holz",
    ],
)
def test_durations_ages_and_articles_are_no_count(question: str) -> None:
    assert count_asked(fold(question)) is None


async def test_a_short_reply_asked_for_is_no_short_training(skill: OccupationSkill) -> None:
    question = "ganz kurz: welche Ausbildungen gibt es mit Tieren?"
    query = parse(question)
    assert query is not None
    assert query.max_months is None
    assert parse("kurze Ausbildungen mit Tieren") is not None
    assert parse("kurze Ausbildungen mit Tieren").max_months == 24  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "question",
    [
        "Welche Alternativen zum Studium gibt es für Abiturienten?",
        "Alternativen zum Studieren?",
        "hat Abi, möchte aber auf keinen Fall studieren. Was gibt es?",
        "was gibts außer Studium",
        "any alternatives to university?",
    ],
)
async def test_studying_ruled_out_asks_for_training(skill: OccupationSkill, question: str) -> None:
    result = await skill.handle(skill_context(question, None, "de", text=question))
    assert result.outcome is Outcome.OK
    listed = result.data["exploration"]["results"]
    assert len(listed) >= 3
    assert "kein Studium" in text_of(result) or "no degree" in text_of(result)


@pytest.mark.parametrize(
    "text",
    [
        "und mit 16 schon erlaubt?",
        "geht das auch schon ab 15 Jahren?",
        "could she start at 16?",
        "auch für 15-Jährige?",
    ],
)
def test_an_age_alone_after_a_card_asks_the_minimum_age(text: str) -> None:
    asked = read_follow_up(text, lambda words: False)
    assert asked is not None
    assert asked.focus is Focus.AGE


@pytest.mark.parametrize(
    "text", ["geht das mit 20 Stunden pro Woche?", "und ab 16 Uhr?", "mit 15 Euro mehr?"]
)
def test_hours_times_and_money_are_no_age(text: str) -> None:
    asked = read_follow_up(text, lambda words: False)
    assert asked is None or asked.focus is not Focus.AGE


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Wie funktioniert das eigentlich mit den Mails?", "email"),
        ("wie klappt das mit der Zusammenfassung", "summary"),
        ("Wie erstelle ich eine Zusammenfassung?", "summary"),
        ("how do I use the summary?", "summary"),
        ("Hallo, wie geht das hier mit den E-Mails?", "email"),
    ],
)
async def test_how_one_skill_works_gets_that_skills_help(
    router: Router, text: str, skill: str
) -> None:
    route = await router.route(text, None, OfflineLLM())
    assert route == Route(RouteKind.BUILTIN, Builtin.HELP, skill)


@pytest.mark.parametrize(
    "text",
    [
        "Wie geht das mit der Ausbildung zum Koch?",
        "Wie funktioniert die Ausbildung?",
        "wie mache ich eine Bewerbung?",
    ],
)
async def test_other_how_questions_get_no_skills_help(router: Router, text: str) -> None:
    route = await router.route(text, None, OfflineLLM())
    assert route.target != Builtin.HELP
