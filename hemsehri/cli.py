"""The `hemsehri` command: demo, serve, worker, poll, telegram, db, staff, privacy."""

import argparse
import asyncio
import contextlib
import logging
import secrets
import signal
import sys
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta

import uvicorn
from fastapi import FastAPI
from redis.asyncio import Redis

from bot.telegram_channel import check_secret, check_token, poll, prepare_polling, runtime_for, webhook_url
from bot.telegram_common import TelegramRuntime
from bot.webchat import make_mailbox
from core import migrate
from core.context import CoreContext, build_core
from core.errors import ConfigurationError, HemsehriError
from core.i18n import Translator
from core.person_guards import RedisFloodGuard, RedisPersonLocks
from core.privacy import service as privacy
from core.requests import service as requests
from core.settings import Settings, load_settings
from core.staff import service as staff
from handlers.engine import Conversations, KeyedLocks
from hemsehri.delivery import build_worker
from hemsehri.web import create_app

log = logging.getLogger("hemsehri")
RETENTION_EVERY = 6 * 3600.0  # seconds between two runs of the retention job


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `hemsehri` command."""
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
        logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        return asyncio.run(_with_core(settings, args.run, args))
    except ConfigurationError as exc:
        print(f"hemsehri: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


async def _with_core(settings: Settings, run: Callable[..., Awaitable[int]], args: argparse.Namespace) -> int:
    ctx = build_core(settings)
    try:
        return await run(ctx, args)
    finally:
        await ctx.close()


@dataclass
class _Edges:
    """What the processes of one kind share: one translator, one conversation engine, the Telegram runtime."""

    translator: Translator
    conversations: Conversations
    telegram: TelegramRuntime | None


def _edges(ctx: CoreContext) -> _Edges:
    city = ctx.catalogue.city
    translator = Translator(city.locales, city.default_locale)
    if ctx.settings.redis_url:  # several processes: one person's events and flood budget are shared
        redis = Redis.from_url(ctx.settings.redis_url)
        conversations = Conversations(
            ctx, translator, flood=RedisFloodGuard(redis), locks=KeyedLocks(shared=RedisPersonLocks(redis))
        )
    else:
        conversations = Conversations(ctx, translator)
    telegram = None
    if ctx.settings.telegram_token is not None:
        telegram = runtime_for(ctx, conversations=conversations, translator=translator)
    return _Edges(translator, conversations, telegram)


async def _demo(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Runs everything in one process: the web server (console, web chat), the delivery worker, Telegram."""
    await migrate.upgrade(ctx.db.engine)
    credentials = await _first_admin(ctx)
    edges = _edges(ctx)
    polling = edges.telegram is not None and ctx.settings.telegram_mode == "polling"
    if polling:
        await prepare_polling(edges.telegram, ctx.settings)
    server, app = _web_server(ctx, edges)
    base = f"http://{ctx.settings.host}:{ctx.settings.port}"

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


async def _serve(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Runs the web server; in the embedded mode it migrates first and delivers in the same process."""
    edges = _edges(ctx)
    server, app = _web_server(ctx, edges)
    if not ctx.settings.is_embedded:
        await server.serve()
        return 0
    await migrate.upgrade(ctx.db.engine)
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


async def _worker(ctx: CoreContext, args: argparse.Namespace) -> int:
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


async def _poll(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Long-polls Telegram (HEMSEHRI_TELEGRAM_TOKEN) and answers through the conversations."""
    edges = _edges(ctx)
    if edges.telegram is None:
        raise ConfigurationError("HEMSEHRI_TELEGRAM_TOKEN: not set; polling needs the bot's token")
    if ctx.settings.is_embedded:
        await migrate.upgrade(ctx.db.engine)
    stop = asyncio.Event()
    _stop_on_signals(stop)
    await poll(edges.telegram, ctx.settings, stop=stop)
    return 0


async def _set_webhook(ctx: CoreContext, args: argparse.Namespace) -> int:
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


async def _delete_webhook(ctx: CoreContext, args: argparse.Namespace) -> int:
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


async def _erase(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Forgets the person behind a request reference (a citizen's erasure request made at the desk)."""
    try:
        async with ctx.db.transaction() as session:
            request = await requests.get_by_reference(session=session, reference=args.reference)
            files = await privacy.erase_contact(session=session, contact_id=request.contact_id, reason=args.reason)
    except HemsehriError as exc:
        print(f"hemsehri: {exc.key}: no request {args.reference!r}", file=sys.stderr)
        return 2
    removed = privacy.remove_local_files(ctx.settings.data_dir / "attachments", files)
    print(f"erased the person behind {args.reference} ({removed} stored file(s) deleted)")
    return 0


async def _purge(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Destroys what is past its retention period, once."""
    print(f"erased {await _destroy_expired(ctx)} contact(s) past {ctx.settings.retention_days} days")
    return 0


async def _destroy_expired(ctx: CoreContext) -> int:
    retention = timedelta(days=ctx.settings.retention_days)
    erased = 0
    while True:
        async with ctx.db.transaction() as session:
            due = await privacy.due_for_destruction(session=session, retention=retention)
            for contact_id in due:
                files = await privacy.erase_contact(session=session, contact_id=contact_id, reason="retention")
                privacy.remove_local_files(ctx.settings.data_dir / "attachments", files)
        erased += len(due)
        if not due:
            return erased


async def _retention_job(ctx: CoreContext, stop: asyncio.Event, every: float = RETENTION_EVERY) -> None:
    """Runs the retention period's destruction now and then every few hours, beside the delivery worker."""
    while not stop.is_set():
        try:
            erased = await _destroy_expired(ctx)
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


async def _db_upgrade(ctx: CoreContext, args: argparse.Namespace) -> int:
    await migrate.upgrade(ctx.db.engine)
    print("database is at the newest schema")
    return 0


async def _staff_add(ctx: CoreContext, args: argparse.Namespace) -> int:
    unknown = [d for d in args.desk if d not in ctx.catalogue.desks]
    if unknown:
        print(f"hemsehri: unknown desk {unknown[0]!r}; desks: {', '.join(sorted(ctx.catalogue.desks))}",
              file=sys.stderr)
        return 2
    password = args.password or secrets.token_urlsafe(12)
    try:
        async with ctx.db.transaction() as session:
            await staff.create_user(
                session=session, username=args.username, password=password, role=args.role, desks=args.desk,
                languages=args.lang, display_name=args.name,
            )
    except HemsehriError as exc:
        print(f"hemsehri: {exc.key} {exc.params}", file=sys.stderr)
        return 2
    print(f"added {args.username.strip().lower()} ({args.role}; desks {', '.join(args.desk) or '-'}; "
          f"languages {', '.join(args.lang) or 'all'})")
    if not args.password:
        print(f"password: {password}")
    return 0


async def _staff_token(ctx: CoreContext, args: argparse.Namespace) -> int:
    try:
        async with ctx.db.transaction() as session:
            user = await staff.get_by_username(session=session, username=args.username)
            token = await staff.issue_token(session=session, user=user)
    except HemsehriError:
        print(f"hemsehri: no staff user {args.username!r}", file=sys.stderr)
        return 2
    print(token)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hemsehri", description="Hemşehri: the city's social services, in chat.")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    commands.add_parser("demo", help="everything in one process on SQLite (try it here)").set_defaults(run=_demo)
    commands.add_parser("serve", help="the web server (console, web chat, webhooks)").set_defaults(run=_serve)
    commands.add_parser("worker", help="the delivery worker (outbox to the platforms)").set_defaults(run=_worker)
    commands.add_parser("poll", help="Telegram by long polling").set_defaults(run=_poll)
    telegram = commands.add_parser("telegram", help="the Telegram bot's settings at Telegram")
    telegram_cmd = telegram.add_subparsers(required=True, metavar="ACTION")
    set_hook = telegram_cmd.add_parser("set-webhook", help="register the webhook (URL or HEMSEHRI_PUBLIC_URL)")
    set_hook.add_argument("url", nargs="?", help="defaults to HEMSEHRI_PUBLIC_URL + /telegram/webhook")
    set_hook.set_defaults(run=_set_webhook)
    telegram_cmd.add_parser("delete-webhook", help="remove the webhook").set_defaults(run=_delete_webhook)
    db = commands.add_parser("db", help="database schema").add_subparsers(required=True, metavar="ACTION")
    db.add_parser("upgrade", help="migrate to the newest schema").set_defaults(run=_db_upgrade)
    privacy_cmd = commands.add_parser("privacy", help="erasure and retention (KVKK)")
    privacy_actions = privacy_cmd.add_subparsers(required=True, metavar="ACTION")
    erase = privacy_actions.add_parser("erase", help="forget the person behind a request reference")
    erase.add_argument("reference")
    erase.add_argument("--reason", required=True, help="why (recorded in the audit log), e.g. 'request at the desk'")
    erase.set_defaults(run=_erase)
    purge = privacy_actions.add_parser("purge", help="destroy what is past HEMSEHRI_RETENTION_DAYS now")
    purge.set_defaults(run=_purge)
    staff_cmd = commands.add_parser("staff", help="staff accounts").add_subparsers(required=True, metavar="ACTION")
    add = staff_cmd.add_parser("add", help="add a staff user")
    add.add_argument("username")
    add.add_argument("--role", choices=staff.ROLES, default="agent")
    add.add_argument("--desk", action="append", default=[], help="a desk code (repeatable)")
    add.add_argument("--lang", action="append", default=[], help="a language the agent speaks (repeatable)")
    add.add_argument("--name", help="display name")
    add.add_argument("--password", help="password (12+ characters); generated and printed if omitted")
    add.set_defaults(run=_staff_add)
    token = staff_cmd.add_parser("token", help="print a new API token for the REST API")
    token.add_argument("username")
    token.set_defaults(run=_staff_token)
    return parser
