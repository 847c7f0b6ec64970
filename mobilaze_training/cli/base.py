"""Shared pieces of the command line: the command registry, output, the open data folder."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import datetime
from typing import Any

from mobilaze_training.errors import MobilazeError
from mobilaze_training.services.context import AppContext, open_app

Handler = Callable[[argparse.Namespace], int]
_COMMANDS: dict[str, Handler] = {}


class UsageError(Exception):
    pass


def command(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        _COMMANDS[name] = fn
        return fn

    return register


def _jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def emit(args: argparse.Namespace, data: Any, text: str | Sequence[str]) -> None:
    if args.json:
        print(json.dumps(_jsonable(data), ensure_ascii=False, indent=2))
    else:
        print(text if isinstance(text, str) else "\n".join(text))


def ctx_of(args: argparse.Namespace) -> AppContext:
    if getattr(args, "_ctx", None) is None:
        args._ctx = open_app(args.data_dir, args.database_url)
    ctx: AppContext = args._ctx
    return ctx


def read_password(args: argparse.Namespace, prompt: str = "Password: ") -> str | None:
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise UsageError("--password-stdin given but standard input held no password")
        return password
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if first != getpass.getpass("Repeat the password: "):
            raise MobilazeError("The two passwords differ; nothing was changed.")
        return first
    return None


def _print_problems(problems: Sequence[object]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)
