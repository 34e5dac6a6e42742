"""`hemsehri demo` as a real process with a Telegram token: polling, the conversation, the REST API, the worker."""

import asyncio
import re
import sys

import httpx

from core.i18n import Translator, strip_isolates
from tests.conftest import free_port
from tests.fakes.telegram_api import FakeTelegram, SentMessage

REFERENCE = re.compile(r"\d{3}\s\d{3}\s\d{3}")  # grouped with no-break spaces


async def run(*args: str, env: dict[str, str]) -> str:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "hemsehri",
        *args,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode == 0, err.decode()
    return out.decode()


def notice_ask(fake: FakeTelegram) -> SentMessage | None:
    """The message asking whether to pass a first question on, once it came with its yes and no buttons."""
    for sent in fake.sent_to(42):
        rows = (sent.reply_markup or {}).get("inline_keyboard", [])
        if [button.get("callback_data") for row in rows for button in row] == ["qnotice:yes", "qnotice:no"]:
            return sent
    return None


async def test_demo_answers_on_telegram_and_delivers_a_staff_reply(env, catalogue):
    tr = Translator(catalogue.city.locales, catalogue.city.default_locale)
    notice_start = strip_isolates(
        tr.text("tr", "question-notice", city=catalogue.city.name, version=catalogue.city.privacy_notice_version)
    ).splitlines()[0]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    async with FakeTelegram() as fake:
        env.update(HEMSEHRI_PORT=str(port), HEMSEHRI_TELEGRAM_TOKEN=fake.token, HEMSEHRI_TELEGRAM_API_URL=fake.base_url)
        demo = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "hemsehri",
            "demo",
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.DEVNULL,
        )
        try:
            lines = []
            while not lines or lines[-1] != "Press Ctrl+C to stop.\n":
                line = (await demo.stdout.readline()).decode()
                assert line, f"demo stopped before serving: {lines}"
                lines.append(line)
            assert not any("Telegram:      off" in line for line in lines)

            fake.push_update(fake.message_update(42, "/start", language_code="tr", first_name="Ayşe"))
            await fake.wait_for_sent(1, chat_id=42, timeout=20)
            fake.push_update(
                fake.message_update(
                    42, "Kira yardımı için evrakları hangi adrese götürmem gerekiyor acaba?", language_code="tr"
                )  # a question of its own words ("kira yardımı istiyorum" alone would offer the application)
            )
            # A first question waits for the question notice; it is filed once the person presses yes.
            await fake.wait_until(
                lambda: notice_ask(fake) is not None,
                timeout=20,
                what=lambda: f"no question notice with its buttons: {[m.text for m in fake.sent_to(42)]}",
            )
            texts = [strip_isolates(m.text or "") for m in fake.sent_to(42)]
            assert any(t.startswith(notice_start) for t in texts), texts
            asked = notice_ask(fake)
            assert strip_isolates(asked.text or "") == tr.text("tr", "question-notice-ask")
            assert not any(REFERENCE.search(t) for t in texts), "nothing is filed before the yes"
            fake.push_update(fake.callback_update(42, "qnotice:yes", message_id=asked.message_id))
            await fake.wait_until(
                lambda: any(REFERENCE.search(m.text or "") for m in fake.sent_to(42)),
                timeout=20,
                what=lambda: f"no acknowledgement with a reference: {[m.text for m in fake.sent_to(42)]}",
            )
            [reference] = {found.group() for m in fake.sent_to(42) if (found := REFERENCE.search(m.text or ""))}

            token = (await run("staff", "token", "admin", env=env)).strip()
            async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {token}"}) as api:
                answer = await api.post(
                    f"/api/v1/requests/{''.join(reference.split())}/replies",
                    json={"text": "Buca sosyal yardım noktasına kimliğinizle gelebilirsiniz."},
                )
                assert answer.status_code in (200, 201), answer.text

            await fake.wait_until(
                lambda: any("Buca sosyal yardım noktasına" in (m.text or "") for m in fake.sent_to(42)),
                timeout=20,
                what=lambda: f"the staff reply never reached the chat: {[m.text for m in fake.sent_to(42)]}",
            )
            replies = [m for m in fake.sent_to(42) if "Buca sosyal yardım noktasına" in (m.text or "")]
            assert len(replies) == 1
        finally:
            demo.send_signal(2)
            await asyncio.wait_for(demo.wait(), 30)
    assert demo.returncode in (0, 130)
