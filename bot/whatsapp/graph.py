"""The Graph API messages and media endpoints, and what their errors mean for the delivery worker."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from bot.files import download, download_timeout
from core.delivery.errors import RetryLater, SendError, Undeliverable, Unreachable
from core.errors import ConfigurationError
from core.files.errors import FileGone, FileTooLarge, FileUnavailable
from core.settings import WhatsAppSettings

if TYPE_CHECKING:
    import httpx

# Graph API error codes (https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes).
REENGAGEMENT = 131047  # more than 24 hours since the person last wrote: only a template may be sent
RETRY_CODES = frozenset(
    {
        1,
        2,  # API unknown / service temporarily unavailable
        4,
        80007,  # application / WhatsApp Business Account rate limits
        130429,  # Cloud API throughput reached
        131000,
        131016,  # something went wrong / service unavailable
        131048,  # spam rate limit: sending is restricted for a while
        131056,  # (business, consumer) pair rate limit: too many messages to this person
        133004,  # server temporarily unavailable
    }
)
AUTH_CODES = frozenset({0, 3, 10, 190})  # the access token or its permissions: fixed by an operator, then retried
UNREACHABLE_CODES = frozenset(
    {
        131050,  # the person stopped receiving messages from the business (how a block surfaces)
        1013,  # (On-Premises API) the number is not a WhatsApp user
    }
)


class GraphError(Exception):
    """A Graph API call failed: HTTP status (0 for a network failure), Meta's error code and details."""

    def __init__(
        self,
        status: int,
        code: int | None,
        message: str,
        *,
        details: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}" + (f" ({details})" if details else ""))
        self.status, self.code, self.message = status, code, message
        self.details, self.retry_after = details, retry_after


class GraphApi:
    """The Graph API messages and media endpoints (sending, uploading, fetching) over one shared httpx.AsyncClient;
    the number's FileSource."""

    def __init__(
        self, *, api_url: str, access_token: str, client: httpx.AsyncClient | None = None, timeout: float = 15.0
    ) -> None:
        import httpx  # here: an unconfigured provider loads no client at start

        self.api_url = api_url.rstrip("/")
        self._owns_client = client is None
        self._client = client or httpx.AsyncClient(
            timeout=httpx.Timeout(timeout, connect=5.0),
            limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
        )
        self._headers = {"Authorization": f"Bearer {access_token}"}

    @classmethod
    def from_settings(cls, settings: WhatsAppSettings, **kwargs: Any) -> GraphApi:
        if settings.access_token is None:
            raise ConfigurationError("HEMSEHRI_WHATSAPP_ACCESS_TOKEN: required")
        return cls(api_url=settings.api_url, access_token=settings.access_token.get_secret_value(), **kwargs)

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()

    async def send(self, phone_number_id: str, message: Mapping[str, Any]) -> str:
        """POSTs one message from this number and returns its wamid, or raises GraphError."""
        import httpx

        body = {"messaging_product": "whatsapp", "recipient_type": "individual", **message}
        url = f"{self.api_url}/{phone_number_id}/messages"
        try:
            response = await self._client.post(url, json=body, headers=self._headers)
        except httpx.HTTPError as exc:
            raise GraphError(0, None, f"{type(exc).__name__}: {exc}") from exc
        if response.is_success:
            try:
                return str(response.json()["messages"][0]["id"])
            except (ValueError, LookupError, TypeError) as exc:
                raise GraphError(response.status_code, None, "answer without a message id") from exc
        raise _graph_error(response)

    async def upload(self, phone_number_id: str, *, data: bytes, mime: str, file_name: str) -> str:
        """Uploads a file for this number's messages (POST /{phone number id}/media); returns its media id, or raises
        GraphError."""
        url = f"{self.api_url}/{phone_number_id}/media"
        form = {"messaging_product": "whatsapp", "type": mime}
        try:
            response = await self._client.post(
                url, data=form, files={"file": (file_name, data, mime)}, headers=self._headers
            )
        except httpx.HTTPError as exc:
            raise GraphError(0, None, f"{type(exc).__name__}: {exc}") from exc
        if response.is_success:
            try:
                return str(response.json()["id"])
            except (ValueError, LookupError, TypeError) as exc:
                raise GraphError(response.status_code, None, "answer without a media id") from exc
        raise _graph_error(response)

    async def fetch(self, file_id: str, *, limit: int) -> bytes:
        """A media file a person sent: its URL from GET /{media id}, then the download with the token."""
        try:
            url, timeout = f"{self.api_url}/{file_id}", download_timeout()
            response = await self._client.get(url, headers=self._headers, timeout=timeout)
            media = response.json() if response.is_success else None
        except (httpx.HTTPError, ValueError) as exc:
            raise FileUnavailable(type(exc).__name__) from None
        if response.status_code in (400, 404):  # "Unsupported get request": the id expired (30 days) or is unknown
            raise FileGone
        if not isinstance(media, dict) or not isinstance(media.get("url"), str):
            raise FileUnavailable(f"HTTP {response.status_code}")
        if int(media.get("file_size") or 0) > limit:
            raise FileTooLarge
        return await download(self._client, media["url"], limit=limit, headers=self._headers)


def _graph_error(response: httpx.Response) -> GraphError:
    retry_after = _seconds(response.headers.get("Retry-After"))
    try:
        error = response.json()["error"]
        code = error.get("code")
        details = (error.get("error_data") or {}).get("details")
        return GraphError(
            response.status_code,
            code if isinstance(code, int) else None,
            str(error.get("message", "")),
            details=str(details) if details else None,
            retry_after=retry_after,
        )
    except (ValueError, LookupError, TypeError, AttributeError):
        return GraphError(response.status_code, None, response.text[:200], retry_after=retry_after)


def _seconds(value: str | None) -> float | None:
    try:
        seconds = float(value) if value else None
    except ValueError:
        return None
    return seconds if seconds is not None and seconds >= 0 else None


def classify(error: GraphError) -> SendError:
    """What the delivery worker should do about a failed send."""
    if error.status == 0 or error.status >= 500:
        return RetryLater(f"WhatsApp unavailable: {error}", error.retry_after)
    if error.status == 429 or error.code in RETRY_CODES:
        return RetryLater(f"WhatsApp rate limit: {error}", error.retry_after)
    if error.code in AUTH_CODES or error.status == 401:
        return RetryLater(f"WhatsApp refused the access token (check HEMSEHRI_WHATSAPP_ACCESS_TOKEN): {error}")
    if error.code in UNREACHABLE_CODES:
        return Unreachable(f"WhatsApp: {error}")
    if error.code == REENGAGEMENT:
        return WindowClosed(f"WhatsApp: {error}")
    return Undeliverable(f"WhatsApp: {error}")


class WindowClosed(Undeliverable):
    """Free text refused outside the 24-hour window (re-engagement): only a template may be sent."""
