"""The name of the group a mail is for, as the salutation gives it: "an alle TN Kurs BO-3: …"
greets "Liebe Teilnehmende des Kurses BO-3,", "Invite the Tuesday group …" greets "Dear
participants (Tuesday group),"."""

from __future__ import annotations

import re

from bot.word_lists import alternation
from skills.email.words import words

Span = tuple[int, int]
# A name in quotes, or capitalised words and numbers (small words between them) up to where the
# clause ends: "BO-3:", "Deutsch für den Beruf B1:", "'Bewerbung 50+':".
_NAME = (
    r"(?P<name>[‚'„\"“»][^'’‘“”\"«\n]{2,60}['’‘“”\"«]"
    r"|(?-i:[A-ZÄÖÜ0-9])[\wäöüß+-]*(?:[ \t]+(?:(?:für|den|die|der|im|in|und|&)[ \t]+)*"
    r"(?-i:[A-ZÄÖÜ0-9])[\wäöüß+-]*){0,5})"
    r"(?=\s*[:,;.(\n]|\s+(?:zum|zur|am|an|ab|on|to|for|about)\b|\s*$)"
)


# The group is whom the mail is for: its noun follows "an (die/alle)" or the members' word
# ("alle TN Kurs BO-3", "die Teilnehmenden der Maßnahme …"); "Workshop Bewerbungsfotos" further
# on is the event, not the group.
_MEMBERS = r"(?:tn|teilnehm\w*)[ \t]+(?:(?:des|der)[ \t]+)?"
# "an alle aus dem Kurs …", "an alle vom Kurs …": everyone of the group
_TO = (
    r"\b(?:an|für)[ \t]+(?:(?:die|den|alle|allen)[ \t]+"
    r"(?:(?:aus|vom|von|im|in)[ \t]+(?:(?:dem|der|den)[ \t]+)?)?)?"
)


def _german() -> re.Pattern[str]:
    nouns = alternation(list(words().group_nouns))
    return re.compile(
        # the noun in the genitive too: "alle Teilnehmenden des Kurses Fit für die Ausbildung"
        rf"(?:{_TO}(?P<at>(?:{_MEMBERS})?)|\b(?P<at2>{_MEMBERS}))(?P<noun>{nouns})(?:es|s)?[ \t]+"
        rf"(?:(?:des|der)[ \t]+)?{_NAME}",
        re.IGNORECASE,
    )


_ENGLISH = re.compile(
    r"\b(?:the|all|our)\s+(?P<name>(?:(?!(?:participants|members)\b)[\w'-]+\s+){1,3}"
    # "… group B2"; "all participants of the CV workshop"
    r"(?:group|course|class|workshop|seminar|training)(?:\s+(?-i:[A-Z][A-Z0-9]?-?\d\w*))?)\b",
    re.IGNORECASE,
)


def group_name(text: str) -> tuple[str, str, Span] | None:
    """The group's name for a German salutation (genitive), as typed (for an English one), and
    where it was typed; None when none is given (a bare "die Gruppe" names nothing; "an die
    Gruppe heute …" has no name in capitals). The first one typed counts."""
    german = _german().search(text)
    english = _ENGLISH.search(text)
    if english is not None and (german is None or english.start() < german.start()):
        return english["name"], english["name"], english.span("name")
    if german is not None:
        genitive = words().group_nouns[german["noun"].lower()]
        typed = text[german.start("noun") : german.end()]
        start = german.start("at") if german["at"] is not None else german.start("at2")
        return f"{genitive} {german['name'].strip()}", typed, (start, german.end())
    return None
