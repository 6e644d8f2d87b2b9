"""A requirement beyond the school certificate, asked together with the occupation.

"Braucht man für Berufskraftfahrer einen Führerschein?", "Muss man als Pflegefachfrau gut
Deutsch sprechen?", "do you need good German for an apprenticeship as a chef?": the catalogue
gives only the usual school certificate, so the answer says that it does not list the thing
asked about (``Focus.NEED``). The thing must be cut off the occupation's name, or the search
reads "Berufskraftfahrer einen Führerschein" as an occupation with a specialisation. A school
certificate asked this way ("Braucht man für Bankkaufmann ein Abitur?") is the card's own fact
(``Focus.REQUIREMENTS``), cut off the name the same way.
"""

from __future__ import annotations

import re
from functools import cache

from skills.occupation.explore_words import found, vocabulary
from skills.occupation.focus import Focus
from skills.occupation.normalise import fold, word_section

_WHO = r"(?:man|ich|er|sie|du|se|ma)"
_ARTICLE = r"(?:(?:ein|eine|einen|einem|einer|der|die|den|dem|das|ne|nen|n|a|an|the)\s+)?"
_TRAINING = r"(?:(?:die\s+|eine\s+)?(?:ausbildung|lehre)\s+(?:zum|zur|als)\s+)?"
_GOOD = r"(?:(?:sehr\s+)?(?:gut|gute|guten|guter|gutes|good|fluent)\s+)"
# The occupation (``q``) and the thing asked about (``thing``, one or two words).
_SCHOOL = (
    r"(?:abitur|abi|fachabitur|fachabi|fachhochschulreife|realschulabschluss"
    r"|hauptschulabschluss|schulabschluss|mittlere\s+reife|msa|esa)"
)
_THING = r"(?P<thing>[^\W\d_]+(?:[- ][^\W\d_]+)?)"
_PATTERNS = (
    # "Braucht man für Berufskraftfahrer einen Führerschein?": the thing after an article or
    # "gute" ("… gute Mathenoten?"), so that the name before it stays whole
    rf"^\W*(?:braucht|brauche|brauch|brauchst|benötigt|benoetigt)\s+{_WHO}\s+"
    rf"(?:für|fuer|als|zum|zur|bei)\s+{_TRAINING}{_ARTICLE}(?P<q>.+?)\s+"
    rf"(?:(?:ein|eine|einen|nen|ne|n)\s+|{_GOOD}){_THING}\s*[?.!]*\s*$",
    # "Brauch ich für die Polizei Abitur?": a school certificate needs no article, since no
    # occupation's name ends in one
    rf"^\W*(?:braucht|brauche|brauch|brauchst|benötigt|benoetigt)\s+{_WHO}\s+"
    rf"(?:für|fuer|als|zum|zur|bei)\s+{_TRAINING}{_ARTICLE}(?P<q>.+?)\s+(?:(?:das|den)\s+)?"
    rf"(?P<thing>{_SCHOOL})\s*[?.!]*\s*$",
    # "Muss man als Pflegefachfrau gut Deutsch sprechen?"
    rf"^\W*(?:muss|müssen|muessen|sollte)\s+{_WHO}\s+(?:als|für|fuer)\s+{_TRAINING}{_ARTICLE}"
    rf"(?P<q>.+?)\s+{_GOOD}?(?:in\s+)?{_THING}\s+"
    r"(?:sprechen|können|koennen|beherrschen|haben|sein|mitbringen)\s*[?.!]*\s*$",
    # "do you need good German for an apprenticeship as a chef?"
    r"^\W*(?:do|does|would)\s+(?:you|i|one|he|she|they|we)\s+need\s+(?:to\s+speak\s+)?"
    rf"(?:a\s+|an\s+|any\s+)?{_GOOD}?{_THING}\s+(?:to\s+become|for|as)\s+"
    r"(?:(?:an?\s+)?(?:apprenticeship|training)\s+as\s+)?(?:an?\s+|the\s+)?(?P<q>.+?)"
    r"(?:\s+in\s+germany)?\s*[?.!]*\s*$",
)


@cache
def _questions() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in _PATTERNS)


@cache
def _certificates() -> frozenset[str]:
    """The requirement words a card answers itself ("Abitur", "Abschluss", "Noten")."""
    phrases = word_section("follow_up")["focus"]["requirements"]
    return frozenset(fold(str(phrase)) for phrase in phrases)


def _a_certificate(thing: str) -> bool:
    folded = fold(thing)
    schools = (word for _, group in vocabulary().schools for word in group)
    return folded in _certificates() or found(tuple(schools), folded) is not None


def need_asked(text: str) -> tuple[str, Focus] | None:
    """The occupation of a question whether something is needed for it, with ``Focus.NEED``
    (``Focus.REQUIREMENTS`` when the thing is a school certificate); None for any other
    text."""
    cleaned = " ".join(text.split())
    for pattern in _questions():
        asked = pattern.search(cleaned)
        if asked is not None:
            certificate = _a_certificate(asked["thing"])
            return asked["q"], Focus.REQUIREMENTS if certificate else Focus.NEED
    return None
