"""A statement about the addressee, typed in the third person, told to them.

"Zusage an Frau Yilmaz: sie hat den Platz im Bewerbungstraining …" carried as typed reads
"Sehr geehrte Frau Yilmaz, sie hat den Platz …" – as if about someone else. When the
statement opens with the addressee's own pronoun (the one person the email is for, of the
one gender the request gives) and a finite verb of the third person singular, the verb is
said to them instead ("Sie haben den Platz …", "du hast …", "you got …"), and their
possessives become theirs ("ihr Vorstellungsgespräch" → "Ihr Vorstellungsgespräch").
Every other word stays as typed; an unknown verb leaves the statement as it was.
"""

from __future__ import annotations

import re

from skills.email.model import EmailRequest, Gender, Role

# third person singular → (Sie, du); only verbs whose forms are certain
GERMAN_VERBS: dict[str, tuple[str, str]] = {
    "hat": ("haben", "hast"),
    "ist": ("sind", "bist"),
    "war": ("waren", "warst"),
    "hatte": ("hatten", "hattest"),
    "wird": ("werden", "wirst"),
    "kann": ("können", "kannst"),
    "darf": ("dürfen", "darfst"),
    "bekommt": ("bekommen", "bekommst"),
    "erhält": ("erhalten", "erhältst"),
    "steht": ("stehen", "stehst"),
    "beginnt": ("beginnen", "beginnst"),
    "startet": ("starten", "startest"),
    # modals and verbs a "dass" clause about the addressee ends with
    "soll": ("sollen", "sollst"),
    "sollte": ("sollten", "solltest"),
    "muss": ("müssen", "musst"),
    "müsste": ("müssten", "müsstest"),
    "will": ("wollen", "willst"),
    "möchte": ("möchten", "möchtest"),
    "könnte": ("könnten", "könntest"),
    "kommt": ("kommen", "kommst"),
    "braucht": ("brauchen", "brauchst"),
    "bringt": ("bringen", "bringst"),
    "geht": ("gehen", "gehst"),
    "macht": ("machen", "machst"),
    "findet": ("finden", "findest"),
    "bekam": ("bekamen", "bekamst"),
    "weiß": ("wissen", "weißt"),
    "anfängt": ("anfangen", "anfängst"),
    "mitbringt": ("mitbringen", "mitbringst"),
    "teilnimmt": ("teilnehmen", "teilnimmst"),
    "wurde": ("wurden", "wurdest"),
    # verbs an inquiry in the third person ends with ("ob er … sucht")
    "sucht": ("suchen", "suchst"),
    "hätte": ("hätten", "hättest"),
    "anbietet": ("anbieten", "anbietest"),
    "nimmt": ("nehmen", "nimmst"),
    # verbs of the steps a follow-up lists ("er bewirbt sich bis …", "sie meldet sich …")
    "bewirbt": ("bewerben", "bewirbst"),
    "meldet": ("melden", "meldest"),
    "schickt": ("schicken", "schickst"),
    "sendet": ("senden", "sendest"),
    "schreibt": ("schreiben", "schreibst"),
    "ruft": ("rufen", "rufst"),
    "informiert": ("informieren", "informierst"),
    "erkundigt": ("erkundigen", "erkundigst"),
    "kümmert": ("kümmern", "kümmerst"),
    "klärt": ("klären", "klärst"),
    "fragt": ("fragen", "fragst"),
    "besucht": ("besuchen", "besuchst"),
    "überarbeitet": ("überarbeiten", "überarbeitest"),
    "erstellt": ("erstellen", "erstellst"),
    "füllt": ("füllen", "füllst"),
    "reicht": ("reichen", "reichst"),
    "beantragt": ("beantragen", "beantragst"),
    "besorgt": ("besorgen", "besorgst"),
    "holt": ("holen", "holst"),
    "gibt": ("geben", "gibst"),
    "liest": ("lesen", "liest"),
    "sieht": ("sehen", "siehst"),
    "schaut": ("schauen", "schaust"),
    "überlegt": ("überlegen", "überlegst"),
    "entscheidet": ("entscheiden", "entscheidest"),
    "recherchiert": ("recherchieren", "recherchierst"),
    "vereinbart": ("vereinbaren", "vereinbarst"),
    "bereitet": ("bereiten", "bereitest"),
    "übt": ("üben", "übst"),
    "absolviert": ("absolvieren", "absolvierst"),
    "nachreicht": ("nachreichen", "nachreichst"),
    "einreicht": ("einreichen", "einreichst"),
    "anruft": ("anrufen", "anrufst"),
    "zurückruft": ("zurückrufen", "zurückrufst"),
    "vorbeikommt": ("vorbeikommen", "vorbeikommst"),
    "vorbereitet": ("vorbereiten", "vorbereitest"),
    "abgibt": ("abgeben", "abgibst"),
    "ausfüllt": ("ausfüllen", "ausfüllst"),
    "zuschickt": ("zuschicken", "zuschickst"),
    # verbs of the addressee's own plans, asked of them ("ob er noch ein Studium plant", "ob
    # sie noch vorhat, …", "ob er die Ausbildung abbricht")
    "plant": ("planen", "planst"),
    "vorhat": ("vorhaben", "vorhast"),
    "wünscht": ("wünschen", "wünschst"),
    "denkt": ("denken", "denkst"),
    "abbricht": ("abbrechen", "abbrichst"),
    "wechselt": ("wechseln", "wechselst"),
    "weitermacht": ("weitermachen", "weitermachst"),
    "nachholt": ("nachholen", "nachholst"),
    "anstrebt": ("anstreben", "anstrebst"),
    "bleibt": ("bleiben", "bleibst"),
}
ENGLISH_VERBS: dict[str, str] = {
    "has": "have",
    "is": "are",
    "was": "were",
    "got": "got",
    "gets": "get",
    "will": "will",
    "can": "can",
    "starts": "start",
    "needs": "need",
    "should": "should",
    "must": "must",
    # the addressee's own wish or step: "he wants to move his appointment …"
    "wants": "want",
    "wanted": "wanted",
    "would": "would",
    "had": "had",
    "cancelled": "cancelled",
    "canceled": "canceled",
    "asked": "asked",
    "does": "do",
    "doesn't": "don't",
    "doesn’t": "don’t",
    "doesnt": "don't",
    "isn't": "aren't",
    "isnt": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "could": "could",
    "may": "may",
    "might": "might",
    "did": "did",
    "didn't": "didn't",
    "didnt": "didn't",
    "won't": "won't",
    "made": "made",
    "took": "took",
    "came": "came",
    "went": "went",
    "left": "left",
    "sent": "sent",
    "won": "won",
    "began": "began",
    "found": "found",
}
# A regular past tense is said alike to everyone: "he passed" → "you passed"
_ENGLISH_PAST = re.compile(r"[a-z]{2,}ed")


def english_verb(word: str) -> str | None:
    """The second person of an English verb of the third person ("has" → "have", "passed"
    stays); None when the word is no verb known."""
    word = word.lower()
    said = ENGLISH_VERBS.get(word)
    if said is None and _ENGLISH_PAST.fullmatch(word):
        return word
    return said


# whose a possessive says: "sein…" is his, "ihr…" hers (another's stays as typed)
GERMAN_POSSESSIVE = {
    "er": re.compile(r"^sein(e|en|em|er|es)?$"),
    "sie": re.compile(r"^ihr(e|en|em|er|es)?$"),
}
# "her" before one of these (or at a clause's end) is the object ("contact her when …")
_ENGLISH_NOT_OWNED = frozenset(
    {"to", "at", "in", "on", "when", "if", "and", "or", "that", "a", "an", "the", "by", "as"}
)
ENGLISH_PRONOUNS = frozenset({"he", "she"})
# What the writer is asked to say ("bitte erwähnen, dass …"): the words around it are notes
# to the writer, not sentences to the addressee
TO_THE_WRITER = re.compile(
    r"\b(?:erwähn\w*|schreib\w*|formulier\w*|hinweis\w*|mitteil\w*|ausricht\w*"
    r"|mention\w*|write|point\s+out"
    # "…, tell her Thursday works", "say no problem and ask her to call …"
    r"|tell\s+(?:him|her)|ask\s+(?:him|her)|say)\b",
    re.IGNORECASE,
)


_WOULD = re.compile(r"^(he|she)['’]d\b", re.IGNORECASE)


def addressed_statement(clause: str, du: bool, pronouns: frozenset[str]) -> str | None:
    """``clause`` told to the addressee when it opens with their one pronoun (``pronouns``,
    lower case: "er"/"sie" or "he"/"she") and a known finite verb; else None. A later part
    after a comma that opens with the pronoun is told to them too ("…, he should bring his
    CV"); one whose verb is unknown leaves the whole clause as typed (never half told)."""
    if TO_THE_WRITER.search(clause):
        return None  # "er ist hörgeschädigt, bitte erwähnen, dass …" is a note to the writer
    clause = _WOULD.sub(r"\1 would", clause)  # "she'd like to …"
    pronouns = english_one(clause, pronouns)
    parts = clause.split(", ")
    first = parts[0].split(" ")
    if len(pronouns) != 1 or len(first) < 3 or first[0].lower() not in pronouns:
        return None
    told = [_told(part.split(" "), du, pronouns) for part in parts]
    if told[0] is None or any(t is None for t in told):
        return None
    return ", ".join(t for t in told if t is not None)


def _told(words: list[str], du: bool, pronouns: frozenset[str]) -> str | None:
    """One comma-separated part: its subject and verb said to the addressee when it opens
    with their pronoun, their possessives theirs in any case; None for an unknown verb."""
    pronoun = next(iter(pronouns))
    opens = len(words) > 1 and words[0].lower() == pronoun
    if pronoun in ENGLISH_PRONOUNS:
        rest = [english_owned(words, i) for i in range(2 if opens else 0, len(words))]
        if not opens:
            return " ".join(rest)
        verb = english_verb(words[1])
        return None if verb is None else " ".join(["you", verb, *rest])
    owner = GERMAN_POSSESSIVE[pronoun]
    rest = [german_owned(word, du, owner) for word in words[2 if opens else 0 :]]
    if not opens:
        return " ".join(rest)
    forms = GERMAN_VERBS.get(words[1].lower())
    if forms is None:
        return None
    return " ".join(["du" if du else "Sie", forms[1] if du else forms[0], *rest])


def german_owned(word: str, du: bool, owner: re.Pattern[str]) -> str:
    owned = owner.match(word)
    if owned is None:
        return word
    return ("dein" if du else "Ihr") + (owned.group(1) or "")


def english_owned(words: list[str], i: int) -> str:
    word = words[i]
    if word == "his":
        return "your"
    if word != "her":
        return word
    following = words[i + 1].lower() if i + 1 < len(words) else ""
    owned = (
        following and following.strip(",.;") == following and following not in _ENGLISH_NOT_OWNED
    )
    return "your" if owned else "you"


_ENGLISH_PRONOUN = {"er": "he", "sie": "she"}
_ENGLISH_GENDER = {
    "he": frozenset({"he", "him", "his", "himself"}),
    "she": frozenset({"she", "her", "hers", "herself"}),
}


def english_one(clause: str, pronouns: frozenset[str]) -> frozenset[str]:
    """An English addressee of either gender (a first name: "he"/"she" both) narrowed to the
    one the clause's own pronouns say ("tell Maya that she has to call her …"); ``pronouns``
    as given otherwise, or when the clause says both."""
    if pronouns != ENGLISH_PRONOUNS:
        return pronouns
    said = {word.strip(",.;:!?").lower() for word in clause.split()}
    found = [pronoun for pronoun, forms in _ENGLISH_GENDER.items() if said & forms]
    return frozenset(found) if len(found) == 1 else pronouns


def is_finite_verb(word: str) -> bool:
    """Whether ``word`` is a known verb of the third person singular ("hat", "kommt")."""
    return word in GERMAN_VERBS


def addressee_pronouns(request: EmailRequest, language: str) -> frozenset[str]:
    """The pronouns a German request uses for the one person the email is for ("Er soll …"
    in a mail to Herrn Mayer); none when it is for parents, a group or several people, where
    "er"/"sie" is someone else; an English request's "he"/"she" for ``language`` "en"."""
    german = _german_pronouns(request)
    if language != "de":
        return frozenset(_ENGLISH_PRONOUN[pronoun] for pronoun in german)
    return german


# someone named with a title: the request's "Frau"/"Herr" may be theirs, not the addressee's
_TITLED = re.compile(r"\b(?:[Ff]rau|[Hh]errn?|Fr\.|Hr\.)\s+[A-ZÄÖÜ]")


def _german_pronouns(request: EmailRequest) -> frozenset[str]:
    to = request.addressee
    if to.role is not Role.CLIENT or len(to.people) > 1 or to.child:
        return frozenset()
    gender = to.people[0].gender if to.people else request.gender
    if not to.people and _TITLED.search(request.wording):
        gender = Gender.UNKNOWN  # "Frau Berg" named beside Jonas says nothing of Jonas
    if gender is Gender.MALE:
        return frozenset({"er"})
    if gender is Gender.FEMALE:
        return frozenset({"sie"})
    return frozenset({"er", "sie"}) if to.people or to.first_name else frozenset()
