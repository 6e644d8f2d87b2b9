"""How often the guideline must be confirmed, answered from the policy in use and the user's
own acknowledgement ("Muss ich die KI-Richtlinie nochmal bestätigen?").

The period is the policy's ``acknowledgement.valid_days`` and the version its own; the date is
the one stored for this user. Nothing here is fixed text a new policy could make untrue.
"""

from __future__ import annotations

from datetime import timedelta

from bot.reply import Block, Fact, Facts, Heading, Text
from bot.turn import Turn

_YEAR = 365


def _period(turn: Turn, days: int) -> str:
    if days % _YEAR == 0:
        years = days // _YEAR
        return turn.t("about.ack.year") if years == 1 else turn.t("about.ack.years", n=years)
    return turn.t("about.ack.days", n=days)


async def acknowledgement_blocks(turn: Turn) -> list[Block]:
    """The period, the current version and the user's confirmation with its end."""
    policy = turn.services.policy
    days = policy.acknowledgement.valid_days
    ack = await turn.services.store.acknowledgements.get(turn.user_key)
    if ack is None:
        mine = turn.t("about.ack.none")
    else:
        key = "about.ack.mine" if ack.policy_version == policy.version else "about.ack.older"
        until = (ack.acknowledged_at + timedelta(days=days)).date().isoformat()
        mine = turn.t(
            key,
            version=ack.policy_version,
            date=ack.acknowledged_at.date().isoformat(),
            until=until,
        )
    return [
        Heading(turn.t("about.title")),
        Text(turn.t("about.ack.lead", period=_period(turn, days), version=policy.version)),
        Facts((Fact(turn.t("about.ack.label"), mine),)),
    ]
