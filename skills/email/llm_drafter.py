"""The model-based drafter: the template draft carries every recognised fact and placeholder;
the model rewrites it to follow the request and the institution's tone.

Facts only: a model draft is discarded for the template draft when it contains a number
(date, time, room, deadline), a building's or room's letter ("Haus D") or a name found neither
in the request nor in the template,
when it drops a fact the template draft kept, or when it drops a ``[placeholder]`` without
filling it with a value from the request.
"""

from __future__ import annotations

import logging
import re
from functools import partial

from bot.llm.port import LLM, ChatTurn, LLMRequest
from bot.llm.prompts import load_prompt
from bot.llm.structured import parse_repaired, repair_subject_form
from skills.email.carry import meaningful_words
from skills.email.drafter import Drafter, TemplateDrafter, placeholders
from skills.email.facts import missing_facts
from skills.email.model import EmailDraft, EmailRequest
from skills.email.render import Renderer

log = logging.getLogger(__name__)

_NUMBER = re.compile(r"\d+")
_SUBJECT = re.compile(r"^\s*(?:betreff|subject)\s*:\s*(.+)$", re.IGNORECASE)
_LANGUAGE = {"de": "Deutsch", "en": "Englisch"}
_HARMLESS = frozenset({"0", "00"})  # "14:00" for "14 Uhr"
# A lone capital letter names a building, room or group ("Haus C", "Raum B 104", "Gruppe A"):
# it must come from the request like a number. "A" and "I" are English words.
_LETTER_CODE = re.compile(r"(?<![\w.-])(?-i:[B-HJ-ZÄÖÜ])(?![\w'’-])")
# A name as a letter names people: after a form of address or a title.
_NAMED = re.compile(
    r"\b(?:Frau|Herrn?|Fr\.|Hr\.|Mrs?\.?|Ms\.?|Miss|Dr\.|Prof\.|Hallo|Hi|Liebe[rs]?|Dear)\s+"
    r"(?:(?:Dr|Prof)\.\s*)*(?P<name>[A-ZÄÖÜ][a-zäöüß'’-]+)"
)


def numbers(text: str) -> set[str]:
    return {match.group(0).lstrip("0") or "0" for match in _NUMBER.finditer(text)}


def letter_codes(text: str) -> set[str]:
    return set(_LETTER_CODE.findall(text))


def names(text: str) -> set[str]:
    return {match["name"] for match in _NAMED.finditer(text)}


def parse_draft(text: str) -> tuple[str, str] | None:
    """(subject, body) from "Betreff: …" + blank line + body; None when the form is wrong."""
    first, _, rest = text.strip().partition("\n")
    match = _SUBJECT.match(first)
    body = rest.strip()
    if not match or not body:
        return None
    return match.group(1).strip(), body + "\n"


def grounded(draft: str, base: EmailDraft, request: EmailRequest) -> str | None:
    """Why a model draft cannot be used (a short reason for the log), or None when it can."""
    source = base.subject + "\n" + base.body + "\n" + request.wording
    if numbers(draft) - numbers(source) - _HARMLESS:
        return "unknown numbers"
    if letter_codes(draft) - letter_codes(source):
        return "unknown letter codes"
    known = names(source) | set(re.findall(r"[A-ZÄÖÜ][\w'’-]+", source))
    if names(draft) - known:
        return "unknown names"
    if request.today is not None:
        template = base.subject + "\n" + base.body
        lost = set(missing_facts(request.wording, draft, request.today))
        if lost - set(missing_facts(request.wording, template, request.today)):
            return "a fact of the request dropped"
    missing = set(base.placeholders) - set(placeholders(draft))
    if missing:
        # a gap may be filled, but only with something the request said that the template
        # could not place (it carried it over verbatim, or did not see it)
        template = base.subject + "\n" + base.body
        for line in base.carried:
            template = template.replace(line, "")
        template = template.lower()
        filled = [
            word
            for word in meaningful_words(request.wording)
            if word.lower() in draft.lower() and word.lower() not in template
        ]
        if not filled:
            return "placeholders dropped"
    return None


class LLMDrafter:
    """Implements :class:`skills.email.drafter.Drafter` with the model."""

    def __init__(self, llm: LLM, template: Drafter | None = None) -> None:
        self._llm = llm
        self._template = template or TemplateDrafter()
        self._prompt = load_prompt("email")

    async def draft(
        self, request: EmailRequest, language: str, translate: bool = False
    ) -> EmailDraft:
        base = await self._template.draft(request, language, translate)
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
            self._llm.report_unusable("email form")
            return base
        subject, body = parsed
        reason = grounded(subject + "\n" + body, base, request)
        if reason is not None:
            log.warning("model draft rejected (%s); template used", reason)
            self._llm.report_unusable("email facts")
            return base
        found = placeholders(subject, body)
        return EmailDraft(subject, body, found, by_model=True, recipient=base.recipient)
