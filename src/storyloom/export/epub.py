"""EPUB 3, written by hand with zipfile: reflowable pages, each picture above its text,
read aloud with Media Overlays where the pages have narration (see export.overlays).

Layout of the container: `mimetype` first and stored (the OCF rule), META-INF/container.xml,
OEBPS/package.opf, nav.xhtml, a cover page (the drawn cover; the hero's portrait when the
pages come from an images API), an optional dedication, one XHTML file per book page, the
pictures as they are stored (SVG stays SVG, provider pictures PNG), the stylesheet and the
Andika font (unmodified WOFF).
"""

from __future__ import annotations

import uuid
import zipfile
from html import escape
from pathlib import Path

from storyloom.export import overlays
from storyloom.export.book import Art, Book

FONT = Path(__file__).parent / "fonts" / "Andika-Regular.woff"
FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # zip entry dates: same book, same bytes
COVER_ASPECT = 0.75  # an EPUB cover is shaped like a printed one

CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""

CSS = """@font-face { font-family: "Andika"; src: url("fonts/Andika-Regular.woff"); }
body { font-family: "Andika", sans-serif; margin: 0 4%; line-height: 1.45; color: #2b2540; }
figure { margin: 0 0 1em 0; text-align: center; }
figure img { width: 100%; max-height: 60vh; object-fit: contain; }
figure.cover img { max-height: 80vh; }
p { font-size: 1.25em; margin: 0 0 0.6em 0; }
h1 { text-align: center; font-size: 2em; margin: 0.8em 0 0.4em 0; }
.for, .dedication { text-align: center; font-style: italic; }
.dedication { margin-top: 30%; }
"""


def identifier(story_id: str) -> str:
    """The book's stable identifier: the same story is the same book across exports."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'storyloom:story:{story_id}')}"


def _xhtml(title: str, body: str, lang: str, epub_type: str = "bodymatter") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" '
        f'xmlns:epub="http://www.idpf.org/2007/ops" lang="{lang}" xml:lang="{lang}">\n'
        f'<head><meta charset="utf-8"/><title>{escape(title)}</title>'
        '<link rel="stylesheet" type="text/css" href="style.css"/></head>\n'
        f'<body epub:type="{epub_type}">{body}</body>\n</html>\n'
    )


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(line)}</p>" for line in text.split("\n") if line.strip())


def _media_type(art: Art) -> str:
    return "image/svg+xml" if art.is_vector else "image/png"


def write_epub(book: Book, target: Path) -> None:
    lang = book.language
    durations: list[tuple[str, float]] = []  # (SMIL item id, seconds)
    manifest: list[str] = []
    spine: list[str] = []
    nav_items: list[str] = []
    files: list[tuple[str, bytes]] = []

    def add(
        item_id: str,
        href: str,
        media_type: str,
        data: bytes,
        props: str = "",
        overlay: str = "",
    ) -> None:
        extra = f' properties="{props}"' if props else ""
        extra += f' media-overlay="{overlay}"' if overlay else ""
        manifest.append(f'<item id="{item_id}" href="{href}" media-type="{media_type}"{extra}/>')
        files.append((f"OEBPS/{href}", data))

    def page(item_id: str, href: str, label: str, body: str, kind: str, overlay: str = "") -> None:
        xhtml = _xhtml(label, body, lang, kind).encode()
        add(item_id, href, "application/xhtml+xml", xhtml, overlay=overlay)
        spine.append(f'<itemref idref="{item_id}"/>')
        nav_items.append(f'<li><a href="{href}">{escape(label)}</a></li>')

    cover_body = f"<h1>{escape(book.title)}</h1>"
    # The drawn cover (the hero in the story's place), else the hero's portrait.
    cover_art = book.cover.art(COVER_ASPECT) if book.cover is not None else book.portrait
    if cover_art is not None:
        href = f"images/cover.{cover_art.extension}"
        add("cover-image", href, _media_type(cover_art), cover_art.data, "cover-image")
        alt = escape(book.hero_name or book.title)
        cover_body += f'<figure class="cover"><img src="{href}" alt="{alt}"/></figure>'
    if book.for_name:
        cover_body += f'<p class="for">written for {escape(book.for_name)}</p>'
    page("cover", "cover.xhtml", "Cover", cover_body, "cover")
    if book.dedication:
        body = f'<div class="dedication">{_paragraphs(book.dedication)}</div>'
        page("dedication", "dedication.xhtml", "Dedication", body, "dedication")
    for book_page in book.pages:
        name = f"page-{book_page.number:02d}"
        body = ""
        if book_page.art is not None:
            href = f"images/{name}.{book_page.art.extension}"
            add(f"img-{name}", href, _media_type(book_page.art), book_page.art.data)
            alt = f"Picture for page {book_page.number}"
            body += f'<figure><img src="{href}" alt="{alt}"/></figure>'
        sound = book_page.sound
        overlay = ""
        if sound is not None and sound.words:
            audio = f"audio/{name}.mp3"
            add(f"audio-{name}", audio, sound.media_type, sound.data)
            overlay = f"smil-{name}"
            smil = overlays.smil(book_page.number, f"../{name}.xhtml", f"../{audio}", sound)
            add(overlay, f"smil/{name}.smil", "application/smil+xml", smil.encode())
            durations.append((overlay, overlays.duration_of(sound)))
            body += overlays.marked_paragraphs(book_page.text, book_page.number, sound)
        else:
            body += _paragraphs(book_page.text)
        label = f"Page {book_page.number}"
        page(name, f"{name}.xhtml", label, body, "bodymatter", overlay)

    add("style", "style.css", "text/css", (CSS + (overlays.CSS if durations else "")).encode())
    add("font", "fonts/Andika-Regular.woff", "font/woff", FONT.read_bytes())
    nav = (
        f'<nav epub:type="toc" id="toc"><h1>{escape(book.title)}</h1>'
        f"<ol>{''.join(nav_items)}</ol></nav>"
    )
    add("nav", "nav.xhtml", "application/xhtml+xml", _xhtml("Contents", nav, lang).encode(), "nav")

    modified = book.modified.strftime("%Y-%m-%dT%H:%M:%SZ")
    media = ""
    if durations:
        # Each overlay's duration, and their sum (epubcheck checks that they agree).
        total = sum(seconds for _, seconds in durations)
        media = "".join(
            f'\n    <meta property="media:duration" refines="#{item}">'
            f"{overlays.clock(seconds)}</meta>"
            for item, seconds in durations
        )
        media += (
            f'\n    <meta property="media:duration">{overlays.clock(total)}</meta>'
            f'\n    <meta property="media:active-class">{overlays.ACTIVE_CLASS}</meta>'
        )
    opf = f"""<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0"
  unique-identifier="book-id" xml:lang="{lang}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="book-id">{identifier(book.story_id)}</dc:identifier>
    <dc:title>{escape(book.title)}</dc:title>
    <dc:language>{lang}</dc:language>
    <dc:creator>Storyloom</dc:creator>
    <meta property="dcterms:modified">{modified}</meta>{media}
  </metadata>
  <manifest>
    {chr(10).join("    " + item for item in manifest).strip()}
  </manifest>
  <spine>
    {chr(10).join("    " + item for item in spine).strip()}
  </spine>
</package>
"""
    with zipfile.ZipFile(target, "w") as archive:
        mimetype = zipfile.ZipInfo("mimetype", FIXED_TIME)
        archive.writestr(mimetype, "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        entries = [
            ("META-INF/container.xml", CONTAINER.encode()),
            ("OEBPS/package.opf", opf.encode()),
        ]
        for name, data in [*entries, *files]:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
