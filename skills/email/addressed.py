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

from bot.policy.pii_gazetteer import given_name_keys, lookup_key
from skills.email.model import EmailRequest, Gender, Role

# third person singular → (Sie, du); only verbs whose forms are certain
_GERMAN_VERBS: dict[str, tuple[str, str]] = {
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
}
_ENGLISH_VERBS: dict[str, str] = {
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
}
# whose a possessive says: "sein…" is his, "ihr…" hers (another's stays as typed)
_GERMAN_POSSESSIVE = {
    "er": re.compile(r"^sein(e|en|em|er|es)?$"),
    "sie": re.compile(r"^ihr(e|en|em|er|es)?$"),
}
# "her" before one of these (or at a clause's end) is the object ("contact her when …")
_ENGLISH_NOT_OWNED = frozenset(
    {"to", "at", "in", "on", "when", "if", "and", "or", "that", "a", "an", "the", "by", "as"}
)
_ENGLISH_PRONOUNS = frozenset({"he", "she"})
# What the writer is asked to say ("bitte erwähnen, dass …"): the words around it are notes
# to the writer, not sentences to the addressee
_TO_THE_WRITER = re.compile(
    r"\b(?:erwähn\w*|schreib\w*|formulier\w*|hinweis\w*|mitteil\w*|ausricht\w*"
    r"|mention\w*|write|point\s+out)\b",
    re.IGNORECASE,
)


def addressed_statement(clause: str, du: bool, pronouns: frozenset[str]) -> str | None:
    """``clause`` told to the addressee when it opens with their one pronoun (``pronouns``,
    lower case: "er"/"sie" or "he"/"she") and a known finite verb; else None. A later part
    after a comma that opens with the pronoun is told to them too ("…, he should bring his
    CV"); one whose verb is unknown leaves the whole clause as typed (never half told)."""
    if _TO_THE_WRITER.search(clause):
        return None  # "er ist hörgeschädigt, bitte erwähnen, dass …" is a note to the writer
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
    if pronoun in _ENGLISH_PRONOUNS:
        rest = [_english_owned(words, i) for i in range(2 if opens else 0, len(words))]
        if not opens:
            return " ".join(rest)
        verb = _ENGLISH_VERBS.get(words[1].lower())
        return None if verb is None else " ".join(["you", verb, *rest])
    owner = _GERMAN_POSSESSIVE[pronoun]
    rest = [_german_owned(word, du, owner) for word in words[2 if opens else 0 :]]
    if not opens:
        return " ".join(rest)
    forms = _GERMAN_VERBS.get(words[1].lower())
    if forms is None:
        return None
    return " ".join(["du" if du else "Sie", forms[1] if du else forms[0], *rest])


def _german_owned(word: str, du: bool, owner: re.Pattern[str]) -> str:
    owned = owner.match(word)
    if owned is None:
        return word
    return ("dein" if du else "Ihr") + (owned.group(1) or "")


def _english_owned(words: list[str], i: int) -> str:
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


# Sentences of a carried piece: a stop, then a capital ("… voll ist. Er steht …")
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])")


def told_statements(piece: str, du: bool, pronouns: frozenset[str]) -> str | None:
    """Each sentence of ``piece`` told to the addressee where it is about them: one opening
    with their pronoun ("Er steht auf der Warteliste." → "Sie stehen …"), one whose subject
    is the counsellor ("Wir können ihm leider keinen Platz anbieten" → "… Ihnen …"). None
    when nothing is told, or when someone else the pronouns may stand for is named."""
    if not pronouns <= _GERMAN_POSSESSIVE.keys() or _someone_else_named(piece):
        return addressed_statement(piece, du, pronouns)  # English: the piece as a whole
    sentences = _SENTENCES.split(piece)
    told = [
        addressed_statement(sentence, du, pronouns) or _counsellor_told(sentence, du, pronouns)
        for sentence in sentences
    ]
    if all(t is None for t in told):
        return None
    return " ".join(
        _capital_as(sentence, t) if t else sentence
        for t, sentence in zip(told, sentences, strict=True)
    )


def _capital_as(typed: str, told: str) -> str:
    """``told`` opening in capitals when ``typed`` did ("Er steht …" → "Sie stehen …")."""
    return told[:1].upper() + told[1:] if typed[:1].isupper() else told


def _counsellor_told(sentence: str, du: bool, pronouns: frozenset[str]) -> str | None:
    words = sentence.split(" ")
    pronoun = _one_pronoun(sentence, pronouns)
    if pronoun not in _GERMAN_POSSESSIVE or words[0].lower() not in _COUNSELLOR:
        return None
    if pronoun == "sie" and any(word.rstrip(",.;!?") == "sie" for word in words[1:]):
        return None  # "wir haben sie angemeldet": an object "sie" is not told by this
    owner = _GERMAN_POSSESSIVE[pronoun]
    told = " ".join(_object_or_owned(words, i, du, pronoun, owner) for i in range(len(words)))
    return None if told == sentence else told


def _someone_else_named(text: str) -> bool:
    """Whether ``text`` names a person by a given name ("Emre", "Lea"): "ihm" may be them."""
    names = given_name_keys()
    return any(lookup_key(word) in names for word in re.findall(r"\b[A-ZÄÖÜ][a-zäöüß]+\b", text))


def is_finite_verb(word: str) -> bool:
    """Whether ``word`` is a known verb of the third person singular ("hat", "kommt")."""
    return word in _GERMAN_VERBS


# Inside a "dass" clause: what opens a part of it, the addressee's object pronouns, and the
# words after which "ihr" is a dative ("dass wir ihr einen Platz anbieten").
_OPENERS = frozenset(
    {"und", "oder", "aber", "wenn", "weil", "ob", "falls", "da", "dass", "sodass"}
)
_OBJECTS = {
    "er": {"ihm": ("Ihnen", "dir"), "ihn": ("Sie", "dich")},
    "sie": {},
}
_ARTICLES = frozenset(
    {"ein", "eine", "einen", "den", "die", "das", "dem", "der", "kein", "keinen"}
)
_MASCULINE = frozenset({"er", "ihm", "ihn"})
_FEMININE = frozenset({"sie", "ihr"})


def told_clause(clause: str, du: bool, pronouns: frozenset[str]) -> str | None:
    """A "dass" clause about the addressee told to them: "wir ihm leider keinen Platz anbieten
    können und er auf der Warteliste steht" → "wir Ihnen leider keinen Platz anbieten können
    und Sie auf der Warteliste stehen". Each part (split at commas and "und", "wenn", …) whose
    subject is the addressee's pronoun has its last word, the finite verb, said to them;
    their object pronouns and possessives become theirs. None when nothing changes or a
    part's verb is unknown (never half told)."""
    pronoun = _one_pronoun(clause, pronouns)
    if pronoun not in _GERMAN_POSSESSIVE or _TO_THE_WRITER.search(clause):
        return None  # an English clause is told by addressed_statement
    words = clause.split(" ")
    owner = _GERMAN_POSSESSIVE[pronoun]
    starts = [0] + [
        i for i, word in enumerate(words) if word in _OPENERS or (i and words[i - 1].endswith(","))
    ]
    told = list(words)
    addressed = False  # whether the part before had the addressee as its subject
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(words)
        opener = 1 if words[start] in _OPENERS else 0
        subject = start + opener
        named = subject < end - 1 and words[subject] == pronoun
        # "… bekommen hat und sich bei Frau Berg melden soll": the subject said once
        shared = addressed and words[start] in _JOINING and _no_subject(words[subject])
        if named or shared:
            last = words[end - 1]
            verb = last.rstrip(",.;!?")
            forms = _GERMAN_VERBS.get(verb)
            if forms is None:
                return None
            if named:
                told[subject] = "du" if du else "Sie"
            told[end - 1] = (forms[1] if du else forms[0]) + last[len(verb) :]
        addressed = named or shared
        # "dass Emre sein Praktikum beginnt": whose "sein" is that? Only a part whose subject
        # cannot be what the pronoun stands for has the addressee's pronouns told
        certain = addressed or _other_subject(words[start + opener :], pronoun, owner)
        for i in range(start, end):
            if told[i] != words[i]:
                continue  # subject and verb are said already
            if addressed and words[i] == "sich" and du:
                told[i] = "dich"
                continue
            said = _object_or_owned(words, i, du, pronoun, owner)
            if said != words[i] and not certain:
                return None  # left as typed, never guessed
            told[i] = said
    result = " ".join(told)
    return None if result == clause else result


_JOINING = frozenset({"und", "oder", "aber"})
_COUNSELLOR = frozenset({"ich", "wir", "man"})
_TITLE_OF = {"er": frozenset({"Frau", "Fr."}), "sie": frozenset({"Herr", "Herrn", "Hr."})}


def _other_subject(part: list[str], pronoun: str, owner: re.Pattern[str]) -> bool:
    """Whether the part's subject is surely not the one the pronoun stands for: the
    counsellor ("ich", "wir"), someone titled of the other gender ("Frau Lenz" beside "ihn"),
    or a thing of the addressee's own ("sein Termin")."""
    if not part:
        return False
    first = part[0]
    return first in _COUNSELLOR or first in _TITLE_OF[pronoun] or owner.match(first) is not None


# What follows a dative "ihr" or the verb "sein", never a thing owned
_NOT_OWNED = _ARTICLES | frozenset(
    {
        "etwas",
        "nichts",
        "alles",
        "gern",
        "gerne",
        "noch",
        "auch",
        "bitte",
        "dann",
        "morgen",
        "heute",
        "bald",
        "schon",
        "nicht",
        "kurz",
        "sofort",
        "rechtzeitig",
        "zu",
        "mit",
        "bei",
        "sollen",
        "müssen",
        "können",
        "wird",
        "kann",
        "will",
        "möchte",
        "und",
        "oder",
    }
)
# Words that open a part without a subject of its own ("und sich …", "und bei Frau Berg …")
_NO_SUBJECT = re.compile(r"sich|[a-zäöüß]+")
_SUBJECTS = frozenset({"ich", "wir", "es", "man", "er", "sie", "du", "ihr"}) | _ARTICLES


def _no_subject(word: str) -> bool:
    return _NO_SUBJECT.fullmatch(word) is not None and word not in _SUBJECTS


def _possessive_at(words: list[str], i: int) -> bool:
    """Whether "sein"/"ihr" at ``i`` owns what follows ("ihr Vertrag", "ihr praktikum"), not
    the verb "sein" ("pünktlich sein soll") or a dative "ihr" ("wir ihr gern helfen")."""
    if i + 1 >= len(words) or words[i] != words[i].rstrip(",.;!?"):
        return False
    following = words[i + 1].rstrip(",.;!?").lower()
    return following not in _NOT_OWNED and following not in _GERMAN_VERBS


def _object_or_owned(
    words: list[str], i: int, du: bool, pronoun: str, owner: re.Pattern[str]
) -> str:
    word = words[i]
    bare = word.rstrip(",.;!?")
    tail = word[len(bare) :]
    said = _OBJECTS[pronoun].get(bare)
    if said is not None:
        return said[1 if du else 0] + tail
    if owner.match(bare) and _possessive_at(words, i):
        return _german_owned(bare, du, owner) + tail
    if pronoun == "sie" and bare == "ihr":
        return ("dir" if du else "Ihnen") + tail  # a dative, not a possessive
    return word


def _one_pronoun(clause: str, pronouns: frozenset[str]) -> str | None:
    """The addressee's pronoun in ``clause``: the one of ``pronouns``; with both (a first name
    of unknown gender) the one gender the clause's own pronouns say, if only one."""
    if len(pronouns) == 1:
        return next(iter(pronouns))
    if pronouns != frozenset({"er", "sie"}):
        return None
    words = {word.rstrip(",.;!?") for word in clause.split(" ")}
    masculine = bool(words & _MASCULINE) or any(
        _GERMAN_POSSESSIVE["er"].match(word) for word in words
    )
    feminine = bool(words & _FEMININE) or any(
        _GERMAN_POSSESSIVE["sie"].match(word) for word in words
    )
    if masculine == feminine:
        return None
    return "er" if masculine else "sie"


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
