"""How a send failed, as a sender reports it to the delivery worker."""


class SendError(Exception):
    """A send failed; the subclass says what to do about it."""


class RetryLater(SendError):
    """The platform asked to slow down (429) or failed for a while (5xx, network)."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class Unreachable(SendError):
    """The person blocked the bot or deleted their account: stop sending to them."""


class Undeliverable(SendError):
    """This message can never be sent as it is (bad request)."""
