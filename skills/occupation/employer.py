"""Training asked of an employer, not an occupation: "Ausbildung bei der Stadt Hamm",
"Ausbildung beim Zoll", "Was für Ausbildungen bietet die Bundeswehr an?".

The catalogue knows occupations, not who trains in them or which places are open. Such a
question is answered with that and with where to look (the Bundesagentur's job search for
training places, the employer's own careers page), never with "not understood" or an
occupation guessed from the employer's name. A name that is an occupation or an everyday word
for one ("Ausbildung bei der Polizei") is looked up as before."""

from __future__ import annotations

import re
from urllib.parse import quote

from bot.reply import Outcome, Text
from bot.skill import SkillResult
from skills.occupation.facts import Say
from skills.occupation.links import JOBSUCHE

_TRAINING = (
    r"(?:eine?n?\s+)?(?:ausbildung(?:en|splatz|splätze|sstelle|sstellen)?|lehre|lehrstellen?"
    r"|azubistellen?|praktikum|apprenticeships?|traineeships?)"
)
_WHO = r"(?P<who>[A-ZÄÖÜ0-9][^?!.,;:\n]{1,40}?)"
_PATTERNS = (
    # "Ausbildung bei der Stadt Hamm", "Lehrstelle beim Zoll", "apprenticeship at Siemens"
    re.compile(
        rf"^\W*{_TRAINING}\s+(?:beim|bei(?:\s+(?:der|dem|den))?|at|with)\s+"
        rf"(?:the\s+|einem\s+|einer\s+)?{_WHO}\s*[?!.]*$",
        re.IGNORECASE,
    ),
    # "Was für Ausbildungen bietet die Bundeswehr an?", "Welche Ausbildungen hat Aldi?"
    re.compile(
        rf"^\W*(?:welche|was\s+für)\s+{_TRAINING}\s+(?:bietet|hat|macht|gibt\s+es\s+(?:bei(?:m)?"
        rf"(?:\s+der|\s+dem)?))\s+(?:die\s+|der\s+|das\s+)?{_WHO}(?:\s+an)?\s*[?!.]*$",
        re.IGNORECASE,
    ),
)


# "Ausbildung Zoll", "Lehre als Florist": the training words before what is asked about
TRAINING_LEAD = re.compile(
    r"^\W*(?:ausbildung(?:en)?|lehre|apprenticeships?)\s+(?:als\s+|zum\s+|zur\s+|as\s+(?:an?\s+)?)?",
    re.IGNORECASE,
)
_ONE_OR_TWO_WORDS = re.compile(r"[\w-]+(?:\s+[\w-]+)?\W*$")


def training_of_a_word(text: str) -> bool:
    """Training and a word or two, whatever the word ("Ausbildung Zoll", "Lehre Raumfahrt")."""
    lead = TRAINING_LEAD.match(text)
    return lead is not None and _ONE_OR_TWO_WORDS.match(text, lead.end()) is not None


def employer_asked(text: str) -> str | None:
    """The employer a training question names, as typed (the caller checks that it names no
    occupation)."""
    for pattern in _PATTERNS:
        found = pattern.match(text.strip())
        if found is not None:
            return found["who"].strip()
    return None


def employer_result(who: str, say: Say) -> SkillResult:
    """What the catalogue cannot say about an employer, and where to find it."""
    url = f"{JOBSUCHE}suche?angebotsart=4&was={quote(who, safe='')}"
    return SkillResult(
        (Text(say("employer.text", who=who, url=url)),),
        outcome=Outcome.OK,
        data={"employer": who, "suggestions": []},
    )
