"""The commands that run the service: demo, serve, worker, poll and the Telegram webhook's registration.

Kept apart from hemsehri.cli so that the administrative commands (db, staff, privacy) start without
importing the web stack and both Telegram libraries.
"""

import argparse
import asyncio
import contextlib
import gc
import logging
import secrets
import signal
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import uvicorn
from fastapi import FastAPI
from redis.asyncio import Redis

from bot.telegram_channel import check_secret, check_token, poll, prepare_polling, runtime_for, webhook_url
from bot.telegram_common import TelegramRuntime
from bot.webchat import make_mailbox
from core import language_detection, migrate
from core.context import CoreContext
from core.errors import ConfigurationError, HemsehriError
from core.i18n import Translator
from core.person_guards import RedisFloodGuard
from core.staff import service as staff
from handlers.engine import Conversations
from hemsehri.delivery import build_worker
from hemsehri.retention import destroy_expired
from hemsehri.web import create_app

log = logging.getLogger("hemsehri")
RETENTION_EVERY = 6 * 3600.0  # seconds between two runs of the retention job


@dataclass
class _Edges:
    """What the processes of one kind share: one translator, one conversation engine, the Telegram runtime."""

    translator: Translator
    conversations: Conversations
    telegram: TelegramRuntime | None


def _edges(ctx: CoreContext) -> _Edges:
    city = ctx.catalogue.city
    translator = Translator(city.locales, city.default_locale)
    if ctx.settings.redis_url:  # several processes share the flood budget (one event per person: a row lock)
        redis = Redis.from_url(ctx.settings.redis_url)
        conversations = Conversations(ctx, translator, flood=RedisFloodGuard(redis))
    else:
        conversations = Conversations(ctx, translator)
    telegram = None
    if ctx.settings.telegram_token is not None:
        telegram = runtime_for(ctx, conversations=conversations, translator=translator)
    return _Edges(translator, conversations, telegram)


async def _load_language_model() -> None:
    """Loads the language model in a thread: neither the event loop nor the first free-text message waits for it."""
    await asyncio.to_thread(language_detection.load_model)


def _freeze_start_up() -> None:
    """What start-up built (modules, the app, catalogues, the language model) lives as long as the process: kept
    out of the garbage collector's walks, full collections under load stop costing ~0.5 ms per update
    (bench/inbound.py, with and without this)."""
    gc.collect()
    gc.freeze()


async def demo(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Runs everything in one process: the web server (console, web chat), the delivery worker, Telegram."""
    await migrate.upgrade(ctx.db.engine)
    credentials = await _first_admin(ctx)  # before the model: argon2's 64 MiB and the model never add up
    await _load_language_model()
    edges = _edges(ctx)
    polling = edges.telegram is not None and ctx.settings.telegram_mode == "polling"
    if polling:
        await prepare_polling(edges.telegram, ctx.settings)
    server, app = _web_server(ctx, edges)
    base = f"http://{ctx.settings.host}:{ctx.settings.port}"
    _freeze_start_up()

    def banner() -> None:
        print(f"Hemşehri demo on {base}")
        print(f"  health:        {base}/healthz")
        print(f"  staff console: {base}/console")
        print(f"  web chat:      {base}/chat")
        print(f"  data:          {ctx.settings.data_dir.resolve()}")
        if edges.telegram is None:
            print("  Telegram:      off (set HEMSEHRI_TELEGRAM_TOKEN to serve a bot too)")
        if credentials:
            print(f"  first admin:   username admin, password {credentials} (shown once; keep it safe)")
        print("Press Ctrl+C to stop.", flush=True)

    return await _run_with_worker(ctx, edges, server, app, polling=polling, on_started=banner)


async def serve(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Runs the web server; in the embedded mode it migrates first and delivers in the same process."""
    edges = _edges(ctx)
    server, app = _web_server(ctx, edges)
    if not ctx.settings.is_embedded:
        await _load_language_model()
        _freeze_start_up()
        await server.serve()
        return 0
    await asyncio.gather(migrate.upgrade(ctx.db.engine), _load_language_model())
    _freeze_start_up()
    return await _run_with_worker(ctx, edges, server, app, polling=False)


async def _run_with_worker(
    ctx: CoreContext, edges: _Edges, server: uvicorn.Server, app: FastAPI, *, polling: bool,
    on_started: Callable[[], None] | None = None,
) -> int:
    """Serves the web app and, beside it, the delivery worker (and Telegram polling) until the server stops.

    The embedded mode's web chat mailbox lives in this process, so its notifications are delivered here.
    """
    stop = asyncio.Event()
    serving = asyncio.create_task(server.serve())
    while not server.started:
        if serving.done():
            return 1
        await asyncio.sleep(0.05)
    worker = build_worker(ctx, edges.translator, telegram=edges.telegram, mailbox=app.state.webchat_mailbox)
    helpers = [asyncio.create_task(worker.run(stop=stop), name="delivery"),
               asyncio.create_task(_retention_job(ctx, stop), name="retention")]
    if polling and edges.telegram is not None:
        helpers.append(asyncio.create_task(
            poll(edges.telegram, ctx.settings, stop=stop, announce=log.info), name="telegram-polling"
        ))
    if on_started:
        on_started()
    try:
        await serving
    finally:
        stop.set()
        await asyncio.gather(*helpers, return_exceptions=True)
        if edges.telegram is not None and not polling:
            await edges.telegram.close()
    return 0


async def worker(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Delivers the outbox: Telegram and WhatsApp, and the web chat through Redis in the scaled mode."""
    edges = _edges(ctx)
    redis = Redis.from_url(ctx.settings.redis_url) if ctx.settings.redis_url else None
    # Without Redis the web chat's mailbox is inside the serving process, which delivers those itself.
    mailbox = make_mailbox(ctx.settings.redis_url) if redis is not None else None
    worker = build_worker(ctx, edges.translator, telegram=edges.telegram, mailbox=mailbox, redis=redis)
    if not worker.senders:
        print("hemsehri: no channel to deliver on (set HEMSEHRI_TELEGRAM_TOKEN, WhatsApp, or HEMSEHRI_REDIS_URL "
              "for the web chat)", file=sys.stderr)
        return 2
    stop = asyncio.Event()
    _stop_on_signals(stop)
    log.info("delivering on %s", ", ".join(sorted(worker.senders)))
    try:
        await asyncio.gather(worker.run(stop=stop), _retention_job(ctx, stop))
    finally:
        if edges.telegram is not None:
            await edges.telegram.close()
        if redis is not None:
            await redis.aclose()
    return 0


async def poll_telegram(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Long-polls Telegram (HEMSEHRI_TELEGRAM_TOKEN) and answers through the conversations."""
    edges = _edges(ctx)
    if edges.telegram is None:
        raise ConfigurationError("HEMSEHRI_TELEGRAM_TOKEN: not set; polling needs the bot's token")
    if ctx.settings.is_embedded:
        await migrate.upgrade(ctx.db.engine)
    await _load_language_model()
    _freeze_start_up()
    stop = asyncio.Event()
    _stop_on_signals(stop)
    await poll(edges.telegram, ctx.settings, stop=stop)
    return 0


async def set_webhook(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Registers the webhook with Telegram, with the secret token and only the update types handled."""
    edges = _edges(ctx)
    if edges.telegram is None:
        raise ConfigurationError("HEMSEHRI_TELEGRAM_TOKEN: not set; a webhook needs the bot's token")
    url = webhook_url(ctx.settings, args.url)
    try:
        username = await check_token(edges.telegram, ctx.settings)
        await edges.telegram.set_webhook(url, check_secret(ctx.settings))
    finally:
        await edges.telegram.close()
    print(f"Telegram will deliver @{username}'s updates to {url}")
    return 0


async def delete_webhook(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Removes the webhook (so that `hemsehri poll` can run)."""
    edges = _edges(ctx)
    if edges.telegram is None:
        raise ConfigurationError("HEMSEHRI_TELEGRAM_TOKEN: not set")
    try:
        username = await check_token(edges.telegram, ctx.settings)
        await edges.telegram.delete_webhook()
    finally:
        await edges.telegram.close()
    print(f"webhook of @{username} removed")
    return 0


async def _retention_job(ctx: CoreContext, stop: asyncio.Event, every: float = RETENTION_EVERY) -> None:
    """Runs the retention period's destruction now and then every few hours, beside the delivery worker."""
    while not stop.is_set():
        try:
            erased = await destroy_expired(ctx)
            if erased:
                log.info("retention: erased %d contact(s) past %d days", erased, ctx.settings.retention_days)
        except Exception:  # the database may be away; the next round tries again
            log.exception("retention job failed; trying again later")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=every)


def _stop_on_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)


class _Server(uvicorn.Server):
    """uvicorn stopping gracefully on SIGINT or SIGTERM, without raising the signal again once stopped.

    (uvicorn re-raises it, which interrupts the worker and polling beside it with a traceback.)
    """

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        original = {signum: signal.signal(signum, self.handle_exit) for signum in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for signum, handler in original.items():
                signal.signal(signum, handler)


def _web_server(ctx: CoreContext, edges: _Edges) -> tuple[uvicorn.Server, FastAPI]:
    webhook = edges.telegram if ctx.settings.telegram_mode == "webhook" else None
    app = create_app(ctx, translator=edges.translator, conversations=edges.conversations, telegram=webhook)
    config = uvicorn.Config(app, host=ctx.settings.host, port=ctx.settings.port, log_level="warning",
                            proxy_headers=True)
    return _Server(config), app


async def _first_admin(ctx: CoreContext) -> str | None:
    """Creates the `admin` account on first run and returns its password; None if it exists."""
    async with ctx.db.transaction() as session:
        try:
            await staff.get_by_username(session=session, username="admin")
            return None
        except HemsehriError:
            password = secrets.token_urlsafe(12)
            await staff.create_user(
                session=session, username="admin", password=password, role="admin",
                desks=sorted(ctx.catalogue.desks), languages=list(ctx.catalogue.city.locales),
                display_name="Administrator",
            )
            return password
