"""The Telegram webhook: POST /telegram/webhook, checked, bounded, and answered only once the update is recorded."""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from fastapi import APIRouter, Request, Response

from bot.channel import CouldNotRecord, Outcome

log = logging.getLogger("bot.telegram.webhook")

WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name, not a secret
DEFAULT_MAX_BACKLOG = 100
MAX_BODY_BYTES = 1 << 20  # an update is a few kilobytes; anything near this is not from Telegram

# The outcome, and the Bot API call (method and parameters) to answer with, which Telegram then makes.
Feed = Callable[[Mapping[str, Any]], Awaitable[tuple[Outcome, dict[str, Any] | None]]]


def build_webhook_router(
    *, secret: str, feed: Feed, max_backlog: int = DEFAULT_MAX_BACKLOG, path: str = WEBHOOK_PATH
) -> APIRouter:
    """The webhook route: feeds each update to a runtime and answers after it was handled.

    401 without the secret header, 403 with a wrong one (compared in constant time), 429 while
    `max_backlog` updates are already being handled, 503 when the update could not be recorded
    (Telegram delivers it again), 200 otherwise — also for a malformed or poison update, which is
    logged and skipped so it cannot hold up the updates behind it. A 200 carries as its JSON body the one
    Bot API call the feed left for Telegram to make, if any.
    """
    if not secret:
        raise ValueError("a webhook needs a secret token")
    expected = secret.encode()
    router = APIRouter()
    in_flight = 0

    async def telegram_webhook(request: Request) -> Response:
        nonlocal in_flight
        given = request.headers.get(SECRET_HEADER)
        if given is None:
            return Response(status_code=401)
        if not secrets.compare_digest(given.encode(), expected):
            client = request.client.host if request.client else "?"
            log.warning("webhook call with a wrong secret token from %s", client)
            return Response(status_code=403)
        if in_flight >= max_backlog:
            log.warning("webhook backlog full (%d updates in progress): answered 429", in_flight)
            return Response(status_code=429, headers={"Retry-After": "1"})
        in_flight += 1
        try:
            body = await request.body()
            update = _decode(body)
            if update is None:
                return Response(status_code=200)
            try:
                outcome, method = await feed(update)
            except CouldNotRecord as exc:
                log.warning("webhook update %s not recorded, Telegram will retry: %s", update.get("update_id"), exc)
                return Response(status_code=503)
            log.debug("webhook update %s: %s", update.get("update_id"), outcome)
            if method is None:
                return Response(status_code=200)
            return Response(json.dumps(method, ensure_ascii=False).encode(), media_type="application/json")
        finally:
            in_flight -= 1

    # A plain Starlette route: FastAPI's request handling (dependencies, validation) had nothing to do here and
    # cost more CPU per update than the route itself (bench/RESULTS.md, issue 18).
    router.add_route(path, telegram_webhook, methods=["POST"], include_in_schema=False)
    return router


def _decode(body: bytes) -> dict[str, Any] | None:
    """The update object in a request body, or None (logged) when there is none to handle."""
    if len(body) > MAX_BODY_BYTES:
        log.warning("ignored a webhook body of %d bytes", len(body))
        return None
    try:
        update = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: nested too deep to decode
        log.warning("ignored a webhook body that is not JSON (%d bytes)", len(body))
        return None
    if not isinstance(update, dict):
        log.warning("ignored a webhook body that is not an object")
        return None
    return update
