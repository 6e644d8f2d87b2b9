"""A message whose "dass" clause is made of words the templates often say ("Unterlagen",
"schicken", "mitbringen", "melden") lost the clause: none of its words counted as lacking,
so "Mail an Tom, dass er die Unterlagen bis Freitag schicken soll" became a letter with only
"Frist: Freitag" in it, or "[Ihr Text]"."""

from __future__ import annotations

import pytest
from test_email_skill import body_of


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Mail an Jan, dass er die Unterlagen bis Montag schicken soll",
         "bitte schicken Sie die Unterlagen bis Montag"),
        ("schreib frau otto dass sie ihre unterlagen mitbringen soll",
         "bitte bringen Sie Ihre unterlagen mit"),
        ("Gib Herrn Demir Bescheid, dass er sich bis Mittwoch melden soll",
         "bitte melden Sie sich bis Mittwoch"),
    ],
)  # fmt: skip
async def test_the_clause_is_told_to_the_addressee(text: str, told: str) -> None:
    draft = await body_of(text)
    assert told.casefold() in draft.casefold()
    assert "[Ihr Text]" not in draft


async def test_a_clause_the_draft_already_says_is_not_repeated() -> None:
    draft = await body_of("Mail an Herrn Koch, dass die Unterlagen angekommen sind")
    assert draft.count("Unterlagen angekommen") == 1


async def test_to_parents_the_clause_stays_as_typed() -> None:
    # "sie" may be the child or the parents: not told as "Bitte schicken Sie …" to the parents
    draft = await body_of(
        "Mail an die Eltern von Lea, dass sie die Unterlagen bis Freitag schicken soll"
    )
    assert "dass sie die Unterlagen bis Freitag" in draft
    assert "Bitte schicken Sie" not in draft


@pytest.mark.parametrize(
    "text",
    [
        "Mail an Ole, dass er die Unterlagen bis 22.1. schicken soll",
        "Mail an Ole: er soll die Unterlagen bis 22.1. schicken",
    ],
)
async def test_a_date_at_the_end_of_a_told_request_keeps_one_full_stop(text: str) -> None:
    draft = await body_of(text)
    assert "22.1." in draft
    assert "22.1.." not in draft
