"""The hostile corpus through a live server: every path a portrait takes, tallied."""

from __future__ import annotations

import http.server
import io
import subprocess
import tempfile
import threading
import time
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from PIL import Image, ImageChops

from .corpus import MAGENTA, MARKER, Hostile, Secrets, corpus, png_of

CHILD = {"kind": "child", "body_color": "#d9a066", "accent_color": "#fff4e6"}
FINAL = {"succeeded", "failed", "cancelled"}


@dataclass
class Tally:
    files: int = 0
    refused: int = 0
    kept: int = 0
    crashes: int = 0
    server_errors: int = 0
    leaks: int = 0
    problems: list[str] = field(default_factory=list)

    def problem(self, text: str) -> None:
        self.problems.append(text)

    def line(self) -> str:
        return (
            f"{self.files} files, {self.crashes} crashes, {self.server_errors} 5xx, "
            f"{self.leaks} leaks ({self.refused} refused, {self.kept} kept)"
        )


def magenta_pixels(png: bytes) -> int:
    red, green, blue = Image.open(io.BytesIO(png)).convert("RGB").split()
    mask = ImageChops.multiply(
        ImageChops.multiply(
            red.point(lambda v: 255 if v > 235 else 0), blue.point(lambda v: 255 if v > 235 else 0)
        ),
        green.point(lambda v: 255 if v < 25 else 0),
    )
    return mask.histogram()[255]


class Driver:
    """Every path a portrait takes: import, the picture as stored and as PNG, and a
    story with that character as hero exported as PDF (rasterised by `pdftoppm`) and EPUB."""

    def __init__(self, base: str, pdftoppm: str, tally: Tally) -> None:
        self.http = httpx.Client(base_url=base, timeout=120)
        self.pdftoppm = pdftoppm
        self.tally = tally
        joined = self.http.post(
            "/api/auth/register",
            json={
                "email": f"attacker-{uuid.uuid4().hex[:8]}@example.com",
                "display_name": "Attacker",
                "password": "an ordinary long password",
            },
        )
        joined.raise_for_status()
        self.http.headers["Authorization"] = f"Bearer {joined.json()['access_token']}"

    def get(self, name: str, path: str, **params: object) -> httpx.Response | None:
        return self.request(name, "GET", path, params=params)

    def request(self, name: str, method: str, path: str, **options: Any) -> httpx.Response | None:
        try:
            response = self.http.request(method, path, **options)
        except httpx.TransportError:
            self.tally.crashes += 1
            self.tally.problem(f"{name}: {path} got no answer")
            return None
        if response.status_code >= 500:
            self.tally.server_errors += 1
            self.tally.problem(f"{name}: {path} answered {response.status_code}")
        return response

    def alive(self, name: str) -> bool:
        ready = self.get(name, "/readyz")
        return ready is not None and ready.status_code == 200

    def send(self, hostile: Hostile) -> None:
        self.tally.files += 1
        portrait = {"media_type": hostile.media_type, "data": hostile.document_data()}
        document = {
            "format": "storyloom.characters",
            "version": 1,
            "characters": [
                {"ref": "x", "name": "Pip", "pronouns": "she", "appearance": CHILD,
                 "portrait": portrait},
            ],
        }  # fmt: skip
        imported = self.request(hostile.name, "POST", "/api/characters/import", json=document)
        if imported is None or imported.status_code >= 500:
            pass  # counted by request()
        elif imported.status_code != 201:
            self.tally.refused += 1
            code = imported.json().get("code", "")
            if hostile.benign or not code:
                self.tally.problem(f"{hostile.name}: refused with {imported.status_code} {code}")
        else:
            self.tally.kept += 1
            self.follow(hostile.name, imported.json()["ids"]["x"])
        if not self.alive(hostile.name):
            self.tally.problem(f"{hostile.name}: /readyz stopped answering")

    def follow(self, name: str, character_id: str) -> None:
        character = self.get(name, f"/api/characters/{character_id}")
        if character is None or character.status_code != 200:
            return
        image = f"/api/images/{character.json()['portrait_image_id']}"
        self.get(name, image)
        png = self.get(name, image, format="png", width=256)
        if png is not None and png.status_code == 200 and magenta_pixels(png.content):
            self.tally.leaks += 1
            self.tally.problem(f"{name}: the PNG shows a file from the server")
        story = self.story(name, character_id)
        if story is None:
            return
        pdf = self.get(name, f"/api/stories/{story}/export.pdf")
        if pdf is not None and pdf.status_code == 200 and self.pdf_leaks(pdf.content):
            self.tally.leaks += 1
            self.tally.problem(f"{name}: the PDF shows a file from the server")
        epub = self.get(name, f"/api/stories/{story}/export.epub")
        if epub is not None and epub.status_code == 200:
            with zipfile.ZipFile(io.BytesIO(epub.content)) as book:
                if any(MARKER.encode() in book.read(item) for item in book.namelist()):
                    self.tally.leaks += 1
                    self.tally.problem(f"{name}: the EPUB holds a file from the server")

    def story(self, name: str, hero: str) -> str | None:
        body = {
            "cast": [{"character_id": hero, "role": "hero"}],
            "template": "adventure",
            "setting": "forest",
            "band": "toddler",
            "pages": 6,
        }
        created = self.request(name, "POST", "/api/stories", json=body)
        if created is None or created.status_code != 202:
            self.tally.problem(f"{name}: the story was not started")
            return None
        job = created.json()["job"]["id"]
        for _ in range(600):
            state = self.get(name, f"/api/jobs/{job}")
            if state is None or state.json()["status"] in FINAL:
                break
            time.sleep(0.2)
        story_id: str = created.json()["story"]["id"]
        return story_id

    def pdf_leaks(self, pdf: bytes) -> bool:
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "book.pdf"
            source.write_bytes(pdf)
            subprocess.run(
                [self.pdftoppm, "-r", "40", "-png", str(source), str(Path(folder) / "p")],
                check=True,
                capture_output=True,
            )
            return any(magenta_pixels(page.read_bytes()) for page in Path(folder).glob("p*.png"))


class CountingWeb:
    """A loopback web server answering anything with a magenta PNG, counting requests."""

    def __init__(self, secrets_png: bytes) -> None:
        hits = self.hits = [0]

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits[0] += 1
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.end_headers()
                self.wfile.write(secrets_png)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def drive(base: str, folder: Path, pdftoppm: str) -> Tally:
    """The whole corpus through a live server at `base`; the tally says what happened."""
    web = CountingWeb(png_of(Image.new("RGB", (64, 64), MAGENTA)))
    try:
        secrets = Secrets(folder, web.url)
        secrets.write()
        tally = Tally()
        driver = Driver(base, pdftoppm, tally)
        try:
            for hostile in corpus(secrets):
                driver.send(hostile)
        finally:
            driver.http.close()
        if web.hits[0]:
            tally.leaks += web.hits[0]
            tally.problem(f"the server fetched {web.hits[0]} web addresses")
        return tally
    finally:
        web.close()
