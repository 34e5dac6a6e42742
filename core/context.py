"""What every edge needs from core, built once from the settings and passed down."""

from dataclasses import dataclass

from core.catalogue import Catalogue, load_catalogue
from core.crypto import Vault
from core.db import Database
from core.settings import Settings


@dataclass
class CoreContext:
    settings: Settings
    db: Database
    catalogue: Catalogue
    vault: Vault

    async def close(self) -> None:
        await self.db.dispose()


def build_core(settings: Settings) -> CoreContext:
    """Reads the catalogue and the secret key and opens the database (no connection is made yet)."""
    return CoreContext(
        settings=settings,
        db=Database(settings.effective_database_url),
        catalogue=load_catalogue(settings.catalogue_path),
        vault=Vault(settings.resolved_secret_key()),
    )
