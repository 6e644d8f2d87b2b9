"""Where and how: the meeting place (room, venue, address, link) and the contacts to reply to.

Everything is kept as typed ("Raum B 104", "Bahnhofstr. 12", the pasted URL); each finder
also returns the spans it read, so that no date is read from a room number and the
carried-over remainder of the request knows what the draft already holds.
"""

from __future__ import annotations

import re
from dataclasses import replace

import phonenumbers

from skills.email.model import Place, PlaceKind
from skills.email.words import words

Span = tuple[int, int]
_F = re.IGNORECASE
_VIDEO = re.compile(
    r"\bvideo\w*\b|\bonline\b(?!-)|\bzoom\b|\bwebex\b|\bjitsi\b|\bbig\s*blue\s*button\b", _F
)
_TEAMS = re.compile(r"\b(?:MS\s+|Microsoft\s+)?Teams\b")
_PLATFORMS = (
    (_TEAMS, "Microsoft Teams"),
    (re.compile(r"\bzoom\b|zoom\.us", _F), "Zoom"),
    (re.compile(r"\bwebex\b", _F), "Webex"),
    (re.compile(r"\bjitsi\b", _F), "Jitsi"),
    (re.compile(r"\bbig\s*blue\s*button\b", _F), "BigBlueButton"),
)
_PHONE_MEETING = re.compile(
    r"\btelefon(?:isch|termin|gespräch|beratung)?\b|\bby\s+phone\b|\bphone\s+call\b"
    r"|\bover\s+the\s+phone\b",
    _F,
)
# "per Telefon 02381 123456" is a number to call, not a meeting by phone
_NUMBER_FOLLOWS = re.compile(
    r"\s*(?:unter|an|:|under|on|at)?\s*(?:der\s+)?(?:nummer\s+)?\+?\d", _F
)
ROOM = re.compile(
    r"\b(?:raum|zimmer|zi\.|room|rm\.)\s*(?P<room>[A-Z]{0,2}[.\s-]?\d+(?:[.\-/]\d+)*[a-z]?)\b",
    _F,
)
# The room of an earlier meeting, its number in brackets: "gleicher Raum (C 2.07)", "selber
# raum wie letztes mal (B 104)", "Raum wie immer (E 1.04)", "same room as last time (2.08)".
_SAME_ROOM = re.compile(
    r"\b(?:(?:gleiche[nmr]?|selbe[nmr]?|derselbe|demselben|same)\s+)?(?:raum|zimmer|room)"
    r"(?:\s+(?:wie|as)\s+(?:[\wäöü]+\s+){0,2}?(?:mal|immer|zuletzt|geplant|time|before|usual"
    r"|always|planned))?"
    r"\s*\(\s*(?P<room>[A-Z]{0,2}[.\s-]?\d+(?:[.\-/]\d+)*[a-z]?)\s*\)",
    _F,
)
# The floor, kept as typed: "3. Etage", "2. OG", "im EG", "1. Stock", "3rd floor".
FLOOR = re.compile(
    r"\b\d{1,2}\.\s*(?:Etage|OG|Obergeschoss|Stock|Stockwerk)\b"
    r"|\b(?-i:EG|UG|DG)\b|\b(?:Erdgeschoss|Untergeschoss|Dachgeschoss)\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)\s+floor\b|\bground\s+floor\b",
    _F,
)
_CENTRE = re.compile(
    r"\b(?:in\s+)?unsere[rnm]?\s+(?:beratungsstelle|einrichtung|räumen|büro)\b|\bbei\s+uns\b"
    r"|\bour\s+(?:office|centre|center)\b",
    _F,
)
_IN_PERSON = re.compile(
    r"\bpersönlich\b|\bvor\s+ort\b|\bin\s+person\b|\bface[- ]to[- ]face\b|\bin\s+präsenz\b", _F
)
_URL = re.compile(
    r"\bhttps?://[^\s<>\"“”]+[^\s<>\"“”.,;:!?)]|\bwww\.[^\s<>\"“”]+[^\s<>\"“”.,;:!?)]"
)
_MEETING_URL = re.compile(r"teams\.microsoft|zoom\.us|webex|jitsi|meet\.|bigbluebutton|bbb", _F)
# "Link: https://…", "Zugangslink https://…", "join here: https://…": a link given to join by
_LINK_LABEL = re.compile(
    r"\b(?:(?:teilnahme|zugangs|einwahl|meeting|video)?link|zugang|einwahl|join(?:\s+here)?)"
    r"\s*:?\s*$",
    _F,
)
ROOM_NUMBER = re.compile(r"[A-Z]{0,2}[.\s-]?\d")  # a room given by its number only
# "03.02.", "9:30", and a date with the hour after it ("03.02. 14:15" reads as "03.02. 14")
_DATE_LIKE = re.compile(
    r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?(?:\s+\d{1,2}(?:[.:]\d{2})?)?"
    r"|\d{1,2}[.:]\d{2}(?:\s*-\s*\d.*)?"
    # "08.02.–19.02": a period of days, no phone number
    r"|\d{1,2}\.\d{1,2}\.?\s*[-–]\s*\d{1,2}\.\d{1,2}\.?(?:\d{2}|\d{4})?"
)


def numbered_room(room: str) -> bool:
    """ "B 104" and "E.12" are room numbers ("Raum …"); "Konferenzraum 3" and a floor ("2. OG")
    are named as typed."""
    return bool(ROOM_NUMBER.match(room)) and not FLOOR.match(room)


_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_STREET_WORD = r"(?i:str\.|straße|strasse|weg|platz|allee|ring|gasse|damm|ufer|markt)"
# "Südring 12", and with the street word apart: "Werler Str. 110", "Am Markt 3"
STREET = re.compile(
    rf"\b(?:[A-ZÄÖÜ][\wäöüß-]*{_STREET_WORD}"
    r"|[A-ZÄÖÜ][\wäöüß-]*\s+(?-i:Str\.|Straße|Strasse|Weg|Platz|Allee|Ring|Gasse|Damm|Ufer)"
    r"|(?-i:Am|An\s+der|Im|Auf\s+dem)\s+[A-ZÄÖÜ][\wäöüß-]+)"
    r"\s+\d+\s?[a-z]?\b(?:,?\s+\d{5}\s+[A-ZÄÖÜ][\wäöüß-]+)?"
)
# A place given on a line of its own: "Ort: …", "Wo: …", "Treffpunkt: …", "Where: …".
_PLACE_LABEL = re.compile(
    r"^[ \t]*(?:ort|wo|treffpunkt|veranstaltungsort|place|where|location|venue|meeting\s+point)"
    r"[ \t]*:[ \t]*(?P<value>[^\n]+?)[ \t.]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A meeting point named inline: "Treffpunkt Empfang EG", "…, Treffpunkt: Foyer, Haus B",
# "meeting point is the main entrance". The value runs to the end of its clause and stops
# before a time or date ("Treffpunkt Haupteingang um 9 Uhr", "…, Rückmeldung bis 30.04.") and
# before a new clause (a part of three words or more: "…, Parkplätze hinter dem Gebäude").
_MEETING_POINT = re.compile(
    r"\b(?:treffpunkt|meeting\s+point)(?:[ \t]*:|[ \t]+(?:ist|is))?[ \t]+"
    # a clock time right after the label is the time, not the place ("Treffpunkt 9:45 vor …")
    r"(?P<clock>(?:um[ \t]+|at[ \t]+)?\d{1,2}(?:[.:]\d{2}(?:[ \t]*uhr)?|[ \t]*uhr)[ \t]+)?"
    r"(?:(?:der|die|das|the)[ \t]+)?(?P<value>[^\n;!?]+?)"
    r"(?=[ \t]*(?:$|[\n;!?]|[–—]|-\s|(?<!\d)\.(?:\s|$)"
    r"|,\s*(?:bitte|please|und|and|dann|then|wir|we|sie|you|ich|I|mit|with)\b|,[^,\n]*\d"
    r"|,[ \t]*[^,\s]+(?:[ \t]+[^,\s]+){2,}"
    r"|\s(?:um|am|ab|gegen|at|on|from|von)\s+\d|\s\d{1,2}(?:[.:]\d{2})?\s*(?:uhr|h|am|pm)\b))",
    re.IGNORECASE | re.MULTILINE,
)
# "Forum im Erdgeschoss", "Seminarraum im 1. OG": a named room on a floor, as typed.
_ON_FLOOR = re.compile(r"\b[A-ZÄÖÜ][\wäöüß-]+\s+(?:im|in\s+der|on\s+the)\s+$")
# Words for a room kept with the number ("Zimmer 214"); "Raum" and "room" the draft says.
_OWNROOM_WORDS = ("raum", "room", "zi", "rm")  # "Zi. 312" reads as "Raum 312"


_OF_PLACE = re.compile(
    r"\w+\s+(?:des|der|im|in\s+der|am)\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?"
)


_WEEKDAY = (
    r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Mo|Di|Mi|Do|Fr|Sa|So)\b"
)


def _venue() -> re.Pattern[str]:
    ending = words().venue_ending
    # the ending may be the whole first word ("Haus der Bildung", "Agentur für Arbeit Hamm")
    whole = "|".join(part[:1].upper() + part[1:] for part in ending.split("|"))
    return re.compile(
        rf"(?:\b(?:im|in\s+der|in\s+die|ins|in|at\s+the|bei\s+der|beim)\s+|(?<=,\s)|(?<=:\s))"
        rf"(?P<venue>(?:[A-ZÄÖÜ][\wäöüß-]*(?:{ending})|(?:{whole})\b|BIZ)"
        # "Berufskolleg am Haspel", "Gesamtschule an der Erft": the street or river a school
        # is named after belongs to its name, a weekday after "am" does not
        rf"(?:\s+(?:(?:der|des|für|von|am|an\s+der)\s+)?(?!Raum\b|Zimmer\b|{_WEEKDAY})"
        rf"[A-ZÄÖÜ][\wäöüß-]+){{0,3}})",
    )


# A venue typed in lower case, right after its preposition: "im berufsinformationszentrum",
# "in der gesamtschule", "at the job centre Hamm". Only endings no field of work shares ("im
# handwerk" is a trade), and a word before the ending ("im zentrum" is the town's centre).
_LOWER_VENUE = re.compile(
    r"\b(?:im|ins|in\s+der|beim|bei\s+der|at\s+the)\s+"
    r"(?P<venue>(?:[a-zäöüß][a-zäöüß-]+(?:zentrum|schule|kolleg|akademie|institut|jobcenter)"
    r"|(?i:[a-z]{2,}[ \t]+(?:centre|center)))\b(?:[ \t]+[A-ZÄÖÜ][\wäöüß-]+)?)"
)


def links(text: str) -> list[re.Match[str]]:
    return list(_URL.finditer(text))


_FAX_BEFORE = re.compile(
    r"\b(?:tele)?fax(?:nummer|[ -]?nr\.?|[ \t]+number)?[ \t]*(?:an|to|unter|at|:)?[ \t]*$", re.I
)


# "bei Fragen erreichen Sie mich unter 0176 …", "you can reach me at …": how to reach the
# sender, which the draft's "Kontakt:" line says ("melden Sie sich unter …" asks something and
# stays a sentence of its own)
_REACH_ME = re.compile(
    r"(?:\b(?:bei|für)[ \t]+(?:fragen|rückfragen)[ \t]*,?[ \t]*)?"
    r"\b(?:erreichen[ \t]+sie[ \t]+mich|erreichst[ \t]+du[ \t]+mich"
    r"|bin[ \t]+ich(?:[ \t]+\w+){0,2}?[ \t]+erreichbar|(?:you[ \t]+can[ \t]+)?reach[ \t]+me)"
    r"(?:[ \t]+(?:telefonisch|gerne?|by[ \t]+phone))?[ \t]+(?:unter|at|on)[ \t]*$"
    r"|\b(?:bei|für)[ \t]+(?:fragen|rückfragen)[ \t]*(?:unter|:)[ \t]*$",
    re.I,
)


def _reach_me_start(text: str, start: int) -> int:
    """Where a "bei Fragen erreichen Sie mich unter" before a contact at ``start`` begins."""
    lead = _REACH_ME.search(text, max(0, start - 60), start)
    return lead.start() if lead else start


def contacts(text: str) -> tuple[list[str], list[Span]]:
    """Phone numbers and email addresses, as typed, in reading order."""
    found: list[tuple[int, str]] = []
    spans: list[Span] = []
    for match in _EMAIL.finditer(text):
        found.append((match.start(), match.group(0)))
        spans.append((_reach_me_start(text, match.start()), match.end()))
    masked = _URL.sub(lambda m: " " * len(m.group(0)), text)
    for number in phonenumbers.PhoneNumberMatcher(
        masked, "DE", leniency=phonenumbers.Leniency.VALID
    ):
        if any(a <= number.start < b for a, b in spans) or _DATE_LIKE.fullmatch(number.raw_string):
            continue
        fax = _FAX_BEFORE.search(masked, max(0, number.start - 30), number.start)
        if fax is not None:  # "per Fax an 02381 910-499": a fax number is said as one
            found.append((fax.start(), f"Fax {number.raw_string}"))
            spans.append((fax.start(), number.end))
            continue
        found.append((number.start, number.raw_string))
        spans.append((_reach_me_start(masked, number.start), number.end))
    return [value for _, value in sorted(found)], spans


def _phone_meeting(text: str) -> list[Span]:
    return [
        m.span() for m in _PHONE_MEETING.finditer(text) if not _NUMBER_FOLLOWS.match(text, m.end())
    ]


def _labelled(text: str) -> tuple[Place, list[Span]] | None:
    """A place on a labelled line is kept whole, as typed (a link there is a video meeting)."""
    label = _PLACE_LABEL.search(text)
    if label is None:
        return None
    value = label["value"]
    if _URL.fullmatch(value.strip()) or _VIDEO.search(value) or _phone_meeting(value):
        return None
    return Place(PlaceKind.IN_PERSON, as_typed=value.strip()), [label.span("value")]


def same_room(text: str) -> list[Span]:
    """Where "gleicher Raum (C 2.07)" was typed: the draft says "Raum C 2.07" for it."""
    if ROOM.search(text):
        return []  # a room typed as such is the place (see _find_place)
    found = _SAME_ROOM.search(text)
    return [found.span()] if found else []


def meeting_point_label(text: str) -> list[Span]:
    """Where a meeting point's label word stands ("Treffpunkt"): the draft says "Ort" for it."""
    point = _MEETING_POINT.search(text)
    return [(point.start(), point.start("value"))] if point else []


def find_place(text: str) -> tuple[Place | None, list[Span]]:
    """The place, and the spans that named it. A meeting point is where the appointment is:
    alone it is the place as typed; with a venue or address it is kept next to them."""
    point = _MEETING_POINT.search(text)
    if point is None:
        return _find_place(text)
    masked = text[: point.start()] + " " * (point.end() - point.start()) + text[point.end() :]
    place, spans = _find_place(masked)  # nothing in the meeting point is read twice
    if place is not None and place.kind is not PlaceKind.IN_PERSON:
        return place, spans
    value = point["value"].strip()
    if point["clock"]:  # the clock time after the label is left for the times to read
        spans += [(point.start(), point.start("clock")), (point.end("clock"), point.end())]
    else:
        spans.append(point.span())
    if place is None or not (
        place.venue or place.address or place.room or place.counselling_centre
    ):
        return Place(PlaceKind.IN_PERSON, as_typed=value), spans
    return replace(place, room=f"{place.room}, {value}" if place.room else value), spans


_ROOM_LETTERS = re.compile(r"^[a-z]{1,2}(?=[.\s-]?\d)")


def _as_noun(venue: str) -> str:
    """A German venue typed in lower case is written as the noun it is ("Berufskolleg")."""
    return venue[:1].upper() + venue[1:] if " " not in venue else venue


def _room(room: re.Match[str]) -> str:
    """ "Raum B 104" -> "B 104" (the draft says "Raum"); "Zimmer 214" stays as typed."""
    if room.re is _SAME_ROOM:
        return room["room"]  # the draft says "Raum C 2.07", the same room as before
    word = room.group(0)[: room.start("room") - room.start()].strip(" .").lower()
    # "raum b 12" typed fast: the room's letters are capitals ("B 12")
    number = _ROOM_LETTERS.sub(lambda m: m.group(0).upper(), room["room"])
    return number if word in _OWNROOM_WORDS else room.group(0)


# "online" that says how to register or apply, not where to meet ("Anmeldung … oder online:
# https://…", "apply online"), and "Online" in a name ("Schüler Online").
_NOT_A_MEETING = re.compile(
    r"anmeld|bewerb|registr|sign\s+up|apply|beantrag|antrag|formular|form\b|buch", _F
)
_CLAUSE = re.compile(r"[,;\n]|(?<!\d)[.!?](?:\s|$)")  # "bis 03.02. online" is one clause
# A meeting in a room that some join by link: "hybrid", "wer nicht kommen kann, kann sich
# zuschalten", "oder online unter …", "or join online".
_HYBRID = re.compile(
    r"\bhybrid\b|\bzuschalt\w*|\bzugeschaltet\b|\boder\s+online\b|\bor\s+(?:join\s+)?online\b", _F
)


def _clause_of(text: str, start: int, end: int) -> str:
    before = [m.end() for m in _CLAUSE.finditer(text, 0, start)]
    after = _CLAUSE.search(text, end)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]


def _video_said(text: str) -> bool:
    """A video meeting is said: a video word, not an "online" that is a name or says how to
    register."""
    for match in _VIDEO.finditer(text):
        if match.group(0).lower() != "online":
            return True
        name = re.search(r"(?-i:[A-ZÄÖÜ][\wäöüß-]*)[ \t]+$", text[: match.start()])
        if match.group(0) == "Online" and name:
            continue  # "Schüler Online"
        if _NOT_A_MEETING.search(_clause_of(text, match.start(), match.end())):
            continue
        return True
    return False


def _find_place(text: str) -> tuple[Place | None, list[Span]]:
    labelled = _labelled(text)
    if labelled is not None:
        return labelled
    urls = links(text)
    meeting_url = next((m for m in urls if _MEETING_URL.search(m.group(0))), None)
    if meeting_url is None and _video_said(text):
        # "Online-Workshop …, Link https://bz-hamm.de/online/…": the link to join, on any host
        meeting_url = next((m for m in urls if _LINK_LABEL.search(text, 0, m.start())), None)
    link = meeting_url.group(0) if meeting_url else None
    phone = _phone_meeting(text)
    room = ROOM.search(text) or _SAME_ROOM.search(text)
    floor = FLOOR.search(text)
    room_word = words().room_word.search(text)
    if room_word:  # "Aula des Berufskollegs"
        room_word = _OF_PLACE.match(text, room_word.start()) or room_word
    venue = _venue().search(text) or _LOWER_VENUE.search(text)
    street = STREET.search(text)
    spans = [
        m.span() for p in (_VIDEO, _TEAMS, _CENTRE, _IN_PERSON) for m in p.finditer(text)
    ] + phone
    spans += [m.span() for m in (room, room_word, street, floor) if m]
    spans += [venue.span("venue")] if venue else []
    spans += [meeting_url.span()] if meeting_url else []
    video = _video_said(text)
    in_person = room or room_word or venue or street
    hybrid = bool(in_person and _HYBRID.search(text))
    if hybrid:
        video = False  # the room is the place; the link is for those who join from elsewhere
    if video or _TEAMS.search(text) or (link and not hybrid):
        platform = next((name for pattern, name in _PLATFORMS if pattern.search(text)), None)
        return Place(PlaceKind.VIDEO, platform=platform, link=link), spans
    if phone:
        return Place(PlaceKind.PHONE), spans
    room_text = _room(room) if room else (_as_noun(room_word.group(0)) if room_word else None)
    if floor and not room_text:
        named = _ON_FLOOR.search(text, 0, floor.start())
        if named:  # "Forum im Erdgeschoss"
            spans.append((named.start(), floor.end()))
        room_text = text[named.start() if named else floor.start() : floor.end()]
    elif floor and room_text and floor.group(0) not in room_text:  # "Raum 312, 3. Etage"
        room_text = f"{room_text}, {floor.group(0)}"
    centre = bool(_CENTRE.search(text))
    if room_text or centre or venue or street or floor or _IN_PERSON.search(text):
        return Place(
            PlaceKind.IN_PERSON,
            room=room_text,
            counselling_centre=centre,
            venue=_as_noun(venue["venue"]) if venue else None,
            address=street.group(0) if street else None,
            link=link if hybrid else None,
        ), spans
    return None, spans
