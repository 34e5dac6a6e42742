"""Files people sent, kept on this server sealed with the vault, and the record of whose each one is.

A web chat upload is written here before the conversation sees it; the conversation records it as the
person's (`record`), and filing it in a thread ties it to that message (`file_in`). An upload no message
took is swept after PENDING_TTL; erasure and retention remove a person's files with their data.

A file sent on Telegram or WhatsApp stays with the platform (the message holds its platform id) until staff
first open it: then it is fetched from its channel's FileSource, sealed here (`fetch`) and the message points
at the stored file from then on (`keep`), so erasure removes it like any other.
"""

import os
import re
import secrets
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.contacts.models import Contact
from core.crypto import Vault
from core.db import utcnow
from core.files.models import Upload
from core.files.sniff import sniff
from core.private_files import private_directory
from core.requests.models import Message

# How long an upload may wait in a conversation (whose state lasts a day) before it is swept.
PENDING_TTL = timedelta(days=2)
# The largest file fetched from a platform: what Telegram lets a bot download (getFile).
FETCH_LIMIT = 20 * 1024 * 1024


class FileSource(Protocol):
    """A messaging platform that keeps the files people sent there and hands a bot their bytes by platform id."""

    async def fetch(self, file_id: str, *, limit: int) -> bytes:
        """The file's bytes; raises core.files.errors.FileGone, FileTooLarge (past `limit`) or FileUnavailable."""
        ...


# The names `save` gives: 128 random bits and the file's kind. A key rotation rewrites only files so named.
_NAME = re.compile(r"[0-9a-f]{32}\.[a-z0-9]{1,5}")


def _path(directory: Path, name: str) -> Path | None:
    """The file's path, or None for a name that is not a file of this directory (a platform's file id, a path)."""
    if not name or name.startswith(".") or Path(name).name != name:
        return None
    return directory / name


def remove(directory: Path, names: Iterable[str]) -> int:
    """Deletes these stored files (names that are not ours are skipped); returns how many went."""
    removed = 0
    for name in names:
        path = _path(directory, name)
        if path is not None and path.is_file():
            path.unlink()
            removed += 1
    return removed


class FileStore:
    """One directory of sealed files under random names; nothing in it is readable without the vault."""

    def __init__(self, directory: Path, vault: Vault) -> None:
        self.directory, self.vault = directory, vault

    def holds(self, name: str) -> bool:
        path = _path(self.directory, name)
        return path is not None and path.is_file()

    def save(self, data: bytes, *, suffix: str) -> str:
        """Seals and writes a file (owner-only); returns its new random name."""
        private_directory(self.directory)
        name = f"{secrets.token_hex(16)}{suffix}"
        with open(os.open(self.directory / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out:
            out.write(self.vault.seal_file(data))
        return name

    def read(self, name: str) -> bytes:
        """A stored file's content, opened; raises FileNotFoundError for a name that is not a stored file."""
        path = _path(self.directory, name)
        if path is None:
            raise FileNotFoundError(name)
        return self.vault.open_file(path.read_bytes())

    def remove(self, names: Iterable[str]) -> int:
        return remove(self.directory, names)

    def reseal(self) -> int:
        """Seals every file under the current secret (a key rotation, or files stored before sealing)."""
        if not self.directory.is_dir():
            return 0
        changed = 0
        for path in sorted(self.directory.iterdir()):
            blob = path.read_bytes() if _NAME.fullmatch(path.name) and path.is_file() else b""
            if not blob or self.vault.is_current(blob):
                continue
            fresh = path.with_name(f".{path.name}.new")
            with open(os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as out:
                out.write(self.vault.seal_file(self.vault.open_file(blob)))
            fresh.replace(path)
            changed += 1
        return changed


async def fetch(*, source: FileSource, store: FileStore, file_id: str) -> str:
    """Fetches a file from its platform and seals it into the store; returns its stored name."""
    data = await source.fetch(file_id, limit=FETCH_LIMIT)
    found = sniff(data[:64])
    return store.save(data, suffix=found[2] if found else ".bin")


async def keep(*, session: AsyncSession, message_id: int, index: int, file_id: str, name: str) -> str | None:
    """Points a message's attachment (platform id `file_id`) at its stored copy `name`, unless another view did
    first; returns the stored name the message now holds (None: the attachment is gone, erased meanwhile)."""
    message = await session.get(Message, message_id, with_for_update=True, populate_existing=True)
    if message is None or not 0 <= index < len(message.attachments or []):
        return None
    items = list(message.attachments)
    current = str(items[index].get("file_id", ""))
    if current != file_id:
        return current or None
    items[index] = {**items[index], "file_id": name}
    message.attachments = items
    return name


async def record(*, session: AsyncSession, contact_id: int, name: str) -> None:
    """Notes that this stored file is the person's, waiting in their conversation until a message takes it."""
    session.add(Upload(contact_id=contact_id, name=name[:64], created_at=utcnow()))


async def is_theirs(*, session: AsyncSession, channel: str, platform_user_id: str, name: str) -> bool:
    """Whether this stored file is in a thread message of the person with this id on this channel (what they sent
    or a file staff sent them), and they are not erased."""
    found = (
        select(Upload.id)
        .join(Contact, Contact.id == Upload.contact_id)
        .where(
            Upload.name == name[:64],
            Upload.message_id.is_not(None),
            Contact.channel == channel,
            Contact.platform_user_id == platform_user_id,
            Contact.erased_at.is_(None),
        )
    )
    return (await session.execute(found.limit(1))).first() is not None


async def file_in(*, session: AsyncSession, contact_id: int, message_id: int, names: Iterable[str]) -> None:
    """Ties the person's waiting uploads among `names` to the thread message that now carries them."""
    wanted = [name[:64] for name in names]
    if wanted:
        await session.execute(
            update(Upload)
            .where(Upload.contact_id == contact_id, Upload.name.in_(wanted), Upload.message_id.is_(None))
            .values(message_id=message_id)
        )


async def discard(*, session: AsyncSession, contact_id: int, names: Iterable[str]) -> list[str]:
    """Forgets the person's uploads among `names` that no message took (a journey left); returns them."""
    wanted = [name[:64] for name in names]
    if not wanted:
        return []
    mine = (Upload.contact_id == contact_id) & Upload.name.in_(wanted) & Upload.message_id.is_(None)
    found = list((await session.execute(select(Upload.name).where(mine))).scalars())
    if found:
        await session.execute(delete(Upload).where(mine))
    return found


def names_in(value: Any) -> set[str]:
    """The file ids anywhere in a JSON value (a conversation state, a message's attachments)."""
    if isinstance(value, dict):
        found = {value["file_id"]} if isinstance(value.get("file_id"), str) else set()
        return found.union(*(names_in(item) for item in value.values() if isinstance(item, dict | list)))
    if isinstance(value, list):
        return set().union(*(names_in(item) for item in value))
    return set()


async def sweep(*, session: AsyncSession, now: datetime | None = None, limit: int = 500) -> list[str]:
    """Forgets uploads no message took within PENDING_TTL; returns their names for the files to go too."""
    cutoff = (now or utcnow()) - PENDING_TTL
    stale = (
        await session.execute(
            select(Upload.id, Upload.name)
            .where(Upload.message_id.is_(None), Upload.created_at < cutoff)
            .order_by(Upload.id)
            .limit(limit)
        )
    ).all()
    if stale:
        await session.execute(delete(Upload).where(Upload.id.in_([row.id for row in stale])))
    return [row.name for row in stale]
