"""A "dass" clause of the request becomes a sentence of the letter, never a fragment.

"Schreib Jonas per du, dass er am 19.02.2027 um 15 Uhr vorbeikommen soll": what the template
cannot place of the clause is carried, and carried as a clause it would read
"19.02.2027 um 15 Uhr vorbeikommen soll". A simple "soll/muss + infinitive" clause about the
addressee is turned into a request ("Bitte komm am 19.02.2027 um 15 Uhr vorbei."); any other
clause is carried whole, inside a sentence of its own ("…, dass der Termin ausfällt.").
Every word of the clause stays; only the verb moves.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from skills.email.addressed import addressed_statement, is_finite_verb
from skills.email.told import told_clause, told_statements
from skills.email.words import words

Span = tuple[int, int]
Say = Callable[..., str]

DASS = re.compile(r"\b(?:dass|daß)\s+", re.IGNORECASE)  # what opens a "dass" clause
# Where a clause ends: a line, a semicolon, a comma, a sentence end (not a date's dot,
# "19.02.2027", nor an abbreviation's, "Tel.").
_END = re.compile(r"\n|;|,|(?<!\d)(?<!\b\w)(?<!\b\w\w)(?<!\b\w\w\w)[.!?](?=\s|$)")
_ADDRESSEE_PRONOUNS = frozenset({"er", "sie", "du", "Sie"})
_MODALS = frozenset(
    {"soll", "sollte", "sollst", "solle", "muss", "musst", "müsse", "sollen", "müssen"}
)
_INFINITIVE = re.compile(r"[a-zäöüß]{2,}(?:en|ern|eln|un|in)$")
# whose things and self: "seine Unterlagen" of "er" are "deine"/"Ihre" in the letter
_POSSESSIVE = re.compile(r"^(?:sein|ihr)(e|en|em|er|es)?$")
_STEM_TAKES_E = re.compile(r"(?:[dt]|ig|[^aeiouäöülrhmn][mn]|er|el)$")


SENTENCE_END = re.compile(r"\n|;|(?<!\d)(?<!\b\w)(?<!\b\w\w)(?<!\b\w\w\w)[.!?](?=\s|$)")
_MODAL = re.compile(rf"\b(?:{'|'.join(sorted(_MODALS))})\b")
# after a comma, a new subject or conjunction starts a clause of its own
_NEW_CLAUSE = re.compile(
    r",\s*(?:er|sie|es|ich|wir|du|dass|und|oder|aber|weil|wenn|damit|denn|da)\b", re.I
)


def _stretched(text: str, start: int, stop: int) -> int:
    """ "dass sie bei der Firma X, Frau Sander, unter … anrufen soll": a clause about the
    addressee whose modal stands after an apposition's commas ends after its modal."""
    if _MODAL.search(text, start, stop) or text[start:].split(" ", 1)[0] not in ("er", "sie"):
        return stop
    sentence = SENTENCE_END.search(text, stop)
    modal = _MODAL.search(text, stop, sentence.start() if sentence else len(text))
    if modal is None or _NEW_CLAUSE.search(text, stop, modal.start()):
        return stop
    return modal.end()


# "write to Ahmed that his documents are complete": "that" after a verb of telling opens what
# to tell (not "the documents that she needs")
_THAT = re.compile(r"\bthat\s+", re.IGNORECASE)
_TELLING_BEFORE = re.compile(
    r"\b(?:write|tell|let\s+\S+(?:\s+\S+)?\s+know|inform|remind|say|confirm(?:ation)?|mention"
    r"|explain)"
    # a title's dot ("Mr. Hoffmann") ends no sentence
    r"\b(?:[^.!?\n:;]|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.){0,50}$",
    re.IGNORECASE,
)


# "Herr Okoye schreibt mir, dass er …", "sie hat gesagt, dass …", "he wrote that …": what
# someone else wrote or said, reported to the counsellor, is no clause to tell the addressee
_REPORTED_BEFORE = re.compile(
    r"\b(?:schreibt|schrieb|sagt|sagte|meint|meinte|erzählt|erzählte|berichtet|berichtete"
    r"|meldet|meldete|writes|wrote|says|said|mentioned"
    r"|(?:hat|hatte|has|had)(?:\s+\S+){0,3}?\s+(?:geschrieben|gesagt|gemeint|erzählt|berichtet"
    r"|mitgeteilt|gemeldet|written|said|told\s+(?:me|us)))"
    r"(?:\s+(?:mir|uns|me|us|heute|gestern|eben|today|yesterday))*\s*,?\s*$",
    re.IGNORECASE,
)


def _reported(text: str, at: int) -> bool:
    return _REPORTED_BEFORE.search(text, max(0, at - 60), at) is not None


def _openings(text: str) -> list[re.Match[str]]:
    found = [m for m in DASS.finditer(text) if not _reported(text, m.start())]
    found += [
        m
        for m in _THAT.finditer(text)
        if _TELLING_BEFORE.search(text, 0, m.start()) and not _reported(text, m.start())
    ]
    return sorted(found, key=lambda m: m.start())


def clause_spans(text: str) -> list[Span]:
    """The content of each "dass" clause in ``text`` (or an English "that" clause after a verb
    of telling): from after "dass" to where it ends."""
    spans: list[Span] = []
    for found in _openings(text):
        end = _END.search(text, found.end())
        stop = end.start() if end else len(text.rstrip())
        if end is not None and end.group(0) == ",":
            stop = _stretched(text, found.end(), stop)
            stop = _with_dependent(text, stop)
        spans.append((found.end(), stop))
    return spans


# "…, dass Frau Lenz ihn anruft, wenn er Zeit hat": a clause that depends on the told one
_DEPENDENT = re.compile(
    r",\s*(?:wenn|falls|sobald|sofern|weil|damit|bevor|nachdem|solange|obwohl|if|when|once"
    r"|because|as\s+soon\s+as)\b",
    re.IGNORECASE,
)


def _with_dependent(text: str, stop: int) -> int:
    """Where a told clause ends once the clauses that depend on it are taken along."""
    while (dependent := _DEPENDENT.match(text, stop)) is not None:
        end = _END.search(text, dependent.end())
        stop = end.start() if end else len(text.rstrip())
    return stop


def _split_separable(infinitive: str) -> tuple[str, str]:
    """("kommen", "vorbei") for "vorbeikommen"; the rest must still be a verb."""
    for prefix in words().separable_prefixes:
        rest = infinitive[len(prefix) :]
        if infinitive.startswith(prefix) and _INFINITIVE.fullmatch(rest) and len(rest) >= 4:
            return rest, prefix
    return infinitive, ""


def _du_imperative(verb: str) -> str:
    irregular = words().imperative_du.get(verb)
    if irregular:
        return irregular
    stem = verb[:-1] if verb.endswith(("ern", "eln")) else verb[:-2]
    return stem + "e" if _STEM_TAKES_E.search(stem) else stem


def _as_addressed(word: str, du: bool) -> str:
    """The addressee's own words: "seine"/"ihre" → "deine"/"Ihre", "sich" → "dich"."""
    if word == "sich":
        return "dich" if du else "sich"
    owned = _POSSESSIVE.match(word)
    if owned:
        return ("dein" if du else "Ihr") + (owned.group(1) or "")
    return word


def as_request(clause: str, du: bool, say: Say) -> str | None:
    """ "er am 19.02. vorbeikommen soll" → "Bitte komm am 19.02. vorbei.", or None when the
    clause is not a simple "soll/muss + infinitive" about the addressee."""
    tokens = clause.split()
    if len(tokens) < 3 or tokens[0] not in _ADDRESSEE_PRONOUNS or tokens[-1] not in _MODALS:
        return None
    infinitive = tokens[-2]
    if not _INFINITIVE.fullmatch(infinitive):
        return None
    typed = [word for word in tokens[1:-2] if word.lower() != "bitte"]
    if _statement_first(typed):
        return None  # told whole, each part to the addressee (addressed.told_clause)
    if _coordinated(typed):  # "unterschreiben und in der Schule abgeben"
        return _infinitive_request(typed, infinitive, du, say)
    verb, prefix = _split_separable(infinitive)
    middle = [_as_addressed(word, du) for word in typed]
    rest = " ".join([*middle, prefix]).strip()
    if du:
        told = say("common.clause.imperative_du", verb=_du_imperative(verb), rest=rest)
    else:
        told = say("common.clause.imperative_sie", verb=verb, rest=rest)
    return _DATE_THEN_STOP.sub("", told)


# "Er soll seinen Lebenslauf mitbringen.": the same request said in a sentence of its own,
# the modal second; "… mitnehmen und pünktlich sein" (two verbs) is left as typed.
_COORDINATED = frozenset({"und", "oder", "and", "or"})


def _coordinated(middle: list[str]) -> bool:
    """Two verbs joined ("… unterschreiben und … abgeben"): one imperative cannot say both,
    so the request is said in the infinitive ("Bitte … unterschreiben und … abgeben.")."""
    if not _COORDINATED & set(middle):
        return False
    joints = [i for i, word in enumerate(middle) if word in _COORDINATED and i > 0]
    return any(_INFINITIVE.fullmatch(middle[i - 1]) and middle[i - 1].islower() for i in joints)


def _statement_first(middle: list[str]) -> bool:
    """ "er die Zusage bekommen hat und sich … melden soll": a finite verb before "und" ends
    a statement of its own, so the clause is no single request."""
    joints = [i for i, word in enumerate(middle) if word in _COORDINATED and i > 0]
    return any(is_finite_verb(middle[i - 1]) for i in joints)


def _infinitive_request(middle: list[str], infinitive: str, du: bool, say: Say) -> str:
    """ "Bitte … unterschreiben und … abgeben.": whose things become the addressee's, a verb
    before "und" ("da sein und …") stays a verb."""
    addressed = [
        word if i + 1 < len(middle) and middle[i + 1] in _COORDINATED else _as_addressed(word, du)
        for i, word in enumerate(middle)
    ]
    return say("common.clause.infinitive", rest=" ".join([*addressed, infinitive]))


def as_told_request(sentence: str, du: bool, say: Say, pronouns: frozenset[str]) -> str | None:
    """ "Er soll seinen Lebenslauf mitbringen." → "Bitte bringen Sie Ihren Lebenslauf mit.",
    when its pronoun (one of ``pronouns``, lower case) is the addressee; else None."""
    tokens = sentence.strip().rstrip(".!").split()
    if len(tokens) < 4 or tokens[0].lower() not in pronouns or tokens[1] not in _MODALS:
        return None
    infinitive = tokens[-1]
    if not _INFINITIVE.fullmatch(infinitive):
        return None
    middle = [word for word in tokens[2:-1] if word.lower() != "bitte"]  # the request says it
    if any(word.endswith(",") for word in middle):
        return None  # a clause inside ("…, wenn er kann, …") is told as typed
    if _coordinated(middle):  # "die Mappe mitnehmen und pünktlich sein": two requests in one
        return _infinitive_request(middle, infinitive, du, say)
    verb, prefix = _split_separable(infinitive)
    rest = " ".join([*(_as_addressed(word, du) for word in middle), prefix]).strip()
    key = "common.clause.imperative_du" if du else "common.clause.imperative_sie"
    verb = _du_imperative(verb) if du else verb
    told = say(key, verb=verb, rest=rest).replace("  ", " ").replace(" .", ".")
    return _DATE_THEN_STOP.sub("", told)  # "bis 20.1." ends the sentence with its own dot


# The sentence's full stop right after a date's dot: "… bis 20.1.." says it once.
_DATE_THEN_STOP = re.compile(r"(?<=\d\.)\.(?=\s*$)")


def as_sentence(clause: str, du: bool, say: Say, pronouns: frozenset[str] = frozenset()) -> str:
    """The clause as a sentence of the letter: a request when it is one, else told whole; a
    clause about the addressee's own thing ("sein Termin … ausfällt" in a mail to Herrn X,
    the addressee's one pronoun in ``pronouns``) tells it as theirs ("Ihr Termin …")."""
    asked = as_request(clause, du, say)
    if asked is not None:
        return asked.replace("  ", " ").replace(" .", ".")
    clause = clause.rstrip(" .!?")  # the sentence ends it ("Can you write … that …?")
    # "she got …" → "you got …"; "… und er auf der Warteliste steht" → "… und Sie … stehen"
    addressed = addressed_statement(clause, du, pronouns) or told_clause(clause, du, pronouns)
    if addressed is not None:
        clause = addressed
    return say("common.clause.told_du" if du else "common.clause.told_sie", clause=clause)


_SENTENCE_START = re.compile(
    r"(?:^|\n|(?<!\d)(?<!\b\w)(?<!\b\w\w)[.!?:]\s+"
    # "… Raum 1.04. Er soll …", "…, er soll …": after a number's dot or a comma, a pronoun
    # and a modal start a sentence
    r"|[.!?,]\s+(?=(?i:er|sie)\s+(?:soll|sollte|muss|sollen|müssen)\b))(?=\S)"
)


def _told_sentence(text: str, at: int, length: int) -> Span | None:
    """The sentence a carried piece at ``at`` stands in, when it starts "Er/Sie soll …"."""
    starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, at + 1) if m.end() <= at]
    start = starts[-1] if starts else 0
    if not re.match(r"(?:er|sie)\s", text[start:], re.IGNORECASE):
        return None
    end = _END.search(text, at + length)
    return start, end.start() if end else len(text.rstrip())


# What may stand between a clause's start and a piece carried from it: an article alone.
_ARTICLE_ONLY = re.compile(
    r"\s*(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|the|a|an)\s+", re.IGNORECASE
)
# A clause ending in a dotted number ("Raum 1.07", "am 3.2") would read as a date with the
# sentence's dot; a clock time ("um 7:30") or a plain number ends a sentence well.
_DOTTED_END = re.compile(r"\d\.\d*$")
# A piece may end a told sentence when its last word is no number, or a whole date
_FULL_DATE_OR_WORD = re.compile(r"(?:[^\W\d]|\d{1,2}\.\d{1,2}\.\d{4})$")


def whole_clauses(
    text: str,
    carried: Sequence[str],
    du: bool,
    say: Say,
    pronouns: frozenset[str] = frozenset(),
) -> list[str]:
    """``carried`` with every piece that stands inside a "dass" clause of ``text`` replaced,
    once per clause, by that clause as a sentence of the letter; a piece that asks the
    addressee (named by one of ``pronouns``) in the third person is asked of them."""
    spans = clause_spans(text)
    done: set[Span] = set()
    result: list[str] = []
    for piece in carried:
        at = text.find(piece)
        told = _told_sentence(text, at, len(piece)) if pronouns and at >= 0 else None
        asked = as_told_request(text[told[0] : told[1]], du, say, pronouns) if told else None
        if told is not None and asked is not None:
            if told not in done:  # several pieces of one sentence: asked once
                done.add(told)
                result.append(asked)
            continue
        # the sentence must say every word of the clause; and a clause ending in a number
        # ("Raum 1.07") would read as a date with the sentence's dot
        inside = next((s for s in spans if at >= 0 and s[0] <= at < s[1]), None)
        if inside is None or _DOTTED_END.search(text[inside[0] : inside[1]].rstrip()):
            # "Zusage an Frau X: sie hat den Platz …" → "Sie haben den Platz …"
            result.append(told_statements(piece, du, pronouns) or piece)
            continue
        clause = text[inside[0] : inside[1]].strip()
        if _ARTICLE_ONLY.fullmatch(text[inside[0] : at]):
            # "dass das Praktikum … beginnt, 8 Uhr": the piece lost the clause's article
            piece, at = text[inside[0] : at + len(piece)], inside[0]
        if at + len(piece) > inside[1] and as_request(clause, du, say) is None:
            # only a request is cut from what follows it; a piece that is the clause and what
            # follows ("dass wir uns … freuen würden, ab 01.03.2027") is told whole
            # (a plain number may end it: "…, Raum 4."; a dotted one would read as a date)
            ends_well = _FULL_DATE_OR_WORD.search(piece) or not _DOTTED_END.search(piece)
            whole = at == inside[0] and bool(ends_well)
            key = "common.clause.told_du" if du else "common.clause.told_sie"
            # "… she got the place, we will contact her when …": told to her all the same
            piece = (
                addressed_statement(piece, du, pronouns)
                or told_clause(piece, du, pronouns)
                or piece
            )
            result.append(say(key, clause=piece.rstrip(" .!?")) if whole else piece)
            continue
        if inside not in done:
            done.add(inside)
            result.append(as_sentence(clause, du, say, pronouns))
        # "… anrufen soll, wegen dem Probetag": what follows the clause stays as typed
        after = text[inside[1] : at + len(piece)].lstrip(" \t,;")
        if after:
            result.append(after)
    return result
