"""``Image`` reply blocks (e.g. the usage chart) as ``m.image`` events after the text reply.

The bytes go to the homeserver's media repository; in an encrypted room they are encrypted
first (nio's encrypted attachments) and the event carries the ``file`` object with the keys,
itself sent encrypted like every event there. The alt text is the event's ``body`` (the
caption clients show; the text reply has it too). Best effort: a failed picture is logged and
skipped, the reply itself was delivered already."""

from __future__ import annotations

import io
import logging
import struct
from typing import Any

from nio import AsyncClient, UploadResponse

from adapters.matrix.outbound import Sender, txn_id
from adapters.matrix.render import ReplyTarget, relation
from bot.failures import log_failure
from bot.reply import Image, Reply

log = logging.getLogger("lotse.matrix")

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_IMAGE_BYTES = 2 * 1024 * 1024  # a chart is tens of KiB; anything larger is not ours to post


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's header chunk, without decoding the picture."""
    if len(data) < 24 or not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def image_content(
    image: Image, upload: dict[str, Any], target: ReplyTarget | None
) -> dict[str, Any]:
    """The ``m.image`` content; ``upload`` is ``{"url": …}`` or ``{"file": {…}}``."""
    info: dict[str, Any] = {"mimetype": image.mime_type, "size": len(image.data)}
    if (size := png_size(image.data)) is not None:
        info["w"], info["h"] = size
    content: dict[str, Any] = {
        "msgtype": "m.image",
        "body": image.alt,
        "filename": image.name,
        "info": info,
        "m.mentions": {},
        **upload,
    }
    if target is not None:
        content["m.relates_to"] = relation(target)
    return content


async def upload(client: AsyncClient, image: Image, encrypted: bool) -> dict[str, Any] | None:
    """Upload the bytes; the content fields pointing at them, or None when refused."""
    response, keys = await client.upload(
        io.BytesIO(image.data),
        content_type=image.mime_type,
        filename=image.name,
        encrypt=encrypted,
        filesize=len(image.data),
    )
    if not isinstance(response, UploadResponse):
        log.warning("image upload refused", extra={"error": type(response).__name__})
        return None
    if encrypted:
        assert keys is not None
        return {"file": {**keys, "url": response.content_uri}}
    return {"url": response.content_uri}


async def send_images(
    client: AsyncClient, sender: Sender, room_id: str, reply: Reply, target: ReplyTarget
) -> list[str]:
    """Post every image of ``reply`` into the room (threaded like the reply); event ids."""
    images = [b for b in reply.blocks if isinstance(b, Image)]
    room = client.rooms.get(room_id)
    encrypted = bool(room is not None and room.encrypted)
    sent: list[str] = []
    for index, image in enumerate(images):
        if len(image.data) > MAX_IMAGE_BYTES:
            continue
        try:
            fields = await upload(client, image, encrypted)
            if fields is None:
                continue
            content = image_content(image, fields, target)
            txn = txn_id(room_id, target.event_id, "image", str(index))
            event_id = await sender.send(room_id, content, txn)
        except Exception as error:  # the text reply is out; a lost picture must not redo it
            log_failure(log, "image not sent", error, level=logging.WARNING, room_id=room_id)
            continue
        if event_id:
            sent.append(event_id)
    return sent
