"""What a web chat may upload, and a request body held to a limit; the sealing itself is core.files.uploads."""

from __future__ import annotations

from fastapi import Request
from starlette.types import Message

from core.files.uploads import MAX_UPLOAD_BYTES, clean_file_name, store

ACCEPT = "image/jpeg,image/png,image/gif,image/webp,image/heic,image/heif,image/avif,application/pdf,audio/*"


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


__all__ = ["ACCEPT", "MAX_UPLOAD_BYTES", "TooLarge", "clean_file_name", "limited", "store"]
