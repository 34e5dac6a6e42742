"""The WhatsApp channel over real HTTP: the app under uvicorn on 127.0.0.1, the fake Graph API for sends."""

import functools
import json
import shutil
import socket
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from bot.channel import split_text
from bot.whatsapp.channel import build_channel
from bot.whatsapp.graph import GraphApi, GraphError
from bot.whatsapp.parse import status_rank
from bot.whatsapp.render import MENU_PREFIX, MORE_PREFIX, OWN_PHONE_ID
from bot.whatsapp.sender import WhatsAppSender
from bot.whatsapp.webhook import WEBHOOK_PATH, build_whatsapp_router
from core.db import Database
from core.delivery.errors import RetryLater, Undeliverable, Unreachable
from core.delivery.schemas import Rendered, SentFile
from core.errors import ConfigurationError
from core.i18n import LOCALES_DIR, Translator
from core.inbox import service as inbox
from core.inbox.models import ProcessedUpdate
from core.person_guards import KeyedLocks
from core.settings import TemplateSpec, WhatsAppSettings, load_settings
from handlers.types import Choice, Inbound, InboundKind, OutMessage, Reply, Say
from hemsehri.web import running
from tests.conftest import serving as serve_app
from tests.fakes.graph_api import FakeClock, FakeGraph, Throughput
from tests.media import PNG, pdf

WA = "905321234567"  # a Turkish mobile number, as WhatsApp writes it
OTHER = "963933123456"  # a Syrian one
DISTRICTS = [
    "Aliağa",
    "Balçova",
    "Bayındır",
    "Bayraklı",
    "Bergama",
    "Beydağ",
    "Bornova",
    "Buca",
    "Çeşme",
    "Çiğli",
    "Dikili",
    "Foça",
    "Gaziemir",
    "Güzelbahçe",
    "Karabağlar",
    "Karaburun",
    "Karşıyaka",
    "Kemalpaşa",
    "Kınık",
    "Kiraz",
    "Konak",
    "Menderes",
    "Menemen",
    "Narlıdere",
    "Ödemiş",
    "Seferihisar",
    "Selçuk",
    "Tire",
    "Torbalı",
    "Urla",
]
LONG_TEXT = "\n".join(f"{n:04d} " + "ç" * 94 for n in range(60))  # 60 lines of 100 characters

CATALOGUE = {
    "tr": """
echo = Yazdığınız: { $text }
echo-button = Seçtiğiniz: { $data }
echo-contact = Telefonunuz: { $phone }
echo-kind = Aldım: { $kind }
ask-phone = Telefon numaranız nedir?
pick = Birini seçin.
yes = Evet
no = Hayır
long-label = Sosyal market alışveriş kredisi başvurusu
district = İlçenizi seçin.
menu-apply = Başvuru yap
menu-status = Başvurularım
menu-help = Yardım
error-unexpected = Bir sorun oldu, lütfen tekrar deneyin.
"""
    + "long-text =\n"
    + "".join(f"    {line}\n" for line in LONG_TEXT.split("\n")),
    "en": """
echo = You wrote: { $text }
""",
}
TEMPLATES = {
    "status_changed": TemplateSpec(
        name="hemsehri_status", languages={"tr": "tr", "en": "en_US", "fa": "fa"}, fallback="tr"
    ),
    "staff_reply": TemplateSpec(name="hemsehri_reply", languages={"tr": "tr", "en": "en_US"}),
    "announcement": TemplateSpec(name="hemsehri_announcement", languages={"tr": "tr"}),
}
FAKE_TEMPLATES = {
    "hemsehri_status": {"tr": 3, "en_US": 3, "fa": 3},
    "hemsehri_reply": {"tr": 2, "en_US": 2},
    "hemsehri_announcement": {"tr": 1},
}


@dataclass
class Echo:
    """The engine's interface in a few lines: records the wamid like the engine, then echoes."""

    db: Database
    handled: list[Inbound] = field(default_factory=list)
    fail: Callable[[Inbound], BaseException | None] | None = None
    locks: KeyedLocks = field(default_factory=KeyedLocks)

    async def handle(self, inbound: Inbound) -> Reply:
        async with self.db.transaction() as session:
            assert inbound.update_id and inbound.source
            if not await inbox.record_update(session=session, source=inbound.source, update_id=inbound.update_id):
                return Reply("tr", duplicate=True)
            if self.fail and (error := self.fail(inbound)):
                raise error
        self.handled.append(inbound)
        return self.reply(inbound)

    def reply(self, inbound: Inbound) -> Reply:
        if inbound.kind is InboundKind.BUTTON:
            return Reply("tr", [OutMessage(Say("echo-button", {"data": inbound.button}))])
        if inbound.kind is InboundKind.CONTACT:
            return Reply("tr", [OutMessage(Say("echo-contact", {"phone": inbound.phone}))])
        if inbound.kind is not InboundKind.TEXT:
            return Reply("tr", [OutMessage(Say("echo-kind", {"kind": inbound.kind.value}))])
        text = inbound.text
        if text == "buttons":
            return Reply("tr", [OutMessage(Say("pick"), [[Choice(Say("yes"), "yes"), Choice(Say("no"), "no")]])])
        if text == "long labels":
            choices = [[Choice(Say("long-label"), "prog:shopping_credit")], [Choice(Say("no"), "no")]]
            return Reply("tr", [OutMessage(Say("pick"), choices)])
        if text == "districts":
            choices = [[Choice(name, f"district:{n}")] for n, name in enumerate(DISTRICTS)]
            return Reply("tr", [OutMessage(Say("district"), choices)])
        if text == "phone":
            return Reply("tr", [OutMessage(Say("ask-phone"), ask_phone=True)], menu=True)
        if text == "menu":
            return Reply("tr", [OutMessage(Say("echo", {"text": text}))], menu=True)
        if text == "long":
            return Reply("tr", [OutMessage(Say("long-text"))])
        if text == "english":
            return Reply("en", [OutMessage(Say("echo", {"text": text}))])
        return Reply("tr", [OutMessage(Say("echo", {"text": text}))])

    def menu_labels(self, locale: str) -> list[list[Say]]:
        return [[Say("menu-apply"), Say("menu-status")], [Say("menu-help")]]


serving = functools.partial(serve_app, lifespan="on")


@pytest.fixture
def wa_translator(tmp_path: Path) -> Translator:
    """The test catalogue plus the real whatsapp.ftl, in Turkish and English."""
    for code, text in CATALOGUE.items():
        folder = tmp_path / "wa-locales" / code
        folder.mkdir(parents=True)
        (folder / "test.ftl").write_text(text, encoding="utf-8")
        shutil.copy(LOCALES_DIR / code / "whatsapp.ftl", folder / "whatsapp.ftl")
    return Translator(["tr", "en"], "tr", directory=tmp_path / "wa-locales")


@pytest.fixture
async def graph() -> AsyncIterator[FakeGraph]:
    async with FakeGraph(templates=FAKE_TEMPLATES) as fake:
        yield fake


@pytest.fixture
def wa_settings(graph: FakeGraph) -> WhatsAppSettings:
    return graph.settings(templates=TEMPLATES)


@pytest.fixture
async def api(wa_settings: WhatsAppSettings) -> AsyncIterator[GraphApi]:
    client = GraphApi.from_settings(wa_settings)
    yield client
    await client.aclose()


@pytest.fixture
def wa_echo(db: Database) -> Echo:
    return Echo(db)


@pytest.fixture
def statuses() -> list[tuple[str, str, str | None]]:
    return []


@pytest.fixture
async def webhook(wa_echo, wa_translator, wa_settings, api, statuses) -> AsyncIterator[str]:
    """The URL of the webhook of an app serving the echo engine."""

    async def on_status(wamid: str, status: str, error: str | None) -> None:
        statuses.append((wamid, status, error))

    app = FastAPI()
    app.include_router(build_whatsapp_router(wa_echo, wa_translator, wa_settings, api=api, on_status=on_status))
    async with serving(app) as base:
        yield base + WEBHOOK_PATH


async def processed(db: Database) -> int:
    async with db.transaction() as session:
        return (await session.execute(select(func.count()).select_from(ProcessedUpdate))).scalar_one()


async def say(graph: FakeGraph, webhook: str, *messages: dict) -> None:
    """Posts the messages in one signed payload and expects 200."""
    status, body = await graph.post_webhook(webhook, graph.payload(messages, names={WA: "Ayşe"}))
    assert status == 200, body


# ------------------------------------------------------------------------------------ verification


async def test_verification_handshake_echoes_the_challenge(webhook: str, graph: FakeGraph) -> None:
    async with httpx.AsyncClient() as http:
        params = {"hub.mode": "subscribe", "hub.verify_token": graph.verify_token, "hub.challenge": "1158201444"}
        good = await http.get(webhook, params=params)
        wrong = await http.get(webhook, params=params | {"hub.verify_token": "guess"})
        mode = await http.get(webhook, params=params | {"hub.mode": "unsubscribe"})
        bare = await http.get(webhook)
    assert (good.status_code, good.text) == (200, "1158201444")
    assert [wrong.status_code, mode.status_code, bare.status_code] == [403, 403, 403]
    assert "1158201444" not in wrong.text


# --------------------------------------------------------------------------------------- signature


async def test_signature_missing_or_wrong_stores_nothing(webhook, graph, wa_echo, db) -> None:
    payload = graph.payload([graph.text(WA, "merhaba")])
    assert (await graph.post_webhook(webhook, payload, signature="missing"))[0] == 401
    assert (await graph.post_webhook(webhook, payload, signature="wrong"))[0] == 403
    tampered = json.dumps(payload).encode()
    status, _ = await graph.post_webhook(
        webhook,
        tampered.replace(b"merhaba", b"MERHABA"),
        signature="missing",
        headers={"X-Hub-Signature-256": graph.sign(tampered)},
    )
    assert status == 403
    assert wa_echo.handled == [] and graph.sent == [] and await processed(db) == 0
    assert (await graph.post_webhook(webhook, payload))[0] == 200
    assert [inbound.text for inbound in wa_echo.handled] == ["merhaba"]


async def test_signature_is_checked_over_the_raw_bytes(webhook, graph, wa_echo) -> None:
    """Meta's bytes are signed as they are: pretty-printed, unescaped UTF-8 must still verify."""
    body = json.dumps(graph.payload([graph.text(WA, "Günaydın, İzmir")]), indent=2, ensure_ascii=False).encode()
    status, _ = await graph.post_webhook(webhook, body)
    assert status == 200
    assert wa_echo.handled[0].text == "Günaydın, İzmir"


# ----------------------------------------------------------------------------------------- parsing


async def test_a_text_message_is_answered_through_the_graph_api(webhook, graph, wa_echo) -> None:
    message = graph.text(WA, "merhaba")
    await say(graph, webhook, message)
    [inbound] = wa_echo.handled
    assert inbound == Inbound(
        channel="whatsapp",
        user_id=WA,
        chat_id=WA,
        kind=InboundKind.TEXT,
        text="merhaba",
        platform_language="tr",
        display_name="Ayşe",
        message_id=message["id"],
        update_id=message["id"],
        source=f"whatsapp:{graph.phone_number_id}",
        text_limit=4096,
    )
    [sent] = graph.sent
    assert (sent.to, sent.type, sent.text, sent.phone_number_id) == (
        WA,
        "text",
        "Yazdığınız: merhaba",
        graph.phone_number_id,
    )
    assert graph.calls[0].authorization == f"Bearer {graph.access_token}"


async def test_button_and_list_replies_are_buttons_with_their_ids(webhook, graph, wa_echo) -> None:
    await say(graph, webhook, graph.button_reply(WA, "yes", "Evet"), graph.list_reply(WA, "district:3", "Bayraklı"))
    assert [(i.kind, i.button) for i in wa_echo.handled] == [
        (InboundKind.BUTTON, "yes"),
        (InboundKind.BUTTON, "district:3"),
    ]
    assert [s.text for s in graph.sent] == ["Seçtiğiniz: yes", "Seçtiğiniz: district:3"]


async def test_media_location_contacts_and_other_kinds(webhook, graph, wa_echo) -> None:
    await say(
        graph,
        webhook,
        graph.image(WA, "111", caption="kimlik ön yüz"),
        graph.document(WA, "222", filename="ikametgah.pdf"),
        graph.audio(WA, "333", voice=True),
        graph.audio(WA, "334", voice=False),
        graph.video(WA, "444"),
        graph.sticker(WA, "555"),
        graph.location(WA, 38.4189, 27.1287),
        graph.contacts(WA, "+90 532 123 45 67", card_wa_id=WA),
        graph.contacts(WA, "+90 555 000 00 00"),
        graph.template_button(WA, "status:482913656", "Durumu gör"),
        graph.reaction(WA, "wamid.out", "👍"),  # nothing for the engine
        graph.unsupported(WA),
    )
    seen = [(i.kind, i.attachment and (i.attachment.kind, i.attachment.file_id), i.text) for i in wa_echo.handled]
    assert seen == [
        (InboundKind.ATTACHMENT, ("photo", "111"), "kimlik ön yüz"),
        (InboundKind.ATTACHMENT, ("document", "222"), None),
        (InboundKind.ATTACHMENT, ("voice", "333"), None),
        (InboundKind.ATTACHMENT, ("audio", "334"), None),
        (InboundKind.ATTACHMENT, ("video", "444"), None),
        (InboundKind.STICKER, ("sticker", "555"), None),
        (InboundKind.LOCATION, None, None),
        (InboundKind.CONTACT, None, None),
        (InboundKind.TEXT, None, "+90 555 000 00 00"),  # someone else's card: as if the number were typed
        (InboundKind.BUTTON, None, None),
        (InboundKind.UNSUPPORTED, None, None),
    ]
    assert wa_echo.handled[1].attachment.file_name == "ikametgah.pdf"
    assert wa_echo.handled[6].location == (38.4189, 27.1287)
    assert wa_echo.handled[7].phone == f"+{WA}"
    assert wa_echo.handled[9].button == "status:482913656"
    assert len(graph.sent) == len(wa_echo.handled)


async def test_the_welcome_request_and_typed_commands_are_commands(webhook, graph, wa_echo) -> None:
    await say(graph, webhook, graph.welcome_request(WA), graph.text(WA, "/start"), graph.text(WA, "/language tr"))
    assert [(i.kind, i.command, i.text) for i in wa_echo.handled] == [
        (InboundKind.COMMAND, "start", None),
        (InboundKind.COMMAND, "start", None),
        (InboundKind.COMMAND, "language", "tr"),
    ]


async def test_messages_of_one_payload_are_handled_and_answered_in_order(webhook, graph, wa_echo) -> None:
    await say(graph, webhook, graph.text(WA, "bir"), graph.text(OTHER, "iki"), graph.text(WA, "üç"))
    assert [(i.user_id, i.text) for i in wa_echo.handled] == [(WA, "bir"), (OTHER, "iki"), (WA, "üç")]
    assert [(s.to, s.text) for s in graph.sent] == [
        (WA, "Yazdığınız: bir"),
        (OTHER, "Yazdığınız: iki"),
        (WA, "Yazdığınız: üç"),
    ]
    assert wa_echo.handled[1].platform_language == "ar"  # a hint from a Syrian number; the engine confirms it


async def test_a_replayed_wamid_is_acted_on_once(webhook, graph, wa_echo, db) -> None:
    payload = graph.payload([graph.text(WA, "merhaba")])
    for _ in range(3):  # Meta redelivers for a day
        assert (await graph.post_webhook(webhook, payload))[0] == 200
    assert len(wa_echo.handled) == 1 and len(graph.sent) == 1 and await processed(db) == 1


async def test_statuses_out_of_order_keep_the_most_advanced_per_message(webhook, graph, statuses) -> None:
    batch = [
        graph.status("wamid.A", "read"),
        graph.status("wamid.A", "sent"),
        graph.status("wamid.B", "sent"),
        graph.status("wamid.A", "delivered"),
        graph.status("wamid.B", "failed", error_code=131026),
        graph.status("wamid.C", "delivered"),
        graph.status("wamid.C", "deleted"),
    ]
    status, _ = await graph.post_webhook(webhook, graph.payload(statuses=batch))
    assert status == 200
    assert statuses == [
        ("wamid.A", "read", None),
        ("wamid.B", "failed", "131026: Message undeliverable (Message undeliverable)"),
        ("wamid.C", "delivered", None),
    ]
    # A later payload may still bring an older state: the hook keeps the higher rank.
    await graph.post_webhook(webhook, graph.payload(statuses=[graph.status("wamid.A", "delivered")]))
    book: dict[str, str] = {}
    for wamid, state, _error in statuses:
        if status_rank(state) > status_rank(book.get(wamid)):
            book[wamid] = state
    assert book == {"wamid.A": "read", "wamid.B": "failed", "wamid.C": "delivered"}


# -------------------------------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "body", [b"{not json", b"[]", b'{"entry": "x"}', b'{"entry": [{"changes": 3}]}', b"\xff\xfe\x00"]
)
async def test_a_malformed_body_answers_400_without_a_traceback(webhook, graph, wa_echo, body: bytes) -> None:
    status, text = await graph.post_webhook(webhook, body)
    assert status == 400
    assert "Traceback" not in text and "Error" not in text
    assert wa_echo.handled == []


async def test_a_body_too_large_is_refused_before_anything_else(webhook, graph, wa_echo) -> None:
    status, _ = await graph.post_webhook(webhook, b"{" + b" " * 1_000_001 + b"}")
    assert status == 413 and wa_echo.handled == []


async def test_over_the_in_flight_bound_meta_is_asked_to_come_back(wa_echo, wa_translator, wa_settings, api, graph):
    app = FastAPI()
    app.include_router(build_whatsapp_router(wa_echo, wa_translator, wa_settings, api=api, max_in_flight=0))
    async with serving(app) as base:
        status, _ = await graph.post_webhook(base + WEBHOOK_PATH, graph.payload([graph.text(WA, "merhaba")]))
    assert status == 429 and wa_echo.handled == []


async def test_a_malformed_message_is_skipped_and_the_rest_handled(webhook, graph, wa_echo) -> None:
    broken = graph.text(WA, "x")
    del broken["from"]
    odd = graph.location(WA, 999, 27.0)  # out of range
    await say(graph, webhook, broken, odd, graph.text(WA, "sonra"))
    assert [i.text for i in wa_echo.handled] == ["sonra"]


async def test_a_poison_message_is_logged_skipped_and_the_person_told(webhook, graph, wa_echo, caplog) -> None:
    wa_echo.fail = lambda inbound: RuntimeError("bug") if inbound.text == "boom" else None
    boom = graph.text(WA, "boom")
    await say(graph, webhook, boom, graph.text(WA, "sonra"))
    assert [i.text for i in wa_echo.handled] == ["sonra"]
    assert [s.text for s in graph.sent] == ["Bir sorun oldu, lütfen tekrar deneyin.", "Yazdığınız: sonra"]
    assert any(boom["id"] in record.getMessage() and "poison" in record.getMessage() for record in caplog.records)
    assert all("boom" not in record.getMessage() for record in caplog.records)  # no message text in the logs


async def test_a_storage_failure_answers_503_and_the_redelivery_completes(webhook, graph, wa_echo, db) -> None:
    failures = iter([OperationalError("INSERT", {}, Exception("database is locked"))])
    wa_echo.fail = lambda inbound: next(failures, None) if inbound.text == "iki" else None
    payload = graph.payload([graph.text(WA, "bir"), graph.text(WA, "iki")])
    assert (await graph.post_webhook(webhook, payload))[0] == 503  # Meta will deliver it again
    assert [i.text for i in wa_echo.handled] == ["bir"]
    assert (await graph.post_webhook(webhook, payload))[0] == 200
    assert [i.text for i in wa_echo.handled] == ["bir", "iki"]
    assert [s.text for s in graph.sent] == ["Yazdığınız: bir", "Yazdığınız: iki"]
    assert await processed(db) == 2


async def test_a_failed_reply_send_still_answers_200(webhook, graph, wa_echo) -> None:
    graph.fail_next(131000, status=500, message="Something went wrong")
    await say(graph, webhook, graph.text(WA, "merhaba"))
    assert len(wa_echo.handled) == 1 and graph.sent == []


# --------------------------------------------------------------------------------------- rendering


async def test_up_to_three_short_choices_are_reply_buttons(webhook, graph) -> None:
    await say(graph, webhook, graph.text(WA, "buttons"))
    [sent] = graph.sent
    assert sent.interactive_type == "button"
    assert (sent.text, sent.buttons) == ("Birini seçin.", [("yes", "Evet"), ("no", "Hayır")])


async def test_a_label_too_long_for_a_button_makes_a_list_with_the_full_label(webhook, graph) -> None:
    await say(graph, webhook, graph.text(WA, "long labels"))
    [sent] = graph.sent
    assert sent.interactive_type == "list" and sent.list_button == "Seçiniz"
    assert sent.rows == [
        {
            "id": "prog:shopping_credit",
            "title": "Sosyal market alışveriş…",
            "description": "Sosyal market alışveriş kredisi başvurusu",
        },
        {"id": "no", "title": "Hayır"},
    ]


async def test_a_long_list_is_paginated_with_a_more_row(webhook, graph, wa_echo) -> None:
    await say(graph, webhook, graph.text(WA, "districts"))
    shown: list[str] = []
    pages = 0
    while True:
        page = graph.sent[-1]
        pages += 1
        assert page.interactive_type == "list" and page.text == "İlçenizi seçin." and len(page.rows) <= 10
        more = [row for row in page.rows if row["id"].startswith(MORE_PREFIX)]
        shown += [row["title"] for row in page.rows if not row["id"].startswith(MORE_PREFIX)]
        if not more:
            break
        assert page.rows[-1] == more[0] and more[0]["title"] == "➡️ Daha fazla seçenek"
        await say(graph, webhook, graph.list_reply(WA, more[0]["id"], more[0]["title"]))
    assert shown == DISTRICTS and pages == 4
    assert [i.text for i in wa_echo.handled] == ["districts"]  # "more" never reaches the engine
    await say(graph, webhook, graph.list_reply(WA, graph.sent[-1].rows[-1]["id"], "Urla"))
    assert wa_echo.handled[-1].button == "district:29"


async def test_a_forgotten_page_asks_to_type_the_choice(webhook, graph, wa_echo) -> None:
    await say(graph, webhook, graph.list_reply(WA, f"{MORE_PREFIX}unknown-token:9:tr"))
    assert [s.text for s in graph.sent] == ["Bu liste artık geçerli değil. Lütfen seçiminizi yazarak gönderin."]
    assert wa_echo.handled == []


async def test_ask_phone_offers_this_whatsapp_number_and_sends_it_as_a_contact(webhook, graph, wa_echo) -> None:
    await say(graph, webhook, graph.text(WA, "phone"))
    [sent] = graph.sent  # asking for the phone keeps its own button: no menu on this reply
    assert sent.interactive_type == "button"
    assert sent.buttons == [(OWN_PHONE_ID, "Bu numarayı kullan")]
    assert sent.text.startswith("Telefon numaranız nedir?\n\nNumaranızı yazabilir")
    await say(graph, webhook, graph.button_reply(WA, OWN_PHONE_ID, "Bu numarayı kullan"))
    await say(graph, webhook, graph.button_reply(OTHER, OWN_PHONE_ID))  # the number is the sender's, always
    assert [(i.kind, i.phone, i.button) for i in wa_echo.handled[1:]] == [
        (InboundKind.CONTACT, f"+{WA}", None),
        (InboundKind.CONTACT, f"+{OTHER}", None),
    ]
    assert graph.sent[1].text == f"Telefonunuz: +{WA}"


async def test_the_menu_is_a_list_and_a_picked_row_is_its_label(webhook, graph, wa_echo) -> None:
    await say(graph, webhook, graph.text(WA, "menu"))
    [sent] = graph.sent  # the reply's own text carries the menu button
    assert (sent.text, sent.interactive_type, sent.list_button) == ("Yazdığınız: menu", "list", "Menü")
    assert sent.rows == [
        {"id": f"{MENU_PREFIX}tr:0.0", "title": "Başvuru yap"},
        {"id": f"{MENU_PREFIX}tr:0.1", "title": "Başvurularım"},
        {"id": f"{MENU_PREFIX}tr:1.0", "title": "Yardım"},
    ]
    await say(graph, webhook, graph.list_reply(WA, f"{MENU_PREFIX}tr:1.0", "Yardım"))
    assert (wa_echo.handled[-1].kind, wa_echo.handled[-1].text) == (InboundKind.TEXT, "Yardım")


async def test_a_text_over_4096_characters_is_split(webhook, graph) -> None:
    await say(graph, webhook, graph.text(WA, "long"))
    assert len(graph.sent) == 2 and all(len(s.text) <= 4096 for s in graph.sent)
    assert "\n".join(s.text for s in graph.sent) == LONG_TEXT


def test_split_text_cuts_at_lines_then_spaces_then_anywhere() -> None:
    assert split_text("ab\ncd", 3) == ["ab", "cd"]
    assert split_text("ab cd", 3) == ["ab", "cd"]
    assert split_text("abcdef", 4) == ["abcd", "ef"]
    assert split_text("  \n", 4) == []


def test_whatsapp_catalogues_fit_the_limits() -> None:
    translator = Translator(["tr", "en"], "tr")
    for locale in ("tr", "en"):
        for key in ("whatsapp-list-button", "whatsapp-menu-button", "whatsapp-own-phone"):
            assert 0 < len(translator.text(locale, key)) <= 20, (locale, key)
        assert 0 < len(translator.text(locale, "whatsapp-more")) <= 24


# ------------------------------------------------------------------------------------------ sender


def notification(
    locale: str = "tr",
    *,
    kind: str = "status_changed",
    last_inbound=None,
    text: str | None = None,
    params: dict | None = None,
) -> Rendered:
    params = (
        params
        if params is not None
        else {"reference": "482 913 656", "programme": "Gıda kolisi", "status": "onaylandı"}
    )
    return Rendered(text or "Başvurunuz 482 913 656 onaylandı.", locale, kind, params, last_inbound)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def sender(clock: FakeClock, wa_settings: WhatsAppSettings) -> AsyncIterator[WhatsAppSender]:
    async with FakeGraph(templates=FAKE_TEMPLATES, clock=clock) as fake:
        settings = wa_settings.model_copy(update={"api_url": fake.base_url})
        whatsapp = WhatsAppSender(GraphApi.from_settings(settings), settings, clock=clock)
        whatsapp.fake = fake  # type: ignore[attr-defined]
        yield whatsapp
        await whatsapp.aclose()


async def test_inside_the_window_the_text_is_sent(sender, clock) -> None:
    fake: FakeGraph = sender.fake
    fake.customer_wrote(WA, clock() - timedelta(hours=23))
    wamid = await sender.send(chat_id=WA, message=notification(last_inbound=clock() - timedelta(hours=23)))
    [sent] = fake.sent
    assert (sent.wamid, sent.type, sent.text) == (wamid, "text", "Başvurunuz 482 913 656 onaylandı.")


async def test_a_file_staff_attached_is_uploaded_and_sent_with_its_caption_inside_the_window(sender, clock) -> None:
    fake: FakeGraph = sender.fake
    fake.customer_wrote(WA, clock() - timedelta(hours=1))
    params = {"reference": "482 913 656", "text": "Ekte."}
    photo = SentFile("a.png", "photo", "image/png", "kimlik.png", PNG, "")
    document = SentFile("b.pdf", "document", "application/pdf", "karar.pdf", pdf("Karar"), "")
    recent = clock() - timedelta(hours=1)
    short = await sender.send(
        chat_id=WA, message=Rendered("Ekte.", "tr", "staff_reply", params, recent, attachment=photo)
    )
    long = await sender.send(
        chat_id=WA, message=Rendered("x" * 1_500, "tr", "staff_reply", params, recent, attachment=document)
    )
    image, text, sent_document = fake.sent
    assert (short, image.type, image.payload["image"]["caption"]) == (image.wamid, "image", "Ekte.")
    assert fake.media(image.payload["image"]["id"]) == (PNG, "image/png")
    assert fake.uploaded[image.payload["image"]["id"]] == "kimlik.png"
    assert (long, text.text) == (text.wamid, "x" * 1_500)  # too long for a caption: the text first, on its own
    assert (
        sent_document.payload["document"]["filename"] == "karar.pdf"
        and "caption" not in sent_document.payload["document"]
    )
    assert fake.media(sent_document.payload["document"]["id"]) == (pdf("Karar"), "application/pdf")

    fake.fail_next(131053, message="Media upload error", after=1)  # the file refused after the text: never resent
    with pytest.raises(Undeliverable, match="then the file failed"):
        await sender.send(
            chat_id=WA, message=Rendered("y" * 1_500, "tr", "staff_reply", params, recent, attachment=photo)
        )
    fake.customer_wrote(WA, clock() - timedelta(hours=30))  # outside the window: the template, without the file
    await sender.send(
        chat_id=WA,
        message=Rendered("Ekte.", "tr", "staff_reply", params, clock() - timedelta(hours=30), attachment=photo),
    )
    assert fake.sent[-1].template == ("hemsehri_reply", "tr", ["482 913 656", "Ekte."])


async def test_outside_the_window_the_template_goes_in_the_persons_language(sender, clock) -> None:
    fake: FakeGraph = sender.fake
    old = clock() - timedelta(hours=25)
    await sender.send(
        chat_id=WA,
        message=notification(
            "en",
            last_inbound=old,
            params={"reference": "482 913 656", "programme": "Food package", "status": "approved"},
        ),
    )
    await sender.send(
        chat_id=WA,
        message=notification(
            "fa-AF",
            last_inbound=None,
            params={"reference": "482 913 656", "programme": "بسته غذایی", "status": "تأیید شد"},
        ),
    )
    await sender.send(
        chat_id=WA,
        message=notification(
            "en", kind="staff_reply", last_inbound=old, params={"reference": "482 913 656", "text": "Line one\n\n  two"}
        ),
    )
    assert [s.template for s in fake.sent] == [
        ("hemsehri_status", "en_US", ["482 913 656", "Food package", "approved"]),
        ("hemsehri_status", "fa", ["482 913 656", "بسته غذایی", "تأیید شد"]),
        ("hemsehri_reply", "en_US", ["482 913 656", "Line one two"]),
    ]


async def test_a_language_without_a_template_falls_back_only_when_configured(sender, clock) -> None:
    fake: FakeGraph = sender.fake
    await sender.send(chat_id=WA, message=notification("ps"))  # status_changed falls back to Turkish
    assert fake.sent[-1].template[:2] == ("hemsehri_status", "tr")
    with pytest.raises(Undeliverable, match="no template for ps"):
        await sender.send(
            chat_id=WA, message=notification("ps", kind="staff_reply", params={"reference": "1", "text": "x"})
        )
    await sender.send(chat_id=WA, message=notification(kind="announcement", params={}, text="Kış yakacağı\ndağıtımı"))
    assert fake.sent[-1].template == ("hemsehri_announcement", "tr", ["Kış yakacağı dağıtımı"])


async def test_re_engagement_error_sends_the_template_instead(sender, clock) -> None:
    fake: FakeGraph = sender.fake  # the person never wrote as far as WhatsApp knows
    wamid = await sender.send(chat_id=WA, message=notification(last_inbound=clock() - timedelta(hours=1)))
    assert fake.errors() == [131047]
    [sent] = fake.sent
    assert sent.wamid == wamid and sent.template[0] == "hemsehri_status"


@pytest.mark.parametrize(
    ("code", "status", "expected"),
    [
        (130429, 400, RetryLater),
        (131056, 400, RetryLater),
        (4, 400, RetryLater),
        (131000, 500, RetryLater),
        (None, 503, RetryLater),
        (131026, 400, Undeliverable),
        (131051, 400, Undeliverable),
        (131050, 400, Unreachable),
        (190, 401, RetryLater),
        (131009, 400, Undeliverable),
    ],
)
async def test_graph_errors_are_mapped(sender, clock, code, status, expected) -> None:
    fake: FakeGraph = sender.fake
    fake.customer_wrote(WA)
    fake.fail_next(code or 0, status=status)
    with pytest.raises(expected):
        await sender.send(chat_id=WA, message=notification(last_inbound=clock()))


async def test_http_429_carries_retry_after(sender, clock) -> None:
    fake: FakeGraph = sender.fake
    fake.fail_next(130429, status=429, retry_after=7)
    with pytest.raises(RetryLater) as caught:
        await sender.send(chat_id=WA, message=notification())
    assert caught.value.retry_after == 7


async def test_throughput_limit_and_blocked_numbers(sender, clock) -> None:
    fake: FakeGraph = sender.fake
    fake.throughput = Throughput(per_second=1)
    await sender.send(chat_id=WA, message=notification())
    with pytest.raises(RetryLater, match="130429"):
        await sender.send(chat_id=OTHER, message=notification())
    clock.advance(timedelta(seconds=1))
    fake.block(OTHER)
    with pytest.raises(Unreachable):
        await sender.send(chat_id=OTHER, message=notification())


async def test_a_long_notification_is_split_and_a_failed_later_part_is_parked(sender, clock) -> None:
    fake: FakeGraph = sender.fake
    fake.customer_wrote(WA)
    long = notification(last_inbound=clock(), text=LONG_TEXT * 2)
    first = await sender.send(chat_id=WA, message=long)
    assert fake.sent[0].wamid == first and len(fake.sent) == 3
    fake.throughput = Throughput(per_second=1)
    clock.advance(timedelta(seconds=2))
    with pytest.raises(Undeliverable, match="sent part 1"):  # resending would repeat the first part
        await sender.send(chat_id=WA, message=long)


async def test_an_unreachable_api_is_retried_later(wa_settings, clock) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{closed.getsockname()[1]}/v21.0"  # bound, never listening: refused
        settings = wa_settings.model_copy(update={"api_url": url})
        whatsapp = WhatsAppSender(GraphApi.from_settings(settings), settings, clock=clock)
        with pytest.raises(RetryLater, match="unavailable"):
            await whatsapp.send(chat_id=WA, message=notification())
        await whatsapp.aclose()


# --------------------------------------------------------------------------------- fake and settings


@pytest.mark.parametrize(
    ("message", "code"),
    [
        ({"type": "text", "text": {"body": "x" * 4097}}, 131009),
        (
            {
                "type": "interactive",
                "interactive": {
                    "type": "button",
                    "body": {"text": "b"},
                    "action": {"buttons": [{"type": "reply", "reply": {"id": "a", "title": "x" * 21}}]},
                },
            },
            131009,
        ),
        (
            {
                "type": "interactive",
                "interactive": {
                    "type": "button",
                    "body": {"text": "b"},
                    "action": {
                        "buttons": [{"type": "reply", "reply": {"id": str(n), "title": str(n)}} for n in range(4)]
                    },
                },
            },
            131009,
        ),
        (
            {
                "type": "interactive",
                "interactive": {
                    "type": "list",
                    "body": {"text": "b"},
                    "action": {
                        "button": "Seç",
                        "sections": [{"rows": [{"id": str(n), "title": str(n)} for n in range(11)]}],
                    },
                },
            },
            131009,
        ),
        (
            {
                "type": "interactive",
                "interactive": {
                    "type": "list",
                    "body": {"text": "b"},
                    "action": {"button": "Seç", "sections": [{"rows": [{"id": "x" * 201, "title": "t"}]}]},
                },
            },
            131009,
        ),
        ({"type": "template", "template": {"name": "nope", "language": {"code": "tr"}}}, 132001),
        ({"type": "template", "template": {"name": "hemsehri_reply", "language": {"code": "tr"}}}, 132000),
    ],
)
async def test_the_fake_refuses_what_the_cloud_api_refuses(graph, api, message, code) -> None:
    graph.customer_wrote(WA)
    with pytest.raises(GraphError) as caught:
        await api.send(graph.phone_number_id, {"to": WA, **message})
    assert caught.value.code == code and graph.sent == []


async def test_the_fake_checks_the_token_and_the_window(graph, wa_settings) -> None:
    wrong = GraphApi(api_url=graph.base_url, access_token="stolen")
    with pytest.raises(GraphError) as caught:
        await wrong.send(graph.phone_number_id, {"to": WA, "type": "text", "text": {"body": "x"}})
    await wrong.aclose()
    assert (caught.value.status, caught.value.code) == (401, 190)
    api = GraphApi.from_settings(wa_settings)
    with pytest.raises(GraphError) as caught:
        await api.send(graph.phone_number_id, {"to": WA, "type": "text", "text": {"body": "x"}})
    assert caught.value.code == 131047
    graph.customer_wrote(WA, graph.clock() - timedelta(hours=24, seconds=1))
    with pytest.raises(GraphError):
        await api.send(graph.phone_number_id, {"to": WA, "type": "text", "text": {"body": "x"}})
    graph.customer_wrote(WA)
    wamid = await api.send(graph.phone_number_id, {"to": WA, "type": "text", "text": {"body": "x"}})
    assert wamid.startswith("wamid.")
    await api.aclose()


def test_settings_read_from_the_environment(monkeypatch) -> None:
    def load_whatsapp_settings() -> WhatsAppSettings:
        return load_settings().whatsapp

    assert load_whatsapp_settings().enabled() is False
    monkeypatch.setenv("HEMSEHRI_WHATSAPP_ACCESS_TOKEN", "token")
    monkeypatch.setenv(
        "HEMSEHRI_WHATSAPP_TEMPLATES",
        json.dumps(
            {"status_changed": {"name": "hemsehri_status", "languages": {"tr": "tr", "ar": "ar"}, "fallback": "tr"}}
        ),
    )
    with pytest.raises(ConfigurationError, match="HEMSEHRI_WHATSAPP_APP_SECRET"):
        load_whatsapp_settings().enabled()
    for name in ("APP_SECRET", "VERIFY_TOKEN"):
        monkeypatch.setenv(f"HEMSEHRI_WHATSAPP_{name}", "x")
    monkeypatch.setenv("HEMSEHRI_WHATSAPP_PHONE_NUMBER_ID", "106540352242922")
    settings = load_whatsapp_settings()
    assert settings.enabled() and settings.templates["status_changed"].languages == {"tr": "tr", "ar": "ar"}
    assert settings.api_url == "https://graph.facebook.com/v21.0"
    monkeypatch.setenv(
        "HEMSEHRI_WHATSAPP_TEMPLATES", json.dumps({"x": {"name": "x", "languages": {"en": "en"}, "fallback": "tr"}})
    )
    with pytest.raises(ConfigurationError, match="HEMSEHRI_WHATSAPP_TEMPLATES"):
        load_whatsapp_settings()
    monkeypatch.delenv("HEMSEHRI_WHATSAPP_TEMPLATES")
    monkeypatch.setenv("HEMSEHRI_WHATSAPP_API_URL", "graph.facebook.com")
    with pytest.raises(ConfigurationError, match="HEMSEHRI_WHATSAPP_API_URL"):
        load_whatsapp_settings()


async def test_mounting_on_the_app_when_configured(ctx, wa_echo, wa_translator, wa_settings, graph) -> None:
    def mount_whatsapp(app, ctx, *, settings, conversations, translator=wa_translator):
        channel = build_channel(settings, conversations=conversations, translator=translator)
        if channel is not None:
            app.router.lifespan_context = lambda app: running([channel])
            app.include_router(channel.router)
        return channel is not None

    assert not mount_whatsapp(FastAPI(), ctx, settings=WhatsAppSettings(), conversations=wa_echo)
    app = FastAPI()
    assert mount_whatsapp(app, ctx, conversations=wa_echo, translator=wa_translator, settings=wa_settings)
    async with serving(app) as base:  # the channel's Graph client is closed with the app
        await graph.post_webhook(base + WEBHOOK_PATH, graph.payload([graph.text(WA, "merhaba")]))
    assert [s.text for s in graph.sent] == ["Yazdığınız: merhaba"]
