"""Files people sent the bot, fetched by their file id: getFile, then the download, as plain HTTP over the Bot
API URL, the same for both runtimes (neither client's models are needed for two GETs)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.files import download, download_timeout
from core.errors import ConfigurationError
from core.files.errors import FileGone, FileTooLarge, FileUnavailable
from core.settings import Settings

if TYPE_CHECKING:  # loaded when a file is fetched
    import httpx


class TelegramFiles:
    """The bot's FileSource (core.files.service): a Telegram file's bytes by its file id."""

    def __init__(self, *, api_url: str, token: str, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.api_url, self._token, self._transport = api_url.rstrip("/"), token, transport

    @classmethod
    def from_settings(cls, settings: Settings) -> TelegramFiles:
        if settings.telegram_token is None:
            raise ConfigurationError("HEMSEHRI_TELEGRAM_TOKEN: not set; the Telegram channel needs the bot's token")
        return cls(api_url=settings.telegram_api_url, token=settings.telegram_token.get_secret_value())

    async def fetch(self, file_id: str, *, limit: int) -> bytes:
        """The file's bytes (a new client each time: staff open a file once, then it is kept here)."""
        import httpx

        async with httpx.AsyncClient(timeout=download_timeout(), transport=self._transport) as client:
            file = await self._file(client, file_id)
            if int(file.get("file_size") or 0) > limit:
                raise FileTooLarge
            path = file.get("file_path")
            if not isinstance(path, str) or not path:
                raise FileGone
            return await download(client, f"{self.api_url}/file/bot{self._token}/{path}", limit=limit)

    async def _file(self, client: httpx.AsyncClient, file_id: str) -> dict[str, Any]:
        """getFile's File object; errors carry no URL (it holds the token)."""
        import httpx

        try:
            response = await client.get(f"{self.api_url}/bot{self._token}/getFile", params={"file_id": file_id})
            answer = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise FileUnavailable(type(exc).__name__) from None
        result = answer.get("result") if isinstance(answer, dict) else None
        if isinstance(result, dict) and answer.get("ok") is True:
            return result
        description = str(answer.get("description", "")).lower() if isinstance(answer, dict) else ""
        if response.status_code == 400 and "too big" in description:
            raise FileTooLarge
        if response.status_code == 400:
            raise FileGone  # "invalid file_id", "wrong file_id or the file is temporarily unavailable"
        raise FileUnavailable(f"HTTP {response.status_code}")
