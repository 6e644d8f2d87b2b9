"""``Image`` reply blocks for Teams: inline attachments (base64 data URIs) and card images.

Teams renders an attachment with an image MIME type and a ``data:`` URI inline, in personal
chats, group chats and channels; base64 images do not count towards the bot message size
limit, but a large one slows every client, so anything above ``MAX_INLINE_BYTES`` is left out
(its alt text still stands in the message)."""

from __future__ import annotations

import base64
from typing import Any

from bot.reply import Image, Reply

# The usage chart is ~20-40 KiB; a picture far larger than that does not belong inline.
MAX_INLINE_BYTES = 512 * 1024
INLINE_TYPES = frozenset(("image/png", "image/jpeg", "image/gif"))


def data_uri(image: Image) -> str | None:
    """The image as a ``data:`` URI, or None when it is too large or of another type."""
    if image.mime_type not in INLINE_TYPES or len(image.data) > MAX_INLINE_BYTES:
        return None
    return f"data:{image.mime_type};base64,{base64.b64encode(image.data).decode('ascii')}"


def image_attachments(reply: Reply) -> list[dict[str, Any]]:
    """One inline attachment per image block that may go inline."""
    found = []
    for block in reply.blocks:
        if isinstance(block, Image) and (uri := data_uri(block)) is not None:
            found.append({"contentType": block.mime_type, "contentUrl": uri, "name": block.name})
    return found


def card_image(image: Image) -> dict[str, Any] | None:
    """An Adaptive Card ``Image`` element with the alt text, or None when not inline-able."""
    uri = data_uri(image)
    if uri is None:
        return None
    return {"type": "Image", "url": uri, "altText": image.alt, "size": "Stretch"}
