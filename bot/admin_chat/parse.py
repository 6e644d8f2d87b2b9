"""``admin …`` in words: German and English verbs, quoted names, mentions as user tokens.

Parsing knows no roles and no storage; it turns the text after ``admin`` into an
:class:`AdminCommand` or raises :class:`UsageError` naming the usage line to show.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import unquote


class Verb(StrEnum):
    HELP = "help"
    DEPARTMENTS = "departments"
    ENABLE = "enable"
    DISABLE = "disable"
    DEPARTMENT_ADD = "department.add"
    DEPARTMENT_RENAME = "department.rename"
    ASSIGN_USER = "assign.user"
    ASSIGN_HERE = "assign.here"
    GRANT = "grant"
    REVOKE = "revoke"
    LOG = "log"
    USAGE = "usage"
    SUGGESTION = "suggestion"
    SURVEY = "survey"
    REPORT = "report"


class UsageError(ValueError):
    """The command is incomplete or malformed; ``verb`` says which usage line helps."""

    def __init__(self, verb: Verb | None, *, unclosed_quote: bool = False) -> None:
        super().__init__(verb.value if verb else "admin")
        self.verb = verb
        self.unclosed_quote = unclosed_quote


@dataclass(frozen=True, slots=True)
class AdminCommand:
    verb: Verb
    names: tuple[str, ...] = ()  # skill, department(s) as typed
    user: str | None = None  # a user reference (see bot.admin_chat.people)
    number: int | None = None


_WORDS: dict[str, Verb] = {
    **dict.fromkeys(
        ("hilfe", "help", "?", "befehle", "befehl", "commands", "kommandos"), Verb.HELP
    ),
    **dict.fromkeys(("abteilungen", "departments", "übersicht", "overview"), Verb.DEPARTMENTS),
    **dict.fromkeys(("aus", "ausschalten", "disable", "off"), Verb.DISABLE),
    **dict.fromkeys(("an", "ein", "einschalten", "enable", "on"), Verb.ENABLE),
    **dict.fromkeys(("zuordnen", "assign"), Verb.ASSIGN_USER),
    **dict.fromkeys(("rechte", "rights", "grant"), Verb.GRANT),
    **dict.fromkeys(("protokoll", "log"), Verb.LOG),
    **dict.fromkeys(("nutzung", "usage", "nutzungsstatistik", "statistik"), Verb.USAGE),
    # the plural shows how to decide on one (the list itself is the user command `vorschläge`)
    **dict.fromkeys(
        ("vorschlag", "suggestion", "suggest", "vorschläge", "vorschlaege", "suggestions"),
        Verb.SUGGESTION,
    ),
    **dict.fromkeys(("umfrage", "survey"), Verb.SURVEY),
    **dict.fromkeys(("bericht", "report"), Verb.REPORT),
}
# A decision on a suggestion: the status word (German or English) -> the stored status.
STATUS_WORDS = {
    **dict.fromkeys(("angenommen", "annehmen", "accepted", "accept"), "accepted"),
    **dict.fromkeys(("abgelehnt", "ablehnen", "rejected", "reject"), "rejected"),
    **dict.fromkeys(("umgesetzt", "erledigt", "done", "implemented"), "done"),
}
_STATUS_WORD = frozenset(("status",))
_ON_WORDS = frozenset(("an", "ein", "on"))
_OFF_WORDS = frozenset(("aus", "off"))
_DEPARTMENT_WORDS = frozenset(("abteilung", "department"))
_ADD_WORDS = frozenset(("neu", "new", "add", "anlegen"))
_RENAME_WORDS = frozenset(("umbenennen", "rename"))
_HERE_WORDS = frozenset(("hier", "here"))
_REVOKE_WORDS = frozenset(("entziehen", "revoke", "weg", "remove"))
# The words an admin may put around a number: "admin nutzung letzte 7 tage", "Nutzung anzeigen"
_NUMBER_FILLERS = frozenset(
    {"bitte", "please", "anzeigen", "zeigen", "zeig", "show", "letzte", "letzten", "last"}
    | {"tage", "tagen", "days", "woche", "wochen", "weeks", "einträge", "eintraege", "entries"}
    | {"der", "die", "the", "für", "for"}
)
# A word before a department name: "admin aus mail für Jugend", "admin an beruf in Allgemein"
_DEPARTMENT_LINKS = frozenset(("für", "fuer", "for", "in", "bei"))
# Closing punctuation on the command word: "Admin Befehle?", "admin nutzung!"
_CLOSING = "?!.:,;"
# Every word that opens an admin command (bot.routing.command_typo reads "adminhilfe" with it)
VERB_WORDS = frozenset(_WORDS) | _DEPARTMENT_WORDS

# Typographic quotes (Teams and phones autocorrect) count as plain double quotes.
_QUOTES = str.maketrans(dict.fromkeys("„“”«»", '"'))
# Matrix pills as Markdown links or bare matrix.to links become the user id.
_PILL = re.compile(r"\[[^\]]*\]\(https://matrix\.to/#/([^)\s]+)\)|https://matrix\.to/#/(\S+)")
MENTION_TOKEN = "@@mention"

LOG_DEFAULT, LOG_MAX = 10, 100
USAGE_DEFAULT, USAGE_MAX = 30, 366
REPORT_DEFAULT, REPORT_MAX = 4, 52  # weeks
SURVEY_DEFAULT, SURVEY_MAX = 2, 26  # weeks per survey period


def _pill(match: re.Match[str]) -> str:
    return unquote(match.group(1) or match.group(2)).rstrip(">")


def prepare(text: str, mentions: tuple[tuple[str, str], ...]) -> str:
    """Mentions become ``@@mention<i>`` tokens (index into ``mentions``), pills user ids."""
    for index, (_, shown) in enumerate(mentions):
        for form in (f"<at>{shown}</at>", shown):
            if form and form in text:
                text = text.replace(form, f" {MENTION_TOKEN}{index} ", 1)
                break
    return _PILL.sub(_pill, text.translate(_QUOTES))


def tokens(text: str) -> list[str]:
    """Words, with double-quoted names kept whole; apostrophes and backslashes stay text."""
    lexer = shlex.shlex(text, posix=True)
    lexer.whitespace_split = True
    lexer.quotes = '"'
    lexer.escape = ""
    lexer.commenters = ""
    try:
        return [token for token in lexer if token.strip()]
    except ValueError:  # shlex: "No closing quotation"
        raise UsageError(None, unclosed_quote=True) from None


def _number(words: list[str], verb: Verb, default: int, maximum: int) -> AdminCommand:
    words = [word for word in words if word.casefold().strip(_CLOSING) not in _NUMBER_FILLERS]
    if not words:
        return AdminCommand(verb, number=default)
    if len(words) > 1 or not words[0].isdigit() or int(words[0]) < 1:
        raise UsageError(verb)
    return AdminCommand(verb, number=min(int(words[0]), maximum))


def _rest(words: list[str]) -> str:
    """A trailing name may come without quotes: ``admin aus mail Jugend Beruf`` works too."""
    return " ".join(words).strip()


def parse(text: str, mentions: tuple[tuple[str, str], ...] = ()) -> AdminCommand:
    words = tokens(prepare(text, mentions))
    if not words:
        return AdminCommand(Verb.HELP)
    head, rest = words[0].casefold().rstrip(_CLOSING) or words[0], words[1:]
    if head in _DEPARTMENT_WORDS:
        return _department(rest)
    verb = _WORDS.get(head)
    if verb is None and rest and _WORDS.get(rest[0].casefold()) in (Verb.ENABLE, Verb.DISABLE):
        # the skill first: "admin mail aus Jugend"
        verb, rest = _WORDS[rest[0].casefold()], [words[0], *rest[1:]]
    if verb is None:
        raise UsageError(None)
    if verb in (Verb.HELP, Verb.DEPARTMENTS):
        return AdminCommand(verb)
    if verb in (Verb.ENABLE, Verb.DISABLE):
        department = rest[1:]
        if len(department) > 1 and department[0].casefold() in _DEPARTMENT_LINKS:
            department = department[1:]
        if len(rest) < 2:
            raise UsageError(verb)
        return AdminCommand(verb, (rest[0], _rest(department)))
    if verb is Verb.ASSIGN_USER:
        if rest and rest[0].casefold() in _HERE_WORDS:
            verb, rest = Verb.ASSIGN_HERE, rest[1:]
            if not rest:
                raise UsageError(verb)
            return AdminCommand(verb, (_rest(rest),))
        return _user_and_department(verb, rest)
    if verb is Verb.GRANT:
        if rest and rest[0].casefold() in _REVOKE_WORDS:
            return _user_and_department(Verb.REVOKE, rest[1:])
        return _user_and_department(verb, rest)
    if verb is Verb.LOG:
        return _number(rest, verb, LOG_DEFAULT, LOG_MAX)
    if verb is Verb.SUGGESTION:
        return _suggestion(rest)
    if verb is Verb.SURVEY:
        return _survey(rest)
    if verb is Verb.REPORT:
        return _number(rest, verb, REPORT_DEFAULT, REPORT_MAX)
    return _number(rest, verb, USAGE_DEFAULT, USAGE_MAX)


def _suggestion(rest: list[str]) -> AdminCommand:
    """``vorschlag N [status] angenommen|abgelehnt|umgesetzt [Begründung …]``."""
    number = rest[0].lstrip("#") if rest else ""
    words = rest[1:]
    if words and words[0].casefold() in _STATUS_WORD:
        words = words[1:]
    if not number.isdigit() or not words or words[0].casefold() not in STATUS_WORDS:
        raise UsageError(Verb.SUGGESTION)
    status = STATUS_WORDS[words[0].casefold()]
    return AdminCommand(Verb.SUGGESTION, (status, _rest(words[1:])), number=int(number))


def _survey(rest: list[str]) -> AdminCommand:
    """``umfrage an [alle N Wochen]`` / ``umfrage aus``; N weeks per period."""
    switch = rest[0].casefold() if rest else ""
    if switch in _OFF_WORDS and len(rest) == 1:
        return AdminCommand(Verb.SURVEY, ("off",))
    if switch not in _ON_WORDS:
        raise UsageError(Verb.SURVEY)
    numbers = [word for word in rest[1:] if word.isdigit()]
    if len(numbers) > 1 or (numbers and not 1 <= int(numbers[0]) <= SURVEY_MAX):
        raise UsageError(Verb.SURVEY)
    weeks = int(numbers[0]) if numbers else SURVEY_DEFAULT
    return AdminCommand(Verb.SURVEY, ("on",), number=weeks)


def _department(rest: list[str]) -> AdminCommand:
    if not rest:
        return AdminCommand(Verb.DEPARTMENTS)
    sub = rest[0].casefold()
    if sub in _ADD_WORDS:
        if len(rest) < 2:
            raise UsageError(Verb.DEPARTMENT_ADD)
        return AdminCommand(Verb.DEPARTMENT_ADD, (_rest(rest[1:]),))
    if sub in _RENAME_WORDS:
        if len(rest) != 3:  # two names: multi-word names need quotes here
            raise UsageError(Verb.DEPARTMENT_RENAME)
        return AdminCommand(Verb.DEPARTMENT_RENAME, (rest[1], rest[2]))
    raise UsageError(None)


def _user_and_department(verb: Verb, rest: list[str]) -> AdminCommand:
    if len(rest) < 2:
        raise UsageError(verb)
    return AdminCommand(verb, (_rest(rest[1:]),), user=rest[0])
