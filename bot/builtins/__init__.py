"""Built-in handlers: always available, never toggled, no policy gate."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.admin_chat import admin_command, apply_panel, show_panel
from bot.admin_chat.actions import ApplyPanel, ShowPanel
from bot.builtins.about import about_lotse
from bot.builtins.actions import ActionTable
from bot.builtins.help import help_reply, not_offered_reply
from bot.builtins.policy import refuse_decision, show_policy
from bot.builtins.privacy import ask_delete, confirm_delete, keep_data, show_my_data
from bot.builtins.session import cancel, choose_language
from bot.builtins.smalltalk import greet, small_talk
from bot.evaluation.actions import RateAnswer, WithdrawRating
from bot.evaluation.rating import choose_evaluation, rate_answer, record_rating, withdraw_rating
from bot.evaluation.suggestions import list_suggestions, suggest
from bot.evaluation.survey import answer_survey
from bot.reply import Reply
from bot.routing.router import Builtin
from bot.turn import Turn

BuiltinHandler = Callable[[Turn], Awaitable[Reply]]

BUILTINS: dict[Builtin, BuiltinHandler] = {
    Builtin.HELP: help_reply,
    # The gate step answers acknowledgements; should one arrive here, help is the right reply.
    Builtin.POLICY_ACCEPT: help_reply,
    Builtin.CANCEL: cancel,
    Builtin.LANGUAGE: choose_language,
    Builtin.POLICY_SHOW: show_policy,
    Builtin.REFUSE_DECISION: refuse_decision,
    Builtin.PRIVACY_SHOW: show_my_data,
    Builtin.PRIVACY_DELETE: ask_delete,
    Builtin.PRIVACY_CONFIRM: confirm_delete,
    Builtin.PRIVACY_KEEP: keep_data,
    Builtin.SMALLTALK: small_talk,
    Builtin.WELCOME: greet,
    Builtin.ABOUT: about_lotse,
    Builtin.NOT_OFFERED: not_offered_reply,
    Builtin.ADMIN: admin_command,
    Builtin.FEEDBACK: rate_answer,
    Builtin.EVALUATION_CHOICE: choose_evaluation,
    Builtin.SUGGEST: suggest,
    Builtin.SUGGESTIONS: list_suggestions,
    Builtin.SURVEY: answer_survey,
}

# Typed actions (buttons, card submits), by action class; see bot.actions.
ACTIONS = ActionTable()
ACTIONS.add(ShowPanel, show_panel)
ACTIONS.add(ApplyPanel, apply_panel)
ACTIONS.add(RateAnswer, record_rating)
ACTIONS.add(WithdrawRating, withdraw_rating)
