"""What every edge needs from core, built once from the settings and passed down."""

from dataclasses import dataclass, field

from core.catalogue import Catalogue, load_catalogue
from core.crypto import Vault
from core.db import Database
from core.files.service import FileSource, FileStore
from core.privacy.service import Privacy
from core.queue.claims import Claims
from core.settings import Settings
from core.translation import MachineTranslation


@dataclass
class CoreContext:
    settings: Settings
    db: Database
    catalogue: Catalogue
    vault: Vault
    # The sealed files people sent (web chat uploads), and every place a person's data lives (erasure).
    files: FileStore = field(init=False)
    privacy: Privacy = field(init=False)
    # Claim-next, grouping the claims that arrive together (one per process: it gathers them).
    claims: Claims = field(init=False)
    # Where each channel's files are until staff first open one (Telegram, WhatsApp; set by the composition root).
    file_sources: dict[str, FileSource] = field(default_factory=dict)
    # Machine translation when HEMSEHRI_TRANSLATE_URL is set (built by the composition root, which has the translator).
    translation: MachineTranslation | None = None

    def __post_init__(self) -> None:
        if self.db.vault is None:
            self.db.vault = self.vault
        self.files = FileStore(self.settings.data_dir / "attachments", self.vault)
        self.privacy = Privacy(self.files)
        self.claims = Claims(self.db)

    async def close(self) -> None:
        if self.translation is not None:
            await self.translation.close()
        await self.db.dispose()


def build_vault(settings: Settings) -> Vault:
    """The vault over the configured secrets (the previous one too while a key rotation runs)."""
    previous = settings.resolved_previous_secret_key()
    return Vault(
        settings.resolved_secret_key(),
        previous=[previous] if previous else [],
        audit_key=settings.resolved_audit_key(),
    )


def build_core(settings: Settings) -> CoreContext:
    """Reads the catalogue and the secret keys and opens the database (no connection is made yet)."""
    vault = build_vault(settings)
    return CoreContext(
        settings=settings,
        db=Database(settings.effective_database_url, vault=vault),
        catalogue=load_catalogue(settings.catalogue_path),
        vault=vault,
    )
