"""Size of the first screen: the JS and CSS that frontend/dist/index.html loads, gzipped.

Builds nothing: run `cd frontend && npm run build` first. Counts the entry script, every
modulepreload (static imports of the entry) and every stylesheet; routes loaded later with
import() are not part of the first screen. Goal: JS under 200 kB gzip.
"""

from __future__ import annotations

import gzip
import sys
from html.parser import HTMLParser
from pathlib import Path

DIST = Path(__file__).resolve().parents[1] / "frontend" / "dist"


class _Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.js: list[str] = []
        self.css: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script" and a.get("src"):
            self.js.append(a["src"] or "")
        elif tag == "link" and a.get("href"):
            rel = (a.get("rel") or "").split()
            if "modulepreload" in rel:
                self.js.append(a["href"] or "")
            elif "stylesheet" in rel:
                self.css.append(a["href"] or "")


def _gzip_kb(paths: list[str]) -> tuple[float, float]:
    raw = packed = 0
    for href in dict.fromkeys(paths):  # each file once, in order
        data = (DIST / href.lstrip("/")).read_bytes()
        raw += len(data)
        packed += len(gzip.compress(data, compresslevel=9))
    return raw / 1000, packed / 1000


def main() -> None:
    index = DIST / "index.html"
    if not index.is_file():
        sys.exit("frontend/dist/index.html is missing: run `cd frontend && npm run build` first")
    assets = _Assets()
    assets.feed(index.read_text())
    js_raw, js_gz = _gzip_kb(assets.js)
    css_raw, css_gz = _gzip_kb(assets.css)
    print(f"files: {len(assets.js)} JS, {len(assets.css)} CSS")
    print(f"raw: JS {js_raw:.1f} kB, CSS {css_raw:.1f} kB")
    print(f"first screen JS {js_gz:.1f} kB gzip, CSS {css_gz:.1f} kB gzip")


if __name__ == "__main__":
    main()
