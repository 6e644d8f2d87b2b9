"""Initial schema: directory, acknowledgements, conversation state, reminders, preferences, audit.

Revision ID: 0001
Revises:
Create Date: 2025-11-25 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out here (not imported from storage.types) so this revision never changes later.
TIMESTAMP = sa.DateTime(timezone=True)
JSON_DOC = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _department_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["department_id"],
        ["departments.id"],
        name=f"fk_{table}_department_id_departments",
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "departments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("name_key", sa.String(200), nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_departments"),
        sa.UniqueConstraint("name_key", name="uq_departments_name_key"),
    )
    op.create_table(
        "skill_toggles",
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.String(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        _department_fk("skill_toggles"),
        sa.PrimaryKeyConstraint("department_id", "skill_id", name="pk_skill_toggles"),
    )
    for table, key in (("user_assignments", "user_id"), ("scope_assignments", "scope")):
        op.create_table(
            table,
            sa.Column("platform", sa.String(), nullable=False),
            sa.Column(key, sa.String(), nullable=False),
            sa.Column("department_id", sa.Integer(), nullable=False),
            _department_fk(table),
            sa.PrimaryKeyConstraint("platform", key, name=f"pk_{table}"),
        )
        op.create_index(f"ix_{table}_department_id", table, ["department_id"])
    op.create_table(
        "admin_grants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(), nullable=False),
        sa.Column("user_id", sa.String(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("granted_at", TIMESTAMP, nullable=False),
        _department_fk("admin_grants"),
        sa.PrimaryKeyConstraint("id", name="pk_admin_grants"),
    )
    # NULL (global) is distinct in a unique constraint: one partial unique index per case.
    op.create_index(
        "uq_admin_grants_department",
        "admin_grants",
        ["platform", "user_id", "department_id"],
        unique=True,
        sqlite_where=sa.text("department_id IS NOT NULL"),
        postgresql_where=sa.text("department_id IS NOT NULL"),
    )
    op.create_index(
        "uq_admin_grants_global",
        "admin_grants",
        ["platform", "user_id"],
        unique=True,
        sqlite_where=sa.text("department_id IS NULL"),
        postgresql_where=sa.text("department_id IS NULL"),
    )
    op.create_table(
        "acknowledgements",
        sa.Column("user_key", sa.String(), nullable=False),
        sa.Column("policy_version", sa.String(), nullable=False),
        sa.Column("acknowledged_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("user_key", name="pk_acknowledgements"),
    )
    op.create_table(
        "conversation_states",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("user_key", sa.String(), nullable=False),
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("data", JSON_DOC, nullable=False),
        sa.Column("expires_at", TIMESTAMP, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_conversation_states"),
    )
    op.create_index("ix_conversation_states_user_key", "conversation_states", ["user_key"])
    op.create_index("ix_conversation_states_expires_at", "conversation_states", ["expires_at"])
    op.create_table(
        "reminder_log",
        sa.Column("user_key", sa.String(), nullable=False),
        sa.Column("reminder_id", sa.String(), nullable=False),
        sa.Column("last_shown_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("user_key", "reminder_id", name="pk_reminder_log"),
    )
    op.create_table(
        "user_preferences",
        sa.Column("user_key", sa.String(), nullable=False),
        sa.Column("language", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("user_key", name="pk_user_preferences"),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", BIG_ID, nullable=False),
        sa.Column("at", TIMESTAMP, nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("actor_key", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("platform", sa.String(), nullable=True),
        sa.Column("department", sa.String(), nullable=True),
        sa.Column("correlation_id", sa.String(), nullable=True),
        sa.Column("tokens_in", sa.Integer(), nullable=False),
        sa.Column("tokens_out", sa.Integer(), nullable=False),
        sa.Column("detail", JSON_DOC, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_events"),
    )
    op.create_index("ix_audit_events_at", "audit_events", ["at"])
    op.create_index("ix_audit_events_actor_key", "audit_events", ["actor_key"])


def downgrade() -> None:
    for table in (
        "audit_events",
        "user_preferences",
        "reminder_log",
        "conversation_states",
        "acknowledgements",
        "admin_grants",
        "scope_assignments",
        "user_assignments",
        "skill_toggles",
        "departments",
    ):
        op.drop_table(table)
