"""The commands that run the service: demo, serve, worker, poll and the Telegram webhook's registration.

Kept apart from hemsehri.cli so that the administrative commands (db, staff, privacy) start without
importing the web stack and both Telegram libraries.
"""

import argparse
import asyncio
import contextlib
import logging
import secrets
import signal
import sys
from collections.abc import Awaitable, Callable, Iterator

import uvicorn

from bot.telegram.channel import TelegramChannel, check_secret, check_token, prepare_polling, webhook_url
from bot.telegram.updates import TelegramRuntime
from bot.webchat.connection import MAX_FRAME_BYTES
from core import heap, language_detection, migrate
from core.context import CoreContext
from core.errors import ConfigurationError, HemsehriError
from core.intents import intent_book
from core.requests import sla
from core.safeguarding import detector
from core.staff import service as staff
from hemsehri import sample
from hemsehri.retention import destroy_expired
from hemsehri.service import Service, build_service
from hemsehri.web import running

log = logging.getLogger("hemsehri")
RETENTION_EVERY = 6 * 3600.0  # seconds between two runs of the retention job
SLA_EVERY = 60.0  # seconds between two looks for requests past their due time
SHUTDOWN_GRACE = 5  # seconds open requests get to finish once the server stops
READY_WITHIN = 10  # seconds start-up waits for claim-next to be readied (a database not answering: serve anyway)


async def _load_models(ctx: CoreContext) -> None:
    """Loads the language model, the safeguarding phrase lists and the intent book in a thread, before a first
    message needs them (the book alone took ~0.3 s of the first free text's CPU).

    The model's tables are kept unpacked in the data directory's cache/ (written on the first start).
    """
    await asyncio.to_thread(language_detection.load_model, ctx.settings.data_dir / "cache")
    await asyncio.to_thread(detector.load_lists)
    await asyncio.to_thread(intent_book, tuple(ctx.catalogue.city.locales))  # as handlers.turn asks for it


async def _ready_claims(ctx: CoreContext) -> None:
    """Readies claim-next's batches before the first agent presses it (core.queue.claims.Claims.warm). A database
    not reachable yet is no reason not to start: the first batch then pays for it."""
    try:
        async with asyncio.timeout(READY_WITHIN):
            await ctx.claims.warm()
    except Exception:  # any failure: warming is an optimisation, never a condition of serving
        log.warning("claim-next was not readied at start-up; the first claims will take longer", exc_info=True)


def _freeze_start_up(service: Service, *, every_language: bool = True) -> None:
    """What start-up built (modules, the app, catalogues, the language model) lives as long as the process: kept
    out of the garbage collector's walks, full collections under load stop costing ~0.5 ms per update
    (bench/inbound.py, with and without this). A serving process parses every language first; the demo parses
    each on its first render, for its memory."""
    if every_language:
        service.translator.parse_every_language()
    heap.settle()


async def demo(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Runs everything in one process: the web server (console, web chat), the delivery worker, Telegram."""
    # The database is migrated in a child while the service is built. The models are loaded once it serves
    # (`_load_then_settle`): a person starting the demo waited ~0.9 s more for them (bench/demo_start.py), and a
    # first message in that second still finds them, loaded on its own first use.
    migrating = asyncio.create_task(migrate.upgrade_apart(ctx.db.engine))
    try:
        service = build_service(ctx, serves=True, polls=ctx.settings.telegram_mode == "polling")
    finally:
        await migrating
    credentials = await _first_admin(ctx)
    loaded = await _load_sample(ctx) if args.sample else None
    if service.telegram is not None and service.telegram.polls:
        await _check_polling(service, service.telegram)
    server = _web_server(ctx, service)
    base = f"http://{ctx.settings.host}:{ctx.settings.port}"
    await _ready_claims(ctx)
    loading = asyncio.create_task(_load_then_settle(ctx, service))

    def banner() -> None:
        print(f"Hemşehri demo on {base}")
        print(f"  health:        {base}/healthz")
        print(f"  staff console: {base}/console")
        print(f"  web chat:      {base}/chat")
        print(f"  data:          {ctx.settings.data_dir.resolve()}")
        if service.telegram is None:
            print("  Telegram:      off (set HEMSEHRI_TELEGRAM_TOKEN to serve a bot too)")
        if credentials:
            print(f"  first admin:   username admin, password {credentials} (shown once; keep it safe)")
        if isinstance(loaded, str):
            print(f"  sample:        not loaded: {loaded}")
        elif loaded is not None:
            print(
                f"  sample:        {loaded.requests} requests of a day, {loaded.canned} canned replies; "
                "its staff (passwords shown once):"
            )
            for account in loaded.accounts:
                print(
                    f"                 username {account.username:<8} password {account.password}  "
                    f"({account.role}: {', '.join(account.desks)})"
                )
        print("Press Ctrl+C to stop.", flush=True)

    try:
        return await _run_with_worker(ctx, service, server, on_started=banner)
    finally:
        loading.cancel()


async def _load_then_settle(ctx: CoreContext, service: Service) -> None:
    """The demo's models, loaded beside the serving process (after the first admin's password hash, so that
    argon2's 64 MiB and unpacking the model on a first start never add up), then what start-up built is frozen."""
    try:
        await _load_models(ctx)
    except Exception:  # said here, not lost with the task: the first message that needs them loads them again
        log.exception("the language model, the safeguarding lists or the intent book could not be loaded at start-up")
    _freeze_start_up(service, every_language=False)


async def serve(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Runs the web server; in the embedded mode it migrates first and delivers in the same process."""
    service = build_service(ctx, serves=True)
    server = _web_server(ctx, service)
    if not ctx.settings.is_embedded:
        await asyncio.gather(_load_models(ctx), _ready_claims(ctx))
        _freeze_start_up(service)
        try:
            await server.serve()
        finally:
            await service.close()
        return 0
    await asyncio.gather(migrate.upgrade_apart(ctx.db.engine), _load_models(ctx))
    await _ready_claims(ctx)  # once migrated: it reads the agents
    _freeze_start_up(service)
    return await _run_with_worker(ctx, service, server)


async def _run_with_worker(
    ctx: CoreContext, service: Service, server: uvicorn.Server, *, on_started: Callable[[], None] | None = None
) -> int:
    """Serves the web app (its lifespan starts the channels) and, beside it, the delivery worker until it stops.

    The embedded mode's web chat mailbox lives in this process, so its notifications are delivered here.
    """
    stop = asyncio.Event()
    worker, webhooks = service.worker(), service.webhooks()
    serving = asyncio.create_task(server.serve())
    try:
        while not server.started:
            if serving.done():
                return 1
            await asyncio.sleep(0.05)
        helpers = [
            asyncio.create_task(worker.run(stop=stop), name="delivery"),
            asyncio.create_task(webhooks.run(stop=stop), name="webhooks"),
            asyncio.create_task(_retention_job(ctx, stop), name="retention"),
            asyncio.create_task(_sla_job(ctx, stop), name="sla"),
        ]
        if on_started:
            on_started()
        try:
            await serving
        finally:
            stop.set()
            await asyncio.gather(*helpers, return_exceptions=True)
        return 0
    finally:
        await webhooks.close()
        await service.close()


async def worker(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Delivers the outbox (Telegram, WhatsApp, the web chat through Redis in the scaled mode) and the webhooks."""
    service = build_service(ctx, serves=False)
    worker = service.worker()
    if not worker.senders:
        print(
            "hemsehri: no channel to deliver on (set HEMSEHRI_TELEGRAM_TOKEN, WhatsApp, or HEMSEHRI_REDIS_URL "
            "for the web chat)",
            file=sys.stderr,
        )
        await service.close()
        return 2
    stop = asyncio.Event()
    _stop_on_signals(stop)
    log.info("delivering on %s", ", ".join(sorted(worker.senders)))
    webhooks = service.webhooks()
    try:
        async with running(service.channels):
            await asyncio.gather(
                worker.run(stop=stop), webhooks.run(stop=stop), _retention_job(ctx, stop), _sla_job(ctx, stop)
            )
    finally:
        await webhooks.close()
        await service.close()
    return 0


async def poll_telegram(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Long-polls Telegram (HEMSEHRI_TELEGRAM_TOKEN) and answers through the conversations."""
    service = build_service(ctx, serves=False, polls=True)
    if service.telegram is None:
        await service.close()
        raise ConfigurationError("HEMSEHRI_TELEGRAM_TOKEN: not set; polling needs the bot's token")
    if ctx.settings.is_embedded:
        await migrate.upgrade_apart(ctx.db.engine)
    await _load_models(ctx)
    _freeze_start_up(service)
    stop = asyncio.Event()
    _stop_on_signals(stop)
    await _check_polling(service, service.telegram, announce=print)
    try:
        async with running(service.channels):
            await stop.wait()
    finally:
        await service.close()
    return 0


async def _check_polling(
    service: Service, telegram: TelegramChannel, announce: Callable[[str], object] = log.info
) -> None:
    """Checks that polling can start (the token, no webhook set) before anything runs; closes everything if not."""
    try:
        username = await prepare_polling(telegram.runtime, service.ctx.settings)
    except BaseException:
        await _close_unstarted(service)
        raise
    announce(f"Telegram: polling as @{username} with {telegram.runtime.name}")


async def _close_unstarted(service: Service) -> None:
    """Closes what building the service opened, for a command that stops before the channels are started."""
    for channel in service.channels:
        await channel.close()
    await service.close()


async def set_webhook(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Registers the webhook with Telegram, with the secret token and only the update types handled."""
    url = webhook_url(ctx.settings, args.url)

    async def register(runtime: TelegramRuntime) -> None:
        await runtime.set_webhook(url, check_secret(ctx.settings))

    username = await _at_telegram(ctx, register, "a webhook needs the bot's token")
    print(f"Telegram will deliver @{username}'s updates to {url}")
    return 0


async def delete_webhook(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Removes the webhook (so that `hemsehri poll` can run)."""

    async def remove(runtime: TelegramRuntime) -> None:
        await runtime.delete_webhook()

    username = await _at_telegram(ctx, remove, "removing the webhook needs the bot's token")
    print(f"webhook of @{username} removed")
    return 0


async def _at_telegram(ctx: CoreContext, act: Callable[[TelegramRuntime], Awaitable[None]], why: str) -> str:
    """Checks the token, then does `act` with the runtime; returns the bot's username."""
    service = build_service(ctx, serves=False)
    try:
        if service.telegram is None:
            raise ConfigurationError(f"HEMSEHRI_TELEGRAM_TOKEN: not set; {why}")
        username = await check_token(service.telegram.runtime, ctx.settings)
        await act(service.telegram.runtime)
        return username
    finally:
        await _close_unstarted(service)


async def _retention_job(ctx: CoreContext, stop: asyncio.Event, every: float = RETENTION_EVERY) -> None:
    """Runs the retention period's destruction now and then every few hours, beside the delivery worker."""

    async def once() -> None:
        if erased := await destroy_expired(ctx):
            log.info("retention: erased %d contact(s) past %d days", erased, ctx.settings.retention_days)

    await _every(once, "retention", stop, every)


async def _sla_job(ctx: CoreContext, stop: asyncio.Event, every: float = SLA_EVERY) -> None:
    """Records the breaches of requests past their due time (and tells the webhooks) every minute."""

    async def once() -> None:
        if recorded := await sla.check(ctx.db):
            log.info("sla: recorded %d breach(es)", recorded)

    await _every(once, "sla", stop, every)


async def _every(job: Callable[[], Awaitable[None]], name: str, stop: asyncio.Event, every: float) -> None:
    """Runs `job` now and then every `every` seconds until stopped; a failure waits for the next round."""
    while not stop.is_set():
        try:
            await job()
        except Exception:  # the database may be away; the next round tries again
            log.exception("%s job failed; trying again later", name)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=every)


def _stop_on_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)


class _Server(uvicorn.Server):
    """uvicorn stopping gracefully on SIGINT or SIGTERM, without raising the signal again once stopped.

    (uvicorn re-raises it, which interrupts the worker and polling beside it with a traceback.) As soon as it
    starts stopping it sets `closing`, which ends the console's live streams: uvicorn waits for every open
    response, and a stream would otherwise hold the process up for its whole lifetime.
    """

    def __init__(self, config: uvicorn.Config, closing: asyncio.Event) -> None:
        super().__init__(config)
        self.closing = closing

    async def on_tick(self, counter: int) -> bool:
        should_exit = await super().on_tick(counter)
        if should_exit:
            self.closing.set()
        return should_exit

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        original = {signum: signal.signal(signum, self.handle_exit) for signum in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for signum, handler in original.items():
                signal.signal(signum, handler)


def _web_server(ctx: CoreContext, service: Service) -> uvicorn.Server:
    closing = asyncio.Event()
    # Whatever still runs a few seconds into the shut-down (a slow page, a web chat turn) is cancelled.
    config = uvicorn.Config(
        service.app(closing),
        host=ctx.settings.host,
        port=ctx.settings.port,
        log_level="warning",
        proxy_headers=True,
        timeout_graceful_shutdown=SHUTDOWN_GRACE,
        ws_max_size=MAX_FRAME_BYTES,  # the web chat's largest frame; a bigger one is refused (1009) unread
    )
    return _Server(config, closing)


async def _load_sample(ctx: CoreContext) -> sample.Loaded | str:
    """Loads the sample day into a fresh demo; why not, when it is not fresh."""
    try:
        return await sample.load(ctx)
    except sample.NotFresh as exc:
        return str(exc)


async def _first_admin(ctx: CoreContext) -> str | None:
    """Creates the `admin` account on first run and returns its password; None if it exists."""
    async with ctx.db.transaction() as session:
        try:
            await staff.get_by_username(session=session, username="admin")
            return None
        except HemsehriError:
            password = secrets.token_urlsafe(12)
            await staff.create_user(
                session=session,
                username="admin",
                password=password,
                role="admin",
                desks=sorted(ctx.catalogue.desks),
                languages=list(ctx.catalogue.city.locales),
                display_name="Administrator",
            )
            return password
