"""The bot's cross-signing private keys in the store directory: AES-GCM encrypted with a key
derived (scrypt) from the store passphrase, or plain with mode 0600 when none is set; and the
recovery key, the unpadded base64 of the three seeds (master, self-signing, user-signing)."""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from hashlib import scrypt
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from unpaddedbase64 import decode_base64, encode_base64

from adapters.matrix.signing import SEED_BYTES, SigningKey

KEY_FILE = "cross_signing.json"
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}
_AAD = b"lotse cross-signing v1"


class KeyFileError(Exception):
    """The key file or recovery key cannot be read (wrong passphrase, damaged, malformed)."""


@dataclass(frozen=True)
class CrossSigningKeys:
    """Master, self-signing and user-signing key of the bot account."""

    master: SigningKey
    self_signing: SigningKey
    user_signing: SigningKey

    @classmethod
    def generate(cls) -> CrossSigningKeys:
        return cls(SigningKey.generate(), SigningKey.generate(), SigningKey.generate())

    @property
    def recovery_key(self) -> str:
        """All three seeds, so that a lost store can be restored (``lotse matrix recover``)."""
        return encode_base64(self.master.seed + self.self_signing.seed + self.user_signing.seed)

    @classmethod
    def from_recovery_key(cls, text: str) -> CrossSigningKeys:
        try:
            raw = decode_base64("".join(text.split()))
        except ValueError as error:
            raise KeyFileError("the recovery key is not base64") from error
        if len(raw) != 3 * SEED_BYTES:
            raise KeyFileError("the recovery key has the wrong length")
        seeds = [raw[i : i + SEED_BYTES] for i in range(0, 3 * SEED_BYTES, SEED_BYTES)]
        return cls(SigningKey(seeds[0]), SigningKey(seeds[1]), SigningKey(seeds[2]))


def _cipher(passphrase: str, salt: bytes) -> AESGCM:
    return AESGCM(scrypt(passphrase.encode(), salt=salt, **_SCRYPT))


def save_keys(store: Path, keys: CrossSigningKeys, passphrase: str) -> None:
    """Replaced atomically, mode 0600."""
    secret = keys.recovery_key.encode()
    if passphrase:
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        sealed = _cipher(passphrase, salt).encrypt(nonce, secret, _AAD)
        data = {"v": 1, "salt": encode_base64(salt), "nonce": encode_base64(nonce)}
        data["ciphertext"] = encode_base64(sealed)
    else:
        data = {"v": 1, "plain": secret.decode()}
    store.mkdir(parents=True, exist_ok=True)
    path = store / KEY_FILE
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
    os.replace(tmp, path)


def load_keys(store: Path, passphrase: str) -> CrossSigningKeys | None:
    path = store / KEY_FILE
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if "plain" in data:
            return CrossSigningKeys.from_recovery_key(data["plain"])
        cipher = _cipher(passphrase, decode_base64(data["salt"]))
        secret = cipher.decrypt(
            decode_base64(data["nonce"]), decode_base64(data["ciphertext"]), _AAD
        )
    except (ValueError, KeyError, TypeError, InvalidTag) as error:
        raise KeyFileError(f"{KEY_FILE} cannot be read (wrong passphrase?)") from error
    return CrossSigningKeys.from_recovery_key(secret.decode())
