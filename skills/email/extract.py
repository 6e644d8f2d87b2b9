"""Turn a counsellor's request into an :class:`EmailRequest`, taking only what it states."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from bot.routing.closing_order import closing_order
from skills.email import lists, slots
from skills.email.affiliation import bracket_end, find_affiliation, find_role
from skills.email.checks import date_notices
from skills.email.classify import cue_spans
from skills.email.closings import new_date_spans
from skills.email.confirmed import confirm_orders
from skills.email.dates import find_dates, mask, worded_deadline
from skills.email.documents import as_documents, labelled_documents, mentioned_documents
from skills.email.events import find_event, find_placement
from skills.email.group_name import group_name
from skills.email.inquiry import asking_order
from skills.email.model import (
    Addressee,
    AddressForm,
    EmailRequest,
    Gender,
    Listed,
    Notice,
    Purpose,
    Role,
    Slot,
    SlotRole,
)
from skills.email.parties import find_addressee
from skills.email.places import contacts, find_place, meeting_point_label, same_room
from skills.email.reasons import find_reason
from skills.email.referred import find_referred
from skills.email.relay import order_spans
from skills.email.said_days import in_words
from skills.email.services import find_service
from skills.email.several import Several, body_start, several
from skills.email.steps import clause_steps, inline_steps, labelled_steps, next_meeting
from skills.email.still_on import still_on
from skills.email.times import find_times
from skills.email.words import words

Span = tuple[int, int]
_F = re.IGNORECASE
_DU = re.compile(
    r"\b(?:per|mit|in|auf)\s+(?:dem\s+)?[\"'„“]?du\b|\bdu[- ]?form\b|\bdu-anrede\b"
    r"|\bduz(?:en|e|t)\b"
    r"|\bgeduzt\b|\banrede\s*:?\s*[\"'„“]?du\b|\binformal\b|\binformell\b"
    r"|\bfirst[- ]name\s+terms\b|\(\s*du\s*\)"
    r"|,\s*du\s*[:;]|^\s*(?:mail\s+)?du\s*:",  # "mail an emre, du: treffen morgen …"
    _F,
)
_DU_WORD = re.compile(r"\b(?:du|dich|dir|dein|deine[mnrs]?)\b", re.IGNORECASE)
_SIE_WORD = re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre[mnrs]?)\b")
_SIE = re.compile(r"\bsie[- ]?form\b|\bsiez(?:en|e|t)\b|\bgesiezt\b|\bper\s+sie\b|\bformal\b", _F)
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
_ENGLISH = re.compile(
    r"\b(?:auf|in)\s+englisch\b|\bin\s+english\b|\benglische\s+(?:fassung|version)\b", _F
)
_GERMAN = re.compile(r"\b(?:auf|in)\s+deutsch\b|\bin\s+german\b", _F)
_BRING_PURPOSES = (Purpose.INVITATION, Purpose.CONFIRMATION, Purpose.REMINDER, Purpose.DOCUMENTS)
# Purposes whose draft lists several appointments when the request names them.
_SEVERAL = (*_BRING_PURPOSES, Purpose.MESSAGE)
_HEAD_WITHIN = 120  # "Mail an …:" – a colon further on belongs to the content
Spans = tuple[Span, ...]


def draft_language(text: str, default: str) -> str:
    """ "auf Englisch" / "in German" in the request override the user's language."""
    if _ENGLISH.search(text):
        return "en"
    if _GERMAN.search(text):
        return "de"
    return default


def _address_form(text: str) -> AddressForm:
    if _SIE.search(text):
        return AddressForm.SIE
    if _DU.search(text):
        return AddressForm.DU
    # a body dictated after the colon that says "du" and never "Sie": "Mail an Tim: hey Tim,
    # denk an morgen, bring deinen Ausweis mit"
    start = body_start(text, _HEAD_WITHIN)
    body = text[start:] if start else ""
    if _DU_WORD.search(body) and not _SIE_WORD.search(body):
        return AddressForm.DU
    return AddressForm.SIE


def _gender(text: str) -> Gender:
    female, male = bool(_FEMALE.search(text)), bool(_MALE.search(text))
    if female == male:  # neither, or contradictory cues: do not guess
        return Gender.UNKNOWN
    return Gender.FEMALE if female else Gender.MALE


def _same_day(new: Slot | None, old: Slot | None) -> Slot | None:
    """ "am 11.03. von 8:30 auf 12:00 verlegt": a new time given alone is on the old day."""
    if new is None or old is None or old.day is None:
        return new
    if new.start is None or new.day is not None or new.written is not None:
        return new
    return replace(new, day=old.day)


def _same_time(text: str, new: Slot | None, old: Slot | None) -> tuple[Slot | None, list[Span]]:
    """ "von Mi 9:30 auf Fr verschoben, gleiche Uhrzeit": the new appointment keeps the old
    one's time, and the phrase is said by it; so it is by a new time given ("Uhrzeit bleibt
    15:30"). Without any time the phrase stays as typed."""
    found = words().same_time.search(text) if new is not None and old is not None else None
    if new is None or old is None or found is None:
        return new, []
    if new.start is not None:  # "Uhrzeit bleibt 15:30": the time shown says it
        return new, [found.span()] if old.start in (None, new.start) else []
    if old.start is None:
        return new, []
    return replace(new, start=old.start, end=old.end), [found.span()]


def _offered(text: str) -> list[Span]:
    return [found.span() for found in words().replacement_offer.finditer(text)]


def _reasons_moved(text: str) -> list[Span]:
    return [found.span() for found in words().moved_because.finditer(text)]


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
    if purpose is Purpose.CANCELLATION:
        # "fällt aus, Ersatztermin 19.02. 14 Uhr": the day called off, then its replacement
        # "… fällt aus, wir sehen uns am 20.01. wieder": the next meeting replaces it too
        replacement = slots.first(dated[1:], SlotRole.NEW, SlotRole.NEXT)
        if replacement is not None:
            return replacement, dated[0]
    if purpose in (Purpose.REFERRAL, Purpose.MESSAGE):
        return None, None  # a message keeps its dates in its own words
    # "Beratung heute …, nächster Termin 24.03.": the next meeting, not the one reported
    chosen = slots.first(dated, SlotRole.NEXT) or (dated[0] if dated else None)
    if len(dated) > 1 and chosen is dated[0] and dated[1].day == chosen.day and dated[1].start:
        chosen = dated[1]  # "am 21.01. auf 14:15 verschoben": the same day at its new time
    return chosen, None


def _several(
    purpose: Purpose, deadline: Slot | None, head: str, pairs: list[tuple[Slot, Spans]]
) -> Several:
    """Two or more appointments named in a request that is about appointments (a request for
    documents only when it sets no deadline: "bring … zu beiden Terminen mit")."""
    if purpose not in _SEVERAL or (purpose is Purpose.DOCUMENTS and deadline is not None):
        return Several()
    return several(head, pairs, body_start(head, _HEAD_WITHIN))


def _documents(purpose: Purpose, text: str, bullet_items: list[str]) -> list[Listed]:
    reason = find_reason(text) if purpose is Purpose.DOCUMENTS else None
    if reason is not None:  # "… brauche ich noch ihren Lebenslauf": the lead names nothing
        text = mask(text, [reason.lead])
    labelled = labelled_documents(text)
    if labelled:
        return labelled
    if purpose not in _BRING_PURPOSES:
        return []
    if bullet_items:
        return as_documents(bullet_items)
    return mentioned_documents(text)


def _reason(purpose: Purpose, text: str) -> str | None:
    reason = find_reason(text) if purpose is Purpose.DOCUMENTS else None
    return reason.text if reason is not None else None


def _notices(
    notices: list[Notice], chosen: list[Slot | None], deadline: Slot | None, today: date
) -> tuple[Notice, ...]:
    """Notices about the dates that made it into the draft; impossible ones are always shown."""
    used = [slot for slot in chosen if slot is not None]
    days = {slot.day for slot in used} | ({deadline.day} if deadline else set())
    written = {slot.written for slot in [*used, deadline] if slot is not None and slot.written}
    kept = [n for n in notices if (n.day in days if n.day else n.written in written)]
    upcoming = [slot.day for slot in (chosen[0], deadline) if slot is not None and slot.day]
    other = [slot.day for slot in chosen[1:] if slot is not None and slot.day]
    return tuple(kept + date_notices(upcoming, other, today))


_BIRTH_DATE = re.compile(
    r"\b(?:geb\.|geboren(?:\s+am)?|geburtsdatum:?|born(?:\s+on)?|date\s+of\s+birth:?|dob:?)"
    r"\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\b",
    _F,
)
_MAIL_ORDER = re.compile(r"\b(?:e-?mail|mail|nachricht|message|email)\b", _F)
# "Bitte Bestätigung per Mail an sie", "Schreib ihr eine Mail mit den Vereinbarungen"
_ORDER_WORDS = 8


def _plain_order(text: str) -> list[Span]:
    """Where pasted notes end in a short order to the assistant that the draft carries out
    ("Bitte Bestätigung per Mail an sie"): no fact of the letter, never carried. An order
    holding more ("Bitte Mail an Frau X mit Termin + Hinweis: Bescheid mitbringen") is read
    like the rest of the request."""
    order = closing_order(text)
    at = text.rstrip().rfind(order) if order else -1
    if at < 0 or re.search(r"[\d,:;+()]", order) or len(order.split()) > _ORDER_WORDS:
        return []
    if not _MAIL_ORDER.search(order):
        return []  # "Bitte Personalausweis mitbringen." asks the client, not the assistant
    return [(at, at + len(order))]


def extract(text: str, purpose: Purpose, today: date) -> EmailRequest:
    """Everything ``text`` states for an email of ``purpose``; nothing is filled in."""
    head = lists.strip_lists(text)  # lists blanked out: positions stay those of ``text``
    inline = inline_steps(head) if purpose is Purpose.FOLLOW_UP else []
    head = mask(head, [span for _, span in inline])
    event = find_event(head)
    if event is None and purpose is Purpose.CONFIRMATION:  # "Bestätigung: Praktikum vom …"
        event = find_placement(head)
    event_spans = [(event.start, event.end)] if event else []
    # no name is read from an event's title
    addressee, party_spans = find_addressee(mask(head, event_spans), event.text if event else "")
    if event and addressee.role is Role.GROUP and not (addressee.group or addressee.people):
        # "all participants of the CV workshop": the group is named by the event it attends
        named = group_name(head)
        if named is not None:
            addressee = replace(addressee, group=named[0], group_at=named[2], group_typed=named[1])
    found_contacts, contact_spans = contacts(head)
    place, place_spans = find_place(mask(head, event_spans))  # "Ausbildung im Handwerk"
    dated_text = mask(head, place_spans + contact_spans + party_spans + event_spans)
    # "(geb. 04.05.1998)" is nobody's appointment: carried as typed, never a slot
    dated_text = mask(dated_text, [m.span() for m in _BIRTH_DATE.finditer(dated_text)])
    mentions, notices = find_dates(dated_text, today)
    times = find_times(mask(dated_text, [(m.start, m.end) for m in mentions]))
    found = slots.build_slots(head, mentions, times)
    appointment, previous = _pick(purpose, found)
    deadline = slots.deadline(found)
    bullet_items = lists.bullets(text)
    # a bullet naming the next meeting is the appointment, once it was read as one
    bulleted = [
        item for item in bullet_items if not (appointment is not None and next_meeting(item))
    ]
    steps = labelled_steps(text) + (bulleted if purpose is Purpose.FOLLOW_UP else [])
    steps += [item for item, _ in inline]
    clauses = clause_steps(text) if purpose is Purpose.FOLLOW_UP and not steps else []
    steps += [item for item, _ in clauses]
    # Dates and times are written out differently in the draft, and the purpose word is the
    # template's own: what they took from the request is accounted for.
    pairs = list(zip(found, slots.spans(head, mentions, times), strict=True))
    listed = _several(purpose, deadline, head, pairs)
    placed = (appointment, previous, deadline, *listed.slots)
    used = [
        span
        for slot, parts in pairs
        if slot in placed and (slot.day or slot.start or slot.written)
        for span in parts
    ]
    unplaced = [span for slot, parts in pairs if slot not in placed for span in parts]
    placed_here = purpose not in (Purpose.REFERRAL, Purpose.MESSAGE)
    if purpose is Purpose.RESCHEDULING:
        appointment = _same_day(appointment, previous)
    appointment, same_time = _same_time(head, appointment, previous)
    # only an invitation's reply line names whom to register with
    referred = find_referred(head) if purpose is Purpose.INVITATION else None
    said_by_reply = [referred.span] if referred and referred.exact else []
    affiliation = None
    role = find_role(head, party_spans[0]) if addressee.people and party_spans else None
    if addressee.people and addressee.organisation is None and party_spans:
        # "Frau Yilmaz (Ausbildungsleitung) bei Rewe": where she works follows her role
        person = (party_spans[0][0], bracket_end(head, role)) if role else party_spans[0]
        affiliation = find_affiliation(head, person)
    works_at = [affiliation] if affiliation else []
    if role is not None:
        works_at.append((role[0] - 1, bracket_end(head, role)))
    return EmailRequest(
        purpose=purpose,
        address_form=_address_form(head),
        gender=_gender(head),
        appointment=appointment,
        previous=previous,
        appointments=listed.items,
        deadline=deadline.day if deadline else None,
        deadline_at=deadline.start if deadline and deadline.day else None,
        deadline_label=deadline.label if deadline else None,
        referred=referred,
        affiliation=affiliation,
        person_at=party_spans[0] if role else None,
        role_at=role,
        deadline_words=None if deadline else worded_deadline(dated_text),
        place=place if placed_here else None,
        documents=tuple(_documents(purpose, text, bullet_items)),
        reason=_reason(purpose, text),
        steps=tuple(steps) if purpose is Purpose.FOLLOW_UP else (),
        service=find_service(head) if purpose is Purpose.REFERRAL else None,
        notices=_notices(notices, [appointment, previous], deadline, today)
        + in_words(purpose, notices),
        addressee=addressee,
        event=event.text if event else None,
        event_prep=event.prep if event else "",
        elsewhere=event.elsewhere if event else False,
        contacts=tuple(found_contacts),
        wording=text,
        # the salutation names the addressee, maybe in other words ("Fam." -> "Familie")
        consumed=tuple(
            used
            + cue_spans(text, purpose)
            + same_time
            # "klappt nicht": why it is moved, which "muss leider verschoben werden" says
            + (_reasons_moved(text) if purpose is Purpose.RESCHEDULING else [])
            # "neuer Termin folgt per Post" is what the cancellation's own line says
            + (new_date_spans(text) if purpose is Purpose.CANCELLATION else [])
            # "biete ihr Do 10 Uhr an": the replacement's own lines offer it
            + (_offered(text) if purpose is Purpose.CANCELLATION and previous else [])
            + list(listed.marks)
            + party_spans
            + said_by_reply
            + works_at
            # a person greeted instead ("Klasse 9b … (Hr. Lenz)") leaves the group's name unsaid
            + ([addressee.group_at] if addressee.group_at and not addressee.people else [])
            + _organisation_spans(addressee, named=False)
            + list(addressee.said_otherwise)
            # "bei Fragen erreichen Sie mich unter …" is what the "Kontakt:" line says
            + (contact_spans if placed_here else [])
            + lists.markers(text)
            + _plain_order(text)
            # "…, schreib ihm bitte, dass …": the order is carried out, not written
            + (order_spans(text) if purpose is Purpose.MESSAGE else [])
            # "kurz bestätigen, dass …": the letter tells the clause
            + (confirm_orders(text) if purpose is Purpose.MESSAGE else [])
            # "Termin … bleibt bestehen": what the confirmation's own line says
            + (still_on(text) if purpose is Purpose.CONFIRMATION else [])
            # "Frag Herrn X, ob …": the letter asks it
            + (asking_order(text) if purpose is Purpose.MESSAGE else [])
            # "Treffpunkt" is the label of the place the draft gives as "Ort"
            + (meeting_point_label(head) if placed_here and place else [])
            # "gleicher Raum (C 2.07)" is the place the draft gives as "Raum C 2.07"
            + (same_room(head) if placed_here and place and place.room else [])
            + [span for _, span in inline]
            + [span for _, span in clauses]
            # "auf Englisch" says which language to write in; "German B1 course" is a fact
            + [m.span() for p in (_ENGLISH, _GERMAN) for m in p.finditer(text)]
        ),
        named=tuple(
            party_spans
            + ([referred.person_at] if said_by_reply and referred else [])
            + works_at
            + _organisation_spans(addressee, named=True)
            + [span for _, span in inline]
            + [span for _, span in clauses]
        ),
        unplaced=tuple(unplaced),
        placed=tuple((slot, parts) for slot, parts in pairs if slot in placed),
        today=today,
    )


def _organisation_spans(addressee: Addressee, *, named: bool) -> list[Span]:
    """The organisation's span where it is named by a name of its own (``named``: a head a
    carried piece is not widened over) or by its noun alone (said by the salutation)."""
    if addressee.organisation is None:
        return []
    span, with_name = addressee.organisation
    return [span] if with_name is named else []
