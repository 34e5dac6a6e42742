"""The engine: one inbound event -> one transaction -> the journey that owns the person's state -> a Reply.

Every channel adapter calls `Conversations.handle(inbound)` and renders the Reply it gets back.

Per event, in ONE database transaction: the update id is recorded (a replay changes nothing and returns
`Reply(duplicate=True)`), the contact is found or created and their state loaded (one SELECT for both),
the event is routed, the state is saved, and everything commits together. Nothing inside commits.

Ordering: one person's events are handled one after another by an in-process keyed lock, in arrival order
(`locks`, keyed by `state_key`; a channel holds the same lock around handling and answering, see bot.channel).
Across processes (the scaled mode: several `hemsehri serve` on one PostgreSQL) the event's SELECT of the
person locks their contact row (FOR NO KEY UPDATE) until the transaction ends, so two processes never handle the
same person at once; the in-process lock keeps it to one waiting transaction per person and process. (That
is mutual exclusion, not FIFO across processes.) A Redis `flood=` guard shares the flood budget.

Errors: a domain error (`HemsehriError`) escaping a journey rolls everything back and answers its key; any
other exception rolls back, is logged without personal data, and answers `error-unexpected`. Only a
storage failure (`core.db.is_transient`: the database or Redis unreachable or busy) is raised to the channel,
which must answer 5xx or retry so that the platform delivers the update again.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import traceback
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from core.contacts import service as contacts
from core.context import CoreContext
from core.conversations import service as conversation_states
from core.db import is_transient, utcnow
from core.errors import HemsehriError
from core.files import service as files
from core.i18n import Translator
from core.person_guards import Flood, FloodGuard, KeyedLocks, MemoryFloodGuard
from core.safeguarding import service as safeguarding_flags
from core.text_folding import fold
from handlers import apply, ask, common, forget, free_text, safeguarding, start, status, status_check, withdraw
from handlers.turn import (
    CANCEL_DATA,
    END,
    KEEP,
    PLATFORM,
    Goto,
    Handler,
    Journey,
    Next,
    Turn,
    plain_params,
)
from handlers.types import Inbound, InboundKind, OutMessage, Reply, Say, parse_command, state_key

log = logging.getLogger("handlers.engine")

STATE_VERSION = 1

# Keyed by Flow, a str: a saved state names its journey in plain text.
JOURNEYS: dict[str, Journey] = {
    journey.name: journey for journey in (start.LANGUAGE, apply.APPLY, ask.ASK, status_check.STATUS_CHECK)
}

# Commands work from anywhere; those starting something leave the journey under way.
COMMANDS: dict[str, Handler] = {
    "start": start.on_start,
    "language": start.on_language,
    "lang": start.on_language,
    "apply": apply.begin,
    "status": status.on_status,
    "ask": ask.begin,
    "help": common.on_help,
    "cancel": common.on_cancel,
    "menu": common.on_menu,
    "forget": forget.on_forget,
}

# The persistent main menu: rows of message keys; a label's text coming back routes like the command.
MENU_ROWS: tuple[tuple[str, ...], ...] = (("menu-apply",), ("menu-status", "menu-ask"), ("menu-language", "menu-help"))
MENU_ITEMS: dict[str, Handler] = {
    "menu-apply": apply.begin,
    "menu-status": status.on_status,
    "menu-ask": ask.begin,
    "menu-language": start.on_language,
    "menu-help": common.on_help,
}
# Inline buttons that offer a menu item (`menu:<item>`), e.g. after consent is refused.
MENU_BUTTONS: dict[str, Handler] = {
    "apply": apply.begin,
    "info": apply.begin,
    "status": status.on_status,
    "ask": ask.begin,
    "language": start.on_language,
    "help": common.on_help,
    "home": common.on_menu,
}


async def _menu_button(turn: Turn) -> Next:
    handler = MENU_BUTTONS.get(turn.button.removeprefix("menu:"), common.on_stale_button)
    return await handler(turn)


# Buttons that mean the same wherever they are pressed (a prefix ending in ':' or the exact data).
GLOBAL_BUTTONS: dict[str, Handler] = {
    start.LANG_PREFIX: start.on_language_button,
    forget.PREFIX: forget.on_forget_button,
    "menu:": _menu_button,
    status.REF_PREFIX: status.on_reference_button,
    CANCEL_DATA: common.on_cancel,
    apply.OFFER_PREFIX: apply.on_offer_button,
    withdraw.PREFIX: withdraw.on_button,
}


# What arrives outside any journey, by kind.
OUTSIDE_FLOW: dict[InboundKind, Handler] = {
    InboundKind.TEXT: free_text.on_text,
    InboundKind.ATTACHMENT: ask.on_attachment,
    InboundKind.CONTACT: common.on_contact,
    InboundKind.LOCATION: common.on_location,
    InboundKind.STICKER: common.on_sticker,
    InboundKind.UNSUPPORTED: common.on_unsupported,
    InboundKind.BUTTON: common.on_stale_button,
    InboundKind.COMMAND: common.on_unknown_command,
}
# What a journey's step never takes: the step's question is asked again with a hint.
NOT_AN_ANSWER = frozenset({InboundKind.STICKER, InboundKind.LOCATION, InboundKind.UNSUPPORTED})


def build_translator(ctx: CoreContext) -> Translator:
    """The one translator for the city's languages."""
    return Translator(ctx.catalogue.city.locales, ctx.catalogue.city.default_locale)


# ----------------------------------------------------------------------------- the engine


class _Progress:
    """What is known so far about the event being handled, for its error answer and its log line."""

    def __init__(self, locale: str) -> None:
        self.locale = locale
        self.flow: str | None = None
        self.step: str | None = None
        self.discarded: list[str] = []  # stored uploads that neither a message nor the saved state keeps


class Conversations:
    """Routes each inbound event to its journey and returns what to say, for every channel."""

    def __init__(
        self,
        ctx: CoreContext,
        translator: Translator,
        *,
        flood: FloodGuard | None = None,
        state_ttl: timedelta = timedelta(hours=24),
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.ctx = ctx
        self.translator = translator
        self.flood: FloodGuard = flood or MemoryFloodGuard()
        self.locks = KeyedLocks()
        self.state_ttl = state_ttl
        self._clock = clock
        self._menu_index: dict[str, dict[str, str]] = {}

    def menu_labels(self, locale: str) -> list[list[Say]]:
        """The persistent main menu (reply keyboard) rows, as sentences to render in `locale`."""
        return [[Say(key) for key in row] for row in MENU_ROWS]

    async def handle(self, inbound: Inbound) -> Reply:
        """Handles one inbound event in one transaction and returns what to say back."""
        inbound = _storable(inbound)
        key = state_key(inbound.channel, inbound.user_id)
        async with self.locks.hold(key):
            progress = _Progress(self.translator.resolve(inbound.platform_language))
            try:
                async with self.ctx.db.transaction() as session:
                    reply = await self._handle(session, inbound, key, progress)
                self.ctx.files.remove(progress.discarded)  # committed: uploads no journey kept go
                return reply
            except HemsehriError as exc:
                log.info("%s in %s/%s (%s %s)", exc.key, progress.flow, progress.step, inbound.channel, inbound.kind)
                return Reply(progress.locale, [OutMessage(Say(exc.key, plain_params(exc.params)))])
            except Exception as exc:
                if is_transient(exc):
                    raise
                log.error(
                    "conversation step failed with %s in %s/%s (%s %s); rolled back; at %s",
                    type(exc).__name__,
                    progress.flow,
                    progress.step,
                    inbound.channel,
                    inbound.kind,
                    _where(exc),
                )
                log.debug("failure detail (may hold personal data)", exc_info=True)
                return Reply(progress.locale, [OutMessage(Say("error-unexpected"))])

    async def _handle(self, session: AsyncSession, inbound: Inbound, key: str, progress: _Progress) -> Reply:
        update = None
        if inbound.update_id is not None:
            update = ((inbound.source or inbound.channel)[:64], str(inbound.update_id)[:128])
        opened = await conversation_states.open_event(
            session=session,
            update=update,
            key=key,
            channel=inbound.channel,
            platform_user_id=inbound.user_id,
            chat_id=inbound.chat_id,
            language=self.translator.resolve(inbound.platform_language),
            language_source=PLATFORM,
            display_name=inbound.display_name[:256] if inbound.display_name else None,
        )
        if opened is None:
            return Reply(progress.locale, duplicate=True)
        contact, stored = opened
        first_contact = contact.last_inbound_at is None
        contacts.note_inbound(contact=contact)
        if inbound.attachment is not None and self.ctx.files.holds(inbound.attachment.file_id):
            await files.record(session=session, contact_id=contact.id, name=inbound.attachment.file_id)
        progress.locale = self.translator.resolve(contact.language)
        turn = Turn(
            ctx=self.ctx,
            translator=self.translator,
            session=session,
            contact=contact,
            inbound=inbound,
            first_contact=first_contact,
        )
        self._restore(turn, stored)
        progress.flow, progress.step = turn.flow, turn.step
        disclosure = safeguarding.disclosed(inbound)
        turn.discloses = disclosure is not None
        verdict = await self.flood.check(key)
        if verdict != Flood.ALLOW and (
            disclosure is not None or await safeguarding_flags.has_held_flag(session=session, contact_id=contact.id)
        ):
            verdict = Flood.ALLOW  # a person in danger is never told to slow down
        if verdict == Flood.ALLOW:
            await self._route(turn)
            if disclosure is not None:
                await safeguarding.protect(turn, disclosure)
        else:
            log.info("flood: %s event of %s not run through the journeys", inbound.kind, inbound.channel)
            await ask.keep_without_answer(turn)
            if verdict == Flood.NOTE:
                turn.say("flood-slow-down")
        await self._save(session, key, turn, stored)
        # Uploads the saved journey held and no longer does (cancelled, left, refused) go now; one sent just now
        # that nothing took waits for the sweep (core.files: PENDING_TTL).
        kept = files.names_in(turn.data) if turn.flow else set()
        dropped = [name for name in files.names_in(stored) - kept if self.ctx.files.holds(name)]
        progress.discarded = await files.discard(session=session, contact_id=contact.id, names=dropped)
        return turn.reply()

    # -- state

    def _restore(self, turn: Turn, stored: dict[str, Any]) -> None:
        """Puts the stored state on the turn; an unknown or expired journey is dropped (its data with it)."""
        memo = stored.get("memo")
        turn.memo = copy.deepcopy(memo) if isinstance(memo, dict) else {}
        flow, step, data = stored.get("flow"), stored.get("step"), stored.get("data")
        journey = JOURNEYS.get(flow) if isinstance(flow, str) else None
        if journey is None or step not in journey.states or not isinstance(data, dict):
            return
        if self._expired(stored.get("at")):
            turn.say("flow-expired")
            return
        turn.flow, turn.step, turn.data = journey.name, step, copy.deepcopy(data)

    def _expired(self, at: Any) -> bool:
        try:
            moment = datetime.fromisoformat(at)
        except (TypeError, ValueError):
            return True
        return moment.tzinfo is None or self._clock() - moment > self.state_ttl

    async def _save(self, session: AsyncSession, key: str, turn: Turn, stored: dict[str, Any]) -> None:
        """Saves the state when there is a journey or something to remember; forgets it otherwise."""
        if turn.flow is None and not turn.memo:
            if stored:
                await conversation_states.clear_state(session=session, key=key)
            return
        state = {
            "v": STATE_VERSION,
            "flow": str(turn.flow) if turn.flow else None,
            "step": str(turn.step) if turn.flow else None,
            "data": turn.data if turn.flow else {},
            "memo": turn.memo,
        }
        if turn.flow is None and {k: stored.get(k) for k in state} == state:
            return  # nothing changed and no journey to keep alive
        state["at"] = self._clock().isoformat()
        await conversation_states.put_state(session=session, key=key, state=state)

    # -- routing

    async def _route(self, turn: Turn) -> None:
        handler = self._handler_for(turn)
        await self._follow(turn, await handler(turn))

    def _handler_for(self, turn: Turn) -> Handler:
        """The routing table, in order: commands, buttons that work anywhere, menu labels, the journey, the rest."""
        kind = turn.kind
        command = turn.inbound.command if kind == InboundKind.COMMAND else None
        if kind == InboundKind.TEXT and (typed := parse_command(turn.text)):
            command = typed.name
        if command is not None:
            return COMMANDS.get(command.lower(), common.on_unknown_command)
        if kind == InboundKind.BUTTON:
            for prefix, handler in GLOBAL_BUTTONS.items():
                if turn.button == prefix or (prefix.endswith(":") and turn.button.startswith(prefix)):
                    return handler
        if kind == InboundKind.TEXT and (item := self._menu_item(turn.locale, turn.text)) is not None:
            return MENU_ITEMS[item]
        if turn.flow is not None and turn.step is not None:
            if kind in NOT_AN_ANSWER:
                return common.not_now
            state = JOURNEYS[turn.flow].states[turn.step]
            if state.buttons and (interruption := free_text.interrupting(turn)) is not None:
                return interruption  # "my applications", "cancel" … typed where buttons were expected
            return state.answer
        return OUTSIDE_FLOW[kind]

    async def _follow(self, turn: Turn, next_: Next) -> None:
        """Moves the person where the handler said, and asks that step's question."""
        if next_ is KEEP:
            return
        if next_ is END or (isinstance(next_, str) and turn.flow is None):
            turn.flow, turn.step, turn.data = None, None, {}
            return
        if isinstance(next_, Goto):
            turn.flow, turn.data, step = next_.journey, dict(next_.data or {}), next_.step
        else:
            step = next_
        assert turn.flow is not None  # a step name outside any journey ended above
        journey = JOURNEYS[turn.flow]
        if step not in journey.states:
            raise LookupError(f"journey {journey.name} has no step {step!r}")
        turn.step = str(step)
        await journey.states[step].ask(turn)

    def _menu_item(self, locale: str, text: str) -> str | None:
        """The menu item whose label this text is, in the person's language first, then in any."""
        folded = fold(text)
        if not folded:
            return None
        for candidate in (locale, *self.translator.locales):
            item = self._labels(candidate).get(folded)
            if item is not None:
                return item
        return None

    def _labels(self, locale: str) -> dict[str, str]:
        index = self._menu_index.get(locale)
        if index is None:
            index = {}
            for key in MENU_ITEMS:
                with contextlib.suppress(KeyError):
                    index[fold(self.translator.text(locale, key))] = key
            self._menu_index[locale] = index
        return index


def _storable(inbound: Inbound) -> Inbound:
    """The event with what no database can store taken out of its texts: NUL characters, lone surrogates."""
    changes: dict[str, Any] = _cleaned(inbound, ("text", "command", "button", "phone", "display_name"))
    attachment = inbound.attachment
    if attachment is not None and (names := _cleaned(attachment, ("file_id", "file_name", "mime_type"))):
        changes["attachment"] = replace(attachment, **names)
    return replace(inbound, **changes) if changes else inbound


def _cleaned(item: Any, names: tuple[str, ...]) -> dict[str, Any]:
    """The fields among `names` that need cleaning, cleaned (keyword arguments for `replace`)."""
    return {name: _clean_text(value) for name in names if (value := getattr(item, name)) and _unstorable(value)}


def _unstorable(text: str) -> bool:
    if "\x00" in text:
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _clean_text(text: str) -> str:
    return text.encode("utf-8", "replace").decode("utf-8").replace("\x00", "")


def _where(exc: BaseException) -> str:
    """Where an exception was raised, as file:line function frames only: no message, no source, no values."""
    frames = traceback.extract_tb(exc.__traceback__)
    return " > ".join(f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno} {frame.name}" for frame in frames[-6:])
