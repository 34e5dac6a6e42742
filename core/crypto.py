"""Encryption at rest for personal data (national identity numbers), keyed from the secret key."""

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def _derive(secret_key: str, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"hemsehri", info=purpose).derive(
        secret_key.encode()
    )


class Vault:
    """Encrypts and decrypts small personal values; the key never lives in the database."""

    def __init__(self, secret_key: str) -> None:
        self._fernet = Fernet(base64.urlsafe_b64encode(_derive(secret_key, b"personal-data")))

    def encrypt(self, value: str) -> bytes:
        return self._fernet.encrypt(value.encode())

    def decrypt(self, token: bytes) -> str:
        """Returns the plain value; a token made with another key raises InvalidToken."""
        return self._fernet.decrypt(token).decode()


def token_digest(token: str) -> str:
    """SHA-256 of an API or session token, the only form in which tokens are stored."""
    return hashlib.sha256(token.encode()).hexdigest()


__all__ = ["InvalidToken", "Vault", "token_digest"]
