"""The email-drafting skill: purpose, facts, draft; it asks when the purpose is unclear."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.config import Settings
from bot.llm.port import LLM, LLMUnavailable
from bot.llm.progress import reporting
from bot.reply import Action, Actions, Outcome, Text
from bot.skill import FollowUp, IntentCue, Skill, SkillContext, SkillMeta, SkillResult
from bot.texts import LANGUAGES
from skills.email.classify import classify, is_number, parse_answer
from skills.email.drafter import Drafter, TemplateDrafter
from skills.email.extract import draft_language, extract
from skills.email.llm_drafter import LLMDrafter
from skills.email.model import Purpose
from skills.email.report import Report, skill_texts

log = logging.getLogger(__name__)
STEP_PURPOSE = "purpose"
# The counselling service is in North Rhine-Westphalia: "morgen" means tomorrow there.
_LOCAL_ZONE = "Europe/Berlin"
_MAIL_WORD = re.compile(r"\b(?:e-?mail|mail\w*|nachricht\s+an|draft)\b", re.IGNORECASE)


def local_today(now: datetime) -> date:
    if now.tzinfo is None:
        return now.date()
    try:
        return now.astimezone(ZoneInfo(_LOCAL_ZONE)).date()
    except ZoneInfoNotFoundError:  # no time zone data on this machine: use the given offset
        return now.date()


class EmailSkill(Skill):
    """Drafts everyday counselling emails from a short request; gaps stay ``[placeholders]``."""

    meta = SkillMeta(
        id="email",
        name_de="E-Mail-Entwurf",
        name_en="Email draft",
        description_de=(
            "Entwirft E-Mails für den Beratungsalltag: Einladung, Terminbestätigung, "
            "-verschiebung, -absage, Erinnerung, Nachbereitung, Unterlagen anfordern, "
            "Weiterleitung. Fehlende Angaben bleiben als [Platzhalter] stehen."
        ),
        description_en=(
            "Drafts everyday counselling emails: invitation, confirmation, rescheduling, "
            "cancellation, reminder, follow-up, requesting documents, referral. Missing "
            "details stay as [placeholders]."
        ),
        commands=("mail", "email", "e-mail", "entwurf", "draft"),
        examples_de=(
            "mail Einladung zum Erstgespräch am 12.03. um 14 Uhr in Raum 2.14",
            "Schreib eine Mail an eine Klientin wegen Terminverschiebung vom 3.2. auf den 5.2. "
            "um 10 Uhr, per Video",
            "mail Unterlagen anfordern: Lebenslauf, Zeugnisse, per du",
        ),
        examples_en=(
            "email invitation to a first appointment on 12 March at 2 pm, online",
            "draft an email to remind a client of tomorrow's appointment at 9:30",
        ),
        intents=(
            IntentCue(r"schreib(e)?\s+(mir\s+)?(eine|ne)\s+(e-?mail|mail|nachricht)"),
            IntentCue(r"(e-?mail|mail)(entwurf)?\s+an\s+(eine|einen|den|die)\b"),
            IntentCue(r"formulier", weight=0.5),
            IntentCue(r"einladung\b.*\b(e-?mail|mail|schreiben)"),
            IntentCue(r"draft\s+an?\s+(e-?mail|email)"),
            IntentCue(r"write\s+an?\s+e-?mail"),
        ),
        needs_llm=False,
        enabled_by_default=True,
        order=20,
    )

    def __init__(
        self,
        drafter: Drafter | None = None,
        llm_drafter: Callable[[LLM], Drafter] | None = None,
    ) -> None:
        self._offline = drafter or TemplateDrafter()
        self._llm_drafter = llm_drafter  # a model-based drafter, once there is one

    @classmethod
    def create(cls, settings: Settings) -> EmailSkill:
        del settings
        return cls(llm_drafter=LLMDrafter)  # used only while a model is available

    def match_score(self, text: str) -> float:
        if not _MAIL_WORD.search(text):
            return 0.0
        return 1.0 if classify(text) else 0.5

    async def handle(self, ctx: SkillContext) -> SkillResult:
        state = ctx.state or {}
        if state.get("step") == STEP_PURPOSE:
            request = str(state.get("request", ""))
            answer = ctx.args.strip()
            purpose = parse_answer(answer, _labels())
            if purpose is None:
                return self._ask(ctx, request, again=True)
            # A bare menu number adds nothing; words may add facts ("... auf den 5.2.").
            text = request if is_number(answer) else f"{request}\n{answer}".strip()
        else:
            text = ctx.args.strip()
            purpose = classify(text)
            if purpose is None:
                return self._ask(ctx, text, again=False)
        return await self._draft(ctx, text, purpose)

    async def _draft(self, ctx: SkillContext, text: str, purpose: Purpose) -> SkillResult:
        language = draft_language(text, ctx.language)
        request = replace(extract(text, purpose, local_today(ctx.now)), wording=text)
        try:
            draft = await self._drafter(ctx).draft(request, language)
        except LLMUnavailable:
            draft = await self._offline.draft(request, language)
        log.info("email draft purpose=%s placeholders=%d", purpose.value, len(draft.placeholders))
        return SkillResult(
            blocks=Report(ctx.language).blocks(request, draft, language),
            ai_generated=True,
            data={
                "purpose": purpose.value,
                "subject": draft.subject,
                "body": draft.body,
                "placeholders": list(draft.placeholders),
                "address_form": request.address_form.value,
            },
            triggers=frozenset({"email_draft"}),
        )

    def _drafter(self, ctx: SkillContext) -> Drafter:
        """The model-based drafter when a model answers and one is configured, else templates."""
        if ctx.llm.available and self._llm_drafter is not None:
            return self._llm_drafter(reporting(ctx.llm, ctx.progress))
        return self._offline

    def _ask(self, ctx: SkillContext, request: str, *, again: bool) -> SkillResult:
        report = Report(ctx.language)
        lines = [report.t("ask.again")] if again else []
        lines.append(report.t("ask.question"))
        options = [
            report.t("ask.item", number=number, label=report.purpose(purpose))
            for number, purpose in enumerate(Purpose, start=1)
        ]
        actions = Actions(
            tuple(
                Action(report.purpose(purpose), str(number))
                for number, purpose in enumerate(Purpose, start=1)
            )
        )
        return SkillResult(
            blocks=(Text(" ".join(lines) + "\n\n" + "\n".join(options)), actions),
            outcome=Outcome.PROMPT,
            follow_up=FollowUp(state={"step": STEP_PURPOSE, "request": request}),
        )


def _labels() -> dict[str, Purpose]:
    """Purpose names in every language, lower-cased, for matching a typed answer."""
    texts = skill_texts()
    return {
        texts.get(language, f"purpose.{purpose.value}").lower(): purpose
        for language in LANGUAGES
        for purpose in Purpose
    }
