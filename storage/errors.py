"""Errors storage/ raises: one line each, URLs redacted."""


class StorageError(RuntimeError):
    """The database cannot be used as asked (bad URL, unreachable, unknown row)."""


class SchemaError(StorageError):
    """The database schema is not the one this code needs."""


class DatabaseLost(StorageError):
    """The database stopped answering in the middle of a run (server gone, connection broken):
    nothing more can be stored until it is back."""


class BatchNotStored(StorageError):
    """A group of articles (storage/batch.py) could not be committed: none of them was stored.
    `tags` are the caller's names for them, in the order stored."""

    def __init__(self, tags, reason: str):
        super().__init__(reason)
        self.tags = tuple(tags)
