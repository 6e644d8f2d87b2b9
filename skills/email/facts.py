"""Fact recall: list the facts a request states and check that a draft still holds each one.

Dates and times are compared as values (the draft writes "15. Oktober 2027" for "15.10."),
everything else as typed. The tests and the model drafter's grounding check use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time

from skills.email.dates import find_dates, mask
from skills.email.events import find_event
from skills.email.parties import find_addressee, people
from skills.email.places import contacts, find_place, links
from skills.email.times import find_times
from skills.email.words import words


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact: ``kind`` ("date", "time", "name", "link", …) and its value as text."""

    kind: str
    value: str
    day: date | None = None
    clock: time | None = None
    typed: str = field(default="", compare=False)  # as written in the request ("22.01.")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def request_facts(text: str, today: date) -> list[Fact]:
    """The facts of a request, each once, in a stable order."""
    facts: list[Fact] = []
    place, place_spans = find_place(text)
    mentions, _ = find_dates(mask(text, place_spans), today)  # "Raum 1.12." is no date
    for mention in mentions:
        typed = text[mention.start : mention.end]
        if mention.day is None:
            facts.append(Fact("date", mention.written, typed=typed))
        else:
            facts.append(Fact("date", mention.day.isoformat(), day=mention.day, typed=typed))
    masked = mask(mask(text, place_spans), [(m.start, m.end) for m in mentions])
    masked = mask(masked, contacts(text)[1])
    for found in find_times(masked):
        typed, begin = text[found.start : found.end], found.begin
        facts.append(Fact("time", begin.isoformat("minutes"), clock=begin, typed=typed))
        if found.finish:
            finish = found.finish
            facts.append(Fact("time", finish.isoformat("minutes"), clock=finish, typed=typed))
    event = find_event(text)
    titled = mask(text, [(event.start, event.end)]) if event else text
    addressee, _ = find_addressee(titled)
    for person in people(titled)[0]:
        named = f"{person.title} {person.surname}" if person.title else person.surname
        facts.append(Fact("name", named))
    for name in (addressee.first_name, addressee.child):
        if name:
            facts.append(Fact("name", name))
    facts += [Fact("link", m.group(0)) for m in links(text)]
    facts += [Fact("contact", value) for value in contacts(text)[0]]
    if place is not None:
        # a labelled place or meeting point ("Treffpunkt Empfang EG") is kept as typed
        for value in (place.room, place.venue, place.address, place.as_typed):
            if value:
                facts.append(Fact("place", value))
    if event is not None:
        quoted = re.search(r"„(.+)“", event.text)
        facts.append(Fact("event", quoted.group(1) if quoted else event.text))
    for match in words().document_word.finditer(text):
        if match.group(0).lower() not in words().filler:
            facts.append(Fact("document", match.group(0)))
    return list(dict.fromkeys(facts))


@dataclass(frozen=True, slots=True)
class _Shown:
    """The days and clock times a draft names, read once for all the facts checked."""

    days: frozenset[date]
    times: frozenset[time]

    @classmethod
    def read(cls, draft: str, today: date) -> _Shown:
        mentions = find_dates(draft, today)[0]
        masked = mask(draft, [(m.start, m.end) for m in mentions])
        found = find_times(masked)
        clocks = {t.begin for t in found} | {t.finish for t in found if t.finish}
        return cls(frozenset(m.day for m in mentions if m.day), frozenset(clocks))


def _holds(fact: Fact, draft: str, shown: _Shown) -> bool:
    if fact.day is not None:
        return fact.day in shown.days
    if fact.clock is not None:
        return fact.clock in shown.times
    if fact.kind == "contact" and "@" not in fact.value:
        return _digits(fact.value) in _digits(draft)
    if fact.kind == "place":  # "Treffpunkt Foyer Haus C" may read "das Foyer in Haus C"
        return all(
            re.search(rf"(?<!\w){re.escape(word)}(?!\w)", draft, re.IGNORECASE)
            for word in re.findall(r"[^\s,]+", fact.value)
        )
    return fact.value.lower() in draft.lower()


def missing_facts(text: str, draft: str, today: date) -> list[Fact]:
    """The facts of request ``text`` that ``draft`` (subject and body) lacks."""
    facts = request_facts(text, today)
    if not facts:
        return []
    shown = _Shown.read(draft, today)
    return [fact for fact in facts if not _holds(fact, draft, shown)]
