"""API tokens end (issue 13 #11): they expire, they can be revoked, a disabled account's stay dead once it is
enabled again, and a forgotten password is reset from the command line."""

from datetime import timedelta

import pytest
from sqlalchemy import update

from core.audit.models import AuditEntry
from core.db import Database, utcnow
from core.errors import Forbidden
from core.staff import service as staff
from core.staff.models import ApiToken
from tests.staff.conftest import PASSWORD, sign_in
from tests.test_cli import run_cli


async def test_a_token_expires(ctx, client, team):
    assert (await client.get("/api/v1/programmes", headers=team.agent.bearer)).status_code == 200
    async with ctx.db.transaction() as session:
        await session.execute(
            update(ApiToken).where(ApiToken.staff_id == team.agent.user.id).values(expires_at=utcnow())
        )
    assert (await client.get("/api/v1/programmes", headers=team.agent.bearer)).status_code == 401


async def test_a_new_token_lives_ninety_days_unless_told_otherwise(ctx, team):
    async with ctx.db.transaction() as session:
        await staff.issue_token(session=session, user=team.other_agent.user, lifetime=timedelta(days=7))
    async with ctx.db.transaction() as session:
        tokens = (await session.execute(ApiToken.__table__.select().order_by(ApiToken.id))).all()
    lifetimes = [round((t.expires_at - t.created_at) / timedelta(days=1)) for t in tokens]
    assert lifetimes[-1] == 7 and set(lifetimes[:-1]) == {staff.TOKEN_LIFETIME.days}


async def test_re_enabling_an_account_does_not_revive_its_tokens(ctx, client, team):
    async with ctx.db.transaction() as session:
        user = await staff.get_user(session=session, staff_id=team.agent.user.id)
        await staff.set_active(session=session, user=user, active=False)
    async with ctx.db.transaction() as session:
        user = await staff.get_user(session=session, staff_id=team.agent.user.id)
        await staff.set_active(session=session, user=user, active=True)
    assert (await client.get("/api/v1/programmes", headers=team.agent.bearer)).status_code == 401


async def test_a_supervisor_revokes_an_agent_s_tokens_from_the_console(ctx, client, team):
    assert (await client.get("/api/v1/programmes", headers=team.agent.bearer)).status_code == 200
    csrf = await sign_in(client, "selin")
    page = await client.get(f"/console/staff/{team.agent.user.id}")
    assert f'action="/console/staff/{team.agent.user.id}/tokens/revoke"' in page.text
    revoked = await client.post(f"/console/staff/{team.agent.user.id}/tokens/revoke", data={"csrf": csrf})
    assert revoked.status_code == 303
    assert (await client.get("/api/v1/programmes", headers=team.agent.bearer)).status_code == 401
    assert (await client.get("/api/v1/programmes", headers=team.supervisor.bearer)).status_code == 200
    async with ctx.db.transaction() as session:
        actions = [(a.action, a.target) for a in (await session.execute(AuditEntry.__table__.select())).all()]
    assert ("tokens_revoke", "ayse") in actions


async def test_reset_password_from_the_command_line(env, database_url, db):  # db: emptied afterwards
    env["HEMSEHRI_DATABASE_URL"] = database_url
    assert run_cli("db", "upgrade", env=env).returncode == 0
    assert run_cli("staff", "add", "hatice", "--desk", "refugee_desk", "--password", PASSWORD, env=env).returncode == 0
    token = run_cli("staff", "token", "hatice", env=env).stdout.strip()
    reset = run_cli("staff", "reset-password", "hatice", env=env)
    assert reset.returncode == 0, reset.stderr
    new_password = reset.stdout.split("password: ", 1)[1].strip()
    assert "reset hatice" in reset.stdout
    assert len(new_password) >= staff.MIN_PASSWORD and new_password != PASSWORD
    database = Database(database_url)
    try:
        async with database.transaction() as session:
            with pytest.raises(Forbidden):
                await staff.user_for_token(session=session, token=token)  # the old credentials are gone
            attempt = await staff.begin_sign_in(session=session, username="hatice", address="10.0.0.1")
        assert (await staff.check_password(attempt=attempt, password=new_password))[0] is True
        assert (await staff.check_password(attempt=attempt, password=PASSWORD))[0] is False
    finally:
        await database.dispose()
    nobody = run_cli("staff", "reset-password", "nobody", env=env)
    assert nobody.returncode == 2 and "no staff user 'nobody'" in nobody.stderr
