"""A pilot week on every platform at once, then the report: counsellors in two departments and
a small one ask in the console, through raw Teams activities and in an encrypted room of a
real Synapse; they rate with the console command, Teams' form and Matrix reactions, suggest
and vote; one opts out. The report's figures follow what was done (k = 3 here, so that a
handful of test users shows figures), and no user id, key or written text is in any file."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from admin_chat_fixtures import OPS
from conftest import Chat, make_chat
from matrix_clients import Counsellor, until
from matrix_fixtures import (  # noqa: F401  (fixtures)
    User,
    bot_user_fixture,
    counsellor_fixture,
    lotse_app_fixture,
    lotse_fixture,
    synapse_fixture,
    synapse_server_fixture,
)
from teams_fixtures import activity

from adapters.matrix.adapter import MatrixAdapter
from adapters.teams.turns import TeamsBot
from bot.evaluation.ports import week_of
from bot.evaluation.report.build import build_report, write_report
from bot.evaluation.report.data import load_report_data
from lotse.app import App

K = 3
SERVICE = "https://smba.example/"
ASK = "beruf Tischlerin im Innenausbau"
REASON_TEXT = "zu lang für Herrn Friedemann Quast"


class Connector:
    """What the bot sent, numbered as a Bot Connector numbers activities."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []


CONNECTOR = Connector()


class TeamsTurn:
    """One incoming activity; what the bot sends goes to the connector."""

    def __init__(self, body: Mapping[str, Any]) -> None:
        self.activity = body

    async def send(self, outgoing: Any) -> str | None:
        CONNECTOR.sent.append(dict(outgoing))
        return f"teams-sent-{len(CONNECTOR.sent)}"

    def reference(self) -> object:
        return "reference"


class NoProactive:
    async def send_proactive(self, reference: Any, outgoing: Any) -> str | None:
        raise AssertionError("replies are sent within the request")


async def teams_answer(bot: TeamsBot, user: str, texts: tuple[str, ...]) -> str:
    """The id of the message that answered the last of ``texts``."""
    conversation = f"conv-{user}"
    for text in texts:
        await bot.on_turn(
            TeamsTurn(activity(SERVICE, text=text, user=user, conversation_id=conversation))
        )
        await bot.close()
    return f"teams-sent-{len(CONNECTOR.sent)}"


async def teams_feedback(
    bot: TeamsBot, user: str, reply_to: str, reaction: str, form: dict[str, str] | None
) -> None:
    value: dict[str, Any] = {"reaction": reaction}
    if form is not None:
        value["feedback"] = json.dumps(form)
    body = activity(
        SERVICE, kind="invoke", name="message/submitAction", user=user,
        conversation_id=f"conv-{user}", replyToId=reply_to,
        value={"actionName": "feedback", "actionValue": value},
    )  # fmt: skip
    await bot.on_turn(TeamsTurn(body))


async def console(app: App, user: str) -> Chat:
    chat = make_chat(app, user)
    await chat.say(ASK)
    await chat.say("ja")
    return chat


async def test_a_pilot_week_on_every_platform_ends_in_an_honest_anonymous_report(
    lotse: MatrixAdapter,
    lotse_app: App,
    counsellor: Counsellor,
    bot_user: User,
    tmp_path: Path,
) -> None:
    app = lotse_app
    matrix_user = counsellor.user.user_id
    people = {
        "Reha": [
            ("console", "pw-anna"),
            ("console", "pw-bert"),
            ("teams", "aad-pw-cora"),
            ("matrix", matrix_user),
        ],
        "Schule": [
            ("console", "pw-dora"),
            ("console", "pw-emil"),
            ("console", "pw-fritz"),
            ("teams", "aad-pw-gina"),
        ],
        "Klein": [("console", "pw-hans")],
    }
    for department, members in people.items():
        await app.admin.add_department(department, OPS)
        for platform, user in members:
            await app.admin.assign_user(platform, user, department, OPS)
    sent: list[str] = [ASK, REASON_TEXT]

    # Reha: 👍 from the console, Teams' form with "zu lang", a Matrix 👍 reaction.
    anna, bert = await console(app, "pw-anna"), await console(app, "pw-bert")
    await anna.say("feedback +")
    await bert.say("👍")
    bot = TeamsBot(app.host, NoProactive(), inline_seconds=60)
    cora_answer = await teams_answer(bot, "aad-pw-cora", (ASK, "ja"))
    await teams_feedback(
        bot,
        "aad-pw-cora",
        cora_answer,
        "dislike",
        {"reason": "too_long", "feedbackText": REASON_TEXT},
    )
    room = await counsellor.create_room([bot_user.user_id], encrypted=True)
    await counsellor.wait_member(room, bot_user.user_id)
    await counsellor.ask(room, ASK)
    asked = await counsellor.say(room, "ja")
    await counsellor.reply_to(asked)
    answer = counsellor.replies_to(asked)[0]["event_id"]
    content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": answer, "key": "👍"}}
    await counsellor.client.room_send(room, "m.reaction", content, ignore_unverified_devices=True)

    # Schule: three 👎 "falsch" (two console, one Teams); Fritz rates, then opts out.
    dora, emil, fritz = [await console(app, u) for u in ("pw-dora", "pw-emil", "pw-fritz")]
    await dora.say("feedback - falsch")
    await emil.say(f"👎 falsch, {REASON_TEXT}")
    sent.append(f"👎 falsch, {REASON_TEXT}")
    gina_answer = await teams_answer(bot, "aad-pw-gina", (ASK, "ja"))
    await teams_feedback(bot, "aad-pw-gina", gina_answer, "dislike", {"reason": "wrong"})
    await fritz.say("feedback +")
    await fritz.say("auswertung aus")
    hans = await console(app, "pw-hans")
    await hans.say("👍")
    suggestion = "vorschlag Eine Checkliste zur Leitlinie für Frau Rosalinde Pfeiffer"
    sent.append(suggestion)
    _, text = await anna.say(suggestion)
    number = re.search(r"Nr\. (\d+)", text)
    assert number is not None
    for chat in (bert, dora):
        await chat.say(f"vorschlag {number.group(1)} +1")

    week = week_of(datetime.now(UTC).date())

    async def matrix_rated() -> bool:
        facts = await app.store.evaluation.answers.facts(week, week)
        # Anna, Bert, the reaction, Fritz (kept, but left out of the report) and Hans.
        return sum(f.rating == "up" for f in facts) == 5

    await until(matrix_rated, 30)
    data = await load_report_data(app.store.evaluation, week, week)
    names = {skill.meta.id: skill.meta.name("de") for skill in app.engine.services.registry}
    written = write_report(build_report(data, K, names, "de"), tmp_path / "report")

    rows = (tmp_path / "report" / "answers_by_week_skill_department.csv").read_text().splitlines()
    header = rows[0].split(",")
    cells = {
        (row.split(",")[1], row.split(",")[2]): dict(zip(header, row.split(","), strict=True))
        for row in rows[1:]
    }
    reha, school, other = (cells[("occupation", d)] for d in ("Reha", "Schule", "Weitere"))
    assert (reha["requests"], reha["thumbs_up"], reha["thumbs_down"]) == ("4", "3", "")
    assert reha["reason_too_long"] == ""  # one person
    # Fritz opted out: his answer and his 👍 are gone, three people remain.
    assert (school["requests"], school["thumbs_up"], school["thumbs_down"]) == ("3", "0", "3")
    assert school["reason_wrong"] == "3"
    assert other["requests"] == ""  # one person, merged into "Weitere" and suppressed

    keys = [
        app.engine.services.pseudonymiser.user_key(platform, user)
        for members in people.values()
        for platform, user in members
    ]
    ids = [user for members in people.values() for _, user in members]
    words = {word for text in sent for word in re.findall(r"[^\W\d_]{6,}", text)} - {
        "vorschlag",
        "feedback",
    }
    for path in written:
        data_bytes = path.read_bytes().lower()
        for needle in [*ids, *keys, *sent, *words, counsellor.user.localpart]:
            assert needle.casefold().encode() not in data_bytes, (path.name, needle)
