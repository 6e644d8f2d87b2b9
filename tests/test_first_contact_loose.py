"""A new counsellor's loose first messages: emoji alone, introductions, manuals and first
steps asked about, the guideline's period, mistyped command words and an admin's loose
commands. Each must reach what it asks for, not "nicht verstanden"."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from conftest import FakeClock, make_chat
from pydantic import SecretStr

from bot.admin_chat.parse import VERB_WORDS, UsageError, Verb, parse
from bot.config import Settings
from bot.llm.offline import OfflineLLM
from bot.policy.model import load_policy
from bot.registry import SkillRegistry
from bot.reply import Outcome
from bot.routing.about import about_topic
from bot.routing.command_typo import mistyped_admin, mistyped_skill
from bot.routing.intent import OfflineIntentClassifier
from bot.routing.router import Builtin, Route, RouteKind, Router
from bot.routing.smalltalk import TalkKind, read_smalltalk
from lotse.app import App, open_app
from storage.database import SqlStore

_SHIPPED_POLICY = Path(__file__).parents[1] / "bot" / "policy" / "default_policy.yaml"


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> SkillRegistry:
    data = tmp_path_factory.mktemp("data")
    return SkillRegistry.discover(Settings(data_dir=data, secret_key=SecretStr("test")))


@pytest.fixture(scope="module")
def router(registry: SkillRegistry) -> Router:
    return Router(registry, OfflineIntentClassifier(), load_policy(), VERB_WORDS)


async def _route(router: Router, text: str) -> Route:
    return await router.route(text, None, OfflineLLM())


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("🙏🙏", TalkKind.THANKS),
        ("😄", TalkKind.ACK),
        ("🧐", TalkKind.GREETING),  # any other emoji alone: greeted, with examples
        ("🤷‍♀️ ?", TalkKind.GREETING),
        ("Guten Morgen, ich bin der neue Kollege aus der Beratung", TalkKind.GREETING),
        ("Moin! Bin neu in der Reha-Beratung.", TalkKind.GREETING),
        ("hello, I'm the new adviser at the Jobcenter :)", TalkKind.GREETING),
        ("Danke dir, das war's für heute!", TalkKind.THANKS),
        ("testing 1 2 3", TalkKind.GREETING),
    ],
)
def test_loose_small_talk_is_recognised(text: str, kind: TalkKind) -> None:
    assert read_smalltalk(text).kind is kind


@pytest.mark.parametrize(
    "text",
    ["👎", "👍🏼", "...", "-", "Hallo aus der Beratung: beruf Koch",
     "ich bin neu und brauche eine Mail an Frau Berger", "Tim ist neu im Team, ich bin die neue",
     "Ich bin die neue Kollegin, beruf Florist bitte"],
)  # fmt: skip
def test_ratings_punctuation_and_requests_are_no_emoji_small_talk(text: str) -> None:
    assert read_smalltalk(text).kind is None


@pytest.mark.parametrize(
    "text",
    [
        "Könntest du mir zeigen, was du machst?",
        "Wo finde ich eine Bedienungsanleitung?",
        "Ich weiß gar nicht, womit ich anfangen soll",
        "Wie fange ich am besten an?",
        "Is there a user guide?",
        "Hi, I don't know what to ask",
        "gibts ne Doku zu dem Programm?",
        "ich weiß nicht recht, was ich eingeben soll",
    ],
)
async def test_manuals_and_first_steps_get_the_help(router: Router, text: str) -> None:
    assert await _route(router, text) == Route(RouteKind.BUILTIN, Builtin.HELP)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Auf welcher KI basierst du?", "model"),
        ("Who is able to see what we write in here?", "visibility"),
        ("Wie lange gilt meine Bestätigung eigentlich?", "acknowledgement"),
        ("Soll man die Leitlinie jedes Jahr wieder bestätigen?", "acknowledgement"),
        ("How often must I confirm the guideline?", "acknowledgement"),
        ("Wie oft muss der Azubi das Berichtsheft bestätigen lassen?", None),
    ],
)
def test_questions_about_lotse_in_other_words(text: str, topic: str | None) -> None:
    assert about_topic(text) == topic


@pytest.mark.parametrize(
    ("text", "skill", "args"),
    [
        ("zusammenfasssen", "summary", ""),
        ("berif Koch", "occupation", "Koch"),
        ("emial", "email", ""),
        ("Beurf: Florist", "occupation", "Florist"),
    ],
)
async def test_a_mistyped_command_word_runs_its_skill(
    router: Router, text: str, skill: str, args: str
) -> None:
    route = await _route(router, text)
    assert (route.kind, route.target, route.args) == (RouteKind.SKILL, skill, args)


@pytest.mark.parametrize("word", ["emails", "maik", "notix", "occupations", "koch", "beruf"])
def test_inflections_short_words_and_note_titles_are_no_typos(
    registry: SkillRegistry, word: str
) -> None:
    assert mistyped_skill(word, registry) is None


@pytest.mark.parametrize(
    ("word", "args"),
    [("admn", ""), ("amdin", ""), ("adminhilfe", "hilfe"), ("admin-nutzung", "nutzung"),
     ("admins", None), ("adrian", None), ("adminbereich", None)],
)  # fmt: skip
def test_mistyped_or_glued_admin_word(word: str, args: str | None) -> None:
    assert mistyped_admin(word, VERB_WORDS) == args


@pytest.mark.parametrize(
    ("text", "args"),
    [
        ("amdin abteilungen", "abteilungen"),
        ("Adminhilfe?", "hilfe"),
        ("Welche Admin-Befehle habe ich?", ""),
        ("Wo stelle ich als Admin die Umfrage ein?", ""),
        ("what admin commands are there?", ""),
        ("zeig mir bitte die Nutzungszahlen", "nutzung"),
    ],
)
async def test_admin_commands_typed_loosely_reach_the_admin(
    router: Router, text: str, args: str
) -> None:
    route = await _route(router, text)
    assert (route.kind, route.target, route.args.casefold()) == (
        RouteKind.BUILTIN,
        Builtin.ADMIN,
        args,
    )


@pytest.mark.parametrize(
    ("text", "verb", "names", "number"),
    [
        ("nutzung der letzten 14 tage", Verb.USAGE, (), 14),
        ("Protokoll anzeigen", Verb.LOG, (), 10),
        ("bericht letzte 2 wochen bitte", Verb.REPORT, (), 2),
        ("beruf aus für Reha", Verb.DISABLE, ("beruf", "Reha"), None),
        ("mail an in Jugend Beruf", Verb.ENABLE, ("mail", "Jugend Beruf"), None),
        ("Kommandos?", Verb.HELP, (), None),
    ],
)
def test_admin_parse_reads_fillers_word_order_and_punctuation(
    text: str, verb: Verb, names: tuple[str, ...], number: int | None
) -> None:
    command = parse(text)
    assert (command.verb, command.names, command.number) == (verb, names, number)


def test_the_plural_of_suggestion_shows_how_to_decide_on_one() -> None:
    with pytest.raises(UsageError) as raised:
        parse("suggestions")
    assert raised.value.verb is Verb.SUGGESTION


@pytest_asyncio.fixture(loop_scope="session")
async def half_year_app(
    settings: Settings, store: SqlStore, clock: FakeClock, tmp_path: Path
) -> AsyncIterator[App]:
    """An institution whose guideline is confirmed every 180 days."""
    policy = tmp_path / "policy.yaml"
    shipped = _SHIPPED_POLICY.read_text(encoding="utf-8")
    assert "valid_days: 365" in shipped
    policy.write_text(shipped.replace("valid_days: 365", "valid_days: 180"), encoding="utf-8")
    configured = settings.model_copy(update={"policy_file": policy})
    async with open_app(configured, clock=clock, store=store) as opened:
        yield opened


async def test_the_guideline_period_comes_from_the_policy_and_the_users_own_date(
    half_year_app: App, clock: FakeClock
) -> None:
    chat = make_chat(half_year_app, "bea")
    await chat.say("beruf Koch")
    await chat.say("ja")
    reply, text = await chat.say("Wie oft muss ich die Richtlinie eigentlich bestätigen?")
    assert reply.skill_id == "about"
    assert reply.outcome is Outcome.OK
    assert "180 Tage" in text
    today = clock().date()
    assert today.isoformat() in text  # the user's own confirmation, with its end
    assert "gültig bis" in text
    assert "Sprachmodell" not in text  # the period is asked, not the model


async def test_emoji_alone_gets_a_short_reply_not_unknown(half_year_app: App) -> None:
    chat = make_chat(half_year_app, "cem")
    await chat.say("beruf Koch")
    await chat.say("ja")
    reply, text = await chat.say("🙌")
    assert reply.outcome is Outcome.OK
    assert "nicht verstanden" not in text
    assert "`hilfe`" in text
