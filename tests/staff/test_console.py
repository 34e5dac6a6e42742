"""The console's pages and forms over HTTP: queue, request view, answers, supervision, escaping, live events."""

import asyncio
import csv
import io
import re
from datetime import date

import httpx
import pytest
from fluent.syntax import ast, parse
from fluent.syntax.serializer import FluentSerializer
from sqlalchemy import select

from core.audit.models import AuditEntry
from core.canned.models import CannedReply
from core.i18n import LOCALES_DIR, Translator
from core.outbox import service as outbox_service
from core.outbox.models import OutboxItem
from core.references import format_reference
from core.requests import service as requests
from core.requests.actions import Via
from core.requests.models import Message, Request
from core.staff import service as staff
from core.staff.models import StaffUser
from staff.common import CONSOLE_LOCALES, Labels
from tests import factories
from tests.conftest import serving
from tests.factories import VALID_TC
from tests.staff.conftest import csrf_of, sign_in

XSS = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>'


async def new_request(ctx, **kwargs) -> Request:
    async with ctx.db.transaction() as session:
        return await factories.request(session, ctx.catalogue, ctx.vault, **kwargs)


async def audit_actions(ctx) -> list[str]:
    async with ctx.db.transaction() as session:
        return [a.action for a in (await session.execute(select(AuditEntry).order_by(AuditEntry.id))).scalars()]


async def outbox(ctx) -> list[OutboxItem]:
    async with ctx.db.transaction() as session:
        return list((await session.execute(select(OutboxItem).order_by(OutboxItem.id))).scalars())


def rows(html: str) -> list[str]:
    return re.findall(r'<tr class="row [^"]*" data-reference="(\d+)"', html)


async def claimed_by(client, csrf) -> str:
    answer = await client.post("/console/claim", data={"csrf": csrf})
    assert answer.status_code == 303
    return answer.headers["location"].split("/")[-1].split("?")[0]


async def test_the_queue_shows_my_desks_by_priority_and_age_with_language_and_sla(ctx, client, team):
    fuel = await new_request(ctx)
    shelter = await new_request(ctx, programme="emergency_shelter", district="Buca")
    arabic = await new_request(ctx, programme="refugee_desk_question", language="ar")
    await new_request(ctx, programme="stationery_set")
    csrf = await sign_in(client, "selin")
    assert csrf
    page = (await client.get("/console")).text
    assert rows(page) == [shelter.reference, fuel.reference, arabic.reference]
    assert '<bdi class="native" lang="ar" dir="rtl">العربية</bdi>' in page
    assert "sla-on_time" in page
    assert "Buca" in page
    only_arabic = (await client.get("/console", params={"lang": "ar"})).text
    assert rows(only_arabic) == [arabic.reference]
    refugee = (await client.get("/console", params={"desk": "refugee_desk", "lang": "*"})).text
    assert rows(refugee) == [arabic.reference]
    buca = (await client.get("/console", params={"district": "Buca", "lang": "*"})).text
    assert rows(buca) == [shelter.reference]
    fuel_only = (await client.get("/console", params={"programme": "winter_fuel", "lang": "*"})).text
    assert rows(fuel_only) == [fuel.reference]
    closed = (await client.get("/console", params={"status": "closed", "lang": "*"})).text
    assert rows(closed) == []
    other_desk = (await client.get("/console", params={"desk": "education", "lang": "*"})).text
    assert len(rows(other_desk)) == 3  # a desk that is not mine is ignored, never shown

    fragment = await client.get("/console/queue/rows", params={"lang": "ar"}, headers={"X-Hemsehri-Passive": "1"})
    assert rows(fragment.text) == [arabic.reference] and "data-version=" in fragment.text
    assert "<html" not in fragment.text


async def test_breached_and_due_soon_requests_stand_out(ctx, client, team):
    late = await new_request(ctx, programme="emergency_shelter")  # 4 hours
    async with ctx.db.transaction() as session:
        row = await session.get(Request, late.id)
        row.created_at = row.created_at.replace(year=row.created_at.year - 1)
        row.sla_due_at = row.sla_due_at.replace(year=row.sla_due_at.year - 1)
    await sign_in(client, "ayse")
    page = (await client.get("/console")).text
    assert f'<tr class="row sla-breached unread" data-reference="{late.reference}">' in page  # never opened: unread


async def test_claim_next_opens_the_request_and_is_audited(ctx, client, team):
    request = await new_request(ctx)
    csrf = await sign_in(client, "ayse")
    assert await claimed_by(client, csrf) == request.reference
    view = await client.get(f"/console/requests/{request.reference}?notice=claimed")
    assert view.status_code == 200 and 'role="status"' in view.text
    assert 'id="reply-form"' in view.text
    empty = await client.post("/console/claim", data={"csrf": csrf})
    assert empty.headers["location"] == "/console?notice=queue-empty"
    assert await audit_actions(ctx) == ["sign_in", "claim"]


async def test_the_request_view_shows_the_thread_escaped_with_language_and_direction(ctx, client, team):
    async with ctx.db.transaction() as session:
        person = await factories.contact(session, language="ar")
        person.display_name = "\u202eأحمد"  # a right-to-left override must not reach the page
        first = await factories.request(
            session,
            ctx.catalogue,
            ctx.vault,
            programme="refugee_desk_question",
            language="ar",
            owner=person,
            description="مرحبا، أحتاج إلى مساعدة",
        )
        await factories.request(session, ctx.catalogue, ctx.vault, programme="winter_fuel", language="ar", owner=person)
        await requests.add_citizen_message(
            session=session,
            request=first,
            text=XSS,
            language="ar",
            attachments=[{"kind": "photo", "file_id": "AgACAgIAAxkBAAIB", "file_name": "kimlik.jpg"}],
        )
    await sign_in(client, "selin")
    page = (await client.get(f"/console/requests/{first.reference}")).text
    assert '<p class="text" lang="ar" dir="auto">مرحبا، أحتاج إلى مساعدة</p>' in page
    assert "&lt;img src=x onerror=" in page and "&lt;script&gt;" in page
    assert "<img" not in page and "<script>document" not in page
    assert "\u202e" not in page and "<bdi>أحمد</bdi>" in page
    assert "10*******46" not in page  # a question carries no identity number
    attachment = re.search(r'href="(/console/requests/\d+/attachments/\d+/0)"', page).group(1)
    later = await client.get(attachment)
    assert later.status_code == 200 and "kimlik.jpg" in later.text
    assert (await client.get(attachment[:-1] + "7")).status_code == 404
    assert page.count('href="/console/requests/') >= 1  # the other request (social aid) is linked


async def test_another_desk_s_request_is_not_found(ctx, client, team):
    arabic = await new_request(ctx, programme="refugee_desk_question", language="ar")
    await sign_in(client, "ayse")
    assert (await client.get(f"/console/requests/{arabic.reference}")).status_code == 404
    assert (await client.get("/console/requests/not-a-number")).status_code == 404
    csrf = csrf_of((await client.get("/console")).text)
    refused = await client.post(f"/console/requests/{arabic.reference}/note", data={"csrf": csrf, "text": "x"})
    assert refused.status_code == 404


async def test_reply_status_note_release_from_the_request_view(ctx, client, team):
    request = await new_request(ctx)
    csrf = await sign_in(client, "ayse")
    reference = await claimed_by(client, csrf)
    base = f"/console/requests/{reference}"

    sent = await client.post(f"{base}/reply", data={"csrf": csrf, "text": "Başvurunuz inceleniyor."})
    assert sent.headers["location"] == f"{base}?notice=reply-queued"
    empty = await client.post(f"{base}/reply", data={"csrf": csrf, "text": "  "}, follow_redirects=True)
    assert empty.status_code == 200 and 'id="page-error"' in empty.text

    page = (await client.get(base)).text
    options = re.findall(r'<option value="([a-z_]+)">', page.split('id="status-select"')[1].split("</select>")[0])
    assert options == ["needs_info", "approved", "rejected", "closed"]

    wrong = await client.post(f"{base}/status", data={"csrf": csrf, "status": "delivered"}, follow_redirects=True)
    assert wrong.status_code == 200 and 'id="page-error"' in wrong.text
    assert "error-transition" not in wrong.text  # a sentence, not a key
    nonsense = await client.post(f"{base}/status", data={"csrf": csrf, "status": "pizza"}, follow_redirects=True)
    assert nonsense.status_code == 200 and 'id="page-error"' in nonsense.text

    moved = await client.post(
        f"{base}/status",
        data={
            "csrf": csrf,
            "status": "needs_info",
            "public_note": "Kira sözleşmenizi gönderin.",
            "internal_note": "Komşusu aradı.",
        },
    )
    assert moved.headers["location"] == f"{base}?notice=status-changed"
    noted = await client.post(f"{base}/note", data={"csrf": csrf, "text": "Belgeler eksik"})
    assert noted.status_code == 303
    page = (await client.get(base)).text
    assert 'class="msg msg-internal"' in page and "Komşusu aradı." in page

    items = await outbox(ctx)
    assert [i.kind for i in items] == ["status_changed", "staff_reply", "status_changed"]  # claim, reply, status
    assert "Komşusu" not in str([i.payload for i in items]) and "Belgeler eksik" not in str([i.payload for i in items])

    released = await client.post(f"{base}/release", data={"csrf": csrf})
    assert released.headers["location"] == "/console?notice=released"
    async with ctx.db.transaction() as session:
        assert (await session.get(Request, request.id)).assignee_id is None
    assert await audit_actions(ctx) == ["sign_in", "claim", "reply", "status_change", "release"]


async def test_agents_cannot_answer_what_someone_else_holds(ctx, app, team):
    request = await new_request(ctx)
    transport = httpx.ASGITransport(app=app)
    async with (
        httpx.AsyncClient(transport=transport, base_url="http://t") as ayse,
        httpx.AsyncClient(transport=transport, base_url="http://t") as mehmet,
    ):
        await claimed_by(ayse, await sign_in(ayse, "ayse"))
        csrf = await sign_in(mehmet, "mehmet")
        page = (await mehmet.get(f"/console/requests/{request.reference}")).text
        assert 'id="reply-form"' not in page and 'id="not-yours"' in page
        refused = await mehmet.post(
            f"/console/requests/{request.reference}/reply", data={"csrf": csrf, "text": "x"}, follow_redirects=True
        )
        assert 'id="page-error"' in refused.text
        release = await mehmet.post(
            f"/console/requests/{request.reference}/release", data={"csrf": csrf}, follow_redirects=True
        )
        assert 'id="page-error"' in release.text
        reassign = await mehmet.post(
            f"/console/requests/{request.reference}/reassign",
            data={"csrf": csrf, "staff_id": str(team.other_agent.user.id)},
        )
        assert reassign.status_code == 403
    assert len(await outbox(ctx)) == 1  # only the claim's status notification


async def test_a_supervisor_reassigns(ctx, client, team):
    request = await new_request(ctx)
    async with ctx.db.transaction() as session:
        await ctx.claims.claim_next(
            session=session,
            staff=await session.get(StaffUser, team.agent.user.id),
            interpreter_after=ctx.settings.interpreter_after,
            via=Via.CONSOLE,
        )
    csrf = await sign_in(client, "selin")
    page = (await client.get(f"/console/requests/{request.reference}")).text
    assert 'id="reassign-form"' in page
    moved = await client.post(
        f"/console/requests/{request.reference}/reassign",
        data={"csrf": csrf, "staff_id": str(team.other_agent.user.id)},
    )
    assert moved.status_code == 303
    to_refugee_desk = await client.post(
        f"/console/requests/{request.reference}/reassign",
        data={"csrf": csrf, "staff_id": str(team.refugee_agent.user.id)},
        follow_redirects=True,
    )
    assert 'id="page-error"' in to_refugee_desk.text
    async with ctx.db.transaction() as session:
        assert (await session.get(Request, request.id)).assignee_id == team.other_agent.user.id


async def test_reveal_decrypts_once_and_writes_the_audit_log(ctx, client, team):
    request = await new_request(ctx)
    csrf = await sign_in(client, "ayse")
    await client.post("/console/claim", data={"csrf": csrf})  # full numbers only for a request one holds
    page = (await client.get(f"/console/requests/{request.reference}")).text
    assert "10*******46" in page and VALID_TC not in page and "+90********67" in page
    shown = await client.post(
        f"/console/requests/{request.reference}/reveal", data={"csrf": csrf, "field": "national_id"}
    )
    assert shown.status_code == 200 and f'id="revealed-identity">{VALID_TC}<' in shown.text
    assert shown.headers["cache-control"] == "no-store"
    phone = await client.post(f"/console/requests/{request.reference}/reveal", data={"csrf": csrf, "field": "phone"})
    assert "+905321234567" in phone.text
    assert VALID_TC not in (await client.get(f"/console/requests/{request.reference}")).text
    async with ctx.db.transaction() as session:
        reveals = [
            (a.target, a.details)
            for a in (
                await session.execute(select(AuditEntry).where(AuditEntry.action == "reveal").order_by(AuditEntry.id))
            ).scalars()
        ]
    assert reveals == [(request.reference, {"field": "national_id"}), (request.reference, {"field": "phone"})]


async def test_canned_replies_go_out_in_the_citizen_s_language_or_in_turkish(ctx, client, team):
    csrf = await sign_in(client, "selin")
    created = await client.post(
        "/console/canned",
        data={
            "csrf": csrf,
            "desk": "refugee_desk",
            "title": "Belgeler",
            "text_tr": "Lütfen belgelerinizi getirin.",
            "text_ar": "يرجى إحضار مستنداتك.",
            "text_fa": "لطفا مدارک را بیاورید.",
        },
    )
    assert created.headers["location"] == "/console/canned?notice=canned-saved"
    async with ctx.db.transaction() as session:
        canned = (await session.execute(select(CannedReply))).scalar_one()
        assert canned.texts == {
            "tr": "Lütfen belgelerinizi getirin.",
            "ar": "يرجى إحضار مستنداتك.",
            "fa": "لطفا مدارک را بیاورید.",
        }
    sent = {}
    for language in ("ar", "fa-AF", "uk"):
        request = await new_request(ctx, programme="refugee_desk_question", language=language)
        async with ctx.db.transaction() as session:
            row = await session.get(Request, request.id)
            row.assignee_id = team.supervisor.user.id
        page = (await client.get(f"/console/requests/{request.reference}")).text
        assert "Lütfen belgelerinizi getirin." in page  # the agent always sees the Turkish
        answer = await client.post(
            f"/console/requests/{request.reference}/canned", data={"csrf": csrf, "canned_id": str(canned.id)}
        )
        assert answer.headers["location"].endswith("notice=canned-sent")
        async with ctx.db.transaction() as session:
            message = (
                await session.execute(
                    select(Message).where(Message.request_id == request.id, Message.direction == "out")
                )
            ).scalar_one()
            sent[language] = message.text
    assert sent == {
        "ar": "يرجى إحضار مستنداتك.",
        "fa-AF": "لطفا مدارک را بیاورید.",
        "uk": "Lütfen belgelerinizi getirin.",
    }

    no_turkish = await client.post(
        "/console/canned",
        data={"csrf": csrf, "desk": "refugee_desk", "title": "x", "text_ar": "نص"},
        follow_redirects=True,
    )
    assert 'id="page-error"' in no_turkish.text
    other_desk = await client.post(
        "/console/canned", data={"csrf": csrf, "desk": "education", "title": "x", "text_tr": "metin"}
    )
    assert other_desk.status_code == 303 and "error=" in other_desk.headers["location"]
    edited = await client.post(
        f"/console/canned/{canned.id}", data={"csrf": csrf, "title": "Belgeler (eski)", "text_tr": "Eski metin"}
    )
    assert edited.status_code == 303
    async with ctx.db.transaction() as session:
        stored = await session.get(CannedReply, canned.id)
        assert stored.active is False and stored.texts == {"tr": "Eski metin"}


@pytest.mark.parametrize(
    "path", ["/console/team", "/console/staff", "/console/canned", "/console/audit", "/console/team/export.csv"]
)
async def test_supervisor_pages_are_closed_to_agents(client, team, path):
    await sign_in(client, "ayse")
    assert (await client.get(path)).status_code == 403


async def test_the_team_view_shows_waiting_holders_and_breaches(ctx, client, team):
    await new_request(ctx)
    await new_request(ctx, programme="refugee_desk_question", language="ar")
    late = await new_request(ctx, programme="emergency_shelter")
    async with ctx.db.transaction() as session:
        row = await session.get(Request, late.id)
        row.sla_due_at = row.created_at.replace(year=row.created_at.year - 1)
        row.assignee_id = team.agent.user.id
    await sign_in(client, "selin")
    page = (await client.get("/console/team")).text
    assert page.count('<td class="num">') >= 6
    assert "Arap" in page  # Arabic named in Turkish
    assert f'data-reference="{late.reference}"' in page
    assert page.count('class="sla sla-breached"') >= 2  # in the summary and in the breach list

    export = await client.get("/console/team/export.csv")
    assert export.status_code == 200 and export.headers["content-type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(export.text)))
    assert table[0][0] == "reference" and len(table) == 4
    assert VALID_TC not in export.text and "5321234567" not in export.text and "Bostanlı" not in export.text
    assert (await audit_actions(ctx))[-1] == "export"


async def test_staff_accounts_are_managed_within_one_s_own_powers(ctx, client, team):
    csrf = await sign_in(client, "selin")
    made = await client.post(
        "/console/staff",
        data={
            "csrf": csrf,
            "username": "Nadia",
            "display": "Nadia Rahimi",
            "password": "a long enough password",
            "role": "agent",
            "desks": ["refugee_desk"],
            "languages": ["fa", "ps"],
        },
    )
    assert made.headers["location"] == "/console/staff?notice=staff-created"
    async with ctx.db.transaction() as session:
        nadia = await staff.get_by_username(session=session, username="nadia")
        assert (nadia.role, nadia.desks, nadia.languages) == ("agent", ["refugee_desk"], ["fa", "ps"])
    for refused in ({"role": "admin"}, {"desks": ["education"]}, {"password": "short"}, {"username": "a b"}):
        answer = await client.post(
            "/console/staff",
            data={
                "csrf": csrf,
                "username": "x" + str(len(refused)),
                "password": "a long enough password",
                "role": "agent",
                "desks": ["social_aid"],
                **refused,
            },
            follow_redirects=True,
        )
        assert 'id="page-error"' in answer.text, refused
    updated = await client.post(
        f"/console/staff/{nadia.id}",
        data={
            "csrf": csrf,
            "display": "Nadia R.",
            "role": "supervisor",
            "desks": ["refugee_desk"],
            "languages": ["fa", "ps", "ar"],
            "console_locale": "en",
        },
    )
    assert updated.status_code == 303
    async with ctx.db.transaction() as session:
        nadia = await staff.get_by_username(session=session, username="nadia")
        assert (nadia.role, nadia.languages, nadia.console_locale) == ("supervisor", ["fa", "ps", "ar"], "en")
    admin_page = await client.get(f"/console/staff/{team.admin.user.id}")
    assert admin_page.status_code == 404  # supervisors do not manage administrators
    listing = (await client.get("/console/staff")).text
    assert "root" not in listing and "nadia" in listing
    self_disable = await client.post(
        f"/console/staff/{team.supervisor.user.id}/active", data={"csrf": csrf, "active": "0"}, follow_redirects=True
    )
    assert 'id="page-error"' in self_disable.text


async def test_the_audit_log_is_read_only(ctx, client, team):
    csrf = await sign_in(client, "selin")
    page = await client.get("/console/audit")
    assert page.status_code == 200 and 'data-action="sign_in"' in page.text
    assert (await client.post("/console/audit", data={"csrf": csrf})).status_code == 405
    filtered = await client.get("/console/audit", params={"action": "claim"})
    assert 'data-action="sign_in"' not in filtered.text


async def test_the_console_speaks_english_on_request(ctx, client, team):
    csrf = await sign_in(client, "ayse")
    turkish = (await client.get("/console")).text
    assert '<html lang="tr"' in turkish and "Sıradakini al" in turkish
    switched = await client.post("/console/locale", data={"csrf": csrf, "locale": "en", "next": "/console"})
    assert switched.headers["location"] == "/console"
    english = (await client.get("/console")).text
    assert '<html lang="en"' in english and "Claim next" in english
    ignored = await client.post("/console/locale", data={"csrf": csrf, "locale": "xx", "next": "https://evil.example"})
    assert ignored.headers["location"] == "/console"


async def test_the_console_reads_right_to_left_in_arabic(ctx, client, team):
    """Many of the Refugee Desk's staff and interpreters read Arabic first: the whole console, mirrored."""
    csrf = await sign_in(client, "ayse")
    await client.post("/console/locale", data={"csrf": csrf, "locale": "ar", "next": "/console"})
    arabic = (await client.get("/console")).text
    assert '<html lang="ar" dir="rtl">' in arabic and "استلام الطلب التالي" in arabic and "قائمة الانتظار" in arabic
    assert 'lang="tr"' in arabic and "Türkçe" in arabic  # the way back, each language named in itself
    await client.post("/console/locale", data={"csrf": csrf, "locale": "tr", "next": "/console"})
    assert '<html lang="tr" dir="ltr">' in (await client.get("/console")).text


def test_labels_never_break_a_page_when_a_key_is_missing():
    labels = Labels(Translator(["tr", "en"], "tr"), "en")
    assert labels.programme("brand_new_programme") == "Brand new programme"
    assert labels.desk("night_desk") == "Night desk"
    assert labels("console-no-such-key") == "console-no-such-key"
    assert labels.language("kmr") and labels.language("zz-unknown") == "zz-unknown"
    assert labels.direction("ckb") == "rtl" and labels.direction("zz") == "ltr"
    assert labels.named("console-channel-carrier-pigeon", "carrier_pigeon") == "Carrier pigeon"


async def test_live_events_announce_changes_over_a_real_socket(ctx, app, team):
    async with serving(app) as base, httpx.AsyncClient(base_url=base, timeout=30) as http:
        await sign_in(http, "ayse")
        version = re.search(r'data-version="([0-9a-f]+)"', (await http.get("/console")).text).group(1)
        async with http.stream("GET", "/console/events", params={"since": version}) as stream:
            assert stream.headers["content-type"].startswith("text/event-stream")
            lines = stream.aiter_lines()
            assert await anext(lines) == "retry: 3000"
            created = await new_request(ctx)

            async def next_event() -> tuple[str, str]:
                event = ""
                async for line in lines:
                    if line.startswith("event: "):
                        event = line.removeprefix("event: ")
                    elif line.startswith("data: ") and event:
                        return event, line.removeprefix("data: ")
                raise AssertionError("the stream ended")

            async with asyncio.timeout(30):
                event, data = await next_event()
            assert event == "queue" and data != version
            rows_now = await http.get("/console/queue/rows", headers={"X-Hemsehri-Passive": "1"})
            assert created.reference in rows_now.text

            async with ctx.db.transaction() as session:
                user = await session.get(StaffUser, team.agent.user.id)
                await staff.set_active(session=session, user=user, active=False)
            async with asyncio.timeout(30):
                assert (await next_event())[0] == "signed-out"


async def test_undelivered_messages_are_listed_with_their_reason_and_can_be_retried(ctx, client, team):
    request = await new_request(ctx)
    async with ctx.db.transaction() as session:
        staff = await session.get(StaffUser, team.agent.user.id)
        await requests.reply(session=session, request=request, staff_id=staff.id, text="Yarın gelin.")
    async with ctx.db.transaction() as session:
        [claimed] = await outbox_service.claim_due(session=session, worker="w", limit=10)
        item = await session.get(OutboxItem, claimed.id)
        await outbox_service.mark_failed(session=session, item=item, error="unreachable: <b>blocked</b>", retry_in=None)
    assert (await client.get("/console/deliveries")).status_code in (303, 401)  # signed out
    await sign_in(client, "ayse")
    assert (await client.get("/console/deliveries")).status_code == 403  # agents do not manage deliveries

    supervisor = httpx.AsyncClient(transport=client._transport, base_url="http://testserver")
    csrf = await sign_in(supervisor, "selin")
    page = (await supervisor.get("/console/deliveries")).text
    assert f'data-outbox="{item.id}"' in page and "unreachable: &lt;b&gt;blocked&lt;/b&gt;" in page
    assert f'href="/console/requests/{request.reference}"' in page
    forged = await supervisor.post(f"/console/deliveries/{item.id}/retry", data={"csrf": "wrong"})
    assert forged.status_code in (400, 403)
    retried = await supervisor.post(f"/console/deliveries/{item.id}/retry", data={"csrf": csrf})
    assert retried.headers["location"] == "/console/deliveries?notice=delivery-retried"
    async with ctx.db.transaction() as session:
        again = await session.get(OutboxItem, item.id)
        assert again.state == "pending" and again.attempts == 0 and again.last_error is None
    assert "retry_delivery" in await audit_actions(ctx)
    assert f'data-outbox="{item.id}"' not in (await supervisor.get("/console/deliveries")).text
    await supervisor.aclose()


async def test_a_supervisor_erases_a_person_who_asked_at_the_desk(ctx, client, team):
    request = await new_request(ctx)
    csrf = await sign_in(client, "ayse")
    assert "erase-form" not in (await client.get(f"/console/requests/{request.reference}")).text
    refused = await client.post(
        f"/console/requests/{request.reference}/erase", data={"csrf": csrf, "reason": "x", "confirm": "yes"}
    )
    assert refused.status_code == 403

    supervisor = httpx.AsyncClient(transport=client._transport, base_url="http://testserver")
    csrf = await sign_in(supervisor, "selin")
    base = f"/console/requests/{request.reference}"
    assert 'id="erase-form"' in (await supervisor.get(base)).text
    unconfirmed = await supervisor.post(
        f"{base}/erase", data={"csrf": csrf, "reason": "Konak masasında istedi"}, follow_redirects=True
    )
    assert 'id="page-error"' in unconfirmed.text
    erased = await supervisor.post(
        f"{base}/erase", data={"csrf": csrf, "reason": "Konak masasında istedi", "confirm": "yes"}
    )
    assert erased.headers["location"] == "/console?notice=person-erased"
    async with ctx.db.transaction() as session:
        row = await session.get(Request, request.id)
        assert row.phone is None and row.national_id_encrypted is None and row.status == "cancelled"
    assert "erase_contact" in await audit_actions(ctx)
    page = (await supervisor.get(base)).text
    assert "+905321234567" not in page and "10*******46" not in page
    await supervisor.aclose()


def test_every_console_language_has_the_same_placeables_and_plural_forms_that_render():
    translator = Translator(list(CONSOLE_LOCALES), "tr")
    shapes = {}
    for locale in CONSOLE_LOCALES:
        resource = parse((LOCALES_DIR / locale / "console.ftl").read_text(encoding="utf-8"))
        assert not [e for e in resource.body if isinstance(e, ast.Junk)], locale
        shapes[locale] = {
            m.id.name: sorted(set(re.findall(r"\$([a-z_]+)", FluentSerializer().serialize_entry(m))))
            for m in resource.body
            if isinstance(m, ast.Message)
        }
        for key, names in shapes[locale].items():
            for count in (0, 1, 2, 3, 11, 100):
                assert translator.text(locale, key, **{n: count if n == "count" else "x" for n in names})
    assert shapes["ar"] == shapes["tr"] == shapes["en"]


async def test_staff_read_every_answer_with_its_label_in_the_consoles_language(ctx, client, team):
    today = date.today()
    older, younger = date(today.year - 7, 5, 1), date(today.year - 2, 1, 15)
    milk = await new_request(
        ctx,
        programme="milk_for_children",
        answers={"child_birth_dates": [older.isoformat(), younger.isoformat()]},
    )
    rent = await new_request(ctx, programme="rent_support")
    await sign_in(client, "ayse")
    page = (await client.get(f"/console/requests/{milk.reference}")).text
    assert "<dt>Çocukların doğum tarihleri</dt>" in page
    assert f"{older:%d.%m.%Y} (5 yaşını doldurmuş), {younger:%d.%m.%Y} (5 yaşından küçük)" in page
    page = (await client.get(f"/console/requests/{rent.reference}")).text
    for label, value in (("Aylık kira (TL)", "7500"), ("Ev sahibi", "Mehmet Demir")):
        assert f'<dt>{label}</dt><dd class="answer"><bdi>{value}</bdi>' in page
    assert '<dt>Ev sahibinin telefonu biliniyor mu</dt><dd class="answer"><bdi>❌ Hayır</bdi>' in page
    assert "<dt>Belge listesi</dt>" in page and "❌ Kimlik kartı" in page and "❌ Kira sözleşmesi" in page

    async with ctx.db.transaction() as session:
        (await session.get(StaffUser, team.agent.user.id)).console_locale = "en"
    page = (await client.get(f"/console/requests/{milk.reference}")).text
    assert "<dt>Children&#39;s birth dates</dt>" in page and f"{younger:%d.%m.%Y} (under 5)" in page


async def test_staff_see_whose_number_it_is_or_that_there_is_none(ctx, client, team):
    neighbours = await new_request(ctx, phone_owner="neighbour")
    nobodys = await new_request(ctx, phone_owner="none", phone=None)
    await sign_in(client, "ayse")
    page = (await client.get(f"/console/requests/{neighbours.reference}")).text
    assert "+90********67" in page and "Bu numara bir komşusuna ait; mesajları ona iletiyor." in page
    page = (await client.get(f"/console/requests/{nobodys.reference}")).text
    assert "Telefonu yok: yalnızca başvurduğu sohbetten ulaşılabilir." in page and "+90" not in page


async def test_a_reader_of_another_language_is_flagged_and_offered_canned_replies_first(ctx, client, team):
    csrf = await sign_in(client, "selin")
    await client.post(
        "/console/canned",
        data={"csrf": csrf, "desk": "social_aid", "title": "Belgeler", "text_tr": "Belgeleri getirin.", "text_ps": "x"},
    )
    arabic = await new_request(ctx, programme="cash_aid", language="ar")
    turkish = await new_request(ctx, programme="cash_aid")
    async with ctx.db.transaction() as session:
        for row in (await session.get(Request, arabic.id), await session.get(Request, turkish.id)):
            row.assignee_id = team.agent.user.id
    await client.post("/console/logout", data={"csrf": csrf})
    await sign_in(client, "ayse")  # reads Turkish only
    queue_page = (await client.get("/console")).text
    assert queue_page.count("tercüman gerekli") == 1  # the Arabic row, not the Turkish one
    page = (await client.get(f"/console/requests/{arabic.reference}")).text
    assert 'id="foreign-reader"' in page and "Arapça okuyan birine yazıyorsunuz" in page
    assert page.index('id="canned-form"') < page.index('id="reply-form"')  # canned replies offered first
    page = (await client.get(f"/console/requests/{turkish.reference}")).text
    assert 'id="foreign-reader"' not in page and page.index('id="reply-form"') < page.index('id="canned-form"')


async def test_supervisors_see_what_waits_in_a_language_nobody_on_shift_reads(ctx, client, team):
    await new_request(ctx, programme="cash_aid", language="ps")
    await new_request(ctx, programme="cash_aid", language="ps")
    await new_request(ctx, programme="cash_aid")
    async with ctx.db.transaction() as session:  # on shift: Ayşe reads Turkish at social aid
        await staff.start_session(session=session, user=await session.get(StaffUser, team.agent.user.id))
    await sign_in(client, "selin")  # on shift: reads Turkish and Arabic
    page = (await client.get("/console/team")).text
    assert 'id="unread-languages"' in page and "bekleyen talep: 2" in page
    assert page.count("vardiyada okuyan yok") == 1  # the Pashto row only


async def test_a_case_moves_to_another_programme_and_desk_audited_and_the_citizen_is_told(ctx, client, team):
    from core.contacts.models import Contact
    from core.delivery.render import render

    arabic = await new_request(ctx, programme="cash_aid", language="ar")
    async with ctx.db.transaction() as session:
        row = await session.get(Request, arabic.id)
        row.assignee_id = team.agent.user.id
    csrf = await sign_in(client, "ayse")  # holds it
    page = (await client.get(f"/console/requests/{arabic.reference}")).text
    assert 'id="move-form"' in page and 'value="medical_supplies"' in page
    assert 'value="general_question"' not in page  # an application moves only to another application programme
    moved = await client.post(
        f"/console/requests/{arabic.reference}/move", data={"csrf": csrf, "programme": "medical_supplies"}
    )
    assert moved.headers["location"].endswith("notice=moved")
    async with ctx.db.transaction() as session:
        row = await session.get(Request, arabic.id)
        assert (row.programme, row.desk, row.assignee_id) == ("medical_supplies", "disability_services", None)
        assert row.sla_due_at == row.created_at + ctx.catalogue.programme("medical_supplies").sla
        [entry] = (await session.execute(select(AuditEntry).where(AuditEntry.action == "move"))).scalars()
        assert entry.staff_id == team.agent.user.id and entry.target == arabic.reference
        assert (entry.details["from"], entry.details["to"]) == ("cash_aid", "medical_supplies")
        contact = await session.get(Contact, row.contact_id)
    [notice] = [o for o in await outbox(ctx) if o.kind == "moved"]
    told = render(notice, contact, Translator(ctx.catalogue.city.locales, "tr"))
    assert told.locale == "ar" and "قسم خدمات ذوي الإعاقة" in told.text
    assert format_reference(arabic.reference) in told.text.replace("\u2068", "").replace("\u2069", "")
    # It left her desks: she can no longer open it, and moving it again is refused like any unknown request.
    assert (await client.get(f"/console/requests/{arabic.reference}")).status_code == 404


async def test_a_question_becomes_an_application_by_inviting_its_author(ctx, client, team):
    question = await new_request(ctx, programme="refugee_desk_question", language="ar")
    csrf = await sign_in(client, "selin")
    page = (await client.get(f"/console/requests/{question.reference}")).text
    assert "başvuru olarak: Nakdi yardım" in page  # a question may also become an application
    invited = await client.post(
        f"/console/requests/{question.reference}/move", data={"csrf": csrf, "programme": "cash_aid"}
    )
    assert invited.headers["location"].endswith("notice=moved")
    page = (await client.get(f"/console/requests/{question.reference}")).text
    assert 'id="invited"' in page and "Nakdi yardım" in page
    assert [o.kind for o in await outbox(ctx)] == ["invited"]
    async with ctx.db.transaction() as session:
        [entry] = (await session.execute(select(AuditEntry).where(AuditEntry.action == "move"))).scalars()
        assert entry.details["invited"] is True and entry.details["to"] == "cash_aid"


async def test_a_move_that_makes_no_sense_is_refused_with_a_reason(ctx, client, team):
    question = await new_request(ctx, programme="refugee_desk_question", language="ar")
    csrf = await sign_in(client, "selin")  # a supervisor of the Refugee Desk
    same = await client.post(
        f"/console/requests/{question.reference}/move", data={"csrf": csrf, "programme": "refugee_desk_question"}
    )
    assert "error=" in same.headers["location"]
    async with ctx.db.transaction() as session:
        assert (await session.get(Request, question.id)).programme == "refugee_desk_question"
    moved = await client.post(
        f"/console/requests/{question.reference}/move", data={"csrf": csrf, "programme": "general_question"}
    )
    assert moved.headers["location"].endswith("notice=moved")
    async with ctx.db.transaction() as session:
        assert (await session.get(Request, question.id)).desk == "contact_centre"
    application = await new_request(ctx, programme="cash_aid")
    to_question = await client.post(
        f"/console/requests/{application.reference}/move", data={"csrf": csrf, "programme": "general_question"}
    )
    assert "error=" in to_question.headers["location"]  # an application never becomes a question
    other = await new_request(ctx, programme="cash_aid")
    await client.post("/console/logout", data={"csrf": csrf})
    csrf = await sign_in(client, "mehmet")  # an agent who does not hold it
    refused = await client.post(
        f"/console/requests/{other.reference}/move", data={"csrf": csrf, "programme": "hot_meals"}
    )
    assert refused.status_code in (303, 403)
    async with ctx.db.transaction() as session:
        assert (await session.get(Request, other.id)).programme == "cash_aid"


async def test_an_agent_s_queue_lists_what_she_may_take_marked_when_it_needs_an_interpreter(ctx, client, team):
    turkish = await new_request(ctx, programme="cash_aid")
    pashto = await new_request(ctx, programme="cash_aid", language="ps")  # nobody on the desk reads Pashto
    arabic = await new_request(ctx, programme="cash_aid", language="ar")  # Selin, on the desk, reads Arabic
    await sign_in(client, "ayse")
    page = (await client.get("/console")).text
    assert rows(page) == [turkish.reference, pashto.reference]  # what claim-next could give her, nothing else
    assert page.count("tercüman gerekli") == 1
    everything = (await client.get("/console?lang=*")).text
    assert arabic.reference in rows(everything)


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82"
)


async def test_a_web_chat_photo_and_voice_note_open_in_the_console_and_nothing_else_renders(ctx, client, team):
    photo = ctx.files.save(PNG, suffix=".png")
    voice = ctx.files.save(b"OggS\x00\x02" + bytes(58), suffix=".ogg")
    disguised = ctx.files.save(b"<html><script>alert(1)</script></html>", suffix=".png")
    request = await new_request(ctx, programme="cash_aid")
    async with ctx.db.transaction() as session:
        row = await session.get(Request, request.id)
        message = Message(
            request_id=row.id,
            contact_id=row.contact_id,
            direction="in",
            attachments=[
                {"kind": "photo", "file_id": photo, "file_name": "kimlik.png"},
                {"kind": "voice", "file_id": voice},
                {"kind": "photo", "file_id": disguised, "file_name": "x.png"},
                {"kind": "document", "file_id": "BQACAgIAAxkBAAI"},  # a Telegram file: not kept here
            ],
            delivery_state="received",
        )
        session.add(message)
    await sign_in(client, "ayse")
    base = f"/console/requests/{request.reference}/attachments/{message.id}"
    page = (await client.get(f"/console/requests/{request.reference}")).text
    assert f'<img class="thumb" src="{base}/0/file"' in page
    shown = await client.get(f"{base}/0/file")
    assert shown.status_code == 200 and shown.content == PNG and shown.headers["content-type"] == "image/png"
    assert shown.headers["content-disposition"] == "inline" and shown.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in shown.headers["content-security-policy"]
    assert '<audio controls preload="metadata"' in (await client.get(f"{base}/1")).text
    assert (await client.get(f"{base}/1/file")).headers["content-type"] == "audio/ogg"
    html = await client.get(f"{base}/2/file")  # named .png, is HTML: never served as a page or an image
    assert html.headers["content-type"] == "application/octet-stream"
    assert html.headers["content-disposition"].startswith("attachment")
    download = await client.get(f"{base}/0/file?download=1")
    assert download.headers["content-disposition"].startswith("attachment; filename=")
    assert "mesajlaşma platformunda duruyor" in (await client.get(f"{base}/3")).text
    assert (await client.get(f"{base}/3/file")).status_code == 404
    await client.post("/console/logout", data={"csrf": csrf_of(page)})
    await sign_in(client, "leyla")  # the Refugee Desk: not her request
    assert (await client.get(f"{base}/0/file")).status_code == 404


async def test_a_language_is_named_once_when_its_own_name_is_the_same(ctx, client, team):
    request = await new_request(ctx, programme="cash_aid")
    await sign_in(client, "ayse")
    page = (await client.get(f"/console/requests/{request.reference}")).text
    assert "Türkçe Türkçe" not in page and "Türkçe" in page
    queue_page = (await client.get("/console")).text
    assert request.reference in queue_page and '<bdi class="native" lang="tr"' not in queue_page
