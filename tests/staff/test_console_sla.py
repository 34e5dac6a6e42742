"""The supervisors' live alert for service times: requests of their desks past due or due within the hour, and the
team page that names them."""

import re
from datetime import timedelta

from core.db import utcnow
from core.requests import service as requests
from core.requests.models import Request
from core.requests.statuses import Actor, Status
from tests import factories
from tests.staff.conftest import person, sign_in


async def new_request(ctx, due_in: timedelta | None = None, *, close: bool = False, **kwargs) -> Request:
    async with ctx.db.transaction() as session:
        row = await factories.request(session, ctx.catalogue, ctx.vault, **kwargs)
        if due_in is not None:
            row.sla_due_at = utcnow() + due_in
        if close:
            await requests.change_status(session=session, request=row, to=Status.REJECTED, actor=Actor.STAFF)
        return row


def section(page: str, name: str) -> str:
    found = re.search(rf'<section id="{name}">(.*?)</section>', page, re.DOTALL)
    assert found, f"no {name} section"
    return found.group(1)


async def test_a_supervisor_is_alerted_to_late_and_nearly_late_requests_of_their_desks(ctx, client, team):
    async with ctx.db.transaction() as session:
        await person(session, "deniz", role="supervisor", desks=["education"], languages=["tr"])
    late = await new_request(ctx, -timedelta(hours=2), programme="emergency_shelter")
    arabic_late = await new_request(ctx, -timedelta(minutes=5), programme="refugee_desk_question", language="ar")
    soon = await new_request(ctx, timedelta(minutes=30))
    later = await new_request(ctx, timedelta(hours=2))
    closed = await new_request(ctx, -timedelta(days=1), close=True)
    schools = await new_request(ctx, -timedelta(hours=1), programme="stationery_set")  # the education desk

    csrf = await sign_in(client, "selin")  # social aid and the Refugee Desk
    page = (await client.get("/console")).text
    assert 'id="supervisor-alerts" data-alert="/console/alerts"' in page
    alert = (await client.get("/console/alerts")).text
    assert '<a href="/console/team#late" data-late="2">' in alert
    assert '<a href="/console/team#due-soon" data-due-soon="1">' in alert
    assert "Masalarınızdan 2 talebin hizmet süresi geçti." in alert and "data-unseen" not in alert
    team_page = (await client.get("/console/team")).text
    assert re.findall(r'data-reference="(\d+)"', section(team_page, "late")) == [late.reference, arabic_late.reference]
    assert re.findall(r'data-reference="(\d+)"', section(team_page, "due-soon")) == [soon.reference]
    for elsewhere in (later, closed, schools):
        assert elsewhere.reference not in section(team_page, "late") + section(team_page, "due-soon")
    await client.post("/console/logout", data={"csrf": csrf})

    csrf = await sign_in(client, "deniz")  # another desk's supervisor: only their own
    alert = (await client.get("/console/alerts")).text
    assert 'data-late="1"' in alert and "data-due-soon" not in alert
    await client.post("/console/logout", data={"csrf": csrf})

    await sign_in(client, "ayse")  # an agent of the desk
    assert 'id="supervisor-alerts"' not in (await client.get("/console")).text
    assert (await client.get("/console/alerts")).status_code == 403


async def test_the_alert_is_empty_when_every_open_request_is_on_time(ctx, client, team):
    await new_request(ctx)
    await new_request(ctx, timedelta(minutes=-30), close=True)
    await sign_in(client, "selin")
    assert "<a " not in (await client.get("/console/alerts")).text
