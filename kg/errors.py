"""Errors users see, in one place: each prints as one line and carries an exit code."""
from __future__ import annotations


class KGError(Exception):
    """An error a user can act on; the CLI prints it as one line."""

    exit_code = 1


class InputError(KGError):
    """An input file or record cannot be read as an article (empty, binary, undecodable, not Arabic, too large)."""

    exit_code = 2


class QueryError(KGError):
    """A SPARQL query is malformed or failed."""

    exit_code = 3


class StoreError(KGError):
    """The store cannot be opened, is locked by another process, or is damaged."""

    exit_code = 4
