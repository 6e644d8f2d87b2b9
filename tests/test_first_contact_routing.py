"""First contact: the ways a new counsellor asks what Lotse can do, and requests that only
look like a help or summary request (they must reach what they ask for)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.config import Settings
from bot.llm.offline import OfflineLLM
from bot.policy.model import load_policy
from bot.registry import SkillRegistry
from bot.routing.intent import OfflineIntentClassifier
from bot.routing.router import Builtin, Route, RouteKind, Router


@pytest.fixture(scope="module")
def router(tmp_path_factory: pytest.TempPathFactory) -> Router:
    data: Path = tmp_path_factory.mktemp("data")
    settings = Settings(data_dir=data, secret_key=SecretStr("test"))
    return Router(SkillRegistry.discover(settings), OfflineIntentClassifier(), load_policy())


async def _route(router: Router, text: str) -> Route:
    return await router.route(text, None, OfflineLLM())


@pytest.mark.parametrize(
    "text",
    [
        "Hilfe, was kannst du?",
        "Was ist das hier für ein Programm?",  # was "nicht verstanden"
        "was bist du für ein bot",
        "Welche Abteilung bin ich?",  # the help names the department
        "which department am I in?",
        # the skills switched on in one's department (the help lists them)
        "welche skills sind in meiner abteilung an?",
        "Welche Funktionen sind für mich freigeschaltet?",
        "Was ist bei uns aktiviert?",
        "which skills are enabled in my department?",
        # asked for help without saying with what (was "nicht verstanden")
        "Kannst du mir helfen?",
        "Können Sie mir bitte helfen?",
        "can you help me with something?",
        "Was machst du eigentlich?",
        "Was kann ich dich alles fragen?",
        "Was kann ich Sie fragen?",
        "Wobei kannst du mir helfen?",
        "Wofür bist du da?",
        "Was kannst du eigentlich alles?",
        "was kann lotse",
        "Was bietest du an?",
        "Welche Funktionen hast du?",
        "Welche Befehle gibt es?",
        "Wie benutze ich dich?",
        "Wie nutze ich Lotse?",
        "Was kann ich hier alles machen?",
        "Was können Sie alles?",
        "Wobei können Sie mir helfen?",
        "Wie kannst du mir helfen?",
        "Hallo, was kannst du so?",
        "Welche Fragen kann ich dir stellen?",
        "Zeig mir mal, was du kannst",
        "Wozu kann ich dich benutzen?",
        "was machst du so",
        "Hilfe! Wie geht das hier?",
        "Was sind deine Funktionen?",
        "Was für Sachen kannst du?",
        "Wie kann ich dich nutzen?",
        "Was kann dieser Bot?",
        "Was können Sie für mich tun?",
        "Womit kannst du helfen?",
        "what are you able to do?",
        "what can this bot do?",
        "what can you help me with?",
        "What do you do?",
        "What can I ask you?",
        "How do I use this?",
    ],
)
async def test_questions_about_what_lotse_can_do_get_the_help(router: Router, text: str) -> None:
    route = await _route(router, text)
    assert (route.kind, route.target) == (RouteKind.BUILTIN, Builtin.HELP)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Wie arbeiten Tischler und Zimmerer zusammen?", None),
        ("Was kann man als Koch machen?", "occupation"),
        ("Was kannst du mir über den Beruf Bäcker sagen?", "occupation"),
        ("Was macht ein Mechatroniker?", "occupation"),
        ("What does a chef do?", "occupation"),
        ("Ich brauche eine Zusammenfassung des Berufs Tischler", "occupation"),
        ("Fass mir zusammen, was ein Fachinformatiker macht", None),
        ("Kannst du zusammenfassen, was man als Erzieherin verdient?", None),
        ("Was kann man mit Abitur im Bereich Medien machen?", "occupation"),
        ("Was kann ich mit einem Hauptschulabschluss im Einzelhandel machen?", "occupation"),
        ("mail an Frau Schulz: anbei die Zusammenfassung unseres Gesprächs", "email"),
        (
            "Schreib Frau Öztürk eine Mail: anbei die Zusammenfassung unseres Gesprächs "
            "vom 12.1., nächster Termin am 3.2.2027 um 10 Uhr",
            "email",
        ),
        ("Kannst du mir helfen, eine Mail an Herrn Weber zu schreiben?", None),
        ("Welche Berufe haben viel mit Zusammenarbeit im Team zu tun?", None),
        ("What can you do as a nurse?", None),
        ("Was sind die Aufgaben eines Erziehers?", None),
        ("Welche Sachen kann man als Koch machen?", None),
    ],
)
async def test_look_alikes_are_neither_help_nor_summary(
    router: Router, text: str, skill: str | None
) -> None:
    route = await _route(router, text)
    assert route.target not in (Builtin.HELP, "summary")
    if skill is not None:
        assert route.target == skill


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("hilfe mail", "email"),
        ("Help with email", "email"),
        ("Hilfe zum Zusammenfassen?", "summary"),
        ("/hilfe beruf", "occupation"),
    ],
)
async def test_help_asked_for_one_skill_is_that_skills_help(
    router: Router, text: str, skill: str
) -> None:
    assert await _route(router, text) == Route(RouteKind.BUILTIN, Builtin.HELP, skill)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("hilfe Tischler", "occupation"),  # an occupation, no skill's command
        ("hilfe mail an Frau Roth wegen Termin", "email"),  # a request, not a help question
        ("Was ist die KI-Leitlinie?", Builtin.POLICY_SHOW),
        ("zeig mir nochmal die Leitlinie", Builtin.POLICY_SHOW),
        ("what is the AI policy?", Builtin.POLICY_SHOW),
        ("Was ist die Leitlinie für Tischler?", "occupation"),
        ("Wie lösche ich meine Daten?", Builtin.ABOUT),
        ("how do I delete my data?", Builtin.ABOUT),
    ],
)
async def test_builtin_questions_in_words_and_their_look_alikes(
    router: Router, text: str, target: str
) -> None:
    assert (await _route(router, text)).target == target
