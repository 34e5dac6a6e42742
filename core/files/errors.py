"""Why a file a person sent on a messaging platform could not be brought here (each edge says it in its words)."""


class FetchFailed(Exception):
    """A platform's file could not be fetched."""


class FileGone(FetchFailed):
    """The platform no longer has the file (its id expired, or it was deleted)."""


class FileTooLarge(FetchFailed):
    """The file is larger than what is kept here (or than the platform lets bots download)."""


class FileUnavailable(FetchFailed):
    """The platform could not be reached, or refused for now: trying again later may work."""
