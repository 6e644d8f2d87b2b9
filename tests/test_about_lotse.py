"""Questions about Lotse itself, answered from the running configuration and the policy."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from conftest import Chat

from bot.config import Settings
from bot.llm.info import ModelInfo
from bot.llm.offline import OfflineLLM
from bot.llm.openai_settings import OpenAISettings
from bot.llm.settings import LLMSettings, ProviderEnvironment
from bot.reply import Outcome
from bot.routing.about import about_topic
from lotse.app import App, describe_model


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Wohin gehen meine Daten?", "data_flow"),
        ("wo landen eigentlich meine eingaben", "data_flow"),
        ("Ist das DSGVO-konform?", "data_flow"),
        ("Where does my data go?", "data_flow"),
        ("Was speicherst du?", "storage"),
        ("Speicherst du meine Notizen?", "storage"),
        ("Wie lange wird das gespeichert?", "storage"),
        ("what do you store about me?", "storage"),
        ("Welches Modell nutzt du?", "model"),
        ("welche KI verwendet ihr?", "model"),
        ("Bist du ChatGPT?", "model"),
        ("which model are you", "model"),
        ("Bist du eine KI?", "ai"),
        ("bist du ein mensch", "ai"),
        ("are you a bot?", "ai"),
        ("Darf ich Daten von Minderjährigen eingeben?", "minors"),
        ("Kann ich Daten von Schülern unter 18 eingeben?", "minors"),
        ("Can I enter data about minors?", "minors"),
        ("Wer sieht meine Eingaben?", "visibility"),
        ("Liest jemand mit?", "visibility"),
        ("who can see my messages?", "visibility"),
        # formal "Sie", and more ways to ask
        ("Was speichern Sie?", "storage"),
        ("Werden die Chats gespeichert?", "storage"),
        ("Is my data stored?", "storage"),
        ("Sind Sie eine KI?", "ai"),
        ("Werden meine Eingaben an OpenAI geschickt?", "data_flow"),
        ("Läuft das über ChatGPT?", "model"),
        ("Kann mein Chef sehen, was ich schreibe?", "visibility"),
        ("Darf ich hier Namen von Klienten eingeben?", "personal_data"),
        ("Darf ich Klarnamen verwenden?", "personal_data"),
        ("Can I enter real names?", "personal_data"),
        # compounds, everyday and English ways to ask
        ("Darf ich Klientennamen eingeben?", "personal_data"),
        ("Darf ich Gesundheitsdaten eingeben?", "personal_data"),
        ("Kann ich Klientendaten hier reinkopieren?", "personal_data"),
        ("Can I paste client data here?", "personal_data"),
        ("Was passiert mit meinen Daten?", "data_flow"),
        ("what happens to my data?", "data_flow"),
        ("Is my data sent to the US?", "data_flow"),
        ("Läuft das in der EU?", "data_flow"),
        ("Wo steht der Server?", "data_flow"),
        ("Wie sicher sind meine Daten?", "data_flow"),
        ("Ist das ChatGPT?", "model"),
        ("Welcher KI-Anbieter steckt dahinter?", "model"),
        ("Was bist du eigentlich?", "ai"),
        ("Wer hat dich gebaut?", "maker"),
        ("who runs you?", "maker"),
        ("what are you?", "ai"),
        ("Kann ich dir auch Dokumente schicken?", "files"),
        ("Liest du auch PDFs?", "files"),
        ("can I upload a file?", "files"),
        ("Funktionierst du auch ohne Internet?", "data_flow"),
        # telling a name, asking whether it is ok, what happens to names, where servers run
        ("Darf ich dir den echten Namen meiner Klientin sagen?", "personal_data"),
        ("kann ich dir die Telefonnummer vom Klienten geben?", "personal_data"),
        ("Ist es ok, wenn ich hier Klientendaten reinschreibe?", "personal_data"),
        ("is it ok to use real names here?", "personal_data"),
        ("Was passiert mit den Namen, die ich eingebe?", "data_flow"),
        ("Wo laufen eure Server?", "data_flow"),
        # reviewing answers, trusting them, passing them on
        ("Darf ich deine Antworten ungeprüft weitergeben?", "review"),
        ("Muss ich deine Mails nochmal gegenlesen?", "review"),
        ("Kann ich Ihnen vertrauen?", "review"),
        ("Wie zuverlässig sind deine Infos?", "review"),
        ("Machst du auch Fehler?", "review"),
        ("Do I need to check your drafts?", "review"),
        ("can I send it without checking?", "review"),
        # telling clients that AI helped
        ("Muss ich Klienten sagen, dass der Text von einer KI ist?", "transparency"),
        ("Muss ich KI-Texte kennzeichnen?", "transparency"),
        ("Soll man im Brief erwähnen, dass Lotse geholfen hat?", "transparency"),
        ("Do I have to tell the client that the email was written by AI?", "transparency"),
        # whether Lotse learns from what is typed, where it runs
        ("Trainiert ihr die KI mit meinen Eingaben?", "learning"),
        ("Werden unsere Notizen zum KI-Training genutzt?", "learning"),
        ("lernt Lotse eigentlich dazu?", "learning"),
        ("Does the AI learn from what I type?", "learning"),
        ("Ist das hier bei uns installiert oder extern?", "data_flow"),
        ("Wo genau läuft der Server von Lotse?", "data_flow"),
        ("is lotse hosted in the cloud?", "data_flow"),
        # what Lotse may not do, and using it to judge people
        ("Was darfst du eigentlich nicht?", "limits"),
        ("Wofür soll ich dich nicht nutzen?", "limits"),
        ("Gibt es Dinge, die dir verboten sind?", "limits"),
        ("What are you not permitted to do?", "limits"),
        ("Dürfen wir Lotse für die Auswahl von Bewerberinnen verwenden?", "decisions"),
        ("Kann ich mit dir die Eignung von Teilnehmenden einschätzen?", "decisions"),
        ("Weshalb bewertest du keine Menschen?", "decisions"),
        ("May we use the AI to rank applicants?", "decisions"),
        # ("apprenticeship" and "training" name Lotse's own rules here)
        ("Can I use you to decide who gets an apprenticeship?", "decisions"),
    ],
)
def test_questions_about_lotse_are_recognised(text: str, topic: str) -> None:
    assert about_topic(text) == topic


@pytest.mark.parametrize(
    "text",
    [
        "Welches Modell hat der Kfz-Mechatroniker in der Ausbildung?",
        "Was macht ein Modellbauer?",
        "Welche Ausbildung passt für Minderjährige?",
        "Welche Daten braucht man für die Bewerbung?",
        "beruf Fachinformatiker Daten- und Prozessanalyse",
        "Schreib eine Mail: wir speichern Ihre Unterlagen bis zum Termin",
        "zusammenfassen\nKl. fragt, wohin ihre Daten gehen",
        "Welche Daten werden im Beruf Fachinformatiker gespeichert?",
        "Sind Sie Tischler?",
        "Wird die Ausbildung gefördert?",
        "Was passiert mit den Daten im Beruf Fachinformatiker?",
        "Darf man als Fachinformatiker Kundendaten einsehen?",
        "What are you doing tomorrow with Tim?",
        # telling, checking and trusting about someone else than Lotse
        "Muss ich dem Betrieb sagen, dass die Klientin ein Kind hat?",
        "Soll ich der Klientin sagen, dass sie die Frist verpasst hat?",
        "Muss ich die Unterlagen vom Klienten nochmal prüfen?",
        "Kann ich dem Betrieb vertrauen?",
        "Is it ok to call the client after 6 pm?",
        "Do I have to tell the Jobcenter about the new address?",
        # learning, servers, what is not allowed and judging: about occupations and clients
        "Was lernt eine IT-Systemelektronikerin über Netzwerke und Server?",
        "Wie lernt man am besten für die Zwischenprüfung?",
        "Was darf eine Auszubildende unter 18 nicht?",
        "Welche Fragen darf der Chef im Vorstellungsgespräch nicht stellen?",
        "Wie bewerte ich ein Praktikumszeugnis?",
        "Is cloud computing a good career?",
        "Was lernt man in der KI-Schulung der Einrichtung, wenn man neu ist?",
    ],
)
def test_occupation_questions_and_notes_are_not_captured(text: str) -> None:
    assert about_topic(text) is None


async def test_offline_answer_names_no_provider_and_the_retention(
    acked_chat: Chat, app: App
) -> None:
    reply, text = await acked_chat.say("Wohin gehen meine Daten?")
    assert reply.outcome is Outcome.OK
    assert reply.skill_id == "about"
    assert "offline" in text
    assert "nur auf dem Server Ihrer Einrichtung" in text
    assert f"{app.settings.state_ttl_minutes} Minuten" in text
    assert "Anthropic" not in text
    assert "Bedrock" not in text
    assert "DSGVO Art. 5" in text  # the guideline's point on personal data, from the policy


async def test_the_answer_follows_the_configured_model_and_region(
    acked_chat: Chat, app: App
) -> None:
    services = app.engine.services
    app.engine.services = replace(
        services,
        model_info=ModelInfo("bedrock", "eu.anthropic.claude-sonnet-4-5", "eu-central-1"),
    )
    try:
        _, text = await acked_chat.say("Welches Modell nutzt du?")
    finally:
        app.engine.services = services
    assert "eu.anthropic.claude-sonnet-4-5" in text
    assert "Amazon Bedrock" in text
    assert "eu-central-1" in text
    assert "offline" not in text


async def test_personal_data_question_gets_the_rule_not_a_lookup(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("Darf ich hier Namen von Klienten eingeben?")
    assert reply.skill_id == "about"
    assert text.lstrip().startswith("Über Lotse")
    assert "pseudonymisiert" in text


async def test_minors_and_ai_questions_before_the_acknowledgement(chat: Chat) -> None:
    reply, text = await chat.say("Darf ich Daten von Minderjährigen eingeben?")
    assert reply.outcome is Outcome.OK  # a question about the rules needs no acknowledgement
    assert "Minderjährige" in text
    assert "pseudonymisier" in text
    reply, text = await chat.say("are you an AI?")
    assert "AI assistant" in text or "KI-Assistent" in text


def test_the_model_is_described_from_the_settings() -> None:
    offline = OfflineLLM()

    def with_llm(**values: Any) -> Settings:
        return Settings(llm=LLMSettings(**values))

    assert describe_model(with_llm(provider="offline"), offline) == ModelInfo()
    bedrock = with_llm(provider="bedrock", model="eu.model", aws_region="eu-central-1")
    assert describe_model(bedrock, offline) == ModelInfo("bedrock", "eu.model", "eu-central-1")
    vertex = with_llm(provider="vertex", model="claude", vertex_region="europe-west1")
    assert describe_model(vertex, offline).region == "europe-west1"
    direct = with_llm(provider="anthropic")
    assert describe_model(direct, offline) == ModelInfo("anthropic", "claude-sonnet-4-5", None)
    # Regions the SDKs read from their own variables (the sdk section).
    region = Settings(
        llm=LLMSettings(provider="bedrock", model="eu.model"),
        sdk=ProviderEnvironment(aws_default_region="eu-west-3"),
    )
    assert describe_model(region, offline).region == "eu-west-3"
    server = OpenAISettings(base_url="http://gpu:8000/v1", model="qwen3")
    openai = Settings(llm=LLMSettings(provider="openai"), openai=server)
    assert describe_model(openai, offline) == ModelInfo("openai", "qwen3")


@pytest.mark.parametrize(
    ("question", "lead", "point"),
    [
        ("Darf ich deine Antworten ungeprüft weitergeben?", "Prüfen Sie jede Antwort", "prüfen"),
        ("Muss ich Klienten sagen, dass der Text von einer KI ist?", "transparent", "transparent"),
        ("Can I trust your answers?", "Check every answer", "check every"),
    ],
)
async def test_review_and_transparency_are_answered_from_the_guideline(
    acked_chat: Chat, question: str, lead: str, point: str
) -> None:
    reply, text = await acked_chat.say(question)
    assert reply.skill_id == "about"
    assert lead in text
    # the guideline's own bullet on the point, from the policy file in use
    guideline = text.split("\n- ", 1)[-1].casefold()
    assert point in guideline


async def test_using_lotse_to_judge_people_is_answered_with_the_rule(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("Darf ich dich für die Auswahl der Praktikanten einsetzen?")
    assert reply.skill_id == "about"
    assert "Eignungsurteile" in text
    assert "Art. 22" in text  # the guideline's own point
    assert "Sprachmodell:" not in text  # a rule, not the model's facts


async def test_a_verdict_asked_in_the_same_words_is_still_refused(acked_chat: Chat) -> None:
    # ("Darf ich dich …" and "geeignet" are also how the rule is asked about)
    text = "Darf ich dich fragen, ob Herr Yilmaz für den Außendienst geeignet ist?"
    assert about_topic(text) == "decisions"
    reply, _ = await acked_chat.say(text)
    assert reply.outcome is Outcome.REFUSED


async def test_learning_is_answered_for_the_offline_mode(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("Lernst du aus meinen Nachrichten?")
    assert reply.skill_id == "about"
    assert "lernt nicht aus Ihren Eingaben" in text


async def test_what_lotse_may_not_do_is_said_in_english_too(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("what can't you do?")
    assert reply.skill_id == "about"
    assert "no decisions or suitability judgements" in text
