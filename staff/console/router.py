"""The staff console under /console, bound to one `Console`.

Its routes live at module level, one module per thing a person does: signing in (`signin`), the queue
(`queue`), finding a request (`search`), reading a request (`request_view`), answering it (`answers`),
supervising desks (`supervision`, `reports`, `announcements`), running them (`admin`, `webhooks`), safeguarding
(`safeguarding`) and phoning people no channel reached (`callbacks`). Every route is a thin edge: it parses the
form, calls core in the request's one transaction, and answers with a page or a redirect; domain errors become a
message on the page the form came from, never a server error.
"""

import asyncio
from datetime import timedelta

from fastapi import APIRouter

from core.context import CoreContext
from core.i18n import Translator
from core.staff import service as staff_service
from staff.console import (
    admin,
    announcements,
    answers,
    callbacks,
    queue,
    reports,
    request_view,
    safeguarding,
    search,
    signin,
    supervision,
    webhooks,
)
from staff.console.context import Console, LiveSlots
from staff.http import binding, is_https

PAGES = (
    signin,
    queue,
    search,
    request_view,
    answers,
    supervision,
    reports,
    announcements,
    admin,
    safeguarding,
    callbacks,
    webhooks,
)


def build_console_router(
    ctx: CoreContext,
    translator: Translator,
    *,
    closing: asyncio.Event,
    poll_interval: float = 2.0,
    stream_lifetime: float = 300.0,
    max_streams: int = 100,
    session_idle: timedelta = staff_service.SESSION_IDLE,
    session_lifetime: timedelta = staff_service.SESSION_ABSOLUTE,
) -> APIRouter:
    """The console; live updates poll the database at most every `poll_interval` seconds and end at `closing`."""
    console = Console(
        ctx=ctx,
        translator=translator,
        https=is_https(ctx),
        session_idle=session_idle,
        session_lifetime=session_lifetime,
        poll_interval=poll_interval,
        stream_lifetime=stream_lifetime,
        live=LiveSlots(limit=max_streams),
        closing=closing,
    )
    router = APIRouter(include_in_schema=False, dependencies=[binding(core=ctx, console=console)])
    for page in PAGES:
        router.include_router(page.router)
    return router
