"""Reactions as ratings against a real Synapse: 👍/👎 on Lotse's answer in an encrypted room
rate it, removing the reaction withdraws the rating, other reactions change nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from matrix_clients import Counsellor, until
from matrix_fixtures import (
    User,
)
from nio import RoomRedactResponse, RoomSendResponse

from adapters.matrix.adapter import MatrixAdapter
from bot.evaluation.ports import AnswerFact, week_of
from lotse.app import App


async def ratings(app: App) -> list[tuple[str, str | None]]:
    week = week_of(datetime.now(UTC).date())
    facts: list[AnswerFact] = await app.store.evaluation.answers.facts(week, week)
    return [(fact.skill, fact.rating) for fact in facts]


async def react(counsellor: Counsellor, room: str, event_id: str, key: str) -> str:
    content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key}}
    response = await counsellor.client.room_send(
        room, "m.reaction", content, ignore_unverified_devices=True
    )
    assert isinstance(response, RoomSendResponse), response
    return str(response.event_id)


async def test_thumbs_reactions_rate_and_their_removal_withdraws(
    lotse: MatrixAdapter, lotse_app: App, counsellor: Counsellor, bot_user: User
) -> None:
    room = await counsellor.create_room([bot_user.user_id], encrypted=True)
    await counsellor.wait_member(room, bot_user.user_id)
    await counsellor.ask(room, "beruf Tischler")
    asked = await counsellor.say(room, "ja")
    await counsellor.reply_to(asked)
    answer = counsellor.replies_to(asked)[0]["event_id"]
    assert await ratings(lotse_app) == [("occupation", None)]

    await react(counsellor, room, answer, "🎉")  # not a rating
    thumb = await react(counsellor, room, answer, "👎")

    async def rated(expected: list[tuple[str, str | None]]) -> None:
        async def check() -> bool:
            return await ratings(lotse_app) == expected

        await until(check, 30)

    await rated([("occupation", "down")])
    response = await counsellor.client.room_redact(room, thumb)
    assert isinstance(response, RoomRedactResponse), response
    await rated([("occupation", None)])
    await react(counsellor, room, answer, "👍🏽")
    await rated([("occupation", "up")])
    # Each reaction and its removal reached the engine as a typed action (audited by verb).
    verbs = [event.action for event in await lotse_app.store.audit.recent("message", 20)]
    assert verbs.count("evaluation.rate") == 2
    assert verbs.count("evaluation.withdraw") == 1
