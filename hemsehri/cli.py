"""The `hemsehri` command: demo, serve, worker, db, staff."""

import argparse
import asyncio
import logging
import secrets
import sys
from collections.abc import Awaitable, Callable

import uvicorn

from core import migrate
from core.context import CoreContext, build_core
from core.errors import ConfigurationError, HemsehriError
from core.settings import Settings, load_settings
from core.staff import service as staff
from hemsehri.web import create_app

log = logging.getLogger("hemsehri")


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


async def _demo(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Runs everything in one process on SQLite: the web server with the console and the web chat."""
    await migrate.upgrade(ctx.db.engine)
    credentials = await _first_admin(ctx)
    server = _web_server(ctx)
    serving = asyncio.create_task(server.serve())
    while not server.started:
        if serving.done():
            return 1
        await asyncio.sleep(0.05)
    base = f"http://{ctx.settings.host}:{ctx.settings.port}"
    print(f"Hemşehri demo on {base}")
    print(f"  health:        {base}/healthz")
    print(f"  staff console: {base}/console")
    print(f"  web chat:      {base}/chat")
    print(f"  data:          {ctx.settings.data_dir.resolve()}")
    if credentials:
        print(f"  first admin:   username admin, password {credentials} (shown once; keep it safe)")
    print("Press Ctrl+C to stop.", flush=True)
    await serving
    return 0


async def _serve(ctx: CoreContext, args: argparse.Namespace) -> int:
    """Runs the web server; in the embedded mode it migrates the database first."""
    if ctx.settings.is_embedded:
        await migrate.upgrade(ctx.db.engine)
    await _web_server(ctx).serve()
    return 0


def _web_server(ctx: CoreContext) -> uvicorn.Server:
    config = uvicorn.Config(
        create_app(ctx), host=ctx.settings.host, port=ctx.settings.port, log_level="warning", proxy_headers=True
    )
    return uvicorn.Server(config)


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
    db = commands.add_parser("db", help="database schema").add_subparsers(required=True, metavar="ACTION")
    db.add_parser("upgrade", help="migrate to the newest schema").set_defaults(run=_db_upgrade)
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
