"""Directories and database files only the process's owner can read: where personal data and keys are kept."""

from pathlib import Path


def private_directory(path: Path) -> Path:
    """Creates a directory only its owner can enter (0700), or takes group and other access from an existing one."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if path.stat().st_mode & 0o077:
        path.chmod(0o700)
    return path


def private_database_files(database: Path) -> None:
    """The SQLite file and its WAL and shared-memory files readable by their owner only (0600)."""
    for path in (database, database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm")):
        if path.exists() and path.stat().st_mode & 0o077:
            path.chmod(0o600)
