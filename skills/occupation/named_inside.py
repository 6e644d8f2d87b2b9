"""The occupation named inside a longer question: "Bauer (Landwirtschaft)", "Mechatroniker so
den ganzen Tag", "Azubi in der Tischlerei", "Schreinerlehre".

When the whole question names no entry, a run of its words may, as long as the other words
say nothing about occupations; a workplace ("Tischlerei") or a training compound
("Maurergeselle") stands for the occupation it is made of."""

from __future__ import annotations

import re

from skills.occupation.catalogue import Catalogue
from skills.occupation.model import EVERYDAY
from skills.occupation.normalise import fold, generic_words, normalise, person_titles, stopwords
from skills.occupation.practice import training_at_practice
from skills.occupation.short_names import ShortNames

# "Schreinerlehre", "Tischlerausbildung", "Koch-Azubi", "Maurergeselle": the occupation and a
# word for its training or for having completed it (a "Meister" is a further qualification and
# stays a question)
_TRAINING_COMPOUND = re.compile(
    r"^(?P<name>[^\W\d_]{4,}?)-?(?:lehre|ausbildung|azubi|lehrling|geselle|gesellin|schüler"
    r"|schülerin|schueler|schuelerin)$",
    re.IGNORECASE,
)
# "Tischlermeisterin", "Kfz-Meister": a master craftsman's title, a further qualification
# built on the training occupation it is made of
_MASTER_COMPOUND = re.compile(r"^(?P<name>[^\W\d_]{3,}?)-?meister(?:in)?$", re.IGNORECASE)
# After these an everyday word names a place, not the occupation ("Verkäuferin im Supermarkt")
PLACE_WORDS = frozenset({"im", "in", "bei", "beim", "am", "auf", "an", "at"})


class NamedInside:
    """Finds an entry's name inside other words, for one catalogue (whose name vocabulary it
    builds once, when first needed)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._catalogue = catalogue
        self._short = ShortNames(catalogue)
        self._words: frozenset[str] | None = None

    def find(self, text: str) -> str | None:
        """The longest run of words in ``text`` that names exactly one entry (its title, a
        gendered form, an alias, a former title or an everyday word), when the other words say
        nothing about occupations ("so den ganzen Tag"); None otherwise: in "Mechatroniker
        Kältetechnik" the second word qualifies the first and must not be dropped. A workplace
        ("Azubi in der Tischlerei", "Mitarbeiterin im Bürgerbüro") stands for its occupation
        when nothing else is named."""
        place = training_at_practice(text)  # "Azubi beim Zahnarzt": the dental practice
        if place is not None and self._catalogue.exact(place):
            return place
        typed = text.split()
        words = [self.without_training(word) for word in typed]
        # "Elektrikerlehre": a training compound of an everyday word with several entries is
        # that word; two separate words ("Elektroniker Meister") may qualify each other.
        found = self._named_in(text, words, several=words != typed)
        workplaces = [self.workplace(word) for word in words]
        if found is None and workplaces != words:
            found = self._named_in(text, workplaces)
        if found is None:
            found = self._named_in(text, words, places=True)
        return found

    def workplace(self, word: str) -> str:
        """ "Tischlerei" -> "Tischler", "Konditorei" -> "Konditor" when that names an entry."""
        bare = word.strip(",.;:!?")
        if len(bare) > 6 and bare.casefold().endswith("ei") and self._catalogue.exact(bare[:-2]):
            return bare[:-2]
        return word

    def master_of(self, text: str) -> str | None:
        """ "Tischlermeisterin" -> "Tischler" when ``text`` is one such word and its first
        part names an entry ("Bürgermeister", "Baumeister" name none); else None."""
        compound = _MASTER_COMPOUND.match(text.strip(" ,.;:!?"))
        if compound is None:
            return None
        name = compound["name"]
        if len(name) >= 4 and self._catalogue.exact(name):  # not "Bau" (a workplace)
            return name
        return self._short.title(name)  # "Kfz-Meister": the entry the abbreviation names

    def without_training(self, word: str) -> str:
        """ "Schreinerlehre" -> "Schreiner", "Maurergeselle" -> "Maurer" when that names an
        entry; else the word as typed."""
        compound = _TRAINING_COMPOUND.match(word.strip(",.;:!?"))
        if compound is None:
            return word
        if self._catalogue.exact(compound["name"]):
            return compound["name"]
        # "Metzgerei-Azubi", "Konditoreilehrling": the workplace stands for its occupation
        place = self.workplace(compound["name"])
        return place if place != compound["name"] else word

    def _named_in(
        self, text: str, words: list[str], places: bool = False, several: bool = False
    ) -> str | None:
        """See ``find``; with ``places`` an everyday word after "im/bei" counts too (a
        workplace), and generic words beside it ("Mitarbeiterin", "Angestellte") are expected
        rather than qualifying."""
        for size in range(min(len(words), 4), 0, -1):
            named: dict[str, str] = {}
            for start in range(len(words) - size + 1):
                if start and words[start - 1].casefold() in person_titles():
                    continue  # "Frau Koch": a surname
                place = words[start].casefold() in PLACE_WORDS or (
                    bool(start) and words[start - 1].casefold() in PLACE_WORDS
                )
                gram = " ".join(words[start : start + size]).strip(",.;:!?")
                if len(gram) >= 3:
                    for match in self._catalogue.exact(gram):
                        workplace = place and match.kind in EVERYDAY
                        if workplace is not places:
                            continue  # "im Supermarkt": where, not what (unless asked for)
                        named.setdefault(match.occupation.id, gram)
            if len(set(named.values())) > 1:
                return None  # two different names: no telling which was meant
            if len(named) > 1 and not (several and self._several_meanings(_gram_of(named))):
                return None
            if named:
                gram = _trimmed(next(iter(named.values())))
                rest = set(normalise(text).tokens) - set(normalise(gram).tokens)
                qualifiers = (
                    self._name_words() - generic_words()
                    if places
                    else (self._name_words() | generic_words())
                )
                return None if rest & qualifiers else gram
        return None

    def _several_meanings(self, gram: str) -> bool:
        """One everyday word with several entries ("Elektriker"), or one entry's own name that
        everyday usage also gives another ("Klempner"): ``decide`` answers it with the
        likeliest and offers the others."""
        own = [m for m in self._catalogue.exact(gram) if m.kind not in EVERYDAY]
        return len({match.occupation.id for match in own}) <= 1

    def _name_words(self) -> frozenset[str]:
        """Every word of every entry's names (built once per catalogue)."""
        if self._words is None:
            self._words = frozenset(
                token
                for occupation in self._catalogue.occupations
                for name, _ in occupation.names()
                for token in normalise(name).tokens
                if len(token) >= 4
            )
        return self._words


def _gram_of(named: dict[str, str]) -> str:
    """The one name every entry in ``named`` was found by."""
    return next(iter(named.values()))


def _trimmed(words: str) -> str:
    """``words`` without filler at either end ("Kellner bei uns im" -> "Kellner")."""
    parts = words.split()
    filler = stopwords()
    while len(parts) > 1 and fold(parts[-1]).strip(",.;:!?") in filler:
        parts.pop()
    while len(parts) > 1 and fold(parts[0]).strip(",.;:!?") in filler:
        parts.pop(0)
    return " ".join(parts)
