"""Admin commands in the chat (``admin …``): the same on Teams, Matrix and the console.

A built-in, routed by the fixed-command router only — never offered to the model. The role
is checked here, in the engine, for every command; a non-admin is refused politely and the
attempt is audited (kind ``admin``, outcome ``refused``). Admin commands pass no policy gate:
they neither use the model nor process client data, so the AI-guideline acknowledgement
(which is about using AI with client matters) does not apply to them.

Replies are typed blocks (tables, lists, the chart, the panel form) and carry machine-readable
``data["admin"]`` for tests and scripts: ``view`` is ``help`` | ``departments`` | ``log`` |
``usage`` | ``change`` | ``message``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.admin import AdminService
from bot.admin_chat import changes, evaluation, panel, reports
from bot.admin_chat.actions import ApplyPanel, ShowPanel
from bot.admin_chat.context import AdminTurn, Problem, Refusal, admin_texts, audit_refusal
from bot.admin_chat.parse import AdminCommand, UsageError, Verb, parse
from bot.admin_chat.roles import role_of
from bot.reply import Outcome, Reply, Text
from bot.turn import Turn

Handler = Callable[[AdminTurn, AdminCommand], Awaitable[Reply]]

HANDLERS: dict[Verb, Handler] = {
    Verb.HELP: lambda ctx, _: reports.show_help(ctx),
    Verb.DEPARTMENTS: lambda ctx, _: reports.show_departments(ctx),
    Verb.LOG: lambda ctx, c: reports.show_log(ctx, c.number or 10),
    Verb.USAGE: lambda ctx, c: reports.show_usage(ctx, c.number or 30),
    Verb.ENABLE: lambda ctx, c: changes.toggle(ctx, c, True),
    Verb.DISABLE: lambda ctx, c: changes.toggle(ctx, c, False),
    Verb.DEPARTMENT_ADD: changes.add_department,
    Verb.DEPARTMENT_RENAME: changes.rename_department,
    Verb.ASSIGN_USER: changes.assign_user,
    Verb.ASSIGN_HERE: changes.assign_here,
    Verb.GRANT: lambda ctx, c: changes.set_rights(ctx, c, True),
    Verb.REVOKE: lambda ctx, c: changes.set_rights(ctx, c, False),
    Verb.SUGGESTION: evaluation.decide_suggestion,
    Verb.SURVEY: evaluation.switch_survey,
    Verb.REPORT: lambda ctx, c: evaluation.show_report(ctx, c.number or 4),
}


def admin_service(turn: Turn) -> AdminService:
    services = turn.services
    return AdminService(
        services.store,
        services.registry,
        services.pseudonymiser,
        services.clock,
        services.settings.admins,
    )


async def admin_command(turn: Turn) -> Reply:
    """Answer ``admin …`` (the route's args hold the text after the word ``admin``)."""
    args = turn.route.args

    async def typed(ctx: AdminTurn) -> Reply:
        try:
            command = parse(args, turn.message.mentions)
        except UsageError as error:
            key = f"usage.{error.verb.value}" if error.verb else "usage.admin"
            if error.unclosed_quote:
                key = "usage.quote"
            return _outcome(ctx, ctx.t(key), Outcome.INVALID)
        return await HANDLERS[command.verb](ctx, command)

    return await _as_admin(turn, typed)


async def show_panel(turn: Turn, action: ShowPanel) -> Reply:
    return await _as_admin(turn, lambda ctx: panel.show_panel(ctx, action))


async def apply_panel(turn: Turn, action: ApplyPanel) -> Reply:
    return await _as_admin(turn, lambda ctx: panel.apply_panel(ctx, action))


async def _as_admin(turn: Turn, handler: Callable[[AdminTurn], Awaitable[Reply]]) -> Reply:
    """Run ``handler`` for an admin; anyone else is refused politely, and audited."""
    admin = admin_service(turn)
    role = await role_of(turn, admin)
    ctx = AdminTurn(turn, admin, role)
    if not role.is_admin:
        # Refused before anything is read: a non-admin learns nothing about the commands.
        await audit_refusal(turn, "admin.command")
        return _refused(ctx, ctx.t("refused.not_admin"))
    try:
        return await handler(ctx)
    except Refusal as refusal:
        await audit_refusal(turn, refusal.action, refusal.detail)
        return _refused(ctx, refusal.text)
    except Problem as problem:
        return _outcome(ctx, problem.text, Outcome.INVALID)


def _refused(ctx: AdminTurn, text: str) -> Reply:
    return _outcome(ctx, text, Outcome.REFUSED)


def _outcome(ctx: AdminTurn, text: str, outcome: Outcome) -> Reply:
    turn = ctx.turn
    return Reply(
        blocks=(Text(text),),
        outcome=outcome,
        language=turn.language,
        skill_id=turn.route.target if turn.route else None,
        data={"admin": {"view": "message", "outcome": outcome.value}},
    )


__all__ = ["admin_command", "admin_texts", "apply_panel", "show_panel"]
