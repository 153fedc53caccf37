"""Exported files read back: pypdf for PDFs, pdftoppm for pictures of their pages."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader
from tests.conftest import Account, missing_service

ROOT = Path(__file__).resolve().parents[2]


async def download(account: Account, story_id: str, ext: str, **params: object) -> bytes:
    response = await account.client.get(
        f"/api/stories/{story_id}/export.{ext}", params=params, headers=account.headers, timeout=120
    )
    assert response.status_code == 200, response.text
    return response.content


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def tool(name: str) -> str:
    """A Debian tool the tests need, installed by scripts/ensure-tools.sh when missing."""
    found = shutil.which(name)
    if found is None:
        subprocess.run(["bash", str(ROOT / "scripts" / "ensure-tools.sh")], check=False)
        found = shutil.which(name)
    if found is None:
        missing_service(f"{name} (installed by scripts/ensure-tools.sh)")
    return found
