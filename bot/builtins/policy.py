"""The AI guideline in the chat: the acknowledgement prompt, showing it, refusing judgements."""

from __future__ import annotations

import re
from datetime import timedelta

from bot import language
from bot.policy import acknowledgement_status
from bot.ports import ConversationState
from bot.reply import Action, Actions, Heading, Outcome, Reply, Text
from bot.routing.router import ACK_OWNER
from bot.turn import Turn, reply


def _guideline_blocks(turn: Turn) -> list[Heading | Text]:
    policy = turn.services.policy
    blocks: list[Heading | Text] = [
        Heading(policy.title_for(turn.language)),
        Text(policy.acknowledgement_text(turn.language)),
    ]
    if policy.url:
        blocks.append(Text(turn.t("policy.link", url=policy.url)))
    return blocks


async def acknowledgement_state(turn: Turn) -> str:
    """ "valid", "missing", "expired" or "outdated" for the turn's user."""
    ack = await turn.services.store.acknowledgements.get(turn.user_key)
    return acknowledgement_status(turn.services.policy, ack, turn.now)


async def wait_for_acknowledgement(turn: Turn, waiting_text: str) -> None:
    """Remember that the next "ja" acknowledges, and which request then runs."""
    expires = turn.now + timedelta(minutes=turn.services.settings.state_ttl_minutes)
    data: dict[str, str] = {"text": waiting_text}
    if turn.language_settled:  # "yes" is then thanked in the language the guideline was shown in
        data[language.CONVERSATION_KEY] = turn.language
    state = ConversationState(ACK_OWNER, data, expires)
    await turn.services.store.states.put(turn.state_key, state)


def gate_prompt(turn: Turn, status: str) -> Reply:
    """Ask for the acknowledgement; ``status`` says why (missing, expired, outdated)."""
    intro = Text(turn.t(f"gate.{status}", version=turn.services.policy.version))
    return reply(turn, intro, *_guideline_blocks(turn), outcome=Outcome.GATE)


async def show_policy(turn: Turn) -> Reply:
    blocks = _guideline_blocks(turn)
    blocks.append(Text(turn.t("policy.version", version=turn.services.policy.version)))
    return reply(turn, *blocks)


# The occupation a judgement was asked about: "Ausbildung als Kfz-Mechatroniker", "schafft er
# die Ausbildung zum Elektroniker", "das Zeug zur Erzieherin", "als Koch geeignet", "make a
# good nurse". The refusal offers to look it up.
_NAME = (
    r"(?P<name>[^\W\d_][\w/-]{2,}(?:[ \t]+(?:für|im|in|und|der|-)?[ \t]*(?-i:[A-ZÄÖÜ])[\w/-]+)?)"
)
_NAMED_OCCUPATION = (
    re.compile(
        r"\b(?:ausbildung|lehre|umschulung|beruf|job|stelle|praktikum|apprenticeship|training)"
        r"\s+(?:als|zum|zur|zu\s+(?:einem|einer)|as\s+an?)\s+" + _NAME,
        re.IGNORECASE,
    ),
    re.compile(r"\bzeug\s+(?:zum|zur)\s+" + _NAME, re.IGNORECASE),
    re.compile(
        r"\b(?:als|zum|zur)\s+" + _NAME + r"\s+(?:geeignet|taugt|tauglich|passt|werden)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:make|be|become)\s+an?\s+(?:good\s+|great\s+|decent\s+)?"
        r"(?P<name>[a-z][\w-]{2,}(?:\s+(?!for\b|in\b|or\b)[a-z][\w-]{2,})?)\b",
        re.IGNORECASE,
    ),
)
# A field named instead of an occupation: "eine Ausbildung im Bereich Pflege", "was mit Holz",
# "something in healthcare". The refusal offers the list of that field, not some occupation.
_NAMED_FIELD = re.compile(
    r"\b(?:im\s+bereich|bereich|(?:in\s+)?richtung|(?:irgend)?(?:was|etwas)\s+mit"
    r"|in\s+the\s+field\s+of|something\s+(?:in|with))\s+(?:der\s+|dem\s+|den\s+|the\s+)?"
    r"(?P<field>[^\W\d_][\w-]{2,})",
    re.IGNORECASE,
)
# Work in a field: "n job im lager", "eine Tätigkeit im Kundenservice", "Schichtdienst in der
# Altenpflege", "a career in logistics".
_WORK_IN_FIELD = re.compile(
    r"\b(?:job|jobs|arbeit|tätigkeit|stelle|einsatz|praktikum|ausbildung|schichtdienst"
    r"|work|career|apprenticeship)\s+(?:im|in\s+der|in\s+den|in(?:\s+(?:an?|the))?)\s+"
    r"(?P<field>[^\W\d_][\w-]{2,})",
    re.IGNORECASE,
)
_FALLBACK = {"de": "beruf Tischler", "en": "occupation carpenter"}
_COMMAND_WORD = {"de": "beruf", "en": "occupation"}
_FIELD_COMMAND = {"de": "Ausbildungen im Bereich {field}", "en": "apprenticeships in {field}"}


def lookup_command(text: str, language: str, remembered: str | None = None) -> tuple[str, bool]:
    """ "beruf Kfz-Mechatroniker" for the occupation the request names; else the list of the
    field it names ("Ausbildungen im Bereich Pflege"); else the command that shows the topic
    of the conversation again (``remembered``: "beruf Tischler/in" after that card); else an
    example. True with a field's list."""
    match = next((m for p in _NAMED_OCCUPATION if (m := p.search(text)) is not None), None)
    if match is not None:
        return f"{_COMMAND_WORD.get(language, 'beruf')} {match['name'].strip()}", False
    field = _NAMED_FIELD.search(text) or _WORK_IN_FIELD.search(text)
    if field is not None:
        pattern = _FIELD_COMMAND.get(language, _FIELD_COMMAND["de"])
        return pattern.format(field=field["field"]), True
    return remembered or _FALLBACK.get(language, _FALLBACK["de"]), False


async def refuse_decision(turn: Turn) -> Reply:
    turn.log.triggers.add("decision_request")
    shown = turn.recent.data.get("command") if turn.recent is not None else None
    remembered = shown if isinstance(shown, str) else None  # see SkillResult.remember
    command, of_field = lookup_command(turn.message.text, turn.language, remembered)
    text = turn.t("refused.decision_field" if of_field else "refused.decision", command=command)
    return reply(
        turn,
        Text(text),
        Actions((Action(command, command),)),
        outcome=Outcome.REFUSED,
    )
