"""Key rotation (`hemsehri keys rotate`): everything sealed under the old secret is sealed under the new one."""

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import select, text

from core import keys
from core.contacts import service as contacts
from core.context import build_core
from core.conversations import service as states
from core.crypto import InvalidToken, Vault
from core.db import Keyed
from core.files.service import FileStore
from core.inbox import service as inbox
from core.requests import service as requests
from core.requests.models import Message
from core.schema import metadata
from core.settings import Settings
from core.transcripts.models import TranscriptEntry
from tests import factories
from tests.conftest import TEST_SECRET
from tests.test_cli import run_cli

OLD, NEW = "old-secret-" + "o" * 40, "new-secret-" + "n" * 40
STORY = "Kiramı ödeyemiyorum, üç çocuğum var"


def test_every_blind_index_says_where_its_value_comes_from():
    keyed = {c for table in metadata.sorted_tables for c in table.columns if isinstance(c.type, Keyed)}
    assert keyed == set(keys.INDEX_SOURCES)


async def test_rotation_seals_every_row_and_file_under_the_new_secret(db, catalogue, tmp_path: Path):
    db.vault = Vault(OLD)
    old_files = FileStore(tmp_path / "files", Vault(OLD))
    name = old_files.save(b"%PDF-1.4 kira sozlesmesi", suffix=".pdf")
    async with db.transaction() as session:
        person = await factories.contact(session, channel="whatsapp")
        request = await factories.request(session, catalogue, Vault(OLD), owner=person, description=STORY)
        await requests.add_citizen_message(
            session=session,
            request=request,
            text="Ek",
            language="tr",
            attachments=[{"kind": "document", "file_id": name}],
        )
        await states.put_state(session=session, key=f"whatsapp:{person.platform_user_id}", state={"memo": {"a": 1}})
        await inbox.record_update(session=session, source="whatsapp:1", update_id="wamid.ABC")
        session.add_all(
            TranscriptEntry(channel="webchat", chat="chat-code-7", seq=seq, epoch="e1", entry={"text": said})
            for seq, said in [(1, STORY), (2, "Ek")]
        )
    async with db.engine.connect() as connection:
        before = (await connection.execute(text("SELECT phone, phone_index FROM requests"))).one()

    db.vault = Vault(NEW, previous=[OLD])  # what `keys rotate` runs with
    done = await keys.rotate(db=db, files=FileStore(tmp_path / "files", db.vault), vault=db.vault)
    assert done.files == 1 and done.rows >= 6

    db.vault = Vault(NEW)  # the old secret is gone: everything still opens
    async with db.transaction() as session:
        again = await contacts.get_or_create(
            session=session,
            channel="whatsapp",
            platform_user_id=person.platform_user_id,
            chat_id=person.platform_user_id,
            language="tr",
        )
        found, _ = await requests.search(session=session, desks=["social_aid"], phone="+905321234567")
        texts = [m.text for m in (await session.execute(select(Message).order_by(Message.id))).scalars()]
        state = await states.get_state(session=session, key=f"whatsapp:{person.platform_user_id}")
        seen = not await inbox.record_update(session=session, source="whatsapp:1", update_id="wamid.ABC")
        transcript = (
            await session.execute(
                select(TranscriptEntry.entry).where(TranscriptEntry.chat == "chat-code-7").order_by(TranscriptEntry.seq)
            )
        ).scalars()
        assert [entry["text"] for entry in transcript] == [STORY, "Ek"]
    assert again.id == person.id and [r.id for r in found] == [request.id] and texts == [STORY, "Ek"]
    assert state == {"memo": {"a": 1}} and seen
    assert Vault(NEW).decrypt(found[0].national_id_encrypted) == factories.VALID_TC
    assert FileStore(tmp_path / "files", Vault(NEW)).read(name) == b"%PDF-1.4 kira sozlesmesi"
    async with db.engine.connect() as connection:
        after = (await connection.execute(text("SELECT phone, phone_index FROM requests"))).one()
    assert after.phone_index != before.phone_index
    with pytest.raises(InvalidToken):
        Vault(OLD).unseal(after.phone)


def test_keys_rotate_replaces_the_secret_kept_in_the_data_directory(env, tmp_path: Path):
    env.pop("HEMSEHRI_SECRET_KEY")
    data = Path(env["HEMSEHRI_DATA_DIR"])
    assert run_cli("db", "upgrade", env=env).returncode == 0
    old = (data / "secret.key").read_text()
    settings = Settings(data_dir=data)

    async def seed() -> str:
        ctx = build_core(settings)
        try:
            async with ctx.db.transaction() as session:
                return (await factories.request(session, ctx.catalogue, ctx.vault, description=STORY)).reference
        finally:
            await ctx.close()

    reference = asyncio.run(seed())
    rotated = run_cli("keys", "rotate", env=env)
    assert rotated.returncode == 0, rotated.stderr
    assert "under a new secret" in rotated.stdout and (data / "secret.key").read_text() != old
    assert not (data / "secret.key.previous").exists()
    assert oct((data / "secret.key").stat().st_mode & 0o777) == "0o600"

    async def read() -> str | None:
        ctx = build_core(Settings(data_dir=data))
        try:
            async with ctx.db.transaction() as session:
                request = await requests.get_by_reference(session=session, reference=reference)
                messages, _ = await requests.thread(session=session, request_id=request.id)
                return messages[0].text
        finally:
            await ctx.close()

    assert asyncio.run(read()) == STORY


def test_keys_rotate_with_the_secret_in_the_environment_needs_the_previous_one(env):
    assert run_cli("db", "upgrade", env=env).returncode == 0
    refused = run_cli("keys", "rotate", env=env)
    assert refused.returncode == 2 and "HEMSEHRI_PREVIOUS_SECRET_KEY" in refused.stderr
    env.update(HEMSEHRI_SECRET_KEY=NEW, HEMSEHRI_PREVIOUS_SECRET_KEY=TEST_SECRET)
    rotated = run_cli("keys", "rotate", env=env)
    assert rotated.returncode == 0 and "now remove HEMSEHRI_PREVIOUS_SECRET_KEY" in rotated.stdout
