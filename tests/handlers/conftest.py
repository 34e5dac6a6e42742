"""Fixtures for the conversation tests: the translator, an engine per test, people who talk to it."""

import pytest

from core.i18n import Translator
from core.person_guards import MemoryFloodGuard
from handlers.engine import Conversations
from tests.handlers.driver import FakeClock, Person


@pytest.fixture(scope="session")
def translator(catalogue_for_session) -> Translator:
    return Translator(catalogue_for_session.city.locales, catalogue_for_session.city.default_locale)


@pytest.fixture(scope="session")
def catalogue_for_session():
    from core.catalogue import load_catalogue
    from core.settings import PACKAGED_CATALOGUE

    return load_catalogue(PACKAGED_CATALOGUE)


@pytest.fixture
def flood_clock() -> FakeClock:
    """A clock where a second passes between any two messages, so tests never flood by accident."""
    return FakeClock(step=1.0)


@pytest.fixture
def conversations(ctx, translator, flood_clock) -> Conversations:
    return Conversations(ctx, translator, flood=MemoryFloodGuard(limit=8, window=5.0, clock=flood_clock))


@pytest.fixture
def person(conversations, translator):
    """Makes a person talking to this test's engine: person(platform_language="ar")."""

    def make(platform_language: str | None = "tr", **fields) -> Person:
        return Person(conversations, translator, platform_language=platform_language, **fields)

    return make
