"""End-to-end conversations through the console adapter, on SQLite and on PostgreSQL."""

from __future__ import annotations

from conftest import Chat, FakeClock, make_chat

from bot.admin import Actor
from bot.pipeline.validate import COMMAND_ALLOWANCE
from bot.reply import Actions, Copyable, Heading, Outcome
from lotse.app import App

OPS = Actor("cli", "ops")


def reminder_ids(reply: object) -> set[str]:
    return {r.id for r in reply.reminders}  # type: ignore[attr-defined]


async def test_first_skill_request_asks_for_the_policy_then_answers_it(chat: Chat) -> None:
    gate, text = await chat.say("beruf Tischler")
    assert gate.outcome is Outcome.GATE
    assert "KI-Leitlinie" in text
    assert "Tischler" not in text  # the request waits; it is not answered yet

    answer, text = await chat.say("ja")
    assert answer.outcome is Outcome.OK
    assert "Danke" in text
    assert Heading("Tischler/in") in answer.blocks
    assert answer.skill_id == "occupation"


async def test_the_acknowledgement_is_asked_only_once(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say("beruf Mechatronikerin")
    assert reply.outcome is Outcome.OK
    assert any(isinstance(b, Heading) and b.text.startswith("Mechatroniker") for b in reply.blocks)


async def test_something_other_than_yes_does_not_acknowledge(chat: Chat) -> None:
    await chat.say("beruf Tischler")
    reply, _ = await chat.say("nein")
    assert reply.outcome is Outcome.GATE


async def test_the_acknowledgement_expires_after_a_year(
    acked_chat: Chat, clock: FakeClock
) -> None:
    clock.advance(days=366)
    reply, text = await acked_chat.say("beruf Tischler")
    assert reply.outcome is Outcome.GATE
    assert "älter als ein Jahr" in text


async def test_help_works_before_the_acknowledgement_and_lists_enabled_skills(
    chat: Chat, app: App
) -> None:
    reply, text = await chat.say("hilfe")
    assert reply.outcome is Outcome.OK
    for skill in app.engine.services.registry:
        assert skill.meta.name_de in text
        assert skill.meta.examples_de[0].split("\n")[0] in text

    await app.admin.set_skill("email", "Allgemein", False, OPS)
    _, text = await chat.say("hilfe")
    assert "E-Mail" not in text.split("Außerdem")[0]


async def test_free_text_questions_reach_the_right_skill(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say("Was macht ein Arzthelfer?")
    assert reply.skill_id == "occupation"
    assert Heading("Medizinische/r Fachangestellte/r") in reply.blocks

    reply, _ = await acked_chat.say("beruf schreiner")
    assert Heading("Tischler/in") in reply.blocks


async def test_rescheduling_email_keeps_the_given_date_and_time(acked_chat: Chat) -> None:
    reply, _text = await acked_chat.say(
        "Schreib eine Mail an eine Klientin wegen Terminverschiebung auf den 5.2.2027 um 10 Uhr"
    )
    assert reply.skill_id == "email"
    # offline, the text comes from a template: labelled as a template draft, not as AI
    assert (reply.ai_generated, reply.template_draft) == (False, True)
    draft = next(b for b in reply.blocks if isinstance(b, Copyable))
    assert "05.02.2027" in draft.text
    assert "10:00" in draft.text or "10 Uhr" in draft.text
    assert {"review_output", "email_sender"} <= reminder_ids(reply)


async def test_email_without_purpose_asks_and_continues_with_the_answer(acked_chat: Chat) -> None:
    question, _ = await acked_chat.say("mail")
    assert question.outcome is Outcome.PROMPT
    reply, _ = await acked_chat.say("Terminerinnerung")
    assert reply.outcome is Outcome.OK
    assert reply.skill_id == "email"
    assert any(isinstance(b, Copyable) for b in reply.blocks)


async def test_another_request_while_the_email_purpose_is_open_runs_as_itself(
    acked_chat: Chat,
) -> None:
    await acked_chat.say("mail an Herrn Okafor")
    reply, text = await acked_chat.say("beruf Tischler")
    assert reply.skill_id == "occupation"
    assert "Tischler" in text
    assert "zurück" in text  # the email question was set aside, offered again as a button
    reply, _ = await acked_chat.say("Terminerinnerung")  # no longer taken as its answer
    assert reply.skill_id != "email" or "Okafor" not in str(reply.blocks)


async def test_cancel_ends_a_pending_question(acked_chat: Chat) -> None:
    await acked_chat.say("mail")
    reply, text = await acked_chat.say("abbrechen")
    assert "abgebrochen" in text
    reply, _ = await acked_chat.say("Terminerinnerung")
    assert reply.skill_id != "email" or reply.outcome is not Outcome.OK


async def test_a_pending_question_expires(acked_chat: Chat, clock: FakeClock, app: App) -> None:
    await acked_chat.say("mail")
    clock.advance(minutes=app.settings.state_ttl_minutes + 1)
    reply, _ = await acked_chat.say("3")
    assert reply.outcome is Outcome.UNKNOWN


NOTE = """zusammenfassen
Anliegen: Klientin möchte nach dem Abschluss eine Ausbildung im Handwerk beginnen.
Sie besucht derzeit die 10. Klasse der Gesamtschule, Abschluss im Sommer.
Sie interessiert sich für Holz und arbeitet gern mit den Händen.
Besprochen: Ausbildungswege Tischler/in und Holzmechaniker/in, Praktikumsmöglichkeiten.
Vereinbart: Klientin schickt bis Freitag ihren Lebenslauf.
Nächster Termin in zwei Wochen, dann Bewerbungsunterlagen prüfen.
Offen ist noch, ob ein Praktikum in den Ferien klappt."""


async def test_pasted_notes_are_summarised_into_the_sections(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say(NOTE)
    assert reply.skill_id == "summary"
    for section in ("Anliegen", "Ausgangssituation", "Vereinbarungen", "Nächste Schritte"):
        assert section in text
    assert "summary_record" in reminder_ids(reply)


async def test_judging_a_client_is_refused_with_the_article_22_reminder(chat: Chat) -> None:
    reply, text = await chat.say("Ist mein Klient geeignet für eine Ausbildung als Pilot?")
    assert reply.outcome is Outcome.REFUSED
    assert "no_automated_decisions" in reminder_ids(reply)
    assert "Art. 22" in text


async def test_unknown_requests_get_help_not_an_error(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("xqzv blorp")
    assert reply.outcome is Outcome.UNKNOWN
    assert "beruf" in text


async def test_a_disabled_skill_is_refused_only_in_its_department(app: App) -> None:
    await app.admin.add_department("Jugendberufshilfe", OPS)
    await app.admin.assign_user("console", "ben", "Jugendberufshilfe", OPS)
    await app.admin.set_skill("mail", "Jugendberufshilfe", False, OPS)
    ben, anna = make_chat(app, "ben"), make_chat(app, "anna")
    for person in (ben, anna):
        await person.say("hilfe")
        await person.say("beruf Tischler")
        await person.say("ja")

    refused, text = await ben.say("mail Terminbestätigung")
    assert refused.outcome is Outcome.REFUSED
    assert "Jugendberufshilfe" in text
    assert "Berufe nachschlagen" in text  # names what is still available

    allowed, _ = await anna.say("mail Terminbestätigung")
    assert allowed.outcome is Outcome.OK


async def test_english_on_request(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("sprache en")
    assert "English" in text
    reply, text = await acked_chat.say("beruf Tischler")
    assert reply.language == "en"
    reply, text = await acked_chat.say("sprache de")
    assert reply.language == "de"


async def test_too_long_and_empty_messages_get_a_clear_answer(acked_chat: Chat, app: App) -> None:
    limit = app.settings.max_message_chars
    reply, text = await acked_chat.say("x" * (limit + COMMAND_ALLOWANCE + 1))
    assert reply.outcome is Outcome.INVALID
    assert "20.000" in text
    reply, _ = await acked_chat.say("\x00\x01  ")
    assert reply.outcome is Outcome.INVALID


async def test_a_disabled_skill_is_refused_before_the_policy_prompt(app: App) -> None:
    await app.admin.set_skill("email", "Allgemein", False, OPS)
    chat = make_chat(app, "carla")
    reply, _ = await chat.say("mail Terminbestätigung")
    assert reply.outcome is Outcome.REFUSED


async def test_the_request_waiting_for_the_acknowledgement_is_still_checked(app: App) -> None:
    chat = make_chat(app, "dora")
    await chat.say("mail Terminbestätigung")  # gated while email is enabled
    await app.admin.set_skill("email", "Allgemein", False, OPS)
    reply, text = await chat.say("ja")
    assert reply.outcome is Outcome.REFUSED
    assert "Danke" in text


async def test_the_policy_can_be_read_any_time(chat: Chat, app: App) -> None:
    reply, text = await chat.say("leitlinie")
    assert reply.outcome is Outcome.OK
    assert app.engine.services.policy.version in text
    assert "DSGVO Art. 22" in text


async def test_an_unknown_language_gets_usage_help(chat: Chat) -> None:
    reply, text = await chat.say("sprache klingonisch")
    assert reply.outcome is Outcome.INVALID
    assert "sprache en" in text


async def test_yes_before_the_guideline_was_shown_shows_it_first(chat: Chat) -> None:
    shown, text = await chat.say("ja")
    assert shown.outcome is Outcome.GATE
    assert "KI-Leitlinie" in text
    accepted, text = await chat.say("ja")
    assert "Danke" in text
    assert accepted.outcome is Outcome.OK
    reply, _ = await chat.say("beruf Tischler")
    assert reply.outcome is Outcome.OK


async def test_notes_of_the_full_length_fit_behind_the_command(acked_chat: Chat, app: App) -> None:
    line = "Klientin möchte eine Ausbildung im Handwerk beginnen.\n"
    notes = (line * (app.settings.max_message_chars // len(line)))[
        : app.settings.max_message_chars
    ]
    reply, _ = await acked_chat.say("zusammenfassen\n" + notes)
    assert reply.skill_id == "summary"
    assert reply.outcome is Outcome.OK


async def test_prefixed_commands_work(acked_chat: Chat) -> None:
    for text in ("/beruf Tischler", "!beruf Tischler", "occupation carpenter"):
        reply, _ = await acked_chat.say(text)
        assert reply.skill_id == "occupation", text
        assert reply.outcome is Outcome.OK, text


async def test_a_new_policy_version_asks_for_a_new_acknowledgement(
    acked_chat: Chat, app: App
) -> None:
    policy = app.engine.services.policy
    app.engine.services.policy.__dict__["version"] = policy.version + "-neu"
    reply, text = await acked_chat.say("beruf Tischler")
    assert reply.outcome is Outcome.GATE
    assert "aktualisiert" in text


async def test_bootstrap_and_granted_admins_are_recognised(app: App, settings: object) -> None:
    assert not await app.admin.is_admin("teams", "aad-anna")
    await app.admin.add_department("Reha", OPS)
    await app.admin.grant_admin("teams", "aad-anna", "Reha", OPS)
    assert await app.admin.is_admin("teams", "aad-anna", "Reha")
    assert not await app.admin.is_admin("teams", "aad-anna", "Allgemein")
    await app.admin.grant_admin("teams", "aad-anna", None, OPS)
    assert await app.admin.is_admin("teams", "aad-anna", "Allgemein")


async def test_help_for_a_newcomer_shows_the_guideline_and_yes_acknowledges(chat: Chat) -> None:
    _, text = await chat.say("hilfe")
    assert "Berufe nachschlagen" in text
    assert "KI-Leitlinie" in text
    _, text = await chat.say("ja")
    assert "Danke" in text
    _, text = await chat.say("hilfe")
    assert "Antworten Sie mit" not in text  # acknowledged: help only


async def test_the_waiting_request_runs_as_a_turn_of_its_own_after_the_acknowledgement(
    chat: Chat, app: App
) -> None:
    await chat.say("beruf Tischler")
    answer, _ = await chat.say("ja")
    assert answer.skill_id == "occupation"
    gated, accepted, answered = reversed(await app.store.audit.recent("message", 3))
    assert (gated.action, gated.outcome) == ("occupation", "gate")
    assert (accepted.action, accepted.outcome) == ("policy.accept", "ok")
    assert (answered.action, answered.outcome) == ("occupation", "ok")
    # One message ("ja"), two turns: the answer's correlation id is derived from the
    # acknowledgement's, so the logs show they belong together and each turn keeps its own
    # answer row in the evaluation.
    assert gated.correlation_id != accepted.correlation_id
    assert answered.correlation_id == f"{accepted.correlation_id}.2"


async def test_an_english_request_answered_after_a_german_yes_has_its_notes_in_english(
    chat: Chat,
) -> None:
    await chat.say("what does a carpenter earn during training?")
    answer, text = await chat.say("ja")
    assert answer.language == "en"
    assert answer.reminders  # the yearly training note comes with the acknowledgement
    assert "AI training every year" in text
    assert "KI-Schulung" not in text


async def test_the_acknowledgement_is_thanked_in_the_language_the_guideline_was_shown_in(
    chat: Chat,
) -> None:
    gate, _ = await chat.say("How long does it take to train as a baker?")
    assert gate.outcome is Outcome.GATE
    assert gate.language == "en"
    _, text = await chat.say("yes")
    assert "Thank you for acknowledging the AI policy" in text
    assert "Danke" not in text


async def test_help_for_one_skill_shows_its_commands_and_examples(app: App, chat: Chat) -> None:
    reply, text = await chat.say("hilfe mail")
    assert Heading("Hilfe: E-Mail-Entwurf") in reply.blocks
    assert "`mail`" in text
    email = app.engine.services.registry.get("email")
    assert email is not None
    buttons = [b for b in reply.blocks if isinstance(b, Actions)]
    assert [a.command for a in buttons[0].items] == list(email.meta.examples_de)
    await app.admin.set_skill("email", "Allgemein", False, OPS)
    reply, text = await chat.say("hilfe mail")  # off in this department: the whole help
    assert Heading("Hilfe: E-Mail-Entwurf") not in reply.blocks
    assert "Berufe nachschlagen" in text
