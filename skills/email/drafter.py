"""Drafting behind a small seam: the offline template drafter now, a model-based one later."""

from __future__ import annotations

import re
from typing import Protocol

from skills.email.model import EmailDraft, EmailRequest, PlaceKind, Purpose
from skills.email.render import Renderer

_PLACEHOLDER = re.compile(r"\[[^\[\]\n]+\]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_BRING = (Purpose.INVITATION, Purpose.CONFIRMATION, Purpose.REMINDER)


class Drafter(Protocol):
    """Writes one email from the facts of a request; must not add facts of its own."""

    async def draft(self, request: EmailRequest, language: str) -> EmailDraft: ...


def placeholders(*texts: str) -> tuple[str, ...]:
    """The ``[...]`` gaps in ``texts``, each once, in reading order."""
    return tuple(dict.fromkeys(m.group(0) for text in texts for m in _PLACEHOLDER.finditer(text)))


class TemplateDrafter:
    """Fills the per-purpose templates in ``templates/<language>.yaml``; works without a model."""

    async def draft(self, request: EmailRequest, language: str) -> EmailDraft:
        renderer = Renderer(language)
        form = request.address_form.value
        values = self._values(request, renderer)
        key = f"{request.purpose.value}.{form}"
        subject = renderer.text(f"{key}.subject", **values).strip()
        body = renderer.text(f"{key}.body", **values)
        body = _BLANK_LINES.sub("\n\n", body).strip() + "\n"
        return EmailDraft(subject=subject, body=body, placeholders=placeholders(subject, body))

    def _values(self, request: EmailRequest, renderer: Renderer) -> dict[str, str]:
        form = request.address_form.value
        appointment, previous = request.appointment, request.previous
        documents = renderer.items([renderer.document(d) for d in request.documents], "documents")
        video = request.place is not None and request.place.kind is PlaceKind.VIDEO
        bring = ""
        if request.documents and request.purpose in _BRING:
            variant = f"{form}_video" if video else form
            bring = renderer.text(f"common.bring.{variant}", documents=documents)
        if request.deadline is None and appointment is not None and appointment.day is not None:
            delivery = renderer.text(
                f"common.delivery.{form}_appointment", when=renderer.when(appointment)
            )
        else:
            delivery = renderer.text(
                f"common.delivery.{form}", deadline=renderer.long_date(request.deadline)
            )
        next_line = ""
        if request.purpose is Purpose.FOLLOW_UP and appointment is not None:
            next_line = renderer.text(
                f"common.next_appointment.{form}", when=renderer.when(appointment)
            )
        reply_by = ""
        if request.deadline is not None:
            reply_by = renderer.text("common.reply_by", date=renderer.long_date(request.deadline))
        return {
            "salutation": renderer.salutation(request),
            "closing": renderer.text(f"common.closing.{form}"),
            "date": renderer.short_date(appointment.day if appointment else None),
            "previous_date": renderer.short_date(previous.day if previous else None),
            "block": renderer.block(appointment, request.place),
            "when": renderer.when(appointment),
            "old_when": renderer.when(previous, "old_date"),
            "meeting": renderer.when(previous),
            "next": next_line,
            "bring": bring,
            "reply_by": reply_by,
            "documents": documents,
            "delivery": delivery,
            "steps": renderer.items(list(request.steps), "steps"),
            "service": request.service or renderer.text("common.placeholder.service"),
        }
