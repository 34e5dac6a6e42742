"""`hemsehri demo` and `serve` stop on Ctrl+C or SIGTERM even while console live streams and web chats are open."""

import asyncio
import json
import re
import signal
import sys

import httpx
import pytest
from websockets.asyncio.client import connect

from tests.conftest import free_port

PASSWORD = re.compile(r"first admin:\s+username admin, password (\S+)")
CSRF = re.compile(r'name="csrf" value="([^"]+)"')
STOPPED_WITHIN = 180  # seconds: a bound for a stuck process, not a measure of speed


async def start(command: str, env: dict[str, str], port: int) -> tuple[asyncio.subprocess.Process, list[str]]:
    """Starts `hemsehri <command>` and reads its output until it serves."""
    env.update(HEMSEHRI_PORT=str(port))
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "hemsehri",
        command,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=None,
    )
    lines: list[str] = []
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http:
        while True:
            if command == "demo":
                line = (await asyncio.wait_for(process.stdout.readline(), timeout=STOPPED_WITHIN)).decode()
                assert line, f"{command} stopped before serving: {lines}"
                lines.append(line)
                if line.startswith("Press Ctrl+C"):
                    return process, lines
            else:
                try:
                    if (await http.get("/healthz")).status_code == 200:
                        return process, lines
                except httpx.TransportError:
                    assert process.returncode is None, f"{command} stopped before serving"
                await asyncio.sleep(0.2)


async def signed_in(http: httpx.AsyncClient, password: str) -> None:
    form = await http.get("/console/login")
    answer = await http.post(
        "/console/login",
        data={"username": "admin", "password": password, "csrf": CSRF.search(form.text).group(1)},
        headers={"Origin": str(http.base_url).rstrip("/")},
    )
    assert answer.status_code == 303, answer.text


async def hemsehri(*args: str, env: dict[str, str]) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "hemsehri", *args, env=env, stdout=asyncio.subprocess.DEVNULL
    )
    assert await process.wait() == 0


@pytest.mark.parametrize(("command", "signum"), [("demo", signal.SIGINT), ("serve", signal.SIGTERM)])
async def test_the_process_stops_with_live_streams_and_web_chats_open(env, command, signum):
    port = free_port()
    password = "a long enough password"
    if command == "serve":  # the embedded mode's serve makes no first admin
        await hemsehri("db", "upgrade", env=env)
        await hemsehri(
            "staff", "add", "admin", "--role", "admin", "--desk", "social_aid", "--password", password, env=env
        )
    process, lines = await start(command, env, port)
    if command == "demo":
        password = PASSWORD.search("".join(lines)).group(1)
    try:
        async with (
            httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http,
            connect(f"ws://127.0.0.1:{port}/chat/ws") as chat,
        ):
            await chat.send(json.dumps({"type": "hello", "chat": "0123456789abcdef" * 2, "since": 0, "epoch": ""}))
            while json.loads(await chat.recv())["type"] != "ready":
                pass
            await signed_in(http, password)
            async with http.stream("GET", "/console/events", timeout=None) as stream:
                assert stream.status_code == 200
                events = stream.aiter_lines()  # kept: a dropped iterator would close the stream on our side
                assert (await anext(events)).startswith("retry:")  # the live stream is open

                process.send_signal(signum)
                code = await asyncio.wait_for(process.wait(), timeout=STOPPED_WITHIN)
                await events.aclose()
        assert code == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
