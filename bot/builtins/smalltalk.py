"""Greetings, thanks and goodbyes: a short friendly line, never the whole menu.

A greeting from someone whose guideline acknowledgement is due carries the guideline, and the
next "ja" acknowledges it; the greeting itself is not kept as a request to answer afterwards.
"""

from __future__ import annotations

from dataclasses import replace

from bot.builtins.policy import acknowledgement_state, gate_prompt, wait_for_acknowledgement
from bot.reply import Action, Actions, Block, Outcome, Reply, Text
from bot.routing.smalltalk import TalkKind, is_english
from bot.turn import Turn, enabled_skills, reply

EXAMPLES = 3


async def first_examples(turn: Turn) -> Actions | None:
    """One example command for each of the first enabled skills."""
    skills = (await enabled_skills(turn))[:EXAMPLES]
    if not skills:
        return None
    return Actions(
        tuple(
            Action(s.meta.name(turn.language), s.meta.examples(turn.language)[0].split("\n")[0])
            for s in skills
        )
    )


async def greet(turn: Turn) -> Reply:
    blocks: list[Block] = [Text(turn.t("smalltalk.greeting"))]
    examples = await first_examples(turn)
    if examples is not None:
        blocks += [Text(turn.t("smalltalk.try")), examples]
    blocks.append(Text(turn.t("smalltalk.more")))
    status = await acknowledgement_state(turn)
    if status == "valid":
        return reply(turn, *blocks)
    await wait_for_acknowledgement(turn, "")  # nothing waits: "ja" then shows what Lotse does
    return reply(turn, *blocks, *gate_prompt(turn, status).blocks, outcome=Outcome.GATE)


async def small_talk(turn: Turn) -> Reply:
    kind = TalkKind(turn.route.args)
    if is_english(turn.message.text) and not await turn.services.store.preferences.language(
        turn.user_key
    ):
        # "hello" is answered in English unless German was chosen.
        turn = replace(turn, language="en")
    if kind is TalkKind.GREETING:
        return await greet(turn)
    return reply(turn, Text(turn.t(f"smalltalk.{kind.value}")))
