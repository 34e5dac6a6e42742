"""Settings, read once from HEMSEHRI_* environment variables and passed down."""

import os
import secrets
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict

from core.errors import ConfigurationError
from core.private_files import private_directory

PACKAGED_CATALOGUE = Path(__file__).with_name("catalogue.toml")
NESTED = ("whatsapp", "sms")  # sections: HEMSEHRI_WHATSAPP_API_URL is `whatsapp.api_url`


def _http_url(value: str) -> str:
    """An http:// or https:// URL, without a trailing slash."""
    if not value.startswith(("http://", "https://")):
        raise ValueError("must be an http:// or https:// URL")
    return value.rstrip("/")


HttpUrl = Annotated[str, AfterValidator(_http_url)]
# The channels a notification can fall back to (HEMSEHRI_FALLBACK_ORDER).
FALLBACK_CHANNELS = ("telegram", "whatsapp", "sms")
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"  # every process's log lines


class TemplateSpec(BaseModel):
    """One approved WhatsApp template: its name, its WhatsApp language code per locale, its body parameters in order.

    ``fallback`` names the locale whose template is sent to a person whose language has none (e.g. "tr");
    without it such a notification is undeliverable. The parameter values stay in the person's language.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=512)
    languages: dict[str, str] = Field(min_length=1)  # locale -> WhatsApp language code, e.g. {"en": "en_US"}
    params: tuple[str, ...] | None = None  # default: bot.whatsapp.sender.DEFAULT_TEMPLATE_PARAMS[kind]
    fallback: str | None = None

    @model_validator(mode="after")
    def _fallback_has_a_language(self) -> Self:
        if self.fallback is not None and self.fallback not in self.languages:
            raise ValueError(f"fallback {self.fallback!r} is not one of the template's languages")
        return self


class WhatsAppSettings(BaseModel):
    """HEMSEHRI_WHATSAPP_* settings; the channel is on when the token, secrets and number id are all set."""

    model_config = ConfigDict(extra="ignore")

    access_token: SecretStr | None = None
    app_secret: SecretStr | None = None
    verify_token: SecretStr | None = None
    phone_number_id: str | None = None
    api_url: HttpUrl = "https://graph.facebook.com/v21.0"
    # JSON: {"status_changed": {"name": "...", "languages": {"tr": "tr", "en": "en_US"}, "fallback": "tr"}, ...}
    templates: dict[str, TemplateSpec] = Field(default_factory=dict)

    @field_validator("phone_number_id")
    @classmethod
    def _digits(cls, value: str | None) -> str | None:
        if value is not None and not value.isdigit():
            raise ValueError("must be the numeric id of the phone number in WhatsApp Manager")
        return value

    @property
    def required(self) -> dict[str, object]:
        return {
            "ACCESS_TOKEN": self.access_token,
            "APP_SECRET": self.app_secret,
            "VERIFY_TOKEN": self.verify_token,
            "PHONE_NUMBER_ID": self.phone_number_id,
        }

    def enabled(self) -> bool:
        """Whether the channel is on; raises ConfigurationError when it is only partly set."""
        given = {name for name, value in self.required.items() if value}
        if not given:
            return False
        missing = [name for name in self.required if name not in given]
        if missing:
            raise ConfigurationError(
                f"HEMSEHRI_WHATSAPP_{missing[0]}: required when HEMSEHRI_WHATSAPP_{sorted(given)[0]} is set"
            )
        return True


class SmsSettings(BaseModel):
    """HEMSEHRI_SMS_* settings: NetGSM's HTTP API (bot/sms), off unless the user code, password and header are set."""

    model_config = ConfigDict(extra="ignore")

    usercode: str | None = None
    password: SecretStr | None = None
    header: str | None = Field(None, max_length=11)  # the sender name NetGSM registered for the city (msgheader)
    api_url: HttpUrl = "https://api.netgsm.com.tr"

    def enabled(self) -> bool:
        """Whether SMS is on; raises ConfigurationError when it is only partly set."""
        required = {"USERCODE": self.usercode, "PASSWORD": self.password, "HEADER": self.header}
        given = [name for name, value in required.items() if value]
        if not given:
            return False
        if missing := [name for name in required if name not in given]:
            raise ConfigurationError(f"HEMSEHRI_SMS_{missing[0]}: required when HEMSEHRI_SMS_{given[0]} is set")
        return True


class Settings(BaseSettings):
    """Everything the service needs to start; a wrong value stops it with the setting's name."""

    model_config = SettingsConfigDict(
        env_prefix="HEMSEHRI_", extra="ignore", env_nested_delimiter="_", env_nested_max_split=1
    )

    data_dir: Path = Path("hemsehri-data")
    database_url: str | None = None
    redis_url: str | None = None
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=1, le=65535)
    public_url: HttpUrl | None = None
    telegram_token: SecretStr | None = None
    telegram_api_url: HttpUrl = "https://api.telegram.org"
    telegram_runtime: Literal["aiogram", "ptb"] = "aiogram"
    telegram_mode: Literal["polling", "webhook"] = "polling"
    webhook_secret: SecretStr | None = None
    # Telegram's overall sending rate (messages/s); raise it for a bot allowed paid broadcasts (up to 1000).
    telegram_rate: float = Field(30.0, gt=0, le=1000)
    # Days after a person's last message and the end of their last request before all of it is destroyed
    # (a programme of the catalogue may set its own `retention_days`).
    retention_days: int = Field(730, ge=30)
    # Hours a request in a language nobody claiming reads waits for a reader before any agent of its desk may
    # claim it (marked as needing an interpreter); a language nobody on the desk reads is open to all at once.
    interpreter_after_hours: float = Field(4.0, ge=0)
    # Reports (core.reports): a group with fewer requests than this shows counts but no times (too few to compare,
    # and to keep people unrecognisable); the equity view highlights a time this many percent longer than Turkish
    # speakers' (or a service level this many points lower).
    report_min_cell: int = Field(5, ge=1, le=1000)
    report_equity_margin: float = Field(10.0, ge=0, le=1000)
    # Machine translation (core.translation), off unless set: a LibreTranslate server of the city's, and its key.
    translate_url: HttpUrl | None = None
    translate_key: SecretStr | None = None
    # Outgoing webhooks (core.webhooks) may go to loopback and private addresses only when this is set (a test, or
    # a receiver inside the city's network): otherwise an admin could make the server probe its own network.
    webhooks_allow_private: bool = False
    # The secret personal data is sealed with (default: made on first run in the data directory), the one it
    # was sealed with before during a key rotation (`hemsehri keys rotate`), and the audit chain's own key.
    secret_key: SecretStr | None = None
    previous_secret_key: SecretStr | None = None
    audit_key: SecretStr | None = None
    catalogue_path: Path = PACKAGED_CATALOGUE
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    whatsapp: WhatsAppSettings = Field(default_factory=WhatsAppSettings)
    sms: SmsSettings = Field(default_factory=SmsSettings)
    # Where a notification its channel could not deliver is tried next, in order (core.delivery.fallback), before
    # the person lands on the call-back list; a channel that is not set up is passed over.
    fallback_order: str = ",".join(FALLBACK_CHANNELS)

    @field_validator("database_url")
    @classmethod
    def _known_driver(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @property
    def effective_database_url(self) -> str:
        """The configured database, or the embedded SQLite file in the data directory."""
        return self.database_url or f"sqlite+aiosqlite:///{self.data_dir / 'hemsehri.db'}"

    @field_validator("fallback_order")
    @classmethod
    def _known_channels(cls, value: str) -> str:
        names = [name.strip() for name in value.split(",") if name.strip()]
        if unknown := [name for name in names if name not in FALLBACK_CHANNELS]:
            raise ValueError(f"unknown channel {unknown[0]!r}: choose among {', '.join(FALLBACK_CHANNELS)}")
        return ",".join(dict.fromkeys(names))

    @property
    def fallback_channels(self) -> tuple[str, ...]:
        return tuple(name for name in self.fallback_order.split(",") if name)

    @property
    def interpreter_after(self) -> timedelta:
        return timedelta(hours=self.interpreter_after_hours)

    @property
    def is_embedded(self) -> bool:
        """True for the single-process mode: SQLite, and no Redis."""
        return self.effective_database_url.startswith("sqlite") and self.redis_url is None

    def resolved_secret_key(self) -> str:
        """Returns HEMSEHRI_SECRET_KEY, or the key kept in the data directory, made on first run."""
        return self._key(self.secret_key, "secret.key")

    def resolved_previous_secret_key(self) -> str | None:
        """The secret a key rotation is moving away from: HEMSEHRI_PREVIOUS_SECRET_KEY, or the one kept aside."""
        if self.previous_secret_key is not None:
            return self.previous_secret_key.get_secret_value()
        path = self.data_dir / PREVIOUS_KEY_FILE
        return path.read_text().strip() if self.secret_key is None and path.exists() else None

    def resolved_audit_key(self) -> str:
        """Returns HEMSEHRI_AUDIT_KEY, or the audit chain's key kept in the data directory, made on first run."""
        return self._key(self.audit_key, "audit.key")

    def _key(self, given: SecretStr | None, file_name: str) -> str:
        if given is not None:
            return given.get_secret_value()
        path = self.data_dir / file_name
        if not path.exists():
            private_directory(self.data_dir)
            write_key(path, secrets.token_urlsafe(48))
        return path.read_text().strip()


PREVIOUS_KEY_FILE = "secret.key.previous"


def write_key(path: Path, key: str) -> None:
    """Writes a key file only its owner can read, all at once (a crash leaves the old file or the new one)."""
    fresh = path.with_name(f".{path.name}.new")
    with open(os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as out:
        out.write(key)
    fresh.replace(path)


def load_settings(**overrides: Any) -> Settings:
    """Reads the settings, turning a validation failure into one line naming the setting."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = first["loc"]
        field = loc[: 2 if loc and loc[0] in NESTED else 1]
        name = "HEMSEHRI_" + "_".join(str(part) for part in field).upper() if field else "HEMSEHRI_*"
        given = first.get("input")
        shown = "" if isinstance(given, dict) or "SECRET" in name or "TOKEN" in name else f" (got {given!r})"
        raise ConfigurationError(f"{name}: {first['msg']}{shown}") from None
