"""EPUB exports: the container's rules, the package metadata, and epubcheck."""

from __future__ import annotations

import asyncio
import io
import re
import subprocess
import zipfile
from pathlib import Path

from tests.conftest import Account
from tests.export.helpers import download, tool
from tests.stories.helpers import finished

EPUBCHECK_JAR = Path("/usr/share/java/epubcheck.jar")


async def test_epub_is_valid(account: Account, tmp_path: Path) -> None:
    story = await finished(account)
    data = await download(
        account, story["id"], "epub", for_name="Mia", dedication="For Mia & her <friends>."
    )
    archive = zipfile.ZipFile(io.BytesIO(data))
    first = archive.infolist()[0]
    assert first.filename == "mimetype"
    assert first.compress_type == zipfile.ZIP_STORED
    assert archive.read("mimetype") == b"application/epub+zip"
    names = set(archive.namelist())
    assert "META-INF/container.xml" in names
    opf = archive.read("OEBPS/package.opf").decode()
    assert re.search(r"<dc:identifier id=\"book-id\">urn:uuid:[0-9a-f-]{36}<", opf)
    assert "<dc:language>en</dc:language>" in opf
    assert re.search(r'property="dcterms:modified">\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<', opf)
    assert 'properties="cover-image"' in opf
    pages = [n for n in names if re.fullmatch(r"OEBPS/page-\d\d\.xhtml", n)]
    assert len(pages) == len(story["pages"])
    assert sum(n.endswith(".svg") for n in names) == len(story["pages"]) + 1  # + cover
    assert "For Mia &amp; her &lt;friends&gt;." in archive.read("OEBPS/dedication.xhtml").decode()

    report = await asyncio.to_thread(epubcheck, data, tmp_path)
    assert "No errors or warnings detected." in report
    assert "0 errors / 0 warnings" in report


def epubcheck(data: bytes, folder: Path) -> str:
    tool("java")
    if not EPUBCHECK_JAR.exists():
        tool("epubcheck")
    book = folder / "book.epub"
    book.write_bytes(data)
    result = subprocess.run(
        ["java", "-jar", str(EPUBCHECK_JAR), str(book)], capture_output=True, text=True
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    return report
