"""The answer row written with the audit row holds every field of the answer record."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from bot.evaluation.ports import AnswerRecord
from storage.repositories.audit import answer_row


def test_the_answer_row_is_the_record_field_by_field() -> None:
    answer = AnswerRecord(
        answer_key="a1",
        week=date(2026, 11, 30),
        platform="console",
        user_key="u1",
        department="Beratung",
        skill="occupation",
        outcome="ok",
        producer="template",
        offline=True,
        duration_ms=2,
    )
    assert answer_row(answer) == asdict(answer)
