"""Schemathesis over the staff REST API's own OpenAPI schema (/api/openapi.json): whatever it generates, no 5xx.

The app runs under uvicorn in a thread of its own (schemathesis' calls are synchronous), on its own SQLite file,
with a supervisor's API token and a few requests of their desks that the generated calls may hit.
"""

import asyncio
import itertools
import shutil
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import schemathesis
import uvicorn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from core.catalogue import load_catalogue
from core.context import CoreContext
from core.crypto import Vault
from core.db import Database
from core.settings import PACKAGED_CATALOGUE, Settings
from core.staff import service as staff
from hemsehri.service import build_service
from tests import factories
from tests.conftest import TEST_SECRET


@dataclass
class Served:
    base: str
    token: str
    references: list[str]
    turn: itertools.count


@pytest.fixture(scope="module")
def served(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("schemathesis")
    shutil.copy(sqlite_template, folder / "hemsehri.db")
    url = f"sqlite+aiosqlite:///{folder / 'hemsehri.db'}"
    catalogue = load_catalogue(PACKAGED_CATALOGUE)
    vault = Vault(TEST_SECRET)

    async def prepare() -> tuple[str, list[str]]:
        database = Database(url, vault=vault)
        try:
            async with database.transaction() as session:
                supervisor = await factories.agent(
                    session,
                    username="fuzzing-supervisor",
                    role="supervisor",
                    desks=sorted(catalogue.desks),
                    languages=["tr", "ar", "fa"],
                )
                token = await staff.issue_token(session=session, user=supervisor)
                requests = [
                    await factories.request(session, catalogue, vault, programme=programme)
                    for programme in ("winter_fuel", "cash_aid", "refugee_desk_question", "general_question")
                ]
            return token, [request.reference for request in requests]
        finally:
            await database.dispose()

    token, references = asyncio.run(prepare())
    settings_ = Settings(data_dir=folder / "data", database_url=url, secret_key=TEST_SECRET)
    ctx = CoreContext(settings=settings_, db=Database(url), catalogue=catalogue, vault=vault)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    server = uvicorn.Server(uvicorn.Config(build_service(ctx, serves=True).app(), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        yield Served(f"http://127.0.0.1:{sock.getsockname()[1]}", token, references, itertools.count())
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def test_no_generated_call_gets_a_server_error(served: Served) -> None:
    """Valid and invalid calls of every operation, authenticated as a supervisor; half aimed at real requests."""
    api = schemathesis.openapi.from_url(f"{served.base}/api/openapi.json")
    headers = {"Authorization": f"Bearer {served.token}"}
    operations = [result.ok() for result in api.get_all_operations()]
    assert len(operations) >= 6
    failures: dict[str, str] = {}
    seen: Counter[int] = Counter()
    for operation in operations:

        @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(
            case=st.one_of(
                operation.as_strategy(GenerationMode.POSITIVE), operation.as_strategy(GenerationMode.NEGATIVE)
            )
        )
        def call(case) -> None:
            if "reference" in (case.path_parameters or {}) and next(served.turn) % 2:
                case.path_parameters["reference"] = served.references[next(served.turn) % len(served.references)]
            response = case.call_and_validate(base_url=served.base, headers=headers, checks=[not_a_server_error])
            seen[response.status_code] += 1

        try:
            call()
        except Exception as failure:  # the shrunk example of this operation; the others still run
            failures[operation.label] = str(failure)[:2000]
    assert failures == {}
    assert seen[200] and seen[201] and seen[404] and seen[422], seen  # it got past validation, and was refused
