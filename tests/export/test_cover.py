"""The book's cover in every format is the drawn cover: the hero in the story's place,
filling the page, the title on a plate in the calm band at the top."""

from __future__ import annotations

import asyncio
import io
import re
import subprocess
import zipfile
from pathlib import Path

from PIL import Image
from tests.conftest import Account
from tests.export.helpers import download, tool
from tests.stories.helpers import finished

from storyloom.export.book import svg_size

CREAM = (0xFD, 0xEC, 0xC8)  # the old cover's plain page


def _cover_png(data: bytes, folder: Path) -> Image.Image:
    source = folder / "book.pdf"
    source.write_bytes(data)
    command = [tool("pdftoppm"), "-r", "30", "-f", "1", "-l", "1", "-png"]
    subprocess.run([*command, str(source), str(folder / "c")], check=True)
    (path,) = folder.glob("c-*.png")
    return Image.open(path).convert("RGB")


def _far(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) > 40


async def test_pdf_and_epub_covers_are_the_drawn_scene(account: Account, tmp_path: Path) -> None:
    story = await finished(account)
    pdf = await download(account, story["id"], "pdf", trim="letter", bleed="0", for_name="Mia")
    picture = await asyncio.to_thread(_cover_png, pdf, tmp_path)
    w, h = picture.size
    # the picture reaches every edge: no cream page round a small portrait
    edges = [picture.getpixel((x, y)) for x in (2, w // 2, w - 3) for y in (h // 2, h - 3)]
    assert all(_far(p, CREAM) for p in edges), edges
    # many colours: a place, not a plain page with a figure on it
    small = picture.resize((w // 2, h // 2))
    colours = {small.getpixel((x, y)) for x in range(w // 2) for y in range(h // 2)}
    colours = {tuple(c // 24 for c in p) for p in colours}  # type: ignore[union-attr]
    assert len(colours) > 60
    # the title sits on a light plate in the top band
    plate = picture.getpixel((w // 2 - w // 4, int(h * 0.06)))
    assert min(plate) > 215, plate

    epub = await download(account, story["id"], "epub")
    archive = zipfile.ZipFile(io.BytesIO(epub))
    opf = archive.read("OEBPS/package.opf").decode()
    match = re.search(r'href="([^"]+)" media-type="image/svg\+xml" properties="cover-image"', opf)
    assert match is not None, opf
    cover = archive.read(f"OEBPS/{match.group(1)}")
    width, height = svg_size(cover, (0, 0))
    assert width < height  # shaped like a book's cover, not a square portrait
    page_one = next(n for n in archive.namelist() if n.endswith("page-01.svg"))
    assert cover != archive.read(page_one)


async def test_the_cover_picture_for_the_web_reader(account: Account) -> None:
    story = await finished(account)
    url = f"/api/stories/{story['id']}/cover.svg"
    response = await account.client.get(url, headers=account.headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("image/svg+xml")
    width, height = svg_size(response.content, (0, 0))
    assert (width, height) == (1200, 1600)
    wide = await account.client.get(url, params={"aspect": 1.5}, headers=account.headers)
    assert svg_size(wide.content, (0, 0)) == (1200, 800)
    assert b"<text" not in response.content  # the title is laid out by whoever shows it
    stranger = await account.client.get(url.replace(story["id"], "0" * 32), headers=account.headers)
    assert stranger.status_code == 404
