"""Is a TCP port free to listen on? Used by `storyloom serve` and, before anything is built,
by `make run` (which runs this file with the system Python: standard library only).

`python3 src/storyloom/kit/ports.py HOST PORT` prints why the port is taken and exits 1, or
prints nothing and exits 0.
"""

from __future__ import annotations

import socket
import sys


def port_taken(host: str, port: int) -> str | None:
    """None when a server could listen on host:port now, else a one-line reason."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        return f"cannot listen on {host}:{port}: {exc.strerror}"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        # As uvicorn does: a port whose old connections linger (TIME_WAIT) counts as free.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as exc:
            why = exc.strerror
            return f"{host}:{port} is in use ({why}); stop what listens there or pick another port"
    return None


if __name__ == "__main__":
    reason = port_taken(sys.argv[1], int(sys.argv[2]))
    if reason is not None:
        print(f"error: {reason}", file=sys.stderr)
        sys.exit(1)
