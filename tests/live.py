"""A real `storyloom serve` process on a loopback port, for tests that need one."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import SecretStr

from storyloom.config import Settings
from storyloom.kit.serverproc import CLI, running_server

__all__ = ["CLI", "live_server", "settings_env"]


def settings_env(settings: Settings) -> dict[str, str]:
    """The environment that makes a child process use exactly these settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYLOOM_")}
    for name, value in settings.model_dump(mode="json").items():
        if value is None:
            continue
        secret = getattr(settings, name)
        if name == "secret_key":
            value = settings.signing_key()
        elif isinstance(secret, SecretStr):  # dumped masked
            value = secret.get_secret_value()
        env[f"STORYLOOM_{name.upper()}"] = value if isinstance(value, str) else json.dumps(value)
    return env


@contextmanager
def live_server(settings: Settings, *, log: Path, args: tuple[str, ...] = ()) -> Iterator[str]:
    with running_server(settings_env(settings), log, args=args) as (base, _):
        yield base
