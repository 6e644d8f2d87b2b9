"""Replies to questions whose answer is a list or a comparison, from the catalogue's facts.

``answer_question`` is the occupation skill's hook: it returns a reply for a general question
about the training system (training_system), a comparison (compare_answer), a question for
alternatives (similar) or an exploration question (here), and None for an ordinary lookup.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from bot.message_memo import per_message
from bot.reply import Block, Heading, Outcome, Text
from bot.skill import SkillResult
from bot.texts import Texts
from skills.occupation import compare, explore, similar, training_system
from skills.occupation.about_catalogue import answer_about_catalogue, asks_about_catalogue
from skills.occupation.as_typed import as_typed
from skills.occupation.catalogue import Catalogue
from skills.occupation.compare_answer import answer_comparison
from skills.occupation.compare_many import answer_many
from skills.occupation.facts import Say, duration_text
from skills.occupation.follow_up import asks_for_many, asks_pay
from skills.occupation.list_more import remembering
from skills.occupation.listing import ACTIONS, SHOWN, line, lookup_actions
from skills.occupation.model import EVERYDAY
from skills.occupation.normalise import fold
from skills.occupation.part_time import (
    BERUFENET,
    answer_part_time,
    asks_about_part_time,
    open_part_time,
)
from skills.occupation.practice import practice_named
from skills.occupation.ranking import rank, rank_suggested
from skills.occupation.school_names import school_name
from skills.occupation.school_names import schools as certificates

log = logging.getLogger(__name__)

_SUBJECT_CLEAR = 90.0  # "Ausbildung zum Kfz-Mechatroniker": a lookup, not an exploration
# "berufe Handwerk", "beruf mit Tieren", "job ohne Abitur": a command that asks for a list.
_LISTING_COMMANDS = frozenset(("berufe",))
_LISTING_ARGS = re.compile(r"^\s*(?:mit|im|in|für|fuer|ohne|rund|with|without|for)\b", re.I)
_WORD = re.compile(r"[\w/-]+")
_NAME_CHARS = 4  # shorter words are no occupation's name
_INSTITUTION_BEFORE = frozenset({"vom", "von", "beim", "bei", "from", "by"})


@per_message
def _parse(text: str, listing: bool) -> explore.ExploreQuery | None:
    # The router's match_score and the skill's handle parse the same text in one turn; the
    # reading is shared within that turn only, so no message text stays behind in a cache.
    return explore.parse(text, listing=listing)


def is_question(text: str, catalogue: Catalogue, listing: bool = False) -> bool:
    """True when ``text`` is a comparison or exploration question (for intent scoring)."""
    generic = explore.vocabulary().generic_names
    if asks_about_catalogue(text) or _general(text, catalogue) is not None:
        return True
    if compare.parse(text) is not None or similar.parse(text, generic) is not None:
        return True
    if _part_time(text, catalogue):
        return True
    query = _parse(text, listing)
    return query is not None and not _names_one(query, catalogue, text)


def _part_time(text: str, catalogue: Catalogue) -> bool:
    """A part-time question that names no one occupation ("Tischler in Teilzeit" is a lookup,
    and so is "Kann man Erzieher in Teilzeit lernen?", which names it without "zum")."""
    if not asks_about_part_time(text) or _named_exactly(text, catalogue):
        return False
    words = (explore.subject(text) or "").split()
    return not any(
        (found := catalogue.search(" ".join(words[:size]), limit=1))
        and found[0].score >= _SUBJECT_CLEAR
        for size in range(min(len(words), 4), 0, -1)
    )


def answer_question(
    text: str, catalogue: Catalogue, texts: Texts, language: str, command: str | None = None
) -> SkillResult | None:
    """A comparison or a list of fitting occupations; None for an ordinary lookup.

    ``command``: the skill command the user typed, if any ("berufe mit Tieren" needs no
    question phrase).
    """
    say: Say = partial(texts.get, language)
    listing = command is not None and (
        command in _LISTING_COMMANDS or _LISTING_ARGS.match(text) is not None
    )
    if not listing and catalogue.exact(text.strip()) and not _workplace_asked(text):
        return None  # "Mechatronikerin": a name, looked up; nothing else to read it for
    if asks_about_catalogue(text):  # "Wie viele Berufe kennst du?"
        return answer_about_catalogue(catalogue, say)
    general = _general(text, catalogue)
    if general is None and command is not None:  # "Berufe mit Zukunft": the command is a word
        general = _general(f"{command} {text}", catalogue)
    if general is not None:
        return training_system.answer_general(general, language, say)
    comparison = compare.parse(text)
    if comparison is not None:
        sides = (comparison.left, comparison.right)
        if any(training_system.names_no_occupation(side) for side in comparison.names):
            return training_system.answer_not_occupations(*sides, language, say)
        if comparison.middle:
            return answer_many(comparison.names, catalogue, say, language)
        return answer_comparison(comparison, catalogue, say, language)
    query = _parse(text, listing)
    if _part_time(text, catalogue):
        # "Teilzeitausbildung im Büro": the field's trainings that part time is open to
        if query is not None and query.topics:
            return _explore(query, catalogue, say, language, part_time=True, text=text)
        return answer_part_time(catalogue, say)
    alternative_to = similar.parse(text, explore.vocabulary().generic_names)
    if alternative_to is not None:
        # "ähnlich wie Tischler" names an occupation (or something close enough to ask about);
        # "ähnlich wie draußen arbeiten" names none and is explored instead.
        resolved = compare.resolve(catalogue, alternative_to)
        if query is None or resolved.occupation is not None or resolved.candidates:
            return similar.answer_similar(alternative_to, catalogue, say)
    if query is None or _names_one(query, catalogue, text):
        return None
    return _explore(query, catalogue, say, language, text=text)


def _general(text: str, catalogue: Catalogue) -> training_system.SystemTopic | None:
    """The training-system question ``text`` asks, unless it names an occupation ("Was ist
    eine Umschulung zum Tischler?" is about the Tischler)."""
    topic = training_system.topic_of(text)
    if topic is None:
        return None
    if not topic.with_occupation and _names_occupation(explore.subject(text), catalogue):
        return None
    # "Weiterbildungen im Bereich Pflege": a field's everyday word names no one occupation
    own = training_system.owns_list(topic, text)
    if topic.focus is not None and _named_exactly(text, catalogue, everyday=not own):
        return None  # "mindestalter tischler ausbildung": the fact beside the card
    if (
        topic.focus is None
        and training_system.only_keywords(text)
        and _named_exactly(text, catalogue)
    ):
        return None  # "Zwischenprüfung Mechatroniker": keywords naming an occupation look it up
    if not topic.with_lists and asks_for_many(text) and not own:
        return None  # "Ausbildungen im Handwerk in der Nähe": a list all the same
    return topic


def _names_one(query: explore.ExploreQuery, catalogue: Catalogue, text: str) -> bool:
    """Whether the words after "zum/zur/als" start with an occupation's name, or, for a
    question only loosely framed as a list, any of its words is one ("Tochter möchte
    Tierarzthelferin werden, wie lang ist die Ausbildung?")."""
    if _at_workplace(query, text):
        return False  # "Ausbildung im Krankenhaus": the list of the workplace, no synonym
    if _names_occupation(query.subject, catalogue):
        return True
    if practice_named(text) is not None and not asks_for_many(text):
        return True  # "Lehre bei der Bank": the training there, not the field of numbers
    return query.loose and (_named_exactly(text, catalogue) or _one_paid(text, catalogue))


def _at_workplace(query: explore.ExploreQuery, text: str) -> bool:
    """Whether the question asks about a workplace the list names outright, after "im",
    "bei", "at" ("Ausbildung im Krankenhaus", "Ausbildungen im Rathaus"); the synonym table's
    row for it is a lookup's last resort. "Führerschein für Berufskraftfahrer" names no place."""
    subject, folded = query.subject, fold(text)
    return any(
        topic.ids
        and (subject is None or subject.startswith(stem))
        and re.search(rf"\b{_AT}\s+{_PLACE_ARTICLE}{re.escape(stem)}", folded)
        for topic, stem in zip(query.topics, query.stems, strict=False)
    )


def _workplace_asked(text: str) -> bool:
    """A list question about a workplace whose word alone is a lookup ("Ausbildung im
    Krankenhaus" holds nothing but "Krankenhaus" once the filler is dropped)."""
    if _AT_PLACE.search(text) is None:  # (cheap first: every lookup of a name comes here)
        return False
    query = _parse(text, False)
    return query is not None and _at_workplace(query, text)


_PLACE_ARTICLE = r"(?:(?:der|dem|den|einer|einem|einen|ner|nem|a|an|the)\s+)?"
# the prepositions a workplace follows (see _at_workplace)
_AT = r"(?:im|in|bei|beim|am|at)"
_AT_PLACE = re.compile(rf"\b{_AT}\b", re.IGNORECASE)


# "What does an electrician earn during the apprenticeship?": pay asked of one person at work,
# named by an everyday word after an article; a list question asks about many
_ONE = re.compile(r"\b(?:a|an|ein|eine|einen|einer|als)\s+([\w-]{4,})", re.IGNORECASE)


def _one_paid(text: str, catalogue: Catalogue) -> bool:
    return asks_pay(text) and any(catalogue.exact(m.group(1)) for m in _ONE.finditer(text))


def _named_exactly(text: str, catalogue: Catalogue, everyday: bool = False) -> bool:
    # Only the entries' own names unless ``everyday``: everyday words of the synonym table
    # include interests ("Pferde" for Pferdewirt/in), which a list question names. After
    # "vom"/"beim" an everyday word names an institution ("vom Jobcenter gefördert"), not the
    # occupation of those who work there.
    words = _WORD.findall(text)
    folded = [word.casefold() for word in words]
    return any(
        match.kind not in EVERYDAY
        or (everyday and _INSTITUTION_BEFORE.isdisjoint(folded[max(start - 1, 0) : start + size]))
        for size in (3, 2, 1)
        for start in range(len(words) - size + 1)
        if len(gram := " ".join(words[start : start + size])) >= _NAME_CHARS
        for match in catalogue.exact(gram)
    )


def _names_occupation(subject: str | None, catalogue: Catalogue) -> bool:
    words = (subject or "").split()
    for size in range(min(len(words), 4), 0, -1):  # "als Tischler läuft gut" -> "tischler"
        found = catalogue.search(" ".join(words[:size]), limit=1)
        if found and found[0].score >= _SUBJECT_CLEAR:
            return True
    return False


def _filters(query: explore.ExploreQuery, schools: Sequence[str], say: Say, language: str) -> str:
    parts: list[str] = []
    if query.topics:
        labels = ", ".join(t.name(language) for t in query.topics)
        parts.append(say("explore.filter_topics", topics=labels))
    if query.excluded:
        labels = ", ".join(t.name(language) for t in query.excluded)
        parts.append(say("explore.filter_excluded", topics=labels))
    if query.suggested:
        labels = ", ".join(t.name(language) for t in query.suggested)
        parts.append(say("explore.filter_suggested", topics=labels))
    if query.max_school == 0 and query.school_word:
        parts.append(say("explore.filter_no_school"))  # not "Schulabschluss ohne schulabschluss"
    elif query.max_school is not None:
        school = school_name(schools[query.max_school], say)
        parts.append(say("explore.filter_school", school=school))
    elif query.school_word:
        parts.append(say("explore.filter_school_open", school=query.school_word))
    if query.training_type:
        kind = say(f"training_type.{query.training_type.value}")
        parts.append(say("explore.filter_type", type=kind))
    elif query.no_study:
        parts.append(say("explore.filter_no_study"))
    if query.max_months:
        parts.append(say("explore.filter_max", duration=duration_text(query.max_months, say)))
    if query.min_months:
        parts.append(say("explore.filter_min", duration=duration_text(query.min_months, say)))
    return "; ".join(parts)


def _explore(
    query: explore.ExploreQuery,
    catalogue: Catalogue,
    say: Say,
    language: str,
    part_time: bool = False,
    text: str = "",
) -> SkillResult:
    schools = certificates()
    # "ohne Kundenkontakt" alone: ranked by the work its topic suggests instead, not listed
    # in the catalogue's order (which starts with the office)
    if query.suggested:
        fits = rank_suggested(query, catalogue.occupations, schools)
    else:
        fits = rank(query, catalogue.occupations, schools)
    if part_time:  # only the entries part time is open to, by law or by their own note
        fits = [fit for fit in fits if open_part_time(fit.occupation)]
    filters = _filters(query, schools, say, language)
    log.debug("occupation exploration", extra={"results": len(fits)})
    # what was not taken into account is quoted as typed ("ohne Höhe", not "ohne hoehe")
    area = as_typed(text, query.unknown_area) if query.unknown_area else None
    unheeded = [as_typed(text, condition) for condition in query.unheeded]
    said: list[Block] = [Text(say("explore.unknown_area", area=area))] if area else []
    if unheeded:
        quoted = ", ".join(say("explore.quoted", words=words) for words in unheeded)
        said.append(Text(say("explore.unheeded", conditions=quoted)))
    # an unknown area, or conditions alone: listing everything else would answer a
    # different question (a certificate asked beside a condition still gets its list)
    if not query.topics and (area or (said and not replace(query, unheeded=()).has_filter)):
        blocks_unknown: tuple[Block, ...] = (*said, Text(say("explore.none_hint")))
        data_unknown = {
            "exploration": {
                "results": [],
                "unknown_area": query.unknown_area,
                "unheeded": list(query.unheeded),
            }
        }
        return SkillResult(blocks_unknown, outcome=Outcome.UNKNOWN, data=data_unknown)
    if not fits:
        blocks: tuple[Block, ...] = (
            Text(say("explore.none", filters=filters)),
            Text(say("explore.none_hint")),
        )
        return SkillResult(blocks, outcome=Outcome.OK, data={"exploration": {"results": []}})
    size = query.count or SHOWN  # "nenn mir fünf Berufe": as many as asked
    shown = fits[:size]
    lines = "\n".join(line(fit, say) for fit in shown)
    result: list[Block] = [
        Heading(say("explore.heading")),
        Text(say("explore.filters", filters=filters)),
    ]
    if part_time:
        result[:] = [
            Heading(say("part_time.heading")),
            Text(say("part_time.dual_law")),
            Text(say("part_time.list", filters=filters)),
        ]
    result += [
        *said,
        Text(lines),
        Text(say("explore.count", shown=len(shown), total=len(fits))),
    ]
    if query.max_school == 0:
        # with an interest, the interest's dual training that employers usually enter with
        # a higher certificate is shown too, marked so ("nicht in die IT ohne Abschluss")
        above = any(fit.above_school for fit in shown)
        key = "explore.no_certificate_above" if above else "explore.no_certificate"
        result.append(Text(say(key)))
    if part_time:
        result.append(Text(say("part_time.school_based")))
        result.append(Text(say("part_time.source", url=BERUFENET)))
    result.append(Text(say("explore.note")))
    result.append(lookup_actions([fit.occupation.title for fit in shown[:ACTIONS]], say))
    data = {
        "exploration": {
            "filters": filters,
            "results": [
                {"id": fit.occupation.id, "title": fit.occupation.title, "why": list(fit.reasons)}
                for fit in shown
            ],
            "total": len(fits),
        }
    }
    sources = tuple(dict.fromkeys(fit.occupation.source for fit in shown))
    # The entries in the order shown, for a follow-up that picks one ("und das zweite?"), and
    # those not yet shown, for "weitere?" and "welche davon ohne Abi?"
    listed = remembering(
        [fit.occupation for fit in shown], [fit.occupation for fit in fits[size:]]
    )
    return SkillResult(
        tuple(result), outcome=Outcome.OK, data=data, sources=sources, remember=listed
    )
