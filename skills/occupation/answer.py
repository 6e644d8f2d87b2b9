"""Answer phrasing behind a small seam: offline templates now, a model-backed answerer later.

Any answerer gets the same catalogue facts (``AnswerRequest``) and must stay grounded in them;
a model-backed one would set ``ai_generated`` and report its tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Protocol

from bot.llm.port import LLM
from bot.reply import Action, Actions, Block, Heading, Text
from bot.texts import Texts
from skills.occupation.facts import (
    Say,
    fact_block,
    full_duration,
    own_text,
    regulation_text,
    source_note,
)
from skills.occupation.focus import Focus
from skills.occupation.links import BIBB_PAY, ENTGELTATLAS, JOBSUCHE, berufenet_url
from skills.occupation.model import EVERYDAY, Match, NameKind, Occupation, TrainingType
from skills.occupation.normalise import title_key
from skills.occupation.part_time import part_time_lines
from skills.occupation.school_names import school_name
from skills.occupation.training_system import focus_topic


@dataclass(frozen=True, slots=True)
class AnswerRequest:
    """The facts an answer may use: the hit, its related entries and the runners-up."""

    match: Match
    related: tuple[Occupation, ...] = ()
    alternatives: tuple[Occupation, ...] = ()
    language: str = "de"
    focus: Focus | None = None
    several_meanings: bool = False  # the everyday word asked for also names the alternatives
    question: str = ""  # the counsellor's words, for an answerer that phrases a reply

    @property
    def occupation(self) -> Occupation:
        return self.match.occupation


@dataclass(frozen=True, slots=True)
class Answer:
    blocks: tuple[Block, ...]
    ai_generated: bool = False
    tokens_in: int = 0
    tokens_out: int = 0


class OccupationAnswerer(Protocol):
    """Turns catalogue facts into reply blocks."""

    async def answer(self, request: AnswerRequest, llm: LLM) -> Answer:
        """``llm``: the model bound to the turn (unavailable offline)."""
        ...


class OfflineAnswerer:
    """Fixed templates from the skill's text files; nothing is generated."""

    def __init__(self, texts: Texts) -> None:
        self._texts = texts

    async def answer(self, request: AnswerRequest, llm: LLM | None = None) -> Answer:
        del llm  # templates only
        say: Say = partial(self._texts.get, request.language)
        occupation = request.occupation
        blocks: list[Block] = [Heading(occupation.title)]
        naming = _naming_note(request.match, say, several=request.several_meanings)
        if naming:
            blocks.append(Text(naming))
        blocks.extend(Text(line) for line in _focus_lines(request, say))
        blocks.append(fact_block(occupation, say))
        if occupation.description:
            blocks.append(
                Text(own_text(occupation, occupation.description, request.language, say))
            )
        if request.related:
            titles = ", ".join(item.title for item in request.related)
            blocks.append(Text(say("answer.related", titles=titles)))
        if request.alternatives:
            shown = [item.title for item in request.alternatives[:4]]
            blocks.append(Text(say("answer.alternatives", titles=", ".join(shown))))
            if request.several_meanings:  # the other meanings of the word, one click away
                commands = (Action(t, say("not_found.action_command", title=t)) for t in shown)
                blocks.append(Actions(tuple(commands)))
        note = source_note(occupation, request.language, say)
        if note:
            blocks.append(Text(note))
        if occupation.provider is None:  # live and imported entries link their own page
            blocks.append(Text(say("answer.berufenet", url=berufenet_url(occupation))))
        return Answer(tuple(blocks))


def _naming_note(match: Match, say: Say, *, several: bool = False) -> str | None:
    """Say so when the query matched a former title or another name than the title."""
    title = match.occupation.title
    if match.kind is NameKind.FORMER:
        return say("answer.former_title", name=match.matched_name, title=title)
    if match.kind is NameKind.ALIAS and title_key(match.matched_name) != title_key(title):
        return say("answer.alias", name=match.matched_name, title=title)
    if match.kind in EVERYDAY:  # an everyday word, not a name of the occupation
        key = "answer.synonym_several" if several else "answer.synonym"
        return say(key, name=match.matched_name, title=title)
    return None


def _focus_lines(request: AnswerRequest, say: Say) -> list[str]:
    """The fact a question asked about, first, when the card does not show it anyway."""
    if request.focus in (Focus.TASKS, Focus.LEGAL, Focus.TRAINING_TYPE):  # the card shows them
        # … except a legal basis the entry lacks: the card is silent, the answer is not
        if request.focus is Focus.LEGAL and request.occupation.regulation is None:
            return focus_lines(request.occupation, request.focus, say, request.language)
        return []
    return focus_lines(request.occupation, request.focus, say, request.language)


def focus_lines(
    occupation: Occupation, focus: Focus | None, say: Say, language: str = "de"
) -> list[str]:
    """The fact asked about, in sentences; never a number the catalogue lacks."""
    if focus is Focus.PART_TIME:
        return part_time_lines(occupation, say)
    if focus is Focus.LEGAL:  # the entry's own law; the general answer is for no occupation
        regulation = regulation_text(occupation, say)
        if regulation:
            return [say("answer.legal", regulation=regulation)]
        # The catalogue lists the recognised dual occupations (BBiG/HwO) as its source says;
        # which of the two acts an entry falls under is not always recorded.
        dual = occupation.training_type is TrainingType.DUAL
        return [say("answer.legal_dual" if dual else "answer.legal_unknown")]
    if focus is Focus.PLACE:  # the entry's own type of training says where
        return [_place_sentence(occupation, say)]
    if focus is Focus.UNLISTED:
        return [say("answer.unlisted")]
    if focus is Focus.NEED:  # beyond the certificate the catalogue holds no requirement
        lines = [say("answer.need")]
        if occupation.school:
            lines.append(say("answer.school", school=school_name(occupation.school, say)))
        return [*lines, say("answer.need_more")]
    topic = focus_topic(focus.value) if focus is not None else None
    if topic is not None:  # a rule of the training system, the same for every occupation
        answer = topic.answer(language)
        return [answer.text, say("general.source", label=answer.link_label, url=topic.url)]
    if focus is Focus.TASKS:
        if not occupation.description:
            return [say("answer.tasks_unknown")]
        return [own_text(occupation, occupation.description, language, say)]
    if focus is Focus.PROSPECTS:
        return [say("answer.prospects")]
    if focus is Focus.TRAINING_TYPE:
        if occupation.training_type is TrainingType.UNSPECIFIED:
            return [say("answer.training_type_unknown")]
        kind = say(f"training_type.{occupation.training_type.value}")
        lines = [say("answer.training_type", type=kind)]
        if occupation.training_type is TrainingType.SCHOOL:  # where, not only what kind
            lines.append(say("answer.training_type_where_schulisch"))
        return lines
    if focus is Focus.DURATION:
        return [_duration_sentence(occupation, say)]
    if focus is Focus.REQUIREMENTS:
        lines = (
            [say("answer.school", school=school_name(occupation.school, say))]
            if occupation.school
            else []
        )
        if occupation.training_type is TrainingType.DUAL:
            lines.append(say("answer.school_dual"))
        elif not occupation.school:
            lines.append(say("answer.school_unknown"))
        return lines
    if focus is Focus.PAY:
        return [say("answer.pay", url=BIBB_PAY)]
    if focus is Focus.EARNINGS:
        return [say("answer.earnings", url=ENTGELTATLAS)]
    if focus is Focus.PAY_ANY:
        return [say("answer.pay", url=BIBB_PAY), say("answer.earnings", url=ENTGELTATLAS)]
    return []


def _duration_sentence(occupation: Occupation, say: Say) -> str:
    duration = full_duration(occupation, say)
    if duration is None:
        return say("answer.duration_unknown")
    key = "study" if occupation.training_type is TrainingType.STUDY else "training"
    return say(f"answer.duration_{key}", duration=duration)


def _place_sentence(occupation: Occupation, say: Say) -> str:
    match occupation.training_type:
        case TrainingType.DUAL:
            return say("answer.place_dual", url=JOBSUCHE)
        case TrainingType.SCHOOL:
            return say("answer.place_school")
        case TrainingType.STUDY:
            return say("answer.place_study")
    return say("answer.place_unknown")
