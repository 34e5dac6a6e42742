"""What keeps a serving process small and steady: one Telegram library, aiogram's types built when used, the
language model loaded once at start-up, off the event loop (bench/inbound.py measures the RSS)."""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_python(code: str, *, env: dict[str, str] | None = None) -> str:
    """Runs code in a fresh interpreter (nothing imported by the tests) and returns what it printed."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


BUILD_RUNTIME = """
    import sys, types
    from pydantic import SecretStr
    from bot.telegram.channel import build_runtime
    from core.i18n import Translator
    from core.settings import Settings

    settings = Settings(telegram_token=SecretStr("123456:ABC-token"), telegram_runtime="{runtime}")
    engine = types.SimpleNamespace(menu_labels=lambda locale: [])
    runtime = build_runtime(settings, conversations=engine, translator=Translator(["tr"], "tr"))
    print(runtime.name, "aiogram" in sys.modules, "telegram" in sys.modules)
"""


def test_the_service_imports_no_telegram_library_until_a_runtime_is_built():
    code = "import sys, hemsehri.processes; print('aiogram' in sys.modules, 'telegram' in sys.modules)"
    assert run_python(code) == "False False"


@pytest.mark.parametrize(("runtime", "imported"), [("aiogram", "aiogram True False"), ("ptb", "ptb False True")])
def test_only_the_configured_runtimes_library_is_imported(runtime, imported):
    assert run_python(BUILD_RUNTIME.format(runtime=runtime)) == imported


def test_aiogram_types_are_built_when_used_and_parse_as_before():
    code = (
        BUILD_RUNTIME.format(runtime="aiogram")
        + """
    from aiogram import types as t
    print(t.Update.__pydantic_complete__, t.Sticker.__pydantic_complete__)
    user = {"id": 7, "is_bot": False, "first_name": "Ayşe"}
    chat = {"id": 7, "type": "private"}
    reply = {"message_id": 1, "date": 0, "chat": chat, "sticker": {
        "file_id": "f", "file_unique_id": "u", "type": "regular", "width": 1, "height": 1, "is_animated": False,
        "is_video": False}}
    update = t.Update.model_validate({"update_id": 1, "callback_query": {
        "id": "q", "from": user, "chat_instance": "c", "data": "apply",
        "message": {"message_id": 2, "date": 0, "chat": chat, "from": user, "text": "hi", "reply_to_message": reply}}})
    message = update.callback_query.message
    print(type(message).__name__, message.reply_to_message.sticker.width, message.from_user.first_name)
    print(t.Sticker(**reply["sticker"]).width, t.Sticker.__pydantic_complete__)
    """
    )
    assert run_python(code).splitlines()[1:] == ["True False", "Message 1 Ayşe", "1 True"]


def run_command(code: str, command: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Runs `hemsehri <command>` in a child whose code first patches what the test watches."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_serve_loads_the_language_model_and_the_intent_book_in_a_thread_before_the_web_server_starts(env):
    code = """
    import sys, threading
    import core.language_detection as detection
    from core.intents import intent_book
    from hemsehri import cli, processes

    load = detection.load_model
    def recorded(cache):
        print("loaded on the main thread:", threading.current_thread() is threading.main_thread())
        print("model cached in:", cache)
        load(cache)
    detection.load_model = recorded

    async def serve(self, sockets=None):
        print("model when serving starts:", detection._identifier.cache_info().currsize)
        print("intent books when serving starts:", intent_book.cache_info().currsize)
    processes._Server.serve = serve
    cli.main([sys.argv[1]])
    """
    result = run_command(code, "serve", env)
    lines = result.stdout.splitlines()
    assert "loaded on the main thread: False" in lines, result.stderr
    assert "intent books when serving starts: 1" in lines, result.stderr  # the city's languages' book
    assert "model when serving starts: 3" in lines, result.stderr  # the Latin, Arabic and Cyrillic models
    assert f"model cached in: {Path(env['HEMSEHRI_DATA_DIR']) / 'cache'}" in lines


def test_the_demo_serves_first_and_loads_its_models_in_a_thread_before_start_up_is_frozen(env):
    """A person starting the demo does not wait for the models (bench/demo_start.py); they are in before start-up's
    objects are frozen out of the garbage collector's walks."""
    code = """
    import asyncio, sys, threading
    import core.language_detection as detection
    from core.intents import intent_book
    from hemsehri import cli, processes

    load, threads = detection.load_model, []
    def recorded(cache):  # said once loaded, from the main thread: a print here would cut into the others' lines
        threads.append(threading.current_thread() is threading.main_thread())
        load(cache)
    detection.load_model = recorded

    frozen = asyncio.Event()
    freeze = processes._freeze_start_up
    def recorded_freeze(service, **kwargs):
        print("loaded on the main thread:", *threads)
        print("model when start-up is frozen:", detection._identifier.cache_info().currsize)
        print("intent books when start-up is frozen:", intent_book.cache_info().currsize)
        freeze(service, **kwargs)
        frozen.set()
    processes._freeze_start_up = recorded_freeze

    async def serve(self, sockets=None):
        print("model when serving starts:", detection._identifier.cache_info().currsize)
        self.started = True
        await frozen.wait()
    processes._Server.serve = serve
    cli.main([sys.argv[1]])
    """
    result = run_command(code, "demo", env)
    lines = result.stdout.splitlines()
    assert "model when serving starts: 0" in lines, result.stderr
    assert "loaded on the main thread: False" in lines, result.stderr
    assert "model when start-up is frozen: 3" in lines, result.stderr  # the Latin, Arabic and Cyrillic models
    assert "intent books when start-up is frozen: 1" in lines, result.stderr
    assert result.returncode == 0, result.stderr


def test_the_demo_migrates_in_a_child_and_never_loads_alembic_redis_or_an_http_client(env):
    """Alembic and Mako serve one start-up, the Redis client only the scaled mode, httpx only a channel's or a
    webhook's request: the demo's process never imports them, fresh or not."""
    code = """
    import os, sqlite3, sys
    from hemsehri import cli, processes

    async def serve(self, sockets=None):
        database = sqlite3.connect(os.path.join(os.environ["HEMSEHRI_DATA_DIR"], "hemsehri.db"))
        (admins,) = database.execute("SELECT count(*) FROM staff_users").fetchone()
        database.close()
        loaded = [name for name in ("alembic", "mako", "redis", "httpx") if name in sys.modules]
        print("admins:", admins, "loaded:", ",".join(loaded) or "none")
    processes._Server.serve = serve
    cli.main(["demo"])
    """
    lines = []
    for _ in range(2):  # a fresh data directory, then the same one at the newest schema
        result = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(code)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        lines += [line for line in result.stdout.splitlines() if line.startswith("admins:")]
    assert lines == ["admins: 1 loaded: none", "admins: 1 loaded: none"]


def test_every_aiogram_type_and_method_still_builds_when_first_used():
    """Guards bot/telegram/aiogram_import against an aiogram or pydantic upgrade: a type that no longer builds fails."""
    code = """
    import inspect
    import pydantic
    from bot.telegram.aiogram_import import import_aiogram
    import_aiogram()
    import aiogram.methods, aiogram.types
    models = {model for module in (aiogram.types, aiogram.methods)
              for _, model in inspect.getmembers(module, inspect.isclass) if issubclass(model, pydantic.BaseModel)}
    for model in models:
        model.model_rebuild()
    print(len(models), all(model.__pydantic_complete__ for model in models))
    """
    count, complete = run_python(code).split()
    assert int(count) > 400 and complete == "True"


def test_a_language_is_parsed_when_first_rendered_and_only_once():
    from core.i18n import Translator

    translator = Translator(["tr", "ar", "fa"], "tr")
    assert translator._bundles == {}
    name = translator.native_name("ar")
    assert sorted(translator._bundles) == ["ar"]
    bundle = translator._bundles["ar"]
    assert translator.native_name("ar") == name and translator._bundles["ar"] is bundle


def test_a_serving_process_parses_every_language_before_start_up_is_frozen():
    from core.i18n import Translator

    translator = Translator(["tr", "ar", "fa"], "tr")
    translator.parse_every_language()
    assert sorted(translator._bundles) == ["ar", "fa", "tr"]


@pytest.mark.parametrize("command", ["demo", "serve"])
def test_claim_next_is_readied_before_the_web_server_starts_and_a_failure_to_does_not_stop_it(command, env):
    code = """
    import sys
    from core.queue.claims import Claims
    from hemsehri import cli, processes

    async def warm(self):
        print("readying claim-next")
        raise ConnectionRefusedError("the database is not up yet")
    Claims.warm = warm

    async def serve(self, sockets=None):
        print("serving")
    processes._Server.serve = serve
    cli.main([sys.argv[1]])
    """
    result = run_command(code, command, env)
    lines = result.stdout.splitlines()
    assert "readying claim-next" in lines and "serving" in lines, result.stderr
    assert lines.index("readying claim-next") < lines.index("serving")
    assert "claim-next was not readied at start-up" in result.stderr
