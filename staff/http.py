"""HTTP plumbing every staff edge shares: one transaction per request, security headers."""

from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import Depends, Response
from sqlalchemy.ext.asyncio import AsyncSession

from core.context import CoreContext

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


def is_https(ctx: CoreContext) -> bool:
    """Whether the service is reached over https (then cookies are Secure and HSTS is sent)."""
    return (ctx.settings.public_url or "").startswith("https://")


def secure_headers(response: Response, *, https: bool, cache: bool = False) -> Response:
    """Adds the headers every staff page and answer carries (the route's own values win)."""
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CSP)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "same-origin")  # "no-referrer" would make form posts say Origin: null
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
    if not cache:
        headers.setdefault("Cache-Control", "no-store")
    if https:
        headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    return response


def session_dependency(ctx: CoreContext) -> Any:
    """A dependency giving the request its one database transaction, committed before the answer is sent."""

    async def unit_of_work() -> AsyncIterator[AsyncSession]:
        async with ctx.db.transaction() as session:
            yield session

    return Annotated[AsyncSession, Depends(unit_of_work, scope="function")]


