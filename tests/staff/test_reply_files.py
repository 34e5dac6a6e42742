"""A file attached to a staff reply: only a photo or a PDF, told by its own bytes, at most 10 MB; sealed here,
shown in the thread like the citizen's files, and queued with the reply for the citizen's channel."""

from sqlalchemy import select

from core.files.models import Upload
from core.files.uploads import MAX_UPLOAD_BYTES
from core.outbox.models import OutboxItem
from core.requests.models import Message
from tests.media import HTML, PNG, SVG, pdf
from tests.staff.conftest import sign_in
from tests.staff.test_console import claimed_by, new_request

EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(64)


async def replies(ctx) -> list[OutboxItem]:
    async with ctx.db.transaction() as session:
        found = select(OutboxItem).where(OutboxItem.kind == "staff_reply").order_by(OutboxItem.id)
        return list((await session.execute(found)).scalars())


def stored(ctx) -> set[str]:
    directory = ctx.files.directory
    return {path.name for path in directory.iterdir()} if directory.is_dir() else set()


async def test_a_reply_refuses_any_file_but_a_photo_or_pdf_and_anything_over_10_mb(ctx, client, team):
    await new_request(ctx)
    csrf = await sign_in(client, "ayse")
    base = f"/console/requests/{await claimed_by(client, csrf)}"
    before = stored(ctx)
    for name, content, said in [
        ("rapor.pdf", HTML, "yalnızca bir fotoğraf"),  # the name says PDF; the bytes say HTML
        ("logo.png", SVG, "yalnızca bir fotoğraf"),
        ("form.pdf", EXE, "yalnızca bir fotoğraf"),
        ("big.png", PNG + bytes(MAX_UPLOAD_BYTES), "10 MB"),
    ]:
        answer = await client.post(
            f"{base}/reply",
            data={"csrf": csrf, "text": "Ekte."},
            files={"file": (name, content, "application/pdf")},
            follow_redirects=True,
        )
        assert answer.status_code == 200 and 'id="page-error"' in answer.text and said in answer.text
        assert "hiçbir şey gönderilmedi" in answer.text
    assert await replies(ctx) == [] and stored(ctx) == before


async def test_a_photo_or_pdf_goes_with_the_reply_and_shows_in_the_thread(ctx, client, team):
    request = await new_request(ctx)
    csrf = await sign_in(client, "ayse")
    base = f"/console/requests/{await claimed_by(client, csrf)}"
    page = (await client.get(base)).text
    assert 'enctype="multipart/form-data"' in page and 'name="file"' in page
    for name, content, kind, mime in [
        ("kimlik.png", PNG, "photo", "image/png"),
        ("C:\\belgeler\\karar\u202e.pdf", pdf("Karar"), "document", "application/pdf"),
    ]:
        sent = await client.post(
            f"{base}/reply", data={"csrf": csrf, "text": "Ekte."}, files={"file": (name, content, "text/html")}
        )
        assert sent.headers["location"] == f"{base}?notice=reply-queued"
    no_file = await client.post(f"{base}/reply", data={"csrf": csrf, "text": "Yalnız yazı."}, files={"file": ("", b"")})
    assert no_file.headers["location"] == f"{base}?notice=reply-queued"

    queued = await replies(ctx)
    assert [item.payload.get("file", {}).get("kind") for item in queued] == ["photo", "document", None]
    photo, document = queued[0].payload["file"], queued[1].payload["file"]
    assert photo["mime_type"] == "image/png" and photo["file_name"] == "kimlik.png"
    assert document["file_name"] == "karar.pdf"  # no path, no bidi override
    assert ctx.files.read(photo["file_id"]) == PNG and ctx.files.read(document["file_id"]) == pdf("Karar")
    async with ctx.db.transaction() as session:
        message = await session.get(Message, queued[0].message_id)
        assert message.attachments == [
            {
                "kind": "photo",
                "file_id": photo["file_id"],
                "file_name": "kimlik.png",
                "mime_type": "image/png",
                "size": len(PNG),
            }
        ]
        owners = (await session.execute(select(Upload.contact_id, Upload.message_id))).all()
        assert set(owners) == {(request.contact_id, queued[0].message_id), (request.contact_id, queued[1].message_id)}
    thread = (await client.get(base)).text
    href = f"{base}/attachments/{message.id}/0"
    assert f'<img class="thumb" src="{href}/file"' in thread
    served = await client.get(f"{href}/file")
    assert served.content == PNG and served.headers["content-type"] == "image/png"


async def test_an_upload_is_never_spooled_to_disk_unsealed(ctx, client, team, monkeypatch):
    """Starlette writes a form part past its spool size to a temporary file: the app keeps every allowed upload in
    memory until it is sealed, so nothing a person sent lies on disk in the clear, even for a moment."""
    import tempfile

    rolled: list[int] = []
    rollover = tempfile.SpooledTemporaryFile.rollover
    monkeypatch.setattr(tempfile.SpooledTemporaryFile, "rollover", lambda self: rolled.append(1) or rollover(self))
    await new_request(ctx)
    csrf = await sign_in(client, "ayse")
    base = f"/console/requests/{await claimed_by(client, csrf)}"
    sent = await client.post(
        f"{base}/reply", data={"csrf": csrf, "text": "Ekte."}, files={"file": ("a.png", PNG + bytes(3 * 1024 * 1024))}
    )
    assert sent.status_code == 303 and len(await replies(ctx)) == 1
    assert rolled == [], "the upload went to a temporary file on disk"
