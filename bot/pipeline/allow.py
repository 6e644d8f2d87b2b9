"""Is the routed skill enabled for the user's department? (admins toggle skills)"""

from __future__ import annotations

from bot.pipeline.base import Handler
from bot.reply import Outcome, Reply, Text
from bot.routing.router import RouteKind
from bot.turn import Turn, enabled_skills, reply


class Allow:
    async def __call__(self, turn: Turn, next_: Handler[Turn]) -> Reply:
        route = turn.route
        if route.kind is not RouteKind.SKILL:
            return await next_(turn)
        available = await enabled_skills(turn)
        if any(skill.meta.id == route.target for skill in available):
            return await next_(turn)
        skill = turn.services.registry.get(route.target)
        name = skill.meta.name(turn.language) if skill else route.target
        names = ", ".join(s.meta.name(turn.language) for s in available)
        lines = [turn.t("refused.disabled", skill=name, department=turn.department_name)]
        lines.append(
            turn.t("refused.available", skills=names) if names else turn.t("refused.none")
        )
        return reply(turn, Text("\n\n".join(lines)), outcome=Outcome.REFUSED)
