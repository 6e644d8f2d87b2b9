"""The ordered routing table: fixed phrases and commands first, the model-free classifier last.

First match wins (like teams.py's router). The order says why:
1. answers to a pending confirmation (policy acknowledgement, data deletion) — they are not
   commands, and "ja" must never reach a skill; "nein" cancels a deletion;
2. built-in phrases (help, cancel, privacy, language, policy), questions about what Lotse can
   do (``help.yaml``), small talk (greetings, thanks, goodbyes), a reply language asked for in
   words ("Antworte bitte auf Englisch"), questions about Lotse itself, admin commands
   (``admin …``, see bot.admin_chat) and the evaluation's commands (feedback, suggestions,
   survey, opt-out) — always reachable, even mid-conversation, and never via the model;
3. a pending skill follow-up takes the answer, unless the user types a prefixed command (a
   skill waiting for notes or an occupation hands another skill's command back itself, see
   bot.other_request);
4. requests to judge people are refused before any skill or classifier can take them (a
   follow-up question such as "und schafft er das?" too);
5. explicit skill commands, also with the command word mistyped ("berfu Tischler",
   bot.routing.command_typo); 6. a follow-up question on the topic a skill remembers from an
   earlier turn ("Und was verdient man da?" after an occupation's card, ``Skill.continues``);
   7. the intent classifier; 8. work Lotse does not do, by the wider cues read only now
   (bot.routing.not_offered); 9. otherwise: unknown, with the closest commands, or a skill's
   guess at what was meant ("Meinten Sie eine E-Mail an …?", ``Skill.guess``, asked by
   bot.builtins.help).

A greeting in front of a request ("Hallo Lotse, beruf Tischler") is taken off before steps 2–6.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from bot.actions import UserAction
from bot.llm.port import LLM
from bot.policy import is_acceptance, is_decision_request
from bot.policy.model import Policy
from bot.ports import ConversationState
from bot.registry import SkillRegistry
from bot.routing.about import ON_JUDGING, about_topic
from bot.routing.asked_builtin import asked_builtin
from bot.routing.closing_order import closing_order
from bot.routing.command_typo import mistyped_admin, mistyped_skill
from bot.routing.commands import CommandCall, normalise_phrase, parse_command
from bot.routing.confirm import confirms, declines
from bot.routing.help_request import (
    asks_what_lotse_can_do,
    skill_asked_about,
    skill_asked_for_help,
)
from bot.routing.intent import IntentClassifier
from bot.routing.judged import read_request
from bot.routing.language_request import requested_language
from bot.routing.not_offered import not_offered, not_offered_unclaimed
from bot.routing.smalltalk import TalkKind, read_smalltalk, without_courtesy
from bot.skill import Skill


class RouteKind(StrEnum):
    BUILTIN = "builtin"
    SKILL = "skill"
    ACTION = "action"  # a typed action (see bot.actions); the target is its verb
    UNKNOWN = "unknown"


class Builtin(StrEnum):
    HELP = "help"
    CANCEL = "cancel"
    LANGUAGE = "language"
    POLICY_SHOW = "policy.show"
    POLICY_ACCEPT = "policy.accept"
    REFUSE_DECISION = "policy.refuse_decision"
    PRIVACY_SHOW = "privacy.show"
    PRIVACY_DELETE = "privacy.delete"
    PRIVACY_CONFIRM = "privacy.confirm"
    PRIVACY_KEEP = "privacy.keep"
    SMALLTALK = "smalltalk"
    WELCOME = "welcome"
    ABOUT = "about"
    NOT_OFFERED = "not_offered"
    ADMIN = "admin"
    FEEDBACK = "evaluation.feedback"
    EVALUATION_CHOICE = "evaluation.choice"
    SUGGEST = "evaluation.suggest"
    SUGGESTIONS = "evaluation.suggestions"
    SURVEY = "evaluation.survey"


# Fixed phrases, compared after normalise_phrase(); both languages always work.
PHRASES: dict[str, Builtin] = {
    **dict.fromkeys(
        (
            "hilfe",
            "help",
            "?",
            "was kannst du",
            "was kannst du alles",
            "was kannst du so",
            "kannst du mir helfen",
            "können sie mir helfen",
            "hilf mir",
            "hilfe bitte",
            "wie funktioniert das",
            "wie funktioniert das hier",
            "wie geht das hier",
            "was kann ich hier machen",
            "was kann ich hier tun",
            "what can you do",
            "can you help me",
            "help me",
            "how does this work",
            "what can i do here",
        ),
        Builtin.HELP,
    ),
    # Everything about Lotse at once (a short question about it gets one line and this)
    **dict.fromkeys(
        ("über lotse", "ueber lotse", "über dich", "infos über lotse", "about lotse", "about you"),
        Builtin.ABOUT,
    ),
    # What a console sends when it opens (and what a newcomer may type): a greeting, with the
    # guideline to acknowledge when it is due.
    "start": Builtin.WELCOME,
    **dict.fromkeys(("abbrechen", "abbruch", "cancel", "stopp", "stop"), Builtin.CANCEL),
    **dict.fromkeys(
        (
            "meine daten",
            "my data",
            "datenauskunft",
            "zeig mir meine daten",
            "zeig meine daten",
            "was weisst du über mich",  # phrases are casefolded: "weißt" -> "weisst"
            "show my data",
            "what do you know about me",
        ),
        Builtin.PRIVACY_SHOW,
    ),
    **dict.fromkeys(
        (
            "daten löschen",
            "meine daten löschen",
            "daten loeschen",
            "delete my data",
            "delete data",
        ),
        Builtin.PRIVACY_DELETE,
    ),
    **dict.fromkeys(
        ("leitlinie", "ki-leitlinie", "richtlinie", "ki-richtlinie", "policy", "ai policy"),
        Builtin.POLICY_SHOW,
    ),
}
# The guideline asked about in words ("Was ist die KI-Leitlinie?", "Wo finde ich die Richtlinie?",
# "show me the AI policy"): the whole message is the question.
_GUIDELINE_QUESTION = re.compile(
    r"(?:was\s+(?:ist|steht\s+in)|zeig\w*(?:\s+mir)?(?:\s+nochmal)?|wo\s+finde\s+ich"
    r"|what\s+is|what's\s+in|show\s+me|where\s+is)"
    r"\s+(?:die|eure|unsere|der|the|your|our)?\s*(?:ki-?\s?|ai\s+)?(?:leitlinie|richtlinie|policy|guideline)"
    r"(?:\s+nochmal|\s+again)?",
    re.IGNORECASE,
)
LANGUAGE_WORDS = ("sprache", "language")
# The pilot evaluation's commands (bot.evaluation); like admin commands, always reachable.
EVALUATION_WORDS: dict[str, Builtin] = {
    **dict.fromkeys(("feedback", "bewertung", "👍", "👎"), Builtin.FEEDBACK),
    **dict.fromkeys(("auswertung", "evaluation"), Builtin.EVALUATION_CHOICE),
    **dict.fromkeys(("vorschlag", "suggest", "suggestion"), Builtin.SUGGEST),
    **dict.fromkeys(("vorschläge", "vorschlaege", "suggestions"), Builtin.SUGGESTIONS),
    **dict.fromkeys(("umfrage", "survey"), Builtin.SURVEY),
}
# The built-ins asked for in words (bot.routing.asked_builtin), by the data file's kinds
ASKED_BUILTINS: dict[str, Builtin] = {
    "privacy_show": Builtin.PRIVACY_SHOW,
    "privacy_delete": Builtin.PRIVACY_DELETE,
    "feedback_usage": Builtin.FEEDBACK,
    "suggest": Builtin.SUGGEST,
    "rating": Builtin.FEEDBACK,
    "admin_help": Builtin.ADMIN,  # "welche Admin-Befehle gibt es?": the admin help (or refusal)
}
ADMIN_WORD = "admin"

ACK_OWNER = "policy.ack"
DELETE_OWNER = "privacy.delete"


@dataclass(frozen=True, slots=True)
class Route:
    kind: RouteKind
    target: str  # a Builtin value or a skill id; "" for UNKNOWN
    args: str = ""
    command: str | None = None
    follow_up: ConversationState | None = None  # set when answering a skill's question
    action: UserAction | None = None  # set for RouteKind.ACTION


def action_route(action: UserAction, registry: SkillRegistry) -> Route:
    """A typed action goes straight to its handler, no phrase, no classifier: the skill that
    declared it (checked against the department's toggles and the gate like any skill turn),
    else the engine's own handler of its verb."""
    skill = registry.by_action(action)
    if skill is not None:
        return Route(RouteKind.SKILL, skill.meta.id, action=action)
    return Route(RouteKind.ACTION, action.verb, action=action)


class Router:
    def __init__(
        self,
        registry: SkillRegistry,
        classifier: IntentClassifier,
        policy: Policy,
        admin_verbs: frozenset[str] = frozenset(),
    ) -> None:
        """``admin_verbs``: the words an admin command opens with (bot.admin_chat.parse), for
        a glued "adminhilfe"; handed in, as the admin package depends on routing."""
        self._registry = registry
        self._classifier = classifier
        self._policy = policy
        self._admin_verbs = admin_verbs

    @property
    def registry(self) -> SkillRegistry:
        return self._registry

    async def route(
        self,
        text: str,
        pending: ConversationState | None,
        llm: LLM,
        recent: ConversationState | None = None,
    ) -> Route:
        """``llm``: the model bound to this turn, for a classifier that asks it; ``recent``:
        the topic a skill remembers from an earlier turn, if any."""
        phrase = normalise_phrase(text)
        if phrase in PHRASES and pending is None:  # the fast path for "hilfe" and the like
            return Route(RouteKind.BUILTIN, PHRASES[phrase])
        talk = read_smalltalk(text)
        if (
            pending is not None
            and pending.owner == ACK_OWNER
            and any(  # "ja", "Hallo, ja", "ok, danke!", "ja gelesen"
                is_acceptance(self._policy, candidate)
                for candidate in (text, talk.rest, without_courtesy(talk.rest))
            )
        ):
            return Route(RouteKind.BUILTIN, Builtin.POLICY_ACCEPT)
        if pending is not None and pending.owner == DELETE_OWNER:
            if confirms(text):
                return Route(RouteKind.BUILTIN, Builtin.PRIVACY_CONFIRM)
            if declines(text):
                return Route(RouteKind.BUILTIN, Builtin.PRIVACY_KEEP)
            if talk.kind is TalkKind.ACK:  # "ok" to "Soll ich alles löschen?": asked again
                return Route(RouteKind.BUILTIN, Builtin.PRIVACY_DELETE)
        text = talk.rest  # the request without the greeting in front of it
        phrase = normalise_phrase(text)
        if phrase in PHRASES:  # also "Guten Morgen, hilfe"
            return Route(RouteKind.BUILTIN, PHRASES[phrase])
        if _GUIDELINE_QUESTION.fullmatch(phrase):
            return Route(RouteKind.BUILTIN, Builtin.POLICY_SHOW)
        helped = skill_asked_for_help(text, self._registry.by_command) or skill_asked_about(
            text, self._registry.by_command
        )
        if helped is not None:  # "hilfe mail", "wie geht das mit den Mails?": that skill's help
            return Route(RouteKind.BUILTIN, Builtin.HELP, helped)
        if asks_what_lotse_can_do(text):  # "Hilfe, was kannst du?", "Was machst du eigentlich?"
            return Route(RouteKind.BUILTIN, Builtin.HELP)
        # "ok" while a skill waits for an answer is that answer ("Meinten Sie …?" - "ok")
        if talk.kind is not None and not (talk.kind is TalkKind.ACK and pending is not None):
            return Route(RouteKind.BUILTIN, Builtin.SMALLTALK, talk.kind.value)
        wanted = requested_language(text)  # "Antworte bitte auf Englisch"
        if wanted is not None:
            return Route(RouteKind.BUILTIN, Builtin.LANGUAGE, wanted)
        asked = asked_builtin(text)  # "Was hast du über mich gespeichert?", "… 👍"
        if asked is not None:
            return Route(RouteKind.BUILTIN, ASKED_BUILTINS[asked.kind], asked.args)
        topic = about_topic(text)
        # ("Darf ich dich fragen, ob Ali geeignet ist?" asks a verdict: refused below)
        if topic is not None and not (topic in ON_JUDGING and is_decision_request(text)):
            return Route(RouteKind.BUILTIN, Builtin.ABOUT, topic)
        call = parse_command(text)
        if call and call.word == ADMIN_WORD:
            return Route(RouteKind.BUILTIN, Builtin.ADMIN, call.args)
        first = call.word.rstrip("?!.,;") if call else ""
        glued = mistyped_admin(first, self._admin_verbs) if call else None
        if call and glued is not None:  # "admn übersicht", "adminhilfe"
            return Route(RouteKind.BUILTIN, Builtin.ADMIN, f"{glued} {call.args}".strip())
        if call and call.word in EVALUATION_WORDS:
            # A rating word that titles pasted material ("Feedback vom Betrieb: … Hält sie
            # durch, was meinst du?") is no rating when the closing request asks a verdict.
            pasted = read_request(text, command=True)
            if is_decision_request(pasted.text, pasted.material):
                return Route(RouteKind.BUILTIN, Builtin.REFUSE_DECISION)
            # A thumb on its own is a rating: "👎 zu lang" reads as "feedback - zu lang".
            thumb = {"👍": "+ ", "👎": "- "}.get(call.word, "")
            return Route(RouteKind.BUILTIN, EVALUATION_WORDS[call.word], thumb + call.args)
        if call and call.word in LANGUAGE_WORDS and len(call.args.split()) <= 1:
            return Route(RouteKind.BUILTIN, Builtin.LANGUAGE, call.args.casefold())
        skill = self._registry.by_command(call.word) if call else None
        if (
            pending is not None
            and self._registry.get(pending.owner)
            and not (call and call.prefixed)
        ):
            return Route(RouteKind.SKILL, pending.owner, text.strip(), None, pending)
        # ("beruf Tischler": one occupation's name alone judges nobody)
        named = call is not None and skill is not None and skill.names_its_subject(call.args)
        request = read_request(text, command=skill is not None)
        if not named and is_decision_request(request.text, request.material):
            return Route(RouteKind.BUILTIN, Builtin.REFUSE_DECISION)
        if call and skill:
            ordered = await self._ordered_instead(call, skill, text, llm)
            return ordered or Route(RouteKind.SKILL, skill.meta.id, call.args, call.word)
        typo = mistyped_skill(first, self._registry) if call else None
        if call and typo is not None:  # "berfu Tischler", "zusamenfassen"
            return Route(RouteKind.SKILL, typo[0].meta.id, call.args, typo[1])
        kind = not_offered(text)  # "Schreib mir einen Lebenslauf": said plainly, not guessed
        if kind is not None:
            return Route(RouteKind.BUILTIN, Builtin.NOT_OFFERED, kind)
        remembering = self._registry.get(recent.owner) if recent is not None else None
        if recent is not None and remembering and remembering.continues(text, recent.data):
            return Route(RouteKind.SKILL, remembering.meta.id, text.strip(), None)
        # All skills, enabled or not: a disabled one gets a clear refusal rather than "unknown".
        intent = await self._classifier.classify(text, list(self._registry), llm)
        if intent:
            return Route(RouteKind.SKILL, intent.skill_id, intent.args or text.strip(), None)
        kind = not_offered_unclaimed(text)  # "Wie spreche ich mit Emma …?": no skill took it
        if kind is not None:
            return Route(RouteKind.BUILTIN, Builtin.NOT_OFFERED, kind)
        return Route(RouteKind.UNKNOWN, "")

    async def _ordered_instead(
        self, call: CommandCall, skill: Skill, text: str, llm: LLM
    ) -> Route | None:
        """A title typed as a command ("Notiz Telefonat …") over material whose closing
        sentence orders another skill's work ("schreib ihm ne mail zur bestätigung"): that
        skill, with the whole message as its material."""
        if call.prefixed or call.word not in skill.meta.title_commands:
            return None
        order = closing_order(text)
        if not order:
            return None
        intent = await self._classifier.classify(order, list(self._registry), llm)
        if intent is None or intent.skill_id == skill.meta.id:
            return None
        return Route(RouteKind.SKILL, intent.skill_id, text.strip(), None)
