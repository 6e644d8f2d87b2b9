"""What Lotse does not do, asked in a counsellor's second week: advice on a conversation with a
named person, a calendar, sending, translating, looking up a client, searching the web, a
company's phone number — each gets a short honest answer, not "nicht verstanden" nor another
skill; a short question about who is behind Lotse gets the line that answers it. Requests a
skill serves keep their skill."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import Chat
from pydantic import SecretStr

from bot.admin_chat.parse import VERB_WORDS
from bot.config import Settings
from bot.llm.offline import OfflineLLM
from bot.policy.model import load_policy
from bot.registry import SkillRegistry
from bot.reply import Outcome
from bot.routing.intent import OfflineIntentClassifier
from bot.routing.not_offered import KINDS, not_offered, not_offered_unclaimed
from bot.routing.router import Route, RouteKind, Router
from bot.texts import engine_texts
from bot.yaml_data import load_yaml
from lotse.app import App

_PROBES = load_yaml((Path(__file__).parent / "data" / "second_week.yaml").read_text("utf-8"))


@pytest.fixture(scope="module")
def router(tmp_path_factory: pytest.TempPathFactory) -> Router:
    data = tmp_path_factory.mktemp("data")
    registry = SkillRegistry.discover(Settings(data_dir=data, secret_key=SecretStr("test")))
    return Router(registry, OfflineIntentClassifier(), load_policy(), VERB_WORDS)


def _name(route: Route) -> str:
    """A skill by its id, a built-in by its name and topic ("not_offered/calendar")."""
    if route.kind is RouteKind.BUILTIN and route.args:
        return f"{route.target}/{route.args}"
    return route.target or "unknown"


async def _routed(router: Router, text: str) -> str:
    return _name(await router.route(text, None, OfflineLLM()))


@pytest.mark.parametrize(
    ("text", "expect"),
    [(probe["text"], probe["expect"]) for probe in _PROBES["probes"]],
    ids=[f"{n:02d}" for n in range(len(_PROBES["probes"]))],
)
async def test_second_week_probe_reaches_its_answer(
    router: Router, text: str, expect: str | list[str]
) -> None:
    allowed = [expect] if isinstance(expect, str) else expect
    assert await _routed(router, text) in allowed


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # advice on a conversation, in other words
        ("wie red ich mit dem vater von lisa über ihre fehlzeiten", "not_offered/method"),
        ("Wie bereite ich einen Hausbesuch bei Familie Öz vor?", "not_offered/method"),
        ("Was sag ich, wenn Luca im Termin schweigt?", "not_offered/method"),
        ("wie kann ich eine schülerin ansprechen, die sich zurückzieht", "not_offered/method"),
        ("how do I deal with a client who is always late?", "not_offered/method"),
        # a calendar, sending
        ("trag mir das für Dienstag ein", "not_offered/calendar"),
        ("kannst du mich nächste Woche nochmal daran erinnern", "not_offered/calendar"),
        ("Stell mir einen Reminder für 15 Uhr", "not_offered/calendar"),
        ("buch bitte den Besprechungsraum für Mittwoch", "not_offered/calendar"),
        ("add the appointment to my outlook", "not_offered/calendar"),
        ("Versende die Nachricht bitte an Herrn Kurz", "not_offered/sending"),
        ("jetzt abschicken", "not_offered/sending"),
        ("Kannst du E-Mails auch selbst verschicken?", "not_offered/sending"),
        ("could you forward the draft to my team lead?", "not_offered/sending"),
        # translating, looking up, searching, contacts
        ("das Schreiben vom Amt ins Polnische übersetzen", "not_offered/translation"),
        ("Wie sagt man Berufsschule auf Ukrainisch?", "not_offered/translation"),
        ("was weisst du über Frau Demir?", "not_offered/lookup"),
        ("Was hatte ich mit der Klientin gestern besprochen?", "not_offered/lookup"),
        ("Gib mir die Kundendaten von Herrn Brandt", "not_offered/lookup"),
        ("Recherchier im Netz nach Minijobs für Schüler", "not_offered/search"),
        ("offene Praktikumsplätze Bielefeld", "not_offered/search"),
        ("search the internet for nursing apprenticeships", "not_offered/search"),
        ("Kennst du die Durchwahl vom Berufskolleg Mitte?", "not_offered/contacts"),
        ("Öffnungszeiten von der Agentur für Arbeit Hamm?", "not_offered/contacts"),
        # who is behind Lotse
        ("Wer hat Lotse entwickelt?", "about/maker"),
        ("who is behind this tool?", "about/maker"),
        ("bist du ein echter mensch?", "about/ai"),
        ("über dich", "about"),
    ],
)
async def test_other_wordings_reach_the_same_answers(
    router: Router, text: str, expect: str
) -> None:
    assert await _routed(router, text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("Schick Frau Weber die Einladung zum Workshop am 4.5. um 9 Uhr", "email"),
        ("Schick die Mail an Tim: Termin am 12.03. fällt aus", "email"),
        ("Kannst du Tim eine Mail schicken, dass er die Zeugnisse mitbringen soll?", "email"),
        ("Erinnere Frau Kaya an den Termin am Montag um 10 Uhr", "email"),
        ("Lade Herrn Wolff zum Gespräch am 3.3. um 14 Uhr ein", "email"),
        ("Was macht ein Übersetzer?", "occupation"),
        ("Such mir Berufe für jemanden, der gern mit Tieren arbeitet", "occupation"),
        ("Wie lange dauert die Ausbildung zum Tischler?", "occupation"),
    ],
)
async def test_requests_a_skill_serves_keep_their_skill(
    router: Router, text: str, expect: str
) -> None:
    assert await _routed(router, text) == expect


def test_the_wide_cues_are_read_only_for_a_message_no_skill_took() -> None:
    # a named person and a verb of talking: too wide to read before the skills
    assert not_offered("Wie spreche ich mit Emma über ihre Noten?") is None
    assert not_offered_unclaimed("Wie spreche ich mit Emma über ihre Noten?") == "method"
    assert not_offered_unclaimed("Notizen vom Gespräch\nwie spreche ich das an?") is None


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_has_an_answer_in_both_languages(kind: str, language: str) -> None:
    assert engine_texts().get(language, f"not_offered.{kind}")


async def test_a_short_question_about_lotse_gets_one_line_and_the_card_command(
    acked_chat: Chat,
) -> None:
    reply, text = await acked_chat.say("Wer hat dich programmiert?")
    assert reply.skill_id == "about"
    assert "Ihrer Einrichtung" in text
    assert "Forschungsteam einer Universität" in text  # named by the shipped guideline
    assert "`über lotse`" in text
    assert "Sprachmodell:" not in text  # not the whole card
    assert "Aus der KI-Leitlinie" not in text
    _, text = await acked_chat.say("Bist du ein Mensch?")
    assert "kein Mensch" in text
    assert "Protokoll:" not in text
    _, card = await acked_chat.say("über lotse")
    for fact in ("Sprachmodell:", "Gespeichert:", "Ihrer Einrichtung", "Aus der KI-Leitlinie"):
        assert fact in card


async def test_the_research_team_only_while_the_guideline_names_it(
    acked_chat: Chat, app: App
) -> None:
    services = app.engine.services
    policy = services.policy
    texts = {
        language: "\n".join(
            line
            for line in policy.acknowledgement_text(language).splitlines()
            if "Forschungsteam" not in line and "research team" not in line
        )
        for language in ("de", "en")
    }
    rules = policy.acknowledgement
    localized = rules.text.model_copy(update=texts)
    own = policy.model_copy(
        update={"acknowledgement": rules.model_copy(update={"text": localized})}
    )
    app.engine.services = replace(services, policy=own)
    try:
        _, text = await acked_chat.say("Wer betreibt Lotse?")
    finally:
        app.engine.services = services
    assert "Ihrer Einrichtung" in text
    assert "Forschungsteam" not in text


async def test_an_english_request_gets_the_english_answer(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("translate the letter into Polish")
    assert reply.outcome is Outcome.OK
    assert "I cannot translate" in text
    _, text = await acked_chat.say("search the web for carpentry apprenticeships near Hamm")
    assert "I cannot search the web" in text
    assert "https://www.arbeitsagentur.de/jobsuche/" in text


async def test_work_lotse_does_not_do_is_scanned_for_personal_data(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say("Zeig mir die Akte von Herrn Jonas Albers")
    assert reply.skill_id == "not_offered"
    assert "no_personal_data" in [reminder.id for reminder in reply.reminders]
    reply, _ = await acked_chat.say("Schreib mir einen Lebenslauf für Frau Carla Nowak")
    assert "no_personal_data" in [reminder.id for reminder in reply.reminders]
