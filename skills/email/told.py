"""A clause or sentence about the addressee, typed in the third person, told to them in every
part: "dass wir ihm keinen Platz anbieten können und er auf der Warteliste steht" → "… Ihnen …
und Sie … stehen"; "Wir können ihm leider … Er steht …" sentence by sentence; "his internship
starts … and he should report …" → "your … you should …". Whose pronoun it is is never
guessed: a part whose subject may be what the pronoun stands for is left as typed.
"""

from __future__ import annotations

import re

from bot.policy.pii_gazetteer import given_name_keys, lookup_key
from skills.email.addressed import (
    ENGLISH_PRONOUNS,
    GERMAN_POSSESSIVE,
    GERMAN_VERBS,
    TO_THE_WRITER,
    addressed_statement,
    english_one,
    english_owned,
    english_verb,
    german_owned,
)

# Sentences of a carried piece: a stop, then a capital ("… voll ist. Er steht …")
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])")


def told_statements(piece: str, du: bool, pronouns: frozenset[str]) -> str | None:
    """Each sentence of ``piece`` told to the addressee where it is about them: one opening
    with their pronoun ("Er steht auf der Warteliste." → "Sie stehen …"), one whose subject
    is the counsellor ("Wir können ihm leider keinen Platz anbieten" → "… Ihnen …"). None
    when nothing is told, or when someone else the pronouns may stand for is named."""
    if not pronouns <= GERMAN_POSSESSIVE.keys() or _someone_else_named(piece):
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
    if pronoun not in GERMAN_POSSESSIVE or words[0].lower() not in _COUNSELLOR:
        return None
    if pronoun == "sie" and any(word.rstrip(",.;!?") == "sie" for word in words[1:]):
        return None  # "wir haben sie angemeldet": an object "sie" is not told by this
    owner = GERMAN_POSSESSIVE[pronoun]
    told = " ".join(_object_or_owned(words, i, du, pronoun, owner) for i in range(len(words)))
    return None if told == sentence else told


def _someone_else_named(text: str) -> bool:
    """Whether ``text`` names a person by a given name ("Emre", "Lea"): "ihm" may be them."""
    names = given_name_keys()
    return any(lookup_key(word) in names for word in re.findall(r"\b[A-ZÄÖÜ][a-zäöüß]+\b", text))


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
    if TO_THE_WRITER.search(clause):
        return None
    if pronoun in ENGLISH_PRONOUNS:
        return _told_english(clause, pronoun)
    if pronoun not in GERMAN_POSSESSIVE:
        return None
    words = clause.split(" ")
    owner = GERMAN_POSSESSIVE[pronoun]
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
            forms = GERMAN_VERBS.get(verb)
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
    or a thing of the addressee's own ("sein Termin"); "dann melde ich ihn an" is the
    counsellor's too."""
    if not part:
        return False
    first = part[0]
    # "dann melde ich ihn an": the counsellor after an adverb and the verb
    later = len(part) > 2 and part[2] in _COUNSELLOR and part[0] in _THEN
    return (
        first in _COUNSELLOR
        or later
        or first in _TITLE_OF[pronoun]
        or owner.match(first) is not None
    )


_THEN = frozenset({"dann", "danach", "anschließend", "sonst", "gerne", "gern", "also"})


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
    return following not in _NOT_OWNED and following not in GERMAN_VERBS


_ENGLISH_OTHER_TITLE = {"he": frozenset({"Ms", "Mrs", "Miss"}), "she": frozenset({"Mr"})}
_ENGLISH_OWN = {"he": "his", "she": "her"}
_ENGLISH_OBJECT = {"he": "him", "she": "her"}


def _told_english(clause: str, pronoun: str) -> str | None:
    """An English "that" clause about the addressee told to them: "his internship starts on
    1 March and he should report to Ms Keller" → "your internship … and you should report
    …". Parts split at "and" and commas; None when a part's verb is unknown, nothing changes,
    or a part whose subject may be what the pronoun stands for has to be guessed."""
    words = clause.split(" ")
    starts = [0] + [
        i for i, w in enumerate(words) if w == "and" or (i and words[i - 1].endswith(","))
    ]
    told = list(words)
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(words)
        subject = start + (1 if words[start] == "and" else 0)
        if subject >= end:
            continue
        first = words[subject].rstrip(",.;!?")
        named = first.lower() == pronoun and subject + 1 < end
        if named:
            verb = english_verb(words[subject + 1])
            if verb is None:
                return None
            told[subject], told[subject + 1] = "you", verb
        certain = (
            named
            or first.lower() in {"i", "we"}
            or first.rstrip(".") in _ENGLISH_OTHER_TITLE[pronoun]
            or first.lower() == _ENGLISH_OWN[pronoun]
        )
        for i in range(subject + (2 if named else 0), end):
            bare = words[i].rstrip(",.;!?")
            tail = words[i][len(bare) :]
            if bare.lower() == _ENGLISH_OBJECT[pronoun] and pronoun == "he":
                said = "you" + tail
            elif bare.lower() == _ENGLISH_OWN[pronoun]:
                said = english_owned(words, i)
            else:
                continue
            if not certain:
                return None  # left as typed, never guessed
            told[i] = said
    result = " ".join(told)
    return None if result == clause else result


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
        return german_owned(bare, du, owner) + tail
    if pronoun == "sie" and bare == "ihr":
        return ("dir" if du else "Ihnen") + tail  # a dative, not a possessive
    return word


def _one_pronoun(clause: str, pronouns: frozenset[str]) -> str | None:
    """The addressee's pronoun in ``clause``: the one of ``pronouns``; with both (a first name
    of unknown gender) the one gender the clause's own pronouns say, if only one."""
    pronouns = english_one(clause, pronouns)
    if len(pronouns) == 1:
        return next(iter(pronouns))
    if pronouns != frozenset({"er", "sie"}):
        return None
    words = {word.rstrip(",.;!?") for word in clause.split(" ")}
    masculine = bool(words & _MASCULINE) or any(
        GERMAN_POSSESSIVE["er"].match(word) for word in words
    )
    feminine = bool(words & _FEMININE) or any(
        GERMAN_POSSESSIVE["sie"].match(word) for word in words
    )
    if masculine == feminine:
        return None
    return "er" if masculine else "sie"
