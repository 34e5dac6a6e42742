"""Staff see and act on their own desks only (issue 13: other desks' requests, announcements, dead letters,
audit entries and erasures), and full personal numbers only for what they hold."""

import re

import httpx
from sqlalchemy import select

from core.announcements import service as announcements
from core.announcements.schemas import Segment
from core.audit.models import AuditEntry
from core.outbox import service as outbox
from core.outbox.models import OutboxItem
from core.references import format_reference
from core.requests import actions
from core.requests import service as requests
from core.requests.models import Request
from tests import factories
from tests.factories import VALID_TC
from tests.staff.conftest import sign_in


async def test_other_requests_of_the_person_show_only_the_viewer_s_desks(ctx, client, team):
    async with ctx.db.transaction() as session:
        person = await factories.contact(session, language="ar")
        mine = await factories.request(session, ctx.catalogue, ctx.vault, programme="winter_fuel", owner=person)
        sibling = await factories.request(session, ctx.catalogue, ctx.vault, programme="cash_aid", owner=person)
        elsewhere = await factories.request(
            session, ctx.catalogue, ctx.vault, programme="refugee_desk_question", language="ar", owner=person
        )
    await sign_in(client, "ayse")  # social aid only
    page = (await client.get(f"/console/requests/{mine.reference}")).text
    assert format_reference(sibling.reference) in page
    assert elsewhere.reference not in page and format_reference(elsewhere.reference) not in page


async def desk_supervisor(ctx, username: str = "nur", desks=("social_aid",)):
    async with ctx.db.transaction() as session:
        return await factories.agent(session, username=username, role="supervisor", desks=desks, languages=["tr"])


async def test_a_desk_supervisor_announces_only_to_people_of_their_desks(ctx, client, team):
    await desk_supervisor(ctx)
    async with ctx.db.transaction() as session:
        ours = await factories.request(session, ctx.catalogue, ctx.vault, programme="winter_fuel")
        theirs = await factories.request(
            session, ctx.catalogue, ctx.vault, programme="refugee_desk_question", language="tr"
        )
    csrf = await sign_in(client, "nur")
    text = {"csrf": csrf, "text_tr": "Yarın ofis kapalı."}
    preview = await client.post("/console/announcements", data={**text, "action": "preview"})
    assert preview.status_code == 200 and 'data-sent="1"' in preview.text  # "everyone" is everyone of my desk
    sent = await client.post("/console/announcements", data={**text, "action": "send", "expected": "1"})
    assert sent.status_code == 303
    async with ctx.db.transaction() as session:
        rows = (await session.execute(select(OutboxItem).where(OutboxItem.announcement_id.is_not(None)))).scalars()
        assert [row.contact_id for row in rows] == [ours.contact_id]
    assert theirs.contact_id != ours.contact_id


async def test_a_desk_supervisor_cannot_cancel_another_desk_s_announcement(ctx, client, team):
    await desk_supervisor(ctx)
    async with ctx.db.transaction() as session:
        await factories.request(session, ctx.catalogue, ctx.vault, programme="refugee_desk_question", language="ar")
        await factories.request(session, ctx.catalogue, ctx.vault, programme="winter_fuel")
        refugees = await announcements.create(
            session=session,
            staff_id=team.supervisor.user.id,
            segment=Segment(programme="refugee_desk_question"),
            texts={"tr": "Cuma günü toplantı.", "ar": "اجتماع يوم الجمعة."},
            allow_fallback=True,
        )
        everyone = await announcements.create(
            session=session,
            staff_id=team.admin.user.id,
            segment=Segment(),
            texts={"tr": "Bayram."},
            allow_fallback=True,
        )
    csrf = await sign_in(client, "nur")
    listed = (await client.get("/console/announcements")).text
    for made in (refugees, everyone):
        assert f'action="/console/announcements/{made.id}/cancel"' not in listed
        refused = await client.post(f"/console/announcements/{made.id}/cancel", data={"csrf": csrf})
        assert refused.status_code == 404
    async with ctx.db.transaction() as session:
        assert (await announcements.get(session=session, announcement_id=refugees.id)).state == "sending"
        assert (await announcements.get(session=session, announcement_id=everyone.id)).state == "sending"


async def test_full_numbers_only_for_what_one_holds_and_not_without_limit(ctx, client, team):
    async with ctx.db.transaction() as session:
        request = await factories.request(session, ctx.catalogue, ctx.vault)
    csrf = await sign_in(client, "ayse")
    not_held = await client.post(
        f"/console/requests/{request.reference}/reveal", data={"csrf": csrf, "field": "national_id"}
    )
    assert VALID_TC not in not_held.text and not_held.status_code == 303  # back to the page, with the reason
    assert "reveal-identity" not in (await client.get(f"/console/requests/{request.reference}")).text
    assert await reveals(ctx) == 0

    await client.post("/console/claim", data={"csrf": csrf})
    for _ in range(actions.REVEALS_PER_HOUR):
        shown = await client.post(
            f"/console/requests/{request.reference}/reveal", data={"csrf": csrf, "field": "phone"}
        )
        assert "+905321234567" in shown.text
    refused = await client.post(
        f"/console/requests/{request.reference}/reveal", data={"csrf": csrf, "field": "phone"}, follow_redirects=True
    )
    assert "+905321234567" not in refused.text and 'id="page-error"' in refused.text
    assert await reveals(ctx) == actions.REVEALS_PER_HOUR


async def reveals(ctx) -> int:
    async with ctx.db.transaction() as session:
        return len((await session.execute(select(AuditEntry).where(AuditEntry.action == "reveal"))).all())


async def dead_letter(ctx, request, staff_id: int) -> int:
    async with ctx.db.transaction() as session:
        row = await session.get(Request, request.id)
        await requests.reply(session=session, request=row, staff_id=staff_id, text="Yarın gelin.")
    async with ctx.db.transaction() as session:
        [claimed] = await outbox.claim_due(session=session, worker="w", limit=10)
        item = await session.get(OutboxItem, claimed.id)
        await outbox.mark_failed(session=session, item=item, error="unreachable", retry_in=None)
        return item.id


async def test_a_desk_supervisor_sees_and_retries_only_their_desks_dead_letters(ctx, client, team):
    await desk_supervisor(ctx)
    async with ctx.db.transaction() as session:
        ours = await factories.request(session, ctx.catalogue, ctx.vault, programme="winter_fuel")
        theirs = await factories.request(session, ctx.catalogue, ctx.vault, programme="refugee_desk_question")
    ours_item = await dead_letter(ctx, ours, team.agent.user.id)
    theirs_item = await dead_letter(ctx, theirs, team.refugee_agent.user.id)
    csrf = await sign_in(client, "nur")
    page = (await client.get("/console/deliveries")).text
    assert f'data-outbox="{ours_item}"' in page and f'data-outbox="{theirs_item}"' not in page
    await client.post(f"/console/deliveries/{theirs_item}/retry", data={"csrf": csrf})
    async with ctx.db.transaction() as session:
        assert (await session.get(OutboxItem, theirs_item)).state == "dead"


async def test_a_desk_supervisor_reads_the_audit_log_of_their_desks_people_only(ctx, client, team):
    await desk_supervisor(ctx)
    for username in ("ayse", "leyla", "root"):
        async with httpx.AsyncClient(transport=client._transport, base_url="http://testserver") as other:
            await sign_in(other, username)
    await sign_in(client, "nur")
    page = (await client.get("/console/audit")).text
    who = set(re.findall(r'<tr data-action="[a-z_]+">\s*<td>[^<]*</td>\s*<td>([^<]+)</td>', page))
    assert {"ayse", "nur"} <= who and not who & {"leyla", "root"}


async def test_a_desk_supervisor_cannot_erase_a_person_with_requests_on_other_desks(ctx, client, team):
    await desk_supervisor(ctx)
    async with ctx.db.transaction() as session:
        person = await factories.contact(session)
        ours = await factories.request(session, ctx.catalogue, ctx.vault, programme="winter_fuel", owner=person)
        theirs = await factories.request(
            session, ctx.catalogue, ctx.vault, programme="refugee_desk_question", owner=person
        )
    csrf = await sign_in(client, "nur")
    refused = await client.post(
        f"/console/requests/{ours.reference}/erase",
        data={"csrf": csrf, "reason": "Konak masasında istedi", "confirm": "yes"},
        follow_redirects=True,
    )
    assert 'id="page-error"' in refused.text
    async with ctx.db.transaction() as session:
        assert (await session.get(Request, theirs.id)).status == "received"
        assert (await session.get(Request, ours.id)).phone is not None
