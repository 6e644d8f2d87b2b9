"""Help lists exactly the skills this department may use; "unknown" offers the same list."""

from __future__ import annotations

from bot.builtins.policy import acknowledgement_state, gate_prompt, wait_for_acknowledgement
from bot.builtins.smalltalk import first_examples
from bot.builtins.suggest import MAX_SUGGESTIONS, suggest
from bot.reply import Action, Actions, Block, Heading, Outcome, Reply, Text
from bot.skill import NOT_KEPT, Guess, Skill
from bot.turn import Turn, enabled_skills, reply


def skill_lines(turn: Turn, skills: list[Skill]) -> str:
    lines = []
    for skill in skills:
        meta = skill.meta
        example = meta.examples(turn.language)[0].split("\n", 1)[0]
        lines.append(
            turn.t(
                "help.skill_line",
                name=meta.name(turn.language),
                description=meta.description(turn.language),
                example=example,
            )
        )
    return "\n".join(lines)


def example_actions(turn: Turn, skills: list[Skill]) -> Actions:
    return Actions(
        tuple(
            Action(s.meta.name(turn.language), s.meta.examples(turn.language)[0].split("\n")[0])
            for s in skills
        )
    )


async def help_reply(turn: Turn) -> Reply:
    skills = await enabled_skills(turn)
    asked = next((s for s in skills if s.meta.id == turn.route.args), None)
    if asked is not None:  # "hilfe mail"; a skill off in this department gets the whole help
        return reply(turn, *_skill_help(turn, asked))
    blocks: list[Block] = [
        Heading(turn.t("help.title")),
        Text(turn.t("help.department", name=turn.department_name)),
    ]
    if skills:
        blocks += [Text(turn.t("help.intro")), Text(skill_lines(turn, skills))]
        blocks.append(example_actions(turn, skills))
    else:
        blocks.append(Text(turn.t("help.no_skills")))
    blocks.append(Text(turn.t("help.builtins")))
    status = await acknowledgement_state(turn)
    if status != "valid":
        # Newcomers see the guideline right here and can acknowledge with "ja" at once.
        await wait_for_acknowledgement(turn, "")
        blocks.extend(gate_prompt(turn, status).blocks)
    return reply(turn, *blocks)


def _skill_help(turn: Turn, skill: Skill) -> list[Block]:
    """One skill: what it does, its commands and every example as a button."""
    meta = skill.meta
    examples = meta.examples(turn.language)
    return [
        Heading(turn.t("help.skill_title", name=meta.name(turn.language))),
        Text(meta.description(turn.language)),
        Text(turn.t("help.skill_commands", commands=" · ".join(f"`{c}`" for c in meta.commands))),
        Text(turn.t("help.skill_examples")),
        Actions(tuple(Action(example.split("\n", 1)[0], example) for example in examples)),
        Text(turn.t("unknown.more")),
    ]


async def not_offered_reply(turn: Turn) -> Reply:
    """Work Lotse does not do (``bot.routing.not_offered``): said plainly, with what it can do
    instead, and `hilfe`."""
    kind = turn.route.args
    blocks = [Text(turn.t(f"not_offered.{kind}"))]
    drafted = turn.recent is not None and turn.recent.data.get(NOT_KEPT) is True
    if kind in ("translation", "editing") and drafted:  # "übersetz das …" right after a draft
        blocks.append(Text(turn.t(f"not_offered.{kind}_draft")))
    return reply(turn, *blocks, Text(turn.t("unknown.more")))


async def unknown_reply(turn: Turn) -> Reply:
    """Not understood: the two or three closest commands, else a few examples, and `hilfe`."""
    skills = await enabled_skills(turn)
    guess = _guess(turn, skills)
    if guess is not None:
        return _guess_reply(turn, skills, guess)
    blocks: list[Block] = [Text(turn.t("unknown.text"))]
    close = suggest(turn.message.text, skills, turn.language)
    if close:
        actions = Actions(tuple(Action(s.label, s.command) for s in close))
        blocks += [Text(turn.t("unknown.closest")), actions]
    elif (examples := await first_examples(turn)) is not None:
        blocks += [Text(turn.t("unknown.examples")), examples]
    blocks.append(Text(turn.t("unknown.more")))
    return reply(turn, *blocks, outcome=Outcome.UNKNOWN)


def _guess(turn: Turn, skills: list[Skill]) -> Guess | None:
    for skill in skills:
        guess = skill.guess(turn.message.text, turn.language)
        if guess is not None:
            return guess
    return None


def _guess_reply(turn: Turn, skills: list[Skill], guess: Guess) -> Reply:
    """Not sure rather than not understood: the skill's question, its command first, then the
    closest other commands."""
    close = [
        s for s in suggest(turn.message.text, skills, turn.language) if s.label != guess.label
    ]
    actions = Actions(
        (
            Action(guess.label, guess.command),
            *(Action(s.label, s.command) for s in close[: MAX_SUGGESTIONS - 1]),
        )
    )
    return reply(turn, Text(guess.question), actions, Text(turn.t("unknown.more")),
                 outcome=Outcome.PROMPT)  # fmt: skip
