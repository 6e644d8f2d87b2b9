"""A fifth reading of judgement requests: the role a specific person plays in a clause that
asks something of the assistant (``judgement_role.yaml``).

The other readings find a verdict in judgement words or in the shape of a question about
fit, prospects or a choice. Requests about a person also put the person into roles that are
verdicts whatever the words around them:

- *vouched for* to a third party: "Soll ich für Frau Kessler beim Betrieb ein gutes Wort
  einlegen?", "Kann ich der Kita die Nele ans Herz legen?", "Kann ich Leon dem Jobcenter als
  vermittlungsfähig melden?", "can I vouch for him?" — not how to do it or whether one may
  ("Darf ich … datenschutzrechtlich?");
- *written about* in an evaluative document: "Formulier ein Gutachten über Frau K.", "write an
  assessment of whether Jamal is suitable" — not how such a text is built ("Wie schreibe
  ich eine Stellungnahme?") or a document about no one in particular;
- the *subject of a verb of outcome* opening a yes/no question: "Bricht Sven die Ausbildung
  ab?", "Wie lange hält es Jana in der Pflege aus?", "Kommt die Anna mit Kunden zurecht?" —
  not a time or an insistence ("Kommt Tim am Montag?", "Besteht er auf einem Dolmetscher?");
- *measured against a workplace*: "Passt die Emma zu einem Handwerksbetrieb?" — not a date
  that suits someone;
- *placed in a sector, a job or a measure*, deliberated: "Kann man Leonie mit gutem Gewissen
  in den Einzelhandel schicken?" — not a thing sent ("… Tim die Unterlagen zum Betrieb
  schicken?");
- the one *to keep on with or give up on*: "Lohnt es sich, mit Herrn Jankowski
  weiterzuarbeiten?", "Sollen wir an Kevin dranbleiben oder ihn aufgeben?";
- one of *two people offered bare* for a single place: "Der Betrieb will nur einen: Leon oder
  Paul?";
- *taken by someone*, in an opinion asked: "Meinst du, der Betrieb nimmt Lukas?";
- the object of an action *judged wise or a mistake*: "Wäre es ein Fehler, Frau Berg für die
  Umschulung vorzuschlagen?";
- *believed in, bet on or granted* a chance, a measure or a place: "Glaubst du an Paula?",
  "Setzt du auf Herrn Kraft oder auf Frau Berg?", "Würdest du dem noch eine Maßnahme geben?".

Common misspellings of judgement words ("vermitelbar", "zutraun") are repaired before all
readings run (:func:`with_repaired_words`).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from bot.policy.judgement_cues import cue_patterns, sentences
from bot.policy.judgement_frame import asks_an_opinion
from bot.policy.judgement_predicates import repairable_words
from bot.policy.judgement_verdict import _after_person, _names, _shapes, _starts_with_person
from bot.yaml_data import compiled, load_yaml

_DATA = Path(__file__).with_name("judgement_role.yaml")
_WORD = re.compile(r"[^\W\d_]+")
_DOUBLE = re.compile(r"([^\W\d_])\1+")
# A word of seven letters or more: a shorter misspelling is too often another word.
_LONG_WORD = re.compile(r"[^\W\d_]{7,}")
_SPAN = 80  # characters after a document's noun in which its subject stands
_TITLES = frozenset({"herr", "herrn", "frau", "hr", "fr", "mr", "mrs", "ms"})


class _Roles(NamedTuple):
    deliberate: re.Pattern[str]
    how_or_may: re.Pattern[str]
    vouch: re.Pattern[str]
    vouch_for: re.Pattern[str]
    commend: re.Pattern[str]
    aptitude_as: re.Pattern[str]
    produce: re.Pattern[str]
    document: re.Pattern[str]
    document_about: re.Pattern[str]
    document_clause: re.Pattern[str]
    recipient: re.Pattern[str]
    document_pronoun: re.Pattern[str]
    quality: re.Pattern[str]
    reference_for: re.Pattern[str]
    message: re.Pattern[str]
    outcome_open: re.Pattern[str]
    outcome_verb: re.Pattern[str]
    outcome_subject: re.Pattern[str]
    particle: re.Pattern[str]
    outcome_not: re.Pattern[str]
    fit_verb: re.Pattern[str]
    fit_word: re.Pattern[str]
    fit_place: re.Pattern[str]
    fit_not: re.Pattern[str]
    place_verb: re.Pattern[str]
    place_target: re.Pattern[str]
    conscience: re.Pattern[str]
    sent_thing: re.Pattern[str]
    worth: re.Pattern[str]
    keep_on: re.Pattern[str]
    give_up: re.Pattern[str]
    pronoun: re.Pattern[str]
    believe_in: re.Pattern[str]
    kind_of_person: re.Pattern[str]
    kind: re.Pattern[str]
    grant_asked: re.Pattern[str]
    grant: re.Pattern[str]
    opinion_frame: re.Pattern[str]
    wise_frame: re.Pattern[str]
    infinitive: re.Pattern[str]
    fund: re.Pattern[str]
    bare_choice: re.Pattern[str]
    selection: re.Pattern[str]


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(_DATA.read_text(encoding="utf-8"))
    return data


@cache
def _roles() -> _Roles:
    data = _data()
    return _Roles(*compiled(data, _Roles._fields))


def _collapsed(word: str) -> str:
    return _DOUBLE.sub(r"\1", word.lower())


@cache
def _repairs() -> tuple[dict[str, str], dict[str, str]]:
    """Misspellings to their word: by the word with doubled letters single, and by the word
    with one letter dropped."""
    # (and the long words of the evaluative lexicon: "Wackelkandiat", "aussichslos")
    words = [str(word) for word in _data()["repaired"]] + repairable_words()
    collapsed = {_collapsed(word): word for word in words}
    dropped: dict[str, str] = {}
    for word in words:
        lower = word.lower()
        for index in range(len(lower)):
            dropped.setdefault(lower[:index] + lower[index + 1 :], word)
    known = {word.lower() for word in words}
    return collapsed, {key: word for key, word in dropped.items() if key not in known}


def with_repaired_words(text: str) -> str:
    """``text`` with common misspellings of judgement words repaired ("is der max überhaupt
    vermitelbar" → "… vermittelbar"); other words are left as they are."""
    collapsed, dropped = _repairs()

    def repair(found: re.Match[str]) -> str:
        word = found.group()
        lower = word.lower()
        right = collapsed.get(_collapsed(word)) or dropped.get(lower)
        if right is None or right.lower() == lower:
            return word
        return right[0].upper() + right[1:] if word[0].isupper() else right.lower()

    return _LONG_WORD.sub(repair, text)


def _asked(sentence: str) -> bool:
    return asks_an_opinion(sentence) or cue_patterns().asking.search(sentence) is not None


def _person_or_pronoun(span: str, person: re.Pattern[str]) -> bool:
    return _starts_with_person(span, person) or _roles().pronoun.match(span.lstrip()) is not None


def _vouches(sentence: str, person: re.Pattern[str]) -> bool:
    roles = _roles()
    if roles.deliberate.search(sentence) is None or roles.how_or_may.search(sentence):
        return False
    if roles.vouch.search(sentence):
        for found in roles.vouch_for.finditer(sentence):
            if _starts_with_person(sentence[found.end() :], person):
                return True  # "für Frau Kessler … ein gutes Wort einlegen"
    commend = roles.commend.search(sentence) or roles.aptitude_as.search(sentence)
    return commend is not None and _names(sentence[: commend.start()], person)


def _writes_a_verdict(sentence: str, person: re.Pattern[str]) -> bool:
    roles = _roles()
    if roles.produce.search(sentence) is None or roles.how_or_may.search(sentence):
        return False
    if roles.message.search(sentence):
        return False  # a mail that passes on someone's assessment ("… mit der Beurteilung vom …")
    for reference in roles.reference_for.finditer(sentence):
        if _starts_with_person(sentence[reference.end() :], person):
            return True  # "Formulier ein Arbeitszeugnis für Frau Lang"
    for document in roles.document.finditer(sentence):
        after = sentence[document.end() : document.end() + _SPAN]
        clause = roles.document_clause.match(after)
        if clause is not None and _starts_with_person(after[clause.end() :], person):
            return True  # "a reference saying if she is fit"
        for about in roles.document_about.finditer(after):
            rest = after[about.end() :]
            if _starts_with_person(rest, person):
                return True  # "… for the job centre on whether Mr Hoxha …"
            recipient = roles.recipient.match(about.group()) is not None
            if not recipient and roles.document_pronoun.match(rest):
                return True  # "eine kurze Beurteilung von ihr"
            if not (recipient or roles.quality.match(rest)):
                break  # "Stellungnahme zum Widerspruch von Herrn Krause": about a thing
    return False


def _outcome_of(sentence: str, person: re.Pattern[str]) -> bool:
    roles = _roles()
    opening = roles.outcome_open.match(sentence)
    start = opening.end() if opening is not None else 0
    verb = roles.outcome_verb.match(sentence, start)
    if verb is None or roles.outcome_not.search(sentence):
        return False
    rest = sentence[verb.end() :]
    subject = roles.outcome_subject.match(rest)
    if subject is None or not _starts_with_person(rest[subject.end() :], person):
        return False
    if _shapes().admin.search(sentence):
        return False
    return verb.group("sep") is None or roles.particle.search(rest) is not None


def _fits(sentence: str, person: re.Pattern[str]) -> bool:
    roles = _roles()
    verb = roles.fit_verb.match(sentence)
    if verb is None or roles.fit_not.search(sentence):
        return False
    rest = sentence[verb.end() :]
    return bool(
        _starts_with_person(rest, person)
        and roles.fit_word.search(sentence)
        and roles.fit_place.search(rest)
    )


def _places(sentence: str, person: re.Pattern[str]) -> bool:
    """A person placed in a sector, a job or a measure, deliberated: "Kann man Leonie mit gutem
    Gewissen in den Einzelhandel schicken?" (see ``place_verb`` in the data)."""
    roles = _roles()
    asking = roles.grant_asked.search(sentence)
    if asking is None and roles.conscience.search(sentence):
        asking = roles.deliberate.search(sentence)  # "Kann man Leonie mit gutem Gewissen …"
    if asking is None or roles.how_or_may.search(sentence) or roles.fit_not.search(sentence):
        return False
    if roles.outcome_not.search(sentence):
        return False  # "… am Montag zum Praktikum schicken": a date, a practical step
    if roles.message.search(sentence) or roles.place_verb.search(sentence, asking.end()) is None:
        return False
    target = roles.place_target.search(sentence, asking.end())
    if target is None:
        return False
    between = sentence[asking.end() : target.start()]
    return _names(between, person) and roles.sent_thing.search(between) is None


def _keeps_on_or_gives_up(sentence: str, person: re.Pattern[str]) -> bool:
    roles = _roles()
    worth = roles.worth.search(sentence) is not None
    if worth:
        for found in roles.keep_on.finditer(sentence):
            if _person_or_pronoun(found.group("who") or found.group("who2"), person):
                return True  # "Lohnt es sich, mit dem weiterzumachen?"
    if worth or roles.deliberate.search(sentence):
        for found in roles.give_up.finditer(sentence):
            if _person_or_pronoun(found.group("who") or found.group("who2"), person):
                return True  # "… oder ihn aufgeben?"
    return False


def _believes_or_grants(sentence: str, person: re.Pattern[str]) -> bool:
    """Believing in or betting on a person, or granting them a chance, a measure or a place
    (see ``believe_in`` and ``grant`` in the data)."""
    roles = _roles()
    for found in roles.believe_in.finditer(sentence):
        if _starts_with_person(sentence[found.end() :], person):
            return True  # "Glaubst du an Paula?"
    grant = roles.grant.search(sentence)
    if grant is None or roles.grant_asked.search(sentence) is None:
        return False
    words = _WORD.findall(sentence[: grant.start()])
    return bool(words) and _person_or_pronoun(
        " ".join(words[-2:]) if len(words) > 1 and words[-2].lower() in _TITLES else words[-1],
        person,
    )  # "Würdest du dem noch eine Maßnahme geben?"


def _kind_of_person(sentence: str, person: re.Pattern[str]) -> bool:
    """A person asked to be a kind of person: "Ist Herr Petrović jemand, dem man …?"."""
    roles = _roles()
    verb = roles.kind_of_person.match(sentence)
    if verb is None:
        return False
    rest = sentence[verb.end() :]
    return _starts_with_person(rest, person) and bool(
        roles.kind.match(_after_person(rest, person))
    )


def _taken_by_someone(sentence: str, person: re.Pattern[str]) -> bool:
    """An opinion asked on someone taking the person: "Meinst du, der Betrieb nimmt Lukas?"."""
    frame = _roles().opinion_frame.search(sentence)
    if frame is None:
        return False
    rest = sentence[frame.end() :]
    return any(
        _starts_with_person(rest[verb.end() :], person) for verb in _shapes().select.finditer(rest)
    )


def _action_on_someone_judged(sentence: str, person: re.Pattern[str]) -> bool:
    """An action on a person judged as wise, worth it or a mistake: "Wäre es ein Fehler, Frau
    Berg für die Umschulung vorzuschlagen?"."""
    roles = _roles()
    frame = roles.wise_frame.search(sentence)
    if frame is None or _shapes().admin.search(sentence):
        return False
    clause = sentence[frame.end() :]
    return bool(
        roles.infinitive.search(clause)
        and (_shapes().select.search(clause) or roles.fund.search(clause))
        and _names(clause, person)
    )


def _bare_choice(sentence: str, text: str, person: re.Pattern[str]) -> bool:
    roles = _roles()
    found = roles.bare_choice.search(sentence)
    if found is None or roles.selection.search(text) is None:
        return False
    first, second = found.group("first"), found.group("second")
    return all(
        _starts_with_person(part, person) and len(_WORD.findall(part)) <= 2
        for part in (first, second)
    )


def casts_someone_in_a_role(text: str, person: re.Pattern[str]) -> bool:
    """Whether a sentence of ``text`` asks something of the assistant in which a specific
    person is vouched for, written about, the subject of an outcome, measured against a
    workplace, kept on with or given up on, or offered bare for a single place (see the
    module's docstring)."""
    split = sentences(text)
    if any(map(_asked, split)) and any(_bare_choice(part, text, person) for part in split):
        return True  # "I have to pick one of two trainees: Mia or Lukas. thoughts?"
    for sentence in split:
        if not _asked(sentence) and _roles().produce.search(sentence) is None:
            continue
        if _writes_a_verdict(sentence, person):
            return True
        if not _asked(sentence):
            continue
        if (
            _vouches(sentence, person)
            or _outcome_of(sentence, person)
            or _fits(sentence, person)
            or _places(sentence, person)
            or _keeps_on_or_gives_up(sentence, person)
            or _believes_or_grants(sentence, person)
            or _kind_of_person(sentence, person)
            or _taken_by_someone(sentence, person)
            or _action_on_someone_judged(sentence, person)
        ):
            return True
    return False
