"""The pipeline step that records each answered request for the evaluation (kinds, never text).

It sits right inside the audit step, so failures are counted too and the time measured is the
whole turn's. Requests that reach a skill, are not understood, or are refused as judgements
count as answers; built-in commands (help, privacy, feedback, suggestions) do not. People who
opted out are not recorded. The answer row is handed to the audit step, which commits it with
the turn's audit row (one round trip for both). A failing write never costs the user the answer
nor the audit row."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace

from bot.evaluation.ports import AnswerRecord, Standing, week_of
from bot.evaluation.rating import t
from bot.evaluation.survey import SETTING, config_of, survey_question
from bot.failures import log_failure
from bot.reply import Outcome, Reply, Text
from bot.routing.router import Builtin, Route, RouteKind
from bot.turn import Arrival, Caller

log = logging.getLogger("lotse.evaluation")

UNKNOWN = "unknown"


def answer_skill(route: Route | None) -> str | None:
    """The skill an answer is counted under, or None when the turn is no answer."""
    if route is None:
        return None
    if route.kind is RouteKind.SKILL:
        return route.target
    if route.kind is RouteKind.UNKNOWN:
        return UNKNOWN
    if route.target == Builtin.REFUSE_DECISION:
        return str(Builtin.REFUSE_DECISION)
    return None


def producer(reply: Reply) -> str:
    if reply.ai_generated:
        return "model"
    return "template" if reply.template_draft else "rules"


class RecordAnswer:
    async def __call__(self, turn: Arrival, next_: Callable[[Arrival], Awaitable[Reply]]) -> Reply:
        started = time.perf_counter()
        result = await next_(turn)
        caller = turn.log.caller
        if caller is None:
            return result
        elapsed_ms = round((time.perf_counter() - started) * 1000)
        try:
            evaluation = caller.services.store.evaluation
            standing = await evaluation.standing(caller.user_key, SETTING)
            result = await _record(caller, turn.log.route, result, elapsed_ms, standing)
            # Told only with a reply that is shown (a rating by reaction has none).
            if standing.decisions_waiting and result.blocks:
                result = await _tell_decisions(caller, result)
        except Exception as error:  # the evaluation must never cost the answer
            log_failure(log, "evaluation step failed", error, correlation_id=turn.correlation_id)
        return result


async def _record(
    turn: Caller, route: Route | None, result: Reply, elapsed_ms: int, standing: Standing
) -> Reply:
    skill = answer_skill(route)
    # A request held for the guideline's acknowledgement is not answered yet.
    if skill is None or result.outcome is Outcome.GATE or standing.opted_out:
        return result
    # Written by the audit step, in the same commit as the turn's audit row.
    turn.log.answer = AnswerRecord(
        answer_key=turn.correlation_id,
        week=week_of(turn.now.date()),
        platform=turn.message.platform.value,
        user_key=turn.user_key,
        department=turn.department_name,
        skill=skill,
        outcome=result.outcome.value,
        producer=producer(result),
        offline=turn.model_use.failure is not None,
        duration_ms=elapsed_ms,
    )
    result = replace(result, answer_id=turn.correlation_id)
    survey = config_of(standing.survey)
    if result.outcome is Outcome.OK and (question := await survey_question(turn, survey)):
        result = replace(result, blocks=(*result.blocks, question))
    return result


async def _tell_decisions(turn: Caller, result: Reply) -> Reply:
    """Decisions on this person's suggestions, told once, with whatever they wrote next."""
    decided = await turn.services.store.evaluation.suggestions.take_decisions_for(turn.user_key)
    notes = []
    for item in decided:
        status = t(turn, f"status.{item.status}")
        text = t(turn, "suggest.decided", id=item.id, status=status)
        if item.status_reason:
            text += " " + t(turn, "suggest.decided_reason", reason=item.status_reason)
        notes.append(Text(text))
    return replace(result, blocks=(*result.blocks, *notes)) if notes else result
