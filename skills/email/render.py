"""Format request facts as email text in one language, from the ``common`` template section."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, time
from functools import cache
from pathlib import Path

from bot.texts import Texts
from skills.email.model import (
    Addressee,
    AddressForm,
    EmailRequest,
    Gender,
    Listed,
    Person,
    Place,
    PlaceKind,
    Role,
    Slot,
)
from skills.email.places import numbered_room


@cache
def templates() -> Texts:
    """The email templates (``templates/de.yaml``, ``en.yaml``), loaded once."""
    return Texts.load(Path(__file__).with_name("templates"))


# An article or possessive before a noun: a listed document is named without it.
_ARTICLE = re.compile(
    r"^(?:das|den|die|der|dem|ein|eine|einen|ihren|ihre|ihr|seinen|seine|sein)\s+(?=[A-ZÄÖÜ])"
)


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

    def day_text(self, slot: Slot | None, placeholder: str = "date") -> str:
        """The slot's date written out; a date that cannot exist stays as typed."""
        if slot is not None and slot.day is None and slot.written:
            return slot.written
        if slot is not None and slot.until is not None:
            return self.text(
                "common.period", start=self.long_date(slot.day), end=self.long_date(slot.until)
            )
        return self.long_date(slot.day if slot else None, placeholder)

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
        day = self.day_text(slot, placeholder)
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
        if place.as_typed:
            return place.as_typed
        parts = [self.text("common.place.centre")] if place.counselling_centre else []
        parts += [place.venue] if place.venue else []
        if place.room:
            numbered = numbered_room(place.room)
            parts.append(
                self.text("common.place.room", room=place.room) if numbered else place.room
            )
        parts += [place.address] if place.address else []
        shown = ", ".join(parts) or self.text("common.place.in_person")
        # the address stays a gap to fill unless the request gave it
        return shown if place.address else shown + self.text("common.place.address_gap")

    def block(
        self, slot: Slot | None, place: Place | None, event: str | None = None, held: bool = False
    ) -> str:
        """Event, date, time and place as separate lines, plus the link line for a video."""
        lines = self.text(
            "common.block",
            date=self.day_text(slot),
            time=self.time_text(slot),
            place=self.place(place),
        )
        if event:
            label = "common.held_line" if held else "common.event_line"  # "Was: Termin beim …"
            lines = self.text(label, event=event) + "\n" + lines
        if place is not None and place.link:  # a video meeting's, or a hybrid one's
            lines += "\n" + self.text("common.link_given", link=place.link)
        elif place is not None and place.kind is PlaceKind.VIDEO:
            lines += "\n" + self.text("common.link_line")
        return lines

    def items(self, items: list[str], placeholder: str) -> str:
        shown = items or [self.text(f"common.placeholder.{placeholder}")]
        return "\n".join(self.text("common.list_item", item=item) for item in shown)

    def document(self, item: Listed, translate: bool = False) -> str:
        """A document as the request named it; the known name only when translating."""
        if item.key and (translate or not item.text):
            return self.text(f"common.documents.{item.key}")
        if self.language != "de":
            return item.text
        text = _ARTICLE.sub("", item.text)  # "den Kursplan des Trägers": a list item, no article
        return text[:1].upper() + text[1:]

    def _person(self, person: Person) -> str:
        name = " ".join(part for part in (person.title, person.first_name, person.surname) if part)
        if person.family:
            return self.text("common.salutation.family", name=name)
        titled = "_titled" if person.title else ""  # "Dear Dr. Weber", not "Dear Ms Dr. Weber"
        if not titled and person.mrs and self.language == "en":
            titled = "_mrs"  # the counsellor wrote "Mrs. Osei": the draft says so too
        return self.text(f"common.salutation.person_{person.gender.value}{titled}", name=name)

    def salutation(self, request: EmailRequest) -> str:
        """The greeting for the addressee: named people, parents, an organisation, a group."""
        to: Addressee = request.addressee
        if to.group_typed and self.language != "de":
            # an English salutation names the group as typed ("Dear participants (Kurs BO-3),")
            to = replace(to, group=to.group_typed)
        if to.parent is not Gender.UNKNOWN and not to.people:  # "der Mutter von Finn"
            if request.address_form is AddressForm.DU:
                return self.text("common.salutation.du")
            return self.text(f"common.salutation.{to.parent.value}")
        if request.address_form is AddressForm.DU:
            if to.people or to.first_name:
                name = to.first_name or " ".join(p.first_name or p.surname for p in to.people)
                return self.text("common.salutation.du_name", name=name)
            if to.group and to.role is Role.PARENTS:
                return self.text("common.salutation.du_parents_of", group=to.group)
            if to.group:
                of = "du_class_of" if to.pupils else "du_group_of"
                return self.text(f"common.salutation.{of}", group=to.group)
            if to.role is not Role.CLIENT:
                return self.text(f"common.salutation.du_{to.role.value}")
            return self.text("common.salutation.du")
        if to.people:
            # ladies first, as German letters do: "Sehr geehrte Frau X, sehr geehrter Herr X,"
            ordered = sorted(to.people, key=lambda p: p.gender is not Gender.FEMALE)
            greetings = [self._person(person) for person in ordered]
            return " ".join([greetings[0]] + [g[:1].lower() + g[1:] for g in greetings[1:]])
        if to.group and to.role is Role.PARENTS:  # "Sehr geehrte Eltern der Klasse 9b,"
            return self.text("common.salutation.parents_of", group=to.group)
        if to.group:
            of = "class_of" if to.pupils else "group_of"
            return self.text(f"common.salutation.{of}", group=to.group)
        if to.role is not Role.CLIENT:
            return self.text(f"common.salutation.{to.role.value}")
        if to.first_name:
            return self.text("common.salutation.first_name", name=to.first_name)
        if request.gender is Gender.UNKNOWN:
            return self.text("common.salutation.unknown")
        return self.text(f"common.salutation.{request.gender.value}")
