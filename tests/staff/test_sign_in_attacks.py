"""Sign-in under attack (issue 13 #4-#6): parallel guesses, weak passwords, floods, telling usernames apart,
locking someone else out."""

import asyncio
import threading

import httpx
import pytest
from argon2 import PasswordHasher

from core.errors import InvalidInput
from core.staff import service as staff
from tests import factories
from tests.staff.conftest import PASSWORD, csrf_of

CHEAP = {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}


class CountingHasher(PasswordHasher):
    """argon2 with cheap parameters that counts its password checks (the work a sign-in costs)."""

    def __init__(self) -> None:
        super().__init__(**CHEAP)
        self.checks = 0

    def verify(self, hash, password):
        self.checks += 1
        return super().verify(hash, password)


class BlockedHasher(CountingHasher):
    """A password check that waits until the test lets it go, so a flood can be held in place."""

    def __init__(self) -> None:
        super().__init__()
        self.entered = threading.Event()
        self.release = threading.Event()

    def verify(self, hash, password):
        self.entered.set()
        self.release.wait(60)
        return super().verify(hash, password)


def client_from(app, address: str) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(address, 40000))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


async def try_sign_in(http: httpx.AsyncClient, username: str, password: str) -> httpx.Response:
    form = await http.get("/console/login")
    return await http.post(
        "/console/login", data={"username": username, "password": password, "csrf": csrf_of(form.text)}
    )


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_sixty_parallel_wrong_guesses_lock_and_the_right_password_is_then_refused(ctx, app, team, monkeypatch):
    hasher = CountingHasher()
    monkeypatch.setattr(staff, "_hasher", hasher)
    async with client_from(app, "203.0.113.7") as http:
        csrf = csrf_of((await http.get("/console/login")).text)
        guesses = await asyncio.gather(
            *(
                http.post("/console/login", data={"username": "ayse", "password": f"guess {i}", "csrf": csrf})
                for i in range(60)
            )
        )
        assert {guess.status_code for guess in guesses} <= {401, 503}
        assert hasher.checks <= staff.MAX_ATTEMPTS  # no more guesses were checked than the limit allows
        right = await try_sign_in(http, "ayse", PASSWORD)
        assert right.status_code == 401 and "hemsehri_session" not in right.cookies


@pytest.mark.parametrize("weak", ["aaaaaaaaaaaa", "abcabcabcabc", "123456789012", "ayse-ayse-2026"])
async def test_weak_passwords_are_refused(ctx, weak):
    async with ctx.db.transaction() as session:
        with pytest.raises(InvalidInput) as refused:
            await staff.create_user(
                session=session, username="ayse", password=weak, role="agent", desks=["social_aid"], languages=["tr"]
            )
    assert refused.value.key == "error-password-weak"


async def test_unknown_and_real_usernames_cost_the_same_and_lock_the_same(ctx, app, team, monkeypatch):
    hasher = CountingHasher()
    monkeypatch.setattr(staff, "_hasher", hasher)
    answers = {}
    async with client_from(app, "198.51.100.4") as http:
        for username in ("ayse", "nobody-here"):
            before = hasher.checks
            texts = [(await try_sign_in(http, username, "wrong password")).text for _ in range(staff.MAX_ATTEMPTS + 1)]
            answers[username] = (hasher.checks - before, [text.count('role="alert"') for text in texts], texts[-1])
    real, unknown = answers["ayse"], answers["nobody-here"]
    assert real[0] == unknown[0] == staff.MAX_ATTEMPTS  # one check per attempt until the limit, for both
    assert real[1] == unknown[1]
    assert "15" in real[2] and "15" in unknown[2]  # both "locked" alike


async def test_an_attacker_cannot_lock_the_real_person_out(ctx, app, team):
    async with client_from(app, "192.0.2.66") as attacker, client_from(app, "10.1.2.3") as office:
        for attempt in range(staff.MAX_ATTEMPTS + 3):
            assert (await try_sign_in(attacker, "ayse", f"guess {attempt}")).status_code == 401
        assert (await try_sign_in(attacker, "ayse", PASSWORD)).status_code == 401  # locked for the attacker
        signed_in = await try_sign_in(office, "ayse", PASSWORD)
        assert signed_in.status_code == 303


async def test_guesses_from_many_addresses_take_a_slow_path_not_a_lock(ctx, app, team):
    for n in range(staff.SLOW_AFTER):  # each from its own address: no pair ever reaches its limit
        async with client_from(app, f"192.0.2.{n + 1}") as bot:
            assert (await try_sign_in(bot, "ayse", f"guess {n}")).status_code == 401
    async with client_from(app, "10.9.9.9") as office:
        first = await try_sign_in(office, "ayse", PASSWORD)  # the next attempt for ayse gets through
        assert first.status_code == 303
    async with client_from(app, "192.0.2.250") as bot:
        slowed = await try_sign_in(bot, "ayse", "one more guess")
        assert slowed.status_code == 429 and 'role="alert"' in slowed.text


async def test_a_sign_in_flood_does_not_hold_the_database_and_is_bounded(ctx, app, team, monkeypatch):
    hasher = BlockedHasher()
    monkeypatch.setattr(staff, "_hasher", hasher)
    flood = staff.HASHES_QUEUED + 3
    async with client_from(app, "203.0.113.99") as http:
        csrf = csrf_of((await http.get("/console/login")).text)
        attempts = [
            asyncio.create_task(
                http.post("/console/login", data={"username": f"user{i}", "password": "wrong", "csrf": csrf})
            )
            for i in range(flood)
        ]
        try:
            assert await asyncio.to_thread(hasher.entered.wait, 30)
            turned_away = []
            async with asyncio.timeout(30):
                while len(turned_away) < flood - staff.HASHES_QUEUED:
                    done, _ = await asyncio.wait(
                        [a for a in attempts if a not in turned_away], return_when=asyncio.FIRST_COMPLETED
                    )
                    turned_away.extend(done)
            assert [a.result().status_code for a in turned_away] == [503] * 3
            async with asyncio.timeout(30):  # the database is free while passwords are checked
                assert (await http.get("/healthz")).status_code == 200
        finally:
            hasher.release.set()
        answers = await asyncio.gather(*attempts)
    assert sorted(a.status_code for a in answers) == [401] * staff.HASHES_QUEUED + [503] * 3


async def test_the_sign_in_limits_do_not_keep_staff_out_once_they_succeed(ctx, app, team):
    async with client_from(app, "10.1.2.3") as office:
        for attempt in range(staff.MAX_ATTEMPTS - 1):
            assert (await try_sign_in(office, "ayse", f"typo {attempt}")).status_code == 401
        assert (await try_sign_in(office, "ayse", PASSWORD)).status_code == 303
        office.cookies.clear()
        for attempt in range(staff.MAX_ATTEMPTS - 1):
            assert (await try_sign_in(office, "ayse", f"typo again {attempt}")).status_code == 401
        assert (await try_sign_in(office, "ayse", PASSWORD)).status_code == 303


async def test_a_password_is_never_the_username(ctx):
    async with ctx.db.transaction() as session:
        user = await factories.agent(session, username="zeynep.kaya")
        with pytest.raises(InvalidInput) as refused:
            await staff.set_password(session=session, user=user, password="Zeynep.Kaya.2026")
    assert refused.value.key == "error-password-weak"
