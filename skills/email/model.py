"""The data an email draft is made from: what the request said, and what came out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from skills.email.referred import Referred


class Purpose(StrEnum):
    """What a counsellor's email is for; the order is the order of the menu we offer."""

    INVITATION = "invitation"
    CONFIRMATION = "confirmation"
    RESCHEDULING = "rescheduling"
    CANCELLATION = "cancellation"
    REMINDER = "reminder"
    FOLLOW_UP = "follow_up"
    DOCUMENTS = "documents"
    REFERRAL = "referral"
    # Anything else (a thank-you, an enquiry, a call-back request): the request's own content
    # is the body, carried as typed between salutation and closing.
    MESSAGE = "message"


class AddressForm(StrEnum):
    SIE = "sie"
    DU = "du"


class Gender(StrEnum):
    """Only ever set from an explicit cue in the request ("an eine Klientin", "Herrn")."""

    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"


class PlaceKind(StrEnum):
    VIDEO = "video"
    PHONE = "phone"
    IN_PERSON = "in_person"


class SlotRole(StrEnum):
    """What a date in the request refers to, judged from the words around it."""

    OLD = "old"  # "vom 3.2.", "statt ..." - the appointment being moved
    NEW = "new"  # "auf den 5.2.", "neuer Termin ..."
    DEADLINE = "deadline"  # "bis zum 15.2."
    NEXT = "next"  # "nächster Termin ..."
    PLAIN = "plain"


@dataclass(frozen=True, slots=True)
class Slot:
    """A date and/or time the request mentions; any part may be missing."""

    day: date | None = None
    start: time | None = None
    end: time | None = None
    role: SlotRole = SlotRole.PLAIN
    # A date as typed when it cannot be a date ("30.02."): kept for the draft, never blanked.
    written: str | None = None
    label: str | None = None  # what a deadline is for: "Bewerbungsfrist bei der Stadt Münster"
    until: date | None = None  # the last day of a period: "vom 1.3. bis 12.3."


@dataclass(frozen=True, slots=True)
class Dated:
    """One of several appointments a request names, with the words it said of it, as typed
    ("Vorstellungsgespräch bei der Volksbank Hamm (Bahnhofstr. 3)")."""

    slot: Slot
    what: str = ""


@dataclass(frozen=True, slots=True)
class Place:
    """Where a meeting happens. ``platform`` e.g. "Microsoft Teams"; ``room`` e.g. "2.14"."""

    kind: PlaceKind
    platform: str | None = None
    room: str | None = None
    counselling_centre: bool = False  # "in unserer Beratungsstelle"
    venue: str | None = None  # "Bildungszentrum Hamm", as typed
    address: str | None = None  # "Bahnhofstr. 12", as typed
    link: str | None = None  # a pasted meeting URL
    as_typed: str | None = None  # a labelled place line ("Ort: …"), kept whole


class Role(StrEnum):
    """Who the email is for, as the request says; the salutation follows from it."""

    CLIENT = "client"
    PARENTS = "parents"
    ORGANISATION = "organisation"  # employer, training company, school, service
    GROUP = "group"


@dataclass(frozen=True, slots=True)
class Person:
    """A named person as typed: "Frau Dr. Weber" -> ("female", "Dr.", "Weber")."""

    surname: str
    gender: Gender = Gender.UNKNOWN
    title: str = ""  # "Dr.", "Prof. Dr."
    first_name: str = ""
    family: bool = False  # "Familie Schulte"
    mrs: bool = False  # typed "Mrs." (an English draft keeps it rather than "Ms")


@dataclass(frozen=True, slots=True)
class Addressee:
    """The recipient: role, named people, and whose parents they are ("die Eltern von Lena")."""

    role: Role = Role.CLIENT
    people: tuple[Person, ...] = ()
    first_name: str = ""  # for "du": "Hallo Kevin,"
    child: str = ""
    group: str = ""  # whose participants a group are, as typed: "des Bewerbungstrainings"
    # where a group's own name was typed ("alle TN Kurs BO-3"), said in the salutation in
    # other words ("des Kurses BO-3")
    group_at: tuple[int, int] | None = None
    group_typed: str = ""  # that name as typed ("Kurs BO-3"), for an English salutation
    pupils: bool = False  # a school class: "Liebe Schülerinnen und Schüler der Klasse 9b,"
    # where the organisation was named, and whether with a name of its own: "der Schule" is
    # what "Sehr geehrte Damen und Herren" says; "Firma Müller GmbH" is a fact, carried as
    # typed
    organisation: tuple[tuple[int, int], bool] | None = None
    # words about whom the mail is for that the draft says in its own way: "Ansprechpartner"
    # before the contact person greeted, the verb after the organisation ("… an die Agentur
    # für Arbeit schreiben, dass …")
    said_otherwise: tuple[tuple[int, int], ...] = ()
    # one parent greeted ("der Mutter von Finn"): "Sehr geehrte Frau [Nachname]," rather than
    # "Sehr geehrte Eltern,"; unknown when both parents are meant
    parent: Gender = Gender.UNKNOWN


@dataclass(frozen=True, slots=True)
class Listed:
    """One list item: a known document (``key``) or text the counsellor wrote."""

    text: str
    key: str | None = None


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the counsellor should check, e.g. a weekday that does not fit the date."""

    # "weekday_mismatch" | "next_weekday_ambiguous" | "impossible" | "past" | "weekend"
    # | "holiday" | "relative" (a day computed from "morgen", "Freitag", …)
    kind: str
    day: date | None
    stated_weekday: int | None = None  # 0 = Monday
    written: str = ""  # the date as typed, for "impossible"
    holiday: str = ""  # the holiday's name


@dataclass(frozen=True, slots=True)
class EmailRequest:
    """Everything taken from the request; ``None``/empty means "not given" (a placeholder)."""

    purpose: Purpose
    address_form: AddressForm = AddressForm.SIE
    gender: Gender = Gender.UNKNOWN
    appointment: Slot | None = None  # the (new / next) appointment
    previous: Slot | None = None  # the moved appointment, or the meeting a follow-up is about
    # Two or more appointments in one request, listed each with its own words; empty: one.
    appointments: tuple[Dated, ...] = ()
    deadline: date | None = None
    deadline_at: time | None = None  # "bis 29.01. 12 Uhr": the hour the deadline ends
    deadline_words: str | None = None  # "bis Ende Januar": a deadline without a day, as typed
    place: Place | None = None
    documents: tuple[Listed, ...] = ()
    steps: tuple[str, ...] = ()
    reason: str | None = None  # why documents are asked for, as typed: "für den Antrag auf …"
    service: str | None = None
    notices: tuple[Notice, ...] = ()
    addressee: Addressee = Addressee()
    event: str | None = None  # "Elterngespräch", "Gruppeninfo „Ausbildung in der Pflege“"
    event_prep: str = ""  # "zur", "zum" as typed before the event
    # the event is held by someone else ("Termin beim Ärztlichen Dienst"): not our appointment
    elsewhere: bool = False
    deadline_label: str | None = None  # "Bewerbungsfrist bei der Stadt Münster"
    # whom an invitation's readers register with or reply to ("Anmeldung … bei Frau Yilmaz")
    referred: Referred | None = None
    # where the person written to works, named right after them ("Frau Dr. Schneider vom
    # Jobcenter Hamm", "Herrn Becker (Autohaus Becker)"): the line "An: …", not the letter's
    affiliation: tuple[int, int] | None = None
    # the person written to and their role in brackets ("Frau Yilmaz (Ausbildungsleitung)"):
    # said on the line "An: …" too, the role never carried as a line of the letter
    person_at: tuple[int, int] | None = None
    role_at: tuple[int, int] | None = None
    contacts: tuple[str, ...] = ()  # phone numbers and email addresses, as typed
    carried: tuple[str, ...] = ()  # parts of the request no template slot took, verbatim
    # The request as typed, for carrying over what no slot took and for a model-based drafter
    # (pseudonymised on its way to the model); never logged.
    wording: str = ""
    # Spans of ``wording`` whose facts the draft states in other words (dates written out,
    # the purpose word): not carried over verbatim.
    consumed: tuple[tuple[int, int], ...] = ()
    # Those of ``consumed`` the draft names in the request's own words (the addressee, agreed
    # steps): the final check looks for their words in the draft instead of trusting them.
    named: tuple[tuple[int, int], ...] = ()
    # Spans of ``wording`` with a date or time no template slot placed: carried as typed even
    # where the draft happens to hold the same digits for another date ("2027", "11").
    unplaced: tuple[tuple[int, int], ...] = ()
    # Each slot a template may place, with the spans its date and time were written in: one
    # the chosen template does not show after all is carried as typed.
    placed: tuple[tuple[Slot, tuple[tuple[int, int], ...]], ...] = ()
    today: date | None = None  # the day the request was read, for reading its dates again


@dataclass(frozen=True, slots=True)
class EmailDraft:
    """A finished draft; ``placeholders`` are the ``[...]`` gaps still to fill, in order."""

    subject: str
    body: str
    placeholders: tuple[str, ...]
    by_model: bool = False  # True only when a model wrote the text
    carried: tuple[str, ...] = ()  # parts of the request carried over verbatim
    # the organisation the mail is for, named with a name of its own ("Autohaus Meyer"): the
    # line "An: …" above the subject, not a line of the letter
    recipient: str = ""
