"""Fixtures for the staff console, API and Open311: the real app over the `ctx` databases, people, HTTP clients."""

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from core.context import CoreContext
from core.staff import service as staff
from core.staff.models import StaffUser
from hemsehri.service import build_service
from tests import factories

PASSWORD = "correct horse battery"


@dataclass
class Person:
    user: StaffUser
    token: str  # an API token

    @property
    def bearer(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@dataclass
class Team:
    agent: Person  # social aid, Turkish
    other_agent: Person  # social aid, Turkish
    refugee_agent: Person  # Refugee Desk, Arabic and Persian
    supervisor: Person  # social aid and Refugee Desk
    admin: Person


async def person(session, username: str, **kwargs) -> Person:
    user = await factories.agent(session, username=username, **kwargs)
    return Person(user=user, token=await staff.issue_token(session=session, user=user))


@pytest.fixture
async def team(ctx: CoreContext) -> Team:
    async with ctx.db.transaction() as session:
        return Team(
            agent=await person(session, "ayse"),
            other_agent=await person(session, "mehmet"),
            refugee_agent=await person(session, "leyla", desks=["refugee_desk"], languages=["ar", "fa"]),
            supervisor=await person(
                session, "selin", role="supervisor", desks=["social_aid", "refugee_desk"], languages=["tr", "ar"]
            ),
            admin=await person(session, "root", role="admin", desks=sorted(ctx.catalogue.desks), languages=["tr"]),
        )


@pytest.fixture
def app(ctx: CoreContext):
    return build_service(ctx, serves=True).app()


@pytest.fixture
async def client(app) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as http:
        yield http


CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "no CSRF field in the page"
    return found.group(1)


async def sign_in(http: httpx.AsyncClient, username: str, password: str = PASSWORD) -> str:
    """Signs in through the login form; returns the session's CSRF token (read from the queue page)."""
    form = await http.get("/console/login")
    answer = await http.post(
        "/console/login", data={"username": username, "password": password, "csrf": csrf_of(form.text)}
    )
    assert answer.status_code == 303, answer.text
    queue = await http.get("/console")
    assert queue.status_code == 200
    return csrf_of(queue.text)


CONSOLE_VIEWPORT = {"width": 1366, "height": 768}


async def console_page(browser: Any, base: str, username: str) -> tuple[Any, Any, list[str]]:
    """A new Chromium context at the console's size, signed in as `username` through the login form: (context, page,
    the page's uncaught errors so far and from now on)."""
    context = await browser.new_context(locale="tr-TR", viewport=CONSOLE_VIEWPORT)
    page = await context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    await page.goto(f"{base}/console")
    await page.fill("#username", username)
    await page.fill("#password", PASSWORD)
    await page.press("#password", "Enter")
    return context, page, problems
