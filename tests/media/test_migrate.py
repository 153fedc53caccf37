"""`storyloom media migrate`: a local media folder into a real S3 gateway and back;
resumable (an interrupted copy is finished by running it again), idempotent, verified (a
damaged file is reported and left out)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
from pathlib import Path
from typing import Any

from tests.live import CLI
from tests.media.test_store_contract import s3_store
from tests.seaweed import Seaweed

from storyloom.media import LocalMediaStore, content_key


def _migrate(env: dict[str, str], *args: str) -> tuple[int, dict[str, Any]]:
    done = subprocess.run(
        [CLI, "media", "migrate", "--json", *args],
        env=env,
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert done.stdout, done.stderr
    return done.returncode, json.loads(done.stdout)


def test_a_folder_into_the_bucket_and_back(seaweed: Seaweed, tmp_path: Path) -> None:
    folder = tmp_path / "data" / "media"
    local = LocalMediaStore(folder)
    blobs = [b"<svg>" + os.urandom(50 + n) + b"</svg>" for n in range(6)]
    blobs.append(b"\x89PNG\r\n\x1a\n" + os.urandom(3000))
    keys = [asyncio.run(local.put(blob, "image/png")) for blob in blobs]
    damaged = local.path(content_key(b"what it was"))
    damaged.parent.mkdir(parents=True, exist_ok=True)
    damaged.write_bytes(b"what it became")  # a file whose bytes no longer match its name
    (folder / keys[0][:2] / ".tmp-half").write_bytes(b"half")  # never a key: not copied

    bucket = s3_store(seaweed)

    async def interrupted_earlier() -> None:  # a first run copied two, then stopped
        try:
            for blob in blobs[:2]:
                await bucket.put(blob, "image/svg+xml")
        finally:
            await bucket.close()

    asyncio.run(interrupted_earlier())
    settings = seaweed.settings(media_s3_prefix=bucket.prefix)
    env = {k: v for k, v in os.environ.items() if not k.startswith("STORYLOOM_")}
    env["STORYLOOM_DATA_DIR"] = str(tmp_path / "data")
    env.update({f"STORYLOOM_{k.upper()}": str(v).lower() if isinstance(v, bool) else str(v)
                for k, v in settings.items()})  # fmt: skip

    code, first = _migrate(env, "--to", "s3")
    assert code == 1  # the damaged file is reported, and only that
    assert first["damaged"] == [damaged.name]
    assert first["copied"] == len(blobs) - 2
    assert first["already_there"] == 2

    code, again = _migrate(env, "--to", "s3")  # idempotent: nothing left to copy
    assert again["copied"] == 0
    assert again["already_there"] == len(blobs)

    async def in_bucket() -> dict[str, int]:
        store = s3_store(seaweed, prefix=bucket.prefix)
        try:
            found = {item.key: item.size async for item in store.scan()}
            for key, blob in zip(keys, blobs, strict=True):
                assert await store.get(key) == blob
            s3 = await store.client()
            head = await s3.head_object(Bucket=store.bucket, Key=store.name(keys[-1]))
            assert head["ContentType"] == "image/png"
            return found
        finally:
            await store.close()

    assert set(asyncio.run(in_bucket())) == set(keys)

    back = tmp_path / "restored"
    code, restored = _migrate(env, "--to", "local", "--folder", str(back))
    assert code == 0
    assert restored["copied"] == len(blobs)
    copy = LocalMediaStore(back)
    for key, blob in zip(keys, blobs, strict=True):
        assert copy.path(key).read_bytes() == blob
    code, twice = _migrate(env, "--to", "local", "--folder", str(back))
    assert (code, twice["copied"], twice["already_there"]) == (0, 0, len(blobs))
