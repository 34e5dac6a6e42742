"""Files uploaded over HTTP (a web chat, the console's reply form): recognised by their first bytes, read into
memory up to a limit and sealed into the store under a random name; never written to disk in the clear."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from typing import Protocol

from core.files.service import FileStore
from core.files.sniff import sniff

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_FILE_NAME_CHARS = 120
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C])


class Readable(Protocol):
    async def read(self, size: int = -1) -> bytes: ...


def clean_file_name(name: str | None) -> str | None:
    """A file name fit to show: the last path part, no control or bidi-override characters, not too long."""
    if not name:
        return None
    name = name.replace("\\", "/").rsplit("/", 1)[-1].translate(_BIDI_CONTROLS)
    name = "".join(ch for ch in name if unicodedata.category(ch) not in {"Cc", "Cf"}).strip()
    return name[:MAX_FILE_NAME_CHARS] or None


async def store(
    upload: Readable, files: FileStore, *, types: Collection[str] | None = None
) -> tuple[str, tuple[str, str, str], int] | str:
    """Seals an upload into the file store under a random name: (name, (kind, mime, extension), size), or an error
    code (bad_type: not a file allowed here, of `types` when given; too_large: past MAX_UPLOAD_BYTES)."""
    head = await upload.read(64)
    found = sniff(head)
    if found is None or (types is not None and found[1] not in types):
        return "bad_type"
    data = bytearray(head)
    while chunk := await upload.read(256 * 1024):
        data += chunk
        if len(data) > MAX_UPLOAD_BYTES:
            return "too_large"
    return files.save(bytes(data), suffix=found[2]), found, len(data)
