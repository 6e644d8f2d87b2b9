"""Several instances on one database: event claims name their owner and when their reply was
delivered; instance heartbeats; values shared by all instances (identity key, fingerprint).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("processed_events") as batch:
        batch.add_column(sa.Column("owner", sa.String(), nullable=True))
        batch.add_column(sa.Column("done_at", TIMESTAMP, nullable=True))
    # Claims made before owners were recorded count as answered: never answered twice.
    op.execute("UPDATE processed_events SET done_at = processed_at")
    op.create_table(
        "instances",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("host", sa.String(), nullable=False),
        sa.Column("started_at", TIMESTAMP, nullable=False),
        sa.Column("heartbeat_at", TIMESTAMP, nullable=False),
        sa.Column("role", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_instances"),
    )
    op.create_table(
        "shared_values",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_shared_values"),
    )


def downgrade() -> None:
    op.drop_table("shared_values")
    op.drop_table("instances")
    with op.batch_alter_table("processed_events") as batch:
        batch.drop_column("done_at")
        batch.drop_column("owner")
