"""Cross-signing of the bot account, checked as another user sees it on the real Synapse:
the signatures are verified with signedjson (independent of Lotse's signing code)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aiohttp
import pytest
from click.testing import CliRunner
from matrix_fixtures import (
    Counsellor,
    Synapse,
    User,
    bot_settings,
    start_adapter,
    until,
)
from signedjson.key import decode_verify_key_bytes
from signedjson.sign import SignatureVerifyException, verify_signed_json
from unpaddedbase64 import decode_base64

from adapters.matrix.adapter import MatrixAdapter
from adapters.matrix.cross_signing import NeedsPassword, bootstrap, upload_keys
from adapters.matrix.keyfile import (
    KEY_FILE,
    CrossSigningKeys,
    KeyFileError,
    load_keys,
    save_keys,
)
from adapters.matrix.retry import retrying
from adapters.matrix.session import new_client, password_login
from adapters.matrix.signing import SigningKey
from lotse.app import App
from lotse.cli import cli


async def keys_of(server: Synapse, viewer: User, user_id: str) -> dict[str, Any]:
    url = f"{server.url}/_matrix/client/v3/keys/query"
    headers = {"Authorization": f"Bearer {viewer.access_token}"}
    async with aiohttp.ClientSession() as session:
        body: dict[str, dict[str, list[str]]] = {"device_keys": {user_id: []}}
        async with session.post(url, json=body, headers=headers) as response:
            assert response.status == 200
            return dict(await response.json())


def verify(signed: dict[str, Any], user_id: str, key: dict[str, Any]) -> None:
    """``signed`` carries a valid signature by the cross-signing key object ``key``."""
    [(key_id, public)] = key["keys"].items()
    verify_key = decode_verify_key_bytes(key_id, decode_base64(public))
    verify_signed_json(signed, user_id, verify_key)


async def cross_signed(adapter: MatrixAdapter) -> bool:
    return adapter.cross_signing is not None


async def test_bot_device_is_verified_by_its_owner_and_restart_keeps_the_keys(
    lotse_app: App, synapse: Synapse, counsellor: Counsellor, tmp_path: Path
) -> None:
    bot = await synapse.register()
    settings = bot_settings(synapse, bot, tmp_path / "bot")
    adapter = await start_adapter(lotse_app, settings)
    try:
        await until(lambda: cross_signed(adapter), 20)
        assert adapter.cross_signing == "ok"
        device_id = adapter.client.device_id
    finally:
        await adapter.stop()

    seen = await keys_of(synapse, counsellor.user, bot.user_id)
    master = seen["master_keys"][bot.user_id]
    self_signing = seen["self_signing_keys"][bot.user_id]
    device = seen["device_keys"][bot.user_id][device_id]
    assert master["usage"] == ["master"]
    assert self_signing["usage"] == ["self_signing"]
    verify(self_signing, bot.user_id, master)  # master signs self-signing
    verify(device, bot.user_id, self_signing)  # self-signing signs the device
    with pytest.raises(SignatureVerifyException):
        verify(device, bot.user_id, master)  # (a check that can fail)

    # The private keys are in the store, encrypted with the passphrase.
    key_file = (tmp_path / "bot" / KEY_FILE).read_text()
    stored = load_keys(tmp_path / "bot", "test passphrase")
    assert stored is not None
    assert stored.recovery_key not in key_file
    assert master["keys"] == {stored.master.key_id: stored.master.public}

    # A restart reuses them: nothing new on the homeserver, the key file untouched.
    adapter = await start_adapter(lotse_app, settings)
    try:
        await until(lambda: cross_signed(adapter), 20)
        assert adapter.cross_signing == "ok"
    finally:
        await adapter.stop()
    again = await keys_of(synapse, counsellor.user, bot.user_id)
    assert again["master_keys"][bot.user_id] == master
    assert again["self_signing_keys"][bot.user_id] == self_signing
    assert (tmp_path / "bot" / KEY_FILE).read_text() == key_file

    # A store without the keys (lost store directory) never replaces the account's keys ...
    fresh = bot_settings(synapse, bot, tmp_path / "other")
    adapter = await start_adapter(lotse_app, fresh)
    try:
        await until(lambda: cross_signed(adapter), 20)
        assert adapter.cross_signing == "failed"
    finally:
        await adapter.stop()
    assert (await keys_of(synapse, counsellor.user, bot.user_id))["master_keys"][
        bot.user_id
    ] == master

    # ... until they are recovered from the recovery key: then the new device is signed too.
    env = {
        "LOTSE_MATRIX_HOMESERVER": synapse.url,
        "LOTSE_MATRIX_USER_ID": bot.user_id,
        "LOTSE_MATRIX_STORE_PATH": str(tmp_path / "other"),
        "LOTSE_MATRIX_STORE_PASSPHRASE": "test passphrase",
    }
    recovered = CliRunner().invoke(
        cli, ["matrix", "recover", "--recovery-key", stored.recovery_key], env=env
    )
    assert recovered.exit_code == 0, recovered.output
    assert load_keys(tmp_path / "other", "test passphrase") == stored
    adapter = await start_adapter(lotse_app, fresh)
    try:
        await until(lambda: cross_signed(adapter), 20)
        assert adapter.cross_signing == "ok"
        second_device = adapter.client.device_id
    finally:
        await adapter.stop()
    final = await keys_of(synapse, counsellor.user, bot.user_id)
    assert second_device != device_id
    verify(final["device_keys"][bot.user_id][second_device], bot.user_id, self_signing)


def test_key_file_needs_the_passphrase_and_recovery_key_round_trips(tmp_path: Path) -> None:
    keys = CrossSigningKeys.generate()
    save_keys(tmp_path, keys, "secret")
    assert (tmp_path / KEY_FILE).stat().st_mode & 0o777 == 0o600
    assert load_keys(tmp_path, "secret") == keys
    with pytest.raises(KeyFileError):
        load_keys(tmp_path, "wrong")
    assert CrossSigningKeys.from_recovery_key(keys.recovery_key) == keys
    with pytest.raises(KeyFileError):
        CrossSigningKeys.from_recovery_key(keys.recovery_key[:-4])


def test_signatures_follow_the_canonical_json_rules() -> None:
    key = SigningKey.generate()
    value = {"b": "ä", "a": [1, {"z": True}], "unsigned": {"age": 5}}
    signed = key.sign(value, "@lotse:lotse.test")
    assert "unsigned" not in signed
    verify(signed, "@lotse:lotse.test", {"keys": {key.key_id: key.public}})
    # Signing again with another key keeps the first signature.
    other = SigningKey.generate()
    both = other.sign(signed, "@lotse:lotse.test")
    assert set(both["signatures"]["@lotse:lotse.test"]) == {key.key_id, other.key_id}
    verify(both, "@lotse:lotse.test", {"keys": {key.key_id: key.public}})


async def test_replacing_keys_takes_the_password_through_interactive_auth(
    synapse: Synapse, counsellor: Counsellor, tmp_path: Path
) -> None:
    bot = await synapse.register()
    settings = bot_settings(synapse, bot, tmp_path / "bot")
    client = new_client(settings)
    try:
        await password_login(client, settings)
        await retrying(client.keys_upload)
        first = await bootstrap(client, settings)
        assert (first.created, first.uploaded, first.device_signed) == (True, True, True)
        again = await bootstrap(client, settings)
        assert (again.created, again.uploaded, again.device_signed) == (False, False, False)

        replacement = CrossSigningKeys.generate()
        without_password = settings.model_copy(update={"password": None})
        with pytest.raises(NeedsPassword):
            await upload_keys(client, without_password, replacement)
        await upload_keys(client, settings, replacement)  # m.login.password
    finally:
        await client.close()
    seen = await keys_of(synapse, counsellor.user, bot.user_id)
    assert seen["master_keys"][bot.user_id]["keys"] == {
        replacement.master.key_id: replacement.master.public
    }
