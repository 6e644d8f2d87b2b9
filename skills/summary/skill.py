"""The session-note summary skill: raw counselling notes in, the structured record out."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial
from pathlib import Path

from bot.config import Settings
from bot.llm.port import LLM, LLMUnavailable
from bot.llm.progress import reporting
from bot.other_request import names_other_command
from bot.reply import Outcome, Text
from bot.skill import FollowUp, IntentCue, Skill, SkillContext, SkillMeta, SkillResult
from bot.texts import Texts
from skills.summary.cues import CueBook, default_cues
from skills.summary.llm_summariser import LLMSummariser
from skills.summary.model import Summariser, Summary
from skills.summary.offline import OfflineSummariser
from skills.summary.render import render_blocks, to_data
from skills.summary.request import read_request, telegraphic_lines
from skills.summary.review import mark_special
from skills.summary.split import split_notes

_NOTES_STEP = {"step": "notes"}
_MAX_REQUEST_LINE = 120


@cache
def _texts() -> Texts:
    return Texts.load(Path(__file__).with_name("texts"))


def _number(value: int, language: str) -> str:
    grouped = f"{value:,}"
    return grouped if language == "en" else grouped.replace(",", ".")


_LABELLED_NOTES = 2  # section labels that make pasted text notes
_NOTE_LINES = 4  # unlabelled: a question is a line or two, pasted notes are more
_NOTE_SECTIONS = 3
_NOTES_CAP = 1.9  # below an email request that names whom it is for (2.0)
# Asked for in a clause of its own, with the notes: above any occupation or appointment the
# notes name, and above an email's shape found in them.
_ASKED_WITH_NOTES = 2.5


class SummarySkill(Skill):
    """Sorts pasted session notes into the sections of the counselling record."""

    meta = SkillMeta(
        id="summary",
        order=30,
        name_de="Gesprächsnotiz zusammenfassen",
        name_en="Summarise session notes",
        description_de="Ordnet Stichpunkte aus dem Beratungsgespräch in die Abschnitte der "
        "Gesprächsnotiz: Anliegen, Ausgangssituation, Interessen und Stärken, Besprochene "
        "Inhalte, Vereinbarungen, Nächste Schritte, Offene Punkte.",
        description_en="Sorts notes from a counselling session into the sections of the "
        "record: concern, starting situation, interests and strengths, topics discussed, "
        "agreements, next steps, open questions.",
        commands=(
            "zusammenfassen",
            "zusammenfassung",
            "summary",
            "summarize",
            "summarise",
            "notiz",
            "notizen",
        ),
        # "Notiz Telefonat …, schreib ihm ne Mail": the notes' title, not the request
        title_commands=("notiz", "notizen"),
        examples_de=(
            "zusammenfassen\n- Kl. möchte Ausbildung im Handwerk\n- derzeit 10. Klasse, "
            "FOR angestrebt\n- Vereinbart: Kl. schickt Lebenslauf bis 15.04.",
            "Fass bitte meine Gesprächsnotiz zusammen",
        ),
        examples_en=(
            "summarise\n- Client would like an apprenticeship in a trade\n- currently in "
            "year 10\n- Agreed: client sends CV by 15 April",
            "Please summarise my session notes",
        ),
        intents=(
            IntentCue(r"\bfass(e|t)?\b.*\bzusammen\b"),
            IntentCue(r"\bzusammenfassung (der|meiner|des|von) (notiz|gespräch|beratung)"),
            IntentCue(r"\b(notiz|notizen|gespräch\w*)\b.*\b(zusammenfass|strukturier|sortier)"),
            IntentCue(r"\bsummari[sz](e|ing)\b"),
            IntentCue(r"\b(gesprächs|beratungs)notiz", weight=0.7),
            IntentCue(r"\bsession notes?\b", weight=0.7),
            # "ich brauche eine Zusammenfassung", "mach mal ne Zusammenfassung", "I need a summary"
            IntentCue(
                r"\b(?:brauch\w*|hätte\s+gerne?|möchte|mach\w*|erstell\w*|need|want|make)\b"
                r"[^.?!\n]{0,20}\b(?:zusammenfassung|summary)\b"
                r"(?![^.?!\n]{0,30}\b(?:beruf\w*|ausbildung\w*|occupation|job))"
            ),
            IntentCue(r"\b(?:eine|ne|a)\s+(?:zusammenfassung|summary)\s+(?:erstell|mach|schreib)"),
        ),
    )

    def __init__(
        self,
        summariser: Summariser | None = None,
        cues: CueBook | None = None,
        texts: Texts | None = None,
        llm_summariser: Callable[[LLM], Summariser] | None = None,
    ) -> None:
        self._llm_summariser = llm_summariser  # used only while a model is available
        self._given_cues = cues
        self._summariser = summariser or OfflineSummariser(cues)
        self._offline = isinstance(self._summariser, OfflineSummariser)
        self._texts = texts or _texts()
        # Verb cues only: "Beratungsnotiz Frau X" may be the notes' own title.
        self._request = tuple(
            re.compile(cue.pattern, re.IGNORECASE) for cue in self.meta.intents if cue.weight >= 1
        )

    @property
    def _cues(self) -> CueBook:
        # Read on first use (~30 ms of YAML and patterns), not at every start of the app.
        return self._given_cues if self._given_cues is not None else default_cues()

    @classmethod
    def create(cls, settings: Settings) -> SummarySkill:
        llm = settings.llm
        factory = partial(
            LLMSummariser, chunk_chars=llm.summary_chunk_chars, max_tokens=llm.summary_max_tokens
        )
        return cls(llm_summariser=factory)

    def match_score(self, text: str) -> float:
        """Evidence that ``text`` is itself pasted notes: several lines or sentences that
        touch several sections, or notes after (or before) a clause that asks for their
        summary. 1.0 is as strong as one full intent cue."""
        if read_request(text) is not None:
            return _ASKED_WITH_NOTES
        lines = [line.sentences for line in split_notes(text) if line.sentences]
        sentences = [sentence for line in lines for sentence in line]
        if len(lines) < 3 and len(sentences) < 4:
            return 0.0
        headings = sum(1 for s in sentences if self._cues.heading(s) is not None)
        sections = {self._cues.best(s) for s in sentences} - {None}
        evidence = len(sections) + headings
        if evidence < 3:
            return 0.0
        if headings >= _LABELLED_NOTES or (
            len(lines) >= _NOTE_LINES and len(sections) >= _NOTE_SECTIONS
        ):
            # Notes labelled by section ("Vereinbart:", "Offen:"), or four lines and more on
            # three sections, are notes, whatever occupation or appointment they mention; a
            # request that says whom to write to still wins.
            return _NOTES_CAP
        return min(1.0, 0.15 * evidence)

    def _is_request(self, text: str) -> bool:
        """Only a request ("Bitte fass meine Notizen zusammen"), no note content."""
        words = set(re.findall(r"\w+", text.lower()))
        if words <= self._cues.filler:
            return True
        asks = any(p.search(text) for p in self._request)
        return asks and len(text) <= _MAX_REQUEST_LINE and not re.search(r"\d", text)

    def _strip_request(self, text: str) -> str:
        """Drop a leading request ("Fass zusammen: ...") so it does not enter the record."""
        first, newline, rest = text.strip().partition("\n")
        head, colon, tail = first.partition(":")
        if colon and self._is_request(head):
            return f"{tail}{newline}{rest}"
        return rest if self._is_request(first) else text

    async def handle(self, ctx: SkillContext) -> SkillResult:
        texts = partial(self._texts.get, ctx.language)
        limit = ctx.settings.max_message_chars
        if len(ctx.args) > limit:
            message = texts(
                "too_long",
                actual=_number(len(ctx.args), ctx.language),
                maximum=_number(limit, ctx.language),
            )
            return SkillResult(blocks=(Text(message),), outcome=Outcome.INVALID)
        if ctx.state is not None and names_other_command(ctx.args, ctx.other_commands):
            # "beruf Tischler" instead of the notes asked for: that request runs next.
            return SkillResult(
                (Text(texts("set_aside")),), outcome=Outcome.PROMPT, resubmit=ctx.args.strip()
            )
        asked = read_request(_as_typed(ctx))
        # "fass mal zusammen: TN war pünktlich, will …, …", "zusammenfassung: Kl. kam, …, …"
        notes = telegraphic_lines(
            asked.notes if asked is not None else self._strip_request(ctx.args)
        )
        if not notes.strip():
            return SkillResult(
                blocks=(Text(texts("ask_notes")),),
                outcome=Outcome.PROMPT,
                follow_up=FollowUp(state=dict(_NOTES_STEP)),
            )
        summary, by_model = await self._summarise(ctx, notes)
        summary = mark_special(summary)
        return SkillResult(
            blocks=render_blocks(summary, texts, offline=self._offline and not by_model),
            data=to_data(summary, texts),
            # The AI label only for a model's text; rule-sorted notes are a template draft.
            ai_generated=by_model,
            template_draft=not by_model,
            triggers=frozenset({"summary"}),
        )

    async def _summarise(self, ctx: SkillContext, notes: str) -> tuple[Summary, bool]:
        """The model's summary while it answers (True); else the offline one (False)."""
        if ctx.llm.available and self._llm_summariser is not None:
            summariser = self._llm_summariser(reporting(ctx.llm, ctx.progress))
            try:
                return await summariser.summarise(notes, ctx.language), True
            except LLMUnavailable:
                pass
        return await self._summariser.summarise(notes, ctx.language), False


def _as_typed(ctx: SkillContext) -> str:
    """The request as typed: the command word and the rest, with the colon between them kept
    ("zusammenfassen: Frau Kaya. Kam wegen …" opens its notes with the name; without the
    colon the name would read as whom the request is for)."""
    if not ctx.command:
        return ctx.args
    original = ctx.message.text
    at = original.find(ctx.args) if ctx.args else -1
    head = original[:at].rstrip() if at > 0 else ""
    colon = ":" if head.endswith(":") else ""
    # the word as typed: "Notiz zum Gespräch …" is the notes' title and keeps its capital
    typed = head.rstrip(":").strip().lstrip("/!")
    word = typed if typed.casefold() == ctx.command else ctx.command
    return f"{word}{colon} {ctx.args}"
