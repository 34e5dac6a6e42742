"""Push desks in the console: the admin's desk setting and capacity, the header's availability, the team view."""

import httpx
from sqlalchemy import select

from core.assignment import service as assignment
from core.assignment.models import DeskSetting
from core.audit.models import AuditEntry
from core.requests.models import Request
from core.staff.models import StaffUser
from tests import factories
from tests.staff.conftest import sign_in


async def audit_entries(ctx, action: str) -> list[AuditEntry]:
    async with ctx.db.transaction() as session:
        return list(await session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


async def test_only_an_admin_switches_a_desk_to_push_and_sets_capacities_audited(ctx, app, team):
    transport = httpx.ASGITransport(app=app)
    async with (
        httpx.AsyncClient(transport=transport, base_url="http://testserver") as admin,
        httpx.AsyncClient(transport=transport, base_url="http://testserver") as supervisor,
    ):
        csrf = await sign_in(admin, "root")
        page = (await admin.get("/console/staff")).text
        assert 'action="/console/desks/social_aid"' in page and "Sıradakini al" in page  # claim is the default
        refused = await admin.post(
            "/console/desks/social_aid", data={"csrf": csrf, "mode": "push", "capacity": "0"}, follow_redirects=True
        )
        assert "Kapasite 1 ile 100 arasında" in refused.text
        unknown = await admin.post(
            "/console/desks/nowhere", data={"csrf": csrf, "mode": "push", "capacity": "3"}, follow_redirects=True
        )
        assert 'id="page-error"' in unknown.text
        saved = await admin.post("/console/desks/social_aid", data={"csrf": csrf, "mode": "push", "capacity": "3"})
        assert saved.headers["location"] == "/console/staff?notice=desk-saved"
        own = await admin.post(f"/console/staff/{team.agent.user.id}/capacity", data={"csrf": csrf, "capacity": "1"})
        assert own.status_code == 303

        supervisor_csrf = await sign_in(supervisor, "selin")
        assert 'action="/console/desks/' not in (await supervisor.get("/console/staff")).text
        for path, data in (
            ("/console/desks/social_aid", {"mode": "claim", "capacity": "3"}),
            (f"/console/staff/{team.agent.user.id}/capacity", {"capacity": "9"}),
        ):
            answer = await supervisor.post(path, data={"csrf": supervisor_csrf, **data}, follow_redirects=True)
            assert "Buna yetkiniz yok." in answer.text
    async with ctx.db.transaction() as session:
        setting = await session.get(DeskSetting, "social_aid")
        assert (setting.mode, setting.capacity) == ("push", 3)
        assert (await session.get(StaffUser, team.agent.user.id)).capacity == 1
    [desk_entry] = await audit_entries(ctx, "desk_update")
    assert (desk_entry.staff_id, desk_entry.target) == (team.admin.user.id, "social_aid")
    assert desk_entry.details == {"mode": "push", "capacity": 3, "from": "claim"}
    assert [e.details for e in await audit_entries(ctx, "staff_update")] == [{"capacity": 1}]


async def test_an_agent_who_becomes_available_is_filled_up_and_the_team_sees_it(ctx, client, team):
    async with ctx.db.transaction() as session:
        await assignment.set_desk(session=session, desk="social_aid", mode="push", capacity=1)
        first = await factories.request(session, ctx.catalogue, ctx.vault)
        second = await factories.request(session, ctx.catalogue, ctx.vault)
    csrf = await sign_in(client, "ayse")
    queue_page = (await client.get("/console")).text
    assert 'id="availability"' in queue_page and f'data-reference="{first.reference}"' in queue_page
    went = await client.post("/console/availability", data={"csrf": csrf, "available": "1", "next": "/console"})
    assert went.headers["location"] == "/console"
    async with ctx.db.transaction() as session:
        assert (await session.get(Request, first.id)).assignee_id == team.agent.user.id  # the oldest, up to capacity
        assert (await session.get(Request, second.id)).assignee_id is None
    mine = (await client.get("/console")).text
    assert mine.count(f'data-reference="{first.reference}"') >= 1 and 'class="link available"' in mine
    [claim] = await audit_entries(ctx, "claim")
    assert (claim.staff_id, claim.target, claim.details) == (
        team.agent.user.id,
        first.reference,
        {"automatic": True, "trigger": "available"},
    )
    await client.post("/console/availability", data={"csrf": csrf, "available": "0", "next": "/console"})
    assert [e.details for e in await audit_entries(ctx, "availability")] == [{"available": True}, {"available": False}]

    await client.post("/console/logout", data={"csrf": csrf})
    await sign_in(client, "selin")
    team_page = (await client.get("/console/team")).text
    agents = team_page.split('id="agents"')[1].split("</table>")[0]
    ayse = agents.split('data-agent="ayse"')[1].split("</tr>")[0]
    assert "Uzakta" in ayse and '<td class="num">1</td>' in ayse
