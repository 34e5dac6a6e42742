"""The hostile-input corpus (tests/data/hostile/) through every edge of one running app, over real HTTP.

One app per module, served by uvicorn on 127.0.0.1, with the real engine, catalogues and database: the
Telegram webhook for both runtimes (aiogram at /telegram/webhook, python-telegram-bot at a second path, both
on the fake Bot API), the web chat's WebSocket, the WhatsApp webhook (on the fake Graph API) and the staff
REST API. Whatever arrives, these hold:

* no answer is a 5xx;
* what a person receives is rendered from the catalogues (never an exception's text), and a person whose
  message reached the engine gets an answer; the engine never falls back to `error-unexpected`;
* the database is whole afterwards: every update the engine took is recorded exactly once, every request
  has its status history and first message, every staff reply and staff status change its outbox row;
* a second person talking in the middle of a flood gets exactly the answers a person gets on a quiet day;
* one person flooding is told once to slow down, then answered no more, and what they sent is still kept.

Open311's form and query parameters get a third of the corpus too.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import json
import os
import re
import shutil
import tempfile
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import pytest_asyncio
from pydantic import SecretStr
from sqlalchemy import select
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from bot.telegram.channel import build_channel, build_runtime
from bot.telegram.updates import TelegramRuntime
from bot.telegram.webhook import SECRET_HEADER, WEBHOOK_PATH, build_webhook_router
from bot.webchat.admission import make_admission
from bot.webchat.channel import build_channel as build_webchat
from bot.webchat.connection import MAX_FRAME_BYTES
from bot.webchat.mailbox import MemoryMailbox
from bot.whatsapp.graph import GraphApi
from bot.whatsapp.webhook import SIGNATURE_HEADER, build_whatsapp_router
from bot.whatsapp.webhook import WEBHOOK_PATH as WHATSAPP_PATH
from core.catalogue import load_catalogue
from core.context import CoreContext
from core.crypto import Vault
from core.db import Database
from core.i18n import Translator
from core.inbox.models import ProcessedUpdate
from core.outbox.models import OutboxItem
from core.person_guards import MemoryFloodGuard
from core.ratelimit import Limits
from core.requests.models import Message, Request, StatusEvent
from core.settings import PACKAGED_CATALOGUE, Settings, WhatsAppSettings
from core.staff import service as staff
from handlers.engine import Conversations
from handlers.types import Inbound, Reply
from hemsehri.web import create_app
from tests import factories
from tests.conftest import TEST_SECRET
from tests.conftest import serving as serve_app
from tests.fakes.graph_api import FakeGraph
from tests.fakes.telegram_api import FakeTelegram, SentMessage
from tests.test_fake_telegram import PlainHttpSession

pytestmark = pytest.mark.asyncio(loop_scope="module")

CORPUS = Path(__file__).parent / "data" / "hostile"
SECRET = "hostile-corpus_webhook-secret"
PTB_PATH = "/telegram/ptb/webhook"
REFERENCE = re.compile(r"\d{3}\s\d{3}\s\d{3}")  # grouped with no-break spaces
QUEUE_PLACE = re.compile(r"\d+(?=\. sırada)")  # a busy queue moves a person's place, not their answer
# What an exception looks like when it leaks: never in anything a person reads.
LEAK = re.compile(
    r"Traceback \(most recent|File \"|\b\w+(Error|Exception)\b(:|\()|sqlalchemy|aiosqlite|pydantic|"
    r"\bNoneType\b|\bKeyError\b|site-packages|\.py\b"
)
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
CONCURRENCY = 16


def load(name: str) -> list[dict[str, Any]]:
    with (CORPUS / name).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def text_of(entry: dict[str, Any]) -> str:
    return entry["text"] * entry.get("repeat", 1)


def body_of(entry: dict[str, Any]) -> bytes:
    """The raw bytes of a body or frame entry."""
    if "json" in entry:
        return json.dumps(entry["json"]).encode()
    if "hex" in entry:
        return bytes.fromhex(entry["hex"])
    if "parts" in entry:
        return "".join(piece * count for piece, count in entry["parts"]).encode()
    return entry["text"].encode("utf-8", "surrogatepass")


def storable(text: str) -> bool:
    """Whether a platform could really deliver this text (valid Unicode: no lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


TEXTS = load("texts.jsonl")


async def test_the_corpus_is_big_and_well_formed():
    files = [
        "texts.jsonl",
        "telegram_bodies.jsonl",
        "whatsapp_bodies.jsonl",
        "webchat_frames.jsonl",
        "api_cases.jsonl",
        "forgeries.jsonl",
    ]
    entries = [entry for name in files for entry in load(name)]
    assert len(entries) >= 300
    assert len({(e.get("channel", ""), e["id"]) for e in entries}) == len(entries), "ids are unique"
    tags = Counter(tag for entry in TEXTS for tag in entry["tags"])
    for tag in ("sql", "html", "bidi", "surrogate", "control", "emoji", "combining", "long", "digits", "command"):
        assert tags[tag] >= 5, tag
    lengths = [len(text_of(e)) for e in TEXTS]
    assert max(lengths) >= 10_000 and sum(n > 4096 for n in lengths) >= 5
    assert any(not storable(text_of(e)) for e in TEXTS) and any("\x00" in text_of(e) for e in TEXTS)


# ------------------------------------------------------------------------------------------ the app


class RecordingTranslator(Translator):
    """The real catalogues; remembers every sentence it rendered, so what people received can be traced to one."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.said: set[str] = set()

    def text(self, locale: str, key: str, **params: Any) -> str:
        rendered = super().text(locale, key, **params)
        self.said.add(rendered)
        return rendered


class RecordingEngine(Conversations):
    """The real engine; remembers each event it answered and its reply."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.answered: dict[tuple[str, str], tuple[Inbound, Reply, bool]] = {}
        self._committing: set[int] = set()

    async def _handle(self, *args: Any, **kwargs: Any) -> Reply:
        reply = await super()._handle(*args, **kwargs)
        self._committing.add(id(reply))  # returned normally: its transaction commits (a domain error rolls back)
        return reply

    async def handle(self, inbound: Inbound) -> Reply:
        reply = await super().handle(inbound)
        committed = id(reply) in self._committing
        self._committing.discard(id(reply))
        key = ((inbound.source or inbound.channel)[:64], str(inbound.update_id)[:128])
        if not reply.duplicate:
            assert key not in self.answered or not self.answered[key][2], f"answered twice: {key}"
            self.answered[key] = (inbound, reply, committed)
        return reply

    def keys_said(self) -> Counter[str]:
        return Counter(m.text.key for _, reply, _ in self.answered.values() for m in reply.messages)


@dataclass
class Stack:
    base: str
    ctx: CoreContext
    translator: RecordingTranslator
    engine: RecordingEngine
    telegram: FakeTelegram
    graph: FakeGraph
    aiogram: TelegramRuntime
    ptb: TelegramRuntime
    supervisor_token: str
    references: list[str]  # requests of the supervisor's desks, for the API cases
    ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    problems: list[str] = field(default_factory=list)

    def new_id(self) -> int:
        return next(self.ids)

    def check_said(self, where: str, texts: Iterable[str | None]) -> None:
        """Every text a person received is a rendered catalogue sentence (or a piece of one), and no leak."""
        said = self.translator.said
        for text in texts:
            if not text:
                self.problems.append(f"{where}: an empty message")
                continue
            if LEAK.search(text) and not any(text in s for s in said):
                self.problems.append(f"{where}: looks like an exception: {text[:200]!r}")
            if text not in said and not any(text in s or s in text for s in said):
                self.problems.append(f"{where}: not from the catalogues: {text[:200]!r}")


serving = functools.partial(
    serve_app, lifespan="on", log_level="critical", ws_max_size=2**24, h11_max_incomplete_event_size=2**20
)


def scratch_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bool]:
    """Where the module's database lives: on a RAM disk when there is one (the corpus makes a few thousand small
    transactions, three times faster there); tells whether it is one, to be removed at the end."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        return Path(tempfile.mkdtemp(prefix="hemsehri-hostile-", dir=shm)), True
    return tmp_path_factory.mktemp("hostile"), False


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def stack(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Stack]:
    folder, on_shm = scratch_folder(tmp_path_factory)
    shutil.copy(sqlite_template, folder / "hemsehri.db")
    url = f"sqlite+aiosqlite:///{folder / 'hemsehri.db'}"
    async with FakeTelegram() as telegram, FakeGraph() as graph:
        settings = Settings(
            data_dir=folder / "data",
            database_url=url,
            secret_key=TEST_SECRET,
            telegram_token=SecretStr(telegram.token),
            telegram_api_url=telegram.base_url,
            telegram_mode="webhook",
            webhook_secret=SecretStr(SECRET),
        )
        catalogue = load_catalogue(PACKAGED_CATALOGUE)
        ctx = CoreContext(settings=settings, db=Database(url), catalogue=catalogue, vault=Vault(TEST_SECRET))
        translator = RecordingTranslator(catalogue.city.locales, catalogue.city.default_locale)
        # The flood guard's clock stands still: whoever sends more than 8 messages in this module is flooding.
        engine = RecordingEngine(ctx, translator, flood=MemoryFloodGuard(limit=8, window=5.0, clock=lambda: 0.0))
        channel = build_channel(
            settings,
            conversations=engine,
            translator=translator,
            webhook=True,
            polls=False,
            aiogram_session_class=PlainHttpSession,
        )
        # Every corpus batch is a new chat from 127.0.0.1: the budget for new chats per address is tested elsewhere.
        crowd = Limits(per_second=1e6, per_chat_per_second=1e6, per_chat_burst=10**6, burst=1e6)
        admission = make_admission(None, chats=crowd)
        webchat = build_webchat(
            ctx, conversations=engine, translator=translator, mailbox=MemoryMailbox(), admission=admission
        )
        app = create_app(ctx, translator=translator, channels=[channel, webchat])
        aiogram = channel.runtime
        ptb = build_runtime(
            settings.model_copy(update={"telegram_runtime": "ptb"}),
            conversations=engine,
            translator=translator,
            aiogram_session_class=PlainHttpSession,
        )
        app.include_router(build_webhook_router(secret=SECRET, feed=ptb.feed, path=PTB_PATH))
        whatsapp = WhatsAppSettings(
            access_token=graph.access_token,
            app_secret=graph.app_secret,
            verify_token=graph.verify_token,
            phone_number_id=graph.phone_number_id,
            api_url=graph.base_url,
        )
        graph_api = GraphApi.from_settings(whatsapp)
        app.include_router(build_whatsapp_router(engine, translator, whatsapp, api=graph_api))

        async with ctx.db.transaction() as session:
            supervisor = await factories.agent(
                session,
                username="hostile-supervisor",
                role="supervisor",
                desks=sorted(catalogue.desks),
                languages=["tr", "ar"],
            )
            token = await staff.issue_token(session=session, user=supervisor)
            requests = [await factories.request(session, catalogue, ctx.vault) for _ in range(8)]
        await ptb.start()
        try:
            async with serving(app) as base:
                yield Stack(
                    base,
                    ctx,
                    translator,
                    engine,
                    telegram,
                    graph,
                    aiogram,
                    ptb,
                    token,
                    [request.reference for request in requests],
                )
        finally:
            await ptb.close()
            await graph_api.aclose()
            await ctx.db.dispose()
            if on_shm:
                shutil.rmtree(folder, ignore_errors=True)


async def bounded(jobs: Iterable[Callable[[], Awaitable[Any]]], limit: int = CONCURRENCY) -> list[Any]:
    """Runs the jobs with at most `limit` at a time; results in order."""
    gate = asyncio.Semaphore(limit)

    async def run(job: Callable[[], Awaitable[Any]]) -> Any:
        async with gate:
            return await job()

    return await asyncio.gather(*(run(job) for job in jobs))


async def check_database(stack: Stack) -> None:
    """Nothing half-stored: updates recorded once each, requests with their history, staff acts with outbox rows."""
    async with stack.ctx.db.transaction() as session:
        rows = (await session.execute(select(ProcessedUpdate))).scalars()
        recorded = Counter((row.source, row.update_id) for row in rows)
        requests = (await session.execute(select(Request))).scalars().all()
        events: dict[int, list[StatusEvent]] = defaultdict(list)
        for event in (await session.execute(select(StatusEvent).order_by(StatusEvent.id))).scalars():
            events[event.request_id].append(event)
        messages: dict[int | None, list[Message]] = defaultdict(list)
        for message in (await session.execute(select(Message).order_by(Message.id))).scalars():
            messages[message.request_id].append(message)
        outbox = (await session.execute(select(OutboxItem))).scalars().all()
    assert all(count == 1 for count in recorded.values())
    answered = {
        key
        for key, (inbound, _, committed) in stack.engine.answered.items()
        if inbound.update_id is not None and committed
    }
    assert set(recorded) == answered, (
        f"recorded but not answered: {sorted(set(recorded) - answered)[:5]}; "
        f"answered but not recorded: {sorted(answered - set(recorded))[:5]}"
    )
    by_message = Counter(item.message_id for item in outbox if item.kind == "staff_reply")
    staff_changes = Counter(item.request_id for item in outbox if item.kind == "status_changed")
    for request in requests:
        history = events[request.id]
        assert history, f"request {request.reference} has no status event"
        assert (history[0].from_status, history[0].to_status) == (None, "received"), request.reference
        assert history[-1].to_status == request.status, request.reference
        for before, after in itertools.pairwise(history):
            assert after.from_status == before.to_status, request.reference
        thread = messages[request.id]
        if request.kind == "question":
            assert any(m.direction == "in" and (m.text or "").strip() for m in thread), request.reference
        for message in thread:
            if message.direction == "out":
                assert by_message[message.id] == 1, f"staff reply {message.id} without its outbox row"
        assert staff_changes[request.id] == sum(e.actor_kind == "staff" for e in history), request.reference
    assert None not in messages or all(m.direction == "in" for m in messages[None])


def problems_of(stack: Stack) -> list[str]:
    found, stack.problems[:] = list(stack.problems), []
    unexpected = stack.engine.keys_said()["error-unexpected"]
    if unexpected:
        found.append(f"the engine answered error-unexpected {unexpected} times")
    return found


# ------------------------------------------------------------------------------------------ Telegram


def masked(texts: Iterable[str | None]) -> list[str]:
    return [QUEUE_PLACE.sub("<place>", REFERENCE.sub("<ref>", text or "")) for text in texts]


class TelegramPerson:
    """Someone writing to the bot; their updates go to one runtime's webhook route."""

    def __init__(self, stack: Stack, http: httpx.AsyncClient, path: str, user_id: int) -> None:
        self.stack, self.http, self.url, self.user_id = stack, http, stack.base + path, user_id

    def update(self, content: dict[str, Any]) -> dict[str, Any]:
        return {"update_id": self.stack.new_id(), **content}

    async def post(
        self,
        update: dict[str, Any] | bytes,
        *,
        headers: dict[str, Any] | None = None,
        content_type: str | None = "application/json",
    ) -> httpx.Response:
        body = update if isinstance(update, bytes) else json.dumps(update).encode()
        sent = {SECRET_HEADER: SECRET} if headers is None else headers
        if content_type:
            sent = {**sent, "Content-Type": content_type}
        return await self.http.post(self.url, content=body, headers=sent)

    def received(self) -> list[str | None]:
        return [m.text for m in self.stack.telegram.sent_to(self.user_id)]

    async def says(self, content: dict[str, Any]) -> list[str | None]:
        """Posts one update and returns what came back to this chat because of it."""
        before = len(self.received())
        answer = await self.post(self.update(content))
        assert answer.status_code == 200, answer.status_code
        return self.received()[before:]

    def notice(self) -> SentMessage | None:
        """The question notice's yes-or-no message (a first question waits on it), if one came to this chat."""
        asks = [m for m in self.stack.telegram.sent_to(self.user_id) if "qnotice:yes" in callback_data(m.reply_markup)]
        return asks[-1] if asks else None

    async def accepts_notice(self) -> list[httpx.Response]:
        """Presses yes under the question notice, when one came: the question waiting on it is then filed."""
        notice = self.notice()
        if notice is None:
            return []
        press = self.stack.telegram.callback_update(self.user_id, "qnotice:yes", message_id=notice.message_id)
        return [await self.post(self.update(press))]


def callback_data(reply_markup: dict[str, Any] | None) -> list[str]:
    """The callback data of an inline keyboard's buttons, row by row."""
    rows = (reply_markup or {}).get("inline_keyboard", [])
    return [button["callback_data"] for row in rows for button in row if "callback_data" in button]


async def everyday_conversation(stack: Stack, http: httpx.AsyncClient, path: str, user_id: int) -> list[str]:
    """/start, Türkçe, /help, a question, yes to the question notice: what an ordinary person receives."""
    fake = stack.telegram
    person = TelegramPerson(stack, http, path, user_id)
    seen = await person.says(fake.message_update(user_id, "/start", first_name="Ayşe", language_code="tr"))
    seen += await person.says(fake.callback_update(user_id, "lang:tr", message_id=1, language_code="tr"))
    seen += await person.says(fake.message_update(user_id, "/help", language_code="tr"))
    seen += await person.says(
        fake.message_update(user_id, "Merhaba, kömür yardımı için ne zaman başvuru yapabilirim?", language_code="tr")
    )
    # A first question waits for the question notice; the person reads it and presses yes to have it filed.
    notice = person.notice()
    assert notice is not None and callback_data(notice.reply_markup) == ["qnotice:yes", "qnotice:no"], seen
    assert notice.text == stack.translator.text("tr", "question-notice-ask"), notice.text
    seen += await person.says(fake.callback_update(user_id, "qnotice:yes", message_id=notice.message_id))
    return masked(seen)


def placed(fake: FakeTelegram, user_id: int, placement: str, text: str) -> dict[str, Any]:
    """An update carrying the text in one field a person (or a forger) fills."""
    if placement == "text":
        return fake.message_update(user_id, text)
    if placement == "first_name":
        return fake.message_update(user_id, "/start", first_name=text)
    if placement == "last_name":
        update = fake.message_update(user_id, "/start")
        update["message"]["from"]["last_name"] = text
        return update
    if placement == "caption":
        photo = [{"file_id": f"photo-{user_id}", "file_unique_id": f"u{user_id}", "width": 90, "height": 90}]
        return fake.message_update(user_id, caption=text, photo=photo)
    if placement == "callback_data":
        return fake.callback_update(user_id, text, message_id=1)
    if placement == "contact":
        return fake.contact_update(user_id, text)
    if placement == "language_code":
        return fake.message_update(user_id, "Merhaba", language_code=text)
    if placement == "file_name":
        document = {
            "file_id": f"doc-{user_id}",
            "file_unique_id": f"d{user_id}",
            "file_name": text,
            "mime_type": "application/pdf",
            "file_size": 1000,
        }
        return fake.message_update(user_id, document=document)
    raise AssertionError(placement)


PLACEMENTS = ["first_name", "last_name", "caption", "callback_data", "contact", "language_code", "file_name"]
RUNTIME_PATHS = {"aiogram": WEBHOOK_PATH, "ptb": PTB_PATH}


@pytest.mark.parametrize("kind", ["aiogram", "ptb"])
async def test_telegram_webhook_takes_the_corpus_in_every_field(stack, kind):
    fake, path = stack.telegram, RUNTIME_PATHS[kind]
    users = itertools.count(7_200_000_000_000 if kind == "aiogram" else 7_300_000_000_000)
    cases: list[tuple[str, str, int, dict[str, Any]]] = []
    for number, entry in enumerate(TEXTS):
        text = text_of(entry)
        # Every text as a message on aiogram and in another field on python-telegram-bot; a sixth of them
        # (and every odd-code-point one) the other way round too.
        other = PLACEMENTS[number % len(PLACEMENTS)]
        both = number % 6 == 0 or not storable(text) or "control" in entry["tags"]
        placements = ["text"] if kind == "aiogram" else [other]
        if both:
            placements.append(other if kind == "aiogram" else "text")
        for placement in placements:
            user_id = next(users)
            update = {"update_id": stack.new_id(), **placed(fake, user_id, placement, text)}
            cases.append((f"{entry['id']}/{placement}", placement, user_id, update))

    async with httpx.AsyncClient(timeout=30) as http:
        baseline = await everyday_conversation(stack, http, path, next(users))
        people = {user_id: TelegramPerson(stack, http, path, user_id) for _, _, user_id, _ in cases}

        async def sends(user_id: int, update: dict[str, Any]) -> list[httpx.Response]:
            """The update, then yes to the question notice if it came: corpus words are filed as questions."""
            answer = await people[user_id].post(update)
            return [answer, *await people[user_id].accepts_notice()]

        flood = bounded([lambda c=case: sends(c[2], c[3]) for case in cases])
        flood_task = asyncio.ensure_future(flood)
        await asyncio.sleep(0.2)
        during = await everyday_conversation(stack, http, path, next(users))
        answers = await flood_task
        # Telegram delivers again whatever it thinks was not taken: the same updates, once more.
        replays = cases[::7]
        before = {user_id: len(people[user_id].received()) for _, _, user_id, _ in replays}
        replayed = await bounded([lambda c=case: people[c[2]].post(c[3]) for case in replays])
    source = stack.aiogram.pipeline.source
    taken = {
        int(update_id)
        for (where, update_id), (*_, committed) in stack.engine.answered.items()
        if where == source and committed
    }

    notice = stack.translator.text("tr", "question-notice-ask")
    assert baseline and notice in baseline and any("<ref>" in text for text in baseline), baseline
    assert baseline.index(notice) < min(n for n, text in enumerate(baseline) if "<ref>" in text), "filed after yes"
    assert during == baseline, "a person talking during the flood is answered as on a quiet day"
    statuses = Counter(answer.status_code for answer in [*itertools.chain(*answers), *replayed])
    assert set(statuses) == {200}, statuses
    again = [
        name
        for name, _, user_id, update in replays
        if update["update_id"] in taken and len(people[user_id].received()) != before[user_id]
    ]
    assert again == [], "a redelivered update that was taken is answered again"

    silent, dropped = [], []
    for name, placement, user_id, update in cases:
        received = people[user_id].received()
        stack.check_said(f"{kind} {name}", received)
        handled = (source, str(update["update_id"])) in stack.engine.answered
        if handled and not received:
            silent.append(name)
        text = text_of(next(e for e in TEXTS if e["id"] == name.split("/")[0]))
        if not handled and storable(text) and not (placement == "callback_data" and not text):
            dropped.append(name)
    assert silent == [], f"reached the engine but the person got no answer: {silent}"
    assert dropped == [], f"valid updates that never reached the engine: {dropped}"
    assert problems_of(stack) == []
    await check_database(stack)


@pytest.mark.filterwarnings("ignore:Detected unknown update type:RuntimeWarning")  # aiogram, on {"message": null}
async def test_telegram_raw_bodies_forgeries_and_replays(stack):
    bodies = load("telegram_bodies.jsonl")
    forgeries = [f for f in load("forgeries.jsonl") if f["channel"] == "telegram"]
    fake = stack.telegram
    results: dict[str, list[int]] = defaultdict(list)
    async with httpx.AsyncClient(timeout=30) as http:
        for kind, path in RUNTIME_PATHS.items():
            person = TelegramPerson(stack, http, path, 7_400_000_000_000)
            for entry in bodies:
                content_type = entry.get("content_type", "application/json")
                answer = await person.post(body_of(entry), content_type=content_type or None)
                results[f"{kind} {entry['id']}"].append(answer.status_code)
            for forgery in forgeries:
                user_id = 7_500_000_000_000 + stack.new_id()
                update = {"update_id": stack.new_id(), **fake.message_update(user_id, "sahte")}
                headers = forged_header(forgery, SECRET, SECRET_HEADER)
                answer = await person.post(update, headers=headers)
                results[f"{kind} {forgery['id']}"].append(answer.status_code)
                assert (
                    fake.sent_to(user_id) == []
                    and (stack.aiogram.pipeline.source, str(update["update_id"])) not in stack.engine.answered
                )
            wrong_method = await http.get(stack.base + path, headers={SECRET_HEADER: SECRET})
            assert wrong_method.status_code == 405

    server_errors = {name: codes for name, codes in results.items() if any(code >= 500 for code in codes)}
    assert server_errors == {}
    refused = {name: codes for name, codes in results.items() if "secret" in name or "bot-token" in name}
    assert all(code in (401, 403) for codes in refused.values() for code in codes), refused
    stack.check_said("telegram bodies", [m.text for m in fake.sent])
    assert problems_of(stack) == []
    await check_database(stack)


def forged_header(forgery: dict[str, Any], secret: str, name: str, **signatures: str) -> dict[str, Any]:
    """The headers of a forged call: none, a wrong value, or raw bytes."""
    if "hex" in forgery:
        return {name: bytes.fromhex(forgery["hex"])}
    value = forgery["header"]
    if value is None:
        return {}
    value = value.replace("{secret_cut}", secret[:-1]).replace("{secret_upper}", secret.upper())
    value = value.replace("{secret}", secret)
    for key, signature in signatures.items():
        value = value.replace("{" + key + "}", signature)
    return {name: value}


async def test_one_person_flooding_is_slowed_down_and_nobody_else_notices(stack):
    fake = stack.telegram
    flooder, other = 7_600_000_000_001, 7_600_000_000_002
    async with httpx.AsyncClient(timeout=30) as http:
        baseline = await everyday_conversation(stack, http, WEBHOOK_PATH, 7_600_000_000_003)
        person = TelegramPerson(stack, http, WEBHOOK_PATH, flooder)
        spam = [person.update(fake.message_update(flooder, f"{n} {text_of(TEXTS[n])[:200]}")) for n in range(60)]
        flood = asyncio.ensure_future(bounded([lambda u=u: person.post(u) for u in spam], limit=60))
        during = await everyday_conversation(stack, http, PTB_PATH, other)
        answers = await flood
    assert {a.status_code for a in answers} == {200}
    assert during == baseline
    received = person.received()
    slow_down = stack.translator.text("tr", "flood-slow-down")
    assert received.count(slow_down) == 1 and received[-1] == slow_down, "told once, then quiet"
    flooded = [inbound for inbound, _, _ in stack.engine.answered.values() if inbound.user_id == str(flooder)]
    assert len(flooded) == 60, "every message of the flood is still taken in and recorded"
    stack.check_said("flood", received)
    assert problems_of(stack) == []
    await check_database(stack)


# ------------------------------------------------------------------------------------------ web chat


class ChatPeer:
    """A browser page of the web chat: a WebSocket that said hello."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws, self.frames = ws, []

    async def send(self, frame: Any) -> int:
        """Sends a frame as a browser's JSON.stringify would (UTF-8, lone surrogates escaped); returns its size."""
        text = LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(frame, ensure_ascii=False))
        await self.ws.send(text)
        return len(text.encode())

    async def until(self, match: Callable[[dict[str, Any]], bool], timeout: float = 15) -> list[dict[str, Any]]:  # noqa: ASYNC109
        frames = []
        async with asyncio.timeout(timeout):
            while True:
                frame = json.loads(await self.ws.recv())
                frames.append(frame)
                self.frames.append(frame)
                if match(frame):
                    return frames


@contextlib.asynccontextmanager
async def chat_peer(stack: Stack, chat: str) -> AsyncIterator[ChatPeer]:
    async with connect(stack.base.replace("http", "ws") + "/chat/ws", max_size=2**24) as ws:
        peer = ChatPeer(ws)
        await peer.send({"type": "hello", "chat": chat, "since": 0, "epoch": "", "locale": "tr", "language": "tr"})
        await peer.until(lambda f: f["type"] == "ready")
        yield peer


def bot_texts(frames: Iterable[dict[str, Any]]) -> list[str]:
    return [f.get("text") for f in frames if f["type"] == "msg" and f.get("from") == "bot"]


async def web_conversation(stack: Stack, chat: str) -> list[str]:
    async with chat_peer(stack, chat) as peer:
        seen = []
        for number, frame in enumerate(
            [
                {"type": "command", "command": "start"},
                {"type": "button", "data": "lang:tr", "label": "Türkçe"},
                {"type": "command", "command": "help"},
                {"type": "text", "text": "Merhaba, kömür yardımı için ne zaman başvuru yapabilirim?"},
            ]
        ):
            message_id = f"everyday-{number:04d}"
            await peer.send({**frame, "id": message_id})
            seen += await peer.until(lambda f, m=message_id: f.get("id") == m and f["type"] in ("ack", "error"))
    return masked(bot_texts(seen))


async def test_web_chat_takes_the_corpus_and_stays_open(stack):
    chats = (f"{n:032x}" for n in itertools.count(0xC0FFEE_0000))
    batches = [TEXTS[i : i + 5] for i in range(0, len(TEXTS), 5)]
    outcomes: dict[str, list[dict[str, Any]]] = {}

    async def one_page(batch: list[dict[str, Any]], chat: str) -> None:
        async with chat_peer(stack, chat) as peer:
            for entry in batch:
                message_id = "hostile-" + re.sub(r"[^A-Za-z0-9_-]", "-", entry["id"])
                size = await peer.send({"type": "text", "id": message_id, "text": text_of(entry)})
                try:
                    if size > MAX_FRAME_BYTES:  # refused unread: the answer cannot name the message
                        outcomes[entry["id"]] = await peer.until(lambda f: f["type"] == "error" and "id" not in f)
                        continue
                    outcomes[entry["id"]] = await peer.until(
                        lambda f, m=message_id: f.get("id") == m and f["type"] in ("ack", "error")
                    )
                except (TimeoutError, ConnectionClosed) as exc:
                    raise AssertionError(f"{entry['id']}: no answer ({exc!r}); last: {peer.frames[-3:]}") from None
            await peer.send({"type": "ping"})
            await peer.until(lambda f: f["type"] == "pong")
            stack.check_said(
                f"web chat {chat}",
                [f.get("text") for f in peer.frames if f["type"] == "error" or f.get("from") == "bot"],
            )

    baseline = await web_conversation(stack, next(chats))
    flood = asyncio.ensure_future(bounded([lambda b=b, c=next(chats): one_page(b, c) for b in batches]))
    await asyncio.sleep(0.2)
    during = await web_conversation(stack, next(chats))
    await flood
    assert baseline and during == baseline

    silent = []
    for entry in TEXTS:
        frames = outcomes[entry["id"]]
        last = frames[-1]
        if last["type"] == "ack" and last["status"] == "ok" and not bot_texts(frames):
            silent.append(entry["id"])
        if last["type"] == "error":
            assert last["code"] in ("too_long", "bad_frame"), (entry["id"], last)
        elif last["status"] != "ok":
            silent.append(f"{entry['id']}: {last['status']}")
    assert silent == []
    assert problems_of(stack) == []
    await check_database(stack)


async def test_web_chat_odd_frames_are_answered_and_the_socket_stays_open(stack):
    frames = load("webchat_frames.jsonl")
    errors = []
    for number in range(0, len(frames), 12):  # a page may send 60 frames in a burst: a frame and a ping each
        async with chat_peer(stack, f"{number:032x}") as peer:
            for entry in frames[number : number + 12]:
                body = body_of(entry)
                await peer.ws.send(body if "hex" in entry else body.decode("utf-8", "surrogatepass"))
                await peer.send({"type": "ping"})
                try:
                    await peer.until(lambda f: f["type"] == "pong")
                except ConnectionClosed as closed:
                    raise AssertionError(f"{entry['id']} closed the socket: {closed}") from None
            with contextlib.suppress(TimeoutError):  # any acks still due
                await peer.until(lambda f: False, timeout=0.3)
            errors += [f for f in peer.frames if f["type"] == "error"]
            stack.check_said(
                "web chat frames",
                [f.get("text") for f in peer.frames if f["type"] == "error" or f.get("from") == "bot"],
            )
    assert errors and all(f["code"] in ("bad_frame", "unknown_type", "too_long") for f in errors), errors

    for hello in ({"type": "hello", "chat": "NOT-A-CHAT-CODE"}, {"type": "text"}, [1], "x"):
        async with connect(stack.base.replace("http", "ws") + "/chat/ws") as ws:  # refused with a sentence
            await ws.send(json.dumps(hello))
            refusal = []
            with contextlib.suppress(ConnectionClosed):
                async with asyncio.timeout(5):
                    while True:
                        refusal.append(json.loads(await ws.recv()))
            assert ws.close_code == 1008 and [f["type"] for f in refusal] == ["error"], refusal
            stack.check_said("web chat hello", [refusal[0]["text"]])
    assert problems_of(stack) == []


# ------------------------------------------------------------------------------------------ WhatsApp


def wa_message(graph: FakeGraph, wa_id: str, placement: str, text: str) -> dict[str, Any]:
    if placement == "text":
        return graph.text(wa_id, text)
    if placement == "button":
        return graph.list_reply(wa_id, text, title="x")
    if placement == "caption":
        return graph.image(wa_id, caption=text)
    if placement == "file_name":
        return graph.document(wa_id, filename=text)
    if placement == "template_button":
        return graph.template_button(wa_id, text, text=text)
    raise AssertionError(placement)


WA_PLACEMENTS = ["button", "caption", "file_name", "template_button", "name"]


async def test_whatsapp_webhook_takes_the_corpus_signed_and_refuses_it_unsigned(stack):
    graph = stack.graph
    url = stack.base + WHATSAPP_PATH
    numbers = (f"90555{n:07d}" for n in itertools.count(1))
    payloads: list[tuple[list[tuple[str, str, str]], bytes]] = []
    for start in range(0, len(TEXTS), 4):  # four people in one payload, as Meta batches them
        people, messages, names = [], [], {}
        for number, entry in enumerate(TEXTS[start : start + 4], start=start):
            text = text_of(entry)
            other = WA_PLACEMENTS[number % len(WA_PLACEMENTS)]
            for placement in ("text", other) if number % 5 == 0 or not storable(text) else ("text",):
                wa_id = next(numbers)
                if placement == "name":
                    names[wa_id] = text
                    messages.append(graph.text(wa_id, "Merhaba"))
                else:
                    messages.append(wa_message(graph, wa_id, placement, text))
                people.append((f"{entry['id']}/{placement}", wa_id, messages[-1]["id"]))
        payloads.append((people, json.dumps(graph.payload(messages, names=names)).encode()))

    async with httpx.AsyncClient(timeout=60) as http:

        async def post(body: bytes, signature: str | None) -> int:
            headers = {"Content-Type": "application/json"} | ({SIGNATURE_HEADER: signature} if signature else {})
            return (await http.post(url, content=body, headers=headers)).status_code

        refused = [await post(body, None) for _, body in payloads[:5]]
        wrong = [await post(body, graph.sign(body + b" ")) for _, body in payloads[:5]]
        assert not stack.engine.answered.keys() & {
            (f"whatsapp:{graph.phone_number_id}", w) for people, _ in payloads[:5] for _, _, w in people
        }
        codes = await bounded([lambda b=b: post(b, graph.sign(b)) for _, b in payloads], limit=8)
        sent_before = len(graph.sent)
        again = await bounded([lambda b=b: post(b, graph.sign(b)) for _, b in payloads[::5]], limit=8)
        answered_again = graph.sent[sent_before:]

        bodies = load("whatsapp_bodies.jsonl")
        odd = {entry["id"]: await post(body_of(entry), graph.sign(body_of(entry))) for entry in bodies}
        forgeries = [f for f in load("forgeries.jsonl") if f["channel"] == "whatsapp"]
        body = json.dumps(graph.payload([graph.text("905559999999", "sahte")])).encode()
        good = graph.sign(body)
        signatures = {
            "signature_hex": good.removeprefix("sha256="),
            "signature_wrong": "sha256=" + "0" * 64,
            "signature_other_body": graph.sign(body + b"\n"),
        }
        forged = {}
        for forgery in forgeries:
            headers = {"Content-Type": "application/json"} | forged_header(forgery, "", SIGNATURE_HEADER, **signatures)
            forged[forgery["id"]] = (await http.post(url, content=body, headers=headers)).status_code

    assert set(refused) == {401} and set(wrong) == {403}
    assert set(codes) == {200} and set(again) == {200}
    source = f"whatsapp:{graph.phone_number_id}"
    taken = {
        wa_id
        for people, _ in payloads[::5]
        for _, wa_id, wamid in people
        if stack.engine.answered.get((source, wamid), (None, None, False))[2]
    }
    assert not taken & {message.to for message in answered_again}, "a redelivered message that was taken is answered"
    assert {name: code for name, code in odd.items() if code >= 500 or code == 401 or code == 403} == {}
    assert odd["wa-too-large"] == 413
    assert {name: code for name, code in forged.items() if code not in (401, 403)} == {}
    assert graph.sent_to("905559999999") == []

    silent = []
    for people, _ in payloads:
        for name, wa_id, wamid in people:
            received = [m.text for m in graph.sent_to(wa_id)]
            stack.check_said(f"whatsapp {name}", received)
            text = text_of(next(e for e in TEXTS if e["id"] == name.split("/")[0]))
            no_id = name.endswith(("/button", "/template_button")) and not text  # Meta never sends an empty id
            if (source, wamid) in stack.engine.answered and not received:
                silent.append(name)
            elif not received and storable(text) and not no_id:
                silent.append(f"{name} (never answered)")
    assert silent == []
    assert problems_of(stack) == []
    await check_database(stack)


# ------------------------------------------------------------------------------------------ REST API


def form_body(fields: dict[str, str | bytes]) -> bytes:
    """An urlencoded form, each value's bytes as they are (invalid UTF-8 included)."""
    return "&".join(f"{quote(name)}={quote(value)}" for name, value in fields.items()).encode()


async def test_rest_api_takes_the_corpus_in_fields_query_and_path(stack):
    bearer = {"Authorization": f"Bearer {stack.supervisor_token}"}
    references = stack.references
    results: dict[str, int] = {}
    async with httpx.AsyncClient(base_url=stack.base, headers=bearer, timeout=60) as http:

        async def call(name: str, method: str, path: str, **kwargs: Any) -> httpx.Response:
            answer = await http.request(method, path, **kwargs)
            results[name] = answer.status_code
            if answer.status_code >= 500 or LEAK.search(answer.text):
                stack.problems.append(f"{name}: {answer.status_code} {answer.text[:200]!r}")
            return answer

        for reference in references:
            moved = await http.post(f"/api/v1/requests/{reference}/status", json={"status": "in_review"})
            assert moved.status_code == 200, moved.text

        # Each text once in a field staff fill (a reply; every other one a status note instead) and once in the
        # query or the path.
        params = ["district", "language", "programme", "desk", "status", "limit", "offset", "assigned_to_me"]
        jobs = []
        for number, entry in enumerate(TEXTS):
            text, reference = text_of(entry), references[number % len(references)]
            body = json.dumps({"text": text}).encode()  # ASCII, lone surrogates escaped: what a script would send
            if number % 2 == 0:
                jobs.append(
                    lambda n=entry["id"], b=body, r=reference: call(
                        f"reply {n}",
                        "POST",
                        f"/api/v1/requests/{r}/replies",
                        content=b,
                        headers={"Content-Type": "application/json"},
                    )
                )
            encoded = quote(text.encode("utf-8", "surrogatepass"), safe="")
            if number % 2:  # as a query parameter, each in turn, or as the reference in the path
                param = params[number // 2 % len(params)]
                jobs.append(
                    lambda n=entry["id"], p=param, e=encoded: call(f"query {p} {n}", "GET", f"/api/v1/requests?{p}={e}")
                )
            else:
                jobs.append(lambda n=entry["id"], e=encoded: call(f"path {n}", "GET", f"/api/v1/requests/{e}"))

        async def notes(reference: str, entries: list[dict[str, Any]]) -> None:
            """Status changes with the corpus as notes, one after another: each needs the status the last left."""
            status = "in_review"
            for number, entry in enumerate(entries):
                target = "needs_info" if status == "in_review" else "in_review"
                note = {"public_note" if number % 2 else "internal_note": text_of(entry)}  # ASCII JSON, as above
                answer = await call(
                    f"status {entry['id']}",
                    "POST",
                    f"/api/v1/requests/{reference}/status",
                    content=json.dumps({"status": target, **note}).encode(),
                    headers={"Content-Type": "application/json"},
                )
                if answer.status_code == 200:
                    status = target

        noted = TEXTS[1::2]
        chains = [lambda r=r, n=n: notes(r, noted[n :: len(references)]) for n, r in enumerate(references)]
        await bounded([*chains, *jobs])
        for case in load("api_cases.jsonl"):
            path = case["path"].replace("{reference}", references[0])
            content_type = case.get("content_type", "application/json")
            has_body = any(key in case for key in ("json", "text", "hex", "parts"))
            await call(
                case["id"],
                case["method"],
                path,
                params=case.get("params"),
                content=body_of(case) if has_body else None,
                headers={"Content-Type": content_type} if has_body else {},
            )
        details = [await http.get(f"/api/v1/requests/{reference}") for reference in references]

        # Open311, the API other city systems file requests through: a form, and the GeoReport query parameters.
        fields = ["description", "first_name", "last_name", "account_id", "attribute[neighbourhood]", "locale"]
        queries = ["service_code", "status", "service_request_id", "start_date", "end_date", "api_key"]
        open311 = []
        for number, entry in enumerate(TEXTS[::3]):
            text = text_of(entry).encode("utf-8", "surrogatepass")
            form = {
                "api_key": stack.supervisor_token,
                "service_code": "general_question",
                "description": "Kira yardımı hakkında soru",
                fields[number % len(fields)]: text,
            }
            open311.append(
                lambda n=entry["id"], f=form: call(
                    f"open311 form {n}",
                    "POST",
                    "/open311/v2/requests.json",
                    content=form_body(f),
                    headers={"Content-Type": "application/x-www-form-urlencoded"},
                )
            )
            query = queries[number % len(queries)]
            open311.append(
                lambda n=entry["id"], q=query, t=text: call(
                    f"open311 query {q} {n}",
                    "GET",
                    f"/open311/v2/requests.json?api_key={stack.supervisor_token}&{q}={quote(t)}",
                )
            )
        await bounded(open311)

    server_errors = {name: code for name, code in results.items() if code >= 500}
    assert server_errors == {}
    assert {code for name, code in results.items() if name.startswith("reply ")} <= {201, 422}
    assert {code for name, code in results.items() if name.startswith(("query ", "path "))} <= {200, 307, 404, 422}
    assert {code for name, code in results.items() if name.startswith("status ")} <= {200, 422}
    assert {code for name, code in results.items() if name.startswith("open311 ")} <= {200, 201, 400, 403, 404}
    assert any(name.startswith("open311 form") and code in (200, 201) for name, code in results.items())
    created = sum(1 for name, code in results.items() if name.startswith("reply ") and code == 201)
    assert created > len(TEXTS) / 4, "most of the corpus is a reply staff may send"
    assert sum(name.startswith("status ") and code == 200 for name, code in results.items()) > len(TEXTS) / 4
    assert all(detail.status_code == 200 for detail in details)
    assert sum(m["direction"] == "out" for d in details for m in d.json()["messages"]) == created
    assert results["api-reply-huge"] in (413, 422) and results["api-path-long"] in (404, 422)
    assert problems_of(stack) == []
    await check_database(stack)
