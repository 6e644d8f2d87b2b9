"""Who the email is for: named people with their titles, parents, an organisation, a group."""

from __future__ import annotations

import re

from skills.email.full_name import addressed_full_name, capitalised
from skills.email.group_name import group_name
from skills.email.model import Addressee, Gender, Person, Role
from skills.email.organisations import VERB_AFTER, contact_label, organisation_span
from skills.email.referred import referred_to
from skills.email.school_class import parents_class, school_class
from skills.email.words import words

Span = tuple[int, int]
# Names from many languages: "Yılmaz", "Petrović", "Ńwachukwu", "O'Brien"
_UPPER = "A-ZÀ-ÖØ-ÞĆČĐŁŃŘŚŠŹŻŽİŞĞÇ"
# an apostrophe inside a name, not the English possessive: "O'Brien", but "Haddad's" is Haddad
_NAME = rf"[{_UPPER}](?:[^\W\d_]|['’](?=[^\W\d_]{{2}}))+(?:-[{_UPPER}][^\W\d_]+)*"
# A surname's particle, typed in lower case: "von Ahlen", "van der Berg", "de la Cruz",
# "al-Hassan", "ter Horst"
_PARTICLE = (
    r"(?:(?:von|van|de|di|da|du|del|della|dos|das|der|den|ten|ter|zu|al|el|bin|ibn"
    r"|ben|le|la)(?:[ \t]+(?:der|den|dem|de|la|zu|van))?(?:[ \t]+|-))"
)
# After a first name only a particle German does not use as a preposition: "Maria da Silva",
# but "Frau Müller von der Stadt Hamm" is someone from the town.
_FOREIGN_PARTICLE = (
    r"(?:(?:van|de|di|da|du|del|della|dos|das|ten|ter|al|el|bin|ibn|ben|le|la)"
    r"(?:[ \t]+(?:der|den|de|la))?(?:[ \t]+|-))"
)
# A surname typed as its initial ("Frau K.", "Hr. B.", "Ms. K."): kept as typed, the counsellor
# writes the name in before sending.
_INITIAL = rf"[{_UPPER}]\.(?![^\W\d_])"
_TITLES = r"(?:(?:Dr|Prof|Dipl\.-\w+|Mag)\.\s*(?:med\.\s*|phil\.\s*|rer\.\s*nat\.\s*)?)*"
_HONORIFIC = {
    "frau": Gender.FEMALE,
    "fr": Gender.FEMALE,
    "ms": Gender.FEMALE,
    "mrs": Gender.FEMALE,
    "miss": Gender.FEMALE,
    "herr": Gender.MALE,
    "herrn": Gender.MALE,
    "hrn": Gender.MALE,
    "hr": Gender.MALE,
    "mr": Gender.MALE,
}
_PERSON = re.compile(
    rf"(?:\b(?P<hon>Frau|Herrn?|Fr\.?|Hrn?\.?|Mrs?\.?|Ms\.?|Miss)\s+|(?=\b(?:Dr|Prof)\.))"
    rf"(?P<title>{_TITLES})(?P<names>{_NAME}[ \t]+{_FOREIGN_PARTICLE}{_NAME}(?:[ \t]+{_NAME})?"
    rf"|{_NAME}(?:[ \t]+{_NAME})?|{_PARTICLE}{_NAME}|{_INITIAL})"
)
# A practice or office named after its holder: "Dr. …" right after it is part of its name
_PRACTICE = re.compile(r"(?i:praxis|kanzlei|apotheke|klinik)[ \t]+$")
_COUPLE = re.compile(
    rf"\b(?:Herrn?\s+und\s+Frau|Frau\s+und\s+Herrn?|Eheleute|Mr\.?\s+and\s+Mrs\.?)\s+"
    rf"(?P<title>{_TITLES})(?P<name>{_NAME})"
)
_FAMILY = re.compile(rf"\b(?:Familie|Fam\.)\s+(?P<name>{_NAME})")
_LONGEST_FIRST_NAME = 12
_TOGETHER = re.compile(r"\s*(?:,|und|sowie|and|&)?\s*(?:an\s+|und\s+)?", re.IGNORECASE)
# "Ansprechpartnerin ist Frau Berger", "contact person will be Mr. Lee": named, not greeted
_NOT_ADDRESSED = re.compile(
    # "Weiterleitung von Herrn Haddad an …": the person referred is the one the mail is for
    r"\b(?:ansprechpartner\w*|kontaktperson|kontakt|vom"
    r"|(?<!weiterleitung\s)(?<!verweis\s)(?<!vermittlung\s)(?<!überweisung\s)von"
    r"|contact(?:\s+person)?"
    # "Referentin Frau Prof. …", "Vertretung hat Frau …": someone taking part, not greeted
    r"|referent(?:in)?|dozent(?:in)?|vertretung(?:\s+hat)?|speaker|lecturer)"
    r"(?:\s+(?:bei\s+(?:uns|mir|ihnen|der\s+\w+|dem\s+\w+)|there|here|at\s+\w+))?"
    r"(?:\s+(?:ist|wäre|wird|is|will\s+be))?\s*:?\s*$",
    re.IGNORECASE,
)
# "an herrn wagner", "an frau Lewandowski", "an hr. Baumann", "an herrn petrović": typed in
# lower case, still a name ("fr." may be Friday: only "für fr. …" and "an fr. …" name her)
_PERSON_LOWER = re.compile(
    r"\b(?P<hon>frau|herrn?|hrn?(?=\.)|(?:(?<=\bfür\s)|(?<=\bfuer\s)|(?<=\ban\s))fr(?=\.)"
    r"|mrs?|ms(?=\.))\.?\s+"  # "email to mr patel", "ms. okafor" ("ms teams" is no one)
    r"(?P<title>(?:(?:dr|prof)\.\s*)+)?"  # "frau dr. meier": the title stays
    r"(?P<name>[^\W\d_][^\W\d_A-Z]+(?:-[^\W\d_][^\W\d_A-Z]+)?\b|[^\W\d_]\.(?![^\W\d_]))"
)
# A child's surname is taken only where the name clearly ends ("Eltern von Mia Schulte:",
# "parents of Jonas Weber that …"), so a noun after a first name ("Eltern von Lena Bescheid
# geben") is no surname.
_CHILD_SURNAME = (
    rf"(?:[ \t]+(?-i:{_NAME})(?=\s*[:,;(]|\s*$|\s+(?:that|dass|wegen|about|regarding|bzgl)\b))?"
)
_CHILD = re.compile(
    # "parents of year 9", "Eltern von Klasse 8a": a class, not a child's name
    r"\b(?:eltern|parents)\s+(?:von|of)\s+(?!(?:class|year|form|grade|group|klasse|jahrgang\w*"
    r"|stufe|kurs\w*|gruppe)\b)"
    rf"(?P<child>{_NAME}{_CHILD_SURNAME})|(?P<child2>{_NAME})s\s+Eltern\b"
    rf"|(?P<child3>{_NAME})['’]s?\s+parents\b"
    rf"|(?P<child4>{_NAME})\s+(?:und|and)\s+(?:seine|ihre|his|her|their)\s+(?:eltern|parents)\b",
    re.IGNORECASE,
)
# One parent written to: "Schreib der Mutter von Finn", "Mail an Leas Vater", "email to Tom's
# mum". Only after a word that names the addressee, so a parent mentioned in the body ("kam
# mit der Mutter von Finn") is nobody greeted.
_PARENT_GENDER = {
    "mutter": Gender.FEMALE,
    "mama": Gender.FEMALE,
    "mother": Gender.FEMALE,
    "mum": Gender.FEMALE,
    "mom": Gender.FEMALE,
    "vater": Gender.MALE,
    "papa": Gender.MALE,
    "father": Gender.MALE,
    "dad": Gender.MALE,
}


def parent_nouns(gender: Gender) -> tuple[str, ...]:
    """The nouns for one parent of ``gender`` ("Mutter", "mum"); none for both parents."""
    return tuple(noun for noun, of in _PARENT_GENDER.items() if of is gender)


_ONE_PARENT = re.compile(
    r"(?:^|\b(?:an|to|schreib\w*|mail|e-?mail|nachricht|message|erinnere?|sag|informier\w*"
    r"|inform|tell|write)\s+)(?:(?:die|der|den|dem|the)\s+)?"
    rf"(?:(?P<parent>mutter|mama|vater|papa|mother|mum|mom|father|dad)\s+(?:von|of)\s+"
    rf"(?P<child>{_NAME}{_CHILD_SURNAME})"
    rf"|(?P<child2>{_NAME})s\s+(?P<parent2>mutter|mama|vater|papa)\b"
    rf"|(?P<child3>{_NAME})['’]s?\s+(?P<parent3>mother|mum|mom|father|dad)\b)",
    re.IGNORECASE,
)
_VIA = (
    r"an|für|mit|to|for|with|schreib\w*|erinnere?|write|remind|tell|inform|hallo|hi|let"
    # a verb whose object is the addressee: "Bestätige Jonas …", "Sag Lea … ab", "Lade Tim … ein"
    r"|bestätig\w*|sag|lad\w*|confirm|invite"
)
_FIRST_NAME = re.compile(
    rf"(?:\b(?P<via>(?i:{_VIA}))\s+|^)"
    rf"(?P<name>{_NAME})\b"
    rf"(?!\s*\.)",
)
# "für"/"mit" name the addressee only in the request's first clause; later they name someone
# else ("… interpreters for Arabic and Ukrainian on site").
_ONLY_FIRST_CLAUSE = frozenset({"für", "mit", "for", "with"})
# A group named by what its members take part in: "die Teilnehmenden des Bewerbungstrainings",
# "Teilnehmer der Berufsorientierung": the genitive belongs to the addressee.
_GROUP_OF = re.compile(
    r"\b(?:teilnehm(?:ende|enden|er|erinnen|er:innen|er\*innen)|mitglieder)\s+"
    r"(?P<of>(?:des|der)\s+(?:[a-zäöüß]+(?:en|er|es)\s+)?[A-ZÄÖÜ][\wäöüß-]*)"
    # the noun ends the phrase ("des German B1 course" is a course's name, not a genitive)
    r"(?=\s*(?:[:,;.\n]|$)|\s+[a-zäöüß])",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[:;\n]|,\s|\.\s")
# A first name typed in lower case, where what follows makes it the addressee: "an luis per
# du", "schreib tim per du dass …", "erinner jonas dran", "bestätige leon, dass …", "tell
# noah that …".
_LOWER_FIRST_NAME = re.compile(
    r"\b(?:an|to|schreib\w*|erinner\w*|sag|remind|write|bestätig\w*|confirm|tell|inform)\s+"
    r"(?P<name>[a-zäöüß]{2,12})"
    r"(?=\s*(?:,|\(|per\s+(?:du|sie)\b|dass\b|that\b|(?:da|d)?ran\b|ab\b|:))"
)
# "für Can (du)", "Mia per du": the address form typed right after a word makes it the
# addressee's first name, even one that is also a common word ("Can", "Will", "Hope").
_MARKED_FIRST_NAME = re.compile(
    rf"(?P<name>{_NAME})\s*(?:\(\s*(?i:du|sie|informal|formal)\s*\)|per\s+(?i:du|sie)\b)"
)
# A first name typed with a surname and no "Frau"/"Herr": "an Jonas Becker per du", "Sag Lea
# Schmidt per Du ab", "Bestätige Jonas Becker den Termin". The first name follows a word that
# names the addressee; the surname ends the name (a clause, "per du" or a lower-case word next).
_FIRST_BEFORE = re.compile(rf"\b(?i:{_VIA})\s+(?P<first>{_NAME})[ \t]+$")
_SURNAME_AFTER = re.compile(rf"[ \t]+(?P<surname>{_NAME})(?=\s*(?:[,:;(\n]|$|per\b|[a-zäöüß]))")
_GROUP_EVENT = re.compile(
    r"gruppe|infoveranstaltung|infoabend|workshop|seminar|kurs|messe|börse|group|info\b", re.I
)


def _names(raw: str) -> tuple[str, str]:
    """(first name, surname) of "Anna Müller"; a second word that is no name is left off; a
    particle belongs to the surname ("Peter von Ahlen": "Peter", "von Ahlen")."""
    particle = re.search(rf"(?:^|[ \t]){_PARTICLE}", raw)
    if particle is not None:
        return raw[: particle.start()].strip(), raw[particle.start() :].strip()
    parts = raw.split()
    # "Frau Gashi Abgabe Praktikumsbericht …": a noun after the name is no surname
    if len(parts) == 2 and parts[1] not in words().not_names and could_be_surname(parts[1]):
        return parts[0], parts[1]
    return "", parts[0]


def _plausible_surname(surname: str) -> bool:
    """After a particle a surname must read as a name: "Frau von der Agentur" is someone from
    the agency, "Frau von der Leyen" a name."""
    last = surname.split()[-1].split("-")[-1]
    if last == surname:
        return True
    return last not in words().not_names and could_be_surname(last)


def people(text: str) -> tuple[list[Person], list[Span]]:
    """Every named person, in reading order, with the spans that named them."""
    found: list[Person] = []
    spans: list[Span] = []
    for match in _COUPLE.finditer(text):
        title = " ".join(match["title"].split())
        found += [
            Person(match["name"], Gender.FEMALE, title),
            Person(match["name"], Gender.MALE, title),
        ]
        spans += [match.span(), match.span()]  # one span, two people
    for match in _FAMILY.finditer(text):
        if match["name"] not in words().not_names:
            found.append(Person(match["name"], family=True))
            spans.append(match.span())
    organisation = organisation_span(text)  # a contact person named with it is greeted
    for match in _PERSON.finditer(text):
        if any(start <= match.start() < end for start, end in spans):
            continue
        if match["hon"] is None and _PRACTICE.search(text, 0, match.start()):
            continue  # "Zahnarztpraxis Dr. Hennig": the practice's name, no one greeted
        contact = contact_label(text, match.start(), organisation)
        if referred_to(text, match.start()):
            continue
        if contact is None and _NOT_ADDRESSED.search(
            text[max(0, match.start() - 30) : match.start()]
        ):
            continue  # "Ansprechpartnerin Frau Peters": someone the email names, not greets
        title = " ".join(match["title"].split())
        first, surname = _names(match["names"])
        if surname in words().not_names or not _plausible_surname(surname):
            continue
        hon = (match["hon"] or "").rstrip(".").lower()
        end = match.start("names") + match["names"].index(surname) + len(surname)
        gender = _HONORIFIC.get(hon, Gender.UNKNOWN)
        found.append(Person(surname, gender, title, first, mrs=hon == "mrs"))
        spans.append((match.start(), end))
    # "mail an lena weber: …": first name and surname, no Frau/Herr, before anyone else named
    first_found = min((start for start, _ in spans), default=len(text))
    full = addressed_full_name(text[:first_found], could_be_surname)
    if full is not None:
        found.append(full[0])
        spans.append(full[1])
    # "mail an hr. kowalski: … Ansprechpartnerin ist Frau Berger": a name typed in lower case
    # before the first capitalised one is still the first person named
    first_found = min((start for start, _ in spans), default=len(text))
    for match in _PERSON_LOWER.finditer(text, 0, first_found):
        name = match["name"]
        if name.lower() in words().filler or name.capitalize() in words().not_names:
            continue
        gender = _HONORIFIC[match["hon"]]
        title = " ".join(part.capitalize() for part in (match["title"] or "").split())
        # "schneider-kaya" is written "Schneider-Kaya"; "mrs nowak" stays "Mrs"
        found.append(Person(capitalised(name), gender, title, mrs=match["hon"] == "mrs"))
        spans.append(match.span())
    ordered = sorted(zip(spans, found, strict=True), key=lambda pair: pair[0])
    return [person for _, person in ordered], [span for span, _ in ordered]


def _greeted(text: str, found: list[Person], spans: list[Span]) -> int:
    """How many of the people, from the first on, the email greets: those named together
    ("Frau Müller, Frau Schmidt und Herrn Yılmaz"), not one mentioned later ("Dolmetscherin
    Frau Tran kommt mit")."""
    count = 1 if found else 0
    while count < len(found) and _TOGETHER.fullmatch(text[spans[count - 1][1] : spans[count][0]]):
        count += 1
    return count


def could_be_surname(name: str) -> bool:
    """Whether a capitalised word may be a surname: no known word or noun by its ending."""
    lexicon = words()
    if name.lower() in lexicon.filler or lexicon.noun_ending.search(name):
        return False
    if re.search(rf"(?:{lexicon.venue_ending})$", name, re.IGNORECASE):
        return False  # "Arbeitsagentur", "Jobcenter": a place, not a name
    if lexicon.recipient_noun.fullmatch(name) or lexicon.deadline_noun.match(name):
        return False  # "Klassenlehrerin", "Abgabe", "Anmeldeschluss": no surname
    return not (lexicon.document_word.fullmatch(name) or lexicon.event_noun.fullmatch(name))


def could_be_first_name(name: str) -> bool:
    """Whether a capitalised word may be a first name: not a known word or a noun by its
    ending ("für Ausbildungsplätze", "mit Lebenslauf", "zum Workshop")."""
    lexicon = words()
    if name in lexicon.not_names or name.lower() in lexicon.filler:
        return False
    if len(name) > _LONGEST_FIRST_NAME or lexicon.noun_ending.search(name):
        return False
    if lexicon.document_word.fullmatch(name) or lexicon.event_noun.fullmatch(name):
        return False
    return name[1:].islower()


def _marked_first_name(name: str) -> bool:
    lexicon = words()
    if name in lexicon.not_names or len(name) > _LONGEST_FIRST_NAME:
        return False
    return not lexicon.noun_ending.search(name) and name[1:].islower()


def _first_name(text: str, taken: list[Span]) -> tuple[str, Span | None]:
    for match in _MARKED_FIRST_NAME.finditer(text):
        start = match.start("name")
        if _marked_first_name(match["name"]) and not any(a <= start < b for a, b in taken):
            return match["name"], match.span("name")
    clause = _CLAUSE_END.search(text)
    first_clause_end = clause.start() if clause else len(text)
    for match in _FIRST_NAME.finditer(text):
        name = match["name"]
        start = match.start("name")
        if not could_be_first_name(name) or any(a <= start < b for a, b in taken):
            continue
        if start == 0 and not re.match(r"\s*(?:\(|,|per\b|schreib)", text[match.end() :]):
            continue  # a capitalised first word is usually a noun, not a name
        via = (match["via"] or "").lower()
        if via in _ONLY_FIRST_CLAUSE and start > first_clause_end:
            continue
        return name, (start, match.end("name"))
    for match in _LOWER_FIRST_NAME.finditer(text):
        name = match["name"]
        if name in words().filler or not could_be_first_name(name.capitalize()):
            continue
        if not any(a <= match.start("name") < b for a, b in taken):
            return name.capitalize(), match.span("name")
    return "", None


def _surname(name: str) -> bool:
    return name not in words().not_names and could_be_surname(name) and name[1:].islower()


def _full_name(text: str, first: str, span: Span) -> tuple[str, str, Span]:
    """(first name, surname, span) of a first name found alone that was typed with its
    surname, the name marked by "per du" being either of the two. :func:`people` reads a
    listed first name with its surname in any case ("mail an lena weber", full_name.py); this
    reads any first name the shape reading found ("Bestätige Malte Krüger …"), capitalised."""
    start, end = span
    before = _FIRST_BEFORE.search(text, 0, start)
    if before is not None and could_be_first_name(before["first"]) and _surname(first):
        return before["first"], first, (before.start("first"), end)
    after = _SURNAME_AFTER.match(text, end)
    if after is not None and _surname(after["surname"]):
        return first, after["surname"], (start, after.end("surname"))
    return first, "", span


def _role(text: str, named: bool, event: str) -> Role:
    lexicon = words().roles
    if lexicon["parents"].search(text):
        return Role.PARENTS
    if organisation_span(text) is not None:
        return Role.ORGANISATION
    group = lexicon["group"].search(text)
    # "Absage an Herrn Brandt: … da die Gruppe voll ist": a group in what the email says is
    # not whom it is for, when a person is named before it
    if group and not (named and group.start() >= _addressing_end(text)):
        return Role.GROUP
    if not named and re.search(r"\b(?:einladung|invitation)\b", text, re.I):
        events = [*words().event_noun.findall(text), event]
        if any(_GROUP_EVENT.search(found) for found in events if found):
            return Role.GROUP
    return Role.CLIENT


# Where the words that address the email end: at the colon or "dass" that opens what it says
_SAYS = re.compile(r":|\bdass\b|\bthat\b|\n", re.I)


def _addressing_end(text: str) -> int:
    opens = _SAYS.search(text)
    return opens.start() if opens else len(text)


def _genitive(phrase: str) -> bool:
    """ "des Bewerbungstrainings", "der Jobwerkstatt": a capitalised noun, "-s" after "des"."""
    article, *_, noun = phrase.split()
    return noun[:1].isupper() and (article.lower() == "der" or noun.endswith("s"))


_TOLD_OPENS = re.compile(r"\b(?:dass|daß|ob|that|whether)\b", re.I)


def _in_body(text: str, after: int, at: int) -> bool:
    """A colon, or the "dass" of what to tell, between the organisation and the person: the
    person is in the message ("schreib dem Jobcenter, dass Frau Krüger …")."""
    between = text[after:at]
    opens = ":" in between or _TOLD_OPENS.search(between) is not None
    return opens and not re.search(r"z\.\s*Hd|zu\s+Händen|attn", between, re.I)


def _about(text: str, business_end: int, name: Span) -> bool:
    """A first name after the business the mail is for names whom it is about, unless the
    address form marks it as the one written to ("Lena (du)")."""
    return name[0] >= business_end and _MARKED_FIRST_NAME.match(text, name[0]) is None


_CLASS_ROLES = (Role.CLIENT, Role.GROUP)  # a class is no organisation's, no parents' name


def find_addressee(text: str, event: str = "") -> tuple[Addressee, list[Span]]:
    """The addressee and the spans that named them (what the salutation says); ``event`` is
    the event the email is about (a group event is for its participants)."""
    everyone, their_spans = people(text)
    greeted = _greeted(text, everyone, their_spans)
    found, spans = everyone[:greeted], their_spans[:greeted]
    child_match = _CHILD.search(text)
    child = ""
    if child_match:
        child = (
            child_match["child"]
            or child_match["child2"]
            or child_match["child3"]
            or child_match["child4"]
            or ""
        )
        spans.append(child_match.span())
    parent = Gender.UNKNOWN
    one_parent = _ONE_PARENT.search(text) if child_match is None else None
    if one_parent is not None:  # "der Mutter von Finn": the mother is greeted, about Finn
        child = one_parent["child"] or one_parent["child2"] or one_parent["child3"] or ""
        said = one_parent["parent"] or one_parent["parent2"] or one_parent["parent3"] or ""
        parent = _PARENT_GENDER[said.lower()]
        child_match = one_parent
        spans.append(one_parent.span())
    taken = their_spans + ([child_match.span()] if child_match else [])
    # "to Bakery Schröder": a word of a business's name is nobody's first name
    named_business = organisation_span(text)
    taken += [named_business[0]] if named_business else []
    first, first_span = _first_name(text, taken)
    if first_span and named_business and _about(text, named_business[0][1], first_span):
        first, first_span = "", None  # "to Bakery Schröder … a place for Samir": about Samir
    if first_span and found and first_span[0] > their_spans[0][0]:
        first, first_span = "", None  # the person named first is the one greeted
    if first_span:
        # "Erinnerung an Laura: … an Herrn Schneider schicken": Laura is greeted
        first, surname, first_span = _full_name(text, first, first_span)
        # "Jonas Becker": greeted by both names ("Guten Tag Jonas Becker"), by "du" as Jonas
        found = [Person(surname, first_name=first)] if surname else []
        spans = [*spans[greeted:], first_span]
    role = _role(text, bool(found or first), event)
    if parent is not Gender.UNKNOWN:
        role = Role.PARENTS
    organisation = organisation_span(text) if role is Role.ORGANISATION else None
    if organisation is not None and found and _in_body(text, organisation[0][1], spans[0][0]):
        # "Absage an die Zahnarztpraxis Dr. Hennig: Frau Ahmadi hat sich …": the person the
        # message is about, not the one it greets
        found, spans = [], spans[greeted:]
    label = contact_label(text, spans[0][0], organisation) if spans else None
    verb = VERB_AFTER.match(text, organisation[0][1]) if organisation is not None else None
    said_otherwise = tuple(
        span for span in (label, verb.span("verb") if verb else None) if span is not None
    )
    if organisation is not None and found:
        # a person greeted ("z. Hd. Frau Becker-Lenz") leaves the organisation's noun unsaid
        organisation = (organisation[0], True)
    pupils = school_class(text) if role in _CLASS_ROLES and not (found or first) else None
    if pupils is not None:  # "an die Klasse 9b", "message to year 10": its pupils are greeted
        greeted_class = Addressee(
            Role.GROUP, (), "", child, pupils.genitive, pupils.span, pupils.typed, pupils=True
        )
        return greeted_class, spans
    parents_of = parents_class(text) if role is Role.PARENTS and not (found or child) else None
    if parents_of is not None:  # "an die Eltern der 9b": greeted as the class's parents
        return (
            Addressee(
                role, (), first, child, parents_of.genitive, parents_of.span, parents_of.typed
            ),
            spans,
        )
    group = ""
    of = _GROUP_OF.search(text)
    if role is Role.GROUP and of and _genitive(of["of"]):
        group = of["of"]
        if not found:  # a teacher greeted ("(Hr. Lenz)") leaves the class's name unsaid
            spans.append(of.span("of"))
    elif role is Role.GROUP and (named := group_name(text)) is not None:
        group, typed, group_at = named
        return Addressee(role, tuple(found), first, child, group, group_at, typed), spans
    return (
        Addressee(
            role,
            tuple(found),
            first,
            child,
            group,
            organisation=organisation,
            said_otherwise=said_otherwise,
            parent=parent,
        ),
        spans,
    )
