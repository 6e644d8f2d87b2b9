"""A mail asking whether someone makes it by a day or to a date is drafted, not refused as a
verdict: "ob sie es am 3.2. zum Vorstellungsgespräch schafft" asks about time. A verdict with
a date in it stays one."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.admin_chat.parse import VERB_WORDS
from bot.config import Settings
from bot.llm.offline import OfflineLLM
from bot.policy import is_decision_request
from bot.policy.model import load_policy
from bot.policy.surface import without_dates
from bot.registry import SkillRegistry
from bot.routing.intent import OfflineIntentClassifier
from bot.routing.router import Builtin, RouteKind, Router


@pytest.mark.parametrize(
    "text",
    [
        "Schreib Malin, ob sie es am 5.3. zum Vorstellungsgespräch schafft",
        "Mail an Herrn T.: sag ihm bitte, ob er es am 19.6. zum Probetag schafft",
        "Schreib Ole, ob er es am 02.04. schafft, sonst machen wir was Neues aus",
        "nachricht an frau okoro ob sie es bis 8.1. schafft",
        "Schreib Frau Lindgren, ob sie das bis 30.9. packt mit den Unterlagen",
    ],
)
def test_making_it_by_a_day_is_no_verdict(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mail an Frau Brandt: sag ihr, ob sie die Gesellenprüfung am 14.06. schafft",
        "Schreib Kemal, ob er es am 3.3. durch die Abschlussprüfung schafft",
        "Schafft Nele am 20.5. die Zwischenprüfung?",
        "Schreib eine Mail, ob Malte für die Stelle geeignet ist, deine Meinung bitte",
    ],
)
def test_a_verdict_with_a_date_in_it_stays_one(text: str) -> None:
    assert is_decision_request(text)


def test_the_day_by_which_it_is_made_is_read_as_a_time() -> None:
    assert "rechtzeitig" in without_dates("ob er es am 12.03. schafft")
    assert "rechtzeitig" in without_dates("ob sie es bis 1.2. zum Probetag schafft")
    # a date elsewhere is dropped as before
    assert "rechtzeitig" not in without_dates("ob er am 12.03. die Prüfung schafft")


@pytest.fixture(scope="module")
def router(tmp_path_factory: pytest.TempPathFactory) -> Router:
    data: Path = tmp_path_factory.mktemp("data")
    registry = SkillRegistry.discover(Settings(data_dir=data, secret_key=SecretStr("test")))
    return Router(registry, OfflineIntentClassifier(), load_policy(), VERB_WORDS)


async def test_the_mail_goes_to_the_email_skill(router: Router) -> None:
    route = await router.route(
        "Schreib Jara, ob sie es am 11.2. zum Bewerbungsgespräch schafft", None, OfflineLLM()
    )
    assert route.kind is RouteKind.SKILL
    assert route.target == "email"
    refused = await router.route(
        "Schreib Jara, ob sie die Prüfung am 11.2. besteht, deine Meinung bitte",
        None,
        OfflineLLM(),
    )
    assert (refused.kind, refused.target) == (RouteKind.BUILTIN, Builtin.REFUSE_DECISION)
