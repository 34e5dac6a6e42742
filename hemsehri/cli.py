"""The `hemsehri` command: demo, serve, worker, poll, telegram, db, staff, privacy, keys."""

import argparse
import contextlib
import logging
import secrets
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta

import uvloop

from bot.webchat import CHANNEL as WEBCHAT
from bot.webchat.mailbox import MailboxEraser, redis_mailbox
from core import keys, migrate
from core.audit import service as audit
from core.audit.models import Action
from core.context import CoreContext, build_core
from core.errors import ConfigurationError, HemsehriError, NotFound
from core.requests import service as requests
from core.settings import LOG_FORMAT, PREVIOUS_KEY_FILE, Settings, load_settings, write_key
from core.staff import service as staff
from core.staff.models import Role
from hemsehri.retention import destroy

log = logging.getLogger("hemsehri")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `hemsehri` command."""
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
        logging.basicConfig(level=settings.log_level, format=LOG_FORMAT)
        # httpx logs every request URL at INFO, and python-telegram-bot's URLs carry the bot token.
        logging.getLogger("httpx").setLevel(max(logging.WARNING, logging.getLevelName(settings.log_level)))
        # uvloop: the event loop and its sockets in C, as uvicorn would pick; 0–13% less CPU per update than
        # asyncio's own loop, in seven interleaved pairs (bench/RESULTS.md, issue 18, eleventh session).
        return uvloop.run(_with_core(settings, args.run, args))
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


@contextlib.asynccontextmanager
async def _shared_stores(ctx: CoreContext) -> AsyncIterator[None]:
    """Registers the places outside the database this process can reach: the web chat's mailboxes in Redis.

    In the embedded mode they are in the database, which the erasure itself reaches.
    """
    if not ctx.settings.redis_url:
        yield
        return
    mailbox = redis_mailbox(ctx.settings.redis_url)
    ctx.privacy.register(MailboxEraser(mailbox, WEBCHAT))
    try:
        yield
    finally:
        await mailbox.close()


async def _erase(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Forgets the person behind a request reference (a citizen's erasure request made at the desk)."""
    try:
        async with _shared_stores(ctx), ctx.db.transaction() as session:
            request = await requests.get_by_reference(session=session, reference=args.reference)
            removed = await ctx.privacy.erase_person(session=session, contact_id=request.contact_id, reason=args.reason)
    except HemsehriError as exc:
        print(f"hemsehri: {exc.key}: no request {args.reference!r}", file=sys.stderr)
        return 2
    print(f"erased the person behind {args.reference} ({removed} stored file(s) deleted)")
    if not ctx.settings.redis_url:
        print("a demo running now keeps its web chat pages in memory until it stops: erase from its console instead")
    return 0


async def _purge(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Destroys what is past its retention period, once."""
    async with _shared_stores(ctx):
        done = await destroy(ctx)
    print(
        f"erased {done.people} contact(s) past {ctx.settings.retention_days} days, {done.requests} request(s) past "
        f"their programme's period, {done.uploads} unfiled upload(s), {done.conversations} idle conversation(s)"
    )
    return 0


async def _db_upgrade(ctx: CoreContext, args: argparse.Namespace) -> int:
    await migrate.upgrade(ctx.db.engine)
    sealed = ctx.files.reseal()  # files stored before files were sealed
    print("database is at the newest schema" + (f"; {sealed} stored file(s) sealed" if sealed else ""))
    return 0


async def _audit_verify(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Checks every link of the audit log's chain; exits 1 at the first broken one."""
    intact, broken = await audit.verify(db=ctx.db)
    if broken is None:
        print(f"audit log intact: {intact} entries, every link holds")
        return 0
    what = "is missing (removed)" if broken.reason == "missing" else f"(id {broken.entry_id}) was altered"
    print(f"audit log broken: entry {broken.seq} {what}; the {intact} entries before it hold", file=sys.stderr)
    return 1


async def _keys_rotate(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Seals everything under a new secret; the old one is kept aside until every row and file is done."""
    settings = ctx.settings
    if settings.secret_key is None:  # the key lives in the data directory: make the new one, keep the old aside
        current, previous = settings.data_dir / "secret.key", settings.data_dir / PREVIOUS_KEY_FILE
        old = settings.resolved_secret_key()
        if not previous.exists() or previous.read_text().strip() == old:
            write_key(previous, old)
            write_key(current, secrets.token_urlsafe(48))
    elif settings.previous_secret_key is None:
        print(
            "hemsehri: HEMSEHRI_SECRET_KEY is set: put the new secret there and the old one in "
            "HEMSEHRI_PREVIOUS_SECRET_KEY, then run this again",
            file=sys.stderr,
        )
        return 2
    rotating = build_core(settings)  # a vault holding the new secret and the retired one
    try:
        done = await keys.rotate(db=rotating.db, files=rotating.files, vault=rotating.vault)
    finally:
        await rotating.close()
    if settings.secret_key is None:
        (settings.data_dir / PREVIOUS_KEY_FILE).unlink()
        print(f"sealed {done.rows} row(s) and {done.files} file(s) under a new secret; the old one is deleted")
    else:
        print(
            f"sealed {done.rows} row(s) and {done.files} file(s) under HEMSEHRI_SECRET_KEY; "
            "now remove HEMSEHRI_PREVIOUS_SECRET_KEY and destroy the old secret"
        )
    return 0


async def _staff_add(ctx: CoreContext, args: argparse.Namespace) -> int:
    unknown = [d for d in args.desk if d not in ctx.catalogue.desks]
    if unknown:
        print(
            f"hemsehri: unknown desk {unknown[0]!r}; desks: {', '.join(sorted(ctx.catalogue.desks))}", file=sys.stderr
        )
        return 2
    password = args.password or secrets.token_urlsafe(12)
    try:
        async with ctx.db.transaction() as session:
            await staff.create_user(
                session=session,
                username=args.username,
                password=password,
                role=args.role,
                desks=args.desk,
                languages=args.lang,
                display_name=args.name,
            )
    except HemsehriError as exc:
        print(f"hemsehri: {exc.key} {exc.params}", file=sys.stderr)
        return 2
    print(
        f"added {args.username.strip().lower()} ({args.role}; desks {', '.join(args.desk) or '-'}; "
        f"languages {', '.join(args.lang) or 'all'})"
    )
    if not args.password:
        print(f"password: {password}")
    return 0


async def _staff_token(ctx: CoreContext, args: argparse.Namespace) -> int:
    try:
        async with ctx.db.transaction() as session:
            user = await staff.get_by_username(session=session, username=args.username)
            token = await staff.issue_token(session=session, user=user, lifetime=timedelta(days=args.days))
    except HemsehriError:
        print(f"hemsehri: no staff user {args.username!r}", file=sys.stderr)
        return 2
    print(token)
    return 0


async def _staff_reset_password(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Gives an account a new password (a forgotten one, or a suspected leak): its sessions and tokens end; audited."""
    password = args.password or secrets.token_urlsafe(12)
    try:
        async with ctx.db.transaction() as session:
            user = await staff.get_by_username(session=session, username=args.username)
            await staff.set_password(session=session, user=user, password=password)
            reset = {"via": "cli"}
            await audit.record(
                session=session, staff_id=None, action=Action.PASSWORD_RESET, target=user.username, details=reset
            )
    except NotFound:
        print(f"hemsehri: no staff user {args.username!r}", file=sys.stderr)
        return 2
    except HemsehriError as exc:
        print(f"hemsehri: {exc.key} {exc.params}", file=sys.stderr)
        return 2
    print(f"reset {user.username}: signed out everywhere, API tokens revoked")
    if not args.password:
        print(f"password: {password}")
    return 0


def _process(name: str) -> Callable[[CoreContext, argparse.Namespace], Awaitable[int]]:
    """A command that runs the service: its modules (web stack, Telegram libraries) load only when it runs."""

    async def run(ctx: CoreContext, args: argparse.Namespace) -> int:
        from hemsehri import processes

        process: Callable[[CoreContext, argparse.Namespace], Awaitable[int]] = getattr(processes, name)
        return await process(ctx, args)

    return run


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hemsehri", description="Hemşehri: the city's social services, in chat.")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    demo = commands.add_parser("demo", help="everything in one process on SQLite (try it here)")
    demo.add_argument(
        "--sample", action="store_true", help="fill a fresh demo with a day of requests, canned replies and a team"
    )
    demo.set_defaults(run=_process("demo"))
    for name, what in (
        ("serve", "the web server (console, web chat, webhooks)"),
        ("worker", "the delivery worker (outbox to the platforms)"),
    ):
        commands.add_parser(name, help=what).set_defaults(run=_process(name))
    commands.add_parser("poll", help="Telegram by long polling").set_defaults(run=_process("poll_telegram"))
    telegram = commands.add_parser("telegram", help="the Telegram bot's settings at Telegram")
    telegram_cmd = telegram.add_subparsers(required=True, metavar="ACTION")
    set_hook = telegram_cmd.add_parser("set-webhook", help="register the webhook (URL or HEMSEHRI_PUBLIC_URL)")
    set_hook.add_argument("url", nargs="?", help="defaults to HEMSEHRI_PUBLIC_URL + /telegram/webhook")
    set_hook.set_defaults(run=_process("set_webhook"))
    telegram_cmd.add_parser("delete-webhook", help="remove the webhook").set_defaults(run=_process("delete_webhook"))
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
    audit_cmd = commands.add_parser("audit", help="the audit log").add_subparsers(required=True, metavar="ACTION")
    audit_cmd.add_parser("verify", help="check the chain of every entry").set_defaults(run=_audit_verify)
    keys_cmd = commands.add_parser("keys", help="the secrets personal data is sealed with")
    keys_actions = keys_cmd.add_subparsers(required=True, metavar="ACTION")
    rotate = keys_actions.add_parser("rotate", help="seal every value and file under a new secret (service stopped)")
    rotate.set_defaults(run=_keys_rotate)
    staff_cmd = commands.add_parser("staff", help="staff accounts").add_subparsers(required=True, metavar="ACTION")
    add = staff_cmd.add_parser("add", help="add a staff user")
    add.add_argument("username")
    add.add_argument("--role", choices=[role.value for role in Role], default=Role.AGENT.value)
    add.add_argument("--desk", action="append", default=[], help="a desk code (repeatable)")
    add.add_argument("--lang", action="append", default=[], help="a language the agent speaks (repeatable)")
    add.add_argument("--name", help="display name")
    add.add_argument("--password", help="password (12+ characters); generated and printed if omitted")
    add.set_defaults(run=_staff_add)
    token = staff_cmd.add_parser("token", help="print a new API token for the REST API")
    token.add_argument("username")
    token.add_argument("--days", type=int, default=staff.TOKEN_LIFETIME.days, help="how long it is valid (days)")
    token.set_defaults(run=_staff_token)
    reset = staff_cmd.add_parser("reset-password", help="give a staff user a new password; ends their sessions")
    reset.add_argument("username")
    reset.add_argument("--password", help="the new password (12+ characters); generated and printed if omitted")
    reset.set_defaults(run=_staff_reset_password)
    return parser
