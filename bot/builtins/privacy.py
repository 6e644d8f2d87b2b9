"""Privacy self-service (GDPR Art. 15 and 17): what Lotse stores about me; erase it."""

from __future__ import annotations

from datetime import timedelta

from bot.pipeline.base import reply
from bot.ports import AuditEvent, ConversationState
from bot.reply import Fact, Facts, Heading, Outcome, Reply, Text
from bot.routing.router import DELETE_OWNER
from bot.turn import Turn


async def show_my_data(turn: Turn) -> Reply:
    store = turn.services.store
    message = turn.message
    assigned = await store.directory.department_for_user(message.platform.value, message.sender_id)
    ack = await store.acknowledgements.get(turn.user_key)
    language = await store.preferences.language(turn.user_key)
    open_states = await store.states.count_for_user(turn.user_key)
    reminder_ids = [r.id for r in turn.services.policy.reminders]
    reminders = await store.reminders.last_shown(turn.user_key, reminder_ids)
    audit_rows = await store.audit.count_for_actor(turn.user_key)
    feedback = await store.feedback.count_for_user(turn.user_key)
    none = turn.t("privacy.none")
    department = turn.department_name + (
        "" if assigned else f" ({turn.t('privacy.default_department')})"
    )
    facts = (
        Fact(turn.t("privacy.department"), department),
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
        Fact(turn.t("privacy.open_state"), str(open_states)),
        Fact(turn.t("privacy.reminders"), str(len(reminders))),
        Fact(turn.t("privacy.feedback"), str(feedback)),
        Fact(turn.t("privacy.audit_rows"), str(audit_rows)),
    )
    ttl = turn.services.settings.state_ttl_minutes
    return reply(
        turn,
        Heading(turn.t("privacy.title")),
        Facts(facts),
        Text(turn.t("privacy.explanation", minutes=ttl)),
    )


async def ask_delete(turn: Turn) -> Reply:
    assert turn.state_key is not None
    expires = turn.now + timedelta(minutes=turn.services.settings.state_ttl_minutes)
    await turn.services.store.states.put(
        turn.state_key, ConversationState(DELETE_OWNER, {}, expires)
    )
    return reply(turn, Text(turn.t("privacy.confirm_delete")), outcome=Outcome.PROMPT)


async def confirm_delete(turn: Turn) -> Reply:
    store = turn.services.store
    key = turn.user_key
    counts = {
        "acknowledgements": await store.acknowledgements.delete(key),
        "states": await store.states.delete_for_user(key),
        "reminders": await store.reminders.delete_for_user(key),
        "preferences": await store.preferences.delete_for_user(key),
        "feedback": await store.feedback.delete_for_user(key),
    }
    turn.pending = None
    await store.audit.record(
        AuditEvent(
            kind="privacy",
            actor_key=key,
            action="erase",
            outcome="ok",
            at=turn.now,
            platform=turn.message.platform.value,
            correlation_id=turn.correlation_id,
            detail=counts,
        )
    )
    return reply(turn, Text(turn.t("privacy.deleted", count=sum(counts.values()))))


async def keep_data(turn: Turn) -> Reply:
    """ "nein" to the deletion question: nothing is deleted and the question is closed."""
    assert turn.state_key is not None
    await turn.services.store.states.delete(turn.state_key)
    turn.pending = None
    return reply(turn, Text(turn.t("privacy.kept")))
