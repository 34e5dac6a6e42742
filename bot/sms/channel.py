"""SMS as the composition root sees it: a sender for the delivery worker, no route (nobody writes to us by SMS)."""

from __future__ import annotations

from bot.sms import CHANNEL
from bot.sms.netgsm import NetGsmSender
from core.ratelimit import Limits
from core.settings import SmsSettings

# NetGSM takes a few tens of requests a second per account; one person gets at most one SMS a second.
LIMITS = Limits(per_second=20, per_chat_per_second=1, per_chat_burst=1)


class SmsChannel:
    """The SMS gateway's sender, paced."""

    name = CHANNEL
    limits = LIMITS
    router = None

    def __init__(self, sender: NetGsmSender) -> None:
        self.sender = sender

    async def start(self) -> None:
        """Nothing to prepare: the client connects on its first call."""

    async def close(self) -> None:
        await self.sender.aclose()


def build_channel(settings: SmsSettings) -> SmsChannel | None:
    """The channel when HEMSEHRI_SMS_* are set, else None (a partly set section is a ConfigurationError)."""
    return SmsChannel(NetGsmSender(settings)) if settings.enabled() else None
