"""``lotse matrix login`` against the real Synapse; ``lotse serve`` picks Matrix up when set."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from click.testing import CliRunner
from matrix_fixtures import Synapse

from adapters.matrix.keyfile import KeyFileError, load_keys
from adapters.matrix.passphrase import store_passphrase
from adapters.matrix.session import load_credentials
from lotse.cli import cli


def test_login_stores_the_device_and_reuses_it(
    synapse_server: Synapse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if synapse_server.process is None:
        synapse_server.start()
    bot = asyncio.run(synapse_server.register())
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LOTSE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LOTSE_MATRIX_HOMESERVER", synapse_server.url)
    monkeypatch.setenv("LOTSE_MATRIX_USER_ID", bot.user_id)
    monkeypatch.delenv("LOTSE_MATRIX_PASSWORD", raising=False)
    runner = CliRunner()

    wrong = runner.invoke(cli, ["matrix", "login"], input="wrong password\n")
    assert wrong.exit_code != 0
    assert load_credentials(tmp_path / "data" / "matrix") is None

    first = runner.invoke(cli, ["matrix", "login"], input=f"{bot.password}\n")
    assert first.exit_code == 0, first.output
    saved = load_credentials(tmp_path / "data" / "matrix")
    assert saved is not None
    assert saved.user_id == bot.user_id
    assert saved.device_id in first.output
    assert saved.access_token not in first.output
    # Cross-signing set up on the first login; its recovery key shown once. Without
    # LOTSE_MATRIX_STORE_PASSPHRASE the keys are sealed with the generated store passphrase.
    store = tmp_path / "data" / "matrix"
    with pytest.raises(KeyFileError):  # not readable without the passphrase
        load_keys(store, "")
    keys = load_keys(store, store_passphrase(store))
    assert keys is not None
    assert keys.recovery_key in first.output

    again = runner.invoke(cli, ["matrix", "login"])
    assert again.exit_code == 0
    assert "already logged in" in again.output
    assert load_credentials(tmp_path / "data" / "matrix") == saved
    assert keys.recovery_key not in again.output
