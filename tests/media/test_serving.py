"""GET /api/images/{id}: owner only, immutable caching, SVG as stored, PNG at a width."""

from __future__ import annotations

import hashlib
import struct
from typing import Any

from tests.characters.helpers import make
from tests.conftest import Account


async def _candidate(account: Account) -> dict[str, Any]:
    fern = await make(account)
    response = await account.client.post(
        f"/api/characters/{fern['id']}/portraits", headers=account.headers, json={"count": 1}
    )
    body: dict[str, Any] = response.json()[0]
    return body


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


async def test_svg_with_etag_and_304(account: Account) -> None:
    image = await _candidate(account)
    response = await account.client.get(image["url"], headers=account.headers)
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/svg+xml"
    assert response.headers["cache-control"] == "private, max-age=31536000, immutable"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in response.headers["content-security-policy"]
    etag = response.headers["etag"]
    assert etag == f'"{hashlib.sha256(response.content).hexdigest()}"'
    again = await account.client.get(
        image["url"], headers={**account.headers, "If-None-Match": etag}
    )
    assert again.status_code == 304
    assert not again.content


async def test_png_at_a_width_with_cap(account: Account) -> None:
    image = await _candidate(account)
    response = await account.client.get(
        image["url"], headers=account.headers, params={"format": "png", "width": 128}
    )
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/png"
    assert _png_size(response.content) == (128, 128)
    etag = response.headers["etag"]
    assert etag.endswith('-png-128"')
    cached = await account.client.get(
        image["url"],
        headers={**account.headers, "If-None-Match": etag},
        params={"format": "png", "width": 128},
    )
    assert cached.status_code == 304
    for width in (15, 2049, 100000):
        refused = await account.client.get(
            image["url"], headers=account.headers, params={"format": "png", "width": width}
        )
        assert refused.status_code == 422, width
    default = await account.client.get(
        image["url"], headers=account.headers, params={"format": "png"}
    )
    assert _png_size(default.content) == (512, 512)


async def test_other_users_and_missing_images_are_404(
    account: Account, other_account: Account
) -> None:
    image = await _candidate(account)
    response = await other_account.client.get(image["url"], headers=other_account.headers)
    assert response.status_code == 404
    missing = await account.client.get("/api/images/nothing", headers=account.headers)
    assert missing.status_code == 404
