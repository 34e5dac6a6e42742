import os
import stat

import pytest

from core.catalogue import load_catalogue
from core.errors import ConfigurationError
from core.settings import PACKAGED_CATALOGUE, Settings, load_settings

DESIGN_PROGRAMMES = {
    "cash_aid",
    "food_package",
    "milk_for_children",
    "hot_meals",
    "medical_supplies",
    "wheelchair_repair",
    "accessible_transport",
    "stationery_set",
    "exam_prep_centre",
    "rent_support",
    "water_discount_retirees",
    "mother_solidarity_card",
    "winter_fuel",
    "breakfast_package",
    "funeral_support",
    "emergency_shelter",
    "supported_employment",
    "refugee_desk_question",
    "general_question",
}
DESIGN_DESKS = {"social_aid", "refugee_desk", "disability_services", "education", "employment", "contact_centre"}


def test_packaged_catalogue_has_every_programme_and_desk_of_the_design():
    catalogue = load_catalogue(PACKAGED_CATALOGUE)
    assert {p.code for p in catalogue.programmes} == DESIGN_PROGRAMMES
    assert set(catalogue.desks) == DESIGN_DESKS
    assert catalogue.programme("refugee_desk_question").desk == "refugee_desk"
    assert catalogue.programme("emergency_shelter").sla.total_seconds() == 4 * 3600


def test_no_programme_asks_health_details_in_the_chat():
    catalogue = load_catalogue(PACKAGED_CATALOGUE)
    assert "description" not in catalogue.programme("medical_supplies").fields


BASE = PACKAGED_CATALOGUE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda s: s.replace('desk = "education"', 'desk = "schools"', 1),
            "programme 'stationery_set' names unknown desk 'schools'",
        ),
        (lambda s: s.replace('code = "food_package"', 'code = "cash_aid"'), "programme codes listed twice: cash_aid"),
        (
            lambda s: s.replace(
                'fields = ["full_name", "phone", "district", "description"]', 'fields = ["full_name", "blood_type"]'
            ),
            "(code 'emergency_shelter'): Value error, 'blood_type' is neither a field nor one of the programme's",
        ),
        (
            lambda s: s.replace(
                'when = { question = "landlord_phone_known", equals = "yes" }',
                'when = { question = "x", equals = "yes" }',
            ),
            "question 'landlord_phone' depends on 'x', not an earlier question",
        ),
        (
            lambda s: s.replace('equals = "yes" }', 'equals = "maybe" }'),
            "question 'landlord_phone' depends on an answer 'landlord_phone_known' cannot have",
        ),
        (
            lambda s: s.replace('fields = ["full_name", "phone", "district", "description"]', 'fields = ["phone"]'),
            "(code 'emergency_shelter'): Value error, an application asks the applicant's full name first",
        ),
        (
            lambda s: s.replace(
                '"description", "documents"]\ndocuments_needed = ["identity_card", "w',
                '"description"]\ndocuments_needed = ["identity_card", "w',
            ),
            "(code 'wheelchair_repair'): Value error, documents_needed needs the documents field",
        ),
        (
            lambda s: s.replace('kind = "number", min = 1, max = 12', 'kind = "number", min = 1'),
            "(code 'stationery_set').questions.grade: Value error, a number names its min and max",
        ),
        (lambda s: s.replace("sla_hours = 4\n", "sla_hours = -4\n"), "(code 'emergency_shelter').sla_hours"),
        (
            lambda s: s.replace('"Urla" = ["أورلا", "Урла"]', '"Urla" = ["أورلا", "Урла", "Конак"]'),
            "district_names: a spelling names two districts: Конак",
        ),
        (
            lambda s: s.replace('"Urla" = [', '"Ankara" = ['),
            "district_names names districts not in city.districts: Ankara",
        ),
        (lambda s: s + "\n[[programmes\n", "not valid TOML"),
    ],
)
def test_catalogue_mistakes_are_named(tmp_path, change, message):
    path = tmp_path / "catalogue.toml"
    path.write_text(change(BASE), encoding="utf-8")
    with pytest.raises(ConfigurationError) as caught:
        load_catalogue(path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)


def test_adding_a_programme_is_a_data_change(tmp_path):
    path = tmp_path / "catalogue.toml"
    path.write_text(
        BASE + '\n[[programmes]]\ncode = "school_uniforms"\ndesk = "education"\nsla_hours = 72\n'
        'fields = ["full_name", "phone", "district"]\n',
        encoding="utf-8",
    )
    assert load_catalogue(path).programme("school_uniforms").sla_hours == 72


def test_missing_catalogue_file(tmp_path):
    with pytest.raises(ConfigurationError, match="cannot be read"):
        load_catalogue(tmp_path / "nope.toml")


@pytest.fixture
def clean_env(monkeypatch):
    for name in list(os.environ):
        if name.startswith("HEMSEHRI_"):
            monkeypatch.delenv(name)
    return monkeypatch


def test_defaults(clean_env, tmp_path):
    clean_env.chdir(tmp_path)
    settings = load_settings()
    assert (settings.host, settings.port) == ("127.0.0.1", 8080)
    assert settings.effective_database_url == "sqlite+aiosqlite:///hemsehri-data/hemsehri.db"
    assert settings.is_embedded and settings.telegram_runtime == "aiogram" and settings.telegram_mode == "polling"


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("HEMSEHRI_PORT", "eighty", "HEMSEHRI_PORT: Input should be a valid integer"),
        ("HEMSEHRI_PORT", "70000", "HEMSEHRI_PORT: Input should be less than or equal to 65535"),
        ("HEMSEHRI_TELEGRAM_RUNTIME", "telethon", "HEMSEHRI_TELEGRAM_RUNTIME: Input should be 'aiogram' or 'ptb'"),
        ("HEMSEHRI_DATABASE_URL", "mysql://x", "HEMSEHRI_DATABASE_URL: Value error, must start with"),
        ("HEMSEHRI_TELEGRAM_MODE", "push", "HEMSEHRI_TELEGRAM_MODE:"),
    ],
)
def test_a_wrong_setting_fails_with_one_line_naming_it(clean_env, name, value, expected):
    clean_env.setenv(name, value)
    with pytest.raises(ConfigurationError) as caught:
        load_settings()
    assert str(caught.value).startswith(expected)
    assert "\n" not in str(caught.value)


def test_a_secret_is_never_echoed(clean_env):
    clean_env.setenv("HEMSEHRI_TELEGRAM_API_URL", "ftp://token-like-secret")
    with pytest.raises(ConfigurationError) as caught:
        load_settings()
    assert "HEMSEHRI_TELEGRAM_API_URL" in str(caught.value)


def test_secret_key_is_generated_once_and_kept_private(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    first = settings.resolved_secret_key()
    assert len(first) >= 32
    assert Settings(data_dir=tmp_path / "data").resolved_secret_key() == first
    mode = stat.S_IMODE((tmp_path / "data" / "secret.key").stat().st_mode)
    assert mode == 0o600


def test_postgresql_saying_it_is_away_counts_as_a_lost_connection():
    """'the database system is starting up' (57P03) and the like must make webhooks answer 5xx, not 200."""
    from types import SimpleNamespace

    from core.db import _server_away_is_a_disconnect

    def verdict(sqlstate: str) -> bool:
        error = type("PostgresError", (Exception,), {"sqlstate": sqlstate})()
        context = SimpleNamespace(original_exception=error, is_disconnect=False)
        _server_away_is_a_disconnect(context)
        return context.is_disconnect

    assert [verdict(s) for s in ("57P03", "57P01", "08006", "53300")] == [True] * 4
    assert [verdict(s) for s in ("23505", "42P01", "22P02")] == [False] * 3


@pytest.mark.postgres
async def test_a_connection_the_server_closed_is_replaced_when_taken_from_the_pool(postgres_url):
    """A restart or pg_terminate_backend ends pooled connections: the next transaction gets a fresh one."""
    import asyncio

    import asyncpg
    from sqlalchemy import text

    from core.db import Database

    database = Database(postgres_url)
    try:
        async with database.transaction() as session:
            before = await session.scalar(text("SELECT pg_backend_pid()"))
        admin = await asyncpg.connect(postgres_url.replace("postgresql+asyncpg://", "postgresql://"))
        try:
            assert await admin.fetchval("SELECT pg_terminate_backend($1)", before)
        finally:
            await admin.close()
        await asyncio.sleep(0.2)  # the pooled connection learns of it when the event loop reads the closed socket
        async with database.transaction() as session:
            assert await session.scalar(text("SELECT pg_backend_pid()")) != before
    finally:
        await database.dispose()
