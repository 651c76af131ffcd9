"""Errors storage/ raises: one line each, URLs redacted."""


class StorageError(RuntimeError):
    """The database cannot be used as asked (bad URL, unreachable, unknown row)."""


class SchemaError(StorageError):
    """The database schema is not the one this code needs."""
