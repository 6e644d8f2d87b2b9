"""The event an email is about, as typed: a quoted title or a named event after "zur"/"zum"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from skills.email.dates import WEEKDAYS
from skills.email.words import words

_QUOTED = re.compile(
    r"(?:\b(?P<prep>zur|zum|zu|für\s+(?:die|den|das)|to\s+(?:the|our))\s+)?"
    r"(?:(?P<noun>(?-i:[A-ZÄÖÜ])[\wäöüß-]*)\s*:?\s+)?"
    r"[„\"“‚»](?P<title>[^\"“”„»«\n]{2,80}?)[“\"”‘«]",
    re.IGNORECASE,
)
_NAMED = re.compile(
    r"\b(?P<prep>zur|zum|zu\s+(?:unserer|unserem|einer|einem)|to\s+(?:the|our|a)"
    r"|(?:an|für|über|wegen)\s+(?:den|die|das|unseren?|unsere|des|der|dem)|bzgl\.?)\s+",
    re.IGNORECASE,
)


# An unquoted title after the event's noun: "Gruppeninfo Ausbildung im Handwerk", "Infoabend
# Duales Studium", "Jobmesse Dortmund" — capitalised words, joined by a few small words.
_TITLE = re.compile(
    r"(?:[ \t]+(?:(?:im|in|der|die|das|den|des|für|zur|zum|und|&|of|on|in|for|the|and)[ \t]+)*"
    r"(?-i:[A-ZÄÖÜ][\wäöüß-]*))+"
)
_NOT_TITLE = frozenset(
    {"Anmeldung", "Treffpunkt", "Beginn", "Abfahrt", "Dauer", "Thema", "Link", "Adresse", "Uhr"}
    | {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September"}
    | {"Oktober", "November", "Dezember", "January", "February", "March", "June", "July"}
    | {"October", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
    | {"Saturday", "Sunday", "Room", "Mr", "Mrs", "Ms", "Dr", "Prof", "Hr", "Fr"}
    | {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"}
    | {"Raum", "Zimmer", "Frau", "Herr", "Herrn", "Datum", "Uhrzeit", "Ort", "Bitte", "Termin"}
    | {"Hinweis", "Betreff", "Video", "Teams", "Zoom", "Aula", "Familie", "Eltern", "Mo", "Di"}
    | {"Mi", "Do", "Sa", "So"}
)


def _title_end(text: str, end: int) -> int:
    """Where an event's unquoted title after its noun ends (``end`` when it has none)."""
    title = _TITLE.match(text, end)
    if title is None:
        return end
    last = end
    for word in re.finditer(r"\S+", text[end : title.end()]):
        if word.group(0)[:1].isupper():
            if word.group(0) in _NOT_TITLE:
                break
            last = end + word.end()
    return last


@dataclass(frozen=True, slots=True)
class Event:
    """``text`` e.g. "Gruppeninfo „Ausbildung in der Pflege“"; ``prep`` "zur" when typed."""

    text: str
    prep: str
    start: int
    end: int
    elsewhere: bool = False  # held by someone else: "Termin beim Ärztlichen Dienst"


# An event given on a line of its own: "Was: Kompetenzfeststellung (hamet 2)".
_EVENT_LABEL = re.compile(
    r"^[ \t]*(?:was|veranstaltung|thema|event|what)[ \t]*:[ \t]*(?P<value>[^\n]+?)[ \t.]*$",
    re.IGNORECASE | re.MULTILINE,
)


# English names an event in several words, its kind last: "our information session on dual
# study programmes", "the exam preparation day", "the online apprenticeship chat".
_ENGLISH_KIND = (
    r"(?:session|day|evening|fair|workshop|club|chat|check|course|class|seminar|training"
    r"|coaching|talk|tour|visit|exhibition|webinar|exam|test|briefing|interview)s?"
)
# "the job club on Monday": a day after the event is its date, not its topic
_NO_DAY = (
    r"(?!(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june"
    r"|july|august|september|october|november|december|today|tomorrow|next)\b)"
)
_ENGLISH_EVENT = re.compile(
    r"(?:(?:\b(?:to|for|at|about|of|that)\s+|(?<=:\s))(?:the|our|an?|this|next"
    r"|(?P<whose>his|her|your)"
    # "remind Sarah of her interview": whose it is says it is an event of theirs (only an
    # interview: "his language course" is what he does, "her training" no event)
    r"(?=\s+(?:job\s+)?interview\b))\s+"
    # "to the parents of year 9: careers evening on 4 Feb": what follows the colon names it
    r"|(?<=:\s))"
    rf"(?P<title>(?:(?!(?:on|at|from|by|in)\b)[\w'’-]+\s+){{0,3}}?{_ENGLISH_KIND}"
    rf"(?:\s+(?:on|about|for)\s+(?:{_NO_DAY}[^\W\d][\w-]*\s?){{1,4}}?)?)"
    r"(?=\s+(?:on|at|from|in|is|are|was|has|will|starts?|with|by|tomorrow|today|tonight|next|this)\b"
    r"|\s*[,.:;(]|\s*$)",
)


# "a counselling session", "a careers advice session": the counselling appointment itself, which
# the invitation names anyway (as "Beratungsgespräch" in German), not an event with a title
_COUNSELLING = re.compile(
    r"(?:(?:first|initial|follow-up|next|short|personal|individual|one-to-one)\s+)*"
    r"(?:careers?\s+)?(?:counsell?ing|advice|guidance|consultation)\s+"
    r"(?:session|talk|meeting|appointment)s?",
    re.IGNORECASE,
)


def _english_event(text: str) -> Event | None:
    for match in _ENGLISH_EVENT.finditer(text):
        title = match["title"].strip()
        if title.split()[-1].lower() in ("day", "days", "session") and len(title.split()) == 1:
            continue  # "the day", "a session" name nothing
        if _COUNSELLING.fullmatch(title):
            continue
        return Event(title, "", match.start("title"), match.start("title") + len(title))
    return None


def _bare_and_lower(word: str) -> bool:
    """ "training" in "vocational training" is no event; "Training" or "Bewerbungstraining" is."""
    return word.lower() in words().event_endings and not word[:1].isupper()


# Whom a group mail is for, before a group's noun: "an alle TN Kurs …", "die TN der Maßnahme …".
_GROUP_LEAD = re.compile(
    r"(?:\b(?:tn|teilnehm\w*)[ \t]+(?:(?:des|der)[ \t]+)?"
    r"|\b(?:an|für)[ \t]+(?:die|den|alle)[ \t]+)$",
    re.IGNORECASE,
)


def _names_the_group(text: str, start: int, noun: str) -> bool:
    """A quoted title after a group's noun ("Kurs", "Maßnahme") where the mail's addressee
    stands names the group, not the event (skills.email.group_name)."""
    if not noun or noun.lower() not in words().group_nouns:
        return False
    return _GROUP_LEAD.search(text, 0, start) is not None


# An appointment someone else holds: its noun, then "beim"/"bei der" and the host's name
# ("Termin beim Ärztlichen Dienst", "Vorstellungsgespräch bei der Sparkasse Hamm").
_AT_HOST = re.compile(r"\s+(?:beim|bei[ \t]+(?:der|dem|den)|bei)[ \t]+(?=(?-i:[A-ZÄÖÜ]))", re.I)
_HOST_WORD = re.compile(r"(?:(?:der|des|für|und|&|im|in)[ \t]+)*(?-i:[A-ZÄÖÜ])[\wäöüß.-]*")


def _host_end(text: str, start: int) -> int:
    """Where the host's name after "beim" ends; ``start`` when no name stands there (a person,
    "bei Frau Brandt", is whom the appointment is with, not where)."""
    end = position = start
    while (word := _HOST_WORD.match(text, position)) is not None:
        name = word.group(0).split()[-1]
        if name.rstrip(".") in _NOT_TITLE or name.rstrip(".").lower() in WEEKDAYS:
            break
        # "St." keeps its dot; a sentence's dot after "Hamm." is not the name's
        end = word.end() - (1 if name.endswith(".") and len(name) > 4 else 0)
        gap = re.match(r"[ \t]+", text[end:])
        if gap is None:
            break
        position = end + gap.end()
    return end


# "his appointment at the Foreigners Office", "her interview with Stadtwerke Hamm"
_ENGLISH_HELD = re.compile(
    r"\b(?:appointment|interview|job interview|assessment|medical examination|trial day)"
    r"(?=\s+(?:at|with)\s)",
    re.I,
)
_OUR = re.compile(r"\b(?:unser\w*|our)\s+$", re.I)
_ENGLISH_HOST = re.compile(r"\s+(?:at|with)[ \t]+(?:the[ \t]+)?(?=(?-i:[A-Z]))", re.I)


# "Termin morgen um 10 beim Ärztlichen Dienst", "Termin am 3.2. um 9 Uhr bei der Agentur":
# when it is may stand between the appointment and its host
_WHEN_BETWEEN = re.compile(
    r"(?:[ \t]+(?:am[ \t]+)?(?:morgen|übermorgen|heute|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?))?"
    r"(?:[ \t]+(?:um[ \t]+)?\d{1,2}(?:[:.]\d{2})?(?:[ \t]*uhr)?)?",
    re.I,
)


def find_elsewhere(text: str) -> Event | None:
    """An appointment held by another office or a company, with its host as typed."""
    found = [(m, _AT_HOST) for m in words().elsewhere_noun.finditer(text)]
    found += [(m, _ENGLISH_HOST) for m in _ENGLISH_HELD.finditer(text)]
    for noun, host in found:
        when = _WHEN_BETWEEN.match(text, noun.end()) if host is _AT_HOST else None
        at = host.match(text, noun.end()) or (host.match(text, when.end()) if when else None)
        if at is None or _OUR.search(text, max(0, noun.start() - 12), noun.start()):
            continue  # "unser Termin beim BIZ" is ours
        end = _host_end(text, at.end())
        if end > at.end():
            if when is not None and at.start() >= when.end() > noun.end():
                # the event is the appointment at its host; the day and hour between them
                # are the slot's, outside the event's span
                named = f"{noun.group(0)} {text[at.start() : end].strip()}"
                return Event(named, "", at.start(), end, elsewhere=True)
            return Event(text[noun.start() : end], "", noun.start(), end, elsewhere=True)
    return None


# A work placement someone else holds ("Bestätigung an Autohaus Peters: Emre macht das Praktikum
# vom …", "Lena confirms the trial day"): what a confirmation without another event confirms,
# never a counselling appointment of our own.
_PLACEMENT = re.compile(
    r"\b(?:[A-ZÄÖÜ][a-zäöüß]*(?:praktikum|probetag|probearbeiten)|Praktikum|Probetag"
    r"|Probearbeiten|Einstiegsqualifizierung|EQ|Hospitation"
    r"|(?i:internship|work experience placement|trial day|trial shift))\b"
)


# A request that names an appointment of its own ("Terminbestätigung …, wir besprechen ihr
# Praktikum") confirms that appointment, not the placement
_OWN_APPOINTMENT = re.compile(r"termin|gespräch|beratung|appointment|meeting", re.I)


def is_placement(event: str) -> bool:
    """Whether ``event`` is a work placement's word alone ("Praktikum", "trial day")."""
    return _PLACEMENT.fullmatch(event) is not None


def find_placement(text: str) -> Event | None:
    """The first work placement ``text`` names, as held elsewhere, when it names no
    appointment of its own."""
    found = _PLACEMENT.search(text)
    if found is None or _OWN_APPOINTMENT.search(text):
        return None
    return Event(found.group(0), "", found.start(), found.end(), elsewhere=True)


# Verbs that end like an event noun ("Test"): "die du schreiben wolltest" names no event
_VERBS_LIKE_EVENTS = frozenset(
    {
        "wolltest",
        "konntest",
        "solltest",
        "musstest",
        "durftest",
        "hattest",
        "möchtest",
        "würdest",
        "könntest",
        "bräuchtest",
        "brauchtest",
        "wüsstest",
        "wusstest",
        "machtest",
        "fragtest",
        "sagtest",
        "hofftest",
        "meintest",
        "dachtest",
        "schicktest",
    }
)


def find_event(text: str) -> Event | None:
    lexicon = words()
    label = _EVENT_LABEL.search(text)
    if label is not None:
        return Event(label["value"], "", label.start("value"), label.end("value"))
    hosted = find_elsewhere(text)
    if hosted is not None:
        return hosted
    for match in _QUOTED.finditer(text):
        noun = match["noun"] or ""
        if _names_the_group(text, match.start("noun"), noun):
            continue  # "an die TN der Maßnahme „Berufswege“" is whom the mail is for
        if noun in lexicon.not_names and noun not in ("Termin",):
            noun = ""
        title = f"{noun} „{match['title'].strip()}“" if noun else f"„{match['title'].strip()}“"
        prep = (match["prep"] or "").lower() if noun else ""
        return Event(title, prep, match.start(), match.end())
    for match in _NAMED.finditer(text):
        noun = lexicon.event_noun.match(text, match.end())
        if noun is None or noun.group(0).lower() in lexicon.generic_events:
            continue
        if _bare_and_lower(noun.group(0)):
            continue
        if lexicon.document_word.fullmatch(noun.group(0)):
            continue  # "Attest" ends like "Test" but is a document
        prep = match["prep"].lower()
        end = _title_end(text, noun.end())
        # "zur Messe" reads well in "… lade ich Sie zur Messe ein"; "an den …" does not
        return Event(
            text[noun.start() : end], prep if prep in ("zur", "zum") else "", match.start(), end
        )
    english = _english_event(text)
    if english is not None:
        return english
    # "Erinnerung an Frau Krause: Vorstellungsgespräch bei …": an event noun on its own
    for noun in lexicon.event_noun.finditer(text):
        word = noun.group(0)
        # ("Kurs" is no surname, but it is an event: "dass der Kurs ausfällt")
        named_like = word in lexicon.not_names and word.lower() not in lexicon.event_endings
        if word.lower() in lexicon.generic_events or named_like:
            continue
        if word.lower() in WEEKDAYS or _bare_and_lower(word):  # "Tuesday" ends like "day"
            continue
        if word.lower() in _VERBS_LIKE_EVENTS:
            continue
        if not lexicon.document_word.fullmatch(word):  # "Attest" is a document, no "Test"
            end = _title_end(text, noun.end())
            return Event(text[noun.start() : end], "", noun.start(), end)
    return None
