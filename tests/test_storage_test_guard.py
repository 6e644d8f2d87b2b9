"""The storage test fixtures themselves: CI never skips PostgreSQL, schemas are always dropped."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine
from storage_fixtures import postgres_url, scratch_database

UNREACHABLE = "postgresql+asyncpg://postgres@127.0.0.1:1/test"


async def test_unreachable_postgres_fails_under_ci(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("LOTSE_TEST_POSTGRES_URL", UNREACHABLE)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        async with scratch_database("postgresql", tmp_path):
            pass


async def test_unreachable_postgres_skips_locally(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("LOTSE_TEST_POSTGRES_URL", UNREACHABLE)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="unreachable"):
        async with scratch_database("postgresql", tmp_path):
            pass


async def test_scratch_schema_is_dropped_even_when_the_test_fails(tmp_path: Path) -> None:
    seen: list[str] = []

    async def failing_test() -> None:
        async with scratch_database("postgresql", tmp_path) as backend:
            seen.append(backend.connect_args["server_settings"]["search_path"])
            raise RuntimeError("a failing test")

    with pytest.raises(RuntimeError):
        await failing_test()
    schema = seen[0]
    engine = create_async_engine(postgres_url())
    try:
        async with engine.connect() as conn:
            found = await conn.execute(
                text("SELECT 1 FROM pg_namespace WHERE nspname = :name"), {"name": schema}
            )
            assert found.first() is None
    finally:
        await engine.dispose()
    assert schema.startswith("lotse_test_")
