"""Privacy self-service (GDPR Art. 15 and 17): what Lotse stores about me; erase it."""

from __future__ import annotations

from datetime import timedelta

from bot.evaluation.rating import evaluation_facts
from bot.ports import ERASED_USER, AuditEvent, ConversationState
from bot.reply import Fact, Facts, Heading, Outcome, Reply, Text
from bot.routing.router import DELETE_OWNER
from bot.turn import Turn, reply


async def show_my_data(turn: Turn) -> Reply:
    store = turn.services.store
    message = turn.message
    platform = message.platform.value
    rows = await store.housekeeping.rows_for_user(turn.user_key, platform, message.sender_id)
    ack = await store.acknowledgements.get(turn.user_key)
    language = await store.preferences.language(turn.user_key)
    none = turn.t("privacy.none")
    department = turn.department_name + (
        "" if rows["assignment"] else f" ({turn.t('privacy.default_department')})"
    )
    facts = (
        Fact(turn.t("privacy.department"), department),
        Fact(turn.t("privacy.admin_rights"), str(rows["admin_rights"])),
        Fact(
            turn.t("privacy.acknowledgement"),
            turn.t(
                "privacy.ack_value",
                version=ack.policy_version,
                date=ack.acknowledged_at.date().isoformat(),
            )
            if ack
            else none,
        ),
        Fact(turn.t("privacy.language"), language or none),
        Fact(turn.t("privacy.open_state"), str(rows["states"])),
        Fact(turn.t("privacy.reminders"), str(rows["reminders"])),
        Fact(turn.t("privacy.feedback"), str(rows["feedback"])),
        Fact(turn.t("privacy.usage"), str(rows["usage"])),
        Fact(turn.t("privacy.audit_rows"), str(rows["audit"])),
    )
    settings = turn.services.settings
    return reply(
        turn,
        Heading(turn.t("privacy.title")),
        Facts(facts),
        *await evaluation_facts(turn),
        Text(turn.t("privacy.explanation", minutes=settings.state_ttl_minutes)),
        Text(
            turn.t(
                "privacy.retention",
                audit=settings.retention_audit_days,
                usage=settings.retention_usage_days,
                feedback=settings.retention_feedback_days,
            )
        ),
    )


async def ask_delete(turn: Turn) -> Reply:
    expires = turn.now + timedelta(minutes=turn.services.settings.state_ttl_minutes)
    await turn.services.store.states.put(
        turn.state_key, ConversationState(DELETE_OWNER, {}, expires)
    )
    return reply(turn, Text(turn.t("privacy.confirm_delete")), outcome=Outcome.PROMPT)


async def confirm_delete(turn: Turn) -> Reply:
    store = turn.services.store
    message = turn.message
    platform = message.platform.value
    counts = await store.housekeeping.erase_user(turn.user_key, platform, message.sender_id)
    kept = counts.pop("audit")  # pseudonymised to the erased-user marker, not deleted
    await store.audit.record(
        AuditEvent(
            kind="privacy",
            actor_key=ERASED_USER,
            action="erase",
            outcome="ok",
            at=turn.now,
            platform=platform,
            correlation_id=turn.correlation_id,
            detail={**counts, "audit_anonymised": kept},
        )
    )
    return reply(turn, Text(turn.t("privacy.deleted", count=sum(counts.values()))))


async def keep_data(turn: Turn) -> Reply:
    """ "nein" to the deletion question: nothing is deleted and the question is closed."""
    await turn.services.store.states.delete(turn.state_key)
    return reply(turn, Text(turn.t("privacy.kept")))
