"""Console sign-in: opaque server-side sessions, their expiry and end, CSRF, lockout, headers."""

import contextlib
from datetime import timedelta

import httpx
from sqlalchemy import select, update

from core.audit.models import AuditEntry
from core.crypto import token_digest
from core.db import utcnow
from core.settings import Settings
from core.staff import service as staff
from core.staff.models import StaffSession
from hemsehri.service import build_service
from staff.console.context import LIVE_STREAMS_PER_SESSION
from tests.conftest import serving
from tests.staff.conftest import PASSWORD, csrf_of, sign_in


async def sessions(ctx) -> list[StaffSession]:
    async with ctx.db.transaction() as session:
        return list((await session.execute(select(StaffSession))).scalars())


async def audit(ctx) -> list[tuple[str, int | None]]:
    async with ctx.db.transaction() as session:
        rows = (await session.execute(select(AuditEntry).order_by(AuditEntry.id))).scalars()
        return [(a.action, a.staff_id) for a in rows]


async def test_the_console_asks_for_sign_in_first(client):
    answer = await client.get("/console/requests/123456782?x=1")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/console/login?next=/console/requests/123456782%3Fx%3D1"
    assert (await client.get("/console/queue/rows", headers={"X-Hemsehri-Passive": "1"})).status_code == 401
    assert (await client.get("/console/events")).status_code == 401
    assert (await client.post("/console/claim", data={"csrf": "x"})).status_code == 401


async def test_sign_in_sets_an_opaque_cookie_whose_hash_alone_is_stored(ctx, client, team):
    form = await client.get("/console/login")
    assert form.status_code == 200
    answer = await client.post(
        "/console/login?next=/console/team", data={"username": "AYSE", "password": PASSWORD, "csrf": csrf_of(form.text)}
    )
    assert answer.status_code == 303 and answer.headers["location"] == "/console/team"
    cookie = next(c for c in answer.headers.get_list("set-cookie") if c.startswith("hemsehri_session="))
    token = cookie.split(";")[0].split("=", 1)[1]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # served over http in this test; see the https test below
    [row] = await sessions(ctx)
    assert row.token_hash == token_digest(token) and token not in row.token_hash
    assert row.expires_at - row.created_at == staff.SESSION_ABSOLUTE
    assert await audit(ctx) == [("sign_in", team.agent.user.id)]


async def test_an_external_redirect_target_is_ignored(client, team):
    form = await client.get("/console/login")
    answer = await client.post(
        "/console/login?next=//evil.example/x",
        data={"username": "ayse", "password": PASSWORD, "csrf": csrf_of(form.text)},
    )
    assert answer.headers["location"] == "/console"


async def test_wrong_password_is_refused_recorded_and_locks_after_five(ctx, client, team):
    for attempt in range(5):
        form = await client.get("/console/login")
        answer = await client.post(
            "/console/login", data={"username": "ayse", "password": f"wrong {attempt}", "csrf": csrf_of(form.text)}
        )
        assert answer.status_code == 401
        assert 'role="alert"' in answer.text
    form = await client.get("/console/login")
    locked = await client.post(
        "/console/login", data={"username": "ayse", "password": PASSWORD, "csrf": csrf_of(form.text)}
    )
    assert locked.status_code == 401
    assert "15" in locked.text  # the locked message says for how long
    nobody = await client.post(
        "/console/login", data={"username": "nobody", "password": "x", "csrf": csrf_of(locked.text)}
    )
    assert nobody.status_code == 401
    assert await sessions(ctx) == []
    recorded = await audit(ctx)
    assert recorded[:6] == [("sign_in_failed", team.agent.user.id)] * 6
    assert recorded[6] == ("sign_in_failed", None)


async def test_the_login_form_needs_its_own_csrf_token(ctx, client, team):
    await client.get("/console/login")
    answer = await client.post("/console/login", data={"username": "ayse", "password": PASSWORD, "csrf": "forged"})
    assert answer.status_code == 403
    assert await sessions(ctx) == []


async def test_sign_out_deletes_the_session(ctx, client, team):
    csrf = await sign_in(client, "ayse")
    token = client.cookies["hemsehri_session"]
    answer = await client.post("/console/logout", data={"csrf": csrf})
    assert answer.status_code == 303 and answer.headers["location"] == "/console/login"
    assert await sessions(ctx) == []
    client.cookies.set("hemsehri_session", token)  # a copied cookie is worthless now
    assert (await client.get("/console")).status_code == 303


async def test_disabling_a_user_ends_their_sessions_at_once(ctx, app, team):
    transport = httpx.ASGITransport(app=app)
    async with (
        httpx.AsyncClient(transport=transport, base_url="http://t") as agent,
        httpx.AsyncClient(transport=transport, base_url="http://t") as supervisor,
    ):
        await sign_in(agent, "ayse")
        assert (await agent.get("/console")).status_code == 200
        csrf = await sign_in(supervisor, "selin")
        answer = await supervisor.post(
            f"/console/staff/{team.agent.user.id}/active", data={"csrf": csrf, "active": "0"}
        )
        assert answer.status_code == 303
        assert [s.staff_id for s in await sessions(ctx)] == [team.supervisor.user.id]
        assert (await agent.get("/console")).status_code == 303
        assert ("staff_disable", team.supervisor.user.id) in await audit(ctx)


async def test_idle_and_absolute_expiry(ctx, client, team):
    await sign_in(client, "ayse")
    async with ctx.db.transaction() as session:
        idle = utcnow() - staff.SESSION_IDLE - timedelta(seconds=1)
        await session.execute(update(StaffSession).values(last_seen_at=idle))
    assert (await client.get("/console")).status_code == 303

    await sign_in(client, "ayse")
    async with ctx.db.transaction() as session:
        await session.execute(update(StaffSession).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert (await client.get("/console")).status_code == 303


async def test_page_refreshes_do_not_keep_an_idle_session_alive(ctx, client, team):
    await sign_in(client, "ayse")
    stale = utcnow() - timedelta(minutes=10)
    async with ctx.db.transaction() as session:
        await session.execute(update(StaffSession).values(last_seen_at=stale))
    assert (await client.get("/console/queue/rows", headers={"X-Hemsehri-Passive": "1"})).status_code == 200
    assert abs(((await sessions(ctx))[0].last_seen_at - stale).total_seconds()) < 1
    assert (await client.get("/console")).status_code == 200
    assert (await sessions(ctx))[0].last_seen_at > stale + timedelta(minutes=9)


async def test_every_form_needs_the_session_s_csrf_token(ctx, client, team):
    csrf = await sign_in(client, "ayse")
    for path in ("/console/claim", "/console/logout", "/console/locale"):
        assert (await client.post(path, data={})).status_code == 403
        assert (await client.post(path, data={"csrf": csrf + "x"})).status_code == 403
    forged = await client.post("/console/claim", data={"csrf": csrf}, headers={"Origin": "https://evil.example"})
    assert forged.status_code == 403
    null_origin = await client.post("/console/claim", data={"csrf": csrf}, headers={"Origin": "null"})
    assert null_origin.status_code == 403
    same = await client.post("/console/claim", data={"csrf": csrf}, headers={"Origin": "http://testserver"})
    assert same.status_code == 303
    assert len(await sessions(ctx)) == 1  # the refused sign-out did nothing


async def test_pages_carry_security_headers_and_no_inline_script(client, team):
    await sign_in(client, "ayse")
    page = await client.get("/console")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["referrer-policy"] == "same-origin"
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["cache-control"] == "no-store"
    assert "<script>" not in page.text and "onclick" not in page.text
    assert 'src="/console/static/console.js"' in page.text
    script = await client.get("/console/static/console.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    assert (await client.get("/console/static/../router.py")).status_code == 404


async def test_over_https_the_cookie_is_secure_and_host_bound(ctx, team, tmp_path):
    settings = Settings(
        data_dir=tmp_path,
        database_url=ctx.settings.database_url,
        secret_key="k" * 40,
        public_url="https://hemsehri.izmir.example",
    )
    secure = build_service(
        type(ctx)(settings=settings, db=ctx.db, catalogue=ctx.catalogue, vault=ctx.vault), serves=True
    ).app()
    transport = httpx.ASGITransport(app=secure)
    async with httpx.AsyncClient(transport=transport, base_url="https://hemsehri.izmir.example") as http:
        form = await http.get("/console/login")
        assert "Secure" in form.headers["set-cookie"]
        answer = await http.post(
            "/console/login", data={"username": "ayse", "password": PASSWORD, "csrf": csrf_of(form.text)}
        )
        cookie = next(c for c in answer.headers.get_list("set-cookie") if c.startswith("__Host-hemsehri_session="))
        assert "Secure" in cookie and "HttpOnly" in cookie and "Path=/" in cookie and "Domain" not in cookie
        assert answer.headers["strict-transport-security"].startswith("max-age=")


async def test_one_session_cannot_take_every_live_update_slot(ctx, app, team):
    reading = []  # each open stream's reader, kept: a reader dropped half-way closes its stream

    async def stream_status(http: httpx.AsyncClient, streams: contextlib.AsyncExitStack) -> int:
        response = await streams.enter_async_context(http.stream("GET", "/console/events"))
        if response.status_code == 200:
            reading.append(response.aiter_lines())
            assert await anext(reading[-1]) == "retry: 3000"
        return response.status_code

    async with (
        serving(app) as base,
        httpx.AsyncClient(base_url=base, timeout=30) as ayse,
        httpx.AsyncClient(base_url=base, timeout=30) as mehmet,
        contextlib.AsyncExitStack() as streams,
    ):
        await sign_in(ayse, "ayse")
        await sign_in(mehmet, "mehmet")
        opened = [await stream_status(ayse, streams) for _ in range(LIVE_STREAMS_PER_SESSION + 2)]
        assert opened == [200] * LIVE_STREAMS_PER_SESSION + [503, 503]
        assert await stream_status(mehmet, streams) == 200
