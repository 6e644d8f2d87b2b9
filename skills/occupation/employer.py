"""Training asked of an employer, not an occupation: "Ausbildung bei der Stadt Hamm",
"Ausbildung beim Zoll", "Was für Ausbildungen bietet die Bundeswehr an?".

The catalogue knows occupations, not who trains in them or which places are open. Such a
question is answered with that and with where to look (the Bundesagentur's job search for
training places, the employer's own careers page), never with "not understood" or an
occupation guessed from the employer's name. A name that is an occupation or an everyday word
for one ("Ausbildung bei der Polizei") is looked up as before."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from urllib.parse import quote

from bot.reply import Outcome, Text
from bot.skill import SkillResult
from bot.yaml_data import load_yaml
from skills.occupation.catalogue import Catalogue
from skills.occupation.explore_words import vocabulary
from skills.occupation.facts import Say
from skills.occupation.links import JOBSUCHE
from skills.occupation.model import EVERYDAY
from skills.occupation.normalise import fold
from skills.occupation.practice import practice_named

EMPLOYERS_PATH = Path(__file__).with_name("data") / "employers.yaml"

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
    # "Welche Ausbildungen kann man bei der Bundeswehr machen?", "Was für eine Lehre könnte er
    # bei Siemens anfangen?"
    re.compile(
        rf"^\W*(?:welche|was\s+für)\s+{_TRAINING}\s+(?:kann|könnte|koennte)\s+"
        rf"(?:man|er|sie|ich|du|wir|jemand)\s+(?:beim|bei(?:\s+(?:der|dem|den))?)\s+"
        rf"{_WHO}\s+(?:machen|lernen|anfangen|beginnen|absolvieren)\s*[?!.]*$",
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
    occupation). A workplace named by its people ("Ausbildung beim Zahnarzt") is none."""
    if practice_named(text) is not None:
        return None
    for pattern in _PATTERNS:
        found = pattern.match(text.strip())
        if found is not None:
            return found["who"].strip()
    return None


def employer_before_lists(text: str, catalogue: Catalogue) -> str | None:
    """The employer a training question names when its name calls up no topic of a list
    ("Bundeswehr", "Stadt Hamm"): answered before any list; "bei der Bahn" is left to the
    list of railway occupations."""
    who = employer_asked(text)
    if who is None or catalogue.exact(who) or vocabulary().topic_hits(fold(who)):
        return None
    return who


def employer_result(who: str, say: Say, *, needs: bool = False) -> SkillResult:
    """What the catalogue cannot say about an employer (``needs``: about its requirements),
    and where to find it."""
    url = f"{JOBSUCHE}suche?angebotsart=4&was={quote(who, safe='')}"
    key = "employer_needs.text" if needs else "employer.text"
    return SkillResult(
        (Text(say(key, who=who, url=url)),),
        outcome=Outcome.OK,
        data={"employer": who, "suggestions": []},
    )


# An employer's entry requirements asked about: "komm ich mit hauptschulabschluss zur
# bundeswehr", "Was braucht man für die Bundeswehr?", "braucht man Abi für ne Ausbildung bei
# der Deutschen Bahn?", "what do you need to join the Bundeswehr?"
_CERTIFICATE = (
    r"(?:hauptschulabschluss|realschulabschluss|schulabschluss|abschluss|abi|abitur|fachabi\w*"
    r"|fachabitur|fachhochschulreife|mittlere\w*\s+reife|msa|esa|hsa|fos|fachoberschulreife"
    r"|qualifiziert\w*\s+\w+)"
)
_NAME = r"(?P<who>(?:deutsche[nr]?\s+|german\s+)?[\w-]+(?:\s+[\w-]+)?)\W*$"
_GERMAN = re.compile(r"^(?:deutsche[nr]?|german)\s+")
_NEEDS = (
    re.compile(
        rf"\bmit\s+(?:\w+\s+){{0,2}}?{_CERTIFICATE}\b.{{0,40}}?\b(?:zur|zum|in\s+die|in\s+den"
        rf"|bei\s+der|beim|für\s+die|für\s+den)\s+{_NAME}",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:was|welche\w*)\s+(?:braucht|brauche|brauchst|muss|benötigt|voraussetzungen)\b"
        rf".{{0,40}}?\b(?:für\s+die|für\s+den|für\s+das|zur|zum|bei\s+der|beim)\s+{_NAME}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:{_CERTIFICATE}|voraussetzung\w*)\b.{{0,40}}?\b(?:ausbildung|lehre)\s+"
        rf"(?:bei\s+der|beim|bei)\s+{_NAME}",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:what|which)\b.{0,30}\b(?:need|needed|required|requirements)\b.{0,30}\b(?:join"
        rf"|to\s+work\s+(?:at|for)|for)\s+(?:the\s+)?{_NAME}",
        re.IGNORECASE,
    ),
)
_ARTICLES = re.compile(r"^(?:der|die|das|dem|den|the)\s+", re.IGNORECASE)


@cache
def _employers() -> frozenset[str]:
    raw = load_yaml(EMPLOYERS_PATH.read_text(encoding="utf-8"))
    return frozenset(str(name) for name in raw["employers"])


def employer_needs_asked(text: str, catalogue: Catalogue) -> str | None:
    """The known employer whose entry requirements ``text`` asks about, as typed. The list of
    employers wins over the catalogue's everyday words ("Bahn" for its railway occupations),
    never over an occupation's own names."""
    who = _employer_named(text)
    if who is None or any(m.kind not in EVERYDAY for m in catalogue.exact(who)):
        return None
    return who


def _employer_named(text: str) -> str | None:
    for pattern in _NEEDS:
        found = pattern.search(text.strip())
        if found is None:
            continue
        who = _ARTICLES.sub("", found["who"].strip())
        key = fold(who)
        if key in _employers() or _GERMAN.sub("deutsche ", key) in _employers():
            return who
        if _GERMAN.sub("", key) in _employers():  # "der Deutschen Bahn", "the German army"
            return who
    return None


# "Verkäuferin bei Rossmann", "Zahnmedizinische Fachangestellte bei einem Zahnarzt in Köln":
# where someone works, after the occupation's name, is no part of it
_AT_EMPLOYER = re.compile(r"^\s*(?P<title>\S.{2,80}?)\s+(?:bei|beim|at)\s+\S", re.IGNORECASE)


def title_before_employer(text: str) -> str | None:
    """The words before "bei …"/"at …" (the caller checks that they name an occupation)."""
    found = _AT_EMPLOYER.match(text)
    return found["title"].strip(" ,") if found is not None else None
