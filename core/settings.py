"""Settings, read once from HEMSEHRI_* environment variables and passed down."""

import secrets
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from core.errors import ConfigurationError

PACKAGED_CATALOGUE = Path(__file__).with_name("catalogue.toml")


class Settings(BaseSettings):
    """Everything the service needs to start; a wrong value stops it with the setting's name."""

    model_config = SettingsConfigDict(env_prefix="HEMSEHRI_", extra="ignore")

    data_dir: Path = Path("hemsehri-data")
    database_url: str | None = None
    redis_url: str | None = None
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=1, le=65535)
    public_url: str | None = None
    telegram_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org"
    telegram_runtime: Literal["aiogram", "ptb"] = "aiogram"
    telegram_mode: Literal["polling", "webhook"] = "polling"
    webhook_secret: SecretStr | None = None
    # Telegram's overall sending rate (messages/s); raise it for a bot allowed paid broadcasts (up to 1000).
    telegram_rate: float = Field(30.0, gt=0, le=1000)
    # Days after a person's last message and the end of their last request before all of it is destroyed.
    retention_days: int = Field(730, ge=30)
    secret_key: SecretStr | None = None
    catalogue_path: Path = PACKAGED_CATALOGUE
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @field_validator("database_url")
    @classmethod
    def _known_driver(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @field_validator("telegram_api_url", "public_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return value.rstrip("/") if value else value

    @property
    def effective_database_url(self) -> str:
        """The configured database, or the embedded SQLite file in the data directory."""
        return self.database_url or f"sqlite+aiosqlite:///{self.data_dir / 'hemsehri.db'}"

    @property
    def is_embedded(self) -> bool:
        """True for the single-process mode: SQLite and the in-process broker."""
        return self.effective_database_url.startswith("sqlite") and self.redis_url is None

    def resolved_secret_key(self) -> str:
        """Returns HEMSEHRI_SECRET_KEY, or the key kept in the data directory, made on first run."""
        if self.secret_key is not None:
            return self.secret_key.get_secret_value()
        path = self.data_dir / "secret.key"
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            path.touch(mode=0o600)
            path.write_text(secrets.token_urlsafe(48))
        return path.read_text().strip()


def load_settings(**overrides: object) -> Settings:
    """Reads the settings, turning a validation failure into one line naming the setting."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = "HEMSEHRI_" + str(first["loc"][0]).upper() if first["loc"] else "HEMSEHRI_*"
        given = first.get("input")
        shown = "" if isinstance(given, dict) or "SECRET" in name or "TOKEN" in name else f" (got {given!r})"
        raise ConfigurationError(f"{name}: {first['msg']}{shown}") from None
