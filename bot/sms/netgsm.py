"""The delivery worker's sender over NetGSM, a Turkish SMS gateway (https://www.netgsm.com.tr/dokuman/).

One GET to /sms/send/get with the account's user code, password and registered sender name (msgheader), the
number (905321234567) and the UTF-8 text; `dil=TR` lets Turkish letters through. The answer is a line: a code,
then for 00, 01 or 02 (accepted) the job id. The password travels in the query string, as that API wants: httpx's
request log, which would print it, is kept at WARNING by `hemsehri` (hemsehri/cli.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.channel import send_in_pieces
from core.delivery.errors import RetryLater, Undeliverable
from core.delivery.schemas import Rendered
from core.settings import SmsSettings

if TYPE_CHECKING:
    import httpx

ACCEPTED = frozenset({"00", "01", "02"})  # 01 and 02: accepted, with a start date NetGSM corrected
LATER = frozenset({"80", "85"})  # the account's sending limit, or the same number too often in a minute
# 20: text too long or unreadable; 30: wrong credentials or no API access from this IP; 40: unregistered sender
# name; 50, 51: the IYS (commercial consent) checks; 70: a missing or wrong parameter.
MAX_PIECE = 900  # a long message goes in parts; NetGSM joins up to about 6 SMS of 153 characters itself


class NetGsmSender:
    """Sends a notification as SMS to the number the contact holds (E.164)."""

    def __init__(self, settings: SmsSettings, *, client: httpx.AsyncClient | None = None) -> None:
        if not settings.enabled() or settings.password is None:
            raise ValueError("NetGSM needs HEMSEHRI_SMS_USERCODE, HEMSEHRI_SMS_PASSWORD and HEMSEHRI_SMS_HEADER")
        import httpx  # here: an unconfigured provider loads no client at start

        self.settings, self._password = settings, settings.password.get_secret_value()
        self.client = client or httpx.AsyncClient(base_url=settings.api_url, timeout=15.0)

    async def aclose(self) -> None:
        await self.client.aclose()

    async def send(self, *, chat_id: str, message: Rendered) -> str:
        """Sends the text (in parts when long) and returns NetGSM's job id of the first part; an SMS carries no
        file, so a file staff attached is only said to be waiting."""
        number = chat_id.removeprefix("+")
        if not number.isdigit():
            raise Undeliverable("not a phone number")
        text = f"{message.text}\n\n{message.attachment.instead}" if message.attachment else message.text
        return await send_in_pieces(text, lambda text, _number: self._send(number, text), MAX_PIECE)

    async def _send(self, number: str, text: str) -> str:
        import httpx

        params = {
            "usercode": self.settings.usercode or "",
            "password": self._password,
            "gsmno": number,
            "message": text,
            "msgheader": self.settings.header or "",
            "dil": "TR",
        }
        try:
            response = await self.client.get("/sms/send/get", params=params)
        except httpx.HTTPError as exc:
            raise RetryLater(f"NetGSM unreachable: {type(exc).__name__}") from exc
        if response.status_code >= 500 or response.status_code == 429:
            raise RetryLater(f"NetGSM answered {response.status_code}")
        code, _, job = response.text.strip().partition(" ")
        if response.status_code == 200 and code in ACCEPTED and job.strip():
            return job.strip()
        if code in LATER:
            raise RetryLater(f"NetGSM code {code}")
        raise Undeliverable(f"NetGSM code {code[:8] or response.status_code}")
