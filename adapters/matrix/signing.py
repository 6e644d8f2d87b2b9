"""Ed25519 signing of Matrix JSON objects: canonical JSON without ``signatures`` and
``unsigned``, signatures as unpadded base64 (the spec's "Signing JSON" rules)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from canonicaljson import encode_canonical_json
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from unpaddedbase64 import encode_base64

SEED_BYTES = 32


def signable(value: Mapping[str, Any]) -> bytes:
    """The bytes that are signed: the object without ``signatures`` and ``unsigned``."""
    return encode_canonical_json(
        {k: v for k, v in value.items() if k not in ("signatures", "unsigned")}
    )


@dataclass(frozen=True)
class SigningKey:
    """An Ed25519 key pair from its 32-byte seed."""

    seed: bytes

    def __post_init__(self) -> None:
        if len(self.seed) != SEED_BYTES:
            raise ValueError("an Ed25519 seed has 32 bytes")

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate().private_bytes_raw())

    @property
    def _private(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.seed)

    @property
    def public(self) -> str:
        """The public key, unpadded base64 (also the key's id after ``ed25519:``)."""
        return encode_base64(self._private.public_key().public_bytes_raw())

    @property
    def key_id(self) -> str:
        return f"ed25519:{self.public}"

    def signature(self, value: Mapping[str, Any]) -> str:
        return encode_base64(self._private.sign(signable(value)))

    def sign(self, value: Mapping[str, Any], user_id: str) -> dict[str, Any]:
        """A copy of ``value`` with this key's signature added (others kept, ``unsigned``
        dropped)."""
        signed = {k: v for k, v in value.items() if k != "unsigned"}
        signatures = {user: dict(sigs) for user, sigs in signed.get("signatures", {}).items()}
        signatures.setdefault(user_id, {})[self.key_id] = self.signature(value)
        signed["signatures"] = signatures
        return signed
