"""One open socket: reads frames in order, handles them one at a time, pushes the chat's mailbox."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
from typing import Any

from fastapi import WebSocket, WebSocketDisconnect
from starlette.websockets import WebSocketState

from bot.webchat.chat import LANGUAGE_TAG, MAX_TEXT_CHARS, MESSAGE_ID, BadFrame, TokenBucket, WebChat, is_chat_code
from bot.webchat.mailbox import Entry
from core.redis_errors import with_redis_errors
from handlers.safeguarding import disclosed
from handlers.types import Inbound

log = logging.getLogger("bot.webchat")

MAX_FRAME_BYTES = 4 * MAX_TEXT_CHARS + 1024  # a text of the most characters fits, whatever their script
HELLO_TIMEOUT = 20.0
FOLLOW_TIMEOUT = 25.0
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class Connection:
    """One open socket: reads frames in order, handles them one at a time, pushes the chat's mailbox."""

    def __init__(self, chat: WebChat, ws: WebSocket) -> None:
        self.chat, self.ws = chat, ws
        self.chat_id = ""
        self.language: str | None = None
        self.locale = chat.translator.default
        self.epoch = ""
        self.sent = 0
        self._send_lock = asyncio.Lock()
        self._flush_lock = asyncio.Lock()
        self._messages = TokenBucket(chat.messages_burst, chat.messages_per_second)
        self._frames = TokenBucket(chat.frames_burst, chat.frames_per_second)
        self._work: asyncio.Queue[tuple[Inbound, dict[str, Any] | None]] = asyncio.Queue(chat.messages_burst)
        self._noted_flood = False
        self.address = ws.client.host if ws.client else ""
        self._admitted = False

    async def send(self, frame: dict[str, Any]) -> None:
        async with self._send_lock:
            if self.ws.application_state == WebSocketState.CONNECTED:
                await self.ws.send_text(_frame_text(frame))

    async def error(self, code: str, message_id: str | None = None) -> None:
        text = self.chat.renderer.error_text(self.locale, code)
        frame: dict[str, Any] = {"type": "error", "code": code, "text": text}
        if message_id:
            frame["id"] = message_id
        await self.send(frame)

    async def run(self) -> None:
        if not await self.greet():
            return
        tasks = [asyncio.create_task(self.follow()), asyncio.create_task(self.work())]
        try:
            await self.read()
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def greet(self) -> bool:
        """Takes the hello frame, sends the page's language and what the chat holds after `since`."""
        try:
            async with asyncio.timeout(HELLO_TIMEOUT):
                text = await self._receive_text()
        except TimeoutError:
            await self.ws.close(code=1008, reason="hello expected")
            return False
        hello = _json_object(text) if text is not None and len(text) <= MAX_FRAME_BYTES else None
        if hello is None or hello.get("type") != "hello":
            await self.error("hello_first")
            await self.ws.close(code=1008, reason="hello expected")
            return False
        if not is_chat_code(hello.get("chat")):
            await self.error("bad_chat")
            await self.ws.close(code=1008, reason="bad chat code")
            return False
        self.chat_id = hello["chat"]
        language = hello.get("language")
        self.language = language if isinstance(language, str) and LANGUAGE_TAG.fullmatch(language) else None
        hint = hello.get("locale")
        self.locale = self.chat.translator.resolve(hint if isinstance(hint, str) and len(hint) < 36 else None)
        since, epoch = hello.get("since"), hello.get("epoch")
        self.epoch = epoch if isinstance(epoch, str) and len(epoch) <= 32 else ""
        self.sent = since if isinstance(since, int) and not isinstance(since, bool) and since > 0 else 0
        await self.send(self.chat.renderer.state_frame(self.locale))
        await self.flush()
        await self.send({"type": "ready", "epoch": self.epoch, "last": self.sent})
        return True

    async def _receive_text(self) -> str | None:
        """The next text frame; None for a binary one; raises WebSocketDisconnect when the socket closes."""
        message = await self.ws.receive()
        if message["type"] == "websocket.disconnect":
            raise WebSocketDisconnect(message.get("code", 1000))
        return message.get("text")

    async def read(self) -> None:
        while True:
            text = await self._receive_text()
            if not self._frames.take():
                if not self._noted_flood:
                    self._noted_flood = True
                    await self.error("slow_down")
                continue
            if text is None:
                await self.error("bad_frame")
                continue
            if len(text) > MAX_FRAME_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_FRAME_BYTES:
                await self.error("too_long")
                continue
            frame = _json_object(text)
            if frame is None:
                await self.error("bad_frame")
                continue
            if frame.get("type") == "ping":
                await self.send({"type": "pong"})
                continue
            message_id = frame.get("id") if isinstance(frame.get("id"), str) else None
            message_id = message_id if message_id and MESSAGE_ID.fullmatch(message_id) else None
            try:
                inbound, mine = self.chat.read_frame(
                    frame, chat_id=self.chat_id, language=self.language, locale=self.locale
                )
            except BadFrame as exc:
                await self.error(exc.code, message_id)
                continue
            danger = disclosed(inbound) is not None
            if not await self._admit(danger):
                await self.error("busy", message_id)
                continue
            if danger:  # a person in danger is never dropped: the socket waits for room
                self._noted_flood = False
                await self._work.put((inbound, mine))
                continue
            if not self._messages.take() or self._work.full():
                if not self._noted_flood:
                    self._noted_flood = True
                    await self.error("slow_down", message_id)
                else:
                    await self.send({"type": "ack", "id": message_id, "status": "dropped"})
                continue
            self._noted_flood = False
            self._work.put_nowait((inbound, mine))

    async def _admit(self, danger: bool) -> bool:
        """Whether this page may talk: its chat exists, or the address may start a new one (a disclosure always may)."""
        if not self._admitted:
            self._admitted = bool(self.epoch) or danger or await self.chat.admission.new_chat(self.address)
        return self._admitted

    async def work(self) -> None:
        try:
            while True:
                inbound, mine = await self._work.get()
                try:
                    status = await self.chat.converse(inbound, mine)
                except Exception:  # the mailbox failed after the engine answered: say so, keep the socket
                    log.exception("web chat message %s: the reply could not be filed", inbound.message_id)
                    status = "failed"
                await self.flush()
                await self.send({"type": "ack", "id": inbound.message_id, "status": status})
                if status == "failed":
                    await self.error("failed", inbound.message_id)
        except Exception:  # answering failed: close, so the page reconnects and resumes from the mailbox
            log.exception("web chat connection could not answer; closing it for the page to reconnect")
            with contextlib.suppress(Exception):
                await self.ws.close(code=1011)

    async def follow(self) -> None:
        try:
            while True:
                await self.chat.mailbox.wait(self.chat_id, epoch=self.epoch, after=self.sent, block=FOLLOW_TIMEOUT)
                await self.flush()
        except with_redis_errors(OSError, TimeoutError) as exc:  # the mailbox is unreachable: the client reconnects
            log.warning("web chat mailbox unavailable: %s", type(exc).__name__)
            await self.ws.close(code=1011)

    async def flush(self) -> None:
        """Sends everything in the mailbox after the last sequence sent, in order."""
        async with self._flush_lock:
            while True:
                batch = await self.chat.mailbox.read(self.chat_id, after=self.sent)
                if batch.epoch != self.epoch:
                    self.epoch, self.sent = batch.epoch, 0
                    continue
                if not batch.entries:
                    return
                for entry in batch.entries:
                    await self._push(entry)
                    self.sent = entry.seq

    async def _push(self, entry: Entry) -> None:
        data = entry.data
        lang = data.get("lang")
        if data.get("from") == "bot" and isinstance(lang, str) and lang != self.locale:
            self.locale = self.chat.translator.resolve(lang)
            await self.send(self.chat.renderer.state_frame(self.locale))
        frame = {key: value for key, value in data.items() if key != "kind"}
        await self.send({"type": data.get("kind", "msg"), "seq": entry.seq, "epoch": self.epoch, **frame})


def _frame_text(frame: dict[str, Any]) -> str:
    """The frame as JSON text; a lone surrogate (a page may send one) escaped as JSON.stringify does, not unsendable."""
    return _LONE_SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", json.dumps(frame, ensure_ascii=False))


def _json_object(text: str) -> dict[str, Any] | None:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nested too deep to decode
        return None
    return value if isinstance(value, dict) else None
