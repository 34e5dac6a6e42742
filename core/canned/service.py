"""A desk's canned replies: listing, adding, editing, and picking the text for a reader's language.

A canned reply may be a macro: sent, it also moves the request to a status and puts the desk's tags on it.
"""

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.canned.models import CannedReply
from core.errors import InvalidInput, NotFound
from core.i18n import parents
from core.requests.statuses import TRANSITIONS, Actor, Status
from core.tags.service import clean_name

MAX_MACRO_TAGS = 5
# The statuses a macro may set: those staff may move a request to from somewhere (checked again when it is sent).
MACRO_STATUSES = tuple(s for s in Status if any(to == s and Actor.STAFF in a for (_, to), a in TRANSITIONS.items()))


async def list_replies(
    *, session: AsyncSession, desks: Collection[str], include_inactive: bool = False
) -> list[CannedReply]:
    """The canned replies of these desks, by desk and title."""
    statement = select(CannedReply).where(CannedReply.desk.in_(list(desks)))
    if not include_inactive:
        statement = statement.where(CannedReply.active.is_(True))
    result = await session.execute(statement.order_by(CannedReply.desk, CannedReply.title, CannedReply.id))
    return list(result.scalars())


async def get(*, session: AsyncSession, canned_id: int) -> CannedReply:
    """Returns the canned reply or raises NotFound."""
    reply = await session.get(CannedReply, canned_id)
    if reply is None:
        raise NotFound("error-canned-unknown")
    return reply


def _clean_texts(texts: dict[str, str], default_locale: str) -> dict[str, str]:
    cleaned = {locale: text.strip() for locale, text in texts.items() if text and text.strip()}
    if not cleaned.get(default_locale):
        raise InvalidInput("error-canned-default-missing", locale=default_locale)
    return cleaned


def _macro(status: str | None, tags: list[str]) -> tuple[str | None, list[str]]:
    """A macro's status (one staff may set, or none) and its tags (cleaned, each once, at most MAX_MACRO_TAGS)."""
    if status and status not in MACRO_STATUSES:
        raise InvalidInput("error-invalid-input")
    names = list(dict.fromkeys(clean_name(t) for t in tags if t.strip()))
    if len(names) > MAX_MACRO_TAGS:
        raise InvalidInput("error-invalid-input")
    return status or None, names


async def create(
    *,
    session: AsyncSession,
    desk: str,
    title: str,
    texts: dict[str, str],
    default_locale: str,
    status: str | None = None,
    tags: list[str] | None = None,
) -> CannedReply:
    """Adds a canned reply; it needs a title and at least the text in the default language; a macro's status and
    tags are optional."""
    if not title.strip():
        raise InvalidInput("error-field-missing", field="title")
    status, names = _macro(status, tags or [])
    reply = CannedReply(
        desk=desk,
        title=title.strip(),
        texts=_clean_texts(texts, default_locale),
        active=True,
        status=status,
        tags=names,
    )
    session.add(reply)
    await session.flush()
    return reply


def update(
    *,
    reply: CannedReply,
    title: str,
    texts: dict[str, str],
    active: bool,
    default_locale: str,
    status: str | None = None,
    tags: list[str] | None = None,
) -> None:
    """Replaces a canned reply's title, texts, whether it is offered, and its macro's status and tags."""
    if not title.strip():
        raise InvalidInput("error-field-missing", field="title")
    reply.status, reply.tags = _macro(status, tags or [])
    reply.title = title.strip()
    reply.texts = _clean_texts(texts, default_locale)
    reply.active = active


def text_for(*, reply: CannedReply, locale: str, default_locale: str) -> tuple[str, str]:
    """The version of a canned reply to send to someone reading `locale`, and its locale.

    A missing translation falls back to the more general language (fa-AF -> fa), then to the default.
    """
    for candidate in [*parents(locale), default_locale]:
        if reply.texts.get(candidate):
            return candidate, reply.texts[candidate]
    raise InvalidInput("error-canned-default-missing", locale=default_locale)
