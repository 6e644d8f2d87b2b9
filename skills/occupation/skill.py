"""The occupation lookup skill: "beruf Tischler", "Was macht eine Mechatronikerin?"."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import replace
from functools import cache, partial
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.other_request import names_other_command
from bot.reply import Outcome, Text
from bot.skill import FollowUp, Guess, Skill, SkillContext, SkillMeta, SkillResult
from bot.texts import Texts
from skills.occupation.answer import OccupationAnswerer, OfflineAnswerer
from skills.occupation.bare_word import bare_work_word, only_chat_words
from skills.occupation.card import about_card, answer_card
from skills.occupation.catalogue import (
    BUILTIN_PATH,
    Catalogue,
    InMemoryCatalogue,
    load_builtin_catalogue,
)
from skills.occupation.choices import choice_result, not_found_result
from skills.occupation.client_frame import without_client
from skills.occupation.compare_answer import answer_comparison
from skills.occupation.confidence import Verdict, decide
from skills.occupation.difference import (
    asks_difference,
    compared_only,
    difference_asked,
    remembered_pair,
    remembered_title,
    remembering_pair,
    with_previous,
)
from skills.occupation.employer import (
    employer_asked,
    employer_before_lists,
    employer_needs_asked,
    employer_result,
    title_before_employer,
)
from skills.occupation.evidence import occupation_evidence
from skills.occupation.explore_answer import answer_question
from skills.occupation.facts import Say
from skills.occupation.field_question import fact_of_field
from skills.occupation.field_word import field_listing
from skills.occupation.focus import Focus
from skills.occupation.follow_up import FollowUpQuestion, read_follow_up
from skills.occupation.lead_clause import named_before
from skills.occupation.list_choose import answer_choice, chosen_of_list
from skills.occupation.list_facts import (
    answer_of_list,
    listed_only,
    of_every_entry,
    of_them_removed,
)
from skills.occupation.list_more import answer_list_follow_up, asked_of_list
from skills.occupation.llm_answerer import LLMAnswerer
from skills.occupation.model import Occupation
from skills.occupation.named_inside import NamedInside
from skills.occupation.ports import OccupationRepository
from skills.occupation.practice import practice_named, training_at_practice
from skills.occupation.providers.live import LiveLookup, LiveResult
from skills.occupation.providers.registry import SourcePlan
from skills.occupation.providers.settings import OccupationSettings
from skills.occupation.qualified import qualified
from skills.occupation.query import (
    INTENT_CUES,
    OccupationQuery,
    extract_query,
    only_refers_back,
)
from skills.occupation.revisit import answer_revisit, read_revisit, revisits
from skills.occupation.short_names import ShortNames
from skills.occupation.work_answer import answer_by_work

log = logging.getLogger(__name__)
_MAX_NAME = 80  # longer arguments are no single occupation's name
TEXTS_DIR = Path(__file__).with_name("texts")
_ALTERNATIVES = 4
_FOCUS_VALUES = frozenset(focus.value for focus in Focus)
_REMARK = re.compile(r"\s*\([^()]*\)")


@cache
def shared_catalogue(path: Path = BUILTIN_PATH) -> InMemoryCatalogue:
    """The built-in catalogue, loaded once per path and shared by every engine in the process."""
    return load_builtin_catalogue(path)


@cache
def skill_texts() -> Texts:
    return Texts.load(TEXTS_DIR)


class OccupationSkill(Skill):
    """Looks occupations up in the catalogue and answers with its facts.

    ``SkillResult.data`` (machine-readable, for tests and scripts; never rendered):
    ``occupation`` (every catalogue field), ``related`` (``[{id, title}]``), ``alternatives``
    (titles), ``matched`` (``{name, kind}``: the name the query hit and whether it is the
    title, a gendered form, an alias, a former title or an everyday word from the synonym
    table), ``berufenet_url`` and ``source``
    (``{title, as_of, url, note}``). When the lookup is not sure it asks instead
    (``Outcome.PROMPT``; ``choices``: ``[{id, title}]``, ``ambiguous``) or says nothing was
    found (``Outcome.UNKNOWN``); see skills.occupation.confidence. Exploration questions
    instead carry ``exploration`` (``{filters, results: [{id, title, why}], total}``),
    comparisons ``comparison`` (both entries' fields), questions for alternatives ``similar``
    (``{to, results}``); see skills.occupation.explore_answer. A follow-up question answered
    for the occupation shown last ("Und was verdient man da?") carries ``occupation``,
    ``matched``, ``berufenet_url``, ``source`` and ``follow_up`` (``{focus}``); see
    skills.occupation.follow_up. Every card remembers its occupation (id, title and the fact
    asked about, nothing of the conversation) for such follow-ups.
    """

    repository = OccupationRepository  # imported ESCO rows and the live lookup cache
    meta = SkillMeta(
        id="occupation",
        name_de="Berufe nachschlagen",
        name_en="Occupation lookup",
        description_de=(
            "Kurzinfos zu Ausbildungsberufen: Ausbildungsart, Dauer, Berufsfeld; passende "
            "Ausbildungen nach Interesse, Bereich oder Schulabschluss; zwei Berufe im Vergleich; "
            "Fragen rund um Ausbildung und Übergang (BAB, EQ, Schulabschlüsse, Probezeit …)."
        ),
        description_en=(
            "Key facts on German training occupations: type, duration, field; occupations by "
            "interest, area or school certificate; two occupations compared; questions on "
            "training and the way into it (BAB, EQ, school certificates, probation …)."
        ),
        commands=("beruf", "berufe", "occupation", "job"),
        examples_de=(
            "beruf Tischler",
            "Was macht eine Mechatronikerin?",
            "Wie lange dauert die Ausbildung zur Medizinischen Fachangestellten?",
            "Welche Ausbildungen passen zu jemandem, der gern zeichnet?",
            "Unterschied zwischen Tischler und Holzmechaniker?",
            "Was ist eine Einstiegsqualifizierung?",
        ),
        examples_en=(
            "occupation carpenter",
            "What does a nurse do?",
            "jobs for someone who likes working outdoors",
            "What is the Fachhochschulreife?",
        ),
        intents=INTENT_CUES,
        needs_llm=False,
        enabled_by_default=True,
        order=10,
    )

    def __init__(
        self,
        catalogue: Catalogue,
        answerer: OccupationAnswerer | None = None,
        texts: Texts | None = None,
        live: LiveLookup | None = None,
        plan: SourcePlan | None = None,
    ) -> None:
        self._catalogue = catalogue
        self._live = live  # live providers (BERUFENET, ESCO API), asked per query when set
        self._plan = plan  # how ``start`` rebuilds the sources with the store's data
        self._texts = texts or skill_texts()
        self._answerer = answerer or OfflineAnswerer(self._texts)
        self._inside = NamedInside(catalogue)
        self._short = ShortNames(catalogue)

    @classmethod
    def create(cls, settings: Settings) -> OccupationSkill:
        # The skill's own section (LOTSE_OCCUPATIONS_PROVIDERS, …): built-in + imported ESCO
        # rows (added by ``start``) and the optional live providers; see
        # skills.occupation.providers.registry.
        config = settings.section(OccupationSettings)
        plan = SourcePlan(shared_catalogue(BUILTIN_PATH), config)
        sources = plan.initial()
        # The model phrases answers while the engine has one (LLMAnswerer falls back).
        answerer = LLMAnswerer(OfflineAnswerer(skill_texts()))
        return cls(sources.catalogue, answerer=answerer, live=sources.live, plan=plan)

    async def start(self, repository: OccupationRepository) -> None:
        """Add the imported ESCO rows and cache live lookups in the skill's repository."""
        if self._plan is None:
            return  # built around a fixed catalogue
        sources = await self._plan.load(repository)
        self._catalogue, self._live = sources.catalogue, sources.live
        self._inside = NamedInside(sources.catalogue)  # its names are read when needed
        self._short = ShortNames(sources.catalogue)
        log.debug("occupation sources loaded", extra={"entries": len(sources.catalogue)})

    def guess(self, text: str, language: str) -> Guess | None:
        """A bare word for a person at work that nothing claimed ("Soldat", "Tätowierer"):
        ask whether the occupation is meant; its lookup says what the catalogue knows."""
        word = bare_work_word(text)
        if word is None or only_chat_words(word):
            return None
        return Guess(
            self._texts.get(language, "guess.question", word=word),
            self._texts.get(language, "guess.action"),
            self._texts.get(language, "not_found.action_command", title=word),
        )

    def names_its_subject(self, args: str) -> bool:
        """Whether ``args`` are one occupation's name as the catalogue holds it, and nothing
        else ("Tischler", "Kfz-Mechatroniker")."""
        name = args.strip()
        return 0 < len(name) <= _MAX_NAME and bool(self._catalogue.exact(name))

    def match_score(self, text: str) -> float:
        """Evidence that ``text`` names an occupation or asks an exploration or comparison
        question; see skills.occupation.evidence."""
        score = occupation_evidence(text, self._catalogue, self._inside)
        plain = without_client(text)  # "Kannst du für Herrn Schulz herausfinden, …"
        if plain is text:
            return score
        return max(score, occupation_evidence(plain, self._catalogue, self._inside))

    async def handle(self, ctx: SkillContext) -> SkillResult:
        ctx = replace(ctx, args=without_client(ctx.args))  # the question, not whom it is for
        # a comparison remembers its pair: "was verdient man da?" next asks it of both
        return remembering_pair(await self._answer(ctx), ctx.recent)

    async def _answer(self, ctx: SkillContext) -> SkillResult:
        say_: Say = partial(self._texts.get, ctx.language)
        # "die ersten beiden vergleichen", "welcher davon ist am kürzesten?": on the list shown
        chosen = answer_choice(ctx.args, ctx.recent, self._catalogue, say_, ctx.language)
        if chosen is not None:
            return chosen
        asked = difference_asked(ctx.args, ctx.recent, self._catalogue)
        if asked is not None:  # "Unterschied zu Mechatroniker?" after a card: side by side
            return answer_comparison(asked, self._catalogue, say_, ctx.language)
        if asks_difference(ctx.args):  # "Unterschied?" after two cards: side by side
            pair, title = remembered_pair(ctx.recent), remembered_title(ctx.recent)
            if pair is not None:
                return answer_comparison(pair, self._catalogue, say_, ctx.language)
            if title is not None:  # after one card: compared with what?
                text = say_("prompt.compare_with", title=title)
                return SkillResult((Text(text),), outcome=Outcome.PROMPT)
        return with_previous(await self._reply(ctx), ctx.recent)

    async def _reply(self, ctx: SkillContext) -> SkillResult:
        say: Say = partial(self._texts.get, ctx.language)
        if ctx.state is not None and names_other_command(ctx.args, ctx.other_commands):
            # "zusammenfassen" instead of the occupation asked for: that request runs next;
            # nothing was started here that could be lost.
            return SkillResult((), outcome=Outcome.PROMPT, resubmit=ctx.args.strip())
        # "Was braucht man für die Bundeswehr?", also right after a card: an employer, no fact
        needs_of = employer_needs_asked(ctx.args, self._catalogue)
        if needs_of is not None:
            return employer_result(needs_of, say, needs=True)
        # "weitere?", "welche davon ohne Abi?", "ähnliche Berufe?": on the list or card shown last
        listed = answer_list_follow_up(ctx.args, ctx.recent, self._catalogue, say)
        if listed is not None:
            return listed
        if (followed := await self._follow_up(ctx, say)) is not None:
            return followed
        # "nochmal", "zurück", "kürzer", "mehr dazu": the last card or list again (after the
        # follow-ups: "mehr Details zum Gehalt" asks the pay)
        shown = partial(self._shown_again, ctx, say)
        revisited = await answer_revisit(
            ctx.args, ctx.recent, self._catalogue, say, shown, ctx.language
        )
        if revisited is not None:
            return revisited
        described = await answer_by_work(
            ctx, self._catalogue, self._answerer, say, _ALTERNATIVES + 1
        )
        if described is not None:
            return described
        if (asked_of_field := fact_of_field(ctx.args, self._names, say)) is not None:
            return asked_of_field
        if (who := employer_before_lists(ctx.args, self._catalogue)) is not None:
            return employer_result(who, say)  # "Ausbildung bei der Stadt Hamm"
        explored = answer_question(
            ctx.args, self._catalogue, self._texts, ctx.language, ctx.command
        )
        whole = ctx.message.text.strip()
        if explored is None and ctx.command is None and whole != ctx.args.strip():
            # The model's router may hand over one word of the question ("zeichnen").
            explored = answer_question(whole, self._catalogue, self._texts, ctx.language)
        if explored is not None:
            return explored
        query = extract_query(ctx.args)
        lead = named_before(ctx.args) if only_refers_back(query.text) else None
        if lead is not None:  # "Tischler, was macht man da?"
            query = lead
        asked = (ctx.state or {}).get("focus")
        if query.focus is None and asked in _FOCUS_VALUES:  # "Tischler" after "Für welchen Beruf?"
            query = replace(query, focus=Focus(asked))
        if query.focus is not None and only_refers_back(query.text):
            # "Und wie lange dauert die Ausbildung?": a fact asked about without an occupation.
            # Asked back, never guessed by spelling from the question's own words.
            return SkillResult(
                (Text(say("prompt.which_for_fact")),),
                outcome=Outcome.PROMPT,
                follow_up=FollowUp({"step": "query", "focus": query.focus.value}),
            )
        if not query.text:
            return SkillResult(
                (Text(say("prompt.which")),),
                outcome=Outcome.PROMPT,
                follow_up=FollowUp({"step": "query"}),
            )
        who = employer_asked(ctx.args)
        if who is not None and not self._catalogue.exact(who):
            return employer_result(who, say)  # "Ausbildung bei der Bahn", no list found
        return await self._look_up(ctx, say, query)

    def continues(self, text: str, recent: Mapping[str, Any]) -> bool:
        """A follow-up on the occupation of the last card: a fact asked with nothing but
        back-references ("what about the pay?"), or "und als Holzmechaniker?"."""
        if asked_of_list(text, recent) or chosen_of_list(text, recent):
            return True
        text = without_client(text)
        if revisits(text, recent):
            return True
        if asks_difference(text) and remembered_title(recent) is not None:
            return True
        if difference_asked(text, recent, self._catalogue) is not None:
            return True
        question = self._question(text, recent)
        if question is None:
            return False
        if self._picked(recent, question) is not None:
            return True
        if compared_only(recent, self._catalogue) and of_every_entry(text, question):
            return True  # "was verdient man da?" after a comparison
        if self._remembered(recent) is None:  # "und die Bezahlung?" right after a list
            return bool(listed_only(recent, self._catalogue)) and of_every_entry(text, question)
        asked = question.focus is not None or question.other is not None
        return asked and (question.other is None or question.lead)

    async def _follow_up(self, ctx: SkillContext, say: Say) -> SkillResult | None:
        """A follow-up question on the occupation this conversation saw last, when there is
        one: the fact asked about for it, or for the other occupation the follow-up names with
        the fact asked before ("und als Holzmechaniker?" after "Was verdient man da?")."""
        if ctx.recent is None:
            return None
        question = self._question(ctx.args, ctx.recent)
        if question is None:
            return None
        if question.focus is Focus.LOCAL and read_revisit(ctx.args) is not None:
            return None  # "das Wichtigste in Stichpunkten": no town, the card asked shorter
        picked = self._picked(ctx.recent, question)
        if picked is not None:
            return await self._from_list(ctx, say, picked, question)
        pair = compared_only(ctx.recent, self._catalogue)
        if pair and of_every_entry(ctx.args, question):
            return answer_of_list(pair, question, ctx.recent, say, ctx.language)
        shown = self._remembered(ctx.recent)
        listed = listed_only(ctx.recent, self._catalogue)
        if shown is None and listed and of_every_entry(ctx.args, question):
            return answer_of_list(listed, question, ctx.recent, say, ctx.language)
        if shown is None:
            return None
        if question.other is None and question.focus is not None:
            return about_card(shown, question.focus, say, ctx.language, question.also)
        if question.other is None or not question.lead:
            return None  # "was macht ein Koch": a question of its own
        before = ctx.recent.get("focus")
        focus = question.focus or (Focus(before) if before in _FOCUS_VALUES else None)
        other = self._short.title(question.other) or question.other  # "Kfz": its title
        return await self._look_up(ctx, say, OccupationQuery(other, focus))

    async def _shown_again(
        self, ctx: SkillContext, say: Say, occupation: Occupation, focus: Focus | None
    ) -> SkillResult:
        """A card shown again: the fact asked last, or the whole card."""
        if focus is not None:
            return about_card(occupation, focus, say, ctx.language)
        return await self._look_up(ctx, say, OccupationQuery(occupation.title, None))

    def _question(self, text: str, recent: Mapping[str, Any]) -> FollowUpQuestion | None:
        """``text`` read as a follow-up; right after a list also with "welche davon" (which
        of them) left out: "welche davon sind schulisch?" asks the fact of every entry."""
        question = read_follow_up(text, self._names_in_follow_up)
        if question is not None or not listed_only(recent, self._catalogue):
            return question
        rest = of_them_removed(text)
        return None if rest is None else read_follow_up(rest, self._names_in_follow_up)

    def _picked(self, recent: Mapping[str, Any], question: FollowUpQuestion) -> Occupation | None:
        """The entry of the list shown last that a follow-up picks ("und das zweite?")."""
        listed = recent.get("list")
        if question.pick is None or question.other is not None or not isinstance(listed, list):
            return None
        if not -len(listed) <= question.pick < len(listed):
            return None
        return self._catalogue.get(str(listed[question.pick]))

    async def _from_list(
        self, ctx: SkillContext, say: Say, picked: Occupation, question: FollowUpQuestion
    ) -> SkillResult:
        """The fact asked about the picked entry, or its card; the list stays remembered, so
        that the next entry can be picked as well. "und bei dem zweiten?" after a fact asked of
        the first asks that fact again."""
        before = (ctx.recent or {}).get("focus")
        focus = question.focus
        if focus is None and question.lead and before in _FOCUS_VALUES:
            focus = Focus(before)
        if focus is not None:
            result = about_card(picked, focus, say, ctx.language, question.also)
        else:
            result = await self._look_up(ctx, say, OccupationQuery(picked.title, None))
        listed = (ctx.recent or {}).get("list")
        if result.remember is None:
            return result
        return replace(result, remember={**result.remember, "list": listed})

    def _remembered(self, recent: Mapping[str, Any]) -> Occupation | None:
        """The occupation of the last card, if the catalogue still has it."""
        found = self._catalogue.get(str(recent.get("id", "")))
        if found is None and recent.get("title"):
            named = self._catalogue.exact(str(recent["title"]))
            found = named[0].occupation if named else None
        return found

    def _names(self, words: str) -> bool:
        """Whether ``words`` name an occupation exactly (any of its names)."""
        return len(words) >= 3 and bool(self._catalogue.exact(words))

    def _names_in_follow_up(self, words: str) -> bool:
        """Also an abbreviation that names one entry alone ("und bei Kfz?"): after a card it
        asks about that occupation, not about a town."""
        return self._names(words) or self._short.names_one(words)

    async def _look_up(self, ctx: SkillContext, say: Say, query: OccupationQuery) -> SkillResult:
        """The card for ``query``, or the question which occupation was meant."""
        place = training_at_practice(ctx.args)  # "Lehre bei der Bank": the bank's training
        if place is not None and practice_named(query.text) == place:
            query = replace(query, text=place)
        found = await self._find(query.text, limit=1 + _ALTERNATIVES)
        resolution = decide(self._catalogue, query.text, found.matches)  # answer, ask or admit
        if query.focus is None:  # "beruf Handwerk": the field's list, not a neighbour in it
            listed = field_listing(
                query.text, found.matches, self._catalogue, self._texts, ctx.language
            )
            if listed is not None:
                return listed
        looked_up: str | None = None  # set when only a part of the question was looked up
        note: str | None = None
        head = title_before_employer(query.text)
        if resolution.verdict is not Verdict.ANSWER and head and self._catalogue.exact(head):
            # "ZFA bei einem Zahnarzt in Köln": the employer after the title is no part of it
            found = await self._find(head, limit=1 + _ALTERNATIVES)
            resolution = decide(self._catalogue, head, found.matches)
            looked_up = head
        if resolution.verdict is not Verdict.ANSWER:
            # "Technische Zeichnerin Elektrotechnik": a title and the field it is qualified by
            field = qualified(self._catalogue, query.text, resolution.matches)
            if field is not None:
                resolution = field.resolution
                note = say("answer.qualified", name=field.title, field=field.field)
        if resolution.verdict is not Verdict.ANSWER:
            # "Bauer (Landwirtschaft)", "Mechatroniker so den ganzen Tag": the occupation is
            # named exactly inside what the question left over.
            inner = self._inside.find(_REMARK.sub(" ", query.text))
            if inner is not None:
                found = await self._find(inner, limit=1 + _ALTERNATIVES)
                resolution = decide(self._catalogue, inner, found.matches)
                # "Tischler Dortmund": no entry knew the words after the title as its field,
                # so the answer must not claim it looked up "in der Fachrichtung „Dortmund“"
                looked_up, note = inner, None
        trade = None if query.focus else self._inside.master_of(query.text)  # a focus asks
        if resolution.verdict is not Verdict.ANSWER and trade is not None:
            # "Tischlermeisterin": the training occupation the Meister builds on, said so
            found = await self._find(trade, limit=1 + _ALTERNATIVES)
            resolution = decide(self._catalogue, trade, found.matches)
            looked_up, note = None, say("answer.master", name=query.text)
        if resolution.verdict is not Verdict.ANSWER:
            log.debug("occupation not sure", extra={"outcome": resolution.verdict.value})
            if resolution.verdict is Verdict.CHOOSE:
                sources = self._catalogue.sources
                return choice_result(query.text, resolution, say, sources, found.failed)
            return not_found_result(query.text, say, self._catalogue.sources, found.failed)
        if looked_up is not None and query.focus is None:
            # With a recognised focus the answer leads with the fact asked about instead.
            note = say("answer.looked_up", name=looked_up)
        return await answer_card(
            self._answerer, self._catalogue, ctx, say, resolution, found, query, note
        )

    async def _find(self, query: str, limit: int) -> LiveResult:
        """Local matches, plus the live providers' when configured (they may fail)."""
        if self._live is None:
            return LiveResult(self._catalogue.search(query, limit))
        return await self._live.search(self._catalogue, query, limit)
