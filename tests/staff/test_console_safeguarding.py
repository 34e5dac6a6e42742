"""The console's safeguarding module: the flags of my desks, decisions with a reason, the alert, audited views."""

import re

from sqlalchemy import select

from core.audit.models import AuditEntry
from core.requests import service as requests
from tests import factories
from tests.staff.conftest import sign_in

DISCLOSURE = "Kocam beni her gün dövüyor, evden kaçtım"


async def new_request(ctx, **kwargs):
    async with ctx.db.transaction() as session:
        return await factories.request(session, ctx.catalogue, ctx.vault, **kwargs)


async def audited(ctx, action: str) -> list[tuple[int | None, str | None, dict]]:
    async with ctx.db.transaction() as session:
        entries = (await session.execute(select(AuditEntry).where(AuditEntry.action == action))).scalars()
        return [(e.staff_id, e.target, e.details) for e in entries]


def listed(html: str) -> list[str]:
    return re.findall(r'<tr class="flag-[a-z]+" data-reference="(\d+)"', html)


async def test_the_list_shows_my_desks_flags_and_a_decision_needs_a_reason(ctx, client, team):
    flagged = await new_request(ctx, description=DISCLOSURE)
    await new_request(ctx)  # not flagged
    elsewhere = await new_request(ctx, programme="stationery_set", description=DISCLOSURE)  # education desk
    csrf = await sign_in(client, "ayse")
    page = (await client.get("/console/safeguarding")).text
    assert listed(page) == [flagged.reference] and elsewhere.reference not in page
    assert "Violence at home or gender-based violence" in page or "Ev içi ya da toplumsal" in page

    answer = await client.post(
        f"/console/safeguarding/{flagged.reference}", data={"csrf": csrf, "decision": "confirm", "reason": " "}
    )
    assert answer.status_code == 303 and "error=error-safeguarding-reason-missing" in answer.headers["location"]
    page = (await client.get(answer.headers["location"])).text
    assert "Write the reason" in page or "gerekçesini yazın" in page
    answer = await client.post(
        f"/console/safeguarding/{flagged.reference}",
        data={"csrf": csrf, "decision": "confirm", "reason": "Aradım, risk sürüyor"},
    )
    assert answer.status_code == 303 and "notice=safeguarding-confirmed" in answer.headers["location"]
    answer = await client.post(
        f"/console/safeguarding/{flagged.reference}",
        data={"csrf": csrf, "decision": "clear", "reason": "Sığınma evine yerleşti"},
    )
    assert answer.status_code == 303
    assert listed((await client.get("/console/safeguarding")).text) == []
    decisions = await audited(ctx, "safeguarding_confirmed") + await audited(ctx, "safeguarding_cleared")
    assert [(staff_id, target, details["reason"]) for staff_id, target, details in decisions] == [
        (team.agent.user.id, flagged.reference, "Aradım, risk sürüyor"),
        (team.agent.user.id, flagged.reference, "Sığınma evine yerleşti"),
    ]


async def test_a_decision_without_the_sessions_token_is_refused(ctx, client, team):
    flagged = await new_request(ctx, description=DISCLOSURE)
    await sign_in(client, "ayse")
    answer = await client.post(f"/console/safeguarding/{flagged.reference}", data={"decision": "clear", "reason": "x"})
    assert answer.status_code == 403
    assert await audited(ctx, "safeguarding_cleared") == []


async def test_supervisors_are_alerted_and_agents_are_not(ctx, client, team):
    csrf = await sign_in(client, "selin")
    assert 'id="supervisor-alerts"' in (await client.get("/console")).text
    assert "data-unseen" not in (await client.get("/console/alerts")).text
    await new_request(ctx, description=DISCLOSURE)
    await new_request(ctx, programme="refugee_desk_question", language="ar", description="زوجي يضربني كل يوم")
    alert = (await client.get("/console/alerts")).text
    assert 'data-unseen="2"' in alert and 'href="/console/safeguarding"' in alert
    await client.post("/console/logout", data={"csrf": csrf})
    await sign_in(client, "ayse")
    assert 'id="supervisor-alerts"' not in (await client.get("/console")).text
    assert (await client.get("/console/alerts")).status_code == 403


async def test_every_view_of_a_flagged_request_is_audited(ctx, client, team):
    flagged = await new_request(ctx, description=DISCLOSURE)
    ordinary = await new_request(ctx)
    await sign_in(client, "ayse")
    for reference in (flagged.reference, ordinary.reference, flagged.reference):
        assert (await client.get(f"/console/requests/{reference}")).status_code == 200
    assert [(s, t) for s, t, _ in await audited(ctx, "safeguarding_view")] == [
        (team.agent.user.id, flagged.reference)
    ] * 2


async def test_a_flagged_request_shows_its_flag_on_its_own_page_until_it_is_cleared(ctx, client, team):
    flagged = await new_request(ctx, description=DISCLOSURE)
    ordinary = await new_request(ctx)
    csrf = await sign_in(client, "ayse")
    page = (await client.get(f"/console/requests/{flagged.reference}")).text
    notice = re.search(r'<p class="alert" id="safeguarding-flag" role="alert">(.*?)</p>', page, re.S)
    assert notice is not None, "the caseworker reading the thread sees the flag"
    assert re.search(r"New, not yet looked at|Yeni, henüz bakılmadı", notice.group(1))
    assert re.search(r"Violence at home|Ev içi ya da toplumsal", notice.group(1))
    assert 'id="safeguarding-flag"' not in (await client.get(f"/console/requests/{ordinary.reference}")).text
    await client.post(
        f"/console/safeguarding/{flagged.reference}",
        data={"csrf": csrf, "decision": "clear", "reason": "Sığınma evine yerleşti"},
    )
    assert 'id="safeguarding-flag"' not in (await client.get(f"/console/requests/{flagged.reference}")).text


async def test_a_flag_raised_on_an_answer_reaches_the_list(ctx, client, team):
    request = await new_request(ctx)
    async with ctx.db.transaction() as session:
        row = await requests.get_by_reference(session=session, reference=request.reference)
        await requests.add_citizen_message(
            session=session, request=row, text="Bu gece sokakta kalacağız", language="tr"
        )
    await sign_in(client, "ayse")
    assert listed((await client.get("/console/safeguarding")).text) == [request.reference]


async def test_a_flagged_request_read_through_the_api_is_audited(ctx, client, team):
    flagged = await new_request(ctx, description=DISCLOSURE)
    answer = await client.get(f"/api/v1/requests/{flagged.reference}", headers=team.agent.bearer)
    assert answer.status_code == 200
    assert [(s, t) for s, t, _ in await audited(ctx, "safeguarding_view")] == [(team.agent.user.id, flagged.reference)]
