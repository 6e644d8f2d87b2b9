"""The model-backed answerer: the model phrases and compares, the catalogue supplies facts.

The model sees only the catalogue entry (plus related entries and runners-up) and the
question. Its text is shown above the unchanged offline answer (title, fact table, notes), so
every fact stays visible as the catalogue states it. A model text with a number that is not
in the entry's facts is discarded; a missing source line is added.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from bot.llm.port import LLM, ChatTurn, LLMRequest, LLMUnavailable
from bot.llm.prompts import load_prompt
from bot.reply import Text
from skills.occupation.answer import Answer, AnswerRequest, OccupationAnswerer
from skills.occupation.facts import occupation_data

log = logging.getLogger(__name__)

_NUMBER = re.compile(r"\d+")
_LANGUAGE = {"de": "Deutsch", "en": "Englisch"}
_SOURCE_LINE = re.compile(r"^\s*(?:quelle|source)\s*:", re.IGNORECASE | re.MULTILINE)


def _numbers(text: str) -> set[str]:
    return {m.group(0).lstrip("0") or "0" for m in _NUMBER.finditer(text)}


def entry_facts(request: AnswerRequest) -> dict[str, Any]:
    """Everything the model may use, and nothing else."""
    occupation = request.occupation
    source = occupation.source
    return {
        "eintrag": occupation_data(occupation),
        "hinweis_der_quelle": occupation.source_note,
        "verwandte_berufe": [occupation_data(item) for item in request.related],
        "alternativen": [
            {"title": item.title, "training_type": item.training_type.value}
            for item in request.alternatives
        ],
        "quelle": {"name": source.title, "stand": source.as_of, "url": source.url},
    }


def source_name(request: AnswerRequest) -> str:
    source = request.occupation.source
    return f"{source.title} ({source.as_of})" if source.as_of else source.title


class LLMAnswerer:
    """Implements ``OccupationAnswerer``; falls back to ``offline`` whenever the model does."""

    def __init__(self, offline: OccupationAnswerer) -> None:
        self._offline = offline
        self._prompt = load_prompt("occupation")

    async def answer(self, request: AnswerRequest, llm: LLM) -> Answer:
        offline = await self._offline.answer(request, llm)
        if not llm.available:
            return offline
        facts = json.dumps(entry_facts(request), ensure_ascii=False)
        question = request.question or request.occupation.title
        message = "\n".join(
            [
                f"Sprache der Antwort: {_LANGUAGE.get(request.language, 'Deutsch')}",
                f"Frage: {question}",
                f"Katalogeintrag: {facts}",
            ]
        )
        try:
            response = await llm.complete(
                LLMRequest(
                    system=self._prompt.text,
                    turns=(ChatTurn("user", message),),
                    max_tokens=600,
                    purpose="occupation",
                )
            )
        except LLMUnavailable:
            return offline
        text = response.text.strip()
        if not text or _numbers(text) - _numbers(facts + question):
            log.warning("model answer not grounded in the catalogue entry; offline answer used")
            return offline
        if not _SOURCE_LINE.search(text):
            label = "Source" if request.language == "en" else "Quelle"
            text = f"{text}\n\n{label}: {source_name(request)}"
        head, *rest = offline.blocks
        return Answer(
            (head, Text(text), *rest),
            ai_generated=True,
            tokens_in=response.tokens_in,
            tokens_out=response.tokens_out,
        )
