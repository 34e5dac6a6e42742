"""What may be uploaded, recognised by its first bytes, and stored under a random name."""

from __future__ import annotations

import unicodedata

from fastapi import Request
from starlette.datastructures import UploadFile
from starlette.types import Message

from core.files.service import FileStore
from core.files.sniff import sniff

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_FILE_NAME_CHARS = 120
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C])

ACCEPT = "image/jpeg,image/png,image/gif,image/webp,image/heic,image/heif,image/avif,application/pdf,audio/*"


def clean_file_name(name: str | None) -> str | None:
    """A file name fit to show: the last path part, no control or bidi-override characters, not too long."""
    if not name:
        return None
    name = name.replace("\\", "/").rsplit("/", 1)[-1].translate(_BIDI_CONTROLS)
    name = "".join(ch for ch in name if unicodedata.category(ch) not in {"Cc", "Cf"}).strip()
    return name[:MAX_FILE_NAME_CHARS] or None


async def store(upload: UploadFile, files: FileStore) -> tuple[str, tuple[str, str, str], int] | str:
    """Seals an upload into the file store under a random name: (name, (kind, mime, extension), size), or an error
    code. It is read into memory (at most MAX_UPLOAD_BYTES) and never written to disk in the clear."""
    head = await upload.read(64)
    found = sniff(head)
    if found is None:
        return "bad_type"
    data = bytearray(head)
    while chunk := await upload.read(256 * 1024):
        data += chunk
        if len(data) > MAX_UPLOAD_BYTES:
            return "too_large"
    return files.save(bytes(data), suffix=found[2]), found, len(data)


class TooLarge(Exception):
    """The request body went past its limit."""


def limited(request: Request, limit: int) -> Request:
    """The same request whose body stops with TooLarge after `limit` bytes (however it is sent)."""
    received = 0
    receive = request.receive

    async def counting() -> Message:
        nonlocal received
        message = await receive()
        received += len(message.get("body", b""))
        if received > limit:
            raise TooLarge
        return message

    return Request(request.scope, counting)
