"""Errors storage/ raises: one line each, URLs redacted."""


class StorageError(RuntimeError):
    """The database cannot be used as asked (bad URL, unreachable, unknown row)."""


class SchemaError(StorageError):
    """The database schema is not the one this code needs."""


class DatabaseLost(StorageError):
    """The database stopped answering in the middle of a run (server gone, connection broken):
    nothing more can be stored until it is back."""
