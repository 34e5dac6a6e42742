"""Fault injection: is delivery never lost and never doubled when processes die and servers go away?

    uv run python bench/faults.py                        # every scenario, full size (a few minutes)
    uv run python bench/faults.py --smoke                # tiny serve-kill and worker-kill (CI; < 1 min)
    uv run python bench/faults.py --scenario serve-kill  # one scenario (repeat --scenario for more)

Scenarios (all on 127.0.0.1, each on a scratch PostgreSQL database of its own, dropped at the end):

* serve-kill: a fake Telegram delivers a stream of webhook updates (/start, a language button, questions,
  /help) to `hemsehri serve`; the serve process is killed with SIGKILL mid-load and a new one started on
  the same port; the fake redelivers whatever was not answered 2xx.
* worker-kill: an announcement-like batch of outbox rows is delivered by `hemsehri worker` (pacing through
  Redis) to the fake; the worker is killed with SIGKILL midway and restarted. Of the rows the killed worker
  held, those whose request was out (`sending`) are parked as uncertain and the rest (`claimed`) are given
  back and sent by the new worker's start-up recovery once their grace is over: the bench fast-forwards that
  grace (claimed_at moved back three minutes) before the restart instead of waiting it out. Only sends in
  flight may be parked: at most the worker's concurrency, and none that had not gone out beyond that.
* redis-restart, postgres-restart: the shared server is stopped for about 3 s during webhook load, while
  the worker delivers an outbox batch too. A probe posts updates straight to the webhook every 0.1 s to
  time the recovery. If the worker process ends, it is started again 1 s later, as a supervisor would.
  These restart servers other people use: they run last and keep the outage short; both servers are
  always left running.

Every scenario prints: the load offered, the faults injected, messages lost, messages doubled and the
time to recover, then the checks. The exit status is 1 when a check fails (anything lost or doubled).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from faultkit import (
    REDIS_URL,
    SOURCE,
    TOKEN,
    UNCERTAIN_PREFIX,
    WEBHOOK_SECRET,
    LaneFake,
    Proc,
    ScratchDatabase,
    base_env,
    ensure_servers_running,
    free_port,
    log,
    now,
    opened,
    pg_ctl,
    pg_ready,
    redis_forget_ours,
    redis_ready,
    redis_start,
    redis_stop,
    vault,
    wait_http_ok,
    wait_until,
)

from tests.fakes.telegram_api import Limits, WebhookAttempt

OUTAGE_SECONDS = 3.0
RECOVERY_LIMIT = 10.0
WORKER_RESTART_DELAY = 1.0
PERSON_BASE = 7_000_000_000  # Telegram user ids are past 32 bits
OUTBOX_CHAT_BASE = 8_000_000_000
PROBE_PERSON_BASE = 9_000_000_000
FIRST_UPDATE_ID = 731_000_000  # update ids start anywhere
PROBE_UPDATE_BASE = 990_000_000
# An update's id rides in its text spelled in letters (731000046 -> "#uhdbaaaaeg"): nine digits would read as a
# reference number to the bot, and about one in ten would even pass its check digit.
TAG = re.compile(r"#u([a-j]+)")
_TO_LETTERS = str.maketrans("0123456789", "abcdefghij")
_TO_DIGITS = str.maketrans("abcdefghij", "0123456789")


def tag(update_id: int) -> str:
    return f"#u{str(update_id).translate(_TO_LETTERS)}"


def tagged_update(text: str) -> int | None:
    found = TAG.search(text)
    return int(found.group(1).translate(_TO_DIGITS)) if found else None


OUTBOX_TAG = re.compile(r"\[o(\d+)\]")

QUESTIONS: dict[str, list[str]] = {
    "tr": [
        "Merhaba, kira yardımı için nasıl başvurabilirim?",
        "Süt Kuzusu başvurumun durumu nedir?",
        "Kömür yardımı bu kış da verilecek mi?",
    ],
    "en": [
        "Hello, how can I apply for rent support?",
        "When will the food package be delivered?",
        "Is there a hot meal point near Konak?",
    ],
    "ar": [
        "مرحبا، كيف يمكنني التقديم على مساعدة الإيجار؟",
        "متى سيتم توصيل الطرد الغذائي؟",
        "هل يوجد مطبخ خيري قريب من كوناك؟",
    ],
    "fa": [
        "سلام، چطور می‌توانم برای کمک اجاره درخواست بدهم؟",
        "بسته غذایی کی تحویل داده می‌شود؟",
        "آیا نزدیک کوناک آشپزخانه خیریه هست؟",
    ],
    "uk": [
        "Добрий день, як подати заявку на допомогу з орендою?",
        "Коли доставлять продуктовий набір?",
        "Чи є пункт гарячого харчування біля Конак?",
    ],
    "ru": [
        "Здравствуйте, как подать заявку на помощь с арендой?",
        "Когда доставят продуктовый набор?",
        "Есть ли пункт горячего питания рядом с Конак?",
    ],
    "ps": ["سلام، زه څنګه د کرایې مرستې لپاره غوښتنه وکړم؟", "د خوړو بسته به کله ورکړل شي؟"],
    "kmr": ["Silav, ez çawa dikarim ji bo alîkariya kirê serlêdan bikim?", "Pakêta xwarinê kengê tê radestkirin?"],
}
LANGUAGES = list(QUESTIONS)
PLATFORM_LANGUAGE = {"tr": "tr", "en": "en", "ar": "ar", "fa": "fa", "uk": "uk", "ru": "ru", "ps": "fa", "kmr": "tr"}


# ------------------------------------------------------------------------------------------ sizes


@dataclass(frozen=True)
class Size:
    people: int = 200
    per_person: int = 10  # /start, language button, a question, yes to the notice, 4 questions, /help, 1 question
    offered_rate: float = 200.0  # updates pushed per second
    lanes: int = 16
    outbox_rows: int = 5000
    outbox_chats: int = 1000
    telegram_rate: float = 1000.0
    restart_rate: float = 100.0  # webhook updates/s offered during the restart scenarios
    restart_outbox_rows: int = 3000
    restart_outbox_chats: int = 600
    restart_telegram_rate: float = 150.0
    fault_at: float = 0.4  # share of the load answered (or sent) when the fault strikes
    time_limit: float = 240.0


FULL = Size()
SMOKE = Size(
    people=20,
    per_person=10,
    offered_rate=200.0,
    lanes=8,
    outbox_rows=400,
    outbox_chats=100,
    telegram_rate=1000.0,
    time_limit=100.0,
)


# ---------------------------------------------------------------------------------------- results


@dataclass
class Result:
    name: str
    lines: list[tuple[str, str]] = field(default_factory=list)
    checks: list[tuple[str, bool]] = field(default_factory=list)
    figures: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def line(self, label: str, value: str) -> None:
        self.lines.append((label, value))

    def check(self, label: str, ok: bool) -> None:
        self.checks.append((label, bool(ok)))

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(ok for _, ok in self.checks)

    def show(self) -> None:
        print(f"\n=== {self.name} {'PASS' if self.ok else 'FAIL'} ===")
        width = max(len(label) for label, _ in self.lines) if self.lines else 0
        for label, value in self.lines:
            print(f"  {label.ljust(width)}  {value}")
        for label, ok in self.checks:
            print(f"  [{'ok' if ok else 'FAIL'}] {label}")
        for note in self.notes:
            print(f"  note: {note}")
        sys.stdout.flush()


def load_average() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def seconds(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f} s"


# ------------------------------------------------------------------------------- inbound load


@dataclass
class Sent:
    """One update we offered: its kind, its person, and for a question the tag its text carries."""

    update_id: int
    kind: str  # start | button | text | yes (to the question notice) | help
    person: int
    language: str


class WebhookLoad:
    """People writing to the bot: pushed into the fake at `rate` per second, round-robin over the people."""

    def __init__(
        self,
        fake: LaneFake,
        *,
        people: int,
        per_person: int,
        rate: float,
        person_base: int = PERSON_BASE,
        first_update_id: int = FIRST_UPDATE_ID,
    ) -> None:
        self.fake, self.rate = fake, rate
        self.meta: dict[int, Sent] = {}
        self.updates: list[dict[str, Any]] = []
        self.chosen: dict[int, str] = {}
        # The first question waits for the question notice: the yes after it files it, and lets the rest through.
        plan = ["start", "button", "text", "yes", *["text"] * max(0, per_person - 6), "help", "text"]
        plans: list[list[str]] = [plan[:per_person] for _ in range(people)]
        update_id = first_update_id
        for step in range(per_person):
            for number in range(people):
                person = person_base + number
                language = LANGUAGES[number % len(LANGUAGES)]
                kind = plans[number][step]
                self.updates.append(self._update(update_id, kind, person, language, step))
                self.meta[update_id] = Sent(update_id, kind, person, language)
                if kind == "button":
                    self.chosen[person] = language
                update_id += 1
        self.pushed = 0
        self.started_at = self.finished_at = 0.0

    def _update(self, update_id: int, kind: str, person: int, language: str, step: int) -> dict[str, Any]:
        sender = {"first_name": f"Kişi {person % 1000}", "language_code": PLATFORM_LANGUAGE[language]}
        if kind == "start":
            body = self.fake.message_update(person, "/start", **sender)
        elif kind == "help":
            body = self.fake.message_update(person, "/help", **sender)
        elif kind == "button":
            body = self.fake.callback_update(person, f"lang:{language}", message_id=1, **sender)
        elif kind == "yes":
            body = self.fake.callback_update(person, "qnotice:yes", message_id=2, **sender)
        else:
            texts = QUESTIONS[language]
            body = self.fake.message_update(person, f"{texts[step % len(texts)]} {tag(update_id)}", **sender)
        return {"update_id": update_id, **body}

    async def push(self) -> None:
        self.started_at = now()
        for index, update in enumerate(self.updates):
            due = self.started_at + index / self.rate
            if (wait := due - now()) > 0:
                await asyncio.sleep(wait)
            self.fake.push_update(update)
            self.pushed += 1
        self.finished_at = now()


class Probe:
    """Posts updates straight to the webhook, one at a time every `interval` s, each retried until 2xx.

    Its people pick Turkish first (a button), ask a question, say yes to the question notice, then ask more, so
    each of its updates has a checkable effect.
    """

    def __init__(self, fake: LaneFake, url: str, *, people: int = 20, interval: float = 0.1) -> None:
        self.fake, self.url, self.interval = fake, url, interval
        self.people = [PROBE_PERSON_BASE + n for n in range(people)]
        self.meta: dict[int, Sent] = {}
        self.chosen = dict.fromkeys(self.people, "tr")
        self.attempts: list[WebhookAttempt] = []
        self._started: set[int] = set()
        self._asked: set[int] = set()
        self._acknowledged: set[int] = set()
        self._next_id = PROBE_UPDATE_BASE
        self._stop = asyncio.Event()

    def stop(self) -> None:
        self._stop.set()

    def _next(self) -> dict[str, Any]:
        number = self._next_id - PROBE_UPDATE_BASE
        person = self.people[number % len(self.people)]
        update_id = self._next_id
        self._next_id += 1
        if person not in self._started:
            self._started.add(person)
            body = self.fake.callback_update(person, "lang:tr", message_id=1, language_code="tr")
            kind = "button"
        elif person in self._asked and person not in self._acknowledged:
            self._acknowledged.add(person)
            body = self.fake.callback_update(person, "qnotice:yes", message_id=2, language_code="tr")
            kind = "yes"
        else:
            self._asked.add(person)
            body = self.fake.message_update(person, f"Başvurum ne durumda? {tag(update_id)}", language_code="tr")
            kind = "text"
        update = {"update_id": update_id, **body}
        self.fake._remember(update)  # so the fake knows the callback query it will be asked to answer
        self.meta[update_id] = Sent(update_id, kind, person, "tr")
        return update

    async def run(self) -> None:
        from aiohttp import ClientError, ClientSession, ClientTimeout

        headers = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
        async with ClientSession(timeout=ClientTimeout(total=10)) as http:
            while not self._stop.is_set():
                update = self._next()
                while True:
                    status, error = None, None
                    try:
                        async with http.post(self.url, json=update, headers=headers) as answer:
                            status = answer.status
                            await answer.read()
                    except (ClientError, TimeoutError, OSError) as exc:
                        error = type(exc).__name__
                    self.attempts.append(WebhookAttempt(update["update_id"], status, error, now()))
                    await asyncio.sleep(self.interval)
                    if status is not None and 200 <= status < 300:
                        break


def answered_ids(attempts: list[WebhookAttempt]) -> set[int]:
    return {a.update_id for a in attempts if a.status is not None and 200 <= a.status < 300}


@dataclass
class InboundTally:
    offered: int
    answered: int
    unanswered: int
    answered_not_recorded: int
    never_recorded: int
    missing_effect: int
    doubled_inbox: int
    doubled_effect: int
    callbacks_twice: int
    examples: dict[str, list[int]]

    @property
    def lost(self) -> int:
        return self.never_recorded + self.missing_effect

    @property
    def doubled(self) -> int:
        return self.doubled_inbox + self.doubled_effect + self.callbacks_twice


async def tally_inbound(
    db: ScratchDatabase, fake: LaneFake, meta: dict[int, Sent], chosen: dict[int, str], attempts: list[WebhookAttempt]
) -> InboundTally:
    """What the database holds for each offered update: its inbox row, and its effect (message, language)."""
    keys = vault()  # ids, texts and payloads are sealed: counted here, in the clear
    inbox = {
        int(keys.unseal_id(r["update_id"])): r["n"]
        for r in await db.fetch(
            "SELECT update_id, count(*) AS n FROM processed_updates WHERE source = $1 GROUP BY update_id", SOURCE
        )
    }
    effects = Counter(
        found
        for r in await db.fetch("SELECT text FROM messages WHERE direction = 'in' AND text IS NOT NULL")
        if (found := tagged_update(keys.unseal(r["text"]))) is not None
    )
    rows = await db.fetch(
        "SELECT platform_user_id, language, language_source, question_notice_version FROM contacts"
        " WHERE channel = 'telegram'"
    )
    contacts = {int(keys.unseal_id(r["platform_user_id"])): (r["language"], r["language_source"]) for r in rows}
    acknowledged = {int(keys.unseal_id(r["platform_user_id"])) for r in rows if r["question_notice_version"]}
    answered = answered_ids(attempts)
    offered = set(meta)
    examples: dict[str, list[int]] = {}

    def note(name: str, ids: list[int]) -> int:
        if ids:
            examples[name] = sorted(ids)[:5]
        return len(ids)

    missing = []
    for update_id, sent in meta.items():
        if update_id not in inbox:
            continue
        if sent.kind == "text" and effects.get(update_id, 0) == 0:
            missing.append(update_id)
        elif sent.kind == "button" and contacts.get(sent.person) != (chosen[sent.person], "chosen"):
            missing.append(update_id)
        elif sent.kind == "start" and sent.person not in contacts:
            missing.append(update_id)
        elif sent.kind == "yes" and sent.person not in acknowledged:
            missing.append(update_id)
    twice = [c for c in fake.calls_to("answerCallbackQuery") if c.status == 400]
    return InboundTally(
        offered=len(offered),
        answered=len(answered & offered),
        unanswered=note("unanswered", sorted(offered - answered)),
        answered_not_recorded=note("answered_not_recorded", [u for u in answered & offered if u not in inbox]),
        never_recorded=note("never_recorded", [u for u in offered if u not in inbox]),
        missing_effect=note("missing_effect", missing),
        doubled_inbox=note("doubled_inbox", [u for u, n in inbox.items() if n > 1]),
        doubled_effect=note("doubled_effect", [u for u, n in effects.items() if n > 1 and u in offered]),
        callbacks_twice=len(twice),
        examples=examples,
    )


def report_inbound(result: Result, tally: InboundTally) -> None:
    result.line(
        "messages lost",
        f"{tally.lost}  (answered 2xx but not recorded: {tally.answered_not_recorded}; "
        f"never recorded: {tally.never_recorded}; recorded without their effect: "
        f"{tally.missing_effect}; still unanswered at the end: {tally.unanswered})",
    )
    result.line(
        "messages doubled",
        f"{tally.doubled}  (inbox rows > 1: {tally.doubled_inbox}; message rows > 1 "
        f"per update: {tally.doubled_effect}; callbacks answered twice: "
        f"{tally.callbacks_twice})",
    )
    if tally.examples:
        result.notes.append(f"example update ids: {tally.examples}")
    result.figures["inbound"] = tally.__dict__ | {"lost": tally.lost, "doubled": tally.doubled}
    result.check("every update answered 2xx is in the database", tally.answered_not_recorded == 0)
    result.check("every offered update was answered 2xx in the end", tally.unanswered == 0)
    result.check("nothing lost (inbox row and effect for every update)", tally.lost == 0)
    result.check("nothing doubled (one inbox row, one message row, one callback answer per update)", tally.doubled == 0)


def webhook_statuses(attempts: list[WebhookAttempt], since: float = 0.0, until: float = float("inf")) -> Counter[str]:
    counts: Counter[str] = Counter()
    for a in attempts:
        if since <= a.time <= until:
            counts[
                "connection error" if a.status is None else f"{a.status // 100}xx" if a.status != 429 else "429"
            ] += 1
    return counts


def show_counts(counts: Counter[str]) -> str:
    return ", ".join(f"{key} {value}" for key, value in sorted(counts.items())) or "none"


# ------------------------------------------------------------------------------ outbound load


class OutboxLoad:
    """Contacts and an announcement-like batch of outbox rows, inserted through core's outbox service."""

    def __init__(self, db: ScratchDatabase, *, rows: int, chats: int, chat_base: int = OUTBOX_CHAT_BASE) -> None:
        self.db, self.rows, self.chats, self.chat_base = db, rows, chats, chat_base
        self.chat_ids = {chat_base + n for n in range(chats)}

    async def insert(self) -> None:
        from sqlalchemy import insert, select

        from core.contacts.models import Contact
        from core.db import Database, utcnow
        from core.outbox import service as outbox

        database = Database(self.db.url, vault=vault())
        try:
            async with database.transaction() as session:
                stamp = utcnow()
                await session.execute(
                    insert(Contact),
                    [
                        {
                            "channel": "telegram",
                            "platform_user_id": str(self.chat_base + n),
                            "chat_id": str(self.chat_base + n),
                            "language": LANGUAGES[n % len(LANGUAGES)],
                            "language_source": "chosen",
                            "blocked": False,
                            "created_at": stamp,
                        }
                        for n in range(self.chats)
                    ],
                )
                ids = {
                    user: contact_id
                    for user, contact_id in (
                        await session.execute(
                            select(Contact.platform_user_id, Contact.id).where(Contact.channel == "telegram")
                        )
                    ).all()
                }
                for n in range(self.rows):  # announcement by announcement, each to every chat
                    chat = self.chat_base + n % self.chats
                    text = f"Duyuru {n // self.chats + 1}: kış yardımı başvuruları açıldı. [o{n}]"
                    outbox.enqueue(
                        session=session,
                        contact_id=ids[str(chat)],
                        channel="telegram",
                        kind="announcement",
                        payload={"texts": {"tr": text}, "fallback": "tr", "tag": n},
                    )
        finally:
            await database.dispose()

    async def states(self) -> Counter[str]:
        rows = await self.db.fetch("SELECT state, count(*) AS n FROM outbox GROUP BY state")
        return Counter({r["state"]: r["n"] for r in rows})

    def sends(self, fake: LaneFake) -> list[Any]:
        """The fake's answered sendMessage calls to our chats, in order."""
        return [
            c
            for c in fake.calls
            if c.method == "sendMessage" and c.status == 200 and c.params.get("chat_id") in self.chat_ids
        ]

    async def tally(self, fake: LaneFake) -> dict[str, Any]:
        received = Counter(
            int(m.group(1))
            for s in fake.sent
            if s.chat_id in self.chat_ids and s.text and (m := OUTBOX_TAG.search(s.text))
        )
        message_ids = {
            int(m.group(1)): str(s.message_id)
            for s in fake.sent
            if s.chat_id in self.chat_ids and s.text and (m := OUTBOX_TAG.search(s.text))
        }
        rows = [
            {**row, "tag": opened(row["payload"]).get("tag")}
            for row in await self.db.fetch("SELECT id, state, last_error, platform_message_id, payload FROM outbox")
        ]
        t: Counter[str] = Counter()
        examples: dict[str, list[int]] = {}
        for row in rows:
            got = received.get(row["tag"], 0)
            uncertain = row["state"] == "dead" and (row["last_error"] or "").startswith(UNCERTAIN_PREFIX)
            if got >= 2:
                key = "sent twice or more"
            elif got == 1 and row["state"] == "sent":
                key = "sent once"
                if row["platform_message_id"] != message_ids.get(row["tag"]):
                    t["recorded message id differs from the one sent"] += 1
            elif got == 1 and uncertain:
                key = "sent once, parked uncertain"
            elif got == 1:
                key = f"sent once, left {row['state']}"
            elif uncertain:
                key = "parked uncertain, not sent"
            elif row["state"] == "sent":
                key = "LOST: marked sent, never received"
            else:
                key = f"LOST: not sent, left {row['state']}" + (
                    f" ({row['last_error'][:60]})" if row["last_error"] else ""
                )
            t[key] += 1
            examples.setdefault(key, []).append(row["id"])
        lost = sum(n for k, n in t.items() if k.startswith("LOST") or k.startswith("sent once, left"))
        worrying = ("LOST", "sent twice", "sent once, left")
        return {
            "rows": len(rows),
            "counts": dict(t),
            "sent_twice": t["sent twice or more"],
            "lost": lost,
            "examples": {k: v[:5] for k, v in examples.items() if k.startswith(worrying)},
        }


def report_outbound(result: Result, tally: dict[str, Any], prefix: str = "") -> None:
    counts = tally["counts"]
    parts = ["sent once", "sent once, parked uncertain", "parked uncertain, not sent"]
    shown = "; ".join(f"{k}: {counts.get(k, 0)}" for k in parts)
    others = {k: v for k, v in counts.items() if k not in parts and k != "sent twice or more"}
    result.line(f"{prefix}outbox rows", f"{tally['rows']}: {shown}" + (f"; {others}" if others else ""))
    result.line(
        f"{prefix}messages lost",
        f"{tally['lost']}  (a parked uncertain row that was not sent counts as parked, not lost)",
    )
    result.line(f"{prefix}messages doubled", f"{tally['sent_twice']}  (rows the fake received twice or more)")
    if tally["examples"]:
        result.notes.append(f"{prefix}outbox row ids: {tally['examples']}")
    result.figures[f"{prefix}outbound".strip()] = tally
    result.check(f"{prefix}outbox: no row sent twice", tally["sent_twice"] == 0)
    result.check(f"{prefix}outbox: no row lost (each sent once, or parked as uncertain)", tally["lost"] == 0)
    result.check(
        f"{prefix}outbox: sent rows carry the message id Telegram gave",
        counts.get("recorded message id differs from the one sent", 0) == 0,
    )


class Supervisor:
    """Starts the worker again `delay` s after it ends by itself, as systemd's Restart=always would."""

    def __init__(self, worker: Proc, delay: float = WORKER_RESTART_DELAY) -> None:
        self.worker, self.delay = worker, delay
        self.restarts: list[tuple[float, int]] = []
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._watch())

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(0.1)
            code = self.worker.reap()
            if code is not None:
                self.restarts.append((now(), code))
                log(f"worker ended by itself with code {code}; starting it again in {self.delay:.0f} s")
                await asyncio.sleep(self.delay)
                self.worker.start()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


async def finish_outbox(db: ScratchDatabase, load: OutboxLoad, worker: Proc, deadline: float) -> dict[str, Any]:
    """Waits for the worker to empty `pending` and `claimed`, then parks, as a new worker would, what is left `sending`.

    The grace of two minutes before `recover` parks a row is fast-forwarded: claimed_at is moved back, then
    the worker's start-up recovery (`DeliveryWorker.recover`) runs in this process.
    """
    info: dict[str, Any] = {}
    while now() < deadline:
        # Done when nothing waits and no batch is out with a live worker: a row 'sending' for more than
        # 10 s belongs to a dead one (a live batch is marked within a second or two, 429s included).
        busy = await db.try_fetchval(
            "SELECT count(*) FROM outbox WHERE state IN ('pending', 'claimed') "
            "OR (state = 'sending' AND claimed_at > now() - interval '10 seconds')"
        )
        if busy == 0:
            break
        await asyncio.sleep(0.25)
    await worker.stop()
    states = await load.states()
    info["left_sending"] = states.get("sending", 0)
    info["left_pending"] = states.get("pending", 0) + states.get("claimed", 0)
    if info["left_sending"]:
        log(
            f"{info['left_sending']} rows left 'sending' by a dead worker: fast-forwarding their 2-minute grace "
            "and running the worker's start-up recovery to park them"
        )
        await db.execute("UPDATE outbox SET claimed_at = claimed_at - interval '3 minutes' WHERE state = 'sending'")
        info["parked_by_recovery"] = await recover_like_a_new_worker(db)
    return info


async def recover_like_a_new_worker(db: ScratchDatabase) -> int:
    """What a worker does first when it starts (DeliveryWorker.run calls recover), run here to save a start-up."""
    from core.db import Database
    from core.delivery.worker import DeliveryWorker

    database = Database(db.url, vault=vault())
    try:
        worker = DeliveryWorker(db=database, translator=None, senders={}, pacers={})  # type: ignore[arg-type]
        return await worker.recover()
    finally:
        await database.dispose()


# -------------------------------------------------------------------------------- scenarios


class Stage:
    """One scenario's scratch database, temporary folder and processes, cleaned up whatever happens."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.db = ScratchDatabase()
        self.tmp = Path(tempfile.mkdtemp(prefix=f"hemsehri-faults-{name}-"))
        self.procs: list[Proc] = []

    def proc(self, name: str, command: str, **settings: str) -> Proc:
        proc = Proc(name, command, base_env(self.db.url, self.tmp / "data", **settings), self.tmp)
        self.procs.append(proc)
        return proc

    async def close(self, keep_logs: bool) -> None:
        for proc in self.procs:
            with contextlib.suppress(Exception):
                await proc.stop(timeout=5)
        fixed = await ensure_servers_running()
        for what in fixed:
            log(f"cleanup: {what}")
        await self.db.drop()
        await redis_forget_ours()
        if keep_logs:
            log(f"logs kept in {self.tmp}")
        else:
            shutil.rmtree(self.tmp, ignore_errors=True)


def serve_settings(fake: LaneFake, port: int, **extra: str) -> dict[str, str]:
    return {
        "telegram_mode": "webhook",
        "telegram_token": TOKEN,
        "telegram_api_url": fake.base_url,
        "webhook_secret": WEBHOOK_SECRET,
        "port": str(port),
        **extra,
    }


async def wait_for(condition: Any, deadline: float, pause: float = 0.02) -> bool:
    while now() < deadline:
        if condition():
            return True
        await asyncio.sleep(pause)
    return False


async def serve_kill(size: Size, label: str) -> Result:
    result = Result(label)
    stage = Stage("serve-kill")
    deadline = now() + size.time_limit
    failed = True
    try:
        await stage.db.create()
        async with LaneFake(lanes=size.lanes) as fake:
            port = free_port()
            # The scaled mode: PostgreSQL, and Redis for the flood guard shared by `serve`s.
            serve = stage.proc("serve", "serve", **serve_settings(fake, port, redis_url=REDIS_URL))
            health = f"http://127.0.0.1:{port}/healthz"
            serve.start()
            await wait_http_ok(health, proc=serve)
            await fake.set_webhook(f"http://127.0.0.1:{port}/telegram/webhook")
            load = WebhookLoad(fake, people=size.people, per_person=size.per_person, rate=size.offered_rate)
            total = len(load.updates)
            kill_at = int(total * size.fault_at)
            result.line(
                "load offered",
                f"{total} updates from {size.people} people (/start, language button, "
                f"{size.per_person - 4} questions, a yes to the question notice, /help) "
                f"pushed at {size.offered_rate:.0f}/s, "
                f"delivered over {size.lanes} webhook connections",
            )
            log(f"serve-kill: offering {total} updates; kill -9 after {kill_at} answered")
            pushing = asyncio.create_task(load.push())
            t0 = now()
            await wait_for(lambda: len(answered_ids(fake.webhook_attempts)) >= kill_at, deadline)
            answered_before = answered_ids(fake.webhook_attempts)
            old_pid = serve.pid
            pushed_before = {u["update_id"] for u in load.updates[: load.pushed]}
            t_kill = await serve.kill9()
            recorded_at_kill = {
                int(vault().unseal_id(r["update_id"]))
                for r in await stage.db.fetch("SELECT update_id FROM processed_updates WHERE source = $1", SOURCE)
            }
            serve.start()
            t_ready = await wait_http_ok(health, proc=serve)
            log(
                f"serve-kill: killed pid {old_pid} after {len(answered_before)} answered; new pid {serve.pid} ready in "
                f"{t_ready - t_kill:.2f} s"
            )
            done = await wait_for(lambda: pushing.done() and fake.backlog() == 0, deadline, pause=0.1)
            t_end = now()
            pushing.cancel()
            ok_after = [a.time for a in fake.webhook_attempts if a.time > t_kill and a.status == 200]
            first_ok = min(ok_after) - t_kill if ok_after else None
            answered_at: dict[int, float] = {}
            for a in fake.webhook_attempts:
                if a.status == 200:
                    answered_at.setdefault(a.update_id, a.time)
            drained = max((answered_at.get(u, float("inf")) for u in pushed_before), default=t_kill) - t_kill
            # Slow answers after the restart (a person whose row the killed process had locked is freed as soon
            # as PostgreSQL notices the dead connection).
            slow = sorted(((end - start, u) for u, start, end, status in fake.spans if start > t_ready), reverse=True)
            slowest = slow[0][0] if slow else None
            stalled = sum(1 for took, _ in slow if took > 5)
            result.line(
                "faults injected",
                f"1 x kill -9 of `hemsehri serve` (pid {old_pid}) after "
                f"{len(answered_before)} of {total} updates were answered; a new process "
                f"started at once on port {port}",
            )
            result.line(
                "in flight at the kill",
                f"{len(recorded_at_kill - answered_before)} updates committed but "
                "not yet answered (redelivered; must be recognised as duplicates)",
            )
            result.line("webhook answers", show_counts(webhook_statuses(fake.webhook_attempts)))
            ready_to_first = None if first_ok is None else first_ok - (t_ready - t_kill)
            result.line(
                "time to recover",
                f"kill -> new process ready (/healthz 200) {seconds(t_ready - t_kill)}; "
                f"kill -> first update answered 200 {seconds(first_ok)} (ready -> first "
                f"200: {seconds(ready_to_first)}); "
                f"kill -> every update offered before the kill answered {seconds(drained)}",
            )
            first_ok_at = min(a.time for a in fake.webhook_attempts if a.status == 200)
            result.line(
                "after the restart",
                f"slowest webhook answer {seconds(slowest)}; answers slower than 5 s: "
                f"{stalled} (a person whose Redis lock the killed process held waits "
                "until it expires)",
            )
            result.line(
                "throughput",
                f"{len(answered_before) / max(t_kill - first_ok_at, 1e-9):.0f} updates/s "
                f"answered before the kill; {total} updates in {t_end - t0:.1f} s end to end, "
                f"outage included; machine load average {load_average()}",
            )
            result.figures.update(
                offered=total,
                kill_after_answered=len(answered_before),
                committed_unanswered_at_kill=len(recorded_at_kill - answered_before),
                restart_ready_s=t_ready - t_kill,
                first_200_after_kill_s=first_ok,
                backlog_drained_after_kill_s=drained,
                slowest_answer_after_restart_s=slowest,
                answers_slower_than_5s_after_restart=stalled,
                duration_s=t_end - t0,
            )
            result.check("the load completed within the time limit", done)
            tally = await tally_inbound(stage.db, fake, load.meta, load.chosen, fake.webhook_attempts)
            report_inbound(result, tally)
            await serve.stop()
            result.line(
                "replies sent",
                f"{len(fake.calls_to('sendMessage'))} sendMessage calls "
                "(a reply cut off by the kill is not sent again: by design)",
            )
        failed = not result.ok
    except Exception as exc:
        result.check(f"scenario ran to the end ({type(exc).__name__}: {exc})", False)
        for proc in stage.procs:
            result.notes.append(f"{proc.name} log tail:\n{proc.tail()}")
    finally:
        await stage.close(keep_logs=failed)
    return result


async def worker_kill(size: Size, label: str) -> Result:
    from core.delivery.worker import CONCURRENCY

    result = Result(label)
    stage = Stage("worker-kill")
    deadline = now() + size.time_limit
    failed = True
    try:
        await stage.db.create()
        limits = Limits(global_per_second=int(size.telegram_rate), per_chat_per_second=1, per_chat_burst=1)
        async with LaneFake(lanes=1, limits=limits) as fake:
            load = OutboxLoad(stage.db, rows=size.outbox_rows, chats=size.outbox_chats)
            await load.insert()
            result.line(
                "load offered",
                f"{size.outbox_rows} outbox rows (announcements) to {size.outbox_chats} chats, "
                f"HEMSEHRI_TELEGRAM_RATE={size.telegram_rate:.0f}, pacing through Redis; the "
                "fake Bot API enforces 1 message/s per chat",
            )
            worker = stage.proc(
                "worker",
                "worker",
                telegram_token=TOKEN,
                telegram_api_url=fake.base_url,
                telegram_rate=str(size.telegram_rate),
                redis_url=REDIS_URL,
            )
            kill_at = int(size.outbox_rows * size.fault_at) + 17  # off a batch boundary: some sent, some not
            log(f"worker-kill: {size.outbox_rows} rows; kill -9 after {kill_at} sends")
            worker.start()
            t0 = now()
            await wait_for(lambda: len(fake.sent) >= kill_at or not worker.alive(), deadline, pause=0.002)
            if not worker.alive():
                raise RuntimeError(f"the worker ended early:\n{worker.tail()}")
            old_pid = worker.pid
            t_kill = await worker.kill9()
            sent_at_kill = len(fake.sent)
            held = [
                {"tag": opened(r["payload"]).get("tag")}
                for r in await stage.db.fetch("SELECT payload FROM outbox WHERE state = 'sending'")
            ]
            claimed = await stage.db.try_fetchval("SELECT count(*) FROM outbox WHERE state = 'claimed'")
            # The grace before a new worker takes over a dead one's rows passes: fast-forwarded, not waited out.
            await stage.db.execute(
                "UPDATE outbox SET claimed_at = claimed_at - interval '3 minutes' WHERE state IN ('claimed', 'sending')"
            )
            received_tags = {int(m.group(1)) for s in fake.sent if s.text and (m := OUTBOX_TAG.search(s.text))}
            held_sent = sum(1 for r in held if r["tag"] in received_tags)
            first_sends = load.sends(fake)
            rate_before = sent_at_kill / max(t_kill - first_sends[0].time, 1e-9) if first_sends else 0.0
            worker.start()
            t_restart = worker.started_at
            log(
                f"worker-kill: killed pid {old_pid} after {sent_at_kill} sends ({len(held)} rows held 'sending', "
                f"{held_sent} of them already sent; {claimed} 'claimed', not sent); new pid {worker.pid}"
            )
            info = await finish_outbox(stage.db, load, worker, deadline)
            t_end = now()
            # Sends already on their way when the old worker died may arrive just after the kill: count only
            # those made after the new process was started.
            after = [c.time for c in load.sends(fake) if c.time > t_restart]
            first_send = min(after) - t_kill if after else None
            result.line(
                "faults injected",
                f"1 x kill -9 of `hemsehri worker` (pid {old_pid}) after {sent_at_kill} sends; restarted at once",
            )
            result.line(
                "held by the killed worker",
                f"{len(held)} rows 'sending' ({held_sent} already received by the fake, {len(held) - held_sent} not); "
                f"{claimed} rows 'claimed' and not sent yet",
            )
            result.line("time to recover", f"kill -> first send by the new worker {seconds(first_send)}")
            result.line(
                "throughput",
                f"{rate_before:.0f} sends/s before the kill (from the first send); all done "
                f"{t_end - t0:.1f} s after the first start (process start-ups included); "
                f"machine load average {load_average()}; "
                f"429 answers from the fake: {fake.too_many_requests}",
            )
            tally = await load.tally(fake)
            report_outbound(result, tally)
            result.figures.update(
                kill_after_sent=sent_at_kill,
                held_sending=len(held),
                held_claimed=claimed,
                held_already_sent=held_sent,
                first_send_after_kill_s=first_send,
                sends_per_s=rate_before,
                **info,
            )
            result.check("every row left pending was delivered by the restarted worker", info["left_pending"] == 0)
            parked_unsent = tally["counts"].get("parked uncertain, not sent", 0)
            result.check(
                f"only sends in flight were held 'sending' at the kill (at most the worker's {CONCURRENCY})",
                len(held) <= CONCURRENCY,
            )
            result.check(
                f"rows parked uncertain that were never sent are at most the sends in flight ({CONCURRENCY})",
                parked_unsent <= CONCURRENCY,
            )
            result.check(
                "rows the killed worker was sending were parked, not resent",
                tally["counts"].get("sent once, parked uncertain", 0)
                + tally["counts"].get("parked uncertain, not sent", 0)
                == len(held),
            )
        failed = not result.ok
    except Exception as exc:
        result.check(f"scenario ran to the end ({type(exc).__name__}: {exc})", False)
        for proc in stage.procs:
            result.notes.append(f"{proc.name} log tail:\n{proc.tail()}")
    finally:
        await stage.close(keep_logs=failed)
    return result


async def server_restart(size: Size, label: str, server: str) -> Result:
    """Stops PostgreSQL or Redis for OUTAGE_SECONDS during webhook load and outbox delivery."""
    result = Result(label)
    stage = Stage(f"{server}-restart")
    deadline = now() + size.time_limit
    failed = True
    stopped = False
    supervisor: Supervisor | None = None
    probe: Probe | None = None
    try:
        await stage.db.create()
        # No flood limits in the fake here: the replies to people who just wrote are not limited by Telegram,
        # and the worker paces itself (worker-kill checks its pacing against the fake's limits).
        async with LaneFake(lanes=size.lanes) as fake:
            outbox = OutboxLoad(stage.db, rows=size.restart_outbox_rows, chats=size.restart_outbox_chats)
            await outbox.insert()
            port = free_port()
            serve = stage.proc("serve", "serve", **serve_settings(fake, port, redis_url=REDIS_URL))
            health = f"http://127.0.0.1:{port}/healthz"
            serve.start()
            await wait_http_ok(health, proc=serve)
            hook = f"http://127.0.0.1:{port}/telegram/webhook"
            await fake.set_webhook(hook)
            load = WebhookLoad(fake, people=size.people, per_person=size.per_person, rate=size.restart_rate)
            total = len(load.updates)
            worker = stage.proc(
                "worker",
                "worker",
                telegram_token=TOKEN,
                telegram_api_url=fake.base_url,
                telegram_rate=str(size.restart_telegram_rate),
                redis_url=REDIS_URL,
            )
            result.line(
                "load offered",
                f"{total} webhook updates from {size.people} people at "
                f"{size.restart_rate:.0f}/s over {size.lanes} connections, a probe posting one "
                f"update every 0.1 s, and {size.restart_outbox_rows} outbox rows to "
                f"{size.restart_outbox_chats} chats at HEMSEHRI_TELEGRAM_RATE="
                f"{size.restart_telegram_rate:.0f} (pacing through Redis)",
            )
            fault_at = int(total * size.fault_at * 0.75)
            log(
                f"{server}-restart: {total} updates, {size.restart_outbox_rows} outbox rows; outage after "
                f"{fault_at} answered"
            )
            worker.start()
            supervisor = Supervisor(worker)
            supervisor.start()
            probe = Probe(fake, hook)
            probing = asyncio.create_task(probe.run())
            pushing = asyncio.create_task(load.push())
            t0 = now()
            await wait_for(lambda: len(answered_ids(fake.webhook_attempts)) >= fault_at, deadline)
            log(f"stopping {'PostgreSQL' if server == 'postgres' else 'Redis'}")
            t_stop = now()
            stopped = True
            if server == "postgres":
                await asyncio.to_thread(pg_ctl, "stop")
            else:
                await asyncio.to_thread(redis_stop)
                await wait_until(lambda: not redis_ready(), 10)
            t_down = now()
            await asyncio.sleep(max(0.0, OUTAGE_SECONDS - (t_down - t_stop)))
            t_start = now()
            if server == "postgres":
                await asyncio.to_thread(pg_ctl, "start")
                await wait_until(pg_ready, 30)
            else:
                await asyncio.to_thread(redis_start)
                await wait_until(redis_ready, 15)
            t_back = now()
            stopped = False
            log(f"server back after {t_back - t_stop:.2f} s")
            done = await wait_for(lambda: pushing.done() and fake.backlog() == 0, deadline, pause=0.1)
            probe.stop()
            await asyncio.wait_for(probing, 15)
            pushing.cancel()
            t_web_done = now()
            await supervisor.stop()
            info = await finish_outbox(stage.db, outbox, worker, deadline)
            everything = fake.webhook_attempts + probe.attempts
            during = webhook_statuses(everything, t_down, t_start)
            probe_ok = [a.time for a in probe.attempts if a.time > t_back and a.status == 200]
            lanes_ok = [a.time for a in fake.webhook_attempts if a.time > t_back and a.status == 200]
            probe_recovery = min(probe_ok) - t_back if probe_ok else None
            lanes_recovery = min(lanes_ok) - t_back if lanes_ok else None
            last_failure = max((a.time for a in everything if a.status is None or a.status >= 500), default=None)
            sends_after = [c.time for c in outbox.sends(fake) if c.time > t_back]
            worker_recovery = min(sends_after) - t_back if sends_after else None
            server_name = "PostgreSQL" if server == "postgres" else "Redis"
            result.line(
                "faults injected",
                f"{server_name} stopped for {t_back - t_stop:.2f} s (stop command "
                f"{t_down - t_stop:.2f} s, down {t_start - t_down:.2f} s, start and ready "
                f"{t_back - t_start:.2f} s) after {fault_at} updates were answered",
            )
            result.line("webhook answers while down", show_counts(during))
            result.line("webhook answers overall", show_counts(webhook_statuses(everything)))
            result.line(
                "time to recover",
                f"server back -> probe's first 200 {seconds(probe_recovery)}; -> first 200 "
                f"to the fake's redeliveries {seconds(lanes_recovery)}; last 5xx/connection "
                f"error {seconds(None if last_failure is None else last_failure - t_back)} "
                "from the server's return (negative: before it)",
            )
            slow = sorted(
                ((end - start, u, status) for u, start, end, status in fake.spans if end > t_back), reverse=True
            )
            result.line(
                "slow answers",
                f"slowest webhook answer ending after the server's return "
                f"{seconds(slow[0][0] if slow else None)}; answers slower than 5 s: "
                f"{sum(1 for took, _, _ in slow if took > 5)} "
                f"{[(u, round(took, 1), status) for took, u, status in slow[:3] if took > 5]}",
            )
            worker_exits = supervisor.restarts
            result.line(
                "delivery worker",
                f"ended by itself {len(worker_exits)} time(s) "
                f"{[code for _, code in worker_exits]}; server back -> first send "
                f"{seconds(worker_recovery)}; rows left 'sending' by a dead worker: "
                f"{info['left_sending']}",
            )
            result.line(
                "throughput",
                f"webhook load done in {t_web_done - t0:.1f} s; probe posted "
                f"{len(probe.meta)} updates; machine load average {load_average()}",
            )
            meta = {**load.meta, **probe.meta}
            chosen = {**load.chosen, **probe.chosen}
            tally = await tally_inbound(stage.db, fake, meta, chosen, everything)
            report_inbound(result, tally)
            out = await outbox.tally(fake)
            report_outbound(result, out, prefix="")
            result.figures.update(
                offered=total,
                probe_updates=len(probe.meta),
                outage_s=t_back - t_stop,
                answers_while_down=dict(during),
                probe_recovery_s=probe_recovery,
                redelivery_recovery_s=lanes_recovery,
                worker_exits=[c for _, c in worker_exits],
                worker_first_send_after_return_s=worker_recovery,
                **info,
            )
            result.check("the webhook load completed within the time limit", done)
            if server == "postgres":
                result.check("the webhook answered 5xx while the database was away", during.get("5xx", 0) > 0)
            else:  # `serve` uses Redis for the flood guard when HEMSEHRI_REDIS_URL is set
                result.notes.append(
                    "the webhook "
                    + (
                        "answered 5xx while Redis was away: Redis is on its path (the flood guard)"
                        if during.get("5xx")
                        else "kept answering 2xx while Redis was away"
                    )
                )
            result.check(
                f"no update answered 2xx while {server_name} was away was lost", tally.answered_not_recorded == 0
            )
            result.check(
                f"the webhook recovered within {RECOVERY_LIMIT:.0f} s of the server's return",
                probe_recovery is not None and probe_recovery <= RECOVERY_LIMIT,
            )
            result.check(
                f"the delivery worker kept running through the outage (it ended {len(worker_exits)} "
                "time(s) and had to be started again)"
                if worker_exits
                else "the delivery worker kept running through the outage",
                not worker_exits,
            )
            await serve.stop()
        failed = not result.ok
    except Exception as exc:
        result.check(f"scenario ran to the end ({type(exc).__name__}: {exc})", False)
        for proc in stage.procs:
            result.notes.append(f"{proc.name} log tail:\n{proc.tail()}")
    finally:
        if probe is not None:
            probe.stop()
        if supervisor is not None:
            await supervisor.stop()
        if stopped:
            log("bringing the server back after a failure")
        await stage.close(keep_logs=failed)
        result.figures["servers"] = {"postgres": pg_ready(), "redis": redis_ready()}
    return result


SCENARIOS = {
    "serve-kill": lambda size, label: serve_kill(size, label),
    "worker-kill": lambda size, label: worker_kill(size, label),
    "redis-restart": lambda size, label: server_restart(size, label, "redis"),
    "postgres-restart": lambda size, label: server_restart(size, label, "postgres"),
}
SMOKE_SCENARIOS = ("serve-kill", "worker-kill")


async def bounded(name: str, size: Size, label: str) -> Result:
    try:
        return await asyncio.wait_for(SCENARIOS[name](size, label), size.time_limit + 60)
    except TimeoutError:
        result = Result(label)
        result.check("scenario finished within its time limit", False)
        return result


async def main(args: argparse.Namespace) -> int:
    size = SMOKE if args.smoke else FULL
    names = args.scenario or list(SMOKE_SCENARIOS if args.smoke else SCENARIOS)
    if args.smoke and any(name not in SMOKE_SCENARIOS for name in names):
        print(f"faults: --smoke runs only {', '.join(SMOKE_SCENARIOS)}", file=sys.stderr)
        return 2
    names = sorted(names, key=list(SCENARIOS).index)  # service restarts last
    results = []
    started = time.monotonic()
    try:
        if args.smoke:
            # The two small scenarios side by side: most of their time is Python starting processes.
            print(f"\n--- {', '.join(names)} (smoke, side by side)", flush=True)
            results = await asyncio.gather(*(bounded(name, size, f"{name} (smoke)") for name in names))
            for result in results:
                result.show()
        for name in [] if args.smoke else names:
            print(f"\n--- {name}", flush=True)
            result = await bounded(name, size, name)
            result.show()
            results.append(result)
    finally:
        fixed = await ensure_servers_running()
        for what in fixed:
            print(f"faults: {what} on the way out", file=sys.stderr)
    print(f"\n=== summary ({time.monotonic() - started:.0f} s) ===")
    for result in results:
        inbound = result.figures.get("inbound", {})
        outbound = result.figures.get("outbound", {})
        lost = inbound.get("lost", 0) + outbound.get("lost", 0)
        doubled = inbound.get("doubled", 0) + outbound.get("sent_twice", 0)
        print(f"  {result.name:28} {'PASS' if result.ok else 'FAIL'}  lost {lost}  doubled {doubled}")
    if args.json:
        document = json.dumps(
            [{"name": r.name, "ok": r.ok, "figures": r.figures, "checks": r.checks, "lines": r.lines} for r in results],
            indent=2,
            default=str,
        )
        await asyncio.to_thread(Path(args.json).write_text, document)
    return 0 if results and all(r.ok for r in results) else 1


def cli() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="tiny serve-kill and worker-kill only (CI)")
    parser.add_argument(
        "--scenario",
        action="append",
        choices=list(SCENARIOS),
        help="run this scenario (repeatable); default: all (with --smoke: the two kills)",
    )
    parser.add_argument("--json", help="also write the figures to this file")
    return asyncio.run(main(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(cli())
