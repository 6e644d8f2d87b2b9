"""Pair the dates and times of a request into slots and judge what each slot is for."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from skills.email.dates import DateMention
from skills.email.model import Slot, SlotRole
from skills.email.times import TimeMention
from skills.email.words import words

_F = re.IGNORECASE
# Words just before a date (or its time) that say which appointment it is.
_TAIL = r"(?:\s*:)?(?:\s+(?:am|um|den|dem|der|zum|zur|the|on|at))*\s*:?\s*$"
# whom an offer is made to, and the words between: "biete ich ihr stattdessen", "schlag dir"
_OFFER_TO = (
    r"(?:\s+(?:ich|wir|ihr|ihm|ihnen|dir|euch|stattdessen|alternativ|gerne?|aber|noch|als"
    r"|ersatz))*"
)
_MARKERS = {
    # "is due on 15 January", "fällig am 3.2.": what is due is a deadline, not a meeting
    SlotRole.DEADLINE: r"bis|spätestens|vor|by|until|before|no\s+later\s+than|due|fällig",
    SlotRole.NEXT: (
        r"nächste[rns]?\s+(?:termin|gespräch|treffen)(?:\s+ist)?|folgetermin"
        r"|next\s+(?:appointment|meeting|session)(?:\s+is)?"
        r"|(?:we\s+)?(?:meet|see\s+each\s+other)\s+again|(?:sehen|treffen)\s+uns\s+wieder"
    ),
    SlotRole.OLD: (
        r"vom|von|statt|anstatt|anstelle|bisher|bisherige[nr]?(?:\s+termin)?|alte[nr]?\s+termin"
        r"|ursprünglich(?:e[nr]?)?(?:\s+termin)?|from|instead\s+of|originally|old\s+appointment"
    ),
    SlotRole.NEW: (
        r"auf|nach|neu(?:e[rnm]?)?(?:\s+(?:termin|terminvorschlag|vorschlag|datum))?"
        r"|ersatz(?:termin)?|to|stattdessen|dafür|instead"
        r"|new(?:\s+(?:date|appointment))?|replacement(?:\s+(?:date|session))?"
        # an offer in place of what is called off: "biete ihr Do 10 Uhr an", "schlag ihm
        # Montag vor", "alternativ Mi 20.01.", "Gegenvorschlag 28.01.", "offer her Friday"
        rf"|(?:an)?biete[nt]?{_OFFER_TO}|schlag(?:e|en)?{_OFFER_TO}"
        r"|(?:gegen|termin)?vorschlag|alternativ(?:e[rn]?)?(?:\s+(?:termin|date))?|alternatively"
        r"|(?:offer|suggest|propose)(?:\s+(?:her|him|them|you))?|how\s+about"
        r"|ob\s+(?:ihr|ihm|ihnen|dir|euch)"  # "frag, ob ihr der 29.01. passt"
    ),
}
_BEFORE = tuple(
    (role, re.compile(rf"\b(?:{words}){_TAIL}", _F)) for role, words in _MARKERS.items()
)
# "Der Termin am 3.2. muss verschoben werden": the date named before the verb is the old one.
_OLD_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,4}?(?:verschoben|verlegt|verschieben|verlegen|abgesagt|entfällt|fällt"
    r"|moved|postponed|rescheduled)\b",
    _F,
)

_NEW_TIME = re.compile(r"\b(?:auf|to)\s+(?:um\s+)?$", _F)
# "… und am 27.01. um 13 Uhr wieder zu mir kommst", "on 3 March we meet again": a date named
# before "wieder"/"again" is the next meeting, not the one just held.
_NEXT_AFTER = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:wieder|again)\b", _F)
# "wir machen am 09.03. weiter", "wir holen es am 14.01. um 10 Uhr nach", "we carry on on
# 9 March": a date before the clause's last word "weiter"/"nach" is where things go on, the
# replacement of what is called off ("nach der Schule" is a place in time, no such word).
_GOES_ON_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:weiter|fort|nach|carry\s+on|continue)(?=\s*(?:[.,;:!?)]|$))", _F
)

# "könnte ihr Freitag 15.01. um 12 Uhr anbieten", "… 10 Uhr vorschlagen": offered after it
_OFFERED_AFTER = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:an(?:zu)?bieten|vorschlagen)\b", _F)


@dataclass(frozen=True, slots=True)
class _Built:
    start: int
    end: int
    slot: Slot
    # Where its date and time were written; the words between them are not part of the slot
    # ("2 March 2027, meeting point main entrance at 9:45 am").
    parts: tuple[tuple[int, int], ...] = ()


def _owner(
    time_: TimeMention, dates: list[DateMention], owned: dict[int, TimeMention]
) -> int | None:
    """The date a time belongs to: the nearer of the dates around it that has no time yet."""
    before = [i for i, d in enumerate(dates) if d.end <= time_.start]
    after = [i for i, d in enumerate(dates) if d.start >= time_.end]
    choices = ([before[-1]] if before else []) + ([after[0]] if after else [])
    if len(choices) == 2:
        gap_before = time_.start - dates[choices[0]].end
        gap_after = dates[choices[1]].start - time_.end
        # "vom 3.2. um 9 Uhr auf den 5.2." -> 3.2.; "..., neu um 9 Uhr am 8.2." -> 8.2.
        if gap_after < gap_before:
            choices.reverse()
    return next((i for i in choices if i not in owned), None)


def _dated(mention: DateMention) -> Slot:
    return Slot(day=mention.day, written=None if mention.day else mention.written)


def _merge(dates: list[DateMention], times: list[TimeMention]) -> list[_Built]:
    owned: dict[int, TimeMention] = {}
    loose: list[_Built] = []
    for time_ in times:
        index = _owner(time_, dates, owned)
        if index is None:
            slot = Slot(start=time_.begin, end=time_.finish)
            loose.append(_Built(time_.start, time_.end, slot, ((time_.start, time_.end),)))
        else:
            owned[index] = time_
    built = loose
    for index, mention in enumerate(dates):
        own = owned.get(index)
        date_part = (mention.start, mention.end)
        if own is None:
            built.append(_Built(mention.start, mention.end, _dated(mention), (date_part,)))
            continue
        slot = replace(_dated(mention), start=own.begin, end=own.finish)
        start, end = min(mention.start, own.start), max(mention.end, own.end)
        built.append(_Built(start, end, slot, (date_part, (own.start, own.end))))
    return sorted(built, key=lambda item: item.start)


# "Praktikumsbericht bis", "Sprachkurs-Anmeldung VHS Hamm bis": the capitalised words before
# "bis" name what is due, a place's name included
_DUE = re.compile(
    r"(?P<what>[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+){0,3})\s+(?:bis|spätestens)"
    r"(?:\s+(?:zum|am))?\s*$"
)
_LABEL_TAIL = re.compile(r"[\s:,]*(?:\b(?:am|ist|endet|der|den|on|is|zum|bis)\b[\s:,]*)*$", _F)


def _deadline_label(before: str) -> str | None:
    """What a deadline is for: "Bewerbungsfrist bei der Stadt Münster" from the words just
    before its date ("… Bewerbungsfrist bei der Stadt Münster am ")."""
    # a digit ends the clause (an earlier date or time), one inside a name ("B2 job course") not
    clause = re.split(r"[.;:\n]\s|,|(?<![A-Za-zÄÖÜäöü])\d", before)[-1]
    nouns = list(words().deadline_noun.finditer(clause))
    if not nouns:
        # "Praktikumsbericht bis 20.2.": the thing that is due, named just before "bis"
        due = _DUE.search(clause)
        if due is None:
            return None
        what = due["what"].split()
        while what and what[0].lower() in words().filler:
            what = what[1:]  # "Bitte Praktikumsbericht bis"
        # a document is listed as such; "Mietvertrag bis Fr" is no name for the deadline
        if not what or words().document_word.fullmatch(what[-1]):
            return None
        return " ".join(what)
    start = nouns[-1].start()
    # the noun's whole word: "Bewerbungsfrist", not "frist"
    while start > 0 and (clause[start - 1].isalnum() or clause[start - 1] == "-"):
        start -= 1
    label = _LABEL_TAIL.sub("", clause[start:]).strip()
    return label or None


# "bin bis 22.01. im Urlaub", "I'm out of the office until 22 January": how long someone is
# away, not a deadline
_AWAY = re.compile(
    r"\b(?:urlaub|abwesend|nicht\s+(?:im\s+(?:büro|haus|dienst)|erreichbar|da)"
    r"|auf\s+(?:fortbildung|dienstreise)|krankgeschrieben|out\s+of\s+(?:the\s+)?office"
    r"|on\s+(?:leave|holiday|vacation)|away|off\s+sick)\b",
    _F,
)
_UNTIL = re.compile(rf"\b(?:bis|until){_TAIL}", _F)
_CLAUSE_EDGE = re.compile(r"[,;:\n]|[.!?]\s")


def _away_until(text: str, item: _Built) -> bool:
    """Whether the slot ends someone's absence: "bis"/"until" right before it and an absence
    in the same clause."""
    if not _UNTIL.search(text[max(0, item.start - 40) : item.start]):
        return False
    edges = [m.end() for m in _CLAUSE_EDGE.finditer(text, 0, item.start)]
    after = _CLAUSE_EDGE.search(text, item.end)
    clause = text[edges[-1] if edges else 0 : after.start() if after else len(text)]
    return _AWAY.search(clause) is not None


def _role(text: str, item: _Built) -> tuple[SlotRole, str | None]:
    if _away_until(text, item):
        return SlotRole.PLAIN, None
    before = text[max(0, item.start - 40) : item.start]
    # the deadline noun may stand a long clause before its date ("Bewerbungsschluss für die
    # Ausbildung zur … bei der Stadt Hamm ist der 30.09."); the clause split keeps it honest
    label = _deadline_label(text[max(0, item.start - 140) : item.start])
    for role, pattern in _BEFORE:
        if pattern.search(before):
            return role, label if role is SlotRole.DEADLINE else None
    if label:
        return SlotRole.DEADLINE, label
    if len(item.parts) == 2 and _NEW_TIME.search(text[item.parts[0][1] : item.parts[1][0]]):
        return SlotRole.NEW, None  # "am 21.01. auf 14:15 verschoben": the new time that day
    after = text[item.end : item.end + 40]
    if _OLD_AFTER.search(after):
        return SlotRole.OLD, None
    if _NEXT_AFTER.search(after):
        return SlotRole.NEXT, None
    if _GOES_ON_AFTER.search(after) or _OFFERED_AFTER.search(after):
        return SlotRole.NEW, None
    return SlotRole.PLAIN, None


_PERIOD = re.compile(r"^\s*(?:bis(?:\s+zum)?|-|–|to|until)\s*$", _F)


# "reschedule … from Feb 4 to Feb 9": "to" names where the appointment moves, no period's end
_MOVED = re.compile(r"reschedul|postpon|\bmov(?:e|ed|es|ing)\b|\bshift", _F)
_TO = re.compile(r"^\s*to\s*$", _F)


def _periods(text: str, items: list[_Built]) -> list[_Built]:
    """ "vom 1.3. bis 12.3.": one slot for the period, not an appointment and a deadline."""
    moved = _MOVED.search(text) is not None
    joined: list[_Built] = []
    for item in items:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.slot.day is not None
            and item.slot.day is not None
            and (item.slot.start is None or last.slot.start is None)
            and last.slot.until is None
            and _PERIOD.match(text[last.end : item.start])
            and not (moved and _TO.match(text[last.end : item.start]))
        ):
            # "vom 01.02. bis 30.04., Mo-Fr 8:30-12:45": a time after the period's last day
            # is its daily time, not the hour of a deadline on that day
            start, end = last.slot.start or item.slot.start, last.slot.end or item.slot.end
            slot = replace(last.slot, until=item.slot.day, start=start, end=end)
            parts = ((last.start, item.parts[0][1]), *item.parts[1:])
            joined[-1] = _Built(last.start, item.end, slot, parts)
        else:
            joined.append(item)
    return joined


def _same_day_moves(text: str, items: list[_Built]) -> list[_Built]:
    """ "am 21.01. auf 14:15 verschoben": the day as it was (the old appointment) and the
    same day at the new time, two slots."""
    split: list[_Built] = []
    for item in items:
        if len(item.parts) != 2 or item.slot.day is None:
            split.append(item)
            continue
        (date_start, date_end), (time_start, time_end) = item.parts
        if date_end > time_start or not _NEW_TIME.search(text[date_end:time_start]):
            split.append(item)
            continue
        old = replace(item.slot, start=None, end=None)
        split.append(_Built(date_start, date_end, old, ((date_start, date_end),)))
        split.append(_Built(time_start, time_end, item.slot, ((time_start, time_end),)))
    return split


def _built(text: str, dates: list[DateMention], times: list[TimeMention]) -> list[_Built]:
    return _periods(text, _same_day_moves(text, _merge(dates, times)))


def build_slots(text: str, dates: list[DateMention], times: list[TimeMention]) -> list[Slot]:
    """Slots in reading order, each date with the time that belongs to it."""
    built = []
    for item in _built(text, dates, times):
        role, label = _role(text, item)
        built.append(replace(item.slot, role=role, label=label))
    return built


def spans(
    text: str, dates: list[DateMention], times: list[TimeMention]
) -> list[tuple[tuple[int, int], ...]]:
    """Where each slot's date and time were written, in the order of :func:`build_slots`."""
    return [item.parts for item in _built(text, dates, times)]


def first(slots: list[Slot], *roles: SlotRole) -> Slot | None:
    return next((slot for slot in slots if slot.role in roles), None)


def deadline(slots: list[Slot]) -> Slot | None:
    return first(slots, SlotRole.DEADLINE)
