"""The email skill end to end: facts kept, gaps as placeholders, no names, follow-up questions."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.config import Settings
from bot.llm.offline import OfflineLLM
from bot.llm.port import LLM, LLMRequest, LLMResponse, LLMUnavailable
from bot.message import ConversationRef, Message, Platform
from bot.reply import Copyable, Heading, Outcome, Text
from bot.skill import SkillContext, SkillResult
from skills.email import EmailDraft, EmailRequest, EmailSkill, Purpose, TemplateDrafter
from skills.email.model import AddressForm, Gender

NOW = datetime(2027, 1, 20, 9, 0, tzinfo=UTC)  # Wednesday, 20 January 2027
SETTINGS = Settings()
MAIN = (
    "Schreib eine Mail an eine Klientin wegen Terminverschiebung vom 3.2. auf den 5.2.2027 "
    "um 10 Uhr, per Video"
)


def context(
    text: str,
    *,
    language: str = "de",
    state: Mapping[str, Any] | None = None,
    llm: LLM | None = None,
) -> SkillContext:
    message = Message(ConversationRef(Platform.CONSOLE, "console"), "u1", "Berater", text)
    return SkillContext(
        message=message,
        args=text,
        command=None,
        language=language,
        user_key="user-key",
        department="Beratung",
        llm=llm or OfflineLLM(),
        settings=SETTINGS,
        now=NOW,
        texts=lambda key, **values: key,
        state=state,
    )


async def run(text: str, **kwargs: Any) -> SkillResult:
    return await EmailSkill().handle(context(text, **kwargs))


async def body_of(text: str, language: str = "de") -> str:
    """The draft's subject and body, for the email tests that read both; above them whom it
    is for, when an organisation was named ("An: Autohaus Meyer")."""
    result = await run(text, language=language)
    recipient = str(result.data.get("recipient") or "")
    to = f"An: {recipient}\n" if recipient else ""
    return to + str(result.data["subject"]) + "\n" + str(result.data["body"])


def copyable(result: SkillResult) -> str:
    return next(block.text for block in result.blocks if isinstance(block, Copyable))


def shown(result: SkillResult) -> str:
    """Everything the user sees or an adapter gets, as one string."""
    parts = [getattr(block, name, "") for block in result.blocks for name in ("text", "markdown")]
    return "\n".join(map(str, parts)) + json.dumps(dict(result.data), ensure_ascii=False)


async def test_rescheduling_keeps_exactly_the_given_facts() -> None:
    result = await run(MAIN)
    body = result.data["body"]
    assert result.outcome is Outcome.OK
    assert result.data["purpose"] == "rescheduling"
    assert result.data["address_form"] == "sie"
    assert "am Mittwoch, 3. Februar 2027 muss leider verschoben werden" in body
    assert "Datum: Freitag, 5. Februar 2027\nUhrzeit: 10:00 Uhr\nOrt: Videogespräch" in body
    assert body.startswith("Sehr geehrte Frau [Nachname],")
    assert result.data["subject"] == "Terminverschiebung: neuer Termin am 05.02.2027"
    assert result.data["placeholders"] == [
        "[Nachname]",
        "[Link zum Videogespräch]",
        "[Name der Beraterin / des Beraters]",
    ]
    # nothing beyond the request: no other date, time or place appears
    assert re.findall(r"\d{1,2}:\d{2}", body) == ["10:00"]
    assert set(re.findall(r"\b\d{1,2}\. \w+ \d{4}", body)) == {
        "3. Februar 2027",
        "5. Februar 2027",
    }


async def test_result_shape_for_the_engine() -> None:
    result = await run(MAIN)
    # a template draft is labelled as such, not as AI-generated
    assert result.ai_generated is False
    assert result.template_draft is True
    assert result.triggers == frozenset({"email_draft"})
    assert isinstance(result.blocks[0], Heading)
    assert result.blocks[0].text == "E-Mail-Entwurf: Terminverschiebung"
    facts = result.blocks[1]
    assert isinstance(facts, Text)
    assert "bisheriger Termin: Mittwoch, 3. Februar 2027" in facts.markdown
    assert "neuer Termin: Freitag, 5. Februar 2027, um 10:00 Uhr" in facts.markdown
    box = next(b for b in result.blocks if isinstance(b, Copyable))
    assert box.title == "E-Mail-Entwurf"
    assert box.text == f"Betreff: {result.data['subject']}\n\n{result.data['body']}"
    gaps = result.blocks[3]
    assert isinstance(gaps, Text)
    assert all(p in gaps.markdown for p in result.data["placeholders"])
    json.dumps(dict(result.data))  # plain data only


async def test_missing_facts_become_placeholders() -> None:
    result = await run("Einladung zum Beratungsgespräch")
    body = result.data["body"]
    assert "Datum: [Datum]\nUhrzeit: [Uhrzeit]\nOrt: [Ort/Link]" in body
    assert body.startswith("Guten Tag [Vorname Nachname],")
    assert body.rstrip().endswith("[Name der Beraterin / des Beraters]")
    assert result.data["subject"] == "Einladung zum Beratungsgespräch am [Datum]"
    assert "keine weiteren Angaben" in shown(result)


# The draft is the counsellor's own text: a name the request gives is kept with its titles
# (names are pseudonymised only on their way to a model).
@pytest.mark.parametrize(
    ("text", "salutation"),
    [
        ("Einladung an Frau Müller am 3.2.", "Sehr geehrte Frau Müller,"),
        (
            "Einladung für Frau Dr. Anna Müller-Lüdenscheidt",
            "Sehr geehrte Frau Dr. Anna Müller-Lüdenscheidt,",
        ),
    ],
)
async def test_a_client_name_is_kept_with_its_title(text: str, salutation: str) -> None:
    result = await run(text)
    assert result.data["body"].startswith(salutation)


async def test_a_name_inside_agreed_steps_is_kept() -> None:
    result = await run(
        "Nachbereitung für Herrn Weber. Vereinbart: Herr Weber schreibt drei Bewerbungen"
    )
    assert "- Herr Weber schreibt drei Bewerbungen" in result.data["body"]
    assert result.data["body"].startswith("Sehr geehrter Herr Weber,")


async def test_du_form() -> None:
    result = await run("Erinnerung an den Termin morgen um 9.30 Uhr in Raum 2.14, per du")
    body = result.data["body"]
    assert result.data["address_form"] == "du"
    assert body.startswith("Hallo [Vorname],")
    assert "Viele Grüße" in body
    assert not re.search(r"\b(Sie|Ihnen|Ihr|Ihre)\b", body)
    assert "dich" in body


async def test_relative_dates_are_shown_with_weekday() -> None:
    result = await run("Terminbestätigung für übermorgen 14:30 Uhr, telefonisch")
    assert (
        "Datum: Freitag, 22. Januar 2027\nUhrzeit: 14:30 Uhr\nOrt: telefonisch"
        in result.data["body"]
    )
    result = await run("Termin nächsten Dienstag von 14-15 Uhr absagen")
    assert "am Dienstag, 26. Januar 2027, von 14:00 bis 15:00 Uhr absagen" in result.data["body"]


async def test_doubtful_dates_come_with_a_notice() -> None:
    result = await run("Einladung am Montag, 3. Februar")
    assert "Der 03.02.2027 ist ein Mittwoch, kein Montag" in shown(result)
    result = await run("Einladung für nächsten Freitag")
    assert "„nächsten Freitag“ habe ich als 22.01.2027 verstanden" in shown(result)


@pytest.mark.parametrize(
    ("text", "purpose", "phrase"),
    [
        (
            "Einladung zum Beratungsgespräch",
            "invitation",
            "lade ich Sie zu einem Beratungsgespräch ein",
        ),
        ("Termin bestätigen", "confirmation", "bestätige ich Ihnen"),
        ("Termin verschieben", "rescheduling", "am [bisheriges Datum] muss leider verschoben"),
        ("Termin absagen", "cancellation", "am [Datum] absagen"),
        ("Terminerinnerung", "reminder", "erinnere ich Sie"),
        ("Nachbereitung", "follow_up", "- [Vereinbarung / nächster Schritt]"),
        (
            "Unterlagen anfordern",
            "documents",
            "- [Unterlagen]\n\nBitte lassen Sie mir die Unterlagen bis [Datum]",
        ),
        ("Weiterleitung", "referral", "[Name der Stelle]\n[Kontaktdaten der Stelle]"),
    ],
)
async def test_each_purpose_drafts_its_email(text: str, purpose: str, phrase: str) -> None:
    result = await run(text)
    assert result.data["purpose"] == purpose
    assert phrase in result.data["body"]


async def test_documents_list() -> None:
    result = await run(
        "Unterlagen anfordern: Lebenslauf, Zeugnisse, Nachweis über den Sprachkurs. Bis 15.2."
    )
    body = result.data["body"]
    assert "- Lebenslauf\n- Zeugnisse\n- Nachweis über den Sprachkurs\n" in body
    assert "bis Montag, 15. Februar 2027 zukommen" in body
    assert "[Unterlagen]" not in body


async def test_documents_to_bring_to_an_invitation_by_video() -> None:
    result = await run("Einladung am 4.2. um 10 Uhr per Zoom, bitte Lebenslauf bereithalten")
    body = result.data["body"]
    assert "Ort: Videogespräch über Zoom" in body
    assert "Bitte halten Sie folgende Unterlagen bereit:\n- Lebenslauf" in body


async def test_agreed_steps_list() -> None:
    result = await run(
        "Follow-up zum Gespräch vom 18.1.\nVereinbarte Schritte:\n- Lebenslauf überarbeiten\n"
        "- Bewerbung bei der Stadtverwaltung abschicken\nNächster Termin am 10.2. um 11 Uhr"
    )
    body = result.data["body"]
    assert "vielen Dank für das Gespräch am Montag, 18. Januar 2027" in body
    assert "- Lebenslauf überarbeiten\n- Bewerbung bei der Stadtverwaltung abschicken" in body
    assert "Unser nächster Termin ist am Mittwoch, 10. Februar 2027, um 11:00 Uhr." in body


async def test_referral_names_the_service_from_the_request() -> None:
    result = await run("Weiterleitung an die Schuldnerberatung der Diakonie")
    assert result.data["subject"] == "Weitere Unterstützung: Schuldnerberatung der Diakonie"
    assert "[Name der Stelle]" not in result.data["body"]


async def test_english_draft() -> None:
    result = await run(
        "draft an email to Ms Jones to remind her of tomorrow's appointment at 2:30 pm online",
        language="en",
    )
    body = result.data["body"]
    assert result.data["purpose"] == "reminder"
    assert body.startswith("Dear Ms Jones,")
    assert "Date: Thursday, 21 January 2027\nTime: 14:30\nPlace: Video meeting" in body
    assert body.rstrip().endswith("Kind regards\n\n[Name of counsellor]")
    assert copyable(result).startswith("Subject: Reminder: your counselling appointment on")
    assert isinstance(result.blocks[0], Heading)
    assert result.blocks[0].text == "Email draft: Appointment reminder"


async def test_english_draft_requested_from_a_german_user() -> None:
    result = await run("Einladung auf Englisch, per du")
    assert result.data["body"].startswith("Hi [First name],")
    assert "Entwurf auf Englisch" in shown(result)


async def test_unclear_purpose_asks_and_a_number_answers() -> None:
    first = await run("Schreib eine Mail an einen Klienten, Termin am 5.2. um 10 Uhr")
    assert first.outcome is Outcome.PROMPT
    assert first.follow_up is not None
    state = json.loads(json.dumps(dict(first.follow_up.state)))  # survives storage as JSON
    assert state["step"] == "purpose"
    question = first.blocks[0]
    assert isinstance(question, Text)
    assert "3. Terminverschiebung" in question.markdown
    assert "8. Weiterleitung an eine andere Stelle" in question.markdown

    answer = await run("5", state=state)
    assert answer.outcome is Outcome.OK
    assert answer.data["purpose"] == "reminder"
    assert answer.data["body"].startswith("Sehr geehrter Herr [Nachname],")
    assert "Datum: Freitag, 5. Februar 2027\nUhrzeit: 10:00 Uhr" in answer.data["body"]


async def test_a_worded_answer_may_add_facts() -> None:
    first = await run("mail")
    assert first.follow_up is not None
    answer = await run("Terminverschiebung auf den 8.2.", state=first.follow_up.state)
    assert answer.data["purpose"] == "rescheduling"
    assert "Datum: Montag, 8. Februar 2027" in answer.data["body"]


@pytest.mark.parametrize("purpose_answer", ["1", "Einladung"])
async def test_details_typed_after_a_purpose_alone_fill_that_purposes_draft(
    purpose_answer: str,
) -> None:
    first = await run("mail")
    assert first.follow_up is not None
    template = await run(purpose_answer, state=first.follow_up.state)
    assert template.data["purpose"] == "invitation"
    assert "Schreiben Sie sie einfach als nächste Nachricht" in shown(template)
    assert template.follow_up is not None
    state = json.loads(json.dumps(dict(template.follow_up.state)))
    details = await run("an Tim, Montag 10 Uhr, Raum 2.14", state=state)
    assert details.data["purpose"] == "invitation"  # not "a message of its own"
    assert "Uhrzeit: 10:00 Uhr" in details.data["body"]
    assert "Raum 2.14" in details.data["body"]


@pytest.mark.parametrize("answer", ["ok", "was macht ein Koch?"])
async def test_after_a_template_anything_but_details_runs_on_its_own(answer: str) -> None:
    state = {"step": "details", "purpose": "invitation"}
    released = await run(answer, state=state)
    assert released.resubmit == answer
    assert released.blocks == ()


async def test_a_details_state_with_an_unknown_purpose_reads_the_message_afresh() -> None:
    text = "Terminverschiebung auf den 8.2."
    afresh = await run(text)
    for state in ({"step": "details"}, {"step": "details", "purpose": "x"}):
        result = await run(text, state=state)
        assert result.data["purpose"] == afresh.data["purpose"] == "rescheduling"


async def test_a_purpose_with_facts_drafts_at_once_and_waits_for_nothing() -> None:
    first = await run("mail")
    assert first.follow_up is not None
    answer = await run("Terminverschiebung auf den 8.2.", state=first.follow_up.state)
    assert answer.follow_up is None


async def test_an_unclear_answer_asks_again_and_keeps_the_request() -> None:
    state = {"step": "purpose", "request": "Mail an einen Klienten"}
    again = await run("hm, weiß nicht", state=state)
    assert again.outcome is Outcome.PROMPT
    assert again.follow_up is not None
    assert dict(again.follow_up.state) == state
    assert "Das konnte ich keinem Zweck zuordnen." in shown(again)


class _AvailableLLM(OfflineLLM):
    @property
    def available(self) -> bool:
        return True

    async def complete(self, request: LLMRequest) -> LLMResponse:
        return LLMResponse("")

    async def stream(self, request: LLMRequest) -> AsyncIterator[str]:
        yield ""


class _FixedDrafter:
    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.seen: list[EmailRequest] = []

    async def draft(
        self, request: EmailRequest, language: str, translate: bool = False
    ) -> EmailDraft:
        self.seen.append(request)
        if self.fail:
            raise LLMUnavailable("down")
        return EmailDraft("model subject", "model body [X]\n", ("[X]",), by_model=True)


async def test_a_model_drafter_is_used_only_when_a_model_is_available() -> None:
    model = _FixedDrafter()
    skill = EmailSkill(llm_drafter=lambda llm: model)
    offline = await skill.handle(context(MAIN))
    assert model.seen == []
    assert offline.data["subject"].startswith("Terminverschiebung")

    online = await skill.handle(context(MAIN, llm=_AvailableLLM()))
    assert online.data["subject"] == "model subject"
    assert online.data["placeholders"] == ["[X]"]
    assert online.ai_generated is True
    assert online.template_draft is False
    assert model.seen[0].gender is Gender.FEMALE
    assert model.seen[0].address_form is AddressForm.SIE


async def test_the_template_drafter_steps_in_when_the_model_fails() -> None:
    skill = EmailSkill(llm_drafter=lambda llm: _FixedDrafter(fail=True))
    result = await skill.handle(context(MAIN, llm=_AvailableLLM()))
    assert result.data["subject"] == "Terminverschiebung: neuer Termin am 05.02.2027"
    assert (result.ai_generated, result.template_draft) == (False, True)


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("form", list(AddressForm))
@pytest.mark.parametrize("purpose", list(Purpose))
async def test_every_template_fills_completely(
    purpose: Purpose, form: AddressForm, language: str
) -> None:
    draft = await TemplateDrafter().draft(EmailRequest(purpose, address_form=form), language)
    text = draft.subject + draft.body
    assert "{" not in text
    assert "}" not in text
    assert "\n\n\n" not in draft.body
    assert draft.placeholders
    assert all(p in text for p in draft.placeholders)


def test_meta_and_free_text_evidence() -> None:
    skill = EmailSkill()
    assert skill.meta.id == "email"
    assert skill.meta.needs_llm is False
    assert {"mail", "email", "e-mail"} <= set(skill.meta.commands)
    cues = [re.compile(cue.pattern, re.IGNORECASE) for cue in skill.meta.intents]
    for text in (
        "Schreib mir eine Mail an die Klientin",
        "Mailentwurf an einen Klienten",
        "Kannst du das formulieren?",
        "Einladung als Mail",
        "draft an email to a client",
        "write an email please",
    ):
        assert any(cue.search(text) for cue in cues), text
    assert skill.match_score("E-Mail: Termin absagen") == 1.0
    assert skill.match_score("eine Mail an den Klienten") == 0.5
    assert skill.match_score("Termin absagen") == 0.0
