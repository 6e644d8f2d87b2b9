"""Format request facts as email text in one language, from the ``common`` template section."""

from __future__ import annotations

from datetime import date, time
from functools import cache
from pathlib import Path

from bot.texts import Texts
from skills.email.model import (
    AddressForm,
    EmailRequest,
    Gender,
    Listed,
    Place,
    PlaceKind,
    Slot,
)


@cache
def templates() -> Texts:
    """The email templates (``templates/de.yaml``, ``en.yaml``), loaded once."""
    return Texts.load(Path(__file__).with_name("templates"))


class Renderer:
    """Turns dates, times, places and lists into the words of one language."""

    def __init__(self, language: str, table: Texts | None = None) -> None:
        self.language = language
        self._texts = table or templates()

    def text(self, key: str, /, **values: object) -> str:
        return self._texts.get(self.language, key, **values)

    def long_date(self, day: date | None, placeholder: str = "date") -> str:
        if day is None:
            return self.text(f"common.placeholder.{placeholder}")
        return self.text(
            "common.date",
            weekday=self.text(f"common.weekdays.{day.weekday()}"),
            day=day.day,
            month=self.text(f"common.months.{day.month}"),
            year=day.year,
        )

    def short_date(self, day: date | None) -> str:
        if day is None:
            return self.text("common.placeholder.date")
        month = self.text(f"common.months.{day.month}")
        return self.text(
            "common.short_date", day=day.day, month_number=day.month, month=month, year=day.year
        )

    def clock(self, value: time) -> str:
        return self.text("common.clock", hour=value.hour, minute=value.minute)

    def time_text(self, slot: Slot | None) -> str:
        """The time for an appointment block: "10:00 Uhr", "14:00–15:00 Uhr" or a placeholder."""
        if slot is None or slot.start is None:
            return self.text("common.placeholder.time")
        if slot.end is not None:
            return self.text(
                "common.time_range", start=self.clock(slot.start), end=self.clock(slot.end)
            )
        return self.text("common.time", time=self.clock(slot.start))

    def when(self, slot: Slot | None, placeholder: str = "date") -> str:
        """A date in running text, with its time when known ("Freitag, 5. Februar, um 10 Uhr")."""
        day = self.long_date(slot.day if slot else None, placeholder)
        if slot is None or slot.start is None:
            return day
        if slot.end is not None:
            spoken = self.text(
                "common.between_times", start=self.clock(slot.start), end=self.clock(slot.end)
            )
        else:
            spoken = self.text("common.at_time", time=self.clock(slot.start))
        return self.text("common.date_and_time", date=day, time=spoken)

    def place(self, place: Place | None) -> str:
        if place is None:
            return self.text("common.placeholder.place")
        if place.kind is PlaceKind.VIDEO:
            if place.platform:
                return self.text("common.place.video_on", platform=place.platform)
            return self.text("common.place.video")
        if place.kind is PlaceKind.PHONE:
            return self.text("common.place.phone")
        if place.room and place.counselling_centre:
            return self.text("common.place.centre_room", room=place.room)
        if place.room:
            return self.text("common.place.room", room=place.room)
        if place.counselling_centre:
            return self.text("common.place.centre")
        return self.text("common.place.in_person")

    def block(self, slot: Slot | None, place: Place | None) -> str:
        """Date, time and place as separate lines, plus the link line for a video meeting."""
        lines = self.text(
            "common.block",
            date=self.long_date(slot.day if slot else None),
            time=self.time_text(slot),
            place=self.place(place),
        )
        if place is not None and place.kind is PlaceKind.VIDEO:
            lines += "\n" + self.text("common.link_line")
        return lines

    def items(self, items: list[str], placeholder: str) -> str:
        shown = items or [self.text(f"common.placeholder.{placeholder}")]
        return "\n".join(self.text("common.list_item", item=item) for item in shown)

    def document(self, item: Listed) -> str:
        return self.text(f"common.documents.{item.key}") if item.key else item.text

    def salutation(self, request: EmailRequest) -> str:
        if request.address_form is AddressForm.DU:
            return self.text("common.salutation.du")
        if request.gender is Gender.UNKNOWN:
            return self.text("common.salutation.unknown")
        return self.text(f"common.salutation.{request.gender.value}")
