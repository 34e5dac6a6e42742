"""The web application: health check, the staff console and APIs, the web chat and the channels' webhooks."""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Sequence
from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from sqlalchemy import text
from starlette.formparsers import MultiPartParser

from bot.channel import Channel
from core.context import CoreContext
from core.files.uploads import MAX_UPLOAD_BYTES
from core.i18n import Translator
from staff.api.router import build_api_router
from staff.api.webhooks import describe_webhooks
from staff.console.router import build_console_router
from staff.http import SecurityHeaders, is_https
from staff.open311.router import build_open311_router

log = logging.getLogger("hemsehri")


def create_app(
    ctx: CoreContext, *, translator: Translator, channels: Sequence[Channel], closing: asyncio.Event | None = None
) -> FastAPI:
    """The FastAPI application over an already built core, translator and channels (see hemsehri.service).

    The channels' routes are mounted, and the channels are started and closed by the app's lifespan. The server
    sets `closing` when it starts shutting down: live streams end then, instead of holding the shut-down up.
    """
    # A file a person or staff upload stays in memory (10 MB at most, refused past that) until it is sealed:
    # Starlette would spool a part past 1 MB to a temporary file on disk, in the clear.
    MultiPartParser.spool_max_size = MAX_UPLOAD_BYTES + 64 * 1024

    @contextlib.asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        async with running(channels):
            yield

    app = FastAPI(
        # No documentation pages: FastAPI's load their script from a CDN. The schema is served; read it with any tool.
        title="Hemşehri",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.add_middleware(SecurityHeaders, https=is_https(ctx))

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> JSONResponse:
        """Whether the database answers, and Redis too when it is configured (the scaled mode depends on it)."""
        state = {"database": "up"}
        try:
            async with ctx.db.transaction() as session:
                await session.execute(text("SELECT 1"))
        except Exception:  # any failure of the database means "not healthy", whatever its type
            state["database"] = "down"
        if ctx.settings.redis_url:
            state["redis"] = "up" if await _redis_answers(ctx.settings.redis_url) else "down"
        if "down" in state.values():
            return JSONResponse({"status": "unavailable", **state}, status_code=503)
        return JSONResponse({"status": "ok", **state})

    # The channels: /telegram/webhook, /whatsapp/webhook, /chat … (each only when it is on in this process).
    for channel in channels:
        if channel.router is not None:
            app.include_router(channel.router)

    # Staff: the console (/console), the REST API (/api/v1) and Open311 GeoReport v2 (/open311/v2).
    app.include_router(build_console_router(ctx, translator, closing=closing or asyncio.Event()))
    app.include_router(build_api_router(ctx, translator))
    app.include_router(build_open311_router(ctx, translator))
    describe_webhooks(app)  # what the city's other systems receive (core.webhooks), in the same OpenAPI document

    return app


@contextlib.asynccontextmanager
async def running(channels: Sequence[Channel]) -> AsyncIterator[None]:
    """Starts the channels, and closes those started (last first) whatever happens in between."""
    opened: list[Channel] = []
    try:
        for channel in channels:
            await channel.start()
            opened.append(channel)
        yield
    finally:
        for channel in reversed(opened):
            try:
                await channel.close()
            except Exception:  # one channel failing to close must not keep the others open
                log.exception("channel %s did not close cleanly", channel.name)


async def _redis_answers(url: str) -> bool:
    """Whether Redis answers a PING within two seconds."""
    from redis.asyncio import Redis
    from redis.exceptions import RedisError

    client = Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)
    try:
        return bool(await client.ping())
    except (RedisError, OSError):
        return False
    finally:
        await client.aclose()
