"""Help, cancel, the menu, and kind answers to whatever else people send."""

import pytest
from sqlalchemy import select

from core.contacts.models import Contact
from core.conversations import service as conversation_states
from handlers.engine import state_key
from handlers.types import InboundKind
from tests.handlers.test_apply import start_application


async def test_help_lists_what_one_can_do(person):
    p = person("tr")
    text = await p.command("help")
    assert "/apply" in text and "/status" in text and "/cancel" in text and "112" in text and p.last.menu


async def test_help_in_the_middle_of_an_application_keeps_it(person):
    p = person("tr")
    await p.command("apply")
    await p.press("prog:hot_meals")
    await p.say("❓ Yardım")
    assert p.keys == ["help", "help-in-flow", "apply-programme-about"]
    await p.press("apply:start")
    assert p.keys == ["privacy-notice", "consent-ask"]


async def test_cancel_with_nothing_to_cancel(person):
    p = person("tr")
    text = await p.command("cancel")
    assert "Vazgeçilecek bir işlem yok" in text and p.last.menu


@pytest.mark.parametrize(
    ("kind", "key", "expected"),
    [
        (InboundKind.STICKER, "common-sticker", "Size nasıl yardımcı olabiliriz?"),
        (InboundKind.LOCATION, "common-location", "konumunuza ihtiyacımız yok"),
        (InboundKind.UNSUPPORTED, "common-unsupported", "okuyamıyoruz"),
    ],
)
async def test_stickers_locations_and_unsupported_content_outside_a_flow(person, kind, key, expected):
    p = person("tr")
    text = await p.send_kind(kind)
    assert p.keys == [key] and expected in text and p.last.menu


async def test_a_phone_shared_when_not_asked_is_not_kept(ctx, person):
    p = person("tr")
    await p.share_phone("+905321234567")
    assert p.keys == ["common-contact-not-needed"]


async def test_a_location_in_a_flow_asks_the_question_again(person):
    p = person("tr")
    await p.command("apply")
    await p.send_kind(InboundKind.LOCATION)
    assert p.keys == ["hint-not-now", "apply-pick-programme"]


async def test_unknown_commands_and_old_buttons(person):
    p = person("tr")
    text = await p.command("foo")
    assert "/foo komutunu tanımıyoruz" in text
    await p.press("prog:cash_aid")  # a button from a list no longer open
    assert p.keys == ["common-button-expired"] and p.last.menu
    await p.press("lang:xx")
    assert p.keys == ["common-button-expired"]


@pytest.mark.parametrize(
    ("platform", "typed", "first_key"),
    [
        ("tr", "📝 Başvuru yap", "apply-pick-programme"),
        ("tr", "📝 BAŞVURU YAP", "apply-pick-programme"),
        ("tr", "\u2068📋 Başvurularım\u2069", "status-none"),
        ("ar", "\u2068📋 طلباتي\u2069", "status-none"),
        ("ar", "💬 اطرح سؤالاً", "ask-prompt"),
        ("fa", "❓ راهنما", "help"),
        ("fa", "📝 Başvuru yap", "apply-pick-programme"),  # an old keyboard from before a language change
    ],
)
async def test_menu_labels_coming_back_as_text_are_routed(person, platform, typed, first_key):
    p = person(platform)
    await p.say(typed)
    assert p.keys[0] == first_key


async def test_a_typed_slash_command_works_like_a_command(person):
    p = person("tr")
    await p.say("/apply")
    assert p.keys == ["apply-pick-programme"]


async def test_forget_me_asks_first_then_erases_everything_and_starts_afresh(ctx, person):
    p = person("tr")
    await start_application(p, "food_package")  # consent given, answers under way
    await p.share_phone("905321234567")
    await p.command("forget")
    assert p.keys == ["forget-ask"] and [d for _, d in p.buttons()] == ["forget:yes", "forget:no"]
    await p.press("forget:no")
    assert p.keys == ["forget-kept"]
    async with ctx.db.transaction() as session:
        kept = (await session.execute(select(Contact).where(Contact.platform_user_id == p.user_id))).scalar_one()
        assert kept.erased_at is None

    await p.command("forget")
    await p.press("forget:yes")
    assert p.keys == ["forget-done"]
    async with ctx.db.transaction() as session:
        erased = await session.get(Contact, kept.id)
        assert erased.erased_at is not None and erased.phone is None and erased.consent_at is not None
        assert await conversation_states.get_state(session=session, key=state_key(p.channel, p.user_id)) == {}

    await p.say("Merhaba")  # a new beginning: a new contact, greeted
    assert p.keys == ["start-welcome", "language-pick"]
