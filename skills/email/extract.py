"""Turn a counsellor's request into an :class:`EmailRequest`, taking only what it states."""

from __future__ import annotations

import re
from datetime import date

from skills.email import lists, slots
from skills.email.dates import find_dates, mask
from skills.email.model import (
    AddressForm,
    EmailRequest,
    Gender,
    Listed,
    Place,
    PlaceKind,
    Purpose,
    Slot,
    SlotRole,
)
from skills.email.services import find_service
from skills.email.times import find_times

_F = re.IGNORECASE
_DU = re.compile(
    r"\b(?:per|mit|in|auf)\s+(?:dem\s+)?[\"'„“]?du\b|\bdu-?form\b|\bdu-anrede\b|\bduz(?:en|e|t)\b"
    r"|\bgeduzt\b|\banrede\s*:?\s*[\"'„“]?du\b|\binformal\b|\binformell\b"
    r"|\bfirst[- ]name\s+terms\b",
    _F,
)
_SIE = re.compile(r"\bsie-?form\b|\bsiez(?:en|e|t)\b|\bgesiezt\b|\bper\s+sie\b|\bformal\b", _F)
_FEMALE = re.compile(
    r"\b(?:klientin|kundin|teilnehmerin|schülerin|bewerberin|studentin|absolventin)\b"
    r"|\b(?:eine|die)\s+(?:ratsuchende|jugendliche|auszubildende)\b|\bfrau\b|\bfemale\b"
    r"|(?-i:\bFr\.\s*[A-ZÄÖÜ[]|\b(?:Ms|Mrs|Miss)\.?\s+[A-Z[])",
    _F,
)
_MALE = re.compile(
    r"\b(?:einen|den|dem)\s+(?:klienten|kunden|studenten|jugendlichen|auszubildenden|ratsuchenden)\b"
    r"|\b(?:einen|den|dem|ein)\s+(?:teilnehmer|schüler|bewerber|absolventen)\b"
    r"|\b(?:der|ein)\s+(?:klient|kunde|jugendliche|auszubildende|ratsuchende)\b|\bherrn?\b"
    r"|\bmale\b|(?-i:\bHr\.\s*[A-ZÄÖÜ[]|\bMr\.?\s+[A-Z[])",
    _F,
)
_VIDEO = re.compile(
    r"\bvideo\w*\b|\bonline\b(?!-)|\bzoom\b|\bwebex\b|\bjitsi\b|\bbig\s*blue\s*button\b", _F
)
_TEAMS = re.compile(r"\b(?:MS\s+|Microsoft\s+)?Teams\b")
_PLATFORMS = (
    (_TEAMS, "Microsoft Teams"),
    (re.compile(r"\bzoom\b", _F), "Zoom"),
    (re.compile(r"\bwebex\b", _F), "Webex"),
    (re.compile(r"\bjitsi\b", _F), "Jitsi"),
    (re.compile(r"\bbig\s*blue\s*button\b", _F), "BigBlueButton"),
)
_PHONE = re.compile(
    r"\btelefon(?:isch|termin|gespräch|beratung)?\b|\bby\s+phone\b|\bphone\s+call\b|\bover\s+the\s+phone\b",
    _F,
)
_ROOM = re.compile(r"\b(?:raum|zimmer|room)\s+(?P<room>[a-z]?\d+(?:[.\-/]\d+)*[a-z]?)\b", _F)
_CENTRE = re.compile(
    r"\b(?:in\s+)?unsere[rnm]?\s+(?:beratungsstelle|einrichtung|räumen|büro)\b|\bbei\s+uns\b"
    r"|\bour\s+(?:office|centre|center)\b",
    _F,
)
_IN_PERSON = re.compile(
    r"\bpersönlich\b|\bvor\s+ort\b|\bin\s+person\b|\bface[- ]to[- ]face\b|\bin\s+präsenz\b", _F
)
_ENGLISH = re.compile(
    r"\b(?:auf|in)\s+englisch\b|\bin\s+english\b|\benglische\s+(?:fassung|version)\b", _F
)
_GERMAN = re.compile(r"\b(?:auf|in)\s+deutsch\b|\bin\s+german\b", _F)
_BRING_PURPOSES = (Purpose.INVITATION, Purpose.CONFIRMATION, Purpose.REMINDER, Purpose.DOCUMENTS)


def draft_language(text: str, default: str) -> str:
    """ "auf Englisch" / "in German" in the request override the user's language."""
    if _ENGLISH.search(text):
        return "en"
    if _GERMAN.search(text):
        return "de"
    return default


def _address_form(text: str) -> AddressForm:
    return AddressForm.DU if _DU.search(text) and not _SIE.search(text) else AddressForm.SIE


def _gender(text: str) -> Gender:
    female, male = bool(_FEMALE.search(text)), bool(_MALE.search(text))
    if female == male:  # neither, or contradictory cues: do not guess
        return Gender.UNKNOWN
    return Gender.FEMALE if female else Gender.MALE


def _place(text: str) -> tuple[Place | None, list[tuple[int, int]]]:
    """The place, and the spans that named it (so "Raum 3.12" is never read as a date)."""
    spans = [
        m.span()
        for p in (_VIDEO, _TEAMS, _PHONE, _ROOM, _CENTRE, _IN_PERSON)
        for m in p.finditer(text)
    ]
    if _VIDEO.search(text) or _TEAMS.search(text):
        platform = next((name for pattern, name in _PLATFORMS if pattern.search(text)), None)
        return Place(PlaceKind.VIDEO, platform=platform), spans
    if _PHONE.search(text):
        return Place(PlaceKind.PHONE), spans
    room = _ROOM.search(text)
    centre = bool(_CENTRE.search(text))
    if room or centre or _IN_PERSON.search(text):
        return Place(
            PlaceKind.IN_PERSON, room=room["room"] if room else None, counselling_centre=centre
        ), spans
    return None, spans


def _pick(purpose: Purpose, found: list[Slot]) -> tuple[Slot | None, Slot | None]:
    """(appointment, previous) for the purpose; see EmailRequest for what each means."""
    dated = [slot for slot in found if slot.role is not SlotRole.DEADLINE]
    if purpose is Purpose.RESCHEDULING:
        old = slots.first(dated, SlotRole.OLD)
        new = slots.first(dated, SlotRole.NEW)
        plain = [slot for slot in dated if slot.role in (SlotRole.PLAIN, SlotRole.NEXT)]
        if old is None and new is None and len(plain) >= 2:
            return plain[1], plain[0]
        if new is None and plain:
            new = plain[0]
        elif old is None and plain:
            old = plain[0]
        return new, old
    if purpose is Purpose.FOLLOW_UP:
        return slots.first(dated, SlotRole.NEXT), slots.first(dated, SlotRole.PLAIN, SlotRole.OLD)
    if purpose is Purpose.REFERRAL:
        return None, None
    return (dated[0] if dated else None), None


def _documents(purpose: Purpose, text: str, bullet_items: list[str]) -> list[Listed]:
    labelled = lists.labelled_documents(text)
    if labelled:
        return labelled
    if purpose not in _BRING_PURPOSES:
        return []
    if bullet_items:
        return lists.as_documents(bullet_items)
    return lists.mentioned_documents(text)


def extract(text: str, purpose: Purpose, today: date) -> EmailRequest:
    """Everything ``text`` states for an email of ``purpose``; nothing is filled in."""
    head = lists.strip_lists(text)
    place, place_spans = _place(head)
    dated_text = mask(head, place_spans)
    mentions, notices = find_dates(dated_text, today)
    times = find_times(mask(dated_text, [(m.start, m.end) for m in mentions]))
    found = slots.build_slots(head, mentions, times)
    appointment, previous = _pick(purpose, found)
    bullet_items = lists.bullets(text)
    steps = lists.labelled_steps(text) + (bullet_items if purpose is Purpose.FOLLOW_UP else [])
    used = {slot.day for slot in (appointment, previous) if slot} | {slots.deadline(found)}
    return EmailRequest(
        purpose=purpose,
        address_form=_address_form(head),
        gender=_gender(head),
        appointment=appointment,
        previous=previous,
        deadline=slots.deadline(found),
        place=place if purpose is not Purpose.REFERRAL else None,
        documents=tuple(_documents(purpose, text, bullet_items)),
        steps=tuple(steps) if purpose is Purpose.FOLLOW_UP else (),
        service=find_service(head) if purpose is Purpose.REFERRAL else None,
        # only notices about dates that made it into the draft matter
        notices=tuple(notice for notice in notices if notice.day in used),
    )
