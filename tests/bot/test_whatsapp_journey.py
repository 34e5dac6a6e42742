"""A person's first conversation on WhatsApp, through the real engine, catalogue and database."""

from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from bot.whatsapp.graph import GraphApi
from bot.whatsapp.render import MORE_PREFIX
from bot.whatsapp.webhook import WEBHOOK_PATH, build_whatsapp_router
from core.contacts.models import Contact
from core.context import CoreContext
from core.references import format_reference
from core.requests.models import Request
from core.settings import WhatsAppSettings
from handlers.engine import Conversations, build_translator
from tests.bot.test_whatsapp import serving
from tests.fakes.graph_api import FakeGraph, SentMessage

WA = "905321234567"


@pytest.fixture
async def graph() -> AsyncIterator[FakeGraph]:
    async with FakeGraph() as fake:
        yield fake


@pytest.fixture
async def webhook(ctx: CoreContext, graph: FakeGraph) -> AsyncIterator[str]:
    settings = WhatsAppSettings(
        access_token=graph.access_token,
        app_secret=graph.app_secret,
        verify_token=graph.verify_token,
        phone_number_id=graph.phone_number_id,
        api_url=graph.base_url,
    )
    translator = build_translator(ctx)
    app = FastAPI()
    api = GraphApi.from_settings(settings)
    app.include_router(build_whatsapp_router(Conversations(ctx, translator), translator, settings, api=api))
    async with serving(app) as base:
        yield base + WEBHOOK_PATH
    await api.aclose()


class Person:
    """Someone writing from their phone: sends what they do, reads what came back."""

    def __init__(self, graph: FakeGraph, webhook: str) -> None:
        self.graph, self.webhook, self.seen = graph, webhook, 0

    async def does(self, message: dict) -> list[SentMessage]:
        status, body = await self.graph.post_webhook(self.webhook, self.graph.payload([message], names={WA: "Ayşe"}))
        assert status == 200, body
        new = self.graph.sent_to(WA)[self.seen :]
        self.seen += len(new)
        assert new, "no reply"
        return new

    async def writes(self, text: str) -> list[SentMessage]:
        return await self.does(self.graph.text(WA, text))

    async def picks(
        self,
        replies: list[SentMessage],
        *,
        data: str | None = None,
        title: str | None = None,
    ) -> list[SentMessage]:
        """Taps the button or list row with this id (or title), paging through "more" rows to find it."""
        for _ in range(10):
            options = [(row["id"], row["title"]) for sent in replies for row in sent.rows]
            options += [button for sent in replies for button in sent.buttons]
            for option_id, option_title in options:
                if option_id == data or (title is not None and option_title == title):
                    kind = "button_reply" if any((option_id, option_title) in s.buttons for s in replies) else "list"
                    if kind == "button_reply":
                        return await self.does(self.graph.button_reply(WA, option_id, option_title))
                    return await self.does(self.graph.list_reply(WA, option_id, option_title))
            more = [option_id for option_id, _ in options if option_id.startswith(MORE_PREFIX)]
            assert more, f"no option {data or title!r} in {options}"
            replies = await self.does(self.graph.list_reply(WA, more[0]))
        raise AssertionError("too many pages")


async def choose_turkish_then_ask(person: "Person", ctx: CoreContext, greeting: list[SentMessage]) -> None:
    """From a greeting offering the languages: Türkçe, then 💬 Soru sor from the menu, then a question, then yes
    to the question notice."""
    tr = build_translator(ctx)
    chosen = await person.picks(greeting, data="lang:tr")
    assert tr.text("tr", "language-set", language="Türkçe") in [s.text for s in chosen]
    assert any(s.list_button == "Menü" for s in chosen), "the menu follows the reply"

    prompt = await person.picks(chosen, title=tr.text("tr", "menu-ask"))
    assert any(tr.text("tr", "ask-prompt") in (s.text or "") for s in prompt)

    notice = await person.writes("Kira yardımı için hangi belgeleri getirmem gerekiyor?")
    # A first question waits for the question notice: its text, then whether to pass it on, with two buttons.
    city = ctx.catalogue.city
    notice_text = tr.text("tr", "question-notice", city=city.name, version=city.privacy_notice_version)
    assert [s.text for s in notice] == [notice_text, tr.text("tr", "question-notice-ask")], [s.text for s in notice]
    # Two reply buttons (their titles fit WhatsApp's 20 characters), not a list to open first.
    assert notice[-1].rows == []
    options = notice[-1].buttons
    assert options == [
        ("qnotice:yes", tr.text("tr", "question-notice-agree")),
        ("qnotice:no", tr.text("tr", "question-notice-decline")),
    ], options
    async with ctx.db.transaction() as session:
        assert (await session.execute(select(Request))).scalars().all() == [], "nothing filed before the yes"

    answer = await person.picks(notice, data="qnotice:yes")
    async with ctx.db.transaction() as session:
        contact = (await session.execute(select(Contact).where(Contact.channel == "whatsapp"))).scalar_one()
        requests = (await session.execute(select(Request).where(Request.contact_id == contact.id))).scalars().all()
    # The name WhatsApp shows is kept only once the person agrees to the privacy notice (issue 13, finding 16).
    assert (contact.platform_user_id, contact.language, contact.display_name) == (WA, "tr", None)
    assert len(requests) == 1, "one question filed"
    reference = format_reference(requests[0].reference)
    assert any(reference in (s.text or "") for s in answer), [s.text for s in answer]


async def test_first_open_pick_turkish_ask_a_question_get_a_reference(webhook, graph, ctx) -> None:
    """WhatsApp's welcome request (the chat opened for the first time) is the person's /start."""
    person = Person(graph, webhook)
    greeting = await person.does(graph.welcome_request(WA))
    assert any(row["id"] == "lang:tr" for s in greeting for row in s.rows), "the language picker"
    await choose_turkish_then_ask(person, ctx, greeting)


async def test_hello_pick_turkish_ask_a_question_get_a_reference(webhook, graph, ctx) -> None:
    person = Person(graph, webhook)
    greeting = await person.writes("Merhaba")
    assert any(row["id"] == "lang:tr" for s in greeting for row in s.rows), "the language picker"
    await choose_turkish_then_ask(person, ctx, greeting)
