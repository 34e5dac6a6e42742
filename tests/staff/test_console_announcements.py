"""Announcements in the console over HTTP: preview then send, progress, cancel, who may, CSRF, escaping, labels."""

import re
from pathlib import Path

from sqlalchemy import select

from core.announcements import service as announcements
from core.announcements.models import Announcement
from core.audit.models import AuditEntry
from core.contacts.models import Contact
from core.i18n import LOCALES_DIR
from core.outbox import service as outbox
from core.outbox.models import OutboxItem
from staff.common import CONSOLE_LOCALES
from tests import factories
from tests.staff.conftest import sign_in

XSS = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>'
CONSOLE = Path(__file__).resolve().parents[2] / "staff" / "console"


async def applicants(ctx, *languages: str, programme="milk_for_children", district="Karşıyaka") -> list[Contact]:
    """One contact per language, each with a request of `programme` in `district`."""
    people = []
    async with ctx.db.transaction() as session:
        for language in languages:
            owner = await factories.contact(session, language=language)
            await factories.request(
                session,
                ctx.catalogue,
                ctx.vault,
                programme=programme,
                language=language,
                owner=owner,
                district=district,
            )
            people.append(owner)
    return people


async def stored(ctx) -> tuple[list[Announcement], list[OutboxItem]]:
    async with ctx.db.transaction() as session:
        made = list((await session.execute(select(Announcement).order_by(Announcement.id))).scalars())
        rows = list(
            (
                await session.execute(
                    select(OutboxItem).where(OutboxItem.announcement_id.is_not(None)).order_by(OutboxItem.id)
                )
            ).scalars()
        )
        return made, rows


def form(csrf: str, **fields) -> dict[str, str]:
    return {
        "csrf": csrf,
        "programme": "milk_for_children",
        "district": "Karşıyaka",
        "text_tr": "Süt dağıtımı cumartesi Karşıyaka'da.",
        "text_ar": "توزيع الحليب يوم السبت.",
        **fields,
    }


def sending_to(html: str) -> int:
    return int(re.search(r'data-sent="(\d+)"', html).group(1))


async def test_a_supervisor_previews_then_sends_and_follows_the_progress(ctx, client, team):
    turkish, arabic, _persian = await applicants(ctx, "tr", "ar", "fa")
    await applicants(ctx, "tr", district="Buca")
    csrf = await sign_in(client, "selin")
    page = await client.get("/console/announcements")
    assert page.status_code == 200 and 'href="/console/announcements" aria-current="page"' in page.text
    assert '<textarea id="announce-ar" name="text_ar" rows="3" maxlength="4000" lang="ar" dir="rtl">' in page.text
    assert 'lang="ckb" dir="rtl"' in page.text and '<bdi lang="ar" dir="rtl">العربية</bdi>' in page.text
    assert 'name="allow_fallback"' in page.text and 'value="send"' not in page.text

    preview = await client.post("/console/announcements", data=form(csrf, action="preview"))
    assert preview.status_code == 200 and 'id="announcement-preview"' in preview.text
    assert "3 kişi uyuyor" in preview.text and "bu duyuruyu almayacak" in preview.text  # the Persian reader
    assert sending_to(preview.text) == 2 and 'value="send"' in preview.text
    assert "توزيع الحليب يوم السبت.</textarea>" in preview.text  # what was written comes back to send
    assert await stored(ctx) == ([], [])

    with_fallback = await client.post("/console/announcements", data=form(csrf, action="preview", allow_fallback="1"))
    assert sending_to(with_fallback.text) == 3 and "Türkçe metni alacak" in with_fallback.text

    sent = await client.post("/console/announcements", data=form(csrf, action="send", expected="2"))
    assert sent.status_code == 303 and sent.headers["location"] == "/console/announcements?notice=announcement-sent"
    [made], rows = await stored(ctx)
    assert made.created_by == team.supervisor.user.id and made.segment == {
        "programme": "milk_for_children",
        "district": "Karşıyaka",
    }
    assert sorted(r.contact_id for r in rows) == sorted([turkish.id, arabic.id])
    assert (made.recipients, made.skipped, made.state) == (2, 1, "sending")

    listed = (await client.get("/console/announcements?notice=announcement-sent")).text
    assert f'data-announcement="{made.id}" data-state="sending"' in listed and "data-live" in listed
    assert "2 bekliyor" in listed and "1 kişinin dilinde metin yok" in listed
    assert f'action="/console/announcements/{made.id}/cancel"' in listed

    async with ctx.db.transaction() as session:
        claimed = await outbox.claim_due(session=session, worker="w", limit=10)
        await outbox.mark_sent(session=session, sent=[(item, "1") for item in claimed])
    fragment = await client.get("/console/announcements/rows", headers={"X-Hemsehri-Passive": "1"})
    assert fragment.status_code == 200 and "<html" not in fragment.text
    assert "2 gönderildi" in fragment.text and 'data-state="done"' in fragment.text and "data-live" not in fragment.text
    async with ctx.db.transaction() as session:
        actions = [a.action for a in (await session.execute(select(AuditEntry))).scalars()]
    assert actions.count("announcement_create") == 1


async def test_numbers_that_changed_since_the_preview_are_shown_again_before_sending(ctx, client, team):
    await applicants(ctx, "tr", "tr")
    csrf = await sign_in(client, "selin")
    changed = await client.post("/console/announcements", data=form(csrf, action="send", expected="1"))
    assert changed.status_code == 409 and "sayılar değişti" in changed.text and sending_to(changed.text) == 2
    unpreviewed = await client.post("/console/announcements", data=form(csrf, action="send"))
    assert unpreviewed.status_code == 200 and 'id="announcement-preview"' in unpreviewed.text
    assert (await stored(ctx))[0] == []


async def test_a_refused_announcement_keeps_what_was_written(ctx, client, team):
    await applicants(ctx, "ar")
    csrf = await sign_in(client, "selin")
    no_turkish = await client.post(
        "/console/announcements", data=form(csrf, action="send", expected="1", text_tr="", allow_fallback="1")
    )
    assert no_turkish.status_code == 422 and 'id="page-error"' in no_turkish.text
    assert "توزيع الحليب يوم السبت.</textarea>" in no_turkish.text
    empty = await client.post("/console/announcements", data=form(csrf, action="preview", text_tr=" ", text_ar=""))
    assert empty.status_code == 200  # a preview needs no text yet
    refused = await client.post(
        "/console/announcements", data=form(csrf, action="send", expected="0", text_tr="", text_ar="")
    )
    assert refused.status_code in (409, 422)
    for wrong in (
        {"district": "Atlantis"},
        {"programme": "stationery_set"},
        {"channel": "open311"},
        {"status": "pizza"},
    ):
        answer = await client.post(
            "/console/announcements", data=form(csrf, action="preview", **wrong), follow_redirects=True
        )
        assert 'id="page-error"' in answer.text, wrong  # stationery is the education desk's, not selin's
    assert (await stored(ctx))[0] == []


async def test_a_sending_announcement_can_be_cancelled_midway(ctx, client, team):
    await applicants(ctx, "tr", "tr", "tr", "tr")
    csrf = await sign_in(client, "selin")
    sent = await client.post("/console/announcements", data=form(csrf, action="send", expected="4"))
    assert sent.status_code == 303
    [made], _ = await stored(ctx)
    async with ctx.db.transaction() as session:
        first = (await outbox.claim_due(session=session, worker="w", limit=1))[0]
        await outbox.mark_sent(session=session, sent=[(first, "1")])

    without_csrf = await client.post(f"/console/announcements/{made.id}/cancel")
    assert without_csrf.status_code == 403
    cancelled = await client.post(f"/console/announcements/{made.id}/cancel", data={"csrf": csrf})
    assert cancelled.headers["location"] == "/console/announcements?notice=announcement-cancelled"
    [made], rows = await stored(ctx)
    assert made.state == "cancelled" and sorted(r.state for r in rows) == ["cancelled"] * 3 + ["sent"]
    page = (await client.get("/console/announcements")).text
    assert "1 gönderildi" in page and "3 durduruldu" in page and "İptal edildi" in page
    assert f"/console/announcements/{made.id}/cancel" not in page and "data-live" not in page
    again = await client.post(f"/console/announcements/{made.id}/cancel", data={"csrf": csrf}, follow_redirects=True)
    assert again.status_code == 200 and "3 durduruldu" in again.text  # a second click changes nothing
    async with ctx.db.transaction() as session:
        actions = [a.action for a in (await session.execute(select(AuditEntry))).scalars()]
    assert actions.count("announcement_cancel") == 1
    unknown = await client.post(f"/console/announcements/{made.id + 99}/cancel", data={"csrf": csrf})
    assert unknown.status_code == 404


async def test_agents_cannot_see_send_or_cancel_announcements(ctx, client, team):
    await applicants(ctx, "tr")
    async with ctx.db.transaction() as session:
        made = await announcements.create(
            session=session,
            staff_id=team.supervisor.user.id,
            segment=announcements.Segment(),
            texts={"tr": "x"},
            allow_fallback=False,
        )
    csrf = await sign_in(client, "ayse")
    assert "/console/announcements" not in (await client.get("/console")).text
    assert (await client.get("/console/announcements")).status_code == 403
    assert (await client.get("/console/announcements/rows")).status_code == 403
    sent = await client.post("/console/announcements", data=form(csrf, action="send", expected="1"))
    assert sent.status_code == 403
    assert (await client.post(f"/console/announcements/{made.id}/cancel", data={"csrf": csrf})).status_code == 403
    assert [a.state for a in (await stored(ctx))[0]] == ["sending"]


async def test_sending_needs_the_session_s_csrf_token(ctx, client, team):
    await applicants(ctx, "tr")
    await sign_in(client, "selin")
    data = form("", action="send", expected="1")
    del data["csrf"]
    assert (await client.post("/console/announcements", data=data)).status_code == 403
    assert (await client.post("/console/announcements", data={**data, "csrf": "forged"})).status_code == 403
    assert (await stored(ctx))[0] == []


async def test_markup_in_an_announcement_is_shown_as_text(ctx, client, team):
    await applicants(ctx, "tr", "ar")
    csrf = await sign_in(client, "root")  # an administrator may address every programme
    preview = await client.post("/console/announcements", data=form(csrf, action="preview", text_tr=XSS))
    assert "&lt;script&gt;" in preview.text and "<script>document" not in preview.text
    assert (
        await client.post("/console/announcements", data=form(csrf, action="send", expected="2", text_tr=XSS))
    ).status_code == 303
    page = (await client.get("/console/announcements")).text
    assert "&lt;img src=x onerror=" in page and "&lt;script&gt;" in page
    assert "<img" not in page and "<script>document" not in page
    assert '<p class="text" lang="ar" dir="rtl">توزيع الحليب يوم السبت.</p>' in page
    [_, rows] = await stored(ctx)
    assert {r.payload["texts"].get("tr") for r in rows} >= {XSS}  # sent as written: escaping is each channel's job


def test_the_console_catalogues_have_the_same_keys_and_every_key_the_console_uses():
    keys = {
        locale: set(re.findall(r"^([a-z][a-z0-9_-]*) =", (LOCALES_DIR / locale / "console.ftl").read_text(), re.M))
        for locale in CONSOLE_LOCALES
    }
    assert keys["tr"] == keys["en"], keys["tr"] ^ keys["en"]
    assert keys["tr"] == keys["ar"], keys["tr"] ^ keys["ar"]
    used: set[str] = set()
    for path in [*CONSOLE.glob("templates/*.html"), CONSOLE / "router.py", CONSOLE / "views.py"]:
        used |= set(re.findall(r"""(?:\bt|labels)\(\s*["'](console-[a-z0-9_-]*[a-z0-9_])["']""", path.read_text()))
    assert used and not used - keys["tr"], used - keys["tr"]
    built = [f"console-audit-action-{action}" for action in ("announcement_create", "announcement_cancel")]
    built += [f"console-announcement-state-{state}" for state in ("sending", "cancelled", "done")]
    built += [f"console-announcement-text-{coverage}" for coverage in ("own", "parent", "fallback", "none")]
    built += [f"console-notice-{notice}" for notice in ("announcement-sent", "announcement-cancelled")]
    assert not set(built) - keys["tr"], set(built) - keys["tr"]
