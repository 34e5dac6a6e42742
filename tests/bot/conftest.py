"""Fixtures for the Telegram channel: the fake Bot API, a small catalogue, an echo engine, both runtimes."""

import asyncio
import contextlib
import shutil
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.telegram.channel import build_runtime
from bot.telegram.updates import TelegramRuntime
from core.i18n import Translator
from core.inbox import service as inbox
from core.person_guards import KeyedLocks
from core.settings import Settings
from handlers.types import Choice, Inbound, InboundKind, OutMessage, Reply, Say
from tests.fakes.telegram_api import FakeTelegram
from tests.test_fake_telegram import PlainHttpSession

RUNTIMES = ["aiogram", "ptb"]

CATALOGUE = {
    "tr": """
echo = Yazdığınız: { $text }
echo-button = Seçtiğiniz: { $data }
echo-contact = Telefonunuz: { $phone }
echo-kind = Aldım: { $kind }
welcome = Hoş geldiniz, { $name }! Dilinizi seçin.
ask-phone = Telefon numaranızı paylaşın.
pick = Birini seçin.
menu-apply = Başvuru yap
menu-status = Başvurularım
menu-help = Yardım
menu-prompt = Ne yapmak istersiniz?
button-share-phone = 📱 Numaramı paylaş
phone-type-instead = Ya da numaranızı yazın.
telegram-private-only = Bana özelden yazın lütfen.
error-unexpected = Bir sorun oldu, lütfen tekrar deneyin.
long = { $a }
    { $b }
    { $c }
    { $d }
    { $e }
""",
    "ar": """
echo = كتبت: { $text }
echo-button = اخترت: { $data }
welcome = أهلاً { $name }! اختر لغتك.
ask-phone = شارك رقم هاتفك.
menu-apply = تقديم طلب
menu-status = طلباتي
menu-help = مساعدة
button-share-phone = 📱 مشاركة رقمي
phone-type-instead = أو اكتب رقمك.
telegram-private-only = راسلني على الخاص من فضلك.
""",
}


@pytest.fixture
def database_url(tmp_path: Path, sqlite_template: Path) -> str:
    """The channel's tests run on SQLite (the engine's own tests cover both databases)."""
    path = tmp_path / "hemsehri.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture
def translator(tmp_path: Path) -> Translator:
    """A translator over a small catalogue in Turkish and Arabic."""
    for code, text in CATALOGUE.items():
        (tmp_path / "locales" / code).mkdir(parents=True)
        (tmp_path / "locales" / code / "test.ftl").write_text(text, encoding="utf-8")
    return Translator(["tr", "ar"], "tr", directory=tmp_path / "locales")


@dataclass
class EchoConversations:
    """The engine's interface in a few lines: records update ids like the engine, then echoes."""

    db: object
    handled: list[Inbound] = field(default_factory=list)  # acted on
    seen: list[Inbound] = field(default_factory=list)  # every call, duplicates included
    fail_with: Callable[[Inbound], BaseException | None] | None = None
    locks: KeyedLocks = field(default_factory=KeyedLocks)

    async def handle(self, inbound: Inbound) -> Reply:
        self.seen.append(inbound)
        locale = "ar" if inbound.platform_language == "ar" else "tr"
        async with self.db.transaction() as session:
            if inbound.update_id is not None and not await inbox.record_update(
                session=session, source=inbound.source, update_id=inbound.update_id
            ):
                return Reply(locale, duplicate=True)
            if self.fail_with and (error := self.fail_with(inbound)):
                raise error
        self.handled.append(inbound)
        return self.reply(inbound, locale)

    def reply(self, inbound: Inbound, locale: str) -> Reply:
        if inbound.kind is InboundKind.COMMAND and inbound.command == "start":
            languages = [[Choice("Türkçe", "lang:tr"), Choice("العربية", "lang:ar")]]
            return Reply(locale, [OutMessage(Say("welcome", {"name": inbound.display_name}), languages)], menu=True)
        if inbound.kind is InboundKind.BUTTON:
            return Reply(locale, [OutMessage(Say("echo-button", {"data": inbound.button}))])
        if inbound.kind is InboundKind.CONTACT:
            return Reply(locale, [OutMessage(Say("echo-contact", {"phone": inbound.phone}))], menu=True)
        if inbound.kind is not InboundKind.TEXT:
            return Reply(locale, [OutMessage(Say("echo-kind", {"kind": inbound.kind.value}))])
        if inbound.text == "phone":
            return Reply(locale, [OutMessage(Say("ask-phone"), ask_phone=True)])
        if inbound.text == "menu":
            return Reply(locale, [OutMessage(Say("pick"), [[Choice(Say("menu-help"), "help")]])], menu=True)
        if inbound.text == "long":
            return Reply(locale, [OutMessage(LONG_SAY, [[Choice("Tamam", "ok")]])])
        return Reply(locale, [OutMessage(Say("echo", {"text": inbound.text}))])

    def menu_labels(self, locale: str) -> list[list[Say]]:
        return [[Say("menu-apply"), Say("menu-status")], [Say("menu-help")]]


# Fluent refuses a placeable over 2,500 characters: a 10,000-character reply is five of 2,000 (20 lines of 99 + breaks).
LONG_PARTS = {name: "\n".join(f"{name}{n:02d} " + "ç" * 95 for n in range(20)) + "\n" for name in "abcde"}
LONG_SAY = Say("long", LONG_PARTS)


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as telegram:
        yield telegram


@pytest.fixture
def echo(db) -> EchoConversations:
    return EchoConversations(db)


def telegram_settings(settings: Settings, fake: FakeTelegram, runtime: str, **more: object) -> Settings:
    """The test settings pointed at the fake with this runtime."""
    return settings.model_copy(
        update={
            "telegram_token": SecretStr(fake.token),
            "telegram_api_url": fake.base_url,
            "telegram_runtime": runtime,
            **more,
        }
    )


def make_runtime(settings: Settings, fake: FakeTelegram, runtime: str, conversations, translator) -> TelegramRuntime:
    """A runtime of this kind on the fake (aiogram's session closing without its TLS grace pause)."""
    return build_runtime(
        telegram_settings(settings, fake, runtime),
        conversations=conversations,
        translator=translator,
        aiogram_session_class=PlainHttpSession,
    )


@contextlib.asynccontextmanager
async def polling(runtime: TelegramRuntime) -> AsyncIterator[TelegramRuntime]:
    """Runs the runtime's long polling for the duration of the block, then stops and closes it."""
    stop = asyncio.Event()
    task = asyncio.create_task(runtime.run_polling(stop))
    try:
        yield runtime
    finally:
        stop.set()
        try:
            await task
        finally:
            await runtime.close()
