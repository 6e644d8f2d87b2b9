"""What the counsellor sees around a draft: which facts were used, and which gaps remain."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

from bot.reply import Block, Copyable, Heading, Text
from bot.texts import Texts
from skills.email.checks import holiday
from skills.email.model import (
    AddressForm,
    EmailDraft,
    EmailRequest,
    Gender,
    Place,
    PlaceKind,
    Purpose,
    Role,
    Slot,
)
from skills.email.places import numbered_room
from skills.email.render import Renderer
from skills.email.said_days import shown


@cache
def skill_texts() -> Texts:
    """The skill's own user-facing texts (``texts/de.yaml``, ``en.yaml``)."""
    return Texts.load(Path(__file__).with_name("texts"))


class Report:
    """Builds the reply blocks in the counsellor's language for a draft."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._texts = skill_texts()
        self._render = Renderer(language)

    def t(self, key: str, /, **values: object) -> str:
        return self._texts.get(self.language, key, **values)

    def purpose(self, purpose: Purpose) -> str:
        return self.t(f"purpose.{purpose.value}")

    def blocks(
        self, request: EmailRequest, draft: EmailDraft, draft_language: str
    ) -> tuple[Block, ...]:
        facts = self.facts(request, draft_language)
        if draft.carried:
            key = "fact.carried_one" if len(draft.carried) == 1 else "fact.carried"
            facts.append(self.t(key, count=len(draft.carried)))
        purpose = self.purpose(request.purpose)
        line = (
            self.t("recognised", purpose=purpose, facts=self.t("fact.separator").join(facts))
            if facts
            else self.t("recognised_nothing", purpose=purpose)
        )
        gaps = (
            self.t("placeholders", items=", ".join(draft.placeholders))
            if draft.placeholders
            else self.t("no_placeholders")
        )
        blocks: list[Block] = [
            Heading(self.t("heading", purpose=purpose)),
            Text(line),
            Copyable(self.t("copy_title"), copy_text(draft, draft_language)),
            Text(gaps),
        ]
        request = replace(request, notices=shown(request, draft, draft_language))
        blocks += [Text(notice) for notice in self.notices(request)]
        return tuple(blocks)

    def _slot(self, key: str, slot: Slot | None) -> list[str]:
        if slot is None or (slot.day is None and slot.start is None):
            return []
        if slot.day is None:
            return [self.t(f"fact.{key}", value=self._render.time_text(slot))]
        return [self.t(f"fact.{key}", value=self._render.when(slot))]

    def _place(self, place: Place) -> str:
        if place.kind is PlaceKind.VIDEO:
            if place.platform:
                return self.t("place.video_on", platform=place.platform)
            return self.t("place.video")
        if place.kind is PlaceKind.PHONE:
            return self.t("place.phone")
        if place.as_typed:
            return place.as_typed
        parts = [self.t("place.centre")] if place.counselling_centre else []
        parts += [place.venue] if place.venue else []
        if place.room:
            numbered = numbered_room(place.room)
            parts.append(self.t("place.room", room=place.room) if numbered else place.room)
        parts += [place.address] if place.address else []
        return ", ".join(parts) or self.t("place.in_person")

    def facts(self, request: EmailRequest, draft_language: str) -> list[str]:
        """Each fact taken from the request, in words; an empty list when none was."""
        facts: list[str] = []
        if request.purpose is Purpose.RESCHEDULING:
            facts += self._slot("old_appointment", request.previous)
            facts += self._slot("new_appointment", request.appointment)
        elif request.purpose is Purpose.FOLLOW_UP:
            facts += self._slot("meeting", request.previous)
            facts += self._slot("next_appointment", request.appointment)
        elif request.appointments:  # "Termine: Montag, 15. Februar 2027, um 10:00 Uhr und …"
            whens = [self._render.when(item.slot) for item in request.appointments]
            joined = self._render.text("common.several.and").join(whens)
            facts.append(self.t("fact.appointments", value=joined))
        else:
            facts += self._slot("appointment", request.appointment)
        if request.deadline is not None:
            facts.append(self.t("fact.deadline", value=self._render.long_date(request.deadline)))
        elif request.deadline_words:
            facts.append(self.t("fact.deadline", value=request.deadline_words))
        if request.place is not None:
            facts.append(self.t("fact.place", value=self._place(request.place)))
        if request.documents:
            names = ", ".join(self._render.document(item) for item in request.documents)
            facts.append(self.t("fact.documents", value=names))
        if request.steps:
            facts.append(self.t("fact.steps", count=len(request.steps)))
        if request.service:
            facts.append(self.t("fact.service", value=request.service))
        if request.event:
            facts.append(self.t("fact.event", value=request.event))
        if request.contacts:
            facts.append(self.t("fact.contacts", value=", ".join(request.contacts)))
        if request.addressee.role is not Role.CLIENT:
            facts.append(self.t(f"fact.role_{request.addressee.role.value}"))
        named = request.addressee.people or request.addressee.first_name
        if named:
            greeting = Renderer(draft_language).salutation(request).rstrip(",")
            facts.append(self.t("fact.salutation", value=greeting))
        if request.address_form is AddressForm.DU:
            facts.append(self.t("fact.address_du"))
        elif request.gender is not Gender.UNKNOWN and not named and not _to_organisation(request):
            facts.append(self.t(f"fact.{request.gender.value}"))
        if draft_language != self.language:
            facts.append(self.t(f"fact.language_{draft_language}"))
        return facts

    def notices(self, request: EmailRequest) -> list[str]:
        """Notices to the counsellor about dates to check; the draft keeps the dates."""
        shown = []
        for notice in dict.fromkeys(request.notices):
            values: dict[str, object] = {"written": notice.written}
            if notice.day is not None:
                weekday = self._render.text(f"common.weekdays.{notice.day.weekday()}")
                values |= {
                    "date": self._render.short_date(notice.day),
                    "weekday": weekday,
                    "actual": weekday,
                    "holiday": holiday(notice.day, self.language) or notice.holiday,
                }
            if notice.stated_weekday is not None:
                values["stated"] = self._render.text(f"common.weekdays.{notice.stated_weekday}")
            shown.append(self.t(f"notice.{notice.kind}", **values))
        return shown


def _to_organisation(request: EmailRequest) -> bool:
    """A mail to an organisation greets no one by "Frau"/"Herr": a "Frau Aydin" named in
    its message is whom it is about."""
    return request.addressee.role is Role.ORGANISATION


def copy_text(draft: EmailDraft, language: str) -> str:
    """The draft as the counsellor copies it: whom it is for when an organisation was named
    ("An: Autohaus Meyer"), the subject, the letter."""
    renderer = Renderer(language)
    subject = f"{renderer.text('common.subject_label')}: {draft.subject}"
    to = f"{renderer.text('common.to_label')}: {draft.recipient}\n" if draft.recipient else ""
    return f"{to}{subject}\n\n{draft.body}"
