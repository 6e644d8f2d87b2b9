"""Where a carried run of words starts and ends (skills.email.carry): the words it leans on
("Sprachzertifikat B1", "Herrn Schneider"), the subject that opens its clause ("er ist am …",
"Herr Brandt möchte …"), the noun it is attached to, the name right after it."""

from __future__ import annotations

Span = tuple[int, int]
_LEAN = 2  # words with meaning a run takes along on its left ("Sprachzertifikat B1")
# Words that introduce what follows: "an Herrn Schneider … schicken" keeps "Herrn", a carried
# room number keeps "Raum".
_INTRODUCERS = frozenset(
    {"frau", "herr", "herrn", "hr", "fr", "dr", "prof", "mr", "mrs", "ms"}
    | {"raum", "zimmer", "room", "tel", "telefon", "phone"}
    | {"st", "sankt"}  # "St. Marien-Hospital"
)
_HONORIFICS = frozenset({"frau", "herr", "herrn", "hr", "fr", "mr", "mrs", "ms"})


def lean(
    tokens: list[tuple[Span, str]],
    usable: list[bool],
    lacking: list[bool],
    filler: list[bool],
    first: int,
) -> int:
    """Where a run starts once it takes along, on its left, up to two words it leans on: known
    words ("Sprachzertifikat B1"), also across one filler word ("Kontoauszüge der letzten 3
    Monate"), and words that introduce it ("Herrn Schneider", "Raum 2.10")."""

    def leans_on(index: int) -> bool:
        known = usable[index] and not lacking[index]
        return known or tokens[index][1].lower() in _INTRODUCERS

    for _ in range(_LEAN):
        if first > 0 and leans_on(first - 1):
            first -= 1
        elif first > 1 and filler[first - 1] and leans_on(first - 2):
            first -= 2
        else:
            break
    return first


# The subject of a clause: "er ist am 08.01. nicht erschienen", "wir treffen uns am …" ("du"
# and "ihr" are left out: "(du)" and "kannst du" speak to the assistant, "ihr" is mostly "her")
SUBJECTS = frozenset({"ich", "er", "sie", "es", "wir", "i", "he", "she", "we", "they"})
# "Er soll …", "she should …": asked of the addressee, rewritten as a request elsewhere
_ASKED = frozenset({"soll", "sollte", "sollen", "muss", "müssen", "should", "must"})
# A word that opens a subordinate clause stays with its subject: "ob er … abgeschickt hat",
# "Falls er einen Dolmetscher braucht" (the condition is a fact too)
_SUBORDINATORS = frozenset(
    {"ob", "weil", "wenn", "falls", "sofern", "sobald", "if", "whether", "because", "unless"}
)


_QUESTION = frozenset({"ob", "whether"})


def clause_opening(tokens: list[tuple[Span, str]], filler: list[bool], first: int) -> int:
    """Where a run starts once it takes along the filler before it that holds the clause's
    subject: "er ist am 08.01. nicht erschienen" keeps "er ist am", where "08.01. nicht
    erschienen" would say nothing of whom; other filler ("an die …") stays behind."""
    start = first
    while start > 0 and filler[start - 1]:
        start -= 1
    opening = [word.lower() for _, word in tokens[start:first]]
    subject = next((i for i, word in enumerate(opening) if word in SUBJECTS), None)
    if subject is None and _named_subject(tokens, start, opening):
        return start - 2  # "Herr Brandt möchte seinen Termin am 26.01. absagen" (whole)
    if subject is None:
        # "ob der Termin am 29.01. … passt": a question's opening stays with what it asks
        asked = next((i for i, word in enumerate(opening) if word in _QUESTION), None)
        return first if asked is None else start + asked
    if start + subject + 1 < len(tokens) and tokens[start + subject + 1][1].lower() in _ASKED:
        return first  # "Er soll seine Brille mitbringen" is asked of the addressee (clauses)
    opened = start + subject
    # the subordinator may be a word the draft says elsewhere ("Falls nicht, …"), so no filler
    if opened > 0 and tokens[opened - 1][1].lower() in _SUBORDINATORS:
        opened -= 1
    return opened


# A person's own wish or step, told after their name: "Herr Brandt möchte …", "Ms. Novak
# wants …" (what is asked of them, "soll …", is said by the clauses as a request)
_OWN_STEP_VERBS = frozenset(
    {"möchte", "will", "wollte", "hat", "hatte", "kann", "konnte", "wants", "wanted", "would"}
    | {"has", "had"}
)


def _named_subject(tokens: list[tuple[Span, str]], start: int, opening: list[str]) -> bool:
    """The filler before a run opens with a person's own verb right after their titled name."""
    if start < 2 or not opening or opening[0] not in _OWN_STEP_VERBS:
        return False
    return tokens[start - 2][1].lower() in _HONORIFICS and tokens[start - 1][1][:1].isalpha()


# Prepositions that attach what follows to the noun before them: "Unterlagen für den Betrieb
# Müller", "Fragen zum Praktikum bei Firma X"
_ATTACHING = frozenset(
    {"für", "fuer", "von", "vom", "zum", "zur", "mit", "bei", "beim", "aus", "über", "for"}
    | {"from", "with", "about"}
)
_ARTICLES = frozenset({"den", "die", "das", "dem", "der", "des", "the", "a", "an"})


def attached(tokens: list[tuple[Span, str]], filler: list[bool], first: int) -> int:
    """Where a run starts once it takes along the noun it is attached to by a preposition:
    "Unterlagen für den Betrieb Müller mitbringen", where "Betrieb Müller mitbringen" would
    ask to bring the company. Only a capitalised noun the draft does not account for."""
    at = first - 1
    if at >= 0 and filler[at] and tokens[at][1].lower() in _ARTICLES:
        at -= 1
    if at < 1 or not filler[at] or tokens[at][1].lower() not in _ATTACHING:
        return first
    noun = at - 1
    word = tokens[noun][1]
    if filler[noun] and word[:1].isupper() and word.isalpha() and len(word) > 3:
        return noun
    return first


def named_on(tokens: list[tuple[Span, str]], usable: list[bool], last: int) -> int:
    """Where a run of capitalised words ends once it takes along the capitalised word right
    after it that the draft says elsewhere: "Tischlerei Vogt" stays whole when the greeting
    already says "Herr Vogt"; and a titled person right after it: "Ansprechpartner Herr
    Krüger" stays whole when the draft names "Autohaus Krüger"."""
    following = last + 1
    if (
        following < len(tokens)
        and tokens[following][1].lower() in _HONORIFICS
        and tokens[last][0][1] + 1 == tokens[following][0][0]  # not "9c (Hr. …"
    ):
        name = following + 1
        while name < len(tokens) and tokens[name][1].lower() in ("dr", "prof"):
            name += 1
        if name < len(tokens) and tokens[name][1][:1].isupper():
            return name
    if (
        following < len(tokens)
        and usable[following]
        and tokens[last][1][:1].isupper()
        and tokens[following][1][:1].isupper()
        and tokens[following][1].isalpha()
        and tokens[last][0][1] + 1 == tokens[following][0][0]
    ):
        return following
    return last
