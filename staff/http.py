"""HTTP plumbing every staff edge shares: the core a router serves, one transaction per request, security headers."""

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.params import Depends as DependsParam
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from core.context import CoreContext

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


def is_https(ctx: CoreContext) -> bool:
    """Whether the service is reached over https (then cookies are Secure and HSTS is sent)."""
    return (ctx.settings.public_url or "").startswith("https://")


STAFF_PATHS = ("/console", "/api", "/open311")


class SecurityHeaders:
    """ASGI middleware: the headers every staff answer carries (pages, JSON, errors, the API schema), the
    route's own values winning; HSTS when the service is public over https or this request came over https
    (behind a proxy, uvicorn's proxy_headers takes the scheme from a trusted X-Forwarded-Proto)."""

    def __init__(self, app: ASGIApp, *, https: bool) -> None:
        self.app, self.https = app, https

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not str(scope["path"]).startswith(STAFF_PATHS):
            await self.app(scope, receive, send)
            return
        https = self.https or scope.get("scheme") == "https"
        cache = str(scope["path"]).startswith("/console/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("Content-Security-Policy", CSP)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "same-origin")  # "no-referrer" makes form posts say Origin: null
                headers.setdefault("X-Frame-Options", "DENY")
                headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
                headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
                if not cache:
                    headers.setdefault("Cache-Control", "no-store")
                if https:
                    headers.setdefault("Strict-Transport-Security", "max-age=31536000")
            await send(message)

        await self.app(scope, receive, send_with_headers)


def binding(**values: object) -> DependsParam:
    """The router-level dependency that hands what the composition root built to every route of a router.

    Each value becomes an attribute of the request's state (`core=ctx` for `Core` and `Db`), set before any
    other dependency of the route runs.
    """

    def bind(request: Request) -> None:
        for name, value in values.items():
            setattr(request.state, name, value)

    dependency: DependsParam = Depends(bind)
    return dependency


def core_of(request: Request) -> CoreContext:
    """The core this request is served by, as its router bound it."""
    core: CoreContext = request.state.core
    return core


Core = Annotated[CoreContext, Depends(core_of)]


async def unit_of_work(core: Core) -> AsyncIterator[AsyncSession]:
    """The request's one database transaction, committed before the answer is sent."""
    async with core.db.transaction() as session:
        yield session


Db = Annotated[AsyncSession, Depends(unit_of_work, scope="function")]
