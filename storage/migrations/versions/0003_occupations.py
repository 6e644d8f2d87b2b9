"""Imported ESCO occupations, the import log and the live occupation lookup cache.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TIMESTAMP = sa.DateTime(timezone=True)
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON_DOCUMENT = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "esco_occupations",
        sa.Column("uri", sa.String(), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("preferred_label", sa.String(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("data", JSON_DOCUMENT, nullable=False),
        sa.Column("imported_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("uri", "language", name="pk_esco_occupations"),
    )
    op.create_table(
        "occupation_imports",
        sa.Column("id", BIG_ID, nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("at", TIMESTAMP, nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("inserted", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_occupation_imports"),
    )
    op.create_index("ix_occupation_imports_at", "occupation_imports", ["at"])
    op.create_table(
        "occupation_lookup_cache",
        sa.Column("provider", sa.String(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("payload", JSON_DOCUMENT, nullable=False),
        sa.Column("expires_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("provider", "key", name="pk_occupation_lookup_cache"),
    )
    op.create_index(
        "ix_occupation_lookup_cache_expires_at", "occupation_lookup_cache", ["expires_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_occupation_lookup_cache_expires_at", table_name="occupation_lookup_cache")
    op.drop_table("occupation_lookup_cache")
    op.drop_index("ix_occupation_imports_at", table_name="occupation_imports")
    op.drop_table("occupation_imports")
    op.drop_table("esco_occupations")
