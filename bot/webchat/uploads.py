"""What may be uploaded, recognised by its first bytes, and stored under a random name."""

from __future__ import annotations

import unicodedata

from fastapi import Request
from starlette.datastructures import UploadFile
from starlette.types import Message

from core.files.service import FileStore

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_FILE_NAME_CHARS = 120
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C])

# What may be uploaded, recognised by the file's first bytes (never by its name or the browser's word).
# (magic at offset, offset, kind, mime type, extension); `ftyp` brands and RIFF forms are checked below.
_SIGNATURES: tuple[tuple[bytes, int, str, str, str], ...] = (
    (b"\xff\xd8\xff", 0, "photo", "image/jpeg", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", 0, "photo", "image/png", ".png"),
    (b"GIF87a", 0, "photo", "image/gif", ".gif"),
    (b"GIF89a", 0, "photo", "image/gif", ".gif"),
    (b"%PDF-", 0, "document", "application/pdf", ".pdf"),
    (b"OggS", 0, "voice", "audio/ogg", ".ogg"),
    (b"ID3", 0, "audio", "audio/mpeg", ".mp3"),
    (b"fLaC", 0, "audio", "audio/flac", ".flac"),
    (b"\x1a\x45\xdf\xa3", 0, "voice", "audio/webm", ".webm"),
)
_FTYP_BRANDS: dict[bytes, tuple[str, str, str]] = {
    b"heic": ("photo", "image/heic", ".heic"),
    b"heix": ("photo", "image/heic", ".heic"),
    b"mif1": ("photo", "image/heif", ".heif"),
    b"avif": ("photo", "image/avif", ".avif"),
    b"M4A ": ("audio", "audio/mp4", ".m4a"),
    b"M4B ": ("audio", "audio/mp4", ".m4a"),
}
ACCEPT = "image/jpeg,image/png,image/gif,image/webp,image/heic,image/heif,image/avif,application/pdf,audio/*"


def clean_file_name(name: str | None) -> str | None:
    """A file name fit to show: the last path part, no control or bidi-override characters, not too long."""
    if not name:
        return None
    name = name.replace("\\", "/").rsplit("/", 1)[-1].translate(_BIDI_CONTROLS)
    name = "".join(ch for ch in name if unicodedata.category(ch) not in {"Cc", "Cf"}).strip()
    return name[:MAX_FILE_NAME_CHARS] or None


def sniff(head: bytes) -> tuple[str, str, str] | None:
    """(attachment kind, mime type, extension) of an allowed file from its first bytes, or None."""
    for magic, offset, kind, mime, extension in _SIGNATURES:
        if head[offset : offset + len(magic)] == magic:
            return kind, mime, extension
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "photo", "image/webp", ".webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio", "audio/wav", ".wav"
    if head[4:8] == b"ftyp" and (found := _FTYP_BRANDS.get(head[8:12])):
        return found
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xF6 == 0xF0:  # AAC (ADTS) or MPEG audio frame
        return "audio", "audio/mpeg" if head[1] & 0x06 else "audio/aac", ".mp3" if head[1] & 0x06 else ".aac"
    return None


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
