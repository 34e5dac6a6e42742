"""Helpers of bench/inbound.py: realistic Telegram updates, a lean HTTP/1.1 client, /proc readings, and two servers.

Run as a script it starts one of the servers the benchmark needs in its own process:

    python bench/_load.py fake                       # the fake Bot API (tests/fakes/telegram_api.py), trimmed
    python bench/_load.py floor --port P --secret S   # uvicorn + the webhook route, a no-op feed

The fake prints one line `READY <base url> <stats url>` on stdout once it serves.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.questions import Question

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # tests.fakes is not part of the installed package

BOT_TOKEN = "123456:TEST-TOKEN"  # the fake's default token; the bot's id is 123456
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Hemşehri Test", "username": "test_123456_bot"}
SAMPLES = ROOT / "tests" / "data" / "language_samples.tsv"
CLK_TCK = os.sysconf("SC_CLK_TCK")

# ------------------------------------------------------------------------------------------------- /proc


def cpu_split(pid: int) -> tuple[float, float]:
    """(user, system) CPU seconds of a process (all its threads) so far; zeros when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0, 0.0
    return int(fields[11]) / CLK_TCK, int(fields[12]) / CLK_TCK  # utime, stime (fields 14 and 15 of stat)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far; 0 when it is gone."""
    return sum(cpu_split(pid))


def calibrate() -> float:
    """CPU ms of a fixed pure-Python loop: compares machines, and shows how contended this one is now."""
    started = time.process_time()
    total = 0
    for i in range(2_000_000):
        total += i * i % 7
    return (time.process_time() - started) * 1000


def memory_kb(pid: int, key: str = "VmRSS") -> int:
    """A `Vm*` line of /proc/<pid>/status in kB (VmRSS now, VmHWM the peak so far); 0 when gone."""
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0


def pids_named(name: str, *, holding: str = "") -> list[int]:
    """Processes whose comm is `name` and whose command line holds `holding` (e.g. the PostgreSQL backends
    serving one database, whose title is `postgres: 15/main: user database host(port) state`)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/comm") as handle:
                    if handle.read().strip() != name:
                        continue
                with open(f"/proc/{entry}/cmdline", "rb") as handle:
                    if holding.encode() in handle.read():
                        found.append(int(entry))
            except OSError:
                continue
    return found


def machine_cpu() -> tuple[float, float]:
    """(busy, steal) CPU seconds of the whole machine so far, all CPUs: user+nice+system+irq+softirq, steal."""
    with open("/proc/stat") as handle:
        values = [int(v) for v in handle.readline().split()[1:]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = values[:8]
    return (user + nice + system + irq + softirq) / CLK_TCK, steal / CLK_TCK


def cpu_of(pids: Iterable[int]) -> dict[int, float]:
    return {pid: cpu_seconds(pid) for pid in pids}


def cpu_spent(before: dict[int, float], after: dict[int, float]) -> float:
    """CPU seconds spent between two readings (processes born in between count from zero)."""
    return sum(max(0.0, seconds - before.get(pid, 0.0)) for pid, seconds in after.items())


# ------------------------------------------------------------------------------------------- HTTP client


class Connection:
    """One keep-alive HTTP/1.1 connection that POSTs JSON bodies: far less client CPU than aiohttp or httpx,
    which matters when the generator shares two cores with everything it measures."""

    def __init__(self, host: str, port: int, path: str, headers: dict[str, str]) -> None:
        self.host, self.port = host, port
        lines = [f"POST {path} HTTP/1.1", f"Host: {host}:{port}", "Content-Type: application/json"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        self._prefix = ("\r\n".join(lines) + "\r\nContent-Length: ").encode()
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def connect(self) -> None:
        self._reader, self._writer = await asyncio.open_connection(self.host, self.port)

    async def post(self, body: bytes) -> int:
        """Sends one request and reads the whole answer; returns its status (0 when the connection failed).

        A keep-alive connection the server closed while it sat idle (uvicorn closes them after 5 s) fails
        before any byte of an answer: then the request is sent again once on a new connection.
        """
        for attempt in (1, 2):
            if self._writer is None:
                try:
                    await self.connect()
                except OSError:
                    return 0
            assert self._reader is not None and self._writer is not None
            try:
                self._writer.write(b"%s%d\r\n\r\n%s" % (self._prefix, len(body), body))
                head = await self._reader.readuntil(b"\r\n\r\n")
            except asyncio.IncompleteReadError as exc:
                self.close()
                if exc.partial or attempt == 2:
                    return 0
                continue
            except (OSError, asyncio.LimitOverrunError):
                self.close()
                if attempt == 2:
                    return 0
                continue
            try:
                return await self._finish(head)
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
                self.close()
                return 0
        return 0

    async def _finish(self, head: bytes) -> int:
        assert self._reader is not None
        status = int(head[9:12])
        lower = head.lower()
        at = lower.find(b"\r\ncontent-length:")
        if at >= 0:
            length = int(lower[at + 17 : lower.index(b"\r\n", at + 2)])
            if length:
                await self._reader.readexactly(length)
        elif b"transfer-encoding: chunked" in lower:
            while True:
                size = int((await self._reader.readuntil(b"\r\n")).strip(), 16)
                await self._reader.readexactly(size + 2)
                if size == 0:
                    break
        if b"\r\nconnection: close" in lower:
            self.close()
        return status

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self._reader = self._writer = None


# ---------------------------------------------------------------------------------------------- people

# Who writes to the city (the seed's mix of languages), and the language Telegram reports for them: Pashto,
# Kurdish and Somali speakers arrive with the language of their phone's interface.
LANGUAGES = {
    "tr": 60,
    "ar": 14,
    "fa": 5,
    "fa-AF": 3,
    "ps": 2,
    "kmr": 3,
    "ckb": 2,
    "uk": 4,
    "ru": 3,
    "en": 2,
    "fr": 1,
    "so": 1,
}
TELEGRAM_LANGUAGE = {"fa-AF": "fa", "ps": "fa", "kmr": "tr", "ckb": "ar", "so": "en"}
NAMES = [
    "Ayşe",
    "Mehmet",
    "Fatma",
    "Ahmet",
    "Zeynep",
    "Mustafa",
    "Hatice",
    "Ali",
    "Emine",
    "Hüseyin",
    "أحمد",
    "فاطمة",
    "محمد",
    "زهراء",
    "Ольга",
    "Наталья",
    "Karwan",
    "Gulalai",
    "Amina",
    "Jean",
]
NEIGHBOURHOODS = [
    "Bostanlı",
    "Şirinyer",
    "Kazımdirik",
    "Alsancak",
    "Göztepe",
    "Hatay",
    "Evka 3",
    "Mavişehir",
    "Kemeraltı",
    "Tepecik",
    "Basmane",
    "Kadifekale",
    "Çınarlı",
    "Manavkuyu",
    "Yeşilyurt",
    "Limontepe",
]
DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "ckb": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹", "fa-AF": "۰۱۲۳۴۵۶۷۸۹", "ps": "۰۱۲۳۴۵۶۷۸۹"}
# Scenario weights when a person starts something new.
SCENARIOS = {"apply": 60, "status": 20, "ask": 20}


def load_samples(path: Path = SAMPLES) -> dict[str, list[str]]:
    """Realistic short messages by locale (tests/data/language_samples.tsv)."""
    samples: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            locale, text = line.split("\t", 1)
            samples.setdefault(locale, []).append(text)
    return samples


def valid_identity(rng: random.Random, *, foreign: bool) -> str:
    """A national id number with a correct checksum (a foreign resident's starts with 99)."""
    from stdnum.tr import tckimlik

    # A citizen's starts with 1-8 (98 is a temporary-protection number, asked for differently).
    first = (
        "99" + "".join(rng.choice("0123456789") for _ in range(7))
        if foreign
        else (rng.choice("12345678") + "".join(rng.choice("0123456789") for _ in range(8)))
    )
    return first + tckimlik.calc_check_digits(first)


def in_digits(locale: str, text: str) -> str:
    digits = DIGITS.get(locale)
    return text.translate(str.maketrans("0123456789", digits)) if digits else text


@dataclass
class Person:
    user_id: int
    locale: str
    language_code: str
    name: str
    chooses_language: bool
    visited: bool = False
    consented: bool = False
    steps: deque[tuple[str, Any]] = field(default_factory=deque)
    ready_at: float = 0.0
    message_id: int = 0


class Population:
    """People talking to the bot, each at most one update in flight and at least `min_gap` s between two.

    The population grows while nobody is ready, so it sizes itself to the rate (rate × gap people); with a
    gap of 0.8 s nobody goes over the engine's flood limit (8 events in 5 s). A person plays scenarios:
    applying (the programme's questions, with a few mistakes, photos of documents, confirm), asking after
    their applications (/status, a typed reference), and free-text questions in their own language. Some
    leave after a scenario and new people arrive with /start.
    """

    def __init__(self, *, seed: int = 7, min_gap: float = 0.8, churn: float = 0.25) -> None:
        from core.catalogue import load_catalogue
        from core.districts import fold
        from core.i18n import Translator, strip_isolates
        from core.settings import PACKAGED_CATALOGUE

        self.rng = random.Random(seed)
        self.min_gap, self.churn = min_gap, churn
        catalogue = load_catalogue(PACKAGED_CATALOGUE)
        self.programmes = [p for p in catalogue.programmes if p.kind == "application"]
        self.districts = [(name, f"dist:{fold(name)[:40]}") for name in catalogue.city.districts]
        translator = Translator(list(catalogue.city.locales), catalogue.city.default_locale)
        self.labels = {
            (locale, key): strip_isolates(translator.text(locale, key))
            for locale in catalogue.city.locales
            for key in ("menu-apply", "menu-status")
        }
        self.samples = load_samples()
        self.languages, self.weights = zip(*LANGUAGES.items(), strict=True)
        self.queue: deque[Person] = deque()
        self.people = 0
        self._user_ids = itertools.count(7_000_000_001 + self.rng.randrange(10**9))
        self._update_ids = itertools.count(self.rng.randrange(10**8, 9 * 10**8))
        self._ids = itertools.count(1)
        self.kinds: Counter[str] = Counter()

    # -- who is next

    def take(self, now: float) -> Person:
        if self.queue and self.queue[0].ready_at <= now:
            return self.queue.popleft()
        return self._new_person()

    def give_back(self, person: Person, now: float) -> None:
        if not person.steps and self.rng.random() < self.churn:
            return  # done for today
        person.ready_at = now + self.min_gap
        self.queue.append(person)

    def _new_person(self) -> Person:
        self.people += 1
        locale = self.rng.choices(self.languages, self.weights)[0]
        return Person(
            user_id=next(self._user_ids),
            locale=locale,
            language_code=TELEGRAM_LANGUAGE.get(locale, locale),
            name=self.rng.choice(NAMES),
            chooses_language=self.rng.random() < (0.9 if locale in TELEGRAM_LANGUAGE else 0.5),
        )

    # -- what they send

    def next_update(self, person: Person) -> bytes:
        """The person's next update, as Telegram would POST it."""
        if not person.steps:
            self._plan(person)
        kind, payload = person.steps.popleft()
        self.kinds[kind] += 1
        update_id = next(self._update_ids)
        user = {"id": person.user_id, "is_bot": False, "first_name": person.name, "language_code": person.language_code}
        chat = {"id": person.user_id, "type": "private", "first_name": person.name}
        now = int(time.time())
        person.message_id += 2
        if kind == "button":
            update = {
                "update_id": update_id,
                "callback_query": {
                    "id": f"{person.user_id}{next(self._ids)}",
                    "from": user,
                    "chat_instance": str(person.user_id),
                    "data": payload,
                    "message": {
                        "message_id": person.message_id - 1,
                        "from": BOT_USER,
                        "chat": chat,
                        "date": now - 5,
                        "text": "…",
                    },
                },
            }
        else:
            message: dict[str, Any] = {"message_id": person.message_id, "from": user, "chat": chat, "date": now}
            if kind in ("text", "command"):
                message["text"] = payload
                if kind == "command":
                    message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(payload.split()[0])}]
            elif kind == "contact":
                message["contact"] = {"phone_number": payload, "first_name": person.name, "user_id": person.user_id}
            elif kind == "photo":
                n = next(self._ids)
                message["photo"] = [
                    {
                        "file_id": f"AgACAgIAAx{n}s",
                        "file_unique_id": f"AQADs{n}",
                        "width": 90,
                        "height": 67,
                        "file_size": 1_450,
                    },
                    {
                        "file_id": f"AgACAgIAAx{n}m",
                        "file_unique_id": f"AQADm{n}",
                        "width": 1280,
                        "height": 960,
                        "file_size": 148_000,
                    },
                ]
            update = {"update_id": update_id, "message": message}
        return json.dumps(update, ensure_ascii=False, separators=(",", ":")).encode()

    def _plan(self, person: Person) -> None:
        rng, steps = self.rng, person.steps
        if not person.visited:
            person.visited = True
            steps.append(("command", "/start"))
            if person.chooses_language:
                steps.append(("button", f"lang:{person.locale}"))
        scenario = rng.choices(list(SCENARIOS), list(SCENARIOS.values()))[0]
        if scenario == "apply":
            self._apply(person)
        elif scenario == "status":
            steps.append(
                ("text", self.labels[person.locale, "menu-status"]) if rng.random() < 0.5 else ("command", "/status")
            )
            if rng.random() < 0.5:
                reference = "".join(rng.choice("0123456789") for _ in range(9))
                steps.append(("text", in_digits(person.locale, f"{reference[:3]} {reference[3:6]} {reference[6:]}")))
        else:
            steps.append(("text", self._sample(person.locale)))
            if not person.chooses_language and person.locale in TELEGRAM_LANGUAGE:
                steps.append(("button", "switch:yes"))  # answers "switch to <detected language>?", if it came
            steps.append(("button", "qnotice:yes"))  # the question notice a first question waits on, if it came
            if rng.random() < 0.4:
                steps.append(("text", self._sample(person.locale)))  # more words for the open question

    def _apply(self, person: Person) -> None:
        rng, steps, locale = self.rng, person.steps, person.locale
        steps.append(("text", self.labels[locale, "menu-apply"]) if rng.random() < 0.5 else ("command", "/apply"))
        programme = rng.choice(self.programmes)
        steps.append(("button", f"prog:{programme.code}"))
        steps.append(("button", "apply:start"))
        if not person.consented:
            person.consented = True
            steps.append(("button", "consent:yes"))
        given: dict[str, str] = {}
        for name in programme.fields:
            question = programme.questions.get(name)
            if question is not None:
                if question.when is None or given.get(question.when.question) == question.when.equals:
                    given[name] = self._answer(question, steps)
            elif name == "full_name":
                steps.append(("text", f"{rng.choice(NAMES)} Demir"))
            elif name == "phone":
                number = "532" + "".join(rng.choice("0123456789") for _ in range(7))
                if rng.random() < 0.5:
                    steps.append(("contact", "90" + number))
                else:
                    steps.append(("text", in_digits(locale, f"0{number[:3]} {number[3:6]} {number[6:8]} {number[8:]}")))
            elif name == "national_id":
                if rng.random() < 0.08:
                    steps.append(("text", "10000000147"))  # a typo: the checksum catches it
                steps.append(("text", valid_identity(rng, foreign=locale != "tr")))
            elif name == "district":
                district, data = rng.choice(self.districts)
                steps.append(("button", data) if rng.random() < 0.6 else ("text", district))
            elif name == "neighbourhood":
                steps.append(("text", rng.choice(NEIGHBOURHOODS)))
            elif name == "household_size":
                if rng.random() < 0.05:
                    steps.append(("text", "dört"))
                steps.append(("text", in_digits(locale, str(rng.randint(1, 8)))))
            elif name == "description":
                steps.append(("text", " ".join(self._sample(locale) for _ in range(rng.randint(1, 3)))))
            elif name == "documents":
                steps.extend(("photo", None) for _ in range(rng.choice((0, 1, 1, 2))))
                steps.append(("button", "docs:done"))
        steps.append(("button", "apply:confirm"))

    def _answer(self, question: Question, steps: deque[tuple[str, Any]]) -> str:
        """Answers one of a programme's own questions as a person would (the last option; a recent date)."""
        if question.values():
            value = question.values()[-1]
            steps.append(("button", f"ans:{value}"))
            return value
        typed = {
            "number": str(question.min),
            "date": f"01.06.{date.today().year - 1}",
            "phone": "0532 765 43 21",
            "identity": "10000000146",
            "district": "Konak",
        }.get(question.kind, self.rng.choice(NEIGHBOURHOODS))
        steps.append(("text", typed))
        if question.repeat > 1:
            steps.append(("button", "ans:-done"))
        return typed

    def _sample(self, locale: str) -> str:
        return self.rng.choice(self.samples.get(locale) or self.samples["tr"])


# --------------------------------------------------------------------------------------------- results


@dataclass
class Phase:
    """One measured phase: answers, their latencies (s) and the statuses that were not 200."""

    seconds: float
    latencies: list[float] = field(default_factory=list)
    failures: Counter[int] = field(default_factory=Counter)
    late: int = 0  # open loop: arrivals that found no free connection at once

    @property
    def count(self) -> int:
        return len(self.latencies)

    @property
    def rate(self) -> float:
        return self.count / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        return percentile_ms(self.latencies, q)


def percentile_ms(seconds: list[float], q: float) -> float:
    """The q-th quantile (0..1) of these durations in seconds, in milliseconds; NaN for none."""
    if not seconds:
        return float("nan")
    ordered = sorted(seconds)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


# --------------------------------------------------------------------------------------------- servers


async def _serve_fake() -> None:
    """The fake Bot API, accepting any callback query id (the updates never went through it) and forgetting
    what it recorded twice a second (a long run would otherwise grow it without end); /stats counts calls."""
    from aiohttp import web

    from tests.fakes.telegram_api import FakeTelegram, _ApiError

    counts: Counter[str] = Counter()

    class BenchTelegram(FakeTelegram):
        async def _answer_callback_query(self, bot: Any, params: dict[str, Any]) -> bool:
            if not params.get("callback_query_id"):
                raise _ApiError(400, "Bad Request: query ID is invalid")
            return True

    def drain(fake: FakeTelegram) -> None:
        calls = fake.calls
        fake.calls = [call for call in calls if call.status is None]  # still being answered
        for call in calls:
            if call.status is None:
                continue
            counts[call.method if call.status == 200 else f"{call.method} {call.status}"] += 1
        fake.sent.clear()
        fake._messages.clear()

    async with BenchTelegram() as fake:

        async def stats(request: web.Request) -> web.Response:
            drain(fake)
            body = dict(counts)
            if request.query.get("reset"):
                counts.clear()
            return web.json_response(body)

        app = web.Application()
        app.router.add_get("/stats", stats)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        print(f"READY {fake.base_url} http://127.0.0.1:{port}/stats", flush=True)
        while True:
            await asyncio.sleep(0.5)
            drain(fake)


def _serve_floor(port: int, secret: str) -> None:
    """The floor: the same uvicorn configuration as `hemsehri serve`, on the same event loop (the command runs
    `server.serve()` inside `uvloop.run`), and the aiogram webhook route from bot/telegram/webhook.py, with a feed
    that does nothing."""
    import uvicorn
    import uvloop
    from fastapi import FastAPI
    from fastapi.responses import JSONResponse

    from bot.channel import Outcome
    from bot.telegram.webhook import build_webhook_router

    async def feed(update: Any) -> tuple[Outcome, None]:
        return Outcome.HANDLED, None

    app = FastAPI()
    app.include_router(build_webhook_router(secret=secret, feed=feed))

    @app.get("/healthz")
    async def healthz() -> JSONResponse:
        return JSONResponse({"status": "ok"})

    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", proxy_headers=True)
    server = uvicorn.Server(config)
    try:
        uvloop.run(server.serve())
    except KeyboardInterrupt:  # uvicorn re-raises the SIGINT it shut down on
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("fake")
    floor = commands.add_parser("floor")
    floor.add_argument("--port", type=int, required=True)
    floor.add_argument("--secret", required=True)
    args = parser.parse_args()
    if args.command == "fake":
        import uvloop

        uvloop.run(_serve_fake())
    else:
        _serve_floor(args.port, args.secret)


if __name__ == "__main__":
    main()
