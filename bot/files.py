"""What fetching a person's file from a platform shares: a download that stops at its limit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.files.errors import FileGone, FileTooLarge, FileUnavailable

if TYPE_CHECKING:  # loaded by the channels that fetch files, when they fetch one (the demo without them never does)
    import httpx


def download_timeout() -> httpx.Timeout:
    """How long a download may take: a staff member waits for it, so a slow platform is said, not waited out."""
    import httpx

    return httpx.Timeout(20.0, connect=5.0)


async def download(client: httpx.AsyncClient, url: str, *, limit: int, headers: dict[str, str] | None = None) -> bytes:
    """A file's bytes from its platform's download URL, at most `limit` of them.

    Errors carry no URL (a Telegram download URL holds the bot token).
    """
    import httpx

    try:
        async with client.stream("GET", url, headers=headers) as response:
            if response.status_code in (400, 403, 404, 410):
                raise FileGone
            if not response.is_success:
                raise FileUnavailable
            data = bytearray()
            async for chunk in response.aiter_bytes():
                data += chunk
                if len(data) > limit:
                    raise FileTooLarge
            return bytes(data)
    except httpx.HTTPError as exc:
        raise FileUnavailable(type(exc).__name__) from None
