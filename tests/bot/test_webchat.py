"""The web chat over a real uvicorn on 127.0.0.1: the WebSocket protocol, replay, uploads, bad input, floods."""

import asyncio
import contextlib
import json
import re
import shutil
import struct
import zlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from redis.asyncio import Redis
from sqlalchemy import exc as sa_exc
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from bot.webchat.channel import build_channel
from bot.webchat.mailbox import DatabaseMailbox, MemoryMailbox, RedisMailbox
from bot.webchat.render import PAGE_KEYS
from bot.webchat.router import build_webchat_router, preferred_locale
from bot.webchat.sender import WebChatSender
from bot.webchat.uploads import MAX_UPLOAD_BYTES, clean_file_name
from core.catalogue import load_catalogue
from core.crypto import Vault
from core.delivery.errors import RetryLater, Undeliverable
from core.delivery.schemas import Rendered
from core.files.service import FileStore
from core.files.sniff import sniff
from core.i18n import FSI, LOCALES_DIR, PDI, Translator
from core.person_guards import KeyedLocks
from core.settings import PACKAGED_CATALOGUE, Settings
from handlers.types import Choice, Inbound, InboundKind, OutMessage, Reply, Say
from tests.conftest import serving as serve_app

LOCALES = ["tr", "en", "ar", "fa"]
LANGUAGE_NAMES = {"tr": "Türkçe", "en": "English", "ar": "العربية", "fa": "فارسی"}
TEST_CATALOGUE = {
    "tr": """
test-welcome = Hoş geldiniz! Dilinizi seçin.
test-language-set = Dil seçildi.
test-echo = Yazdığınız: { $text }
test-ask-phone = Telefon numaranızı yazın.
test-phone = Telefonunuz: { $phone }
test-file = Dosyanız alındı: { $name }
test-menu-apply = Başvuru yap
test-menu-status = Başvurularım
test-menu-help = Yardım
""",
    "en": """
test-welcome = Welcome! Choose your language.
test-language-set = Language chosen.
test-echo = You wrote: { $text }
test-menu-apply = Apply
test-menu-status = My applications
test-menu-help = Help
""",
    "ar": """
test-welcome = أهلاً بك! اختر لغتك.
test-language-set = تم اختيار اللغة.
test-echo = كتبت: { $text }
test-phone = رقم هاتفك: { $phone }
test-menu-apply = تقديم طلب
test-menu-status = طلباتي
test-menu-help = مساعدة
""",
    "fa": """
test-welcome = خوش آمدید! زبان خود را انتخاب کنید.
test-language-set = زبان انتخاب شد.
test-echo = نوشتید: { $text }
test-menu-apply = درخواست
test-menu-status = درخواست‌های من
test-menu-help = راهنما
""",
}
CHAT = "0123456789abcdef0123456789abcdef"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(17)


def png_bytes() -> bytes:
    """A real 1×1 PNG, so a browser could show it too."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


# ------------------------------------------------------------------------------------------ fixtures


def make_translator(root: Path) -> Translator:
    """The real webchat.ftl catalogues plus a small test catalogue for the echo engine, under `root`."""
    for code in LOCALES:
        (root / code).mkdir(parents=True)
        shutil.copy(LOCALES_DIR / code / "webchat.ftl", root / code / "webchat.ftl")
        (root / code / "test.ftl").write_text(TEST_CATALOGUE[code], encoding="utf-8")
    return Translator(LOCALES, "tr", directory=root)


@pytest.fixture
def webchat_translator(tmp_path: Path) -> Translator:
    return make_translator(tmp_path / "locales")


@dataclass
class EchoEngine:
    """The engine's interface in a few lines: dedupes on update_id, keeps a language per person, echoes."""

    handled: list[Inbound] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    locales: dict[str, str] = field(default_factory=dict)
    fail: Callable[[Inbound], BaseException | None] | None = None
    locks: KeyedLocks = field(default_factory=KeyedLocks)

    async def handle(self, inbound: Inbound) -> Reply:
        guess = (inbound.platform_language or "tr")[:2]
        locale = self.locales.get(inbound.user_id, guess if guess in LANGUAGE_NAMES else "tr")
        if inbound.update_id in self.seen:
            return Reply(locale, duplicate=True)
        if self.fail and (error := self.fail(inbound)):
            raise error
        self.seen.add(inbound.update_id or "")
        self.handled.append(inbound)
        if inbound.kind is InboundKind.COMMAND and inbound.command == "start":
            picker = [[Choice(name, f"lang:{code}") for code, name in LANGUAGE_NAMES.items()]]
            return Reply(locale, [OutMessage(Say("test-welcome"), picker)])
        if inbound.kind is InboundKind.BUTTON and inbound.button and inbound.button.startswith("lang:"):
            locale = self.locales[inbound.user_id] = inbound.button.removeprefix("lang:")
            return Reply(locale, [OutMessage(Say("test-language-set"))], menu=True)
        if inbound.kind is InboundKind.CONTACT:
            return Reply(locale, [OutMessage(Say("test-phone", {"phone": inbound.phone}))], menu=True)
        if inbound.kind is InboundKind.ATTACHMENT and inbound.attachment:
            return Reply(locale, [OutMessage(Say("test-file", {"name": inbound.attachment.file_id}))])
        if inbound.kind is InboundKind.TEXT and inbound.text == "phone":
            return Reply(locale, [OutMessage(Say("test-ask-phone"), ask_phone=True)])
        return Reply(locale, [OutMessage(Say("test-echo", {"text": (inbound.text or "")[:500]}))])  # Fluent's max

    def menu_labels(self, locale: str) -> list[list[Say]]:
        return [[Say("test-menu-apply")], [Say("test-menu-status"), Say("test-menu-help")]]


@pytest.fixture
def engine() -> EchoEngine:
    return EchoEngine()


def core_stub(data_dir: Path) -> Any:
    """What the router needs from the core: the data directory, the sealed file store and the city's name."""
    settings = Settings(data_dir=data_dir, secret_key="test-secret-key-not-for-production-0123456789")
    files = FileStore(data_dir / "attachments", Vault(settings.resolved_secret_key()))
    return SimpleNamespace(settings=settings, catalogue=load_catalogue(PACKAGED_CATALOGUE), files=files)


@pytest.fixture
def webchat_ctx(tmp_path: Path) -> Any:
    return core_stub(tmp_path / "data")


@pytest.fixture
def mailbox() -> MemoryMailbox:
    return MemoryMailbox()


@contextlib.asynccontextmanager
async def serving(app: FastAPI) -> AsyncIterator[str]:
    """The app served on 127.0.0.1; yields host:port (for http:// and ws:// alike)."""
    async with serve_app(app) as base:
        yield base.removeprefix("http://")


def webchat_app(ctx: Any, engine: Any, translator: Translator, mailbox: Any, admission: Any = None) -> FastAPI:
    app = FastAPI()
    app.include_router(build_webchat_router(ctx, engine, translator, mailbox, admission))
    return app


@pytest.fixture
async def server(webchat_ctx, engine, webchat_translator, mailbox) -> AsyncIterator[str]:
    async with serving(webchat_app(webchat_ctx, engine, webchat_translator, mailbox)) as address:
        yield address


class Peer:
    """A WebSocket client speaking the chat's JSON frames."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.counter = 0

    async def send(self, frame: dict[str, Any]) -> None:
        await self.ws.send(json.dumps(frame, ensure_ascii=False))

    def new_id(self) -> str:
        self.counter += 1
        return f"msg-{self.counter:06d}"

    async def say(self, kind: str, **fields: Any) -> str:
        message_id = fields.pop("id", None) or self.new_id()
        await self.send({"type": kind, "id": message_id, **fields})
        return message_id

    async def next(self) -> dict[str, Any]:
        return json.loads(await self.ws.recv())

    async def until(self, match: Callable[[dict[str, Any]], bool]) -> list[dict[str, Any]]:
        """Frames up to and including the first that matches (a 10 s guard against a hang, not a wait)."""
        frames = []
        async with asyncio.timeout(10):
            while True:
                frames.append(await self.next())
                if match(frames[-1]):
                    return frames

    async def acked(self, message_id: str) -> list[dict[str, Any]]:
        return await self.until(lambda f: f.get("id") == message_id and f["type"] in {"ack", "error"})


@contextlib.asynccontextmanager
async def peer(address: str, chat: str = CHAT, **hello: Any) -> AsyncIterator[tuple[Peer, list[dict[str, Any]]]]:
    """A connected client that said hello; also yields the frames up to `ready`."""
    async with connect(f"ws://{address}/chat/ws", max_size=2**22) as ws:
        client = Peer(ws)
        await client.send({"type": "hello", "chat": chat, "since": 0, "epoch": "", **hello})
        yield client, await client.until(lambda f: f["type"] == "ready")


def of(frames: list[dict[str, Any]], kind: str, **match: Any) -> list[dict[str, Any]]:
    return [f for f in frames if f["type"] == kind and all(f.get(k) == v for k, v in match.items())]


# ------------------------------------------------------------------------------------------ the page


async def test_the_page_is_in_the_browsers_language_with_strict_headers_and_no_inline_script(server):
    async with httpx.AsyncClient(base_url=f"http://{server}") as http:
        page = await http.get("/chat", headers={"Accept-Language": "fa-IR,fa;q=0.9,en;q=0.5"})
        default = await http.get("/chat", headers={"Accept-Language": "de-DE,de;q=0.9"})
        script = await http.get("/chat/static/chat.js")
        style = await http.get("/chat/static/chat.css")
        template = await http.get("/chat/static/chat.html")
        traversal = await http.get("/chat/static/..%2Fwebchat.py")
    assert page.status_code == 200
    assert '<html lang="fa" dir="rtl">' in page.text
    assert '<title data-i18n="webchat-title">خدمات اجتماعی \u2068İzmir\u2069</title>' in page.text
    assert '<html lang="tr" dir="ltr">' in default.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "default-src 'none'" in csp
    assert "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["x-frame-options"] == "DENY"
    for tag in re.findall(r"<script\b[^>]*>", page.text):
        assert 'src="/chat/static/chat.js' in tag or 'type="application/json"' in tag, tag
    assert "<style" not in page.text and " style=" not in page.text
    assert "http://" not in page.text.replace("http://www.w3.org/2000/svg", "")  # no CDNs, no external fonts
    assert 'aria-live="polite"' in page.text
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    assert script.headers["x-content-type-options"] == "nosniff"
    assert "innerHTML" not in script.text and "insertAdjacentHTML" not in script.text
    assert "crypto.getRandomValues" in script.text
    assert style.status_code == 200 and style.headers["content-type"].startswith("text/css")
    assert "@import" not in style.text and "url(" not in style.text
    assert template.status_code == 404 and traversal.status_code == 404


def test_every_page_string_is_in_each_of_the_four_catalogues():
    translator = Translator(LOCALES, "tr")
    for code in LOCALES:
        text = (LOCALES_DIR / code / "webchat.ftl").read_text(encoding="utf-8")
        keys = set(re.findall(r"^(webchat-[a-z-]+) =", text, flags=re.MULTILINE))
        assert keys == set(PAGE_KEYS), code
        for key in PAGE_KEYS:
            assert translator.text(code, key, city="İzmir", megabytes=10).strip()
    assert translator.text("ar", "webchat-title", city="İzmir") == f"الخدمات الاجتماعية في {FSI}İzmir{PDI}"


def test_accept_language_picks_a_supported_locale(webchat_translator):
    pick = lambda header: preferred_locale(webchat_translator, header)  # noqa: E731
    assert pick("ar-SY,ar;q=0.9,en;q=0.8") == "ar"
    assert pick("de;q=1, en;q=0.5") == "en"
    assert pick("en;q=0.2, fa;q=0.8") == "fa"
    assert pick("*, de") == "tr"
    assert pick(None) == "tr"
    assert pick("q=;;;,,,\x00") == "tr"


# ------------------------------------------------------------------------------------------ conversations


async def test_start_offers_the_language_picker_and_arabic_replies_come_right_to_left(server, engine):
    async with peer(server, language="en-GB") as (client, greeting):
        assert of(greeting, "state")[0]["locale"] == "tr" and of(greeting, "ready")[0]["last"] == 0
        start = await client.say("command", command="start")
        frames = await client.acked(start)
        welcome = of(frames, "msg", **{"from": "bot"})[0]
        assert (welcome["text"], welcome["lang"], welcome["dir"]) == ("Welcome! Choose your language.", "en", "ltr")
        labels = {c["label"]: c["data"] for row in welcome["choices"] for c in row}
        assert labels["العربية"] == "lang:ar"
        assert of(frames, "ack", id=start)[0]["status"] == "ok"
        assert engine.handled[0].command == "start" and engine.handled[0].platform_language == "en-GB"

        choose = await client.say("button", data="lang:ar", label="العربية")
        frames = await client.acked(choose)
        mine = of(frames, "msg", id=choose)[0]
        assert (mine["from"], mine["text"], mine["dir"]) == ("me", "العربية", "auto")
        state = of(frames, "state")[0]
        assert (state["locale"], state["dir"]) == ("ar", "rtl")
        assert state["strings"]["webchat-send"] == "إرسال"
        reply = of(frames, "msg", **{"from": "bot"})[0]
        assert (reply["text"], reply["lang"], reply["dir"]) == ("تم اختيار اللغة.", "ar", "rtl")
        assert reply["menu"] == [["تقديم طلب"], ["طلباتي", "مساعدة"]]
        assert frames.index(state) < frames.index(reply)  # the page turns before the message shows

        hello = await client.say("text", text="مرحبا 123 Konak")
        frames = await client.acked(hello)
        reply = of(frames, "msg", **{"from": "bot"})[0]
        assert reply["dir"] == "rtl" and reply["text"] == f"كتبت: {FSI}مرحبا 123 Konak{PDI}"
        inbound = engine.handled[-1]
        assert (inbound.channel, inbound.user_id, inbound.chat_id, inbound.source) == ("webchat", CHAT, CHAT, "webchat")
        assert inbound.update_id == f"{CHAT}:{hello}" and inbound.kind is InboundKind.TEXT


async def test_a_menu_label_and_a_typed_command_reach_the_engine_as_text_and_command(server, engine):
    async with peer(server) as (client, _):
        await client.acked(await client.say("text", text="Başvurularım"))
        await client.acked(await client.say("text", text="/Start now"))
    assert engine.handled[0].kind is InboundKind.TEXT and engine.handled[0].text == "Başvurularım"
    assert (engine.handled[1].kind, engine.handled[1].command, engine.handled[1].text) == (
        InboundKind.COMMAND,
        "start",
        "now",
    )


async def test_a_phone_request_is_answered_as_a_contact(server, engine):
    async with peer(server) as (client, _):
        frames = await client.acked(await client.say("text", text="phone"))
        assert of(frames, "msg", **{"from": "bot"})[0]["ask_phone"] is True
        sent = await client.say("contact", phone=" 0532 123 45 67 ")
        frames = await client.acked(sent)
        assert of(frames, "msg", id=sent)[0]["text"] == "•••• ••• •• 67"  # the copy kept for other pages is masked
        assert of(frames, "ack", id=sent)[0]["status"] == "ok"
        bad = await client.acked(await client.say("contact", phone="<b>call me</b>"))
        assert bad[-1]["type"] == "error" and bad[-1]["code"] == "bad_frame"
        arabic_digits = await client.acked(await client.say("contact", phone="٠٥٣٢ ١٢٣ ٤٥ ٦٧"))
        assert of(arabic_digits, "ack")[0]["status"] == "ok"
    assert [i.phone for i in engine.handled if i.kind is InboundKind.CONTACT] == ["+905321234567"] * 2  # E.164


async def test_other_pages_see_long_numbers_masked_but_the_engine_gets_them_whole(server, engine):
    async with peer(server) as (client, _):
        frames = await client.acked(await client.say("text", text="TC 10000000146, tel 0532 123 45 67, 3 kişi"))
        assert of(frames, "msg", **{"from": "me"})[0]["text"] == "TC •••••••••46, tel •••• ••• •• 67, 3 kişi"
    assert engine.handled[-1].text == "TC 10000000146, tel 0532 123 45 67, 3 kişi"


async def test_a_message_sent_again_after_a_dropped_connection_is_answered_once(server, engine):
    async with peer(server) as (client, _):
        await client.acked(await client.say("text", text="bir kez", id="resent-0001"))
    async with peer(server, since=2) as (client, _):
        frames = await client.acked(await client.say("text", text="bir kez", id="resent-0001"))
        assert frames == [{"type": "ack", "id": "resent-0001", "status": "duplicate"}]
    assert [i.text for i in engine.handled] == ["bir kez"]


# ------------------------------------------------------------------------------------------ reconnect and replay


async def test_reconnecting_with_the_last_sequence_gets_what_was_sent_meanwhile(server, mailbox, webchat_translator):
    sender = WebChatSender(mailbox, webchat_translator)
    async with peer(server) as (client, _):
        frames = await client.acked(await client.say("text", text="merhaba"))
        seen = [f["seq"] for f in frames if f["type"] == "msg"]
        epoch = of(frames, "msg")[0]["epoch"]
    assert seen == [1, 2]

    def note(text: str, locale: str) -> Rendered:
        return Rendered(text, locale, "status_changed", {}, None)

    first = await sender.send(chat_id=CHAT, message=note("Başvurunuz inceleniyor.", "tr"))
    second = await sender.send(chat_id=CHAT, message=note("تمت الموافقة على طلبك.", "ar"))
    assert (first, second) == ("3", "4")

    async with peer(server, since=2, epoch=epoch, locale="tr") as (client, frames):
        replayed = of(frames, "msg")
        assert [(f["seq"], f["text"], f["dir"]) for f in replayed] == [
            (3, "Başvurunuz inceleniyor.", "ltr"),
            (4, "تمت الموافقة على طلبك.", "rtl"),
        ]
        assert replayed[1]["notification"] == "status_changed"
        assert of(frames, "state")[-1]["locale"] == "ar"  # the notification's language turns the page
        assert of(frames, "ready")[0] == {"type": "ready", "epoch": epoch, "last": 4}

        # While connected, a notification is pushed at once.
        await sender.send(chat_id=CHAT, message=note("Hazır.", "tr"))
        pushed = await client.until(lambda f: f["type"] == "msg")
        assert (pushed[-1]["seq"], pushed[-1]["text"], pushed[-1]["lang"]) == (5, "Hazır.", "tr")

    # A fresh page (since 0) gets the whole history; a client from an older epoch starts over too.
    async with peer(server) as (_, frames):
        assert [f["seq"] for f in of(frames, "msg")] == [1, 2, 3, 4, 5]
        assert of(frames, "msg", seq=1)[0] | {"at": None} == {
            "type": "msg",
            "seq": 1,
            "epoch": epoch,
            "from": "me",
            "id": "msg-000001",
            "text": "merhaba",
            "lang": "tr",
            "dir": "auto",
            "at": None,
        }
    async with peer(server, since=5, epoch="gone") as (_, frames):
        assert [f["seq"] for f in of(frames, "msg")] == [1, 2, 3, 4, 5]


async def test_other_tabs_of_the_same_chat_see_the_conversation(server):
    async with peer(server) as (tab, _), peer(server) as (other, _):
        sent = await tab.say("text", text="iki sekme")
        await tab.acked(sent)
        frames = await other.until(lambda f: f["type"] == "msg" and f["from"] == "bot")
        assert [f.get("text") for f in of(frames, "msg")] == ["iki sekme", "Yazdığınız: iki sekme"]


async def test_the_sender_refuses_what_is_not_a_web_chat_and_asks_for_a_retry_when_the_mailbox_is_down(
    webchat_translator,
):
    sender = WebChatSender(MemoryMailbox(), webchat_translator)
    message = Rendered("x", "tr", "staff_reply", {}, None)
    with pytest.raises(Undeliverable):
        await sender.send(chat_id="12345", message=message)
    with pytest.raises(Undeliverable):
        await sender.send(chat_id=CHAT, message=Rendered("", "tr", "staff_reply", {}, None))
    down = RedisMailbox(Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=1))
    with pytest.raises(RetryLater):
        await WebChatSender(down, webchat_translator).send(chat_id=CHAT, message=message)
    await down.close()


async def test_a_ten_thousand_character_notification_arrives_whole(server, mailbox, webchat_translator):
    text = ("Uzun bir açıklama. " * 600)[:10_000]
    await WebChatSender(mailbox, webchat_translator).send(
        chat_id=CHAT, message=Rendered(text, "tr", "staff_reply", {}, None)
    )
    async with peer(server) as (_, frames):
        assert of(frames, "msg")[0]["text"] == text


# ------------------------------------------------------------------------------------------ uploads


async def test_an_upload_is_stored_under_a_random_name_and_reaches_the_engine_as_an_attachment(
    server, engine, webchat_ctx
):
    attachments = webchat_ctx.settings.data_dir / "attachments"
    async with peer(server) as (client, _), httpx.AsyncClient(base_url=f"http://{server}") as http:
        answer = await http.post(
            "/chat/upload",
            data={"chat": CHAT, "id": "upload-0001", "language": "tr"},
            files={"file": ("../../etc/\u202ekimlik.png", png_bytes(), "text/html")},
        )
        assert answer.status_code == 200 and answer.json() == {"ok": True, "id": "upload-0001", "status": "ok"}
        frames = await client.until(lambda f: f["type"] == "msg" and f["from"] == "bot")
    stored = list(attachments.iterdir())
    assert len(stored) == 1 and re.fullmatch(r"[0-9a-f]{32}\.png", stored[0].name)
    assert png_bytes()[8:40] not in stored[0].read_bytes()  # sealed at rest, never on disk in the clear
    assert webchat_ctx.files.read(stored[0].name) == png_bytes()
    attachment = engine.handled[-1].attachment
    assert engine.handled[-1].kind is InboundKind.ATTACHMENT and attachment is not None
    assert (attachment.file_id, attachment.kind, attachment.mime_type, attachment.file_name, attachment.size) == (
        stored[0].name,
        "photo",
        "image/png",
        "kimlik.png",
        len(png_bytes()),
    )
    assert of(frames, "msg", id="upload-0001")[0]["attachment"] == {"kind": "photo", "name": "kimlik.png"}
    assert of(frames, "msg", **{"from": "bot"})[0]["text"] == f"Dosyanız alındı: {stored[0].name}"


async def test_uploads_that_are_too_large_of_the_wrong_type_or_without_a_chat_are_refused(server, engine, webchat_ctx):
    attachments = webchat_ctx.settings.data_dir / "attachments"
    form = {"chat": CHAT, "id": "upload-0002"}
    async with httpx.AsyncClient(base_url=f"http://{server}") as http:
        too_large = await http.post(
            "/chat/upload",
            data=form,
            headers={"X-Hemsehri-Locale": "ar"},
            files={"file": ("a.png", PNG + bytes(MAX_UPLOAD_BYTES), "image/png")},
        )
        html = await http.post(
            "/chat/upload", data=form, files={"file": ("a.png", b"<img src=x onerror=alert(1)>", "image/png")}
        )
        exe = await http.post(
            "/chat/upload", data=form, files={"file": ("a.pdf", b"MZ\x90\x00" * 100, "application/pdf")}
        )
        no_chat = await http.post(
            "/chat/upload", data={"chat": "me", "id": "upload-0003"}, files={"file": ("a.png", PNG, "image/png")}
        )
        no_file = await http.post("/chat/upload", data=form)
        not_multipart = await http.post(
            "/chat/upload", content=b"\x00" * 100, headers={"Content-Type": "multipart/form-data; boundary=x"}
        )
    assert too_large.status_code == 413 and too_large.json()["code"] == "too_large"
    assert too_large.json()["text"] == "الملف كبير جدًا. يمكنك إرسال \u206810\u2069 ميغابايت كحد أقصى."
    assert html.status_code == 415 and html.json()["code"] == "bad_type"
    assert html.json()["text"].startswith("Bu dosya türü kabul edilmiyor.")
    assert exe.status_code == 415
    assert no_chat.status_code == 400 and no_chat.json()["code"] == "bad_chat"
    assert no_file.status_code == 400 and not_multipart.status_code == 400
    assert not attachments.exists() or not list(attachments.iterdir())
    assert engine.handled == []


async def test_uploads_from_one_chat_are_rate_limited(server):
    async with httpx.AsyncClient(base_url=f"http://{server}") as http:
        codes = [
            (
                await http.post(
                    "/chat/upload",
                    data={"chat": CHAT, "id": f"upload-{n:04d}"},
                    files={"file": ("a.png", png_bytes(), "image/png")},
                )
            ).status_code
            for n in range(8)
        ]
    assert codes[:5] == [200] * 5 and 429 in codes[5:]


def test_file_types_are_recognised_by_their_content():
    assert sniff(b"\xff\xd8\xff\xe0") == ("photo", "image/jpeg", ".jpg")
    assert sniff(b"%PDF-1.7") == ("document", "application/pdf", ".pdf")
    assert sniff(b"OggS\x00") == ("voice", "audio/ogg", ".ogg")
    assert sniff(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == ("photo", "image/webp", ".webp")
    assert sniff(b"\x00\x00\x00\x20ftypM4A ") == ("audio", "audio/mp4", ".m4a")
    assert sniff(b"<svg onload=alert(1)>") is None and sniff(b"MZ\x90") is None and sniff(b"") is None
    assert clean_file_name("C:\\Users\\a\\evil\u202egnp.exe") == "evilgnp.exe"
    assert clean_file_name("\x00\x01") is None and clean_file_name(None) is None
    assert len(clean_file_name("a" * 500) or "") == 120


# ------------------------------------------------------------------------------------------ bad input


async def test_bad_frames_get_a_localized_note_and_the_connection_stays_open(server, engine, webchat_translator):
    too_long = webchat_translator.text("ar", "webchat-too-long")
    async with peer(server, locale="ar") as (client, _):
        await client.ws.send(b"\x00\x01binary")
        await client.ws.send("not json {")
        await client.ws.send("[1, 2, 3]")
        await client.send({"type": "dance", "id": "unknown-01"})
        await client.send({"type": "text", "text": "no id"})
        await client.send({"type": "text", "id": "x", "text": "id too short"})
        await client.send({"type": "button", "id": "button-001", "data": "ç" * 10})
        await client.send({"type": "button", "id": "button-002", "data": "x" * 65})
        await client.send({"type": "text", "id": "empty-0001", "text": "   "})
        await client.send({"type": "text", "id": "long-00001", "text": "x" * (9 * 1024)})
        await client.send({"type": "text", "id": "long-00002", "text": "ي" * 10_000})
        await client.send({"type": "text", "id": "long-00003", "text": "x" * 4001})
        await client.send({"type": "hello", "chat": CHAT})
        frames = [await client.next() for _ in range(13)]
        assert [f["code"] for f in frames] == [
            "bad_frame",
            "bad_frame",
            "bad_frame",
            "unknown_type",
            "bad_frame",
            "bad_frame",
            "bad_frame",
            "bad_frame",
            "bad_frame",
            "too_long",
            "too_long",
            "too_long",
            "bad_frame",
        ]
        assert all(f["type"] == "error" and f["text"] for f in frames)
        assert frames[9]["text"] == too_long and frames[11]["id"] == "long-00003"
        assert frames[3]["text"] == webchat_translator.text("ar", "webchat-unsupported")
        assert not any("Traceback" in f["text"] or "Error" in f["text"] for f in frames)
        reply = await client.acked(await client.say("text", text="hâlâ burada"))
        assert of(reply, "ack")[0]["status"] == "ok"
    assert [i.text for i in engine.handled] == ["hâlâ burada"]


async def test_a_socket_without_a_proper_hello_is_closed_with_a_policy_error(server):
    for first in (
        {"type": "text", "id": "abcdefgh", "text": "hi"},
        {"type": "hello", "chat": "../../admin"},
        {"type": "hello", "chat": CHAT.upper()},
    ):
        async with connect(f"ws://{server}/chat/ws") as ws:
            await ws.send(json.dumps(first))
            error = json.loads(await ws.recv())
            assert error["type"] == "error" and error["code"] in {"hello_first", "bad_chat"}
            with pytest.raises(ConnectionClosed):
                await ws.recv()
            assert ws.close_code == 1008


async def test_a_flood_from_one_socket_is_slowed_down_politely(server, engine, webchat_translator):
    async with peer(server) as (client, _):
        ids = [client.new_id() for _ in range(40)]
        for message_id in ids:
            await client.send({"type": "text", "id": message_id, "text": f"flood {message_id}"})
        outcome: dict[str, str] = {}
        notes = []
        async with asyncio.timeout(20):
            while len(outcome) < len(ids):
                frame = await client.next()
                if frame["type"] == "ack":
                    outcome[frame["id"]] = frame["status"]
                elif frame["type"] == "error":
                    notes.append(frame)
                    outcome[frame["id"]] = "error"
        await client.send({"type": "ping"})
        assert (await client.until(lambda f: f["type"] == "pong"))[-1] == {"type": "pong"}
    handled = [i for i in engine.handled if i.text and i.text.startswith("flood")]
    assert 1 <= len(handled) < 40
    assert sum(status == "ok" for status in outcome.values()) == len(handled)
    assert [n["code"] for n in notes] == ["slow_down"]  # one polite note, not one per message
    assert notes[0]["text"] == webchat_translator.text("tr", "webchat-slow-down")
    assert set(outcome.values()) <= {"ok", "dropped", "error"}


async def test_a_disclosure_in_the_middle_of_a_flood_is_never_dropped(server, engine):
    async with peer(server) as (client, _):
        ids = [client.new_id() for _ in range(40)]
        danger = ids[30]
        for message_id in ids:
            text = "Kocam beni dövüyor, yardım edin" if message_id == danger else f"flood {message_id}"
            await client.send({"type": "text", "id": message_id, "text": text})
        outcome: dict[str, str] = {}
        async with asyncio.timeout(20):
            while len(outcome) < len(ids):
                frame = await client.next()
                if frame["type"] in ("ack", "error") and frame.get("id"):
                    outcome[frame["id"]] = frame.get("status", "error")
    assert "dropped" in outcome.values()  # the flood was limited …
    assert outcome[danger] == "ok"  # … but not the words of a person in danger
    assert any(i.text == "Kocam beni dövüyor, yardım edin" for i in engine.handled)


async def test_an_engine_failure_is_a_localized_note_and_a_storage_failure_asks_for_a_retry(server, engine):
    def fail(inbound: Inbound) -> BaseException | None:
        if inbound.text == "boom":
            return RuntimeError("secret internals /etc/passwd")
        if inbound.text == "db down":
            return sa_exc.OperationalError("SELECT", {}, ConnectionError("refused"))
        return None

    engine.fail = fail
    async with peer(server) as (client, _):
        boom = await client.say("text", text="boom")
        frames = await client.until(lambda f: f["type"] == "error")
        assert of(frames, "ack", id=boom)[0]["status"] == "failed"
        assert frames[-1]["code"] == "failed"
        assert frames[-1]["text"] == "Bir sorun oluştu. Lütfen biraz sonra yeniden deneyin."
        assert "passwd" not in json.dumps(frames) and not of(frames, "msg")
        down = await client.say("text", text="db down")
        assert (await client.acked(down))[-1] == {"type": "ack", "id": down, "status": "retry"}
        engine.fail = None
        again = await client.acked(await client.say("text", text="db down", id=down))
        assert of(again, "ack")[0]["status"] == "ok"


# ------------------------------------------------------------------------------------------ mailboxes


@pytest.fixture(params=["memory", "database", pytest.param("redis", marks=pytest.mark.redis)])
async def any_mailbox(request, db) -> AsyncIterator[Any]:
    if request.param == "memory":
        yield MemoryMailbox(per_chat=5)
        return
    if request.param == "database":
        yield DatabaseMailbox(db, "webchat", per_chat=5)
        return
    redis = Redis.from_url("redis://127.0.0.1:6379/0")
    prefix = f"hemsehri-test:{id(request)}"
    box = RedisMailbox(redis, prefix=prefix, per_chat=5, ttl=60)
    yield box
    keys = [key async for key in redis.scan_iter(f"{prefix}:*")]
    if keys:
        await redis.delete(*keys)
    await box.close()


async def test_a_mailbox_numbers_entries_and_reads_after_a_sequence(any_mailbox):
    assert (await any_mailbox.read(CHAT, after=0)).epoch == ""
    assert await any_mailbox.append(CHAT, [{"text": "a"}, {"text": "b"}]) == [1, 2]
    assert await any_mailbox.append(CHAT, [{"text": "c", "dir": "rtl"}]) == [3]
    batch = await any_mailbox.read(CHAT, after=1)
    assert batch.epoch and [(e.seq, e.data["text"]) for e in batch.entries] == [(2, "b"), (3, "c")]
    assert [e.seq for e in (await any_mailbox.read(CHAT, after=0, limit=2)).entries] == [1, 2]
    assert (await any_mailbox.read(CHAT, after=3)).entries == []
    assert (await any_mailbox.read("f" * 32, after=0)).entries == []
    await any_mailbox.append(CHAT, [{"text": str(n)} for n in range(10)])
    kept = [e.seq for e in (await any_mailbox.read(CHAT, after=0)).entries]
    assert kept[-1] == 13 and 5 <= len(kept) <= 13 and kept == list(range(kept[0], 14))


async def test_a_mailbox_wakes_a_waiter_when_something_arrives(any_mailbox):
    await any_mailbox.append(CHAT, [{"text": "a"}])
    epoch = (await any_mailbox.read(CHAT, after=0)).epoch
    waiter = asyncio.create_task(any_mailbox.wait(CHAT, epoch=epoch, after=1, block=30))
    done, _ = await asyncio.wait({waiter}, timeout=0)  # the waiter has run up to its wait, and waits
    assert not done
    await any_mailbox.append(CHAT, [{"text": "b"}])
    async with asyncio.timeout(10):
        await waiter
    # Something newer than `after`, or another epoch, returns at once.
    async with asyncio.timeout(10):
        await any_mailbox.wait(CHAT, epoch=epoch, after=1, block=30)
        await any_mailbox.wait(CHAT, epoch="other", after=2, block=30)


async def test_the_memory_mailbox_forgets_the_least_recently_used_chats_first():
    box = MemoryMailbox(max_chats=2)
    for chat in ("a" * 32, "b" * 32, "c" * 32):
        await box.append(chat, [{"text": chat}])
    assert (await box.read("a" * 32, after=0)).entries == []
    assert [e.data["text"] for e in (await box.read("c" * 32, after=0)).entries] == ["c" * 32]


# ------------------------------------------------------------------------------------------ composition


async def test_mount_webchat_adds_the_routes_and_returns_the_mailbox(webchat_ctx, engine, webchat_translator):
    app = FastAPI()
    channel = build_channel(webchat_ctx, conversations=engine, translator=webchat_translator, mailbox=MemoryMailbox())
    app.include_router(channel.router)
    assert channel.sender.mailbox is channel.mailbox
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://chat") as http:
        assert (await http.get("/chat")).status_code == 200
        assert (await http.get("/chat/static/chat.css")).status_code == 200
        assert (await http.post("/chat/upload")).status_code == 400
