"""The model-based drafter: the template draft carries every recognised fact and placeholder;
the model rewrites it to follow the request and the institution's tone.

Facts only: a model draft that contains a number (date, time, room, deadline) found neither in
the request nor in the template, or that drops one of the template's ``[placeholders]``, is
discarded for the template draft.
"""

from __future__ import annotations

import logging
import re
from functools import partial

from bot.llm.port import LLM, ChatTurn, LLMRequest
from bot.llm.prompts import load_prompt
from bot.llm.structured import mark_unusable, parse_repaired, repair_subject_form
from skills.email.drafter import Drafter, TemplateDrafter, placeholders
from skills.email.model import EmailDraft, EmailRequest
from skills.email.render import Renderer

log = logging.getLogger(__name__)

_NUMBER = re.compile(r"\d+")
_SUBJECT = re.compile(r"^\s*(?:betreff|subject)\s*:\s*(.+)$", re.IGNORECASE)
_LANGUAGE = {"de": "Deutsch", "en": "Englisch"}
_HARMLESS = frozenset({"0", "00"})  # "14:00" for "14 Uhr"


def numbers(text: str) -> set[str]:
    return {match.group(0).lstrip("0") or "0" for match in _NUMBER.finditer(text)}


def parse_draft(text: str) -> tuple[str, str] | None:
    """(subject, body) from "Betreff: …" + blank line + body; None when the form is wrong."""
    first, _, rest = text.strip().partition("\n")
    match = _SUBJECT.match(first)
    body = rest.strip()
    if not match or not body:
        return None
    return match.group(1).strip(), body + "\n"


class LLMDrafter:
    """Implements :class:`skills.email.drafter.Drafter` with the model."""

    def __init__(self, llm: LLM, template: Drafter | None = None) -> None:
        self._llm = llm
        self._template = template or TemplateDrafter()
        self._prompt = load_prompt("email")

    async def draft(self, request: EmailRequest, language: str) -> EmailDraft:
        base = await self._template.draft(request, language)
        subject_label = Renderer(language).text("common.subject_label")
        message = "\n".join(
            [
                f"Sprache des Entwurfs: {_LANGUAGE.get(language, 'Deutsch')}",
                f"Anredeform: {request.address_form.value}",
                "Anfrage der Beratungsperson:",
                f'"""{request.wording or "-"}"""',
                "Vorlage mit allen erkannten Angaben und Platzhaltern:",
                f'"""{subject_label}: {base.subject}\n\n{base.body}"""',
            ]
        )
        response = await self._llm.complete(
            LLMRequest(
                system=self._prompt.text,
                turns=(ChatTurn("user", message),),
                max_tokens=1024,
                purpose="email",
            )
        )
        repair = partial(repair_subject_form, labels=(subject_label, "Betreff", "Subject"))
        parsed = parse_repaired(response.text, parse_draft, (repair,))
        if parsed is None:
            mark_unusable("email form")
            return base
        subject, body = parsed
        if not self._grounded(subject + "\n" + body, base, request):
            mark_unusable("email facts")
            return base
        return EmailDraft(subject, body, placeholders(subject, body))

    def _grounded(self, draft: str, base: EmailDraft, request: EmailRequest) -> bool:
        allowed = numbers(base.subject + base.body + request.wording) | _HARMLESS
        invented = numbers(draft) - allowed
        if invented:
            log.warning("model draft has %d unknown numbers; template used", len(invented))
            return False
        missing = set(base.placeholders) - set(placeholders(draft))
        if missing:
            log.warning("model draft dropped %d placeholders; template used", len(missing))
            return False
        return True
