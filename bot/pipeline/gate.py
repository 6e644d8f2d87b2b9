"""The AI-policy gate: no skill runs before the counsellor has acknowledged the guideline
(once, again after a yearly expiry or a new policy version)."""

from __future__ import annotations

from dataclasses import replace

from bot.builtins.policy import acknowledgement_state, gate_prompt, wait_for_acknowledgement
from bot.pipeline.base import Handler, prepend
from bot.policy import is_acceptance
from bot.ports import Acknowledgement
from bot.reply import Outcome, Reply, Text
from bot.routing.confirm import declines
from bot.routing.router import ACK_OWNER, Builtin, Route, RouteKind
from bot.turn import Turn, reply


class Gate:
    async def __call__(self, turn: Turn, next_: Handler[Turn]) -> Reply:
        route = turn.route
        services = turn.services
        if route.kind is RouteKind.BUILTIN and route.target == Builtin.POLICY_ACCEPT:
            return await self._accept(turn, next_)
        waiting_for_ack = turn.pending is not None and turn.pending.owner == ACK_OWNER
        if route.kind is RouteKind.UNKNOWN and waiting_for_ack:
            # "nein", "später", …: the request keeps waiting and the question stands; a plain
            # no gets a short answer rather than the whole guideline once more.
            if declines(turn.message.text):
                return reply(turn, Text(turn.t("gate.declined")), outcome=Outcome.GATE)
            return gate_prompt(turn, await acknowledgement_state(turn))
        if route.kind is RouteKind.UNKNOWN and is_acceptance(services.policy, turn.message.text):
            # "ja" before the guideline was shown: show it, so nobody accepts it unread.
            status = await acknowledgement_state(turn)
            if status == "valid":
                return await next_(turn)
            await wait_for_acknowledgement(turn, "")
            return gate_prompt(turn, status)
        if route.kind is not RouteKind.SKILL:
            return await next_(turn)
        status = await acknowledgement_state(turn)
        if status == "valid":
            return await next_(turn)
        # Keep the request so it is answered right after the acknowledgement (the whole
        # message: a second request split off waits with it, not in a turn of its own).
        await wait_for_acknowledgement(turn, turn.log.unsplit or turn.message.text)
        turn.log.resubmit = None
        return gate_prompt(turn, status)

    async def _accept(self, turn: Turn, next_: Handler[Turn]) -> Reply:
        services = turn.services
        version = services.policy.version
        await services.store.acknowledgements.save(
            turn.user_key, Acknowledgement(version, turn.now)
        )
        waiting = str(turn.pending.data.get("text", "")) if turn.pending else ""
        await services.store.states.delete(turn.state_key)
        turn.log.triggers.add("acknowledgement")
        thanks = Text(turn.t("gate.thanks", version=version))
        if waiting:
            # The waiting request runs as a turn of its own, routed and checked like any
            # other (Engine.handle submits it next).
            turn.log.resubmit = waiting
            return reply(turn, thanks)
        helped = replace(turn, route=Route(RouteKind.BUILTIN, Builtin.HELP), pending=None)
        turn.log.route = helped.route
        return prepend([thanks], await next_(helped))
