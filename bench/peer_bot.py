"""The peer: the Telegram bot a competent team would write for the same job, as a benchmark baseline.

    uv run python bench/peer_bot.py --port 8090 --api-url http://127.0.0.1:8081 --token 123456:TEST-TOKEN \\
        --secret S --database-url postgresql+asyncpg://127.0.0.1/peer --redis-url redis://127.0.0.1:6379/0

`bench/inbound.py --vs-peer` runs it beside the bare HTTP floor and Hemşehri, interleaved, on the same load
generator and fake Bot API. It is written plainly as aiogram's and SQLAlchemy's documentation teach, with no
tricks in either direction: a FastAPI webhook route validating the update into aiogram's `Update` and feeding it
to a `Dispatcher` (answering once handled, as Hemşehri does); routers with magic filters and `StatesGroup` states;
FSM state and data in aiogram's `RedisStorage`; one SQLAlchemy ORM `AsyncSession` per update opened by a
middleware and committed after the handler; the person loaded or created by a second middleware; every message
the person sends stored as a row; replies with `message.answer` and `callback.answer`. It serves on uvicorn's
defaults (uvloop and httptools, as `uvicorn[standard]` picks them) with the access log off, as Hemşehri's.

It handles the load generator's mix (bench/_load.py) to a reasonable approximation: /start and the language
buttons, the menu (typed labels it does not know are taken as questions), choosing a programme, consent, one
answer per step (text, contact, photo or a button) until the confirm button makes the application with a
reference, /status with a typed reference, and free-text questions, each stored and acknowledged.

What it does not do that Hemşehri does:
* no catalogue of sentences in 12 languages (a dict of three), no right-to-left isolation, no plural rules;
* no validation of answers (identity number checksum, phone numbers, dates, districts, household size), no
  programme-specific questions, no "edit this answer" before confirming;
* no consent record with the notice's version and no privacy notice, no sealed (encrypted) personal data, no
  blind index, no erasure or retention;
* no deduplication of updates Telegram delivers twice (no inbox), no replay safety: a redelivered update is
  handled twice; an update that fails is lost (aiogram logs it; the webhook still answers 200);
* no flood guard, no backlog bound (429), no constant-time secret comparison, no ordering of one person's updates
  across processes;
* no language detection of free text and no switch offer, no desk routing, queue, status events, notifications
  through an outbox, safeguarding triage or audit log;
* no long messages split into pieces, no retry of a reply after a 429.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import uvicorn
from aiogram import BaseMiddleware, Bot, Dispatcher, F, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.filters import Command, CommandStart, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.fsm.storage.redis import DefaultKeyBuilder, RedisStorage
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    TelegramObject,
    Update,
    User,
)
from fastapi import FastAPI, Header, Request, Response
from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, String, Text, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# ------------------------------------------------------------------------------------------------ models


class Base(DeclarativeBase):
    pass


class Person(Base):
    __tablename__ = "peer_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    first_name: Mapped[str] = mapped_column(String(255))
    language: Mapped[str] = mapped_column(String(8), default="tr")
    consented: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=lambda: datetime.now(UTC))
    last_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=lambda: datetime.now(UTC))
    applications: Mapped[list[Application]] = relationship(back_populates="person")


class Application(Base):
    __tablename__ = "peer_applications"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("peer_users.id"), index=True)
    programme: Mapped[str] = mapped_column(String(64))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(32), default="received")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=lambda: datetime.now(UTC))
    person: Mapped[Person] = relationship(back_populates="applications")


class StoredMessage(Base):
    __tablename__ = "peer_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("peer_users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=lambda: datetime.now(UTC))


# ------------------------------------------------------------------------------------------------- texts

TEXTS = {
    "welcome": {"tr": "Hoş geldiniz! Dil seçin.", "en": "Welcome! Choose a language.", "ar": "أهلاً! اختر لغتك."},
    "menu": {"tr": "Ne yapmak istersiniz?", "en": "What would you like to do?", "ar": "ماذا تريد أن تفعل؟"},
    "programmes": {"tr": "Bir program seçin.", "en": "Choose a programme.", "ar": "اختر برنامجاً."},
    "start": {"tr": "Başvuruya başlayalım.", "en": "Let's start your application.", "ar": "لنبدأ طلبك."},
    "consent": {"tr": "Teşekkürler, onayınız alındı.", "en": "Thank you for your consent.", "ar": "شكراً لموافقتك."},
    "next": {"tr": "Alındı. Sıradaki soru?", "en": "Noted. Next question?", "ar": "تم. السؤال التالي؟"},
    "done": {"tr": "Başvurunuz alındı: {ref}", "en": "Your application is in: {ref}", "ar": "تم استلام طلبك: {ref}"},
    "status": {"tr": "Başvuru numaranızı yazın.", "en": "Type your reference.", "ar": "اكتب رقم طلبك."},
    "found": {"tr": "Durum: {status}", "en": "Status: {status}", "ar": "الحالة: {status}"},
    "unknown": {"tr": "Bu numara bulunamadı.", "en": "No such reference.", "ar": "لا يوجد طلب بهذا الرقم."},
    "question": {"tr": "Sorunuz alındı.", "en": "Your question was received.", "ar": "تم استلام سؤالك."},
    "ok": {"tr": "Tamam.", "en": "OK.", "ar": "حسناً."},
}
LANGUAGES = ("tr", "ar", "fa", "ps", "kmr", "ckb", "uk", "ru", "en", "fr", "so")


def t(key: str, language: str, **values: Any) -> str:
    texts = TEXTS[key]
    return texts.get(language, texts["en"]).format(**values)


def menu_keyboard() -> ReplyKeyboardMarkup:
    return ReplyKeyboardMarkup(
        keyboard=[[KeyboardButton(text="/apply"), KeyboardButton(text="/status")]], resize_keyboard=True
    )


# ----------------------------------------------------------------------------------------------- handlers


class Apply(StatesGroup):
    programme = State()
    answering = State()


class Status(StatesGroup):
    reference = State()


class DbSessionMiddleware(BaseMiddleware):
    """One ORM session per update, committed after the handler (aiogram's middleware documentation)."""

    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self.sessionmaker = sessionmaker

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        async with self.sessionmaker() as session:
            data["session"] = session
            result = await handler(event, data)
            await session.commit()
            return result


class PersonMiddleware(BaseMiddleware):
    """Loads the person who wrote, creating them on their first update."""

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user: User | None = data.get("event_from_user")
        session: AsyncSession = data["session"]
        if user is not None:
            person = await session.scalar(select(Person).where(Person.telegram_id == user.id))
            if person is None:
                person = Person(telegram_id=user.id, first_name=user.first_name, language=user.language_code or "tr")
                session.add(person)
                await session.flush()
            person.last_seen = datetime.now(UTC)
            data["person"] = person
        return await handler(event, data)


router = Router()


def store(session: AsyncSession, person: Person, message: Message) -> None:
    kind = "text" if message.text else "contact" if message.contact else "photo" if message.photo else "other"
    text = message.text or (message.contact.phone_number if message.contact else None)
    session.add(StoredMessage(person_id=person.id, kind=kind, text=text))


@router.message(CommandStart())
async def on_start(message: Message, state: FSMContext, person: Person) -> None:
    await state.clear()
    buttons = [InlineKeyboardButton(text=code, callback_data=f"lang:{code}") for code in LANGUAGES]
    keyboard = InlineKeyboardMarkup(inline_keyboard=[buttons[i : i + 4] for i in range(0, len(buttons), 4)])
    await message.answer(t("welcome", person.language), reply_markup=keyboard)


@router.callback_query(F.data.startswith("lang:"))
async def on_language(callback: CallbackQuery, person: Person) -> None:
    person.language = (callback.data or "").split(":", 1)[1]
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(t("menu", person.language), reply_markup=menu_keyboard())


@router.message(Command("apply"))
async def on_apply(message: Message, state: FSMContext, person: Person) -> None:
    await state.clear()
    programmes = ["food_aid", "rent_support", "education_grant", "winter_support"]
    keyboard = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=code, callback_data=f"prog:{code}")] for code in programmes]
    )
    await message.answer(t("programmes", person.language), reply_markup=keyboard)


@router.callback_query(F.data.startswith("prog:"))
async def on_programme(callback: CallbackQuery, state: FSMContext, person: Person) -> None:
    await state.set_state(Apply.programme)
    await state.update_data(programme=(callback.data or "").split(":", 1)[1], answers=[])
    await callback.answer()
    if isinstance(callback.message, Message):
        keyboard = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="▶", callback_data="apply:start")]])
        await callback.message.answer(t("start", person.language), reply_markup=keyboard)


@router.callback_query(F.data == "apply:start", StateFilter(Apply.programme))
async def on_apply_start(callback: CallbackQuery, state: FSMContext, person: Person) -> None:
    await state.set_state(Apply.answering)
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(t("next", person.language))


@router.callback_query(F.data == "consent:yes")
async def on_consent(callback: CallbackQuery, person: Person) -> None:
    person.consented = True
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(t("consent", person.language))


@router.callback_query(F.data == "apply:confirm", StateFilter(Apply.answering))
async def on_confirm(callback: CallbackQuery, state: FSMContext, session: AsyncSession, person: Person) -> None:
    data = await state.get_data()
    reference = str(random.randrange(10**8, 10**9))
    session.add(
        Application(
            reference=reference, person_id=person.id, programme=data["programme"], answers={"a": data["answers"]}
        )
    )
    await state.clear()
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(t("done", person.language, ref=reference), reply_markup=menu_keyboard())


@router.callback_query(StateFilter(Apply.answering))
async def on_answer_button(callback: CallbackQuery, state: FSMContext, person: Person) -> None:
    data = await state.get_data()
    await state.update_data(answers=[*data.get("answers", []), callback.data])
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(t("next", person.language))


@router.message(StateFilter(Apply.answering))
async def on_answer(message: Message, state: FSMContext, session: AsyncSession, person: Person) -> None:
    store(session, person, message)
    data = await state.get_data()
    answer = message.text or (message.contact.phone_number if message.contact else None)
    if message.photo:
        answer = message.photo[-1].file_id
    await state.update_data(answers=[*data.get("answers", []), answer])
    await message.answer(t("next", person.language))


@router.message(Command("status"))
async def on_status(message: Message, state: FSMContext, session: AsyncSession, person: Person) -> None:
    await state.set_state(Status.reference)
    applications = (await session.scalars(select(Application).where(Application.person_id == person.id))).all()
    lines = [f"{a.reference}: {a.status}" for a in applications]
    await message.answer("\n".join([*lines, t("status", person.language)]))


@router.message(StateFilter(Status.reference), F.text)
async def on_reference(message: Message, state: FSMContext, session: AsyncSession, person: Person) -> None:
    store(session, person, message)
    await state.clear()
    reference = "".join(ch for ch in message.text or "" if ch.isdigit())
    application = await session.scalar(select(Application).where(Application.reference == reference))
    if application is None:
        await message.answer(t("unknown", person.language))
    else:
        await message.answer(t("found", person.language, status=application.status))


@router.message(F.text)
async def on_question(message: Message, session: AsyncSession, person: Person) -> None:
    store(session, person, message)
    await message.answer(t("question", person.language))


@router.callback_query()
async def on_other_button(callback: CallbackQuery, person: Person) -> None:
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(t("ok", person.language))


@router.message()
async def on_other(message: Message, session: AsyncSession, person: Person) -> None:
    store(session, person, message)
    await message.answer(t("ok", person.language))


# ------------------------------------------------------------------------------------------------ the app


def build_app(args: argparse.Namespace) -> FastAPI:
    engine = create_async_engine(args.database_url)
    sessionmaker = async_sessionmaker(engine, expire_on_commit=False)
    storage = RedisStorage.from_url(args.redis_url, key_builder=DefaultKeyBuilder(prefix=args.redis_prefix))
    bot = Bot(args.token, session=AiohttpSession(api=TelegramAPIServer.from_base(args.api_url)))
    dispatcher = Dispatcher(storage=storage)
    dispatcher.update.outer_middleware(DbSessionMiddleware(sessionmaker))
    dispatcher.message.middleware(PersonMiddleware())
    dispatcher.callback_query.middleware(PersonMiddleware())
    dispatcher.include_router(router)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with engine.begin() as connection:
            await connection.run_sync(Base.metadata.create_all)
        yield
        await bot.session.close()
        await storage.close()
        await engine.dispose()

    app = FastAPI(lifespan=lifespan)

    @app.post("/telegram/webhook")
    async def webhook(request: Request, x_telegram_bot_api_secret_token: str | None = Header(default=None)) -> Response:
        if x_telegram_bot_api_secret_token != args.secret:
            return Response(status_code=403)
        update = Update.model_validate(await request.json(), context={"bot": bot})
        await dispatcher.feed_update(bot, update)
        return Response(status_code=200)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--api-url", required=True, help="the Bot API server (the fake's base URL)")
    parser.add_argument("--token", required=True)
    parser.add_argument("--secret", required=True, help="the webhook's secret token")
    parser.add_argument("--database-url", required=True, help="an empty database (the tables are made at start)")
    parser.add_argument("--redis-url", required=True)
    parser.add_argument("--redis-prefix", default="fsm", help="FSM keys' prefix (one per run, so runs do not mix)")
    args = parser.parse_args()
    uvicorn.run(build_app(args), host=args.host, port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
