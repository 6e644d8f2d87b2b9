"""Pilot evaluation: answers and their ratings, opt-outs, the pulse survey, suggestions and
votes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TIMESTAMP = sa.DateTime(timezone=True)
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON_DOCUMENT = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "answers",
        sa.Column("id", BIG_ID, nullable=False),
        sa.Column("answer_key", sa.String(64), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("platform", sa.String(), nullable=False),
        sa.Column("user_key", sa.String(), nullable=False),
        sa.Column("department", sa.String(200), nullable=False),
        sa.Column("skill", sa.String(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("producer", sa.String(), nullable=False),
        sa.Column("offline", sa.Boolean(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("message_ref", sa.String(), nullable=True),
        sa.Column("rating", sa.String(), nullable=True),
        sa.Column("reason", sa.String(), nullable=True),
        sa.Column("rated_at", TIMESTAMP, nullable=True),
        sa.Column("rating_ref", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_answers"),
        sa.UniqueConstraint("answer_key", name="uq_answers_answer_key"),
    )
    op.create_index("ix_answers_week", "answers", ["week"])
    op.create_index("ix_answers_user_key", "answers", ["user_key"])
    op.create_index("ix_answers_message", "answers", ["platform", "message_ref"])
    op.create_table(
        "evaluation_choices",
        sa.Column("user_key", sa.String(), nullable=False),
        sa.Column("opted_out", sa.Boolean(), nullable=False),
        sa.Column("changed_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("user_key", name="pk_evaluation_choices"),
    )
    op.create_table(
        "evaluation_settings",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("value", JSON_DOCUMENT, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_evaluation_settings"),
    )
    op.create_table(
        "survey_answers",
        sa.Column("user_key", sa.String(), nullable=False),
        sa.Column("period", sa.Date(), nullable=False),
        sa.Column("department", sa.String(200), nullable=False),
        sa.Column("asked_at", TIMESTAMP, nullable=False),
        sa.Column("usefulness", sa.Integer(), nullable=True),
        sa.Column("time_saved", sa.String(), nullable=True),
        sa.Column("answered_at", TIMESTAMP, nullable=True),
        sa.PrimaryKeyConstraint("user_key", "period", name="pk_survey_answers"),
    )
    op.create_table(
        "suggestions",
        sa.Column("id", BIG_ID, nullable=False),
        sa.Column("at", TIMESTAMP, nullable=False),
        sa.Column("author_key", sa.String(), nullable=False),
        sa.Column("department", sa.String(200), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("status_reason", sa.Text(), nullable=True),
        sa.Column("decided_at", TIMESTAMP, nullable=True),
        sa.Column("author_notified", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_suggestions"),
    )
    op.create_index("ix_suggestions_at", "suggestions", ["at"])
    op.create_index("ix_suggestions_author_key", "suggestions", ["author_key"])
    op.create_table(
        "suggestion_votes",
        sa.Column("suggestion_id", BIG_ID, nullable=False),
        sa.Column("user_key", sa.String(), nullable=False),
        sa.Column("vote", sa.Integer(), nullable=False),
        sa.Column("at", TIMESTAMP, nullable=False),
        sa.ForeignKeyConstraint(
            ["suggestion_id"],
            ["suggestions.id"],
            name="fk_suggestion_votes_suggestion_id_suggestions",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("suggestion_id", "user_key", name="pk_suggestion_votes"),
    )
    op.create_index("ix_suggestion_votes_user_key", "suggestion_votes", ["user_key"])


def downgrade() -> None:
    op.drop_index("ix_suggestion_votes_user_key", table_name="suggestion_votes")
    op.drop_table("suggestion_votes")
    op.drop_index("ix_suggestions_author_key", table_name="suggestions")
    op.drop_index("ix_suggestions_at", table_name="suggestions")
    op.drop_table("suggestions")
    op.drop_table("survey_answers")
    op.drop_table("evaluation_settings")
    op.drop_table("evaluation_choices")
    op.drop_index("ix_answers_message", table_name="answers")
    op.drop_index("ix_answers_user_key", table_name="answers")
    op.drop_index("ix_answers_week", table_name="answers")
    op.drop_table("answers")
