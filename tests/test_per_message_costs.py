"""Work every message does is done once, not again per message (results unchanged)."""

from __future__ import annotations

import pytest
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect

from bot.identity import Pseudonymiser
from storage.repositories import states


def test_a_sender_keeps_one_key_and_the_keys_remembered_stay_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("bot.identity._KNOWN_KEYS", 3)
    remembering, fresh = Pseudonymiser(b"k"), Pseudonymiser(b"k")
    for _ in range(2):  # the second round comes from memory where it still holds
        for user in ("anna", "ben", "cem", "dora", "emil"):
            assert remembering.user_key("teams", user) == fresh.user_key("teams", user)
            assert len(remembering._known) <= 3
    assert remembering.user_key("teams", "anna") != remembering.user_key("matrix", "anna")
    assert Pseudonymiser(b"other").user_key("teams", "anna") != fresh.user_key("teams", "anna")


@pytest.mark.parametrize("dialect", [postgresql.dialect, sqlite.dialect])
def test_the_state_read_of_every_message_is_compiled_once(dialect: type[Dialect]) -> None:
    """An expanding list parameter (``IN :ids``) is rendered anew at each execution."""
    compiled = states._READ.compile(dialect=dialect())
    assert "POSTCOMPILE" not in str(compiled)
    assert {"pending_id", "recent_id", "now"} <= set(compiled.params)
