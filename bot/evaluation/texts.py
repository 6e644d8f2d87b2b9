"""The evaluation's own texts (``texts/de.yaml``, ``texts/en.yaml``)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bot.texts import Texts


@cache
def evaluation_texts() -> Texts:
    return Texts.load(Path(__file__).with_name("texts"))


def reason_names(language: str) -> list[str]:
    from bot.evaluation.ports import REASONS

    texts = evaluation_texts()
    return [texts.get(language, f"reasons.{reason}") for reason in REASONS]
