"""Run a native renderer where its crash cannot take the server down.

A long-lived child Python (`python -m storyloom.kit.isolated`, a plain subprocess: it
shares no threads, locks or main module with the server) takes one call at a time under
an address-space limit, and each call has a deadline. When the child dies (a segfault or
abort inside native code, an allocation over the limit) or misses the deadline, it is
killed, the call fails with `IsolatedFailure`, and the next call starts a fresh child.

The function must be importable by name (a module-level function), its arguments
picklable, and it returns bytes. Calls go to the child as length-prefixed pickles; answers
come back as a status byte and raw bytes, never a pickle: the child handles hostile input,
so nothing it says is ever unpickled by the server.
"""

from __future__ import annotations

import os
import pickle
import resource
import select
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import IO, Any, Literal

Failure = Literal["crashed", "timeout", "error"]
_HEADER = struct.Struct(">Q")
_OK, _ERROR = b"o", b"e"


class IsolatedFailure(Exception):
    def __init__(self, reason: Failure, detail: str) -> None:
        super().__init__(detail)
        self.reason: Failure = reason


class _Gone(Exception):
    """The child closed its end: it died."""


def _read_exactly(fd: int, size: int, deadline: float) -> bytes:
    chunks: list[bytes] = []
    while size:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            raise TimeoutError
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            raise _Gone
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


class Isolated:
    def __init__(self, *, memory_mb: int = 1024, seconds: float = 20.0) -> None:
        self.memory_bytes = memory_mb * 1024 * 1024
        self.seconds = seconds
        self._lock = threading.Lock()
        self._child: subprocess.Popen[bytes] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        if self._child is not None and self._child.poll() is None:
            return self._child
        self._stop()
        self._child = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "storyloom.kit.isolated", str(self.memory_bytes)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            close_fds=True,
        )
        return self._child

    def _stop(self) -> None:
        child, self._child = self._child, None
        if child is None:
            return
        if child.poll() is None:
            child.kill()
        child.wait(10)
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                stream.close()

    def run(self, fn: Callable[..., bytes], *args: Any) -> bytes:
        """Call `fn(*args)` in the child and return its result. Blocking: call it from a
        worker thread."""
        payload = pickle.dumps((fn, args))
        with self._lock:
            child = self._start()
            assert child.stdin is not None
            assert child.stdout is not None
            try:
                child.stdin.write(_HEADER.pack(len(payload)) + payload)
                child.stdin.flush()
                deadline = time.monotonic() + self.seconds
                fd = child.stdout.fileno()
                (size,) = _HEADER.unpack(_read_exactly(fd, _HEADER.size, deadline))
                answer = _read_exactly(fd, size, deadline)
            except TimeoutError as exc:
                self._stop()
                raise IsolatedFailure("timeout", "The renderer took too long.") from exc
            except (_Gone, OSError) as exc:
                self._stop()
                raise IsolatedFailure("crashed", "The renderer stopped on this input.") from exc
        if answer[:1] != _OK:
            raise IsolatedFailure("error", answer[1:].decode(errors="replace"))
        return answer[1:]

    def close(self) -> None:
        with self._lock:
            self._stop()


def _answer(out: IO[bytes], status: bytes, value: bytes) -> None:
    out.write(_HEADER.pack(len(value) + 1) + status + value)
    out.flush()


def _serve(memory_bytes: int) -> None:  # pragma: no cover - runs in the child
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    calls = sys.stdin.buffer
    # Answers get their own copy of stdout; anything the function prints goes to stderr.
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    while True:
        header = calls.read(_HEADER.size)
        if len(header) < _HEADER.size:
            os._exit(0)  # the server is gone or done with us: nothing to flush
        (size,) = _HEADER.unpack(header)
        fn, args = pickle.loads(calls.read(size))  # noqa: S301 - written by the server
        try:
            result = fn(*args)
            _answer(out, _OK, bytes(result))
        except MemoryError:
            _answer(out, _ERROR, b"out of memory")
        except Exception as exc:
            _answer(out, _ERROR, f"{type(exc).__name__}: {exc}".encode())


if __name__ == "__main__":  # pragma: no cover - the child's entry point
    _serve(int(sys.argv[1]))
