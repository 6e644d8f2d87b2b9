"""Activity JSON to ``bot.Message`` and ``bot.Reply`` to activity JSON, without a server."""

from __future__ import annotations

from typing import Any

from teams_fixtures import BOT_ID, activity

from adapters.teams.cards import CARD_CONTENT_TYPE
from adapters.teams.parse import event_key, to_message
from adapters.teams.ports import ActivityJson
from adapters.teams.render import AI_LABEL_ENTITY, render
from adapters.teams.replying import Outbox, Stream
from bot.reply import Copyable, Fact, Facts, Heading, Reminder, Reply, Source, Text

URL = "https://smba.example/"


def test_personal_message_is_direct_with_tenant_scope_and_language() -> None:
    body = activity(URL, text="beruf Tischler", locale="en-GB")
    message = to_message(body)
    assert message is not None
    assert message.is_direct
    assert message.text == "beruf Tischler"
    assert message.sender_id == "aad-anna"  # the AAD object id, not the 29: account id
    assert message.conversation.scopes == ("tenant:tenant-1",)
    assert message.language == "en"


def test_channel_mention_is_stripped_and_scopes_most_specific_first() -> None:
    body = activity(
        URL,
        text="beruf  Tischler",
        conversation_type="channel",
        conversation_id="19:c@thread.tacv2;messageid=1700000000000",
        mention=True,
    )
    message = to_message(body)
    assert message is not None
    assert not message.is_direct
    assert message.text == "beruf Tischler"
    assert message.conversation.conversation_id == "19:c@thread.tacv2"
    assert message.conversation.thread_id == "1700000000000"
    assert message.conversation.scopes == (
        "channel:19:channel-beratung@thread.tacv2",
        "team:19:team-general@thread.tacv2",
        "tenant:tenant-1",
    )


def test_group_message_mentioning_someone_else_is_not_for_lotse() -> None:
    body = activity(URL, conversation_type="groupChat", text="<at>Ben</at> hilfe")
    body["entities"] = [{"type": "mention", "text": "<at>Ben</at>", "mentioned": {"id": "29:b"}}]
    assert to_message(body) is None


def test_sender_falls_back_to_channel_account_id_and_unknown_locale_to_none() -> None:
    body = activity(URL, locale="fr-FR")
    del body["from"]["aadObjectId"]
    message = to_message(body)
    assert message is not None
    assert message.sender_id == "29:aad-anna"
    assert message.language is None


def test_event_key_is_per_conversation() -> None:
    one = activity(URL, conversation_id="19:a;messageid=1", activity_id="1700")
    two = activity(URL, conversation_id="19:b", activity_id="1700")
    assert event_key(one) == "19:a|1700"
    assert event_key(one) != event_key(two)
    assert BOT_ID.startswith("28:")


def test_plain_reply_is_markdown_with_reminders_as_final_italic_line() -> None:
    reply = Reply(
        blocks=(Heading("Titel"), Text("Absatz")),
        reminders=(Reminder("r1", "Bitte prüfen."),),
    )
    out = render(reply)
    assert out["textFormat"] == "markdown"
    assert out["text"].startswith("**Titel**\n\nAbsatz")
    assert out["text"].endswith("_Hinweise: Bitte prüfen._")
    assert "entities" not in out
    assert "attachments" not in out


def test_ai_reply_gets_label_entity_and_feedback_loop_but_no_written_label() -> None:
    out = render(Reply(blocks=(Text("Entwurf"),), ai_generated=True))
    assert out["entities"] == [AI_LABEL_ENTITY]
    assert out["channelData"] == {"feedbackLoop": {"type": "custom"}}
    assert "KI-generiert" not in out["text"]


def test_email_reply_is_a_card_with_verbatim_draft_actions_and_fallback() -> None:
    from bot.reply import Action, Actions

    reply = Reply(
        blocks=(
            Heading("E-Mail-Entwurf"),
            Copyable("Entwurf", "Hallo **nicht fett**\nZeile 2"),
            Actions((Action("Kürzer", "email kürzer"),)),
        ),
        ai_generated=True,
        sources=(Source("Katalog", "2026-11"),),
        reminders=(Reminder("r", "Platzhalter ausfüllen."),),
        title="Termin",
    )
    out = render(reply)
    (attachment,) = out["attachments"]
    assert attachment["contentType"] == CARD_CONTENT_TYPE
    card: dict[str, Any] = attachment["content"]
    assert card["version"] == "1.5"
    draft = card["body"][1]["items"][1]
    assert draft["type"] == "RichTextBlock"
    assert draft["inlines"][0]["text"] == "Hallo **nicht fett**\nZeile 2"
    assert card["actions"] == [
        {
            "type": "Action.Submit",
            "title": "Kürzer",
            "data": {"msteams": {"type": "imBack", "value": "email kürzer"}},
        }
    ]
    footer = card["body"][-1]["items"]
    assert footer[0]["text"] == "Quelle: Katalog (2026-11)"
    assert "Platzhalter ausfüllen." in footer[1]["text"]
    assert "KI-generiert" in card["fallbackText"]
    assert out["summary"] == "Termin"
    assert out["entities"] == [AI_LABEL_ENTITY]


def test_occupation_reply_facts_become_a_factset() -> None:
    reply = Reply(
        blocks=(Facts((Fact("Dauer", "3 Jahre"),)),),
        title="Tischler/in",
    )
    card = render(reply)["attachments"][0]["content"]
    assert card["body"][0] == {
        "type": "FactSet",
        "facts": [{"title": "Dauer", "value": "3 Jahre"}],
    }


class FakeTurn:
    def __init__(self) -> None:
        self.activity: ActivityJson = {}
        self.sent: list[dict[str, Any]] = []

    async def send(self, activity: ActivityJson) -> str | None:
        self.sent.append(dict(activity))
        return f"id-{len(self.sent)}"

    def reference(self) -> object:
        return "ref"


class FakeProactive:
    def __init__(self) -> None:
        self.sent: list[tuple[object, dict[str, Any]]] = []

    async def send_proactive(self, reference: Any, activity: Any) -> str | None:
        self.sent.append((reference, dict(activity)))
        return "p"


async def test_outbox_sends_proactively_once_closed() -> None:
    turn, proactive = FakeTurn(), FakeProactive()
    outbox = Outbox(turn, proactive)
    await outbox.send({"type": "typing"})
    outbox.close()
    await outbox.send({"type": "message"})
    assert [a["type"] for a in turn.sent] == ["typing"]
    assert proactive.sent == [("ref", {"type": "message"})]


async def test_stream_informative_then_throttled_updates_then_final() -> None:
    now = [0.0]
    turn = FakeTurn()
    stream = Stream(Outbox(turn, FakeProactive()), "Ich arbeite …", clock=lambda: now[0])
    await stream.update("Ers")
    now[0] = 0.5
    await stream.update("Erstens")  # too soon after the informative update: skipped
    now[0] = 1.2
    await stream.update("Erstens zweitens")
    final = stream.finish({"type": "message", "text": "Erstens zweitens drittens"})
    first, second = turn.sent
    assert first["type"] == "typing"
    assert first["text"] == "Ich arbeite …"
    assert first["entities"] == [
        {"type": "streaminfo", "streamType": "informative", "streamSequence": 1}
    ]
    assert second["text"] == "Erstens zweitens"
    assert second["entities"] == [
        {"type": "streaminfo", "streamType": "streaming", "streamId": "id-1", "streamSequence": 2}
    ]
    assert final["entities"] == [{"type": "streaminfo", "streamType": "final", "streamId": "id-1"}]


async def test_stream_never_started_leaves_final_message_alone() -> None:
    stream = Stream(Outbox(FakeTurn(), FakeProactive()), "…")
    assert stream.finish({"type": "message", "text": "x"}) == {"type": "message", "text": "x"}
