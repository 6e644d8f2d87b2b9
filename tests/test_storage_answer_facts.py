"""The evaluation's answer facts come in the order the answers were given, on both backends.
A rating updates a row; on PostgreSQL the new version of a row on a full page is stored on
another page, and a scan without an order returns it there."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.evaluation.ports import AnswerRecord
from storage.database import SqlStore

pytestmark = pytest.mark.asyncio(loop_scope="session")

WEEK = date(2026, 11, 23)
AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
# More answers than one 8 KiB page of the table holds, so the first page is full.
ANSWERS = 150


async def test_facts_keep_the_order_of_the_answers_after_a_rating(store: SqlStore) -> None:
    answers = store.evaluation.answers
    for number in range(ANSWERS):
        skill = "email" if number == 0 else "occupation"
        record = AnswerRecord(
            f"a{number}", WEEK, "teams", "u1", "Reha", skill, "ok", "rules", False, 3
        )
        await answers.record(record)
    assert await answers.link_message("a0", "$first")
    assert await answers.rate_message("teams", "$first", "u1", "down", "too_long", AT)

    facts = await answers.facts(WEEK, WEEK)
    assert len(facts) == ANSWERS
    assert (facts[0].skill, facts[0].rating) == ("email", "down")
    assert all(fact.rating is None for fact in facts[1:])
