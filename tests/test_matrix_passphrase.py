"""Without LOTSE_MATRIX_STORE_PASSPHRASE the store's keys get a generated passphrase, never an
empty one silently."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from adapters.matrix.passphrase import PASSPHRASE_FILE, store_passphrase
from adapters.matrix.settings import MatrixSettings


def settings(store: Path, **values: object) -> MatrixSettings:
    base: dict[str, object] = {
        "homeserver": "https://matrix.bzh.example",
        "user_id": "@lotse:bzh.example",
        "store_path": store,
    }
    return MatrixSettings.model_validate(base | values)


def test_a_new_store_gets_a_generated_passphrase_in_a_private_file(tmp_path: Path) -> None:
    store = tmp_path / "matrix"
    resolved = settings(store).with_store_passphrase()
    passphrase = resolved.pickle_key
    assert len(passphrase) >= 32
    assert (store / PASSPHRASE_FILE).stat().st_mode & 0o777 == 0o600
    # The next start (or another command) uses the same one.
    assert settings(store).with_store_passphrase().pickle_key == passphrase
    assert store_passphrase(tmp_path / "other") != passphrase


def test_a_configured_passphrase_wins_and_nothing_is_generated(tmp_path: Path) -> None:
    store = tmp_path / "matrix"
    resolved = settings(store, store_passphrase="from the safe").with_store_passphrase()
    assert resolved.pickle_key == "from the safe"
    assert not (store / PASSPHRASE_FILE).exists()


def test_a_store_made_without_a_passphrase_keeps_working_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = tmp_path / "matrix"
    store.mkdir()
    (store / "@lotse:bzh.example_DEVICE.db").write_bytes(b"")  # nio's key store, unencrypted
    caplog.set_level(logging.WARNING, logger="lotse.matrix")
    assert settings(store).with_store_passphrase().pickle_key == ""
    assert any("LOTSE_MATRIX_STORE_PASSPHRASE" in r.getMessage() for r in caplog.records)
    assert not (store / PASSPHRASE_FILE).exists()
