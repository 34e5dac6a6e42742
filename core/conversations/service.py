"""Where each person is in a conversation: read, write and forget their state in the caller's transaction."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.contacts import service as contacts
from core.contacts.models import Contact
from core.conversations.models import ConversationState
from core.db import Driver, adopt, utcnow
from core.inbox import service as inbox

# The person's row, then their stored state: by position, as core.db.Driver reads rows.
_CONTACT_COLUMNS = tuple(Contact.__table__.c)
_PERSON_LIST = ", ".join(f"person.{column.name}" for column in _CONTACT_COLUMNS)

# On PostgreSQL, one round trip for the whole event start, with the update's inbox record in front of it when the
# event has one: `fresh` is false for an update seen before. FOR NO KEY UPDATE: the person's row stays locked until
# the event's transaction ends, so two processes never handle one person's events at the same time; unlike FOR
# UPDATE it leaves the foreign-key checks of other transactions alone (a staff reply queueing a notification for
# this person does not wait for the event, and cannot deadlock with it). The person is locked in a LATERAL
# subquery so that a first contact (no row yet) still answers with one row.
_PERSON_AND_STATE = f"""
SELECT {{fresh}}, {_PERSON_LIST}, conversation_states.state
FROM (VALUES (1)) AS one (x)
LEFT JOIN LATERAL (
    SELECT * FROM contacts WHERE channel = {{channel}} AND platform_user_id = {{user}} FOR NO KEY UPDATE
) AS person ON true
LEFT JOIN conversation_states ON conversation_states.key = {{key}}
"""  # noqa: S608 (the names are the model's)
_EVENT = _PERSON_AND_STATE.format(fresh="true", channel="$1", user="$2", key="$3")
_EVENT_WITH_UPDATE = f"WITH inbox AS ({inbox.RECORD})" + _PERSON_AND_STATE.format(
    fresh="EXISTS (SELECT FROM inbox)", channel="$4", user="$5", key="$6"
)
# On SQLite (one writer: the transaction that writes first holds the database), the record on its own, then this.
_SQLITE_PERSON_AND_STATE = f"""
SELECT true, {_PERSON_LIST}, conversation_states.state
FROM contacts AS person LEFT JOIN conversation_states ON conversation_states.key = $3
WHERE person.channel = $1 AND person.platform_user_id = $2
"""  # noqa: S608 (the names are the model's)
_PUT_STATE = """
INSERT INTO conversation_states (key, state, updated_at) VALUES ($1, $2, $3)
ON CONFLICT (key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
"""
_CLEAR_STATE = "DELETE FROM conversation_states WHERE key = $1"


async def open_event(
    *,
    session: AsyncSession,
    update: tuple[str, str] | None,
    key: str,
    channel: str,
    platform_user_id: str,
    chat_id: str,
    language: str,
    language_source: str,
    display_name: str | None = None,
) -> tuple[Contact, dict[str, Any]] | None:
    """Starts one event: records its platform update (`(source, update id)`, if it has one), then returns the
    person writing (found, or created on first contact) and their stored state; None when the update was seen
    before and must be ignored.

    A known person (nearly every event) costs one statement for all of it on PostgreSQL (two on SQLite), which
    also locks the person's row until the caller's transaction ends: one event per person at a time, whichever
    process handles it. The platform's display name is kept only once the person has agreed to the privacy notice.
    """
    who = {"channel": channel, "platform_user_id": platform_user_id, "key": key}
    found = await _lock(session, who, update)
    if found is None:
        return None
    if not found:  # first contact: create the row (safe when two events race), then lock it as above
        await contacts.add_if_new(
            session=session,
            channel=channel,
            platform_user_id=platform_user_id,
            chat_id=chat_id,
            language=language,
            language_source=language_source,
        )
        found = await _lock(session, who, None)
        if not found:
            raise LookupError("a contact just added was not found")
    contact, state = found
    if contact.chat_id != chat_id:
        contact.chat_id = chat_id
    contacts.remember_name(contact=contact, display_name=display_name)
    return contact, dict(state) if isinstance(state, dict) else {}


async def _lock(
    session: AsyncSession, who: dict[str, str], update: tuple[str, str] | None
) -> tuple[Contact, Any] | tuple[()] | None:
    """The person's locked row and stored state; () when there is no such person yet, None for an update seen
    before (which is recorded otherwise)."""
    driver = await Driver.of(session)
    person = (
        who["channel"],
        driver.bind(Contact.__table__.c.platform_user_id, who["platform_user_id"]),
        driver.bind(ConversationState.__table__.c.key, who["key"]),
    )
    if not driver.sqlite:
        if update is None:
            found = await driver.fetchrow(_EVENT, *person)
        else:
            found = await driver.fetchrow(_EVENT_WITH_UPDATE, *inbox.record_values(driver, *update), *person)
        assert found is not None  # one row, whoever writes
        if not found[0]:
            return None
    else:
        if update is not None and not await inbox.record_update(session=session, source=update[0], update_id=update[1]):
            return None
        found = await driver.fetchrow(_SQLITE_PERSON_AND_STATE, *person)
    if found is None or found[1] is None:
        return ()
    contact = adopt(session, Contact, driver.read_all(_CONTACT_COLUMNS, found[1:]))  # only what changes is written
    return contact, driver.read(ConversationState.__table__.c.state, found[-1])


async def get_state(*, session: AsyncSession, key: str) -> dict[str, Any]:
    """Returns the stored state for this key (`"<channel>:<platform user id>"`), or an empty dict."""
    state = await session.scalar(select(ConversationState.state).where(ConversationState.key == key))
    return dict(state) if isinstance(state, dict) else {}


async def put_state(*, session: AsyncSession, key: str, state: dict[str, Any]) -> None:
    """Stores the state for this key, replacing what was there, in one INSERT … ON CONFLICT DO UPDATE (race-safe)."""
    driver = await Driver.of(session)
    columns = ConversationState.__table__.c
    values = (
        driver.bind(columns.key, key),
        driver.bind(columns.state, state),
        driver.bind(columns.updated_at, utcnow()),
    )
    await driver.execute(_PUT_STATE, *values)


async def clear_state(*, session: AsyncSession, key: str) -> None:
    """Forgets the state for this key (nothing happens when there is none)."""
    driver = await Driver.of(session)
    await driver.execute(_CLEAR_STATE, driver.bind(ConversationState.__table__.c.key, key))
