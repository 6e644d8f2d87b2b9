"""A reply to a pasted message greets whoever signed it and leaves a gap for the answer; the
pasted message goes neither into the draft nor to a model (it was quoted whole, in a letter
to the person it greeted: the counsellor)."""

from __future__ import annotations

import pytest
from llm_fixtures import FakeAnthropic, fast_settings, standalone
from test_email_skill import context, copyable, run

from bot.reply import Text
from skills.email.llm_drafter import LLMDrafter
from skills.email.reply import pasted_reply
from skills.email.skill import EmailSkill

PASTED = (
    'Antworte auf diese Mail: "Hallo Frau Schulz, ich kann am Montag leider nicht kommen, '
    'weil ich arbeiten muss. Geht auch Mittwoch? Gruß, Kevin"'
)


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        (PASTED, "Kevin"),
        (
            "bitte antworte auf folgende Nachricht:\nSehr geehrte Frau Berg,\nich habe die "
            "Unterlagen geschickt, ist alles angekommen?\nViele Grüße\nAyse Yilmaz",
            "Ayse Yilmaz",
        ),
        ("reply to this email: Hi, can we move our meeting to Friday? Best, Tom", "Tom"),
        ("antworte auf diese mail: hallo, wann ist mein termin?", ""),
    ],
)
def test_the_signer_of_a_pasted_message_is_read(text: str, signed: str) -> None:
    found = pasted_reply(text)
    assert found is not None
    assert found.signed == signed


@pytest.mark.parametrize(
    "text", ["Antworte auf die Mail von gestern", "Mail an Kevin: Termin am Montag um 10 Uhr"]
)
def test_no_pasted_message_no_reply(text: str) -> None:
    assert pasted_reply(text) is None


async def test_the_reply_greets_the_signer_and_quotes_nothing() -> None:
    result = await run(PASTED)
    draft = copyable(result)
    assert "Kevin" in draft.splitlines()[2]
    assert "[Ihr Text]" in draft
    assert "Frau Schulz" not in draft
    assert "arbeiten muss" not in draft
    notes = " ".join(block.markdown for block in result.blocks if isinstance(block, Text))
    assert "weder in den Entwurf übernommen noch weitergegeben" in notes


async def test_the_pasted_message_is_never_given_to_a_model(
    fake_anthropic: FakeAnthropic,
) -> None:
    skill = EmailSkill(llm_drafter=LLMDrafter)
    llm = standalone(fast_settings())
    result = await skill.handle(context(PASTED, llm=llm))
    assert "[Ihr Text]" in copyable(result)
    assert "arbeiten muss" not in fake_anthropic.raw_bodies()
    assert not result.ai_generated
