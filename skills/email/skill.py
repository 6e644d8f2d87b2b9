"""The email-drafting skill: purpose, facts, draft; it asks when the purpose is unclear."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.config import Settings
from bot.llm.port import LLM, LLMUnavailable
from bot.llm.progress import reporting
from bot.reply import Action, Actions, Outcome, Text
from bot.skill import (
    NOT_KEPT,
    FollowUp,
    Guess,
    IntentCue,
    Skill,
    SkillContext,
    SkillMeta,
    SkillResult,
)
from bot.texts import LANGUAGES
from skills.email.announced import announces_event
from skills.email.answers import is_other_request
from skills.email.bracket_head import bracket_closed
from skills.email.carry import meaningful_words
from skills.email.classify import classify, is_number, parse_answer
from skills.email.corrections import corrected
from skills.email.drafter import Drafter, TemplateDrafter
from skills.email.extract import draft_language
from skills.email.how_to import asked_how
from skills.email.inquiry_order import inquiry_request
from skills.email.llm_drafter import LLMDrafter
from skills.email.model import Purpose
from skills.email.private import set_aside
from skills.email.purpose_fit import extract_for
from skills.email.relay import relayed
from skills.email.reply import PastedReply, pasted_reply, unseen_reply
from skills.email.report import Report, skill_texts
from skills.email.revision import REMEMBERED, is_revision, revision_text, without_again
from skills.email.routing import evidence, is_new_request, without_mistyped_command
from skills.email.shape import Certainty, shape
from skills.email.slips import slip_fixed

log = logging.getLogger(__name__)
STEP_PURPOSE = "purpose"
# After a template drafted from a purpose alone ("mail" → "Einladung"): the details typed next
# ("an Tim, Montag 10 Uhr, Raum 2.14") are drafted with that purpose, not as a new message.
STEP_DETAILS = "details"
_DIGIT = re.compile(r"\d")
_PURPOSES = frozenset(purpose.value for purpose in Purpose)  # a stored state is checked
# The counselling service is in North Rhine-Westphalia: "morgen" means tomorrow there.
_LOCAL_ZONE = "Europe/Berlin"


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
            IntentCue(
                r"\b(entwirf|formulier\w*|verfass\w*|schreib\w*|erstell\w*|draft|write)\s+"
                r"(mir\s+)?(bitte\s+)?(eine?n?|ne|a|an)\s+(kurze\s+|short\s+)?(absage|erinnerung"
                r"|bestätigung|terminbestätigung|einladung|terminerinnerung|terminabsage"
                r"|reminder|invitation|cancellation|confirmation|follow-?up)"
            ),
            IntentCue(r"\bwrite\s+to\s+(the|my|our|a)\s+(client|parents|employer|school)"),
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
        return evidence(text)

    def continues(self, text: str, recent: Mapping[str, Any]) -> bool:
        """A change to the draft just shown ("bitte per du", "und Raum 2.14")."""
        drafted = recent.get(REMEMBERED)
        return isinstance(drafted, str) and is_revision(text, drafted)

    def guess(self, text: str, language: str) -> Guess | None:
        """A message with the shape of an email but too little to be sure: ask first."""
        found = shape(text)
        if found is None or found.certainty is not Certainty.LIKELY:
            return None
        texts = skill_texts()
        return Guess(
            texts.get(language, "guess.question", who=found.person),
            texts.get(language, "guess.action"),
            f"{self.meta.commands[0]} {text.strip()}",
        )

    async def handle(self, ctx: SkillContext) -> SkillResult:
        state = ctx.state or {}
        if state.get("step") == STEP_DETAILS and state.get("purpose") in _PURPOSES:
            return await self._details(ctx, Purpose(str(state["purpose"])))
        if state.get("step") == STEP_PURPOSE:
            request = str(state.get("request", ""))
            answer = ctx.args.strip()
            if is_new_request(answer):
                # a new, complete request instead of an answer: drafted alone, nothing of the
                # unfinished one carries over
                text = answer
                purpose = _purpose_of(text, local_today(ctx.now))
                if purpose is None:
                    return self._ask(ctx, text, again=False)
                return await self._draft(ctx, text, purpose)
            purpose = parse_answer(answer, _labels())
            if purpose is None and is_other_request(answer, ctx.other_commands):
                return self._set_aside(ctx, request, answer)
            if purpose is None:
                return self._ask(ctx, request, again=True)
            # A bare menu number adds nothing; words may add facts ("... auf den 5.2.").
            text = request if is_number(answer) else f"{request}\n{answer}".strip()
            bare = not meaningful_words(_ASKING.sub(" ", request))  # "mail" and nothing else
            if bare and _only_a_purpose(answer):
                return await self._template_only(ctx, purpose)
        elif (
            ctx.command is None and ctx.recent is not None and self.continues(ctx.args, ctx.recent)
        ):
            return self._cannot_revise(ctx, ctx.args)
        else:
            if unseen_reply(ctx.args):  # "Antworte auf die Mail von gestern": none pasted
                unseen = skill_texts().get(ctx.language, "reply_unseen")
                return SkillResult((Text(unseen),), outcome=Outcome.PROMPT)
            pasted = pasted_reply(ctx.args.strip())
            if pasted is not None:  # "Antworte auf diese Mail: „… Gruß, Kevin“"
                return await self._reply_to_pasted(ctx, pasted)
            # "… ach nein, Dienstag"; "mial an …": the mistyped command is no part of the mail
            typed = without_again(without_mistyped_command(ctx.args.strip()))
            typed = bracket_closed(typed)  # "Herrn X (Firma Y) bitte um …": the head ends
            asked = asked_how(corrected(slip_fixed(typed)))
            text = asked.text
            # "frag bei X nach, ob …", "email X asking if …" (the command word is the order's
            # verb): a message asking X, whatever purpose the question's words name
            inquiry = inquiry_request(text) or (
                inquiry_request(f"{ctx.command} {text}") if ctx.command else None
            )
            if inquiry is not None:
                return await self._draft(ctx, inquiry, Purpose.MESSAGE)
            purpose = _purpose_of(text, local_today(ctx.now))
            if purpose is None:
                return self._ask(ctx, text, again=False)
            if asked.how and _only_a_purpose(text):
                # "Wie schreibe ich eine gute Absage?": no facts to draft from, so the
                # template with its gaps marked, and the details may follow
                return await self._template_only(ctx, purpose)
        return await self._draft(ctx, text, purpose)

    async def _template_only(self, ctx: SkillContext, purpose: Purpose) -> SkillResult:
        """Only the purpose was given: its template with every gap a placeholder, and a
        follow-up that drafts the details typed next with that purpose."""
        drafted = await self._draft(ctx, "", purpose)
        return replace(
            drafted,
            blocks=(*drafted.blocks, Text(skill_texts().get(ctx.language, "details"))),
            follow_up=FollowUp(state={"step": STEP_DETAILS, "purpose": purpose.value}),
        )

    async def _details(self, ctx: SkillContext, purpose: Purpose) -> SkillResult:
        """The message after a template drafted from a purpose alone: its details, drafted with
        that purpose; a new request, another command or a mere "ok" runs as a turn of its own."""
        answer = corrected(ctx.args.strip())
        if is_new_request(answer):
            own = classify(answer) or _message_if_said(answer)
            if own is None:
                return self._ask(ctx, answer, again=False)
            return await self._draft(ctx, answer, own)
        if _no_facts(answer) or is_other_request(answer, ctx.other_commands):
            return SkillResult((), outcome=Outcome.PROMPT, resubmit=answer)
        return await self._draft(ctx, answer, classify(answer) or purpose)

    async def _reply_to_pasted(self, ctx: SkillContext, pasted: PastedReply) -> SkillResult:
        """A reply to a pasted message: greeting whoever signed it, saying what the counsellor
        typed after the quoted message, else with a gap for the answer; the pasted text goes
        neither into the draft nor to a model."""
        signed = pasted.signed
        request = f"Nachricht an {signed}" if signed else "Nachricht"
        if pasted.answer:  # "„… Gruß Aylin“ – Dienstag 14 Uhr passt": the answer is given
            answer = f"{request}: {pasted.answer}"
            purpose = classify(answer) or Purpose.MESSAGE
            return await self._draft(ctx, answer, purpose, offline=True)
        drafted = await self._draft(ctx, request, Purpose.MESSAGE, offline=True)
        name = signed or skill_texts().get(ctx.language, "reply_pasted_someone")
        note = skill_texts().get(ctx.language, "reply_pasted", name=name)
        return replace(drafted, blocks=(*drafted.blocks, Text(note)))

    async def _draft(
        self, ctx: SkillContext, text: str, purpose: Purpose, *, offline: bool = False
    ) -> SkillResult:
        aside = set_aside(corrected(text))  # "… – nur für mich, nicht in die Mail"
        text = aside.text
        language = draft_language(text, ctx.language)
        translate = language != ctx.language
        request = extract_for(text, purpose, local_today(ctx.now))
        purpose = request.purpose
        try:
            drafter = self._offline if offline else self._drafter(ctx)
            draft = await drafter.draft(request, language, translate)
        except LLMUnavailable:
            draft = await self._offline.draft(request, language, translate)
        log.info(
            "email draft purpose=%s placeholders=%d by_model=%s",
            purpose.value,
            len(draft.placeholders),
            draft.by_model,
        )
        blocks = Report(ctx.language).blocks(request, draft, language)
        if aside.notes:
            notes = "; ".join(aside.notes)
            blocks = (*blocks, Text(skill_texts().get(ctx.language, "private", notes=notes)))
        return SkillResult(
            blocks=blocks,
            # honest labels: "AI-generated" only when a model wrote the text
            ai_generated=draft.by_model,
            template_draft=not draft.by_model,
            title=draft.subject,
            data={
                "purpose": purpose.value,
                "subject": draft.subject,
                "body": draft.body,
                "recipient": draft.recipient,
                "placeholders": list(draft.placeholders),
                "address_form": request.address_form.value,
            },
            triggers=frozenset({"email_draft"}),
            # that a draft was shown, none of its words (nor kept to be shown again)
            remember={REMEMBERED: purpose.value, NOT_KEPT: True},
        )

    def _cannot_revise(self, ctx: SkillContext, change: str) -> SkillResult:
        """A change to the last draft: its request is not kept, so it is asked for again, or
        said honestly what a new request can change."""
        log.info("email revision asked; the request is not kept")
        by_model = ctx.llm.available and self._llm_drafter is not None
        key = revision_text(change, by_model=by_model)
        return SkillResult((Text(skill_texts().get(ctx.language, key)),), outcome=Outcome.PROMPT)

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

    def _set_aside(self, ctx: SkillContext, request: str, answer: str) -> SkillResult:
        """The answer is another request: it runs next as a turn of its own; the unfinished
        email is dropped and offered again as a button."""
        texts = skill_texts()
        again = f"{self.meta.commands[0]} {request}".strip()
        log.info("email purpose question set aside for another request")
        return SkillResult(
            blocks=(
                Text(texts.get(ctx.language, "ask.set_aside")),
                Actions((Action(texts.get(ctx.language, "ask.resume"), again),)),
            ),
            outcome=Outcome.PROMPT,
            resubmit=answer,
        )


def _only_a_purpose(answer: str) -> bool:
    """A menu number, a purpose's label or one word for it ("2", "Einladung"): no facts."""
    return is_number(answer) or answer.strip(" .!").casefold() in _labels() or _no_facts(answer)


def _no_facts(answer: str) -> bool:
    """No figure and at most one meaningful word ("ok", "Einladung"): nothing to draft from."""
    return not _DIGIT.search(answer) and len(meaningful_words(answer)) <= 1


def _labels() -> dict[str, Purpose]:
    """Purpose names in every language, lower-cased, for matching a typed answer."""
    texts = skill_texts()
    return {
        texts.get(language, f"purpose.{purpose.value}").lower(): purpose
        for language in LANGUAGES
        for purpose in Purpose
    }


# Words that only ask for an email; what is left is what the email is to say.
_ASKING = re.compile(
    r"\b(?:e-?mail|mail|entwurf|entwirf|schreib\w*|formulier\w*|bitte|an|für|per|du|sie|draft"
    r"|write|to|for|please)\b",
    re.IGNORECASE,
)
_SAID_ENOUGH = 4  # meaningful words beyond the asking: "Mail an Frau Kaya" is not enough
# What to tell someone, said in a clause after a verb of telling: "kannst du Herrn Ali sagen,
# dass sein Termin morgen um 11 ist", "frag sie, ob …", "tell him that …", "Mail an Herrn Öz,
# dass …" — however few its words.
_TOLD = re.compile(
    r"\b(?:sag|mitteil|teil|ausricht|richt|bescheid|informier|benachrichtig|schreib|antwort"
    r"|frag|tell|let|inform|ask|write|reply|e-?mail|mail|nachricht|message)\w*\b"
    r"[^.!?\n]{0,80}?\b(?:dass|ob|that|whether)"
    r"\s+\S+\s+\S"
    # the command word already taken: "an Herrn Öz, dass Frau Lenz ihn anruft"
    r"|^\s*(?:an|to)\b[^.!?\n:]{0,60}?,\s*(?:dass|ob|that|whether)\s+\S+\s+\S",
    re.IGNORECASE,
)


# What the counsellor states after the addressing, in the first person: "Mail an Herrn Roth:
# die Bescheinigung schicke ich Ihnen nächste Woche", "…, ich bin ab 22.12. im Urlaub". It is
# the message itself, however few of its words carry meaning.
_STATED = re.compile(r"[:,]\s*(?P<said>[^\n]*\b(?:ich|wir|I|we)\b[^\n]*)", re.IGNORECASE)
_STATED_ENOUGH = 1  # "…: ich melde mich" alone names nothing to draft from

# A clause asking the addressee for something after the addressing: "Mail an Frau Schmitt,
# Bitte um Terminvorschlag …", "mail hr. berisha, bitte kurz anrufen …"
_ASKED_OF_THEM = re.compile(r"[,:]\s*(?:bitte|please|pls|kindly)\b(?:\s+um\b)?", re.IGNORECASE)


def _purpose_of(text: str, today: date) -> Purpose | None:
    """The purpose the request names; else an invitation to the event it announces to a group
    of readers; else a message when it says enough to be one."""
    named = classify(text)
    if named not in (None, Purpose.MESSAGE):
        return named
    if announces_event(text, today):
        return Purpose.INVITATION  # "an die Eltern der 9b: Elternabend am 03.02. um 19 Uhr"
    return named or _message_if_said(text)


def _message_if_said(text: str) -> Purpose | None:
    """A request that names no purpose but says what the email is to say is a message of its
    own (a thank-you, an enquiry, a call-back request); a bare "mail an X" is asked about."""
    if _TOLD.search(text) or relayed(text):
        return Purpose.MESSAGE  # what to say is in the clause, or before "schreib ihm das"
    asked = _ASKED_OF_THEM.search(text)
    if asked is not None and meaningful_words(text[asked.end() :]):
        return Purpose.MESSAGE  # "Mail an Frau X, bitte kurz anrufen": what they are asked
    stated = _STATED.search(text)
    if stated is not None and len(meaningful_words(stated["said"])) >= _STATED_ENOUGH:
        return Purpose.MESSAGE
    said = meaningful_words(_ASKING.sub(" ", text))
    return Purpose.MESSAGE if len(said) >= _SAID_ENOUGH else None
