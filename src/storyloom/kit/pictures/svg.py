"""SVG from outside, rebuilt by us from an allow-list.

The document is parsed with defusedxml (no DTD, no entities), then a new document is
written element by element, keeping only shapes, groups, gradients, patterns, clips and
masks with their geometry and paint. What could act or reach out is refused with a reason
(scripts, event handlers, `javascript:`, animation, links to files or the web); what is
merely decoration of other editors (metadata, titles, editor attributes) is dropped. Depth,
element count, the elements `<use>` and paint servers multiply into, coordinates and the
picture's own size are bounded, so no renderer is asked for more than a portrait's work.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from storyloom.kit.pictures.errors import RefusedPicture
from storyloom.kit.pictures.raster import reencode_raster

MAX_BYTES = 1_000_000
MAX_ELEMENTS = 10_000
MAX_DEPTH = 32
MAX_EXPANDED = 20_000  # elements drawn once every <use> and pattern/mask/clip is followed
MAX_COORDINATE = 100_000.0
MAX_ASPECT = 4.0
LONGEST_SIDE = 1024  # the stored picture's nominal size (it stays vector)
MAX_NESTED_SVG = 2  # an <image> may hold an SVG that holds an SVG, no deeper

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"

CONTAINERS = {"svg", "g", "defs", "symbol", "clipPath", "mask", "pattern", "a"}
SHAPES = {"path", "rect", "circle", "ellipse", "line", "polyline", "polygon"}
PAINT = {"linearGradient", "radialGradient", "stop"}
ELEMENTS = CONTAINERS | SHAPES | PAINT | {"use", "image"}
# Elements that run, animate or embed another document: never stored.
ACTIVE = {
    "script", "foreignObject", "iframe", "object", "embed", "handler", "listener",
    "animate", "animateMotion", "animateTransform", "animateColor", "set", "discard",
}  # fmt: skip
# Layered (drawn into their own canvas) or repeated by reference: they cost per use.
REFERENCED_COST = {"pattern", "mask", "clipPath", "symbol"}

NUMERIC = {
    "x", "y", "width", "height", "cx", "cy", "r", "rx", "ry", "x1", "y1", "x2", "y2",
    "fx", "fy", "fr", "offset", "opacity", "stroke-width", "stroke-miterlimit",
    "stroke-dashoffset", "fill-opacity", "stroke-opacity", "stop-opacity",
}  # fmt: skip
PRESENTATION = {
    "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity",
    "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset",
    "stroke-miterlimit", "opacity", "stop-color", "stop-opacity", "clip-path", "clip-rule",
    "mask", "display", "visibility", "color", "paint-order", "shape-rendering",
}  # fmt: skip
GEOMETRY = {
    "id", "d", "points", "viewBox", "preserveAspectRatio", "transform",
    "gradientTransform", "patternTransform", "gradientUnits", "patternUnits",
    "patternContentUnits", "spreadMethod", "clipPathUnits", "maskUnits",
    "maskContentUnits", "version",
}  # fmt: skip
ATTRIBUTES = NUMERIC | PRESENTATION | GEOMETRY
_ID = re.compile(r"^[A-Za-z_][\w.-]{0,127}$")
_LOCAL_URL = re.compile(r"url\(\s*['\"]?#[\w.-]+['\"]?\s*\)")
_NUMBER = re.compile(r"^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(px|pt|mm|cm|in|%)?\s*$")
_ALL_NUMBERS = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_RASTER_DATA = re.compile(r"^data:image/(png|jpeg|jpg|gif|webp);base64,", re.I)
_SVG_DATA = re.compile(r"^data:image/svg\+xml(;base64)?,", re.I)


@dataclass(frozen=True, slots=True)
class Sanitised:
    data: bytes
    width: int
    height: int


def _local(tag: str) -> tuple[str, str]:
    """(namespace, local name) of an ElementTree tag or attribute name."""
    if tag.startswith("{"):
        namespace, _, name = tag[1:].partition("}")
        return namespace, name
    return "", tag


def _squash(value: str) -> str:
    return re.sub(r"[\s\x00-\x1f]+", "", value).lower()


def _check_value(name: str, value: str) -> None:
    squashed = _squash(value)
    if "javascript:" in squashed or "vbscript:" in squashed or "expression(" in squashed:
        raise RefusedPicture("active_content", f"The drawing runs a script ({name}).")
    if "url(" in _squash(_LOCAL_URL.sub("", value)):
        raise RefusedPicture("external_reference", f"The drawing points outside itself ({name}).")
    if name in NUMERIC:
        match = _NUMBER.match(value)
        if match and (
            not math.isfinite(number := float(match.group(1))) or abs(number) > MAX_COORDINATE
        ):
            raise RefusedPicture("dimensions", f"A {name} of {value} is out of range.")
    elif name in {"d", "points", "viewBox", "transform", "patternTransform"} and any(
        abs(float(n)) > MAX_COORDINATE * 10 for n in _ALL_NUMBERS.findall(value)
    ):
        raise RefusedPicture("dimensions", f"The drawing's {name} is out of range.")


def _clean_style(style: str) -> str:
    kept = []
    for declaration in style.split(";"):
        prop, sep, value = declaration.partition(":")
        prop = prop.strip().lower()
        if not sep:
            continue
        _check_value(prop, value)
        if prop in PRESENTATION:
            kept.append(f"{prop}:{value.strip()}")
    return ";".join(kept)


def _href(element: ET.Element) -> str | None:
    return element.get(f"{{{XLINK_NS}}}href", element.get("href"))


class _Builder:
    def __init__(self, nesting: int) -> None:
        self.nesting = nesting

    def attributes(self, source: ET.Element, name: str) -> dict[str, str]:
        kept: dict[str, str] = {}
        for key, value in source.attrib.items():
            namespace, attr = _local(key)
            if attr.lower().startswith("on"):
                raise RefusedPicture(
                    "active_content", f"The drawing has an event handler ({attr})."
                )
            _check_value(attr, value)
            if attr == "href" and namespace in ("", XLINK_NS):
                continue  # links are handled per element below
            if namespace not in ("", SVG_NS) or attr not in ATTRIBUTES:
                continue  # another editor's notes, or something we do not draw
            if attr == "id" and not _ID.match(value):
                continue
            kept[attr] = value
        if "style" in source.attrib:
            style = _clean_style(source.attrib["style"])
            if style:
                kept["style"] = style
        href = _href(source)
        if href is not None:
            kept.update(self.link(name, href.strip()))
        return kept

    def link(self, name: str, href: str) -> dict[str, str]:
        if name == "image":
            return {"href": self.embedded(href)}
        if href.startswith("#") and _ID.match(href[1:]):
            if name in {"use", "linearGradient", "radialGradient", "pattern"}:
                return {"href": href}
            return {}
        if name == "a" and not _squash(href).startswith(("javascript:", "vbscript:", "data:")):
            return {}  # a link's target is simply not kept
        raise RefusedPicture("external_reference", "The drawing points outside itself.")

    def embedded(self, href: str) -> str:
        """An <image> keeps only a picture carried inside the drawing, re-encoded by us."""
        if _RASTER_DATA.match(href):
            payload = href.split(",", 1)[1]
            try:
                raw = base64.b64decode(re.sub(r"\s+", "", payload), validate=True)
            except (binascii.Error, ValueError) as exc:
                raise RefusedPicture("unreadable", "An embedded picture is damaged.") from exc
            clean = reencode_raster(raw).data
            return "data:image/png;base64," + base64.b64encode(clean).decode()
        svg_data = _SVG_DATA.match(href)
        if svg_data:
            if self.nesting >= MAX_NESTED_SVG:
                raise RefusedPicture("too_complex", "Drawings are nested too deeply.")
            payload = href[svg_data.end() :]
            try:
                raw = (
                    base64.b64decode(re.sub(r"\s+", "", payload), validate=True)
                    if svg_data.group(1)
                    else unquote_to_bytes(payload)
                )
            except (binascii.Error, ValueError) as exc:
                raise RefusedPicture("unreadable", "An embedded drawing is damaged.") from exc
            inner = sanitise_svg(raw, nesting=self.nesting + 1).data
            return "data:image/svg+xml;base64," + base64.b64encode(inner).decode()
        if _squash(href).startswith(("javascript:", "vbscript:", "data:text", "data:application")):
            raise RefusedPicture("active_content", "The drawing embeds a script.")
        raise RefusedPicture(
            "external_reference", "The drawing shows a picture from outside itself."
        )

    def element(self, source: ET.Element, depth: int) -> ET.Element | None:
        namespace, name = _local(source.tag)
        if name in ACTIVE:
            raise RefusedPicture("active_content", f"The drawing has a <{name}> element.")
        if namespace not in ("", SVG_NS) or name not in ELEMENTS:
            return None
        if depth > MAX_DEPTH:
            raise RefusedPicture("too_complex", "The drawing is nested too deeply.")
        tag = "g" if name == "a" else name
        attributes = self.attributes(source, name)
        if name == "image" and "href" not in attributes:
            return None
        built = ET.Element(tag, attributes)
        for child in source:
            kept = self.element(child, depth + 1)
            if kept is not None:
                built.append(kept)
        return built


def _expanded_size(root: ET.Element) -> int:
    """Elements drawn once references are followed; refuses reference cycles."""
    by_id = {el.get("id"): el for el in root.iter() if el.get("id")}
    memo: dict[int, int] = {}
    active: set[int] = set()

    def referenced(element: ET.Element) -> list[ET.Element]:
        targets = []
        href = element.get("href")
        if href and _local(element.tag)[1] == "use":
            targets.append(href[1:])
        for value in element.attrib.values():
            targets.extend(m.strip("'\"# ") for m in re.findall(r"url\(([^)]*)\)", value))
        return [by_id[t] for t in targets if t in by_id]

    def size(element: ET.Element) -> int:
        key = id(element)
        if key in memo:
            return memo[key]
        if key in active:
            raise RefusedPicture("too_complex", "The drawing refers to itself in a loop.")
        if len(active) > MAX_DEPTH * 4:
            raise RefusedPicture("too_complex", "The drawing's references go too deep.")
        active.add(key)
        total = 1 + sum(size(child) for child in element)
        for target in referenced(element):
            name = _local(target.tag)[1]
            if name in REFERENCED_COST or _local(element.tag)[1] == "use":
                total += size(target)
            if total > MAX_EXPANDED:
                raise RefusedPicture("too_complex", "The drawing repeats itself too much.")
        active.discard(key)
        memo[key] = total
        return total

    return size(root)


def _size(root: ET.Element) -> tuple[float, float]:
    box = root.get("viewBox")
    if box:
        parts = _ALL_NUMBERS.findall(box)
        if len(parts) != 4:
            raise RefusedPicture("dimensions", "The drawing's viewBox is not four numbers.")
        width, height = float(parts[2]), float(parts[3])
    else:
        width, height = (_length(root.get(attr)) for attr in ("width", "height"))
    for side in (width, height):
        if not math.isfinite(side) or side <= 0 or side > MAX_COORDINATE:
            raise RefusedPicture("dimensions", "The drawing's size is out of range.")
    for attr in ("width", "height"):
        value = root.get(attr)
        match = _NUMBER.match(value) if value else None
        if match and match.group(2) != "%" and not 0 < float(match.group(1)) <= MAX_COORDINATE:
            raise RefusedPicture("dimensions", f"The drawing's {attr} is out of range.")
    if max(width / height, height / width) > MAX_ASPECT:
        raise RefusedPicture(
            "dimensions", "The drawing is far wider than tall, or taller than wide."
        )
    return width, height


def _length(value: str | None) -> float:
    match = _NUMBER.match(value) if value else None
    if match is None or match.group(2) == "%":
        return 512.0  # no size of its own: drawn in a 512-unit square, like ours
    return float(match.group(1))


def sanitise_svg(data: bytes, *, nesting: int = 0) -> Sanitised:
    if len(data) > MAX_BYTES:
        raise RefusedPicture("too_large", "The drawing is larger than 1 MB.")
    try:
        source = SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise RefusedPicture("dtd", "The drawing declares a document type or entities.") from exc
    except ET.ParseError as exc:
        raise RefusedPicture("unreadable", "The drawing is not well-formed SVG.") from exc
    if _local(source.tag) not in (("", "svg"), (SVG_NS, "svg")):
        raise RefusedPicture("unreadable", "The file is not an SVG drawing.")
    count = sum(1 for _ in source.iter())
    if count > MAX_ELEMENTS:
        raise RefusedPicture("too_complex", f"The drawing has {count} elements.")
    width, height = _size(source)
    root = _Builder(nesting).element(source, 0)
    if root is None:  # pragma: no cover - an svg root in no or the SVG namespace is kept
        raise RefusedPicture("unreadable", "The file is not an SVG drawing.")
    _expanded_size(root)
    scale = LONGEST_SIDE / max(width, height)
    out_w, out_h = max(1, round(width * scale)), max(1, round(height * scale))
    root.set("width", str(out_w))
    root.set("height", str(out_h))
    if "viewBox" not in root.attrib:
        root.set("viewBox", f"0 0 {width:g} {height:g}")
    # Built with plain names and the SVG namespace declared on the root, as a literal
    # attribute: ET.register_namespace is a process-wide table any library may change.
    root.set("xmlns", SVG_NS)
    text = ET.tostring(root, encoding="unicode")
    return Sanitised(text.encode(), out_w, out_h)
