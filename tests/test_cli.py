"""The `hemsehri` command, run as a real process."""

import re
import signal
import subprocess
import sys

import httpx

from tests.conftest import free_port


def run_cli(*args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hemsehri", *args], env=env, capture_output=True, text=True, timeout=timeout
    )


def test_db_upgrade_then_staff_add_and_token(env, database_url):
    env["HEMSEHRI_DATABASE_URL"] = database_url
    assert run_cli("db", "upgrade", env=env).returncode == 0
    added = run_cli(
        "staff", "add", "Leyla", "--role", "agent", "--desk", "refugee_desk", "--lang", "ar", "--lang", "fa", env=env
    )
    assert added.returncode == 0, added.stderr
    assert "added leyla" in added.stdout and "password: " in added.stdout
    token = run_cli("staff", "token", "leyla", env=env)
    assert token.returncode == 0 and token.stdout.strip().startswith("hms_")
    again = run_cli("staff", "add", "leyla", "--desk", "refugee_desk", "--password", "another long password", env=env)
    assert again.returncode == 2 and "error-username-taken" in again.stderr


def test_staff_mistakes_are_explained(env):
    assert run_cli("db", "upgrade", env=env).returncode == 0
    wrong_desk = run_cli("staff", "add", "ali", "--desk", "pizza", env=env)
    assert wrong_desk.returncode == 2 and "unknown desk 'pizza'" in wrong_desk.stderr
    nobody = run_cli("staff", "token", "nobody", env=env)
    assert nobody.returncode == 2 and "no staff user 'nobody'" in nobody.stderr
    short = run_cli("staff", "add", "ali", "--desk", "social_aid", "--password", "short", env=env)
    assert short.returncode == 2 and "error-password-too-short" in short.stderr


def test_a_wrong_setting_stops_the_command_with_one_line(env):
    env["HEMSEHRI_PORT"] = "abc"
    result = run_cli("demo", env=env)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "hemsehri: HEMSEHRI_PORT: Input should be a valid integer, unable to parse string as an integer (got 'abc')"
    ]


def start_demo(env: dict[str, str], *args: str) -> tuple[subprocess.Popen[str], list[str]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "hemsehri", "demo", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    while not lines or lines[-1] != "Press Ctrl+C to stop.\n":
        line = process.stdout.readline()
        assert line, f"demo stopped before serving: {lines}"
        lines.append(line)
    return process, lines


def stop(process: subprocess.Popen[str]) -> None:
    """Ctrl+C: the demo stops cleanly, without a traceback."""
    process.send_signal(signal.SIGINT)
    _, errors = process.communicate(timeout=30)
    assert process.returncode == 0 and "Traceback" not in errors, errors[-2000:]


def test_demo_serves_health_and_creates_the_first_admin_once(env):
    port = free_port()
    env["HEMSEHRI_PORT"] = str(port)
    process, lines = start_demo(env)
    try:
        assert lines[0].strip() == f"Hemşehri demo on http://127.0.0.1:{port}"
        assert "first admin:   username admin, password " in lines[-2]
        response = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=10)
        assert response.status_code == 200 and response.json() == {"status": "ok", "database": "up"}
    finally:
        stop(process)
    process, lines = start_demo(env)
    stop(process)
    assert not any("first admin" in line for line in lines)


def test_demo_sample_prints_its_team_once_and_is_never_loaded_twice(env):
    port = free_port()
    env["HEMSEHRI_PORT"] = str(port)
    process, lines = start_demo(env, "--sample")
    try:
        said = "".join(lines)
        assert "sample:        41 requests of a day, 11 canned replies; its staff (passwords shown once):" in said
        accounts = dict(re.findall(r"username (\w+),? +password (\S+)", said))
        assert set(accounts) == {"admin", "ayse", "mehmet", "leyla", "selin"}
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as http:
            form = http.get("/console/login")
            csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
            leyla = {"username": "leyla", "password": accounts["leyla"], "csrf": csrf}
            answer = http.post("/console/login", data=leyla)
            assert answer.status_code == 303
            assert http.get("/console").status_code == 200
    finally:
        stop(process)
    process, lines = start_demo(env, "--sample")
    stop(process)
    said = "".join(lines)
    assert "sample:        not loaded: staff user 'ayse' exists: the sample is loaded already" in said
    assert "password" not in said


def test_privacy_commands_answer_plainly(env):
    assert run_cli("db", "upgrade", env=env).returncode == 0
    purge = run_cli("privacy", "purge", env=env)
    assert purge.returncode == 0 and "erased 0 contact(s) past 730 days" in purge.stdout
    unknown = run_cli("privacy", "erase", "123 456 789", "--reason", "asked at the desk", env=env)
    assert unknown.returncode == 2 and "no request '123 456 789'" in unknown.stderr


async def test_staff_reset_password_ends_the_persons_sessions_and_is_audited(env, database_url, db):
    from argon2 import extract_parameters
    from argon2.profiles import RFC_9106_LOW_MEMORY
    from sqlalchemy import func, select

    from core.audit.models import AuditEntry
    from core.staff import service as staff
    from core.staff.models import StaffSession, StaffUser

    env["HEMSEHRI_DATABASE_URL"] = database_url
    added = run_cli("staff", "add", "ayse", "--desk", "social_aid", "--password", "an old long password", env=env)
    assert added.returncode == 0, added.stderr
    async with db.transaction() as session:
        user = (await session.execute(select(StaffUser).where(StaffUser.username == "ayse"))).scalar_one()
        await staff.start_session(session=session, user=user)
    # the service's own argon2 parameters (RFC 9106's second choice: 64 MiB, 3 passes); the test fixtures cheapen them
    assert extract_parameters(user.password_hash) == RFC_9106_LOW_MEMORY

    reset = run_cli("staff", "reset-password", "ayse", env=env)
    assert reset.returncode == 0, reset.stderr
    assert "signed out everywhere" in reset.stdout and "password: " in reset.stdout
    async with db.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(StaffSession)) == 0
        entries = (await session.execute(select(AuditEntry).where(AuditEntry.action == "password_reset"))).scalars()
        assert [(e.target, e.staff_id, e.details) for e in entries] == [("ayse", None, {"via": "cli"})]
    weak = run_cli("staff", "reset-password", "ayse", "--password", "short", env=env)
    assert weak.returncode == 2 and "error-password-too-short" in weak.stderr
    nobody = run_cli("staff", "reset-password", "nobody", env=env)
    assert nobody.returncode == 2 and "no staff user 'nobody'" in nobody.stderr
