"""The queue at a glance in the console: previews, unread marks, who is viewing, tags, saved filters, macros and
status labels written for staff, through the real app."""

import csv
import io
import re

import httpx
from sqlalchemy import select

from core.audit.models import AuditEntry
from core.canned.models import CannedReply
from core.requests import service as requests
from core.requests.models import Request
from tests import factories
from tests.staff.conftest import csrf_of, sign_in

XSS = '<img src=x onerror="document.title=1">'


async def new_request(ctx, **kwargs) -> Request:
    async with ctx.db.transaction() as session:
        return await factories.request(session, ctx.catalogue, ctx.vault, **kwargs)


async def says(ctx, request: Request, text: str, language: str) -> None:
    async with ctx.db.transaction() as session:
        row = await session.get(Request, request.id)
        await requests.add_citizen_message(session=session, request=row, text=text, language=language)


def row_of(html: str, reference: str) -> str:
    found = re.search(rf'<tr class="row [^"]*" data-reference="{reference}">.*?</tr>', html, re.S)
    assert found, f"no row for {reference}"
    return found.group(0)


async def test_a_row_shows_the_citizen_s_latest_words_escaped_in_their_direction_and_unread_until_opened(
    ctx, client, team
):
    request = await new_request(ctx, programme="refugee_desk_question", language="ar")
    await says(ctx, request, "مرحبا، " + "أحتاج إلى مساعدة في دفع الإيجار هذا الشهر " * 5 + XSS, "ar")
    await sign_in(client, "leyla")
    row = row_of((await client.get("/console")).text, request.reference)
    assert 'class="row sla-on_time unread"' in row and "Yeni mesaj" in row  # bold, and said in words
    preview = re.search(r'<div class="last-words" lang="ar" dir="rtl">([^<]*)</div>', row)
    assert preview and preview.group(1).startswith("مرحبا، أحتاج") and preview.group(1).endswith("…")
    assert len(preview.group(1)) <= 121 and "<img" not in row

    await says(ctx, request, XSS, "ar")  # the latest words, whatever they are, are shown as text
    fragment = (await client.get("/console/queue/rows?lang=*")).text  # what the live refresh fetches
    assert "&lt;img src=x onerror=&#34;document.title=1&#34;&gt;" in row_of(fragment, request.reference)

    assert (await client.get(f"/console/requests/{request.reference}")).status_code == 200
    row = row_of((await client.get("/console")).text, request.reference)
    assert "unread" not in row and "Yeni mesaj" not in row
    await says(ctx, request, "وشكرا", "ar")
    assert "Yeni mesaj" in row_of((await client.get("/console/queue/rows")).text, request.reference)


async def test_a_flagged_request_shows_its_flag_in_the_queue_never_its_words(ctx, client, team):
    flagged = await new_request(ctx, description="Kocam beni her gün dövüyor, evden kaçtım")
    await sign_in(client, "ayse")
    page = (await client.get("/console")).text
    row = row_of(page, flagged.reference)
    assert "Koruma işareti" in row and "dövüyor" not in page
    async with ctx.db.transaction() as session:  # listing is not looking: no audited view
        views = await session.scalar(select(AuditEntry.id).where(AuditEntry.action == "safeguarding_view"))
    assert views is None


async def test_colleagues_see_who_has_a_request_open_on_its_row_and_on_its_page(ctx, app, client, team):
    request = await new_request(ctx)
    await sign_in(client, "ayse")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as mehmet:
        csrf = await sign_in(mehmet, "mehmet")
        assert "bakıyor" not in (await mehmet.get(f"/console/requests/{request.reference}")).text
        before = (await client.get("/console")).text
        assert (await client.get(f"/console/requests/{request.reference}")).status_code == 200
        name = team.agent.user.display_name
        assert f"{team.other_agent.user.display_name} bu talebe bakıyor" in before
        # Mehmet's open page beats, and hears that Ayşe opened it too
        beat = await mehmet.post(
            f"/console/requests/{request.reference}/here", headers={"X-CSRF-Token": csrf, "X-Hemsehri-Passive": "1"}
        )
        assert beat.status_code == 200 and f"{name} bu talebe bakıyor" in beat.text
        assert f"{name} bu talebe bakıyor" in row_of((await mehmet.get("/console")).text, request.reference)
        refused = await mehmet.post(f"/console/requests/{request.reference}/here")  # no CSRF token: no write
        assert refused.status_code == 403
        other_desk = await new_request(ctx, programme="refugee_desk_question", language="ar")
        hidden = await mehmet.post(f"/console/requests/{other_desk.reference}/here", headers={"X-CSRF-Token": csrf})
        assert hidden.status_code == 404


async def test_agents_tag_requests_filter_by_tag_and_save_their_filters(ctx, client, team):
    tagged = await new_request(ctx)
    plain = await new_request(ctx)
    csrf = await sign_in(client, "ayse")
    page = f"/console/requests/{tagged.reference}"
    answer = await client.post(f"{page}/tags", data={"csrf": csrf, "name": "evde ziyaret"})
    assert answer.headers["location"] == f"{page}?notice=tagged"
    bad = await client.post(f"{page}/tags", data={"csrf": csrf, "name": "x" * 40})
    assert "error=error-tag-invalid" in bad.headers["location"]
    assert "Bir etiket 1 ile 32 karakter" in (await client.get(bad.headers["location"])).text

    queue = (await client.get("/console")).text
    assert 'href="/console?tag=evde%20ziyaret"' in row_of(queue, tagged.reference)
    filtered = (await client.get("/console", params={"tag": "evde ziyaret", "lang": "*"})).text
    assert tagged.reference in filtered and f'data-reference="{plain.reference}"' not in filtered

    saved = await client.post(
        "/console/filters", data={"csrf": csrf, "name": "Ziyaret", "tag": "evde ziyaret", "lang": "*", "desk": "nope"}
    )
    assert saved.headers["location"] == "/console?lang=%2A&tag=evde+ziyaret&notice=filter-saved"
    queue = (await client.get("/console")).text
    assert '<a href="/console?lang=%2A&amp;tag=evde+ziyaret" dir="auto">Ziyaret</a>' in queue
    filter_id = re.search(r'action="/console/filters/(\d+)/delete"', queue).group(1)
    await client.post(f"/console/filters/{filter_id}/delete", data={"csrf": csrf})
    assert "Ziyaret</a>" not in (await client.get("/console")).text

    removed = await client.post(f"{page}/tags/remove", data={"csrf": csrf, "name": "evde ziyaret"})
    assert removed.headers["location"] == f"{page}?notice=untagged"
    async with ctx.db.transaction() as session:
        logged = (await session.execute(select(AuditEntry.action).where(AuditEntry.target == tagged.reference))).all()
    assert [a for (a,) in logged if a.startswith("tag_")] == ["tag_add", "tag_remove"]


async def test_a_macro_replies_in_the_citizen_s_language_and_sets_status_and_tags_in_one_click(ctx, client, team):
    csrf = await sign_in(client, "selin")
    made = await client.post(
        "/console/canned",
        data={
            "csrf": csrf,
            "desk": "refugee_desk",
            "title": "Belge iste",
            "text_tr": "Lütfen belgenizi gönderin.",
            "text_ar": "يرجى إرسال وثيقتك.",
            "status": "needs_info",
            "tags": "belge, kimlik",
        },
    )
    assert made.headers["location"] == "/console/canned?notice=canned-saved"
    async with ctx.db.transaction() as session:
        macro = (await session.execute(select(CannedReply))).scalar_one()
        assert (macro.status, macro.tags) == ("needs_info", ["belge", "kimlik"])
    async with ctx.db.transaction() as session:
        citizen = await factories.contact(session, language="ar")
        request = await factories.request(
            session, ctx.catalogue, ctx.vault, programme="refugee_desk_question", language="ar", owner=citizen
        )
    page = f"/console/requests/{request.reference}"
    offered = (await client.get(page)).text
    assert "Durumu değiştirir: Vatandaştan yanıt bekleniyor." in offered and "Etiket ekler: belge, kimlik." in offered

    sent = await client.post(f"{page}/canned", data={"csrf": csrf, "canned_id": str(macro.id)})
    assert sent.headers["location"] == f"{page}?notice=canned-sent"
    again = await client.post(f"{page}/canned", data={"csrf": csrf, "canned_id": str(macro.id)})
    assert "error=error-transition-forbidden" in again.headers["location"]  # already waiting: refused, not sent
    shown = (await client.get(page)).text
    assert 'id="request-status">Vatandaştan yanıt bekleniyor<' in shown and "Sizden bilgi bekleniyor" not in shown
    assert shown.count("يرجى إرسال وثيقتك.") == 2  # offered once, sent once
    assert re.search(r'<ul class="tags">.*belge.*kimlik.*</ul>', shown, re.S)


async def test_statuses_are_named_for_staff_in_the_console_and_its_export(ctx, client, team):
    request = await new_request(ctx)
    async with ctx.db.transaction() as session:
        row = await session.get(Request, request.id)
        row.status = "needs_info"
    await sign_in(client, "selin")
    queue = (await client.get("/console", params={"status": "needs_info"})).text
    assert "Vatandaştan yanıt bekleniyor" in row_of(queue, request.reference)
    assert "Sizden bilgi bekleniyor" not in queue
    export = await client.get("/console/team/export.csv")
    table = list(csv.reader(io.StringIO(export.text)))
    assert table[0][3:5] == ["status", "status_label"]
    assert ["needs_info", "Vatandaştan yanıt bekleniyor"] in [r[3:5] for r in table[1:]]
    await client.post("/console/locale", data={"csrf": csrf_of(queue), "locale": "en"})
    assert "Waiting for the citizen" in (await client.get("/console", params={"status": "needs_info"})).text
