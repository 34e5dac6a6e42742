"""The `hemsehri` command: demo, serve, worker, poll, telegram, db, staff, privacy."""

import argparse
import asyncio
import logging
import secrets
import sys
from collections.abc import Awaitable, Callable

from core import migrate
from core.context import CoreContext, build_core
from core.errors import ConfigurationError, HemsehriError
from core.privacy import service as privacy
from core.requests import service as requests
from core.settings import Settings, load_settings
from core.staff import service as staff
from hemsehri.retention import destroy_expired

log = logging.getLogger("hemsehri")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `hemsehri` command."""
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
        logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        # httpx logs every request URL at INFO, and python-telegram-bot's URLs carry the bot token.
        logging.getLogger("httpx").setLevel(max(logging.WARNING, logging.getLevelName(settings.log_level)))
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
    print(f"erased {await destroy_expired(ctx)} contact(s) past {ctx.settings.retention_days} days")
    return 0


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


def _process(name: str) -> Callable[[CoreContext, argparse.Namespace], Awaitable[int]]:
    """A command that runs the service: its modules (web stack, Telegram libraries) load only when it runs."""

    async def run(ctx: CoreContext, args: argparse.Namespace) -> int:
        from hemsehri import processes

        return await getattr(processes, name)(ctx, args)

    return run


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hemsehri", description="Hemşehri: the city's social services, in chat.")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    for name, what in (("demo", "everything in one process on SQLite (try it here)"),
                       ("serve", "the web server (console, web chat, webhooks)"),
                       ("worker", "the delivery worker (outbox to the platforms)")):
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
