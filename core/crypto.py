"""Encryption at rest for personal data, keyed blind indexes and the audit chain's key.

Every key derives from a secret that never lives in the database. The current secret seals; a previous one,
kept while `hemsehri keys rotate` runs, still opens. Three forms, all from the `cryptography` package:

* values (names, phones, texts, JSON): AES-256-GCM with a random nonce, as text `s1:<base64>`;
* identifiers found by equality (platform user ids, state keys, update ids): AES-SIV, deterministic, so the
  same id always seals the same way and SQL can still find it, as text `d1:<base64>`;
* files: AES-256-GCM, as bytes starting with FILE_MAGIC.

Each carries the first bytes of its key's id, so opening picks the right secret. What staff search by (phone,
identity number) is also kept as a keyed blind index: an HMAC of the normalised value.
"""

import base64
import hashlib
import hmac
import os
from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, AESSIV
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

VALUE, ID = "s1:", "d1:"
FILE_MAGIC = b"HMS\x01"  # then the key id (4 bytes), the nonce (12 bytes) and the AES-GCM ciphertext


def _derive(secret_key: str, purpose: bytes, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=b"hemsehri", info=purpose).derive(secret_key.encode())


class _Key:
    """The keys one secret gives, each for one purpose."""

    def __init__(self, secret_key: str) -> None:
        self.id = _derive(secret_key, b"key-id")[:4]
        self.values = AESGCM(_derive(secret_key, b"personal-values"))
        self.ids = AESSIV(_derive(secret_key, b"personal-ids", 64))
        self.files = AESGCM(_derive(secret_key, b"files"))
        # Identity numbers sealed before 0006 were Fernet tokens: still opened, never written.
        self.fernet = Fernet(base64.urlsafe_b64encode(_derive(secret_key, b"personal-data")))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


class Vault:
    """Seals and opens personal values, identifiers and files; the first secret seals, every secret given opens."""

    def __init__(self, secret_key: str, *, previous: Sequence[str] = (), audit_key: str | None = None) -> None:
        self._keys = [_Key(s) for s in dict.fromkeys([secret_key, *[p for p in previous if p]])]
        self._index_key = _derive(secret_key, b"blind-index")
        self.audit_key = _derive(audit_key or secret_key, b"audit-chain")

    def _key(self, key_id: bytes) -> _Key:
        for key in self._keys:
            if hmac.compare_digest(key.id, key_id):
                return key
        raise InvalidToken

    # -- values

    def seal(self, value: str) -> str:
        """The value sealed as text; sealing it twice gives two different texts."""
        key, nonce = self._keys[0], os.urandom(12)
        return VALUE + _b64(key.id + nonce + key.values.encrypt(nonce, value.encode(), key.id))

    def unseal(self, token: str) -> str:
        """The value in the clear; raises InvalidToken when no secret given opens it."""
        if not token.startswith(VALUE):
            return MultiFernet([key.fernet for key in self._keys]).decrypt(token.encode("ascii")).decode()
        try:
            blob = base64.urlsafe_b64decode(token[len(VALUE) :])
            return self._key(blob[:4]).values.decrypt(blob[4:16], blob[16:], blob[:4]).decode()
        except (InvalidTag, ValueError):
            raise InvalidToken from None

    def encrypt(self, value: str) -> bytes:
        return self.seal(value).encode("ascii")

    def decrypt(self, token: bytes) -> str:
        """Returns the plain value; a token made with another key raises InvalidToken."""
        return self.unseal(token.decode("ascii"))

    # -- identifiers

    def seal_id(self, value: str) -> str:
        """An identifier sealed deterministically: the same value gives the same text, so it is found by equality."""
        key = self._keys[0]
        return ID + _b64(key.id + key.ids.encrypt(value.encode(), [key.id]))

    def unseal_id(self, token: str) -> str:
        try:
            blob = base64.urlsafe_b64decode(token[len(ID) :])
            return self._key(blob[:4]).ids.decrypt(blob[4:], [blob[:4]]).decode()
        except (InvalidTag, ValueError):
            raise InvalidToken from None

    # -- indexes

    def index(self, value: str) -> str:
        """The keyed blind index of a normalised value: equal values give equal indexes, nothing else leaks."""
        return hmac.new(self._index_key, value.encode(), hashlib.sha256).hexdigest()

    # -- files

    def seal_file(self, data: bytes) -> bytes:
        """A file's content sealed under the current secret."""
        key, nonce = self._keys[0], os.urandom(12)
        return FILE_MAGIC + key.id + nonce + key.files.encrypt(nonce, data, FILE_MAGIC + key.id)

    def open_file(self, blob: bytes) -> bytes:
        """A sealed file's content; a file stored before files were sealed is returned as it is."""
        if not blob.startswith(FILE_MAGIC):
            return blob
        try:
            return self._key(blob[4:8]).files.decrypt(blob[8:20], blob[20:], blob[:8])
        except InvalidTag:
            raise InvalidToken from None

    def is_current(self, sealed: str | bytes) -> bool:
        """Whether a sealed value, identifier or file was sealed under the current secret (nothing to rotate)."""
        if isinstance(sealed, bytes):
            return sealed.startswith(FILE_MAGIC) and hmac.compare_digest(sealed[4:8], self._keys[0].id)
        if not sealed.startswith((VALUE, ID)):
            return False
        return hmac.compare_digest(base64.urlsafe_b64decode(sealed[3:])[:4], self._keys[0].id)


def token_digest(token: str) -> str:
    """SHA-256 of an API or session token, the only form in which tokens are stored."""
    return hashlib.sha256(token.encode()).hexdigest()


__all__ = ["InvalidToken", "Vault", "token_digest"]
