"""The framework-free half of the Telegram channel: parsing raw updates and rendering replies."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.channel import MAX_TEXT_LENGTH, split_text
from bot.telegram.parse import ALLOWED_UPDATES, bot_id_from_token, parse_update, read_update, source_for
from bot.telegram.render import ApiCall, Renderer, check_callback_data
from core.i18n import FSI, PDI
from handlers.types import Attachment, Choice, Inbound, InboundKind, OutMessage, Reply, Say
from tests.bot.conftest import LONG_PARTS, LONG_SAY, EchoConversations
from tests.fakes.telegram_api import FakeTelegram

SOURCE = "telegram:123456"
fake = FakeTelegram()  # only its update builders, no server


def numbered(update: dict, update_id: int = 7) -> dict:
    return {"update_id": update_id, **update}


def parse(update: dict) -> Inbound | None:
    return parse_update(numbered(update), source=SOURCE)


def test_the_bot_id_and_source_come_from_the_token():
    assert bot_id_from_token("123456:ABC-def") == "123456"
    assert source_for(bot_id_from_token("123456:ABC-def")) == SOURCE
    with pytest.raises(ValueError):
        bot_id_from_token("not-a-token")


def test_text_with_the_person_and_update_identifiers():
    inbound = parse(fake.message_update(1_000_000_000_001, "Merhaba", language_code="tr", first_name="Ayşe"))

    assert inbound == Inbound(
        channel="telegram",
        user_id="1000000000001",
        chat_id="1000000000001",
        kind=InboundKind.TEXT,
        text="Merhaba",
        platform_language="tr",
        display_name="Ayşe",
        message_id="1",
        update_id="7",
        source=SOURCE,
        text_limit=4096,
    )


@pytest.mark.parametrize(
    ("text", "command", "arguments"),
    [
        ("/start", "start", None),
        ("/start@test_123456_bot", "start", None),
        ("/Start@test_123456_bot  ref-482913656 ", "start", "ref-482913656"),
        ("/status 482 913 656", "status", "482 913 656"),
        ("/help\nplease", "help", "please"),
    ],
)
def test_commands_lose_the_slash_and_bot_name_and_keep_their_arguments(text, command, arguments):
    inbound = parse(fake.message_update(42, text))
    assert (inbound.kind, inbound.command, inbound.text) == (InboundKind.COMMAND, command, arguments)


@pytest.mark.parametrize("text", ["/ başvuru", "/ab-c", "yardım /start", "//"])
def test_text_that_only_looks_like_a_command_stays_text(text):
    inbound = parse(fake.message_update(42, text))
    assert (inbound.kind, inbound.text) == (InboundKind.TEXT, text)


def test_a_pressed_button_carries_its_data_and_the_message_it_was_under():
    update = numbered(fake.callback_update(42, "lang:ar", message_id=5, language_code="ar"))
    incoming = read_update(update, source=SOURCE)

    assert incoming.inbound.kind is InboundKind.BUTTON and incoming.inbound.button == "lang:ar"
    assert (incoming.inbound.chat_id, incoming.inbound.message_id, incoming.inbound.update_id) == ("42", "5", "7")
    assert incoming.callback_query_id == update["callback_query"]["id"]


def test_only_the_senders_own_contact_is_a_shared_phone():
    own = parse(fake.contact_update(42, "+905321234567"))
    someone_else = parse(fake.contact_update(42, "+905551112233", own=False))

    assert (own.kind, own.phone) == (InboundKind.CONTACT, "+905321234567")
    assert (someone_else.kind, someone_else.text, someone_else.phone) == (InboundKind.TEXT, "+905551112233", None)


def test_location_and_attachments():
    photo = fake.photo_update(42, caption="kimlik")
    photo["message"]["photo"] = [
        {"file_id": "small", "file_unique_id": "s", "width": 90, "height": 60, "file_size": 900},
        {"file_id": "large", "file_unique_id": "l", "width": 1280, "height": 960, "file_size": 90_000},
        {"file_id": "medium", "file_unique_id": "m", "width": 320, "height": 240, "file_size": 9_000},
    ]
    video = fake.message_update(42)
    video["message"]["video"] = {
        "file_id": "v1",
        "file_unique_id": "v",
        "width": 1,
        "height": 1,
        "duration": 2,
        "mime_type": "video/mp4",
        "file_size": 10,
    }
    audio = fake.message_update(42)
    audio["message"]["audio"] = {"file_id": "a1", "file_unique_id": "a", "duration": 2, "file_name": "ses.mp3"}

    location = parse(fake.location_update(42, 38.4192, 27.1287))
    assert (location.kind, location.location) == (InboundKind.LOCATION, (38.4192, 27.1287))
    inbound = parse(photo)
    assert (inbound.kind, inbound.text, inbound.attachment) == (
        InboundKind.ATTACHMENT,
        "kimlik",
        Attachment("photo", "large", size=90_000),
    )
    document = parse(fake.document_update(42, file_name="ikamet.pdf")).attachment
    assert (document.kind, document.file_name, document.mime_type) == ("document", "ikamet.pdf", "application/pdf")
    assert parse(fake.voice_update(42)).attachment.kind == "voice"
    assert parse(video).attachment == Attachment("video", "v1", mime_type="video/mp4", size=10)
    assert parse(audio).attachment == Attachment("audio", "a1", file_name="ses.mp3")
    assert parse(fake.sticker_update(42)).kind is InboundKind.STICKER


def test_anything_else_a_person_sends_is_unsupported_and_service_messages_are_ignored():
    gif = fake.message_update(42)
    gif["message"]["animation"] = gif["message"]["document"] = {"file_id": "g", "file_unique_id": "g"}
    poll = fake.message_update(42)
    poll["message"]["poll"] = {"id": "1", "question": "?", "options": []}
    pinned = fake.message_update(42)
    pinned["message"]["pinned_message"] = {"message_id": 1}
    ptb_style = fake.message_update(42, "merhaba")  # python-telegram-bot's to_dict keeps false service flags
    ptb_style["message"] |= {"group_chat_created": False, "delete_chat_photo": False}

    assert parse(gif).kind is InboundKind.UNSUPPORTED
    assert parse(poll).kind is InboundKind.UNSUPPORTED
    assert parse(pinned) is None
    assert parse(ptb_style).kind is InboundKind.TEXT


def test_groups_get_a_note_for_start_and_help_and_nothing_reaches_the_engine():
    start = read_update(numbered(fake.message_update(42, "/start@test_123456_bot", chat_id=-100555)), source=SOURCE)
    chatter = read_update(numbered(fake.message_update(42, "merhaba", chat_id=-100555)), source=SOURCE)
    press = read_update(numbered(fake.callback_update(42, "x", message_id=3, chat_id=-100555)), source=SOURCE)

    assert (start.inbound, start.private_only_note, start.chat_id) == (None, True, -100555)
    assert (chatter.inbound, chatter.private_only_note) == (None, False)
    assert press.inbound is None and press.callback_query_id is not None, "the button still stops spinning"


@pytest.mark.parametrize(
    "update",
    [
        None,
        [],
        "update",
        {},
        {"update_id": "7", "message": {}},
        {"update_id": True, "message": {}},
        {"update_id": 7},
        {"update_id": 7, "message": "oops"},
        {"update_id": 7, "message": {"chat": {"id": 1, "type": "private"}}},
        {"update_id": 7, "message": {"from": {"id": "1"}, "chat": {"id": 1, "type": "private"}, "text": "x"}},
        {"update_id": 7, "message": {"from": {"id": 1}, "text": "x"}},
        {"update_id": 7, "message": {"from": {"id": 1, "is_bot": True}, "chat": {"id": 1, "type": "private"}}},
        {
            "update_id": 7,
            "message": {"from": {"id": 1}, "chat": {"id": 1, "type": "private"}, "contact": {"first_name": "A"}},
        },
        {"update_id": 7, "message": {"from": {"id": 1}, "chat": {"id": 1, "type": "private"}, "photo": [{}]}},
        {"update_id": 7, "callback_query": {"id": "9", "from": {"id": 1}}},
        {"update_id": 7, "callback_query": {"id": "9", "data": "x"}},
        {"update_id": 7, "channel_post": {"message_id": 1, "chat": {"id": -1001, "type": "channel"}, "text": "x"}},
        {"update_id": 7, "my_chat_member": {}},
        {"update_id": 7, "edited_message": {"from": {"id": 1}, "chat": {"id": 1, "type": "private"}, "text": "x"}},
        {"update_id": 7, "message_reaction_2031": {"whatever": 1}},
    ],
)
def test_malformed_unknown_and_unused_updates_are_ignored_without_raising(update):
    assert parse_update(update, source=SOURCE) is None


def test_edited_messages_are_neither_subscribed_to_nor_acted_on():
    assert ALLOWED_UPDATES == ("message", "callback_query")
    assert parse(fake.edited_message_update(42, "düzeltme", message_id=1)) is None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=12,
)
message_keys = st.sampled_from(["text", "from", "chat", "contact", "photo", "location", "document", "sticker", "id"])


@settings(max_examples=200, deadline=None)
@given(
    kind=st.sampled_from(["message", "callback_query", "edited_message", "poll"]),
    body=st.dictionaries(message_keys, json_values, max_size=5),
)
def test_parsing_never_raises(kind, body):
    read_update({"update_id": 1, kind: body}, source=SOURCE)


# -------------------------------------------------------------------------------- splitting


def test_a_10000_character_text_is_split_on_line_boundaries():
    lines = [f"{n:03d} " + "ğ" * 95 for n in range(100)]  # 100 lines of 99 characters, 9,999 with the breaks
    text = "\n".join(lines)

    pieces = split_text(text)

    assert len(text) == 9_999 and len(pieces) == 3
    assert all(len(piece) <= MAX_TEXT_LENGTH for piece in pieces)
    assert "\n".join(pieces) == text, "only the line breaks between pieces are dropped"


def test_without_line_breaks_text_splits_on_spaces_then_anywhere():
    words = " ".join(["kelime"] * 1_500)  # 10,499 characters, one line
    solid = "x" * 10_000

    assert " ".join(split_text(words)) == words and all(len(p) <= MAX_TEXT_LENGTH for p in split_text(words))
    assert [len(p) for p in split_text(solid)] == [4096, 4096, 1808]


def test_a_hard_split_keeps_combining_marks_with_their_letter():
    text = "a" * 4095 + "e\u0301" + "b" * 10
    pieces = split_text(text)
    assert pieces == ["a" * 4095, "e\u0301" + "b" * 10]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "ب", " ", "\n", "\u0301", "😀"]), max_size=400), st.integers(5, 60))
def test_split_pieces_fit_and_lose_only_whitespace(text, limit):
    pieces = split_text(text, limit)
    assert all(0 < len(piece) <= limit and piece.strip() for piece in pieces)
    assert "".join("".join(pieces).split()) == "".join(text.split())


# -------------------------------------------------------------------------------- rendering


@pytest.fixture
def renderer(translator) -> Renderer:
    return Renderer(translator, EchoConversations(db=None).menu_labels)


def test_texts_are_plain_and_rendered_in_the_replys_language(renderer):
    reply = Reply("ar", [OutMessage(Say("echo", {"text": "<b>1 & 2</b>"}))])

    [call] = renderer.render(reply, chat_id=42)

    assert call == ApiCall("sendMessage", {"chat_id": 42, "text": f"كتبت: {FSI}<b>1 & 2</b>{PDI}"})
    assert "parse_mode" not in call.params


def test_choices_become_an_inline_keyboard_with_the_exact_data(renderer):
    choices = [[Choice("Türkçe", "lang:tr"), Choice("العربية", "lang:ar")], [Choice(Say("menu-help"), "help")]]

    [call] = renderer.render(Reply("tr", [OutMessage(Say("pick"), choices)]), chat_id=42)

    assert call.params["reply_markup"] == {
        "inline_keyboard": [
            [{"text": "Türkçe", "callback_data": "lang:tr"}, {"text": "العربية", "callback_data": "lang:ar"}],
            [{"text": "Yardım", "callback_data": "help"}],
        ]
    }


def test_a_row_of_buttons_reads_right_to_left_in_a_right_to_left_language(renderer):
    """Telegram does not mirror keyboards: the adapter lays a row out so that its first button is on the right."""
    row = [[Choice(Say("menu-help"), "previous"), Choice("العربية", "next")]]

    [arabic] = renderer.render(Reply("ar", [OutMessage(Say("pick"), row)]), chat_id=42)
    [turkish] = renderer.render(Reply("tr", [OutMessage(Say("pick"), row)]), chat_id=42)

    assert [b["callback_data"] for b in arabic.params["reply_markup"]["inline_keyboard"][0]] == ["next", "previous"]
    assert [b["callback_data"] for b in turkish.params["reply_markup"]["inline_keyboard"][0]] == ["previous", "next"]


def test_callback_data_over_64_bytes_is_refused_before_it_reaches_telegram(renderer):
    assert check_callback_data("ç" * 32) == "ç" * 32
    for data in ["ç" * 33, "x" * 65, ""]:
        with pytest.raises(ValueError, match="callback_data"):
            renderer.render(Reply("tr", [OutMessage(Say("pick"), [[Choice("x", data)]])]), chat_id=42)


def test_asking_for_the_phone_offers_the_contact_button_and_typing(renderer):
    [call] = renderer.render(Reply("ar", [OutMessage(Say("ask-phone"), ask_phone=True)]), chat_id=42)

    assert call.params["text"] == "شارك رقم هاتفك.\n\nأو اكتب رقمك."
    assert call.params["reply_markup"] == {
        "keyboard": [[{"text": "📱 مشاركة رقمي", "request_contact": True}]],
        "one_time_keyboard": True,
        "resize_keyboard": True,
    }


def test_phone_request_with_choices_sends_the_contact_button_with_the_hint(renderer):
    message = OutMessage(Say("ask-phone"), [[Choice("İptal", "cancel")]], ask_phone=True)
    first, second = renderer.render(Reply("tr", [message]), chat_id=42)

    assert "inline_keyboard" in first.params["reply_markup"]
    assert second.params["text"] == "Ya da numaranızı yazın."
    assert second.params["reply_markup"]["keyboard"][0][0]["request_contact"] is True


def test_the_menu_is_a_persistent_keyboard_in_the_persons_language(renderer):
    reply = Reply(
        "ar", [OutMessage(Say("echo", {"text": "x"})), OutMessage(Say("pick"), [[Choice("a", "a")]])], menu=True
    )

    first, second = renderer.render(reply, chat_id=42)

    assert first.params["reply_markup"] == {  # right to left: a row's first item on the right
        "keyboard": [[{"text": "طلباتي"}, {"text": "تقديم طلب"}], [{"text": "مساعدة"}]],
        "resize_keyboard": True,
        "is_persistent": True,
    }
    assert "inline_keyboard" in second.params["reply_markup"]


def test_a_pressed_button_is_answered_first_and_a_duplicate_says_nothing(renderer):
    reply = Reply("tr", [OutMessage(Say("echo-button", {"data": "x"}))])

    calls = renderer.render(reply, chat_id=42, callback_query_id="99")

    assert [call.method for call in calls] == ["answerCallbackQuery", "sendMessage"]
    assert calls[0].params == {"callback_query_id": "99"}
    assert (
        renderer.render(Reply("tr", reply.messages, menu=True, duplicate=True), chat_id=42, callback_query_id="99")
        == []
    )


def test_a_10000_character_reply_is_split_and_keeps_its_keyboard_on_the_last_piece(renderer, translator):
    assert len(translator.text("tr", "long", **LONG_PARTS)) == 10_004

    calls = renderer.render(Reply("tr", [OutMessage(LONG_SAY, [[Choice("a", "a")]])]), chat_id=42)

    assert len(calls) == 3 and all(len(call.params["text"]) <= MAX_TEXT_LENGTH for call in calls)
    assert ["reply_markup" in call.params for call in calls] == [False, False, True]
    assert "\n".join(call.params["text"] for call in calls) == translator.text("tr", "long", **LONG_PARTS)
