"""The `kg` command: a thin layer over the Python API (kg.api and friends).

Each group of subcommands lives in its own module with a ``register(subparsers)``
function; this file only assembles them and turns library errors into one-line
messages and exit codes.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from kg.errors import KGError

# Modules that add subcommands; a missing optional module is skipped.
COMMAND_MODULES = ("kg.commands.extract", "kg.commands.store", "kg.commands.explore")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description="Arabic conflict news → RDF knowledge graph")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name == name:
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KGError as e:
        print(f"kg {args.command}: error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 141


if __name__ == "__main__":
    sys.exit(main())
