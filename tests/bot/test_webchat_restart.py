"""Issue 19 #6: a restart of `hemsehri demo` (the embedded mode: no Redis) keeps every web chat's transcript."""

import secrets
from datetime import timedelta

from bot.webchat.mailbox import DatabaseMailbox
from core.context import CoreContext
from core.crypto import Vault
from core.db import Database, utcnow
from core.delivery.schemas import Rendered
from hemsehri.service import build_service
from tests.bot.test_webchat import of, peer, serving
from tests.bot.test_webchat_erasure import webchat
from tests.conftest import TEST_SECRET

SAID = "Çatımız akıyor, ne zaman gelebilirsiniz?"
STAFF_REPLY = "Merhaba, ekibimiz yarın sabah Bostanlı'da olacak."


async def test_a_chat_code_replays_its_transcript_and_the_staff_reply_after_a_restart(settings, db, catalogue):
    chat = secrets.token_hex(16)
    first = build_service(
        CoreContext(settings=settings, db=db, catalogue=catalogue, vault=Vault(TEST_SECRET)), serves=True
    )
    async with serving(first.app()) as address:
        async with peer(address, chat=chat) as (client, _):
            await client.acked(await client.say("command", command="start"))
            said = await client.acked(await client.say("text", text=SAID))
    before = of(said, "msg")[-1]
    await webchat(first).sender.send(chat_id=chat, message=Rendered(STAFF_REPLY, "tr", "staff_reply", {}, None))
    for channel in first.channels:
        await channel.close()
    await first.close()

    # Another process over the same database, as the demo started again.
    again = Database(settings.database_url, vault=Vault(TEST_SECRET))
    second = build_service(
        CoreContext(settings=settings, db=again, catalogue=catalogue, vault=Vault(TEST_SECRET)), serves=True
    )
    try:
        async with serving(second.app()) as address:
            async with peer(address, chat=chat) as (_, replay):
                texts = [m["text"] for m in of(replay, "msg")]
            # A page that was open goes on where it was: only what came after, in the same epoch.
            async with peer(address, chat=chat, since=before["seq"], epoch=before["epoch"]) as (_, resumed):
                pass
    finally:
        for channel in second.channels:
            await channel.close()
        await second.close()
        await again.dispose()
    assert SAID in texts and texts[-1] == STAFF_REPLY and len(texts) > 2  # the greeting, the answer, the reply
    assert [(m["text"], m["epoch"]) for m in of(resumed, "msg")] == [(STAFF_REPLY, before["epoch"])]


async def test_the_retention_job_deletes_transcript_entries_older_than_the_period(ctx):
    mailbox, chat, retention = DatabaseMailbox(ctx.db, "webchat"), secrets.token_hex(16), timedelta(days=730)
    await mailbox.append(chat, [{"from": "me", "text": SAID}])
    await ctx.privacy.destroy_expired(db=ctx.db, catalogue=ctx.catalogue, retention=retention, now=utcnow())
    assert len((await mailbox.read(chat, after=0)).entries) == 1
    later = utcnow() + retention + timedelta(days=1)
    await ctx.privacy.destroy_expired(db=ctx.db, catalogue=ctx.catalogue, retention=retention, now=later)
    assert (await mailbox.read(chat, after=0)).entries == []
