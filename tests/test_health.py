"""/healthz tells a load balancer the truth (issue 13 #20): Redis down is unhealthy when Redis is configured."""

import dataclasses

import httpx
import pytest

from core.i18n import Translator
from hemsehri.web import create_app


async def health(ctx, redis_url: str | None) -> httpx.Response:
    settings = ctx.settings.model_copy(update={"redis_url": redis_url})
    app = create_app(dataclasses.replace(ctx, settings=settings), translator=Translator(["tr"], "tr"), channels=[])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as http:
        return await http.get("/healthz")


@pytest.mark.redis
async def test_healthz_checks_redis_when_it_is_configured(ctx):
    up = await health(ctx, "redis://127.0.0.1:6379/0")
    assert up.status_code == 200 and up.json()["redis"] == "up"
    down = await health(ctx, "redis://127.0.0.1:1/0")  # nothing listens there
    assert down.status_code == 503 and down.json() == {"status": "unavailable", "database": "up", "redis": "down"}
    embedded = await health(ctx, None)
    assert embedded.status_code == 200 and "redis" not in embedded.json()
