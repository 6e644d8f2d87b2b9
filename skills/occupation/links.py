"""Links an answer offers: the official BERUFENET entry and where pay figures are published.

BERUFENET (Bundesagentur für Arbeit) is searched by the occupation's base form: its search
finds "Tischler" but not the slash title "Tischler/in". The catalogue has no BERUFENET ids,
so the link is a search, which lands on the entry or a short list with it.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from skills.occupation.model import Occupation

BERUFENET_SEARCH = "https://web.arbeitsagentur.de/berufenet/ergebnisseite?suchwoerter={term}"
# BIBB: "Datenbank Tarifliche Ausbildungsvergütungen", updated every year (as of 1 October).
BIBB_PAY = "https://www.bibb.de/de/729.php"
# Bundesagentur für Arbeit: "Entgeltatlas", median gross pay of employees per occupation and
# region (from the employment statistics), i.e. what qualified people earn.
ENTGELTATLAS = "https://web.arbeitsagentur.de/entgeltatlas/"
# Open training places, with place and radius
JOBSUCHE = "https://www.arbeitsagentur.de/jobsuche/"

_GENDER_SUFFIX = re.compile(r"/(?:-?[\wäöüß]+)")  # "/in", "/-frau", "/Köchin"


def berufenet_term(occupation: Occupation) -> str:
    """The base form BERUFENET searches by: the masculine form, else the title unslashed."""
    term = occupation.male or _GENDER_SUFFIX.sub("", occupation.title)
    return " ".join(term.replace("–", " ").split())  # "Elektroniker – Energie- …"


def berufenet_url(occupation: Occupation) -> str:
    return berufenet_search(berufenet_term(occupation))


def berufenet_search(term: str) -> str:
    """BERUFENET's search for any term, e.g. a word the catalogue does not know."""
    return BERUFENET_SEARCH.format(term=quote(term, safe=""))
