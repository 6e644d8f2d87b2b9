"""Exploration questions: "Welche Ausbildungen passen zu jemandem, der gern zeichnet?".

``parse`` recognises a question whose answer is a list of occupations and turns it into
filters (topics, school certificate, training type, duration). The words come from
``data/explore.yaml`` (topics, certificates, training types and the question frames); the
grammar of durations, negations, areas and compounds lives here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from skills.occupation.explore_words import Topic, Vocabulary, found, vocabulary
from skills.occupation.model import TrainingType
from skills.occupation.normalise import fold

__all__ = ["ExploreQuery", "Topic", "Vocabulary", "parse", "vocabulary"]

# "ohne", "nicht in der", "not in": a negation with at most three filler words before the hit.
_NEGATION = re.compile(
    # dislikes said outright: "hasst Büros", "hates offices", "dislikes sitting"
    # "nix auf dem Bau", "nichts mit Zahlen": the everyday negations as well
    r"\b(?:ohne|nicht|nichts|nix|kein\w*|no|not|without|hasst|hassen|hates?|dislikes?|never"
    # "statt Schreibtisch", "möglichst wenig mit Menschen", "null Bock auf Büro", "doesn't
    # want customer contact", "weder im Büro noch auf dem Bau"
    r"|statt|anstatt|instead\s+of|rather\s+than|wenig|weniger|null|doesn'?t|don'?t|won'?t"
    r"|weder|weder\s+(?:\w+\s+){1,6}?noch"
    # "Alternativen zum Studium", "außer Studium", "alternatives to uni", "other than an office"
    r"|alternative\w*\s+(?:zu[mr]?|to)|ausser|besides|other\s+than|apart\s+from)"
    # "Mag nicht: Kundenkontakt" (a note's label)
    r"(?:\s*:)?\s+"
    # "nicht auf dem Bau", "auf keinen Fall studieren", "not on a building site"
    # "will nicht ins Büro", "nicht zur Bundeswehr", "does not want to go into an office"
    r"(?:(?:in|im|ins|zum|zur|aufs|ans|der|die|den|dem|das|mit|an|am|bei|als|auf|aufm|fall"
    r"|the|with|as|a|an|on|at|into|to|go|want|work|working"
    # degree words: "nicht so viel rechnen", "nicht so gern mit Zahlen", "not too much"
    r"|so|viel|viele|zu|sehr|gern|gerne|unbedingt|much|many|too|really"
    # "keine Lust auf Büro", "keinen Kontakt zu Kunden"
    r"|bock|lust|kontakt|contact|with|zu|tun"
    # time and place: "nicht den ganzen Tag am selben Ort sitzen", "not all day"
    r"|ganzen|ganze|tag|selben|gleichen|ort|platz|lang|all|day|long)\s+){0,6}$"
)

# A dislike said after its word, ending the clause: "Büro hasst sie", "Bau auf keinen Fall",
# "Pflege kommt nicht in Frage", "mit Kunden eher nicht", "Kundenkontakt? Lieber nicht",
# "Menschen nein", "construction is a no-go for her". The words between may not join another
# word ("Autos und nicht ins Büro" rules out the office, not the cars), and the negation must
# end the clause ("Tiere, weiß aber nicht welche" rules nothing out).
_NEGATED_AFTER = re.compile(
    r"(?:\s*\?)?(?:\s+(?!(?:und|oder|and|or|sondern|but|als|than)\b)[\w']+){0,4}?"
    r"\s+(?:nicht|nie|nix|nichts|nee|nein|keinesfalls|auf\s+keinen\s+fall|no-?go|no\s+way"
    r"|never|not|hasst|hassen|hates?)"
    r"(?:\s+(?:so|mehr|wirklich|unbedingt|in\s+frage|infrage|seins?|ihrs?|sein\s+ding|ihr\s+ding"
    r"|(?:fuer|for)\s+\w+|er|sie|es|ihn|him|her|them|at\s+all|gern|gerne|leiden|ausstehen))*"
    r"\s*(?:[^\w\s:]|$)"  # not a note's label: "Technik / Mag nicht: Kunden"
)

# "Ausbildung zum Tischler", "als Koch": names one occupation; the skill checks the name.
# The occupation a question is about: "zum Tischler", "as a nurse", "for an electrician",
# "to become a chef"; when it names one occupation, the question is a lookup, not a list.
_SUBJECT = re.compile(
    r"\b(?:zum|zur|als|zu\s+einem|zu\s+einer|(?:as|for|to\s+become|become)\s+an?)\s+"
    r"(?P<name>[\w\- ]{3,40}?)\s*(?:[?.!,]|$)"
)
# A relative clause after "for a …" describes a person ("for a young man who …").
_PERSON = re.compile(r"\b(?:who|that)\b")
_UNFRAMED_WORDS = 5  # without a question frame only a few words can ask for a list
_LINK_WORDS = re.compile(r"\b(?:mit|ohne|und|im|in|bereich|with|without|and)\b")
_DURATION = re.compile(
    r"(?P<cmp>unter|weniger\s+als|hoechstens|maximal|max\.?|bis\s+zu|bis|ueber|mehr\s+als"
    r"|laenger\s+als|mindestens|less\s+than|under|up\s+to|more\s+than|over|at\s+least)?\s*"
    r"(?P<n>\d+(?:[.,]5)?|ein|eine|einem|zwei|drei|one|two|three)\s*-?\s*"
    r"(?P<unit>jahre?n?|jaehrig\w*|years?|year-|monate?n?|months?)"
)
# "kurze Ausbildungen", "a short apprenticeship"; not a reply asked to be short ("nur kurz",
# "ganz kurz", "kurz und knapp", "quick question")
_SHORT = re.compile(
    r"(?<!\bnur )(?<!\bganz )(?<!\bmal )(?<!\bbitte )\b(?:kurze?\w*|short|quick)\b"
    r"(?!\s+(?:und\s+knapp|gesagt|question|frage))"
)
# "nenn mir fünf Berufe", "3 kaufmännische Ausbildungen", "Top 5", "list three jobs": how many
# occupations the list is to hold (folded text). A duration between ("3 jährige Ausbildungen")
# is no count; "eine Ausbildung" asks about training, not for one entry.
_COUNT_WORDS = {
    "zwei": 2, "drei": 3, "vier": 4, "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwoelf": 12, "fuenfzehn": 15, "zwanzig": 20, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}  # fmt: skip
_COUNT = re.compile(
    r"\b(?:top\s*(?P<top>\d{1,2})\b|(?P<n>\d{1,2}|" + "|".join(_COUNT_WORDS) + r")\s+"
    r"(?:(?!(?:jahr|jaehrig|monat|year|month|wochen|weeks|stunden|hours|tage|days)\w*\b)"
    r"[\w-]+\s+){0,2}?"
    r"(?:ausbildung\w*|berufe\w*|jobs|lehrstellen|lehrberufe|vorschlaege|ideen|beispiele"
    r"|optionen|moeglichkeiten|alternativen|occupations|apprenticeships|careers|professions"
    r"|trades|options|ideas|examples|suggestions|alternatives|(?:it|office|trade|craft)\s+jobs)\b)"
)
_MOST_COUNTED = 20  # a larger number is no count a reply could honour in a chat
_NUMBERS = {"ein": 1, "eine": 1, "einem": 1, "one": 1, "zwei": 2, "two": 2, "drei": 3, "three": 3}
_AT_LEAST = ("ueber", "mehr", "laenger", "mindestens", "more", "over", "at")
# "im Bereich Medien", "Sozialbereich", "IT-Branche", "in the field of ...": an area named.
_AREA = re.compile(
    r"\b(?:bereich|branche|sektor|richtung|field\s+of|area\s+of)\s+(?:der\s+|des\s+|the\s+)?"
    r"(?P<a>\w{3,})"
    r"|\b(?!(?:im|in|am|an|der|dem|den|die|des|the|diesem|welchem)\b)(?P<b>\w{2,})\s+"
    r"(?:bereich|branche|sektor)\b"
    # "Berufe mit Kinden", "jobs with horsess": what follows "mit" names the area (one space
    # only: a certificate cut out of the text leaves blanks, and nothing follows it)
    # (or at the start: "berufe mit …" is a listing command, read without its command word)
    r"|(?:^|\b(?:ausbildung\w*|berufe?n?|jobs?|lehrstellen?|apprenticeships?|careers?|was|etwas)"
    r" )(?:mit|with) (?!(?:de[mnr]|die|das|eine?[mnr]?|meine[mnr]?|seine[mnr]?|ihre[mnr]?"
    r"|the|an?|my|his|her|their)\b)(?P<c>[^\W\d_]{3,})"
)
# Compounds with an area word are split so their head is matched: "Pflegebranche" -> "pflege
# branche", "IT-Bereich", "Handwerksberufe", "Gesundheitsbereich", "Metallrichtung".
_COMPOUND = re.compile(
    r"\b(\w{2,}?)-?(bereich\w*|branche\w*|sektor\w*|berufe\w*|ausbildungen|jobs|richtung)\b"
)
_TRAINING = re.compile(r"\b(?:ausbildung\w*|lehre|lehrstelle\w*|apprenticeship\w*)\b")


@dataclass(frozen=True, slots=True)
class ExploreQuery:
    """The filters an exploration question asked for; None or empty: not asked."""

    topics: tuple[Topic, ...] = ()
    excluded: tuple[Topic, ...] = ()
    max_school: int | None = None  # rank in profiles.yaml's schools, 0 = none
    school_word: str | None = None  # the certificate as the question named it
    training_type: TrainingType | None = None
    no_study: bool = False  # "Ausbildung" was asked for, not a degree programme
    # studying ruled out in words ("will nicht studieren", "Alternativen zum Studium"): what
    # is asked for is training, a filter of its own
    study_ruled_out: bool = False
    max_months: int | None = None
    min_months: int | None = None
    count: int | None = None  # "nenn mir fünf …": how many the list is to hold
    subject: str | None = None  # an occupation name after "zum/zur/als", if any
    stems: tuple[str, ...] = ()  # the topic words found, folded ("tier", "medien")
    unknown_area: str | None = None  # "im Bereich Raumfahrt": an area no topic knows
    loose: bool = False  # asked for a list only by a loose frame ("gibt es da was …?")
    # Only something ruled out was asked ("ohne Kundenkontakt"): topics to rank by instead
    suggested: tuple[Topic, ...] = ()
    # "kein Schichtdienst", "Höhenangst": conditions no catalogue field holds, folded; the
    # reply says them back as not taken into account rather than dropping them
    unheeded: tuple[str, ...] = ()

    @property
    def has_filter(self) -> bool:
        return bool(
            self.topics
            or self.excluded
            or self.max_school is not None
            or self.school_word
            or self.training_type
            or self.max_months
            or self.min_months
            or self.unknown_area
            or self.unheeded
            or self.study_ruled_out
        )


def _negated(text: str, start: int, end: int, others: frozenset[int] = frozenset()) -> bool:
    """Whether the word at ``start:end`` is ruled out, by a negation before or after it; a
    negation after it belongs to it only when no other topic word (``others``: where they
    start) stands between ("Tiere, aber Kundenkontakt eher nein" rules out the customers)."""
    if _NEGATION.search(text[:start]):
        return True
    after = _NEGATED_AFTER.match(text, end)
    return after is not None and not any(end <= other < after.end() for other in others)


def _school(text: str, vocab: Vocabulary) -> tuple[int | None, str | None, str]:
    """The highest certificate allowed, the words naming it, and the text without them."""
    for rank, words in sorted(vocab.schools, key=lambda item: item[0]):
        hit = found(words, text)
        if hit is None:
            continue
        rest = text[: hit.start()] + " " * len(hit.group(0)) + text[hit.end() :]
        negated = rank > 0 and _NEGATION.search(text[: hit.start()]) is not None
        if negated:
            return rank - 1, hit.group(0), rest
        # With Abitur every training is open; the answer still names the certificate.
        return (rank if rank < 3 else None), hit.group(0), rest
    return None, None, text


def school_asked(text: str, vocab: Vocabulary | None = None) -> tuple[int | None, str | None]:
    """The highest certificate ``text`` allows (as in a question's filters) and the words that
    named it; (None, None) when it names none, (None, words) for the Abitur (all open)."""
    vocab = vocab or vocabulary()
    folded = " ".join(fold(vocab.spell_out(text)).split())
    max_school, words, _ = _school(vocab.standardise(folded), vocab)
    return max_school, words


# What someone likes, said in a clause: "der gern jongliert", "who likes juggling",
# "die sich für Mode interessiert" (folded text)
_LIKES = re.compile(
    r"\b(?:der|die|das|who|that)\s+(?:sehr\s+|so\s+|really\s+|viel\s+)?"
    r"(?:gerne?|lieber|am\s+liebsten|likes?|loves?|enjoys?|prefers?)"
    r"\s+(?P<c>[^,.;:?!]{3,50})"
    r"|\b(?:der|die)\s+sich\s+(?:sehr\s+)?fuer\s+(?P<d>[^,.;:?!]{3,40}?)\s+interessier\w*"
    r"|\b(?:who\s+is|who's)\s+(?:really\s+)?(?:interested\s+in|into)\s+(?P<e>[^,.;:?!]{3,40})"
)


def _unknown_area(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The area the question named when no topic word covers it (said, never dropped): after
    "Bereich", or what someone likes ("der gern jongliert") when no topic word stands in it."""
    for hit in _AREA.finditer(text):
        group = next(name for name in ("a", "b", "c") if hit.group(name))
        start, end = hit.span(group)
        if not any(first < end and start < last for first, last in spans):
            return hit.group(group)
    for hit in _LIKES.finditer(text):
        group = next(name for name in ("c", "d", "e") if hit.group(name))
        start, end = hit.span(group)
        if not any(first < end and start < last for first, last in spans):
            return hit.group(group).strip()
    return None


# "ohne Blut", "without night shifts": something ruled out that no topic knows is said, like an
# unknown area, never silently dropped (a certificate or "ohne Studium" is read elsewhere)
_WITHOUT = re.compile(
    r"\b(?:ohne|without"
    # a note's label: "No-Go: Schichtdienst", "Mag nicht: Wochenenden"
    r"|no-?go\s*:|(?:mag|will|moechte)\s+nicht\s*:)\s(?P<w>[^\W\d_]{3,})"
)
# "Schichtarbeit kommt nicht in Frage": a clause's first word, ruled out after it (not a
# word of talk: "Dann eben nicht", "Warum nicht")
_CLAUSE_HEAD = re.compile(r"(?:^|[.!?;,:–—]\s*)(?P<w>[^\W\d_]{4,})")
_TALK = frozenset({
    "dann", "also", "eben", "jetzt", "sonst", "naja", "leider", "eigentlich", "warum", "wieso",
    "weshalb", "hallo", "danke", "klappt", "geht", "passt", "stimmt", "echt", "bitte", "dies",
    "dieses", "diese", "that", "this", "then", "well", "why", "sorry", "thanks",
})  # fmt: skip
_NOT_RULED_OUT = frozenset({
    "dass", "zu", "viel", "viele", "so", "sehr", "grosse", "grossen", "ein", "eine", "einen",
    "einem", "den", "die", "das", "der", "dem", "mit", "in", "im", "any", "a", "an", "the",
    "much", "too",
})  # fmt: skip


def _unknown_exclusion(text: str, spans: list[tuple[int, int]], vocab: Vocabulary) -> str | None:
    for hit in _WITHOUT.finditer(text):
        start, end = hit.span("w")
        word = hit.group("w")
        if word in _NOT_RULED_OUT or any(first < end and start < last for first, last in spans):
            continue
        if any(found(words, word) for _, words in vocab.training_types):
            continue  # "ohne Studium", "without an apprenticeship"
        return hit.group(0)
    for hit in _CLAUSE_HEAD.finditer(text):
        start, end = hit.span("w")
        word = hit.group("w")
        if word in _TALK or any(first < end and start < last for first, last in spans):
            continue
        after = _NEGATED_AFTER.match(text, end)
        # the negation of a topic word after it ("große Gruppen mag er nicht") is read already
        if after and not any(end <= first < after.end() for first, _ in spans):
            return word
    return None


# "kein Schichtdienst", "ohne Höhe", "nicht lange stehen": the negation is quoted with it
_LEAD_NEGATION = re.compile(r"(?:\b(?:ohne|kein\w*|nicht|nich|nix|no|not|without)\s+)$")


def _unheeded(text: str, spans: list[tuple[int, int]], vocab: Vocabulary) -> list[tuple[int, int]]:
    """Where ``text`` gives a condition no field holds (outside the topic words' ``spans``),
    each with a negation just before it, in the order given."""
    hits: list[tuple[int, int]] = []
    for word in vocab.unheeded:
        for hit in word.pattern.finditer(text):
            start, end = hit.span()
            taken = spans + hits
            if any(first < end and start < last for first, last in taken):
                continue
            lead = _LEAD_NEGATION.search(text, 0, start)
            hits.append((lead.start() if lead else start, end))
    return sorted(hits)


def _training_type(text: str, vocab: Vocabulary) -> tuple[TrainingType | None, bool]:
    """The training type asked for, and whether degree programmes were ruled out."""
    for kind, words in vocab.training_types:
        hit = found(words, text)
        if hit is None:
            continue
        if _NEGATION.search(text[: hit.start()]):  # "ohne Studium"
            return None, kind is TrainingType.STUDY
        return kind, False
    for token in re.finditer(r"\w{6,}", text):  # "schulsiche Ausbildungen": a near spelling
        near = vocab.typo_kind(token.group(0))
        if near is None:
            continue
        if _NEGATION.search(text[: token.start()]):
            return None, near is TrainingType.STUDY
        return near, False
    return None, False


def _duration(text: str) -> tuple[int | None, int | None]:
    hit = _DURATION.search(text)
    if hit:
        raw = hit.group("n").replace(",", ".")
        number = float(_NUMBERS.get(raw, 0) or raw)
        months = int(number if hit.group("unit").startswith(("mon", "month")) else number * 12)
        compare = (hit.group("cmp") or "").split()
        if compare and compare[0] in _AT_LEAST:
            return None, months
        return months, None
    if _SHORT.search(text):
        return 24, None
    return None, None


def count_asked(folded: str) -> int | None:
    """How many occupations the (folded) question asks for, if it names a number."""
    hit = _COUNT.search(folded)
    if hit is None:
        return None
    raw = hit.group("top") or hit.group("n")
    number = _COUNT_WORDS.get(raw) or int(raw)
    return number if 2 <= number <= _MOST_COUNTED else None


def _instead(excluded: list[Topic], vocab: Vocabulary) -> tuple[Topic, ...]:
    """The topics the excluded ones suggest instead, in their order, none of them excluded."""
    labels = [label for topic in excluded for label in topic.instead]
    by_label = {topic.label: topic for topic, _ in vocab.topics}
    return tuple(
        dict.fromkeys(
            by_label[label]
            for label in labels
            if label in by_label and by_label[label] not in excluded
        )
    )


def subject(text: str) -> str | None:
    """The occupation a question names after "zum/zur/als/for a", if any."""
    found_subject = _SUBJECT.search(" ".join(fold(text).split()))
    return found_subject.group("name").strip() if found_subject else None


def parse(
    text: str, vocab: Vocabulary | None = None, listing: bool = False
) -> ExploreQuery | None:
    """The exploration filters in ``text``, or None when it is not an exploration question.

    ``listing``: the user typed a listing command ("berufe mit Tieren"), so no question frame
    is needed.
    """
    vocab = vocab or vocabulary()
    folded = " ".join(fold(vocab.spell_out(text)).split())
    folded = _COMPOUND.sub(r"\1 \2", vocab.standardise(folded))
    if not folded or found(vocab.other_skills, folded):
        return None
    framed = listing or vocab.asks_for_a_list(folded)
    loose = not framed and vocab.asks_loosely(folded)
    if not framed and not loose and len(folded.split()) > _UNFRAMED_WORDS:
        return None
    max_school, school_word, rest = _school(folded, vocab)
    topics: list[Topic] = []
    excluded: list[Topic] = []
    stems: list[str] = []
    spans: list[tuple[int, int]] = []
    hits = vocab.topic_hits(rest)
    starts = frozenset(hit.start() for _, hit in hits.values())
    # "nicht in der Pflege": a narrow topic ruled out stands in for the broader one that
    # holds the same word, which then stays open ("im Krankenhaus, aber nicht in der Pflege")
    narrow = {
        hit[1].span()
        for index, (topic, _) in enumerate(vocab.topics)
        if topic.exclude_only
        and (hit := hits.get(index)) is not None
        and _negated(folded, hit[1].start(), hit[1].end(), starts)
    }
    for index, (topic, _) in enumerate(vocab.topics):
        hit = hits.get(index)
        if hit is None:
            continue
        spans.append(hit[1].span())
        negated = _negated(folded, hit[1].start(), hit[1].end(), starts)
        if topic.exclude_only or (negated and hit[1].span() in narrow):
            if negated and topic.exclude_only:
                excluded.append(topic)
            continue
        if negated:
            excluded.append(topic)
        else:
            topics.append(topic)
            stems.append(hit[0].text)
    for token in re.finditer(r"\w{6,}", rest):  # shorter tokens are close to too much
        if any(first < token.end() and token.start() < last for first, last in spans):
            continue
        typo = vocab.typo(token.group(0))
        spelt = vocab.topics[typo[0]][0] if typo else None
        if typo and spelt and not spelt.exclude_only and spelt not in topics + excluded:
            if _negated(folded, token.start(), token.end()):  # a misspelt word can be too
                excluded.append(spelt)
                continue
            topics.append(spelt)
            stems.append(typo[1])
    training_type, no_study = _training_type(folded, vocab)
    max_months, min_months = _duration(folded)
    found_subject = _SUBJECT.search(folded)
    subject = found_subject.group("name").strip() if found_subject else None
    if subject is not None and subject.split()[0] in vocab.generic_names:
        subject = None  # "Alternativen zum Studium nach dem Abi": a kind of training, no name
    # A loose frame asks for a list only with an interest, and not about an occupation named
    # after "zur"/"als" ("Wie lange dauert die Ausbildung zur Medizinischen Fachangestellten?").
    # "for a young woman who loves fashion" names a person, not an occupation.
    # "lieber dual als studieren": after "als" a kind of training, no occupation.
    named = (
        subject is not None and not _PERSON.search(subject) and subject not in vocab.generic_names
    )
    # Studying ruled out names what the list is of ("Abi, will nicht studieren – was gibt es?")
    loose = not framed and loose and (bool(topics) or no_study) and not named
    framed = framed or loose
    if not framed and len(folded.split()) > _UNFRAMED_WORDS:
        return None
    if not framed:
        # "Büro mit Hauptschulabschluss": an area and a certificate ask for a list without a
        # question frame; the area words stay the subject, so an occupation's name
        # ("Koch mit Hauptschulabschluss") is still looked up.
        if not topics or (max_school is None and school_word is None):
            return None
        subject = subject or " ".join(_LINK_WORDS.sub(" ", rest).split()) or None
    conditions = _unheeded(rest, spans, vocab)
    heeded = spans + conditions  # a condition said back is no unknown area besides
    query = ExploreQuery(
        topics=tuple(topics),
        excluded=tuple(excluded),
        max_school=max_school,
        school_word=school_word,
        training_type=training_type,
        no_study=no_study or (training_type is None and _TRAINING.search(folded) is not None),
        study_ruled_out=no_study,
        max_months=max_months,
        min_months=min_months,
        count=count_asked(folded),
        subject=subject,
        stems=tuple(stems),
        unknown_area=_unknown_area(rest, heeded) or _unknown_exclusion(rest, heeded, vocab),
        loose=loose,
        suggested=() if topics else _instead(excluded, vocab),
        unheeded=tuple(rest[start:end] for start, end in conditions),
    )
    return query if query.has_filter else None
