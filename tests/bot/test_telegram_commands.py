"""Telegram's command menu is set at start-up in each language Telegram can name, from the catalogues."""

import json

import pytest

from bot.telegram.channel import build_channel
from bot.telegram.render import MENU_COMMANDS
from core.i18n import Translator
from tests.bot.conftest import RUNTIMES, telegram_settings
from tests.fakes.telegram_api import FakeTelegram
from tests.test_fake_telegram import PlainHttpSession

pytestmark = pytest.mark.parametrize("kind", RUNTIMES)
DEFAULT_SCOPE = json.dumps({"type": "default"})
CITY = ["tr", "en", "ar", "fa", "fa-AF", "ps", "kmr", "ckb", "uk", "ru", "fr", "so"]


def menu(fake: FakeTelegram, language_code: str) -> list[tuple[str, str]]:
    listed = fake._bot(None).commands.get((DEFAULT_SCOPE, language_code), [])
    return [(command["command"], command["description"]) for command in listed]


async def start_and_stop(settings, fake: FakeTelegram, kind: str, echo, translator: Translator) -> None:
    """Starts the Telegram channel on the fake (no webhook, no polling) and closes it."""
    channel = build_channel(
        telegram_settings(settings, fake, kind),
        conversations=echo,
        translator=translator,
        webhook=False,
        polls=False,
        aiogram_session_class=PlainHttpSession,
    )
    await channel.start()
    await channel.close()


async def test_the_command_menu_is_set_in_every_language_telegram_names(kind, settings, fake, echo):
    translator = Translator(CITY, "tr")
    await start_and_stop(settings, fake, kind, echo, translator)

    assert menu(fake, "ar") == [(name, translator.text("ar", f"command-{name}")) for name in MENU_COMMANDS]
    assert menu(fake, "ar")[0] == ("apply", "قدّم طلباً لأحد برامج الدعم")
    assert menu(fake, "") == [(name, translator.text("tr", f"command-{name}")) for name in MENU_COMMANDS]
    assert menu(fake, "ku")[0] == ("apply", translator.text("kmr", "command-apply"))  # Kurmanji is Telegram's "ku"
    named = {language for _, language in fake._bot(None).commands}
    assert named == {"", "tr", "en", "ar", "fa", "ps", "ku", "uk", "ru", "fr", "so"}  # no code for Sorani or Dari


async def test_a_refused_command_menu_does_not_stop_the_bot(kind, settings, fake, echo, tmp_path):
    (tmp_path / "tr").mkdir()
    lines = [f"command-{name} = {'uzun ' * 60 if name == 'apply' else name}" for name in MENU_COMMANDS]
    (tmp_path / "tr" / "bot.ftl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # Telegram refuses a description over 256 characters: logged, and the bot still starts.
    await start_and_stop(settings, fake, kind, echo, Translator(["tr"], "tr", directory=tmp_path))
    assert [call.status for call in fake.calls_to("setMyCommands")] == [400]
    assert fake._bot(None).commands == {}
