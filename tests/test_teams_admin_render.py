"""Teams rendering pieces for admins without a server: mentions, images, tolerant cards."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from adapters.teams.cards import adaptive_card
from adapters.teams.forms import action_data, submitted
from adapters.teams.images import MAX_INLINE_BYTES
from adapters.teams.parse import to_message
from adapters.teams.render import render
from bot.admin_chat.actions import ApplyPanel, ShowPanel
from bot.reply import Block, Image, Reply, Text
from bot.texts import engine_texts

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
BOT = "28:bot"


def _message(entities: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "type": "message",
        "id": "a1",
        "text": "<at>Lotse</at> admin zuordnen <at>Berta</at> Jugend",
        "from": {"id": "29:anna", "aadObjectId": "aad-anna"},
        "recipient": {"id": BOT},
        "conversation": {"id": "c1", "conversationType": "channel"},
        "entities": entities,
    }


def _mention(text: str, **mentioned: str) -> dict[str, Any]:
    return {"type": "mention", "text": text, "mentioned": mentioned}


def test_mentions_other_than_the_bot_carry_the_aad_object_id() -> None:
    message = to_message(
        _message(
            [
                _mention("<at>Lotse</at>", id=BOT),
                _mention("<at>Berta</at>", id="29:berta", aadObjectId="aad-berta"),
                _mention("<at>Carl</at>", id="29:carl"),  # no AAD id given
            ]
        )
    )
    assert message is not None
    assert message.mentions == (("aad-berta", "<at>Berta</at>"), ("29:carl", "<at>Carl</at>"))
    assert message.text == "admin zuordnen <at>Berta</at> Jugend"


def test_an_image_goes_inline_with_its_alt_text_in_the_message() -> None:
    reply = Reply(blocks=(Text("Nutzung"), Image(PNG, "image/png", "Balken je Abteilung")))
    activity = render(reply)
    (attachment,) = activity["attachments"]
    assert attachment["contentType"] == "image/png"
    assert attachment["contentUrl"].startswith("data:image/png;base64,iVBORw0KGgo")
    assert "_Balken je Abteilung_" in activity["text"]


def test_an_oversized_image_is_left_to_its_alt_text() -> None:
    big = Image(PNG + b"\0" * MAX_INLINE_BYTES, "image/png", "zu groß")
    activity = render(Reply(blocks=(big,)))
    assert "attachments" not in activity
    assert "_zu groß_" in activity["text"]


@dataclass(frozen=True)
class Future:
    """A block type this renderer does not know yet."""

    markdown: str


def test_cards_render_images_and_never_raise_on_unknown_blocks() -> None:
    blocks = (Image(PNG, "image/png", "Diagramm"), cast(Block, Future("neu")), Text("Ende"))
    card = adaptive_card(Reply(blocks=blocks), engine_texts(), "", "fallback")
    image = card["body"][0]
    assert image["type"] == "Image"
    assert image["altText"] == "Diagramm"
    assert image["url"].startswith("data:image/png;base64,")
    assert [e.get("text") for e in card["body"][1:]] == ["neu", "Ende"]


def test_a_click_comes_back_as_the_typed_action_with_the_inputs_filled_in() -> None:
    inputs = {
        "input.skills.email": "false",
        "input.skills.summary": "true",
        "input.department": "Jugend",  # the picker: it cannot redirect the save
    }
    apply = ApplyPanel('Reha "Beratung"', "0123abcd")  # quotes need no escaping any more
    assert submitted({**action_data(apply), **inputs}) == ApplyPanel(
        'Reha "Beratung"', "0123abcd", {"email": False, "summary": True}
    )
    assert submitted({**action_data(ShowPanel()), **inputs}) == ShowPanel("Jugend")
    assert submitted(inputs) is None  # not one of our buttons
    assert submitted({**action_data(apply), "lotse.action": {"version": 3}}) is None
